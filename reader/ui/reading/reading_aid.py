"""ReadingAid: pinyin, zhuyin or jyutping drawn above the words of the reading view.

Qt's rich text has no ruby, and text inserted into the document would break selection,
find and every offset. So the readings are painted over the view, in the gap its line
height leaves above each line, after the view has painted: the document is untouched.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QFont, QFontMetricsF, QPainter

from .reading_view import ReadingView

__all__ = ["ReadingAid"]

_SIZE = 0.5
"""Reading size, relative to the text's."""


class ReadingAid:
    """Paints ``syllables`` (one per character, "" for none) grouped by ``words`` over ``view``."""

    def __init__(self, view: ReadingView) -> None:
        self._view = view
        self._syllables: Sequence[str] = ()
        self._words: Sequence[tuple[int, int]] = ()

    def set_readings(self, syllables: Sequence[str], words: Sequence[tuple[int, int]]) -> None:
        self._syllables, self._words = syllables, words
        self._view.viewport().update()

    def clear(self) -> None:
        self.set_readings((), ())

    def paint(self, painter: QPainter, region: QRect) -> None:
        """Draw the readings of the words visible in ``region`` (viewport coordinates)."""
        if not self._syllables:
            return
        first = self._view.offset_at(region.topLeft() - QPoint(0, 40))
        last = self._view.offset_at(region.bottomRight() + QPoint(0, 40))
        base = self._view.document().defaultFont()
        painter.setPen(self._view.palette().placeholderText().color())
        for start, end in self._visible(first, last + 1):
            text = "".join(self._syllables[start:end])
            if text:
                self._draw(painter, base, start, end, text)

    def _visible(self, first: int, last: int) -> list[tuple[int, int]]:
        from bisect import bisect_left

        k = max(0, bisect_left(self._words, (first, first)) - 1)
        out = []
        for word in self._words[k:]:
            if word[0] > last:
                break
            out.append(word)
        return out

    def _draw(self, painter: QPainter, base: QFont, start: int, end: int, text: str) -> None:
        left, last = self._view.rect_of(start), self._view.rect_of(end - 1)
        if last.top() != left.top():  # the word wraps: each character on its own
            for k in range(start, end):
                if self._syllables[k]:
                    self._draw(painter, base, k, k + 1, self._syllables[k])
            return
        after = self._view.rect_of(end)
        em = after.left() - last.left() if after.top() == last.top() else last.height() * 0.8
        width = last.left() - left.left() + em
        font = QFont(base)
        font.setPointSizeF(max(7.0, base.pointSizeF() * _SIZE))
        metrics = QFontMetricsF(font)
        while metrics.horizontalAdvance(text) > width * 1.1 and font.pointSizeF() > 7.0:
            font.setPointSizeF(font.pointSizeF() - 0.5)
            metrics = QFontMetricsF(font)
        painter.setFont(font)
        x = left.left() + (width - metrics.horizontalAdvance(text)) / 2
        y = left.top() - metrics.descent() - 1
        painter.drawText(QPoint(int(x), int(y)), text)
