"""Words in the vertical layout: the same word tools through the same page calls."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from reader.ui.controllers.word_tools import WordTools
from reader.ui.reading.vertical_view import VerticalView
from reader.ui.window.actions import ActionId
from reader.ui.window.main_window import MainWindow


def _vertical_tools(qtbot, window: MainWindow, at: int) -> tuple[VerticalView, WordTools]:  # type: ignore[no-untyped-def]
    tools = window.words.tools
    qtbot.waitUntil(lambda: bool(tools.words), timeout=30_000)
    window.go_to_offset(max(0, at - 10))
    window.actions_by_id[ActionId.VERTICAL].trigger()
    view = window.page.current
    assert isinstance(view, VerticalView)
    qtbot.waitUntil(lambda: not view.awaiting_paint)
    return view, tools


def _centre(view: VerticalView, offset: int) -> QPoint:
    """The middle of the character at ``offset``, in viewport coordinates."""
    top, below = view.rect_of(offset), view.rect_of(offset + 1)
    return QPoint(top.center().x(), (top.top() + below.top()) // 2 if below.left() == top.left() else top.top() + 6)


def test_double_click_selects_a_word_in_columns(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    text = window.article.text
    at = text.index("统一战线深入")
    view, _tools = _vertical_tools(qtbot, window, at)
    assert view.offset_at_char(_centre(view, at + 2)) == at + 2
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, _centre(view, at + 2))
    start, end = window.page.selected_range()
    assert text[start:end] == "统一战线"


def test_ctrl_down_moves_by_word_down_the_column_and_shift_extends(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    text = window.article.text
    at = text.index("统一战线深入")
    view, _tools = _vertical_tools(qtbot, window, at)
    view.set_caret(at, at)
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert view.caret() == (at + 4, at + 4)
    QTest.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert text[slice(*window.page.selected_range())] == "深入"
    QTest.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert view.caret()[1] == at + 4


def test_pointer_rest_and_ctrl_d_show_the_card_beside_the_column(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    text = window.article.text
    at = text.index("统一战线深入")
    view, tools = _vertical_tools(qtbot, window, at)
    point = _centre(view, at + 1)
    event = QMouseEvent(QEvent.Type.MouseMove, QPointF(point), QPointF(view.viewport().mapToGlobal(point)),
                        Qt.MouseButton.NoButton, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), event)
    qtbot.waitUntil(lambda: tools.popup.isVisible(), timeout=15_000)
    assert tools.popup.word == "统一战线"
    word = view.viewport().mapToGlobal(view.rect_of(at).topLeft()).y(), view.viewport().mapToGlobal(view.rect_of(at + 4).topLeft()).y()
    card = tools.popup.geometry()
    assert card.top() >= word[1] or card.bottom() <= word[0], "the card never covers the word"
    tools.popup.hide()
    view.select_range(at, at + 2)
    window.actions_by_id[ActionId.LOOK_UP].trigger()
    assert tools.popup.isVisible() and tools.popup.word == "统一"


def test_readings_stand_beside_the_columns(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    text = window.article.text
    at = text.index("统一战线深入")
    view, tools = _vertical_tools(qtbot, window, at)
    pitch = view._layout.styles[0].pitch  # type: ignore[union-attr]
    before = view.viewport().grab().toImage()
    tools.set_aid("pinyin")
    first, last = tools.aid.visible_range()
    assert first <= at < last
    qtbot.waitUntil(lambda: tools.aid.syllables()[at : at + 4] == ["tǒng", "yī", "zhàn", "xiàn"], timeout=30_000)
    assert view._layout.styles[0].pitch > pitch * 1.5  # type: ignore[union-attr] # room beside each column
    after = view.viewport().grab().toImage()
    assert after != before
    tools.set_aid("off")
    assert abs(view._layout.styles[0].pitch - pitch) < 0.01  # type: ignore[union-attr]
