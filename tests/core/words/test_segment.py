"""Segmentation: words with offsets into the shown text, in either script."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.words import Word, boundary_after, boundary_before, segment, word_at
from tests.conftest import SEED


def _words(text: str, names: tuple[str, ...] = ()) -> list[str]:
    return [text[w.start : w.end] for w in segment(text, names)]


def test_a_clause_is_cut_into_words() -> None:
    assert _words("江门始终坚持党对统一战线工作的集中统一领导") == [
        "江门", "始终", "坚持", "党", "对", "统一战线", "工作", "的", "集中", "统一", "领导"]


def test_traditional_text_is_cut_where_its_simplified_form_is() -> None:
    simplified, traditional = "坚持党对统一战线工作的集中统一领导", "堅持黨對統一戰線工作的集中統一領導"
    assert segment(simplified) == segment(traditional)
    assert "統一戰線" in _words(traditional)


def test_numbers_keep_their_unit_and_full_width_digits_count() -> None:
    assert "2022年" in _words("2022年7月增长3.5%")
    assert "3.5%" in _words("2022年7月增长3.5%")
    assert "２０２２年" in _words("２０２２年７月")


@pytest.mark.parametrize(("text", "words"), [
    ("他买了一个苹果", ["一", "个"]),  # a numeral and its classifier
    ("这个苹果", ["这个"]),  # but 这个, 那个: the general classifier after 这 and 那
    ("下岗职工和两国人民", ["下岗", "职工", "两国", "人民"]),  # a compound of two words jieba joins
    ("坚持改革开放，一心一意", ["改革开放", "一心一意"]),  # unless CC-CEDICT lists it (idioms too)
    ("二十八日三分之二", ["二十八日", "三分之二"]),  # numerals and measures stay whole
    ("這種做法", ["這", "種"]),  # a demonstrative and its classifier, either script
    ("本月各地", ["本", "月", "各", "地"]),  # a demonstrative and a one-character noun
    ("投资三万元", ["三万", "元"]),  # an amount in 万/亿 and the unit after it
    ("他不能来", ["不", "能"]),  # an adverb and the verb it modifies
    ("新华社北京1月22日电", ["22日", "电"]),  # a number takes its unit out of the next word
    ("去年增长16万", ["16万"]),
    ("最高气温26℃", ["26℃"]),
    ("上世纪1960年代", ["1960", "年代"]),  # unless the unit starts a word of its own
    ("他说——好……", ["——", "……"]),  # runs of dashes and dots
    ("一些人一样", ["一些", "一样"]),  # words that are words, not a numeral and a classifier
])
def test_words_are_cut_as_news_corpora_cut_them(text: str, words: list[str]) -> None:
    found = _words(text)
    assert all(word in found for word in words), found


def test_names_from_the_facts_are_kept_whole() -> None:
    text = "市委统一战线工作领导小组召开会议"
    assert "统一战线工作领导小组" not in _words(text)
    assert "统一战线工作领导小组" in _words(text, ("统一战线工作领导小组",))
    assert "統一戰線工作領導小組" in _words("市委統一戰線工作領導小組", ("统一战线工作领导小组",))


def test_word_at_and_boundaries() -> None:
    text = "江门始终坚持"
    words = segment(text)
    assert word_at(words, 3) == Word(2, 4)
    assert word_at(words, 99) is None
    assert boundary_after(words, 0) == 2 and boundary_after(words, 2) == 4
    assert boundary_before(words, 4) == 2 and boundary_before(words, 3) == 2
    assert boundary_after(words, len(text)) is None and boundary_before(words, 0) is None


def test_the_seed_is_covered_in_order_without_spaces() -> None:
    text = SEED.read_text(encoding="utf-8")
    words = segment(text)
    assert all(a.end <= b.start for a, b in zip(words, words[1:], strict=False))
    assert all(text[w.start : w.end].strip() for w in words)
    covered = sum(w.end - w.start for w in words)
    assert covered == len(text) - sum(ch.isspace() for ch in text)


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet="统一战线工作的發展2022年 \n，。abc３", max_size=40))
def test_words_tile_the_text_outside_spaces(text: str) -> None:
    words = segment(text)
    assert all(0 <= w.start < w.end <= len(text) for w in words)
    assert all(a.end <= b.start for a, b in zip(words, words[1:], strict=False))
    assert "".join(text[w.start : w.end] for w in words) == "".join(ch for ch in text if not ch.isspace()) \
        or any(ch.isspace() for w in words for ch in text[w.start : w.end])


def test_keyword_suggestions_are_whole_words_given_the_boundaries() -> None:
    from reader.core.find.keywords import suggest_keywords

    text = "坚持党对统一战线工作的领导。统一战线工作很重要。发挥统一战线作用。"
    words = segment(text)
    boundaries = {*words.starts, *words.ends}
    suggested = suggest_keywords(text, boundaries=boundaries)
    assert "统一战线" in suggested[:2]
    for phrase in suggested:
        at = text.find(phrase)
        assert at in boundaries and at + len(phrase) in boundaries
