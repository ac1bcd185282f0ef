"""Hits of a query in stored texts, found without folding each text first.

The find bar's ``Matcher`` folds a whole text (script, width, whitespace) before
its first search: right for one article searched keystroke after keystroke,
but ~4 ms a seed-sized text, most of a results page's time. Here the query is
turned into a pattern instead — each character a class of every character that
folds to it (统 → [统統…]), with ignorable whitespace allowed between them — and
run over the raw text. The hits are the Matcher's own (a test checks them
against it): same spans, same context line.
"""

from __future__ import annotations

import re
from functools import cache

from ..find.search import Match
from ..script.fold import CJK_RANGES, fold

__all__ = ["find_hits", "query_pattern"]

_CONTEXT = 20
_IGNORED = r"\s\u200b-\u200d\u2060\ufeff"
_GAPS = re.compile(f"[{_IGNORED}]+")
_BREAKS = re.compile("[\t\n\v\f\r\x1c-\x1f\x85\u2028\u2029]")
_WIDE = ((0xFF01, 0xFF5F), (0x3000, 0x3001), (0x00A0, 0x00A1))


def find_hits(text: str, query: str, limit: int | None = None) -> tuple[int, list[Match]]:
    """How many hits ``query`` has in ``text`` (as the find bar counts them), and the first ``limit``."""
    pattern = query_pattern(query)
    if pattern is None:
        return 0, []
    spans = [m.span() for m in pattern.finditer(text)]
    return len(spans), [_match(text, start, end) for start, end in spans[:limit]]


@cache
def query_pattern(query: str) -> re.Pattern[str] | None:
    """A phrase query as a pattern over raw text; None for a query with nothing but whitespace."""
    needle = _GAPS.sub("", fold(query))
    if not needle:
        return None
    flags = re.IGNORECASE if needle.lower() != needle.upper() else 0
    gap = f"[{_IGNORED}]*"
    return re.compile(gap.join(_class(char) for char in needle), flags)


def _class(char: str) -> str:
    variants = _unfolded().get(char)
    if not variants:
        return re.escape(char)
    return "[" + "".join(re.escape(c) for c in sorted({char, *variants})) + "]"


@cache
def _unfolded() -> dict[str, str]:
    """Each folded character → the characters that fold to it (traditional, variant, full-width forms)."""
    chars = "".join(chr(c) for lo, hi in (*CJK_RANGES, *_WIDE) for c in range(lo, hi))
    inverse: dict[str, str] = {}
    for original, folded in zip(chars, fold(chars), strict=True):
        if original != folded:
            inverse[folded] = inverse.get(folded, "") + original
    return inverse


def _match(text: str, start: int, end: int) -> Match:
    context_start = max(0, start - _CONTEXT)
    return Match(start, end, _BREAKS.sub(" ", text[context_start : end + _CONTEXT]), context_start)
