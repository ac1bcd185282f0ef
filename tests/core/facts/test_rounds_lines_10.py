"""Dates, amounts and counts read on whole articles of 2026 news (Singapore, Malaysia, the
mainland, Taiwan and Hong Kong), written as news says them.

Every phrase here is our own; none comes from a held-out suite or from the articles read. The
reference is 2024-06-12 10:00 (a Wednesday), as for the rounds before.
"""

from __future__ import annotations

import pytest

from tests.core.facts.reading import NEWS_LINES

facts, intervals, values, dates = NEWS_LINES.facts, NEWS_LINES.intervals, NEWS_LINES.values, NEWS_LINES.dates


# ---- A range of years whose second is written by its last two digits


@pytest.mark.parametrize(
    ("text", "phrase", "interval"),
    [
        ("早在1923至35年间，殖民地政府就在这一带开辟了华人垦殖区。", "1923至35年", ["1923-01-01T00:00:00", "1935-12-31T23:59:59"]),
        ("该校在2018-19年度共录取了三千多名新生，创下历史新高。", "2018-19年", ["2018-01-01T00:00:00", "2019-12-31T23:59:59"]),
        ("1998至02年，这个地区的经济经历了一段漫长的低迷时期。", "1998至02年", ["1998-01-01T00:00:00", "2002-12-31T23:59:59"]),
    ],
)
def test_a_second_year_of_two_digits_is_in_the_firsts_century(text: str, phrase: str, interval: list[str]) -> None:
    assert intervals(text)[phrase] == interval


def test_a_second_year_below_the_first_far_from_a_century_is_none() -> None:
    assert not any(p.startswith("2015") and "至" in p for p in intervals("2015至12年的数据无法直接比较，统计口径已经改变。"))
