"""ColumnPainter: draws the columns of a ColumnLayout, glyph runs for upright text, turned runs for the rest.

Each column's upright characters become one glyph run (vertical presentation
forms looked up in the style's font), placed relative to the column's centre and
kept until the next layout, so scrolling repaints without building anything.
Digits set across a cell (縱中橫) of two join the run; longer ones and Latin runs
are drawn with Qt's text engine, squeezed or turned on their side.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QBrush, QFontMetricsF, QGlyphRun, QPainter, QRawFont

from .vertical_layout import VERTICAL_FORMS, Cell, CellKind, Column, ColumnLayout, Style, baseline

__all__ = ["ColumnPainter"]

_NARROW = re.compile("[\x00-\u2e7f]")
"""Characters narrower than a full-width cell, centred by their own advance."""
_PLAIN_POSITIONS: dict[tuple[int, float, float, float], list[QPointF]] = {}
"""Glyph positions down a column of full-width cells, by geometry (left, indent, em, baseline): the same
table serves every column, layout and article at one size."""
_RAW_FONTS: dict[str, QRawFont] = {}
"""Kept for good: each QRawFont has its own cache of rendered glyphs."""


class ColumnPainter:
    """Paints one layout's columns; ``right`` is a column's right edge on screen, ``top`` the text area's."""

    def __init__(self, layout: ColumnLayout, text: str) -> None:
        self._layout, self._text = layout, text
        self._runs: dict[tuple[int, int, int], tuple[QGlyphRun, list[tuple[str, float]]]] = {}
        self._raws: dict[int, QRawFont] = {}
        self._font_metrics: dict[int, QFontMetricsF] = {}  # by id of a style of the layout, which outlives this

    def paint_backgrounds(self, painter: QPainter, column: Column, spans: list[tuple[int, int, QBrush]],
                           right: float, top: float) -> None:
        style = self._layout.styles[column.style]
        left = right - style.pitch / 2 - style.em * 0.62
        for start, end, brush in spans:
            for y0, y1 in self._layout.spans_in(column, start, end):
                painter.fillRect(QRectF(left, top + y0, style.em * 1.24, y1 - y0), brush)

    def paint_column(self, painter: QPainter, column: Column, colours: list[tuple[int, int, QBrush]],
                      inks: tuple[QBrush, QBrush], right: float, top: float) -> None:
        style = self._layout.styles[column.style]
        centre = right - style.pitch / 2
        origin = QPointF(round(centre), round(top))
        for start, end, brush in _segments(column.start, column.end, colours, inks[style.muted]):
            painter.setPen(brush.color())
            run, strays = self._glyph_run(column, start, end)
            painter.drawGlyphRun(origin, run)
            for ch, y in strays:  # not in the font, or beyond the BMP: Qt's own fallback places them
                self._draw_fallback(painter, style, ch, centre, top + y)
            if column.cells is not None:
                for cell in column.cells:
                    if cell.start < end and cell.end > start and (
                            cell.kind == CellKind.SIDEWAYS or cell.kind == CellKind.TCY and cell.end - cell.start > 2):
                        self._draw_turned(painter, style, cell, centre, top)

    def _glyph_run(self, column: Column, start: int, end: int) -> tuple[QGlyphRun, list[tuple[str, float]]]:
        """The upright characters of ``column`` from ``start`` to ``end``, as a glyph run placed
        relative to the column's centre and the text area's top (kept until the next layout)."""
        key = (column.start, start, end)
        cached = self._runs.get(key)
        if cached is not None:
            return cached
        style = self._layout.styles[column.style]
        pairs: list[int] = []
        tops: list[float] | None = None
        if column.cells is None:
            chars = self._text[start:end]
        else:
            chars, tops, pairs = self._cells_in_run(column, start, end)
        shown = chars.translate(VERTICAL_FORMS)
        raw = self._raw_font(column.style)
        glyphs = raw.glyphIndexesForString(shown)
        narrow = bool(pairs) or _NARROW.search(shown) is not None
        if tops is None and (narrow or len(glyphs) != len(shown) or 0 in glyphs):
            tops = [style.indent + (k - column.start) * style.em for k in range(start, end)]
        glyphs, strays = _strays(shown, glyphs, tops)
        run = QGlyphRun()
        run.setRawFont(raw)
        run.setGlyphIndexes(glyphs)
        if narrow:  # anything narrower than a full-width cell is centred by its own advance
            assert tops is not None
            lefts, base = _lefts(raw.advancesForGlyphIndexes(glyphs), pairs), baseline(style)
            run.setPositions([QPointF(x, round(y + base)) for x, y in zip(lefts, tops, strict=False)])
        elif tops is None or column.cells is None:  # full-width cells one em apart: the style's positions, shared
            first = start - column.start
            run.setPositions(self._plain_positions(column.style, first + len(glyphs))[first : first + len(glyphs)])
        else:
            left, base = round(-style.em / 2), baseline(style)
            run.setPositions([QPointF(left, round(y + base)) for y in tops[: len(glyphs)]])
        self._runs[key] = (run, strays)
        return run, strays

    def _cells_in_run(self, column: Column, start: int, end: int) -> tuple[str, list[float], list[int]]:
        """The characters a glyph run draws in a column of cells, their tops, and where 縱中橫 pairs begin."""
        assert column.cells is not None
        text = self._text
        chars: list[str] = []
        tops: list[float] = []
        pairs: list[int] = []
        em = self._layout.styles[column.style].em
        for cell in column.cells:
            if cell.start >= end or cell.end <= start:
                continue
            if cell.kind == CellKind.UPRIGHT:  # a run, one em a character
                first, last = max(start, cell.start), min(end, cell.end)
                chars.append(text[first:last])
                tops += [cell.y + (k - cell.start) * em for k in range(first, last)]
            elif cell.kind == CellKind.TCY and cell.end - cell.start <= 2:
                if cell.end - cell.start == 2:
                    pairs.append(len(tops))
                chars.append(text[cell.start : cell.end])
                tops += [cell.y] * (cell.end - cell.start)
        return "".join(chars), tops, pairs

    def _draw_turned(self, painter: QPainter, style: Style, cell: Cell, centre: float, top: float) -> None:
        """Digits set across one cell (縱中橫), or a Latin run on its side."""
        text = self._text[cell.start : cell.end]
        metrics = self._metrics(style)
        painter.setFont(style.font)
        painter.save()
        if cell.kind == CellKind.TCY:
            width = metrics.horizontalAdvance(text)
            painter.translate(centre, top + cell.y + baseline(style) - style.em * 0.06)
            painter.scale(min(1.0, style.em * 0.95 / max(1.0, width)), 1.0)
            painter.drawText(QPointF(-width / 2, 0), text)
        else:
            painter.translate(centre, top + cell.y)
            painter.rotate(90)
            painter.drawText(QPointF(0, (metrics.ascent() - metrics.descent()) / 2 - metrics.descent() / 2), text)
        painter.restore()

    def _draw_fallback(self, painter: QPainter, style: Style, ch: str, centre: float, y: float) -> None:
        painter.setFont(style.font)
        width = self._metrics(style).horizontalAdvance(ch)
        painter.drawText(QPointF(centre - width / 2, y + baseline(style)), ch)

    def _metrics(self, style: Style) -> QFontMetricsF:
        metrics = self._font_metrics.get(id(style))
        if metrics is None:
            metrics = self._font_metrics[id(style)] = QFontMetricsF(style.font)
        return metrics

    def _plain_positions(self, style_index: int, count: int) -> list[QPointF]:
        """Where the glyphs of a column of full-width cells stand, from its top: at least ``count`` of them."""
        style = self._layout.styles[style_index]
        left, base = round(-style.em / 2), baseline(style)
        positions = _PLAIN_POSITIONS.setdefault((left, style.indent, style.em, base), [])
        if len(positions) < count:
            positions += [QPointF(left, round(style.indent + k * style.em + base))
                          for k in range(len(positions), max(count, 2 * len(positions), 64))]
        return positions

    def _raw_font(self, style_index: int) -> QRawFont:
        raw = self._raws.get(style_index)
        if raw is None:
            font = self._layout.styles[style_index].font
            raw = _RAW_FONTS.get(font.key())
            if raw is None:
                raw = _RAW_FONTS[font.key()] = QRawFont.fromFont(font)
            self._raws[style_index] = raw
        return raw


