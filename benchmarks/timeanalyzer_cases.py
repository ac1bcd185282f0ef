"""flickerlist/time-analyzer's Chinese tests as gold for dates, read from a snapshot.

time-analyzer (MIT, as ``javascript/package.json`` says; the repository has no LICENSE file)
is an ANTLR grammar for dates and times in English and Chinese, with a TypeScript parser. Its
Jest tests for Chinese (``javascript/__test/zh/*.spec.ts``) give a string, the phrase it must
find (``text``, inside ``fullText`` when there is one) and the moment expected, written either
as fields (``year``, ``month`` counted from zero, ``day``, ``hour``, ``minute``) or as steps
from the moment the tests run (``addYears: 1``, ``addWeeks: -2`` with ``weekDay: 5``, the week
starting on Monday, ``addHours: 3``), or, for a period, as the fields of its start, some of
them from ``getCurrentYear()``, ``new Date()`` moved by days, or the library's
``parseZhWeekValueToDate(weekday, weeks)``. Since the tests count from "now", the cases here
count from one fixed moment, ``REFERENCE`` (a Wednesday), and every step is taken from it as
the tests' own helper (``__test/utils.ts``) takes it from now: set the fields, then add.

None of it was written for news or by us: a fourth check beside Duckling's corpus, chrono's
tests and the three parsers of ``parsers_cases.py``, with its own conventions (本周五 and 周日
are this Monday-to-Sunday week's, past or not; a bare clock time is on the reference day).
Nothing of it is copied here: the cases are read from the snapshot path given on the command
line. The strings a test expects no date in (下下个月32号) are left out, as are the seconds.

A case counts as in ``parsers_cases.score``: a date fact holds the phrase and its first moment
agrees with the expected start on the parts the case settles (the day for a date, hour and
minute for a clock time alone, down to the minute for a date with its time, where a span of
under an hour holding the moment also counts).
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from pathlib import Path

from parsers_cases import PARTS, Case, _add_months, _ls, _show

REFERENCE = datetime(2022, 3, 16, 10, 30)
"""The moment the cases count from: a Wednesday, mid-month, in the week of the snapshot's last
commit (2022-03-13), so that no step crosses a month's end in a way JavaScript and Python
would settle differently."""

FOLDER = "javascript/__test/zh"
_TEST = re.compile(r"\btest\(\s*'[^']*',\s*\(\)\s*=>\s*\{")
_HELPER = re.compile(r"expect(Date|Time|DateTime)\(\{(.*?)\}\);", re.S)
_ENTRY = re.compile(r"^\s*(\w+)\s*(?::\s*('[^']*'|`[^`]*`|[^,/\n]+?))?\s*,?\s*(?://.*)?$", re.M)
_CONST = re.compile(r"const (\w+) = ('[^']*'|`[^`]*`|[^;\n]+);")
_SET_DATE = re.compile(r"(\w+)\.setDate\(\1\.getDate\(\) \+ (-?\d+)\)")
_START = re.compile(r"start:\s*\{(.*?)\}", re.S)
_FIELD = re.compile(r"(\w+):\s*([^,\n]+),")
_WEEK_PERIOD = re.compile(r"getWeekPeriod\((\d+),\s*\d+,\s*(-?\d+)")
_JS_PARTS = {"date": PARTS[:3], "time": PARTS[3:], "datetime": PARTS}


def _week_day(moment: datetime, weekday: int, weeks: int) -> datetime:
    """``parseZhWeekValueToDate``: weekday 1..7 (Monday..Sunday) of the moment's week, moved
    by whole weeks."""
    return moment + timedelta(days=weekday - moment.isoweekday() + 7 * weeks)


def _string(value: str, names: dict[str, str]) -> str:
    """A quoted or template string, ``${name}`` filled in, or the name of a string constant."""
    if value[0] in "'`":
        return re.sub(r"\$\{(\w+)\}", lambda m: names[m.group(1)], value[1:-1])
    return names[value]


def _helper_case(kind: str, body: str, names: dict[str, str]) -> tuple[str, str, datetime, tuple[str, ...]]:
    """``expectDate({...})`` and its kin, as __test/utils.ts reads them."""
    fields: dict[str, str] = {}
    for key, value in _ENTRY.findall(body):
        fields[key] = value.strip() if value else key  # `text,` is short for `text: text,`
    text = _string(fields.pop("text"), names)
    sentence = _string(fields.pop("fullText"), names) if "fullText" in fields else text
    numbers = {}
    for key, value in fields.items():
        if key == "weekStart":
            continue
        value = value.replace("getCurrentYear()", str(REFERENCE.year))
        if not re.fullmatch(r"[-\d\s+]+", value):
            raise ValueError(f"{key}: {value}")
        numbers[key] = eval(value, {})  # noqa: S307 (digits, + and - only)
    moment = REFERENCE.replace(second=0)
    if "year" in numbers:
        moment = moment.replace(year=numbers["year"])
    if "month" in numbers:
        moment = moment.replace(month=numbers["month"] + 1)
    if "day" in numbers:
        moment = moment.replace(day=numbers["day"])
    if "weekDay" in numbers:  # every case of the suite counts its week from Monday
        moment = _week_day(moment, numbers["weekDay"] or 7, 0)
    moment = moment.replace(hour=numbers.get("hour", moment.hour), minute=numbers.get("minute", moment.minute))
    moment = _add_months(moment, 12 * numbers.get("addYears", 0) + numbers.get("addMonths", 0))
    moment += timedelta(days=numbers.get("addDays", 0), weeks=numbers.get("addWeeks", 0),
                        hours=numbers.get("addHours", 0), minutes=numbers.get("addMinutes", 0))
    parts = _JS_PARTS[kind.lower()]
    if kind == "DateTime" and not {"hour", "minute", "addHours", "addMinutes"} & set(numbers):
        parts = PARTS[:3]
    return sentence, text, moment, parts


def _start_fields(block: str, start: str) -> dict[str, int]:
    """The numbers of a period's ``start: {...}``, its expressions worked out from REFERENCE."""
    dates = {name: REFERENCE + timedelta(days=int(days)) for name, days in _SET_DATE.findall(block)}
    for name, call in _CONST.findall(block):
        week_call = re.fullmatch(r"parseZhWeekValueToDate\((\d+),\s*(-?\d+)\)", call)
        if week_call:
            dates[name] = _week_day(REFERENCE, int(week_call.group(1)), int(week_call.group(2)))
        elif call == "new Date()":
            dates.setdefault(name, REFERENCE)
    values: dict[str, int] = {}
    for key, value in _FIELD.findall(start):
        if key == "valueType":
            continue
        value = value.strip().replace("getCurrentYear()", str(REFERENCE.year))
        member = re.fullmatch(r"(\w+)\.(getFullYear\(\)|getMonth\(\)|getDate\(\)|year|month|day)", value)
        if member:
            moment = dates[member.group(1)]
            values[key] = {"getFullYear()": moment.year, "year": moment.year, "getMonth()": moment.month - 1,
                           "month": moment.month - 1, "getDate()": moment.day, "day": moment.day}[member.group(2)]
        elif re.fullmatch(r"[-\d\s+]+", value):
            values[key] = eval(value, {})  # noqa: S307 (digits, + and - only)
        else:
            raise ValueError(f"{key}: {value}")
    return values


