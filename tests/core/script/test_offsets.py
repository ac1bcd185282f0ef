"""OffsetMap: monotone, covers both texts, exact at piece boundaries."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader.core.offsets import OffsetMap

# OpenCC replaces a run of characters by a run of one or more: no piece is empty.
pieces = st.lists(st.tuples(st.integers(1, 12), st.integers(1, 12)), max_size=40)


def test_identity() -> None:
    m = OffsetMap.identity(10)
    assert m.is_identity
    assert [m.to_shown(i) for i in range(11)] == list(range(11))
    assert m.to_shown(-5) == 0 and m.to_shown(99) == 10


def test_changed_piece_maps_its_ends_exactly() -> None:
    m = OffsetMap.from_pieces([(3, 3), (2, 3), (4, 4)])
    assert not m.is_identity
    assert [m.to_shown(i) for i in (0, 3, 5, 9)] == [0, 3, 6, 10]
    assert [m.to_source(i) for i in (0, 3, 6, 10)] == [0, 3, 5, 9]


@given(pieces)
def test_monotone_and_covering(parts: list[tuple[int, int]]) -> None:
    m = OffsetMap.from_pieces(parts)
    src, dst = sum(a for a, _ in parts), sum(b for _, b in parts)
    assert (m.source_length, m.shown_length) == (src, dst)
    assert m.to_shown(0) == 0 and m.to_shown(src) == dst
    assert m.to_source(0) == 0 and m.to_source(dst) == src
    forward = [m.to_shown(i) for i in range(src + 1)]
    backward = [m.to_source(i) for i in range(dst + 1)]
    assert forward == sorted(forward) and backward == sorted(backward)


@given(pieces)
def test_piece_boundaries_round_trip(parts: list[tuple[int, int]]) -> None:
    m = OffsetMap.from_pieces(parts)
    s = d = 0
    for a, b in parts:
        assert m.to_shown(s) == d and m.to_source(d) == s
        s, d = s + a, d + b
    assert m.to_shown(s) == d


def test_insertion_lands_before_inserted_text() -> None:
    m = OffsetMap.from_pieces([(2, 2), (0, 3), (2, 2)])
    assert m.to_shown(2) == 2 and m.to_shown(4) == 7


def test_equal_pieces_need_no_anchors() -> None:
    m = OffsetMap.from_pieces([(5, 5)] * 1000)
    assert m.is_identity
