"""A character CRF that tags person, place and organisation names in folded text.

The model (``data/names.crfsuite``) is trained by ``benchmarks/train_names.py``
on public annotated news (see the README for its data and licence); this module
holds the one feature function that training and tagging share, so the two
cannot drift apart. Beside the characters around each one, a feature says
whether a known name covers it: ``data/names_gazetteer.txt`` lists the person,
place and organisation words of jieba's dictionary (MIT), two to four characters
long. Model and list load on the first call, never at import: the facts pass
runs after the first paint, or in the helper process.
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

__all__ = ["GAZETTEER", "MAX_TAGGED_CHARS", "MODEL", "char_features", "known_names", "tag_names"]

MODEL = Path(__file__).resolve().parent / "data" / "names.crfsuite"
GAZETTEER = MODEL.with_name("names_gazetteer.txt")
_KINDS = {"PER": FactKind.PERSON, "LOC": FactKind.PLACE, "ORG": FactKind.ORGANISATION}
_CHUNK = re.compile(r"[^。！？!?\n]+[。！？!?]*")
_MAX_CHUNK = 300
MAX_TAGGED_CHARS = 200_000


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
    """The CRF's features for each character: characters and pairs around it, and cues.

    Written for speed (it runs on every character of an article): per-character facts
    are worked out once, in lists, before the features are joined.
    """
    padded = "\x02\x02" + text + "\x03\x03"
    n = len(text)
    shapes = [_shape(ch) for ch in padded]
    surname = ["True" if ch in lx.SURNAMES else "False" for ch in padded]
    before, after = _title_marks(text)
    a, b, c, d, e = padded[:n], padded[1 : n + 1], padded[2 : n + 2], padded[3 : n + 3], padded[4:]
    columns = (
        ["b"] * n,
        ["c=" + x for x in c],
        ["l=" + x for x in b],
        ["r=" + x for x in d],
        ["ll=" + x for x in a],
        ["rr=" + x for x in e],
        ["lc=" + x + y for x, y in zip(b, c, strict=True)],
        ["cr=" + x + y for x, y in zip(c, d, strict=True)],
        ["llc=" + x + y for x, y in zip(a, b, strict=True)],
        ["crr=" + x + y for x, y in zip(d, e, strict=True)],
        ["lcr=" + x + y + z for x, y, z in zip(b, c, d, strict=True)],
        ["s=" + x + y + z for x, y, z in zip(shapes[1:], shapes[2:], shapes[3:], strict=False)],
        ["sur=" + x + y for x, y in zip(surname[2:], surname[1:], strict=False)],
        ["tb=" + x for x in before],
        ["ta=" + x for x in after],
    )
    known = _known_names(text)
    return [k + list(row) for k, row in zip(known, zip(*columns, strict=False), strict=False)]


def _title_marks(text: str) -> tuple[list[str], list[str]]:
    """Per character: whether a title of two to four characters ends just before it, and
    whether one starts just after it."""
    titles = _titles()
    before = ["False"] * len(text)
    after = ["False"] * len(text)
    for i in range(len(text)):
        for n in (2, 3, 4):
            if text[i : i + n] in titles:
                if i + n < len(text):
                    before[i + n] = "True"
                if i >= 1:
                    after[i - 1] = "True"
    return before, after


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    """Titles before or after a name (主席, 总统, 先生): a cue to a person next to them."""
    return frozenset(lx.TITLES_BEFORE_NAMES | lx.PERSON_TITLES)


def _known_names(text: str) -> list[list[str]]:
    """Per character, where it sits in the longest known name of each kind covering it."""
    words = known_names()
    marks: list[dict[str, str] | None] = [None] * len(text)
    for i in range(len(text)):
        for length in (4, 3, 2):
            kinds = words.get(text[i : i + length]) if i + length <= len(text) else None
            for kind in kinds or ():
                if marks[i] is not None and kind in marks[i]:  # type: ignore[operator]
                    continue
                for k in range(i, i + length):
                    mark = marks[k]
                    if mark is None:
                        mark = marks[k] = {}
                    if kind not in mark:
                        mark[kind] = "B" if k == i else "E" if k == i + length - 1 else "I"
    return [[f"g{kind}={pos}" for kind, pos in sorted(m.items())] if m else [] for m in marks]


@lru_cache(maxsize=1)
def known_names() -> dict[str, str]:
    """Known names → their kinds (P person, L place, O organisation); empty if the list is missing."""
    if not GAZETTEER.exists():
        return {}
    lines = GAZETTEER.read_text(encoding="utf-8").splitlines()
    return dict(line.split("\t", 1) for line in lines if "\t" in line)


def tag_names(folded: str) -> list[Hit]:
    """Every name the model finds, sentence by sentence, with offsets into ``folded``.

    A book-length text (左传) is left to the rules: the model learnt modern news, and
    tagging a million characters would keep the facts panel empty for a minute.
    """
    tagger = _tagger()
    if tagger is None or len(folded) > MAX_TAGGED_CHARS:
        return []
    hits: list[Hit] = []
    for match in _CHUNK.finditer(folded):
        for at in range(match.start(), match.end(), _MAX_CHUNK):
            piece = folded[at : min(at + _MAX_CHUNK, match.end())]
            tags = tagger.tag(char_features(piece))
            odds = [1.0 if tag == "O" else tagger.marginal(tag, i) for i, tag in enumerate(tags)]
            hits += [h for h in _spans(piece, tags, at) if _sure(h, odds[h.start - at : h.end - at])]
    return hits


def _sure(hit: Hit, odds: list[float]) -> bool:
    """Whether the model is sure enough of every character of the name.

    People are kept with less certainty than places and organisations, whose false
    finds (an agreement, a generic 人大) a reader notices more; a two-character person
    needs more, as two place abbreviations side by side (江澳携手) read like a name.
    """
    if hit.kind is FactKind.PERSON:
        return min(odds) >= (0.75 if len(odds) == 2 else 0.5)
    return min(odds) >= 0.85


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
