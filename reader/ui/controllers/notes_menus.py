"""How the user reaches notes from the text: the notes section of its context menu, a click on a
highlight, and the Notes menu's actions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QMouseEvent
from PySide6.QtWidgets import QApplication, QMenu

from ...core.notes import Color, ShownNote
from ..panels.note_rows import swatch
from ..window.actions import ActionId

if TYPE_CHECKING:
    from ..window.main_window import MainWindow
    from .notes_controller import NotesController

__all__ = ["NotesMenus"]

_HIGHLIGHT_IN = {ActionId.HIGHLIGHT_YELLOW: Color.YELLOW, ActionId.HIGHLIGHT_GREEN: Color.GREEN,
                 ActionId.HIGHLIGHT_BLUE: Color.BLUE, ActionId.HIGHLIGHT_PINK: Color.PINK}


class NotesMenus(QObject):
    """Builds the notes entries of menus and turns clicks on highlights into their menu."""

    def __init__(self, notes: NotesController, window: MainWindow) -> None:
        super().__init__(window)
        self._notes = notes
        self._window = window
        self._clicked: tuple[ShownNote, QPoint] | None = None
        self._click_timer = QTimer(self, singleShot=True, interval=QApplication.doubleClickInterval())
        self._click_timer.timeout.connect(self._open_clicked)
        window.page.add_menu_part(self.fill_context_menu)
        window.view.viewport().installEventFilter(self)
        self._wire_actions()

    # ---- Public API

    def fill_context_menu(self, menu: QMenu, offset: int) -> None:
        """The notes section of the text's context menu, for the point at ``offset``."""
        selection = self._window.page.selected_range()
        if selection is not None and selection[0] != selection[1]:
            for color, label, hex_color in self._colors():
                action = QAction(swatch(hex_color), self.tr("Highlight in {0}").format(label), menu)
                action.triggered.connect(lambda _on=False, c=color: self._notes.highlight(c))
                menu.addAction(action)
            menu.addAction(self.tr("Highlight with Note…"), lambda: self._notes.highlight(with_note=True))
        else:
            note = self._notes.note_at(offset)
            if note is not None:
                self.add_note_entries(menu, note)
        menu.addAction(self.tr("Add Margin Note Here…"), lambda: self._notes.margin_note(offset))

    def add_note_entries(self, menu: QMenu, note: ShownNote) -> None:
        """Edit, recolour or delete one annotation."""
        ident = note.placed.annotation.id
        menu.addAction(self.tr("Edit Note…"), lambda: self._notes.edit(ident))
        for color, label, hex_color in self._colors():
            action = QAction(swatch(hex_color), label, menu)
            action.setCheckable(True)
            action.setChecked(color is note.placed.annotation.color)
            action.triggered.connect(lambda _on=False, c=color: self._notes.change(ident, color=c))
            menu.addAction(action)
        menu.addAction(self.tr("Delete Highlight"), lambda: self._notes.delete(ident))

    def note_menu(self, note: ShownNote) -> QMenu:
        """The menu a click on a highlight opens: its note first, then what can be done with it."""
        menu = QMenu(self._window.view)
        text = note.placed.annotation.note
        if text:
            heading = menu.addAction(text if len(text) <= 60 else text[:59] + "…")
            heading.setEnabled(False)
            menu.addSeparator()
        self.add_note_entries(menu, note)
        return menu

    # ---- Private API

    def _colors(self) -> list[tuple[Color, str, str]]:
        from .notes_controller import color_table

        return [(Color(value), label, hex_color) for value, label, hex_color in color_table()]

    def _wire_actions(self) -> None:
        actions = self._window.actions_by_id
        notes = self._notes
        actions[ActionId.HIGHLIGHT].triggered.connect(lambda: notes.highlight())
        actions[ActionId.HIGHLIGHT_WITH_NOTE].triggered.connect(lambda: notes.highlight(with_note=True))
        actions[ActionId.MARGIN_NOTE].triggered.connect(lambda: notes.margin_note())
        for action_id, color in _HIGHLIGHT_IN.items():
            actions[action_id].triggered.connect(lambda _checked=False, c=color: notes.highlight(c))
        actions[ActionId.EXPORT_NOTES].triggered.connect(lambda: notes.exporter.ask())
        actions[ActionId.COPY_NOTES].triggered.connect(lambda: notes.exporter.copy_all())
        actions[ActionId.EXPORT_ARTICLE].triggered.connect(lambda: notes.exporter.ask_article())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """A plain click on a highlight (not a drag, not a double click) opens its menu."""
        kind = event.type()
        if kind == QEvent.Type.MouseButtonDblClick:
            self._click_timer.stop()
        elif kind == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent):
            self._released(event)
        return False

    def _released(self, event: QMouseEvent) -> None:
        view = self._window.view
        if event.button() != Qt.MouseButton.LeftButton or view.textCursor().hasSelection():
            return
        point = event.position().toPoint()
        note = self._note_under(point)
        if note is not None:
            self._clicked = (note, point)
            self._click_timer.start()

    def _note_under(self, point: QPoint) -> ShownNote | None:
        view = self._window.view
        content = point + QPoint(view.horizontalScrollBar().value(), view.verticalScrollBar().value())
        position = view.document().documentLayout().hitTest(content, Qt.HitTestAccuracy.ExactHit)
        if position < 0:
            return None
        offset = view.position_to_offset(position)
        note = self._notes.note_at(offset)
        return note if note is not None and not note.placed.annotation.is_margin_note else None

    def _open_clicked(self) -> None:
        if self._clicked is None:
            return
        note, point = self._clicked
        self._clicked = None
        menu = self.note_menu(note)
        menu.exec(self._window.view.viewport().mapToGlobal(point))
        menu.deleteLater()
