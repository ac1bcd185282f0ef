"""Reading comfort: themes, font, line spacing and text width, as one value the view applies."""

from __future__ import annotations

import copy
from typing import NamedTuple

from PySide6.QtGui import QColor, QPalette

from ..i18n import QT_TRANSLATE_NOOP

__all__ = ["DARK_WINDOW", "LINE_SPACINGS", "THEMES", "TEXT_WIDTHS", "Appearance", "dark_palette", "themed_palette"]

# theme id → (label, page, text, muted); "system" keeps the application's palette
THEMES: dict[str, tuple[str, str, str, str]] = {
    "system": (QT_TRANSLATE_NOOP("appearance", "Follow the System"), "", "", ""),
    "light": (QT_TRANSLATE_NOOP("appearance", "Light"), "#ffffff", "#1b1b1b", "#767676"),
    "sepia": (QT_TRANSLATE_NOOP("appearance", "Sepia"), "#f4ecd8", "#433422", "#6f5f4b"),
    "dark": (QT_TRANSLATE_NOOP("appearance", "Dark"), "#1e1f22", "#dcdcdc", "#9a9a9a"),
}
LINE_SPACINGS: dict[str, tuple[str, float]] = {
    "compact": (QT_TRANSLATE_NOOP("appearance", "Compact"), 0.85),
    "normal": (QT_TRANSLATE_NOOP("appearance", "Normal"), 1.0),
    "relaxed": (QT_TRANSLATE_NOOP("appearance", "Relaxed"), 1.15),
}
TEXT_WIDTHS: dict[str, tuple[str, int]] = {
    "narrow": (QT_TRANSLATE_NOOP("appearance", "Narrow"), 30),
    "medium": (QT_TRANSLATE_NOOP("appearance", "Medium"), 38),
    "wide": (QT_TRANSLATE_NOOP("appearance", "Wide"), 50),
}


class Appearance(NamedTuple):
    """How the page looks; ids are keys of the tables above, unknown ids fall back."""

    theme: str = "system"
    font_family: str = ""
    font_size: float = 13.0
    line_spacing: str = "normal"
    text_width: str = "medium"

    @property
    def line_factor(self) -> float:
        return LINE_SPACINGS.get(self.line_spacing, LINE_SPACINGS["normal"])[1]

    @property
    def width_em(self) -> int:
        return TEXT_WIDTHS.get(self.text_width, TEXT_WIDTHS["medium"])[1]


def themed_palette(base: QPalette, theme: str) -> QPalette:
    """``base`` with the page, text and muted colours of ``theme``."""
    palette = copy.copy(base)  # not QPalette(base): its overloads build Qt's enums (see docks.py)
    _label, page, text, muted = THEMES.get(theme, THEMES["system"])
    if page:
        for role, colour in ((QPalette.ColorRole.Base, page), (QPalette.ColorRole.Window, page),
                             (QPalette.ColorRole.Text, text), (QPalette.ColorRole.PlaceholderText, muted)):
            palette.setColor(role, QColor(colour))
    else:
        palette.setColor(QPalette.ColorRole.Window, base.color(QPalette.ColorRole.Base))
    from .highlights import contrast  # noqa: PLC0415 - colour arithmetic, only once a palette is themed

    if contrast(palette.color(QPalette.ColorRole.Highlight), palette.color(QPalette.ColorRole.HighlightedText)) < 4.5:
        palette.setColor(QPalette.ColorRole.Highlight, QColor(DARK_WINDOW["Highlight"]))  # selected text stays
        palette.setColor(QPalette.ColorRole.HighlightedText, QColor(DARK_WINDOW["HighlightedText"]))  # readable
    return palette


# role name → colour of the whole window in the dark theme (menus, panels, dialogs, tool tips, scroll bars)
DARK_WINDOW: dict[str, str] = {
    "Window": "#2b2d30", "WindowText": "#dcdcdc", "Base": "#1e1f22", "AlternateBase": "#26282c",
    "ToolTipBase": "#2b2d30", "ToolTipText": "#dcdcdc", "PlaceholderText": "#9a9a9a",
    "Text": "#dcdcdc", "Button": "#34363a", "ButtonText": "#dcdcdc", "BrightText": "#ff7b72",
    "Light": "#4a4d52", "Midlight": "#3c3f44", "Mid": "#2f3135", "Dark": "#191a1c", "Shadow": "#0e0e10",
    "Highlight": "#2f65ca", "HighlightedText": "#ffffff", "Link": "#79b8ff", "LinkVisited": "#c39bff",
}
_DARK_DISABLED = {"WindowText": "#7a7a7a", "Text": "#7a7a7a", "ButtonText": "#7a7a7a", "Highlight": "#3a3d42"}


def dark_palette(base: QPalette) -> QPalette:
    """``base`` turned dark in every role, for the whole application."""
    palette = copy.copy(base)
    for name, colour in DARK_WINDOW.items():
        palette.setColor(getattr(QPalette.ColorRole, name), QColor(colour))
    for name, colour in _DARK_DISABLED.items():
        palette.setColor(QPalette.ColorGroup.Disabled, getattr(QPalette.ColorRole, name), QColor(colour))
    return palette
