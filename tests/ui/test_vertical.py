"""Vertical layout (直排): the same article and offsets as the horizontal view, in columns."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QWheelEvent
from PySide6.QtWidgets import QApplication

from reader.core import BlockKind, parse_text
from reader.core.script.variants import Variant
from reader.ui.reading.highlights import SEARCH_HIT
from reader.ui.reading.reading_view import ReadingView
from reader.ui.reading.vertical_layout import VERTICAL_FORMS, CellKind
from reader.ui.reading.vertical_view import VerticalView
from reader.ui.window.actions import ActionId
from reader.ui.window.main_window import MainWindow
from tests.ui.typing import type_chinese


def _vertical(window: MainWindow) -> VerticalView:
    window.actions_by_id[ActionId.VERTICAL].trigger()
    view = window.page.current
    assert isinstance(view, VerticalView) and window.page.vertical
    return view


def _has_colour(image: QImage, colour: str) -> bool:
    wanted = QColor(colour).rgb()
    return any(image.pixel(x, y) == wanted for x in range(0, image.width(), 2) for y in range(0, image.height(), 2))


def _heading(window: MainWindow, index: int) -> tuple[int, int]:
    block = window.article.blocks_of(BlockKind.HEADING)[index]
    return block.start, block.end


def test_switch_keeps_the_place_the_selection_and_the_highlights(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    start, end = _heading(window, 1)
    window.go_to_offset(start)
    window.page.select_range(start, start + 4)
    window.search("统战")
    window.page.select_range(start, start + 4)
    view = _vertical(window)
    qtbot.waitUntil(lambda: not view.awaiting_paint)
    column = view._layout.columns[view._layout.column_of(view.top_offset())]  # type: ignore[union-attr]
    assert column.start <= start < column.end + 1
    assert window.page.selected_range() == (start, start + 4)
    assert window.page.top_offset() == view.top_offset()
    assert _has_colour(view.viewport().grab().toImage(), SEARCH_HIT)  # the search layer came along
    window.actions_by_id[ActionId.VERTICAL].trigger()
    assert isinstance(window.page.current, ReadingView) and not window.page.vertical
    assert start - 40 <= window.page.top_offset() <= end
    assert window.page.selected_range() == (start, start + 4)


def test_outline_find_and_facts_move_the_vertical_view(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = _vertical(window)
    start, _ = _heading(window, 2)
    window.go_to_offset(start)
    assert view.top_offset() <= start
    assert window.outline.item_at(0) is not None
    before = view.horizontalScrollBar().value()
    window.find_bar.open()
    type_chinese(window.find_bar.field, "侨都")
    hit = window.page.selected_range()
    assert hit is not None and window.article.text[hit[0] : hit[1]] == "侨都"
    window.find_next()
    following = window.page.selected_range()
    assert following is not None and following[0] > hit[0]
    assert view.horizontalScrollBar().value() != before or following[0] < view.top_offset() + 2000
    window.go_to_range(following[0], following[1])
    assert view.selected_range() == following


def test_drag_selects_copies_and_quotes(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = _vertical(window)
    qtbot.waitUntil(lambda: not view.awaiting_paint)
    right = view.viewport().width() - 60
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(right, 60))
    qtbot.mouseMove(view.viewport(), QPoint(right - 90, 200))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(right - 90, 200))
    selection = window.page.selected_range()
    assert selection is not None and selection[1] - selection[0] > 10
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == window.article.text[selection[0] : selection[1]]
    quoted = window.copy_quotation("plain")
    assert window.article.text[selection[0] : selection[0] + 6].strip()[:4] in quoted


def test_wheel_down_moves_on_through_the_text_leftwards(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = _vertical(window)
    qtbot.waitUntil(lambda: not view.awaiting_paint)
    top, value = view.top_offset(), view.horizontalScrollBar().value()
    centre = QPointF(view.viewport().rect().center())
    event = QWheelEvent(centre, view.viewport().mapToGlobal(centre), QPoint(0, 0), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), event)
    assert view.horizontalScrollBar().value() > value
    assert view.top_offset() > top
    assert view.horizontalScrollBar().invertedAppearance()  # the bar's start is at the right, as the text's


def test_taiwan_articles_open_vertical_when_asked_and_a_file_keeps_its_choice(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.actions_by_id[ActionId.VERTICAL_FOR_TRADITIONAL].trigger()
    window.set_variant(Variant.TW)
    assert window.page.vertical
    assert "僑都" in window.article.text
    window.set_variant(Variant.HANS)
    assert not window.page.vertical
    _vertical(window)  # chosen for this file: it stays vertical in any script
    window.set_variant(Variant.HANS)
    assert window.page.vertical
    assert list(window.settings.layouts.values()) == ["vertical"]


def test_columns_follow_the_rules_of_vertical_setting(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = VerticalView()
    qtbot.addWidget(view)
    view.resize(500, 400)
    view.show()
    article = parse_text("标题\n\n" + "江门市统一战线，深入学习" * 30 + "。\n2022年07月25日RCEP经贸合作「同心」")
    view.show_article(article)
    view.reveal_all()  # the first screen is laid out at once, the rest in slices: all of it now
    layout = view._layout
    assert layout is not None
    text = article.text
    starts = [text[c.start] for c in layout.columns]
    assert not any(ch in "，。、」』）" for ch in starts)  # no column begins with a closing mark
    cells = [cell for column in layout.columns if column.cells for cell in column.cells]
    kinds = {text[c.start : c.end]: c.kind for c in cells}
    assert kinds["07"] == CellKind.TCY and kinds["25"] == CellKind.TCY  # 縱中橫
    assert kinds["RCEP"] == CellKind.SIDEWAYS and kinds["2022"] == CellKind.SIDEWAYS
    assert "「，。」……——".translate(VERTICAL_FORMS) == "﹁︐︒﹂︙︙︱︱"
    first = layout.columns[0]
    assert view.top_offset() == first.start == 0


def test_the_first_screen_is_laid_out_at_once_and_the_rest_in_slices(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = VerticalView()
    qtbot.addWidget(view)
    view.resize(500, 400)
    view.show()
    article = parse_text("标题\n\n" + "".join(f"江门市统一战线第{i}次会议，深入学习RCEP经贸合作的精神。\n" for i in range(300)))
    view.show_article(article)
    layout = view._layout
    assert layout is not None and not layout.done
    assert layout.columns[-1].x > view.viewport().width()  # the screen is full
    assert layout.laid_to < len(article.text) // 10
    qtbot.waitUntil(lambda: view._layout is not None and view._layout.done)
    assert view._layout.columns[-1].end == len(article.text)
