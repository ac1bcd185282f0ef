"""Dates, amounts and counts read on a fourth sample of single news lines and of whole dev
pages, written as news says them.

Every phrase here is our own; none comes from a held-out suite. The reference is 2024-06-12
10:00 (a Wednesday), the day the lines were read against.
"""

from __future__ import annotations

import pytest

from tests.core.facts.reading import NEWS_LINES

facts, intervals, values = NEWS_LINES.facts, NEWS_LINES.intervals, NEWS_LINES.values


def _dates(text: str) -> dict[str, tuple[str, str, list[str | None]]]:
    """Each date's phrase with its kind, value and interval."""
    return {f["text"]: (f["value_kind"], f["value"], f["interval"]) for f in facts(text, "date")}


# ---- Dates


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("他在外潜逃了20年，最终于昨日被警方抓获归案。", "20年", "P20Y"),
        ("这个项目历时12年，终于在今天完成了全部建设。", "12年", "P12Y"),
        ("他在这里整整工作了10年半，今年终于光荣退休了。", "10年半", "P10.5Y"),
        ("该工程为期3年，总投资达到了5亿元人民币。", "3年", "P3Y"),
        ("殖民当局在当地进行了长达32年之久的黑暗统治，百姓生活困苦。", "32年", "P32Y"),
        ("殖民当局在当地进行了长达32年的黑暗统治，百姓生活十分困苦。", "32年", "P32Y"),
    ],
)
def test_years_in_two_digits_said_as_a_length_are_a_length(text: str, phrase: str, value: str) -> None:
    kind, said, interval = _dates(text)[phrase]
    assert (kind, said, interval) == ("duration", value, None)


def test_an_age_in_years_is_no_length() -> None:
    assert "６３年" not in intervals("这场火警也造成了６３年岁的李文丽死亡，另有两人受伤。")


def test_the_twenties_without_a_century_are_the_last_centurys_in_value_and_interval() -> None:
    kind, value, interval = _dates("到了20年代，这座城市已经发展成为远东重要的港口。")["20年代"]
    assert (value, interval) == ("1920/1930", ["1920-01-01T00:00:00", "1929-12-31T23:59:59"])
