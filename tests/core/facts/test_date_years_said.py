"""同年10月, 次年初, 当月22日: years and months said by the one named before them."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from reader.core.facts import extract_facts, facts_to_json
from reader.core.model import Article

PUBLISHED = datetime(2025, 1, 21, 8, 0)


def dates(text: str) -> dict[str, list[str]]:
    found: list[dict[str, Any]] = facts_to_json(extract_facts(Article(text=text, blocks=(), published=PUBLISHED)))
    return {f["text"]: f["interval"] for f in found if f["kind"] == "date"}


@pytest.mark.parametrize(
    ("text", "phrase", "first", "last"),
    [
        ("2019年5月，他入职。同年10月离职。", "同年10月", "2019-10-01T00:00:00", "2019-10-31T23:59:59"),
        ("2019年5月，他入职。次年10月离职。", "次年10月", "2020-10-01T00:00:00", "2020-10-31T23:59:59"),
        ("他2019年入职，翌年3月升任经理。", "翌年3月", "2020-03-01T00:00:00", "2020-03-31T23:59:59"),
        ("2013年习近平成为国家主席，當年9月他到訪哈薩克斯坦。", "當年9月", "2013-09-01T00:00:00", "2013-09-30T23:59:59"),
        ("1998年他毕业，次年初赴美。", "次年初", "1999-01-01T00:00:00", "1999-02-28T23:59:59"),
        ("2001年他当选，当年年底卸任。", "当年年底", "2001-11-01T00:00:00", "2001-12-31T23:59:59"),
        ("2008年，他去了北京。次年，他回到上海。", "次年", "2009-01-01T00:00:00", "2009-12-31T23:59:59"),
        ("望远镜今年9月初调试，于当月22日成功。", "当月22日", "2025-09-22T00:00:00", "2025-09-22T23:59:59"),
        ("他5月3日入院，次月出院。", "次月", "2025-06-01T00:00:00", "2025-06-30T23:59:59"),
        ("他12月3日入院，次月出院。", "次月", "2026-01-01T00:00:00", "2026-01-31T23:59:59"),
        ("1860年，英法联军北上。这年10月，圆明园被焚。", "这年10月", "1860-10-01T00:00:00", "1860-10-31T23:59:59"),
        ("1998年他出生，那年冬天很冷。", "那年冬天", "1998-11-07T00:00:00", "1999-02-03T23:59:59"),
    ],
)
def test_a_year_or_month_said_by_the_one_before(text: str, phrase: str, first: str, last: str) -> None:
    """The phrase is the year (or month) named before it, or the one after: 同年10月 was no date,
    次年初 was 年初 of the publication's year."""
    assert dates(text)[phrase] == [first, last]


def test_each_next_year_counts_on_from_the_last() -> None:
    found = facts_to_json(extract_facts(Article(text="2008年他去北京，次年回上海，次年再去广州。", blocks=(),
                                                published=PUBLISHED)))
    assert [f["interval"][0][:4] for f in found if f["text"] == "次年"] == ["2009", "2010"]


def test_with_no_year_before_the_publications_as_the_library_reads_it() -> None:
    assert dates("次年3月")["次年3月"] == ["2026-03-01T00:00:00", "2026-03-31T23:59:59"]
    assert dates("次年年底")["次年年底"] == ["2026-11-01T00:00:00", "2026-12-31T23:59:59"]


@pytest.mark.parametrize(
    "text",
    ["他们同年入学。", "办卡首年免年费，刷6笔次年可免。", "当年的他还很年轻。", "不同年龄段的人", "她相当年轻。",
     "第十次年会在京召开。", "2020年，家长带同年幼子女到场。", "2020年，太阳连同月亮一起出现。", "这是年度大戏。",
     "这年头不好过。", "那年10月我十岁。"],
)
def test_words_that_name_no_year(text: str) -> None:
    """同年 alone with no year before it, 当年 alone ("back then"), and the words inside others."""
    assert not any(p.startswith(("同", "次", "当", "是", "这", "那")) for p in dates(text))
