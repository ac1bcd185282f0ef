"""Fixtures for driving the real window offscreen."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.ui.window.app import create_app
from reader.ui.window.main_window import MainWindow
from tests.conftest import SEED


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "config" / "settings.json"


@pytest.fixture
def window(qtbot, settings_file: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    create_app()
    win = MainWindow(settings_file)
    qtbot.addWidget(win)
    win.resize(1100, 760)
    win.show()
    qtbot.waitExposed(win)
    assert win.open_path(SEED)
    return win


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test keeps its notes in a folder of its own, never in the user's data folder."""
    folder = tmp_path / "data"
    monkeypatch.setenv("READER_DATA_DIR", str(folder))
    return folder


@pytest.fixture(autouse=True)
def _empty_clipboard(qapp):  # type: ignore[no-untyped-def]
    """Leave the clipboard empty: mime data still held there at interpreter exit crashes Qt."""
    yield
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.clipboard().clear()
