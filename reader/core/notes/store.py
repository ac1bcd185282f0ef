"""The notes part of the shared database: annotations keyed by the library's article id.

Annotations are rows of their own table (``notes_annotation``) in the file the library
keeps (``reader.core.database``), created and upgraded by this part's own migrations
(``NOTES``), so one file holds the articles and the notes, and each save is one
transaction (a ``kill -9`` mid-write leaves the last committed state). A row refers to
its article (``articles.id``); taking an article out of the library takes its notes
with it. Rows are read one by one and leniently: a hand-edited field that no longer
makes sense is repaired where it can be (an unknown colour reads as yellow, a broken
offset is left to the quote to place) and reported, and a row past repair is reported
and skipped, so the rest always loads.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any, NamedTuple

from ..database import Part, transaction
from ..steps import Steps, finish
from .model import Annotation, Color, now

__all__ = ["COLUMNS", "NOTES", "Damage", "Loaded", "NotesStore", "read_row"]

_VERSION_1 = (
    """CREATE TABLE notes_annotation (
        id TEXT PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        exact TEXT NOT NULL,
        prefix TEXT NOT NULL,
        suffix TEXT NOT NULL,
        color TEXT NOT NULL,
        note TEXT NOT NULL,
        created TEXT NOT NULL,
        modified TEXT NOT NULL
    )""",
    "CREATE INDEX notes_annotation_by_article ON notes_annotation (article_id, start)",
    """CREATE TABLE notes_unattached (
        id TEXT PRIMARY KEY,
        article_path TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        exact TEXT NOT NULL,
        prefix TEXT NOT NULL,
        suffix TEXT NOT NULL,
        color TEXT NOT NULL,
        note TEXT NOT NULL,
        created TEXT NOT NULL,
        modified TEXT NOT NULL
    )""",
    "CREATE INDEX notes_unattached_by_path ON notes_unattached (article_path)",
    "CREATE INDEX notes_unattached_by_hash ON notes_unattached (content_hash)",
    "CREATE TABLE notes_salvaged (source TEXT PRIMARY KEY, found INTEGER NOT NULL, lost INTEGER NOT NULL)",
)

NOTES = Part("notes", (_VERSION_1,))
"""The notes' part of the shared database file; it comes after the library's, whose articles it refers to.

``notes_unattached`` holds annotations recovered from a damaged file set aside, by their
article's path and text, until that article is opened again; ``notes_salvaged`` names
the files already recovered from."""

_COLUMNS = COLUMNS = 'id, start, "end", exact, prefix, suffix, color, note, created, modified'
_ROWS_A_STEP = 250


class Damage(NamedTuple):
    """A stored annotation that could not be read as written: which, what field, and what it held.

    ``kept`` says whether the annotation was loaded with the field repaired, or skipped.
    """

    annotation_id: str
    field: str
    value: str
    kept: bool


class Loaded(NamedTuple):
    """An article's annotations as stored, and whatever in them was damaged."""

    annotations: list[Annotation]
    damage: list[Damage]


