"""``reader library …``: JSON contracts, exit statuses, one-line errors, the default library."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from reader.cli import main
from tests.core.library.conftest import write_article

ENTRY_KEYS = {"id", "title", "column", "outlet", "published", "words", "tags", "read", "path", "script", "added"}


def run(capsys: pytest.CaptureFixture[str], *argv: str, status: int = 0) -> dict:  # type: ignore[type-arg]
    assert main(["library", *argv]) == status
    return json.loads(capsys.readouterr().out)


@pytest.fixture
def filled(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    write_article(folder, "a.txt", title="江门统战工作会议", extra="国务院侨务办公室主任表示。")
    write_article(folder, "b.txt", traditional=True, title="港府統戰新動向", extra="國務院僑務辦公室主任表示。")
    (folder / "broken.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    library = tmp_path / "lib.sqlite3"
    data = run(capsys, "add", str(folder), "--library", str(library), "--json", status=1)
    assert (data["added"], data["updated"], data["unchanged"]) == (2, 0, 0)
    assert data["failed"] == [{"path": str((folder / "broken.html").resolve()), "reason": "not a text file (binary content)"}]
    assert {a["status"] for a in data["articles"]} == {"added"}
    return library


def test_list_search_facts_contracts(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    listed = run(capsys, "list", "--library", str(filled), "--json")
    assert listed["count"] == 2 and all(set(a) == ENTRY_KEYS for a in listed["articles"])
    found = run(capsys, "search", "统战", "--library", str(filled), "--json")
    assert found["query"] == "统战" and found["count"] == 2
    for result in found["results"]:
        assert set(result) == ENTRY_KEYS | {"title_hit", "count", "hits"}
        assert all(set(h) == {"start", "end", "section", "context"} for h in result["hits"])
    assert run(capsys, "search", "統戰", "--library", str(filled), "--json", "--script", "traditional")["count"] == 1
    facts = run(capsys, "facts", "--library", str(filled), "--json", "--kind", "organisation")["facts"]
    office = next(f for f in facts if f["value"] == "国务院侨务办公室")
    assert set(office) == {"kind", "value", "text", "articles", "mentions"} and office["articles"] == 2
    mentioning = run(capsys, "facts", "--library", str(filled), "--json", "--kind", "organisation",
                     "--value", "国务院侨务办公室")
    assert len(mentioning["articles"]) == 2 and all(a["mentions"] for a in mentioning["articles"])


def test_export_and_remove(filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "bibliography.txt"
    assert main(["library", "export", "--format", "gbt7714", "--library", str(filled), "--output", str(out)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [line[:3] for line in lines] == ["[1]", "[2]"] and "[EB/OL]" in lines[0]
    records = run(capsys, "export", "1", "--format", "json", "--library", str(filled))
    assert records[0]["id"] == 1 and records[0]["facts"]
    assert run(capsys, "remove", "1", "--library", str(filled), "--json") == {"removed": 1, "missing": []}
    assert main(["library", "remove", "1", "--library", str(filled)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no article 1" in err


@pytest.mark.parametrize("damage", ["corrupt", "newer"])
def test_a_library_it_cannot_use_is_one_line_and_2(tmp_path: Path, capsys: pytest.CaptureFixture[str], damage: str) -> None:
    library = tmp_path / "lib.sqlite3"
    if damage == "corrupt":
        library.write_bytes(b"garbage" * 500)
    else:
        import sqlite3

        assert main(["library", "list", "--library", str(library)]) == 0
        with sqlite3.connect(library) as db:
            db.execute("UPDATE schema_versions SET version = 7")
        capsys.readouterr()
    assert main(["library", "list", "--library", str(library)]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1 and str(library) in captured.err


def test_the_default_library_is_in_the_data_folder(capsys: pytest.CaptureFixture[str]) -> None:
    data = run(capsys, "list", "--json")
    assert data["count"] >= 0
    assert (Path(os.environ["READER_DATA_DIR"]) / "reader.sqlite3").exists()


def test_help_lists_the_library(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["library", "--help"])
    out = capsys.readouterr().out
    assert all(action in out for action in ("add", "list", "search", "facts", "remove", "export"))


def test_export_never_writes_over_an_article_and_says_why(filled: Path, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "articles" / "a.txt"
    before = article.read_bytes()
    link = tmp_path / "link.txt"
    os.link(article, link)
    assert main(["library", "export", "--library", str(filled), "--output", str(link)]) == 2
    assert "never writes over its input" in capsys.readouterr().err
    assert article.read_bytes() == before
    assert main(["library", "export", "--library", str(filled), "--output", str(tmp_path / "no" / "x.csv")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot be written; nothing was written" in err
