"""Three more date parsers' Chinese tests as gold for dates, read from their snapshots.

- scrapinghub/dateparser (BSD-3-Clause), the Python library: its Chinese test strings in
  ``tests/test_date_parser.py`` (whole dates and clock times), ``tests/test_freshness_date_parser.py``
  (N 天前 / N 个月后 ..., relative to 2014-09-01 10:30, also a bare duration such as 1年2个月,
  which dateparser reads as that long ago) and ``tests/test_search.py`` (a date in a sentence).
  Only strings the tests file under Chinese (zh, zh-Hans, zh-Hant, yue), not the Japanese ones.
- olebedev/when (Apache-2.0), the Go library: the fixtures of ``rules/zh/*_test.go``, each a
  sentence, the phrase it must find and the moment as a duration from Monday 2022-03-14 00:00.
- kamelliao/dateparser-tw (MIT, as its pyproject.toml says), a Python parser for Taiwan's
  Chinese: the parametrized strings of ``tests/test_*.py`` with a base time and the moment
  (or only the year) expected, read with ``ast`` (nothing of it is run).

None was written for news or by us: a third check beside Duckling's corpus and chrono's
tests, with conventions of its own (see the README). Nothing of them is copied here: the
cases are read from the snapshot paths given on the command line.

A case counts when a date fact covers the phrase the suite expects (the whole string when it
names none) and its first moment agrees with the expected one on the parts the case settles:
the day when the expected moment is a midnight, the minute otherwise; for dateparser's
"N units ago/later" the parts down to the smallest unit named (year; month; day for days and
weeks; minute for hours, minutes and seconds, where a span of under an hour holding the
moment also counts, as Reader may give the hour).
"""

from __future__ import annotations

import ast
import re
import subprocess
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

PARTS = ("year", "month", "day", "hour", "minute")

Case = tuple[str, str, datetime, "str | None", datetime, tuple[str, ...]]
"""(source, sentence, reference moment, phrase or None, expected first moment, parts to agree on)."""

_CJK = re.compile(r"[\u4e00-\u9fff]")
_CHINESE_LABEL = re.compile(r"#\s*(chinese|zh|yue)\b", re.I)
_LABEL = re.compile(r"^\s*#\s*(.+)$", re.M)


def _show(snapshot: Path, path: str) -> str:
    """A file of a git directory or of a work tree."""
    if (snapshot / path).is_file():
        return (snapshot / path).read_text(encoding="utf-8")
    return subprocess.run(["git", "-C", str(snapshot), "show", f"HEAD:{path}"],
                          capture_output=True, text=True, check=True).stdout


def _ls(snapshot: Path, folder: str) -> list[str]:
    if (snapshot / folder).is_dir():
        return sorted(str(p.relative_to(snapshot)) for p in (snapshot / folder).iterdir())
    return subprocess.run(["git", "-C", str(snapshot), "ls-tree", "-r", "--name-only", "HEAD", folder],
                          capture_output=True, text=True, check=True).stdout.split()


def _parts(moment: datetime) -> tuple[str, ...]:
    return PARTS[:3] if (moment.hour, moment.minute) == (0, 0) else PARTS


def _add_months(moment: datetime, n: int) -> datetime:
    y, m = divmod(moment.month - 1 + n, 12)
    day = min(moment.day, [31, 29 if (moment.year + y) % 4 == 0 else 28, 31, 30, 31, 30,
                           31, 31, 30, 31, 30, 31][m])
    return moment.replace(year=moment.year + y, month=m + 1, day=day)


def _chinese(source: str, position: int) -> bool:
    """Whether the last comment before ``position`` files the case under Chinese."""
    labels = [m.group(0) for m in _LABEL.finditer(source, 0, position)]
    return bool(labels) and bool(_CHINESE_LABEL.search(labels[-1]))


# ---- dateparser

