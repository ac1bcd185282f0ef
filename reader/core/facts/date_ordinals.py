"""The first or last part of a month or year named just before: 3月的第一个周末, 今年最后一天,
十二月月底.

Events are dated so (每年5月的第一个周末, 年内最后一个交易日前, 12月最后一周). Read before,
the month or year stood alone and the rest was either lost (今年最后一天 was the whole
year) or misread: 第一个周末 left 个周末, this weekend, and 十二月月底 left 月底, the end of
the publication's month: wrong dates shown with confidence.

A week is Monday to Sunday, and the month's first and last are the first and last that lie
whole within it (as the library reads 第一周); a weekend is a Saturday and the Sunday after it.
A year's numbered week (2025年第23周, 今年第1周) is the ISO 8601 week, as the weekly reports
that number them count (a flu report's 2025年第1周 is 2024-12-30 to 2025-01-05); the library
counts from the year's first Monday (its 2025年第23周 is a week late), and ours read only
第一 to 第五, so 2025年第23周 was the whole year.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from .date_values import own_detail
from .model import FactKind, Hit, Qualifier
from .numerals import parse_number

__all__ = ["month_edge", "ordinal_parts"]

_PART = re.compile(
    r"\s*的?\s*(?P<ord>第[一二三四五1-5]|最后一|头一)\s*个?\s*"
    r"(?P<unit>周末|周(?![年岁])|星期(?![一二三四五六日天])|礼拜(?![一二三四五六日天])|天|日|月)"
    r"|\s*的?\s*第\s*(?P<week_no>[1-5]?\d|[一二三四五]?十[一二三四五六七八九]?|[六七八九])\s*(?:周(?![年岁])|个?星期(?![一二三四五六日天]))"
)
_WEEKDAY_PART = re.compile(
    r"\s*的?\s*(?:第(?P<wd_n>[一二三四五1-5])|(?P<wd_last>最后一))\s*个\s*(?:星期|周|礼拜)(?P<wd>[一二三四五六日天])"
)
"""A month's or year's nth or last weekday (今年5月的第一个星期一, 2021年2月最后一个周五): a
month with its year before it stood alone, the weekday lost. Only with 个: 第一周二手房 is the
first week's second-hand homes."""
_FIRST_DAYS = re.compile(r"\s*的?\s*(?P<way>前|后(?=\s*[一1]\s*[天日](?!比|天(?![气空])|一[个样天])))\s*(?P<days>\d{1,3}|[一二两三四五六七八九十百]{1,4})\s*(?:天|日)(?![前后]|两头|[也都]不能)")
"""A month's or year's first days (本月前10天, 今年前100天), or the days just before a day (春节前三天,
9月1日前两天), and the day after one (中秋节后一天): they were the days up to the publication, counted
back from it, or the day alone."""
_CUES = re.compile(r"第|最后|头一|月[初底末]|前|后|半月")
_ORDINALS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5}
_EDGE = re.compile(r"\s*份?\s*(?:月(?P<edge>初|底|末)(?![一二三四五六七八九十])|(?P<half>[上下])半月)")
"""A month's edge said again after it (十二月月底, 12月份月初): the library reads 十二月底 and
12月初, from the 25th to the end and the first five days; or its half (7月上半月, 本月下半月)."""


def ordinal_parts(folded: str, hits: list[Hit]) -> list[Hit]:
    """The hits with each month or year followed by an ordinal part made that part."""
    if not _CUES.search(folded):
        return hits
    read: list[Hit] = []
    skip_to = -1
    for hit in hits:
        if hit.start < skip_to:
            continue  # a piece of the part just read (个周末 of 第一个周末)
        span = _period(hit)
        part = _WEEKDAY_PART.match(folded, hit.end) or _PART.match(folded, hit.end) or _EDGE.match(folded, hit.end) \
            or _FIRST_DAYS.match(folded, hit.end)
        value = _part_of(span, part) if part is not None and span is not None else None
        if part is not None and span is None and "days" in part.groupdict():
            value = _days_before(hit, part)
        if part is None or value is None:
            read.append(hit)
            continue
        read.append(Hit(FactKind.DATE, hit.start, part.end(), value, own_detail(value, folded[hit.start : part.end()])))
        skip_to = part.end()
    return read


def _period(hit: Hit) -> tuple[date, date] | None:
    """The first and last day of a hit that is one whole month or one whole year."""
    detail = hit.detail
    if detail is None or not detail.first or not detail.last or detail.unit not in ("month", "year"):
        return None
    first, last = date.fromisoformat(detail.first[:10]), date.fromisoformat(detail.last[:10])
    whole_month = first.day == 1 and (first.year, first.month) == (last.year, last.month) \
        and last.day == calendar.monthrange(last.year, last.month)[1]
    whole_year = (first.month, first.day, last.month, last.day) == (1, 1, 12, 31) and first.year == last.year
    return (first, last) if whole_month or whole_year else None


def _part_of(span: tuple[date, date], part: re.Match[str]) -> str | None:
    """The part's value, end exclusive (2025-03-01/2025-03-03), or None where it names none."""
    first, last = span
    if "wd" in part.groupdict():
        return _nth_weekday(span, part)
    if "days" in part.groupdict():
        return _first_days(span, part)
    if "edge" in part.groupdict():
        if (first.year, first.month) != (last.year, last.month):
            return None
        return month_edge(first.year, first.month, part["edge"]) if part["edge"] else _month_half(first, last, part["half"])
    return _ordinal_part(span, part)


