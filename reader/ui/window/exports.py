"""Exporter: the window's side of writing a file the user chose (facts, PDF).

Every export makes its bytes, then hands them to ``reader.core.writing``, which
writes atomically and refuses the article being read (by path, symlink or hard
link). The outcome is said truthfully: "Saved …" in the status bar only once the
file is on disk, and otherwise why not in the message bar, with nothing written.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ...core.errors import ReaderError
from ...core.writing import write_atomically
from ..messages import error_message

__all__ = ["Exporter"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Exporter", text)


class Exporter:
    """Writes export files next to nothing the reader reads, and reports each outcome."""

    def __init__(self, protected: Callable[[], str], saved: Callable[[str], None],
                 failed: Callable[[str], None]) -> None:
        """``protected`` gives the open article's path; ``saved``/``failed`` show a sentence."""
        self._protected, self._saved, self._failed = protected, saved, failed

    def write(self, path: Path, data: Callable[[], bytes], what: str = "") -> bool:
        """Write ``data()`` to ``path``; True once it is on disk.

        ``what`` names the content for the status bar ("12 facts"); by default the
        message names the file only.
        """
        article = self._protected()
        try:
            written = write_atomically(path, data(), protect=[article] if article else [])
        except ReaderError as exc:
            self._failed(error_message(exc))
            return False
        if what:
            self._saved(_tr("Exported {0} to {1}").format(what, written))
        else:
            self._saved(_tr("Saved {0}").format(written))
        return True
