"""Words after a date that change its bounds: 起 opens its end, a bare season narrows a year.

News states when a rule takes effect far more often than when it ends: 新规自2023年1月1日起施行
is from that day on, not that one day, and a panel showing only the day misreads it. A year
followed by a season (2023年春，…) is that season, as 2023年春季 already is.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from .date_holidays import SOLAR_TERMS
from .date_values import own_detail, value_of
from .library import time_detail
from .model import Detail, FactKind, Hit, Qualifier
from .numerals import parse_number

__all__ = ["after_feasts", "onwards", "seasons_of_years", "up_to"]

_ONWARDS = re.compile(r"\s?起(?![义飞床诉草火步跑航身来源点事爆降锚效码居落伏色早到至意疑行程雾风立夜舞了价]|获(?!得)|底(?!薪))")
"""起 after a date; 起义 (an uprising), 起飞 (a take-off), 起诉 (a suit) and the like are words
of their own. 起到/起至 is a range's 起, read by the range rule before."""
_BEGINNING = re.compile(r"开始(?![时前后的到至])")
"""从1999年开始 says what 自1999年起 says (not 从…开始时, at its start, nor 从4号开始到11号, a range)."""
_AFTER_THE_HOUR = re.compile(r"\s?(?:以后|之后|过后|后)(?![来果者面续代人期半座门台院勤卫海排悔]|方(?![可能才]))")
"""下午二時後, 今晚8時後, 中午過後: from that hour on (it was the hour alone)."""
_CLOCK_UNITS = frozenset(("hour", "minute"))
_OPENS = frozenset((Qualifier.EXACT, Qualifier.PERIOD))
_FROM = frozenset("自从")


_COUNTED_ON = r"的?(?:[一二两三四五六七八九十几\d]+个?[天日周年月小时分星礼]|第)"
_AFTER_A_DATE = re.compile(rf"\s?(?:以后|之后)(?!{_COUNTED_ON})")
_WORDS_OF_HOU = r"市(?!场)|援|备(?!案)|" + _COUNTED_ON + r"|方(?![可能才])"
"""What after 后 makes a word of it or counts from it (后市, 后援, 后两天, 后方), beside the characters
each 后 below names."""
_AFTER_A_DAY = re.compile(rf"\s?后(?![来果者面续代人期半座门台院勤卫海排悔劲继]|{_WORDS_OF_HOU})")
_A_MONTHS_DAY = re.compile(r"月\s*(?:\d{1,2}|[一二三四五六七八九十廿卅]{1,3})\s*[日号]$|月份$")
_DAYS_OF_THE_YEARS_ROUND = "|".join(SOLAR_TERMS) + r"|正月十五|大年初[一二三四五六七八九十]|腊八"
"""Solar terms and lunar days that name a day of the year (立秋, 冬至, 正月十五, 大年初七, 腊八)."""
_A_FEAST = re.compile(rf"(?:节|国庆|中秋|元旦|除夕|端午|清明|元宵|重阳|七夕|圣诞|春节|{_DAYS_OF_THE_YEARS_ROUND})$")
"""A feast's day ends so (春节, 国庆节, 2023年中秋, 立秋, 正月十五): 春节后 is from it on, as 10月15日之后
is (立秋后, 大年初七后 were the day alone)."""
_AFTER_A_FEAST = re.compile(rf"\s?过?后(?![来果者面续代人期半座门台院勤卫海排悔劲继顾厨遗]|{_WORDS_OF_HOU})")


def _after_the_month_or_day(folded: str, hit: Hit, detail: Detail | None) -> re.Match[str] | None:
    """今年2月以后, 10月15日之后, 9月份后: from that month or day on (it was the month or day alone);
    a bare month's 后 only after 月份 (三月后 may be three months on, 15日后 fifteen days); not a span or a
    day counted from it (之后的三天内, 后两天, 以后的第一个周末), nor 后市, 后援会."""
    if detail is None or detail.unit not in ("month", "day"):
        return None
    if _A_MONTHS_DAY.search(folded, hit.start, hit.end):
        return _AFTER_A_DATE.match(folded, hit.end) or _AFTER_A_DAY.match(folded, hit.end)
    return _AFTER_A_DATE.match(folded, hit.end) if folded[hit.end - 1 : hit.end] == "月" else None


def _opens(detail: Detail) -> bool:
    """Whether 起 after the phrase opens it: an exact date or a period, and a part of the day
    (昨晚起, 傍晚起: from the evening on; they were the evening alone)."""
    return detail.qualifier in _OPENS or detail.qualifier is Qualifier.APPROXIMATE and detail.unit == "hour"


