"""Stage 5, facts: the dates, amounts, names and titles of an article, normalised.

``extract_facts(article)`` runs every rule on the folded text (traditional →
simplified, full-width → half-width, one character for one, so offsets carry
over) and reports each fact in the article's own script. The same fact written
twice is one ``Fact`` with two mentions. Nothing is loaded at import: the word
lists compile into patterns on the first call.
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

from .amounts import find_amounts
from .dates import find_dates
from .entities import find_entities
from .model import Fact, FactKind, Hit, Mention
from .quoted import find_abbreviations, find_quoted
from .spans import greedy

__all__ = ["Fact", "FactKind", "Mention", "extract_facts", "facts_to_csv", "facts_to_json"]

_KIND_ORDER = {kind: i for i, kind in enumerate(FactKind)}
_NUMERIC = (FactKind.DATE, FactKind.MONEY, FactKind.PERCENT, FactKind.COUNT)
_SENTENCE_END = re.compile(r"[。！？!?]+[”」’』)）》]*|\n")
_CSV_FIELDS = ("kind", "text", "start", "end", "value", "sentence", "mentions")


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
        }
        for f in facts
    ]


def facts_to_csv(facts: Iterable[Fact]) -> str:
    """Facts as CSV with a header row; mentions are ``start-end`` pairs joined by ``;``."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(_CSV_FIELDS)
    for f in facts:
        mentions = ";".join(f"{m.start}-{m.end}" for m in f.mentions)
        writer.writerow((f.kind.value, f.text, f.start, f.end, f.value, f.sentence, mentions))
    return out.getvalue()


def _numeric(folded: str, article: Article) -> list[Hit]:
    """Dates, money, percentages and counts; where two overlap the earlier kind wins."""
    hits = [*find_dates(folded, article.published), *find_amounts(folded)]
    return greedy(hits, rank=lambda h: (_NUMERIC.index(h.kind), h.start))


def _facts(text: str, hits: list[Hit]) -> list[Fact]:
    """Group hits by kind and value into facts with their mentions, sorted."""
    groups: dict[tuple[FactKind, str], list[Hit]] = {}
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
