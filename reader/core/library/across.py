"""Across articles: which facts recur, where they are mentioned, a timeline, keyword watch lists.

Every function takes an ``EntryFilter``, so each answers for the whole library
or for the filtered set the list shows. Facts are grouped by kind and normalised
value, so 統戰部 in a Hong Kong article and 统战部 in a mainland one are one
organisation.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

from ..find.highlight import KeywordList
from .codec import fact_json, mention_spans
from .fulltext import newest as newest_matches
from .listing import entries_by_id, where
from .records import EntryFilter, FactTally, Mentioning, TimelineMonth, WatchRow

__all__ = ["NAME_KINDS", "facts_of", "mentioning", "recurring", "timeline", "watch"]

NAME_KINDS = ("organisation", "person", "place")
"""The kinds of fact that name something: what "recurring" lists by default."""

_MONTH = re.compile(r"^\d{4}-\d{2}")


def recurring(connection: sqlite3.Connection, kinds: Sequence[str], entry_filter: EntryFilter,
              min_articles: int = 2, limit: int = 500) -> list[FactTally]:
    """Facts of ``kinds`` found in at least ``min_articles`` articles, the most widespread first."""
    condition, params = where(entry_filter)
    kinds_sql = ",".join("?" * len(kinds))
    rows = connection.execute(
        "SELECT v.kind, v.value, CASE WHEN count(f.text) < count(*) THEN v.value ELSE min(f.text) END, count(*) n, "
        "sum(length(f.mentions) - length(replace(f.mentions, ',', '')) + 1) m "
        "FROM fact_values v JOIN facts f ON f.value_id = v.id JOIN articles a ON a.id = f.article_id "
        f"WHERE v.kind IN ({kinds_sql}) AND {condition} "
        "GROUP BY v.id HAVING n >= ? ORDER BY n DESC, m DESC, v.value LIMIT ?",
        [*kinds, *params, min_articles, limit]).fetchall()
    return [FactTally(*row) for row in rows]


def mentioning(connection: sqlite3.Connection, kind: str, value: str, entry_filter: EntryFilter) -> list[Mentioning]:
    """The articles that mention a fact, newest first, with where (offsets into each stored text)."""
    condition, params = where(entry_filter)
    rows = connection.execute(
        "SELECT a.id, coalesce(f.text, v.value), f.mentions FROM fact_values v JOIN facts f ON f.value_id = v.id "
        f"JOIN articles a ON a.id = f.article_id WHERE v.kind = ? AND v.value = ? AND {condition} "
        "ORDER BY a.sort_date DESC, a.id DESC", [kind, value, *params]).fetchall()
    entries = entries_by_id(connection, [row[0] for row in rows])
    return [Mentioning(entries[article_id], text, tuple(mention_spans(mentions)))
            for article_id, text, mentions in rows if article_id in entries]


def timeline(connection: sqlite3.Connection, entry_filter: EntryFilter) -> list[TimelineMonth]:
    """Month by month: articles published, and articles mentioning a date in that month."""
    condition, params = where(entry_filter)
    published = dict(connection.execute(
        f"SELECT substr(a.published, 1, 7) m, count(*) FROM articles a WHERE a.published IS NOT NULL "
        f"AND {condition} GROUP BY m", params).fetchall())
    mentioned: dict[str, set[int]] = {}
    for value, article_id in connection.execute(
            "SELECT v.value, f.article_id FROM fact_values v JOIN facts f ON f.value_id = v.id "
            f"JOIN articles a ON a.id = f.article_id WHERE v.kind = 'date' AND {condition}", params):
        if _MONTH.match(value):
            mentioned.setdefault(value[:7], set()).add(article_id)
    months = sorted(set(published) | set(mentioned))
    return [TimelineMonth(m, int(published.get(m, 0)), len(mentioned.get(m, ()))) for m in months]


def watch(connection: sqlite3.Connection, lists: Iterable[KeywordList], entry_filter: EntryFilter,
          newest: int = 5) -> list[WatchRow]:
    """Each keyword of the enabled lists: how many articles mention it, and the newest of them."""
    rows: list[WatchRow] = []
    for keyword_list in lists:
        if not keyword_list.enabled:
            continue
        for keyword in keyword_list.keywords:
            count, ids = newest_matches(connection, keyword.text, entry_filter, newest)
            entries = entries_by_id(connection, ids)
            rows.append(WatchRow(keyword_list.name, keyword.text, keyword.color, count,
                                 tuple(entries[i] for i in ids if i in entries)))
    return rows


def facts_of(connection: sqlite3.Connection, article_id: int) -> list[dict[str, Any]]:
    """One article's facts as stored, in ``facts_to_json``'s shape (no sentence: offsets give it)."""
    rows = connection.execute("SELECT v.kind, v.value, f.text, f.mentions, f.extra FROM facts f "
                              "JOIN fact_values v ON v.id = f.value_id WHERE f.article_id = ?", (article_id,))
    return sorted((fact_json(*row) for row in rows), key=lambda f: (f["start"], f["end"]))
