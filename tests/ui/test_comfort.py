"""Reading comfort: themes, font, spacing, width, distraction-free mode, PDF, shortcuts list."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QPalette

from reader.core import BlockKind
from reader.ui.dialogs.shortcuts_dialog import ShortcutsDialog
from reader.ui.window.actions import ActionId
from reader.ui.window.main_window import MainWindow
from tests.conftest import SEED


def test_theme_sets_page_colours_and_persists(qtbot, window: MainWindow, settings_file: Path) -> None:  # type: ignore[no-untyped-def]
    heading = window.article.blocks_of(BlockKind.HEADING)[1]
    window.go_to_offset(heading.start)
    window.set_appearance(theme="sepia")
    assert window.view.palette().color(QPalette.ColorRole.Base) == QColor("#f4ecd8")
    assert heading.start <= window.view.top_offset() < heading.end
    window.set_appearance(theme="dark")
    assert window.view.palette().color(QPalette.ColorRole.Text) == QColor("#dcdcdc")
    window.close()
    again = MainWindow(settings_file)
    qtbot.addWidget(again)
    assert again.view.palette().color(QPalette.ColorRole.Base) == QColor("#1e1f22")


def test_font_spacing_and_width(window: MainWindow) -> None:
    window.set_appearance(font_size=18.0, line_spacing="relaxed", text_width="narrow")
    assert window.view.document().defaultFont().pointSizeF() == 18.0
    paragraph = window.article.blocks_of(BlockKind.PARAGRAPH)[0]
    block = window.view.document().findBlock(paragraph.start)
    assert block.blockFormat().lineHeight() > 170
    window.resize(1700, 900)
    window.set_appearance(font_size=11.0)
    narrow = window.view.viewportMargins().left()
    window.set_appearance(text_width="wide")
    assert 0 <= window.view.viewportMargins().left() < narrow


def test_distraction_free_hides_everything_but_the_text(window: MainWindow) -> None:
    window.actions_by_id[ActionId.FULL_SCREEN].trigger()
    assert not window.menuBar().isVisible() and not window.docks["outline_dock"].isVisible()
    assert window.view.isVisible()
    window.actions_by_id[ActionId.FULL_SCREEN].trigger()
    assert window.menuBar().isVisible() and window.docks["outline_dock"].isVisible()


def test_export_pdf_in_the_shown_variant(window: MainWindow, tmp_path: Path) -> None:
    from reader.core.script.variants import Variant

    window.set_variant(Variant.TW)
    out = tmp_path / "article.pdf"
    before = SEED.read_bytes()
    window.exports.pdf(out)
    assert out.read_bytes().startswith(b"%PDF") and out.stat().st_size > 10_000
    assert SEED.read_bytes() == before


def test_shortcuts_dialog_lists_actions(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = ShortcutsDialog(list(window.actions_by_id.values()), window)
    qtbot.addWidget(dialog)
    texts = {dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())}
    assert texts["Copy as Quotation"] == "Ctrl+Shift+C"
    assert texts["Distraction-Free Reading"] == "F11"
    assert "臺灣正體 (Taiwan)" in texts


def test_f6_cycles_focus_through_the_panes(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    window.view.setFocus()
    assert window.actions_by_id[ActionId.NEXT_PANE].shortcut().toString() == "F6"
    assert window.focus_pane(+1) is window.outline
    assert window.focus_pane(+1) is window.facts.tree
    assert window.focus_pane(-1) is window.outline
    assert window.focus_pane(-1) is window.view
