"""Find: script- and width-insensitive search, stepping through hits, keyword lists and suggestions.

In: the shown text and a query or keyword lists. Out: ``Match`` and ``Highlight`` spans
(character offsets into that text). Loaded on first use, never before the first paint.
"""

from __future__ import annotations

from .search import InvalidQuery, Match, Matcher, SearchOptions

__all__ = ["InvalidQuery", "Match", "Matcher", "SearchOptions"]
