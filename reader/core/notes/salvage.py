"""Recovering annotations from a damaged database file, row by row, without writing to it.

A file cut short (a copy that stopped, a disk that filled) is refused whole by SQLite:
its header still counts the pages that are gone. A copy with the header's page count
set to what is left opens, and each row can then be read by its rowid, so every row
on a page that survived is recovered and only those on lost pages are not. The
damaged file itself is only ever read.
"""

from __future__ import annotations

import shutil
import sqlite3
import struct
import tempfile
from pathlib import Path
from typing import NamedTuple

from .model import Annotation
from .store import COLUMNS, read_row

__all__ = ["Salvage", "salvage"]

_GIVE_UP_AFTER = 2_000
"""Consecutive rowids with nothing readable after which the scan stops."""


class Salvage(NamedTuple):
    """What could be read: (article path, content hash, annotation) each, and how many rows could not.

    ``more`` says that the file's end was unreadable too, so more rows may have been lost there.
    """

    found: list[tuple[str, str, Annotation]]
    lost: int
    more: bool = False


def salvage(damaged: str | Path) -> Salvage:
    """The annotations still readable in ``damaged`` (a Reader database, perhaps cut short)."""
    with tempfile.TemporaryDirectory(prefix="reader-salvage-") as folder:
        copy = Path(folder) / "copy.sqlite3"
        _readable_copy(Path(damaged), copy)
        connection = sqlite3.connect(f"file:{copy}?mode=ro", uri=True)
        try:
            return _rows(connection)
        except sqlite3.DatabaseError:
            return Salvage([], 0, True)  # not even the schema is left
        finally:
            connection.close()


def _readable_copy(damaged: Path, copy: Path) -> None:
    """The file's whole pages, with the header's page count set to them."""
    data = bytearray(damaged.read_bytes())
    if len(data) < 100:
        copy.write_bytes(bytes(data))
        return
    page = struct.unpack(">H", data[16:18])[0]
    page = 65_536 if page == 1 else page or 4_096
    pages = len(data) // page
    del data[pages * page :]
    data[28:32] = struct.pack(">I", pages)
    copy.write_bytes(bytes(data))
    wal = damaged.with_name(damaged.name + "-wal")
    if wal.exists():
        shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))


def _rows(connection: sqlite3.Connection) -> Salvage:
    articles: dict[int, tuple[str, str] | None] = {}
    found: list[tuple[str, str, Annotation]] = []
    lost = unreadable = misses = 0  # unreadable: rowids that failed since the last row read
    rowid = 0
    while misses < _GIVE_UP_AFTER:
        rowid += 1
        try:
            row = connection.execute(f"SELECT article_id, {COLUMNS} FROM notes_annotation WHERE rowid = ?",
                                     (rowid,)).fetchone()
        except sqlite3.DatabaseError:
            unreadable, misses = unreadable + 1, misses + 1
            continue
        if row is None:
            misses += 1
            continue
        lost, unreadable, misses = lost + unreadable, 0, 0
        article = _article(connection, int(row[0]), articles)
        annotation = read_row(row[1:])
        if article is None or annotation is None:
            lost += 1
        else:
            found.append((*article, annotation))
    return Salvage(found, lost, unreadable > 0)


def _article(connection: sqlite3.Connection, article_id: int,
             known: dict[int, tuple[str, str] | None]) -> tuple[str, str] | None:
    if article_id not in known:
        try:
            row = connection.execute("SELECT path, content_hash FROM articles WHERE id = ?", (article_id,)).fetchone()
        except sqlite3.DatabaseError:
            row = None
        known[article_id] = (str(row[0]), str(row[1])) if row else None
    return known[article_id]
