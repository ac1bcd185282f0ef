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
_AMOUNT = re.compile(r"^(?P<number>\d{5,}(?:\.\d+)?) (?P<unit>[A-Z]{3})$")


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
            value=display_value(fact.value),
            sentence=fact.sentence,
            mentions=tuple((m.start, m.end) for m in fact.mentions),
            sentence_range=(fact.mentions[0].sentence_start, fact.mentions[0].sentence_end),
        )
        for fact in shown_facts
    ]


def display_value(value: str) -> str:
    """Large amounts read better grouped: 166000000 CNY → 166,000,000 CNY."""
    m = _AMOUNT.match(value)
    if not m:
        return value
    number = float(m["number"])
    shown = f"{number:,.0f}" if number == int(number) else f"{number:,.2f}"
    return f"{shown} {m['unit']}"


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
