"""WordPopup: a small dictionary card for the word under the pointer, never over the word."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QPoint, QRect, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...core.words.lookup import WordInfo

__all__ = ["WordPopup"]

_MAX_SENSES = 6


class WordPopup(QFrame):
    """Shows a ``WordInfo``: both scripts, pinyin (or zhuyin), jyutping, senses, and actions."""

    find_requested = Signal(str)
    keyword_requested = Signal(str)
    copy_requested = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        from PySide6.QtCore import Qt  # here: the Qt namespace is not built before the first paint

        super().__init__(parent, Qt.WindowType.ToolTip)
        self.setObjectName("word_popup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Dictionary"))
        self._word = ""
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setMaximumWidth(420)
        buttons = QHBoxLayout()
        for text, signal in ((self.tr("Find"), self.find_requested),
                             (self.tr("Add Keyword"), self.keyword_requested),
                             (self.tr("Copy"), self.copy_requested)):
            button = QPushButton(text, self)
            button.setFlat(True)
            button.clicked.connect(lambda _checked=False, s=signal: s.emit(self._word))
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 6)
        layout.addWidget(self.label)
        layout.addLayout(buttons)

    # ---- Public API

    @property
    def word(self) -> str:
        return self._word

    def show_info(self, info: WordInfo, word_rect: QRect, *, cantonese_first: bool = False,
                  zhuyin: bool = False) -> None:
        """Fill the card for ``info`` and show it below ``word_rect`` (global), else above it."""
        self._word = info.word
        self.label.setText(_card(info, cantonese_first, zhuyin))
        self.adjustSize()
        self.move(_placed(word_rect, self.size().width(), self.size().height(), self.screen_rect()))
        self.show()

    def screen_rect(self) -> QRect:
        screen = self.screen()
        return screen.availableGeometry() if screen is not None else QRect(0, 0, 1 << 15, 1 << 15)


def _card(info: WordInfo, cantonese_first: bool, zhuyin: bool) -> str:
    forms = escape(info.simplified if info.simplified == info.traditional
                   else f"{info.simplified} · {info.traditional}")
    mandarin = escape(info.zhuyin if zhuyin else info.pinyin)
    cantonese = escape(info.jyutping)
    readings = [f"<i>{cantonese}</i>", mandarin] if cantonese_first else [mandarin, f"<i>{cantonese}</i>"]
    senses = "".join(f"<li>{escape(d)}</li>" for d in info.definitions[:_MAX_SENSES])
    more = "…" if len(info.definitions) > _MAX_SENSES else ""
    body = f"<ol style='margin:2px 0 0 -20px'>{senses}</ol>{more}" if senses else "<p>—</p>"
    return (f"<p style='font-size:large'><b>{forms}</b></p>"
            f"<p>{' &nbsp; '.join(r for r in readings if r not in ('', '<i></i>'))}</p>{body}"
            f"<p style='font-size:small;color:gray'>CC-CEDICT</p>")


def _placed(word: QRect, width: int, height: int, screen: QRect) -> QPoint:
    """Below the word if it fits on screen, else above it: the card never covers the word."""
    x = max(screen.left(), min(word.left(), screen.right() - width))
    below = word.bottom() + 6
    y = below if below + height <= screen.bottom() else word.top() - 6 - height
    return QPoint(x, y)
