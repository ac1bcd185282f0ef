"""Words in the window: selection by word, the pop-up, readings, corrections, vocabulary, read aloud."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from reader.core.script.variants import Variant
from reader.ui.controllers.read_aloud import ReadAloud
from reader.ui.controllers.word_tools import WordTools
from reader.ui.window.actions import ActionId
from reader.ui.window.main_window import MainWindow
from reader.ui.window.word_wiring import export_vocabulary


def _tools(qtbot, window: MainWindow) -> WordTools:  # type: ignore[no-untyped-def]
    tools = window.words.tools
    qtbot.waitUntil(lambda: bool(tools.words), timeout=30_000)
    return tools


def _center(window: MainWindow, offset: int) -> QPoint:
    rect = window.view.rect_of(offset)
    after = window.view.rect_of(offset + 1)
    return QPoint((rect.left() + after.left()) // 2 if after.top() == rect.top() else rect.left() + 4,
                  rect.center().y())


def _hover(window: MainWindow, point: QPoint) -> None:
    """A pointer move over the text (QTest.mouseMove moves no pointer on the offscreen platform)."""
    viewport = window.view.viewport()
    event = QMouseEvent(QEvent.Type.MouseMove, QPointF(point), QPointF(viewport.mapToGlobal(point)),
                        Qt.MouseButton.NoButton, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, event)


def _show(window: MainWindow, offset: int) -> None:
    window.view.scroll_to_offset(max(0, offset - 20))


def test_word_tools_start_after_the_first_paint(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.words._tools is not None, timeout=5_000)
    assert _tools(qtbot, window).words


def test_double_click_selects_a_word(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _tools(qtbot, window)
    text = window.article.text
    at = text.index("统一战线深入")
    _show(window, at)
    QTest.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                      _center(window, at + 2))
    start, end = window.view.selected_range()
    assert text[start:end] == "统一战线"


def test_ctrl_arrows_move_by_word_and_shift_extends(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _tools(qtbot, window)
    text = window.article.text
    at = text.index("江门始终坚持")
    window.view.setTextCursor(window.view.cursor_for(at, at))
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(window.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    start, end = window.view.selected_range()
    assert text[start:end] == "始终"
    QTest.keyClick(window.view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    cursor = window.view.textCursor()
    assert not cursor.hasSelection() and window.view.position_to_offset(cursor.position()) == at + 2


def test_pointer_rest_shows_the_card_below_the_word(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    tools = _tools(qtbot, window)
    text = window.article.text
    at = text.index("统一战线深入")
    _show(window, at)
    _hover(window, _center(window, at + 2))
    qtbot.waitUntil(lambda: tools.popup.isVisible(), timeout=15_000)
    assert tools.popup.word == "统一战线"
    assert "united front" in tools.popup.label.text() and "tǒng yī zhàn xiàn" in tools.popup.label.text()
    word_bottom = window.view.viewport().mapToGlobal(window.view.rect_of(at).bottomLeft()).y()
    word_top = window.view.viewport().mapToGlobal(window.view.rect_of(at).topLeft()).y()
    assert tools.popup.geometry().top() > word_bottom or tools.popup.geometry().bottom() < word_top


def test_lookup_setting_off_shows_no_card(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    tools = _tools(qtbot, window)
    window.actions_by_id[ActionId.WORD_POPUP].setChecked(False)
    assert not window.settings.word_popup
    at = window.article.text.index("统一战线深入")
    _show(window, at)
    _hover(window, _center(window, at + 2))
    qtbot.wait(600)
    assert not tools.popup.isVisible()


def test_keyboard_lookup_in_hong_kong_shows_jyutping_first(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.set_variant(Variant.HK)
    tools = _tools(qtbot, window)
    text = window.article.text
    at = text.index("統一戰線")
    window.view.select_range(at, at + 4)
    window.actions_by_id[ActionId.LOOK_UP].trigger()
    assert tools.popup.isVisible() and tools.popup.word == "統一戰線"
    card = tools.popup.label.text()
    assert card.index("tung2 jat1 zin3 sin3") < card.index("tǒng yī zhàn xiàn")
    tools.popup.keyword_requested.emit(tools.popup.word)
    assert any(h.keyword.text == "統一戰線" for h in window.keyword_highlights())


def test_readings_above_the_text_follow_the_variant(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    tools = _tools(qtbot, window)
    tools.set_aid("auto")
    text = window.article.text
    at = text.index("统一战线")
    qtbot.waitUntil(lambda: tools.aid.syllables()[at : at + 4] == ["tǒng", "yī", "zhàn", "xiàn"], timeout=30_000)
    window.view.grab()  # paints the readings over the text
    window.set_variant(Variant.HK)
    qtbot.waitUntil(lambda: window.article.text[at] == "統" and tools.aid.syllables()[at : at + 4] == [
        "tung2", "jat1", "zin3", "sin3"], timeout=30_000)
    assert window.settings.reading_aid == "auto"
    qtbot.waitUntil(lambda: tools.reading_done, timeout=60_000)
    shown = window.article.text
    assert all(tools.aid.syllables()[k] for k, ch in enumerate(shown) if "\u4e00" <= ch <= "\u9fff"), \
        "every piece of the text is read, not only the one in view"
    window.search("統戰")  # find still works with readings shown
    assert window.searcher.matches


def test_converted_words_are_marked(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.set_variant(Variant.TW)
    _tools(qtbot, window)
    window.actions_by_id[ActionId.MARK_CONVERTED].setChecked(True)
    marks = window.view._layers["converted"]
    text = window.article.text
    assert marks and any(text[a:b] == "域性" for a, b, _fmt in marks)
    window.actions_by_id[ActionId.MARK_CONVERTED].setChecked(False)
    assert window.view._layers["converted"] == []


def test_keep_as_written_survives_a_switch_and_a_restart(qtbot, window: MainWindow, settings_file: Path) -> None:  # type: ignore[no-untyped-def]
    window.set_variant(Variant.TW)
    tools = _tools(qtbot, window)
    text = window.article.text
    at = text.index("統一戰線")
    tools.keep_as_written((at, at + 4))
    assert "統一戰線" not in window.article.text and "统一战线" in window.article.text
    window.set_variant(Variant.HK)
    assert "统一战线" in window.article.text
    window.close()
    again = MainWindow(settings_file)
    qtbot.addWidget(again)
    again.open_path(window.path)
    assert again.variant is Variant.HK and "统一战线" in again.article.text


def test_always_convert_to_and_corrections_file(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window.set_variant(Variant.HANT)
    tools = _tools(qtbot, window)
    at = window.article.text.index("統戰")
    tools.always_convert((at, at + 2), "統一戰線")
    assert "統一戰線工作巡禮" in window.article.text
    path = tmp_path / "corrections.json"
    tools.export_corrections(path)
    window.words.set_corrections(type(tools.corrections)())
    assert "統一戰線工作巡禮" not in window.article.text
    tools.import_corrections(path)
    assert "統一戰線工作巡禮" in window.article.text
    with pytest.raises(ValueError):
        tools.import_corrections(Path(window.path))


def test_export_vocabulary_csv_and_anki(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _tools(qtbot, window)
    window.update_settings(known_words=("工作",))
    export_vocabulary(window, tmp_path / "v.csv")
    rows = list(csv.DictReader((tmp_path / "v.csv").read_text(encoding="utf-8").splitlines()))
    words = {r["word"]: r for r in rows}
    assert "统一战线" in words and "工作" not in words and int(words["统战"]["count"]) >= 5
    export_vocabulary(window, tmp_path / "v.tsv")
    assert (tmp_path / "v.tsv").read_text(encoding="utf-8").startswith("#separator:tab")
    article = tmp_path / "article.txt"
    article.write_bytes(Path(window.path).read_bytes())
    assert window.open_path(article)
    before = article.read_bytes()
    export_vocabulary(window, article)
    assert "never writes over" in window.message_bar.text()
    alias = tmp_path / "alias.csv"
    os.link(article, alias)  # a hard link to the article is the article too
    export_vocabulary(window, alias)
    assert article.read_bytes() == before and "never writes over" in window.message_bar.text()


def test_read_aloud_steps_through_sentences_highlighting_each(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    problems: list[str] = []
    reader = ReadAloud(window.view, problems.append, engine_name="mock", voice_language=lambda _v: "en")
    text = window.article.text
    start = text.index("江门始终坚持")
    end = text.index("。", start) + 1
    end = text.index("。", end) + 1
    spoken = []
    reader.state_changed.connect(lambda state: spoken.append((state, reader.current)))
    assert reader.start(text, "hans", start, end)
    first = reader.current
    assert first is not None and text[first.start : first.end] == text[start : text.index("。", start) + 1]
    layer = window.view._layers["reading"]
    assert [(a, b) for a, b, _f in layer] == [(first.start, first.end)]
    reader.pause()
    assert reader.state == "paused"
    reader.resume()
    qtbot.waitUntil(lambda: reader.state == "stopped", timeout=30_000)
    assert window.view._layers["reading"] == [] and problems == []


def test_read_aloud_says_plainly_when_no_voice_is_installed(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    problems: list[str] = []
    reader = ReadAloud(window.view, problems.append, engine_name="mock")
    assert not reader.start(window.article.text, "hk")
    assert problems and "Cantonese" in problems[0]
    assert reader.state == "stopped"


def test_no_two_actions_share_a_shortcut(window: MainWindow) -> None:
    keys = [a.shortcut().toString() for a in window.actions_by_id.values() if not a.shortcut().isEmpty()]
    assert len(keys) == len(set(keys)), sorted(k for k in keys if keys.count(k) > 1)


def test_ctrl_k_on_no_selection_highlights_the_word_at_the_cursor(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _tools(qtbot, window)
    text = window.article.text
    at = text.index("统一战线深入")
    window.view.setTextCursor(window.view.cursor_for(at + 1, at + 1))
    window.actions_by_id[ActionId.ADD_KEYWORD].trigger()
    assert any(h.keyword.text == "统一战线" for h in window.keyword_highlights())


def test_names_the_facts_list_become_words(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    tools = _tools(qtbot, window)
    window.docks["facts_dock"].show()
    qtbot.waitUntil(lambda: bool(window.facts_controller.listed()), timeout=60_000)
    text = window.article.text
    names = [n for n in window.words.fact_names() if len(n) > 2]
    assert names
    name = max(names, key=len)
    at = text.index(name)
    # the facts come from the helper process: the words are segmented again once they are in
    qtbot.waitUntil(lambda: tools._names == set(window.words.fact_names())
                    and tools.word_span(at) == (at, at + len(name)), timeout=30_000)
