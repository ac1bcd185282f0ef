"""The annotation model: a highlight or a margin note, anchored to the article's cleaned text.

An annotation is stored against ``Article.text`` in the original script (never a
shown variant), with both W3C Web Annotation selectors: a TextPositionSelector
(``start``/``end``) and a TextQuoteSelector (``exact`` with ``prefix``/``suffix``
context), so it can be found again when the text changes. A margin note is a note
at a point: ``start == end`` and ``exact`` empty, placed by its context alone.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace
from datetime import UTC, datetime

__all__ = ["Annotation", "Color", "new_annotation", "now"]


class Color(enum.StrEnum):
    """The highlight colours, in menu order; the value is what is stored and exported."""

    YELLOW = "yellow"
    GREEN = "green"
    BLUE = "blue"
    PINK = "pink"

    @property
    def hex(self) -> str:
        """A light background that keeps black text readable, in any theme."""
        return _HEX[self]


_HEX = {Color.YELLOW: "#fff176", Color.GREEN: "#aed581", Color.BLUE: "#81d4fa", Color.PINK: "#f8bbd0"}


@dataclass(frozen=True, slots=True)
class Annotation:
    """One highlight (``exact`` non-empty) or margin note (``exact`` empty), with its note.

    ``start``/``end`` are where it was last found in the source text; ``exact``,
    ``prefix`` and ``suffix`` are the words as highlighted, with their context.
    """

    id: str
    start: int
    end: int
    exact: str
    prefix: str
    suffix: str
    color: Color
    note: str
    created: datetime
    modified: datetime

    @property
    def is_margin_note(self) -> bool:
        return not self.exact

    def edited(self, *, note: str | None = None, color: Color | None = None) -> Annotation:
        """This annotation with a new note or colour, stamped as modified now."""
        return replace(self, note=self.note if note is None else note,
                       color=self.color if color is None else color, modified=now())

    def moved(self, start: int, end: int) -> Annotation:
        """The same annotation found at ``start:end`` (re-anchoring does not count as an edit)."""
        return replace(self, start=start, end=end)


def now() -> datetime:
    """The current time in UTC, to the second: what ``created`` and ``modified`` record."""
    return datetime.now(UTC).replace(microsecond=0)


def new_annotation(text: str, start: int, end: int, color: Color, note: str = "",
                   context: int = 32) -> Annotation:
    """An annotation of ``text[start:end]`` (a margin note when ``start == end``), with its context."""
    import uuid  # a few ms to import: not before the first annotation

    from .anchoring import quote_selector

    exact, prefix, suffix = quote_selector(text, start, end, context)
    stamp = now()
    return Annotation(uuid.uuid4().hex, start, end, exact, prefix, suffix, color, note, stamp, stamp)
