"""A bare weekday later in the week its sentence named: 上周一开盘大涨，周四收盘下跌.

A weekday said alone (周四) is read in the publication's week. Where its sentence tells of last
week's day (上周一, 上周二) and goes on to a later weekday, that weekday is last week's: a market
report looking back over last week closes on last week's Thursday, not the coming one. Only
then: not after 上周 alone (上周下跌的科技股周一反弹: the story moves on to this week), not to an
earlier weekday (上周日的补选…周三公布), not where the sentence looks ahead or reports what is
said (将, 会, 还要, 表示), and not after 下周 (下个星期一是公众假期，银行星期六照常营业).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from .date_anaphora import sentence_end, sentence_start
from .date_values import own_detail
from .model import FactKind, Hit

__all__ = ["weekdays_in_the_week_said"]

_LAST_WEEKS_DAY = re.compile(r"上个?(?:星期|周|礼拜)(?P<day>[一二三四五六日天])")
_BARE_WEEKDAY = re.compile(r"(?:星期|周|礼拜)(?P<day>[一二三四五六日天])")
_WEEKDAYS = "一二三四五六日"
_NOT_LAST_WEEK = re.compile(
    r"(?<![即必])将(?![近军领士])|即将|计划|预计|预定|拟|届时|[会會]|还要|再|准备|同意|表示|宣布|称|说|指出|以来|以后|之后|本[周星礼]|这[周星礼个]|下[周星礼个]|[；;]"
)
"""Words that take a sentence from last week's story to now or to what is to come."""


def weekdays_in_the_week_said(folded: str, hits: list[Hit], published: datetime | None) -> list[Hit]:
    """The hits, a bare weekday after last week's named day in its sentence moved into last week."""
    if published is None:
        return hits
    last_monday = published.date() - timedelta(days=published.weekday() + 7)
    read: list[Hit] = []
    named: int | None = None  # last week's day the sentence told of, by its number
    sentence = -1
    for hit in hits:
        start = sentence_start(folded, hit.start)
        if start != sentence:
            named, sentence = None, start
        if said := _LAST_WEEKS_DAY.fullmatch(folded, hit.start, hit.end):
            looks_on = _NOT_LAST_WEEK.search(folded, start, sentence_end(folded, hit.end))
            named = None if looks_on else _weekday(said["day"])
        elif (bare := _BARE_WEEKDAY.fullmatch(folded, hit.start, hit.end)) and named is not None:
            if _weekday(bare["day"]) > named:
                hit = _on(hit, folded, last_monday + timedelta(days=_weekday(bare["day"])))
        else:
            named = None  # another date between: the weekday is no longer last week's
        read.append(hit)
    return read


def _weekday(char: str) -> int:
    return 6 if char == "天" else _WEEKDAYS.index(char)


def _on(hit: Hit, folded: str, day: date) -> Hit:
    value = f"{day:%Y-%m-%d}"
    if hit.value == value:
        return hit
    return Hit(FactKind.DATE, hit.start, hit.end, value, own_detail(value, folded[hit.start : hit.end]))
