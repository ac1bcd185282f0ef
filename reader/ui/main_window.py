"""MainWindow: builds the reading view, docks and menus, and is the one place that wires them."""

from __future__ import annotations

import base64
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QByteArray, QUrl
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QVBoxLayout, QWidget

from .. import __version__
from ..core import Article, ReaderError, open_article
from ..core import settings as settings_io
from ..core.settings import Settings
from .actions import ActionId, create_actions
from .docks import DOCKS, make_dock
from .message_bar import MessageBar
from .messages import error_message
from .outline_panel import OutlinePanel
from .reading_view import ReadingView
from .resources import icon

__all__ = ["MainWindow"]

_OPEN_FILTER = "Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)"


class MainWindow(QMainWindow):
    """One article at a time in a calm window: text in the middle, panels at the side."""

    def __init__(self, settings_path: Path) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.setWindowIcon(icon())
        self.setAcceptDrops(True)
        self._settings_path = settings_path
        self._settings = settings_io.load(settings_path)
        self._path = ""
        self.view = ReadingView(self)
        self.message_bar = MessageBar(self)
        self.outline = OutlinePanel(self)
        self.actions_by_id = create_actions(self)
        self._build_central()
        self.docks = {spec.name: make_dock(self, spec, w) for spec, w in zip(DOCKS, [self.outline])}
        self._build_menus()
        self._connect_signals()
        self._restore_window()
        self.view.set_zoom(self._settings.zoom)

    # ---- Public API

    @property
    def article(self) -> Article | None:
        return self.view.article

    @property
    def settings(self) -> Settings:
        return self._settings

    def open_path(self, path: str | Path) -> bool:
        """Open ``path``; on failure say why and keep the current article open."""
        path = str(path)
        try:
            article = open_article(path)
        except ReaderError as exc:
            self.message_bar.show_message(error_message(exc))
            return False
        self._remember_position()
        self._path = path
        self.message_bar.hide()
        self._show(article)
        self._settings = settings_io.remember_file(self._settings, str(Path(path).resolve()))
        self._rebuild_recent_menu()
        offset = self._settings.positions.get(str(Path(path).resolve()), 0)
        if offset:
            self.view.scroll_to_offset(offset)
        return True

    def go_to_offset(self, offset: int) -> None:
        """Scroll so ``offset`` is at the top and tell the outline where we are."""
        self.view.scroll_to_offset(offset)
        self.outline.set_current_offset(offset)

    def save_settings(self) -> None:
        """Write the settings now (they are also written on close)."""
        self._remember_position()
        geometry = base64.b64encode(bytes(self.saveGeometry().data())).decode()
        state = base64.b64encode(bytes(self.saveState().data())).decode()
        self._settings = replace(
            self._settings, window_geometry=geometry, window_state=state, zoom=self.view.zoom
        )
        settings_io.save(self._settings_path, self._settings)

    # ---- Private API

    def _build_central(self) -> None:
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.view, 1)
        self.setCentralWidget(central)

    def _build_menus(self) -> None:
        a = self.actions_by_id
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(a[ActionId.OPEN])
        self._recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        file_menu.addAction(a[ActionId.RELOAD])
        file_menu.addSeparator()
        file_menu.addAction(a[ActionId.QUIT])
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for action_id in (ActionId.ZOOM_IN, ActionId.ZOOM_OUT, ActionId.ZOOM_RESET):
            view_menu.addAction(a[action_id])
        view_menu.addSeparator()
        for dock in self.docks.values():
            view_menu.addAction(dock.toggleViewAction())
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(a[ActionId.ABOUT])
        self._rebuild_recent_menu()

    def _connect_signals(self) -> None:
        a = self.actions_by_id
        a[ActionId.OPEN].triggered.connect(self._ask_open)
        a[ActionId.RELOAD].triggered.connect(lambda: self._path and self.open_path(self._path))
        a[ActionId.QUIT].triggered.connect(self.close)
        a[ActionId.ZOOM_IN].triggered.connect(lambda: self.view.set_zoom(self.view.zoom + 1))
        a[ActionId.ZOOM_OUT].triggered.connect(lambda: self.view.set_zoom(self.view.zoom - 1))
        a[ActionId.ZOOM_RESET].triggered.connect(lambda: self.view.set_zoom(0))
        a[ActionId.ABOUT].triggered.connect(self._about)
        self.outline.offset_activated.connect(self.go_to_offset)
        self.view.top_offset_changed.connect(self.outline.set_current_offset)

    def _show(self, article: Article) -> None:
        self.view.show_article(article)
        self.outline.set_entries(article.outline)
        name = article.title or Path(self._path).name
        self.setWindowTitle(f"{name} — Reader")

    def _ask_open(self) -> None:
        start = str(Path(self._path).parent) if self._path else ""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open Article"), start, _OPEN_FILTER)
        if path:
            self.open_path(path)

    def _rebuild_recent_menu(self) -> None:
        self._recent_menu.clear()
        for path in self._settings.recent_files:
            action = self._recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
        self._recent_menu.setEnabled(bool(self._settings.recent_files))

    def _remember_position(self) -> None:
        if not self._path or self.article is None:
            return
        positions = dict(self._settings.positions)
        positions[str(Path(self._path).resolve())] = self.view.top_offset()
        self._settings = replace(self._settings, positions=dict(list(positions.items())[-200:]))

    def _restore_window(self) -> None:
        s = self._settings
        if s.window_geometry:
            self.restoreGeometry(QByteArray(base64.b64decode(s.window_geometry)))
        else:
            self.resize(1180, 820)
        if s.window_state:
            self.restoreState(QByteArray(base64.b64decode(s.window_state)))

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Reader"),
            self.tr("Reader {0}\nA calm reader for Chinese news articles.").format(__version__),
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

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.save_settings()
        super().closeEvent(event)
