"""3月的第一个周末, 今年最后一天: the first or last part of a month or year named before it."""

from __future__ import annotations

from datetime import datetime

import pytest

from reader.core.facts import extract_facts, facts_to_json
from reader.core.model import Article

PUBLISHED = datetime(2025, 1, 21, 8, 0)


def dates(text: str) -> dict[str, list[str]]:
    found = facts_to_json(extract_facts(Article(text=text, blocks=(), published=PUBLISHED)))
    return {f["text"]: f["interval"] for f in found if f["kind"] == "date"}


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        ("3月的第一个周末", "2025-03-01T00:00:00", "2025-03-02T23:59:59"),
        ("3月第一周", "2025-03-03T00:00:00", "2025-03-09T23:59:59"),
        ("12月最后一周", "2025-12-22T00:00:00", "2025-12-28T23:59:59"),
        ("10月第一周", "2025-10-06T00:00:00", "2025-10-12T23:59:59"),
        ("今年最后一个月", "2025-12-01T00:00:00", "2025-12-31T23:59:59"),
        ("今年的最后一天", "2025-12-31T00:00:00", "2025-12-31T23:59:59"),
        ("2020年2月的最后一天", "2020-02-29T00:00:00", "2020-02-29T23:59:59"),
        ("明年第一天", "2026-01-01T00:00:00", "2026-01-01T23:59:59"),
        ("6月最后一个星期", "2025-06-23T00:00:00", "2025-06-29T23:59:59"),
        ("十二月月底", "2025-12-25T00:00:00", "2025-12-31T23:59:59"),
        ("12月份月底", "2025-12-25T00:00:00", "2025-12-31T23:59:59"),
        ("明年三月月初", "2026-03-01T00:00:00", "2026-03-05T23:59:59"),
    ],
)
def test_the_nth_part_of_a_month_or_year(phrase: str, first: str, last: str) -> None:
    """It was the month or year alone (今年最后一天 the whole year), or a wrong weekend, or
    the month and 月底 of the publication's month."""
    assert dates(f"活动定于{phrase}举行。") == {phrase: [first, last]}


@pytest.mark.parametrize("text", ["电影已是第二个周末上映。", "我记得是一个周末。", "两个周末都下雨。", "最后一个周末很忙。"])
def test_weekends_counted_are_not_this_weekend(text: str) -> None:
    """个周末 of 第二个周末 was read as the coming weekend."""
    assert dates(text) == {}


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        ("2025年第23周", "2025-06-02T00:00:00", "2025-06-08T23:59:59"),
        ("今年第二十三周", "2025-06-02T00:00:00", "2025-06-08T23:59:59"),
        ("2025年第1周", "2024-12-30T00:00:00", "2025-01-05T23:59:59"),
        ("2025年第一周", "2024-12-30T00:00:00", "2025-01-05T23:59:59"),
        ("2020年第53周", "2020-12-28T00:00:00", "2021-01-03T23:59:59"),
        ("去年的第10个星期", "2024-03-04T00:00:00", "2024-03-10T23:59:59"),
    ],
)
def test_a_years_numbered_week_is_its_iso_week(phrase: str, first: str, last: str) -> None:
    """A weekly report's 2025年第23周: it was the whole year (only 第一 to 第五 were read), and
    2025年第一周 the week of the year's first Monday, a week after the reports' first week."""
    assert dates(f"{phrase}流感病例数上升。") == {phrase: [first, last]}


@pytest.mark.parametrize(("text", "said"), [("2021年第53周", "2021年"), ("3月第6周", "3月")])
def test_a_week_the_period_does_not_have_is_no_week(text: str, said: str) -> None:
    """2021 has 52 ISO weeks and a month no sixth: only the year or month is read."""
    assert list(dates(f"{text}流感病例数上升。")) == [said]
