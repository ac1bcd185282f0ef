"""Facts found in the source article, moved into a shown script variant.

Facts are extracted once, from the article as written; a variant switch only
maps their offsets through the variant's offset map and re-reads their words
from the shown text, so facts follow the variant at no extraction cost.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from .model import Fact, Mention

__all__ = ["facts_in_shown"]

SpanMap = Callable[[int, int], tuple[int, int]]


def facts_in_shown(facts: Iterable[Fact], shown_text: str, to_shown: SpanMap | None) -> list[Fact]:
    """Each fact with its mentions, words and sentence as they appear in ``shown_text``.

    ``to_shown`` None says the offsets did not move (a one-for-one conversion): only
    the words are read again, which matters with thousands of mentions.
    """
    return [_moved(fact, shown_text, to_shown) for fact in facts]


def _moved(fact: Fact, text: str, to_shown: SpanMap | None) -> Fact:
    if to_shown is None:
        mentions = fact.mentions
    else:
        mentions = tuple(_moved_mention(m, to_shown) for m in fact.mentions)
    first = mentions[0]
    return Fact(
        kind=fact.kind,
        text=text[first.start : first.end],
        start=first.start,
        end=first.end,
        value=fact.value,
        sentence=text[first.sentence_start : first.sentence_end],
        mentions=mentions,
        detail=fact.detail,
    )


def _moved_mention(mention: Mention, to_shown: SpanMap) -> Mention:
    start, end = to_shown(mention.start, mention.end)
    s_start, s_end = to_shown(mention.sentence_start, mention.sentence_end)
    return Mention(start, end, s_start, s_end)
