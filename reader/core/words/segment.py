"""Words: the shown text cut into words, in either script, with offsets into it.

The text is folded first (traditional → simplified, full → half width, one character
for one), so jieba's simplified dictionary segments 統一戰線 as it does 统一战线 and
the boundaries carry straight back to the text as shown. The boundaries are jieba's
(through rjieba, its Rust port: loaded in ~10 ms on the first call, never at import),
redrawn as news corpora draw them (``standard``: 一 个, 2022年, 16万, 下岗 职工); names the facts
already know are kept whole whatever jieba says.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from typing import NamedTuple, overload

from ..script.fold import fold
from ..steps import Steps, finish
from .standard import boundaries

__all__ = ["Word", "Words", "boundary_after", "boundary_before", "segment", "segmenting", "word_at"]

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_A_STEP = 4_000
"""Characters segmented between two steps (a few milliseconds)."""


class Word(NamedTuple):
    """A word of the text: ``text[start:end]``."""

    start: int
    end: int


class Words(Sequence[Word]):
    """The words of a text, in order, kept as two arrays of offsets.

    A long text has hundreds of thousands of words (左传: 400,000): as arrays they take
    8 bytes each and give the garbage collector nothing to walk; a ``Word`` is made
    when one is asked for.
    """

    def __init__(self, starts: array | None = None, ends: array | None = None) -> None:  # type: ignore[type-arg]
        self.starts = starts if starts is not None else array("q")
        self.ends = ends if ends is not None else array("q")

    def __len__(self) -> int:
        return len(self.starts)

    @overload
    def __getitem__(self, index: int) -> Word: ...

    @overload
    def __getitem__(self, index: slice) -> Words: ...

    def __getitem__(self, index: int | slice) -> Word | Words:
        if isinstance(index, slice):
            return Words(self.starts[index], self.ends[index])
        return Word(self.starts[index], self.ends[index])

    def __eq__(self, other: object) -> bool:
        return list(self) == list(other) if isinstance(other, Sequence) else NotImplemented

    def __repr__(self) -> str:
        return f"Words({list(self)!r})"

    def extend(self, words: Iterable[Word]) -> None:
        for start, end in words:
            self.starts.append(start)
            self.ends.append(end)


def segment(text: str, names: Iterable[str] = ()) -> Words:
    """The words of ``text`` in order; ``names`` (people, places…) are kept whole."""
    return finish(segmenting(text, names))


def segmenting(text: str, names: Iterable[str] = ()) -> Steps[Words]:
    """``segment`` in steps of a few thousand characters, cut at line ends (no word crosses one)."""
    keys = sorted({fold(n) for n in names if len(n) > 1})
    words = Words()
    start = 0
    while start < len(text):
        end = text.find("\n", start + _A_STEP)
        end = len(text) if end < 0 else end + 1
        starts, ends = _piece_words(fold(text[start:end]), start, keys)
        words.starts.extend(starts)
        words.ends.extend(ends)
        start = end
        yield
    return words


def _piece_words(folded: str, base: int, names: list[str]) -> tuple[list[int], list[int]]:
    """The starts and ends of the words of one piece of folded text, counted from ``base``."""
    cuts, spaces = boundaries(folded)
    _keep_whole(cuts, _spans(folded, names))
    ordered = sorted(cuts)
    pairs = [(base + a, base + b) for a, b in zip(ordered, ordered[1:], strict=False) if a not in spaces]
    return [a for a, _b in pairs], [b for _a, b in pairs]


def _spans(folded: str, names: list[str]) -> list[tuple[int, int]]:
    """Every mention of the given (folded) names in the folded text."""
    spans: list[tuple[int, int]] = []
    for name in names:
        at = folded.find(name)
        while at >= 0:
            spans.append((at, at + len(name)))
            at = folded.find(name, at + len(name))
    return spans


def _keep_whole(cuts: set[int], spans: list[tuple[int, int]]) -> None:
    """No cut inside a span, a cut at both its ends (longest spans first: a name holds its parts)."""
    taken: list[tuple[int, int]] = []
    for a, b in sorted(spans, key=lambda s: (s[0] - s[1], s[0])):
        if any(a < y and x < b for x, y in taken):
            continue
        taken.append((a, b))
        cuts.difference_update(range(a + 1, b))
        cuts.update((a, b))


def _last_starting_by(words: Sequence[Word], offset: int) -> int:
    """The index of the last word starting at or before ``offset`` (-1 if none)."""
    starts = words.starts if isinstance(words, Words) else [w.start for w in words]
    return bisect_right(starts, offset) - 1


def word_at(words: Sequence[Word], offset: int) -> Word | None:
    """The word holding ``offset`` (the one starting there, at a boundary), or None."""
    k = _last_starting_by(words, offset)
    if k >= 0 and words[k].start <= offset < words[k].end:
        return words[k]
    return None


def boundary_after(words: Sequence[Word], offset: int) -> int | None:
    """The first word end after ``offset`` (moving right by a word), or None at the end."""
    k = max(_last_starting_by(words, offset), 0)
    for index in range(k, min(k + 2, len(words))):
        if words[index].end > offset:
            return words[index].end
    return None


def boundary_before(words: Sequence[Word], offset: int) -> int | None:
    """The last word start before ``offset`` (moving left by a word), or None at the start."""
    k = _last_starting_by(words, offset - 1)
    return words[k].start if k >= 0 else None


def has_han(text: str) -> bool:
    """Whether ``text`` holds a Han character (only those have readings)."""
    return _HAN.search(text) is not None
