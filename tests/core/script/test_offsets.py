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


# Typographic cleanup deletes and inserts: pieces may be empty on one side.
edits = st.lists(st.one_of(st.tuples(st.integers(1, 9), st.integers(0, 9)),
                           st.tuples(st.integers(0, 9), st.integers(1, 9))), max_size=30)


def _chained(first: list[tuple[int, int]], second: list[tuple[int, int]]) -> tuple[OffsetMap, OffsetMap]:
    a = OffsetMap.from_pieces(first)
    total = a.shown_length
    cut, parts = 0, []
    for s_len, d_len in second:  # fit the second map's source to the first's shown length
        s_len = min(s_len, total - cut)
        parts.append((s_len, d_len))
        cut += s_len
    parts.append((total - cut, total - cut))
    return a, OffsetMap.from_pieces(parts)


@given(edits, edits)
def test_then_composes_two_maps(first: list[tuple[int, int]], second: list[tuple[int, int]]) -> None:
    a, b = _chained(first, second)
    both = a.then(b)
    assert (both.source_length, both.shown_length) == (a.source_length, b.shown_length)
    forward = [both.to_shown(i) for i in range(both.source_length + 1)]
    assert forward == sorted(forward)
    middle = set(_boundaries(b)[0])
    for start in _boundaries(a)[0]:  # where both maps are exact, so is the composition
        if a.to_shown(start) in middle and a.to_shown(start) < a.shown_length:
            assert both.to_shown(start) == b.to_shown(a.to_shown(start))


def _boundaries(m: OffsetMap) -> tuple[list[int], list[int]]:
    s = d = 0
    sources, shown = [], []
    for a, b in m.pieces():
        s, d = s + a, d + b
        sources.append(s)
        shown.append(d)
    return sources, shown


def test_then_keeps_one_to_one_stretches_exact() -> None:
    variant = OffsetMap.from_pieces([(4, 4), (5, 3), (6, 6)])  # 一次性筷子 → 免洗筷
    tidy = OffsetMap.from_pieces([(2, 2), (1, 0), (6, 6), (0, 1), (4, 4)])  # a space out, a thin space in
    both = variant.then(tidy)
    assert [both.to_shown(i) for i in (0, 1, 2, 3, 4, 9, 10, 15)] == [0, 1, 2, 2, 3, 6, 7, 13]
    assert both.shown_length == 13 and both.to_source(13) == 15


def test_pieces_rebuild_the_map() -> None:
    m = OffsetMap.from_pieces([(3, 3), (2, 0), (0, 2), (4, 4)])
    assert OffsetMap.from_pieces(m.pieces()) == m
