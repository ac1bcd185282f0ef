"""The find bar never blocks the window: a regex runs on a worker, within a budget, its answer said."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer

from reader.ui.window.main_window import MainWindow


def test_a_regex_bomb_leaves_the_window_responsive(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "a.txt"
    path.write_text("标题\n" + "a" * 40 + "!\n", encoding="utf-8")
    assert window.open_path(path)
    window.find_bar.open()
    ticks: list[int] = []
    timer = QTimer(window, interval=50)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    assert window.search("(a|aa)+$", regex=True) == -1  # handed to a worker: nothing ran on this thread
    assert "Searching" in window.find_bar.count_label.text()
    qtbot.waitUntil(lambda: "too slow" in window.find_bar.count_label.text(), timeout=60000)
    timer.stop()
    assert len(ticks) >= 5  # the event loop kept turning through the second of backtracking

def test_a_regex_finds_hits_in_the_background(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert window.search("统.", regex=True) == -1
    qtbot.waitUntil(lambda: len(window.searcher.matches) > 0, timeout=30000)
    assert window.docks["results_dock"].isVisible()
    assert all(window.article.text[m.start] in "统統" for m in window.searcher.matches)


def test_an_invalid_pattern_is_said(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.find_bar.open()
    window.search("(", regex=True)
    qtbot.waitUntil(lambda: "Invalid" in window.find_bar.count_label.text(), timeout=30000)
