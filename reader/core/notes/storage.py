"""Where an article's notes are kept: the one interface the UI and the CLI use to reach the store.

``notes_of(path, article)`` gives the article's ``ArticleNotes``: load, put, delete. Behind
it is the notes part (``store``) of the user's database, keyed by the article's id.
INTERIM until the library's database lands: the database is a file of its own in the
user's data folder and an article is known by its file's resolved path; switching to the
library's file and article ids changes this module only.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Protocol

from ..model import Article
from ..steps import Steps
from .model import Annotation
from .store import MIGRATIONS, Loaded, NotesStore

__all__ = ["ArticleNotes", "data_dir", "notes_of"]


class ArticleNotes(Protocol):
    """One article's annotations in the store."""

    def load(self) -> Loaded: ...

    def loading(self) -> Steps[Loaded]: ...

    def put(self, annotations: Iterable[Annotation]) -> None: ...

    def delete(self, annotation_ids: Iterable[str]) -> None: ...


class _Kept:
    """An article's notes in a NotesStore, under its article id."""

    def __init__(self, store: NotesStore, article_id: int) -> None:
        self._store, self._id = store, article_id

    def load(self) -> Loaded:
        return self._store.load(self._id)

    def loading(self) -> Steps[Loaded]:
        return self._store.loading(self._id)

    def put(self, annotations: Iterable[Annotation]) -> None:
        self._store.put(self._id, annotations)

    def delete(self, annotation_ids: Iterable[str]) -> None:
        self._store.delete(annotation_ids)


def data_dir() -> Path:
    """The user's data folder for Reader (``READER_DATA_DIR`` overrides it, e.g. for tests)."""
    override = os.environ.get("READER_DATA_DIR")
    if override:
        return Path(override)
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "Reader" / "Reader"


def notes_of(path: str, article: Article, folder: Path | None = None) -> ArticleNotes:
    """The notes of ``article``, read from ``path``."""
    del article  # the library will know it by its text too
    database = (folder or data_dir()) / "notes.sqlite3"
    database.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(database)
    connection.execute("PRAGMA user_version")
    if connection.execute("PRAGMA user_version").fetchone()[0] < len(MIGRATIONS):
        for script in MIGRATIONS:
            connection.executescript(script)
        connection.execute(f"PRAGMA user_version = {len(MIGRATIONS)}")
    key = str(Path(path).resolve())
    article_id = int.from_bytes(hashlib.sha1(key.encode()).digest()[:7], "big")
    return _Kept(NotesStore(connection), article_id)
