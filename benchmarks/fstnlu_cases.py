"""y00281951/fst-time-nlu's Chinese ground truth as gold for dates, read from a snapshot.

fst-time-nlu (Apache-2.0, its LICENSE) is a rule-based time extractor for a phone
assistant. Its ground truth (``src/chinese/test/groundtruth_utc.jsonl`` and
``groundtruth_utc_test.jsonl``) gives, for each query, every time it expects as a list of
``[start]`` (a moment) or ``[start, end]`` (a span, end inclusive, whole days ending at
23:59:59), counted from the query's ``metadata`` moment (written with a ``Z``, read as local
time). About a sixth of the queries expect no time at all (身份证号140302197706220124,
有十分之一的概率): they score the dates Reader must not find.

It was written for spoken queries, not news, and its conventions show: a part of the day
alone is a span (昨天下半夜 03:00–06:00), 最近3天 runs back from the very moment, a
holiday alone is the one before the reference, and a few rows disagree with themselves
(明天一两点 has its two o'clock on today). It is used to find classes of failure and to
count the dates Reader finds where there are none, not as a target to fit.

A case counts when Reader's date facts over the whole query match the gold one for one:
a gold moment by Reader's first moment, a gold span by Reader's first and last moments,
each to the minute; a query with no gold time counts when Reader finds no date. Queries
that appear in both files are read once. Nothing of it is copied here: the cases are read
from the snapshot path given on the command line.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from parsers_cases import _show

FILES = ("src/chinese/test/groundtruth_utc.jsonl", "src/chinese/test/groundtruth_utc_test.jsonl")

Span = tuple[datetime, datetime | None]
Case = tuple[str, datetime, tuple[Span, ...]]
"""(query, reference moment, expected spans: (start, end) or (moment, None))."""

Found = list[tuple[str, datetime, datetime]]


def _moment(text: str) -> datetime:
    return datetime.fromisoformat(text.rstrip("Z")).replace(second=0, microsecond=0)


def fstnlu_cases(snapshot: Path) -> list[Case]:
    """Every query of the two ground-truth files, in file order, each once."""
    cases, seen = [], set()
    for path in FILES:
        for line in _show(snapshot, path).splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            query = row["query"].strip()
            if query in seen:
                continue
            seen.add(query)
            try:
                spans = tuple((_moment(r[0]), _moment(r[1]) if len(r) > 1 else None)
                              for r in row["datetime_result"])
            except ValueError:  # a year Python's dates cannot hold (公元前, far ahead): left out
                continue
            cases.append((query, _moment(row["metadata"]), spans))
    return cases


def _agrees(span: Span, first: datetime, last: datetime) -> bool:
    start, end = span
    first = first.replace(second=0, microsecond=0)
    last = last.replace(second=0, microsecond=0)
    return first == start and (end is None or last == end)


def matches(spans: tuple[Span, ...], found: Found) -> bool:
    """Gold and found agree one for one (in any order)."""
    if len(spans) != len(found):
        return False
    left = list(found)
    for span in spans:
        hit = next((f for f in left if _agrees(span, f[1], f[2])), None)
        if hit is None:
            return False
        left.remove(hit)
    return True


def score(cases: list[Case], dates_of: Callable[[str, datetime, str | None], Found]) -> tuple[int, list[str]]:
    """How many cases ``dates_of(query, reference, None)`` gets right, and the failing queries."""
    passed, failed = 0, []
    for query, reference, spans in cases:
        if matches(spans, dates_of(query, reference, None)):
            passed += 1
        else:
            failed.append(query)
    return passed, failed
