"""The dark theme darkens the whole window, and every highlight stays readable on every theme (WCAG AA)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QMenu, QToolTip

from reader.core.find.highlight import PALETTE
from reader.core.notes import Color
from reader.ui.reading.appearance import THEMES, themed_palette
from reader.ui.reading.highlights import FLASH, MENTION, SEARCH_HIT, contrast, ink_for
from reader.ui.window.actions import ActionId
from reader.ui.window.main_window import MainWindow

AA = 4.5


def _dark(colour: QColor) -> bool:
    return colour.lightness() < 100


def test_dark_theme_reaches_panels_menus_dialogs_tooltips_and_scroll_bars(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    light = QApplication.palette().color(QPalette.ColorRole.Window)
    window.set_appearance(theme="dark")
    try:
        window.find_bar.open()
        QApplication.processEvents()  # a new application palette reaches the widgets through posted events
        for widget in (window.outline, window.facts.tree, window.results, window.find_bar, window.find_bar.field,
                       window.menuBar(), window.docks["outline_dock"], window.view.verticalScrollBar()):
            palette = widget.palette()
            assert _dark(palette.color(widget.backgroundRole())), widget.objectName() or type(widget).__name__
            assert contrast(palette.color(widget.foregroundRole()), palette.color(widget.backgroundRole())) >= AA
        menu = QMenu(window)
        assert _dark(menu.palette().color(QPalette.ColorRole.Window))
        assert _dark(QToolTip.palette().color(QPalette.ColorRole.ToolTipBase))
        from reader.ui.dialogs.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(list(window.actions_by_id.values()), window)
        qtbot.addWidget(dialog)
        assert _dark(dialog.table.palette().color(QPalette.ColorRole.Base))
    finally:
        window.set_appearance(theme="light")
    assert QApplication.palette().color(QPalette.ColorRole.Window) == light  # the platform's own palette is back


def _highlight_colours(window: MainWindow) -> list[tuple[str, QColor, QColor | None]]:
    """Every highlight the window paints: (what, background, ink or None for the page's text colour)."""
    window.search("统战")
    window.add_keyword("侨都")
    window.facts.highlight_requested.emit([(0, 4)])
    window.view.flash(10, 14)
    found = []
    for selection in window.view.extraSelections():
        fmt = selection.format
        ink = fmt.foreground().color() if fmt.foreground().style() != fmt.foreground().style().NoBrush else None
        found.append(("layer", fmt.background().color(), ink))
    return found


@pytest.mark.parametrize("theme", [*THEMES, "system-dark"])
def test_every_highlight_reads_at_aa_on_every_theme(qtbot, window: MainWindow, theme: str) -> None:  # type: ignore[no-untyped-def]
    if theme == "system-dark":
        window.comfort._system_dark = True  # as the system's colour scheme reports it
        theme = "system"
    window.set_appearance(theme=theme)
    try:
        page = themed_palette(QApplication.palette(), theme)
        text, base = page.color(QPalette.ColorRole.Text), page.color(QPalette.ColorRole.Base)
        assert contrast(text, base) >= AA, "body text"
        assert contrast(page.color(QPalette.ColorRole.PlaceholderText), base) >= AA, "muted meta and captions"
        layers = _highlight_colours(window)
        assert len(layers) > 10
        for what, background, ink in layers:
            assert contrast(ink or text, background) >= AA, (what, background.name(), theme)
        selection = page.color(QPalette.ColorRole.Highlight), page.color(QPalette.ColorRole.HighlightedText)
        assert contrast(*selection) >= AA, "selection"
    finally:
        window.comfort._system_dark = False
        window.set_appearance(theme="light")


@pytest.mark.parametrize("background", [SEARCH_HIT, MENTION, FLASH, *PALETTE, *(c.hex for c in Color),
                                        "#202060", "#803000"])
def test_highlight_ink_is_chosen_for_its_background(background: str) -> None:
    colour = QColor(background)
    assert contrast(ink_for(colour), colour) >= AA


def test_vertical_action_is_listed_with_its_shortcut(window: MainWindow) -> None:
    assert window.actions_by_id[ActionId.VERTICAL].shortcut().toString() == "Ctrl+Shift+V"
