"""FactsController: the open article's facts, found once, placed in each shown variant, listed."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ...core.article.prepare import find_facts, placed_facts, placing_facts
from ...core.model import Article
from ...core.script.variants import ShownArticle
from ..panels.facts_panel import FactsPanel
from ..tasks import LONG_TEXT_CHARS, StepRunner, run_in_process
from .presenters import fact_rows

if TYPE_CHECKING:
    from ...core.facts import Fact

__all__ = ["FactsController"]


class FactsController:
    """Facts are found when the panel first needs them; a variant switch only re-places them.

    They are always found in the helper process: the name tagger and jionlp take
    ~2 s to load (once per helper, which stays), and the rules' whole-text regex
    scans would hold the GIL, and the window with it, for up to ~100 ms at a time.
    A long article's facts are placed in the shown variant a slice at a time.
    """

    def __init__(self, panel: FactsPanel, panel_visible: Callable[[], bool],
                 on_error: Callable[[Exception], None]) -> None:
        self._panel = panel
        self._visible = panel_visible
        self._on_error = on_error
        self._placer = StepRunner(panel)
        self._source: Article | None = None
        self._shown: ShownArticle | None = None
        self._facts: list[Fact] | None = None
        self._placed: list[Fact] | None = None
        self._finding: Article | None = None
        self.on_listed: list[Callable[[], None]] = []
        """Called once the facts of the shown text are listed (the words take their names)."""

    def set_shown(self, source: Article, shown: ShownArticle) -> None:
        """A new article or variant is on screen; facts of a new article are found afresh."""
        if source is not self._source:
            self._facts = None
        self._source, self._shown, self._placed = source, shown, None

    def hold(self) -> None:
        """The shown text is about to be replaced: place no facts in it meanwhile."""
        self._placer.cancel()
        self._shown = self._placed = None

    def refresh(self) -> None:
        """Fill the panel if it is visible."""
        source, shown = self._source, self._shown
        if source is None or shown is None or not self._visible():
            return
        if self._facts is not None and len(source.text) < LONG_TEXT_CHARS:
            self._list(shown, placed_facts(source, shown, self._facts, as_written=True)[1])
        elif self._facts is not None:
            self._placer.start(placing_facts(source, shown, self._facts, as_written=True),
                               lambda placed: self._list(shown, placed), self._on_error)
        elif self._finding is not source:
            self._finding = source
            run_in_process(find_facts, (source,), lambda facts: self._found(source, facts), self._failed,
                           owner=self._panel)

    def listed(self) -> list[Fact]:
        """The facts as listed now, in the shown text (none yet while they are being found)."""
        return self._placed or []

    def shown_facts(self) -> list[Fact]:
        """The facts as the panel lists them (in the shown variant), found now if need be."""
        if self._placed is None and self._source is not None and self._shown is not None:
            self._facts, self._placed = placed_facts(self._source, self._shown, self._facts, as_written=True)
        return self._placed or []

    def _found(self, source: Article, facts: list[Fact]) -> None:
        self._finding = None
        if source is self._source:
            self._facts = facts
            self.refresh()

    def _failed(self, exc: Exception) -> None:
        self._finding = None
        self._on_error(exc)

    def _list(self, shown: ShownArticle, placed: list[Fact]) -> None:
        if shown is self._shown:
            self._placed = placed
            self._panel.set_rows(fact_rows(placed))
            for listener in self.on_listed:
                listener()
