"""BZHDZNJJ/zh-time-parser's tests as gold for dates, read from a snapshot.

zh-time-parser (MIT, its LICENSE) turns Chinese time phrases into ranges and moments for
agents, reports and NL2SQL. Its pytest files (``tests/test_*.py``) call
``extract_date_range_v2`` / ``extract_date_range`` (a range of days) and
``extract_datetime_point`` / ``extract_datetime_range`` (a moment) on a string with a fixed
``today`` (a module constant such as ``FIXED_TODAY = datetime(2026, 5, 24)``, or a fixture of
``tests/conftest.py``), then assert the start (``r.start == "2026-04-01"``, ``(r.start, r.end)
== (...)``, ``start, end = extract_date_range(...)``, ``result.datetime == expected`` with
``parametrize`` rows, a ``for`` over a list of strings). Those asserted starts are the gold;
read with ``ast``, nothing of it is run. Calls with another week start (``week_start=``),
without a fixed today, or asserting no date are left out, as are strings opening on 截至 or 到
(an open range has no first day, whatever start the suite gives it) and the other entry
points (comparisons, selectors, boundaries: not dates).

It was written for queries, not news, and its conventions show: 这个月 and 今年 run to today,
最近7天 ends today, a part of the day alone is a moment (昨晚 20:00, 今早 08:00). Only the start
is scored, so a range's first day still says whether the phrase was read. Nothing of it is
copied here: the cases are read from the snapshot path given on the command line.

The suite names no phrase, and many strings have words around the time (上月数据, 帮我查一下
最近3天的数据), so, as for chrono's cases without a phrase, a case counts when any date fact
Reader finds in the string has a first moment agreeing with the start: the day for a range;
for a moment, down to the minute, or, when the string names no clock time (昨晚, 明早), the
moment falling in Reader's span of that day.
"""

from __future__ import annotations

import ast
import contextlib
import re
from datetime import datetime
from pathlib import Path
from typing import Any

from parsers_cases import PARTS, Case, _ls, _show

_RANGE = {"extract_date_range", "extract_date_range_v2"}
_MOMENT = {"extract_datetime_point", "extract_datetime_range"}
_OPEN = re.compile(r"截至|到")
"""An open range (截至12月底, 到2027年末): it has no first day, whatever the suite's start says."""
_CLOCK = re.compile(r"[\d零一二三四五六七八九十两]\s*[点點时時:：]|[:：]\d")


class _Skip(Exception):
    """An expression the reader does not work out (not a literal, a datetime or a known name)."""


def _value(node: ast.expr, names: dict[str, Any]) -> Any:
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Name) and node.id in names:
        return names[node.id]
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "datetime":
        return datetime(*[_value(a, names) for a in node.args])
    if isinstance(node, ast.Tuple | ast.List):
        return tuple(_value(e, names) for e in node.elts)
    raise _Skip


def _anchors(snapshot: Path) -> dict[str, datetime]:
    """The fixtures of ``tests/conftest.py`` that return a datetime."""
    anchors = {}
    for function in ast.parse(_show(snapshot, "tests/conftest.py")).body:
        if isinstance(function, ast.FunctionDef):
            for node in ast.walk(function):
                if isinstance(node, ast.Return) and node.value is not None:
                    with contextlib.suppress(_Skip, TypeError):
                        anchors[function.name] = _value(node.value, {})
    return anchors


def _rows(function: ast.FunctionDef, names: dict[str, Any]) -> list[dict[str, Any]]:
    """The rows pytest would give a test: the product of its ``parametrize`` decorators."""
    rows: list[dict[str, Any]] = [{}]
    for decorator in function.decorator_list:
        if not (isinstance(decorator, ast.Call) and ast.unparse(decorator.func).endswith("parametrize")):
            continue
        keys = _value(decorator.args[0], names)
        keys = [k.strip() for k in keys.split(",")] if isinstance(keys, str) else list(keys)
        values = [v if len(keys) > 1 else (v,) for v in _value(decorator.args[1], names)]
        rows = [{**row, **dict(zip(keys, v, strict=True))} for row in rows for v in values]
    return rows