class NotesStore:
    """Annotations of articles in one connection to the shared file, opened with the ``NOTES`` part."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._db = connection

    def load(self, article_id: int) -> Loaded:
        """Every readable annotation of the article; damaged rows repaired or skipped and reported."""
        return finish(self.loading(article_id))

    def loading(self, article_id: int) -> Steps[Loaded]:
        """``load`` in steps of a few hundred rows, for a caller that runs between them."""
        cursor = self._db.execute(
            f"SELECT {_COLUMNS} FROM notes_annotation WHERE article_id = ? ORDER BY start, \"end\"",
            (article_id,))
        annotations, damage = [], []
        while rows := cursor.fetchmany(_ROWS_A_STEP):
            for row in rows:
                annotation, problems = _read(row)
                damage += problems
                if annotation is not None:
                    annotations.append(annotation)
            yield
        return Loaded(annotations, damage)

    def put(self, article_id: int, annotations: Iterable[Annotation]) -> None:
        """Add or replace ``annotations`` of the article, all in one transaction."""
        rows = [(article_id, *_values(a)) for a in annotations]
        with transaction(self._db) as db:
            db.executemany(f"INSERT OR REPLACE INTO notes_annotation (article_id, {_COLUMNS}) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)

    def delete(self, annotation_ids: Iterable[str]) -> None:
        """Remove these annotations, in one transaction."""
        with transaction(self._db) as db:
            db.executemany("DELETE FROM notes_annotation WHERE id = ?", [(i,) for i in annotation_ids])

    def keep_unattached(self, rows: Iterable[tuple[str, str, Annotation]], source: str, lost: int) -> None:
        """Annotations recovered from ``source``, each with its article's path and content hash."""
        values = [(path, digest, *_values(a)) for path, digest, a in rows]
        with transaction(self._db) as db:
            db.executemany(f"INSERT OR IGNORE INTO notes_unattached (article_path, content_hash, {_COLUMNS}) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values)
            db.execute("INSERT OR REPLACE INTO notes_salvaged VALUES (?, ?, ?)", (source, len(values), lost))

    def salvaged(self, source: str) -> bool:
        return self._db.execute("SELECT 1 FROM notes_salvaged WHERE source = ?", (source,)).fetchone() is not None

    def unattached(self, path: str, digest: str) -> list[Annotation]:
        """Recovered annotations of the article at ``path`` or with that text."""
        rows = self._db.execute(f"SELECT {_COLUMNS} FROM notes_unattached WHERE article_path = ? OR content_hash = ?",
                                (path, digest)).fetchall()
        return [a for a in (_read(row)[0] for row in rows) if a is not None]

    def attach(self, article_id: int, annotations: Iterable[Annotation]) -> None:
        """Recovered annotations become the article's again, in one transaction."""
        kept = list(annotations)
        with transaction(self._db) as db:
            db.executemany(f"INSERT OR IGNORE INTO notes_annotation (article_id, {_COLUMNS}) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [(article_id, *_values(a)) for a in kept])
            db.executemany("DELETE FROM notes_unattached WHERE id = ?", [(a.id,) for a in kept])

    def count(self, article_id: int) -> int:
        row = self._db.execute("SELECT count(*) FROM notes_annotation WHERE article_id = ?",
                               (article_id,)).fetchone()
        return int(row[0])


def _values(a: Annotation) -> tuple[Any, ...]:
    """An annotation's values in ``_COLUMNS`` order."""
    return (a.id, a.start, a.end, a.exact, a.prefix, a.suffix, a.color.value, a.note,
            a.created.isoformat(), a.modified.isoformat())


def read_row(row: tuple[Any, ...]) -> Annotation | None:
    """A row in ``COLUMNS`` order as an Annotation, repaired where it can be; None past repair."""
    return _read(row)[0]


def _read(row: tuple[Any, ...]) -> tuple[Annotation | None, list[Damage]]:
    """One row as an Annotation, repairing what can be; None when there is nothing left to place."""
    ident = row[0] if isinstance(row[0], str) and row[0] else ""
    quote = [_text(v) for v in row[3:6]]
    if not ident or None in quote:
        field = "exact/prefix/suffix" if ident else "id"
        return None, [Damage(ident or "?", field, _shown(row[3:6] if ident else row[0]), False)]
    exact, prefix, suffix = (q or "" for q in quote)
    damage: list[Damage] = []
    start, end = _offset(row[1]), _offset(row[2])
    if start is None or end is None or end < start:
        damage.append(Damage(ident, "start/end", _shown((row[1], row[2])), True))
        start = end = 0  # the quote places it
    color, note = _color(row[6]), _text(row[7])
    created, modified = _moment(row[8]), _moment(row[9])
    for field, value, ok in (("color", row[6], color is not None), ("note", row[7], note is not None),
                             ("created/modified", (row[8], row[9]), None not in (created, modified))):
        if not ok:
            damage.append(Damage(ident, field, _shown(value), True))
    stamp = created or modified or now()
    annotation = Annotation(ident, start, end, exact, prefix, suffix, color or Color.YELLOW,
                            note or "", stamp, modified or stamp)
    return annotation, damage


def _shown(value: Any) -> str:
    return repr(value)[:80]


def _text(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return None


def _offset(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def _color(value: Any) -> Color | None:
    try:
        return Color(value)
    except ValueError:
        return None


def _moment(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
