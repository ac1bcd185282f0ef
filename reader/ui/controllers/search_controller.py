"""SearchController: runs finds on the shown text and steps through the hits.

It presents what it finds in three widgets it is handed (the reading view, the
find bar, the results panel) but connects no signals: MainWindow wires those.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QTextCharFormat

from ...core.find.hits import HitCursor, Step
from ...core.find.search import InvalidQuery, Match, Matcher, SearchOptions
from ...core.model import Article
from ..panels.results_panel import ResultsPanel
from ..reading.find_bar import FindBar
from ..reading.reading_pane import Page
from .presenters import result_rows

__all__ = ["SearchController"]

_HIT = QColor(255, 230, 120)


def _tr(text: str) -> str:
    return QCoreApplication.translate("SearchController", text)


class SearchController:
    """The current query's hits in the shown article, and which one is current."""

    def __init__(self, view: Page, bar: FindBar, results: ResultsPanel) -> None:
        self._view, self._bar, self._results = view, bar, results
        self._matcher: Matcher | None = None
        self._article: Article | None = None
        self.matches: list[Match] = []
        self._hits = HitCursor([])

    def set_text(self, matcher: Matcher, article: Article) -> None:
        """A new shown text (another article or variant): the open query runs again on it."""
        self._matcher, self._article = matcher, article
        if self._bar.isVisible() and self._bar.query():
            self.search(self._bar.query(), self._bar.case_box.isChecked(), self._bar.regex_box.isChecked())

    def search(self, query: str, case_sensitive: bool = False, regex: bool = False) -> int:
        """Highlight every hit of ``query`` and select the first one after the top of the view."""
        self.matches, notice = [], ""
        if self._matcher is not None and query:
            try:
                self.matches = self._matcher.find_all(query, SearchOptions(case_sensitive, regex))
            except InvalidQuery:
                notice = _tr("Invalid pattern")
        self._hits = HitCursor([m.start for m in self.matches])
        self._present()
        self._land(self._hits.first_from(self._view.top_offset()), notice)
        return len(self.matches)

    def step(self, backwards: bool = False) -> None:
        """Select the next (or previous) hit, wrapping at the ends with a notice."""
        top = self._view.top_offset()
        self._land(self._hits.previous(top) if backwards else self._hits.next(top))

    def clear(self) -> None:
        self.matches, self._hits = [], HitCursor([])
        self._view.set_layer("search", [])

    def _present(self) -> None:
        fmt = QTextCharFormat()
        fmt.setBackground(_HIT)
        fmt.setForeground(QColor("black"))
        self._view.set_layer("search", [(m.start, m.end, fmt) for m in self.matches])
        self._results.set_results(result_rows(self.matches, self._article) if self._article else [])

    def _land(self, step: Step | None, notice: str = "") -> None:
        if step is None:
            self._bar.set_count(0, 0, notice)
            return
        match = self.matches[step.index]
        self._view.select_range(match.start, match.end)
        self._view.ensureCursorVisible()
        self._results.set_current_index(step.index)
        self._bar.set_count(step.index + 1, len(self.matches), notice or (_tr("(wrapped)") if step.wrapped else ""))
