"""Everything showing an article in a variant needs, computed in one call the UI can run off-thread."""

from __future__ import annotations

from dataclasses import dataclass

from .facts import Fact, extract_facts
from .facts.shown import facts_in_shown
from .model import Article
from .search import Matcher
from .variants import ShownArticle, Variant, convert_article

__all__ = ["Prepared", "prepare"]


@dataclass(frozen=True)
class Prepared:
    """The shown article, its search index, and (when asked for) its facts in both texts."""

    shown: ShownArticle
    matcher: Matcher
    facts: list[Fact] | None
    shown_facts: list[Fact] | None


def prepare(source: Article, variant: Variant, *, quotes: bool = True,
            facts: list[Fact] | None = None, thorough: bool = False) -> Prepared:
    """Convert ``source``; with ``thorough``, also index it and find and place its facts.

    ``facts`` are the source's facts when already known, so a switch does not
    extract them again. A short article skips the thorough work: it costs less
    done lazily on the GUI thread than handed over.
    """
    shown = convert_article(source, variant, quotes=quotes)
    matcher = Matcher(shown.article.text)
    if not thorough:
        return Prepared(shown, matcher, facts, None)
    facts = facts if facts is not None else extract_facts(source)
    placed = facts_in_shown(facts, shown.article.text, shown.offsets.span_to_shown)
    return Prepared(shown, matcher.prepare(), facts, placed)