def onwards(folded: str, hits: list[Hit]) -> list[Hit]:
    """自2023年1月1日起, 3月起, 晚上8点起, 从1999年开始, 下午3时后: from that moment on, the end open."""
    read: list[Hit] = []
    for hit in hits:
        detail = hit.detail
        after = _ONWARDS.match(folded, hit.end) or (
            _BEGINNING.match(folded, hit.end) if folded[hit.start - 1 : hit.start] in _FROM else None) or (
            _AFTER_THE_HOUR.match(folded, hit.end) if detail is not None and detail.unit in _CLOCK_UNITS else None) or (
            _after_the_month_or_day(folded, hit, detail))
        since = folded[hit.end - 1] in "来今" and hit.end - hit.start > 1  # 近四年来起 is already up to now; 今起 opens
        if after and not since and detail is not None and _opens(detail) and detail.first and detail.low:
            start = hit.start - 1 if hit.start and folded[hit.start - 1] in _FROM else hit.start
            if (days := _FOR_DAYS.match(folded, after.end())) and detail.unit == "day":
                read.append(_so_many_days(folded, start, days, detail.first))  # 明天（29日）起一连两天: the 29th and 30th
                continue
            opened = Detail(Qualifier.MORE_THAN, detail.low, None, detail.unit, detail.first, None)
            hit = Hit(FactKind.DATE, start, after.end(), f"{detail.low}/..", opened)
        read.append(hit)
    return read


def after_feasts(folded: str, hits: list[Hit]) -> list[Hit]:
    """春节后, 国庆节之后, 中秋过后: from the feast's day on, the end open, as 10月15日之后 is (it
    was the feast's day alone). Read once the feast's year is settled (等春节后再做打算 in
    November is next year's)."""
    read: list[Hit] = []
    for hit in hits:
        detail = hit.detail
        after = _AFTER_A_DATE.match(folded, hit.end) or _AFTER_A_FEAST.match(folded, hit.end)
        if after and detail is not None and detail.qualifier is Qualifier.EXACT and detail.unit == "day" \
                and detail.low and detail.first and _A_FEAST.search(folded, hit.start, hit.end):
            start = hit.start - 1 if hit.start and folded[hit.start - 1] in _FROM else hit.start
            opened = Detail(Qualifier.MORE_THAN, detail.low, None, detail.unit, detail.first, None)
            hit = Hit(FactKind.DATE, start, after.end(), f"{detail.low}/..", opened)
        read.append(hit)
    return read


def up_to(folded: str, hits: list[Hit]) -> list[Hit]:
    """6月底前, 6月30日前, 1955年国庆前: up to that day or the end of that time, as a deadline is
    stated (it was the day or the month's end alone); not 30日前 (thirty days ago, or before the
    30th), 国庆前夕 (its eve), 春节前后 (around it) or 9月1日前一天 (the day before)."""
    read: list[Hit] = []
    for hit in hits:
        detail, after = hit.detail, _BEFORE_IT.match(folded, hit.end)
        if after and detail is not None and detail.qualifier in _OPENS and detail.last \
                and (_A_DEADLINE.search(folded, hit.start, hit.end) or _A_MONTH_BEFORE.fullmatch(folded, hit.end - 2, after.end())
                     or hit.start and folded[hit.start - 1] in "在于" and bool(_A_BARE_MONTH.fullmatch(folded, hit.start, hit.end))):
            high = detail.last[:16]
            closed = Detail(Qualifier.LESS_THAN, None, high, "minute", None, detail.last)
            hit = Hit(FactKind.DATE, hit.start, after.end(), f"../{high}", closed)
        elif detail is not None and detail.qualifier is Qualifier.EXACT and detail.unit in ("hour", "minute") and detail.first:
            hit = _not_yet(folded, hit, detail.first)
        read.append(hit)
    return read


def _not_yet(folded: str, hit: Hit, first: str) -> Hit:
    """上午８点半不到, 不到8点半, 8点半之前, 下午5点前: not yet that time (it was the time itself),
    up to the second before it."""
    after = _NOT_YET_AFTER.match(folded, hit.end)
    before = _NOT_YET_BEFORE.search(folded, max(0, hit.start - 2), hit.start)
    if after is None and before is None or not _A_CLOCK.search(folded, hit.start, hit.end):
        return hit
    start, end = before.start() if before else hit.start, after.end() if after else hit.end
    high, last = first[:16], datetime.fromisoformat(first) - timedelta(seconds=1)
    return Hit(FactKind.DATE, start, end, f"../{high}", Detail(Qualifier.LESS_THAN, None, high, "minute", None, f"{last:%Y-%m-%dT%H:%M:%S}"))


