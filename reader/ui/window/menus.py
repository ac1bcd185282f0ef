"""The menu bar, declared as a table of actions and named submenus, and choice submenus."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from ..i18n import QT_TRANSLATE_NOOP
from .actions import VARIANT_ACTIONS, ActionId

__all__ = ["MENUS", "build_menus", "choice_menu"]

Entry = ActionId | str | None
"""An action, the name of a submenu the window supplies, or None for a separator."""

MENUS: tuple[tuple[str, tuple[Entry, ...]], ...] = (
    (QT_TRANSLATE_NOOP("menus", "&File"), (
        ActionId.OPEN, "recent", ActionId.RELOAD, "encodings", None,
        ActionId.PRINT, ActionId.EXPORT_PDF, ActionId.EXPORT_FACTS, ActionId.EXPORT_VOCABULARY, None,
        ActionId.QUIT)),
    (QT_TRANSLATE_NOOP("menus", "&Edit"), (
        ActionId.COPY_QUOTE, "copy_as", ActionId.QUOTE_DIALOG, None,
        ActionId.FIND, ActionId.FIND_NEXT, ActionId.FIND_PREVIOUS, None,
        ActionId.ADD_KEYWORD, ActionId.NEXT_KEYWORD, ActionId.EDIT_KEYWORDS, None,
        ActionId.LOOK_UP, "corrections")),
    (QT_TRANSLATE_NOOP("menus", "&View"), (
        "script", "layout", ActionId.MARK_CONVERTED, "readings", ActionId.WORD_POPUP, None,
        ActionId.READ_ALOUD, ActionId.STOP_READING, "speech_rate", None, ActionId.ZOOM_IN, ActionId.ZOOM_OUT, ActionId.ZOOM_RESET, None,
        "theme", ActionId.FONT, "spacing", "width", ActionId.FULL_SCREEN, None,
        "panels", ActionId.NEXT_PANE, ActionId.PREVIOUS_PANE, "language")),
    (QT_TRANSLATE_NOOP("menus", "&Help"), (ActionId.SHORTCUTS, ActionId.ABOUT)),
)
SUBMENU_TITLES = {
    "recent": QT_TRANSLATE_NOOP("menus", "Open &Recent"),
    "encodings": QT_TRANSLATE_NOOP("menus", "Reopen with &Encoding"),
    "copy_as": QT_TRANSLATE_NOOP("menus", "Copy &As"),
    "script": QT_TRANSLATE_NOOP("menus", "&Script"),
    "layout": QT_TRANSLATE_NOOP("menus", "&Layout and Typography"),
    "theme": QT_TRANSLATE_NOOP("menus", "&Theme"),
    "spacing": QT_TRANSLATE_NOOP("menus", "Line &Spacing"),
    "width": QT_TRANSLATE_NOOP("menus", "Text &Width"),
    "panels": QT_TRANSLATE_NOOP("menus", "&Panels"),
    "language": QT_TRANSLATE_NOOP("menus", "&Language"),
    "corrections": QT_TRANSLATE_NOOP("menus", "Conversion &Corrections"),
    "readings": QT_TRANSLATE_NOOP("menus", "&Readings Above Text"),
    "speech_rate": QT_TRANSLATE_NOOP("menus", "Reading &Speed"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("menus", text)


def build_menus(bar: QMenuBar, actions: dict[ActionId, QAction]) -> dict[str, QMenu]:
    """Fill the menu bar; returns the named submenus, empty, for the window to fill."""
    submenus: dict[str, QMenu] = {}
    for title, entries in MENUS:
        menu = bar.addMenu(_tr(title))
        for entry in entries:
            if entry is None:
                menu.addSeparator()
            elif isinstance(entry, ActionId):
                menu.addAction(actions[entry])
            else:
                submenus[entry] = menu.addMenu(_tr(SUBMENU_TITLES[entry]))
    script = submenus["script"]
    group = QActionGroup(bar)
    for action_id in VARIANT_ACTIONS:
        group.addAction(actions[action_id])
        script.addAction(actions[action_id])
    script.addSeparator()
    script.addAction(actions[ActionId.QUOTE_MARKS])
    for entry in (ActionId.VERTICAL, ActionId.VERTICAL_FOR_TRADITIONAL, None,
                  ActionId.TYPOGRAPHY, ActionId.TYPOGRAPHY_SPACING):
        if entry is None:
            submenus["layout"].addSeparator()
        else:
            submenus["layout"].addAction(actions[entry])
    return submenus


def _bind(pick: Callable[[str], None], value: str) -> Callable[[], None]:
    return lambda: pick(value)


def choice_menu(menu: QMenu, options: Sequence[tuple[str, str]], current: str,
                pick: Callable[[str], None], parent: QWidget) -> None:
    """Fill ``menu`` with exclusive, checkable choices; ``pick(value)`` runs on a choice."""
    menu.clear()
    group = QActionGroup(parent)
    for value, label in options:
        action = menu.addAction(label, _bind(pick, value))
        action.setCheckable(True)
        action.setChecked(value == current)
        group.addAction(action)
