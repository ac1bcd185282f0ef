"""A run of days at hours: 3月11日至13日上午9时至下午5时, as notices give an exhibition's or a
closure's days and then its daily hours.

The rules read the days as one range and the hours as another on the publication's day; the
library, given the whole, starts at midnight and ends at the first clock time (13日 09:00).
Together they are one span: from the first day at the first hour to the last day at the last
hour, which is what a reader looking for when it starts and ends wants.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from .model import FactKind, Hit

__all__ = ["CLOCK_ONLY", "days_at_hours", "glued_hours", "is_many_days"]

CLOCK_ONLY = re.compile(
    r"(?:的)?(?:早上|早晨|上午|中午|下午|傍晚|晚上|晚间|凌晨)?\s*"
    r"[\d零一二三四五六七八九十两:：点时分秒半刻整正 \u00a0]+"
    r"(?:\s*(?:至|到|-|~|～|——|—)\s*(?:早上|早晨|上午|中午|下午|傍晚|晚上|晚间|凌晨)?\s*[\d零一二三四五六七八九十两:：点时分秒半刻整正 \u00a0]+)?"
)
"""A clock time or a range of them with no day of its own (上午9时至下午5时, 9:00-17:00)."""


def is_many_days(hit: Hit) -> bool:
    """Whether a hit spans whole days, more than one (3月11日至13日)."""
    detail = hit.detail
    return bool(detail and detail.first and detail.last and detail.unit == "day" and detail.first[:10] < detail.last[:10])


def days_at_hours(folded: str, hits: list[Hit]) -> list[Hit]:
    """A run of days right before a range of clock times, joined into one span."""
    read: list[Hit] = []
    for hit in hits:
        days = read[-1] if read else None
        if days is not None and is_many_days(days) and folded[days.end : hit.start] in ("", " ", "的") \
                and CLOCK_ONLY.fullmatch(folded, hit.start, hit.end) and _is_range(hit):
            read[-1] = _joined(folded, days, hit)
            continue
        read.append(hit)
    return read


def glued_hours(folded: str, hits: list[Hit]) -> list[Hit]:
    """周二至周日9:00-17:00: days whose last carries the first hour, then the last hour, read as
    days at hours (it was Tuesday midnight to 17:00 of the publication's day)."""
    read: list[Hit] = []
    at = 0
    while at < len(hits):
        joined = _glued(folded, *hits[at : at + 3]) if at + 2 < len(hits) else None
        if joined is not None:
            read.append(joined)
            at += 3
            continue
        read.append(hits[at])
        at += 1
    return read


def _glued(folded: str, first: Hit, days_end: Hit, hours_end: Hit) -> Hit | None:
    if not (_MARK.fullmatch(folded, first.end, days_end.start) and _MARK.fullmatch(folded, days_end.end, hours_end.start)):
        return None
    if not CLOCK_ONLY.fullmatch(folded, hours_end.start, hours_end.end):
        return None
    hour_grain = hours_end.detail is not None and hours_end.detail.unit == "hour"  # 至下午9時: at 21:00
    day, clocked, hour = _bound(first, 0), _bound(days_end, 0), _bound(hours_end, 0 if hour_grain else 1)
    whole_day = bool(day) and day[:10] == _bound(first, 1)[:10] and day[11:] == "00:00:00"
    if not (whole_day and clocked and hour) or clocked[11:] == "00:00:00" or clocked[:10] <= day[:10]:
        return None
    start = datetime.fromisoformat(day[:10] + clocked[10:])
    last = datetime.fromisoformat(clocked[:10] + hour[10:])
    value = f"{start:%Y-%m-%dT%H:%M:%S}/{last + timedelta(seconds=1):%Y-%m-%dT%H:%M:%S}"
    from .date_values import own_detail  # date_values asks this module whether to join

    return Hit(FactKind.DATE, first.start, hours_end.end, value, own_detail(value, folded[first.start : hours_end.end]))


_MARK = re.compile(r"\s*(?:至|到|-|~|～|——|—|－)\s*")


def _is_range(hit: Hit) -> bool:
    detail = hit.detail
    return bool(detail and detail.first and detail.last and detail.first[11:16] < detail.last[11:16])


def _joined(folded: str, days: Hit, hours: Hit) -> Hit:
    """From the first day at the first hour to the last day at the last hour."""
    from .date_values import own_detail  # date_values asks this module whether to join

    first = datetime.fromisoformat(_bound(days, 0)[:10] + _bound(hours, 0)[10:])
    last = datetime.fromisoformat(_bound(days, 1)[:10] + _bound(hours, 1)[10:])
    value = f"{first:%Y-%m-%dT%H:%M:%S}/{last + timedelta(seconds=1):%Y-%m-%dT%H:%M:%S}"
    return Hit(FactKind.DATE, days.start, hours.end, value, own_detail(value, folded[days.start : hours.end]))


def _bound(hit: Hit, which: int) -> str:
    """A hit's first (0) or last (1) second, checked present by the callers."""
    detail = hit.detail
    return (detail.first if which == 0 else detail.last) or "" if detail else ""
