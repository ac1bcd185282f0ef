"""ReadingAid: pinyin, zhuyin or jyutping drawn above the words, or beside the columns.

Qt's rich text has no ruby, and text inserted into the document would break selection,
find and every offset. So the readings are painted over the view after it has painted:
in the horizontal view above each character, in the gap its line height leaves, the
view's letter spacing widened to give each syllable its character's width; in the
vertical view to the right of each character, the gaps between columns widened. The
text itself is untouched.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QFont, QFontMetricsF, QPainter

from .reading_pane import ReadingPane
from .reading_view import ReadingView

__all__ = ["ReadingAid"]

_SIZE = 0.5
"""Reading size, relative to the text's."""
_SMALLEST = 6.5
SPACING = 150.0
"""Letter spacing (percent) the horizontal view takes while readings show: room for a syllable per character."""
ROOM = 1.8
"""How much wider the vertical view's column gaps grow while readings show: room for a syllable beside."""


class ReadingAid:
    """Paints ``syllables`` (one per character, "" for none) over the pane's views, one by each character."""

    def __init__(self, pane: ReadingPane) -> None:
        self._pane = pane
        self._syllables: list[str] = []
        self._watched: list[object] = []
        self._fonts: dict[str, _Fonts] = {}
        for view in pane.views():
            self.watch(view)
        pane.view_built.connect(self.watch)

    def watch(self, view: object) -> None:
        """Paint over ``view`` too (the vertical view, once it is built)."""
        if view in self._watched:
            return
        self._watched.append(view)
        paint = self.paint if isinstance(view, ReadingView) else self.paint_beside
        view.overlays.append(paint)  # type: ignore[attr-defined]
        self._make_room(view)

    def set_readings(self, syllables: Sequence[str]) -> None:
        """One syllable per character of the shown text ("" for none); () takes them away."""
        self._syllables = list(syllables)
        for view in self._watched:
            self._make_room(view)
        self._pane.current.viewport().update()

    def clear(self) -> None:
        self.set_readings(())

    def fill(self, start: int, syllables: Sequence[str]) -> None:
        """The readings of ``text[start:start + len(syllables)]`` have come in: show them."""
        self._syllables[start : start + len(syllables)] = syllables
        first, last = self.visible_range()
        if start < last and start + len(syllables) > first:
            self._pane.current.viewport().update()

    def syllables(self) -> Sequence[str]:
        """One syllable per character of the shown text, as far as they have come in."""
        return self._syllables

    def visible_range(self) -> tuple[int, int]:
        """The offsets of the first and last characters in view (give or take a line)."""
        view = self._pane.current
        area = view.viewport().rect()
        if isinstance(view, ReadingView):
            return (view.offset_at(area.topLeft() - QPoint(0, 40)), view.offset_at(area.bottomRight() + QPoint(0, 40)) + 1)
        ends = (view.offset_at(area.topRight()), view.offset_at(area.bottomLeft()))
        return min(ends), max(ends) + 1

    # ---- Painting

    def paint(self, painter: QPainter, region: QRect) -> None:
        """Draw the readings of the characters visible in ``region`` above them (horizontal view)."""
        view = self._pane.horizontal
        if not self._syllables:
            return
        first = view.offset_at(region.topLeft() - QPoint(0, 40))
        last = min(view.offset_at(region.bottomRight() + QPoint(0, 40)) + 1, len(self._syllables))
        base = view.document().defaultFont()
        painter.setPen(view.palette().placeholderText().color())
        after = view.rect_of(first)
        for offset in range(first, last):
            here, after = after, view.rect_of(offset + 1)
            syllable = self._syllables[offset]
            if syllable:
                width = after.left() - here.left() if after.top() == here.top() else here.height() * 0.9
                glyph = width * 100.0 / SPACING  # the character itself; the rest of ``width`` is spacing
                font, metrics = self._fonts_for(base).fitted(syllable, width)
                x = here.left() + (glyph - metrics.horizontalAdvance(syllable)) / 2
                painter.setFont(font)
                painter.drawText(QPoint(int(x), int(here.top() - metrics.descent() - 1)), syllable)

    def paint_beside(self, painter: QPainter, _region: QRect) -> None:
        """Draw the readings of the characters in view to the right of each (vertical view)."""
        view = self._pane.current
        if not self._syllables or isinstance(view, ReadingView):
            return
        first, last = self.visible_range()
        painter.setPen(view.palette().placeholderText().color())
        base = QFont(view.font())
        base.setPointSizeF(max(_SMALLEST, view.appearance.font_size * (1.1 ** view.zoom)))
        for offset in range(first, min(last, len(self._syllables))):
            syllable = self._syllables[offset]
            if not syllable:
                continue
            here, below = view.rect_of(offset), view.rect_of(offset + 1)
            height = below.top() - here.top() if below.left() == here.left() else here.width() * 0.8
            room = here.width() * 1.1  # the glyph box is 1.24 em; the widened gap beside it ~1.9 em
            font, metrics = self._fonts_for(base).fitted(syllable, room)
            painter.setFont(font)
            y = here.top() + (height + metrics.ascent() - metrics.descent()) / 2
            painter.drawText(QPoint(int(here.right() + 2), int(y)), syllable)

    def _fonts_for(self, base: QFont) -> _Fonts:
        key = base.key()
        if key not in self._fonts:
            self._fonts[key] = _Fonts(base)
        return self._fonts[key]

    def _make_room(self, view: object) -> None:
        showing = bool(self._syllables)
        if isinstance(view, ReadingView):
            view.set_letter_spacing(SPACING if showing else 100.0)
        else:
            view.set_reading_room(ROOM if showing else 1.0)  # type: ignore[attr-defined]


class _Fonts:
    """The reading fonts of one base font, by size, and each syllable's natural width: a screen
    of readings asks for a fitted font a thousand times, and building one costs ~50 µs."""

    def __init__(self, base: QFont) -> None:
        self.key = base.key()
        self._base = base
        self._size = max(_SMALLEST, base.pointSizeF() * _SIZE)
        self._sizes: dict[float, tuple[QFont, QFontMetricsF]] = {}
        self._widths: dict[str, float] = {}

    def fitted(self, syllable: str, width: float) -> tuple[QFont, QFontMetricsF]:
        """The reading font, smaller if need be (in half points) for ``syllable`` to fit ``width``."""
        natural = self._widths.get(syllable)
        if natural is None:
            natural = self._widths[syllable] = self._at(self._size)[1].horizontalAdvance(syllable)
        if natural <= width:
            return self._at(self._size)
        return self._at(max(_SMALLEST, math.floor(self._size * width / natural * 2) / 2))

    def _at(self, size: float) -> tuple[QFont, QFontMetricsF]:
        if size not in self._sizes:
            font = QFont(self._base)
            font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 100)
            font.setPointSizeF(size)
            self._sizes[size] = (font, QFontMetricsF(font))
        return self._sizes[size]
