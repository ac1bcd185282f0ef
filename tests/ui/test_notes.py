"""Highlights and notes in the window: made in one script, shown in every other, kept, listed, exported."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from reader.core.notes import Color
from reader.core.notes.links import OpenTarget
from reader.core.script.fold import fold
from reader.core.script.variants import Variant
from reader.ui.controllers.notes_controller import NotesController
from reader.ui.controllers.passage_link import follow
from reader.ui.window.actions import ActionId
from reader.ui.window.main_window import MainWindow
from tests.conftest import SEED

WORDS = "统一战线工作领导小组"
LONGER = "市委统战部还分别与市委组织部、市委宣传部、市政协等单位建立了"


def _ready(qtbot, window: MainWindow) -> NotesController:  # type: ignore[no-untyped-def]
    """The notes of the article on screen, once it is painted and they are placed."""
    qtbot.waitUntil(lambda: window._notes is not None and window.notes.source is window.source_article)
    return window.notes


def _restarted(qtbot, settings_file: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    """A new window, as after a restart, showing the seed."""
    again = MainWindow(settings_file)
    qtbot.addWidget(again)
    again.show()
    again.open_path(SEED)
    return again


def _saved(qtbot, notes: NotesController) -> None:  # type: ignore[no-untyped-def]
    """The first note of an article waits for the library to record it (in the helper process)."""
    qtbot.waitUntil(lambda: notes.keeper._notes is not None and notes.keeper._notes.article_id is not None,
                    timeout=30_000)


def _select(window: MainWindow, words: str) -> tuple[int, int]:
    start = window.article.text.index(words)
    window.view.select_range(start, start + len(words))
    return start, start + len(words)


def _layer(window: MainWindow) -> list[str]:
    """The words the notes layer paints, in the shown text."""
    return [window.article.text[s:e] for s, e, _fmt in window.view._layers.get("notes", [])]


def test_a_highlight_made_in_taiwan_script_sits_on_the_same_words_in_simplified(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    notes = _ready(qtbot, window)
    window.set_variant(Variant.TW)
    _select(window, "統一戰線工作領導小組")
    window.actions_by_id[ActionId.HIGHLIGHT_GREEN].trigger()
    (annotation,) = notes.annotations
    assert annotation.exact == WORDS and annotation.color is Color.GREEN  # stored as written
    assert _layer(window) == ["統一戰線工作領導小組"]
    for variant, words in ((Variant.HANS, WORDS), (Variant.HK, "統一戰線工作領導小組"), (Variant.ORIGINAL, WORDS)):
        window.set_variant(variant)
        qtbot.waitUntil(lambda w=words: _layer(window) == [w])
    assert window.docks["notes_dock"].isVisible()
    assert notes.panel.rows()[0].label == f"{WORDS}\n§ 坚持党的领导不断完善大统战工作格局"


def test_notes_are_kept_across_a_restart(qtbot, window: MainWindow, settings_file: Path) -> None:  # type: ignore[no-untyped-def]
    notes = _ready(qtbot, window)
    _select(window, LONGER)
    a = notes.highlight(Color.PINK)
    assert a is not None
    notes.change(a.id, note="谁牵头?")
    _saved(qtbot, notes)
    window.close()
    again = _restarted(qtbot, settings_file)
    kept = _ready(qtbot, again)
    assert [(x.exact, x.note, x.color) for x in kept.annotations] == [(LONGER, "谁牵头?", Color.PINK)]
    assert again.settings.note_color == "pink"  # the last colour used is the next default


def test_edit_recolour_delete_and_the_panel_follows(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    notes = _ready(qtbot, window)
    _select(window, WORDS)
    first = notes.highlight(Color.YELLOW)
    _select(window, LONGER)
    second = notes.highlight(Color.BLUE)
    assert first is not None and second is not None
    assert [r.id for r in notes.panel.rows()] == [first.id, second.id]
    assert notes.panel.counts.text().startswith("2 highlights")
    notes.change(first.id, color=Color.PINK, note="a thought")
    assert notes.panel.rows()[0].color == "pink" and "a thought" in notes.panel.rows()[0].label
    notes.panel.color_buttons["pink"].setChecked(False)
    assert [r.id for r in notes.panel.visible_rows()] == [second.id]
    notes.panel.color_buttons["pink"].setChecked(True)
    notes.panel.filter.setText("市政协")
    assert [r.id for r in notes.panel.visible_rows()] == [second.id]
    assert "showing 1" in notes.panel.counts.text()
    notes.panel.filter.clear()
    notes.delete(first.id)
    assert [a.id for a in notes.annotations] == [second.id] and len(notes.panel.rows()) == 1


def test_clicking_a_row_jumps_to_the_passage_and_selects_it(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    notes = _ready(qtbot, window)
    span = _select(window, LONGER)
    notes.highlight(Color.GREEN)
    window.view.select_range(0, 0)
    notes.panel.list.clicked.emit(notes.panel.list.model().index(0, 0))
    assert window.view.selected_range() == span


def test_a_margin_note_gets_a_mark_in_the_margin(qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    notes = _ready(qtbot, window)
    monkeypatch.setattr(NotesController, "_ask_note", lambda self, a: a.edited(note="my margin note"))
    monkeypatch.setattr(NotesController, "edit", lambda self, ident: None)  # the dialog would wait for a user
    at = window.article.text.index(LONGER)
    window.go_to_offset(at)
    note = notes.margin_note(at)
    assert note is not None and note.is_margin_note and note.note == "my margin note"
    qtbot.waitUntil(lambda: bool(notes.marks.visible_marks()))
    (rect, mark) = notes.marks.visible_marks()[0]
    assert mark[1] == note.id
    with qtbot.waitSignal(notes.marks.mark_clicked) as clicked:
        qtbot.mouseClick(notes.marks.strip, Qt.MouseButton.LeftButton, pos=rect.center())
    assert clicked.args == [note.id]
    assert notes.panel.rows()[0].is_margin_note and notes.panel.counts.text().startswith("0 highlights · 1 margin")


def test_the_context_menu_and_a_click_on_a_highlight(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    notes = _ready(qtbot, window)
    start, end = _select(window, WORDS)
    point = window.view.cursorRect(window.view.cursor_for(start + 2, start + 2)).center()
    menu = window.view.context_menu(point)
    texts = [a.text() for a in menu.actions()]
    assert "Highlight in Blue" in texts and "Add Margin Note Here…" in texts
    next(a for a in menu.actions() if a.text() == "Highlight in Blue").trigger()
    assert [a.color for a in notes.annotations] == [Color.BLUE]
    window.view.select_range(end, end)
    menu = window.view.context_menu(point)
    assert {"Edit Note…", "Delete Highlight"} <= {a.text() for a in menu.actions()}
    assert notes.menus._note_under(point) is not None  # a plain click here opens the highlight's menu
    clicked = notes.menus.note_menu(notes.note_at(start + 2))  # type: ignore[arg-type]
    next(a for a in clicked.actions() if a.text() == "Delete Highlight").trigger()
    assert notes.annotations == []


def test_ctrl_h_with_nothing_selected_asks_first(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    notes = _ready(qtbot, window)
    window.view.select_range(5, 5)
    window.actions_by_id[ActionId.HIGHLIGHT].trigger()
    assert notes.annotations == [] and "Select the words" in window.statusBar().currentMessage()


def test_a_hand_edited_store_keeps_the_rest_and_says_so(qtbot, window: MainWindow, settings_file: Path, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    notes = _ready(qtbot, window)
    for words in (WORDS, LONGER):
        _select(window, words)
        notes.highlight(Color.YELLOW)
    _saved(qtbot, notes)
    window.close()
    with sqlite3.connect(data_dir / "reader.sqlite3") as db:
        db.execute("UPDATE notes_annotation SET color = 'mauve' WHERE exact = ?", (WORDS,))
        db.execute("UPDATE notes_annotation SET id = NULL WHERE exact = ?", (LONGER,))
    again = _restarted(qtbot, settings_file)
    kept = _ready(qtbot, again)
    assert [a.exact for a in kept.annotations] == [WORDS]
    assert "repaired" in again.message_bar.text() and "skipped" in again.message_bar.text()


def test_text_that_vanished_is_listed_as_not_found(qtbot, window: MainWindow, settings_file: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    copy = tmp_path / "article.txt"
    copy.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    window.open_path(copy)
    notes = _ready(qtbot, window)
    _select(window, LONGER)
    gone = notes.highlight(Color.GREEN)
    assert gone is not None
    notes.change(gone.id, note="still here")
    _saved(qtbot, notes)
    copy.write_text(SEED.read_text(encoding="utf-8").replace(LONGER, "（此句已删）"), encoding="utf-8")
    window.open_path(copy)
    qtbot.waitUntil(lambda: notes.source is window.source_article)
    (placed,) = notes.placed()
    assert not placed.found and placed.annotation.note == "still here"
    assert notes.panel.list.model().index(0, 0).data().startswith("Not found in the current text (1)")
    assert "not found in the current text" in window.message_bar.text()


def _written(qtbot, path: Path, encoding: str = "utf-8") -> str:  # type: ignore[no-untyped-def]
    """The file an export writes on its worker thread, once it is there."""
    qtbot.waitUntil(path.exists)
    return path.read_text(encoding=encoding)


def test_export_markdown_json_csv_and_never_over_the_article(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    notes = _ready(qtbot, window)
    _select(window, WORDS)
    a = notes.highlight(Color.YELLOW)
    notes.change(a.id, note="谁牵头?")  # type: ignore[union-attr]
    window.set_variant(Variant.TW)
    qtbot.waitUntil(lambda: _layer(window) == ["統一戰線工作領導小組"])
    notes.exporter.write(tmp_path / "n.md", "markdown", "shown", "apa")
    text = _written(qtbot, tmp_path / "n.md")
    assert text.startswith(f"# {window.article.title}") and "江門" in window.article.title
    assert "「統一戰線工作領導小組」 (江門市委統戰部, 2022)" in text
    notes.exporter.write(tmp_path / "o.md", "markdown", "original", "gbt7714")
    assert "“统一战线工作领导小组”\\[1\\]" in _written(qtbot, tmp_path / "o.md")
    notes.exporter.write(tmp_path / "n.json", "json")
    assert json.loads(_written(qtbot, tmp_path / "n.json"))["total"] == 1
    notes.exporter.write(tmp_path / "n.csv", "csv")
    assert "統一戰線工作領導小組" in _written(qtbot, tmp_path / "n.csv", "utf-8-sig")
    before = SEED.read_bytes()
    notes.exporter.write(SEED, "markdown")
    qtbot.waitUntil(lambda: "Reader never writes over it" in window.message_bar.text())
    assert SEED.read_bytes() == before
    notes.exporter.write_article(tmp_path / "a.md")
    assert _written(qtbot, tmp_path / "a.md").startswith('---\ntitle: "江門')
    assert "Exported" in window.statusBar().currentMessage() or "Saved" in window.statusBar().currentMessage()


def test_copy_all_puts_text_and_html_on_the_clipboard(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    notes = _ready(qtbot, window)
    _select(window, WORDS)
    notes.highlight(Color.YELLOW)
    window.actions_by_id[ActionId.COPY_NOTES].trigger()
    qtbot.waitUntil(lambda: WORDS in QGuiApplication.clipboard().text())
    mime = QGuiApplication.clipboard().mimeData()
    assert f"“{WORDS}”[1]" in mime.text()
    assert "<blockquote>" in mime.html() and Color.YELLOW.hex in mime.html()


def test_a_link_back_opens_the_passage_selected(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    notes = _ready(qtbot, window)
    start = window.source_article.text.index(LONGER)
    window.set_variant(Variant.HK)
    follow(window, OpenTarget(str(SEED), start, start + len(LONGER), find=LONGER[:12]))
    window.open_path(SEED)
    qtbot.waitUntil(lambda: window.view.selected_range() is not None)
    s, e = window.view.selected_range()  # type: ignore[misc]
    assert fold(window.article.text[s:e]) == fold(LONGER)
    follow(window, OpenTarget(str(SEED), find="市政协等单位"))
    window.open_path(SEED)
    qtbot.waitUntil(lambda: _selected(window) == "市政協等單位")
    del notes


def _selected(window: MainWindow) -> str:
    span = window.view.selected_range()
    return window.article.text[span[0] : span[1]] if span else ""


def test_notes_never_load_before_the_first_paint(qtbot, settings_file: Path) -> None:  # type: ignore[no-untyped-def]
    win = MainWindow(settings_file)
    qtbot.addWidget(win)
    win.open_path(SEED)  # never shown, so never painted
    QApplication.processEvents()
    assert win._notes is None


def test_notes_follow_the_file_when_it_moves(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = tmp_path / "article.txt"
    first.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    window.open_path(first)
    notes = _ready(qtbot, window)
    _select(window, LONGER)
    notes.highlight(Color.BLUE)
    _saved(qtbot, notes)
    moved = tmp_path / "elsewhere" / "renamed.txt"
    moved.parent.mkdir()
    first.rename(moved)
    window.open_path(moved)
    qtbot.waitUntil(lambda: notes.source is window.source_article)
    assert [(a.exact, a.color) for a in notes.annotations] == [(LONGER, Color.BLUE)]


def test_a_damaged_library_file_is_said_and_its_notes_recovered_once_set_aside(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, settings_file: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    notes = _ready(qtbot, window)
    for words in (WORDS, LONGER):
        _select(window, words)
        notes.highlight(Color.GREEN)
    _saved(qtbot, notes)
    window.close()
    notes.keeper._file.close()  # type: ignore[union-attr]  # the WAL goes into the file
    database = data_dir / "reader.sqlite3"
    database.write_bytes(database.read_bytes()[:-4096])  # the last page lost
    again = _restarted(qtbot, settings_file)
    damaged = _ready(qtbot, again)
    assert damaged.annotations == [] and "is damaged" in again.message_bar.text()
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *args: QMessageBox.StandardButton.Ok)
    again.library.show_window()  # File ▸ Library: the library offers to set the file aside and start anew
    assert list(data_dir.glob("reader.sqlite3.set-aside-*"))
    again.open_path(SEED)
    qtbot.waitUntil(lambda: len(damaged.annotations) == 2, timeout=30_000)
    assert "2 highlights and notes were recovered" in again.message_bar.text()


def test_in_the_vertical_layout_the_context_menu_highlights_and_the_highlight_shows(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow) -> None:
    notes = _ready(qtbot, window)
    window.actions_by_id[ActionId.VERTICAL].trigger()
    view = window.page.current
    assert window.page.vertical and view is not window.view
    qtbot.waitUntil(lambda: not view.awaiting_paint)
    start = window.article.text.index(WORDS)
    window.page.select_range(start, start + len(WORDS))
    menu = view.context_menu(view.rect_of(start + 2).center())
    next(a for a in menu.actions() if a.text() == "Highlight in Blue").trigger()
    assert [(a.color, a.exact) for a in notes.annotations] == [(Color.BLUE, WORDS)]
    qtbot.waitUntil(lambda: [window.article.text[s:e] for s, e, _f in view._layers.get("notes", [])] == [WORDS])
