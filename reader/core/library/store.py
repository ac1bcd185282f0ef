"""The library store: every article a user has read, kept in the shared SQLite file.

``Library.open(path)`` connects (``reader.core.database``: WAL, busy timeout,
migrations, typed errors). ``add`` stores an article with its facts and indexes
it, in one transaction, so a ``kill -9`` leaves either all of it or none.

An article's identity is its row ``id``, which notes refer to. Adding a file
that is already there by path updates that row (its text may have changed: a
page re-saved, a better parser); adding a text that is already there from a
path that no longer exists moves the row to the new path; the same text from
a second file is stored once.
"""

from __future__ import annotations

import os
import sqlite3
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..database import connect, release_free_pages, transaction, translated_errors
from ..find.highlight import KeywordList
from ..model import Article
from ..script.variants import detect_script
from . import across, codec, fulltext, index, listing
from .records import (
    EVERYTHING,
    Added,
    AddStatus,
    Entry,
    EntryFilter,
    FactTally,
    Mentioning,
    Origin,
    SearchPage,
    Sort,
    StoredArticle,
    TimelineMonth,
    WatchRow,
)
from .schema import LIBRARY

__all__ = ["Library", "now"]

_STORED = ("SELECT a.id, a.uid, a.content_hash, a.path, a.size, a.mtime, a.words, a.script, a.added, a.updated, "
           "a.opened, a.position, a.read, " + ", ".join(f"a.{c}" for c in codec.ARTICLE_COLUMNS) +
           ", b.body FROM articles a JOIN article_bodies b ON b.article_id = a.id")


_MERGE_PAGES = 256
"""Index pages merged per transaction by ``tidy`` (~1 MB, a few tens of ms)."""
StoredFacts = Sequence[dict[str, Any]] | codec.PreparedFacts
"""An article's facts as ``facts_to_json`` gives them, or as rows already (an import's worker)."""
_SCRIPT_SAMPLE = 800
"""Characters the script label is judged on (2,000 cost ~2 ms an article more, the whole text ~4 ms)."""


def now() -> str:
    """The time as the library records it: ISO 8601, UTC, to the second."""
    return datetime.now(UTC).isoformat(timespec="seconds")


