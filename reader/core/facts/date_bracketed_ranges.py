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

_BRACKETED_DAY = re.compile(r"[(（]\s*\d{1,2}\s*日\s*[)）]$")
_TO = re.compile(r"\s*(?:至|到|-|~|～|—)\s*")
_BARE_DAY = re.compile(r"(?P<d>3[01]|[12]\d|0?[1-9])\s*[日号]")


def bracketed_day_ranges(folded: str, hits: list[Hit]) -> list[Hit]:
    """The hits, a day said with its date in brackets joined to a bare day after 至 or 到."""
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
    """The range from ``first`` to ``last``, if they are 今日（27日） and 至30日."""
    if not _BRACKETED_DAY.search(folded, first.start, first.end) or not _TO.fullmatch(folded, first.end, last.start):
        return None
    bare = _BARE_DAY.fullmatch(folded, last.start, last.end)
    start = _day_of(first)
    if bare is None or start is None:
        return None
    end_day = int(bare["d"])
    month_start = start.replace(day=1)
    if end_day <= start.day:
        month_start = (month_start + timedelta(days=32)).replace(day=1)  # 今日（30日）至2日: into the next month
    try:
        end = month_start.replace(day=end_day)
    except ValueError:
        return None
    if (end - start).days > 31:
        return None
    value = f"{start.isoformat()}/{(end + timedelta(days=1)).isoformat()}"
    return Hit(FactKind.DATE, first.start, last.end, value, own_detail(value, folded[first.start : last.end]))


def _day_of(hit: Hit) -> date | None:
    detail = hit.detail
    if detail is None or detail.unit != "day" or not detail.first or detail.first[:10] != (detail.last or "")[:10]:
        return None
    return date.fromisoformat(detail.first[:10])
