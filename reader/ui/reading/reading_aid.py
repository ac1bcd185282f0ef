"""ReadingAid: pinyin, zhuyin or jyutping drawn above the words of the reading view.

Qt's rich text has no ruby, and text inserted into the document would break selection,
find and every offset. So the readings are painted over the view, in the gap its line
height leaves above each line, after the view has painted: the document's text is
untouched; only its letter spacing widens, to give each syllable its character's width.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QFont, QFontMetricsF, QPainter

from .reading_view import ReadingView

__all__ = ["ReadingAid"]

_SIZE = 0.5
"""Reading size, relative to the text's."""
_SMALLEST = 6.5
SPACING = 150.0
"""Letter spacing (percent) the view takes while readings show: room for a syllable per character."""


class ReadingAid:
    """Paints ``syllables`` (one per character, "" for none) over ``view``, one above each character."""

    def __init__(self, view: ReadingView) -> None:
        self._view = view
        self._syllables: list[str] = []

    def set_readings(self, syllables: Sequence[str]) -> None:
        """One syllable per character of the shown text ("" for none); () takes them away."""
        self._syllables = list(syllables)
        self._view.set_letter_spacing(SPACING if self._syllables else 100.0)
        self._view.viewport().update()

    def clear(self) -> None:
        self.set_readings(())

    def fill(self, start: int, syllables: Sequence[str]) -> None:
        """The readings of ``text[start:start + len(syllables)]`` have come in: show them."""
        self._syllables[start : start + len(syllables)] = syllables
        first, last = self.visible_range()
        if start < last and start + len(syllables) > first:
            self._view.viewport().update()

    def syllables(self) -> Sequence[str]:
        """One syllable per character of the shown text, as far as they have come in."""
        return self._syllables

    def visible_range(self) -> tuple[int, int]:
        """The offsets of the first and last characters in view (give or take a line)."""
        viewport = self._view.viewport().rect()
        return (self._view.offset_at(viewport.topLeft() - QPoint(0, 40)),
                self._view.offset_at(viewport.bottomRight() + QPoint(0, 40)) + 1)

    def paint(self, painter: QPainter, region: QRect) -> None:
        """Draw the readings of the characters visible in ``region`` (viewport coordinates)."""
        if not self._syllables:
            return
        first = self._view.offset_at(region.topLeft() - QPoint(0, 40))
        last = min(self._view.offset_at(region.bottomRight() + QPoint(0, 40)) + 1, len(self._syllables))
        base = self._view.document().defaultFont()
        font = QFont(base)
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 100)
        painter.setPen(self._view.palette().placeholderText().color())
        after = self._view.rect_of(first)
        for offset in range(first, last):
            here, after = after, self._view.rect_of(offset + 1)
            syllable = self._syllables[offset]
            if syllable:
                width = after.left() - here.left() if after.top() == here.top() else here.height() * 0.9
                self._draw(painter, font, base.pointSizeF(), here, width, syllable)

    def _draw(self, painter: QPainter, font: QFont, size: float, here: QRect, width: float,
              syllable: str) -> None:
        """``syllable`` centred over the character whose caret rect is ``here``, fitted to ``width``."""
        font.setPointSizeF(max(_SMALLEST, size * _SIZE))
        metrics = QFontMetricsF(font)
        while metrics.horizontalAdvance(syllable) > width and font.pointSizeF() > _SMALLEST:
            font.setPointSizeF(font.pointSizeF() - 0.5)
            metrics = QFontMetricsF(font)
        painter.setFont(font)
        glyph = width * 100.0 / SPACING  # the character itself; the rest of ``width`` is spacing
        x = here.left() + (glyph - metrics.horizontalAdvance(syllable)) / 2
        y = here.top() - metrics.descent() - 1
        painter.drawText(QPoint(int(x), int(y)), syllable)
