"""WordTools: words in the reading view — selection by word, the pop-up dictionary, readings
above the text, marks on converted words and their corrections, vocabulary export.

Built after the first paint; it watches the view through event filters (no subclassing):
double-click selects a word, Ctrl/Alt + ←/→ move by word (with Shift, extend), a pointer
resting on a word shows its card, the context menu gains the word actions.
"""

from __future__ import annotations

from bisect import bisect_right
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QTextCharFormat
from PySide6.QtWidgets import QMenu

from ...core.script.overrides import (
    Corrections,
    corrections_from_json,
    decisions,
)
from ...core.script.variants import Variant, config_for, detect_script
from ...core.words import (
    Words,
    boundary_after,
    boundary_before,
    describe,
    longest_word,
    segment,
    word_at,
)
from ..reading.reading_aid import ReadingAid
from ..reading.reading_pane import PageView
from ..reading.word_popup import WordPopup
from ..tasks import run_in_background, run_in_process
from .reading_feed import ReadingFeed

if TYPE_CHECKING:
    from ..window.main_window import MainWindow

__all__ = ["AID_MODES", "WordTools"]

AID_MODES = ("off", "auto", "pinyin", "zhuyin", "jyutping")
"""Readings above the text: auto is jyutping in 香港繁體, pinyin otherwise."""
_REST_MS = 300


