"""The name tagger's decoding against brute force, its model file, and the shipped model."""

from __future__ import annotations

import itertools
import math
from pathlib import Path

import numpy as np
import pytest

from reader.core.facts.model import FactKind
from reader.core.facts.name_features import PAD, char_features, joined
from reader.core.facts.name_model import NameModel, load_model, save_model
from reader.core.facts.tagger import MODEL, tag_names

LABELS = ["O", "B-PER", "I-PER"]


def _model(transitions: np.ndarray) -> NameModel:
    empty = np.zeros((1, len(LABELS)), dtype=np.float32)
    return NameModel(LABELS, {}, {}, empty, np.zeros(3), np.zeros((9, 3), dtype=np.float32), transitions)


def _path_score(scores: np.ndarray, transitions: np.ndarray, path: tuple[int, ...]) -> float:
    total = sum(scores[t, y] for t, y in enumerate(path))
    return float(total + sum(transitions[a, b] for a, b in itertools.pairwise(path)))


@pytest.mark.parametrize("seed", range(5))
def test_decode_matches_brute_force_on_a_batch_of_unequal_lengths(seed: int) -> None:
    rng = np.random.default_rng(seed)
    transitions = rng.normal(size=(3, 3))
    batch = [rng.normal(size=(n, 3)) * 2 for n in (1, 4, 2, 5)]
    batch[1][:, 1] += 3  # at least one sequence with a name
    tags, odds = _model(transitions).decode(batch)
    for scores, got, got_odds in zip(batch, tags, odds, strict=True):
        paths = list(itertools.product(range(3), repeat=len(scores)))
        weights = [math.exp(_path_score(scores, transitions, p)) for p in paths]
        best = paths[int(np.argmax(weights))]
        assert got == [LABELS[y] for y in best]
        for t, y in enumerate(best):
            marginal = sum(w for p, w in zip(paths, weights, strict=True) if p[t] == y) / sum(weights)
            assert got_odds[t] == pytest.approx(marginal if any(best) else 1.0, abs=1e-9)


def test_a_saved_model_scores_a_text_as_the_sum_of_its_features_weights(tmp_path: Path) -> None:
    state = {("c=王", "B-PER"): 2.0, ("l=王", "I-PER"): 1.5, ("b=", "O"): 0.5, ("gP=B", "B-PER"): 0.25}
    path = tmp_path / "m.npz"
    save_model(path, LABELS, state, {("B-PER", "I-PER"): 1.0})
    model = load_model(path)
    scores = model.scores("王五")
    assert scores[0].tolist() == pytest.approx([0.5, 2.0, 0.0])
    assert scores[1].tolist() == pytest.approx([0.5, 0.0, 1.5])
    assert model.transitions[1, 2] == 1.0


def test_sentences_joined_have_the_features_each_has_alone() -> None:
    first, second = "习近平会见", "拜登。"
    together = char_features(joined([first, second]))
    at = len(first) + 2 * PAD
    assert together[at : at + len(second)] == char_features(second)
    assert together[: len(first)] == char_features(first)


def test_training_features_are_the_columns_written_out() -> None:
    rows = char_features("主席习近平")
    assert "c=习" in rows[2] and "l=席" in rows[2] and "tb=1" in rows[2]


@pytest.mark.skipif(not MODEL.exists(), reason="the model is not built")
def test_the_shipped_model_finds_a_person_after_a_title() -> None:
    text = "国家主席习近平在北京会见了来访的法国总统马克龙。"
    people = {text[h.start : h.end] for h in tag_names(text) if h.kind is FactKind.PERSON}
    assert {"习近平", "马克龙"} <= people
