"""Stepping through a list of hits: next/previous from a position, wrapping with a notice."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

__all__ = ["HitCursor", "Step"]


@dataclass(frozen=True)
class Step:
    """Where a step landed: the hit's index, and whether it wrapped past an end."""

    index: int
    wrapped: bool


class HitCursor:
    """The current hit among sorted ``starts``; steps are relative to it or to a position."""

    def __init__(self, starts: list[int]) -> None:
        self._starts = starts
        self.index = -1

    def __len__(self) -> int:
        return len(self._starts)

    def first_from(self, offset: int) -> Step | None:
        """The first hit at or after ``offset`` (wrapping to the first hit)."""
        if not self._starts:
            return None
        i = bisect_left(self._starts, offset)
        return self._land(i % len(self._starts), i == len(self._starts))

    def next(self, offset: int | None = None) -> Step | None:
        """The hit after the current one, or after ``offset`` when there is no current hit."""
        if not self._starts:
            return None
        i = self.index + 1 if self.index >= 0 else bisect_right(self._starts, offset or -1)
        return self._land(i % len(self._starts), i >= len(self._starts))

    def previous(self, offset: int | None = None) -> Step | None:
        """The hit before the current one, or before ``offset`` when there is no current hit."""
        if not self._starts:
            return None
        i = self.index - 1 if self.index >= 0 else bisect_left(self._starts, offset or 0) - 1
        return self._land(i % len(self._starts), i < 0)

    def _land(self, index: int, wrapped: bool) -> Step:
        self.index = index
        return Step(index, wrapped)
