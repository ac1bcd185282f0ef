"""Exporter: the window's side of writing a file the user chose (facts, PDF); ArticleExports: those outputs.

Every export makes its bytes, then hands them to ``reader.core.writing``, which
writes atomically and refuses the article being read (by path, symlink or hard
link). The outcome is said truthfully: "Saved …" in the status bar only once the
file is on disk, and otherwise why not in the message bar, with nothing written.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ...core.errors import ReaderError
from ...core.writing import write_atomically
from ..messages import error_message

if TYPE_CHECKING:
    from PySide6.QtGui import QTextDocument

    from .main_window import MainWindow

__all__ = ["ArticleExports", "Exporter"]



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
            self._saved(QCoreApplication.translate("Exporter", "Exported {0} to {1}").format(what, written))
        else:
            self._saved(QCoreApplication.translate("Exporter", "Saved {0}").format(written))
        return True


class ArticleExports:
    """The File menu's outputs of the article on screen: print, PDF, and its facts as CSV/JSON.

    Kept apart from MainWindow, which only wires these to its actions; each output is drawn
    from the horizontal view as shown (current variant), and written through ``Exporter``.
    """

    def __init__(self, window: MainWindow, exporter: Exporter) -> None:
        self._window, self._exporter = window, exporter

    def print_article(self) -> None:
        from ..reading.printing import print_document

        window = self._window
        if window.article is not None:
            print_document(self._printed_document(), window.article.title, window)

    def ask_pdf(self) -> None:
        """Ask where to write the PDF, named after the article and its variant."""
        from PySide6.QtWidgets import QFileDialog

        window = self._window
        if window.article is None:
            return
        base = str(Path(window.path).with_suffix("")) + f"-{window.variant.value}.pdf"
        path, _ = QFileDialog.getSaveFileName(window, QCoreApplication.translate("Exporter", "Export as PDF"), base, QCoreApplication.translate("Exporter", "PDF (*.pdf)"))
        if path:
            self.pdf(Path(path))

    def pdf(self, path: Path) -> bool:
        """Write the article as shown (current script variant) to a PDF file; True once written."""
        article = self._window.article
        if article is None:
            return False
        from ..reading.printing import pdf_bytes  # PDF drawing loads on first use

        document = self._printed_document()
        return self._exporter.write(path, lambda: pdf_bytes(document, article.title))

    def _printed_document(self) -> QTextDocument:
        """The whole article as lines (whichever layout is on screen), every block shown."""
        view = self._window.page.horizontal_view()
        view.reveal_all()
        return view.document()

    def ask_facts(self) -> None:
        """Ask where to write the facts, CSV or JSON."""
        from PySide6.QtWidgets import QFileDialog

        window = self._window
        if window.source_article is None:
            return
        base = str(Path(window.path).with_suffix("")) + "-facts.csv"
        path, _ = QFileDialog.getSaveFileName(window, QCoreApplication.translate("Exporter", "Export Facts"), base, QCoreApplication.translate("Exporter", "CSV (*.csv);;JSON (*.json)"))
        if path:
            self.facts(Path(path))

    def facts(self, path: Path) -> bool:
        """Write the facts to ``path`` as CSV or JSON (by suffix); never over the article itself."""
        from ...core.facts.export import facts_file

        facts = self._window.facts_list()
        return self._exporter.write(path, lambda: facts_file(path, facts), QCoreApplication.translate("Exporter", "{0} facts").format(len(facts)))
