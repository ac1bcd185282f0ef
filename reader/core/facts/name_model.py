"""The name tagger's model: a linear-chain CRF's weights, and decoding with numpy.

Training is crfsuite's (``benchmarks/train_names.py``); its model is then written out
as ``data/names_model.npz``: every feature key of every template with the weight it
gives each label, the label-to-label weights, and the labels. Tagging needs no more
than that, and doing it here with numpy rather than through crfsuite is what makes the
tagger fast: a text's features are worked out as integer keys for the whole text
(``name_keys``) and looked up as whole columns (one ``searchsorted`` per stream in its
sorted keys, no feature strings built), scored with one gather, and all sentences are
decoded (best path, and each character's marginal probability) together, one step per
character position across the batch.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import NamedTuple, cast

import numpy as np
import numpy.typing as npt

from .name_features import GAZETTEER_MARKS, PAD, TEMPLATES
from .name_keys import Keys, encode, find, known_marks, stream_keys

__all__ = ["NameModel", "load_model", "save_model"]

Floats = npt.NDArray[np.float64]


class NameModel(NamedTuple):
    """Weights by feature: ``keys[stream]`` holds a stream's keys seen in training, sorted,
    as ``name_keys.encode`` writes them; key ``k`` of it is numbered ``k + 1`` (0 stands
    for a key never seen), and ``rows[stream][number]`` gives, for each template reading
    that stream (in ``TEMPLATES`` order), its key's row of ``weights`` (row 0 is all
    zeros); ``bias`` holds at every character, ``marks`` has a row for each known-name
    feature; ``transitions[i, j]`` weighs label ``j`` after label ``i``."""

    labels: list[str]
    keys: dict[str, Keys]
    rows: dict[str, npt.NDArray[np.int32]]
    weights: Floats
    bias: Floats
    marks: npt.NDArray[np.float32]
    transitions: Floats

    def scores(self, text: str) -> Floats:
        """Each character's score for each label (rows: characters; columns: labels)."""
        codes, keys = stream_keys(text)
        n = len(text)
        scores: Floats = np.zeros((n, len(self.labels)))
        for stream, templates in _BY_STREAM.items():
            numbers = find(self.keys.get(stream, _NO_KEYS), keys[stream])
            found = np.take(self.rows.get(stream, _NONE[stream]), numbers, axis=0)
            for k, d in enumerate(templates):
                scores += np.take(self.weights, found[PAD + d : PAD + d + n, k], axis=0)
        scores += self.bias
        where, marks = known_marks(codes)
        if where:
            np.add.at(scores, where, self.marks[marks])
        return scores

    def decode(self, scores: list[Floats]) -> tuple[list[list[str]], list[list[float]]]:
        """The best labels of each sequence, and each label's marginal probability (only
        worked out for sequences where a name is found: 1.0 in the others)."""
        if not scores:
            return [], []
        lengths = np.array([len(s) for s in scores])
        starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
        paths, picked = self.best_paths(np.concatenate(scores), starts, lengths)
        labels, sizes = self.labels, lengths.tolist()
        odds_rows = cast(list[list[float]], picked.tolist())
        return (
            [[labels[y] for y in path[:n]] for path, n in zip(paths.tolist(), sizes, strict=True)],
            [row[:n] for row, n in zip(odds_rows, sizes, strict=True)],
        )

    def named(
        self, scores: Floats, starts: list[int], lengths: list[int]
    ) -> list[tuple[int, list[str], list[float]]]:
        """The sequences ``scores[start : start + length]`` where a name is found: each one's
        number, its best labels and their marginal probabilities."""
        if not starts:
            return []
        paths, picked = self.best_paths(scores, np.array(starts), np.array(lengths))
        labels = self.labels
        return [
            (b, [labels[y] for y in paths[b, :n].tolist()], cast(list[float], picked[b, :n].tolist()))
            for b, n in ((b, lengths[b]) for b in np.flatnonzero(paths.any(axis=1)).tolist())
        ]

    def best_paths(
        self, scores: Floats, starts: npt.NDArray[np.int_], lengths: npt.NDArray[np.int_]
    ) -> tuple[npt.NDArray[np.int_], Floats]:
        """For each sequence ``scores[start : start + length]``, its best labels (as label
        numbers, padded with its last one) and each one's marginal probability (1.0 in a
        sequence with no name), one row a sequence."""
        steps = int(lengths.max())
        at = starts[:, None] + np.arange(steps)
        at = np.where(np.arange(steps) < lengths[:, None], at, len(scores))  # padding: a row of zeros
        batch = np.take(np.concatenate([scores, np.zeros((1, scores.shape[1]))]), at, axis=0)
        paths = _viterbi(batch, lengths, self.transitions)
        picked = np.ones(paths.shape)
        named = np.flatnonzero(paths.any(axis=1))  # padding repeats the last label
        if len(named):  # only a name's odds are asked for: label 0 is "O"
            steps = int(lengths[named].max())
            odds = _marginals(np.take(batch[:, :steps], named, axis=0), lengths[named], self.transitions)
            picked[named, :steps] = np.take_along_axis(odds, paths[named, :steps, None], axis=2)[:, :, 0]
        return paths, picked


