"""MainWindow: builds the reading view, docks and menus, and is the one place that wires them."""

from __future__ import annotations

import base64
from collections.abc import Callable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QTimer
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeyEvent,
)
from PySide6.QtWidgets import QMainWindow, QVBoxLayout, QWidget

from ... import __version__
from ...core import Article, ReaderError
from ...core import settings as settings_io
from ...core.article.prepare import Prepared, prepare, preparing
from ...core.offsets import OffsetMap
from ...core.script.variants import ShownArticle, Variant
from ...core.settings import Settings
from ..controllers.comfort_controller import ComfortController
from ..controllers.quote_controller import STYLES, QuoteController
from ..i18n import LANGUAGES, QT_TRANSLATE_NOOP
from ..messages import error_message
from ..panels.facts_panel import FactsPanel
from ..panels.outline_panel import OutlinePanel
from ..panels.results_panel import ResultsPanel
from ..reading.appearance import LINE_SPACINGS, TEXT_WIDTHS, THEMES, Appearance
from ..reading.find_bar import FindBar
from ..reading.highlights import MENTION, highlight_format
from ..reading.message_bar import MessageBar
from ..reading.reading_pane import ReadingPane
from ..resources import icon, seed_article
from ..tasks import LONG_TEXT_CHARS, StepRunner
from .actions import VARIANT_ACTIONS, ActionId, create_actions
from .docks import DOCKS, make_dock, place_docks, state_bytes
from .exports import ArticleExports, Exporter
from .menus import build_menus, choice_menu
from .opener import FileOpener
from .settings_keeper import SettingsKeeper
from .word_wiring import WordParts, corrections_of, wire_words

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl

    from ...core.facts import Fact
    from ...core.find.highlight import Highlight, KeywordList
    from ..controllers.facts_controller import FactsController
    from ..controllers.keyword_controller import KeywordController
    from ..controllers.library_controller import LibraryController
    from ..controllers.notes_controller import NotesController
    from ..controllers.search_controller import SearchController

__all__ = ["MainWindow"]


_FACTS_DELAY_MS = 120
_RECORD_DELAY_MS = 500
"""An article is recorded in the library this long after it is painted: what follows the paint goes first."""
_ENCODINGS = ("utf-8", "gb18030", "big5hkscs", "utf-16")
_STYLE_LABELS = {  # keys are reader.core.cite.citation.CitationStyle values
    "gbt7714": QT_TRANSLATE_NOOP("MainWindow", "GB/T 7714-2015"),
    "apa": QT_TRANSLATE_NOOP("MainWindow", "APA 7"),
    "chicago": QT_TRANSLATE_NOOP("MainWindow", "Chicago (notes)"),
    "plain": QT_TRANSLATE_NOOP("MainWindow", "Plain"),
    "markdown": QT_TRANSLATE_NOOP("MainWindow", "Markdown"),
}


