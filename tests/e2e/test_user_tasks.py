"""End to end: the real app on the seed, through each user task, a screenshot per step.

Screenshots go to ``artifacts/e2e/`` (or $READER_ARTIFACTS). CI runs this module a second
time on a real X server (Xvfb, the xcb platform) besides the offscreen run.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from reader.core.script.variants import Variant
from reader.ui.window.actions import ActionId
from reader.ui.window.main_window import MainWindow
from tests.conftest import ROOT, SEED
from tests.ui.typing import type_chinese

ARTIFACTS = Path(os.environ.get("READER_ARTIFACTS", ROOT / "artifacts" / "e2e"))


@pytest.fixture
def app_window(qtbot, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    from reader.ui.window.app import create_app

    create_app()
    window = MainWindow(tmp_path / "settings.json")
    qtbot.addWidget(window)
    window.resize(1400, 880)
    window.show()
    qtbot.waitExposed(window)
    return window


def _shot(qtbot, window: MainWindow, name: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.wait(50)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    assert window.grab().save(str(path))
    assert path.stat().st_size > 10_000


def test_every_user_task(qtbot, app_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    w = app_window
    assert w.open_path(SEED)
    assert w.windowTitle().startswith("江门：为构建侨都")  # punctuation tidied
    _shot(qtbot, w, "01-open")

    third = w.outline.item_at(w.outline.entry_count() - 1)
    qtbot.mouseClick(w.outline.viewport(), Qt.MouseButton.LeftButton, pos=w.outline.visualItemRect(third).center())
    entry = w.article.outline[-1]
    qtbot.waitUntil(lambda: abs(w.view.top_offset() - entry.start) <= 2)
    _shot(qtbot, w, "02-outline")

    w.actions_by_id[ActionId.VARIANT_TW].trigger()
    assert "臺灣正體" in w.windowTitle() and "僑都" in w.view.toPlainText()
    written = w.source_article.outline[-1]  # the shown offsets map back to the article as written
    assert written.start - 5 <= w.shown_offsets().to_source(w.view.top_offset()) <= written.end
    _shot(qtbot, w, "03-variant-tw")

    w.actions_by_id[ActionId.FIND].trigger()
    type_chinese(w.find_bar.field, "统战")
    assert w.find_bar.count_label.text().endswith(f"/ {w.source_article.text.count('统战')}")
    _shot(qtbot, w, "04-search")
    qtbot.keyClick(w.find_bar.field, Qt.Key.Key_Escape)

    start = w.article.text.index("僑都")
    w.view.select_range(start, start + 2)
    w.actions_by_id[ActionId.ADD_KEYWORD].trigger()
    assert len(w.keyword_highlights()) == w.article.text.count("僑都")
    _shot(qtbot, w, "05-keyword")

    date = "2020年10月15日"
    # the helper process loads jionlp, the name tagger and jieba on its first article: seconds
    # on a busy machine, so the wait is generous (it ends as soon as the panel fills)
    qtbot.waitUntil(lambda: w.facts.item_for(date) is not None, timeout=30_000)
    w.facts.tree.itemClicked.emit(w.facts.item_for(date), 0)
    selection = w.view.selected_range()
    assert selection is not None and w.article.text[selection[0] : selection[1]] == date
    _shot(qtbot, w, "06-fact")

    start = w.article.text.index("同心獻良策")
    w.view.select_range(start, start + 6)
    w.actions_by_id[ActionId.COPY_QUOTE].trigger()
    mime = QGuiApplication.clipboard().mimeData()
    assert "「同心獻良策。」" in mime.text() and mime.hasHtml()
    _shot(qtbot, w, "07-quotation")

    w.set_variant(Variant.ORIGINAL)
    assert w.view.toPlainText() == w.article.text
