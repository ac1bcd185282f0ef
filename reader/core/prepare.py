"""What showing an article in a variant needs, as calls the UI can run off the GUI thread.

``prepare`` converts — enough to paint;
``placed_facts`` then finds the facts and places them in the shown text, so the
text never waits for the facts panel.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .model import Article
from .search import Matcher
from .variants import ShownArticle, Variant, convert_article

if TYPE_CHECKING:
    from .facts import Fact

__all__ = ["Prepared", "placed_facts", "prepare"]


@dataclass(frozen=True)
class Prepared:
    """The shown article and its search index."""

    shown: ShownArticle
    matcher: Matcher


def prepare(source: Article, variant: Variant, *, quotes: bool = True) -> Prepared:
    """Convert ``source`` to ``variant``; the search index is built on the first search."""
    shown = convert_article(source, variant, quotes=quotes)
    return Prepared(shown, Matcher(shown.article.text))


def placed_facts(source: Article, shown: ShownArticle,
                 facts: list[Fact] | None = None) -> tuple[list[Fact], list[Fact]]:
    """The source's facts (extracted unless given) and the same facts placed in ``shown``."""
    from .facts import extract_facts  # the rules load when facts are first wanted
    from .facts.shown import facts_in_shown

    facts = facts if facts is not None else extract_facts(source)
    if shown.article.text is source.text:
        return facts, facts
    moved = None if shown.offsets.is_identity else shown.offsets.span_to_shown
    return facts, facts_in_shown(facts, shown.article.text, moved)
