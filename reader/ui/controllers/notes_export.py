"""NotesExporter: the article's notes to a file or the clipboard, and the clean article as Markdown.

Markdown, CSV and the clipboard carry the words in the script the user picks (as shown,
or as written, which scholars must often quote), with the citation in the user's style;
W3C JSON always describes the text as written, which the selectors point into.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMimeData
from PySide6.QtGui import QGuiApplication

from ...core.cite.citation import CitationStyle
from ...core.errors import ReaderError
from ...core.notes import notes_in_shown
from ...core.notes.export import Labels, NotesExport, to_csv, to_html, to_markdown, to_plain
from ...core.offsets import OffsetMap
from ..i18n import QT_TRANSLATE_NOOP
from ..messages import error_message
from ..tasks import run_in_background
from .quote_controller import STYLES, QuoteController

if TYPE_CHECKING:
    from ..window.main_window import MainWindow
    from .notes_controller import NotesController

__all__ = ["NotesExporter"]

_FORMATS = {
    "markdown": (QT_TRANSLATE_NOOP("notes", "Markdown (Obsidian, Word)"), "md"),
    "json": (QT_TRANSLATE_NOOP("notes", "JSON (W3C Web Annotation)"), "json"),
    "csv": (QT_TRANSLATE_NOOP("notes", "CSV (spreadsheet)"), "csv"),
}
_PREVIEWED = 20
"""The preview shows the export of the first notes only: it is remade at each choice."""
_SCRIPTS = {"shown": QT_TRANSLATE_NOOP("notes", "As shown ({0})"),
            "original": QT_TRANSLATE_NOOP("notes", "As written (original script)")}


def _tr(text: str) -> str:
    return QCoreApplication.translate("notes", text)


class NotesExporter:
    """Renders and writes; remembers the user's last format and script."""

    def __init__(self, notes: NotesController, window: MainWindow) -> None:
        self._notes = notes
        self._window = window
        self.format = "markdown"
        self.script = "shown"

    # ---- Public API

    def render(self, fmt: str, script: str, style: str, limit: int | None = None) -> str:
        """The export of the open article's notes (the first ``limit`` of them) as text."""
        return self._renderer(fmt, script, style, limit)()

    def copy_all(self) -> None:
        """Every note of the article to the clipboard, as plain text and HTML (in the shown script).

        Rendered on a worker thread: a thousand quotations with citations take a while.
        """
        export, labels = self._export("shown", self._style()), self._labels()

        def copy(texts: tuple[str, str]) -> None:
            mime = QMimeData()
            mime.setText(texts[0])
            mime.setHtml(texts[1])
            QGuiApplication.clipboard().setMimeData(mime)
            self._say(QCoreApplication.translate("notes", "Copied {0} highlights and notes.").format(len(export.notes)))

        run_in_background(lambda: (to_plain(export, labels), to_html(export, labels)), copy, self._failed,
                          owner=self._window)

    def write(self, path: Path, fmt: str, script: str = "shown", style: str | None = None) -> None:
        """Write the export to ``path`` on a worker thread; the status bar says when it is done,
        the message bar if it failed."""
        render = self._renderer(fmt, script, style or self._style(), None)
        done = QCoreApplication.translate("notes", "Exported {0} highlights and notes to {1}").format(len(self._notes.shown), path)
        self._write(path, render, done, "utf-8-sig" if fmt == "csv" else "utf-8")  # a BOM for Excel

    def write_article(self, path: Path) -> None:
        """The clean article, in the shown script, as Markdown with its metadata as front matter."""
        from ...core.notes.article_markdown import article_markdown

        article, variant = self._window.article, self._window.variant.value
        if article is not None:
            self._write(path, lambda: article_markdown(article, variant), QCoreApplication.translate("notes", "Saved {0}").format(path))

    def ask(self) -> None:
        """Choose format, script and style in a dialog with a preview, then the file."""
        from ..dialogs.notes_export_dialog import NotesExportDialog

        if self._window.source_article is None:
            return
        formats = [(k, _tr(label)) for k, (label, _suffix) in _FORMATS.items()]
        scripts = [(k, _tr(label).format(self._window.variant.label)) for k, label in _SCRIPTS.items()]
        styles = [(s, QuoteController.label(s)) for s in STYLES]
        dialog = NotesExportDialog(formats, scripts, styles, (self.format, self.script, self._style()),
                                   lambda f, sc, st: self.render(f, sc, st, _PREVIEWED), self._window)
        if not dialog.exec():
            return
        self.format, self.script, style = dialog.choices()
        path = self._ask_path(_FORMATS[self.format][1], "notes")
        if path is not None:
            self.write(path, self.format, self.script, style)

    def ask_article(self) -> None:
        path = self._ask_path("md", self._window.variant.value)
        if path is not None:
            self.write_article(path)

    # ---- Private API

    def _renderer(self, fmt: str, script: str, style: str, limit: int | None) -> Callable[[], str]:
        """What renders the export, holding all it needs: it may run on a worker thread."""
        if fmt == "json":
            from ...core.notes.webanno import to_web_annotations

            source = self._window.source_article
            assert source is not None
            placed = self._notes.placed()[:limit]
            return lambda: json.dumps(to_web_annotations(source, placed, source.path), ensure_ascii=False,
                                      indent=2) + "\n"
        export, labels = self._export(script, style, limit), self._labels()
        return (lambda: to_csv(export)) if fmt == "csv" else (lambda: to_markdown(export, labels))

    def _export(self, script: str, style: str, limit: int | None = None) -> NotesExport:
        window = self._window
        source, shown = window.source_article, window.article
        assert source is not None and shown is not None
        if script == "original":
            article, offsets = source, OffsetMap.identity(len(source.text))
        else:
            article, offsets = shown, window.shown_offsets()
        notes = notes_in_shown(self._notes.placed()[:limit], article.text, offsets)
        return NotesExport(article, notes, CitationStyle(style), date.today(), source.path)

    def _labels(self) -> Labels:
        from .notes_controller import COLOR_LABELS

        return Labels(QCoreApplication.translate("notes", "Highlights"), QCoreApplication.translate("notes", "Not found in the current text"), QCoreApplication.translate("notes", "Note"), QCoreApplication.translate("notes", "after"),
                      QCoreApplication.translate("notes", "Open in Reader"), {c: _tr(label) for c, label in COLOR_LABELS.items()})

    def _style(self) -> str:
        return self._window.quotes.default_style

    def _ask_path(self, suffix: str, tag: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        source = self._window.source_article
        base = Path(source.path).with_suffix("") if source is not None and source.path else Path("article")
        suggested = f"{base}-{tag}.{suffix}"
        path, _ = QFileDialog.getSaveFileName(self._window, QCoreApplication.translate("notes", "Export"), suggested, f"*.{suffix}")
        return Path(path) if path else None

    def _write(self, path: Path, render: Callable[[], str], done: str, encoding: str = "utf-8") -> None:
        from ...core.notes.saving import write_export

        source = self._window.source_article
        protect = [source.path] if source is not None and source.path else []
        run_in_background(lambda: write_export(path, render(), protect=protect, encoding=encoding),
                          lambda _path: self._say(done), self._failed_to(path), owner=self._window)

    def _failed_to(self, path: Path) -> Callable[[Exception], None]:
        def say(exc: Exception) -> None:
            if isinstance(exc, ReaderError):  # refused or failed: nothing was written, and why
                self._window.message_bar.show_message(error_message(exc))
            else:
                self._window.message_bar.show_message(
                    QCoreApplication.translate("notes", "Could not write {0}: {1}").format(path, exc))
        return say

    def _failed(self, exc: Exception) -> None:
        self._window.message_bar.show_message(str(exc))

    def _say(self, text: str) -> None:
        self._window.statusBar().showMessage(text, 5000)
