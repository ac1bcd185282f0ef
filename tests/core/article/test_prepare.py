"""Preparing a variant to show, and placing the source's facts in it."""

from __future__ import annotations

import pytest

from reader.core import Article, open_article
from reader.core.article.prepare import placed_facts, prepare
from reader.core.script.variants import Variant, convert
from tests.conftest import SEED, shared_path


@pytest.fixture(scope="module")
def seed() -> Article:
    return open_article(SEED)


def test_original_keeps_the_facts_themselves(seed: Article) -> None:
    shown = prepare(seed, Variant.ORIGINAL).shown
    facts, placed = placed_facts(seed, shown)
    assert placed is facts and facts


@pytest.mark.parametrize("variant", [Variant.HANT, Variant.TW, Variant.HK])
def test_placed_facts_read_the_shown_words(seed: Article, variant: Variant) -> None:
    shown = prepare(seed, variant).shown
    facts, placed = placed_facts(seed, shown)
    text = shown.article.text
    assert len(placed) == len(facts)
    for source_fact, fact in zip(facts, placed, strict=True):
        assert fact.kind is source_fact.kind
        assert fact.value == convert(source_fact.value, variant).text  # values follow the script too
        assert fact.text == text[fact.start : fact.end]
        assert fact.sentence == text[fact.mentions[0].sentence_start : fact.mentions[0].sentence_end]
        assert len(fact.mentions) == len(source_fact.mentions)
        if shown.offsets.is_identity:  # one character for one: the mentions stay where they were
            assert fact.mentions == source_fact.mentions
    assert any(f.text != s.text for f, s in zip(placed, facts, strict=True))  # words follow the script


def test_one_for_one_conversion_is_an_identity_map(seed: Article) -> None:
    assert prepare(seed, Variant.HANT).shown.offsets.is_identity


def test_values_in_words_follow_the_script(seed: Article) -> None:
    shown = prepare(seed, Variant.TW).shown
    facts, placed = placed_facts(seed, shown)
    counts = [(s.value, f.value) for s, f in zip(facts, placed, strict=True) if "个" in s.value]
    assert counts and all("個" in value and "个" not in value for _, value in counts)


@pytest.fixture(scope="module")
def taiwanese() -> Article:
    return open_article(shared_path("data", "articles-hant-dev", "udn_00000.txt"))


@pytest.mark.parametrize("variant", [Variant.HANT, Variant.TW, Variant.HK])
def test_a_traditional_article_s_values_are_traditional_in_a_traditional_variant(
        taiwanese: Article, variant: Variant) -> None:
    """Values are folded to simplified; converting them as if they were traditional left them so."""
    _facts, placed = placed_facts(taiwanese, prepare(taiwanese, variant).shown)
    values = {f.value for f in placed}
    assert values & {"臺大醫學院", "台大醫學院"} and "台大医学院" not in values  # a name as its shown words
    assert any("個" in v for v in values) and not any("个" in v for v in values)


def test_shown_as_written_the_panel_reads_the_article_s_script(taiwanese: Article) -> None:
    shown = prepare(taiwanese, Variant.ORIGINAL).shown
    facts, placed = placed_facts(taiwanese, shown)
    assert placed is facts  # the command line's normalised values
    _facts, for_panel = placed_facts(taiwanese, shown, facts, as_written=True)
    assert {"臺大醫學院", "科技部"} <= {f.value for f in for_panel} and "台大医学院" not in {f.value for f in for_panel}
