"""The command line contract: JSON keys, exit statuses, one-line errors, no Qt for subcommands."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from reader.cli import main
from tests.conftest import ROOT, SEED

INSPECT_KEYS = {"title", "column", "source", "site", "url", "published", "author", "editor",
                "text", "blocks", "outline", "dropped"}


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:  # type: ignore[type-arg]
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def test_inspect_json_contract(capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(capsys, "inspect", str(SEED), "--json")
    assert set(data) >= INSPECT_KEYS
    assert data["published"] == "2022-07-25T23:46:00+08:00"
    assert data["column"] == "广东统战工作巡礼"
    for block in data["blocks"]:
        assert data["text"][block["start"] : block["end"]] == block["text"]
        assert {"kind", "text", "start", "end"} <= set(block)
    assert [e["level"] for e in data["outline"]].count(1) == 3
    assert all({"level", "title", "start"} <= set(e) for e in data["outline"])
    assert {d["reason"] for d in data["dropped"]} >= {"breadcrumb", "share", "copyright", "duplicate"}


@pytest.mark.parametrize("make", ["missing", "directory", "empty", "binary"])
def test_bad_input_exits_2_with_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str], make: str) -> None:
    path = tmp_path / "input.txt"
    if make == "directory":
        path.mkdir()
    elif make == "empty":
        path.write_bytes(b"")
    elif make == "binary":
        path.write_bytes(b"PK\x03\x04" + bytes(range(256)))
    assert main(["inspect", str(path), "--json"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and str(path) in captured.err


def test_subcommand_runs_without_qt() -> None:
    code = "import sys, runpy; sys.argv=['reader','inspect',sys.argv[1]]; \n" \
           "from reader.__main__ import main; rc=main(); assert 'PySide6' not in sys.modules, 'Qt imported'; sys.exit(rc)"
    proc = subprocess.run([sys.executable, "-c", code, str(SEED)], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert "江门" in proc.stdout


def test_help_documents_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--help"])
    assert exc.value.code == 0
    assert "inspect" in capsys.readouterr().out


def test_entry_point_knows_every_subcommand() -> None:
    from reader.__main__ import SUBCOMMANDS
    from reader.cli import COMMANDS

    assert set(SUBCOMMANDS) == set(COMMANDS)


def test_window_start_does_not_load_the_cli() -> None:
    """The CLI pulls in facts, citations and argparse: the window must not wait for them."""
    code = ("import sys, reader.ui.window.app as app; app.main = lambda args: 0; sys.argv = ['reader']\n"
            "from reader.__main__ import main; main(); assert 'reader.cli' not in sys.modules")
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr


def test_typography_flag_tidies_and_offsets_point_into_that_text(capsys: pytest.CaptureFixture[str]) -> None:
    plain = run_json(capsys, "convert", str(SEED), "--to", "original", "--json")
    tidied = run_json(capsys, "convert", str(SEED), "--to", "original", "--json", "--typography")
    assert (plain["typography"], tidied["typography"]) == (False, True)
    assert "江门:为" not in tidied["text"] and "十九大以来，江门市" in tidied["text"]
    found = run_json(capsys, "search", str(SEED), "江门:为", "--typography", "--json")
    [hit] = found["matches"]
    assert tidied["text"][hit["start"] : hit["end"]] == hit["text"] == "江门：为"
    quoted = run_json(capsys, "quote", str(SEED), "--find", "以来,江门", "--typography", "--json",
                      "--accessed", "2024-01-02")
    assert quoted["quotation"] == "以来，江门" and quoted["typography"] is True
    inspected = run_json(capsys, "inspect", str(SEED), "--typography", "--json", "--variant", "tw")
    for block in inspected["blocks"]:
        assert inspected["text"][block["start"] : block["end"]] == block["text"]
    for fact in inspected["facts"]:
        assert inspected["text"][fact["start"] : fact["end"]].replace("\u2009", "") == fact["text"].replace("\u2009", "")


FACT_KEYS = {"kind", "text", "start", "end", "value", "sentence", "mentions", "value_kind", "from",
             "to", "unit", "grain", "interval", "duration", "amount", "currency"}


def test_facts_jsonl_reads_many_files_and_keeps_going(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """One JSON object a line, in the order given, each with its path; a bad file says so."""
    first, second, missing = tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "none.txt"
    first.write_text("会议定于下下周三上午9点召开，预算约5000元。", encoding="utf-8")
    second.write_text("今年1至6月，出口增长。", encoding="utf-8")
    argv = ["facts", str(first), str(missing), str(second), "--jsonl", "--reference-date", "2022-07-25"]
    assert main(argv) == 2
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["path"] for line in lines] == [str(first), str(missing), str(second)]
    assert "error" in lines[1] and "facts" not in lines[1]
    date, money = lines[0]["facts"][:2]
    assert set(date) >= FACT_KEYS
    assert (date["kind"], date["interval"]) == ("date", ["2022-08-10T09:00:00", "2022-08-10T09:59:59"])
    assert (money["value_kind"], money["amount"], money["currency"]) == ("approximate", 5000, "CNY")
    [period] = lines[2]["facts"]
    assert (period["from"], period["to"], period["value_kind"]) == ("2022-01", "2022-06", "range")


def test_reference_date_must_be_a_date(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["facts", str(SEED), "--reference-date", "next week"])
    assert exit_.value.code == 2 and "YYYY-MM-DD" in capsys.readouterr().err


def test_facts_without_a_reference_keep_relative_words(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text("下下周三见。", encoding="utf-8")
    [fact] = run_json(capsys, "facts", str(path), "--json")["facts"]
    assert (fact["value"], fact["interval"]) == ("下下周三", None)


def test_streamed_json_reads_as_the_lists_would(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A fact said on every line is printed mention by mention (memory), and the JSON is the same."""
    from reader.cli import _print_json

    rows = [{"kind": "date", "mentions": [{"start": i, "end": i + 2} for i in range(3)], "n": None}]
    _print_json({"facts": iter([{**rows[0], "mentions": iter(rows[0]["mentions"])}])})
    streamed = capsys.readouterr().out
    _print_json({"facts": rows})
    assert streamed == capsys.readouterr().out
    assert json.loads(streamed) == {"facts": rows}

    many = tmp_path / "today.txt"
    many.write_text("".join(f"第{i}行，今天天气很好。\n" for i in range(300)), encoding="utf-8")
    assert main(["inspect", str(many), "--json"]) == 0
    facts = json.loads(capsys.readouterr().out)["facts"]
    today = [f for f in facts if f["text"] == "今天"]
    assert len(today) == 1 and len(today[0]["mentions"]) == 300
    assert [m["start"] for m in today[0]["mentions"]] == sorted(m["start"] for m in today[0]["mentions"])
