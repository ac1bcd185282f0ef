"""Dates, amounts and counts read on a sixth sample of single news lines and of whole dev pages,
written as news says them.

Every phrase here is our own; none comes from a held-out suite. The reference is 2024-06-12
10:00 (a Wednesday), the day the lines were read against.
"""

from __future__ import annotations

import pytest

from tests.core.facts.reading import NEWS_LINES

facts, intervals, values, _dates = NEWS_LINES.facts, NEWS_LINES.intervals, NEWS_LINES.values, NEWS_LINES.dates


# ---- Datelines


@pytest.mark.parametrize(
    ("text", "yesterday"),
    [
        ("新华社北京２００１年３月５日电 国务院总理今天在人民大会堂作报告，昨天他会见了代表。", "2001-03-04"),
        ("本报北京1997年11月13日讯 记者今天从国务院获悉，昨天的会议已经结束了。", "1997-11-12"),
    ],
)
def test_a_datelines_year_is_its_todays(text: str, yesterday: str) -> None:
    assert _dates(text)["昨天"][1] == yesterday
    assert not any(v.startswith("2024") for v in values(text, "date"))


@pytest.mark.parametrize(
    ("text", "phrase", "day"),
    [
        ("新华社北京6月12日电 分析师周四发布一份报告，说明情况很好。", "周四", "2024-06-06"),
        ("新华社北京6月12日电 分析师预计周五将发布一份报告，说明情况。", "周五", "2024-06-14"),
    ],
)
def test_a_weekday_after_a_datelines_of_the_publications_week_is_told_by_its_tense(text: str, phrase: str, day: str) -> None:
    assert _dates(text)[phrase][1] == day
