"""Every menu and toolbar action, declared once with an id, text, shortcut and icon name."""

from __future__ import annotations

import enum
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QWidget

from ..i18n import QT_TRANSLATE_NOOP

__all__ = ["VARIANT_ACTIONS", "ActionId", "create_actions"]


class ActionId(enum.Enum):
    OPEN = "open"
    RELOAD = "reload"
    EXPORT_FACTS = "export_facts"
    QUIT = "quit"
    COPY_QUOTE = "copy_quote"
    QUOTE_DIALOG = "quote_dialog"
    FIND = "find"
    FIND_NEXT = "find_next"
    FIND_PREVIOUS = "find_previous"
    ADD_KEYWORD = "add_keyword"
    EDIT_KEYWORDS = "edit_keywords"
    NEXT_KEYWORD = "next_keyword"
    ZOOM_IN = "zoom_in"
    ZOOM_OUT = "zoom_out"
    ZOOM_RESET = "zoom_reset"
    VARIANT_ORIGINAL = "original"
    VARIANT_HANS = "hans"
    VARIANT_HANT = "hant"
    VARIANT_TW = "tw"
    VARIANT_HK = "hk"
    QUOTE_MARKS = "quote_marks"
    VERTICAL = "vertical"
    VERTICAL_FOR_TRADITIONAL = "vertical_for_traditional"
    TYPOGRAPHY = "typography"
    TYPOGRAPHY_SPACING = "typography_spacing"
    FONT = "font"
    FULL_SCREEN = "full_screen"
    PRINT = "print"
    EXPORT_PDF = "export_pdf"
    SHORTCUTS = "shortcuts"
    NEXT_PANE = "next_pane"
    PREVIOUS_PANE = "previous_pane"
    ABOUT = "about"
    LOOK_UP = "look_up"
    WORD_POPUP = "word_popup"
    MARK_CONVERTED = "mark_converted"
    EXPORT_VOCABULARY = "export_vocabulary"
    EXPORT_CORRECTIONS = "export_corrections"
    IMPORT_CORRECTIONS = "import_corrections"
    READ_ALOUD = "read_aloud"
    STOP_READING = "stop_reading"


VARIANT_ACTIONS = (ActionId.VARIANT_ORIGINAL, ActionId.VARIANT_HANS, ActionId.VARIANT_HANT,
                   ActionId.VARIANT_TW, ActionId.VARIANT_HK)
"""The script-variant actions, in menu order; their values are the Variant values."""


class _Spec(NamedTuple):
    text: str
    shortcut: QKeySequence.StandardKey | str | None = None
    icon: str = ""
    checkable: bool = False


