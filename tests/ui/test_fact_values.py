"""The facts panel's values as a reader takes them in: an open end with no ISO ``T`` in it."""

from __future__ import annotations

from datetime import datetime

import pytest

from reader.core.facts import extract_facts
from reader.core.model import Article
from reader.ui.controllers.presenters import display_value


@pytest.mark.parametrize(
    ("text", "phrase", "shown"),
    [
        ("各地须在6月30日前完成申报工作，逾期不予受理。", "6月30日前", "until 2024-06-30"),
        ("新规自2023年1月1日起施行，旧规同时废止。", "自2023年1月1日起", "since 2023-01-01"),
        ("預估今晚20點後雨勢趨緩，民眾仍需留意天氣。", "今晚20點後", "since 2024-06-12 20:00"),
    ],
)
def test_an_open_end_shows_its_day_or_its_time(qapp, text: str, phrase: str, shown: str) -> None:  # type: ignore[no-untyped-def]
    facts = extract_facts(Article(text=text, blocks=(), published=datetime(2024, 6, 12, 10, 0)))
    (fact,) = [f for f in facts if f.text == phrase]
    assert display_value(fact) == shown


@pytest.mark.parametrize(
    ("text", "phrase", "shown"),
    [
        ("据悉，双方将于明天上午9至11时在北京举行正式会谈。", "明天上午9至11时", "2024-06-13 09:00 – 11:00"),
        ("据悉，双方将于明天下午2时至4时在北京举行正式会谈。", "明天下午2时至4时", "2024-06-13 14:00 – 16:00"),
        ("该工程已经施工3个月，将近上亿元资金已经到位。", "3个月", "for 3 mo"),
    ],
)
def test_hours_of_one_day_show_the_day_and_the_hours(qapp, text: str, phrase: str, shown: str) -> None:  # type: ignore[no-untyped-def]
    facts = extract_facts(Article(text=text, blocks=(), published=datetime(2024, 6, 12, 10, 0)))
    (fact,) = [f for f in facts if f.text == phrase]
    assert display_value(fact) == shown


@pytest.mark.parametrize(
    ("text", "phrase", "shown"),
    [
        ("患者一般需要住院3至5天，费用由医保支付。", "3至5天", "for 3 – 5 d"),
        ("每次会议持续2至3个小时，大家都很疲惫。", "2至3个小时", "for 2 – 3 h"),
    ],
)
def test_a_range_of_lengths_shows_both_ends(qapp, text: str, phrase: str, shown: str) -> None:  # type: ignore[no-untyped-def]
    facts = extract_facts(Article(text=text, blocks=(), published=datetime(2024, 6, 12, 10, 0)))
    (fact,) = [f for f in facts if f.text == phrase]
    assert display_value(fact) == shown
