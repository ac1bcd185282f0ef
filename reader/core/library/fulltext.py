"""Full-text search across the library, script- and width-blind like the find bar.

The FTS5 index (``terms``, ``index``) finds the articles; ``hits`` then finds
the hits in each article shown exactly as the find bar's ``Matcher`` would, so
offsets, contexts and what counts as a match are the same as inside one article
(统战 finds 統戰, and 统 战 across a line break).

Ranking: articles whose title matches come first. Then, for a query found in at
most ``RANKED_MATCHES`` articles, by FTS5's bm25 — the hit count, weighed by the
article's length, a title hit counting ``TITLE_WEIGHT`` times — and newest first
among equals. A query found in more articles than that (a word in a fifth of the
library or more) is listed newest first: bm25 costs ~8 µs an article here, and a
first page must come within 50 ms, which an index walk in date order keeps at a
few ms whatever the number of matches (``benchmarks/library.py``).
"""

from __future__ import annotations

import sqlite3
from bisect import bisect_right
from collections.abc import Sequence
from operator import itemgetter
from typing import Any, NamedTuple

from .codec import unpack_body
from .hits import find_hits, query_pattern
from .listing import entries_by_id, where
from .records import EVERYTHING, ArticleHits, EntryFilter, Hit, SearchPage
from .terms import IndexQuery, index_query

__all__ = ["RANKED_MATCHES", "TITLE_WEIGHT", "Ranking", "count", "newest", "page_ids", "ranking", "search_page"]

RANKED_MATCHES = 2000
TITLE_WEIGHT = 10.0
_MATCH = "SELECT rowid FROM article_index WHERE article_index MATCH ?"
_BY_DATE = "ORDER BY a.sort_date DESC, a.id DESC"


class Ranking(NamedTuple):
    """How many articles match, those whose title matches (best first), and — when ranked
    by bm25 — every match in order; None means newest first, read a page at a time."""

    total: int
    title_ids: list[int]
    ordered: list[int] | None


def ranking(connection: sqlite3.Connection, query: str, entry_filter: EntryFilter) -> Ranking:
    """The order of the filtered articles holding ``query``, as the module says."""
    parsed = index_query(query)
    if parsed is None:
        return Ranking(0, [], [])
    if parsed.needs_check:
        return _checked_ranking(connection, query, parsed, entry_filter)
    condition, params = where(entry_filter)
    total = _count(connection, parsed, condition, params)
    if total > RANKED_MATCHES:
        titles = connection.execute(f"SELECT a.id FROM articles a WHERE a.id IN ({_MATCH}) AND {condition} {_BY_DATE}",
                                    [_title_query(parsed), *params]).fetchall()
        return Ranking(total, [row[0] for row in titles], None)
    ordered = [row[0] for row in connection.execute(
        f"SELECT a.id FROM article_index JOIN articles a ON a.id = article_index.rowid "
        f"WHERE article_index MATCH ? AND {condition} ORDER BY bm25(article_index, ?, 1.0), a.sort_date DESC, a.id DESC",
        [parsed.expression, *params, TITLE_WEIGHT])]
    return _titles_first(total, ordered, _title_ids(connection, parsed, query))


def page_ids(connection: sqlite3.Connection, query: str, ranked: Ranking, entry_filter: EntryFilter,
             offset: int, limit: int) -> list[int]:
    """The ids of the page ``offset:offset + limit`` of ``ranked``."""
    if ranked.ordered is not None:
        return ranked.ordered[offset : offset + limit]
    head = ranked.title_ids[offset : offset + limit]
    parsed = index_query(query)
    if parsed is None or len(head) == limit:
        return head
    condition, params = where(entry_filter)
    rest = connection.execute(
        f"SELECT a.id FROM articles a INDEXED BY articles_sort_date WHERE a.id IN ({_MATCH}) "
        f"AND a.id NOT IN ({_MATCH}) AND {condition} {_BY_DATE} LIMIT ? OFFSET ?",
        [parsed.expression, _title_query(parsed), *params, limit - len(head),
         max(0, offset - len(ranked.title_ids))]).fetchall()
    return head + [row[0] for row in rest]


def count(connection: sqlite3.Connection, query: str, entry_filter: EntryFilter) -> int:
    """How many filtered articles hold ``query`` (each candidate checked where the index cannot tell)."""
    parsed = index_query(query)
    if parsed is None:
        return 0
    if parsed.needs_check:
        return len(_checked(connection, query, parsed, entry_filter))
    return _count(connection, parsed, *where(entry_filter))


def newest(connection: sqlite3.Connection, query: str, entry_filter: EntryFilter, limit: int) -> tuple[int, list[int]]:
    """How many filtered articles hold ``query``, and the newest ``limit`` of them."""
    parsed = index_query(query)
    if parsed is None:
        return 0, []
    if parsed.needs_check:
        rows = _checked(connection, query, parsed, entry_filter)
        return len(rows), [row[0] for row in sorted(rows, key=itemgetter(1, 0), reverse=True)[:limit]]
    condition, params = where(entry_filter)
    ids = connection.execute(f"SELECT a.id FROM articles a INDEXED BY articles_sort_date WHERE a.id IN ({_MATCH}) "
                             f"AND {condition} {_BY_DATE} LIMIT ?", [parsed.expression, *params, limit]).fetchall()
    return _count(connection, parsed, condition, params), [row[0] for row in ids]


