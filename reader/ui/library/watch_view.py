"""WatchLists: the keyword lists run over the library — how many articles mention each keyword, newest first."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from ...core.library import WatchRow

__all__ = ["WatchLists"]

_TARGET = Qt.ItemDataRole.UserRole


class WatchLists(QTreeWidget):
    """List → keyword (in its colour, with its article count) → the newest articles; a click opens one at it."""

    article_activated = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("library_watch_lists")
        self.setHeaderLabels([self.tr("Keyword / article"), self.tr("Articles"), self.tr("Date")])
        self.header().setSectionResizeMode(0, self.header().ResizeMode.Stretch)
        self.header().setStretchLastSection(False)
        self.itemActivated.connect(self._activated)
        self.itemClicked.connect(self._activated)

    def set_rows(self, rows: list[WatchRow]) -> None:
        self.clear()
        lists: dict[str, QTreeWidgetItem] = {}
        for row in rows:
            parent = lists.get(row.list_name)
            if parent is None:
                parent = lists[row.list_name] = QTreeWidgetItem(self, [row.list_name])
                parent.setExpanded(True)
            keyword = QTreeWidgetItem(parent, [row.keyword, str(row.articles)])
            keyword.setBackground(0, QBrush(QColor(row.color)))
            keyword.setForeground(0, QBrush(QColor("black")))
            for entry in row.newest:
                item = QTreeWidgetItem(keyword, [entry.title or Path(entry.path).name, "",
                                                 (entry.published or "")[:10]])
                item.setData(0, _TARGET, (entry.id, row.keyword))
        if not rows:
            QTreeWidgetItem(self, [self.tr("No keyword lists yet: Edit ▸ Keyword Lists in the reading window.")])

    def _activated(self, item: QTreeWidgetItem) -> None:
        target = item.data(0, _TARGET)
        if target is not None:
            self.article_activated.emit(int(target[0]), str(target[1]))
