"""The main window on the seed: outline navigation, drag-and-drop, bad files, settings."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from reader.core import BlockKind
from reader.ui.window.actions import ActionId
from reader.ui.window.main_window import MainWindow
from tests.conftest import SEED


def _click_outline(qtbot, window: MainWindow, index: int) -> None:  # type: ignore[no-untyped-def]
    item = window.outline.item_at(index)
    rect = window.outline.visualItemRect(item)
    qtbot.mouseClick(window.outline.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_seed_opens_with_title_and_outline(window: MainWindow) -> None:
    assert window.windowTitle().startswith("江门：为构建侨都高质量发展新格局汇聚统战力量")  # punctuation tidied
    assert window.outline.entry_count() == len(window.article.outline) >= 3
    assert window.view.toPlainText() == window.article.text


def test_clicking_second_outline_entry_scrolls_there(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    entry = window.article.outline[1]
    assert window.view.top_offset() < entry.start
    _click_outline(qtbot, window, 1)
    qtbot.waitUntil(lambda: abs(window.view.top_offset() - entry.start) <= 2)
    assert window.view.verticalScrollBar().value() > 0


def test_clicking_a_heading_puts_it_at_the_top(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    headings = window.article.blocks_of(BlockKind.HEADING)
    index = next(i for i, e in enumerate(window.article.outline) if e.start == headings[1].start)
    _click_outline(qtbot, window, index)
    qtbot.waitUntil(lambda: headings[1].start <= window.view.top_offset() < headings[1].end)


def test_outline_follows_scrolling(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    last = window.article.outline[-1]
    window.view.scroll_to_offset(last.start)
    qtbot.waitUntil(lambda: window.outline.currentItem() is window.outline.item_at(window.outline.entry_count() - 1))


def test_drop_markdown_file_opens_it(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    md = tmp_path / "note.md"
    md.write_text("# 笔记标题\n\n导语。\n\n## 第一节\n\n内容。\n", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(md))])
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, mime, buttons, mods)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, buttons, mods)
    QApplication.sendEvent(window, drop)
    assert window.article.title == "笔记标题"
    assert [e.title for e in window.article.outline] == ["第一节"]
    assert window.outline.entry_count() == 1


@pytest.mark.parametrize("content", [b"", b"\x89PNG\r\n\x1a\n\x00\x00binary", None])
def test_bad_file_keeps_article_and_says_why(window: MainWindow, tmp_path: Path, content: bytes | None) -> None:
    path = tmp_path / "bad.txt"
    if content is not None:
        path.write_bytes(content)
    before = window.article
    assert not window.open_path(path)
    assert window.article is before
    assert "bad.txt" in window.message_bar.text()
    if content is not None:
        assert path.read_bytes() == content


def test_zoom_keeps_reading_position(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    heading = window.article.blocks_of(BlockKind.HEADING)[1]
    window.go_to_offset(heading.start)
    size = window.view.document().defaultFont().pointSizeF()
    window.actions_by_id[ActionId.ZOOM_IN].trigger()
    assert window.view.document().defaultFont().pointSizeF() > size
    assert heading.start <= window.view.top_offset() < heading.end


def test_settings_saved_atomically_and_restored(qtbot, window: MainWindow, settings_file: Path) -> None:  # type: ignore[no-untyped-def]
    window.view.set_zoom(2)
    window.go_to_offset(window.article.outline[2].start)
    window.close()
    data = json.loads(settings_file.read_text(encoding="utf-8"))
    assert data["zoom"] == 2
    assert data["recent_files"][0] == str(SEED.resolve())
    assert [p for p in os.listdir(settings_file.parent) if p.endswith(".tmp")] == []
    again = MainWindow(settings_file)
    qtbot.addWidget(again)
    again.show()
    again.open_path(SEED)
    assert again.view.zoom == 2
    assert again.view.top_offset() >= window.article.outline[2].start - 2
    assert again._recent_menu.actions()[0].toolTip() == str(SEED.resolve())


def _big_file(tmp_path: Path) -> Path:
    paragraph = "  " + "党的中心工作推进到哪里,统战工作就跟进到哪里。" * 20 + "\n\n"
    path = tmp_path / "big.txt"
    path.write_text("大文件标题\n\n" + paragraph * (6 * 1024 * 1024 // len(paragraph.encode())), encoding="utf-8")
    return path


def test_big_file_opens_in_background(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = _big_file(tmp_path)
    assert window.open_path(path)
    assert window.opener.busy_cancel.isVisible()
    assert window.article.title.startswith("江门")  # still the previous article meanwhile
    qtbot.waitUntil(lambda: window.article.title == "大文件标题", timeout=60000)
    assert not window.opener.busy_cancel.isVisible()


def test_cancelled_open_keeps_the_article(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    before = window.article
    assert window.open_path(_big_file(tmp_path))
    qtbot.mouseClick(window.opener.busy_cancel, Qt.MouseButton.LeftButton)
    assert not window.opener.busy_cancel.isVisible()
    qtbot.wait(1500)
    assert window.article is before


def test_dark_palette_rerenders_muted_text(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor, QPalette

    heading = window.article.blocks_of(BlockKind.HEADING)[1]
    window.go_to_offset(heading.start)
    palette = window.view.palette()
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#123456"))
    window.view.setPalette(palette)
    meta = window.article.blocks_of(BlockKind.META)[0]
    cursor = window.view.cursor_for(meta.start + 1, meta.start + 1)
    assert cursor.charFormat().foreground().color() == QColor("#123456")
    assert heading.start <= window.view.top_offset() < heading.end
    window.search("统战")
    hits = len(window.view.extraSelections())
    window.view.setPalette(window.palette())
    assert len(window.view.extraSelections()) == hits > 0
    assert all(s.cursor.document() is window.view.document() for s in window.view.extraSelections())
