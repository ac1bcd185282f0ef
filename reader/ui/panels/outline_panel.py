"""OutlinePanel: the section outline; a click asks to go there, the current section follows reading."""

from __future__ import annotations

from bisect import bisect_right

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from ...core.model import OutlineEntry
from ...core.steps import Steps
from ..tasks import StepRunner

__all__ = ["OutlinePanel"]

_OFFSET_ROLE = 256  # Qt.ItemDataRole.UserRole (see facts_panel._ROW_ROLE)
_ENTRIES_A_STEP = 500


class OutlinePanel(QTreeWidget):
    """A tree of headings and topic sentences, each carrying its offset."""

    offset_activated = Signal(int)
    """The user picked an entry: go to this offset."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outline_panel")
        self.setHeaderHidden(True)
        self.setAccessibleName(self.tr("Section outline"))
        self.setUniformRowHeights(True)
        self.setWordWrap(False)
        self._items: list[QTreeWidgetItem] = []
        self._starts: list[int] = []
        self._pending: int | None = None
        self._filler = StepRunner(self)
        self.itemActivated.connect(self._on_activated)
        self.itemClicked.connect(self._on_activated)

    # ---- Public API

    def set_entries(self, entries: tuple[OutlineEntry, ...]) -> None:
        """Show ``entries`` as a tree: each entry nests under the last one of a lower level.

        Thousands of entries (a 20 MB text's) are added a few hundred at a time
        between turns of the event loop.
        """
        self._filler.cancel()  # an outline still being added is replaced
        self.setUpdatesEnabled(False)
        self.clear()
        self._items, self._starts = [], [entry.start for entry in entries]
        self._pending = None
        self._filler.start(self._filling(entries), at_once=len(entries) <= _ENTRIES_A_STEP)

    def set_current_offset(self, offset: int) -> None:
        """Mark the entry of the section being read, without emitting activation."""
        index = bisect_right(self._starts, offset) - 1
        if index >= len(self._items):  # not added yet: marked once it is
            self._pending = offset
        elif index >= 0:
            self.blockSignals(True)
            self.setCurrentItem(self._items[index])
            self.blockSignals(False)
            self.scrollToItem(self._items[index])
        else:
            self.clearSelection()

    def entry_count(self) -> int:
        return len(self._items)

    def item_at(self, index: int) -> QTreeWidgetItem:
        return self._items[index]

    # ---- Private API

    def _filling(self, entries: tuple[OutlineEntry, ...]) -> Steps[None]:
        parents: list[tuple[int, QTreeWidgetItem | None]] = [(0, None)]
        for entry in entries:
            while parents[-1][0] >= entry.level:
                parents.pop()
            parent = parents[-1][1]
            item = QTreeWidgetItem(parent if parent is not None else self, [entry.title])
            item.setData(0, _OFFSET_ROLE, entry.start)
            item.setToolTip(0, entry.title)
            parents.append((entry.level, item))
            self._items.append(item)
            if len(self._items) % _ENTRIES_A_STEP == 0:
                yield
        self.expandAll()
        self.setUpdatesEnabled(True)
        if self._pending is not None:
            self.set_current_offset(self._pending)

    def _on_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.offset_activated.emit(int(item.data(0, _OFFSET_ROLE)))