_ABSOLUTE = re.compile(r'param\(\s*"([^"]+)",\s*datetime\(([\d,\s]+)\)\s*\)')
_RELATIVE = re.compile(r'param\(\s*"([^"]+)",\s*(ago|in_future)=\{([^}]*)\},\s*period="(\w+)"', re.S)
_SEARCH = re.compile(r'param\(\s*"zh",\s*"([^"]+)",\s*\[\("([^"]+)",\s*datetime\.datetime\(([\d,\s]+)\)\)\],\s*'
                     r'settings=\{"RELATIVE_BASE":\s*datetime\.datetime\(([\d,\s]+)\)\}', re.S)
_FRESH_NOW = re.compile(r"self\.now = datetime\(([\d,\s]+)\)")
_UNIT_PARTS = {"years": 1, "months": 2, "weeks": 3, "days": 3, "hours": 5, "minutes": 5, "seconds": 5}


def _moment(text: str) -> datetime:
    """``datetime(2014, 9, 1, 10, 30)``'s arguments as a moment."""
    n = [int(a) for a in text.split(",") if a.strip()] + [0] * 6
    return datetime(n[0], n[1], n[2], n[3], n[4], n[5])


def dateparser_cases(snapshot: Path) -> list[Case]:
    cases: list[Case] = []
    seen: set[tuple[str, datetime]] = set()

    def add(sentence: str, reference: datetime, phrase: str | None, want: datetime, parts: tuple[str, ...]) -> None:
        if (sentence, want) not in seen:
            seen.add((sentence, want))
            cases.append(("dateparser", sentence, reference, phrase, want, parts))

    source = _show(snapshot, "tests/test_date_parser.py")
    for match in _ABSOLUTE.finditer(source):
        text, numbers = match.groups()
        if _CJK.search(text) and _chinese(source, match.start()):
            want = _moment(numbers)
            add(text, datetime(2012, 11, 13), None, want, _parts(want))  # the tests' "today"
    source = _show(snapshot, "tests/test_freshness_date_parser.py")
    now = _moment(_FRESH_NOW.search(source).group(1))  # type: ignore[union-attr]
    for match in _RELATIVE.finditer(source):
        text, way, amounts, _period = match.groups()
        if not (_CJK.search(text) and _chinese(source, match.start())):
            continue
        units = {k: int(v) for k, v in re.findall(r'"(\w+)":\s*(\d+)', amounts)}
        sign = -1 if way == "ago" else 1
        want = _add_months(now, sign * (12 * units.get("years", 0) + units.get("months", 0)))
        want += sign * timedelta(weeks=units.get("weeks", 0), days=units.get("days", 0),
                                 hours=units.get("hours", 0), minutes=units.get("minutes", 0),
                                 seconds=units.get("seconds", 0))
        add(text, now, None, want, PARTS[: max(_UNIT_PARTS[u] for u in units)])
    source = _show(snapshot, "tests/test_search.py")
    for match in _SEARCH.finditer(source):
        sentence, phrase, numbers, base = match.groups()
        want = _moment(numbers)
        add(sentence, _moment(base), phrase, want, _parts(want))
    return cases


# ---- when

_FIXTURE = re.compile(r'\{"([^"]*)",\s*(\d+),\s*"([^"]*)",\s*([^\n]+?)\},\s*\n')
_NOW = re.compile(r"var now = time\.Date\((\d+), time\.(\w+), (\d+), (\d+), (\d+), (\d+)")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")
_ADD_DATE = re.compile(r"now\.AddDate\((-?\d+),\s*(-?\d+),\s*(-?\d+)\)\.Sub\(now\)")


def _go_duration(expression: str, now: datetime) -> timedelta:
    """A Go duration expression of the fixtures: products and sums of time.Hour/Minute."""
    added = _ADD_DATE.fullmatch(expression.strip())
    if added:
        y, m, d = map(int, added.groups())
        return _add_months(now, 12 * y + m) + timedelta(days=d) - now
    arithmetic = expression.replace("time.Hour", "3600").replace("time.Minute", "60")
    if not re.fullmatch(r"[\d\s()+\-*]+", arithmetic):
        raise ValueError(expression)
    return timedelta(seconds=eval(arithmetic, {}))  # noqa: S307 (digits and + - * only)


