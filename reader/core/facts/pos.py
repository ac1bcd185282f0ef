"""Parts of speech from jieba's dictionary (rjieba): one tagger for the facts that need them,
the nouns counted (``count_nouns``) and the words glued to names (``entities``)."""

from __future__ import annotations

from collections.abc import Collection
from functools import cache
from typing import Any

__all__ = ["one_word", "pos_tagger"]


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
