"""The dock table: each side panel's id, title and area, so saveState/restoreState line up."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from .i18n import QT_TRANSLATE_NOOP

__all__ = ["DOCKS", "DockSpec", "make_dock"]


@dataclass(frozen=True)
class DockSpec:
    """A dock's stable object name (used in saved window state), title and default area."""

    name: str
    title: str
    area: Qt.DockWidgetArea
    visible: bool = True


DOCKS = (
    DockSpec("outline_dock", QT_TRANSLATE_NOOP("docks", "Outline"), Qt.DockWidgetArea.LeftDockWidgetArea),
    DockSpec("facts_dock", QT_TRANSLATE_NOOP("docks", "Facts"), Qt.DockWidgetArea.RightDockWidgetArea),
    DockSpec("results_dock", QT_TRANSLATE_NOOP("docks", "Search Results"),
             Qt.DockWidgetArea.RightDockWidgetArea, visible=False),
)


def make_dock(window: QMainWindow, spec: DockSpec, widget: QWidget) -> QDockWidget:
    """Wrap ``widget`` in a dock named after ``spec`` and add it to ``window``."""
    dock = QDockWidget(QCoreApplication.translate("docks", spec.title), window)
    dock.setObjectName(spec.name)
    dock.setWidget(widget)
    dock.setFeatures(
        QDockWidget.DockWidgetFeature.DockWidgetClosable | QDockWidget.DockWidgetFeature.DockWidgetMovable
    )
    window.addDockWidget(spec.area, dock)
    dock.setVisible(spec.visible)
    return dock