class _Reader:
    """Walks a test's statements in order, pairing each call with the starts asserted of it."""

    def __init__(self) -> None:
        self.found: list[tuple[str, datetime, str, str]] = []  # (string, today, kind, start)

    def call(self, node: ast.expr, names: dict[str, Any]) -> tuple[str, datetime, str] | None:
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            return None
        kind = "range" if node.func.id in _RANGE else "moment" if node.func.id in _MOMENT else None
        keywords = {k.arg: k.value for k in node.keywords}
        if kind is None or not node.args or set(keywords) - {"today"}:
            return None
        today = keywords.get("today") or (node.args[1] if len(node.args) > 1 else None)
        try:
            text, moment = _value(node.args[0], names), _value(today, names) if today else None
        except _Skip:
            return None
        if not isinstance(text, str) or not isinstance(moment, datetime):
            return None
        return text, moment, kind

    def block(self, statements: list[ast.stmt], names: dict[str, Any], calls: dict[str, Any]) -> None:
        for statement in statements:
            if isinstance(statement, ast.Assign):
                self.assign(statement, names, calls)
            elif isinstance(statement, ast.Assert):
                self.check(statement.test, names, calls)
            elif isinstance(statement, ast.For) and isinstance(statement.target, ast.Name):
                try:
                    items = _value(statement.iter, names)
                except _Skip:
                    continue
                for item in items:
                    self.block(statement.body, {**names, statement.target.id: item}, dict(calls))

    def assign(self, statement: ast.Assign, names: dict[str, Any], calls: dict[str, Any]) -> None:
        made = self.call(statement.value, names)
        target = statement.targets[0]
        if isinstance(target, ast.Name):
            calls[target.id] = made
        elif isinstance(target, ast.Tuple) and made and isinstance(target.elts[0], ast.Name):
            calls[target.elts[0].id] = ("start", made)  # start, end = extract_date_range(...)

    def check(self, test: ast.expr, names: dict[str, Any], calls: dict[str, Any]) -> None:
        if not (isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], ast.Eq)):
            return
        left, right = test.left, test.comparators[0]
        if isinstance(left, ast.Tuple) and left.elts:
            left = left.elts[0]
            right = right.elts[0] if isinstance(right, ast.Tuple) else ast.Subscript(right, ast.Constant(0))
        try:
            want = _value(right, names) if not isinstance(right, ast.Subscript) else _value(right.value, names)[0]
        except (_Skip, TypeError, IndexError):
            return
        made = None
        if isinstance(left, ast.Attribute) and left.attr in ("start", "datetime") and isinstance(left.value, ast.Name):
            made = calls.get(left.value.id)
        elif isinstance(left, ast.Name) and isinstance(calls.get(left.id), tuple) and calls[left.id][0] == "start":
            made = calls[left.id][1]
        if made and isinstance(want, str) and re.match(r"\d{4}-\d\d-\d\d", want):
            self.found.append((made[0], made[1], made[2], want))


def _read_module(source: str, anchors: dict[str, datetime], reader: _Reader) -> None:
    """The test functions of one file, with its module constants and the conftest's anchors."""
    module = ast.parse(source)
    constants: dict[str, Any] = {}
    for node in module.body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            with contextlib.suppress(_Skip, TypeError):
                constants[node.targets[0].id] = _value(node.value, constants)
    for function in ast.walk(module):
        if isinstance(function, ast.FunctionDef) and function.name.startswith("test_"):
            try:
                rows = _rows(function, constants)
            except (_Skip, TypeError, ValueError):
                continue  # rows built by code, not written out
            for row in rows:
                reader.block(function.body, {**constants, **anchors, **row}, {})


def zhtimeparser_cases(snapshot: Path) -> list[Case]:
    """Every asserted start, file by file in name order, then as written; repeats once."""
    anchors = _anchors(snapshot)
    reader = _Reader()
    for path in _ls(snapshot, "tests"):
        if re.search(r"/test_\w+\.py$", path):
            _read_module(_show(snapshot, path), anchors, reader)
    cases: list[Case] = []
    seen = set()
    for text, today, kind, start in reader.found:
        if (text, today, start) in seen or _OPEN.match(text):
            continue
        seen.add((text, today, start))
        want = datetime.fromisoformat(start)
        parts = PARTS[:3] if kind == "range" or len(start) == 10 else PARTS
        cases.append(("zh-time-parser", text, today, None, want, parts))
    return cases


def agrees(text: str, first: datetime, last: datetime, want: datetime, parts: tuple[str, ...]) -> bool:
    """See the module: the parts, or a moment of a phrase without a clock time inside the span."""
    if all(getattr(first, p) == getattr(want, p) for p in parts):
        return True
    return "hour" in parts and not _CLOCK.search(text) and first <= want <= last and first.date() == last.date()


def score(cases: list[Case], dates_of: Any) -> tuple[int, list[str]]:
    """How many cases ``dates_of(sentence, reference, None)`` gets right, and the failing strings
    (it returns [(phrase, first, last)]; any of them may agree, see the module)."""
    passed, failed = 0, []
    for _, sentence, reference, _phrase, want, parts in cases:
        found = dates_of(sentence, reference, None)
        if any(agrees(sentence, a, b, want, parts) for _, a, b in found):
            passed += 1
        else:
            failed.append(sentence)
    return passed, failed
