"""``reader words``: the shown text's words with offsets and readings, and ``--lookup``."""

from __future__ import annotations

import json

import pytest

from reader.__main__ import SUBCOMMANDS
from reader.cli import COMMANDS, main
from tests.conftest import SEED


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_words_json_offsets_point_into_the_shown_text(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "words", str(SEED), "--variant", "hk", "--json")
    assert code == 0
    data = json.loads(out)
    _, text_out, _ = _run(capsys, "convert", str(SEED), "--to", "hk")
    text = text_out[:-1]
    assert data["variant"] == "hk" and data["count"] == len(data["words"]) and data["typography"] is False
    for row in data["words"]:
        assert text[row["start"] : row["end"]] == row["text"]
        assert set(row) >= {"text", "start", "end", "pinyin", "jyutping", "definitions"}
    front = next(r for r in data["words"] if r["text"] == "統一戰線")
    assert front["pinyin"] == "tǒng yī zhàn xiàn" and "united front" in front["definitions"]


def test_words_csv_and_lookup(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "words", str(SEED), "--csv")
    assert code == 0 and out.splitlines()[0] == "text,start,end,pinyin,jyutping,definitions"
    code, out, _ = _run(capsys, "words", "--lookup", "行长", "--json")
    data = json.loads(out)
    assert code == 0 and data["pinyin"] == "háng zhǎng" and data["traditional"] == "行長"
    assert data["definitions"] == ["bank president"] and data["jyutping"]


def test_words_needs_a_file_or_a_lookup(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "words")
    assert code == 2 and "--lookup" in err
    code, _, err = _run(capsys, "words", "/no/such/file.txt")
    assert code == 2 and "no such file" in err


def test_words_is_a_listed_subcommand() -> None:
    assert "words" in SUBCOMMANDS and "words" in COMMANDS
