"""SearchResults: the articles that hold a query, best first, each with its hits in context."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from ...core.library import SearchPage

__all__ = ["SearchResults"]

_TARGET = Qt.ItemDataRole.UserRole
"""(article id, start, end) of a hit; (article id, -1, -1) for an article."""


class SearchResults(QTreeWidget):
    """An article per row (its title, hit count, date); its hits below it. A click asks to open there."""

    hit_activated = Signal(int, int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("library_search_results")
        self.setAccessibleName(self.tr("Search results across the library"))
        self.setHeaderLabels([self.tr("Article / hit"), self.tr("Hits"), self.tr("Date")])
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(False)
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, self.header().ResizeMode.Stretch)
        self.itemActivated.connect(self._activated)
        self.itemClicked.connect(self._activated)

    # ---- Public API

    def set_page(self, page: SearchPage) -> None:
        self.clear()
        for result in page.results:
            entry = result.entry
            title = entry.title or Path(entry.path).name
            item = QTreeWidgetItem(self, [("★ " if result.title_hit else "") + title, str(result.count),
                                          (entry.published or "")[:10]])
            item.setData(0, _TARGET, (entry.id, -1, -1))
            item.setToolTip(0, entry.path)
            for hit in result.hits:
                label = f"{hit.section} — {hit.context}" if hit.section else hit.context
                child = QTreeWidgetItem(item, [label])
                child.setData(0, _TARGET, (entry.id, hit.start, hit.end))
                child.setToolTip(0, hit.context)
            item.setExpanded(True)

    def hit_count(self) -> int:
        """Hits listed (the first few of each article)."""
        items = (self.topLevelItem(i) for i in range(self.topLevelItemCount()))
        return sum(item.childCount() for item in items if item is not None)

    # ---- Private API

    def _activated(self, item: QTreeWidgetItem) -> None:
        article_id, start, end = item.data(0, _TARGET)
        first = item.child(0) if start < 0 else None
        if first is not None:  # an article: go to its first hit
            article_id, start, end = first.data(0, _TARGET)
        self.hit_activated.emit(int(article_id), int(start), int(end))
