"""Following a link back to a passage: ``reader FILE --at START:END``, ``--find TEXT``, a ``reader:`` URL.

Once the article stands on screen (its first paint), the passage is found in the text as
written and selected in the shown variant: by the annotation the link names, if it is
still stored; else the link's words (in any script or width) nearest its offsets; else
the offsets as given (with a start alone, to the end of its sentence).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ...core.find.search import Matcher
from ...core.notes.links import OpenTarget

if TYPE_CHECKING:
    from ..window.main_window import MainWindow

__all__ = ["follow", "passage_span"]

_SENTENCE_ENDS = "。！？!?\n"


def follow(window: MainWindow, target: OpenTarget) -> None:
    """Select the target's passage when the article of ``target.path`` is first painted."""
    def on_painted() -> None:
        window.page.painted.disconnect(on_painted)
        source = window.source_article
        if source is None or not _same_file(source.path, target.path):
            return
        span = passage_span(window, target)
        if span is None:
            text = QCoreApplication.translate("notes", "The passage of the link is not in this article.")
            window.message_bar.show_message(text)
            return
        start, end = window.shown_offsets().span_to_shown(*span)
        window.go_to_range(start, end)

    window.page.painted.connect(on_painted)


def passage_span(window: MainWindow, target: OpenTarget) -> tuple[int, int] | None:
    """The target's passage as offsets into the source text, or None when it is not there."""
    source = window.source_article
    assert source is not None
    text = source.text
    if target.note:
        placed = next((p for p in window.notes.placed() if p.annotation.id == target.note and p.found), None)
        if placed is not None:
            return placed.start, placed.end
    start = min(target.start, len(text)) if target.start is not None else None
    if target.find:
        hits = Matcher(text).spans(target.find)
        if hits:
            first, last = min(hits, key=lambda h: abs(h[0] - (start or 0)))
            length = target.end - target.start if target.end is not None and target.start is not None else 0
            return first, max(last, min(len(text), first + length))
    if start is None:
        return None
    return start, _end(text, start, target.end)


def _end(text: str, start: int, end: int | None) -> int:
    """The given end, else the end of the sentence that starts (or goes on) at ``start``."""
    if end is not None:
        return min(end, len(text))
    stops = [i for i in (text.find(c, start) for c in _SENTENCE_ENDS) if i >= 0]
    return min(stops) + 1 if stops else len(text)


def _same_file(a: str, b: str) -> bool:
    try:
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return False
