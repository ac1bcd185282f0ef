"""The name tagger's features: what training and tagging both see of each character.

One function, ``streams``, computes them for a whole text at once, as a few lists of
keys worked out once per text (the characters, the pairs and triples of characters,
their shapes …), and ``TEMPLATES`` says which stream each template reads and how far
from the character: training joins each key to its template's name (``c=京``) for
crfsuite, the tagger looks the keys up in its model's tables. As both go through this
one function and table, the two cannot drift apart.

The templates: the character, its neighbours one and two away, the pairs and the
triple around it, the shapes of the three (digit, Latin, CJK, other), whether it and
the one before it are surnames, whether a title (主席, 先生) ends just before it or
starts just after it, and where it sits in a known name of each kind (a list of the
person, place and organisation words of jieba's dictionary, ``data/names_gazetteer.txt``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from pathlib import Path

from . import lexicon as lx

__all__ = [
    "GAZETTEER", "GAZETTEER_MARKS", "PAD", "TEMPLATES", "as_trained", "char_features", "covering_marks", "joined", "known_marks",
    "known_names", "shape", "streams", "title_words",
]

GAZETTEER = Path(__file__).resolve().parent / "data" / "names_gazetteer.txt"
PAD = 2
"""Characters of padding each side of a text: the widest template looks two away."""
GAZETTEER_MARKS = tuple(f"g{kind}={pos}" for kind in "LOP" for pos in "BIE")
"""The known-name features, as ``known_marks`` numbers them."""
_KIND_BASE = {"L": 0, "O": 3, "P": 6}
"""Where each kind's begin/inside/end features start among GAZETTEER_MARKS."""
TEMPLATES = (
    ("c", "char", 0), ("l", "char", -1), ("r", "char", 1), ("ll", "char", -2), ("rr", "char", 2),
    ("lc", "pair", -1), ("cr", "pair", 0), ("llc", "pair", -2), ("crr", "pair", 1),
    ("lcr", "triple", 0), ("s", "shape", 0), ("sur", "surname", 0),
    ("tb", "title_before", 0), ("ta", "title_after", 0),
)
"""Each template's name, the stream its key comes from and how far from the character.
Beside them, a bias (``b=``) holds at every character."""
_LEFT, _RIGHT = "\x02" * PAD, "\x03" * PAD


def streams(text: str) -> dict[str, list[str]]:
    """The keys the templates read, one per position of ``text`` padded with two start
    and two end marks: a template's key at character ``i`` is its stream's key at
    ``i + PAD + offset``. Each is worked out once per text, for all its templates."""
    padded = _LEFT + text + _RIGHT
    shapes = "".join([_SHAPES.get(ch) or shape(ch) for ch in padded])
    surnames = lx.SURNAMES
    marks = ["1" if ch in surnames else "0" for ch in padded]
    before, after = _title_marks(padded)
    return {
        "char": list(padded),
        "pair": [padded[j : j + 2] for j in range(len(padded))],
        "triple": ["", *(padded[j - 1 : j + 2] for j in range(1, len(padded)))],
        "shape": ["", *(shapes[j - 1 : j + 2] for j in range(1, len(padded)))],
        "surname": ["", *(a + b for a, b in zip(marks[1:], marks, strict=False))],
        "title_before": before,
        "title_after": after,
    }


def joined(sentences: list[str]) -> str:
    """Sentences joined so that ``streams`` sees each as if alone: between two, the end
    and start marks it would pad them with. Sentence ``k`` starts ``2 * PAD`` after the
    end of the one before."""
    return (_RIGHT + _LEFT).join(sentences)


def as_trained(folded: str) -> str:
    """Folded text as the model's training text was folded: 么 as 幺, which folding gave
    until 么 was kept (the model and the known names were made then). One character for one."""
    return folded.translate(_AS_TRAINED)


_AS_TRAINED = {ord("么"): "幺"}


def char_features(text: str) -> list[list[str]]:
    """The features of each character as crfsuite takes them in training (``c=京``)."""
    keys = streams(text)
    return [
        ["b=", *(f"{name}={keys[stream][i + PAD + d]}" for name, stream, d in TEMPLATES),
         *(GAZETTEER_MARKS[k] for k in marks)]
        for i, marks in enumerate(known_marks(text))
    ]


def known_marks(text: str) -> list[list[int]]:
    """Per character of ``text``, the known-name features that hold there (indexes
    into ``GAZETTEER_MARKS``)."""
    return _known_name_marks(_LEFT + text + _RIGHT)[PAD : PAD + len(text)]


def shape(char: str) -> str:
    """A coarse class of the character: digit, Latin letter, CJK, or other (remembered)."""
    if char.isdigit():
        shape = "d"
    elif char.isascii() and char.isalpha():
        shape = "a"
    else:
        shape = "c" if "\u4e00" <= char <= "\u9fff" else "p"
    _SHAPES[char] = shape
    return shape


_SHAPES: dict[str, str] = {}


def _title_marks(text: str) -> tuple[list[str], list[str]]:
    """Per character: whether a title of two to four characters ends just before it
    ("1"), and whether one starts just after it."""
    titles = title_words()
    before = ["0"] * len(text)
    after = ["0"] * len(text)
    for n in (2, 3, 4):
        for i in [i for i in range(len(text) - n + 1) if text[i : i + n] in titles]:
            if i + n < len(text):
                before[i + n] = "1"
            if i >= 1:
                after[i - 1] = "1"
    return before, after


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """Titles before or after a name (主席, 总统, 先生): a cue to a person next to them."""
    return frozenset(lx.TITLES_BEFORE_NAMES | lx.PERSON_TITLES)


def _known_name_marks(text: str) -> list[list[int]]:
    """Per character, where it sits (begin, inside, end) in the known names of each kind
    that cover it: the longest one starting first wins for each kind."""
    words = known_names()
    starts = {length: [(i, words[text[i : i + length]]) for i in range(len(text) - length + 1)
                       if text[i : i + length] in words] for length in (4, 3, 2)}
    marks: list[list[int]] = [[] for _ in text]
    for k, mark in covering_marks(starts):
        marks[k].append(mark)
    return marks


def covering_marks(starts: Mapping[int, Iterable[tuple[int, Iterable[str]]]]) -> Iterator[tuple[int, int]]:
    """(position, feature) of each character covered by a known name, from where names of
    each length (4, 3, 2) start and their kinds: the longest one starting first wins for each
    kind. One rule for the string features training uses and the array ones tagging uses."""
    covered: set[tuple[int, int]] = set()  # (position, kind) already marked
    for length in (4, 3, 2):
        for i, kinds in starts[length]:
            for kind in kinds:
                base = _KIND_BASE[kind]
                if (i, base) in covered:
                    continue
                for k in range(i, i + length):
                    if (k, base) not in covered:
                        covered.add((k, base))
                        yield k, base + (0 if k == i else 2 if k == i + length - 1 else 1)


@lru_cache(maxsize=1)
def known_names() -> dict[str, str]:
    """Known names → their kinds (P person, L place, O organisation); empty if the list is missing."""
    if not GAZETTEER.exists():
        return {}
    lines = GAZETTEER.read_text(encoding="utf-8").splitlines()
    return dict(line.split("\t", 1) for line in lines if "\t" in line)