class Library:
    """One library file, open. Not shared between threads: each thread opens its own."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self.connection = connection
        self.path = path
        self._index_checked = False
        self._last_ranking: tuple[object, fulltext.Ranking] | None = None

    @classmethod
    def open(cls, path: str | Path) -> Library:
        """Open (or create) the library at ``path``; raises ``reader.core.database`` errors."""
        return cls(connect(path, (LIBRARY,)), Path(path))

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @contextmanager
    def writing(self) -> Iterator[sqlite3.Connection]:
        """A write transaction with the index up to date and the file's errors typed.

        Inside another, it joins it: an import stores a batch of articles in one
        transaction (each commit writes a new segment of the full-text index).
        """
        if self.connection.in_transaction:
            yield self.connection
            return
        with self.checked():
            self._ensure_index()
            with transaction(self.connection) as connection:
                yield connection

    @contextmanager
    def checked(self) -> Iterator[None]:
        """SQLite's errors about the file, raised as ``reader.core.database`` errors."""
        with translated_errors(self.path):
            yield

    # ---- Adding

    def add(self, article: Article, facts: StoredFacts, origin: Origin | None = None, *,
            opened: bool = False) -> Added:
        """Store ``article`` (with ``facts`` as ``facts_to_json`` gives them, or made into rows
        already), or update it.

        ``origin`` is its file as read; without one, ``article.path`` with no size or time.
        """
        origin = origin or Origin(article.path)
        digest = codec.content_hash(article.text)
        stamp = now()
        with self.writing() as db:
            row = _by_path(db, origin.path) if origin.path else None
            if row is not None and row[1] != digest:
                self._replace(row[0], article, facts, origin, digest, stamp)
                result = Added(row[0], AddStatus.UPDATED)
            elif row is not None:
                result = Added(row[0], AddStatus.UNCHANGED)
            else:
                result = self._add_new(article, facts, origin, digest, stamp)
            if result.status is not AddStatus.UPDATED and origin.path:
                db.execute("UPDATE articles SET size = ?, mtime = ? WHERE id = ? AND path = ?",
                           (origin.size, origin.mtime, result.id, origin.path))
            if opened:
                db.execute("UPDATE articles SET opened = ?, read = 1 WHERE id = ?", (stamp, result.id))
        return result

    # ---- Reading

    def stored(self, article_id: int) -> StoredArticle | None:
        """The article as stored, whole (text, blocks, outline), or None if it is not there."""
        with self.checked():
            row = self.connection.execute(f"{_STORED} WHERE a.id = ?", (article_id,)).fetchone()
            if row is None:
                return None
            tags = tuple(t for (t,) in self.connection.execute(
                "SELECT tag FROM article_tags WHERE article_id = ? ORDER BY tag", (article_id,)))
        return _stored_article(row, tags)

    def stored_hash(self, article_id: int) -> str | None:
        """The content hash of the stored text (to tell whether a file still holds it)."""
        with self.checked():
            row = self.connection.execute("SELECT content_hash FROM articles WHERE id = ?", (article_id,)).fetchone()
        return str(row[0]) if row else None

    def id_for_path(self, path: str) -> int | None:
        with self.checked():
            row = _by_path(self.connection, path)
        return row[0] if row else None

    def entries(self, entry_filter: EntryFilter = EVERYTHING, sort: Sort = Sort.DATE, descending: bool = True,
                offset: int = 0, limit: int = 200) -> list[Entry]:
        with self.checked():
            return listing.entries(self.connection, entry_filter, sort, descending, offset, limit)

    def count(self, entry_filter: EntryFilter = EVERYTHING) -> int:
        with self.checked():
            return listing.count(self.connection, entry_filter)

    def tallies(self, column: str) -> list[tuple[str, int]]:
        """Outlets (``"outlet"``), scripts (``"script"``) or tags (``"tag"``) with their article counts."""
        with self.checked():
            return listing.tallies(self.connection, column)

    # ---- Searching and comparing

    def search(self, query: str, entry_filter: EntryFilter = EVERYTHING, offset: int = 0, limit: int = 20,
               hits_per_article: int = 3) -> SearchPage:
        """A page of the articles holding ``query``, ranked, each with its first hits in context."""
        with self.checked():
            ranked = self._ranking(query, entry_filter)
            ids = fulltext.page_ids(self.connection, query, ranked, entry_filter, offset, limit)
            return fulltext.search_page(self.connection, query, ranked, ids, hits_per_article)

    def count_matches(self, query: str, entry_filter: EntryFilter = EVERYTHING) -> int:
        """How many articles hold ``query`` (checked against their texts where the index cannot tell)."""
        with self.checked():
            self._ensure_index()
            return fulltext.count(self.connection, query, entry_filter)

    def recurring(self, kinds: Sequence[str] = across.NAME_KINDS, entry_filter: EntryFilter = EVERYTHING,
                  min_articles: int = 2, limit: int = 500) -> list[FactTally]:
        """Facts found in several articles (by default: organisations, people, places)."""
        with self.checked():
            return across.recurring(self.connection, kinds, entry_filter, min_articles, limit)

    def mentioning(self, kind: str, value: str, entry_filter: EntryFilter = EVERYTHING) -> list[Mentioning]:
        with self.checked():
            return across.mentioning(self.connection, kind, value, entry_filter)

    def facts_of(self, article_id: int) -> list[dict[str, Any]]:
        """An article's stored facts, in the shape ``facts_to_json`` gives (without sentences)."""
        with self.checked():
            return across.facts_of(self.connection, article_id)

    def timeline(self, entry_filter: EntryFilter = EVERYTHING) -> list[TimelineMonth]:
        with self.checked():
            return across.timeline(self.connection, entry_filter)

    def watch(self, lists: Iterable[KeywordList], entry_filter: EntryFilter = EVERYTHING,
              newest: int = 5) -> list[WatchRow]:
        """Keyword lists run over the library: articles per keyword, the newest first."""
        with self.checked():
            self._ensure_index()
            return across.watch(self.connection, lists, entry_filter, newest)

    # ---- Changing

    def remove(self, ids: Iterable[int]) -> int:
        """Take articles out of the library (their files stay); the number removed."""
        removed = 0
        with self.writing() as db:
            for article_id in ids:
                row = db.execute("SELECT a.title, b.body FROM articles a JOIN article_bodies b ON b.article_id = a.id "
                                 "WHERE a.id = ?", (article_id,)).fetchone()
                if row is None:
                    continue
                index.unindex_article(db, article_id, row[0], codec.unpack_body(row[1]).text)
                db.execute("DELETE FROM articles WHERE id = ?", (article_id,))
                removed += 1
        if removed and not self.connection.in_transaction:
            with self.checked():
                release_free_pages(self.connection)
        return removed

    def mark_opened(self, article_id: int) -> Added:
        """The user opened the article now: it counts as read."""
        with self.checked():
            self.connection.execute("UPDATE articles SET opened = ?, read = 1 WHERE id = ?", (now(), article_id))
        return Added(article_id, AddStatus.UNCHANGED)

    def set_read(self, ids: Iterable[int], read: bool) -> None:
        with self.checked(), transaction(self.connection) as db:
            db.executemany("UPDATE articles SET read = ? WHERE id = ?", [(int(read), i) for i in ids])

    def set_position(self, article_id: int, offset: int) -> None:
        """Where the reader was in the article (an offset into its stored text)."""
        with self.checked():
            self.connection.execute("UPDATE articles SET position = ? WHERE id = ?", (offset, article_id))

    def set_tags(self, article_id: int, tags: Iterable[str]) -> None:
        clean = sorted({t.strip() for t in tags if t.strip()})
        with self.checked(), transaction(self.connection) as db:
            db.execute("DELETE FROM article_tags WHERE article_id = ?", (article_id,))
            db.executemany("INSERT INTO article_tags VALUES (?, ?)", [(article_id, t) for t in clean])

    def tidy(self) -> None:
        """After a large import: merge the full-text index's segments and shrink the file.

        Done in small steps, each its own transaction, so another process never
        waits long for the file (the index of 10,000 articles takes seconds to merge).
        """
        with self.checked():
            self._ensure_index()
            while True:
                before = self.connection.total_changes
                with transaction(self.connection):
                    self.connection.execute(
                        "INSERT INTO article_index(article_index, rank) VALUES ('merge', ?)", (-_MERGE_PAGES,))
                if self.connection.total_changes - before < 2:  # FTS5's sign that nothing was left to merge
                    break
            release_free_pages(self.connection)

    # ---- Private API

    def _ranking(self, query: str, entry_filter: EntryFilter) -> fulltext.Ranking:
        """The ranking of the last query, kept while nothing was written (by any process)."""
        self._ensure_index()
        changes = (self.connection.execute("PRAGMA data_version").fetchone()[0], self.connection.total_changes)
        key = (query, entry_filter, changes)
        if self._last_ranking is None or self._last_ranking[0] != key:
            self._last_ranking = (key, fulltext.ranking(self.connection, query, entry_filter))
        return self._last_ranking[1]

    def _ensure_index(self) -> None:
        if not self._index_checked:
            index.ensure_index(self.connection)
            self._index_checked = True

    def _add_new(self, article: Article, facts: StoredFacts, origin: Origin, digest: str,
                 stamp: str) -> Added:
        db = self.connection
        same = db.execute("SELECT id, path FROM articles WHERE content_hash = ? ORDER BY id LIMIT 1",
                          (digest,)).fetchone()
        if same is not None:
            if origin.path and same[1] != origin.path and not os.path.exists(same[1]):
                db.execute("UPDATE articles SET path = ? WHERE id = ?", (origin.path, same[0]))
                return Added(same[0], AddStatus.MOVED)
            return Added(same[0], AddStatus.UNCHANGED)
        columns = ", ".join(codec.ARTICLE_COLUMNS)
        cursor = db.execute(
            f"INSERT INTO articles (uid, content_hash, path, size, mtime, words, script, added, updated, sort_date, "
            f"{columns}) VALUES ({', '.join('?' * (10 + len(codec.ARTICLE_COLUMNS)))})",
            (uuid.uuid4().hex, digest, origin.path, origin.size, origin.mtime, codec.word_count(article.text),
             detect_script(article.text[:_SCRIPT_SAMPLE]).value, stamp, stamp, _sort_date(article, stamp),
             *codec.article_values(article)))
        article_id = int(cursor.lastrowid or 0)
        self._store_content(article_id, article, facts)
        return Added(article_id, AddStatus.ADDED)

    def _replace(self, article_id: int, article: Article, facts: StoredFacts, origin: Origin,
                 digest: str, stamp: str) -> None:
        """New text for an article already stored: its id, tags and reading state stay."""
        db = self.connection
        old = db.execute("SELECT a.title, b.body, a.added FROM articles a JOIN article_bodies b "
                         "ON b.article_id = a.id WHERE a.id = ?", (article_id,)).fetchone()
        index.unindex_article(db, article_id, old[0], codec.unpack_body(old[1]).text)
        db.execute("DELETE FROM article_bodies WHERE article_id = ?", (article_id,))
        db.execute("DELETE FROM facts WHERE article_id = ?", (article_id,))
        assignments = ", ".join(f"{c} = ?" for c in codec.ARTICLE_COLUMNS)
        db.execute(
            f"UPDATE articles SET content_hash = ?, size = ?, mtime = ?, words = ?, script = ?, updated = ?, "
            f"sort_date = ?, position = min(position, ?), {assignments} WHERE id = ?",
            (digest, origin.size, origin.mtime, codec.word_count(article.text), detect_script(article.text[:_SCRIPT_SAMPLE]).value,
             stamp, _sort_date(article, old[2]), len(article.text), *codec.article_values(article), article_id))
        self._store_content(article_id, article, facts)

    def _store_content(self, article_id: int, article: Article, facts: StoredFacts) -> None:
        db = self.connection
        db.execute("INSERT INTO article_bodies VALUES (?, ?)", (article_id, codec.pack_body(article)))
        rows = facts.rows if isinstance(facts, codec.PreparedFacts) else codec.fact_rows(facts)
        ids = _value_ids(db, {row[:2] for row in rows})
        db.executemany("INSERT OR IGNORE INTO facts VALUES (?, ?, ?, ?, ?)",
                       [(article_id, ids[row[:2]], *row[2:]) for row in rows])
        index.index_article(db, article_id, article.title, article.text)


