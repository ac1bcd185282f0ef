"""Library: every article a user has read, in one place, searched and compared across articles.

In: parsed articles and their facts (``store.Library.add``), or files and
folders (``importing``). Out: pages of ``Entry`` rows, ``StoredArticle`` (which
opens even when its file is gone), ranked search hits with offsets into the
stored text, facts that recur across articles, a timeline, keyword watch lists,
and exports. The store is the ``library`` part of the shared database file
(``reader.core.database``), which notes will share. Nothing here loads before
the first paint of an article.
"""

from __future__ import annotations

from pathlib import Path

from ..database import (
    CorruptDatabase,
    DatabaseBusy,
    DatabaseError,
    DatabaseUnavailable,
    NewerDatabase,
)
from ..paths import data_folder
from .records import (
    EVERYTHING,
    Added,
    AddStatus,
    ArticleHits,
    Entry,
    EntryFilter,
    FactTally,
    Hit,
    Mentioning,
    Origin,
    SearchPage,
    Sort,
    StoredArticle,
    TimelineMonth,
    WatchRow,
)
from .store import Library

__all__ = [
    "EVERYTHING",
    "FILE_NAME",
    "AddStatus",
    "Added",
    "ArticleHits",
    "CorruptDatabase",
    "DatabaseBusy",
    "DatabaseError",
    "DatabaseUnavailable",
    "Entry",
    "EntryFilter",
    "FactTally",
    "Hit",
    "Library",
    "Mentioning",
    "NewerDatabase",
    "Origin",
    "SearchPage",
    "Sort",
    "StoredArticle",
    "TimelineMonth",
    "WatchRow",
    "library_path",
]

FILE_NAME = "reader.sqlite3"
"""The shared database's name in the data folder (the library and, later, notes live in it)."""


def library_path(setting: str = "") -> Path:
    """The library file: the one the setting names, else ``reader.sqlite3`` in the data folder."""
    return Path(setting).expanduser() if setting else data_folder() / FILE_NAME
