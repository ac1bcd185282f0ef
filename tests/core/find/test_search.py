"""Search finds what the reader means: across scripts, widths, case and whitespace."""

from __future__ import annotations

import re
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core.find.search import InvalidQuery, Match, Matcher, SearchOptions, find_all
from reader.core.script.fold import fold
from tests.conftest import SEED, shared_path

REGEX = SearchOptions(regex=True)
CASE = SearchOptions(case_sensitive=True)

# (simplified or half-width, variant) pairs that real OpenCC folds together.
VARIANTS = [("发", "發"), ("发", "髮"), ("统", "統"), ("战", "戰"), ("台", "臺"), ("湾", "灣"),
            ("学", "學"), ("后", "後"), (",", "，"), ("0", "０"), (":", "："), ("a", "ａ")]
WHITESPACE = [" ", "\n", "\u3000", "\t", "\r\n", "\xa0"]


@pytest.fixture(scope="module")
def seed() -> str:
    return SEED.read_text(encoding="utf-8")


def count(text: str, query: str, options: SearchOptions | None = None) -> int:
    return len(find_all(text, query, options or SearchOptions()))


def normal(text: str) -> str:
    """What a hit is compared by: folded, lower case, whitespace gone."""
    return re.sub(r"\s", "", fold(text)).lower()


def test_variant_pairs_fold_together() -> None:
    assert all(fold(a) == fold(b) for a, b in VARIANTS)


def test_folding_twice_changes_nothing() -> None:
    """OpenCC's tables chain (麼 → 么, 么 → 幺): 什么 and 什麼 folded apart and missed each other."""
    everything = "".join(chr(c) for lo, hi in ((0x3400, 0xA000), (0xF900, 0xFB00)) for c in range(lo, hi))
    assert fold(fold(everything)) == fold(everything)
    assert count("你在說什麼？那麼我們走吧。", "什么") == count("你在说什么？", "什麼") == 1
    assert fold("什么") == fold("什麼") == "什么"  # not 什幺: 么 keeps its common sense


@pytest.mark.parametrize(("taiwan", "query"), [("他很瞭解情況。", "了解"), ("經濟逐步復甦。", "复苏"),
                                               ("彷彿回到從前。", "仿佛"), ("她的暱稱很可愛。", "昵称")])
def test_a_simplified_word_finds_taiwan_s_character_for_it(taiwan: str, query: str) -> None:
    """OpenCC's character tables leave 瞭, 甦, 彷 and 暱 alone (simplified has them too)."""
    assert count(taiwan, query) == 1


# ---- The seed (simplified) and a traditional article


def test_traditional_query_finds_simplified_seed(seed: str) -> None:
    assert count(seed, "统战") == count(seed, "統戰") == 40


def test_one_to_many_characters(seed: str) -> None:
    assert count(seed, "发") == count(seed, "發") == count(seed, "髮") > 0
    assert count("理发 頭髮 發展", "发") == 3


def test_query_across_a_paragraph_break(seed: str) -> None:
    hits = find_all(seed, "统战工作格局江门始终")
    assert len(hits) == 1
    assert "\n" in seed[hits[0].start : hits[0].end]


def test_full_width_query_finds_half_width_text(seed: str) -> None:
    assert count(seed, "以来，江门市") == count(seed, "以来,江门市") == 1
    assert count(seed, "１-２次") == count(seed, "1－2次") == 1


def test_simplified_query_finds_traditional_article() -> None:
    text = shared_path("data", "articles-hant-dev", "udn_00000.txt").read_text(encoding="utf-8")
    assert count(text, "台湾师范大学") == 1
    hit = find_all(text, "李悦宁，在众人")[0]
    assert text[hit.start : hit.end] == "李悅寧， 在眾人"
    assert count(text, "学生") == count(text, "學生") == 9


# ---- Whitespace, case and empty queries


@pytest.mark.parametrize("gap", WHITESPACE)
def test_whitespace_in_text_is_ignored(gap: str) -> None:
    text = f"前文统战{gap}工作后文"
    (hit,) = find_all(text, "统战工作")
    assert (hit.start, hit.end) == (2, 6 + len(gap))


