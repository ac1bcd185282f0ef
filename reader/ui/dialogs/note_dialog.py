"""NoteDialog: write or edit the note of a highlight or margin note, pick its colour, or delete it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..panels.note_rows import swatch

__all__ = ["NoteDialog"]


class NoteDialog(QDialog):
    """The quoted words (or the place of a margin note), the note, the colour; Save, Delete or Cancel.

    After ``exec()``: ``deleted`` says the user chose Delete; else ``note()`` and ``color()``.
    """

    def __init__(self, words: str, note: str, color: str, colors: Sequence[tuple[str, str, str]],
                 can_delete: bool, parent: QWidget | None = None) -> None:
        """``colors``: (value, label, hex) of each colour; ``can_delete`` for an existing annotation."""
        super().__init__(parent)
        self.setObjectName("note_dialog")
        self.setWindowTitle(self.tr("Note"))
        self.deleted = False
        quoted = QLabel(words, self)
        quoted.setWordWrap(True)
        quoted.setObjectName("note_words")
        self.editor = QPlainTextEdit(note, self)
        self.editor.setAccessibleName(self.tr("Note"))
        self.editor.setPlaceholderText(self.tr("Your note (optional)"))
        self._group = QButtonGroup(self)
        row = QHBoxLayout()
        for value, label, hex_color in colors:
            button = QRadioButton(label, self)
            button.setIcon(swatch(hex_color))
            button.setObjectName(f"note_color_{value}")
            button.setChecked(value == color)
            button.setProperty("color", value)
            self._group.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        if can_delete:
            delete = buttons.addButton(self.tr("Delete"), QDialogButtonBox.ButtonRole.DestructiveRole)
            delete.setObjectName("note_delete")
            delete.clicked.connect(self._delete)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(quoted)
        layout.addWidget(self.editor, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.resize(460, 280)
        self.editor.setFocus()

    # ---- Public API

    def note(self) -> str:
        return self.editor.toPlainText().strip()

    def color(self) -> str:
        checked = self._group.checkedButton()
        return str(checked.property("color")) if checked is not None else ""

    # ---- Private API

    def _delete(self) -> None:
        self.deleted = True
        self.accept()
