"""KeywordController: the keyword lists, their highlights in the shown text, and stepping to them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtGui import QColor, QTextCharFormat

from ...core.find.highlight import PALETTE, Highlight, Keyword, KeywordList, highlights
from ...core.find.search import Matcher
from ..reading.reading_pane import Page

__all__ = ["KeywordController"]


class KeywordController:
    """Holds the lists; ``save`` persists them whenever they change."""

    def __init__(self, view: Page, lists: list[KeywordList],
                 save: Callable[[list[KeywordList]], None]) -> None:
        self._view = view
        self._lists = list(lists)
        self._save = save
        self._matcher: Matcher | None = None
        self.hits: list[Highlight] = []

    @property
    def lists(self) -> list[KeywordList]:
        return list(self._lists)

    def set_text(self, matcher: Matcher) -> None:
        self._matcher = matcher
        self._refresh()

    def set_lists(self, lists: list[KeywordList]) -> None:
        self._lists = list(lists)
        self._save(self._lists)
        self._refresh()

    def add(self, text: str, default_list: str) -> None:
        """Add ``text`` to the first list (made if needed) with the next palette colour."""
        text = text.strip()
        if not text:
            return
        lists = self._lists or [KeywordList(default_list, ())]
        first = lists[0]
        if all(k.text != text for k in first.keywords):
            colour = PALETTE[len(first.keywords) % len(PALETTE)]
            lists[0] = replace(first, keywords=(*first.keywords, Keyword(text, colour)), enabled=True)
        self.set_lists(lists)

    def next_after(self, offset: int) -> Highlight | None:
        """The first occurrence at or after ``offset``, wrapping to the first one."""
        ahead = [h for h in self.hits if h.start >= offset] or self.hits
        return ahead[0] if ahead else None

    def _refresh(self) -> None:
        self.hits = highlights(self._matcher, self._lists) if self._matcher else []
        self._view.set_layer("keywords", [(h.start, h.end, _format(h)) for h in self.hits])


def _format(hit: Highlight) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(hit.keyword.color))
    fmt.setForeground(QColor("black"))  # the palette is light: stay readable in dark mode
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)  # not by colour alone
    fmt.setUnderlineColor(QColor(hit.keyword.color).darker(160))
    fmt.setToolTip(f"{hit.keyword.text} — {hit.list_name}")
    return fmt