_BY_STREAM: dict[str, list[int]] = {}
for _name, _stream, _offset in TEMPLATES:
    _BY_STREAM.setdefault(_stream, []).append(_offset)
_NONE = {stream: np.zeros((1, len(offsets)), np.int32) for stream, offsets in _BY_STREAM.items()}
_NO_KEYS: Keys = np.zeros(0, np.int64)
_KEY_LENGTH = {"char": 1, "pair": 2, "triple": 3, "shape": 3, "surname": 2, "title_before": 1, "title_after": 1}
_TEMPLATE_AT = {name: (stream, _BY_STREAM[stream].index(d)) for name, stream, d in TEMPLATES}


def _viterbi(batch: Floats, lengths: npt.NDArray[np.int_], transitions: Floats) -> npt.NDArray[np.int_]:
    """The best label path of each sequence (padded positions repeat its last label).

    The sequences are taken longest first, so that each step works on those still
    running only: the work is the sum of the lengths, not the longest times their number.
    """
    order, lengths, running = _longest_first(lengths)
    deltas = np.take(batch, order, axis=0)  # the best score of a path ending in each label, at each step
    size, steps, _ = deltas.shape
    for t in range(1, steps):
        m = running[t]
        deltas[:m, t] += (deltas[:m, t - 1, :, None] + transitions).max(axis=1)
    label = deltas[np.arange(size), lengths - 1].argmax(axis=1)
    paths = np.repeat(label[:, None], steps, axis=1)
    back = transitions.T  # back[j, i]: label i before label j
    for t in range(steps - 2, -1, -1):
        m = running[t + 1]  # the sequences that go on after t
        label[:m] = (deltas[:m, t] + np.take(back, label[:m], axis=0)).argmax(axis=1)
        paths[:m, t] = label[:m]
    unsorted = np.empty_like(paths)
    unsorted[order] = paths
    return unsorted


def _marginals(batch: Floats, lengths: npt.NDArray[np.int_], transitions: Floats) -> Floats:
    """Each label's probability at each position (forward-backward, rescaled each step;
    longest first, each step over the sequences still running, as in ``_viterbi``;
    padded positions hold no probability worth reading)."""
    order, lengths, running = _longest_first(lengths)
    odds = np.take(batch, order, axis=0)
    odds = np.exp(odds - odds.max(axis=2, keepdims=True))
    moves = np.exp(transitions)
    alpha = np.ones_like(odds)
    alpha[:, 0] = odds[:, 0]
    for t in range(1, odds.shape[1]):
        m = running[t]
        step = (alpha[:m, t - 1] @ moves) * odds[:m, t]
        alpha[:m, t] = step / step.sum(axis=1, keepdims=True)
    beta = np.ones_like(odds)
    for t in range(odds.shape[1] - 2, -1, -1):
        m = running[t + 1]
        step = (odds[:m, t + 1] * beta[:m, t + 1]) @ moves.T
        step /= step.sum(axis=1, keepdims=True)
        beta[:m, t] = step
    both = alpha * beta
    marginals: Floats = np.empty_like(both)
    marginals[order] = both / both.sum(axis=2, keepdims=True)
    return marginals


