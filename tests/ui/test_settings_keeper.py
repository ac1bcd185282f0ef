"""The window's settings: any settings file starts the window, changes are saved soon, failures said."""

from __future__ import annotations

import json
from pathlib import Path

from reader.core.script.variants import Variant
from reader.ui.window.app import create_app, launch
from reader.ui.window.main_window import MainWindow
from tests.conftest import SEED


def _launched(qtbot, settings_file: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    create_app()
    window = launch(settings_file, str(SEED))
    qtbot.addWidget(window)
    return window


def test_a_settings_file_with_bad_values_starts_the_window(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"window_geometry": "abc", "window_state": "abc", "zoom": 2,
                                "positions": {str(SEED.resolve()): "x"}}), encoding="utf-8")
    window = _launched(qtbot, path)
    assert window.article is not None and window.view.zoom == 2
    assert "window_geometry" in window.message_bar.text()


def test_an_unusable_settings_file_is_kept_aside_and_said(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "settings.json"
    path.write_bytes(b'{"zoom": 2, "keyword_lists": [[[[')
    window = _launched(qtbot, path)
    assert window.article is not None
    backups = list(tmp_path.glob("settings.json.bad-*"))
    assert len(backups) == 1 and backups[0].name in window.message_bar.text()


def test_a_change_is_saved_without_closing(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "config" / "settings.json"
    window = _launched(qtbot, path)
    window.set_variant(Variant.HANT)
    qtbot.waitUntil(lambda: path.exists() and json.loads(path.read_text(encoding="utf-8")).get("variant") == "hant",
                    timeout=5000)


def test_settings_under_a_file_keep_the_window_working(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "file").write_text("not a folder")
    path = tmp_path / "file" / "Reader" / "settings.json"
    window = _launched(qtbot, path)
    assert window.save_settings() is False
    assert "cannot be saved" in window.message_bar.text()
    window.set_variant(Variant.HANS)
    window.close()  # saves again, fails again, quietly
    assert window.article is not None