def _value_ids(connection: sqlite3.Connection, values: set[tuple[str, str]]) -> dict[tuple[str, str], int]:
    """The ids of (kind, value) pairs, added to ``fact_values`` where new."""
    connection.executemany("INSERT OR IGNORE INTO fact_values (kind, value) VALUES (?, ?)", sorted(values))
    ids: dict[tuple[str, str], int] = {}
    for kind in {kind for kind, _value in values}:
        wanted = [value for k, value in values if k == kind]
        rows = connection.execute(f"SELECT id, value FROM fact_values WHERE kind = ? AND value IN "
                                  f"({','.join('?' * len(wanted))})", [kind, *wanted])
        ids.update(((kind, value), value_id) for value_id, value in rows)
    return ids


def _by_path(connection: sqlite3.Connection, path: str) -> tuple[int, str] | None:
    row = connection.execute("SELECT id, content_hash FROM articles WHERE path = ? ORDER BY id LIMIT 1",
                             (path,)).fetchone()
    return (int(row[0]), str(row[1])) if row else None


def _sort_date(article: Article, added: str) -> str:
    return article.published.isoformat() if article.published else added


def _stored_article(row: Sequence[Any], tags: tuple[str, ...]) -> StoredArticle:
    (article_id, uid, digest, path, size, mtime, words, script, added, updated, opened, position, read) = row[:13]
    meta = row[13 : 13 + len(codec.ARTICLE_COLUMNS)]
    article = codec.article_from(meta, codec.unpack_body(row[-1]), path)
    return StoredArticle(article_id, uid, digest, article, size, mtime, words, script, added, updated, opened,
                         position, bool(read), tags)
