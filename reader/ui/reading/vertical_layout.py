"""Columns for vertical text (直排): where each character of an article stands, top to bottom, right to left.

Qt's rich-text engine writes only horizontally, so the vertical view places the
characters itself. A column is a run of one line of ``Article.text``; most columns
hold nothing but full-width characters, one per em cell, and are stored as their
offsets alone (the cell of offset ``k`` is ``k - start`` ems down). A column with
Latin letters, digits or spaces keeps its cells: a run of upright characters is one
cell (its characters one em apart), a digit run of up to three sits upright across
one cell (縱中橫), longer Latin runs lie on their side, a thin space is a small gap. Lines are laid out lazily, a few milliseconds at a time, so
a classic of 600,000 characters never holds the window up.
"""

from __future__ import annotations

import math
import re
import time
from array import array
from bisect import bisect_right
from typing import NamedTuple

from PySide6.QtGui import QFont, QFontMetricsF

from ...core.model import Article, BlockKind

__all__ = ["Cell", "Column", "ColumnLayout", "Style", "VERTICAL_FORMS", "CellKind"]

VERTICAL_FORMS = str.maketrans({
    "，": "︐", "、": "︑", "。": "︒", "：": "︓", "；": "︔", "！": "︕", "？": "︖",
    "「": "﹁", "」": "﹂", "『": "﹃", "』": "﹄", "“": "﹃", "”": "﹄", "‘": "﹁", "’": "﹂",
    "（": "︵", "）": "︶", "｛": "︷", "｝": "︸", "〔": "︹", "〕": "︺", "【": "︻", "】": "︼",
    "《": "︽", "》": "︾", "〈": "︿", "〉": "﹀", "［": "﹇", "］": "﹈",
    "…": "︙", "—": "︱", "–": "︲", "_": "︳", "‥": "︰",
})
"""Punctuation as it stands in a column: Unicode's vertical presentation forms (GB/T 15834 sets
“” as ﹃﹄ and ‘’ as ﹁﹂ in vertical text)."""

_NO_START = frozenset("，。、；：？！」』”’）》〉】〕｝…")
"""Marks that never begin a column: they hang below its end instead (burasage)."""
_NO_END = frozenset("「『“‘（《〈【〔｛")
"""Marks that never end a column: they move on to the next with their word."""
_BASELINE = 0.88
"""Where the baseline stands in an em cell: CJK fonts draw ideographs between -0.12 and 0.88 em."""
_TOKENS = re.compile(r"(?P<latin>[!-~\u00c0-\u024f]+(?: [!-~\u00c0-\u024f]+)*)|(?P<gap>[ \u00a0\u2009\u3000\t])")
_TCY = re.compile(r"[0-9]{1,3}")
_GAPS = {" ": 0.33, "\u00a0": 0.33, "\u2009": 0.2, "\u3000": 1.0, "\t": 1.0}
_SLICE_S = 0.008


class CellKind:
    """How a cell is drawn (plain ints: cells are many and small)."""

    UPRIGHT = 0
    TCY = 1
    SIDEWAYS = 2
    GAP = 3


class Style(NamedTuple):
    """How the columns of one kind of block look and where they stand."""

    font: QFont
    em: float
    pitch: float
    """From one column's right edge to the next one's."""
    before: float
    """Space to the right of the block's first column."""
    after: float
    indent: float
    """From the top of the text area to the block's first cell (captions sit lower)."""
    muted: bool


class Cell(NamedTuple):
    start: int
    end: int
    y: float
    height: float
    kind: int


class Column(NamedTuple):
    """``text[start:end]`` in one column whose right edge is ``x`` from the content's right edge."""

    start: int
    end: int
    x: float
    style: int
    cells: tuple[Cell, ...] | None
    """None: one upright character per em from the top."""


