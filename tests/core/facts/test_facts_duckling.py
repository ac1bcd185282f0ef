"""Duckling's Chinese corpora as a peer test set for date, money and numeral normalisation.

Each phrase is an article of its own, published at Duckling's reference time;
it passes when one fact of the right kind spans the whole phrase with the
expected value. Pass rates are printed; the floors are the rates measured when
the rules were written. Out of reach by design: holidays (religious calendars),
bare weekdays (Duckling looks ahead, news looks back), "now" words, and
under/above amounts.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from decimal import Decimal
from typing import Any

import pytest

from reader.core.facts import FactKind, extract_facts
from reader.core.facts.numerals import format_decimal, parse_number
from reader.core.model import Article
from reader.core.script.fold import fold
from tests.conftest import shared_path

REFERENCE = datetime(2013, 2, 12, 4, 30)
TIME_FILES = ("time_zh", "time_zh_CN", "time_zh_HK", "time_zh_MO", "time_zh_TW")
FLOORS = {"date": 0.36, "date (no holidays)": 0.50, "money": 0.30, "numeral": 0.75}
_GRAIN_LENGTH = {"Year": 4, "Month": 7, "Day": 10, "Hour": 16, "Minute": 16, "Second": 19}


def _corpus(name: str) -> list[dict[str, Any]]:
    path = shared_path("data", "duckling-zh", f"{name}.json")
    examples: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))["examples"]
    return examples


def _found(text: str, kind: FactKind) -> set[str]:
    """Values of the facts of ``kind`` that span the whole phrase."""
    facts = extract_facts(Article(text=text, blocks=(), published=REFERENCE))
    return {f.value for f in facts if f.kind is kind and (f.start, f.end) == (0, len(text))}


def _iso(stamp: str, grain: str) -> str:
    """Duckling's timestamp at its grain, in our value format."""
    if grain == "Week":
        year, week, _ = datetime.fromisoformat(stamp).isocalendar()
        return f"{year}-W{week:02d}"
    return stamp[: _GRAIN_LENGTH[grain]]


def _expected_date(example: dict[str, Any]) -> str:
    grain = example["grain"]
    if "value" in example:
        return _iso(example["value"], grain)
    return f"{_iso(example['from'], grain)}/{_iso(example['to'], grain)}"


def _expected_money(expr: str) -> set[str]:
    """'simple Dollar 7' → {'7 CNY', '7 HKD'}: Duckling's generic dollar is our 元 or 蚊."""
    kind, unit, amount = re.match(r"(\w+) (\w+) \(?([\d., ]+)\)?", expr).groups()  # type: ignore[union-attr]
    numbers = [Decimal(a) for a in amount.split(",")]
    if unit == "Cent":
        numbers, unit = [n / 100 for n in numbers], "Dollar"
    text = "-".join(format_decimal(n) for n in numbers)
    codes = ("CNY", "HKD") if unit == "Dollar" else (unit,)
    return {f"{text} {code}" for code in codes} if kind in ("simple", "between") else set()


def _report(
    name: str, passed: int, total: int, failures: list[str], capsys: pytest.CaptureFixture[str]
) -> float:
    rate = passed / total
    with capsys.disabled():
        print(f"\nduckling {name}: {passed}/{total} = {rate:.1%}; e.g. failing: {failures[:12]}")
    return rate


def test_dates_and_times(capsys: pytest.CaptureFixture[str]) -> None:
    results: dict[str, list[tuple[bool, str]]] = {"date": [], "date (no holidays)": []}
    for name in TIME_FILES:
        for example in _corpus(name):
            want = _expected_date(example)
            for text in example["inputs"]:
                ok = want in _found(text, FactKind.DATE)
                results["date"].append((ok, text))
                if "holiday" not in example:
                    results["date (no holidays)"].append((ok, text))
    for label, rows in results.items():
        failures = [t for ok, t in rows if not ok]
        rate = _report(label, len(rows) - len(failures), len(rows), failures, capsys)
        assert rate >= FLOORS[label]


def test_money(capsys: pytest.CaptureFixture[str]) -> None:
    rows = [
        (bool(_expected_money(e["expected_expr"]) & _found(t, FactKind.MONEY)), t)
        for e in _corpus("amount_of_money_zh")
        for t in e["inputs"]
    ]
    failures = [t for ok, t in rows if not ok]
    assert (
        _report("money", len(rows) - len(failures), len(rows), failures, capsys) >= FLOORS["money"]
    )


def test_numerals(capsys: pytest.CaptureFixture[str]) -> None:
    rows = []
    for example in _corpus("numeral_zh"):
        want = Decimal(re.search(r"-?[\d.]+", example["expected_expr"]).group())  # type: ignore[union-attr]
        rows.extend((parse_number(fold(t).replace(" ", "")) == want, t) for t in example["inputs"])
    failures = [t for ok, t in rows if not ok]
    assert (
        _report("numeral", len(rows) - len(failures), len(rows), failures, capsys)
        >= FLOORS["numeral"]
    )
