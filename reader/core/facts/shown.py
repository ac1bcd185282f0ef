"""Facts found in the source article, moved into a shown script variant.

Facts are extracted once, from the article as written; a variant switch only
maps their offsets through the variant's offset map and re-reads their words
from the shown text, so facts follow the variant at no extraction cost.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..script.fold import fold
from .model import NUMERIC_KINDS, Fact, Mention

__all__ = ["facts_in_shown", "value_in_words"]

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


def value_in_words(fact: Fact) -> str | None:
    """A name's value as the words it is shown in, or None. A name's value is its folded,
    simplified form (so 李銘 and 李铭 are one person), which a reader of traditional script
    should not be shown: where the value is part of the words (李銘, 深圳市 → 深圳, 「鎧俠」 → 鎧俠)
    those words are its value. None for numbers' values, and for a name valued by words
    found elsewhere (a short form's full name)."""
    if fact.kind in NUMERIC_KINDS or not fact.value:
        return None
    at = fold(fact.text).find(fact.value)
    return fact.text[at : at + len(fact.value)] if at >= 0 else None
