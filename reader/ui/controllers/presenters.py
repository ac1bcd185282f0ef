"""Turns core results into the rows panels show: offsets mapped into the shown variant."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ...core.find.search import Match
from ...core.model import Article
from ..i18n import QT_TRANSLATE_NOOP
from ..panels.facts_panel import FactRow
from ..panels.results_panel import ResultRow

if TYPE_CHECKING:
    from ...core.facts import Fact, FactKind

__all__ = ["display_value", "fact_rows", "kind_label", "result_rows"]

_KIND_LABELS = {
    "date": QT_TRANSLATE_NOOP("facts", "Dates and times"),
    "money": QT_TRANSLATE_NOOP("facts", "Amounts of money"),
    "count": QT_TRANSLATE_NOOP("facts", "Counts"),
    "percent": QT_TRANSLATE_NOOP("facts", "Percentages"),
    "organisation": QT_TRANSLATE_NOOP("facts", "Organisations"),
    "place": QT_TRANSLATE_NOOP("facts", "Places"),
    "person": QT_TRANSLATE_NOOP("facts", "People"),
    "title": QT_TRANSLATE_NOOP("facts", "Titles 《》"),
    "slogan": QT_TRANSLATE_NOOP("facts", "Slogans and terms “”"),
    "abbreviation": QT_TRANSLATE_NOOP("facts", "Abbreviations"),
}


def kind_label(kind: FactKind) -> str:
    """The translated heading of a group of facts."""
    return QCoreApplication.translate("facts", _KIND_LABELS.get(kind.value, kind.value))


def fact_rows(shown_facts: Sequence[Fact]) -> list[FactRow]:
    """Facts already placed in the shown variant, as the facts panel lists them."""
    labels = {kind: kind_label(kind) for kind in {fact.kind for fact in shown_facts}}  # 2,000 facts, 10 kinds
    return [
        FactRow(
            kind=fact.kind.value,
            kind_label=labels[fact.kind],
            text=fact.text,
            value=display_value(fact),
            sentence=fact.sentence,
            mentions=tuple((m.start, m.end) for m in fact.mentions),
            sentence_range=(fact.mentions[0].sentence_start, fact.mentions[0].sentence_end),
        )
        for fact in shown_facts
    ]


def display_value(fact: Fact) -> str:
    """The value as a reader takes it in at a glance: 166,000,000 CNY, ≈ 5,000 CNY,
    2,000 – 3,000 CNY, 50+, 2022-01 – 2022-06, since 2022-01-01, for 3 d."""
    detail = fact.detail
    if fact.kind.value != "date":
        return _AMOUNT_PART.sub(_grouped_amount, fact.value, count=1)
    if detail is None:
        return fact.value
    low, high, q = detail.low, detail.high, detail.qualifier.value
    if q == "more-than":
        return QCoreApplication.translate("facts", "since {}").format(_moment(low))
    if q == "less-than":
        return QCoreApplication.translate("facts", "until {}").format(_moment(high))
    if q == "duration":
        return QCoreApplication.translate("facts", "for {}").format(_duration(detail.duration or fact.value))
    if q == "recurring":
        return QCoreApplication.translate("facts", "every time: {}").format(fact.text)
    if detail.unit == "second" and low and high and low[:10] == high[:10] and low[11:16] != "00:00":
        return f"{low[:10]} {low[11:16]} – {high[11:16]}"  # 明天上午9至11时: the day and its hours
    if detail.unit == "second" and low and high:  # 近三年 as jionlp reads it: days are enough
        low, high = low[:10], high[:10]
    span = str(low) if low == high else f"{low} – {high}"
    span = span.replace("T", " ")
    return "≈ " + span if q == "approximate" else span



def _moment(stamp: str | None) -> str:
    """An open end as a reader takes it in: 2024-06-30 for a day's last minute (6月底前 is up to
    2024-06-30T23:59), else the date and the time with a space (2024-06-12 20:00)."""
    text = str(stamp).replace("T", " ")
    return text[: -len(" 23:59")] if text.endswith(" 23:59") else text


_AMOUNT_PART = re.compile(r"^(?P<q>[~<])?(?P<a>-?\d+(?:\.\d+)?)(?:-(?P<b>\d+(?:\.\d+)?))?(?P<plus>\+)?")
_DURATION_UNITS = (("Y", "yr"), ("M", "mo"), ("W", "wk"), ("D", "d"))
_TIME_UNITS = (("H", "h"), ("M", "min"), ("S", "s"))


def _grouped(number: str) -> str:
    """1000000 → 1,000,000 (4-digit and longer whole parts)."""
    whole, dot, frac = number.partition(".")
    sign = "-" if whole.startswith("-") else ""
    return f"{sign}{int(whole.lstrip('-')):,}{dot}{frac}"


def _grouped_amount(m: re.Match[str]) -> str:
    text = _grouped(m["a"]) + (f" – {_grouped(m['b'])}" if m["b"] else "") + (m["plus"] or "")
    prefix = {"~": "≈ ", "<": "< "}.get(m["q"] or "", "")
    return prefix + text


def _duration(iso: str) -> str:
    """P3D → 3 d, PT2H30M → 2 h 30 min; a range of lengths P3D/P5D → 3 – 5 d."""
    if "/" in iso:
        low, high = (_duration(end) for end in iso.split("/", 1))
        low_number, _, low_unit = low.partition(" ")
        return f"{low_number} – {high}" if low_unit == high.partition(" ")[2] else f"{low} – {high}"
    date_part, _, time_part = iso.removeprefix("P").partition("T")
    parts = re.findall(r"([\d.]+)([A-Z])", date_part)
    out = [f"{n} {dict(_DURATION_UNITS).get(u, u)}" for n, u in parts]
    out += [f"{n} {dict(_TIME_UNITS).get(u, u)}" for n, u in re.findall(r"([\d.]+)([A-Z])", time_part)]
    return " ".join(out) or iso


def result_rows(matches: Sequence[Match], article: Article) -> list[ResultRow]:
    """Each hit with the title of the section it falls in, and where it stands in its context."""
    sections = [e for e in article.outline if e.level == 1]
    starts = [e.start for e in sections]
    rows = []
    for match in matches:
        i = bisect_right(starts, match.start) - 1
        rows.append(ResultRow(match.start, match.end, sections[i].title if i >= 0 else "", match.context,
                              match.start - match.context_start))
    return rows