class WordTools(QObject):
    """The word features of one window (see the module docstring)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.view = window.view
        self.page = window.page
        self.words = Words()
        self._text = ""
        self._names: set[str] = set()
        self._run = 0
        self.popup = WordPopup(window)
        self.popup.hide()
        self.popup.find_requested.connect(self._find)
        self.popup.keyword_requested.connect(window.add_keyword)
        self.popup.copy_requested.connect(lambda w: QGuiApplication.clipboard().setText(w))
        self.aid = ReadingAid(self.page)
        self._feed = ReadingFeed(self.aid, self._failed, self)
        self.aid_mode = window.settings.reading_aid
        self.marking = window.settings.mark_converted
        self._rest = QTimer(self, singleShot=True, interval=_REST_MS)
        self._rest.timeout.connect(self._pointer_rested)
        self._pointer = QPoint()
        self._dictionary_ready = False
        self._waiting = False
        """The pointer rested while the dictionary was loading: show the card once it is in."""
        self._folding_ready = False
        self._loading = False
        self._pending: str | None = None
        """A text to segment once the folding tables are built."""
        run_in_background(_warm_folding, lambda _r: self._folding_warmed(), self._failed, self)
        self._viewports: dict[QObject, PageView] = {}
        self._views: dict[QObject, PageView] = {}
        for view in self.page.views():
            self._watch(view)
        self.page.view_built.connect(self._watch)

    # ---- Public API

    def set_text(self, text: str) -> None:
        """Segment the shown text (in steps: a long text never freezes the window)."""
        self._text = text
        self.words = Words()
        self.popup.hide()
        self._feed.cancel()
        self.aid.clear()
        names = self._window.words.fact_names()
        self._names = set(names)
        if not self._folding_ready:  # the folding tables are being built aside: segment after
            self._pending = text
            return
        self._segment(text, names)

    def take_names(self) -> None:
        """Segment again with the names the facts panel has just listed, if it knows new ones."""
        names = self._window.words.fact_names()
        if set(names) != self._names and self._folding_ready and self._text:
            self._names = set(names)
            self._segment(self._text, names)

    def word_span(self, offset: int) -> tuple[int, int] | None:
        word = word_at(self.words, offset)
        return (word.start, word.end) if word else None

    def look_up(self, offset: int | None = None) -> None:
        """Show the card of the selected word (or of the word at ``offset``) — for keyboard users."""
        selection = self.page.selected_range()
        if offset is not None or selection is None:
            selection = self.word_span(self.page.current.caret()[1] if offset is None else offset)
        if selection is not None:
            self._show_card(selection)

    def set_aid(self, mode: str) -> None:
        """Readings above the text: one of AID_MODES."""
        self.aid_mode = mode
        self._window.update_settings(reading_aid=mode)
        self._refresh_aid()

    def set_marking(self, on: bool) -> None:
        """Mark (or not) the words the script conversion chose for the reader."""
        self.marking = on
        self._window.update_settings(mark_converted=on)
        self._refresh_marks()

    def keep_as_written(self, span: tuple[int, int]) -> None:
        """Never convert the source text under ``span`` again (any variant)."""
        word = self._source_of(span)
        if word:
            self._window.words.set_corrections(self.corrections.protect(word))

    def always_convert(self, span: tuple[int, int], shown: str) -> None:
        """Show the source text under ``span`` as ``shown`` in the current variant from now on."""
        word = self._source_of(span)
        if word and shown:
            self._window.words.set_corrections(self.corrections.override(self._window.variant.value, word, shown))

    @property
    def reading_done(self) -> bool:
        """Whether the readings above the text have all come in (or none are asked for)."""
        return self._feed.done

    @property
    def corrections(self) -> Corrections:
        return corrections_from_json(self._window.settings.corrections)

    def export_vocabulary(self, path: Path, known: tuple[str, ...] = ()) -> int:
        """Write the words of the article (or of the selection) to ``path``: CSV, or TSV for Anki.

        Raises WriteRefused over the article being read, WriteFailed when the OS refuses.
        """
        from ...core.words.vocabulary import vocabulary, vocabulary_csv, vocabulary_tsv
        from ...core.writing import write_atomically

        selection = self.page.selected_range() or (0, len(self._text))
        rows = vocabulary(self._text, self.words, known, *selection)
        text = vocabulary_tsv(rows) if path.suffix.lower() in (".tsv", ".txt") else vocabulary_csv(rows)
        article = self._window.path
        write_atomically(path, text.encode("utf-8"), protect=[article] if article else [])
        return len(rows)

    def export_corrections(self, path: Path) -> None:
        from ...core.script.overrides import save_corrections

        save_corrections(path, self.corrections)

    def import_corrections(self, path: Path) -> None:
        """Replace the corrections with the file's; raises OSError or ValueError if it is not one."""
        from ...core.script.overrides import load_corrections

        self._window.words.set_corrections(load_corrections(path))

    # ---- Private API: events

    def _watch(self, view: PageView) -> None:
        """Words in ``view`` too: double-click, the pointer resting, word keys, the context menu."""
        viewport = view.viewport()
        viewport.setMouseTracking(True)
        viewport.installEventFilter(self)
        view.installEventFilter(self)  # type: ignore[attr-defined]
        self._viewports[viewport] = view
        self._views[view] = view  # type: ignore[index]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if not shiboken6.isValid(self.page):  # the window is going away
            return False
        view = self._viewports.get(watched)
        if view is not None:
            if kind == QEvent.Type.MouseButtonDblClick:
                return self._select_word_at(view, event.position().toPoint())  # type: ignore[attr-defined]
            if kind == QEvent.Type.MouseMove:
                self._pointer = event.position().toPoint()  # type: ignore[attr-defined]
                self._pointer_moved()
            elif kind == QEvent.Type.Leave:
                self._rest.stop()
                self._waiting = False
            elif kind == QEvent.Type.ContextMenu:
                self._context_menu(view, event.pos(), event.globalPos())  # type: ignore[attr-defined]
                return True
        elif kind == QEvent.Type.KeyPress and watched in self._views:
            return self._key(self._views[watched], event)
        return False

    def _select_word_at(self, view: PageView, point: QPoint) -> bool:
        span = self.word_span(view.offset_at_char(point))
        if span is None:
            return False
        view.select_range(*span)
        return True

    def _key(self, view: PageView, event: Any) -> bool:
        from PySide6.QtCore import Qt

        mods = event.modifiers()
        # along the text: → ← in lines; ↓ ← forward and ↑ → back in columns, as the vertical view scrolls
        forward, back = ((Qt.Key.Key_Right,), (Qt.Key.Key_Left,)) if view is self.view else (
            (Qt.Key.Key_Down, Qt.Key.Key_Left), (Qt.Key.Key_Up, Qt.Key.Key_Right))
        if event.key() not in forward + back or not (
                mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)) or not self.words:
            if event.key() == Qt.Key.Key_Escape and self.popup.isVisible():
                self.popup.hide()
                return True
            return False
        anchor, here = view.caret()
        target = boundary_after(self.words, here) if event.key() in forward else boundary_before(self.words, here)
        if target is None:
            return True
        keep = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        view.set_caret(anchor if keep else target, target)
        return True

    def _pointer_moved(self) -> None:
        if not self._window.settings.word_popup or not self.words:
            return
        if self._waiting:  # moved on while the dictionary loads: nothing to show for the old place
            self._waiting = False
        if self.popup.isVisible():
            span = self._span_under_pointer()
            if span is None or self._text[span[0] : span[1]] != self.popup.word:
                self.popup.hide()
        self._rest.start()

    def _pointer_rested(self) -> None:
        if not self._dictionary_ready:
            if not self._waiting:
                self._waiting = True
                self._load_dictionary()
            return
        span = self._span_under_pointer()
        if span is not None:
            self._show_card(span)

    def _span_under_pointer(self) -> tuple[int, int] | None:
        offset = self.page.current.offset_at_char(self._pointer)
        word = word_at(self.words, offset)
        if word is None:
            return None
        k = bisect_right(self.words.starts, offset) - 1
        starts = list(self.words.starts[max(0, k - 2) : k + 1])
        return longest_word(self._text, starts[::-1], offset) or (word.start, word.end)

    def _folding_warmed(self) -> None:
        self._folding_ready = True
        if self._pending is not None:
            text, self._pending = self._pending, None
            names = self._window.words.fact_names()  # the facts may have come in meanwhile
            self._names = set(names)
            self._segment(text, names)
        self._load_dictionary()

    def _load_dictionary(self) -> None:
        """CC-CEDICT, pypinyin and ToJyutping load once, off the GUI thread (pure Python: the
        window runs between the interpreter's switches); the card shows when they are in."""
        if self._loading:
            return
        self._loading = True

        def ready(_result: object) -> None:
            self._dictionary_ready = True
            if self._waiting and not self._rest.isActive():
                self._pointer_rested()
            self._waiting = False

        run_in_background(_warm_lookup, ready, self._failed, self)

    # ---- Private API: showing

    def _show_card(self, span: tuple[int, int]) -> None:
        word = self._text[span[0] : span[1]]
        if not word.strip():
            return
        info = describe(word)
        view = self.page.current
        top_left = view.viewport().mapToGlobal(view.rect_of(span[0]).topLeft())
        bottom = view.viewport().mapToGlobal(view.rect_of(span[1]).bottomRight())
        rect = QRect(top_left, QPoint(max(bottom.x(), top_left.x() + 1), max(bottom.y(), top_left.y() + 1)))
        hk = self._window.variant is Variant.HK
        self.popup.show_info(info, rect, cantonese_first=hk, zhuyin=self.aid_mode == "zhuyin")

    def _find(self, word: str) -> None:
        self.popup.hide()
        self._window.find_bar.open()
        self._window.find_bar.field.setText(word)

    def _segment(self, text: str, names: list[str]) -> None:
        """Segment ``text`` in the helper process: jieba's dictionary loads there (it holds the
        interpreter ~0.1–0.3 s), and the rules run there, never on the GUI thread."""
        self._run += 1
        run = self._run

        def done(words: Words) -> None:
            if run == self._run and text == self._text:
                self._segmented(words)

        run_in_process(segment, (text, names), done, self._failed, owner=self)

    def _segmented(self, words: Words) -> None:
        self.words = words
        self._refresh_aid()
        self._refresh_marks()

    def _refresh_aid(self) -> None:
        mode = self.aid_mode
        if mode == "auto":
            mode = "jyutping" if self._window.variant is Variant.HK else "pinyin"
        self._feed.cancel()
        if mode == "off" or not self._text:
            self.aid.clear()
            return
        self._feed.start(self._text, self.words, mode)

    def _failed(self, exc: Exception) -> None:
        self._window.message_bar.show_message(self.tr("Word tools failed: {0}").format(exc))

    def _refresh_marks(self) -> None:
        source, shown = self._window.source_article, self._window.article
        if not self.marking or source is None or shown is None:
            self.page.set_layer("converted", [])
            return
        config = config_for(self._window.variant, detect_script(source.text))
        spans = decisions(source.text, shown.text, self._window.shown_offsets(), config)
        self.page.set_layer("converted", [(a, b, self._mark(a, b)) for a, b in spans])

    def _mark(self, start: int, end: int) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        fmt.setUnderlineColor(QColor(120, 140, 200))
        fmt.setToolTip(self.tr("Written: {0}").format(self._source_of((start, end))))
        return fmt

    def _source_of(self, span: tuple[int, int]) -> str:
        source = self._window.source_article
        if source is None:
            return ""
        a, b = self._window.shown_offsets().span_to_source(*span)
        return source.text[a:b]

    def _context_menu(self, view: PageView, pos: QPoint, global_pos: QPoint) -> None:
        menu: QMenu = view.context_menu(pos)  # Qt's entries and the other parts' sections (notes)
        span = view.selected_range() or self.word_span(view.offset_at_char(pos))
        if span is not None:
            word = self._text[span[0] : span[1]]
            menu.addSeparator()
            menu.addAction(self.tr("Look Up “{0}”").format(word), lambda: self._show_card(span))
            menu.addAction(self.tr("Highlight “{0}” as Keyword").format(word),
                           lambda: self._window.add_keyword(word))
            if self._window.variant is not Variant.ORIGINAL and self._source_of(span) != word:
                menu.addAction(self.tr("Keep “{0}” as Written").format(self._source_of(span)),
                               lambda: self.keep_as_written(span))
                menu.addAction(self.tr("Always Convert “{0}” to…").format(self._source_of(span)),
                               lambda: self._ask_conversion(span))
        menu.exec(global_pos)
        menu.deleteLater()

    def _ask_conversion(self, span: tuple[int, int]) -> None:
        from PySide6.QtWidgets import QInputDialog

        shown = self._text[span[0] : span[1]]
        text, ok = QInputDialog.getText(
            self._window, self.tr("Always Convert To"),
            self.tr("Show “{0}” in {1} as:").format(self._source_of(span), self._window.variant.label),
            text=shown)
        if ok and text.strip():
            self.always_convert(span, text.strip())




def _warm_folding() -> None:
    """The folding tables (built from OpenCC in slices, so this thread lets the window run)."""
    from ...core.script.fold import fold

    fold("預熱")


def _warm_lookup() -> None:
    """What a card needs: CC-CEDICT, pypinyin's dictionaries, ToJyutping.

    Their loading makes millions of objects (ToJyutping builds its trie in Python), and
    the cyclic collector, run by those allocations, walks the whole heap in one call that
    holds the interpreter: 200–450 ms of frozen window for ToJyutping alone. So it is off
    while they load, and what they made is then frozen out of its reach (``gc.freeze``:
    tables kept for the whole session, never garbage), so later collections do not walk
    them either. The other long single calls are cut up where they are made: CC-CEDICT's
    headwords fold in slices (``Dictionary``), pypinyin's phrase table parses in slices
    (``pinyin_tables``).
    """
    import gc

    from ...core.words.dictionary import dictionary

    collecting = gc.isenabled()
    gc.disable()
    try:
        dictionary()
        describe("中文")
    finally:
        if collecting:
            gc.freeze()
            gc.enable()
