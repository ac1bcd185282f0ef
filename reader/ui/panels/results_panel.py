"""ResultsPanel: every search hit, marked in its line of context, under its section with a count.

A section's name stands dimmed above its hits with how many there are; each hit
row shows its context on one line, the matched words marked and kept in view
however narrow the panel (the context is cut at both ends, never the hit).
Moving through the list with the keyboard asks the window to go to each hit in
turn, as a click does.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ..reading.highlights import SEARCH_HIT, ink_for

__all__ = ["ResultRow", "ResultsPanel"]

_RANGE_ROLE = 256  # Qt.ItemDataRole.UserRole (see facts_panel._ROW_ROLE)
_HIT_ROLE = 257
"""(context, hit start in it, hit end in it) on a hit row; absent on a section row."""
_PAD = 6


class ResultRow(NamedTuple):
    """One hit: its offsets, the title of its section, and its line of context."""

    start: int
    end: int
    section: str
    context: str
    hit_start: int = -1
    """Where the hit begins in ``context`` (-1: unknown, the whole context is shown plain)."""


class ResultsPanel(QListWidget):
    """Hits in reading order, grouped under their sections."""

    range_activated = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("results_panel")
        self.setAccessibleName(self.tr("Search results"))
        self.setUniformItemSizes(True)  # one line a row: a long list is measured once, not per row
        self.setItemDelegate(_HitDelegate(self))
        self._rows: list[int] = []  # the list row of each hit
        self._setting = False
        self.itemActivated.connect(self._on_activated)
        self.itemClicked.connect(self._on_activated)
        self.currentItemChanged.connect(self._on_current_changed)

    # ---- Public API

    def set_results(self, rows: list[ResultRow] | list[tuple[int, int, str, str]]) -> None:
        """Fill the list: hits in reading order, each section's name and count above its first hit."""
        rows = [ResultRow(*row) for row in rows]
        self._setting = True
        self.clear()
        self._rows = []
        counts: dict[str, int] = {}
        for row in rows:
            counts[row.section] = counts.get(row.section, 0) + 1
        section = None
        for row in rows:
            if row.section != section:
                section = row.section
                self._add_section(section, counts[section])
            item = QListWidgetItem(row.context, self)
            item.setData(_RANGE_ROLE, (row.start, row.end))
            hit_end = row.hit_start + row.end - row.start if row.hit_start >= 0 else -1
            item.setData(_HIT_ROLE, (row.context, row.hit_start, hit_end))
            item.setToolTip(f"{row.section}\n{row.context}" if row.section else row.context)
            self._rows.append(self.count() - 1)
        self._setting = False

    def hit_count(self) -> int:
        return len(self._rows)

    def set_current_index(self, index: int) -> None:
        """Select the ``index``-th hit (the window already went there)."""
        if 0 <= index < len(self._rows):
            self._setting = True
            self.setCurrentRow(self._rows[index])
            self._setting = False

    # ---- Private API

    def _add_section(self, title: str, count: int) -> None:
        """A dimmed row naming the section and its number of hits; the keyboard steps over it."""
        from PySide6.QtCore import Qt  # searching happens after the first frame (see docks.py)

        title = title or self.tr("Before the first section")
        label = self.tr("{0} · {1} hits").format(title, count) if count != 1 else self.tr("{0} · 1 hit").format(title)
        item = QListWidgetItem(label, self)
        item.setFlags(Qt.ItemFlag.NoItemFlags)

    def _on_activated(self, item: QListWidgetItem) -> None:
        span = item.data(_RANGE_ROLE)
        if span is not None:
            self.range_activated.emit(int(span[0]), int(span[1]))

    def _on_current_changed(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        """Keyboard navigation moves the reading view along (not a selection the window made)."""
        if item is not None and not self._setting:
            self._on_activated(item)


class _HitDelegate(QStyledItemDelegate):
    """Paints a hit row with its match marked, and a section row dimmed."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        height = QFontMetricsF(option.font).height()
        return QSize(100, int(height + _PAD))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        from PySide6.QtCore import Qt

        hit = index.data(_HIT_ROLE)
        rect = QRectF(option.rect).adjusted(_PAD, 0, -_PAD, 0)
        palette: QPalette = option.palette
        painter.save()
        if hit is None:
            font = QFont(option.font)
            font.setPointSizeF(font.pointSizeF() * 0.92)
            painter.setFont(font)
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            text = QFontMetricsF(font).elidedText(str(index.data()), Qt.TextElideMode.ElideRight, rect.width())
            painter.drawText(rect.adjusted(0, 0, 0, -2), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, text)
        else:
            selected = bool(option.state & QStyle.StateFlag.State_Selected)
            if selected:
                painter.fillRect(option.rect, palette.brush(QPalette.ColorRole.Highlight))
            ink = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
            _paint_hit(painter, option.font, rect, ink, *hit)
        painter.restore()


def _paint_hit(painter: QPainter, font: QFont, rect: QRectF, ink: QColor, context: str, start: int, end: int) -> None:
    """``context`` on one line with ``context[start:end]`` marked, cut at both ends to keep the mark in view."""
    from PySide6.QtCore import Qt

    metrics, bold = QFontMetricsF(font), QFont(font)
    bold.setBold(True)
    baseline = rect.top() + (rect.height() + metrics.ascent() - metrics.descent()) / 2
    painter.setFont(font)
    painter.setPen(ink)
    if start < 0:
        painter.drawText(QPointF(rect.left(), baseline), metrics.elidedText(context, Qt.TextElideMode.ElideRight, rect.width()))
        return
    before, hit, after = context[:start].lstrip(), context[start:end], context[end:].rstrip()
    hit_width = min(QFontMetricsF(bold).horizontalAdvance(hit), rect.width())
    room = max(0.0, rect.width() - hit_width)
    before = metrics.elidedText(before, Qt.TextElideMode.ElideLeft, room * 0.4 if after else room)
    after = metrics.elidedText(after, Qt.TextElideMode.ElideRight, room - metrics.horizontalAdvance(before))
    x = rect.left()
    painter.drawText(QPointF(x, baseline), before)
    x += metrics.horizontalAdvance(before)
    mark = QColor(SEARCH_HIT)
    painter.fillRect(QRectF(x - 1, rect.top() + 2, hit_width + 2, rect.height() - 4), mark)
    painter.setFont(bold)
    painter.setPen(ink_for(mark))
    painter.drawText(QPointF(x, baseline), QFontMetricsF(bold).elidedText(hit, Qt.TextElideMode.ElideRight, hit_width))
    painter.setFont(font)
    painter.setPen(ink)
    painter.drawText(QPointF(x + hit_width, baseline), after)
