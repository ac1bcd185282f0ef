"""The shared database: parts and migrations, WAL, and clear errors for files it cannot use."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reader.core.database import (
    CorruptDatabase,
    NewerDatabase,
    Part,
    connect,
    move_aside,
    part_versions,
    transaction,
)

TALLY = Part("tally", (("CREATE TABLE tally_items (id INTEGER PRIMARY KEY, name TEXT)",),))
TALLY_2 = Part("tally", (*TALLY.migrations, ("ALTER TABLE tally_items ADD COLUMN n INTEGER NOT NULL DEFAULT 0",)))
NOTES = Part("notes", (("CREATE TABLE notes_items (id INTEGER PRIMARY KEY, "
                        "item_id INTEGER NOT NULL REFERENCES tally_items(id) ON DELETE CASCADE)",),))


def test_parts_share_one_file_each_with_its_version(tmp_path: Path) -> None:
    path = tmp_path / "reader.sqlite3"
    with connect(path, (TALLY,)) as db:
        db.execute("INSERT INTO tally_items (name) VALUES ('a')")
    db = connect(path, (TALLY_2, NOTES))
    assert part_versions(db) == {"tally": 2, "notes": 1}
    assert db.execute("SELECT name, n FROM tally_items").fetchall() == [("a", 0)]
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    db.execute("INSERT INTO notes_items (item_id) VALUES (1)")
    db.execute("DELETE FROM tally_items")  # foreign keys are on: the note goes with its item
    assert db.execute("SELECT count(*) FROM notes_items").fetchone()[0] == 0
    db.close()


def test_a_failed_migration_leaves_the_previous_version_whole(tmp_path: Path) -> None:
    path = tmp_path / "reader.sqlite3"
    connect(path, (TALLY,)).close()
    broken = Part("tally", (*TALLY.migrations, ("ALTER TABLE tally_items ADD COLUMN x", "NOT SQL")))
    with pytest.raises(sqlite3.OperationalError):
        connect(path, (broken,))
    db = connect(path, (TALLY,))
    assert part_versions(db) == {"tally": 1}
    assert [r[1] for r in db.execute("PRAGMA table_info(tally_items)")] == ["id", "name"]
    db.close()


def test_a_newer_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "reader.sqlite3"
    connect(path, (TALLY_2,)).close()
    before = path.read_bytes()
    with pytest.raises(NewerDatabase) as caught:
        connect(path, (TALLY,))
    assert (caught.value.part, caught.value.found, caught.value.known) == ("tally", 2, 1)
    assert path.read_bytes() == before


@pytest.mark.parametrize("content", [b"not a database at all" * 100, b"SQLite format 3\x00" + b"\xff" * 5000])
def test_a_corrupt_file_is_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "reader.sqlite3"
    path.write_bytes(content)
    with pytest.raises(CorruptDatabase):
        connect(path, (TALLY,))
    assert path.read_bytes() == content


def test_moved_aside_with_its_wal_and_never_deleted(tmp_path: Path) -> None:
    path = tmp_path / "reader.sqlite3"
    db = connect(path, (TALLY,))
    db.execute("PRAGMA wal_autocheckpoint = 0")
    with transaction(db):
        db.execute("INSERT INTO tally_items (name) VALUES ('kept')")
    assert Path(f"{path}-wal").stat().st_size > 0  # the row is only in the WAL
    aside = move_aside(path)
    db.close()
    assert not path.exists() and aside.exists() and aside.name.startswith("reader.sqlite3.set-aside-")
    with sqlite3.connect(aside) as moved:
        assert moved.execute("SELECT name FROM tally_items").fetchall() == [("kept",)]
    connect(path, (TALLY,)).close()  # a new one starts where the old one was
    assert move_aside(path) != aside
