"""What the Notes panel lists (one NoteRow per annotation) and how a highlight colour is shown (a swatch).

Apart from the panel, so that the notes load and show in the text without building it.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtGui import QColor, QIcon, QPixmap

__all__ = ["NoteRow", "swatch"]


class NoteRow(NamedTuple):
    """One annotation as listed: its id, colour, label (words and note), where it is in the shown text."""

    id: str
    color: str
    label: str
    tooltip: str
    start: int
    end: int
    is_margin_note: bool = False

    @property
    def found(self) -> bool:
        return self.start >= 0


def swatch(hex_color: str, size: int = 12) -> QIcon:
    """A small square of the colour: how a highlight's colour is shown in lists and menus."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(hex_color))
    return QIcon(pixmap)