class MainWindow(QMainWindow):
    """One article at a time in a calm window: text in the middle, panels at the side."""

    def __init__(self, settings_path: Path, settings: Settings | None = None) -> None:
        """``settings`` as already loaded from ``settings_path``, else it is read here."""
        super().__init__()
        self.setObjectName("main_window")
        self.setWindowIcon(icon())
        self.setAcceptDrops(True)
        self._keeper = SettingsKeeper(settings_path, settings if settings is not None
                                      else settings_io.load(settings_path), self._collected, self)
        self._variant = _variant_or_original(self._settings.variant)
        self._path = ""
        self._source: Article | None = None
        self._saved_state: QByteArray | None = None
        self._unrecorded = False
        self.page = ReadingPane(self)  # the reading view on screen, horizontal or vertical
        self.view = self.page.horizontal
        self.message_bar = MessageBar(self)
        self.find_bar = FindBar(self)
        self.outline = OutlinePanel(self)
        self.facts = FactsPanel(self)
        self.results = ResultsPanel(self)
        self.opener = FileOpener(self.statusBar())
        self._preparing = StepRunner(self)
        self._prepared: Prepared | None = None
        self._searcher: SearchController | None = None
        self._keywords: KeywordController | None = None
        self._facts_controller: FactsController | None = None
        self._library: LibraryController | None = None
        self._notes: NotesController | None = None
        self.exports = ArticleExports(self, Exporter(
            lambda: self._path, lambda text: self.statusBar().showMessage(text, 5000), self.message_bar.show_message))
        self.words = WordParts(self)
        self.quotes = QuoteController(
            lambda text: self.statusBar().showMessage(text, 4000), self._settings.citation_style,
            lambda style: self._change_settings(citation_style=style))
        self.actions_by_id = create_actions(self)
        self.comfort = ComfortController(self.page, self.actions_by_id, lambda: self._settings,
                                         self._change_settings, lambda: self.set_variant(self._variant))
        self._build_central()
        panels = {"outline_dock": self.outline, "facts_dock": self.facts, "results_dock": self.results,
                  "notes_dock": QWidget(self)}  # the notes panel comes with its controller
        self.docks = {spec.name: make_dock(self, spec, panels[spec.name]) for spec in DOCKS}
        self._build_menus()
        self._build_toolbar()
        place_docks(self, self.docks)
        self._connect_signals()
        self._restore_window()
        self.page.set_zoom(self._settings.zoom)
        self.comfort.apply(_appearance(self._settings))

    # ---- Controllers, built on first use: the first frame waits for none of them

    @property
    def searcher(self) -> SearchController:
        """Finds in the shown text; with it load the search index and the hit stepping."""
        if self._searcher is None:
            from ..controllers.search_controller import SearchController

            self._searcher = SearchController(self.page, self.find_bar, self.results, self._show_results)
            if self._prepared is not None:
                self._searcher.set_text(self._prepared.matcher, self._prepared.shown.article)
        return self._searcher

    @property
    def keywords(self) -> KeywordController:
        """The keyword lists and their highlights in the shown text."""
        if self._keywords is None:
            self._keywords = self._built_keywords()
        return self._keywords

    def _built_keywords(self) -> KeywordController:
        from ...core.find.highlight import lists_from_json
        from ..controllers.keyword_controller import KeywordController

        lists = lists_from_json(self._settings.keyword_lists)
        keywords = KeywordController(self.page, lists, self._save_keyword_lists)
        if self._prepared is not None:
            keywords.set_text(self._prepared.matcher)
        return keywords

    @property
    def _shown(self) -> ShownArticle | None:
        """The article on screen, in its variant, with the map from the source's offsets."""
        return self._prepared.shown if self._prepared else None

    @property
    def facts_controller(self) -> FactsController:
        """Finds the shown article's facts and fills the facts panel."""
        if self._facts_controller is None:
            from ..controllers.facts_controller import FactsController

            self._facts_controller = FactsController(
                self.facts, lambda: self.docks["facts_dock"].isVisible(), self._refuse)
            if self._source is not None and self._shown is not None:
                self._facts_controller.set_shown(self._source, self._shown)
        return self._facts_controller

    @property
    def library(self) -> LibraryController:
        """The library: records what is read, opens its window, hands articles back to show."""
        if self._library is None:
            from ..controllers.library_controller import LibraryController

            self._library = LibraryController(self, lambda: self._settings, self._change_settings,
                                              self.keyword_lists)
            self._library.open_requested.connect(self.show_article)
        return self._library

    @property
    def notes(self) -> NotesController:
        """Highlights and notes: built when the first article is painted, never before the first frame."""
        if self._notes is None:
            from ..controllers.notes_controller import NotesController

            self._notes = NotesController(self, self._change_settings)
        return self._notes

    # ---- Public API

    @property
    def article(self) -> Article | None:
        """The article as shown (in the current script variant)."""
        return self._shown.article if self._shown else None

    @property
    def source_article(self) -> Article | None:
        return self._source

    def shown_offsets(self) -> OffsetMap:
        """Source → shown offsets of the article on screen."""
        return self._shown.offsets if self._shown else OffsetMap.identity(0)

    @property
    def variant(self) -> Variant:
        return self._variant

    @property
    def settings(self) -> Settings:
        return self._settings

    @property
    def _settings(self) -> Settings:
        return self._keeper.settings

    @_settings.setter
    def _settings(self, settings: Settings) -> None:
        self._keeper.update(settings)  # saved soon after each change, not only on close

    @property
    def path(self) -> str:
        return self._path

    def update_settings(self, **changes: object) -> None:
        self._settings = replace(self._settings, **changes)  # type: ignore[arg-type]

    def open_path(self, path: str | Path, encoding: str | None = None) -> bool:
        """Open ``path``; on failure say why and keep the current article open.

        A large file is read and parsed on the thread pool, with a busy indicator and
        a Cancel button; the call then returns True at once and the article appears
        when it is ready.
        """
        return self.opener.open_path(path, encoding)

    def cancel_opening(self) -> None:
        """Forget the file being opened in the background; the current article stays."""
        self.opener.cancel()

    def show_article(self, path: str, article: Article, start: int = -1, end: int = -1) -> None:
        """Show an article already read (the library's copy): ``start:end`` selected, else ``start`` at the top."""
        selection = (start, end) if 0 <= start <= end else None
        self._adopt(path, article, None if selection else max(start, 0), selection)
        if path and not Path(path).exists():
            self.message_bar.show_message(
                self.tr("“{0}” is no longer on disk: this is the copy kept in the library.").format(path))
        self.raise_()
        self.activateWindow()

    def set_variant(self, variant: Variant) -> None:
        """Show the article in ``variant``, keeping the paragraph at the top and the selection."""
        self._variant = variant
        self._settings = replace(self._settings, variant=variant.value)
        self._sync_variant_actions()
        if self._shown is None:
            return
        to_source = self._shown.offsets.to_source
        top = to_source(self.page.top_offset())
        selection = self.page.selected_range()
        kept = (to_source(selection[0]), to_source(selection[1])) if selection else None
        self._present(top, kept)

    def _adopt(self, path: str, article: Article, top: int | None = None,
               selection: tuple[int, int] | None = None) -> None:
        self._remember_position()
        self.opener.watch(path)
        self._path = path
        self.message_bar.hide()
        self._source = article
        self._unrecorded = True
        self._settings = settings_io.remember_file(self._settings, _key(path))
        self.opener.fill_recent(self._recent_menu, self._settings.recent_files)
        if top is None:
            top = selection[0] if selection else self._settings.positions.get(_key(path), 0)
        self._present(top, selection)

    def _refuse(self, exc: Exception) -> None:
        text = error_message(exc) if isinstance(exc, ReaderError) else str(exc)
        self.message_bar.show_message(text)

    def go_to_offset(self, offset: int) -> None:
        """Scroll so ``offset`` is at the top and tell the outline where we are."""
        self.page.scroll_to_offset(offset)
        self.outline.set_current_offset(offset)

    def go_to_range(self, start: int, end: int) -> None:
        """Show ``text[start:end]`` a little below the top, select it and flash it."""
        self.page.select_range(start, end)
        self.page.ensureCursorVisible()
        self.page.flash(start, end)
        self.outline.set_current_offset(start)

    def search(self, query: str, case_sensitive: bool = False, regex: bool = False) -> int:
        """Find ``query`` in the shown text; the number of hits, or -1 while it runs in the background."""
        return self.searcher.search(query, case_sensitive, regex)

    def _show_results(self, count: int) -> None:
        if count:
            self.docks["results_dock"].show()

    def find_next(self, backwards: bool = False) -> None:
        if not self.find_bar.isVisible() and not self.searcher.matches:
            self.find_bar.open()
            return
        self.searcher.step(backwards)

    def copy_quotation(self, style: str | None = None, start: int | None = None,
                       end: int | None = None, translated_title: str = "") -> str:
        """Put the selection (or ``start:end``) on the clipboard as a cited quotation."""
        span = (start, end) if start is not None and end is not None else self.page.selected_range()
        return self.quotes.copy(span, style, translated_title)

    def facts_list(self) -> list[Fact]:
        """The facts as the panel lists them, in the shown variant."""
        return self.facts_controller.shown_facts()

    def set_appearance(self, **changes: str | float) -> None:
        """Change the theme, font, line spacing or text width; remembered across sessions."""
        self._settings = replace(self._settings, **changes)  # type: ignore[arg-type]
        self.comfort.apply(_appearance(self._settings))

    def set_distraction_free(self, on: bool) -> None:
        """Full screen with only the text: no menus, toolbars or panels (F11 or Esc to leave)."""
        if on:
            self._saved_state = self.saveState()
            for dock in self.docks.values():
                dock.hide()
            self.menuBar().hide()
            self._toolbar.hide()
            self.statusBar().hide()
            self.showFullScreen()
        else:
            self.menuBar().show()
            self._toolbar.show()
            self.statusBar().show()
            if self._saved_state is not None:
                self.restoreState(self._saved_state)
            self.showNormal()
        self.actions_by_id[ActionId.FULL_SCREEN].setChecked(on)

    def focus_pane(self, step: int) -> QWidget:
        """Move keyboard focus to the next (or previous) visible pane: text, outline, facts, results."""
        panes = [w for w in (self.page.current, self.outline, self.facts.tree, self.results, self.find_bar.field)
                 if w.isVisible()]
        current = next((i for i, w in enumerate(panes) if w.hasFocus() or w.isAncestorOf(self.focusWidget())), -1)
        target = panes[(current + step) % len(panes)]
        target.setFocus()
        return target

    def keyword_lists(self) -> list[KeywordList]:
        return self.keywords.lists

    def set_keyword_lists(self, lists: list[KeywordList]) -> None:
        """Replace the keyword lists, persist them, and re-highlight the shown text."""
        self.keywords.set_lists(lists)

    def add_keyword(self, text: str) -> None:
        self.keywords.add(text, self.tr("Keywords"))

    def keyword_highlights(self) -> list[Highlight]:
        return list(self.keywords.hits)

    def next_keyword(self) -> None:
        """Go to the first keyword occurrence after the cursor, wrapping to the top."""
        cursor = self.page.selected_range()
        hit = self.keywords.next_after(cursor[1] if cursor else self.page.top_offset())
        if hit is not None:
            self.go_to_range(hit.start, hit.end)

    def save_settings(self) -> bool:
        """Write the settings now (they are also written soon after each change, and on close)."""
        return self._keeper.save_now()

    def _collected(self, settings: Settings) -> Settings:
        """``settings`` with what the widgets hold: window layout, zoom, reading position."""
        geometry = base64.b64encode(bytes(self.saveGeometry().data())).decode()
        state = base64.b64encode(bytes(self.saveState().data())).decode()
        return replace(self._positioned(settings), window_geometry=geometry, window_state=state,
                       zoom=self.page.zoom)

    # ---- Private API: building

    def _build_central(self) -> None:
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.page, 1)
        layout.addWidget(self.find_bar)
        self.setCentralWidget(central)

    def _build_menus(self) -> None:
        self._submenus = self.submenus = build_menus(self.menuBar(), self.actions_by_id)
        self._recent_menu = self._submenus["recent"]
        for name in _ENCODINGS:
            self._submenus["encodings"].addAction(name, self._reopen_slot(name))
        for style in STYLES:
            self._submenus["copy_as"].addAction(QuoteController.label(style), self._copy_slot(style))
        for dock in self.docks.values():
            self._submenus["panels"].addAction(dock.toggleViewAction())
        self.actions_by_id[ActionId.QUOTE_MARKS].setChecked(self._settings.quotes_follow_variant)
        self._sync_variant_actions()
        self._fill_choice_menus()
        self.opener.fill_recent(self._recent_menu, self._settings.recent_files)

    def _reopen_slot(self, encoding: str) -> Callable[[], None]:
        def reopen() -> None:
            if self._path:
                self.open_path(self._path, encoding)
        return reopen

    def _copy_slot(self, style: str) -> Callable[[], None]:
        def copy() -> None:
            self.copy_quotation(style)
        return copy

    def _appearance_slot(self, key: str) -> Callable[[str], None]:
        def apply(value: str) -> None:
            self.set_appearance(**{key: value})
        return apply

    def _fill_choice_menus(self) -> None:
        s = self._settings

        def labels(table: Mapping[str, tuple[str, ...] | tuple[str, float] | tuple[str, int]]) -> list[tuple[str, str]]:
            return [(k, QCoreApplication.translate("appearance", v[0])) for k, v in table.items()]

        languages = [("", self.tr("Follow the System")), *LANGUAGES.items()]
        choice_menu(self._submenus["language"], languages, s.language, self._set_language, self)
        choice_menu(self._submenus["theme"], labels(THEMES), s.theme, self._appearance_slot("theme"), self)
        choice_menu(self._submenus["spacing"], labels(LINE_SPACINGS), s.line_spacing,
                    self._appearance_slot("line_spacing"), self)
        choice_menu(self._submenus["width"], labels(TEXT_WIDTHS), s.text_width,
                    self._appearance_slot("text_width"), self)

    def _build_toolbar(self) -> None:
        bar = self._toolbar = self.addToolBar(self.tr("Script"))
        bar.setObjectName("script_toolbar")
        bar.setMovable(False)
        for action_id in VARIANT_ACTIONS:
            bar.addAction(self.actions_by_id[action_id])
        bar.addSeparator()
        bar.addAction(self.actions_by_id[ActionId.FIND])
        bar.addAction(self.actions_by_id[ActionId.COPY_QUOTE])

    def _connect_signals(self) -> None:
        a = self.actions_by_id
        a[ActionId.OPEN].triggered.connect(lambda: self.opener.ask(self, self._path))
        a[ActionId.LIBRARY].triggered.connect(lambda: self.library.show_window())
        a[ActionId.RELOAD].triggered.connect(lambda: self._path and self.open_path(self._path))
        a[ActionId.EXPORT_FACTS].triggered.connect(self.exports.ask_facts)
        a[ActionId.QUIT].triggered.connect(self.close)
        a[ActionId.COPY_QUOTE].triggered.connect(lambda: self.copy_quotation())
        a[ActionId.QUOTE_DIALOG].triggered.connect(lambda: self.quotes.ask(self.page.selected_range(), self))
        a[ActionId.FIND].triggered.connect(self.find_bar.open)
        a[ActionId.FIND_NEXT].triggered.connect(lambda: self.find_next())
        a[ActionId.FIND_PREVIOUS].triggered.connect(lambda: self.find_next(backwards=True))
        a[ActionId.ADD_KEYWORD].triggered.connect(self._add_selected_keyword)
        a[ActionId.EDIT_KEYWORDS].triggered.connect(self._edit_keywords)
        a[ActionId.NEXT_KEYWORD].triggered.connect(self.next_keyword)
        a[ActionId.ZOOM_IN].triggered.connect(lambda: self.page.set_zoom(self.page.zoom + 1))
        a[ActionId.ZOOM_OUT].triggered.connect(lambda: self.page.set_zoom(self.page.zoom - 1))
        a[ActionId.ZOOM_RESET].triggered.connect(lambda: self.page.set_zoom(0))
        a[ActionId.QUOTE_MARKS].toggled.connect(self._set_quote_marks)
        a[ActionId.ABOUT].triggered.connect(self._about)
        a[ActionId.SHORTCUTS].triggered.connect(self._show_shortcuts)
        a[ActionId.NEXT_PANE].triggered.connect(lambda: self.focus_pane(+1))
        a[ActionId.PREVIOUS_PANE].triggered.connect(lambda: self.focus_pane(-1))
        a[ActionId.FONT].triggered.connect(lambda: self.comfort.choose_font(self, self.set_appearance))
        a[ActionId.FULL_SCREEN].toggled.connect(self.set_distraction_free)
        a[ActionId.PRINT].triggered.connect(self.exports.print_article)
        a[ActionId.EXPORT_PDF].triggered.connect(self.exports.ask_pdf)
        for action_id in VARIANT_ACTIONS:
            a[action_id].triggered.connect(self._variant_slot(Variant(action_id.value)))
        self.outline.offset_activated.connect(self.go_to_offset)
        self.page.top_offset_changed.connect(self.outline.set_current_offset)
        self.page.positioned.connect(self.statusBar().clearMessage)
        self.page.painted.connect(self._painted)
        self.page.painted.connect(lambda: self.notes.sync())
        self.find_bar.query_changed.connect(self.search)
        self.find_bar.next_requested.connect(lambda: self.find_next())
        self.find_bar.previous_requested.connect(lambda: self.find_next(backwards=True))
        self.find_bar.closed.connect(self._close_search)
        self.results.range_activated.connect(self.go_to_range)
        self.facts.range_activated.connect(self.go_to_range)
        self.facts.quote_requested.connect(lambda s, e: self.copy_quotation(None, s, e))
        self.facts.highlight_requested.connect(self._highlight_mentions)
        self.docks["facts_dock"].visibilityChanged.connect(
            lambda visible: visible and QTimer.singleShot(_FACTS_DELAY_MS, self, self._refresh_facts))
        self.opener.opened.connect(self._adopt)
        self.opener.refused.connect(self._refuse)
        self.opener.changed_on_disk.connect(self._file_changed)
        self.page.top_offset_changed.connect(self._keeper.touch)
        self._keeper.failed.connect(self.message_bar.show_message)
        wire_words(self)

    # ---- Private API: presenting

    def _present(self, source_top: int, source_selection: tuple[int, int] | None) -> None:
        """Convert the source article to the current variant and show it at ``source_top``.

        A long article is converted a slice at a time between turns of the event
        loop (OpenCC holds the GIL: a worker thread would stall the window), so the
        window keeps responding and shows it when it is ready.
        """
        assert self._source is not None
        source, variant, quotes = self._source, self._variant, self._settings.quotes_follow_variant
        tidy = self.comfort.typography()
        corrections = corrections_of(self._settings.corrections)

        def done(prepared: Prepared) -> None:
            if source is self._source:
                self._show_converted(prepared, source_top, source_selection)

        if len(source.text) < LONG_TEXT_CHARS:
            self._preparing.cancel()
            done(prepare(source, variant, quotes=quotes, typography=tidy, corrections=corrections))
            return

        def failed(exc: Exception) -> None:
            self.page.pause_layout(False)
            self.message_bar.show_message(str(exc))

        self.statusBar().showMessage(self.tr("Preparing {0}…").format(variant.label))
        self.page.pause_layout()  # the text shown is about to be replaced
        self.facts_controller.hold()
        self._preparing.start(preparing(source, variant, quotes=quotes, typography=tidy, corrections=corrections), done, failed)

    def _show_converted(self, prepared: Prepared, source_top: int,
                        source_selection: tuple[int, int] | None) -> None:
        self._prepared = prepared
        shown = prepared.shown
        top = shown.offsets.to_shown(source_top)
        selection = shown.offsets.span_to_shown(*source_selection) if source_selection else None
        self.comfort.choose_layout(_key(self._path) if self._path else "", shown.variant)
        self.page.show_article(shown.article, _script_font(shown.variant), top, selection)
        self.outline.set_entries(shown.article.outline)
        self.outline.set_current_offset(top)
        name = shown.article.title or Path(self._path).name
        self.setWindowTitle(f"{name} — {shown.variant.label} — Reader")
        if self._searcher is not None:
            self._searcher.set_text(prepared.matcher, shown.article)
        self.quotes.set_article(shown.article)
        assert self._source is not None
        if self._facts_controller is not None:
            self._facts_controller.set_shown(self._source, shown)
        if self._keywords is not None:
            self._keywords.set_text(prepared.matcher)
        elif self._settings.keyword_lists:  # saved lists: highlighted as the article shows
            self._keywords = self._built_keywords()
        self.words.set_text(shown.article.text)

    def _painted(self) -> None:
        """Once on screen: the facts, then (a little later) the library's record of the reading."""
        QTimer.singleShot(0, self, self._refresh_facts)
        QTimer.singleShot(_RECORD_DELAY_MS, self, self._record)

    def _record(self) -> None:
        """Keep the article shown in the library (every article read; the bundled sample is not).

        A watched folder starts being watched here too, after the first paint.
        """
        if self._settings.library_watched_folder and self._library is None:
            _ = self.library
        if not self._unrecorded or self._source is None or not self._settings.library_records_opened:
            return
        self._unrecorded = False
        if _key(self._path) != _key(str(seed_article())):
            self.library.record(self._source)

    def _refresh_facts(self) -> None:
        if self.page.awaiting_paint:  # the view's ``painted`` calls again: facts never delay the first look
            return
        self.facts_controller.refresh()

    def _add_selected_keyword(self) -> None:
        selection = self.page.selected_range() or self.words.word_at_cursor()
        if selection is None or self.article is None:
            self.statusBar().showMessage(self.tr("Select a word to highlight first."), 4000)
            return
        self.add_keyword(self.article.text[selection[0] : selection[1]])

    def _edit_keywords(self) -> None:
        from ...core.find.highlight import counts
        from ...core.find.keywords import (
            suggest_keywords,  # dialogs load on first use, not at start-up
        )
        from ..dialogs.keywords_dialog import KeywordsDialog

        text = self.article.text if self.article else ""
        suggested = suggest_keywords(text, boundaries=self.words.boundaries())
        dialog = KeywordsDialog(self.keywords.lists, counts(self.keywords.hits), suggested, self)
        if dialog.exec():
            self.set_keyword_lists(dialog.lists())

    def _close_search(self) -> None:
        if self._searcher is not None:
            self._searcher.clear()
        self.page.setFocus()

    def _highlight_mentions(self, spans: list[tuple[int, int]]) -> None:
        fmt = highlight_format(MENTION)
        self.page.set_layer("mentions", [(s, e, fmt) for s, e in spans])

    def _variant_slot(self, variant: Variant) -> Callable[[], None]:
        return lambda: self.set_variant(variant)

    def _change_settings(self, **changes: object) -> None:
        self._settings = replace(self._settings, **changes)  # type: ignore[arg-type]

    def _save_keyword_lists(self, lists: list[KeywordList]) -> None:
        from ...core.find.highlight import lists_to_json

        self._settings = replace(self._settings, keyword_lists=lists_to_json(lists))
        self.save_settings()

    def _set_language(self, code: str) -> None:
        self._settings = replace(self._settings, language=code)
        self.save_settings()
        self.statusBar().showMessage(self.tr("The new language applies when Reader next starts."), 6000)

    def _sync_variant_actions(self) -> None:
        for action_id in VARIANT_ACTIONS:
            self.actions_by_id[action_id].setChecked(action_id.value == self._variant.value)

    def _set_quote_marks(self, on: bool) -> None:
        self._settings = replace(self._settings, quotes_follow_variant=on)
        self.set_variant(self._variant)

    # ---- Private API: files and dialogs

    def _file_changed(self, path: str) -> None:
        if path == self._path:
            self.message_bar.show_message(
                self.tr("“{0}” changed on disk. Use File ▸ Reload (F5) to read it again.").format(Path(path).name))

    def _remember_position(self) -> None:
        self._settings = self._positioned(self._settings)
        if self._library is not None and self._shown is not None:  # the library keeps it too
            self._library.remember_position(self._source, self._shown.offsets.to_source(self.page.top_offset()))

    def _positioned(self, settings: Settings) -> Settings:
        if not self._path or self._shown is None:
            return settings
        positions = dict(settings.positions)
        positions[_key(self._path)] = top = self._shown.offsets.to_source(self.page.top_offset())
        if self._library is not None:
            self._library.remember_position(self._source, top)
        return replace(settings, positions=dict(list(positions.items())[-200:]))

    def _restore_window(self) -> None:
        s = self._settings
        if s.window_geometry:
            self.restoreGeometry(state_bytes(s.window_geometry))
        else:
            self.resize(1280, 840)
        if s.window_state:
            self.restoreState(state_bytes(s.window_state))

    def _show_shortcuts(self) -> None:
        from ..dialogs.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(list(self.actions_by_id.values()), self).exec()

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("About Reader"),
            self.tr("Reader {0}\nA calm reader for Chinese news articles.\n\n"
                    "Dictionary: CC-CEDICT (MDBG), CC BY-SA 4.0. Jyutping: ToJyutping "
                    "(rime-cantonese data, CC BY 4.0).").format(__version__),
        )

    # ---- Qt overrides

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        urls: list[QUrl] = event.mimeData().urls()
        local = [u.toLocalFile() for u in urls if u.isLocalFile()]
        if local:
            self.open_path(local[0])
            event.acceptProposedAction()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        # imported here, not at the top: its enums cost start-up ~25 ms (see docks.py)
        from PySide6.QtCore import Qt

        if event.key() == Qt.Key.Key_Escape and self.isFullScreen():
            self.set_distraction_free(False)
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.save_settings()
        if self._library is not None:
            self._remember_position()
            self._library.close()
        super().closeEvent(event)


def _appearance(settings: Settings) -> Appearance:
    return Appearance(settings.theme, settings.font_family, settings.font_size,
                      settings.line_spacing, settings.text_width)


def _key(path: str) -> str:
    return str(Path(path).resolve())


def _variant_or_original(value: str) -> Variant:
    try:
        return Variant(value)
    except ValueError:
        return Variant.ORIGINAL


def _script_font(variant: Variant) -> str:
    return {Variant.TW: "tw", Variant.HK: "hk"}.get(variant, "")
