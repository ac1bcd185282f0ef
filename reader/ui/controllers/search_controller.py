"""SearchController: runs finds on the shown text and steps through the hits.

It presents what it finds in three widgets it is handed (the reading view, the
find bar, the results panel) but connects no signals: MainWindow wires those.

A regex, or any query over a long text, runs on the thread pool and never on the
GUI thread: the regex engine lets the GIL go while it matches and gives up after
``FIND_SECONDS`` of work, so ``(a+)+$`` can neither freeze the window nor run
forever. A newer query makes an older one's answer stale; it is dropped.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QTextCharFormat

from ...core.find.hits import HitCursor, Step
from ...core.find.search import InvalidQuery, Match, Matcher, SearchOptions, TooSlow
from ...core.model import Article
from ..panels.results_panel import ResultsPanel
from ..reading.find_bar import FindBar
from ..reading.reading_pane import Page
from ..tasks import LONG_TEXT_CHARS, run_in_background
from .presenters import result_rows

__all__ = ["FIND_SECONDS", "MAX_HITS", "SearchController"]

FIND_SECONDS = 1.0
"""The find bar's budget for one regex search (CPU seconds of the regex engine)."""
MAX_HITS = 10_000
"""Hits highlighted and listed at most: more help nobody and cost the view its speed."""

_HIT = QColor(255, 230, 120)



class SearchController:
    """The current query's hits in the shown article, and which one is current."""

    def __init__(self, view: Page, bar: FindBar, results: ResultsPanel,
                 found: Callable[[int], None] = lambda _count: None) -> None:
        """``found`` is told the number of hits whenever a search ends."""
        self._view, self._bar, self._results = view, bar, results
        self._found = found
        self._matcher: Matcher | None = None
        self._article: Article | None = None
        self.matches: list[Match] = []
        self._hits = HitCursor([])
        self._ticket = 0

    def set_text(self, matcher: Matcher, article: Article) -> None:
        """A new shown text (another article or variant): the open query runs again on it."""
        self._matcher, self._article = matcher, article
        if self._bar.isVisible() and self._bar.query():
            self.search(self._bar.query(), self._bar.case_box.isChecked(), self._bar.regex_box.isChecked())

    def search(self, query: str, case_sensitive: bool = False, regex: bool = False) -> int:
        """Highlight every hit of ``query`` and select the first one after the top of the view.

        The number of hits, or -1 when the search goes on in the background (a regex,
        or a long text): its hits are shown, and ``found`` told, when it ends.
        """
        self._ticket += 1
        matcher, options = self._matcher, SearchOptions(case_sensitive, regex, seconds=FIND_SECONDS)
        if matcher is None or not query:
            return self._show(([], ""))
        if not regex and len(matcher.text) < LONG_TEXT_CHARS:
            return self._show(_found(matcher, query, options))
        ticket = self._ticket

        def done(result: tuple[list[Match], str]) -> None:
            if ticket == self._ticket and matcher is self._matcher:
                self._show(result)

        self._bar.set_count(0, 0, QCoreApplication.translate("SearchController", "Searching…"))
        run_in_background(lambda: _found(matcher, query, options), done, lambda exc: done(([], str(exc))),
                          self._results)
        return -1

    def _show(self, result: tuple[list[Match], str]) -> int:
        self.matches, problem = result
        notice = {"invalid": QCoreApplication.translate("SearchController", "Invalid pattern"), "slow": QCoreApplication.translate("SearchController", "Pattern too slow: simplify it"),
                  "more": QCoreApplication.translate("SearchController", "(the first {0})").format(MAX_HITS)}.get(problem, problem)
        self._hits = HitCursor([m.start for m in self.matches])
        self._present()
        self._land(self._hits.first_from(self._view.top_offset()), notice)
        self._found(len(self.matches))
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
        self._bar.set_count(step.index + 1, len(self.matches), notice or (QCoreApplication.translate("SearchController", "(wrapped)") if step.wrapped else ""))


def _found(matcher: Matcher, query: str, options: SearchOptions) -> tuple[list[Match], str]:
    """The hits of ``query`` (at most MAX_HITS) and what went wrong, if anything: any thread may run it."""
    try:
        matches = matcher.find_all(query, options, limit=MAX_HITS + 1)
    except TooSlow:
        return [], "slow"
    except InvalidQuery:
        return [], "invalid"
    return matches[:MAX_HITS], "more" if len(matches) > MAX_HITS else ""
