"""wanasit/chrono's Chinese test cases (MIT) as gold for dates, read from a snapshot.

chrono is the date parser of many JavaScript apps; its tests for simplified and traditional
Chinese (``test/zh/``, Cantonese among them: 聽晚, 朝早, 晏晝) give a sentence, a reference
moment, the phrase it must find and the parts of the moment it must give (year, month, day,
hour, minute). None of them was written for news or by us, which makes them a second, small
check on the Duckling suite, with other conventions again.

Where a phrase says no clock time, chrono fills in an hour of its own (12:00 for a day, 22:00
for 今晚, 15:00 for 下午): such an hour counts when it falls in the span Reader gives; a
phrase with a clock time must start at it. A phrase counts when a date fact covers exactly
the phrase chrono expects (when it says one) and its first moment agrees on every part.
"""

from __future__ import annotations

import re
import subprocess
from datetime import datetime
from pathlib import Path
from typing import Any

_CASE = re.compile(
    r'testSingleCase\(chrono\.zh(?:\.han[st])?,\s*"([^"]+)",\s*new Date\(([^)]*)\)(.*?)\n    \}\);', re.S
)
_PART = re.compile(r'result\.(start|end)\.get\("(\w+)"\)\)\.toBe\((-?\d+)\)')
_PHRASE = re.compile(r'result\.text\)\.toBe\("([^"]+)"\)')
_EXPECTED = re.compile(r"const expectDate = new Date\(([^)]*)\)")
_CLOCK = re.compile(r"[\d零一二三四五六七八九十两兩廿]\s*[点點时時:：]|[:：]\d")
_PARTS = ("year", "month", "day", "hour", "minute")

Case = tuple[str, str, datetime, "str | None", dict[tuple[str, str], int]]
"""(test file, sentence, reference moment, phrase or None, {(start|end, part): value})."""


def _js_date(arguments: str) -> list[int] | None:
    """``new Date(2012, 7, 10, 12)``'s numbers, the month counted from one."""
    numbers = [int(eval(a, {})) for a in arguments.split(",") if a.strip()]  # noqa: S307 (digits and -)
    if not numbers:
        return None
    numbers[1] += 1
    return (numbers + [0] * 6)[:6]


def _files(snapshot: Path) -> dict[str, str]:
    """The test files of ``test/zh`` from a git directory or a work tree."""
    tree = snapshot / "test" / "zh"
    if tree.is_dir():
        return {p.name: p.read_text(encoding="utf-8") for p in sorted(tree.rglob("*.test.ts"))}
    git = ["git", "-C", str(snapshot)]
    names = subprocess.run([*git, "ls-tree", "-r", "--name-only", "HEAD", "test/zh"],
                           capture_output=True, text=True, check=True).stdout.split()
    return {n.rsplit("/", 1)[-1]: subprocess.run([*git, "show", f"HEAD:{n}"], capture_output=True,
                                                 text=True, check=True).stdout for n in names}


def chrono_cases(snapshot: Path) -> list[Case]:
    cases = []
    for name, source in _files(snapshot).items():
        for match in _CASE.finditer(source):
            sentence, reference, body = match.groups()
            moment = _js_date(reference)
            if moment is None:
                continue  # a test of "now", which has no fixed answer
            want = {(side, part): int(value) for side, part, value in _PART.findall(body) if part in _PARTS}
            expected = _EXPECTED.search(body)
            if not any(side == "start" for side, _ in want) and expected:
                numbers = _js_date(expected.group(1)) or []
                given = len([a for a in expected.group(1).split(",") if a.strip()])
                want.update({("start", p): v for p, v in zip(_PARTS, numbers[: max(3, given)], strict=False)})
            phrase = _PHRASE.search(body)
            cases.append((name, sentence, datetime(*moment), phrase.group(1) if phrase else None, want))
    return cases


def agrees(first: datetime, last: datetime, phrase: str, want: dict[tuple[str, str], int]) -> bool:
    """Whether Reader's span [first, last] gives the moment's asserted parts (see the module)."""
    clock = bool(_CLOCK.search(phrase))
    for (side, part), value in want.items():
        moment = first if side == "start" else last
        if part == "hour" and not clock:
            if not first.hour <= value <= last.hour and first.date() == last.date():
                return False
            continue
        if part == "minute" and not clock:
            continue
        if getattr(moment, part) != value:
            return False
    return True


def score(cases: list[Case], dates_of: Any) -> tuple[int, list[str]]:
    """How many cases ``dates_of(sentence, reference, phrase)`` gets right, and the failing
    sentences; it returns [(phrase, first, last)]."""
    passed, failed = 0, []
    for _, sentence, reference, phrase, want in cases:
        found = dates_of(sentence, reference, phrase)
        text = phrase or sentence
        if any((phrase is None or t == phrase) and agrees(a, b, text, want) for t, a, b in found):
            passed += 1
        else:
            failed.append(sentence)
    return passed, failed
