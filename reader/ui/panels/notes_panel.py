"""NotesPanel: every highlight and note of the article in reading order; click to jump, filter, count."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from PySide6.QtCore import QPoint, QSize, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QIcon, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

__all__ = ["NoteRow", "NotesPanel", "swatch"]

_ID_ROLE = Qt.ItemDataRole.UserRole


class NoteRow(NamedTuple):
    """One annotation as listed: its id, colour, label (words and note), where it is in the shown text."""

    id: str
    color: str
    label: str
    tooltip: str
    start: int
    end: int
    is_margin_note: bool = False

    @property
    def found(self) -> bool:
        return self.start >= 0


def swatch(hex_color: str, size: int = 12) -> QIcon:
    """A small square of the colour: how a highlight's colour is shown in lists and menus."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(hex_color))
    return QIcon(pixmap)


class NotesPanel(QWidget):
    """A filterable list: found annotations in reading order, then those not found in the text."""

    range_activated = Signal(int, int)
    """Go to and select this span of the shown text."""
    edit_requested = Signal(str)
    """Edit this annotation's note."""
    delete_requested = Signal(str)
    recolor_requested = Signal(str, str)
    """Give this annotation that colour (a Color value)."""

    def __init__(self, colors: Sequence[tuple[str, str, str]], parent: QWidget | None = None) -> None:
        """``colors``: (value, label, hex) of each highlight colour, in menu order."""
        super().__init__(parent)
        self.setObjectName("notes_panel")
        self._colors = list(colors)
        self._rows: list[NoteRow] = []
        self._by_id: dict[str, NoteRow] = {}
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter notes"))
        self.filter.setAccessibleName(self.tr("Filter notes"))
        self.filter.setClearButtonEnabled(True)
        self.color_buttons = {value: self._color_button(value, label, hex_color)
                              for value, label, hex_color in self._colors}
        self.list = _NotesList(self)
        self.list.setAccessibleName(self.tr("Highlights and notes"))
        self.list.setWordWrap(True)
        self.list.setIconSize(QSize(12, 12))
        self.list.setUniformItemSizes(False)
        self.counts = QLabel(self)
        self.counts.setObjectName("notes_counts")
        self._lay_out()
        self.filter.textChanged.connect(self._apply_filter)
        self.list.itemClicked.connect(self._activate)
        self.list.itemActivated.connect(self._activate)
        self.list.menu_requested.connect(self._context_menu)
        self.list.key_pressed.connect(self._key)
        self._show_counts(0)

    # ---- Public API

    def set_rows(self, rows: Sequence[NoteRow]) -> None:
        """Show ``rows`` (found ones in reading order, then the missing), keeping the filter."""
        self._rows = list(rows)
        self._by_id = {r.id: r for r in rows}
        current = self.current_id()
        self.list.setUpdatesEnabled(False)
        self.list.clear()
        missing = [r for r in rows if not r.found]
        for row in rows:
            if row is (missing[0] if missing else None):
                self._header(self.tr("Not found in the current text ({0})").format(len(missing)))
            self._add(row)
        self._apply_filter(self.filter.text())
        self.list.setUpdatesEnabled(True)
        if current:
            self.select(current)

    def rows(self) -> list[NoteRow]:
        return list(self._rows)

    def visible_rows(self) -> list[NoteRow]:
        """The rows the filter lets through, as listed."""
        rows = (self._row(item) for item in self._items() if not item.isHidden())
        return [row for row in rows if row is not None]

    def current_id(self) -> str:
        item = self.list.currentItem()
        return str(item.data(_ID_ROLE)) if item is not None and item.data(_ID_ROLE) else ""

    def select(self, annotation_id: str) -> None:
        """Make this annotation's row current (without jumping to it)."""
        for item in self._items():
            if item.data(_ID_ROLE) == annotation_id:
                self.list.blockSignals(True)
                self.list.setCurrentItem(item)
                self.list.blockSignals(False)
                self.list.scrollToItem(item)
                return

    def shown_colors(self) -> set[str]:
        return {value for value, button in self.color_buttons.items() if button.isChecked()}

    # ---- Private API: building

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(2)
        bar.addWidget(self.filter, 1)
        for button in self.color_buttons.values():
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.counts)
        self.setMinimumWidth(280)

    def _color_button(self, value: str, label: str, hex_color: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(f"notes_filter_{value}")
        button.setCheckable(True)
        button.setChecked(True)
        button.setIcon(swatch(hex_color, 14))
        button.setToolTip(self.tr("Show {0} highlights").format(label))
        button.setAccessibleName(self.tr("Show {0} highlights").format(label))
        button.toggled.connect(lambda _on: self._apply_filter(self.filter.text()))
        return button

    def _add(self, row: NoteRow) -> None:
        item = QListWidgetItem(row.label, self.list)
        item.setData(_ID_ROLE, row.id)
        item.setToolTip(row.tooltip)
        item.setIcon(self._icon(row.color))
        if not row.found:
            item.setForeground(QBrush(QColor("gray")))

    def _header(self, text: str) -> None:
        item = QListWidgetItem(text, self.list)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        font = item.font()
        font.setBold(True)
        item.setFont(font)

    def _icon(self, color: str) -> QIcon:
        hex_color = next((h for v, _label, h in self._colors if v == color), "#cccccc")
        return swatch(hex_color)

    # ---- Private API: behaviour

    def _items(self) -> list[QListWidgetItem]:
        return [item for i in range(self.list.count()) if (item := self.list.item(i)) is not None]

    def _row(self, item: QListWidgetItem | None) -> NoteRow | None:
        ident = item.data(_ID_ROLE) if item is not None else None
        return self._by_id.get(ident) if ident else None

    def _activate(self, item: QListWidgetItem) -> None:
        row = self._row(item)
        if row is not None and row.found:
            self.range_activated.emit(row.start, row.end)

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().lower()
        colors = self.shown_colors()
        shown = missing_shown = 0
        header: QListWidgetItem | None = None
        for item in self._items():
            row = self._row(item)
            if row is None:
                header = item
                continue
            hit = row.color in colors and (not needle or needle in row.label.lower() or needle in row.tooltip.lower())
            item.setHidden(not hit)
            shown += hit
            missing_shown += hit and not row.found
        if header is not None:
            header.setHidden(not missing_shown)
        self._show_counts(shown)

    def _show_counts(self, shown: int) -> None:
        highlights = sum(1 for r in self._rows if not r.is_margin_note)
        notes = len(self._rows) - highlights
        missing = sum(1 for r in self._rows if not r.found)
        text = self.tr("{0} highlights · {1} margin notes").format(highlights, notes)
        if missing:
            text += " · " + self.tr("{0} not found").format(missing)
        if shown != len(self._rows):
            text += " · " + self.tr("showing {0}").format(shown)
        self.counts.setText(text)

    def _context_menu(self, pos: QPoint) -> None:
        row = self._row(self.list.itemAt(pos))
        if row is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Edit Note…"), lambda: self.edit_requested.emit(row.id))
        for value, label, hex_color in self._colors:
            action = QAction(swatch(hex_color), label, menu)
            action.setCheckable(True)
            action.setChecked(value == row.color)
            action.triggered.connect(lambda _on=False, v=value: self.recolor_requested.emit(row.id, v))
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.tr("Delete"), lambda: self.delete_requested.emit(row.id))
        menu.exec(self.list.viewport().mapToGlobal(pos))

    def _key(self, key: int) -> None:
        row = self._row(self.list.currentItem())
        if row is None:
            return
        if key == Qt.Key.Key_Delete:
            self.delete_requested.emit(row.id)
        elif key == Qt.Key.Key_F2:
            self.edit_requested.emit(row.id)


class _NotesList(QListWidget):
    """The list, passing right-clicks and the Delete and F2 keys to its panel."""

    menu_requested = Signal(QPoint)
    key_pressed = Signal(int)

    def contextMenuEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt override
        self.menu_requested.emit(event.pos())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_F2):
            self.key_pressed.emit(event.key())
            return
        super().keyPressEvent(event)
