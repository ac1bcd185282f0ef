"""Dates, amounts and counts read on an eighth sample of single news lines, written as news
says them.

Every phrase here is our own; none comes from a held-out suite. The reference is 2024-06-12
10:00 (a Wednesday), the day the lines were read against.
"""

from __future__ import annotations

import pytest

from tests.core.facts.reading import NEWS_LINES

facts, intervals, values, dates = NEWS_LINES.facts, NEWS_LINES.intervals, NEWS_LINES.values, NEWS_LINES.dates


# ---- Ranges written with other dashes


@pytest.mark.parametrize("dash", ["\u2013", "\u2015", "\u2012", "\u2212"])
def test_a_range_written_with_an_en_dash_or_a_bar_is_a_range(dash: str) -> None:
    text = f"预计今年的融资规模大约是3{dash}4万亿元，增长率预计为7{dash}8%，计划于2013{dash}2015年分期建设。"
    assert values(text, "money") == ["3000000000000-4000000000000 CNY"]
    assert [f["value_kind"] for f in facts(text, "percent")] == ["range"]
    assert intervals(text)[f"2013{dash}2015年"] == ["2013-01-01T00:00:00", "2015-12-31T23:59:59"]


def test_a_wave_dash_joins_a_range_of_days() -> None:
    found = intervals("运动会将于7月24〜26日在市体育中心举行，届时将有大批观众。")
    assert found["7月24〜26日"] == ["2024-07-24T00:00:00", "2024-07-26T23:59:59"]


# ---- Years of the common era and before it


@pytest.mark.parametrize(
    "text",
    ["公元前1046年，周武王伐纣，建立了周朝，定都镐京。", "西元前 1046年，周武王伐纣，建立了周朝，定都镐京。"],
)
def test_a_year_before_the_common_era_is_no_year_of_ours(text: str) -> None:
    assert facts(text, "date") == []


def test_a_year_of_three_digits_after_gongyuan_is_that_year() -> None:
    found = intervals("唐朝于公元618年建立，历经二十一帝，国祚将近三百年。")
    assert found["公元618年"] == ["0618-01-01T00:00:00", "0618-12-31T23:59:59"]
