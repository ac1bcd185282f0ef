"""Suggested keywords for an article: the phrases it repeats that carry its subject.

A dictionary-free method, so nothing has to be loaded: count every run of two to
six Han characters, keep those repeated, drop runs made of function characters
or swallowed by a longer run that is almost as frequent, and rank by how much
text they account for. Works the same on either script (counted on folded text).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection

from ..script.fold import fold_script

__all__ = ["suggest_keywords"]

_HAN_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")
_FUNCTION = set("的了是在和与及等为也而并或被把对于从以其之这那个们有将就都上中下年月日")
_LONGEST = 6
_SAMPLE = 100_000
"""Long texts are judged on their first 100k characters: suggestions must come at once."""
_EDGE = set("的了是在和与及等为也而并或被把对于从以其之这那个们有将就都")


def suggest_keywords(text: str, limit: int = 10, boundaries: Collection[int] | None = None) -> list[str]:
    """Up to ``limit`` phrases, most telling first, in the script of ``text``.

    With word ``boundaries`` (offsets where words start or end), a phrase is one or more
    whole words: 统一战线 and 统战部, never 一战线.
    """
    text = text[:_SAMPLE]
    folded = fold_script(text)
    counts = _ngram_counts(folded, boundaries)
    kept = _drop_swallowed(counts)
    ranked = sorted(kept, key=lambda g: (-counts[g] * len(g), folded.find(g)))
    return [_original(text, folded, gram) for gram in ranked[:limit]]


def _ngram_counts(folded: str, boundaries: Collection[int] | None = None) -> Counter[str]:
    counts: Counter[str] = Counter()
    for match in _HAN_RUN.finditer(folded):
        run, at = match.group(), match.start()
        for size in range(2, _LONGEST + 1):
            for i in range(len(run) - size + 1):
                gram = run[i : i + size]
                if boundaries is not None and (at + i not in boundaries or at + i + size not in boundaries):
                    continue
                if gram[0] not in _EDGE and gram[-1] not in _EDGE:
                    counts[gram] += 1
    return Counter({g: n for g, n in counts.items() if n >= 2 and not set(g) <= _FUNCTION})


def _drop_swallowed(counts: Counter[str]) -> list[str]:
    """A phrase is dropped when a phrase one character longer holding it occurs nearly as often."""
    extended: Counter[str] = Counter()
    for gram, n in counts.items():
        for part in (gram[1:], gram[:-1]):
            extended[part] = max(extended[part], n)
    return [g for g, n in counts.items() if extended[g] < 0.7 * n]


def _original(text: str, folded: str, gram: str) -> str:
    i = folded.find(gram)
    return text[i : i + len(gram)]
