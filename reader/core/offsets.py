"""OffsetMap: a monotone map between offsets in a source text and in its converted form.

Phrase conversion can change length (s2twp turns 网络 into 網路 but also, e.g.,
一次性筷子 → 免洗筷), so offsets cannot be carried over unchanged. The map keeps
anchors only where lengths change: between anchors, stretches of equal length
map one to one, and a stretch whose length changed maps proportionally, its
ends exactly. Lookups are a binary search.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["OffsetMap"]


@dataclass(frozen=True)
class OffsetMap:
    """Anchors ``(source[k], shown[k])`` with the stretch after each, up to the texts' ends."""

    source_length: int
    shown_length: int
    _source: array  # type: ignore[type-arg]
    _shown: array  # type: ignore[type-arg]

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        return cls(length, length, array("q", [0]), array("q", [0]))

    @classmethod
    def from_pieces(cls, pieces: Iterable[tuple[int, int]]) -> OffsetMap:
        """Build from consecutive (source length, shown length) pieces covering both texts."""
        source, shown = array("q", [0]), array("q", [0])
        s = d = 0
        changed = False
        for s_len, d_len in pieces:
            if s_len != d_len or changed:
                if (source[-1], shown[-1]) != (s, d):
                    source.append(s)
                    shown.append(d)
                changed = s_len != d_len
            s += s_len
            d += d_len
        if changed:
            source.append(s)
            shown.append(d)
        return cls(s, d, source, shown)

    @property
    def is_identity(self) -> bool:
        return len(self._source) == 1 and self.source_length == self.shown_length

    def to_shown(self, offset: int) -> int:
        """Where source ``offset`` lies in the shown text."""
        return _map(offset, self._source, self._shown, self.source_length, self.shown_length)

    def to_source(self, offset: int) -> int:
        """Where shown ``offset`` lies in the source text."""
        return _map(offset, self._shown, self._source, self.shown_length, self.source_length)

    def span_to_shown(self, start: int, end: int) -> tuple[int, int]:
        return self.to_shown(start), self.to_shown(end)

    def span_to_source(self, start: int, end: int) -> tuple[int, int]:
        return self.to_source(start), self.to_source(end)

    def then(self, after: OffsetMap) -> OffsetMap:
        """This map followed by ``after`` (which maps this map's shown text onward)."""
        if after.is_identity:
            return self
        if self.is_identity:
            return after
        middle = sorted({*self._shown, *after._source, self.shown_length})
        pieces = []
        for a, b in zip(middle, middle[1:], strict=False):
            pieces.append((self.to_source(b) - self.to_source(a), after.to_shown(b) - after.to_shown(a)))
        return OffsetMap.from_pieces(pieces)


def _map(offset: int, here: array, there: array, here_len: int, there_len: int) -> int:  # type: ignore[type-arg]
    offset = min(max(offset, 0), here_len)
    if len(here) == 1 and here_len == there_len:
        return offset
    if offset == here_len:
        return there_len
    k = bisect_right(here, offset) - 1
    while k > 0 and here[k - 1] == offset:
        k -= 1  # text inserted at this offset: land before it
    h0, t0 = here[k], there[k]
    h1, t1 = (here[k + 1], there[k + 1]) if k + 1 < len(here) else (here_len, there_len)
    if h1 - h0 == t1 - t0:
        return int(t0 + offset - h0)
    return int(t0 + (offset - h0) * (t1 - t0) // max(1, h1 - h0))
