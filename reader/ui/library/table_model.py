"""LibraryTableModel: the article list over the store, fetched a page at a time as the view scrolls."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from ...core.library import EVERYTHING, Entry, EntryFilter, Sort
from ..i18n import QT_TRANSLATE_NOOP

__all__ = ["COLUMNS", "ENTRY_ROLE", "LibraryTableModel"]

ENTRY_ROLE = Qt.ItemDataRole.UserRole
"""The role under which each row gives its ``Entry``."""

COLUMNS: tuple[tuple[str, Sort | None], ...] = (
    (QT_TRANSLATE_NOOP("LibraryTableModel", "Title"), Sort.TITLE),
    (QT_TRANSLATE_NOOP("LibraryTableModel", "Column"), Sort.COLUMN),
    (QT_TRANSLATE_NOOP("LibraryTableModel", "Outlet"), Sort.OUTLET),
    (QT_TRANSLATE_NOOP("LibraryTableModel", "Date"), Sort.DATE),
    (QT_TRANSLATE_NOOP("LibraryTableModel", "Words"), Sort.WORDS),
    (QT_TRANSLATE_NOOP("LibraryTableModel", "Tags"), None),
    (QT_TRANSLATE_NOOP("LibraryTableModel", "Read"), Sort.READ),
)
"""Header, and the order the column sorts by (tags do not sort)."""

Fetch = Callable[[EntryFilter, Sort, bool, int, int], list[Entry]]
"""(filter, sort, descending, offset, limit) → a page of entries: ``Library.entries``."""

_Index = QModelIndex | QPersistentModelIndex


class LibraryTableModel(QAbstractTableModel):
    """Rows are fetched ``page`` at a time (``canFetchMore``/``fetchMore``): a table of
    100,000 articles costs one page to show."""

    def __init__(self, fetch: Fetch, page: int = 200) -> None:
        super().__init__()
        self._fetch = fetch
        self._page = page
        self._rows: list[Entry] = []
        self._exhausted = False
        self._filter = EVERYTHING
        self._sort = Sort.DATE
        self._descending = True
        self._bold = QFont()
        self._bold.setBold(True)

    # ---- Public API

    @property
    def entry_filter(self) -> EntryFilter:
        return self._filter

    def set_filter(self, entry_filter: EntryFilter) -> None:
        self._filter = entry_filter
        self.refresh()

    def refresh(self) -> None:
        """Read the list again from the start (after an import, a removal, a new filter).

        The first page is read at once, so the rows are there for the next paint.
        """
        self.beginResetModel()
        self._rows, self._exhausted = [], False
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def entry(self, row: int) -> Entry:
        return self._rows[row]

    def replace_entry(self, entry: Entry) -> None:
        """One row changed (read state, tags): update it in place."""
        for row, old in enumerate(self._rows):
            if old.id == entry.id:
                self._rows[row] = entry
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    # ---- Qt overrides

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: _Index) -> bool:  # noqa: N802 - Qt override
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: _Index) -> None:  # noqa: N802 - Qt override
        if parent.isValid() or self._exhausted:
            return
        page = self._fetch(self._filter, self._sort, self._descending, len(self._rows), self._page)
        self._exhausted = len(page) < self._page
        if page:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
            self._rows += page
            self.endInsertRows()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return _cell(entry, index.column())
        if role == ENTRY_ROLE:
            return entry
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.path
        if role == Qt.ItemDataRole.FontRole and not entry.read:
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section][0])
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        sort = COLUMNS[column][1]
        if sort is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (sort, descending) != (self._sort, self._descending):
            self._sort, self._descending = sort, descending
            self.refresh()


def _cell(entry: Entry, column: int) -> str:
    if column == 0:
        return entry.title or Path(entry.path).name
    if column == 3:
        return (entry.published or "")[:10]
    if column == 4:
        return f"{entry.words:,}"
    if column == 5:
        return ", ".join(entry.tags)
    if column == 6:
        return "" if entry.read else "●"
    return entry.column if column == 1 else entry.outlet

