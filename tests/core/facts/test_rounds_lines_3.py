"""Dates, amounts and counts read on a third sample of single news lines and on the classes a
spoken-query suite's dev half showed (fst-time-nlu), written as news says them.

Every phrase here is our own; none comes from a held-out suite. The reference is 2024-06-12
10:00 (a Wednesday), the day the lines were read against.
"""

from __future__ import annotations

import pytest

from tests.core.facts.reading import NEWS_LINES

facts, intervals, values = NEWS_LINES.facts, NEWS_LINES.intervals, NEWS_LINES.values


# ---- Dates


@pytest.mark.parametrize(
    ("text", "phrase", "interval"),
    [
        ("据悉，双方将于明天上午9至11时在北京举行正式会谈。", "明天上午9至11时", ["2024-06-13T09:00:00", "2024-06-13T11:00:00"]),
        ("据悉，双方将于6月13日上午9～11时在北京举行正式会谈。", "6月13日上午9～11时", ["2024-06-13T09:00:00", "2024-06-13T11:00:00"]),
        ("受强降雨影响，预计今天14~17时将有雷阵雨天气出现。", "今天14~17时", ["2024-06-12T14:00:00", "2024-06-12T17:00:00"]),
        ("记者昨天晚上9~11点在现场看到，围观群众越来越多。", "昨天晚上9~11点", ["2024-06-11T21:00:00", "2024-06-11T23:00:00"]),
        ("开放时间为上午9至11时，周一闭馆，请游客注意。", "上午9至11时", ["2024-06-12T09:00:00", "2024-06-12T11:00:00"]),
    ],
)
def test_hours_from_one_to_another_with_the_unit_said_once(text: str, phrase: str, interval: list[str]) -> None:
    assert intervals(text)[phrase] == interval


def test_points_from_one_to_another_are_no_hours() -> None:
    assert list(intervals("上证指数昨天上涨3至5点，成交量明显放大，市场情绪回暖。")) == ["昨天"]
