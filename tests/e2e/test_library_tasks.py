"""End to end, as issue 16 says it will be tried: a folder of real pages and texts (simplified,
traditional, some broken) imported, searched in both scripts, a recurring organisation
followed across articles, a bibliography exported. Screenshots go to ``artifacts/e2e/``."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from reader.core.script.fold import fold
from reader.core.settings import Settings
from reader.ui.window.main_window import MainWindow
from tests.conftest import shared_path
from tests.e2e.test_user_tasks import ARTIFACTS
from tests.ui.typing import type_chinese


@pytest.fixture
def reader(qtbot, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    from reader.ui.window.app import create_app

    create_app()
    window = MainWindow(tmp_path / "settings.json", Settings(library_path=str(tmp_path / "reader.sqlite3")))
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def _folder(tmp_path: Path) -> Path:
    """Ten saved pages, the udn.com texts, and two broken files, as a user's downloads might be."""
    folder = tmp_path / "downloads"
    pages = sorted(shared_path("data", "html-dev").glob("*.html"))[:10]
    shutil.copytree(shared_path("data", "articles-hant-dev"), folder / "udn",
                    ignore=shutil.ignore_patterns("*.json"))
    for page in pages:
        shutil.copy(page, folder / page.name)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "photo.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(2000))
    return folder


def test_a_new_user_builds_and_uses_a_library(qtbot, reader: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = _folder(tmp_path)
    reader.library.import_paths([str(folder)])
    window = reader.library.show_window()
    assert window is not None
    qtbot.addWidget(window)
    window.resize(1300, 820)
    qtbot.waitUntil(lambda: not reader.library.imports.running, timeout=300_000)
    assert window.model.rowCount() == 16 and len(window.import_bar.failures()) == 2
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(ARTIFACTS / "library-01-imported.png"))

    type_chinese(window.search_field, "台湾")
    qtbot.waitUntil(lambda: window.results.topLevelItemCount() > 0, timeout=5000)
    simplified = {window.results.topLevelItem(i).text(0) for i in range(window.results.topLevelItemCount())}  # type: ignore[union-attr]
    window.search_field.clear()
    type_chinese(window.search_field, "臺灣")
    qtbot.waitUntil(lambda: window.results.topLevelItemCount() == len(simplified), timeout=5000)
    assert {window.results.topLevelItem(i).text(0) for i in range(len(simplified))} == simplified  # type: ignore[union-attr]
    window.grab().save(str(ARTIFACTS / "library-02-search.png"))
    hit = window.results.topLevelItem(0).child(0)  # type: ignore[union-attr]
    qtbot.mouseClick(window.results.viewport(), Qt.MouseButton.LeftButton, pos=window.results.visualItemRect(hit).center())
    start, end = reader.view.selected_range()  # type: ignore[misc]
    assert fold(reader.article.text[start:end]) == "台湾"  # type: ignore[union-attr]

    window.tabs.setCurrentWidget(window.facts)
    qtbot.waitUntil(lambda: window.facts.tree.topLevelItemCount() > 0, timeout=5000)
    recurring = window.facts.tree.topLevelItem(0)
    assert recurring is not None and int(recurring.text(1)) >= 2
    recurring.setExpanded(True)
    mention = recurring.child(1)
    assert mention is not None
    window.facts.tree.scrollToItem(mention)
    qtbot.mouseClick(window.facts.tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.facts.tree.visualItemRect(mention).center())
    start, end = reader.view.selected_range()  # type: ignore[misc]
    assert fold(reader.article.text[start:end]) == fold(recurring.text(0).split("  →  ")[-1])  # type: ignore[union-attr]
    window.grab().save(str(ARTIFACTS / "library-03-facts.png"))

    bibliography = tmp_path / "bibliography.txt"
    reader.library.export_to(bibliography, [window.model.entry(r).id for r in range(window.model.rowCount())], "gbt7714")
    qtbot.waitUntil(bibliography.exists, timeout=10_000)
    lines = bibliography.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 16 and all(line.startswith(f"[{n}] ") for n, line in enumerate(lines, 1))
    assert all(p.exists() for p in folder.rglob("*"))  # nothing moved or deleted
