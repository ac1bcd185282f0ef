"""The notes part of the database: annotations saved per article, damaged rows reported, the rest kept."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from reader.core.notes import Color, new_annotation
from reader.core.notes.store import MIGRATIONS, NotesStore

TEXT = "江门始终坚持党对统一战线工作的集中统一领导,确保党在统一战线工作中总揽全局。"


@pytest.fixture
def db(tmp_path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(tmp_path / "library.sqlite3")
    for script in MIGRATIONS:
        connection.executescript(script)
    return connection


def test_annotations_are_kept_per_article_and_read_back_equal(db: sqlite3.Connection) -> None:
    store = NotesStore(db)
    first = new_annotation(TEXT, 2, 6, Color.GREEN, "坚持")
    second = new_annotation(TEXT, 10, 10, Color.BLUE, "margin")
    store.put(1, [second, first])
    store.put(2, [new_annotation(TEXT, 0, 2, Color.PINK)])
    loaded = store.load(1)
    assert loaded.annotations == [first, second] and loaded.damage == []
    store.put(1, [first.edited(note="edited", color=Color.PINK)])
    assert [a.note for a in store.load(1).annotations] == ["edited", "margin"]
    store.delete([second.id])
    assert store.count(1) == 1 and store.count(2) == 1


def test_a_hand_edited_row_is_repaired_or_skipped_and_the_rest_loads(db: sqlite3.Connection) -> None:
    store = NotesStore(db)
    good = new_annotation(TEXT, 2, 6, Color.GREEN)
    odd = new_annotation(TEXT, 8, 12, Color.YELLOW, "kept")
    lost = new_annotation(TEXT, 14, 16, Color.YELLOW)
    store.put(1, [good, odd, lost])
    with db:
        db.execute("UPDATE notes_annotation SET color = 'chartreuse', start = 'x', created = 'yesterday' "
                   "WHERE id = ?", (odd.id,))
        db.execute("UPDATE notes_annotation SET id = NULL WHERE id = ?", (lost.id,))
        db.execute("UPDATE notes_annotation SET note = X'E5A5BD' WHERE id = ?", (good.id,))  # bytes: read as UTF-8
    loaded = store.load(1)
    assert [a.id for a in loaded.annotations] == [good.id, odd.id]  # SQLite sorts the text 'x' last
    repaired = loaded.annotations[1]
    assert (repaired.color, repaired.start, repaired.end, repaired.note) == (Color.YELLOW, 0, 0, "kept")
    assert {(d.annotation_id, d.field, d.kept) for d in loaded.damage} == {
        (odd.id, "start/end", True), (odd.id, "color", True), (odd.id, "created/modified", True),
        ("?", "id", False)}
    assert loaded.annotations[0].note == "好"


def test_saving_is_one_transaction(db: sqlite3.Connection) -> None:
    store = NotesStore(db)
    first = new_annotation(TEXT, 2, 6, Color.GREEN)
    refused = replace(new_annotation(TEXT, 8, 9, Color.GREEN), note=None)  # NOT NULL fails on this row
    with pytest.raises(sqlite3.IntegrityError):
        store.put(1, [first, refused])
    assert store.count(1) == 0
