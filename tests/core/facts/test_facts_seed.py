"""Facts of the seed article against a hand-written gold list: precision and recall per kind."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

import pytest

from reader.core import open_article
from reader.core.facts import Fact, FactKind, extract_facts
from reader.core.model import Article

ROOT = Path(__file__).resolve().parents[3]
SEED = ROOT / "resources" / "seed.txt"
GOLD = json.loads((ROOT / "tests" / "data" / "seed_facts_gold.json").read_text(encoding="utf-8"))

# Floors at the scores measured when the gold list was written (the report this
# module prints lists what is missed and what is spurious); below one is a regression.
# Counts fall short of 1.0: 百条 (a bare 百) is not read, and 8项协调支持事项 is cut at 支持.
THRESHOLDS: dict[FactKind, tuple[float, float]] = {
    FactKind.DATE: (1.0, 1.0),
    FactKind.MONEY: (1.0, 1.0),
    FactKind.COUNT: (0.95, 0.90),
    FactKind.PERCENT: (1.0, 1.0),
    FactKind.ORGANISATION: (0.95, 0.95),
    FactKind.PLACE: (0.95, 0.95),
    FactKind.PERSON: (0.95, 0.95),
    FactKind.TITLE: (1.0, 1.0),
    FactKind.SLOGAN: (1.0, 1.0),
    FactKind.ABBREVIATION: (1.0, 1.0),
}
@pytest.fixture(scope="module")
def seed_article() -> Article:
    """The seed as the parser reads it: facts are judged on what the reader shows."""
    return open_article(SEED)


@pytest.fixture(scope="module")
def seed_facts(seed_article: Article) -> list[Fact]:
    return extract_facts(seed_article)


def _keys(facts: Iterable[tuple[str, str]], kind: FactKind) -> set[str]:
    return {value for k, value in facts if k == kind.value}


def _scores(found: list[Fact]) -> dict[FactKind, tuple[float, float, set[str], set[str]]]:
    """Per kind: precision, recall, the values missed and the values wrongly found."""
    got = [(f.kind.value, f.value) for f in found]
    want = [(g["kind"], g["value"]) for g in GOLD["facts"]]
    scores = {}
    for kind in FactKind:
        g, w = _keys(got, kind), _keys(want, kind)
        hit = len(g & w)
        scores[kind] = (hit / len(g) if g else 1.0, hit / len(w) if w else 1.0, w - g, g - w)
    return scores


def test_scores_per_kind_reach_their_floors(
    seed_facts: list[Fact], capsys: pytest.CaptureFixture[str]
) -> None:
    scores = _scores(seed_facts)
    with capsys.disabled():
        print("\nseed facts vs gold: kind, precision, recall, missed, spurious")
        for kind, (p, r, missed, spurious) in scores.items():
            print(
                f"  {kind.value:<13} P={p:.2f} R={r:.2f}  missed={sorted(missed)} spurious={sorted(spurious)}"
            )
    for kind, (p, r, _, _) in scores.items():
        floor_p, floor_r = THRESHOLDS[kind]
        assert p >= floor_p and r >= floor_r, (kind, p, r)


def test_first_mention_text_is_the_gold_text(seed_facts: list[Fact]) -> None:
    found = {(f.kind.value, f.value): f.text for f in seed_facts}
    wrong = [
        (g["value"], found[(g["kind"], g["value"])], g["text"])
        for g in GOLD["facts"]
        if (g["kind"], g["value"]) in found and found[(g["kind"], g["value"])] != g["text"]
    ]
    assert not wrong


def test_repeated_facts_are_one_fact_with_every_mention(seed_facts: list[Fact]) -> None:
    found = {(f.kind.value, f.value): len(f.mentions) for f in seed_facts}
    expected = {(g["kind"], g["value"]): g["mentions"] for g in GOLD["facts"] if "mentions" in g}
    assert {k: found.get(k) for k in expected} == expected


def test_offsets_slice_the_article_text(seed_article: Article, seed_facts: list[Fact]) -> None:
    for fact in seed_facts:
        assert seed_article.text[fact.start : fact.end] == fact.text
        assert (fact.start, fact.end) == (fact.mentions[0].start, fact.mentions[0].end)
        first = fact.mentions[0]
        assert seed_article.text[first.sentence_start : first.sentence_end] == fact.sentence
        assert (
            first.sentence_start <= fact.start
            and fact.end <= first.sentence_end
            or "\n" in fact.text
        )


def test_facts_are_sorted_by_kind_then_position(seed_facts: list[Fact]) -> None:
    order = list(FactKind)
    keys = [(order.index(f.kind), f.start) for f in seed_facts]
    assert keys == sorted(keys)
