"""The window's user tasks end to end: variants, search, keywords, facts and quotations."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence

from reader.core import BlockKind
from reader.core.script.variants import Variant
from reader.ui.window.actions import ActionId
from reader.ui.window.main_window import MainWindow
from tests.conftest import SEED, shared_path
from tests.ui.typing import type_chinese

FACTS_TIMEOUT = 60000
"""Facts come from the helper process, which loads jionlp and the name tagger on its first call."""


def _heading(window: MainWindow, index: int) -> tuple[int, int]:
    block = window.article.blocks_of(BlockKind.HEADING)[index]
    return block.start, block.end


def test_switching_variant_keeps_the_paragraph_at_the_top(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.go_to_offset(_heading(window, 1)[0])
    window.actions_by_id[ActionId.VARIANT_TW].trigger()
    assert window.variant is Variant.TW
    start, end = _heading(window, 1)
    assert window.article.text[start:end] == "服務中心大局各領域統戰工作取得新突破"
    assert start <= window.view.top_offset() < end
    assert "臺灣正體" in window.windowTitle()
    assert window.outline.item_at(0).text(0) == "堅持黨的領導不斷完善大統戰工作格局"
    window.actions_by_id[ActionId.VARIANT_ORIGINAL].trigger()
    start, end = _heading(window, 1)
    assert start <= window.view.top_offset() < end
    assert window.view.toPlainText() == window.article.text  # as written, typographically tidied


def test_selection_survives_a_switch(window: MainWindow) -> None:
    start = window.article.text.index("同心献良策")
    window.view.select_range(start, start + 5)
    window.set_variant(Variant.HK)
    selection = window.view.selected_range()
    assert selection is not None
    assert window.article.text[selection[0] : selection[1]] == "同心獻良策"


def test_variant_is_remembered(qtbot, window: MainWindow, settings_file: Path) -> None:  # type: ignore[no-untyped-def]
    window.set_variant(Variant.HANT)
    window.close()
    again = MainWindow(settings_file)
    qtbot.addWidget(again)
    again.open_path(SEED)
    assert again.variant is Variant.HANT
    assert "統戰" in again.article.text
    assert again.actions_by_id[ActionId.VARIANT_HANT].isChecked()


def test_find_simplified_in_traditional_view(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    expected = window.source_article.text.count("统战")
    window.set_variant(Variant.TW)
    assert window.actions_by_id[ActionId.FIND].shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    window.actions_by_id[ActionId.FIND].trigger()
    assert window.find_bar.isVisible()
    type_chinese(window.find_bar.field, "统战")
    assert window.find_bar.count_label.text().endswith(f"/ {expected}")
    selection = window.view.selected_range()
    assert selection is not None and window.article.text[selection[0] : selection[1]] == "統戰"
    assert window.results.hit_count() == expected
    first = window.find_bar.count_label.text()
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Return)
    assert window.find_bar.count_label.text() != first
    window.set_variant(Variant.HANS)
    assert window.find_bar.count_label.text().endswith(f"/ {expected}")
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()


def test_traditional_article_searched_in_simplified(window: MainWindow) -> None:
    path = shared_path("data", "articles-hant-dev", "udn_00000.txt")
    assert window.open_path(path)
    window.set_variant(Variant.HANS)
    assert "李悦宁" in window.view.toPlainText()
    assert window.search("李悅寧") == window.source_article.text.count("李悅寧") > 0


def test_keyword_from_selection_persists(qtbot, window: MainWindow, settings_file: Path) -> None:  # type: ignore[no-untyped-def]
    start = window.article.text.index("侨都")
    window.view.select_range(start, start + 2)
    window.actions_by_id[ActionId.ADD_KEYWORD].trigger()
    hits = window.keyword_highlights()
    assert len(hits) == window.article.text.count("侨都")
    window.set_variant(Variant.TW)
    assert len(window.keyword_highlights()) == len(hits)
    assert all(window.article.text[h.start : h.end] == "僑都" for h in window.keyword_highlights())
    window.close()
    again = MainWindow(settings_file)
    qtbot.addWidget(again)
    again.open_path(SEED)
    assert [k.text for k in again.keyword_lists()[0].keywords] == ["侨都"]
    assert len(again.keyword_highlights()) == len(hits)


def test_clicking_a_fact_jumps_and_cycles_mentions(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.docks["facts_dock"].show()
    qtbot.waitUntil(lambda: window.facts.row_count() > 20, timeout=FACTS_TIMEOUT)
    date = "2020年10月15日"
    item = window.facts.item_for(date)
    assert item is not None
    window.facts.tree.itemClicked.emit(item, 0)
    first = window.view.selected_range()
    window.facts.tree.itemClicked.emit(item, 0)
    second = window.view.selected_range()
    assert first != second
    for start, end in (first, second):
        assert window.article.text[start:end] == date


def test_facts_follow_the_variant(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.docks["facts_dock"].show()
    window.set_variant(Variant.TW)
    qtbot.waitUntil(lambda: window.facts.item_for("江門市委統戰部") is not None, timeout=FACTS_TIMEOUT)
    assert window.facts.item_for("江门市委统战部") is None


def test_a_traditional_article_s_facts_read_traditional_as_written(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Values are folded to simplified: shown as written, the panel gives the article's own words."""
    window.docks["facts_dock"].show()
    window.open_path(shared_path("data", "articles-hant-dev", "udn_00000.txt"))
    qtbot.waitUntil(lambda: window.facts.item_for("臺大醫學院") is not None, timeout=FACTS_TIMEOUT)
    assert window.facts.item_for("臺大醫學院").text(1) == "臺大醫學院"  # not 台大医学院
    counts = [window.facts.item_for(w) for w in ("20個築夢",)]
    assert all(item is not None and "個" in item.text(1) for item in counts)


