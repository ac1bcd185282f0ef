"""KeywordsDialog: edit keyword lists (words, colours, on/off) and adopt suggested keywords."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.find.highlight import PALETTE, Keyword, KeywordList

__all__ = ["KeywordsDialog"]


class KeywordsDialog(QDialog):
    """Works on a copy of the lists; the caller takes ``lists()`` when the dialog is accepted."""

    def __init__(self, lists: list[KeywordList], counts: dict[str, int], suggestions: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keywords_dialog")
        self.setWindowTitle(self.tr("Keyword Lists"))
        self._lists = list(lists) or [KeywordList(self.tr("Keywords"), ())]
        self._counts = counts
        self.list_box = QComboBox(self)
        self.list_box.setAccessibleName(self.tr("Keyword list"))
        self.enabled_box = QCheckBox(self.tr("Highlight this list"), self)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Keyword"), self.tr("Colour"), self.tr("Count")])
        self.table.setAccessibleName(self.tr("Keywords"))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.new_keyword = QLineEdit(self)
        self.new_keyword.setPlaceholderText(self.tr("New keyword"))
        self.new_keyword.setAccessibleName(self.tr("New keyword"))
        self.suggested = QWidget(self)
        self._build(suggestions)
        self._show_list(0)

    # ---- Public API

    def lists(self) -> list[KeywordList]:
        return list(self._lists)

    def add_keyword(self, text: str) -> None:
        """Add ``text`` to the current list with the next palette colour (no duplicates)."""
        text = text.strip()
        current = self._current()
        if not text or any(k.text == text for k in current.keywords):
            return
        color = PALETTE[len(current.keywords) % len(PALETTE)]
        self._set_current(replace(current, keywords=(*current.keywords, Keyword(text, color))))

    # ---- Private API

    def _build(self, suggestions: list[str]) -> None:
        add_list = QPushButton(self.tr("New List…"), self)
        remove = QPushButton(self.tr("Remove Selected"), self)
        add = QPushButton(self.tr("Add"), self)
        top = QHBoxLayout()
        top.addWidget(self.list_box, 1)
        top.addWidget(add_list)
        top.addWidget(self.enabled_box)
        entry = QHBoxLayout()
        entry.addWidget(self.new_keyword, 1)
        entry.addWidget(add)
        entry.addWidget(remove)
        suggested_layout = QHBoxLayout(self.suggested)
        suggested_layout.setContentsMargins(0, 0, 0, 0)
        suggested_layout.addWidget(QLabel(self.tr("Suggested:"), self.suggested))
        for word in suggestions:
            button = QPushButton(word, self.suggested)
            button.setAccessibleName(self.tr("Adopt suggested keyword {0}").format(word))
            button.clicked.connect(lambda _c=False, w=word: self.add_keyword(w))
            suggested_layout.addWidget(button)
        suggested_layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        layout = QVBoxLayout(self)
        for part in (top, entry):
            layout.addLayout(part)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.suggested)
        layout.addWidget(buttons)
        for kl in self._lists:
            self.list_box.addItem(kl.name)
        self.list_box.currentIndexChanged.connect(self._show_list)
        self.enabled_box.toggled.connect(lambda on: self._set_current(replace(self._current(), enabled=on)))
        add_list.clicked.connect(self._new_list)
        add.clicked.connect(self._add_typed)
        self.new_keyword.returnPressed.connect(self._add_typed)
        remove.clicked.connect(self._remove_selected)
        self.table.cellDoubleClicked.connect(self._pick_colour)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def _current(self) -> KeywordList:
        return self._lists[max(0, self.list_box.currentIndex())]

    def _set_current(self, updated: KeywordList) -> None:
        self._lists[max(0, self.list_box.currentIndex())] = updated
        self._show_list(self.list_box.currentIndex())

    def _show_list(self, index: int) -> None:
        current = self._lists[max(0, index)]
        self.enabled_box.blockSignals(True)
        self.enabled_box.setChecked(current.enabled)
        self.enabled_box.blockSignals(False)
        self.table.setRowCount(len(current.keywords))
        for row, keyword in enumerate(current.keywords):
            swatch = QTableWidgetItem("■ " + keyword.color)
            swatch.setForeground(QColor(keyword.color))
            swatch.setFlags(swatch.flags() & ~Qt.ItemFlag.ItemIsEditable)
            count = QTableWidgetItem(str(self._counts.get(keyword.text, 0)))
            count.setFlags(count.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, 0, QTableWidgetItem(keyword.text))
            self.table.setItem(row, 1, swatch)
            self.table.setItem(row, 2, count)

    def _add_typed(self) -> None:
        self.add_keyword(self.new_keyword.text())
        self.new_keyword.clear()

    def _remove_selected(self) -> None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        current = self._current()
        kept = tuple(k for i, k in enumerate(current.keywords) if i not in rows)
        self._set_current(replace(current, keywords=kept))

    def _new_list(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New List"), self.tr("Name:"))
        if ok and name.strip():
            self._lists.append(KeywordList(name.strip(), ()))
            self.list_box.addItem(name.strip())
            self.list_box.setCurrentIndex(self.list_box.count() - 1)

    def _pick_colour(self, row: int, column: int) -> None:
        if column != 1:
            return
        current = self._current()
        keyword = current.keywords[row]
        colour = QColorDialog.getColor(QColor(keyword.color), self, self.tr("Keyword Colour"))
        if colour.isValid():
            keywords = list(current.keywords)
            keywords[row] = replace(keyword, color=colour.name())
            self._set_current(replace(current, keywords=tuple(keywords)))
