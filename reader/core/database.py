"""One SQLite file for everything a user gathers, shared by parts: the library now, notes next.

``connect(path, parts)`` opens the file in WAL mode (readers never wait for a
writer, and a ``kill -9`` mid-write loses only the transaction in flight), with a
busy timeout (a second Reader process waits its turn instead of failing) and
foreign keys on, then brings every part's tables up to date.

A *part* is a name and a list of migrations; the file's ``schema_versions`` table
records, per part, how many of them have run. Each migration is a tuple of SQL
statements or a function of the connection, and runs once, in order, inside the
same write transaction as the version it sets: a crash mid-migration leaves the
previous version whole. A file whose part is newer than this Reader knows raises
``NewerDatabase``; a file that is not a database, or is damaged, ``CorruptDatabase``.
The caller may then ``move_aside`` the file (renamed with its WAL, never deleted)
and start a new one.

How a new part registers its tables (the notes part, say)::

    NOTES = Part("notes", (
        # version 1
        ("CREATE TABLE notes (id INTEGER PRIMARY KEY AUTOINCREMENT,"
         " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, …)",
         "CREATE INDEX notes_article ON notes(article_id)"),
        # version 2, later: append, never edit a migration that has shipped
        ("ALTER TABLE notes ADD COLUMN colour TEXT NOT NULL DEFAULT ''",),
    ))
    connection = connect(path, (LIBRARY, NOTES))   # a part after the parts it refers to

Prefix the part's table names with its own name where they could clash, and
keep statements to one each (``executescript`` would commit the transaction).
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple

__all__ = [
    "BUSY_TIMEOUT_S",
    "CorruptDatabase",
    "DatabaseBusy",
    "DatabaseError",
    "DatabaseUnavailable",
    "Migration",
    "NewerDatabase",
    "Part",
    "connect",
    "move_aside",
    "part_versions",
    "release_free_pages",
    "transaction",
    "translated_errors",
]

BUSY_TIMEOUT_S = 10.0
"""How long a connection waits for another process's write before giving up."""

Migration = tuple[str, ...] | Callable[[sqlite3.Connection], None]
"""One schema version's change: SQL statements, or a function run on the connection."""

_MMAP_BYTES = 256 * 1024 * 1024
_SIDE_FILES = ("-wal", "-shm", "-journal")
_CORRUPT_CODES = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB
_BUSY_CODES = {5, 6}  # SQLITE_BUSY, SQLITE_LOCKED
_UNAVAILABLE_CODES = {3, 8, 10, 13, 14, 23}  # PERM, READONLY, IOERR, FULL, CANTOPEN, AUTH


class Part(NamedTuple):
    """A set of tables in the shared file: its name and its migrations, oldest first."""

    name: str
    migrations: tuple[Migration, ...]

    @property
    def version(self) -> int:
        """The schema version this code writes: the number of migrations."""
        return len(self.migrations)


class DatabaseError(Exception):
    """Base of the errors about Reader's own database file; carries its path."""

    def __init__(self, path: str | Path, detail: str = "") -> None:
        super().__init__(str(path), detail)
        self.path = str(path)
        self.detail = detail

    def __str__(self) -> str:
        return f"{type(self).__name__}: {self.path}" + (f" ({self.detail})" if self.detail else "")


class CorruptDatabase(DatabaseError):
    """The file is not an SQLite database, or its pages are damaged."""


class NewerDatabase(DatabaseError):
    """A part of the file was written by a newer Reader, whose tables this one does not know."""

    def __init__(self, path: str | Path, part: str, found: int, known: int) -> None:
        super().__init__(path, f"{part} schema {found}, this Reader knows {known}")
        self.part, self.found, self.known = part, found, known


class DatabaseBusy(DatabaseError):
    """Another process held the file for longer than the busy timeout."""


class DatabaseUnavailable(DatabaseError):
    """The file cannot be opened or written: no permission, a missing drive, a full disk."""


def connect(path: str | Path, parts: Sequence[Part], *, timeout: float = BUSY_TIMEOUT_S) -> sqlite3.Connection:
    """Open (creating if need be) the database at ``path`` with ``parts`` up to date.

    The connection is in autocommit mode: group writes with ``transaction``.
    Raises CorruptDatabase, NewerDatabase, DatabaseBusy or DatabaseUnavailable.
    """
    path = Path(path)
    with translated_errors(path):
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseUnavailable(path, exc.strerror or str(exc)) from None
        connection = sqlite3.connect(path, timeout=timeout, isolation_level=None)
        try:
            _configure(connection)
            _migrate(connection, path, parts)
        except BaseException:
            connection.close()
            raise
    return connection


