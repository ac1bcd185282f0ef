"""Hostile files in the window: it opens them or says why, off the GUI thread, and keeps working."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.ui.window.app import create_app, launch
from reader.ui.window.main_window import MainWindow
from tests.fuzz.corpus import nested_mhtml, nested_webarchive


def test_a_deep_markdown_file_opens_at_start_up(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    deep = tmp_path / "deep.md"
    deep.write_text("# 深\n\n" + "- " * 500 + "正文\n", encoding="utf-8")
    create_app()
    window = launch(tmp_path / "settings.json", str(deep))
    qtbot.addWidget(window)
    assert window.article is not None and window.article.title == "深"


def test_a_mid_sized_file_is_parsed_off_the_gui_thread(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    links = tmp_path / "links.md"
    links.write_text("# 链接\n\n" + " ".join(f"[a{i}](u{i})" for i in range(30_000)) + "\n", encoding="utf-8")
    assert 64 * 1024 < links.stat().st_size < 4 * 1024 * 1024
    assert window.open_path(links)
    assert window.opener.busy_cancel.isVisible() and window.article.title.startswith("江门")
    qtbot.waitUntil(lambda: window.article.title == "链接", timeout=60000)


@pytest.mark.parametrize(("name", "content"), [
    ("deep.mhtml", nested_mhtml(1000)),
    ("deep.webarchive", nested_webarchive(100_000)),
    ("storm.html", ("<p>" + "<i>" * 300_000).encode()),
    ("lines.txt", b"1\n" * 200_000),
])
def test_a_file_past_the_bounds_is_refused_with_a_message(qtbot, window: MainWindow, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                         name: str, content: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    window.open_path(path)
    qtbot.waitUntil(lambda: bool(window.message_bar.text()), timeout=60000)
    assert name in window.message_bar.text()
    assert window.article.title.startswith("江门")
