"""Work in steps: generators that yield between pieces, so a caller can run other work between them.

A GUI runs a long conversion a slice at a time on its own thread (OpenCC's
binding holds the GIL, so a worker thread would stall the GUI anyway); a script
or a test runs the same steps to the end at once with ``finish``.
"""

from __future__ import annotations

from collections.abc import Generator
from typing import TypeVar

__all__ = ["Steps", "finish"]

T = TypeVar("T")

Steps = Generator[None, None, T]
"""Yields ``None`` between pieces of work; returns the result."""


def finish(steps: Steps[T]) -> T:
    """Run ``steps`` to the end and return their result."""
    while True:
        try:
            next(steps)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]
