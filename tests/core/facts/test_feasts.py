"""Feasts of the world's calendars (复活节, 斋月, 赎罪日, 屠妖节) and days the news marks each
year (世界读书日), dated against the article's publication day.

Every sentence here is our own; none comes from a held-out suite. The reference is the
article's publication time, 2022-07-25 10:00.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from reader.core.facts import extract_facts, facts_to_json
from reader.core.model import Article

PUBLISHED = datetime(2022, 7, 25, 10, 0)


def dates(text: str, published: datetime | None = PUBLISHED) -> list[dict[str, Any]]:
    found = facts_to_json(extract_facts(Article(text=text, blocks=(), published=published)))
    return [f for f in found if f["kind"] == "date"]


def span(fact: dict[str, Any]) -> tuple[str, str]:
    return fact["interval"][0][:10], fact["interval"][1][:10]


@pytest.mark.parametrize(
    ("text", "phrase", "first", "last"),
    [
        # Christian feasts move with Easter (17 April 2022; the Orthodox one 24 April)
        ("今年复活节前夕，教堂里挤满了人。", "今年复活节前夕", "2022-04-16", "2022-04-16"),
        ("东正教复活节当天，莫斯科举行礼拜。", "东正教复活节", "2022-04-24", "2022-04-24"),
        ("耶稣受难日翌日，游行照常举行。", "耶稣受难日翌日", "2022-04-16", "2022-04-16"),
        ("拉匝路周六是东正教的节日。", "拉匝路周六", "2022-04-16", "2022-04-16"),
        ("2024年复活节在三月。", "2024年复活节", "2024-03-31", "2024-03-31"),
        ("去年的复活节下了雨。", "去年的复活节", "2021-04-04", "2021-04-04"),
        ("大斋期里，信徒少吃肉。", "大斋期", "2022-03-02", "2022-04-16"),
        # Islamic feasts follow the moon: two may fall in one Gregorian year
        ("斋月期间，餐馆白天不营业。", "斋月", "2022-04-02", "2022-05-01"),
        ("2023年开斋节，清真寺前人潮涌动。", "2023年开斋节", "2023-04-21", "2023-04-21"),
        # a Jewish feast begins at sunset, on the day before its first day
        ("赎罪日那天，以色列全国停摆。", "赎罪日", "2022-10-04", "2022-10-04"),
        ("2021年逾越節，家家户户吃无酵饼。", "2021年逾越節", "2021-03-27", "2021-04-04"),
        ("2020年光明节期间，广场上点起烛台。", "2020年光明节", "2020-12-10", "2020-12-18"),
        # Hindu and Buddhist feasts, as Singapore and Malaysia name them
        ("屠妖节前夕，小印度张灯结彩。", "屠妖节", "2022-10-24", "2022-10-24"),
        ("卫塞节当天，信众到寺庙浴佛。", "卫塞节", "2022-05-15", "2022-05-15"),
        # days the news marks each year
        ("在世界读书日到来之际，书店推出优惠。", "世界读书日", "2022-04-23", "2022-04-23"),
        ("中国人民警察节当天，民警坚守岗位。", "人民警察节", "2022-01-10", "2022-01-10"),
    ],
)
def test_a_feast_is_dated_in_the_articles_year_or_the_year_written(
    text: str, phrase: str, first: str, last: str
) -> None:
    [fact] = [f for f in dates(text) if phrase in f["text"] or f["text"] in phrase]
    assert (fact["text"], span(fact)) == (phrase, (first, last))


def test_a_feast_just_past_at_new_year_is_the_one_meant() -> None:
    """圣纪节 came on 8 October 2022; in an article of 20 November it is that one, not 2023's."""
    [fact] = dates("圣纪节那天，信众聚集在清真寺。", datetime(2022, 11, 20))
    assert span(fact) == ("2022-10-08", "2022-10-08")


def test_with_no_reference_only_a_written_year_is_dated() -> None:
    assert dates("复活节假期，商场人多。", None) == []
    assert span(dates("2019年复活节假期，商场人多。", None)[0]) == ("2019-04-21", "2019-04-21")


@pytest.mark.parametrize(
    "text",
    ["复活节岛上的石像举世闻名。", "这对兄妹节目效果很好。", "五旬节教会的牧师讲道。", "忠孝节义是传统美德。",
     "工厂推广光明节能灯。"],
)
def test_a_feast_name_inside_another_word_is_no_date(text: str) -> None:
    assert dates(text) == []
