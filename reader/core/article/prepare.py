"""What showing an article in a variant needs, as calls the UI can run in steps or off its thread.

``prepare`` converts — enough to paint (``preparing``: the same in steps);
``placed_facts`` then finds the facts and places them in the shown text, so the
text never waits for the facts panel.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cached_property
from typing import TYPE_CHECKING

from ..model import Article
from ..script.typography import Typography, tidying_article
from ..script.variants import (
    Script,
    ShownArticle,
    Variant,
    article_in_variant,
    convert,
    detect_script,
)
from ..steps import Steps, finish

if TYPE_CHECKING:
    from ..facts import Fact
    from ..find.search import Matcher
    from ..script.overrides import Corrections

__all__ = ["Prepared", "find_facts", "placed_facts", "placing_facts", "prepare", "preparing"]

_FACTS_A_STEP = 200
_SIMPLIFIED_VALUES = (Variant.ORIGINAL, Variant.HANS)
"""Where facts keep their folded, simplified values."""


@dataclass(frozen=True)
class Prepared:
    """The shown article, and its search index once asked for."""

    shown: ShownArticle

    @cached_property
    def matcher(self) -> Matcher:
        """The shown text's search index (itself folded and indexed on the first search)."""
        from ..find.search import (
            Matcher,  # search loads when first needed, not before an article shows
        )

        return Matcher(self.shown.article.text)


def prepare(source: Article, variant: Variant, *, quotes: bool = True,
            typography: Typography | None = None, corrections: Corrections | None = None) -> Prepared:
    """Convert ``source`` to ``variant``; the search index is built on the first search.

    With ``typography``, the converted text is then tidied for display (``script.typography``);
    ``corrections`` (protected words, overrides) apply over OpenCC (``script.overrides``).
    """
    return finish(preparing(source, variant, quotes=quotes, typography=typography, corrections=corrections))


def preparing(source: Article, variant: Variant, *, quotes: bool = True,
              typography: Typography | None = None, corrections: Corrections | None = None) -> Steps[Prepared]:
    """``prepare`` in steps of a few milliseconds each, for a caller that runs between them."""
    shown = yield from article_in_variant(source, variant, quotes=quotes, corrections=corrections)
    if typography is not None:
        shown = yield from tidying_article(shown, typography, quotes=quotes)
    return Prepared(shown)


def find_facts(source: Article) -> list[Fact]:
    """The facts of ``source`` as written (a top-level function, so a helper process can run it)."""
    from ..facts import extract_facts  # the rules load when facts are first wanted

    return extract_facts(source)


def placed_facts(source: Article, shown: ShownArticle, facts: list[Fact] | None = None, *,
                 as_written: bool = False) -> tuple[list[Fact], list[Fact]]:
    """The source's facts (extracted unless given) and the same facts placed in ``shown``."""
    facts = facts if facts is not None else find_facts(source)
    return facts, finish(placing_facts(source, shown, facts, as_written=as_written))


def placing_facts(source: Article, shown: ShownArticle, facts: list[Fact], *,
                  as_written: bool = False) -> Steps[list[Fact]]:
    """The source's ``facts`` placed in ``shown``, in steps of a few hundred facts.

    Values are folded to simplified script (李銘 and 李铭 are one person), so they are put back
    into the shown variant's script. Shown as written, a traditional article's values stay
    folded (the command line's normalised form) unless ``as_written`` (the panel, whose reader
    reads traditional script).
    """
    from ..facts.shown import facts_in_shown, value_in_words

    target = shown.variant
    if target is Variant.ORIGINAL and as_written and detect_script(source.text) is Script.TRADITIONAL:
        target = Variant.HANT
    unmoved = shown.article.text is source.text
    if unmoved and target in _SIMPLIFIED_VALUES:
        return facts
    moved = None if unmoved or shown.offsets.is_identity else shown.offsets.span_to_shown

    def in_script(fact: Fact) -> Fact:
        """A name's value as its shown words (李銘), a value in words converted (7 个 县 → 7 個 縣)."""
        if (words := value_in_words(fact)) is not None:
            return replace(fact, value=words)
        if not any("\u3400" <= ch <= "\u9fff" for ch in fact.value):  # no Han, nothing to convert
            return fact
        return replace(fact, value=convert(fact.value, target, script=Script.SIMPLIFIED).text)

    placed: list[Fact] = []
    for start in range(0, len(facts), _FACTS_A_STEP):
        batch = facts_in_shown(facts[start : start + _FACTS_A_STEP], shown.article.text, moved)
        placed += batch if target in _SIMPLIFIED_VALUES else [in_script(fact) for fact in batch]
        yield
    return placed
