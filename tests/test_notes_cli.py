"""``reader notes`` and ``reader export``: what a script gets, and the window's ``--at``/``--find`` errors."""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from reader.cli import main
from reader.core import open_article
from reader.core.notes import Color, new_annotation
from reader.core.notes.storage import NotesFile, database_file
from tests.conftest import ROOT, SEED

WORDS = "统一战线工作领导小组"


@pytest.fixture
def stored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The seed in the library with one highlight and one margin note, in a data folder of the test's own."""
    monkeypatch.setenv("READER_DATA_DIR", str(tmp_path / "data"))
    article = open_article(SEED)
    start = article.text.index(WORDS)
    file = NotesFile.open(database_file())
    notes = file.notes(str(SEED), article)
    notes.recorded(file.library.add(article, []).id)
    notes.put([
        new_annotation(article.text, start, start + len(WORDS), Color.GREEN, "谁牵头?"),
        new_annotation(article.text, 40, 40, Color.BLUE, "margin"),
    ])
    file.close()
    return database_file()


def test_notes_json_is_a_w3c_collection(stored: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["notes", str(SEED), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["type"] == "AnnotationCollection" and data["total"] == 2
    highlight = next(i for i in data["first"]["items"] if i["motivation"] == "highlighting")
    assert highlight["target"]["selector"][0]["exact"] == WORDS and highlight["body"]["value"] == "谁牵头?"


def test_notes_markdown_csv_and_lines_in_a_variant(stored: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["notes", str(SEED), "--markdown", "--variant", "tw", "--style", "chicago",
                 "--accessed", "2026-01-02"]) == 0
    text = capsys.readouterr().out
    assert text.startswith("# 江門") and "「統一戰線工作領導小組」¹" in text and "\n\n谁牵头?\n" in text
    assert main(["notes", str(SEED), "--csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["kind"] for r in rows] == ["note", "highlight"]
    assert main(["notes", str(SEED)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "green" in lines[1] and WORDS in lines[1] and lines[-1] == "2 annotations"


def test_damaged_rows_are_reported_on_stderr_and_the_rest_printed(stored: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    with sqlite3.connect(stored) as db:
        db.execute("UPDATE notes_annotation SET color = 'mauve' WHERE note = 'margin'")
    assert main(["notes", str(SEED)]) == 0
    out, err = capsys.readouterr()
    assert "bad color 'mauve' (repaired)" in err and out.splitlines()[-1] == "2 annotations"


def test_a_store_that_is_not_a_database_exits_2(stored: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stored.write_bytes(b"this is not SQLite" * 100)
    for side in stored.parent.glob("*-wal"):
        side.unlink()
    assert main(["notes", str(SEED)]) == 2
    assert "the notes cannot be read" in capsys.readouterr().err


def test_no_library_yet_means_no_notes_and_no_file_made(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("READER_DATA_DIR", str(tmp_path / "data"))
    assert main(["notes", str(SEED)]) == 0
    assert capsys.readouterr().out.strip() == "0 annotations" and not database_file().exists()


def test_export_prints_the_article_as_markdown(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(SEED), "--to", "markdown"]) == 0
    text = capsys.readouterr().out
    assert text.startswith("---\ntitle: ") and "\n# 江门:为构建侨都" in text


@pytest.mark.parametrize("args", [["--at", "x"], ["--at"], ["--at", "9:3"]])
def test_the_window_refuses_a_bad_place_before_starting(args: list[str]) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, "-m", "reader", str(SEED), *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=60, env=env)
    assert proc.returncode == 2 and proc.stderr.startswith("reader: ") and proc.stderr.count("\n") == 1