def _ordinal_part(span: tuple[date, date], part: re.Match[str]) -> str | None:
    """第一个周末, 最后一天, 第3周: the span's numbered or last day, week, weekend or month."""
    first, last = span
    if first.year == last.year and first.month != last.month and (part["week_no"] or _numbered_week(part)):
        return _iso_week(first.year, part["week_no"] or part["ord"][-1])
    if part["week_no"]:
        return None  # 3月第6周: a month has no sixth week
    n = _nth(part["ord"])
    unit = part["unit"]
    if unit in ("天", "日"):
        day = first + timedelta(days=n - 1) if n > 0 else last
        return day.isoformat() if first <= day <= last else None
    if unit == "月":
        if first.month == last.month:
            return None  # 3月第一月 says nothing
        month = n if n > 0 else 12
        return f"{first.year:04d}-{month:02d}"
    if unit == "周末":
        saturdays = [d for d in _days(first, last) if d.weekday() == 5]
        if not saturdays or n > len(saturdays):
            return None
        saturday = saturdays[n - 1] if n > 0 else saturdays[-1]
        return f"{saturday.isoformat()}/{(saturday + timedelta(days=2)).isoformat()}"
    mondays = [d for d in _days(first, last) if d.weekday() == 0 and d + timedelta(days=6) <= last]
    if n > len(mondays):
        return None
    monday = mondays[n - 1] if n > 0 else mondays[-1]
    return f"{monday.isoformat()}/{(monday + timedelta(days=7)).isoformat()}"


def _first_days(span: tuple[date, date], part: re.Match[str]) -> str | None:
    """The span's first so many days, end exclusive, or None where it has fewer; not a year's 前两天,
    which is the everyday "a couple of days ago" (今年前两天的高温), but a month's (本月前两天)."""
    n = parse_number(part["days"])
    if part["way"] == "后" or part["days"] == "两" and span[0].month != span[1].month or n is None or n <= 1 or span[0] + timedelta(days=int(n) - 1) > span[1]:
        return None
    return f"{span[0].isoformat()}/{(span[0] + timedelta(days=int(n))).isoformat()}"


def _days_before(hit: Hit, part: re.Match[str]) -> str | None:
    """The so many days just before a day said (春节前三天: the three days up to its eve; 国庆前一天
    the eve itself)."""
    detail, n = hit.detail, parse_number(part["days"])
    if detail is None or detail.unit != "day" or detail.qualifier is not Qualifier.EXACT or not detail.first or n is None or not 0 < n < 100:
        return None
    day = date.fromisoformat(detail.first[:10])
    if part["way"] == "后":
        return (day + timedelta(days=1)).isoformat()  # 中秋节后一天: the day after
    if n == 1:
        return (day - timedelta(days=1)).isoformat()  # 国庆前一天: its eve
    return f"{(day - timedelta(days=int(n))).isoformat()}/{day.isoformat()}"


def _nth_weekday(span: tuple[date, date], part: re.Match[str]) -> str | None:
    """The span's nth (or last) such weekday, or None where it has too few."""
    index = min("一二三四五六日天".index(part["wd"]), 6)
    days = [d for d in _days(*span) if d.weekday() == index]
    n = -1 if part["wd_last"] else _ORDINALS.get(part["wd_n"]) or int(part["wd_n"])
    return days[n - 1 if n > 0 else -1].isoformat() if n <= len(days) else None


def _numbered_week(part: re.Match[str]) -> bool:
    """第一周, 第3个星期: a week by its number (头一周 and 最后一周 stay the whole weeks)."""
    return part["ord"].startswith("第") and part["unit"] in ("周", "星期", "礼拜")


def _iso_week(year: int, written: str) -> str | None:
    """The year's ISO week so numbered (2025-W23), or None where it has no such week."""
    number = parse_number(written)
    if number is None or not 1 <= number <= date(year, 12, 28).isocalendar()[1]:  # the 28th is in the last
        return None
    return f"{year:04d}-W{int(number):02d}"


def _month_half(first: date, last: date, half: str) -> str:
    """A month's first half (上半月: the 1st to the 15th) or second (下半月: the 16th to its end)."""
    start, end = (first, first + timedelta(days=15)) if half == "上" else (first + timedelta(days=15), last + timedelta(days=1))
    return f"{start.isoformat()}/{end.isoformat()}"


def month_edge(year: int, month: int, edge: str) -> str:
    """A month's first five days (月初) or its 25th to its end (月底, 月末), end exclusive, as the
    library reads 本月初 and 本月底."""
    last = calendar.monthrange(year, month)[1]
    first, end = (1, 5) if edge == "初" else (25, last)
    return f"{date(year, month, first).isoformat()}/{date(year, month, end) + timedelta(days=1)}"


def _nth(ordinal: str) -> int:
    """1 for 第一 and 头一, 3 for 第三, -1 for 最后一 (the last)."""
    if ordinal[0] == "最":
        return -1
    if ordinal[0] == "头":
        return 1
    return _ORDINALS.get(ordinal[-1]) or int(ordinal[-1])


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]
