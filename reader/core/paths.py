"""Where Reader keeps its own files, worked out without Qt so the CLI and the window agree.

The folders are those Qt's ``QStandardPaths`` gives an application named "Reader"
of the organisation "Reader" (``AppDataLocation`` and ``AppConfigLocation``); a UI
test checks the two agree on the platform it runs on. ``READER_DATA_DIR`` and
``READER_CONFIG_DIR`` override them, so tests and benchmarks never touch a user's
real folders.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

__all__ = ["APP_FOLDER", "config_folder", "data_folder"]

APP_FOLDER = Path("Reader", "Reader")
"""Organisation, then application: the two levels Qt appends to every per-user location."""


def data_folder() -> Path:
    """The per-user folder for what Reader gathers (the library, notes): Qt's AppDataLocation."""
    return _folder("READER_DATA_DIR", ("APPDATA", "Roaming"), Path("Library", "Application Support"),
                   ("XDG_DATA_HOME", Path(".local", "share")))


def config_folder() -> Path:
    """The per-user folder for settings: Qt's AppConfigLocation."""
    return _folder("READER_CONFIG_DIR", ("LOCALAPPDATA", "Local"), Path("Library", "Preferences"),
                   ("XDG_CONFIG_HOME", Path(".config")))


def _folder(override: str, windows: tuple[str, str], mac: Path, xdg: tuple[str, Path]) -> Path:
    """The override if set, else the platform's base folder (Windows, macOS, XDG) with APP_FOLDER."""
    value = os.environ.get(override)
    if value:
        return Path(value)
    if sys.platform == "win32":
        return _windows_base(*windows) / APP_FOLDER
    if sys.platform == "darwin":
        return Path.home() / mac / APP_FOLDER
    return _xdg(*xdg) / APP_FOLDER


def _xdg(variable: str, fallback: Path) -> Path:
    """An XDG base folder; the spec says a relative value is invalid and must be ignored."""
    value = os.environ.get(variable, "")
    return Path(value) if os.path.isabs(value) else Path.home() / fallback


def _windows_base(variable: str, folder: str) -> Path:
    value = os.environ.get(variable, "")
    return Path(value) if value else Path.home() / "AppData" / folder
