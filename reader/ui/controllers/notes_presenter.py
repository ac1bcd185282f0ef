"""How annotations look: their formats in the reading view and their rows in the Notes panel."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from PySide6.QtGui import QColor, QTextCharFormat

from ...core.model import Article
from ...core.notes import Color, ShownNote
from ..panels.note_rows import NoteRow
from ..reading.highlights import highlight_format

__all__ = ["NoteFormats", "note_row", "one_line"]

LABEL_CHARS = 140
CONTEXT_CHARS = 16

Span = tuple[int, int, QTextCharFormat]


class NoteFormats:
    """Formats for the view's notes layer; highlights without a note share one per colour."""

    def __init__(self) -> None:
        self._plain: dict[Color, QTextCharFormat] = {}

    def spans(self, notes: Sequence[ShownNote]) -> list[Span]:
        return [span for note in notes if note.start >= 0 for span in self._spans(note)]

    def _spans(self, note: ShownNote) -> list[Span]:
        a = note.placed.annotation
        if a.is_margin_note:  # the character before the point, underlined in the note's colour
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(QColor(a.color.hex).darker(170))
            fmt.setToolTip(a.note)
            return [(max(0, note.start - 1), note.start, fmt)]
        if not a.note:
            return [(note.start, note.end, self._plain.get(a.color) or self._made(a.color))]
        fmt = QTextCharFormat(self._plain.get(a.color) or self._made(a.color))
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)  # a note: not by colour alone
        fmt.setUnderlineColor(QColor(a.color.hex).darker(170))
        fmt.setToolTip(a.note)
        return [(note.start, note.end, fmt)]

    def _made(self, color: Color) -> QTextCharFormat:
        fmt = self._plain[color] = highlight_format(color.hex)  # with the ink that reads on it, any theme
        return fmt


def note_row(article: Article, note: ShownNote, section_starts: Sequence[int]) -> NoteRow:
    """Two lines: the words (or a margin note's text), then the note (or the section it is in)."""
    a = note.placed.annotation
    if a.is_margin_note:
        before = article.text[max(0, note.start - CONTEXT_CHARS) : note.start] if note.start >= 0 else a.prefix
        first, second = f"✎ {one_line(a.note)}", "…" + " ".join(before.split())[-CONTEXT_CHARS:]
    else:
        first = one_line(note.text)
        second = f"✎ {one_line(a.note)}" if a.note else _section(article, note.start, section_starts)
    return NoteRow(a.id, a.color.value, f"{first}\n{second}", a.note or note.text, note.start, note.end,
                   a.is_margin_note)


def one_line(text: str) -> str:
    """``text`` on one line, cut at LABEL_CHARS."""
    words = " ".join(text.split())
    return words if len(words) <= LABEL_CHARS else words[: LABEL_CHARS - 1] + "…"


def _section(article: Article, offset: int, starts: Sequence[int]) -> str:
    k = bisect_right(starts, offset) - 1
    return f"§ {article.outline[k].title}" if offset >= 0 and k >= 0 else ""
