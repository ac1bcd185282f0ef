"""Application start-up: QApplication, app id, the first article (the bundled seed by default)."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QThreadPool, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from ... import __version__
from ...core import settings as settings_io
from ..i18n import install_translators, ui_language
from ..resources import APP_ID, icon, seed_article
from ..tasks import stop_processes
from .main_window import MainWindow

__all__ = ["create_app", "launch", "main", "settings_path"]


def create_app(argv: Sequence[str] = ()) -> QApplication:
    """The application object, named so settings and the desktop file line up."""
    app = QApplication.instance() or QApplication(["reader", *argv])
    assert isinstance(app, QApplication)
    app.setApplicationName("Reader")
    app.setOrganizationName("Reader")
    app.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(APP_ID)
    app.setWindowIcon(icon())
    return app


def settings_path() -> Path:
    """Where settings live: the platform's per-user config folder."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppConfigLocation)
    return Path(folder) / "settings.json"


def main(argv: Sequence[str] | None = None) -> int:
    """Open the window on the given file, or on the bundled sample article."""
    args = list(sys.argv[1:] if argv is None else argv)
    app = create_app()
    window = launch(settings_path(), args[0] if args else None)
    QTimer.singleShot(0, _collect_from_now_on)
    _quit_after_for_checks(window)
    status = app.exec()
    QThreadPool.globalInstance().waitForDone(3000)  # let a background parse end before Qt does
    stop_processes()
    return status


def launch(settings_file: Path, path: str | None = None) -> MainWindow:
    """Everything start-up does before the first paint: translators, the window, the article.

    ``path`` falls back to the bundled seed, keeping the reason it failed on show.
    ``benchmarks/startup.py`` times this very call, so it measures what users wait for.
    """
    loaded = settings_io.load_checked(settings_file)
    install_translators(ui_language(loaded.settings.language))
    window = MainWindow(settings_file, loaded.settings)
    window.show()
    if not path or not window.open_path(path):
        problem = window.message_bar.text()
        window.open_path(seed_article())
        if problem:
            window.message_bar.show_message(problem)
    if loaded.problem or loaded.reset:
        from .settings_keeper import load_notice

        window.message_bar.show_message(load_notice(loaded))
    return window


def _collect_from_now_on() -> None:
    """Once the window is up: the collector on (``reader.__main__`` turns it off for start-up).

    Everything built so far lives as long as the window: out of the collector's sight,
    its full collections (run from any thread, holding the GIL) take half as long.
    """
    gc.freeze()
    gc.enable()


def _quit_after_for_checks(window: MainWindow) -> None:
    """READER_QUIT_AFTER_MS=N: quit after N ms, saying what was shown (for the bundle check)."""
    delay = os.environ.get("READER_QUIT_AFTER_MS", "")
    if delay.isdigit():
        def report() -> None:
            print(f"shown: {window.windowTitle()}", flush=True)
            window.close()

        QTimer.singleShot(int(delay), report)