def test_whitespace_in_query_is_ignored(seed: str) -> None:
    assert count(seed, "统 战\n工作") == count(seed, "统战工作") == 22


def test_case_is_ignored_unless_asked() -> None:
    text = "Reader and READER and ｒｅａｄｅｒ"
    assert count(text, "reader") == 3
    assert count(text, "READER", CASE) == 1
    assert count("i", "İ") == count("İstanbul", "istanbul") == 1


@pytest.mark.parametrize("query", ["", " ", "\n\u3000"])
def test_empty_query_finds_nothing(seed: str, query: str) -> None:
    assert find_all(seed, query) == []
    assert find_all(seed, "", REGEX) == []


def test_limit_stops_early(seed: str) -> None:
    assert len(Matcher(seed).find_all("统战", limit=3)) == 3
    assert len(Matcher(seed).find_all("统战", REGEX, limit=3)) == 3


def test_hits_do_not_overlap() -> None:
    assert [(m.start, m.end) for m in find_all("aaaaa", "aa")] == [(0, 2), (2, 4)]


# ---- Regex


def test_regex_runs_on_folded_text(seed: str) -> None:
    assert count(seed, r"統戰\s*工作", REGEX) == 22
    assert count(seed, r"统战工作格局\s+江门", REGEX) == 1
    assert count("Abc abc", "ABC", REGEX) == 2
    assert count("Abc abc", "ABC", SearchOptions(case_sensitive=True, regex=True)) == 0


def test_full_width_in_regex_is_literal() -> None:
    (hit,) = find_all("县(市、区)和县市区", "县（市", REGEX)
    assert (hit.start, hit.end) == (0, 3)


def test_empty_regex_matches_are_dropped() -> None:
    assert find_all("统战", "x*", REGEX) == []


@pytest.mark.parametrize("pattern", ["(", "[统", "*", "a{2,1}"])
def test_invalid_regex_raises_a_typed_error(pattern: str) -> None:
    with pytest.raises(InvalidQuery) as info:
        find_all("统战", pattern, REGEX)
    assert isinstance(info.value, ValueError) and str(info.value)


# ---- Context


def test_context_is_one_line_around_the_hit(seed: str) -> None:
    for hit in find_all(seed, "统战"):
        assert "\n" not in hit.context
        assert hit.start - hit.context_start <= 20
        assert len(hit.context) - (hit.end - hit.context_start) <= 20
        offset = hit.start - hit.context_start
        assert hit.context[offset : offset + 2] == seed[hit.start : hit.end]


def test_matcher_is_reusable_and_prepares_once(seed: str) -> None:
    matcher = Matcher(seed).prepare()
    assert matcher.find_all("统战") == matcher.find_all("統戰") == find_all(seed, "统战")
    assert all(isinstance(m, Match) for m in matcher.find_all("江门"))


# ---- Invariants

alphabet = st.sampled_from([*"统战工作发展江门ab", *(v for _, v in VARIANTS), *WHITESPACE])
texts = st.lists(alphabet, max_size=40).map("".join)


@given(texts, st.integers(0, 39), st.integers(1, 6))
def test_every_hit_is_the_query(text: str, at: int, size: int) -> None:
    query = text[at : at + size]
    hits = find_all(text, query)
    if normal(query):
        assert hits
    for hit in hits:
        assert normal(text[hit.start : hit.end]) == normal(query)
        assert not text[hit.start].isspace() and not text[hit.end - 1].isspace()
    assert all(a.end <= b.start for a, b in pairwise(hits))


@given(texts, st.text(alphabet="统战工作发展ab", min_size=1, max_size=3), st.data())
def test_variants_and_whitespace_do_not_change_hits(text: str, query: str, data: st.DataObject) -> None:
    plain = [(m.start, m.end) for m in find_all(text, query)]
    swap = {a: b for a, b in VARIANTS}
    variant = "".join(swap.get(c, c) if data.draw(st.booleans()) else c for c in text)
    assert [(m.start, m.end) for m in find_all(variant, query)] == plain
    spaced = " ".join(text)
    assert len(find_all(spaced, query)) == len(plain)
