"""A bare weekday in the week its sentence named: 上周一开盘大涨，周四收盘下跌.

A weekday said alone (周四) is read in the publication's week. Where its sentence has named
another week before it (上周, 下周一), the weekday is that week's: a market report looking back
over last week closes on last week's Thursday, not the coming one.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from .date_anaphora import sentence_start
from .date_values import own_detail
from .model import FactKind, Hit

__all__ = ["weekdays_in_the_week_said"]

_WEEK_SAID = re.compile(r"(?P<which>上上|下下|上|下|本|这|今)个?(?:星期|周|礼拜)(?P<day>[一二三四五六日天])?")
_WEEKS_AWAY = {"上上": -2, "下下": 2, "上": -1, "下": 1, "本": 0, "这": 0, "今": 0}
_BARE_WEEKDAY = re.compile(r"(?:星期|周|礼拜)(?P<day>[一二三四五六日天])")
_WEEKDAYS = "一二三四五六日"
_AHEAD = re.compile(r"(?<![即必])将(?![近军领士])|即将|计划|预计|预定|拟|届时|会在|下[周星礼]")


def weekdays_in_the_week_said(folded: str, hits: list[Hit], published: datetime | None) -> list[Hit]:
    """The hits, a bare weekday moved into the week named before it in its sentence."""
    if published is None:
        return hits
    monday = published.date() - timedelta(days=published.weekday())
    read: list[Hit] = []
    weeks_away, said_at, sentence = 0, 0, -1
    for hit in hits:
        start = sentence_start(folded, hit.start)
        if start != sentence:
            weeks_away, sentence = 0, start
        if said := _WEEK_SAID.fullmatch(folded, hit.start, hit.end):
            weeks_away, said_at = _WEEKS_AWAY[said["which"]], hit.end
        elif bare := _BARE_WEEKDAY.fullmatch(folded, hit.start, hit.end):
            ahead = weeks_away < 0 and _AHEAD.search(folded, said_at, hit.start)
            if weeks_away and not ahead:  # 上周在洛杉磯首映，紐約的首映禮即將於周四: the coming one
                hit = _on(hit, folded, monday + timedelta(days=7 * weeks_away + _weekday(bare["day"])))
        else:
            weeks_away = 0  # another date between: the weekday is no longer the week's
        read.append(hit)
    return read


def _weekday(char: str) -> int:
    return 6 if char == "天" else _WEEKDAYS.index(char)


def _on(hit: Hit, folded: str, day: date) -> Hit:
    value = f"{day:%Y-%m-%d}"
    if hit.value == value:
        return hit
    return Hit(FactKind.DATE, hit.start, hit.end, value, own_detail(value, folded[hit.start : hit.end]))
