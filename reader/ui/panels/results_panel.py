"""ResultsPanel: every search hit with its section and context; a click asks to go there."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

__all__ = ["ResultRow", "ResultsPanel"]

_RANGE_ROLE = 256  # Qt.ItemDataRole.UserRole (see facts_panel._ROW_ROLE)

ResultRow = tuple[int, int, str, str]
"""(start, end, section title, context) of one hit."""


class ResultsPanel(QListWidget):
    """A flat list of hits in reading order."""

    range_activated = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("results_panel")
        self.setAccessibleName(self.tr("Search results"))
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.itemActivated.connect(self._on_activated)
        self.itemClicked.connect(self._on_activated)

    # ---- Public API

    def set_results(self, rows: list[ResultRow]) -> None:
        self.clear()
        for start, end, section, context in rows:
            label = f"{section}\n{context}" if section else context
            item = QListWidgetItem(label, self)
            item.setData(_RANGE_ROLE, (start, end))
            item.setToolTip(context)

    def set_current_index(self, index: int) -> None:
        if 0 <= index < self.count():
            self.blockSignals(True)
            self.setCurrentRow(index)
            self.blockSignals(False)

    # ---- Private API

    def _on_activated(self, item: QListWidgetItem) -> None:
        start, end = item.data(_RANGE_ROLE)
        self.range_activated.emit(int(start), int(end))
