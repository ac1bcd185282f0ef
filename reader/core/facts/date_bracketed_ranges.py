"""明日（28日）至30日: a range whose first day says its date in brackets.

Hong Kong's papers and the Observatory give a relative day with its date in brackets, and a
range may start there: 今日（27日）至30日. The bracketed day was read (the 27th), and the end read
on its own (the 30th), but the two were not joined, so the days between were lost.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .date_values import own_detail
from .model import FactKind, Hit

__all__ = ["bracketed_day_ranges"]

_BRACKETED = re.compile(r"[(（][^()（）]{1,8}[)）]$")
_TO = re.compile(r"\s*(?:起\s*)?(?:至|到|-|~|～|—)\s*")
_BARE_DAY = re.compile(r"(?P<d>3[01]|[12]\d|0?[1-9])\s*[日号]")


def bracketed_day_ranges(folded: str, hits: list[Hit]) -> list[Hit]:
    """The hits, a day said with its date in brackets joined to a day after 至 or 到."""
    read: list[Hit] = []
    for hit in hits:
        before = read[-1] if read else None
        joined = _joined(folded, before, hit) if before is not None else None
        if joined is not None:
            read[-1] = joined
            continue
        read.append(hit)
    return read


def _joined(folded: str, first: Hit, last: Hit) -> Hit | None:
    """The range from ``first`` to ``last``, if they are 今日（27日） and 至30日, or a day with its
    date or weekday in brackets and another day after 至 (今日（29日）起至12月1日, 周三（11月26日）至
    周五（11月28日）, 今天（10月1日）到下周四), up to two months on."""
    if not _BRACKETED.search(folded, first.start, first.end) or not _TO.fullmatch(folded, first.end, last.start):
        return None
    start = _day_of(first)
    if start is None:
        return None
    bare = _BARE_DAY.fullmatch(folded, last.start, last.end)
    end = _bare_day_after(start, int(bare["d"])) if bare else _day_of(last)
    if end is None or not 0 < (end - start).days <= 62:
        return None
    value = f"{start.isoformat()}/{(end + timedelta(days=1)).isoformat()}"
    return Hit(FactKind.DATE, first.start, last.end, value, own_detail(value, folded[first.start : last.end]))


def _bare_day_after(start: date, day: int) -> date | None:
    """The day ``day`` of ``start``'s month, or of the next where it would come before it
    (今日（30日）至2日: into the next month)."""
    month_start = start.replace(day=1)
    if day <= start.day:
        month_start = (month_start + timedelta(days=32)).replace(day=1)
    try:
        return month_start.replace(day=day)
    except ValueError:
        return None


def _day_of(hit: Hit) -> date | None:
    detail = hit.detail
    if detail is None or detail.unit != "day" or not detail.first or detail.first[:10] != (detail.last or "")[:10]:
        return None
    return date.fromisoformat(detail.first[:10])
