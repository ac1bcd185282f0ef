"""Every menu and toolbar action, declared once with an id, text, shortcut and icon name."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QWidget

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
    ABOUT = "about"


VARIANT_ACTIONS = (ActionId.VARIANT_ORIGINAL, ActionId.VARIANT_HANS, ActionId.VARIANT_HANT,
                   ActionId.VARIANT_TW, ActionId.VARIANT_HK)
"""The script-variant actions, in menu order; their values are the Variant values."""


@dataclass(frozen=True)
class _Spec:
    text: str
    shortcut: QKeySequence.StandardKey | str | None = None
    icon: str = ""
    checkable: bool = False


def _specs() -> dict[ActionId, _Spec]:
    tr = lambda s: QCoreApplication.translate("actions", s)  # noqa: E731 - a short alias
    key = QKeySequence.StandardKey
    return {
        ActionId.OPEN: _Spec(tr("&Open…"), key.Open, "document-open"),
        ActionId.RELOAD: _Spec(tr("&Reload"), key.Refresh, "view-refresh"),
        ActionId.EXPORT_FACTS: _Spec(tr("&Export Facts…"), "Ctrl+E", "document-export"),
        ActionId.QUIT: _Spec(tr("&Quit"), key.Quit, "application-exit"),
        ActionId.COPY_QUOTE: _Spec(tr("Copy as &Quotation"), "Ctrl+Shift+C", "edit-copy"),
        ActionId.QUOTE_DIALOG: _Spec(tr("Copy as Quotation in &Style…"), "Ctrl+Alt+C"),
        ActionId.FIND: _Spec(tr("&Find…"), key.Find, "edit-find"),
        ActionId.FIND_NEXT: _Spec(tr("Find &Next"), key.FindNext, "go-down"),
        ActionId.FIND_PREVIOUS: _Spec(tr("Find Pre&vious"), key.FindPrevious, "go-up"),
        ActionId.ADD_KEYWORD: _Spec(tr("&Highlight Selection as Keyword"), "Ctrl+K"),
        ActionId.EDIT_KEYWORDS: _Spec(tr("&Keyword Lists…"), "Ctrl+Shift+K"),
        ActionId.NEXT_KEYWORD: _Spec(tr("Next &Keyword"), "Ctrl+J"),
        ActionId.ZOOM_IN: _Spec(tr("Zoom &In"), key.ZoomIn, "zoom-in"),
        ActionId.ZOOM_OUT: _Spec(tr("Zoom &Out"), key.ZoomOut, "zoom-out"),
        ActionId.ZOOM_RESET: _Spec(tr("&Actual Size"), "Ctrl+0", "zoom-original"),
        ActionId.VARIANT_ORIGINAL: _Spec(tr("原文 (&Original)"), "Ctrl+1", checkable=True),
        ActionId.VARIANT_HANS: _Spec(tr("简体 (&Simplified)"), "Ctrl+2", checkable=True),
        ActionId.VARIANT_HANT: _Spec(tr("繁體 (&Traditional)"), "Ctrl+3", checkable=True),
        ActionId.VARIANT_TW: _Spec(tr("臺灣正體 (Ta&iwan)"), "Ctrl+4", checkable=True),
        ActionId.VARIANT_HK: _Spec(tr("香港繁體 (&Hong Kong)"), "Ctrl+5", checkable=True),
        ActionId.QUOTE_MARKS: _Spec(tr("Quotation &Marks Follow Script"), None, checkable=True),
        ActionId.ABOUT: _Spec(tr("&About Reader"), None, "help-about"),
    }


def create_actions(parent: QWidget) -> dict[ActionId, QAction]:
    """One QAction per id, parented to ``parent`` so their shortcuts work window-wide."""
    actions = {}
    for action_id, spec in _specs().items():
        action = QAction(QIcon.fromTheme(spec.icon), spec.text, parent)
        action.setObjectName(f"action_{action_id.value}")
        action.setCheckable(spec.checkable)
        if spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        actions[action_id] = action
    return actions
