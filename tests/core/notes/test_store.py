"""The notes part of the shared database: kept per article, found again when the file moves, damaged
rows repaired or skipped, a truncated file recovered from row by row."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from reader.core import open_article
from reader.core.database import CorruptDatabase, move_aside
from reader.core.notes import Color, new_annotation
from reader.core.notes.salvage import salvage
from reader.core.notes.storage import NotesFile
from tests.conftest import SEED

ARTICLE = open_article(SEED)
TEXT = ARTICLE.text


@pytest.fixture
def file(tmp_path: Path) -> NotesFile:
    notes_file = NotesFile.open(tmp_path / "reader.sqlite3")
    yield notes_file  # type: ignore[misc]
    notes_file.close()


def _recorded(file: NotesFile, path: str) -> int:
    return file.library.add(replace(ARTICLE, path=path), []).id


def test_annotations_are_kept_per_article_and_read_back_equal(file: NotesFile) -> None:
    first_id, _other = _recorded(file, "a.txt"), _recorded(file, "b.txt")
    notes = file.notes("a.txt", ARTICLE)
    assert notes.article_id == first_id
    first = new_annotation(TEXT, 2, 6, Color.GREEN, "坚持")
    second = new_annotation(TEXT, 10, 10, Color.BLUE, "margin")
    notes.put([second, first])
    loaded = notes.load()
    assert loaded.annotations == [first, second] and loaded.damage == []
    notes.put([first.edited(note="edited", color=Color.PINK)])
    assert [a.note for a in notes.load().annotations] == ["edited", "margin"]
    notes.delete([second.id])
    assert file.store.count(first_id) == 1


def test_a_moved_file_is_known_by_its_text(file: NotesFile, tmp_path: Path) -> None:
    notes = file.notes(str(tmp_path / "gone.txt"), ARTICLE)
    assert notes.article_id is None and notes.load().annotations == []  # not in the library: no notes yet
    notes.recorded(_recorded(file, str(tmp_path / "gone.txt")))
    notes.put([new_annotation(TEXT, 2, 6, Color.GREEN)])
    moved = file.notes(str(tmp_path / "moved here.txt"), ARTICLE)
    assert moved.article_id == notes.article_id and len(moved.load().annotations) == 1


def test_taking_an_article_out_of_the_library_takes_its_notes(file: NotesFile) -> None:
    article_id = _recorded(file, "a.txt")
    file.notes("a.txt", ARTICLE).put([new_annotation(TEXT, 2, 6, Color.GREEN)])
    file.library.remove([article_id])
    assert file.store.count(article_id) == 0


def test_a_hand_edited_row_is_repaired_or_skipped_and_the_rest_loads(file: NotesFile) -> None:
    notes = file.notes("a.txt", ARTICLE)
    notes.recorded(_recorded(file, "a.txt"))
    good = new_annotation(TEXT, 2, 6, Color.GREEN)
    odd = new_annotation(TEXT, 8, 12, Color.YELLOW, "kept")
    lost = new_annotation(TEXT, 14, 16, Color.YELLOW)
    notes.put([good, odd, lost])
    db = file.library.connection
    db.execute("UPDATE notes_annotation SET color = 'chartreuse', start = 'x', created = 'yesterday' "
               "WHERE id = ?", (odd.id,))
    db.execute("UPDATE notes_annotation SET id = NULL WHERE id = ?", (lost.id,))
    db.execute("UPDATE notes_annotation SET note = X'E5A5BD' WHERE id = ?", (good.id,))  # bytes: read as UTF-8
    loaded = notes.load()
    assert [a.id for a in loaded.annotations] == [good.id, odd.id]  # SQLite sorts the text 'x' last
    repaired = loaded.annotations[1]
    assert (repaired.color, repaired.start, repaired.end, repaired.note) == (Color.YELLOW, 0, 0, "kept")
    assert loaded.annotations[0].note == "好"
    assert {(d.annotation_id, d.field, d.kept) for d in loaded.damage} == {
        (odd.id, "start/end", True), (odd.id, "color", True), (odd.id, "created/modified", True),
        ("?", "id", False)}


def test_saving_is_one_transaction(file: NotesFile) -> None:
    notes = file.notes("a.txt", ARTICLE)
    notes.recorded(_recorded(file, "a.txt"))
    refused = replace(new_annotation(TEXT, 8, 9, Color.GREEN), note=None)  # NOT NULL fails on this row
    with pytest.raises(sqlite3.IntegrityError):
        notes.put([new_annotation(TEXT, 2, 6, Color.GREEN), refused])
    assert notes.load().annotations == []


def test_a_truncated_file_is_refused_whole_but_its_readable_rows_are_recovered(tmp_path: Path) -> None:
    database = tmp_path / "reader.sqlite3"
    file = NotesFile.open(database)
    notes = file.notes("a.txt", ARTICLE)
    notes.recorded(_recorded(file, "a.txt"))
    made = [new_annotation(TEXT, k % 3000, k % 3000 + 5, Color.GREEN, f"笔记 {k} " * 8) for k in range(400)]
    notes.put(made)
    file.close()  # checkpoints the WAL into the file
    data = database.read_bytes()
    database.write_bytes(data[: len(data) * 9 // 10])  # a copy that stopped short
    with pytest.raises(CorruptDatabase):
        NotesFile.open(database)
    kept = tmp_path / "kept.sqlite3"
    shutil.copyfile(database, kept)
    found = salvage(database)
    assert database.read_bytes() == kept.read_bytes()  # only ever read
    assert 300 < len(found.found) < 400 and {p for p, _h, _a in found.found} == {"a.txt"}
    aside = move_aside(database)
    again = NotesFile.open(database)  # a new file: what the set-aside one still holds is recovered
    assert again.recovered is not None and len(again.recovered.found) == len(found.found)
    assert aside.exists()
    waiting = again.notes("a.txt", ARTICLE)
    assert waiting.article_id is None and len(waiting.load().annotations) == len(found.found)
    waiting.recorded(again.library.add(replace(ARTICLE, path="a.txt"), []).id)
    assert len(again.notes("a.txt", ARTICLE).load().annotations) == len(found.found)
    assert NotesFile.open(database).recovered is None  # recovered from once
    again.close()
