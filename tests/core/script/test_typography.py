"""Typographic cleanup: what a typesetter would change, and offsets that still land right."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core import Article, open_article
from reader.core.article.prepare import placed_facts, prepare
from reader.core.cite.citation import CitationStyle, quote
from reader.core.find.search import Matcher
from reader.core.script.typography import THIN_SPACE, Typography, tidy, tidy_article
from reader.core.script.variants import Variant, convert_article
from tests.conftest import SEED, shared_path

T = THIN_SPACE
CASES = [
    ("江门:为构建", "江门：为构建"),  # half-width after Chinese
    ("的十九大以来,江门市", "的十九大以来，江门市"),
    (",坚持和完善", "，坚持和完善"),  # at a line's start, before Chinese
    ("主题 ,坚持", "主题，坚持"),  # the space before the mark goes with it
    ("什麼樣呢?」", "什麼樣呢？」"),
    ("李悦宁， 在众人", "李悦宁，在众人"),  # a space after full-width punctuation
    ("联络站”。 作者", "联络站”。作者"),
    ("(统战工作巡礼)江门", "（统战工作巡礼）江门"),
    ("斷橋秘境(經魚藤坪)", "斷橋秘境（經魚藤坪）"),
    ('他说:"你好"。', "他说：“你好”。"),  # straight quotes paired
    ("他说“你好“。", "他说“你好”。"),  # one-sided quotes paired
    ("等等...然后", "等等……然后"),
    ("好。。。吧", "好……吧"),
    ("好…吧", "好……吧"),
    ("RCEP经贸", f"RCEP{T}经贸"),
    ("2022年07月25日", f"2022{T}年{T}07{T}月{T}25{T}日"),
    ("增长30%的", f"增长{T}30%{T}的"),
    # left alone: numbers, times, URLs, English, balanced quotes, odd quote counts
    ("1,000", "1,000"), ("14:07", "14:07"), ("http://a.cn/x?y=1", "http://a.cn/x?y=1"),
    ("Hello, world!", "Hello, world!"), ("“统战”", "“统战”"), ('他说:"你好', "他说：\"你好"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_cleanup_rules(text: str, expected: str) -> None:
    assert tidy(text, Typography(spacing=True)).text == expected


def test_spacing_is_optional_and_quotes_can_be_corner() -> None:
    assert tidy("RCEP经贸").text == "RCEP经贸"  # off unless asked for
    assert tidy("RCEP经贸", Typography(spacing=False)).text == "RCEP经贸"
    assert tidy('他说"好"', corner_quotes=True).text == "他说「好」"


def test_offsets_of_every_kept_character_land_on_it() -> None:
    text = '江门:为构建, 侨都(RCEP经贸)合作... 2022年,他说"好"。'
    result = tidy(text, Typography(spacing=True))
    for i, ch in enumerate(text):
        if "\u4e00" <= ch <= "\u9fff" or ch.isalnum():
            assert result.text[result.offsets.to_shown(i)] == ch
            back = result.offsets.to_source(result.offsets.to_shown(i))  # a removed space before it may come first
            assert result.offsets.to_shown(back) == result.offsets.to_shown(i)


_ALPHABET = st.sampled_from(list('江门统战AB12 ,:;!?()"“”….。，、\n'))


@given(st.text(_ALPHABET, max_size=60), st.booleans())
def test_han_and_latin_survive_in_order(text: str, spacing: bool) -> None:
    result = tidy(text, Typography(spacing=spacing))
    kept = [ch for ch in text if ch.isalnum()]
    assert [ch for ch in result.text if ch.isalnum()] == kept
    assert result.text.count("\n") == text.count("\n")
    assert result.offsets.source_length == len(text) and result.offsets.shown_length == len(result.text)
    for i, ch in enumerate(text):
        if ch.isalnum():
            assert result.text[result.offsets.to_shown(i)] == ch


def test_chunked_long_text_equals_line_by_line() -> None:
    line = '江门:为构建, 侨都(RCEP经贸)合作... 2022年,他说"好"。\n'
    text = line * 2_000
    for options in (Typography(spacing=False), Typography(spacing=True)):
        assert tidy(text, options).text == tidy(line, options).text * 2_000


@pytest.fixture(scope="module")
def seed() -> Article:
    return open_article(SEED)


@pytest.mark.parametrize("variant", [Variant.ORIGINAL, Variant.TW])
def test_tidied_article_keeps_blocks_outline_and_facts_right(seed: Article, variant: Variant) -> None:
    prepared = prepare(seed, variant, typography=Typography())
    shown = prepared.shown
    assert "江门：为构建" in shown.article.text or "江門：為構建" in shown.article.text
    assert shown.offsets.source_length == len(seed.text) and shown.offsets.shown_length == len(shown.article.text)
    for source_block, block in zip(seed.blocks, shown.article.blocks, strict=True):
        assert block.kind is source_block.kind and "\n" not in shown.article.block_text(block)
        assert shown.article.text[block.start : block.end].strip()
    for entry in shown.article.outline:
        assert shown.article.text[entry.start : entry.end] == entry.title
    _, facts = placed_facts(seed, shown)
    for fact in facts:
        for mention in fact.mentions:
            assert shown.article.text[mention.start : mention.end].replace(THIN_SPACE, "")


def test_search_and_quotes_work_on_the_tidied_text(seed: Article) -> None:
    shown = tidy_article(convert_article(seed, Variant.ORIGINAL), Typography(spacing=True))
    text = shown.article.text
    [match] = Matcher(text).find_all("江门:为")  # typed half-width, shown full-width
    assert text[match.start : match.end] == "江门：为"
    hits = Matcher(text).find_all("2022年07月")  # typed without the thin spaces
    assert hits and text[hits[0].start : hits[0].end] == f"2022{T}年{T}07{T}月"
    result = quote(shown.article, match.start, match.end + 6, CitationStyle.GBT7714, accessed=date(2024, 1, 2))
    assert "江门：为构建侨都" in result.text


def test_a_long_classical_text_is_left_almost_as_it_is() -> None:
    text = shared_path("data", "long", "zuozhuan.txt").read_text(encoding="utf-8")
    result = tidy(text)
    assert abs(len(result.text) - len(text)) < 100
    assert result.offsets.to_shown(len(text) // 2) - len(text) // 2 in range(-100, 100)
