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

    def pieces(self) -> list[tuple[int, int]]:
        """The (source length, shown length) pieces between anchors: ``from_pieces`` rebuilds the map."""
        ends = [*zip(self._source[1:], self._shown[1:], strict=True), (self.source_length, self.shown_length)]
        starts = zip(self._source, self._shown, strict=True)
        return [(s1 - s0, d1 - d0) for (s0, d0), (s1, d1) in zip(starts, ends, strict=True) if (s1, d1) != (s0, d0)]

    def then(self, later: OffsetMap) -> OffsetMap:
        """This map followed by ``later`` (which maps this map's shown text onward): source → final.

        Two conversions in a row (a script variant, then typographic cleanup) give
        one map, so every offset of the source reaches the final text in one lookup.
        """
        assert later.source_length == self.shown_length, "later must start from this map's shown text"
        if later.is_identity:
            return self
        if self.is_identity:
            return later
        return OffsetMap.from_pieces(_composed(self.pieces(), later.pieces()))


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


def _composed(first: list[tuple[int, int]], second: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pieces of ``first`` then ``second``, walked along the text between them.

    Where both pieces map one to one they are cut to the shorter; where either
    changed length, pieces are taken until both end at the same middle offset,
    and that stretch becomes one changed piece.
    """
    a, b = [list(p) for p in first], [list(p) for p in second]
    out: list[tuple[int, int]] = []
    i = j = 0
    while i < len(a) or j < len(b):
        if i < len(a) and a[i][1] == 0:  # deleted by the first map
            out.append((a[i][0], 0))
            i += 1
        elif j < len(b) and b[j][0] == 0:  # inserted by the second
            out.append((0, b[j][1]))
            j += 1
        elif a[i][0] == a[i][1] and b[j][0] == b[j][1]:
            k = min(a[i][1], b[j][0])
            out.append((k, k))
            i, j = _cut(a, i, k, 1), _cut(b, j, k, 0)
        else:
            i, j = _stretch(a, b, i, j, out)
    return out


def _cut(pieces: list[list[int]], k: int, length: int, side: int) -> int:
    """Take ``length`` of the middle text off one-to-one piece ``k``; the index to go on from."""
    pieces[k][0] -= length
    pieces[k][1] -= length
    return k + 1 if pieces[k][side] == 0 else k


def _stretch(a: list[list[int]], b: list[list[int]], i: int, j: int, out: list[tuple[int, int]]) -> tuple[int, int]:
    """One changed piece: changed pieces whole, one-to-one ones in part, until both sides meet."""
    source = middle_a = middle_b = shown = 0
    if a[i][0] != a[i][1]:
        source, middle_a, i = a[i][0], a[i][1], i + 1
    if b[j][0] != b[j][1]:
        middle_b, shown, j = b[j][0], b[j][1], j + 1
    while middle_a != middle_b:
        if middle_a < middle_b:
            take = min(a[i][1], middle_b - middle_a) if a[i][0] == a[i][1] else a[i][1]
            source, middle_a = source + (take if a[i][0] == a[i][1] else a[i][0]), middle_a + take
            i = _cut(a, i, take, 1) if a[i][0] == a[i][1] else i + 1
        else:
            take = min(b[j][0], middle_a - middle_b) if b[j][0] == b[j][1] else b[j][0]
            middle_b, shown = middle_b + take, shown + (take if b[j][0] == b[j][1] else b[j][1])
            j = _cut(b, j, take, 0) if b[j][0] == b[j][1] else j + 1
    out.append((source, shown))
    return i, j
