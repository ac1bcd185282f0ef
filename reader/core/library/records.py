"""What the library hands out: rows of the article list, stored articles, hits, tallies.

Rows that are listed by the thousand (``Entry``) are named tuples; offsets
(``start``/``end``) are character offsets into the article's stored text, as
written (the original script).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import NamedTuple

from ..model import Article

__all__ = [
    "AddStatus",
    "Added",
    "ArticleHits",
    "EVERYTHING",
    "Entry",
    "EntryFilter",
    "FactTally",
    "Hit",
    "Mentioning",
    "Origin",
    "SearchPage",
    "Sort",
    "StoredArticle",
    "TimelineMonth",
    "WatchRow",
]


class Sort(enum.StrEnum):
    """The orders the article list can be sorted in (each also reversed)."""

    DATE = "date"
    TITLE = "title"
    COLUMN = "column"
    OUTLET = "outlet"
    WORDS = "words"
    READ = "read"
    ADDED = "added"
    OPENED = "opened"


@dataclass(frozen=True)
class EntryFilter:
    """Which articles to show; empty fields filter nothing. Dates are ISO ``YYYY-MM-DD``, inclusive."""

    outlet: str = ""
    since: str = ""
    until: str = ""
    tag: str = ""
    script: str = ""
    unread: bool = False
    ids: tuple[int, ...] | None = None


EVERYTHING = EntryFilter()
"""The filter that keeps every article."""


class Entry(NamedTuple):
    """One row of the article list."""

    id: int
    title: str
    column: str
    outlet: str
    published: str | None
    words: int
    tags: tuple[str, ...]
    read: bool
    path: str
    script: str
    added: str


class Origin(NamedTuple):
    """Where an article came from: its file as it was when read (size and mtime tell a change)."""

    path: str = ""
    size: int = 0
    mtime: float = 0.0


class AddStatus(enum.StrEnum):
    """What adding a file did to the library."""

    ADDED = "added"
    UPDATED = "updated"
    """The file was in the library with other text: the same article, its text replaced."""
    MOVED = "moved"
    """The same text was in the library under a path that no longer exists: the path follows."""
    UNCHANGED = "unchanged"
    """Already there: the same file with the same text, or the same text from another file."""


class Added(NamedTuple):
    id: int
    status: AddStatus


@dataclass(frozen=True)
class StoredArticle:
    """An article as the library keeps it: the parsed article and the library's own fields."""

    id: int
    uid: str
    content_hash: str
    article: Article
    size: int
    mtime: float
    words: int
    script: str
    added: str
    updated: str
    opened: str | None
    position: int
    read: bool
    tags: tuple[str, ...] = ()


class Hit(NamedTuple):
    """One place a query was found: ``text[start:end]``, its section's title and a line around it."""

    start: int
    end: int
    section: str
    context: str


@dataclass(frozen=True)
class ArticleHits:
    """An article that matches a query, with its hits (the first ``limit`` of them)."""

    entry: Entry
    title_hit: bool
    count: int
    hits: tuple[Hit, ...] = ()


@dataclass(frozen=True)
class SearchPage:
    """A page of ranked results; ``articles`` is how many match in all (not just this page)."""

    query: str
    articles: int
    results: tuple[ArticleHits, ...] = field(default_factory=tuple)


class FactTally(NamedTuple):
    """A fact that recurs across articles: in how many, and how often in all."""

    kind: str
    value: str
    text: str
    articles: int
    mentions: int


class Mentioning(NamedTuple):
    """An article that mentions a fact, with where (offsets into its stored text)."""

    entry: Entry
    text: str
    mentions: tuple[tuple[int, int], ...]


class TimelineMonth(NamedTuple):
    """``YYYY-MM``: how many articles were published then, and how many mention a date in it."""

    month: str
    published: int
    mentioned: int


class WatchRow(NamedTuple):
    """A keyword run over the library: how many articles mention it, and the newest of them."""

    list_name: str
    keyword: str
    color: str
    articles: int
    newest: tuple[Entry, ...]
