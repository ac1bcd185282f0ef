"""A character CRF that tags person, place and organisation names in folded text.

The model (``data/names_model.npz``) is trained by ``benchmarks/train_names.py`` on
public annotated news (see the README for its data and licence); ``name_features``
holds the features that training and tagging share, ``name_model`` the weights and
the decoding. Model and known names load on the first call, never at import: the
facts pass runs after the first paint, or in the helper process.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .model import FactKind, Hit
from .name_features import GAZETTEER, PAD, as_trained, char_features, joined, known_names

if TYPE_CHECKING:
    from .name_model import NameModel

__all__ = ["GAZETTEER", "MAX_TAGGED_CHARS", "MODEL", "char_features", "known_names", "tag_names"]

MODEL = Path(__file__).resolve().parent / "data" / "names_model.npz"
_KINDS = {"PER": FactKind.PERSON, "LOC": FactKind.PLACE, "ORG": FactKind.ORGANISATION}
_CHUNK = re.compile(r"[^。！？!?\n]+[。！？!?]*")
_MAX_CHUNK = 300
_CLAUSE_END = re.compile(r"[，,、；;：:]+")
_CJK = re.compile(r"[\u4e00-\u9fff]{2}")
MAX_TAGGED_CHARS = 200_000


def tag_names(folded: str) -> list[Hit]:
    """Every name the model finds, sentence by sentence, with offsets into ``folded``.

    A book-length text (左传) is left to the rules: the model learnt modern news, and
    tagging a million characters would keep the facts panel empty for a minute.
    All sentences are scored as one text and decoded as one batch; a sentence without
    two Chinese characters in a row holds no name the model could find, and is skipped.
    """
    if len(folded) > MAX_TAGGED_CHARS:  # before loading the model, which takes ~38 MB
        return []
    model = _model()
    if model is None:
        return []
    pieces = _pieces(folded)
    if not pieces:
        return []
    scores = model.scores(as_trained(joined([piece for _, piece in pieces])))
    clauses, at = [], 0  # (offset in folded, start in scores, length)
    for offset, piece in pieces:
        clauses += [(offset + start, at + start, end - start) for start, end in _clauses(piece)]
        at += len(piece) + 2 * PAD
    found: list[tuple[Hit, float]] = []  # each name and the model's least sure character in it
    for b, tags, odds in model.named(scores, [c[1] for c in clauses], [c[2] for c in clauses]):
        offset, _, size = clauses[b]
        found += [(h, min(odds[h.start - offset : h.end - offset]))
                  for h in _spans(folded[offset : offset + size], tags, offset)]
    return _listed([h for h, least in found if _sure(h, least)],
                   [h for h, least in found if not _sure(h, least) and _listed_sure(h, least)], folded)


def _listed(sure: list[Hit], unsure: list[Hit], folded: str) -> list[Hit]:
    """The sure names, and the less sure people listed beside a sure one (殷治军、孟庆胜):
    a list of names holds one kind, so a neighbour the model is sure of vouches for them."""
    ends = {h.end for h in sure if h.kind is FactKind.PERSON}
    starts = {h.start for h in sure if h.kind is FactKind.PERSON}
    while True:
        vouched = [h for h in unsure if (h.end + 1 in starts and folded[h.end : h.end + 1] == "、")
                   or (h.start - 1 in ends and folded[h.start - 1 : h.start] == "、")]
        if not vouched:
            return sure
        sure += vouched
        unsure = [h for h in unsure if h not in vouched]
        ends.update(h.end for h in vouched)
        starts.update(h.start for h in vouched)


def _clauses(sentence: str) -> list[tuple[int, int]]:
    """The sentence cut after each comma, colon or semicolon, for decoding.

    Each character is scored in its whole sentence; only the best path is found clause
    by clause, which changes nothing where a clause ends (a comma is no name), and makes
    the batch as long as the longest clause rather than the longest sentence.
    """
    cuts = [m.end() for m in _CLAUSE_END.finditer(sentence)]
    starts = [0, *cuts]
    return [(a, b) for a, b in zip(starts, [*cuts, len(sentence)], strict=True) if b > a]


def _pieces(folded: str) -> list[tuple[int, str]]:
    """The sentences to tag, cut at _MAX_CHUNK characters, with their offsets."""
    pieces = []
    for match in _CHUNK.finditer(folded):
        for at in range(match.start(), match.end(), _MAX_CHUNK):
            piece = folded[at : min(at + _MAX_CHUNK, match.end())]
            if _CJK.search(piece):
                pieces.append((at, piece))
    return pieces


def _listed_sure(hit: Hit, least: float) -> bool:
    """Whether a person the model is less sure of may still stand in a list of names."""
    return hit.kind is FactKind.PERSON and least >= _LISTED_FLOOR


_LISTED_FLOOR = 0.2


def _sure(hit: Hit, least: float) -> bool:
    """Whether the model is sure enough of every character of the name (``least``: its
    probability of the least sure one).

    People are kept with less certainty than places and organisations, whose false
    finds (an agreement, a generic 人大) a reader notices more; a person of three
    characters, the common length, with the least: a two-character one needs more, as two
    place abbreviations side by side (江澳携手) read like a name, and a longer one too, as
    the model runs a name on into the words after it (吕干大声说).
    """
    if hit.kind is FactKind.PERSON:
        return least >= (0.35 if len(hit.value) == 3 else 0.5)
    return least >= 0.85


def _spans(text: str, tags: list[str], offset: int) -> list[Hit]:
    """Hits of a BIO tag sequence: a name runs from its B- over the I- of its kind."""
    hits: list[Hit] = []
    start, kind = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        if tag.startswith("I-") and tag[2:] == kind:
            continue
        if kind:
            hits += _trimmed(_KINDS[kind], text, start, i, offset)
        start, kind = (i, tag[2:]) if tag[:2] in ("B-", "I-") else (-1, "")
    return hits


def _trimmed(kind: FactKind, text: str, start: int, end: int, offset: int) -> list[Hit]:
    """The name tagged at ``text[start:end]`` without a mark or space at either edge (储钢，:
    the model may run a name onto the comma that ends its clause); nothing if none is left."""
    while start < end and _EDGE.match(text[start]):
        start += 1
    while end > start and _EDGE.match(text[end - 1]):
        end -= 1
    return [Hit(kind, offset + start, offset + end, text[start:end])] if end > start else []


_EDGE = re.compile(r"[^\w·]")


@lru_cache(maxsize=1)
def _model() -> NameModel | None:
    """The trained model, loaded once; None when it is missing (a build without it).
    numpy comes in here, not when the facts package is imported."""
    from .name_model import load_model

    return load_model(MODEL) if MODEL.exists() else None
