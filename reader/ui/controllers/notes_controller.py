"""NotesController: the shown article's highlights and notes, between the store, the view and the panel.

Annotations are loaded once the article is painted (never before the first frame),
placed again in its current text, and shown in whatever variant is on screen through
the variant's offset map; a selection made in a variant comes back to the source text
the same way, so every annotation is stored against the article as written.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QTextCharFormat

from ...core.model import Article
from ...core.notes import (
    Annotation,
    Color,
    Placed,
    Placement,
    ShownNote,
    anchoring,
    new_annotation,
    notes_in_shown,
    source_span,
)
from ...core.offsets import OffsetMap
from ...core.steps import Steps
from ..i18n import QT_TRANSLATE_NOOP
from ..panels.note_rows import NoteRow
from ..reading.margin_marks import MarginMarks
from ..tasks import LONG_TEXT_CHARS, StepRunner
from .notes_keeper import NotesKeeper
from .notes_menus import NotesMenus
from .notes_presenter import CONTEXT_CHARS, NoteFormats, note_row, one_line

if TYPE_CHECKING:
    from ..panels.notes_panel import NotesPanel
    from ..window.main_window import MainWindow
    from .notes_export import NotesExporter

__all__ = ["COLOR_LABELS", "NotesController", "color_table"]

COLOR_LABELS = {
    Color.YELLOW: QT_TRANSLATE_NOOP("notes", "Yellow"),
    Color.GREEN: QT_TRANSLATE_NOOP("notes", "Green"),
    Color.BLUE: QT_TRANSLATE_NOOP("notes", "Blue"),
    Color.PINK: QT_TRANSLATE_NOOP("notes", "Pink"),
}
_AT_ONCE = 250
"""So many annotations are shown in one go; more in steps of as many."""
_NEAR = 20_000
"""Characters either side of the reading position whose highlights the view is given."""
_LONGEST = 5_000
"""Highlights are looked for this far before the window, in case one starts there and reaches in."""



def _tr(text: str) -> str:
    return QCoreApplication.translate("notes", text)


def color_table() -> list[tuple[str, str, str]]:
    """(value, translated label, hex) of each highlight colour, in menu order."""
    return [(c.value, _tr(COLOR_LABELS[c]), c.hex) for c in Color]


class NotesController:
    """Knows the open article's annotations; adds, edits and deletes them; keeps view and panel in step."""

    def __init__(self, window: MainWindow, remember: Callable[..., None]) -> None:
        self._window = window
        self._remember = remember
        self._panel: NotesPanel | None = None  # built when the dock first shows
        self._rows: list[NoteRow] = []
        self.marks = MarginMarks(window.view)
        self.menus = NotesMenus(self, window)
        self._exporter: NotesExporter | None = None
        self._looks = NoteFormats()
        self._placer = StepRunner(window)
        self._shower = StepRunner(window)
        self._source: Article | None = None
        self._loaded: Article | None = None
        self.keeper = NotesKeeper(lambda: window.settings.library_path, window.message_bar.show_message, window)
        self._placed: list[Placed] = []
        self.shown: list[ShownNote] = []
        self._spans: list[tuple[int, int, QTextCharFormat]] = []
        self._starts: list[int] = []
        self._painted: tuple[int, int] | None = None
        self.color = _color(window.settings.note_color)
        self._connect()

    # ---- Public API

    @property
    def panel(self) -> NotesPanel:
        """The Notes dock's list, built the first time it is asked for (the dock shown)."""
        if self._panel is None:
            from ..panels.notes_panel import NotesPanel

            self._panel = NotesPanel(color_table(), self._window)
            self._window.docks["notes_dock"].setWidget(self._panel)
            self._connect_panel(self._panel)
            self._panel.set_rows(self._rows)
        return self._panel

    @property
    def exporter(self) -> NotesExporter:
        if self._exporter is None:
            from .notes_export import NotesExporter

            self._exporter = NotesExporter(self, self._window)
        return self._exporter

    def sync(self) -> None:
        """The window shows an article (new, or in another variant): load or re-place the notes."""
        source = self._window.source_article
        if source is None:
            return
        if source is not self._source:
            self._source, self._loaded = source, None
            self._placed, self.shown = [], []
            # a turn of its own: the first time, the store's modules load too
            QTimer.singleShot(0, self._window, lambda: self._load(source))
        else:
            self._show()

    @property
    def source(self) -> Article | None:
        """The article whose notes are loaded and placed (the window's source article, soon after it is painted)."""
        return self._loaded

    @property
    def annotations(self) -> list[Annotation]:
        """Every annotation of the article, found or not, in reading order."""
        return [p.annotation for p in self._placed]

    def placed(self) -> list[Placed]:
        return list(self._placed)

    def highlight(self, color: Color | None = None, *, with_note: bool = False) -> Annotation | None:
        """Highlight the selection (in ``color``, else the last used); with a note, ask for it first."""
        span = self._window.page.selected_range()
        if span is None or span[0] == span[1]:
            at = self.note_at(self._caret())
            if at is not None:
                return self.edit(at.placed.annotation.id)
            self._say(QCoreApplication.translate("notes", "Select the words to highlight first."))
            return None
        if color is not None:
            self._set_color(color)
        return self._add(span, with_note)

    def margin_note(self, offset: int | None = None) -> Annotation | None:
        """Ask for a note and keep it at ``offset`` of the shown text (else at the cursor)."""
        return self._add((self._caret(), self._caret()) if offset is None else (offset, offset), True)

    def edit(self, annotation_id: str) -> Annotation | None:
        """Edit the note and colour in a dialog (or delete the annotation from it)."""
        from ..dialogs.note_dialog import NoteDialog

        shown = self._shown_note(annotation_id)
        if shown is None:
            return None
        a = shown.placed.annotation
        dialog = NoteDialog(self._words(shown), a.note, a.color.value, color_table(), True, self._window)
        if not dialog.exec():
            return None
        if dialog.deleted:
            self.delete(annotation_id)
            return None
        return self.change(annotation_id, note=dialog.note(), color=_color(dialog.color()))

    def change(self, annotation_id: str, *, note: str | None = None, color: Color | None = None) -> Annotation:
        """Give an annotation a new note or colour, and save it."""
        shown = self._shown_note(annotation_id)
        assert shown is not None
        edited = shown.placed.annotation.edited(note=note, color=color)
        self._replace(annotation_id, shown.placed._replace(annotation=edited))
        self._save([edited])
        return edited

    def delete(self, annotation_id: str) -> None:
        self._placed = [p for p in self._placed if p.annotation.id != annotation_id]
        self.keeper.delete([annotation_id])
        self._show()
        self._say(QCoreApplication.translate("notes", "Highlight deleted."))

    def note_at(self, offset: int) -> ShownNote | None:
        """The annotation at ``offset`` of the shown text: a highlight holding it, or a note there."""
        best = None
        for note in self.shown:
            if note.start <= offset <= note.end and note.start >= 0 and (best is None or note.start >= best.start):
                best = note
        return best

    def select(self, annotation_id: str) -> bool:
        """Go to an annotation and select its words (True when it is in the current text)."""
        shown = self._shown_note(annotation_id)
        if shown is None or shown.start < 0:
            return False
        self._window.go_to_range(shown.start, shown.end)
        if self._panel is not None:
            self._panel.select(annotation_id)
        return True

    # ---- Private API: loading and showing

    def _load(self, source: Article) -> None:
        if source is not self._source:  # another article came meanwhile
            return
        if not self.keeper.open(source.path or "", source):
            self._loaded = source
            self._show()
            return
        self._placer.start(self._loading(source), lambda placed: self._placed_all(source, placed),
                           self._failed, at_once=len(source.text) < LONG_TEXT_CHARS)

    def _loading(self, source: Article) -> Steps[list[Placed]]:
        """Read the stored annotations, then place them in the current text, a slice at a time."""
        loaded = yield from self.keeper.loading()
        if loaded.damage:
            self._report_damage(len(loaded.damage), sum(1 for d in loaded.damage if not d.kept))
        return (yield from anchoring(source.text, loaded.annotations))

    def _placed_all(self, source: Article, placed: list[Placed]) -> None:
        if source is not self._source:
            return
        self._placed, self._loaded = placed, source
        moved = [p.annotation.moved(p.start, p.end) for p in placed
                 if p.placement is Placement.MOVED and (p.start, p.end) != (p.annotation.start, p.annotation.end)]
        if moved:  # found elsewhere: remember where, so the next open finds them at once
            self._save(moved, show=False)
        missing = sum(1 for p in placed if not p.found)
        if missing:
            self._window.message_bar.show_message(
                QCoreApplication.translate("notes", "{0} of this article's highlights are not found in the current text: "
                    "they are kept, listed at the end of the Notes panel.").format(missing))
        self._show()

    def _show(self, current: str = "") -> None:
        """Show the annotations in the view, the margin and the panel (``current`` selected there)."""
        article = self._window.article
        if article is not None:
            self._shower.start(self._showing(article, self._window.shown_offsets(), current),
                               at_once=len(self._placed) < _AT_ONCE)

    def _showing(self, article: Article, offsets: OffsetMap, current: str) -> Steps[None]:
        self.shown = notes_in_shown(self._placed, article.text, offsets)
        self._spans = self._looks.spans(self.shown)
        self._starts = [span[0] for span in self._spans]
        self._painted = None
        self._paint_near(self._window.page.top_offset())
        self.marks.set_marks([(n.start, n.placed.annotation.id, n.placed.annotation.color.hex,
                               n.placed.annotation.note) for n in self.shown
                              if n.placed.annotation.is_margin_note and n.start >= 0])
        yield
        starts = [entry.start for entry in article.outline]
        rows = []
        for k, note in enumerate(self.shown, 1):
            rows.append(note_row(article, note, starts))
            if k % _AT_ONCE == 0:
                yield
        self._rows = rows
        if self._panel is not None:
            self._panel.set_rows(rows)
            if current:
                self._panel.select(current)

    def _paint_near(self, top: int) -> None:
        """Give the view the highlights within a few screens of ``top`` (all of a short article's).

        Each highlight the view shows costs it a shaped line of text when it is set: on a long
        classic with a thousand, only the ones near the reading position are, again as it moves.
        """
        window = self._painted
        if window is not None and window[0] <= top - _NEAR // 2 and top + _NEAR <= window[1]:
            return
        low, high = top - _NEAR, top + 2 * _NEAR
        self._painted = (low, high)
        first = bisect_left(self._starts, low - _LONGEST)
        last = bisect_right(self._starts, high)
        spans = [span for span in self._spans[first:last] if span[1] >= low]
        self._window.page.set_layer("notes", spans)

    # ---- Private API: changing

    def _add(self, span: tuple[int, int], with_note: bool) -> Annotation | None:
        source, offsets = self._source, self._window.shown_offsets()
        if source is None or not self.keeper.can_save:
            self._say(QCoreApplication.translate("notes", "Notes cannot be kept for this article."))
            return None
        start, end = source_span(offsets, *span)
        if start == end and span[0] != span[1]:
            return None
        made = new_annotation(source.text, start, end, self.color)
        annotation = self._ask_note(made) if with_note or start == end else made
        if annotation is None:
            return None
        self._placed = sorted([*self._placed, Placed(annotation, start, end, Placement.EXACT)],
                              key=lambda p: (not p.found, p.start, p.end))
        self._save([annotation], current=annotation.id)
        self._window.page.select_range(span[1], span[1])  # the highlight shows, not the selection
        self._window.docks["notes_dock"].show()
        return annotation

    def _ask_note(self, annotation: Annotation) -> Annotation | None:
        from ..dialogs.note_dialog import NoteDialog

        words = annotation.exact or "…" + annotation.prefix[-CONTEXT_CHARS:]
        shown = self._window.article
        if shown is not None and annotation.exact:
            start, end = self._window.shown_offsets().span_to_shown(annotation.start, annotation.end)
            words = shown.text[start:end]
        dialog = NoteDialog(one_line(words), "", annotation.color.value, color_table(), False, self._window)
        if not dialog.exec():
            return None
        color = _color(dialog.color())
        self._set_color(color)
        return annotation.edited(note=dialog.note(), color=color)

    def _replace(self, annotation_id: str, placed: Placed) -> None:
        self._placed = [placed if p.annotation.id == annotation_id else p for p in self._placed]

    def _save(self, annotations: list[Annotation], *, show: bool = True, current: str = "") -> None:
        self.keeper.save(annotations)
        if show:
            self._show(current)

    def _set_color(self, color: Color) -> None:
        self.color = color
        self._remember(note_color=color.value)

    # ---- Private API: wiring and telling

    def _connect(self) -> None:
        self._window.docks["notes_dock"].visibilityChanged.connect(lambda shown: shown and self.panel)
        self.marks.mark_clicked.connect(lambda ident: QTimer.singleShot(0, lambda: self.edit(ident)))
        self._window.page.top_offset_changed.connect(self._paint_near)

    def _connect_panel(self, panel: NotesPanel) -> None:
        panel.range_activated.connect(self._window.go_to_range)
        panel.edit_requested.connect(self.edit)
        panel.delete_requested.connect(self.delete)
        panel.recolor_requested.connect(lambda ident, value: self.change(ident, color=_color(value)))

    def _caret(self) -> int:
        """Where the caret is in the shown text (in columns: the selection's end, or the reading position)."""
        page = self._window.page
        if page.vertical:
            selection = page.selected_range()
            return selection[1] if selection else page.top_offset()
        view = self._window.view
        return view.position_to_offset(view.textCursor().position())

    def _shown_note(self, annotation_id: str) -> ShownNote | None:
        return next((n for n in self.shown if n.placed.annotation.id == annotation_id), None)

    def _words(self, shown: ShownNote) -> str:
        a = shown.placed.annotation
        return one_line(shown.text) if shown.text else "…" + " ".join(a.prefix.split())[-CONTEXT_CHARS:]

    def _failed(self, exc: Exception) -> None:
        self._window.message_bar.show_message(str(exc))

    def _report_damage(self, damaged: int, skipped: int) -> None:
        text = QCoreApplication.translate("notes", "{0} stored highlights were damaged (edited by hand?) and were repaired as well as "
                   "possible.").format(damaged - skipped) if damaged > skipped else ""
        if skipped:
            text += (" " if text else "") + QCoreApplication.translate("notes", "{0} could not be read at all and were skipped; "
                                                "the others are shown.").format(skipped)
        self._window.message_bar.show_message(text)

    def _say(self, text: str) -> None:
        self._window.statusBar().showMessage(text, 4000)


def _color(value: str) -> Color:
    try:
        return Color(value)
    except ValueError:
        return Color.YELLOW
