"""A rule that raises loses the facts of the sentences it fails on, not the article's.

The failing rule is made by wrapping a real finder so that it raises on one word: the
rules are pure functions of the text, and no rule is known to raise today (when one is,
the tests that read its sentence fail, since warnings are errors there).
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

import reader.core.facts as facts_package
from reader.cli import main
from reader.core.facts import RuleFailed, extract_facts, facts_to_json
from reader.core.library.importing import Parsed, read_file
from reader.core.model import Article

TEXT = "2024年3月5日，张伟在北京开会，花了300元。6月1日发生爆炸，损失5000万元。8月9日复会。"


def _failing_on(word: str, finder: Any) -> Any:
    """``finder``, but raising on any text with ``word`` in it."""
    def find(folded: str, *args: Any) -> Any:
        if word in folded:
            raise ValueError(f"no rule for {word}")
        return finder(folded, *args)
    return find


def _values(article: Article, kind: str) -> list[str]:
    return [f["value"] for f in facts_to_json(extract_facts(article)) if f["kind"] == kind]


@pytest.fixture
def dates_fail_on_blast(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(facts_package, "find_dates", _failing_on("爆炸", facts_package.find_dates))


@pytest.mark.usefixtures("dates_fail_on_blast")
def test_a_failing_date_rule_loses_only_its_sentence() -> None:
    article = Article(text=TEXT, blocks=(), published=datetime(2024, 9, 1, 10))
    with pytest.warns(RuleFailed) as warned:
        dates = _values(article, "date")
    assert dates == ["2024-03-05", "2024-08-09"]  # 6月1日 is in the sentence the rule fails on
    assert "ValueError: no rule for 爆炸" in str(warned[0].message)
    assert "1 sentence (at 25)" in str(warned[1].message)
    with pytest.warns(RuleFailed):
        money = _values(article, "money")
    assert money == ["300 CNY", "50000000 CNY"]  # the amounts' rule did not fail: all are there


def test_a_rule_failing_on_the_whole_text_only_finds_every_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    """A failure that needs the whole text (here: its length) loses nothing read sentence by sentence."""
    article = Article(text=TEXT, blocks=(), published=datetime(2024, 9, 1, 10))
    expected = _values(article, "person")
    find_entities = facts_package.find_entities
    monkeypatch.setattr(facts_package, "find_entities",
                        lambda folded, art: find_entities(folded, art) if len(folded) < 30 else 1 / 0)
    with pytest.warns(RuleFailed, match="ZeroDivisionError"):
        assert _values(article, "person") == expected == ["张伟"]


@pytest.mark.usefixtures("dates_fail_on_blast")
def test_the_command_line_names_the_file_and_gives_the_rest(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert main(["facts", str(path), "--json", "--reference-date", "2024-09-01"]) == 0
    out, err = capsys.readouterr()
    dates = [f["value"] for f in json.loads(out)["facts"] if f["kind"] == "date"]
    assert dates == ["2024-03-05", "2024-08-09"]
    assert err.startswith(f"reader: {path}: a rule finding dates failed (ValueError")
    assert len(err.splitlines()) == 2


@pytest.mark.usefixtures("dates_fail_on_blast")
def test_the_library_still_takes_the_file(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    with pytest.warns(RuleFailed):
        parsed = read_file(str(path))
    assert isinstance(parsed, Parsed)  # it was a Failed: the file was refused
