"""Words: segmentation, the CC-CEDICT dictionary, pinyin / zhuyin / jyutping, and vocabulary.

In: a shown text (any script) and, optionally, the names its facts found. Out: ``Word``
spans (character offsets into that text), ``WordInfo`` for a word, readings per character,
vocabulary rows. jieba, CC-CEDICT, pypinyin, g2pM and ToJyutping load on first use:
nothing here is paid for before the first paint.
"""

from __future__ import annotations

from .lookup import WordInfo, describe, longest_word
from .segment import Word, Words, boundary_after, boundary_before, segment, segmenting, word_at

__all__ = ["Word", "WordInfo", "Words", "boundary_after", "boundary_before", "describe", "longest_word",
           "segment", "segmenting", "word_at"]
