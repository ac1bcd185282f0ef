"""Parts of speech from jieba's dictionary (rjieba): one tagger for the facts that need them,
the nouns counted (``count_nouns``) and the words glued to names (``entities``)."""

from __future__ import annotations

from collections.abc import Collection, Iterator
from functools import cache
from typing import Any

__all__ = ["one_word", "pos_tagger", "words_in"]


@cache
def pos_tagger() -> Any:
    """rjieba's tagger, imported on the first call, never before the first paint (~0.15 s and
    24 MB: one instance, however many parts ask)."""
    import rjieba

    return rjieba.Jieba()


def one_word(text: str, tags: Collection[str]) -> bool:
    """Whether jieba reads ``text`` as a single word with one of ``tags`` as its part of speech."""
    words = pos_tagger().tag(text)
    return len(words) == 1 and words[0][1] in tags


def words_in(text: str, start: int, end: int) -> Iterator[tuple[int, str, str]]:
    """jieba's words of ``text[start:end]``, each with where it starts in ``text`` and its part
    of speech: what the rules that ask whether a word runs across a name's edge walk over."""
    at = start
    for word, tag in pos_tagger().tag(text[start:end]):
        yield at, word, tag
        at += len(word)
