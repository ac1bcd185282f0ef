"""Date phrases read on Hong Kong live pages of late 2025 and the pages read with them: so many
days written with 日, as Hong Kong and Taiwan write 天.

Every phrase here is our own, written in the way of the pages read; none comes from a held-out
suite. The reference is the article's publication time, 2025-11-28 18:48 (a Friday).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from reader.core.facts import extract_facts, facts_to_json
from reader.core.model import Article

PUBLISHED = datetime(2025, 11, 28, 18, 48)


def dates(text: str, published: datetime = PUBLISHED) -> list[dict[str, Any]]:
    found = facts_to_json(extract_facts(Article(text=text, blocks=(), published=published)))
    return [f for f in found if f["kind"] == "date"]


def phrases(text: str) -> dict[str, str]:
    """Each date's phrase and its value."""
    return {f["text"]: f["value"] for f in dates(text)}


@pytest.mark.parametrize(
    "text",
    ["政府建築物明（11月29日）起下半旗3日。", "展覽為期3日，免費入場。", "全港學校停課3日。", "恒指連續3日下跌。", "新盤首3日售出八成。", "密切接觸者須隔離14日。"],
)
def test_so_many_days_written_with_ri_are_no_day_of_the_month(text: str) -> None:
    assert not any(phrase.endswith("日") and "月" not in phrase for phrase in phrases(text))


@pytest.mark.parametrize(("text", "phrase", "value"), [("他3日抵港。", "3日", "2025-11-03"), ("警方於3日晚拘捕兩人。", "3日晚", "2025-11-03T18:00/2025-11-04T00:00")])
def test_a_bare_day_after_other_words_stays_a_day_of_the_month(text: str, phrase: str, value: str) -> None:
    assert phrases(text)[phrase] == value
