"""The days off around a public holiday: 春节假期, 端午小长假, 国庆黄金周, 中秋期间.

A festival's 假期 or 期间 is the run of days off around it, not the festival's day: the 2024
春节假期 ran from 10 to 17 February, the 端午 one from 8 to 10 June (a Saturday to the Monday of
the feast). Which days are off is set each year by the government (the mainland's 调休 moves
weekend days to make a run), so the runs are read from the ``holidays`` library's tables (MIT,
imported only when such a phrase is met): its days off of the region, with the weekends
between them, less the weekend days it names as worked. Hong Kong rests on Sundays only.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

__all__ = ["days_off_around"]

_REGIONS = {"CNY": "CN", "TWD": "TW", "HKD": "HK", "MOP": "MO"}
_WORKED = re.compile(r"substituted from (\d\d)/(\d\d)/(\d{4})")
_LONGEST = 12


def days_off_around(day: date, home: str) -> tuple[date, date] | None:
    """The first and last day of the run of days off ``day`` falls in, where ``home`` (the
    article's currency) names the region; None where the day is no day off there."""
    region = _REGIONS.get(home)
    if region is None:
        return None
    off, worked = _days_off(region, day.year)
    if day not in off:
        return None
    first = last = day
    while _resting(first - timedelta(days=1), off, worked, region) and (last - first).days < _LONGEST:
        first -= timedelta(days=1)
    while _resting(last + timedelta(days=1), off, worked, region) and (last - first).days < _LONGEST:
        last += timedelta(days=1)
    return first, last


def _resting(day: date, off: frozenset[date], worked: frozenset[date], region: str) -> bool:
    weekend = day.weekday() == 6 or day.weekday() == 5 and region != "HK"
    return day in off or weekend and day not in worked


@cache
def _days_off(region: str, year: int) -> tuple[frozenset[date], frozenset[date]]:
    """The region's days off in the year and those next to it, and the weekend days worked."""
    import holidays  # the tables load only when a holiday's days off are asked for

    table = holidays.country_holidays(region, years=(year - 1, year, year + 1), language="en_US")
    worked = {
        date(int(m[3]), int(m[1]), int(m[2])) for name in table.values() for m in _WORKED.finditer(name)
    }
    return frozenset(table), frozenset(worked)
