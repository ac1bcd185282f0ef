"""Span bookkeeping for the extractors: nesting, overlap and priority, in n log n.

The rules find thousands of candidates in a book-length text (左传 has some
forty thousand place mentions); comparing each with each would take minutes.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from itertools import accumulate
from typing import Any

from .model import Hit

__all__ = ["Cover", "Reread", "fresh_matches", "greedy", "joined_pairs", "outermost", "put_in", "read_whole", "sentence_bounds"]

Reread = Callable[[str], list[Hit]]
"""Rules run again on a text of their own (a sum with 元 put after it, a number with 人)."""

_SENTENCE_END = re.compile(r"[。！？!?]+[”」’』)）》]*|\n")


def sentence_bounds(text: str) -> list[int]:
    """Offsets where sentences start: after 。！？ (and any closing quote) and newlines; 0 first and
    the text's length last (a sentence's span runs from one bound to the next)."""
    return [0, *(m.end() for m in _SENTENCE_END.finditer(text)), len(text)]


def outermost(hits: Iterable[Hit]) -> list[Hit]:
    """The hits not inside another (an identical span is kept once): 江门市委 in 江门市委统战部."""
    kept: list[Hit] = []
    reach = -1
    for hit in sorted(hits, key=lambda h: (h.start, -h.end)):
        if hit.end > reach:
            kept.append(hit)
            reach = hit.end
    return kept


def read_whole(said: str, reread: Reread) -> Hit | None:
    """The hit the rules read ``said`` as, whole, or None where they read it otherwise."""
    return next((h for h in reread(said) if (h.start, h.end) == (0, len(said))), None)


def fresh_matches(patterns: Iterable[re.Pattern[str]], folded: str, taken: list[Hit], found: list[Hit]) -> Iterator[re.Match[str]]:
    """The patterns' matches whose ``sum`` no hit in ``taken`` overlaps, nor one of ``found``, the
    hits the caller has made of the matches so far (a sum read once, by its first pattern)."""
    cover = Cover(taken)
    for match in (m for pattern in patterns for m in pattern.finditer(folded)):
        start, end = match.span("sum")
        if not cover.overlaps(start, end) and not any(h.start < end and start < h.end for h in found):
            yield match


def joined_pairs(hits: Iterable[Hit], pair: Callable[[Hit, Hit], Hit | None]) -> list[Hit]:
    """The hits in order, each that makes one with the hit kept before it (``pair`` gives the
    two as one: 2016年3月2日 + 至3月9日, 2月10日 + （星期日）) joined to it, and that one then
    tried with the next."""
    joined: list[Hit] = []
    for hit in hits:
        both = pair(joined[-1], hit) if joined else None
        if both is None:
            joined.append(hit)
        else:
            joined[-1] = both
    return joined


def put_in(hits: list[Hit], hit: Hit) -> list[Hit]:
    """The hits with ``hit`` put in its place: those it overlaps go, and the order stays the text's
    (a phrase read again whole, 次日凌晨3时 or 同年10月, takes the place of its pieces)."""
    kept = [h for h in hits if h.end <= hit.start or h.start >= hit.end]
    kept.append(hit)
    kept.sort(key=lambda h: h.start)
    return kept


def greedy(hits: Iterable[Hit], rank: Callable[[Hit], Any]) -> list[Hit]:
    """Non-overlapping hits, taken best ``rank`` first; the result is in text order."""
    starts: list[int] = []  # the kept spans in text order; they do not overlap, so
    ends: list[int] = []  # their ends are in order too (two lists: a dict took 5 MB for 99,000)
    kept: list[Hit] = []
    for hit in sorted(hits, key=rank):
        i = bisect_right(starts, hit.start)
        if i and ends[i - 1] > hit.start or i < len(starts) and starts[i] < hit.end:
            continue
        starts.insert(i, hit.start)
        ends.insert(i, hit.end)
        kept.append(hit)
    return sorted(kept, key=lambda h: h.start)


class Cover:
    """A fixed set of spans, asked whether a span overlaps one or lies inside one."""

    def __init__(self, hits: Iterable[Hit]) -> None:
        spans = sorted((h.start, h.end) for h in hits)
        self._starts = [s for s, _ in spans]
        self._reach = list(accumulate((e for _, e in spans), max))

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some span shares a character with ``[start, end)``."""
        i = bisect_left(self._starts, end)
        return i > 0 and self._reach[i - 1] > start

    def covers(self, start: int, end: int) -> bool:
        """Whether some span holds all of ``[start, end)``."""
        i = bisect_right(self._starts, start)
        return i > 0 and self._reach[i - 1] >= end