def test_copy_as_quotation_puts_text_and_html(window: MainWindow) -> None:
    window.set_variant(Variant.TW)
    start = window.article.text.index("同心獻良策")
    window.view.select_range(start, start + 6)
    assert window.actions_by_id[ActionId.COPY_QUOTE].shortcut() == QKeySequence("Ctrl+Shift+C")
    window.actions_by_id[ActionId.COPY_QUOTE].trigger()
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.hasText() and mime.hasHtml()
    assert "「同心獻良策。」" in mime.text()
    assert "[EB/OL]" in mime.text() and "江門市委統戰部" in mime.text()
    assert "同心獻良策" in mime.html()


def test_export_facts_never_over_the_article(window: MainWindow, tmp_path: Path) -> None:
    before = SEED.read_bytes()
    window.exports.facts(SEED)
    assert SEED.read_bytes() == before
    out = tmp_path / "facts.json"
    window.exports.facts(out)
    assert '"kind": "date"' in out.read_text(encoding="utf-8")


def test_long_text_converts_off_the_gui_thread(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert window.open_path(shared_path("data", "long", "zuozhuan.txt"))
    qtbot.waitUntil(lambda: window.source_article.text.startswith("左传") and window.article is not None
                    and window.article.text.startswith("左传"), timeout=20000)
    middle = len(window.article.text) // 2
    window.go_to_offset(middle)
    window.set_variant(Variant.HANT)
    assert window.variant is Variant.HANT
    assert window.article is not None and "傳" not in window.article.text[:50]  # not yet converted
    qtbot.waitUntil(lambda: "傳" in window.article.text[:50], timeout=20000)
    assert abs(window.shown_offsets().to_source(window.view.top_offset()) - middle) < 400


def test_long_text_facts_are_found_aside_and_follow_a_switch(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from reader.core.script.variants import convert

    assert window.open_path(shared_path("data", "long", "zuozhuan.txt"))
    qtbot.waitUntil(lambda: window.facts.row_count() > 500, timeout=60000)  # found in the helper process
    sources = window.facts_list()
    changed = next(f for f in sources if convert(f.text, Variant.HANT).text != f.text)
    expected = convert(changed.text, Variant.HANT).text
    window.set_variant(Variant.HANT)
    qtbot.waitUntil(lambda: window.facts.item_for(expected) is not None, timeout=30000)
    placed = window.facts_list()
    assert len(placed) == len(sources)
    assert all(f.text == window.article.text[f.start : f.end] for f in placed)


def test_facts_are_found_once_the_article_is_painted(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.facts.row_count() > 20, timeout=FACTS_TIMEOUT)  # the seed's
    before = window.facts.row_count()
    short = tmp_path / "short.txt"
    short.write_text("2023年1月2日，三个城市举办了活动。\n", encoding="utf-8")
    seen: list[int] = []
    window.view.painted.connect(lambda: seen.append(window.facts.row_count()))
    assert window.open_path(short)
    assert window.view.awaiting_paint
    window._refresh_facts()  # as an early timer would: nothing before the first paint
    assert window.facts.row_count() == before
    qtbot.waitUntil(lambda: 0 < window.facts.row_count() < 5, timeout=FACTS_TIMEOUT)
    assert seen == [before]  # painted first, with the old list still standing
