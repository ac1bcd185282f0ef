"""The library in the window: recording what is read, its window, search to the hit, import, faults."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from reader.core.library import Library
from reader.core.script.fold import fold
from reader.core.settings import Settings
from reader.ui.library.library_window import LibraryWindow
from reader.ui.window.main_window import MainWindow
from tests.conftest import SEED
from tests.core.library.conftest import write_article
from tests.ui.typing import type_chinese


@pytest.fixture
def library_file(tmp_path: Path) -> Path:
    return tmp_path / "library" / "reader.sqlite3"


@pytest.fixture
def reader(qtbot, tmp_path: Path, library_file: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(tmp_path / "config" / "settings.json", Settings(library_path=str(library_file)))
    qtbot.addWidget(win)
    win.resize(1000, 700)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    write_article(folder, "a.txt", title="江门统战工作会议", extra="国务院侨务办公室主任表示。")
    write_article(folder, "b.txt", traditional=True, title="港府統戰新動向", extra="國務院僑務辦公室主任表示。")
    write_article(folder, "c.txt", title="侨乡发展新格局", date="2021年03月01日")
    (folder / "broken.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    return folder


def _imported(qtbot, reader: MainWindow, *paths: Path) -> LibraryWindow:  # type: ignore[no-untyped-def]
    reader.library.import_paths([str(p) for p in paths])
    window = reader.library.show_window()
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not reader.library.imports.running, timeout=120_000)
    return window


def _answer(*buttons: QMessageBox.StandardButton) -> None:
    """Click the first of ``buttons`` on each message box that comes up, one box per button given."""
    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, click)  # not up yet
            return
        box.button(buttons[0]).click()
        if buttons[1:]:
            QTimer.singleShot(50, lambda: _answer(*buttons[1:]))

    QTimer.singleShot(50, click)


def _count(library_file: Path) -> int:
    with Library.open(library_file) as library:
        return library.count()


def test_an_article_opened_is_recorded_after_its_first_paint(qtbot, reader: MainWindow, articles: Path,  # type: ignore[no-untyped-def]
                                                               library_file: Path) -> None:
    assert reader.open_path(SEED)
    assert reader.open_path(articles / "a.txt")
    assert reader._library is None  # nothing of the library before the paint
    qtbot.waitUntil(lambda: library_file.exists() and _count(library_file) == 1, timeout=60_000)
    with Library.open(library_file) as library:
        entry = library.entries()[0]
        assert entry.title == "江门统战工作会议" and entry.read  # the bundled sample is not recorded


def test_recording_can_be_turned_off(qtbot, reader: MainWindow, articles: Path, library_file: Path) -> None:  # type: ignore[no-untyped-def]
    reader._change_settings(library_records_opened=False)
    assert reader.open_path(articles / "a.txt")
    qtbot.wait(1500)
    assert reader._library is None and not library_file.exists()


def test_import_lists_bad_files_and_fills_the_table(qtbot, reader: MainWindow, articles: Path) -> None:  # type: ignore[no-untyped-def]
    window = _imported(qtbot, reader, articles)
    assert window.model.rowCount() == 3
    assert "3 added" in window.import_bar.label.text() and window.import_bar.details.isVisible()
    assert len(window.import_bar.failures()) == 1 and "broken.html" in window.import_bar.failures()[0]
    qtbot.waitUntil(lambda: window.filters.count_label.text() == "3 of 3 articles", timeout=5000)


def test_search_opens_the_article_at_the_hit(qtbot, reader: MainWindow, articles: Path) -> None:  # type: ignore[no-untyped-def]
    window = _imported(qtbot, reader, articles)
    type_chinese(window.search_field, "僑務辦公室")
    qtbot.waitUntil(lambda: window.results.topLevelItemCount() == 2, timeout=5000)
    hit = window.results.topLevelItem(1).child(0)  # type: ignore[union-attr]
    window.results.scrollToItem(hit)
    qtbot.mouseClick(window.results.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.results.visualItemRect(hit).center())
    qtbot.waitUntil(lambda: reader.view.selected_range() is not None, timeout=5000)
    start, end = reader.view.selected_range()  # type: ignore[misc]
    assert fold(reader.article.text[start:end]) == "侨务办公室"  # type: ignore[union-attr]


def test_filter_sort_and_facts_across(qtbot, reader: MainWindow, articles: Path) -> None:  # type: ignore[no-untyped-def]
    window = _imported(qtbot, reader, articles)
    window.filters.script.setCurrentIndex(window.filters.script.findData("traditional"))
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=5000)
    assert window.model.entry(0).title == "港府統戰新動向"
    window.filters.script.setCurrentIndex(0)
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=5000)
    window.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
    assert window.model.entry(0).title == "侨乡发展新格局"  # the oldest first
    window.tabs.setCurrentWidget(window.facts)
    window.facts.kinds.setCurrentIndex(1)  # organisations
    qtbot.waitUntil(lambda: window.facts.tree.topLevelItemCount() > 0, timeout=5000)
    labels = [window.facts.tree.topLevelItem(i).text(0) for i in range(window.facts.tree.topLevelItemCount())]  # type: ignore[union-attr]
    assert "国务院侨务办公室" in labels
    office = window.facts.tree.topLevelItem(labels.index("国务院侨务办公室"))
    office.setExpanded(True)  # type: ignore[union-attr]
    assert office.childCount() == 2  # type: ignore[union-attr]


def test_remove_keeps_the_file(qtbot, reader: MainWindow, articles: Path, library_file: Path) -> None:  # type: ignore[no-untyped-def]
    window = _imported(qtbot, reader, articles)
    window.table.selectRow(0)
    _answer(QMessageBox.StandardButton.Yes)
    window.actions_by_name["remove"].trigger()
    assert window.model.rowCount() == 2 and _count(library_file) == 2
    assert all((articles / name).exists() for name in ("a.txt", "b.txt", "c.txt"))


def test_an_article_whose_file_is_gone_opens_from_the_library(qtbot, reader: MainWindow, articles: Path) -> None:  # type: ignore[no-untyped-def]
    window = _imported(qtbot, reader, articles)
    row = next(r for r in range(window.model.rowCount()) if window.model.entry(r).title == "侨乡发展新格局")
    (articles / "c.txt").unlink()
    window.table.setCurrentIndex(window.model.index(row, 0))
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert reader.article is not None and reader.article.title == "侨乡发展新格局"
    assert "no longer on disk" in reader.message_bar.text()


def test_a_damaged_library_is_set_aside_for_a_new_one(qtbot, reader: MainWindow, library_file: Path) -> None:  # type: ignore[no-untyped-def]
    library_file.parent.mkdir(parents=True)
    library_file.write_bytes(b"not a library " * 400)

    _answer(QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Ok)  # start anew; then where the old one is
    window = reader.library.show_window()
    assert window is not None
    qtbot.addWidget(window)
    aside = [p for p in library_file.parent.iterdir() if ".set-aside-" in p.name]
    assert len(aside) == 1 and aside[0].read_bytes() == b"not a library " * 400
    assert window.model.rowCount() == 0 and _count(library_file) == 0


def test_the_table_fetches_a_page_at_a_time(qtbot, reader: MainWindow, articles: Path, library_file: Path) -> None:  # type: ignore[no-untyped-def]
    _imported(qtbot, reader, articles)
    with sqlite3.connect(library_file) as db:  # 600 rows for the list (their texts are not needed)
        columns = [r[1] for r in db.execute("PRAGMA table_info(articles)") if r[1] not in ("id", "uid")]
        for _ in range(200):
            db.execute(f"INSERT INTO articles (uid, {', '.join(columns)}) SELECT lower(hex(randomblob(16))), "
                       f"{', '.join(columns)} FROM articles LIMIT 3")
    window = reader.library.show_window()
    assert window is not None
    window.refresh()
    assert window.model.rowCount() == 200 and window.model.canFetchMore(window.model.index(-1, -1))
    window.table.scrollToBottom()
    qtbot.waitUntil(lambda: window.model.rowCount() > 200, timeout=5000)
    qtbot.waitUntil(lambda: window.filters.count_label.text() == "603 of 603 articles", timeout=5000)


def test_the_data_folder_is_qts(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QStandardPaths

    from reader.core.paths import config_folder, data_folder
    from reader.ui.window.app import create_app

    create_app()
    monkeypatch.delenv("READER_DATA_DIR")
    monkeypatch.delenv("READER_CONFIG_DIR")
    location = QStandardPaths.StandardLocation
    assert data_folder() == Path(QStandardPaths.writableLocation(location.AppDataLocation))
    assert config_folder() == Path(QStandardPaths.writableLocation(location.AppConfigLocation))
    assert os.environ.get("READER_DATA_DIR") is None


def test_closing_the_reading_window_closes_the_library(qtbot, reader: MainWindow, articles: Path) -> None:  # type: ignore[no-untyped-def]
    window = _imported(qtbot, reader, articles)
    assert window.isVisible()
    reader.close()
    assert not window.isVisible()  # the application quits with its last reading window


def test_a_watched_folder_adds_what_appears(qtbot, tmp_path: Path, library_file: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "downloads"
    folder.mkdir()
    write_article(folder, "first.txt", title="先到的文章")
    win = MainWindow(tmp_path / "config" / "settings.json",
                     Settings(library_path=str(library_file), library_watched_folder=str(folder)))
    qtbot.addWidget(win)
    win.show()
    assert win.open_path(SEED)  # the bundled sample: not recorded, but its paint starts the watching
    qtbot.waitUntil(lambda: library_file.exists() and _count(library_file) == 1, timeout=60_000)
    write_article(folder, "second.txt", title="后到的文章")
    qtbot.waitUntil(lambda: _count(library_file) == 2, timeout=60_000)
    (folder / "notes.docx").write_bytes(b"PK\x03\x04")  # not an article: left alone
    qtbot.wait(3000)
    assert _count(library_file) == 2
