"""LibraryImport: imports run off the GUI thread with progress and Cancel; a watched folder feeds them.

The files are read in worker processes (parsing and the fact rules are pure
Python, which a thread would run on the GUI's core) by ``import_files`` on a
thread-pool thread with its own connection; progress crosses back by signal.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from ...core.library import Library
from ...core.library.importing import ImportReport, Progress, gather, import_files
from ..tasks import run_in_background

if TYPE_CHECKING:  # the worker processes' machinery loads when an import first needs it
    from concurrent.futures import ProcessPoolExecutor

__all__ = ["LibraryImport"]

_POOL_FROM = 8
"""Imports of this many files or more read them in worker processes."""
_WATCH_DELAY_MS = 2000
"""A browser writes a saved page in several steps: wait until the folder is quiet."""


class LibraryImport(QObject):
    """One import at a time into the library at ``library_file()``."""

    started = Signal()
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, library_file: Callable[[], Path], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library_file = library_file
        self._cancel: threading.Event | None = None
        self._watcher = QFileSystemWatcher(self)
        self._watched = ""
        self._quiet = QTimer(self, singleShot=True, interval=_WATCH_DELAY_MS)
        self._quiet.timeout.connect(self._import_new)
        self._watcher.directoryChanged.connect(lambda _folder: self._quiet.start())
        self._known: Callable[[str], bool] = lambda _path: False

    # ---- Public API

    @property
    def running(self) -> bool:
        return self._cancel is not None

    def start(self, paths: Sequence[str]) -> bool:
        """Import ``paths`` (files and folders); False if an import is already running."""
        if self.running:
            return False
        cancel = self._cancel = threading.Event()
        library_file = self._library_file()
        self.started.emit()
        run_in_background(lambda: _import(library_file, list(paths), self.progress.emit, cancel.is_set),
                          self._done, self._failed, owner=self)
        return True

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.set()

    def watch(self, folder: str, known: Callable[[str], bool]) -> None:
        """Add what appears in ``folder`` (not its subfolders), and what is there but ``known`` does not know."""
        if self._watched:
            self._watcher.removePath(self._watched)
        self._watched, self._known = folder, known
        if folder and os.path.isdir(folder):
            self._watcher.addPath(folder)
            self._quiet.start(0)

    # ---- Private API

    def _import_new(self) -> None:
        if self.running:
            self._quiet.start()  # again once this one is done
            return
        fresh = [path for path in gather([self._watched]) if not self._known(path)] if self._watched else []
        if fresh:
            self.start(fresh)

    def _done(self, report: ImportReport) -> None:
        self._cancel = None
        self.finished.emit(report)

    def _failed(self, exc: Exception) -> None:
        self._cancel = None
        self.failed.emit(exc)


def _import(library_file: Path, paths: list[str], progress: Progress, cancelled: Callable[[], bool]) -> ImportReport:
    """On a pool thread: gather, read (in workers for many files), store, tidy."""
    files = gather(paths)
    progress(0, len(files), "")
    with Library.open(library_file) as library:
        if len(files) < _POOL_FROM:
            return import_files(library, files, progress=progress, cancelled=cancelled)
        with _workers() as pool:
            return import_files(library, files, pool=pool, progress=progress, cancelled=cancelled)


def _workers() -> ProcessPoolExecutor:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from ...helper import exit_with_parent

    count = max(1, min(2, (os.cpu_count() or 2) - 1))
    return ProcessPoolExecutor(count, mp_context=multiprocessing.get_context("spawn"),
                               initializer=exit_with_parent, initargs=(os.getpid(),))
