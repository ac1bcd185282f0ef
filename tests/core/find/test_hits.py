"""Stepping through hits wraps at both ends and says so."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader.core.find.hits import HitCursor, Step


def test_next_and_previous_wrap() -> None:
    cursor = HitCursor([10, 20, 30])
    assert cursor.first_from(15) == Step(1, False)
    assert cursor.next() == Step(2, False)
    assert cursor.next() == Step(0, True)
    assert cursor.previous() == Step(2, True)
    assert cursor.previous() == Step(1, False)


def test_first_from_past_the_end_wraps() -> None:
    assert HitCursor([10, 20]).first_from(25) == Step(0, True)
    assert HitCursor([]).first_from(0) is None
    assert HitCursor([]).next() is None


@given(st.lists(st.integers(0, 1000), min_size=1, unique=True).map(sorted), st.integers(0, 1100))
def test_full_cycle_visits_every_hit(starts: list[int], offset: int) -> None:
    cursor = HitCursor(starts)
    first = cursor.first_from(offset)
    assert first is not None
    seen = {first.index}
    for _ in range(len(starts) - 1):
        step = cursor.next()
        assert step is not None
        seen.add(step.index)
    assert seen == set(range(len(starts)))
    back = cursor.next()
    assert back is not None and back.index == first.index