def _longest_first(
    lengths: npt.NDArray[np.int_],
) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.int_], npt.NDArray[np.intp]]:
    """The sequences' order longest first, their lengths in that order, and for each
    step ``t`` how many of them are longer than ``t`` (they come first)."""
    order = np.argsort(-lengths, kind="stable")
    ordered = lengths[order]
    return order, ordered, np.searchsorted(-ordered, -np.arange(int(ordered[0])), side="left")


def load_model(path: Path) -> NameModel:
    """The model ``save_model`` wrote."""
    with np.load(path) as data:
        labels = [str(x) for x in data["labels"]]
        names = [str(x) for x in data["templates"]]
        keys = bytes(data["keys"]).decode("utf-8").split("\x00")
        counts = data["counts"].tolist()
        weights, marks = data["weights"].astype(np.float64), data["marks"].astype(np.float32)
        transitions = data["transitions"].astype(np.float64)
    tables: dict[str, dict[str, list[int]]] = {}
    bias: Floats = np.zeros(len(labels))
    row = 1
    for name, count in zip(names, counts, strict=True):
        if name == "b":
            bias = weights[row : row + count].sum(axis=0, dtype=np.float64)
        elif name in _TEMPLATE_AT:
            stream, k = _TEMPLATE_AT[name]
            table = tables.setdefault(stream, {})
            for key, r in zip(keys[row - 1 : row - 1 + count], range(row, row + count), strict=True):
                table.setdefault(key, [0] * len(_BY_STREAM[stream]))[k] = r
        row += count
    keys_of, rows = {}, {}
    for stream, table in tables.items():
        length = _KEY_LENGTH[stream]  # the only keys a template reads (shorter ones pad the ends)
        chosen = [(encode(key), r) for key, r in table.items() if len(key) == length]
        chosen.sort()
        keys_of[stream] = np.array([k for k, _ in chosen], np.int64)
        rows[stream] = np.array([[0] * len(_BY_STREAM[stream]), *(r for _, r in chosen)], dtype=np.int32)
    return NameModel(labels, keys_of, rows, weights, bias, marks, transitions)


def save_model(
    path: Path,
    labels: list[str],
    state: dict[tuple[str, str], float],
    transitions: dict[tuple[str, str], float],
) -> None:
    """Write a model from crfsuite's weights: ``state[(attribute, label)]`` with attributes
    written ``template=key``, and ``transitions[(label, label)]``."""
    labels = ["O", *sorted(set(labels) - {"O"})]  # "O" first: decoding counts on it
    column = {label: j for j, label in enumerate(labels)}
    by_template: dict[str, set[str]] = {}
    for attribute, _ in state:
        if attribute not in GAZETTEER_MARKS:
            name, key = attribute.split("=", 1)
            by_template.setdefault(name, set()).add(key)
    names = sorted(by_template)
    keys = [key for name in names for key in sorted(by_template[name])]
    rows = {f"{name}={key}": r for r, (name, key) in enumerate(
        ((name, key) for name in names for key in sorted(by_template[name])), start=1)}
    weights = np.zeros((len(keys) + 1, len(labels)), dtype=np.float32)
    marks = np.zeros((len(GAZETTEER_MARKS), len(labels)), dtype=np.float32)
    for (attribute, label), weight in state.items():
        if attribute in GAZETTEER_MARKS:
            marks[GAZETTEER_MARKS.index(attribute), column[label]] = weight
        else:
            weights[rows[attribute], column[label]] = weight
    moves = np.zeros((len(labels), len(labels)), dtype=np.float32)
    for (a, b), weight in transitions.items():
        moves[column[a], column[b]] = weight
    buffer = io.BytesIO()
    np.savez_compressed(
        buffer,
        labels=np.array(labels),
        templates=np.array(names),
        counts=np.array([len(by_template[n]) for n in names], dtype=np.int32),
        keys=np.frombuffer("\x00".join(keys).encode("utf-8"), dtype=np.uint8),
        weights=weights.astype(np.float16),
        marks=marks,
        transitions=moves,
    )
    path.write_bytes(buffer.getvalue())
