"""FactsAcross: which organisations, people, places (or dates, amounts…) recur, in how many articles.

Each fact opens onto the articles that mention it, and each article onto its
mentions; a click asks to show the article at that mention.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ...core.library import FactTally, Mentioning
from ..i18n import QT_TRANSLATE_NOOP

__all__ = ["KIND_CHOICES", "FactsAcross"]

KIND_CHOICES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (QT_TRANSLATE_NOOP("FactsAcross", "Names: organisations, people, places"), ("organisation", "person", "place")),
    (QT_TRANSLATE_NOOP("FactsAcross", "Organisations"), ("organisation",)),
    (QT_TRANSLATE_NOOP("FactsAcross", "People"), ("person",)),
    (QT_TRANSLATE_NOOP("FactsAcross", "Places"), ("place",)),
    (QT_TRANSLATE_NOOP("FactsAcross", "Titles 《》"), ("title",)),
    (QT_TRANSLATE_NOOP("FactsAcross", "Dates"), ("date",)),
    (QT_TRANSLATE_NOOP("FactsAcross", "Amounts of money"), ("money",)),
)
_FACT = Qt.ItemDataRole.UserRole
_TARGET = Qt.ItemDataRole.UserRole + 1


class FactsAcross(QWidget):
    """Facts found in two articles or more, the most widespread first."""

    kinds_changed = Signal(tuple)
    mention_activated = Signal(int, int, int)

    def __init__(self, mentioning: Callable[[str, str], list[Mentioning]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("library_facts")
        self._mentioning = mentioning
        self.kinds = QComboBox(self)
        self.kinds.setAccessibleName(self.tr("Kind of fact"))
        for label, kinds in KIND_CHOICES:
            self.kinds.addItem(self.tr(label), kinds)
        self.kinds.currentIndexChanged.connect(lambda _i: self.kinds_changed.emit(self.kinds.currentData()))
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Fact"), self.tr("Articles"), self.tr("Mentions")])
        self.tree.header().setSectionResizeMode(0, self.tree.header().ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.itemExpanded.connect(self._expanded)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kinds)
        layout.addWidget(self.tree)

    # ---- Public API

    def current_kinds(self) -> tuple[str, ...]:
        return tuple(self.kinds.currentData())

    def set_tallies(self, tallies: list[FactTally]) -> None:
        self.tree.clear()
        for tally in tallies:
            label = tally.text if tally.text == tally.value else f"{tally.text}  →  {tally.value}"
            item = QTreeWidgetItem(self.tree, [label, str(tally.articles), str(tally.mentions)])
            item.setData(0, _FACT, (tally.kind, tally.value))
            item.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)

    # ---- Private API

    def _expanded(self, item: QTreeWidgetItem) -> None:
        fact = item.data(0, _FACT)
        if fact is None or item.childCount():
            return
        for found in self._mentioning(*fact):
            entry = found.entry
            article = QTreeWidgetItem(item, [entry.title or Path(entry.path).name, "", str(len(found.mentions))])
            article.setData(0, _TARGET, (entry.id, *found.mentions[0]))
            article.setToolTip(0, entry.path)
            for start, end in found.mentions:
                mention = QTreeWidgetItem(article, [f"{found.text}  @{start}"])
                mention.setData(0, _TARGET, (entry.id, start, end))

    def _activated(self, item: QTreeWidgetItem) -> None:
        target = item.data(0, _TARGET)
        if target is not None:
            self.mention_activated.emit(*target)
