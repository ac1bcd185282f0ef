"""ReadingView: the rendered document, and long texts laid out in slices."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QFont, QPalette, QTextDocument

from reader.core import Article, open_article
from reader.core.model import BlockKind
from reader.ui.reading.reading_view import ReadingView
from tests.conftest import SEED

_SENTENCE = "春秋之时，诸侯并立，史官记事，言简而义深。"


def _long_article(tmp_path: Path, paragraphs: int = 4000) -> Article:
    """About 90,000 characters: long enough to be laid out in slices."""
    lines = [f"第{i}章" if i % 50 == 0 else f"　　其{i}年，{_SENTENCE}" for i in range(paragraphs)]
    path = tmp_path / "long.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    return open_article(path)


def _view(qtbot) -> ReadingView:  # type: ignore[no-untyped-def]
    view = ReadingView()
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_document_is_the_text_with_each_block_styled(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot)
    article = open_article(SEED)
    view.show_article(article)
    doc = view.document()
    assert doc.toPlainText().replace("\u2029", "\n") == article.text
    assert doc.blockCount() == len(article.blocks)
    for block in article.blocks:
        char = view.cursor_for(block.start + 1, block.start + 1).charFormat()
        bold = block.kind in (BlockKind.TITLE, BlockKind.HEADING)
        assert (char.fontWeight() == QFont.Weight.Bold) is bold, block
    caption = next(b for b in article.blocks if b.credit)
    credit = view.cursor_for(caption.end - 1, caption.end - 1).charFormat()
    words = view.cursor_for(caption.start + 1, caption.start + 1).charFormat()
    assert credit.fontWeight() == QFont.Weight.Light != words.fontWeight()
    assert credit.foreground().color() == view.palette().color(QPalette.ColorRole.PlaceholderText)


def _shown_blocks(view: ReadingView) -> list[bool]:
    block, shown = view.document().firstBlock(), []
    while block.isValid():
        shown.append(block.isVisible())
        block = block.next()
    return shown


def test_the_first_screen_is_laid_out_first_and_the_rest_once_it_is_painted(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot)
    article = open_article(SEED)
    painted: list[bool] = []
    view.painted.connect(lambda: painted.append(all(_shown_blocks(view))))
    view.show_article(article)
    shown = _shown_blocks(view)
    assert shown[0] and not shown[-1]  # the rest waits for the first paint
    assert view.document().toPlainText().replace("\u2029", "\n") == article.text  # all there, though
    layout = view.document().documentLayout()
    last_shown = view.document().findBlock(view.cursor_for(0, 0).position())
    while last_shown.next().isVisible():
        last_shown = last_shown.next()
    assert layout.blockBoundingRect(last_shown).bottom() >= view.viewport().height()  # a full screen
    qtbot.waitUntil(lambda: all(_shown_blocks(view)), timeout=5000)
    assert painted == [False]


def _paragraphs(tmp_path: Path, *lengths: int) -> Article:
    path = tmp_path / "paragraphs.txt"
    paragraphs = (f"其{i}年，" + _SENTENCE * (n // len(_SENTENCE)) for i, n in enumerate(lengths))
    path.write_text("\n\n".join(paragraphs), encoding="utf-8")
    return open_article(path)


def test_a_position_deep_in_a_tall_paragraph_has_a_screen_below_it(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot)
    article = _paragraphs(tmp_path, 2000, 300, 300, 300, 300, 300)
    assert len(article.blocks) == 6
    top = article.blocks[0].end - 40
    view.show_article(article, top=top)
    assert 0 <= top - view.top_offset() < 40  # its line stands at the top, not a screen higher


def test_the_top_offset_is_in_shown_text_while_the_rest_waits(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot)
    article = open_article(SEED)
    view.show_article(article)
    bar = view.verticalScrollBar()
    for value in range(0, bar.maximum() + 1, 7):
        bar.setValue(value)
        block = view.document().findBlock(view.offset_to_position(view.top_offset()))
        assert block.isVisible()
        rect = view.document().documentLayout().blockBoundingRect(block)
        assert rect.top() - 40 <= value + 4 <= rect.bottom() + 40, (value, rect)  # or a gap beside it


def test_a_jump_before_the_first_paint_lands_where_asked(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot)
    article = open_article(SEED)
    view.show_article(article)
    for block in (article.blocks[4], article.blocks[len(article.blocks) // 2]):  # last shown, then hidden
        view.show_article(article)
        view.scroll_to_offset(block.start)
        assert all(_shown_blocks(view))
        assert view.top_offset() == block.start


def test_long_text_is_placed_once_laid_out_that_far(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot)
    article = _long_article(tmp_path)
    target = article.blocks[len(article.blocks) * 2 // 3]
    with qtbot.waitSignal(view.positioned, timeout=10000):
        view.show_article(article, top=target.start, selection=(target.start, target.start + 4))
        assert view.top_offset() == target.start  # asked for, before the layout gets there
        view.resize(700, 600)  # a new width while placing: the layout starts over, paced again
    assert target.start <= view.top_offset() < target.end
    assert view.selected_range() == (target.start, target.start + 4)
    bar = view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0 and not view._pacer.active, timeout=10000)
    end = view.document().documentLayout().blockBoundingRect(view.document().lastBlock()).bottom()
    assert bar.maximum() >= end - view.viewport().height() - 50  # the scroll range covers it all


def test_highlights_wait_for_the_layout_and_then_show(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot)
    article = _long_article(tmp_path)
    last = article.blocks[-1]
    view.show_article(article)
    view.flash(last.start, last.end, msec=60000)
    assert view.extraSelections() == []  # placing it now would lay the whole text out at once
    qtbot.waitUntil(lambda: len(view.extraSelections()) == 1, timeout=10000)


def test_replaced_documents_are_deleted(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot)
    article = open_article(SEED)
    for _ in range(4):
        view.show_article(article)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert len(view.findChildren(QTextDocument)) == 1
