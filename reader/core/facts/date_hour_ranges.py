"""Hours from one to another with the unit said once: 上午9至11时, 今天14~17时, 晚上8到10点.

Notices and weather reports write a range of hours with 时 or 点 after the second number only.
Read as it was, the first number was lost and the range became its end alone (11时: 11:00, one
hour, where the meeting runs from nine). Here the range is found, with the day or the part of the
day said just before it (明天上午, 6月13日上午, 今天), and the library reads the whole phrase.
A bare 点 after the numbers is a clock's only after a part of the day: 上涨3至5点 is an index's
points.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from .date_values import value_of
from .library import time_detail
from .model import FactKind, Hit, Qualifier

__all__ = ["hours_from_to"]

_HOUR = r"(?:[01]?\d|2[0-4]|[一二三四五六七八九十两]{1,3})"
_PART = r"上午|下午|晚上|凌晨|早上|早晨|中午|傍晚|晚间|夜间|清晨|今晚|今晨|昨晚|明晚|夜里|深夜"
_NUMBERS = rf"(?<![\d.:：])(?P<a>{_HOUR})\s*(?:至|到|-|~|～|—|——)\s*(?P<b>{_HOUR})\s*"
_MINUTES = r"(?:半|[0-5]?\d分|[一二三四五六七八九十]{1,3}分)?"
_RANGE = re.compile(
    rf"(?P<part>(?:{_PART})\s*)?{_NUMBERS}"
    rf"(?:时(?![间期代候辰节刻尚速段空光差区效态髦势机长])|(?(part)点(?![钟]?[\d数多])|(?!))){_MINUTES}"
)
"""The numbers, their mark and the hour's unit once, perhaps after a part of the day."""
_RANGE_AFTER_PART = re.compile(rf"{_NUMBERS}(?:时(?![间期代候辰节刻尚速段空光差区效态髦势机长])|点(?![钟]?[\d数多])){_MINUTES}")
_ENDS_WITH_PART = re.compile(rf"(?:{_PART})$")
_ALONE_BEFORE = re.compile(r"[\d.:：第约近每共至到]$")
"""What before a range makes it no clock's: a number's or a date's (2024.9-11时), a count's
(第9至11时, 每9到11时), an about's or a range's mark."""


def hours_from_to(folded: str, hits: list[Hit], published: datetime | None) -> list[Hit]:
    """The hits, each range of hours with its unit said once made one hit with the day before it."""
    if published is None:
        return hits
    read: list[Hit] = []
    taken = 0  # the end of the last range made: hits inside it are part of it
    for i, hit in enumerate(hits):
        if hit.start < taken:
            continue
        following = hits[i + 1] if i + 1 < len(hits) else None
        ranged = _range_after(folded, hit, published) or _range_at(folded, hit, published, read)
        if ranged is not None and (following is None or following.start >= ranged.end or following.end <= ranged.end):
            read.append(ranged)
            taken = ranged.end
            continue
        read.append(hit)
    return read


def _range_after(folded: str, hit: Hit, published: datetime) -> Hit | None:
    """明天上午 + 9至11时: the day or part of the day before the range, and the range, one hit."""
    detail = hit.detail
    if detail is None or detail.unit not in ("day", "hour") or detail.qualifier not in (Qualifier.EXACT, Qualifier.APPROXIMATE):
        return None
    after_part = _ENDS_WITH_PART.search(folded, hit.start, hit.end)
    found = (_RANGE_AFTER_PART if after_part else _RANGE).match(folded, hit.end)
    if found is None:
        return None
    return _read(folded, hit.start, found.end(), published)


def _range_at(folded: str, hit: Hit, published: datetime, before: list[Hit]) -> Hit | None:
    """上午9至11时 with no day before: the range alone, found where its end was read."""
    for found in _RANGE.finditer(folded, max(0, hit.start - 12), hit.end):
        if found.end() < hit.end or found.start() > hit.start or _ALONE_BEFORE.search(folded, max(0, found.start() - 1), found.start()):
            continue
        if before and before[-1].end > found.start():
            return None
        return _read(folded, found.start(), found.end(), _on_its_day(hit, published))
    return None


def _on_its_day(hit: Hit, published: datetime) -> datetime:
    """The publication's moment on the day the range's end was read on (6月15日上午9时开幕，10至12时…:
    the 15th, a day told before it in its sentence)."""
    first = hit.detail.first if hit.detail is not None else None
    if not first:
        return published
    day = date.fromisoformat(first[:10])
    return published.replace(year=day.year, month=day.month, day=day.day)


def _read(folded: str, start: int, end: int, published: datetime) -> Hit | None:
    """The library's reading of the phrase, if it is a range of hours forwards within a day."""
    text = folded[start:end]
    detail = time_detail(text, published)
    if detail is None or detail.qualifier is not Qualifier.RANGE or not (detail.first and detail.last):
        return None
    if not detail.first < detail.last or detail.first[:10] != detail.last[:10]:
        return None
    return Hit(FactKind.DATE, start, end, value_of(detail, text), detail)
