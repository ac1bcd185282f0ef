"""The keyword-lists and quotation dialogs, driven as a user would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from reader.core.cite.citation import CitationStyle
from reader.core.find.highlight import Keyword, KeywordList
from reader.ui.dialogs.keywords_dialog import KeywordsDialog
from reader.ui.dialogs.quote_dialog import QuoteDialog
from reader.ui.window.main_window import MainWindow
from tests.ui.typing import type_chinese


def test_keywords_dialog_adds_adopts_toggles_and_removes(qtbot) -> None:  # type: ignore[no-untyped-def]
    lists = [KeywordList("政治", (Keyword("统战", "#ffc9c9"),))]
    dialog = KeywordsDialog(lists, {"统战": 23}, ["江门", "华侨华人"])
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, 2).text() == "23"
    type_chinese(dialog.new_keyword, "侨都")
    qtbot.keyClick(dialog.new_keyword, Qt.Key.Key_Return)
    buttons = [b for b in dialog.suggested.findChildren(QPushButton) if b.text() == "江门"]
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    assert [k.text for k in dialog.lists()[0].keywords] == ["统战", "侨都", "江门"]
    assert len({k.color for k in dialog.lists()[0].keywords}) == 3
    dialog.enabled_box.setChecked(False)
    assert dialog.lists()[0].enabled is False
    dialog.table.selectRow(0)
    dialog._remove_selected()
    assert [k.text for k in dialog.lists()[0].keywords] == ["侨都", "江门"]


def test_quote_dialog_previews_each_style(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    start = window.article.text.index("同心献良策")
    styles = [(s.value, s.value) for s in CitationStyle]
    dialog = QuoteDialog(styles, "apa", lambda style, tr: window.quotes.render(style, start, start + 6, tr))
    qtbot.addWidget(dialog)
    assert dialog.chosen_style() == "apa"
    assert "(2022, July 25)" in dialog.preview.toPlainText()
    dialog.style_box.setCurrentIndex(dialog.style_box.findData("gbt7714"))
    assert "[EB/OL]" in dialog.preview.toPlainText()
    type_chinese(dialog.translated, "J")
    assert dialog.translated_title() == "J"


def test_quote_dialog_from_the_window_copies_the_chosen_style(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from reader.ui.window.actions import ActionId

    start = window.article.text.index("同心献良策")
    window.view.select_range(start, start + 6)

    def choose_apa_and_accept() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QuoteDialog)
        dialog.style_box.setCurrentIndex(dialog.style_box.findData("apa"))
        dialog.accept()

    QTimer.singleShot(100, choose_apa_and_accept)
    window.actions_by_id[ActionId.QUOTE_DIALOG].trigger()
    assert "(2022, July 25)" in QGuiApplication.clipboard().text()
    assert window.settings.citation_style == "apa"
