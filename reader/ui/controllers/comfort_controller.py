"""ComfortController: the layout (horizontal or 直排), the typographic cleanup and the theme of the whole window.

Between View ▸ Layout and Typography, View ▸ Theme and the reading pane: it
decides which layout an article opens in (the reader's choice for that file, else
vertical for 臺灣正體/香港繁體 if asked), what cleanup ``prepare`` applies, and
turns the whole application dark — panels, menus, dialogs, tool tips, scroll
bars — for the dark theme, or for "Follow the System" when the system is dark.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QFontDialog, QToolTip, QWidget

from ...core.script.typography import Typography
from ...core.script.variants import Variant
from ...core.settings import Settings
from ..reading.appearance import Appearance, dark_palette
from ..reading.reading_pane import ReadingPane
from ..window.actions import ActionId

__all__ = ["ComfortController"]

_KEPT_LAYOUTS = 200


class ComfortController(QObject):
    """Layout, typography and theme, each kept in the settings it is handed."""

    def __init__(self, page: ReadingPane, actions: dict[ActionId, QAction],
                 settings: Callable[[], Settings], change: Callable[..., None],
                 represent: Callable[[], None]) -> None:
        """``change(**values)`` stores settings; ``represent`` shows the article again (after a cleanup switch)."""
        super().__init__(page)
        self._page, self._actions = page, actions
        self._settings, self._change, self._represent = settings, change, represent
        self._light: QPalette | None = None  # the application's own palette, while the dark one stands in
        self._system_dark = _looks_dark(QGuiApplication.palette())
        self._file = ""
        s = settings()
        actions[ActionId.TYPOGRAPHY].setChecked(s.typography)
        actions[ActionId.TYPOGRAPHY_SPACING].setChecked(s.typography_spacing)
        actions[ActionId.TYPOGRAPHY_SPACING].setEnabled(s.typography)
        actions[ActionId.VERTICAL_FOR_TRADITIONAL].setChecked(s.vertical_for_traditional)
        actions[ActionId.VERTICAL].toggled.connect(self._vertical_toggled)
        actions[ActionId.VERTICAL_FOR_TRADITIONAL].toggled.connect(self._traditional_toggled)
        actions[ActionId.TYPOGRAPHY].toggled.connect(lambda on: self._set_typography(typography=on))
        actions[ActionId.TYPOGRAPHY_SPACING].toggled.connect(lambda on: self._set_typography(typography_spacing=on))
        page.painted.connect(self._follow_system_scheme)

    # ---- Public API

    def typography(self) -> Typography | None:
        """The cleanup ``prepare`` applies, or None when it is off."""
        s = self._settings()
        return Typography(spacing=s.typography_spacing) if s.typography else None

    def choose_layout(self, file: str, variant: Variant) -> None:
        """Before an article shows: the layout the reader chose for ``file``, else the default for ``variant``."""
        self._file = file
        s = self._settings()
        chosen = s.layouts.get(file)
        vertical = chosen == "vertical" if chosen else (
            s.vertical_for_traditional and variant in (Variant.TW, Variant.HK))
        self._page.set_vertical(vertical, carry=False)
        self._sync_vertical_action()

    def set_vertical(self, on: bool) -> None:
        """Switch the shown article's layout, at the same place, and remember it for this file."""
        if self._file:
            layouts = {k: v for k, v in self._settings().layouts.items() if k != self._file}
            layouts[self._file] = "vertical" if on else "horizontal"
            kept = dict(list(layouts.items())[-_KEPT_LAYOUTS:])
            self._change(layouts=kept)
        self._page.set_vertical(on)
        self._sync_vertical_action()

    def apply(self, appearance: Appearance) -> None:
        """Theme the whole window for ``appearance`` and hand it to the reading pane."""
        dark = appearance.theme == "dark" or (appearance.theme == "system" and self._system_dark)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            self._darken(app, dark)
        self._page.set_appearance(appearance)

    def choose_font(self, parent: QWidget, apply: Callable[..., None]) -> None:
        """Ask for the reading font; ``apply(font_family=…, font_size=…)`` unless cancelled."""
        current = self._page.horizontal.document().defaultFont()
        current.setPointSizeF(self._settings().font_size)
        ok, font = QFontDialog.getFont(current, parent, self.tr("Reading Font"))
        if ok:
            apply(font_family=font.family(), font_size=font.pointSizeF())

    # ---- Private API

    def _darken(self, app: QApplication, dark: bool) -> None:
        if dark and self._light is None:
            self._light = app.palette()
            if app.style().name().lower() != "fusion":  # other styles draw some parts from the system theme
                app.setStyle("Fusion")
            palette = dark_palette(self._light)
            app.setPalette(palette)
            QToolTip.setPalette(palette)
        elif not dark and self._light is not None:
            app.setPalette(self._light)
            QToolTip.setPalette(self._light)
            self._light = None

    def _vertical_toggled(self, on: bool) -> None:
        if on != self._page.vertical:
            self.set_vertical(on)

    def _traditional_toggled(self, on: bool) -> None:
        self._change(vertical_for_traditional=on)

    def _set_typography(self, **changes: bool) -> None:
        self._change(**changes)
        self._actions[ActionId.TYPOGRAPHY_SPACING].setEnabled(self._settings().typography)
        self._represent()

    def _sync_vertical_action(self) -> None:
        action = self._actions[ActionId.VERTICAL]
        action.blockSignals(True)
        action.setChecked(self._page.vertical)
        action.blockSignals(False)

    def _follow_system_scheme(self) -> None:
        """Once the first frame is out: ask the system for its colour scheme, and follow its changes.

        Asking earlier would build PySide's ``Qt`` namespace before the first paint (~25 ms).
        """
        self._page.painted.disconnect(self._follow_system_scheme)
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self._scheme_changed)
        self._scheme_changed(hints.colorScheme())

    def _scheme_changed(self, scheme: object) -> None:
        from PySide6.QtCore import Qt

        dark = scheme == Qt.ColorScheme.Dark or (scheme == Qt.ColorScheme.Unknown and self._system_dark)
        if dark != self._system_dark:
            self._system_dark = dark
            self.apply(self._page.appearance)


def _looks_dark(palette: QPalette) -> bool:
    """The platform's palette is dark (what the system scheme usually gives, known before any enum is built)."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128
