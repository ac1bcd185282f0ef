"""Highlight colours and the ink drawn on them, readable on every theme (WCAG AA, 4.5:1).

A highlight paints its own background, so its text colour is chosen for that
background, not left to the theme: light text of the dark theme on a yellow
search hit would read at 1.3:1. ``tests/ui/test_contrast.py`` checks every
highlight colour against every theme.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat

__all__ = ["FLASH", "INKS", "MENTION", "SEARCH_HIT", "contrast", "highlight_format", "ink_for"]

SEARCH_HIT = "#ffe678"
MENTION = "#96d2ff"
FLASH = "#ffc83c"
INKS = ("#111111", "#ffffff")
"""The two text colours a highlight may carry: near-black and white."""


def _luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance."""
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio of two opaque colours, from 1 to 21."""
    lighter, darker = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def ink_for(background: QColor) -> QColor:
    """Near-black or white, whichever reads better on ``background``."""
    inks = [QColor(ink) for ink in INKS]
    return max(inks, key=lambda ink: contrast(ink, background))


def highlight_format(background: str | QColor) -> QTextCharFormat:
    """A character format with ``background`` and the ink that reads best on it."""
    colour = QColor(background)
    fmt = QTextCharFormat()
    fmt.setBackground(colour)
    fmt.setForeground(ink_for(colour))
    return fmt