_NO_DEADLINES_FRONT = "夕后往任期身辈者面沿线台排景途程列天日年月来去赴夜\\d一二两三四五六七八九十几"
"""What after 前 makes a word of it (前夕, 前往, 前天), not a deadline; after a date 前提 is a word
too, after a clock time a deadline's (5点前提交), and there 前妻, 前总统 are words."""
_TITLES = (
    r"(?:议长|首相|总统|总理|主席|董事长|部长|市长|省长|县长|校长|局长|院长|厂长|队长|会长|行长|总裁|总经理|总监"
    r"|妻|夫|男友|女友|副[总主市省县部局校院])"
)
"""What after 前 makes a former title (2022年8月前议长, 前妻, 前总统): no deadline (春节前部分蔬菜,
春节前主要… keep theirs)."""
_NOT_YET_AFTER = re.compile(
    rf"\s?(?:不到(?![家位手头齐])|之前|以前|前(?![{_NO_DEADLINES_FRONT}妻夫男女锋总首副董主海部局市省县校院厂队]))"
)
"""After a clock time, 前 before 提交 is a deadline's (5点前提交), not 前提 (premise)."""
_NOT_YET_BEFORE = re.compile(r"不到\s?$")
_A_CLOCK = re.compile(r"[点时點時](?:半|[\d一二三四五六七八九十]{1,3}分?)?$")
"""A clock time said to the minute (8点半, 10时30分) ends so."""


_BEFORE_IT = re.compile(rf"\s?(?:之前|以前|前)(?![{_NO_DEADLINES_FRONT}]|提(?![交出供])|所未|方[传来向的]|{_TITLES})")
"""前 after a deadline, and before 提交, 提出 (7月1日前提交); not 前提 (a premise)."""
_A_DEADLINE = re.compile(
    rf"(?:月\s*(?:\d{{1,2}}|[一二三四五六七八九十廿卅]{{1,3}})\s*[日号]|[月年][底末]|节|国庆|中秋|元旦|除夕|端午|清明|{_DAYS_OF_THE_YEARS_ROUND}"
    r"|年\s*(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月份?)$"
)
"""What a deadline before 前 ends with: a day of a named month, a month's or year's end, a holiday,
a month of a named year (明年6月前开放: through June 2025; a bare 3月前 may be three months ago)."""


_A_MONTH_BEFORE = re.compile(r"(?:.月|月份)\s?(?:之前|以前)")
"""9月以前, 9月份之前: before a bare month in words that say so (9月前 alone may be nine months ago;
after 在 or 于 it is not: 在10月前提交)."""
_A_BARE_MONTH = re.compile(r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月份?")


_FOR_DAYS = re.compile(r"\s*(?:一连|连续|一共|共)\s*(?P<n>\d{1,2}|[一二两三四五六七八九十]{1,3})\s*[天日]")
"""起一连三日: for so many days from the first, the end closed."""


def _so_many_days(folded: str, start: int, days: re.Match[str], first: str) -> Hit:
    """The days from ``first`` on, as many as ``days`` says, as one range (end exclusive)."""
    begin = date.fromisoformat(first[:10])
    value = f"{begin.isoformat()}/{(begin + timedelta(days=int(parse_number(days['n']) or 1))).isoformat()}"
    return Hit(FactKind.DATE, start, days.end(), value, own_detail(value, folded[start : days.end()]))


_SEASON = re.compile(r"(?P<s>[春夏秋冬])(?=[，,。、；;：:\s)）]|$|时|以来|期间|之际|前后|开始)")
"""A bare season word after a year, where nothing makes it a word of its own (2023年春节,
2022年冬奥会, 2021年秋招 are not seasons)."""


def seasons_of_years(folded: str, hits: list[Hit], published: datetime | None) -> list[Hit]:
    """2023年春，… : the spring of 2023, read as 2023年春季 is; 1942年初秋 its early autumn, not the
    year's start (the library reads 1942年初 and leaves 秋)."""
    if published is None:
        return hits
    read: list[Hit] = []
    for hit in hits:
        season = _SEASON.match(folded, hit.end)
        text = folded[hit.start : hit.end]
        early = text.endswith("年初") and hit.detail is not None and hit.detail.unit == "month"
        a_year = hit.detail is not None and hit.detail.unit == "year" and hit.detail.low == hit.detail.high
        if season and (a_year or early):
            year = text[:-1] if early else text
            detail = time_detail(year + season["s"] + "季", published)
            if detail is not None and detail.first and hit.detail is not None and detail.first[:4] == (hit.detail.first or "")[:4]:
                hit = Hit(FactKind.DATE, hit.start, season.end(), value_of(detail, folded[hit.start : season.end()]), detail)
        read.append(hit)
    return read
