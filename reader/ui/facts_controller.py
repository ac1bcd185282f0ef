"""FactsController: the open article's facts, found once, placed in each shown variant, listed."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..core.model import Article
from ..core.prepare import placed_facts
from ..core.variants import ShownArticle
from .facts_panel import FactsPanel
from .presenters import fact_rows
from .tasks import LONG_TEXT_CHARS, run_in_background

if TYPE_CHECKING:
    from ..core.facts import Fact

__all__ = ["FactsController"]


class FactsController:
    """Extraction runs when the panel first needs it; a variant switch only re-places the facts."""

    def __init__(self, panel: FactsPanel, panel_visible: Callable[[], bool],
                 on_error: Callable[[Exception], None]) -> None:
        self._panel = panel
        self._visible = panel_visible
        self._on_error = on_error
        self._source: Article | None = None
        self._shown: ShownArticle | None = None
        self._facts: list[Fact] | None = None
        self._placed: list[Fact] | None = None

    def set_shown(self, source: Article, shown: ShownArticle) -> None:
        """A new article or variant is on screen; facts of a new article are found afresh."""
        if source is not self._source:
            self._facts = None
        self._source, self._shown, self._placed = source, shown, None

    def hold(self) -> None:
        """The shown text is about to be replaced: place no facts in it meanwhile."""
        self._shown = self._placed = None

    def refresh(self) -> None:
        """Fill the panel if it is visible (a long article's facts are found off-thread)."""
        if self._source is None or self._shown is None or not self._visible():
            return
        source, shown, known = self._source, self._shown, self._facts

        def done(result: tuple[list[Fact], list[Fact]] | None) -> None:
            if result is None:
                return
            if source is self._source:
                self._facts = result[0]
            if shown is self._shown:
                self._placed = result[1]
                self._panel.set_rows(fact_rows(result[1]))

        if len(source.text) < LONG_TEXT_CHARS:
            done(placed_facts(source, shown, known))
        else:
            run_in_background(lambda: self._placed_unless_stale(source, shown, known), done, self._on_error)

    def _placed_unless_stale(self, source: Article, shown: ShownArticle,
                             known: list[Fact] | None) -> tuple[list[Fact], list[Fact]] | None:
        """On the thread pool: a job queued behind a variant switch is no longer wanted."""
        return None if shown is not self._shown else placed_facts(source, shown, known)

    def shown_facts(self) -> list[Fact]:
        """The facts as the panel lists them (in the shown variant), found now if need be."""
        if self._placed is None and self._source is not None and self._shown is not None:
            self._facts, self._placed = placed_facts(self._source, self._shown, self._facts)
        return self._placed or []