def _strays(shown: str, glyphs: list[int], tops: list[float] | None) -> tuple[list[int], list[tuple[str, float]]]:
    """The glyphs a run draws, and the characters Qt's fallback must place alone: those not in the
    font, or all of them when one lies beyond the BMP (it takes two units, so glyphs and text disagree)."""
    if len(glyphs) != len(shown):
        assert tops is not None
        return [], list(zip(shown, tops, strict=True))
    if 0 in glyphs:
        assert tops is not None
        return glyphs, [(shown[k], tops[k]) for k, glyph in enumerate(glyphs) if glyph == 0]
    return glyphs, []


def _lefts(advances: list[QPointF], pairs: list[int]) -> list[int]:
    """Each glyph's left edge from the column's centre: centred in its cell, or side by side in a 縱中橫 pair."""
    lefts = [round(-a.x() / 2) for a in advances]
    for k in pairs:
        first, second = advances[k].x(), advances[k + 1].x()
        lefts[k], lefts[k + 1] = round(-(first + second) / 2), round((first - second) / 2)
    return lefts


def _segments(start: int, end: int, colours: list[tuple[int, int, QBrush]],
              default: QBrush) -> list[tuple[int, int, QBrush]]:
    """``start:end`` cut where a highlight sets another text colour (the last one set wins)."""
    colours = [span for span in colours if span[0] < end and span[1] > start]
    if not colours:
        return [(start, end, default)]
    cuts = sorted({start, end, *(p for s, e, _ in colours for p in (s, e) if start < p < end)})
    pieces = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        brush = default
        for s, e, colour in colours:
            if s <= a and e >= b:
                brush = colour
        pieces.append((a, b, brush))
    return pieces
