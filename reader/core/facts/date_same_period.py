"""去年同期 and 上年同期: the period just named, a year before.

Economic reports compare a period with the same one a year earlier: 今年一至五月…比去年同期增长
两成 is January to May of last year, 一九九七年一至十一月…比上年同期 January to November 1996.
Read alone the phrase was the whole of last year, counted from the publication: wrong in both
the months and, where the story named its own year, the year. Here it takes the last period its
paragraph named within one year (months, a quarter, a half; 1-5月，…。其中，出口额比去年同期…
in a later sentence too) and moves it a year back; with
a year named, it is the year before that one (2010年…上年同期: 2009); with none, last year.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .date_values import own_detail
from .model import FactKind, Hit

__all__ = ["same_period_a_year_before"]

_SAME_PERIOD = re.compile(r"(?:去年|上年|上一年|前一年)同期")
_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")
_COMPARED = re.compile(r"上个?月份?|上季度|上一季度")


def same_period_a_year_before(folded: str, hits: list[Hit]) -> list[Hit]:
    """The hits, each 去年同期 after a period in its paragraph read as that period a year before."""
    read: list[Hit] = []
    for hit in hits:
        if _SAME_PERIOD.fullmatch(folded, hit.start, hit.end):
            period = _period_before(folded, read, hit)
            if period is not None:
                hit = _a_year_before(period, hit) if _in_one_year(period) else _the_year_before(folded, period, hit)
        read.append(hit)
    return read


def _period_before(folded: str, before: list[Hit], hit: Hit) -> Hit | None:
    """The last hit before ``hit`` in its paragraph, if it is a year or a period inside one (not a
    time of day, nor years: 2010年…比上年同期 is 2009)."""
    paragraph = folded.rfind("\n", 0, hit.start)
    for earlier in reversed(before):
        if earlier.end <= paragraph:
            return None
        if _SAME_PERIOD.fullmatch(folded, earlier.start, earlier.end) or _COMPARED.fullmatch(folded, earlier.start, earlier.end):
            continue  # 3月份…比上月下降…比去年同期上涨: the month named, not the one compared with
        return earlier if _in_one_year(earlier) or _A_YEAR_WRITTEN.search(folded, earlier.start, earlier.end) else None
    return None


def _the_year_before(folded: str, period: Hit, hit: Hit) -> Hit:
    """截至1997年9月底…比上年同期: the year before the one the day the figures run up to is in (1996),
    as the year to that day is not told; a day with no year written, or not one the figures run
    up to (a listing's), leaves last year as it was."""
    detail = period.detail
    if detail is None or not detail.first or not _A_YEAR_WRITTEN.search(folded, period.start, period.end):
        return hit
    if not _UP_TO.search(folded, max(0, period.start - 3), period.start):
        return hit  # 该公司于2015年3月8日上市…比上年同期: the listing's day tells no period compared
    value = f"{int(detail.first[:4]) - 1:04d}"
    return Hit(FactKind.DATE, hit.start, hit.end, value, own_detail(value, folded[hit.start : hit.end]))


_UP_TO = re.compile(r"(?:截至|截止|截止到|到|至)\s*$")
_A_YEAR_WRITTEN = re.compile(r"(?<!\d)\d{4}\s*年|[〇○零一二三四五六七八九]{4}年")


def _in_one_year(hit: Hit) -> bool:
    """Whether the hit is a year or months inside one (not a day: 春节…去年同期 is last year's
    holiday, 截至6月10日…去年同期 the year to that day, neither the day a year back)."""
    detail = hit.detail
    if detail is None or not (detail.first and detail.last) or "T" in hit.value:
        return False
    return detail.first[:4] == detail.last[:4] and detail.unit in ("year", "month")


def _a_year_before(period: Hit, hit: Hit) -> Hit:
    """``hit`` valued as ``period`` moved a year back (29 February to the 28th)."""
    detail = period.detail
    assert detail is not None
    moved = replace(detail, low=_back(detail.low), high=_back(detail.high), first=_back(detail.first), last=_back(detail.last))
    return Hit(FactKind.DATE, hit.start, hit.end, _back(period.value) or period.value, moved)


def _back(value: str | None) -> str | None:
    """Every year of an ISO value one less (2024-01/2024-06 → 2023-01/2023-06)."""
    if value is None:
        return None
    moved = _YEAR.sub(lambda m: f"{int(m.group(1)) - 1:04d}", value)
    return moved.replace("-02-29", "-02-28")
