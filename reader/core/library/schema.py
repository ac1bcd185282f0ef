"""The library's tables in the shared database: its ``Part`` and migrations.

- ``articles``: one row per article: where it came from, the metadata ``reader
  inspect`` gives, counts, reading state. ``id`` is the article's identity
  (notes refer to it): it never changes, even when the text is re-imported
  changed, and is never reused (AUTOINCREMENT). ``content_hash`` (SHA-256 of the
  cleaned text) recognises the same article again, e.g. a file that moved.
  ``sort_date`` is the publication date, else the date added: what "recent" means.
- ``article_bodies``: the cleaned text with its blocks, outline and dropped
  lines (``codec.pack_body``: compressed JSON), so the article still opens when
  its file is gone. Kept apart so that listing articles never reads through them.
- ``article_tags``: the user's tags.
- ``fact_values`` and ``facts``: each article's facts, one row each, with kind and
  normalised value shared between articles (so "which organisations recur" is a
  grouping on one integer). ``text`` is NULL where it is the value itself;
  ``mentions`` lists ``start+length`` pairs, the fact's own span first; ``extra``
  holds, as JSON, any field the fact extractor adds beyond those: an array in
  ``codec._EXTRA_ORDER`` (an object where a field falls outside it, and in rows
  written before the array).
- ``article_index``: the FTS5 full-text index over ``terms.index_terms`` of the
  title and the text. Contentless: the text is stored once, in ``article_bodies``.
- ``library_meta``: small settings of the library file (the index's fingerprint).
"""

from __future__ import annotations

from ..database import Part

__all__ = ["LIBRARY"]

_VERSION_1 = (
    """CREATE TABLE articles (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        uid TEXT NOT NULL UNIQUE,
        content_hash TEXT NOT NULL,
        path TEXT NOT NULL DEFAULT '',
        format TEXT NOT NULL DEFAULT '',
        encoding TEXT NOT NULL DEFAULT '',
        size INTEGER NOT NULL DEFAULT 0,
        mtime REAL NOT NULL DEFAULT 0,
        title TEXT NOT NULL DEFAULT '',
        column_name TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL DEFAULT '',
        outlet TEXT NOT NULL DEFAULT '',
        site TEXT NOT NULL DEFAULT '',
        url TEXT NOT NULL DEFAULT '',
        published TEXT,
        author TEXT NOT NULL DEFAULT '',
        credits TEXT NOT NULL DEFAULT '[]',
        editor TEXT NOT NULL DEFAULT '',
        attribution TEXT NOT NULL DEFAULT '',
        words INTEGER NOT NULL DEFAULT 0,
        script TEXT NOT NULL DEFAULT '',
        added TEXT NOT NULL,
        updated TEXT NOT NULL,
        opened TEXT,
        position INTEGER NOT NULL DEFAULT 0,
        read INTEGER NOT NULL DEFAULT 0,
        sort_date TEXT NOT NULL
    )""",
    "CREATE INDEX articles_path ON articles(path)",
    "CREATE INDEX articles_hash ON articles(content_hash)",
    "CREATE INDEX articles_sort_date ON articles(sort_date)",
    "CREATE INDEX articles_outlet ON articles(outlet, sort_date)",
    """CREATE TABLE article_bodies (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        body BLOB NOT NULL
    )""",
    """CREATE TABLE article_tags (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        PRIMARY KEY (article_id, tag)
    ) WITHOUT ROWID""",
    "CREATE INDEX article_tags_tag ON article_tags(tag)",
    """CREATE TABLE fact_values (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        value TEXT NOT NULL,
        UNIQUE (kind, value)
    )""",
    """CREATE TABLE facts (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        value_id INTEGER NOT NULL REFERENCES fact_values(id),
        text TEXT,
        mentions TEXT NOT NULL,
        extra TEXT,
        PRIMARY KEY (article_id, value_id)
    ) WITHOUT ROWID""",
    "CREATE INDEX facts_value ON facts(value_id)",
    """CREATE VIRTUAL TABLE article_index USING fts5(
        title, body, content='', detail=full, tokenize='ascii'
    )""",
    "CREATE TABLE library_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
)

LIBRARY = Part("library", (_VERSION_1,))
"""The library's part of the shared database file (``reader.core.database``)."""
