"""The dock table: each side panel's id, title and area, so saveState/restoreState line up.

The first frame places the docks from ``DEFAULT_LAYOUT``, Qt's own saved state of
the table's layout, rather than through ``addDockWidget``: that call takes a
``Qt.DockWidgetArea``, and touching PySide's ``Qt`` namespace builds its ~100 enum
classes, ~25 ms before the article could show. ``place_docks`` falls back to
``addDockWidget`` should Qt ever refuse the saved state.
"""

from __future__ import annotations

import base64
from typing import NamedTuple

from PySide6.QtCore import QByteArray, QCoreApplication
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from ..i18n import QT_TRANSLATE_NOOP

__all__ = ["DEFAULT_LAYOUT", "DOCKS", "DockSpec", "make_dock", "place_docks", "state_bytes"]


class DockSpec(NamedTuple):
    """A dock's stable object name (used in saved window state), title and default side."""

    name: str
    title: str
    side: str  # "left" or "right"
    visible: bool = True


DOCKS = (
    DockSpec("outline_dock", QT_TRANSLATE_NOOP("docks", "Outline"), "left"),
    DockSpec("facts_dock", QT_TRANSLATE_NOOP("docks", "Facts"), "right"),
    DockSpec("results_dock", QT_TRANSLATE_NOOP("docks", "Search Results"), "right", visible=False),
    DockSpec("notes_dock", QT_TRANSLATE_NOOP("docks", "Notes"), "right", visible=False),
)

DEFAULT_LAYOUT = (
    "AAAA/wAAAAD9AAAAAgAAAAAAAAEAAAAC+fwCAAAAAfsAAAAYAG8AdQB0AGwAaQBuAGUAXwBkAG8AYwBrAQAAADQAAAL5AAAA"
    "VgD///8AAAABAAABQAAAAvn8AgAAAAP7AAAAFABmAGEAYwB0AHMAXwBkAG8AYwBrAQAAADQAAAL5AAAAcgD////7AAAAGABy"
    "AGUAcwB1AGwAdABzAF8AZABvAGMAawAAAAAA/////wAAAFYA////+wAAABQAbgBvAHQAZQBzAF8AZABvAGMAawAAAAAA////"
    "/wAAABAA////AAACtAAAAvkAAAAEAAAABAAAAAgAAAAI/AAAAAEAAAACAAAAAQAAABwAcwBjAHIAaQBwAHQAXwB0AG8AbwBs"
    "AGIAYQByAQAAAAD/////AAAAAAAAAAA="
)
"""``QMainWindow.saveState()`` of the DOCKS table laid out by ``addDockWidget`` (with the
toolbar), base64. ``tests/ui/test_startup.py`` checks it still matches the table
and prints the new value when it does not."""


def make_dock(window: QMainWindow, spec: DockSpec, widget: QWidget) -> QDockWidget:
    """Wrap ``widget`` in a dock named after ``spec``, a child of ``window`` not yet placed."""
    dock = QDockWidget(QCoreApplication.translate("docks", spec.title), window)
    dock.setObjectName(spec.name)
    dock.setWidget(widget)
    dock.setFeatures(
        QDockWidget.DockWidgetFeature.DockWidgetClosable | QDockWidget.DockWidgetFeature.DockWidgetMovable
    )
    return dock


def place_docks(window: QMainWindow, docks: dict[str, QDockWidget], layout: str = DEFAULT_LAYOUT) -> None:
    """Put each dock on its side of ``window``, shown or hidden as the table says.

    ``layout`` is a saved state that does so; without one, or should Qt refuse it,
    each dock is added by hand.
    """
    if layout and window.restoreState(state_bytes(layout)):
        return
    from PySide6.QtCore import Qt  # only if Qt no longer reads its own saved layout

    sides = {"left": Qt.DockWidgetArea.LeftDockWidgetArea, "right": Qt.DockWidgetArea.RightDockWidgetArea}
    for spec in DOCKS:
        window.addDockWidget(sides[spec.side], docks[spec.name])
        docks[spec.name].setVisible(spec.visible)


def state_bytes(text: str) -> QByteArray:
    """A base64 ``saveState()`` or ``saveGeometry()`` value as the QByteArray the restores take."""
    return QByteArray(base64.b64decode(text))
