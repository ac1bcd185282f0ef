"""What the first frame needs, and what it must not wait for."""

from __future__ import annotations

import base64
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow

from reader.ui.window.docks import DEFAULT_LAYOUT, DOCKS, make_dock, place_docks, state_bytes
from reader.ui.window.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
_SIDES = {"left": Qt.DockWidgetArea.LeftDockWidgetArea, "right": Qt.DockWidgetArea.RightDockWidgetArea}


def _fresh_window(qtbot, settings_file: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(settings_file)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_default_layout_puts_each_dock_where_the_table_says(qtbot, settings_file: Path) -> None:  # type: ignore[no-untyped-def]
    win = _fresh_window(qtbot, settings_file)
    placed = {spec.name: (win.dockWidgetArea(win.docks[spec.name]), win.docks[spec.name].isVisible())
              for spec in DOCKS}
    wanted = {spec.name: (_SIDES[spec.side], spec.visible) for spec in DOCKS}
    assert placed == wanted, _regenerated(qtbot, settings_file)
    assert win.restoreState(state_bytes(DEFAULT_LAYOUT)), _regenerated(qtbot, settings_file)


def test_docks_are_placed_by_hand_when_there_is_no_saved_layout(qtbot, settings_file: Path) -> None:  # type: ignore[no-untyped-def]
    win = QMainWindow()
    qtbot.addWidget(win)
    docks = {spec.name: make_dock(win, spec, QLabel(spec.name)) for spec in DOCKS}
    place_docks(win, docks, layout="")
    assert {n: win.dockWidgetArea(d) for n, d in docks.items()} == {s.name: _SIDES[s.side] for s in DOCKS}


def test_user_layout_is_applied_over_the_default(qtbot, settings_file: Path) -> None:  # type: ignore[no-untyped-def]
    """A saved state that moved the outline to the right keeps it there on the next start."""
    win = _fresh_window(qtbot, settings_file)
    win.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, win.docks["outline_dock"])
    win.close()  # saves the settings
    again = _fresh_window(qtbot, settings_file)
    assert again.dockWidgetArea(again.docks["outline_dock"]) == Qt.DockWidgetArea.RightDockWidgetArea


def test_first_frame_waits_for_neither_the_qt_namespace_nor_search() -> None:
    """PySide builds ~100 enum classes (~25 ms) the first time anything touches ``Qt``.

    The seed's first paint must not wait for that: pass enum-typed arguments as their
    exact types (a QBrush, not a QColor), set shortcuts as properties, and keep
    ``from PySide6.QtCore import Qt`` inside the handlers that need it. Nor should it
    wait for search, keywords or facts, which load on first use.
    """
    code = """
import sys, tempfile
from pathlib import Path
import PySide6.QtCore as core
from PySide6.QtCore import QCoreApplication, QEvent, QObject
import reader.ui.window.app as ui_app

class FirstPaint(QObject):
    def eventFilter(self, _obj, event):
        if event.type() == QEvent.Type.Paint:
            print("painted, Qt built:", "Qt" in vars(core), "sqlite3:", "sqlite3" in sys.modules, flush=True)
            print("loaded:", *sorted(m for m in sys.modules if m.startswith("reader.")), flush=True)
            heavy = ("rjieba", "pypinyin", "g2pM", "ToJyutping", "numpy", "PySide6.QtTextToSpeech")
            print("libraries:", *sorted(m for m in heavy if m in sys.modules), flush=True)
            QCoreApplication.exit(0)
        return False

app = ui_app.create_app()
window = ui_app.launch(Path(tempfile.mkdtemp()) / "settings.json")
watch = FirstPaint()
window.view.viewport().installEventFilter(watch)
sys.exit(app.exec())
"""
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          timeout=60, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert "painted, Qt built: False sqlite3: False" in proc.stdout, proc.stdout + proc.stderr
    loaded = set(proc.stdout.split("loaded:")[1].split())
    on_first_use = {"reader.cli", "reader.core.find.search", "reader.core.find.highlight", "reader.core.facts",
                    "reader.ui.controllers.search_controller", "reader.ui.controllers.keyword_controller", "reader.ui.controllers.facts_controller",
                    "reader.ui.reading.vertical_view", "reader.ui.reading.vertical_layout", "reader.ui.reading.vertical_paint",
                    # notes (issue 17)
                    "reader.core.notes", "reader.ui.controllers.notes_controller", "reader.ui.panels.notes_panel",
                    "reader.ui.reading.margin_marks",
                    # words (issue 18): segmentation, dictionary, readings, corrections, read aloud
                    "reader.cli_words", "reader.core.words", "reader.core.words.segment", "reader.core.words.dictionary",
                    "reader.core.words.readings", "reader.core.words.lookup", "reader.core.words.vocabulary",
                    "reader.core.words.speech", "reader.core.script.overrides", "reader.ui.controllers.word_tools",
                    "reader.ui.controllers.read_aloud", "reader.ui.reading.word_popup", "reader.ui.reading.reading_aid",
                    # the library (issue 16)
                    "reader.core.database", "reader.core.library", "reader.core.library.store", "reader.library_cli",
                    "reader.ui.controllers.library_controller", "reader.ui.controllers.library_import",
                    "reader.ui.library", "reader.ui.library.library_window", "reader.ui.library.table_model",
                    "reader.core.words.standard", "reader.ui.controllers.reading_feed"}
    assert not loaded & on_first_use, "the first frame should not wait for these"
    libraries = set(proc.stdout.split("libraries:")[1].split()) if "libraries:" in proc.stdout else set()
    assert not libraries, f"loaded before the first paint: {libraries}"


def _regenerated(qtbot, settings_file: Path) -> str:  # type: ignore[no-untyped-def]
    """The value DEFAULT_LAYOUT should have, for the failure message."""
    win = MainWindow(settings_file)
    qtbot.addWidget(win)
    for dock in win.docks.values():
        win.removeDockWidget(dock)
    place_docks(win, win.docks, layout="")
    win.resize(1280, 840)
    win.show()
    qtbot.waitExposed(win)
    return "DEFAULT_LAYOUT should now be:\n" + base64.b64encode(bytes(win.saveState().data())).decode()
