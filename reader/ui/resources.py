"""The only place that finds bundled files: in a checkout, an installed wheel, or a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QIcon

__all__ = ["APP_ID", "icon", "resources_dir", "seed_article"]

APP_ID = "io.github.reader_app.Reader"


def resources_dir() -> Path:
    """The ``resources/`` folder wherever Reader runs from."""
    bundle = getattr(sys, "_MEIPASS", None)
    candidates = [
        Path(bundle) / "resources" if bundle else None,
        Path(__file__).resolve().parents[2] / "resources",
        Path(sys.prefix) / "share" / "reader" / "resources",
    ]
    for path in candidates:
        if path is not None and (path / "seed.txt").is_file():
            return path
    raise FileNotFoundError("Reader's resources/ folder is missing from this installation")


def seed_article() -> Path:
    """The bundled sample article that opens when no file is given."""
    return resources_dir() / "seed.txt"


def icon(name: str = "reader") -> QIcon:
    """A themed icon when the desktop has one, else the bundled SVG."""
    bundled = resources_dir() / "icons" / f"{name}.svg"
    return QIcon.fromTheme(name, QIcon(str(bundled)))
