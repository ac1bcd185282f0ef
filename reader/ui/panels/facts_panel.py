"""FactsPanel: extracted facts grouped by kind, with values; a click jumps to the next mention."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QPoint, Signal
from PySide6.QtGui import QContextMenuEvent, QGuiApplication
from PySide6.QtWidgets import (
    QLineEdit,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.steps import Steps
from ..tasks import StepRunner

__all__ = ["FactRow", "FactsPanel"]

_ROW_ROLE = 256
"""Qt.ItemDataRole.UserRole, as the int item data takes: importing ``Qt`` costs start-up ~25 ms."""
_ROWS_A_STEP = 300


class FactRow(NamedTuple):
    """One fact as shown: its kind's label, words, normalised value, sentence and mentions."""

    kind: str
    kind_label: str
    text: str
    value: str
    sentence: str
    mentions: tuple[tuple[int, int], ...]
    sentence_range: tuple[int, int] = (0, 0)


class FactsPanel(QWidget):
    """A filterable tree: kind (count) → fact · value · mentions."""

    range_activated = Signal(int, int)
    """Go to and flash this mention."""
    quote_requested = Signal(int, int)
    """Copy this range (a fact's sentence) as a quotation."""
    highlight_requested = Signal(list)
    """Highlight all these (start, end) ranges."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("facts_panel")
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter facts"))
        self.filter.setAccessibleName(self.tr("Filter facts"))
        self.filter.setClearButtonEnabled(True)
        self.tree = _FactsTree(self)
        self.tree.setHeaderLabels([self.tr("Fact"), self.tr("Value")])
        self.tree.setAccessibleName(self.tr("Facts"))
        self.tree.header().setStretchLastSection(True)
        self.tree.setColumnWidth(0, 190)
        self.setMinimumWidth(320)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree)
        self._rows: list[FactRow] = []
        self._complete = True
        self._filling = StepRunner(self)
        self._next_mention: dict[int, int] = {}
        self.filter.textChanged.connect(self._apply_filter)
        self.tree.itemClicked.connect(self._on_clicked)
        self.tree.itemActivated.connect(self._on_clicked)
        self.tree.menu_requested.connect(self._context_menu)

    # ---- Public API

    def set_rows(self, rows: list[FactRow]) -> None:
        """Show ``rows`` grouped by kind, in the order given.

        Thousands of rows (a long classic's) are filled in a few hundred at a time
        between turns of the event loop; the same facts in another script (a variant
        switch) only get their words re-set.
        """
        same_facts = self._complete and len(rows) == len(self._rows) and all(
            a.kind == b.kind for a, b in zip(rows, self._rows, strict=True))
        self._rows = rows
        self._next_mention.clear()
        steps = self._rewording() if same_facts else self._rebuilding()
        self._filling.start(steps, at_once=len(rows) <= _ROWS_A_STEP)

    def row_count(self) -> int:
        return len(self._rows)

    def item_for(self, text: str) -> QTreeWidgetItem | None:
        """The first fact item whose words are ``text`` (for tests and keyboard users)."""
        for index, row in enumerate(self._rows):
            if row.text == text:
                return self._item(index)
        return None

    # ---- Private API

    def _rebuilding(self) -> Steps[None]:
        self._complete = False
        self.tree.setUpdatesEnabled(False)
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        for index, row in enumerate(self._rows):
            group = groups.get(row.kind)
            if group is None:
                group = groups[row.kind] = QTreeWidgetItem(self.tree, [row.kind_label])
                group.setFirstColumnSpanned(True)
            item = QTreeWidgetItem(group, ["", ""])
            item.setData(0, _ROW_ROLE, index)
            _set_words(item, row)
            if index % _ROWS_A_STEP == _ROWS_A_STEP - 1:
                yield
        for kind, group in groups.items():
            count = sum(1 for r in self._rows if r.kind == kind)
            group.setText(0, f"{group.text(0)} ({count})")
        self.tree.expandAll()
        self._complete = True
        self._apply_filter(self.filter.text())
        self.tree.setUpdatesEnabled(True)

    def _rewording(self) -> Steps[None]:
        self.tree.setUpdatesEnabled(False)
        done = 0
        for _group, children in self._groups():
            for child in children:
                _set_words(child, self._rows[child.data(0, _ROW_ROLE)])
                done += 1
                if done % _ROWS_A_STEP == 0:
                    yield
        self._apply_filter(self.filter.text())
        self.tree.setUpdatesEnabled(True)

    def _groups(self) -> list[tuple[QTreeWidgetItem, list[QTreeWidgetItem]]]:
        """Each kind's group item with its fact items."""
        groups = []
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            if group is not None:
                children = [group.child(c) for c in range(group.childCount())]
                groups.append((group, [c for c in children if c is not None]))
        return groups

    def _item(self, index: int) -> QTreeWidgetItem | None:
        for _group, children in self._groups():
            for child in children:
                if child.data(0, _ROW_ROLE) == index:
                    return child
        return None

    def _row_of(self, item: QTreeWidgetItem | None) -> tuple[int, FactRow] | None:
        index = item.data(0, _ROW_ROLE) if item is not None else None
        return (int(index), self._rows[int(index)]) if index is not None else None

    def _on_clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        found = self._row_of(item)
        if found is None:
            return
        index, row = found
        n = self._next_mention.get(index, 0)
        self._next_mention[index] = (n + 1) % len(row.mentions)
        self.range_activated.emit(*row.mentions[n])

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().lower()
        for group, children in self._groups():
            visible = 0
            for child in children:
                hit = not needle or needle in child.text(0).lower() or needle in child.text(1).lower()
                if child.isHidden() == hit:
                    child.setHidden(not hit)
                visible += hit
            group.setHidden(visible == 0)

    def _context_menu(self, pos: QPoint) -> None:
        found = self._row_of(self.tree.itemAt(pos))
        if found is None:
            return
        _index, row = found
        menu = QMenu(self)
        menu.addAction(self.tr("Copy Fact"), lambda: QGuiApplication.clipboard().setText(
            f"{row.text}\t{row.value}" if row.value and row.value != row.text else row.text))
        quote = menu.addAction(self.tr("Copy Sentence as Quotation"),
                               lambda: self.quote_requested.emit(*row.sentence_range))
        quote.setEnabled(row.sentence_range[1] > row.sentence_range[0])
        menu.addAction(self.tr("Highlight All Mentions"),
                       lambda: self.highlight_requested.emit(list(row.mentions)))
        menu.exec(self.tree.viewport().mapToGlobal(pos))


class _FactsTree(QTreeWidget):
    """The facts tree, asking its panel for the right-click menu of a row."""

    menu_requested = Signal(QPoint)
    """A context menu at this point of the viewport."""

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt override
        self.menu_requested.emit(event.pos())


def _set_words(item: QTreeWidgetItem, row: FactRow) -> None:
    """A row's words; the value's tip repeats it whole over the sentence, as a range or a time
    (2010-01-01 – 2010-05-25 08:57) is cut short in a narrow panel."""
    item.setText(0, row.text if len(row.mentions) == 1 else f"{row.text}  ×{len(row.mentions)}")
    item.setText(1, row.value)
    item.setToolTip(0, row.sentence)
    item.setToolTip(1, row.sentence if row.value == row.text else f"{row.value}\n{row.sentence}")
