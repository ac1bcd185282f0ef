"""NotesKeeper: one window's way to the notes in the shared database, and what it does when it cannot.

It opens the database on first use (the library's file, with the notes' part), finds
the library's id for each article shown, and saves and deletes annotations. The first
note of an article the library has not recorded yet waits, shown but not saved, while
the helper process records the article with its facts (as the library records what
the user opens); then it is saved. A file that cannot be opened or written is said in
the message bar, once, and the window goes on without saving notes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QObject

from ...core.database import DatabaseError
from ...core.model import Article
from ...core.notes import Annotation
from ...core.notes.store import Loaded
from ...core.steps import Steps
from ..tasks import run_in_process

if TYPE_CHECKING:
    from ...core.notes.salvage import Salvage
    from ...core.notes.storage import ArticleNotes, NotesFile

__all__ = ["NotesKeeper"]

_T = TypeVar("_T")


class NotesKeeper(QObject):
    """Knows the database file (``database()`` says which) and the shown article's place in it."""

    def __init__(self, setting: Callable[[], str], say: Callable[[str], None], parent: QObject) -> None:
        """``setting()`` is the library file the user chose ("" for the default one)."""
        super().__init__(parent)
        self._setting = setting
        self._say = say
        self._file: NotesFile | None = None
        self._article: tuple[str, Article] | None = None
        self._notes: ArticleNotes | None = None
        self._pending: dict[str, Annotation] = {}
        self._recording = False

    # ---- Public API

    def open(self, path: str, article: Article) -> bool:
        """Find the article's notes; False (and said why) when the database cannot be read.

        Without a database file yet there are none, and none is made until the first note.
        """
        self._article, self._notes, self._pending = (path, article), None, {}
        if self._file is None and not self._database().exists():
            return True
        return self._attach()

    def _attach(self) -> bool:
        """The shown article's notes in the (opened or created) database."""
        file = self._open_file()
        if file is None or self._article is None:
            return False
        path, article = self._article
        self._notes = self._attempt(lambda: file.notes(path, article))
        if self._notes is not None and self._notes.waiting and self._notes.article_id is None:
            self._record()  # notes recovered for an article this library does not hold yet
        return self._notes is not None

    def loading(self) -> Steps[Loaded]:
        """The article's stored annotations, read a few hundred at a time."""
        if self._notes is None:
            return Loaded([], [])
        return (yield from self._notes.loading())

    def save(self, annotations: Iterable[Annotation]) -> None:
        if self._notes is None and not self._attach():  # no file yet, or it failed before: try (again)
            return
        notes = self._notes
        assert notes is not None
        if notes.article_id is None:
            self._pending.update((a.id, a) for a in annotations)
            self._record()
        else:
            self._attempt(lambda: notes.put(annotations))

    def delete(self, annotation_ids: Iterable[str]) -> None:
        ids = list(annotation_ids)
        for ident in ids:
            self._pending.pop(ident, None)
        notes = self._notes
        if notes is not None and notes.article_id is not None:
            self._attempt(lambda: notes.delete(ids))

    @property
    def can_save(self) -> bool:
        """An article is shown (a note can be tried; a failure to save is said)."""
        return self._article is not None

    # ---- Private API

    def _database(self) -> Path:
        # the library's modules load with the first notes, not with the window
        from ...core.notes.storage import database_file

        return database_file(self._setting())

    def _open_file(self) -> NotesFile | None:
        if self._file is None:
            from ...core.notes.storage import NotesFile

            self._file = self._attempt(lambda: NotesFile.open(self._database()))  # tried again next time if not
            if self._file is not None and self._file.recovered is not None:
                self._say_recovered(self._file.recovered)
        return self._file

    def _say_recovered(self, recovered: Salvage) -> None:
        text = QCoreApplication.translate("notes", "The damaged library file was set aside (not deleted). {0} highlights and notes were "
                   "recovered from it; they come back as you open their articles.").format(len(recovered.found))
        if recovered.lost or recovered.more:
            text += " " + QCoreApplication.translate("notes", "{0} could not be read.").format(
                f"{recovered.lost}+" if recovered.more else recovered.lost)
        self._say(text)

    def _record(self) -> None:
        """Have the library record the article (unless it did meanwhile), then save what waited."""
        if self._recording or self._article is None or self._file is None:
            return
        path, article = self._article
        file = self._file
        known = self._attempt(lambda: file.article_id(path, article))
        if known is not None:
            self._recorded(article, known)
            return
        from ...core.library.importing import record

        self._recording = True
        run_in_process(record, (str(self._database()), article),
                       lambda added: self._recorded(article, getattr(added, "id", None)),
                       self._record_failed, owner=self)

    def _recorded(self, article: Article, article_id: int | None) -> None:
        self._recording = False
        notes = self._notes
        if article_id is None or notes is None or self._article is None or self._article[1] is not article:
            return
        notes.recorded(article_id)
        pending, self._pending = list(self._pending.values()), {}
        if pending:
            self._attempt(lambda: notes.put(pending))

    def _record_failed(self, exc: Exception) -> None:
        self._recording = False
        self._say(QCoreApplication.translate("notes", "The article could not be kept in the library, so its notes are not saved: {0}").format(exc))

    def _attempt(self, work: Callable[[], _T]) -> _T | None:
        """Run a database call; a failure is said (the window goes on), and None returned."""
        try:
            return work()
        except (DatabaseError, OSError) as exc:
            self._say(QCoreApplication.translate("notes", "Highlights and notes cannot be read or saved: {0}").format(_reason(exc)))
        except Exception as exc:  # noqa: BLE001 - sqlite3's own errors about a statement: told, never fatal
            self._say(QCoreApplication.translate("notes", "Highlights and notes cannot be read or saved: {0}").format(exc))
        return None


def _reason(exc: Exception) -> str:
    from ...core.database import CorruptDatabase, NewerDatabase

    if isinstance(exc, CorruptDatabase):
        return QCoreApplication.translate(
            "notes", "the library file {0} is damaged. File ▸ Library offers to set it aside (it is kept) and "
            "start a new one; the notes that can still be read in it are recovered then.").format(Path(exc.path).name)
    if isinstance(exc, NewerDatabase):
        return QCoreApplication.translate("notes", "the library file was written by a newer Reader")
    return str(exc)
