"""LibraryController: between the reading window, the library's window and the library store.

It records the articles the user reads (in the helper process, after the first
paint), keeps their reading position, opens the library window and carries out
what it asks: show an article at a hit, import, remove, tag, export. A library
file it cannot read (damaged, or from a newer Reader) gets an offer to start a
new one, the old file set aside, never deleted.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from ...core.database import CorruptDatabase, DatabaseError, NewerDatabase, move_aside
from ...core.errors import ReaderError
from ...core.library import Added, EntryFilter, Library, library_path
from ...core.library.importing import ImportReport, record
from ...core.settings import Settings
from ..i18n import QT_TRANSLATE_NOOP
from ..messages import database_message, error_message
from ..tasks import run_in_background, run_in_process
from .library_import import LibraryImport

if TYPE_CHECKING:
    from ...core import Article
    from ...core.find.highlight import KeywordList
    from ..library.library_window import LibraryWindow

__all__ = ["LibraryController"]

_EXPORTS = (  # file dialog filter → reader.core.library.export.ExportFormat
    (QT_TRANSLATE_NOOP("LibraryController", "Articles (CSV) (*.csv)"), "articles-csv"),
    (QT_TRANSLATE_NOOP("LibraryController", "Facts of the articles (CSV) (*.csv)"), "facts-csv"),
    (QT_TRANSLATE_NOOP("LibraryController", "Articles and their facts (JSON) (*.json)"), "json"),
    (QT_TRANSLATE_NOOP("LibraryController", "Bibliography, GB/T 7714 (*.txt)"), "gbt7714"),
    (QT_TRANSLATE_NOOP("LibraryController", "Bibliography, APA (*.txt)"), "apa"),
    (QT_TRANSLATE_NOOP("LibraryController", "Bibliography, Chicago (*.txt)"), "chicago"),
)


class LibraryController(QObject):
    """Built on first use (never before the first paint); one per reading window."""

    open_requested = Signal(str, object, int, int)
    """(path, article, start, end): show the library's copy, at a hit if start ≤ end, else at ``start``."""

    def __init__(self, parent: QWidget, settings: Callable[[], Settings], change_settings: Callable[..., None],
                 keyword_lists: Callable[[], list[KeywordList]]) -> None:
        super().__init__(parent)
        self._parent = parent
        self._settings, self._change_settings, self._keyword_lists = settings, change_settings, keyword_lists
        self._store: Library | None = None
        self._window: LibraryWindow | None = None
        self._current: tuple[Article, int] | None = None
        self._refused = False
        self.imports = LibraryImport(lambda: self.path, self)
        self.imports.finished.connect(self._imported)
        self.imports.failed.connect(self._problem)
        self._watch(self._settings().library_watched_folder)

    # ---- Public API

    @property
    def path(self) -> Path:
        return library_path(self._settings().library_path)

    @property
    def store(self) -> Library | None:
        """The GUI thread's connection, opened on first use; None if the user declined a new library."""
        if self._store is None and not self._refused:
            try:
                self._store = Library.open(self.path)
            except DatabaseError as exc:
                self._problem(exc)
        return self._store

    def record(self, article: Article) -> None:
        """Keep ``article`` in the library as read now (its facts are found in the helper process)."""
        run_in_process(record, (str(self.path), article), lambda added: self._recorded(article, added),
                       self._problem, owner=self)

    def remember_position(self, article: Article | None, offset: int) -> None:
        """Where the reader is in the article (source offsets), kept with it in the library."""
        if self._current is not None and self._current[0] is article:
            article_id = self._current[1]
            self._guarded(lambda store: store.set_position(article_id, offset))

    def close(self) -> None:
        """The reading window closes: so does the library's, and an import stops after its batch."""
        self.imports.cancel()
        if self._window is not None:
            self._window.close()

    def show_window(self) -> LibraryWindow | None:
        if self._window is None:
            store = self.store
            if store is None:
                return None
            self._window = self._build_window(store)
        self._window.show()
        self._window.raise_()
        self._window.activateWindow()
        return self._window

    def open_article(self, article_id: int, start: int = -1, end: int = -1) -> None:
        """Show an article from the library: at ``start:end``, else where the reader left it."""
        stored = self.store.stored(article_id) if self.store is not None else None
        if stored is None:
            return
        if start < 0:
            start, end = stored.position, -1
        self._current = (stored.article, stored.id)
        self.open_requested.emit(stored.article.path, stored.article, start, end)

    def open_at_keyword(self, article_id: int, keyword: str) -> None:
        from ...core.library.hits import find_hits

        stored = self.store.stored(article_id) if self.store is not None else None
        if stored is not None:
            _count, hits = find_hits(stored.article.text, keyword, 1)
            self.open_article(article_id, *((hits[0].start, hits[0].end) if hits else (-1, -1)))

    def import_paths(self, paths: Sequence[str]) -> None:
        window = self.show_window()
        if window is not None and not self.imports.running:
            window.import_bar.start()
            self.imports.start(paths)

    # ---- Private API: the window's requests

    def _build_window(self, store: Library) -> LibraryWindow:
        from ..library.library_window import LibraryWindow

        window = LibraryWindow(store, self._keyword_lists, self._settings().library_records_opened, self._parent)
        window.open_requested.connect(self.open_article)
        window.open_at_keyword_requested.connect(self.open_at_keyword)
        window.import_requested.connect(self.import_paths)
        window.cancel_import_requested.connect(self.imports.cancel)
        window.remove_requested.connect(self._remove)
        window.read_requested.connect(lambda ids, read: self._changed(lambda s: s.set_read(ids, read)))
        window.tags_requested.connect(self._edit_tags)
        window.export_requested.connect(self._export)
        window.watch_folder_requested.connect(self._ask_watch)
        window.switch_library_requested.connect(self._switch)
        window.recording_toggled.connect(lambda on: self._change_settings(library_records_opened=on))
        self.imports.progress.connect(window.import_bar.set_progress)
        return window

    def _remove(self, ids: list[int]) -> None:
        if not ids or self._window is None:
            return
        answer = QMessageBox.question(
            self._window, self.tr("Remove from Library"),
            self.tr("Remove {0} articles from the library? Their files stay where they are.").format(len(ids)))
        if answer == QMessageBox.StandardButton.Yes:
            self._changed(lambda store: store.remove(ids))

    def _edit_tags(self, article_id: int) -> None:
        from PySide6.QtWidgets import QInputDialog

        stored = self.store.stored(article_id) if self.store is not None else None
        if stored is None:
            return
        text, ok = QInputDialog.getText(self._window, self.tr("Edit Tags"), self.tr("Tags, separated by commas:"),
                                        text=", ".join(stored.tags))
        if ok:
            self._changed(lambda store: store.set_tags(article_id, text.replace("，", ",").split(",")))

    def _export(self, ids: list[int]) -> None:
        from PySide6.QtWidgets import QFileDialog

        store, window = self.store, self._window
        if store is None or window is None:
            return
        chosen = ids or [e.id for e in store.entries(window.model.entry_filter, limit=store.count())]
        filters = [self.tr(label) for label, _kind in _EXPORTS]
        path, picked = QFileDialog.getSaveFileName(window, self.tr("Export {0} Articles").format(len(chosen)),
                                                   "library.csv", ";;".join(filters))
        if path:
            kind = _EXPORTS[filters.index(picked) if picked in filters else 0][1]
            self.export_to(Path(path), chosen, kind)

    def export_to(self, path: Path, ids: list[int], kind: str) -> None:
        """Write an export off the GUI thread (with its own connection); the status bar says when it is done."""
        library_file = self.path

        def work() -> int:
            from ...core.library.export import ExportFormat, export_text, write_export

            with Library.open(library_file) as library:
                files = [e.path for e in library.entries(EntryFilter(ids=tuple(ids)), limit=len(ids))]
                write_export(path, export_text(library, ids, ExportFormat(kind)), protect=files)
            return len(ids)

        def done(count: int) -> None:
            if self._window is not None:
                self._window.statusBar().showMessage(self.tr("Exported {0} articles to {1}").format(count, path), 8000)

        run_in_background(work, done, self._problem, owner=self)

    def _ask_watch(self) -> None:
        """Stop watching the folder watched, or choose one (new files there are added)."""
        from PySide6.QtWidgets import QFileDialog

        current = self._settings().library_watched_folder
        if current:
            answer = QMessageBox.question(self._window, self.tr("Watch a Folder"),
                                          self.tr("New articles in “{0}” are added to the library. "
                                                  "Stop watching it?").format(current))
            if answer == QMessageBox.StandardButton.Yes:
                self.watch_folder("")
                return
        folder = QFileDialog.getExistingDirectory(self._window, self.tr("Watch a Folder for New Articles"), current)
        if folder:
            self.watch_folder(folder)

    def watch_folder(self, folder: str) -> None:
        """Add what appears in ``folder`` from now on (and what is there already); "" stops watching."""
        self._change_settings(library_watched_folder=folder)
        self._watch(folder)

    def _switch(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self._window, self.tr("Use Another Library File"), str(self.path),
                                              self.tr("Reader library (*.sqlite3)"),
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.use_library(path)

    def use_library(self, path: str) -> None:
        """Switch to the library at ``path`` (created if new); remembered in the settings."""
        self._change_settings(library_path=path)
        self._reopen()

    # ---- Private API: keeping up

    def _recorded(self, article: Article, added: Added) -> None:
        self._current = (article, added.id)
        if self._window is not None and self._window.isVisible():
            self._window.refresh()

    def _imported(self, report: ImportReport) -> None:
        if self._window is not None:
            self._window.import_bar.finish(report)
            self._window.refresh()

    def _changed(self, change: Callable[[Library], Any]) -> None:
        self._guarded(change)
        if self._window is not None:
            self._window.refresh()

    def _guarded(self, change: Callable[[Library], Any]) -> None:
        if self.store is not None:
            try:
                change(self.store)
            except DatabaseError as exc:
                self._problem(exc)

    def _watch(self, folder: str) -> None:
        self.imports.watch(folder, lambda path: self.store is not None and self.store.id_for_path(path) is not None)

    def _reopen(self) -> None:
        if self._store is not None:
            self._store.close()
        self._store, self._current, self._refused = None, None, False
        store = self.store
        if self._window is not None and store is not None:
            self._window.set_library(store)

    def _problem(self, exc: Exception) -> None:
        """A library file it cannot use: offer a new one (the old set aside); other errors are said."""
        parent = self._window or self._parent
        if not isinstance(exc, CorruptDatabase | NewerDatabase):
            text = (database_message(exc) if isinstance(exc, DatabaseError)
                    else error_message(exc) if isinstance(exc, ReaderError) else str(exc))
            QMessageBox.warning(parent, self.tr("Library"), text)
            return
        if self._refused:
            return
        question = self.tr("Start a new, empty library? The old file is kept, renamed beside it.")
        answer = QMessageBox.question(parent, self.tr("Library"), f"{database_message(exc)}\n\n{question}")
        if answer != QMessageBox.StandardButton.Yes:
            self._refused = True
            return
        if self._store is not None:
            self._store.close()
            self._store = None
        aside = move_aside(self.path)
        QMessageBox.information(parent, self.tr("Library"), self.tr("The old library file is kept as {0}.").format(aside))
        self._reopen()