class ColumnLayout:
    """The columns of one article at one column height, laid out on demand."""

    def __init__(self, article: Article, styles: dict[BlockKind, Style], height: float, margin: float) -> None:
        self.text = article.text
        self.height = height
        self.styles = list(styles.values())
        self._style_of = {kind: i for i, kind in enumerate(styles)}
        self._kinds = {b.start: b.kind for b in article.blocks}
        self.columns: list[Column] = []
        self._xs = array("d")
        self._starts = array("q")
        self._next = 0  # the start of the next line to lay out
        self._x = margin
        self._margin = margin

    # ---- Laying out

    @property
    def done(self) -> bool:
        return self._next > len(self.text)

    @property
    def laid_to(self) -> int:
        """Every offset before this one has its column."""
        return min(self._next, len(self.text))

    def extend(self, until_offset: int = -1, until_x: float = -1.0, budget_s: float = _SLICE_S) -> bool:
        """Lay out lines until past ``until_offset`` and ``until_x``, or ``budget_s`` seconds; True when done."""
        clock = time.perf_counter()
        while not self.done:
            if self._next > until_offset and self._x > until_x and time.perf_counter() - clock > budget_s:
                break
            self._lay_line()
        return self.done

    def width(self) -> float:
        """The content's width: exact once done, else what is laid out plus an estimate for the rest."""
        if self.done:
            return self._x + self._margin
        body = self.styles[self._style_of[BlockKind.PARAGRAPH]]
        per_column = max(1, int(self.height // body.em))
        return self._x + (len(self.text) - self._next) / per_column * body.pitch + self._margin

    def _lay_line(self) -> None:
        start = self._next
        end = self.text.find("\n", start)
        end = len(self.text) if end < 0 else end
        self._next = end + 1
        if start == end:
            return
        index = self._style_of.get(self._kinds.get(start, BlockKind.PARAGRAPH), 0)
        style = self.styles[index]
        self._x += style.before
        line = self.text[start:end]
        spans: list[tuple[int, int, tuple[Cell, ...] | None]]
        if line.encode("ascii", "ignore") or "\u2009" in line:
            spans = list(_mixed_columns(line, start, style, self.height - style.indent))
        else:
            per_column = int((self.height - style.indent) // style.em)
            spans = [(a, b, None) for a, b in _uniform_columns(line, start, per_column)]
        for first, last, cells in spans:
            self.columns.append(Column(first, last, self._x, index, cells))
            self._xs.append(self._x)
            self._starts.append(first)
            self._x += style.pitch
        self._x += style.after

    # ---- Looking up

    def column_of(self, offset: int) -> int:
        """The index of the column holding ``offset`` (or the last one before it); -1 if none yet."""
        return bisect_right(self._starts, offset) - 1

    def column_at(self, x: float) -> int:
        """The index of the column under content ``x`` (the nearest one in a gap); -1 if none."""
        i = bisect_right(self._xs, x) - 1
        if i < 0:
            return 0 if self.columns else -1
        column = self.columns[i]
        if x > column.x + self.styles[column.style].pitch and i + 1 < len(self.columns):
            return i + 1
        return i

    def columns_between(self, left: float, right: float) -> range:
        """Indexes of the columns that reach into content x from ``left`` to ``right``."""
        first = max(0, bisect_right(self._xs, left - 80) - 1)
        return range(first, bisect_right(self._xs, right))

    def spans_in(self, column: Column, start: int, end: int) -> list[tuple[float, float]]:
        """The vertical extents (top, bottom from the text area's top) of ``text[start:end]`` in ``column``."""
        start, end = max(start, column.start), min(end, column.end)
        if start >= end:
            return []
        style = self.styles[column.style]
        if column.cells is None:
            return [(style.indent + (start - column.start) * style.em, style.indent + (end - column.start) * style.em)]
        hit = [c for c in column.cells if c.start < end and c.end > start]
        if not hit:
            return []
        first, last = hit[0], hit[-1]
        top = first.y + (start - first.start) * style.em if first.kind == CellKind.UPRIGHT and start > first.start else first.y
        if last.kind == CellKind.UPRIGHT and end < last.end:
            return [(top, last.y + (end - last.start) * style.em)]
        return [(top, last.y + last.height)]

    def char_at(self, column: Column, y: float) -> int:
        """The offset of the character under ``y`` in ``column`` (its last one below the end)."""
        style = self.styles[column.style]
        if column.cells is None:
            k = int((y - style.indent) // style.em)
            return column.start + max(0, min(k, column.end - column.start - 1))
        for cell in column.cells:
            if y < cell.y + cell.height:
                if cell.kind == CellKind.UPRIGHT:
                    return cell.start + max(0, min(int((y - cell.y) // style.em), cell.end - cell.start - 1))
                return cell.start
        return max(column.start, column.end - 1)

    def offset_at(self, column: Column, y: float) -> int:
        """The offset nearest to ``y`` in ``column``: a caret position between characters."""
        style = self.styles[column.style]
        if column.cells is None:
            k = round((y - style.indent) / style.em)
            return column.start + max(0, min(k, column.end - column.start))
        for cell in column.cells:
            if cell.kind == CellKind.UPRIGHT:
                k = max(0, math.floor((y - cell.y) / style.em - 0.5) + 1)  # the first character whose middle is below y
                if k < cell.end - cell.start:
                    return cell.start + k
            elif y < cell.y + cell.height / 2:
                return cell.start
        return column.end


def _uniform_columns(line: str, offset: int, per_column: int) -> list[tuple[int, int]]:
    """Columns of ``per_column`` characters, with the rules of line breaking (kinsoku)."""
    per_column = max(2, per_column)
    spans, pos, end = [], 0, len(line)
    while pos < end:
        stop = min(pos + per_column, end)
        if stop < end and line[stop] in _NO_START:
            stop += 1  # hangs below the column
        elif stop < end and line[stop - 1] in _NO_END:
            stop -= 1
        spans.append((offset + pos, offset + stop))
        pos = stop
    return spans


def _mixed_columns(line: str, offset: int, style: Style, height: float) -> list[tuple[int, int, tuple[Cell, ...] | None]]:
    """Columns of cells for a line with Latin, digits or spaces, broken where the next character or cell
    does not fit; a run of upright characters is one cell (arithmetic places them one em apart)."""
    filler = _Filler(line, offset, style, height)
    for start, end, kind, size in _pieces(line, offset, style, height):
        if kind == CellKind.UPRIGHT:
            filler.upright(start, end)
        else:
            filler.cell(start, end, kind, size)
    return filler.finish()


class _Filler:
    """Fills the columns of one mixed line: whole runs of upright characters at a time, not cell by cell."""

    def __init__(self, line: str, offset: int, style: Style, height: float) -> None:
        self._line, self._offset, self._em = line, offset, style.em
        self._top, self._bottom = style.indent, style.indent + height
        self._columns: list[tuple[int, int, tuple[Cell, ...] | None]] = []
        self._cells: list[Cell] = []
        self._units = 0  # characters and cells in the column so far
        self._y = self._top

    def upright(self, start: int, end: int) -> None:
        """Upright characters ``start:end``: as many as fit, marks hanging below the end, the rest onwards."""
        em, line, offset = self._em, self._line, self._offset
        while start < end:
            if self._units and self._y + em > self._bottom:
                hang = start
                while hang < end and line[hang - offset] in _NO_START:
                    hang += 1
                if hang > start:
                    self._add(start, hang, CellKind.UPRIGHT, (hang - start) * em)
                    start = hang
                else:
                    self._break()
                continue
            stop = min(end, start + max(1, int((self._bottom - self._y) / em)))
            self._add(start, stop, CellKind.UPRIGHT, (stop - start) * em)
            start = stop

    def cell(self, start: int, end: int, kind: int, size: float) -> None:
        """A cell of its own (a gap, digits across, Latin on its side), in the next column if it does not fit."""
        if self._units and self._y + size > self._bottom:
            self._break()
        self._add(start, end, kind, size)

    def finish(self) -> list[tuple[int, int, tuple[Cell, ...] | None]]:
        if self._cells:
            self._close()
        return self._columns

    def _add(self, start: int, end: int, kind: int, size: float) -> None:
        cells = self._cells
        if kind == CellKind.UPRIGHT and cells and cells[-1].kind == CellKind.UPRIGHT and cells[-1].end == start:
            last = cells[-1]
            cells[-1] = Cell(last.start, end, last.y, last.height + size, kind)
        else:
            cells.append(Cell(start, end, self._y, size, kind))
        self._y += size
        self._units += end - start if kind == CellKind.UPRIGHT else 1

    def _break(self) -> None:
        """End the column; an opening mark at its end moves on to the next with its word."""
        last = self._cells[-1]
        carried = self._units > 1 and last.kind == CellKind.UPRIGHT and self._line[last.end - 1 - self._offset] in _NO_END
        if carried:
            if last.end - last.start == 1:
                self._cells.pop()
            else:
                self._cells[-1] = Cell(last.start, last.end - 1, last.y, last.height - self._em, last.kind)
        self._close()
        if carried:
            self._add(last.end - 1, last.end, CellKind.UPRIGHT, self._em)

    def _close(self) -> None:
        cells = self._cells
        # A column holding only upright characters is stored as offsets alone, like the columns of a
        # line without Latin (its characters stand one em apart from the top).
        plain = len(cells) == 1 and cells[0].kind == CellKind.UPRIGHT
        self._columns.append((cells[0].start, cells[-1].end, None if plain else tuple(cells)))
        self._cells, self._y, self._units = [], self._top, 0


def _pieces(line: str, offset: int, style: Style, height: float) -> list[tuple[int, int, int, float]]:
    """(start, end, kind, height) of the runs of upright characters and the other cells of ``line``;
    a Latin run longer than a column is cut."""
    pieces: list[tuple[int, int, int, float]] = []
    metrics = QFontMetricsF(style.font)
    pos = 0
    for m in _TOKENS.finditer(line):
        if m.start() > pos:
            pieces.append((offset + pos, offset + m.start(), CellKind.UPRIGHT, (m.start() - pos) * style.em))
        pos = m.end()
        if m.group("gap"):
            pieces.append((offset + m.start(), offset + m.end(), CellKind.GAP, style.em * _GAPS[m.group()]))
        elif _TCY.fullmatch(m.group()):
            pieces.append((offset + m.start(), offset + m.end(), CellKind.TCY, style.em))
        else:
            pieces += _sideways(m.group(), offset + m.start(), metrics, height)
    if pos < len(line):
        pieces.append((offset + pos, offset + len(line), CellKind.UPRIGHT, (len(line) - pos) * style.em))
    return pieces


def _sideways(run: str, offset: int, metrics: QFontMetricsF, height: float) -> list[tuple[int, int, int, float]]:
    """A Latin run on its side, in pieces no longer than a column."""
    width = metrics.horizontalAdvance(run)
    if width <= height:
        return [(offset, offset + len(run), CellKind.SIDEWAYS, width)]
    pieces, start, used = [], 0, 0.0
    for k, ch in enumerate(run):
        advance = metrics.horizontalAdvance(ch)
        if used + advance > height and k > start:
            pieces.append((offset + start, offset + k, CellKind.SIDEWAYS, used))
            start, used = k, 0.0
        used += advance
    pieces.append((offset + start, offset + len(run), CellKind.SIDEWAYS, used))
    return pieces


def baseline(style: Style) -> float:
    """The baseline's distance from the top of an upright cell."""
    return style.em * _BASELINE
