"""Stage 5, facts: the dates, amounts, names and titles of an article, normalised.

``extract_facts(article)`` runs every rule on the folded text (traditional →
simplified, full-width → half-width, one character for one, so offsets carry
over) and reports each fact in the article's own script. The same fact written
twice is one ``Fact`` with two mentions. Each numeric fact carries a ``Detail``
(exact, approximate, range, more-than, less-than, period, duration; bounds; unit)
that ``facts_to_json`` writes as the keys the README's command-line section lists.
Nothing is loaded at import: the word lists compile into patterns on the first
call, and jionlp (``library``) and the name tagger (``tagger``) load then too.
"""

from __future__ import annotations

import csv
import io
import re
from bisect import bisect_right
from collections.abc import Iterable
from typing import Any

from reader.core.model import Article
from reader.core.script.fold import fold

from .amounts import find_amounts, home_currency
from .dates import find_dates
from .entities import find_entities
from .model import Detail, Fact, FactKind, Hit, Mention, Qualifier
from .quoted import find_abbreviations, find_quoted
from .spans import greedy

__all__ = [
    "Detail",
    "Fact",
    "FactKind",
    "Mention",
    "Qualifier",
    "detail_json",
    "extract_facts",
    "facts_to_csv",
    "facts_to_json",
]

_KIND_ORDER = {kind: i for i, kind in enumerate(FactKind)}
_NUMERIC = (FactKind.DATE, FactKind.MONEY, FactKind.PERCENT, FactKind.COUNT)
_SENTENCE_END = re.compile(r"[。！？!?]+[”」’』)）》]*|\n")
_CSV_FIELDS = ("kind", "text", "start", "end", "value", "sentence", "mentions")
_DETAIL_FIELDS = ("value_kind", "from", "to", "unit", "grain", "interval", "duration", "amount", "currency")
_NUMBER_KINDS = (FactKind.MONEY, FactKind.COUNT, FactKind.PERCENT)


def extract_facts(article: Article) -> list[Fact]:
    """All facts of the article, sorted by kind and then by first mention."""
    folded = fold(article.text)
    names = find_entities(folded, article)
    hits = [
        *_numeric(folded, article),
        *names,
        *find_quoted(folded),
        *find_abbreviations(folded, names),
    ]
    return _facts(article.text, hits)


def facts_to_json(facts: Iterable[Fact]) -> list[dict[str, Any]]:
    """Facts as plain JSON-able dicts, the shape the CLI and the export write."""
    return [
        {
            "kind": f.kind.value,
            "text": f.text,
            "start": f.start,
            "end": f.end,
            "value": f.value,
            "sentence": f.sentence,
            "mentions": [{"start": m.start, "end": m.end} for m in f.mentions],
            **detail_json(f.kind, f.detail),
        }
        for f in facts
    ]


def detail_json(kind: FactKind, detail: Detail | None) -> dict[str, Any]:
    """The machine-readable keys of a value (see the README's command-line section).

    Every fact has all of them; those that do not apply are null. Dates: ``from``/``to``
    ISO 8601 at ``grain``, inclusive, ``interval`` the first and last second. Amounts:
    ``from``/``to`` and ``amount`` as numbers, ``currency`` ISO 4217, ``unit`` the
    measure word or %, ‰, pp.
    """
    out: dict[str, Any] = dict.fromkeys(_DETAIL_FIELDS)
    if detail is None:
        return out
    out["value_kind"] = detail.qualifier.value
    if kind is FactKind.DATE:
        out.update({"from": detail.low, "to": detail.high, "grain": detail.unit,
                    "duration": detail.duration})
        if detail.first or detail.last:
            out["interval"] = [detail.first, detail.last]
        return out
    low, high = _number(detail.low), _number(detail.high)
    out.update({"from": low, "to": high, "duration": detail.duration})
    if low is not None and low == high or detail.qualifier in _ONE_SIDED:
        out["amount"] = low if low is not None else high
    if kind is FactKind.MONEY:
        out["currency"] = detail.unit
    else:
        out["unit"] = detail.unit
    return out


_ONE_SIDED = (Qualifier.MORE_THAN, Qualifier.LESS_THAN)


def _number(text: str | None) -> int | float | None:
    """A plain decimal string as a JSON number: an int when whole."""
    if text is None:
        return None
    value = float(text)
    return int(value) if value.is_integer() and abs(value) < 2**63 else value


def facts_to_csv(facts: Iterable[Fact]) -> str:
    """Facts as CSV with a header row; mentions are ``start-end`` pairs joined by ``;``."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(_CSV_FIELDS + _DETAIL_FIELDS)
    for f in facts:
        mentions = ";".join(f"{m.start}-{m.end}" for m in f.mentions)
        extra = detail_json(f.kind, f.detail)
        cells = ["/".join(x or ".." for x in v) if isinstance(v, list) else "" if v is None else v
                 for v in (extra[k] for k in _DETAIL_FIELDS)]
        writer.writerow((f.kind.value, f.text, f.start, f.end, f.value, f.sentence, mentions, *cells))
    return out.getvalue()


def _numeric(folded: str, article: Article) -> list[Hit]:
    """Dates, money, percentages and counts; where two overlap the earlier kind wins."""
    home = home_currency(article.text, folded)
    hits = [*find_dates(folded, article.published), *find_amounts(folded, home)]
    return greedy(hits, rank=lambda h: (_NUMERIC.index(h.kind), h.start))


def _facts(text: str, hits: list[Hit]) -> list[Fact]:
    """Group hits by kind and value into facts with their mentions, sorted."""
    groups: dict[tuple[FactKind, str], list[Hit]] = {}  # one fact per kind and value
    for hit in sorted(set(hits), key=lambda h: (h.start, h.end)):
        groups.setdefault((hit.kind, hit.value), []).append(hit)
    bounds = _sentence_bounds(text)
    facts = [_fact(text, group, bounds) for group in groups.values()]
    return sorted(facts, key=lambda f: (_KIND_ORDER[f.kind], f.start, f.end, f.value))


def _fact(text: str, group: list[Hit], bounds: list[int]) -> Fact:
    """One fact from the hits that share its kind and value; the first is its face."""
    mentions = tuple(Mention(h.start, h.end, *_sentence_of(text, bounds, h)) for h in group)
    first = mentions[0]
    return Fact(
        kind=group[0].kind,
        text=text[first.start : first.end],
        start=first.start,
        end=first.end,
        value=group[0].value,
        sentence=text[first.sentence_start : first.sentence_end],
        mentions=mentions,
        detail=group[0].detail,
    )


def _sentence_bounds(text: str) -> list[int]:
    """Offsets where sentences start: after 。！？ (and any closing quote) and newlines."""
    return [0, *(m.end() for m in _SENTENCE_END.finditer(text)), len(text)]


def _sentence_of(text: str, bounds: list[int], hit: Hit) -> tuple[int, int]:
    """The sentences holding the hit (one, unless a title spans a 。), trimmed of whitespace."""
    i = bisect_right(bounds, hit.start) - 1
    j = bisect_right(bounds, max(hit.end - 1, hit.start))
    start, end = bounds[i], bounds[min(j, len(bounds) - 1)]
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
