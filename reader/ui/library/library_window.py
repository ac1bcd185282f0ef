"""LibraryWindow: every article read, as a table; search, facts, timeline and watch lists across them.

It reads from the store it is given and wires its own panels; what changes the
library or the reading window (open, import, remove, export, tags) it asks for
through signals, which ``LibraryController`` carries out.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QMainWindow,
    QMenu,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.find.highlight import KeywordList
from ...core.library import EVERYTHING, Entry, EntryFilter, Library, SearchPage, Sort
from ..resources import icon
from .facts_view import FactsAcross
from .filter_bar import FilterBar
from .import_bar import ImportBar
from .search_results import SearchResults
from .table_model import ENTRY_ROLE, LibraryTableModel
from .timeline_view import Timeline
from .watch_view import WatchLists

__all__ = ["LibraryWindow"]

_SEARCH_DELAY_MS = 250
_WIDTHS = (340, 100, 100, 86, 64, 90, 40)


class LibraryWindow(QMainWindow):
    """The library's own window, beside the reading window."""

    open_requested = Signal(int, int, int)
    open_at_keyword_requested = Signal(int, str)
    import_requested = Signal(list)
    cancel_import_requested = Signal()
    remove_requested = Signal(list)
    read_requested = Signal(list, bool)
    tags_requested = Signal(int)
    export_requested = Signal(list)
    watch_folder_requested = Signal()
    switch_library_requested = Signal()
    recording_toggled = Signal(bool)

    def __init__(self, library: Library, keyword_lists: Callable[[], list[KeywordList]], recording: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._around_pending = False
        self.setObjectName("library_window")
        self.setWindowTitle(self.tr("Library — Reader"))
        self.setWindowIcon(icon())
        self.setAcceptDrops(True)
        self.resize(1280, 800)
        self._library = library
        self._keyword_lists = keyword_lists
        self.model = LibraryTableModel(self._entries)
        self.table = self._build_table()
        self.filters = FilterBar(self)
        self.search_field = QLineEdit(self)
        self.results = SearchResults(self)
        self.facts = FactsAcross(lambda kind, value: self._library.mentioning(kind, value, self.model.entry_filter))
        self.timeline = Timeline(self)
        self.watch = WatchLists(self)
        self.tabs = QTabWidget(self)
        self.import_bar = ImportBar(self)
        self._search_timer = QTimer(self, singleShot=True, interval=_SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.run_search)
        self._build_layout()
        self._build_actions(recording)
        self._connect_signals()
        self.refresh()

    # ---- Public API

    def set_library(self, library: Library) -> None:
        """Another library file (the user switched, or started a new one)."""
        self._library = library
        self.refresh()

    def refresh(self) -> None:
        """Read everything shown again: the list at once; its counts, choices and the open tab
        once the table is painted (the outlets of 100,000 articles take ~60 ms to count)."""
        self.model.refresh()
        self._around_pending = True
        self.table.viewport().update()

    def run_search(self) -> SearchPage:
        """Search the library (within the filter) for the field's text; the results tab lists the hits."""
        page = self._library.search(self.search_field.text(), self.model.entry_filter, limit=50)
        self.results.set_page(page)
        self.tabs.setTabText(0, self.tr("Search ({0})").format(page.articles) if page.query else self.tr("Search"))
        if page.query:
            self.tabs.setCurrentIndex(0)
        return page

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.entry(row).id for row in rows]

    def entry_changed(self, entry: Entry) -> None:
        self.model.replace_entry(entry)

    # ---- Private API: building

    def _build_table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("library_table")
        table.setModel(self.model)
        table.horizontalHeader().setSortIndicator(3, Qt.SortOrder.DescendingOrder)  # the model's own order
        table.setSortingEnabled(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.viewport().installEventFilter(self)
        for column, width in enumerate(_WIDTHS):
            table.setColumnWidth(column, width)
        table.horizontalHeader().setStretchLastSection(False)
        return table

    def _build_layout(self) -> None:
        self.search_field.setObjectName("library_search_field")
        self.search_field.setPlaceholderText(self.tr("Search every article (统战 finds 統戰)…"))
        self.search_field.setClearButtonEnabled(True)
        self.tabs.addTab(self.results, self.tr("Search"))
        self.tabs.addTab(self.facts, self.tr("Facts Across Articles"))
        self.tabs.addTab(self.timeline, self.tr("Timeline"))
        self.tabs.addTab(self.watch, self.tr("Watch Lists"))
        splitter = QSplitter(self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.tabs)
        splitter.setSizes([760, 500])
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filters)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self.statusBar().addPermanentWidget(self.import_bar, 1)

    def _build_actions(self, recording: bool) -> None:
        bar = self.addToolBar(self.tr("Library"))
        bar.setObjectName("library_toolbar")
        bar.setMovable(False)
        self.actions_by_name = {
            "add_files": self._action(self.tr("Add Files…"), "document-new", self._ask_files, QKeySequence.StandardKey.Open),
            "add_folder": self._action(self.tr("Add Folder…"), "folder-new", self._ask_folder),
            "remove": self._action(self.tr("Remove from Library"), "list-remove",
                                   lambda: self.remove_requested.emit(self.selected_ids()), QKeySequence.StandardKey.Delete),
            "export": self._action(self.tr("Export…"), "document-export",
                                   lambda: self.export_requested.emit(self.selected_ids())),
            "watch": self._action(self.tr("Watch a Folder…"), "folder-sync", self.watch_folder_requested.emit),
            "switch": self._action(self.tr("Use Another Library File…"), "document-open",
                                   self.switch_library_requested.emit),
            "record": self._action(self.tr("Remember Articles I Open"), "", self.recording_toggled.emit),
        }
        self.actions_by_name["record"].setCheckable(True)
        self.actions_by_name["record"].setChecked(recording)
        for name in ("add_files", "add_folder", "remove", "export"):
            bar.addAction(self.actions_by_name[name])
        bar.addSeparator()
        bar.addWidget(self.search_field)
        menu = self.menuBar().addMenu(self.tr("&Library"))
        for action in self.actions_by_name.values():
            menu.addAction(action)

    def _action(self, text: str, icon_name: str, slot: Callable[..., object],
                shortcut: QKeySequence.StandardKey | None = None) -> QAction:
        action = QAction(QIcon.fromTheme(icon_name), text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _connect_signals(self) -> None:
        self.search_field.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_field.returnPressed.connect(self.run_search)
        self.filters.filter_changed.connect(self._filter_changed)
        self.table.activated.connect(self._open_row)
        self.table.doubleClicked.connect(self._open_row)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.results.hit_activated.connect(self.open_requested)
        self.facts.mention_activated.connect(self.open_requested)
        self.facts.kinds_changed.connect(lambda _kinds: self._refresh_tab())
        self.watch.article_activated.connect(self.open_at_keyword_requested)
        self.tabs.currentChanged.connect(lambda _index: self._refresh_tab())
        self.import_bar.cancel_requested.connect(self.cancel_import_requested)

    # ---- Private API: reading

    def _entries(self, entry_filter: EntryFilter, sort: Sort, descending: bool, offset: int, limit: int) -> list[Entry]:
        return self._library.entries(entry_filter, sort, descending, offset, limit)

    def _refresh_around(self) -> None:
        self.filters.set_choices(self._library.tallies("outlet"), self._library.tallies("tag"))
        self._update_count()
        self._refresh_tab()

    def _update_count(self) -> None:
        total = self._library.count()
        shown = total if self.model.entry_filter == EVERYTHING else self._library.count(self.model.entry_filter)
        self.filters.set_count(shown, total)

    def _filter_changed(self, entry_filter: EntryFilter) -> None:
        self.model.set_filter(entry_filter)
        self._update_count()
        self._refresh_tab()

    def _refresh_tab(self) -> None:
        current = self.tabs.currentWidget()
        entry_filter = self.model.entry_filter
        if current is self.results and self.search_field.text():
            self.run_search()
        elif current is self.facts:
            self.facts.set_tallies(self._library.recurring(self.facts.current_kinds(), entry_filter))
        elif current is self.timeline:
            self.timeline.set_months(self._library.timeline(entry_filter))
        elif current is self.watch:
            self.watch.set_rows(self._library.watch(self._keyword_lists(), entry_filter))

    def _open_row(self, index: QModelIndex) -> None:
        self.open_requested.emit(self.model.entry(index.row()).id, -1, -1)

    def _context_menu(self, point: QPoint) -> None:
        index = self.table.indexAt(point)
        if not index.isValid():
            return
        entry: Entry = index.data(ENTRY_ROLE)
        ids = self.selected_ids() or [entry.id]
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), lambda: self._open_row(index))
        menu.addAction(self.tr("Mark as Read"), lambda: self.read_requested.emit(ids, True))
        menu.addAction(self.tr("Mark as Unread"), lambda: self.read_requested.emit(ids, False))
        menu.addAction(self.tr("Edit Tags…"), lambda: self.tags_requested.emit(entry.id))
        menu.addSeparator()
        menu.addAction(self.tr("Remove from Library"), lambda: self.remove_requested.emit(ids))
        menu.exec(self.table.viewport().mapToGlobal(point))

    def _ask_files(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from ..window.opener import OPEN_FILTER

        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Add Articles"), "", self.tr(OPEN_FILTER))
        if paths:
            self.import_requested.emit(paths)

    def _ask_folder(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        folder = QFileDialog.getExistingDirectory(self, self.tr("Add a Folder of Articles"))
        if folder:
            self.import_requested.emit([folder])

    # ---- Qt overrides

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint and watched is self.table.viewport() and self._around_pending:
            self._around_pending = False
            QTimer.singleShot(0, self, self._refresh_around)
        return False

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            self.import_requested.emit(paths)
            event.acceptProposedAction()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self._search_timer.stop()
        super().closeEvent(event)

