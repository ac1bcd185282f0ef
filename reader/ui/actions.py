"""Every menu and toolbar action, declared once with an id, text, shortcut and icon name."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QWidget

__all__ = ["ActionId", "create_actions"]


class ActionId(enum.Enum):
    OPEN = "open"
    RELOAD = "reload"
    QUIT = "quit"
    ZOOM_IN = "zoom_in"
    ZOOM_OUT = "zoom_out"
    ZOOM_RESET = "zoom_reset"
    ABOUT = "about"


@dataclass(frozen=True)
class _Spec:
    text: str
    shortcut: QKeySequence.StandardKey | str | None = None
    icon: str = ""


def _specs() -> dict[ActionId, _Spec]:
    tr = lambda s: QCoreApplication.translate("actions", s)  # noqa: E731 - a short alias
    key = QKeySequence.StandardKey
    return {
        ActionId.OPEN: _Spec(tr("&Open…"), key.Open, "document-open"),
        ActionId.RELOAD: _Spec(tr("&Reload"), key.Refresh, "view-refresh"),
        ActionId.QUIT: _Spec(tr("&Quit"), key.Quit, "application-exit"),
        ActionId.ZOOM_IN: _Spec(tr("Zoom &In"), key.ZoomIn, "zoom-in"),
        ActionId.ZOOM_OUT: _Spec(tr("Zoom &Out"), key.ZoomOut, "zoom-out"),
        ActionId.ZOOM_RESET: _Spec(tr("&Actual Size"), "Ctrl+0", "zoom-original"),
        ActionId.ABOUT: _Spec(tr("&About Reader"), None, "help-about"),
    }


def create_actions(parent: QWidget) -> dict[ActionId, QAction]:
    """One QAction per id, parented to ``parent`` so their shortcuts work window-wide."""
    actions = {}
    for action_id, spec in _specs().items():
        action = QAction(QIcon.fromTheme(spec.icon), spec.text, parent)
        action.setObjectName(f"action_{action_id.value}")
        if spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        actions[action_id] = action
    return actions
