"""FileOpener: how a file the user picked becomes an article, and what it does meanwhile.

A small file is read and parsed at once; a large one on the thread pool, with
a busy indicator and a Cancel button in the status bar. The opener watches the
open file for changes on disk, asks for files (File ▸ Open) and keeps the Open
Recent menu. It reports through signals; MainWindow decides what to show.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, Signal
from PySide6.QtWidgets import QLabel, QMenu, QProgressBar, QPushButton, QStatusBar, QWidget

from ...core import Article, open_article
from ...core.errors import ReaderError
from ..i18n import QT_TRANSLATE_NOOP
from ..tasks import run_in_background

__all__ = ["OPEN_FILTER", "FileOpener"]

OPEN_FILTER = QT_TRANSLATE_NOOP(
    "FileOpener", "Articles (*.txt *.md *.markdown *.html *.htm *.mhtml *.mht *.webarchive);;All files (*)")
_BACKGROUND_BYTES = 64 * 1024
"""Files larger than this are read and parsed off the GUI thread: with the parsers' bounds
(core.sources.bounds) the slowest 64 KB file parses in ~0.2 s; a 585 KB one froze the window 9 s."""


class FileOpener(QObject):
    """Opens files for one window: ``opened(path, article)`` or ``refused(exception)``."""

    opened = Signal(str, object)
    refused = Signal(object)
    changed_on_disk = Signal(str)

    def __init__(self, status_bar: QStatusBar) -> None:
        super().__init__(status_bar)
        self._ticket = 0
        self._path = ""
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._changed)
        self.busy_label = QLabel(status_bar)
        self.busy_bar = QProgressBar(status_bar)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(140)
        self.busy_bar.setAccessibleName(self.tr("Opening"))
        self.busy_cancel = QPushButton(self.tr("Cancel"), status_bar)
        self.busy_cancel.clicked.connect(self.cancel)
        for widget in (self.busy_label, self.busy_bar, self.busy_cancel):
            status_bar.addPermanentWidget(widget)
            widget.hide()

    # ---- Public API

    def open_path(self, path: str | Path, encoding: str | None = None) -> bool:
        """Open ``path``: False (and ``refused``) when it cannot be read at once.

        A large file returns True at once; ``opened`` or ``refused`` follows.
        """
        path = str(path)
        self._ticket += 1
        if _file_size(path) < _BACKGROUND_BYTES:
            try:
                article = open_article(path, encoding)
            except ReaderError as exc:
                self.refused.emit(exc)
                return False
            self.opened.emit(path, article)
            return True
        ticket = self._ticket

        def done(article: Article) -> None:
            if ticket == self._ticket:
                self._show_busy("")
                self.opened.emit(path, article)

        def failed(exc: Exception) -> None:
            if ticket == self._ticket:
                self._show_busy("")
                self.refused.emit(exc)

        self._show_busy(self.tr("Opening {0}…").format(Path(path).name))
        run_in_background(lambda: open_article(path, encoding), done, failed, owner=self)
        return True

    def cancel(self) -> None:
        """Forget the file being opened in the background; the current article stays."""
        self._ticket += 1
        self._show_busy("")

    def watch(self, path: str) -> None:
        """Say when ``path`` (the article now shown) changes on disk; a path that is gone is not watched."""
        self._path = path
        if self.watcher.files():
            self.watcher.removePaths(self.watcher.files())
        if path and os.path.exists(path):
            self.watcher.addPath(path)

    def ask(self, parent: QWidget, current: str) -> None:
        """File ▸ Open: a file dialog starting beside the current file."""
        from PySide6.QtWidgets import QFileDialog  # dialogs load on first use, not at start-up

        start = str(Path(current).parent) if current else ""
        path, _ = QFileDialog.getOpenFileName(parent, self.tr("Open Article"), start, self.tr(OPEN_FILTER))
        if path:
            self.open_path(path)

    def fill_recent(self, menu: QMenu, paths: Sequence[str]) -> None:
        """Open Recent: one entry per path, newest first."""
        menu.clear()
        for path in paths:
            action = menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
        menu.setEnabled(bool(paths))

    # ---- Private API

    def _show_busy(self, text: str) -> None:
        self.busy_label.setText(text)
        for widget in (self.busy_label, self.busy_bar, self.busy_cancel):
            widget.setVisible(bool(text))

    def _changed(self, path: str) -> None:
        if path == self._path:
            self.changed_on_disk.emit(path)


def _file_size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0  # the synchronous path reports what is wrong