_KEY = QKeySequence.StandardKey
_SPECS: dict[ActionId, _Spec] = {
    ActionId.OPEN: _Spec(QT_TRANSLATE_NOOP("actions", "&Open…"), _KEY.Open, "document-open"),
    ActionId.RELOAD: _Spec(QT_TRANSLATE_NOOP("actions", "&Reload"), _KEY.Refresh, "view-refresh"),
    ActionId.EXPORT_FACTS: _Spec(QT_TRANSLATE_NOOP("actions", "&Export Facts…"), "Ctrl+E", "document-export"),
    ActionId.QUIT: _Spec(QT_TRANSLATE_NOOP("actions", "&Quit"), _KEY.Quit, "application-exit"),
    ActionId.COPY_QUOTE: _Spec(QT_TRANSLATE_NOOP("actions", "Copy as &Quotation"), "Ctrl+Shift+C", "edit-copy"),
    ActionId.QUOTE_DIALOG: _Spec(QT_TRANSLATE_NOOP("actions", "Copy as Quotation in &Style…"), "Ctrl+Alt+C"),
    ActionId.FIND: _Spec(QT_TRANSLATE_NOOP("actions", "&Find…"), _KEY.Find, "edit-find"),
    ActionId.FIND_NEXT: _Spec(QT_TRANSLATE_NOOP("actions", "Find &Next"), _KEY.FindNext, "go-down"),
    ActionId.FIND_PREVIOUS: _Spec(QT_TRANSLATE_NOOP("actions", "Find Pre&vious"), _KEY.FindPrevious, "go-up"),
    ActionId.ADD_KEYWORD: _Spec(QT_TRANSLATE_NOOP("actions", "&Highlight Selection as Keyword"), "Ctrl+K"),
    ActionId.EDIT_KEYWORDS: _Spec(QT_TRANSLATE_NOOP("actions", "&Keyword Lists…"), "Ctrl+Shift+K"),
    ActionId.NEXT_KEYWORD: _Spec(QT_TRANSLATE_NOOP("actions", "Next &Keyword"), "Ctrl+J"),
    ActionId.ZOOM_IN: _Spec(QT_TRANSLATE_NOOP("actions", "Zoom &In"), _KEY.ZoomIn, "zoom-in"),
    ActionId.ZOOM_OUT: _Spec(QT_TRANSLATE_NOOP("actions", "Zoom &Out"), _KEY.ZoomOut, "zoom-out"),
    ActionId.ZOOM_RESET: _Spec(QT_TRANSLATE_NOOP("actions", "&Actual Size"), "Ctrl+0", "zoom-original"),
    ActionId.VARIANT_ORIGINAL: _Spec(QT_TRANSLATE_NOOP("actions", "原文 (&Original)"), "Ctrl+1", checkable=True),
    ActionId.VARIANT_HANS: _Spec(QT_TRANSLATE_NOOP("actions", "简体 (&Simplified)"), "Ctrl+2", checkable=True),
    ActionId.VARIANT_HANT: _Spec(QT_TRANSLATE_NOOP("actions", "繁體 (&Traditional)"), "Ctrl+3", checkable=True),
    ActionId.VARIANT_TW: _Spec(QT_TRANSLATE_NOOP("actions", "臺灣正體 (Ta&iwan)"), "Ctrl+4", checkable=True),
    ActionId.VARIANT_HK: _Spec(QT_TRANSLATE_NOOP("actions", "香港繁體 (&Hong Kong)"), "Ctrl+5", checkable=True),
    ActionId.QUOTE_MARKS: _Spec(QT_TRANSLATE_NOOP("actions", "Quotation &Marks Follow Script"), None, checkable=True),
    ActionId.VERTICAL: _Spec(QT_TRANSLATE_NOOP("actions", "&Vertical Layout (直排)"), "Ctrl+Shift+V", checkable=True),
    ActionId.VERTICAL_FOR_TRADITIONAL: _Spec(
        QT_TRANSLATE_NOOP("actions", "Vertical for 臺灣正體 and 香港繁體"), None, checkable=True),
    ActionId.TYPOGRAPHY: _Spec(QT_TRANSLATE_NOOP("actions", "Tidy &Punctuation"), "Ctrl+Shift+T", checkable=True),
    ActionId.TYPOGRAPHY_SPACING: _Spec(
        QT_TRANSLATE_NOOP("actions", "Thin Space Between Chinese and Latin"), None, checkable=True),
    ActionId.FONT: _Spec(QT_TRANSLATE_NOOP("actions", "&Font…"), None, "preferences-desktop-font"),
    ActionId.FULL_SCREEN: _Spec(QT_TRANSLATE_NOOP("actions", "&Distraction-Free Reading"), "F11",
                                "view-fullscreen", checkable=True),
    ActionId.PRINT: _Spec(QT_TRANSLATE_NOOP("actions", "&Print…"), _KEY.Print, "document-print"),
    ActionId.EXPORT_PDF: _Spec(QT_TRANSLATE_NOOP("actions", "Export as P&DF…"), "Ctrl+Shift+E"),
    ActionId.SHORTCUTS: _Spec(QT_TRANSLATE_NOOP("actions", "&Keyboard Shortcuts"), _KEY.HelpContents,
                              "help-keybord-shortcuts"),
    ActionId.NEXT_PANE: _Spec(QT_TRANSLATE_NOOP("actions", "Next &Pane"), "F6"),
    ActionId.PREVIOUS_PANE: _Spec(QT_TRANSLATE_NOOP("actions", "Previous Pa&ne"), "Shift+F6"),
    ActionId.ABOUT: _Spec(QT_TRANSLATE_NOOP("actions", "&About Reader"), None, "help-about"),
    ActionId.LOOK_UP: _Spec(QT_TRANSLATE_NOOP("actions", "&Look Up Word"), "Ctrl+D", "accessories-dictionary"),
    ActionId.WORD_POPUP: _Spec(QT_TRANSLATE_NOOP("actions", "Pop-up &Dictionary on Hover"), None, checkable=True),
    ActionId.MARK_CONVERTED: _Spec(QT_TRANSLATE_NOOP("actions", "&Mark Converted Words"), None, checkable=True),
    ActionId.EXPORT_VOCABULARY: _Spec(QT_TRANSLATE_NOOP("actions", "Export &Vocabulary…"), "Ctrl+Shift+W"),
    ActionId.EXPORT_CORRECTIONS: _Spec(QT_TRANSLATE_NOOP("actions", "&Export Conversion Corrections…")),
    ActionId.IMPORT_CORRECTIONS: _Spec(QT_TRANSLATE_NOOP("actions", "&Import Conversion Corrections…")),
    ActionId.READ_ALOUD: _Spec(QT_TRANSLATE_NOOP("actions", "Read &Aloud / Pause"), "F9", "media-playback-start"),
    ActionId.STOP_READING: _Spec(QT_TRANSLATE_NOOP("actions", "S&top Reading"), "Shift+F9", "media-playback-stop"),
}


def create_actions(parent: QWidget) -> dict[ActionId, QAction]:
    """One QAction per id, parented to ``parent`` so their shortcuts work window-wide."""
    actions = {}
    for action_id, spec in _SPECS.items():
        text = QCoreApplication.translate("actions", spec.text)
        action = QAction(QIcon.fromTheme(spec.icon), text, parent)
        action.setObjectName(f"action_{action_id.value}")
        action.setCheckable(spec.checkable)
        if spec.shortcut is not None:
            # as a property: setShortcut()'s argument conversion builds the Qt namespace's
            # enums, ~25 ms of start-up (see docks.py)
            action.setProperty("shortcut", _key_sequence(spec.shortcut))
        actions[action_id] = action
    return actions


def _key_sequence(shortcut: QKeySequence.StandardKey | str) -> QKeySequence:
    """The shortcut as a sequence: the platform's first binding of a standard key."""
    if isinstance(shortcut, str):
        return QKeySequence.fromString(shortcut)
    bindings = QKeySequence.keyBindings(shortcut)
    return bindings[0] if bindings else QKeySequence()