def _period_case(block: str, names: dict[str, str]) -> tuple[str, str, datetime, tuple[str, ...]] | None:
    """A period test: ``text`` (in ``fullText``) and the fields of its expected start."""
    if "text" not in names:
        return None
    text = names["text"]
    sentence = names.get("fullText", text)
    week = _WEEK_PERIOD.search(block)
    if week:
        weekday, weeks = int(week.group(1)), int(week.group(2))
        return sentence, text, _week_day(REFERENCE, weekday or 7, weeks), PARTS[:3]
    start = _START.search(block)
    if start is None:
        return None
    values = _start_fields(block, start.group(1))
    if "year" not in values:  # a period of clock times alone
        return sentence, text, REFERENCE.replace(hour=values["hour"], minute=values["minute"], second=0), PARTS[3:]
    moment = datetime(values["year"], values["month"] + 1, values["day"], values.get("hour", 0), values.get("minute", 0))
    return sentence, text, moment, PARTS if "hour" in values else PARTS[:3]


def timeanalyzer_cases(snapshot: Path) -> list[Case]:
    """Every case of the Chinese spec files, file by file in name order, then as written."""
    cases: list[Case] = []
    for path in _ls(snapshot, FOLDER):
        if not path.endswith(".spec.ts"):
            continue
        source = _show(snapshot, path)
        starts = [m.start() for m in _TEST.finditer(source)] + [len(source)]
        for begin, end in zip(starts, starts[1:], strict=False):
            block = source[begin:end]
            if "toHaveLength(0)" in block:
                continue  # a string that must give no date
            names = {name: _string(value, {}) if value[0] == "'" else value
                     for name, value in _CONST.findall(block) if value[0] == "'"}
            for name, value in _CONST.findall(block):
                if value[0] == "`":
                    names[name] = _string(value, names)
            helper = _HELPER.search(block)
            found = _helper_case(helper.group(1), helper.group(2), names) if helper else _period_case(block, names)
            if found:
                sentence, phrase, moment, parts = found
                cases.append(("time-analyzer", sentence, REFERENCE, phrase, moment, parts))
    return cases
