"""A character CRF that tags person, place and organisation names in folded text.

The model (``data/names.crfsuite``) is trained by ``benchmarks/train_names.py``
on public annotated news (see the README for its data and licence); this module
holds the one feature function that training and tagging share, so the two
cannot drift apart. The model loads on the first call, never at import: the
facts pass runs after the first paint, or in the helper process.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from . import lexicon as lx
from .model import FactKind, Hit

if TYPE_CHECKING:
    import pycrfsuite

__all__ = ["MODEL", "char_features", "tag_names"]

MODEL = Path(__file__).resolve().parent / "data" / "names.crfsuite"
_KINDS = {"PER": FactKind.PERSON, "LOC": FactKind.PLACE, "ORG": FactKind.ORGANISATION}
_CHUNK = re.compile(r"[^。！？!?\n]+[。！？!?]*")
_MAX_CHUNK = 300


def _shape(char: str) -> str:
    """A coarse class of the character: digit, Latin letter, CJK, or other."""
    if char.isdigit():
        return "d"
    if char.isascii() and char.isalpha():
        return "a"
    if "\u4e00" <= char <= "\u9fff":
        return "c"
    return "p"


def char_features(text: str) -> list[list[str]]:
    """The CRF's features for each character: characters and pairs around it, and cues."""
    padded = "\x02\x02" + text + "\x03\x03"
    out = []
    for i in range(len(text)):
        a, b, c, d, e = tuple(padded[i : i + 5])
        out.append(
            [
                "b",
                "c=" + c,
                "l=" + b,
                "r=" + d,
                "ll=" + a,
                "rr=" + e,
                "lc=" + b + c,
                "cr=" + c + d,
                "llc=" + a + b,
                "crr=" + d + e,
                "lcr=" + b + c + d,
                "s=" + _shape(b) + _shape(c) + _shape(d),
                "sur=" + str(c in lx.SURNAMES) + str(b in lx.SURNAMES),
            ]
        )
    return out


def tag_names(folded: str) -> list[Hit]:
    """Every name the model finds, sentence by sentence, with offsets into ``folded``."""
    tagger = _tagger()
    if tagger is None:
        return []
    hits: list[Hit] = []
    for match in _CHUNK.finditer(folded):
        for at in range(match.start(), match.end(), _MAX_CHUNK):
            piece = folded[at : min(at + _MAX_CHUNK, match.end())]
            hits += _spans(piece, tagger.tag(char_features(piece)), at)
    return hits


def _spans(text: str, tags: list[str], offset: int) -> list[Hit]:
    """Hits of a BIO tag sequence: a name runs from its B- over the I- of its kind."""
    hits: list[Hit] = []
    start, kind = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        if tag.startswith("I-") and tag[2:] == kind:
            continue
        if kind:
            name = text[start:i]
            hits.append(Hit(_KINDS[kind], offset + start, offset + i, name))
        start, kind = (i, tag[2:]) if tag[:2] in ("B-", "I-") else (-1, "")
    return hits


@lru_cache(maxsize=1)
def _tagger() -> pycrfsuite.Tagger | None:
    """The trained model, opened once; None when it is missing (a build without it)."""
    if not MODEL.exists():
        return None
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(MODEL))
    return tagger