def search_page(connection: sqlite3.Connection, query: str, ranked: Ranking, ids: Sequence[int],
                hits_per_article: int) -> SearchPage:
    """The articles ``ids`` (a page of ``ranked``), each with its hits in context."""
    entries = entries_by_id(connection, ids)
    texts = _texts(connection, ids)
    titles = set(ranked.title_ids)
    results = []
    for article_id in ids:
        if article_id not in entries or article_id not in texts:
            continue  # removed meanwhile
        text, outline = texts[article_id]
        count, matches = find_hits(text, query, hits_per_article)
        hits = tuple(Hit(m.start, m.end, _section(outline, m.start), m.context) for m in matches)
        results.append(ArticleHits(entries[article_id], article_id in titles, count, hits))
    return SearchPage(query, ranked.total, tuple(results))


# ---- Private API


def _count(connection: sqlite3.Connection, parsed: IndexQuery, condition: str, params: list[Any]) -> int:
    if condition == where(EVERYTHING)[0]:
        row = connection.execute("SELECT count(*) FROM article_index WHERE article_index MATCH ?",
                                 (parsed.expression,)).fetchone()
    else:
        row = connection.execute(f"SELECT count(*) FROM articles a WHERE a.id IN ({_MATCH}) AND {condition}",
                                 [parsed.expression, *params]).fetchone()
    return int(row[0])


def _title_query(parsed: IndexQuery) -> str:
    return f"title : ({parsed.expression})"


def _title_ids(connection: sqlite3.Connection, parsed: IndexQuery, query: str) -> set[int]:
    ids = {row[0] for row in connection.execute(_MATCH, (_title_query(parsed),))}
    if parsed.needs_check and ids:
        titles = connection.execute(
            f"SELECT id, title FROM articles WHERE id IN ({','.join('?' * len(ids))})", list(ids)).fetchall()
        ids = {article_id for article_id, title in titles if _holds_text(title, query)}
    return ids


def _titles_first(total: int, ordered: list[int], titles: set[int]) -> Ranking:
    """Title hits first; each group keeps its order."""
    first = [i for i in ordered if i in titles]
    return Ranking(total, first, first + [i for i in ordered if i not in titles])


def _checked(connection: sqlite3.Connection, query: str, parsed: IndexQuery,
             entry_filter: EntryFilter) -> list[tuple[int, str]]:
    """``(id, sort_date)`` of the candidates that really hold ``query`` (the index only narrowed them)."""
    condition, params = where(entry_filter)
    rows = connection.execute(f"SELECT a.id, a.sort_date FROM articles a WHERE a.id IN ({_MATCH}) AND {condition}",
                              [parsed.expression, *params]).fetchall()
    return [(row[0], row[1]) for row in rows if _holds(connection, row[0], query)]


def _checked_ranking(connection: sqlite3.Connection, query: str, parsed: IndexQuery,
                     entry_filter: EntryFilter) -> Ranking:
    """Queries with punctuation or several runs: every candidate checked, ranked as the others."""
    rows = sorted(_checked(connection, query, parsed, entry_filter), key=itemgetter(1, 0), reverse=True)
    order = [row[0] for row in rows]
    if len(order) <= RANKED_MATCHES:
        scores = dict(connection.execute("SELECT rowid, bm25(article_index, ?, 1.0) FROM article_index "
                                         "WHERE article_index MATCH ?", (TITLE_WEIGHT, parsed.expression)))
        position = {article_id: i for i, article_id in enumerate(order)}
        order.sort(key=lambda i: (scores.get(i, 0.0), position[i]))
    return _titles_first(len(order), order, _title_ids(connection, parsed, query))


def _holds(connection: sqlite3.Connection, article_id: int, query: str) -> bool:
    row = connection.execute("SELECT body FROM article_bodies WHERE article_id = ?", (article_id,)).fetchone()
    return bool(row and _holds_text(unpack_body(row[0]).text, query))


def _holds_text(text: str, query: str) -> bool:
    pattern = query_pattern(query)
    return bool(pattern and pattern.search(text))


def _texts(connection: sqlite3.Connection, ids: Sequence[int]) -> dict[int, tuple[str, list[tuple[int, str]]]]:
    """Text and level-1 outline entries ``(start, title)`` of each article."""
    if not ids:
        return {}
    rows = connection.execute(
        f"SELECT article_id, body FROM article_bodies WHERE article_id IN ({','.join('?' * len(ids))})", list(ids))
    texts = {}
    for article_id, packed in rows:
        body = unpack_body(packed)
        texts[article_id] = (body.text, [(e[2], e[1]) for e in body.outline if e[0] == 1])
    return texts


def _section(outline: list[tuple[int, str]], offset: int) -> str:
    i = bisect_right(outline, offset, key=itemgetter(0)) - 1
    return outline[i][1] if i >= 0 else ""
