"""Full-text search across the library, script- and width-blind like the find bar.

The FTS5 index (``terms``) finds the articles; ``hits`` then finds the hits in
each article shown exactly as the find bar's ``Matcher`` would, so offsets,
contexts and what counts as a match are the same as inside one article (统战
finds 統戰, and 统 战 across a line break).

Ranking: articles whose title matches come first. Then, when the query is
found in at most ``RANKED_MATCHES`` articles, by FTS5's bm25 (the hit count,
weighed by the article's length, a title hit counting ``TITLE_WEIGHT`` times),
newest first among equals; a query found in more articles than that (a word in
nearly every article) is listed newest first: bm25 costs ~8 µs an article on
this machine, and the first page must come within 50 ms (``benchmarks/library.py``).
"""

from __future__ import annotations

import sqlite3
from bisect import bisect_right
from collections.abc import Sequence
from operator import itemgetter
from typing import Any, NamedTuple

from ..database import transaction
from .codec import unpack_body
from .hits import find_hits, query_pattern
from .listing import entries_by_id, where
from .records import ArticleHits, EntryFilter, Hit, SearchPage
from .terms import IndexQuery, fingerprint, index_query, index_terms

__all__ = [
    "RANKED_MATCHES",
    "TITLE_WEIGHT",
    "Ranking",
    "ensure_index",
    "index_article",
    "matching",
    "ranking",
    "search_page",
    "unindex_article",
]

RANKED_MATCHES = 3000
TITLE_WEIGHT = 10.0
_FINGERPRINT_KEY = "index_fingerprint"


class Ranking(NamedTuple):
    """Every matching article, best first, and those whose title matches."""

    ids: list[int]
    title_ids: frozenset[int]


def index_article(connection: sqlite3.Connection, article_id: int, title: str, text: str) -> None:
    connection.execute("INSERT INTO article_index(rowid, title, body) VALUES (?, ?, ?)",
                       (article_id, index_terms(title), index_terms(text)))


def unindex_article(connection: sqlite3.Connection, article_id: int, title: str, text: str) -> None:
    """Take an article out of the index: a contentless index must be told the terms it had."""
    connection.execute("INSERT INTO article_index(article_index, rowid, title, body) VALUES ('delete', ?, ?, ?)",
                       (article_id, index_terms(title), index_terms(text)))


def ensure_index(connection: sqlite3.Connection) -> None:
    """Rebuild the index when it was made with other terms (see ``terms.fingerprint``)."""
    current = fingerprint()
    if _stored_fingerprint(connection) == current:
        return
    with transaction(connection):
        stored = _stored_fingerprint(connection)
        if stored == current:  # another process rebuilt it meanwhile
            return
        if stored is not None:
            connection.execute("INSERT INTO article_index(article_index) VALUES ('delete-all')")
            rows = connection.execute("SELECT a.id, a.title, b.body FROM articles a JOIN article_bodies b "
                                      "ON b.article_id = a.id").fetchall()
            for article_id, title, packed in rows:
                index_article(connection, article_id, title, unpack_body(packed).text)
        connection.execute("INSERT OR REPLACE INTO library_meta VALUES (?, ?)", (_FINGERPRINT_KEY, current))


def matching(connection: sqlite3.Connection, query: str, entry_filter: EntryFilter,
             order: str = "") -> list[tuple[Any, ...]]:
    """``(id, sort_date)`` of every filtered article holding ``query``, checked against its text."""
    parsed = index_query(query)
    if parsed is None:
        return []
    condition, params = where(entry_filter)
    rows = connection.execute(
        "SELECT a.id, a.sort_date FROM articles a WHERE a.id IN "
        f"(SELECT rowid FROM article_index WHERE article_index MATCH ?) AND {condition} {order}",
        [parsed.expression, *params]).fetchall()
    if parsed.needs_check:
        rows = [row for row in rows if _holds(connection, row[0], query)]
    return rows


def ranking(connection: sqlite3.Connection, query: str, entry_filter: EntryFilter) -> Ranking:
    """Every filtered article holding ``query``, ranked as the module says."""
    parsed = index_query(query)
    rows = matching(connection, query, entry_filter)
    if parsed is None or not rows:
        return Ranking([], frozenset())
    titles = _title_ids(connection, parsed, query)
    newest = sorted(rows, key=lambda row: (row[1], row[0]), reverse=True)
    if len(rows) > RANKED_MATCHES:
        ids = [row[0] for row in newest]
    else:
        scores = _scores(connection, parsed, entry_filter)
        order = {row[0]: i for i, row in enumerate(newest)}
        ids = sorted(order, key=lambda i: (scores.get(i, 0.0), order[i]))  # bm25: lower is better
    ids.sort(key=lambda i: i not in titles)  # stable: title hits first, each group keeps its order
    return Ranking(ids, frozenset(titles) & {row[0] for row in rows})


def search_page(connection: sqlite3.Connection, query: str, ranked: Ranking, offset: int, limit: int,
                hits_per_article: int) -> SearchPage:
    """The page ``offset:offset + limit`` of ``ranked``, each article with its hits in context."""
    page = ranked.ids[offset : offset + limit]
    entries = entries_by_id(connection, page)
    texts = _texts(connection, page)
    results = []
    for article_id in page:
        if article_id not in entries or article_id not in texts:
            continue  # removed meanwhile
        text, outline = texts[article_id]
        count, matches = find_hits(text, query, hits_per_article)
        hits = tuple(Hit(m.start, m.end, _section(outline, m.start), m.context) for m in matches)
        results.append(ArticleHits(entries[article_id], article_id in ranked.title_ids, count, hits))
    return SearchPage(query, len(ranked.ids), tuple(results))


# ---- Private API


def _stored_fingerprint(connection: sqlite3.Connection) -> str | None:
    row = connection.execute("SELECT value FROM library_meta WHERE key = ?", (_FINGERPRINT_KEY,)).fetchone()
    return str(row[0]) if row else None


def _title_ids(connection: sqlite3.Connection, parsed: IndexQuery, query: str) -> set[int]:
    rows = connection.execute("SELECT rowid FROM article_index WHERE article_index MATCH ?",
                              (f"title : ({parsed.expression})",)).fetchall()
    ids = {row[0] for row in rows}
    if parsed.needs_check and ids:
        titles = connection.execute(
            f"SELECT id, title FROM articles WHERE id IN ({','.join('?' * len(ids))})", list(ids)).fetchall()
        ids = {article_id for article_id, title in titles if _holds_text(title, query)}
    return ids


def _scores(connection: sqlite3.Connection, parsed: IndexQuery, entry_filter: EntryFilter) -> dict[int, float]:
    """bm25 of each filtered match (computed only for the rows the filter keeps)."""
    condition, params = where(entry_filter)
    rows = connection.execute(
        "SELECT a.id, bm25(article_index, ?, 1.0) FROM article_index JOIN articles a ON a.id = article_index.rowid "
        f"WHERE article_index MATCH ? AND {condition}", (TITLE_WEIGHT, parsed.expression, *params))
    return dict(rows)


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
