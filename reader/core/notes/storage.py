"""Where an article's notes are kept: the library's database, under the library's id for the article.

``NotesFile.open(database)`` opens the shared file with the library's part and the
notes' part; ``notes(path, article)`` gives one article's ``ArticleNotes``. An article is
known by its file (the library's row for that path, even if the text changed since:
the annotations are placed again) or, once the file moved, by its text (the row with
its content hash). An article the library has not recorded has no notes yet; before
the first is saved it must be recorded (``reader.core.library.importing.record``, with
its facts, as the library records what the user opens), which the window does in its
helper process and the caller reports with ``recorded(id)``.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ..database import connect
from ..library import Library, library_path
from ..library.codec import content_hash
from ..library.schema import LIBRARY
from ..model import Article
from ..steps import Steps, finish
from .model import Annotation
from .salvage import Salvage
from .store import NOTES, Loaded, NotesStore

_SIDE_FILES = ("-wal", "-shm", "-journal")
__all__ = ["ArticleNotes", "NotRecorded", "NotesFile", "database_file"]


class NotRecorded(RuntimeError):
    """The article is not in the library yet: record it before saving its first note."""


def database_file(setting: str = "") -> Path:
    """The shared database: the library's file (the setting's, else ``reader.sqlite3`` in the data folder)."""
    return library_path(setting)


class NotesFile:
    """The shared database file, open on one thread, for the notes of any article in it.

    ``recovered`` is what was just recovered from a damaged file set aside beside it, if anything.
    """

    def __init__(self, library: Library) -> None:
        self.library = library
        self.store = NotesStore(library.connection)
        self.recovered: Salvage | None = None

    @classmethod
    def open(cls, database: str | Path) -> NotesFile:
        """Open (or create) the file with both parts up to date; raises ``reader.core.database`` errors.

        A damaged file set aside beside it (``database.move_aside``) that has not been recovered
        from yet gives up its annotations now, kept until their articles are opened again.
        """
        file = cls(Library(connect(database, (LIBRARY, NOTES)), Path(database)))
        with file.library.checked():
            file.recovered = file._recover(Path(database))
        return file

    def _recover(self, database: Path) -> Salvage | None:
        aside = sorted(p for p in database.parent.glob(f"{database.name}.set-aside-*")
                       if not p.name.endswith(_SIDE_FILES) and not self.store.salvaged(p.name))
        if not aside:
            return None
        from .salvage import salvage

        result = salvage(aside[-1])
        self.store.keep_unattached(result.found, aside[-1].name, result.lost)
        for older in aside[:-1]:  # recovered in their turn before, or superseded by the newest
            self.store.keep_unattached([], older.name, 0)
        return result

    def close(self) -> None:
        self.library.close()

    def article_id(self, path: str, article: Article) -> int | None:
        """The library's id for the article read from ``path``: by its file, else by its text."""
        with self.library.checked():
            known = self.library.id_for_path(path) if path else None
            if known is not None:
                return known
            row = self.library.connection.execute(
                "SELECT id FROM articles WHERE content_hash = ? ORDER BY id LIMIT 1",
                (content_hash(article.text),)).fetchone()
        return int(row[0]) if row else None

    def notes(self, path: str, article: Article) -> ArticleNotes:
        """The article's notes, with any recovered for it from a damaged file (kept with them if it has an id)."""
        article_id = self.article_id(path, article)
        with self.library.checked():
            waiting = self.store.unattached(path, content_hash(article.text))
            if waiting and article_id is not None:
                self.store.attach(article_id, waiting)
                waiting = []
        return ArticleNotes(self, article_id, waiting)


class ArticleNotes:
    """One article's annotations in the store; none until the article is in the library."""

    def __init__(self, file: NotesFile, article_id: int | None, waiting: list[Annotation] | None = None) -> None:
        self._file = file
        self.article_id = article_id
        self.waiting = waiting or []
        """Recovered annotations of an article not in this library yet: kept once it is recorded."""

    def load(self) -> Loaded:
        return finish(self.loading())

    def loading(self) -> Steps[Loaded]:
        if self.article_id is None:
            return Loaded(list(self.waiting), [])
        return (yield from self._file.store.loading(self.article_id))

    def put(self, annotations: Iterable[Annotation]) -> None:
        """Add or replace annotations, in one transaction; raises NotRecorded before ``recorded``."""
        if self.article_id is None:
            raise NotRecorded
        with self._file.library.checked():
            self._file.store.put(self.article_id, annotations)

    def delete(self, annotation_ids: Iterable[str]) -> None:
        with self._file.library.checked():
            self._file.store.delete(annotation_ids)

    def recorded(self, article_id: int) -> None:
        """The library has recorded the article under ``article_id``: notes can be saved now."""
        self.article_id = article_id
        if self.waiting:
            with self._file.library.checked():
                self._file.store.attach(article_id, self.waiting)
            self.waiting = []
