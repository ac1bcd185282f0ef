"""Keyword lists (the persistent model) and the highlight spans they give in a text.

Keywords are found by the search matcher, so 统战 also marks 統戰 and 统 战.
Where two keywords overlap, the longer one wins (统战工作 over 统战), so every
character carries at most one colour and counts are not inflated twice.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from .search import Matcher

__all__ = [
    "PALETTE",
    "Highlight",
    "Keyword",
    "KeywordList",
    "counts",
    "highlights",
    "lists_from_json",
    "lists_to_json",
]

PALETTE: tuple[str, ...] = (
    "#69db7c",  # green
    "#4dabf7",  # blue
    "#ff8787",  # red
    "#ffa94d",  # orange
    "#da77f2",  # grape
    "#3bc9db",  # cyan
    "#a9e34b",  # lime
    "#d0bfff",  # violet
    "#fcc2d7",  # pink
    "#63e6be",  # teal
)
"""Light backgrounds that keep black text readable, far apart from each other and
from the yellow of search hits (#ffe678): at least 25 apart in CIE L*a*b*."""

_HEX = re.compile(r"#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})")


@dataclass(frozen=True)
class Keyword:
    """A word to mark, with its background colour as ``#rrggbb``."""

    text: str
    color: str


@dataclass(frozen=True)
class KeywordList:
    """A named set of keywords that is highlighted, or not, as one."""

    name: str
    keywords: tuple[Keyword, ...]
    enabled: bool = True


@dataclass(frozen=True)
class Highlight:
    """``text[start:end]`` is an occurrence of ``keyword`` from the list ``list_name``."""

    start: int
    end: int
    keyword: Keyword
    list_name: str


def highlights(text_or_matcher: str | Matcher, lists: Iterable[KeywordList]) -> list[Highlight]:
    """Non-overlapping occurrences of the enabled lists' keywords, in reading order.

    Longer occurrences are placed first; a shorter one that would overlap a placed
    one is dropped. Ties go to the earlier list, then the earlier keyword.
    """
    matcher = text_or_matcher if isinstance(text_or_matcher, Matcher) else Matcher(text_or_matcher)
    return _place(_candidates(matcher, lists))


def counts(found: Iterable[Highlight]) -> dict[str, int]:
    """How many times each keyword text was highlighted."""
    return dict(Counter(h.keyword.text for h in found))


def lists_to_json(lists: Iterable[KeywordList]) -> list[dict[str, Any]]:
    """Plain JSON-able data for the settings file."""
    return [
        {"name": kl.name, "enabled": kl.enabled,
         "keywords": [{"text": k.text, "color": k.color} for k in kl.keywords]}
        for kl in lists
    ]


def lists_from_json(data: object) -> list[KeywordList]:
    """Keyword lists from settings data (or its JSON text), keeping whatever is usable.

    A damaged file must not cost the user their other lists: entries of the wrong
    shape are skipped, bad colours get a palette colour, and a bare string is
    taken as a keyword.
    """
    if isinstance(data, str | bytes):
        try:
            data = json.loads(data)
        except ValueError:
            return []
    if not isinstance(data, list):
        return []
    lists = (_list_from(item, i) for i, item in enumerate(data))
    return [kl for kl in lists if kl is not None]


# ---- Private API

_Candidate = tuple[Highlight, int]
"""A possible highlight and its rank (list, then keyword order) for ties."""


def _candidates(matcher: Matcher, lists: Iterable[KeywordList]) -> list[_Candidate]:
    found: list[_Candidate] = []
    rank = 0
    for kl in lists:
        if not kl.enabled:
            continue
        for keyword in kl.keywords:
            found += [(Highlight(s, e, keyword, kl.name), rank) for s, e in matcher.spans(keyword.text)]
            rank += 1
    return found


def _place(candidates: Sequence[_Candidate]) -> list[Highlight]:
    """Longest first, keep each candidate that overlaps nothing kept; the result is in text order."""
    starts: list[int] = []
    kept: list[Highlight] = []
    for highlight, _rank in sorted(candidates, key=lambda c: (c[0].start - c[0].end, c[1])):
        i = bisect_right(starts, highlight.start)
        if i and kept[i - 1].end > highlight.start:
            continue
        if i < len(kept) and kept[i].start < highlight.end:
            continue
        starts.insert(i, highlight.start)
        kept.insert(i, highlight)
    return kept


def _list_from(item: object, index: int) -> KeywordList | None:
    if not isinstance(item, dict):
        return None
    name = item.get("name")
    name = name.strip() if isinstance(name, str) and name.strip() else str(index + 1)
    raw = item.get("keywords")
    keywords = _keywords_from(raw if isinstance(raw, list) else [])
    enabled = item.get("enabled", True)
    return KeywordList(name, keywords, enabled if isinstance(enabled, bool) else True)


def _keywords_from(items: list[Any]) -> tuple[Keyword, ...]:
    keywords: dict[str, Keyword] = {}
    for item in items:
        text, color = (item, None) if isinstance(item, str) else _fields(item)
        if isinstance(text, str) and text.strip() and text.strip() not in keywords:
            text = text.strip()
            keywords[text] = Keyword(text, _color(color, len(keywords)))
    return tuple(keywords.values())


def _fields(item: object) -> tuple[object, object]:
    return (item.get("text"), item.get("color")) if isinstance(item, dict) else (None, None)


def _color(value: object, index: int) -> str:
    """``#rrggbb`` in lower case; ``#rgb`` is widened; anything else takes a palette colour."""
    if not isinstance(value, str) or not _HEX.fullmatch(value.strip()):
        return PALETTE[index % len(PALETTE)]
    digits = value.strip()[1:].lower()
    return "#" + (digits if len(digits) == 6 else "".join(d * 2 for d in digits))
