"""Names as Taiwan's and Hong Kong's papers write them: Taiwan's titles before a name (立委, 主委,
總召, 司長), a name a country's name opens after a title (立法院長韓國瑜), and a party or an agency
the tagger ran into the title after it (國民黨立委).

Every sentence here is our own; none comes from a held-out suite.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.core.facts.reading import Reading

_READ = Reading(datetime(2024, 11, 20, 10, 0))


def _names(text: str, kind: str) -> list[str]:
    return [fact["text"] for fact in _READ.facts(text, kind)]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("國民黨立委徐巧芯今日質詢衛福部長。", "徐巧芯"),  # was nothing
        ("民進黨團總召柯建銘表示支持。", "柯建銘"),
        ("環保署主委彭啓明出席記者會。", "彭啓明"),
        ("立法院長韓國瑜也到場致詞。", "韓國瑜"),  # was the place 韓國
    ],
)
def test_a_name_after_taiwans_titles_is_a_person(text: str, person: str) -> None:
    assert person in _names(text, "person")


def test_a_country_opening_a_name_after_a_title_is_no_place() -> None:
    assert "韓國" not in _names("立法院長韓國瑜也到場致詞。", "place")


def test_a_countrys_people_after_a_title_stay_a_place() -> None:
    assert "韩国人" not in _names("该院院长韩国人居多。", "person")


@pytest.mark.parametrize(("text", "body"), [("國民黨立委徐巧芯今日質詢。", "國民黨"), ("環保署主委彭啓明出席。", "環保署")])
def test_a_body_ends_before_the_title_after_it(text: str, body: str) -> None:
    assert body in _names(text, "organisation")


@pytest.mark.parametrize(("text", "body"), [("中國國民黨副主席夏立言今日訪陸。", "中國國民黨"), ("台灣民眾黨主席黃國昌表示支持。", "台灣民眾黨")])
def test_taiwans_parties_by_their_full_names_are_bodies(text: str, body: str) -> None:
    assert body in _names(text, "organisation")  # 中國 was a place and 國民黨 the body


def test_a_former_members_title_is_no_body() -> None:
    assert "前立委" not in _names("前立委蔡正元出席活動。", "organisation")
