"""NotesExporter: the article's notes to a file or the clipboard, and the clean article as Markdown.

Markdown, CSV and the clipboard carry the words in the script the user picks (as shown,
or as written, which scholars must often quote), with the citation in the user's style;
W3C JSON always describes the text as written, which the selectors point into.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMimeData
from PySide6.QtGui import QGuiApplication

from ...core.cite.citation import CitationStyle
from ...core.notes import notes_in_shown
from ...core.notes.export import Labels, NotesExport, to_csv, to_html, to_markdown, to_plain
from ...core.offsets import OffsetMap
from ..i18n import QT_TRANSLATE_NOOP
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

    def render(self, fmt: str, script: str, style: str) -> str:
        """The export of the open article's notes as text."""
        if fmt == "json":
            from ...core.notes.webanno import to_web_annotations

            source = self._window.source_article
            assert source is not None
            data = to_web_annotations(source, self._notes.placed(), source.path)
            return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        export = self._export(script, style)
        return to_csv(export) if fmt == "csv" else to_markdown(export, self._labels())

    def copy_all(self) -> str:
        """Every note of the article to the clipboard, as plain text and HTML (in the shown script)."""
        export = self._export("shown", self._style())
        mime = QMimeData()
        plain = to_plain(export, self._labels())
        mime.setText(plain)
        mime.setHtml(to_html(export, self._labels()))
        QGuiApplication.clipboard().setMimeData(mime)
        self._say(_tr("Copied {0} highlights and notes.").format(len(export.notes)))
        return plain

    def write(self, path: Path, fmt: str, script: str = "shown", style: str | None = None) -> bool:
        """Write the export to ``path``; a failure is said in the message bar."""
        text = self.render(fmt, script, style or self._style())
        done = _tr("Exported {0} highlights and notes to {1}").format(len(self._notes.shown), path)
        return self._write(path, text, done, "utf-8-sig" if fmt == "csv" else "utf-8")  # a BOM for Excel

    def write_article(self, path: Path) -> bool:
        """The clean article, in the shown script, as Markdown with its metadata as front matter."""
        from ...core.notes.article_markdown import article_markdown

        article = self._window.article
        if article is None:
            return False
        text = article_markdown(article, self._window.variant.value)
        return self._write(path, text, _tr("Saved {0}").format(path))

    def ask(self) -> None:
        """Choose format, script and style in a dialog with a preview, then the file."""
        from ..dialogs.notes_export_dialog import NotesExportDialog

        if self._window.source_article is None:
            return
        formats = [(k, _tr(label)) for k, (label, _suffix) in _FORMATS.items()]
        scripts = [(k, _tr(label).format(self._window.variant.label)) for k, label in _SCRIPTS.items()]
        styles = [(s, QuoteController.label(s)) for s in STYLES]
        dialog = NotesExportDialog(formats, scripts, styles, (self.format, self.script, self._style()),
                                   self.render, self._window)
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

    def _export(self, script: str, style: str) -> NotesExport:
        window = self._window
        source, shown = window.source_article, window.article
        assert source is not None and shown is not None
        if script == "original":
            article, offsets = source, OffsetMap.identity(len(source.text))
        else:
            article, offsets = shown, window.shown_offsets()
        notes = notes_in_shown(self._notes.placed(), article.text, offsets)
        return NotesExport(article, notes, CitationStyle(style), date.today(), source.path)

    def _labels(self) -> Labels:
        from .notes_controller import COLOR_LABELS

        return Labels(_tr("Highlights"), _tr("Not found in the current text"), _tr("Note"), _tr("after"),
                      _tr("Open in Reader"), {c: _tr(label) for c, label in COLOR_LABELS.items()})

    def _style(self) -> str:
        return self._window.quotes.default_style

    def _ask_path(self, suffix: str, tag: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        source = self._window.source_article
        base = Path(source.path).with_suffix("") if source is not None and source.path else Path("article")
        suggested = f"{base}-{tag}.{suffix}"
        path, _ = QFileDialog.getSaveFileName(self._window, _tr("Export"), suggested, f"*.{suffix}")
        return Path(path) if path else None

    def _write(self, path: Path, text: str, done: str, encoding: str = "utf-8") -> bool:
        from ...core.notes.saving import write_export

        source = self._window.source_article
        protect = [source.path] if source is not None and source.path else []
        try:
            write_export(path, text, protect=protect, encoding=encoding)
        except OSError as exc:
            self._window.message_bar.show_message(_tr("Could not write {0}: {1}").format(path, exc))
            return False
        self._say(done)
        return True

    def _say(self, text: str) -> None:
        self._window.statusBar().showMessage(text, 5000)
