"""NotesPanel: every highlight and note of the article in reading order; click to jump, filter, count.

A list model under a filter proxy, not a list of items: a thousand annotations (a long
classic's) are listed by a model reset, and the view asks only for the rows on screen.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor, QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .note_rows import NoteRow, swatch

__all__ = ["NotesPanel"]

_ID_ROLE = Qt.ItemDataRole.UserRole
Index = QModelIndex | QPersistentModelIndex


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
        self.model = _NotesModel({value: swatch(hex_color) for value, _label, hex_color in colors}, self)
        self._shown = _Filter(self)
        self._shown.setSourceModel(self.model)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter notes"))
        self.filter.setAccessibleName(self.tr("Filter notes"))
        self.filter.setClearButtonEnabled(True)
        self.color_buttons = {value: self._color_button(value, label, hex_color)
                              for value, label, hex_color in self._colors}
        self.list = _NotesList(self)
        self.list.setModel(self._shown)
        self.list.setAccessibleName(self.tr("Highlights and notes"))
        self.list.setIconSize(QSize(12, 12))
        self.list.setUniformItemSizes(True)  # each row two lines: only the rows on screen are measured
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.counts = QLabel(self)
        self.counts.setObjectName("notes_counts")
        self._lay_out()
        self.filter.textChanged.connect(lambda _text: self._refilter())
        self.list.clicked.connect(self._activate)
        self.list.activated.connect(self._activate)
        self.list.menu_requested.connect(self._context_menu)
        self.list.key_pressed.connect(self._key)
        self._show_counts()

    # ---- Public API

    def set_rows(self, rows: Sequence[NoteRow]) -> None:
        """Show ``rows`` (found ones in reading order, then the missing), keeping the filter."""
        current = self.current_id()
        missing = sum(1 for r in rows if not r.found)
        self.model.set_rows(rows, self.tr("Not found in the current text ({0})").format(missing))
        self._show_counts()
        if current:
            self.select(current)

    def rows(self) -> list[NoteRow]:
        return self.model.note_rows()

    def visible_rows(self) -> list[NoteRow]:
        """The rows the filter lets through, as listed."""
        rows = (self.model.row_at(self._shown.mapToSource(self._shown.index(i, 0)).row())
                for i in range(self._shown.rowCount()))
        return [row for row in rows if row is not None]

    def current_id(self) -> str:
        row = self._row(self.list.currentIndex())
        return row.id if row is not None else ""

    def select(self, annotation_id: str) -> None:
        """Make this annotation's row current (without jumping to it)."""
        index = self._shown.mapFromSource(self.model.index_of(annotation_id))
        if index.isValid():
            self.list.selectionModel().blockSignals(True)
            self.list.setCurrentIndex(index)
            self.list.selectionModel().blockSignals(False)
            self.list.scrollTo(index)

    def shown_colors(self) -> set[str]:
        return {value for value, button in self.color_buttons.items() if button.isChecked()}

    def index_of(self, annotation_id: str) -> QModelIndex:
        """The row of an annotation in the list as shown (invalid when filtered out)."""
        return self._shown.mapFromSource(self.model.index_of(annotation_id))

    # ---- Private API

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
        button.toggled.connect(lambda _on: self._refilter())
        return button

    def _refilter(self) -> None:
        self._shown.set_filter(self.filter.text().strip().lower(), self.shown_colors())
        self._show_counts()

    def _row(self, index: Index) -> NoteRow | None:
        return self.model.row_at(self._shown.mapToSource(index).row()) if index.isValid() else None

    def _activate(self, index: QModelIndex) -> None:
        row = self._row(index)
        if row is not None and row.found:
            self.range_activated.emit(row.start, row.end)

    def _show_counts(self) -> None:
        rows = self.model.note_rows()
        highlights = sum(1 for r in rows if not r.is_margin_note)
        missing = sum(1 for r in rows if not r.found)
        text = self.tr("{0} highlights · {1} margin notes").format(highlights, len(rows) - highlights)
        if missing:
            text += " · " + self.tr("{0} not found").format(missing)
        shown = sum(1 for row in rows if self._shown.accepts(row))
        if shown != len(rows):
            text += " · " + self.tr("showing {0}").format(shown)
        self.counts.setText(text)

    def _context_menu(self, pos: QPoint) -> None:
        row = self._row(self.list.indexAt(pos))
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
        row = self._row(self.list.currentIndex())
        if row is None:
            return
        if key == Qt.Key.Key_Delete:
            self.delete_requested.emit(row.id)
        elif key == Qt.Key.Key_F2:
            self.edit_requested.emit(row.id)


class _NotesModel(QAbstractListModel):
    """The rows, with a heading row before the first annotation not found in the text."""

    def __init__(self, icons: dict[str, QIcon], parent: QWidget) -> None:
        super().__init__(parent)
        self._icons = icons
        self._rows: list[NoteRow | str] = []
        self._where: dict[str, int] = {}
        self._missing = QBrush(QColor("gray"))

    def set_rows(self, rows: Sequence[NoteRow], heading: str) -> None:
        self.beginResetModel()
        found = [r for r in rows if r.found]
        missing = [r for r in rows if not r.found]
        self._rows = [*found, *([f"{heading}\n"] if missing else []), *missing]
        self._where = {r.id: k for k, r in enumerate(self._rows) if isinstance(r, NoteRow)}
        self.endResetModel()

    def note_rows(self) -> list[NoteRow]:
        return [r for r in self._rows if isinstance(r, NoteRow)]

    def row_at(self, k: int) -> NoteRow | None:
        row = self._rows[k] if 0 <= k < len(self._rows) else None
        return row if isinstance(row, NoteRow) else None

    def index_of(self, annotation_id: str) -> QModelIndex:
        k = self._where.get(annotation_id)
        return self.index(k, 0) if k is not None else QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self._rows[index.row()]
        if isinstance(row, str):  # the heading of the rows not found
            return row if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.DisplayRole:
            return row.label
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tooltip
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icons.get(row.color)
        if role == Qt.ItemDataRole.ForegroundRole and not row.found:
            return self._missing
        return row.id if role == _ID_ROLE else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if isinstance(self._rows[index.row()], str):
            return Qt.ItemFlag.ItemIsEnabled
        return super().flags(index)


class _Filter(QSortFilterProxyModel):
    """Lets through the rows of the chosen colours whose words or note hold the filter text."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._needle = ""
        self._colors: set[str] | None = None

    def set_filter(self, needle: str, colors: set[str]) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later; invalidateFilter() is deprecated there
            self.beginFilterChange()
            self._needle, self._colors = needle, colors
            self.endFilterChange()
        else:
            self._needle, self._colors = needle, colors
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802 - Qt override
        model = self.sourceModel()
        assert isinstance(model, _NotesModel)
        row = model.row_at(source_row)
        if row is None:  # the heading: shown while any row under it is
            return any(self.filterAcceptsRow(k, source_parent) for k in range(source_row + 1, model.rowCount()))
        return self.accepts(row)

    def accepts(self, row: NoteRow) -> bool:
        if self._colors is not None and row.color not in self._colors:
            return False
        return not self._needle or self._needle in row.label.lower() or self._needle in row.tooltip.lower()


class _NotesList(QListView):
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
