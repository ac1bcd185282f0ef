"""An article's annotations for other programs: Markdown (Obsidian, Word), plain text + HTML, CSV.

Every export starts with the article's title and its citation in the user's style
(GB/T 7714, APA, Chicago, through ``cite``), then each highlight as a quotation with
the style's in-text mark and its note, in reading order, each with a ``reader:`` link
back to the passage; margin notes stand where they were written; annotations not
found in the current text come last, kept with the words they were made on.
The article and the notes are given in one script: the shown variant's or the original.
"""

from __future__ import annotations

import csv
import html
import io
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from typing import NamedTuple

from ..cite.citation import CitationStyle, CitedPart, cite
from ..model import Article
from .article_markdown import escape_markdown
from .links import link_for
from .model import Color
from .shown import ShownNote

__all__ = ["CSV_COLUMNS", "ENGLISH", "Labels", "NotesExport", "to_csv", "to_html", "to_markdown", "to_plain"]

CSV_COLUMNS = ("id", "kind", "color", "start", "end", "text", "note", "placement", "created", "modified", "link")
_CONTEXT = 12


class Labels(NamedTuple):
    """The words an export adds around the article's own; the UI passes them translated."""

    highlights: str = "Highlights"
    missing: str = "Not found in the current text"
    note: str = "Note"
    after: str = "after"
    open_link: str = "Open in Reader"
    colors: Mapping[Color, str] = {}

    def color(self, color: Color) -> str:
        return self.colors.get(color, color.value)


ENGLISH = Labels()


class NotesExport(NamedTuple):
    """What an export needs: the article and its notes in one script, the style, the day, the file."""

    article: Article
    notes: Sequence[ShownNote]
    style: CitationStyle
    accessed: date
    path: str = ""
    """The article's file, for links back ("" for none)."""


class _Entry(NamedTuple):
    """One annotation in one output format: the quotation (with where it is) and the note."""

    quote: str
    note: str


def to_markdown(export: NotesExport, labels: Labels = ENGLISH) -> str:
    """Markdown that pastes well into Obsidian: title, citation, quotations as blockquotes."""
    title = export.article.title or export.path
    lines = [f"# {escape_markdown(title)}", "", _source(export).markdown]
    return _document(export, labels, lines, _markdown_entry, lambda t: f"## {t}")


def to_plain(export: NotesExport, labels: Labels = ENGLISH) -> str:
    """The same as plain text, for the clipboard's text flavour."""
    lines = [export.article.title or export.path, "", _source(export).text]
    return _document(export, labels, lines, _plain_entry, lambda t: f"【{t}】")


def to_html(export: NotesExport, labels: Labels = ENGLISH) -> str:
    """The same as an HTML fragment, for the clipboard's rich flavour (Word, mail, Google Docs)."""
    title = html.escape(export.article.title or export.path)
    lines = [f"<h1>{title}</h1>", f"<p>{_source(export).html}</p>"]
    return _document(export, labels, lines, _html_entry, lambda t: f"<h2>{html.escape(t)}</h2>")


def to_csv(export: NotesExport) -> str:
    """One row per annotation (CSV_COLUMNS); offsets into the exported script's text, -1 when missing."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for shown in export.notes:
        a = shown.placed.annotation
        kind = "note" if a.is_margin_note else "highlight"
        writer.writerow([a.id, kind, a.color.value, shown.start, shown.end, shown.text, a.note,
                         shown.placed.placement.value, _stamp(a.created), _stamp(a.modified),
                         _link(export, shown)])
    return out.getvalue()


# ---- Private API: the document


def _document(export: NotesExport, labels: Labels, head: list[str],
              entry: Callable[[NotesExport, ShownNote, Labels], _Entry], heading: Callable[[str], str]) -> str:
    found = [n for n in export.notes if n.placed.found]
    missing = [n for n in export.notes if not n.placed.found]
    lines = [*head, ""]
    for title, notes in ((labels.highlights, found), (labels.missing, missing)):
        if notes:
            lines += [heading(f"{title} ({len(notes)})"), ""]
            for note in notes:
                quote, words = entry(export, note, labels)
                lines += [quote, ""] + ([words, ""] if words else [])
    return "\n".join(lines).rstrip("\n") + "\n"


def _source(export: NotesExport) -> CitedPart:
    """The source as the style gives it after its quotations (Chicago: the note their ¹ refers to)."""
    return cite(export.article, 0, 0, export.style, accessed=export.accessed)[1]


def _quoted(export: NotesExport, note: ShownNote) -> CitedPart:
    """The words with the style's in-text mark; a missing annotation's stored words without one."""
    if note.placed.found:
        return cite(export.article, note.start, note.end, export.style, accessed=export.accessed)[0]
    words = f"“{' '.join(note.text.split())}”"
    return CitedPart(words, html.escape(words), escape_markdown(words))


def _context(export: NotesExport, note: ShownNote) -> str:
    """The words just before a margin note, where it was written."""
    before = " ".join(export.article.text[max(0, note.start - _CONTEXT) : note.start].split())
    return f"…{before}" if before else ""


def _link(export: NotesExport, note: ShownNote) -> str:
    a, placed = note.placed.annotation, note.placed
    if not export.path:
        return ""
    start, end = (placed.start, placed.end) if placed.found else (a.start, a.end)
    return link_for(export.path, start, end, a.exact, a.id)


def _stamp(moment: datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")


# ---- Private API: one entry per format


def _markdown_entry(export: NotesExport, note: ShownNote, labels: Labels) -> _Entry:
    a, link = note.placed.annotation, _link(export, note)
    meta = labels.color(a.color) + (f" · [{labels.open_link}]({link})" if link else "")
    if a.is_margin_note:
        where = _context(export, note)
        head = f"**{labels.note}**" + (f" · {labels.after} “{escape_markdown(where)}”" if where else "")
        return _Entry(f"{head} · {meta}", a.note)
    # the line under the quotation stands outside it: two quotations in a row stay two in every renderer
    return _Entry(f"> {_quoted(export, note).markdown}\n\n— {meta}", a.note)


def _plain_entry(export: NotesExport, note: ShownNote, labels: Labels) -> _Entry:
    a = note.placed.annotation
    if a.is_margin_note:
        where = _context(export, note)
        return _Entry(labels.note + (f" · {labels.after} “{where}”" if where else ""), a.note)
    return _Entry(_quoted(export, note).text, a.note)


def _html_entry(export: NotesExport, note: ShownNote, labels: Labels) -> _Entry:
    a, link = note.placed.annotation, _link(export, note)
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in a.note.split("\n") if p.strip())
    anchor = f' · <a href="{html.escape(link)}">{html.escape(labels.open_link)}</a>' if link else ""
    meta = f"<small>{html.escape(labels.color(a.color))}{anchor}</small>"
    if a.is_margin_note:
        where = html.escape(_context(export, note))
        head = f"<b>{html.escape(labels.note)}</b>" + (f" · {labels.after} “{where}”" if where else "")
        return _Entry(f"<p>{head} · {meta}</p>", paragraphs)
    marked = f'<span style="background-color:{a.color.hex}">{_quoted(export, note).html}</span>'
    return _Entry(f"<blockquote><p>{marked}<br>— {meta}</p></blockquote>", paragraphs)
