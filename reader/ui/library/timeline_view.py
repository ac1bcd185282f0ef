"""Timeline: month by month, the articles published and the articles that mention a date in it."""

from __future__ import annotations

from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from ...core.library import TimelineMonth

__all__ = ["Timeline"]

_BAR = 24
"""Characters in the longest bar."""


class Timeline(QTreeWidget):
    """One row a month, newest first, each count with a bar scaled to the busiest month."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("library_timeline")
        self.setRootIsDecorated(False)
        self.setHeaderLabels([self.tr("Month"), self.tr("Published"), self.tr("Mentioned")])

    def set_months(self, months: list[TimelineMonth]) -> None:
        self.clear()
        most = max((max(m.published, m.mentioned) for m in months), default=1) or 1
        for month in reversed(months):
            QTreeWidgetItem(self, [month.month, _bar(month.published, most), _bar(month.mentioned, most)])
        for column in range(3):
            self.resizeColumnToContents(column)


def _bar(count: int, most: int) -> str:
    return f"{'▇' * max(1 if count else 0, round(_BAR * count / most))} {count}" if count else ""