def part_versions(connection: sqlite3.Connection) -> dict[str, int]:
    """Each part's schema version as the file records it (empty for a new file)."""
    if not connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'schema_versions'").fetchone():
        return {}
    return dict(connection.execute("SELECT part, version FROM schema_versions").fetchall())


@contextmanager
def transaction(connection: sqlite3.Connection, *, write: bool = True) -> Iterator[sqlite3.Connection]:
    """``BEGIN IMMEDIATE`` (or a read snapshot) … ``COMMIT``, rolled back on any error.

    A write transaction takes the lock at once, so the busy timeout applies to
    its start, never halfway through (where SQLite could not wait and would fail).
    """
    connection.execute("BEGIN IMMEDIATE" if write else "BEGIN")
    try:
        yield connection
    except BaseException:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")


@contextmanager
def translated_errors(path: str | Path) -> Iterator[None]:
    """SQLite's errors about the file itself, raised as this module's typed errors."""
    try:
        yield
    except sqlite3.DatabaseError as exc:
        typed = _typed(exc, path)
        if typed is None:
            raise  # a mistake in a statement, not a problem of the file
        raise typed from exc


def release_free_pages(connection: sqlite3.Connection) -> None:
    """Give the pages freed by deletes and index merges back to the file system.

    SQLite reuses freed pages but never shrinks the file by itself; after a large
    change (an import, a removal) this returns them (files created by ``connect``
    are in incremental auto-vacuum mode; in an older file it does nothing).
    """
    if connection.in_transaction:
        raise RuntimeError("release_free_pages runs outside a transaction")
    # executescript steps the pragma to its end (each step frees one page; execute() steps once)
    connection.executescript("PRAGMA incremental_vacuum;")


def move_aside(path: str | Path) -> Path:
    """Rename the database (and its WAL and shared-memory files) out of the way; never delete.

    Returns the new name, ``<name>.set-aside-<time>``, beside the old one: the moved
    file still opens, with what its WAL held.
    """
    path = Path(path)
    target = path.with_name(f"{path.name}.set-aside-{time.strftime('%Y%m%d-%H%M%S')}")
    n = 1
    while target.exists():
        n += 1
        target = target.with_name(f"{path.name}.set-aside-{time.strftime('%Y%m%d-%H%M%S')}-{n}")
    path.rename(target)
    for suffix in _SIDE_FILES:
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.rename(target.with_name(target.name + suffix))
    return target


# ---- Private API


def _configure(connection: sqlite3.Connection) -> None:
    connection.execute("PRAGMA foreign_keys = ON")
    if connection.execute("PRAGMA page_count").fetchone()[0] == 0:  # a new file, before its first table
        connection.execute("PRAGMA auto_vacuum = INCREMENTAL")  # so ``release_free_pages`` can shrink it
    # reading the journal mode reads the header: a file that is no database fails here
    if connection.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
        connection.execute("PRAGMA journal_mode = WAL")
    # WAL + NORMAL: a crash of the process (kill -9) never loses a commit; only a power cut could lose the last
    connection.execute("PRAGMA synchronous = NORMAL")
    # reads through a memory map: a search's thousands of row lookups make no system calls
    connection.execute(f"PRAGMA mmap_size = {_MMAP_BYTES}")


def _migrate(connection: sqlite3.Connection, path: Path, parts: Sequence[Part]) -> None:
    """Run each part's pending migrations; refuse a part newer than this code."""
    found = part_versions(connection)
    _refuse_newer(path, parts, found)
    if all(found.get(part.name, 0) == part.version for part in parts):
        return
    with transaction(connection):
        connection.execute(
            "CREATE TABLE IF NOT EXISTS schema_versions (part TEXT PRIMARY KEY, version INTEGER NOT NULL)")
        found = part_versions(connection)  # another process may have migrated meanwhile
        _refuse_newer(path, parts, found)
        for part in parts:
            for version in range(found.get(part.name, 0), part.version):
                _run(connection, part.migrations[version])
                connection.execute("INSERT OR REPLACE INTO schema_versions VALUES (?, ?)", (part.name, version + 1))


def _refuse_newer(path: Path, parts: Sequence[Part], found: dict[str, int]) -> None:
    for part in parts:
        if found.get(part.name, 0) > part.version:
            raise NewerDatabase(path, part.name, found[part.name], part.version)


def _run(connection: sqlite3.Connection, migration: Migration) -> None:
    if callable(migration):
        migration(connection)
        return
    for statement in migration:
        connection.execute(statement)


def _typed(exc: sqlite3.DatabaseError, path: str | Path) -> DatabaseError | None:
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    for codes, error in ((_CORRUPT_CODES, CorruptDatabase), (_BUSY_CODES, DatabaseBusy),
                         (_UNAVAILABLE_CODES, DatabaseUnavailable)):
        if code in codes:
            return error(path, str(exc))
    return None
