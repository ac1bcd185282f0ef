"""NotesExportDialog: choose how to export the notes (format, script, citation style), with a preview."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

__all__ = ["NotesExportDialog"]

Choice = tuple[str, str]
"""(value, label) of one option."""


class NotesExportDialog(QDialog):
    """Three choices and a preview of the result; ``render(format, script, style)`` makes the preview."""

    def __init__(self, formats: Sequence[Choice], scripts: Sequence[Choice], styles: Sequence[Choice],
                 chosen: tuple[str, str, str], render: Callable[[str, str, str], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notes_export_dialog")
        self.setWindowTitle(self.tr("Export Notes"))
        self._render = render
        self.format = self._combo(formats, chosen[0], "notes_export_format")
        self.script = self._combo(scripts, chosen[1], "notes_export_script")
        self.citation_style = self._combo(styles, chosen[2], "notes_export_style")
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("Preview"))
        self.preview.setFont(QFont("monospace"))
        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format)
        form.addRow(self.tr("Script:"), self.script)
        form.addRow(self.tr("Citation style:"), self.citation_style)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(buttons)
        self.resize(720, 560)
        self._refresh()

    # ---- Public API

    def choices(self) -> tuple[str, str, str]:
        """(format, script, style) as chosen."""
        return (str(self.format.currentData()), str(self.script.currentData()), str(self.citation_style.currentData()))

    # ---- Private API

    def _combo(self, options: Sequence[Choice], current: str, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for value, label in options:
            combo.addItem(label, value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.currentIndexChanged.connect(self._refresh)
        return combo

    def _refresh(self) -> None:
        self.preview.setPlainText(self._render(*self.choices()))
        self.citation_style.setEnabled(self.choices()[0] == "markdown")
