"""The tagger's integer keys and scores against the string features training sees."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from reader.core.facts import name_features as strings
from reader.core.facts.name_features import PAD, TEMPLATES, char_features, joined
from reader.core.facts.name_keys import encode, known_marks, stream_keys
from reader.core.facts.name_model import load_model, save_model

TEXTS = [
    "国家主席习近平在北京会见了来访的法国总统马克龙。",
    joined(["外交部发言人汪文斌说", "中国共产党第二十次全国代表大会在北京人民大会堂开幕"]),
    "2022年7月25日，江门市委统战部部长李某某与iPhone 14、GDP 3.5%及臺灣的𠀋字",
    "王",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_integer_keys_are_the_string_keys_encoded(text: str) -> None:
    keys, (_, numbers) = strings.streams(text), stream_keys(text)
    for _name, stream, d in TEMPLATES:
        read = slice(PAD + d, PAD + d + len(text))
        assert numbers[stream][read].tolist() == [encode(key) for key in keys[stream][read]]


@pytest.mark.parametrize("text", TEXTS)
def test_known_names_are_marked_as_the_string_features_mark_them(text: str) -> None:
    where, marks = known_marks(stream_keys(text)[0])
    expected = strings.known_marks(text)
    assert where == [i for i, found in enumerate(expected) for _ in found]
    assert marks == [k for found in expected for k in found]


def test_scores_are_the_sum_of_the_weights_of_each_characters_training_features(tmp_path: Path) -> None:
    rng = np.random.default_rng(3)
    labels = ["O", "B-PER", "I-PER"]
    features = {f for text in TEXTS for row in char_features(text) for f in row}
    state = {(f, label): float(np.float16(rng.normal())) for f in sorted(features) for label in labels}
    path = tmp_path / "m.npz"
    save_model(path, labels, state, {})
    model = load_model(path)
    for text in TEXTS[:3]:
        expected = [[sum(state[f, label] for f in row) for label in model.labels] for row in char_features(text)]
        assert np.allclose(model.scores(text), expected, rtol=0, atol=1e-5)
