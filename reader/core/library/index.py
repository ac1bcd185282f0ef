"""The full-text index's upkeep: an article's terms in, out, and all of them again when terms change.

The index (``article_index``, FTS5) is contentless: it keeps no copy of the
text, so taking an article out means naming the terms it was indexed with,
which are made again from the stored text. That holds while ``terms`` folds
text the same way; ``ensure_index`` rebuilds the index whenever the library's
recorded ``terms.fingerprint`` differs from the code's.
"""

from __future__ import annotations

import sqlite3

from ..database import transaction
from .codec import unpack_body
from .terms import fingerprint, index_terms

__all__ = ["ensure_index", "index_article", "unindex_article"]

_FINGERPRINT_KEY = "index_fingerprint"


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


def _stored_fingerprint(connection: sqlite3.Connection) -> str | None:
    row = connection.execute("SELECT value FROM library_meta WHERE key = ?", (_FINGERPRINT_KEY,)).fetchone()
    return str(row[0]) if row else None
