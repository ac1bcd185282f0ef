"""Annotations in a shown script variant: placed through the variant's offset map, and back.

Annotations live in the source text (the article as written); a variant switch only
maps their spans, as facts are moved (``facts/shown.py``), so a highlight made in
臺灣正體 sits on the same words in 简体. A selection made in a variant comes back to
the source through the same map.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from ..offsets import OffsetMap
from .anchoring import Placed

__all__ = ["ShownNote", "notes_in_shown", "source_span"]


class ShownNote(NamedTuple):
    """A placed annotation with its span and words in the shown text (-1, -1 and the stored quote when missing)."""

    placed: Placed
    start: int
    end: int
    text: str


def notes_in_shown(placed: Iterable[Placed], shown_text: str, offsets: OffsetMap) -> list[ShownNote]:
    """Each placed annotation located in ``shown_text``, whose map from the source is ``offsets``."""
    identity = offsets.is_identity
    notes = []
    for p in placed:
        if not p.found:
            notes.append(ShownNote(p, -1, -1, p.annotation.exact))
            continue
        start, end = (p.start, p.end) if identity else offsets.span_to_shown(p.start, p.end)
        notes.append(ShownNote(p, start, end, shown_text[start:end]))
    return notes


def source_span(offsets: OffsetMap, start: int, end: int) -> tuple[int, int]:
    """A span of the shown text (a selection) as a span of the source text."""
    if offsets.is_identity:
        return start, end
    return offsets.span_to_source(start, end)
