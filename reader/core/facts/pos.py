"""Parts of speech from jieba's dictionary (rjieba): one tagger for the facts that need them,
the nouns counted (``count_nouns``) and the words glued to names (``entities``)."""

from __future__ import annotations

from functools import cache
from typing import Any

__all__ = ["pos_tagger"]


@cache
def pos_tagger() -> Any:
    """rjieba's tagger, imported on the first call, never before the first paint (~0.15 s and
    24 MB: one instance, however many parts ask)."""
    import rjieba

    return rjieba.Jieba()
