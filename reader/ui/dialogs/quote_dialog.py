"""QuoteDialog: preview a quotation in each citation style, pick one, copy it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

__all__ = ["QuoteDialog"]

Render = Callable[[str, str], tuple[str, str]]
"""(style id, translated title) → (plain text, HTML) of the quotation."""


class QuoteDialog(QDialog):
    """Shows the quotation as it will be pasted; the chosen style is what the caller remembers."""

    def __init__(self, styles: list[tuple[str, str]], current: str, render: Render,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quote_dialog")
        self.setWindowTitle(self.tr("Copy as Quotation"))
        self._render = render
        self.style_box = QComboBox(self)
        self.style_box.setAccessibleName(self.tr("Citation style"))
        for style_id, label in styles:
            self.style_box.addItem(label, style_id)
        self.style_box.setCurrentIndex(max(0, self.style_box.findData(current)))
        self.translated = QLineEdit(self)
        self.translated.setPlaceholderText(self.tr("Optional: the title in English"))
        self.translated.setAccessibleName(self.tr("Translated title"))
        self.preview = QTextBrowser(self)
        self.preview.setAccessibleName(self.tr("Preview"))
        self.preview.setMinimumSize(520, 220)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        copy = buttons.addButton(self.tr("Copy"), QDialogButtonBox.ButtonRole.AcceptRole)
        copy.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Style:"), self.style_box)
        form.addRow(self.tr("Translated title:"), self.translated)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(buttons)
        self.style_box.currentIndexChanged.connect(self._update)
        self.translated.textChanged.connect(self._update)
        self._update()

    # ---- Public API

    def chosen_style(self) -> str:
        return str(self.style_box.currentData())

    def translated_title(self) -> str:
        return self.translated.text().strip()

    def quotation(self) -> tuple[str, str]:
        """The quotation as (plain text, HTML) in the chosen style."""
        return self._render(self.chosen_style(), self.translated_title())

    # ---- Private API

    def _update(self) -> None:
        _plain, html = self.quotation()
        self.preview.setHtml(html)
