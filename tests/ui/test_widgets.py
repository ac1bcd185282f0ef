"""The panels on their own: what they emit when driven with keys and clicks."""

from __future__ import annotations

from PySide6.QtCore import Qt

from reader.core.model import OutlineEntry
from reader.ui.panels.facts_panel import FactRow, FactsPanel
from reader.ui.panels.outline_panel import OutlinePanel
from reader.ui.panels.results_panel import ResultsPanel
from reader.ui.reading.find_bar import FindBar
from tests.ui.typing import type_chinese


def test_find_bar_emits_queries_and_steps(qtbot) -> None:  # type: ignore[no-untyped-def]
    bar = FindBar()
    qtbot.addWidget(bar)
    bar.open()
    seen = []
    bar.query_changed.connect(lambda *args: seen.append(args))
    type_chinese(bar.field, "统战")
    assert seen == [("统", False, False), ("统战", False, False)]
    with qtbot.waitSignal(bar.next_requested):
        qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    with qtbot.waitSignal(bar.previous_requested):
        qtbot.keyClick(bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    bar.set_count(3, 17)
    assert bar.count_label.text() == "3 / 17"
    with qtbot.waitSignal(bar.closed):
        qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible()


def test_outline_nests_levels(qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = OutlinePanel()
    qtbot.addWidget(panel)
    panel.set_entries((OutlineEntry(1, "一", 0, 1), OutlineEntry(2, "甲", 5, 6), OutlineEntry(1, "二", 9, 10)))
    assert panel.topLevelItemCount() == 2
    assert panel.topLevelItem(0).child(0).text(0) == "甲"
    panel.set_current_offset(7)
    assert panel.currentItem().text(0) == "甲"


def _rows() -> list[FactRow]:
    return [
        FactRow("date", "Dates", "2020年5月", "2020-05", "2020年5月,某事。", ((10, 17), (40, 47)), (10, 20)),
        FactRow("place", "Places", "江门", "江门", "江门很好。", ((0, 2),), (0, 5)),
    ]


def test_facts_panel_rewords_the_same_facts_in_place(qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = FactsPanel()
    qtbot.addWidget(panel)
    panel.set_rows(_rows())
    item = panel.item_for("江门")
    panel.set_rows([FactRow("date", "Dates", "2020年5月", "2020-05", "2020年5月,某事。", ((10, 17), (40, 47))),
                    FactRow("place", "Places", "江門", "江門", "江門很好。", ((0, 2),))])
    assert panel.item_for("江門") is item and item.text(1) == "江門" and item.toolTip(0) == "江門很好。"
    assert panel.item_for("江门") is None
    panel.set_rows(_rows()[:1])  # other facts: built anew
    assert panel.row_count() == 1 and panel.tree.topLevelItemCount() == 1


def test_facts_panel_cycles_mentions_and_filters(qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = FactsPanel()
    qtbot.addWidget(panel)
    panel.set_rows(_rows())
    assert panel.tree.topLevelItem(0).text(0) == "Dates (1)"
    item = panel.item_for("2020年5月")
    assert item is not None and item.toolTip(0) == "2020年5月,某事。"
    assert item.toolTip(1) == "2020-05\n2020年5月,某事。"  # the value whole, as a narrow panel cuts it
    assert panel.item_for("江门").toolTip(1) == "江门很好。"  # a value that is its words is not said twice
    spans = []
    panel.range_activated.connect(lambda s, e: spans.append((s, e)))
    for _ in range(3):
        panel.tree.itemClicked.emit(item, 0)
    assert spans == [(10, 17), (40, 47), (10, 17)]
    type_chinese(panel.filter, "江门")
    assert item.isHidden() and not panel.item_for("江门").isHidden()


def test_results_panel_emits_ranges(qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = ResultsPanel()
    qtbot.addWidget(panel)
    panel.set_results([(5, 7, "第一节", "……统战……"), (30, 32, "第二节", "……統戰……")])
    with qtbot.waitSignal(panel.range_activated) as blocker:
        panel.itemClicked.emit(panel.item(3))  # 第一节 · 1 hit, the hit, 第二节 · 1 hit, the hit
    assert blocker.args == [30, 32]
    assert panel.hit_count() == 2 and panel.item(2).text() == "第二节 · 1 hit"


def test_facts_panel_fills_thousands_of_rows_a_few_hundred_at_a_time(qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = FactsPanel()
    qtbot.addWidget(panel)
    rows = [FactRow("count", "Counts", f"{i}个人", f"{i} 个 人", "某句。", ((i, i + 3),)) for i in range(1000)]

    def listed() -> int:
        group = panel.tree.topLevelItem(0)
        return group.childCount() if group is not None else 0

    panel.set_rows(rows)
    assert listed() < 1000  # the rest follow in later turns of the event loop
    qtbot.waitUntil(lambda: listed() == 1000 and panel.tree.topLevelItem(0).text(0) == "Counts (1000)")
    panel.set_rows([FactRow(r.kind, r.kind_label, r.text.replace("个", "個"), r.value, r.sentence, r.mentions)
                    for r in rows])
    qtbot.waitUntil(lambda: panel.item_for("999個人") is not None and panel.item_for("999個人").text(0) == "999個人")
    assert listed() == 1000
    panel.set_rows(rows[:700] + rows[:1])  # other facts: rebuilt a few hundred at a time…
    panel.set_rows(_rows())  # …and replaced at once by a short list before that is done
    qtbot.wait(50)
    assert panel.row_count() == 2 and panel.tree.topLevelItemCount() == 2 and listed() == 1


def test_outline_adds_thousands_of_entries_a_few_hundred_at_a_time(qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = OutlinePanel()
    qtbot.addWidget(panel)
    entries = tuple(OutlineEntry(1, f"第{i}章", i * 10, i * 10 + 3) for i in range(3000))
    panel.set_entries(entries)
    panel.set_current_offset(29_995)  # the last entry, not added yet
    assert panel.topLevelItemCount() < 3000
    qtbot.waitUntil(lambda: panel.topLevelItemCount() == 3000 and panel.currentItem() is not None)
    assert panel.currentItem().text(0) == "第2999章"
    panel.set_entries(entries[:2])  # a short outline replaces a long one still being added
    qtbot.wait(50)
    assert panel.topLevelItemCount() == 2
