"""FindBar: the incremental search field under the text, with hit count and options."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

__all__ = ["FindBar"]


class FindBar(QWidget):
    """Emits what the user asks for; the window runs the search and reports counts back."""

    query_changed = Signal(str, bool, bool)
    """The query or an option changed: (query, case_sensitive, regex)."""
    next_requested = Signal()
    previous_requested = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("find_bar")
        self.field = QLineEdit(self)
        self.field.setObjectName("find_field")
        self.field.setPlaceholderText(self.tr("Find in article (统战 also finds 統戰)"))
        self.field.setAccessibleName(self.tr("Find"))
        self.field.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self.count_label.setMinimumWidth(90)
        self.count_label.setAccessibleName(self.tr("Matches"))
        self.case_box = QCheckBox(self.tr("Match case"), self)
        self.regex_box = QCheckBox(self.tr("Regular expression"), self)
        self._layout_widgets()
        self.field.textChanged.connect(self._emit_query)
        self.case_box.toggled.connect(self._emit_query)
        self.regex_box.toggled.connect(self._emit_query)
        self.hide()

    # ---- Public API

    def open(self) -> None:
        """Show the bar with the query selected, ready to type over."""
        # imported here, not at the top: its enums cost start-up ~25 ms (see docks.py)
        from PySide6.QtCore import Qt

        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def query(self) -> str:
        return self.field.text()

    def set_count(self, current: int, total: int, notice: str = "") -> None:
        """Show “current / total”, or a notice such as a wrap-around or a bad pattern."""
        text = f"{current} / {total}" if total else (self.tr("No matches") if self.query() else "")
        self.count_label.setText(f"{text}  {notice}".strip())

    # ---- Private API

    def _layout_widgets(self) -> None:
        previous = self._tool_button("‹", self.tr("Previous match (Shift+F3)"), self.previous_requested.emit)
        following = self._tool_button("›", self.tr("Next match (F3)"), self.next_requested.emit)
        close = self._tool_button("×", self.tr("Close find bar (Esc)"), self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        for widget in (self.field, previous, following, self.count_label, self.case_box, self.regex_box):
            layout.addWidget(widget, 1 if widget is self.field else 0)
        layout.addStretch(0)
        layout.addWidget(close)

    def _tool_button(self, text: str, tip: str, slot: object) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.clicked.connect(slot)
        return button

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def _emit_query(self) -> None:
        self.query_changed.emit(self.field.text(), self.case_box.isChecked(), self.regex_box.isChecked())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        from PySide6.QtCore import Qt

        key, shift = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if key == Qt.Key.Key_Escape:
            self.close_bar()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            (self.previous_requested if shift else self.next_requested).emit()
        else:
            super().keyPressEvent(event)