def when_cases(snapshot: Path) -> list[Case]:
    common = _show(snapshot, "rules/zh/zh_test.go")
    year, month, day, hour, minute, second = _NOW.search(common).groups()  # type: ignore[union-attr]
    now = datetime(int(year), _MONTHS.index(month) + 1, int(day), int(hour), int(minute), int(second))
    cases: list[Case] = []
    for path in _ls(snapshot, "rules/zh"):
        if not path.endswith("_test.go"):
            continue
        for test in re.split(r"\nfunc ", _show(snapshot, path)):
            if "ApplyFixtures(" not in test:
                continue  # the Nil fixtures: strings that must give nothing
            for text, _index, phrase, diff in _FIXTURE.findall(test):
                want = now + _go_duration(diff, now)
                cases.append(("when", text, now, phrase, want, _parts(want)))
    return cases


# ---- dateparser-tw

_BASETIME = re.compile(r'basetime=(?:arrow\.get\()?"([^"]+)"')
_ARROW = re.compile(r'==\s*arrow\.get\("([^"]+)"\)')


def _parametrized(function: ast.FunctionDef) -> list[dict[str, Any]]:
    """The rows pytest would give a test: the product of its ``parametrize`` decorators."""
    rows: list[dict[str, Any]] = [{}]
    for decorator in function.decorator_list:
        if not (isinstance(decorator, ast.Call) and ast.unparse(decorator.func).endswith("parametrize")):
            continue
        names = [n.strip() for n in ast.literal_eval(decorator.args[0]).split(",")]
        values = [v if len(names) > 1 else (v,) for v in ast.literal_eval(decorator.args[1])]
        rows = [{**row, **dict(zip(names, v, strict=True))} for row in rows for v in values]
    return rows


def dateparser_tw_cases(snapshot: Path) -> list[Case]:
    cases: list[Case] = []
    for path in _ls(snapshot, "tests"):
        if not re.search(r"/test_\w+\.py$", path):
            continue
        source = _show(snapshot, path)
        for function in ast.walk(ast.parse(source)):
            if not (isinstance(function, ast.FunctionDef) and function.name.startswith("test_")):
                continue
            body = ast.get_source_segment(source, function) or ""
            base, expected = _BASETIME.search(body), _ARROW.search(body)
            for row in _parametrized(function):
                if "target" not in row:
                    continue
                reference = datetime.fromisoformat(base.group(1) if base else row["basetime"])
                if "res.year == expected" in body:
                    cases.append(("dateparser-tw", row["target"], reference, None,
                                  datetime(int(row["expected"]), 1, 1), ("year",)))
                    continue
                want = datetime.fromisoformat(expected.group(1) if expected else row["expected"])
                cases.append(("dateparser-tw", row["target"], reference, None, want, _parts(want)))
    return cases


# ---- scoring


def agrees(first: datetime, last: datetime, want: datetime, parts: tuple[str, ...]) -> bool:
    if all(getattr(first, p) == getattr(want, p) for p in parts):
        return True
    return "hour" in parts and first <= want <= last and last - first < timedelta(hours=1)


def score(cases: list[Case], dates_of: Any) -> tuple[int, list[str]]:
    """How many cases ``dates_of(sentence, reference, phrase)`` gets right, and the failing
    strings; it returns [(phrase, first, last)]. A found phrase must hold the expected one."""
    passed, failed = 0, []
    for _, sentence, reference, phrase, want, parts in cases:
        expected = phrase or sentence
        found = dates_of(sentence, reference, phrase)
        if any(expected in text and agrees(a, b, want, parts) for text, a, b in found):
            passed += 1
        else:
            failed.append(sentence)
    return passed, failed
