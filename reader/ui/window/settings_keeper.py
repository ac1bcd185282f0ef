"""SettingsKeeper: holds the window's settings and saves them soon after each change.

Saving only on close lost everything when a frozen window was killed; now a
change (or a scroll, for the reading position) starts a short timer and the save
follows it, and close saves at once. A save that fails (a read-only folder, a file
where the folder should be) is said once, in the window and on stderr, and Reader
goes on with the settings in memory.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from ...core import settings as settings_io
from ...core.errors import WriteFailed
from ...core.settings import Loaded, Settings

__all__ = ["SAVE_DELAY_MS", "SettingsKeeper", "load_notice"]

SAVE_DELAY_MS = 1000
"""How soon after a change the settings are written: changes in a burst make one write."""



class SettingsKeeper(QObject):
    """The current settings; ``collect`` adds what lives in widgets (geometry, position) at save time."""

    failed = Signal(str)
    """A save failed: one translated sentence, emitted once until a save succeeds again."""

    def __init__(self, path: Path, settings: Settings, collect: Callable[[Settings], Settings],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self._settings = settings
        self._saved: Settings | None = None
        self._collect = collect
        self._failing = False
        self._timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)

    # ---- Public API

    @property
    def settings(self) -> Settings:
        return self._settings

    def update(self, settings: Settings) -> None:
        """Take ``settings`` as current and save them soon."""
        self._settings = settings
        self.touch()

    def touch(self) -> None:
        """Something ``collect`` reads changed (the window, the reading position): save soon."""
        self._timer.start()

    def save_now(self) -> bool:
        """Collect and write the settings now, unless nothing changed; False when it failed."""
        self._timer.stop()
        self._settings = self._collect(self._settings)
        if self._settings == self._saved:
            return True
        try:
            settings_io.save(self.path, self._settings)
        except WriteFailed as exc:
            self._report(exc)
            return False
        self._saved, self._failing = self._settings, False
        return True

    # ---- Private API

    def _report(self, exc: WriteFailed) -> None:
        if self._failing:
            return
        self._failing = True
        print(f"reader: settings not saved: {exc.path}: {exc.detail}", file=sys.stderr)
        self.failed.emit(QCoreApplication.translate("SettingsKeeper", "Settings cannot be saved to “{0}” ({1}); they are kept until Reader closes.")
                         .format(exc.path, exc.detail))


def load_notice(loaded: Loaded) -> str:
    """One translated sentence about what loading the settings had to do, or ""."""
    if loaded.problem:
        print(f"reader: settings file unusable ({loaded.problem}); moved to {loaded.backup}", file=sys.stderr)
        if loaded.backup is None:
            return QCoreApplication.translate("SettingsKeeper", "The settings file was unusable ({0}); the defaults are used.").format(loaded.problem)
        return QCoreApplication.translate("SettingsKeeper", "The settings file was unusable ({0}); it was kept as “{1}” and the defaults are used.").format(
            loaded.problem, loaded.backup)
    if loaded.reset:
        return QCoreApplication.translate("SettingsKeeper", "Some settings were damaged and are back to their defaults: {0}.").format(", ".join(loaded.reset))
    return ""
