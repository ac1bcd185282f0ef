"""Search results that show the hit, and the typographic cleanup switched in the window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from reader.core.facts import extract_facts
from reader.core.model import Article
from reader.core.script.typography import THIN_SPACE
from reader.ui.reading.highlights import SEARCH_HIT
from reader.ui.window.actions import ActionId
from reader.ui.window.main_window import MainWindow


def test_results_group_hits_under_dimmed_sections_with_counts(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    count = window.search("统战")
    panel = window.results
    assert panel.hit_count() == count
    headers = [panel.item(r).text() for r in range(panel.count()) if not panel.item(r).flags()]
    assert len(headers) == panel.count() - count >= 3
    assert sum(int(h.rsplit("·", 1)[1].split()[0]) for h in headers) == count
    assert any(h.startswith("坚持党的领导不断完善大统战工作格局") for h in headers)


def test_the_hit_is_marked_in_its_context_line(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.search("侨都")
    window.docks["results_dock"].show()
    window.results.resize(260, 300)  # narrower than the context: it is cut, the hit stays in view
    qtbot.waitExposed(window.results)
    image = window.results.viewport().grab().toImage()
    wanted = QColor(SEARCH_HIT).rgb()
    marked = [(x, y) for x in range(image.width()) for y in range(image.height()) if image.pixel(x, y) == wanted]
    assert len(marked) > 50


def test_arrow_keys_in_the_results_move_the_reading_view(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.search("统战")
    window.docks["results_dock"].show()
    first = window.page.selected_range()
    window.results.setFocus()
    qtbot.keyClick(window.results, Qt.Key.Key_Down)
    second = window.page.selected_range()
    assert second is not None and first is not None and second[0] > first[0]
    assert window.article.text[second[0] : second[1]] == "统战"
    qtbot.keyClick(window.results, Qt.Key.Key_Down)
    third = window.page.selected_range()
    assert third is not None and third[0] > second[0]
    assert window.results.hasFocus()  # the reader keeps stepping from the list


def test_cleanup_switches_off_and_on_with_offsets_right(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    tidied = window.article.text
    assert "江门：为构建" in tidied and THIN_SPACE not in tidied  # the thin space is asked for
    window.actions_by_id[ActionId.TYPOGRAPHY_SPACING].trigger()
    assert f"2022{THIN_SPACE}年" in window.article.text
    heading = window.article.outline[3]
    window.go_to_offset(heading.start)
    window.actions_by_id[ActionId.TYPOGRAPHY_SPACING].trigger()
    assert THIN_SPACE not in window.article.text and "江门：为构建" in window.article.text
    window.actions_by_id[ActionId.TYPOGRAPHY].trigger()
    assert window.article.text == window.source_article.text
    assert not window.actions_by_id[ActionId.TYPOGRAPHY_SPACING].isEnabled()
    written = window.source_article.outline[3]
    assert written.start <= window.page.top_offset() <= written.end
    window.actions_by_id[ActionId.TYPOGRAPHY].trigger()
    assert window.article.text == tidied
    assert window.search("江门:为") == 1  # half-width typed, full-width shown
    selection = window.page.selected_range()
    assert selection is not None and window.article.text[selection[0] : selection[1]] == "江门：为"
    assert "江门：为" in window.copy_quotation("plain")
    window.docks["facts_dock"].show()
    qtbot.waitUntil(lambda: window.facts.row_count() > 20)
    written = _mention_openings(window.source_article)  # 当天 is a mention of 2022年1月1日
    for fact in window.facts_list():
        for mention in fact.mentions:
            shown = window.article.text[mention.start : mention.end].replace(THIN_SPACE, "")[:2]
            assert shown in written[(fact.kind, fact.value)]
    assert window.settings.typography and not window.settings.typography_spacing


def _mention_openings(article: Article) -> dict[tuple[object, str], set[str]]:
    """The first two characters of each mention of each fact of the article as written."""
    return {
        (fact.kind, fact.value): {article.text[m.start : m.end][:2] for m in fact.mentions}
        for fact in extract_facts(article)
    }
