"""MessageBar: an inline, dismissable notice above the text; it never blocks the window."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

__all__ = ["MessageBar"]


class MessageBar(QWidget):
    """Shows one message at a time, e.g. why a file could not be opened."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("message_bar")
        self._label = QLabel(self)
        self._label.setWordWrap(True)
        self._label.setAccessibleName(self.tr("Message"))
        close = QToolButton(self)
        close.setText("×")
        close.setAccessibleName(self.tr("Dismiss message"))
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        layout.addWidget(self._label, 1)
        layout.addWidget(close)
        self.setStyleSheet("#message_bar { background: palette(alternate-base); }")
        self.setAutoFillBackground(True)
        self.hide()

    # ---- Public API

    def show_message(self, text: str) -> None:
        self._label.setText(text)
        self.show()

    def text(self) -> str:
        return self._label.text() if self.isVisible() else ""
