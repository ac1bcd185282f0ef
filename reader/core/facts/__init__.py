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
from collections.abc import Iterable, Iterator
from typing import Any

from reader.core.model import Article
from reader.core.script.fold import fold

from .amounts import find_amounts, home_currency
from .dates import find_dates
from .entities import find_entities
from .guard import RuleFailed, guarded
from .model import NUMERIC_KINDS, Detail, Fact, FactKind, Hit, Mention, Qualifier
from .quoted import find_abbreviations, find_quoted
from .spans import Cover, greedy, sentence_bounds

__all__ = [
    "Detail",
    "Fact",
    "FactKind",
    "Mention",
    "Qualifier",
    "RuleFailed",
    "detail_json",
    "extract_facts",
    "fact_to_json",
    "facts_to_csv",
    "facts_to_json",
]

_KIND_ORDER = {kind: i for i, kind in enumerate(FactKind)}
_CSV_FIELDS = ("kind", "text", "start", "end", "value", "sentence", "mentions")
_DETAIL_FIELDS = ("value_kind", "from", "to", "unit", "grain", "interval", "duration", "amount", "currency")
_NUMBER_KINDS = (FactKind.MONEY, FactKind.COUNT, FactKind.PERCENT)


def extract_facts(article: Article) -> list[Fact]:
    """All facts of the article, sorted by kind and then by first mention."""
    folded = fold(article.text)
    names = guarded("names", folded, lambda a, b: find_entities(folded[a:b], article))
    short_forms = _short_forms(folded, names)
    hits = [
        *_outside_names(folded, _numeric(folded, article), names),
        *_not_short_for_a_body(names, short_forms),
        *guarded("titles", folded, lambda a, b: find_quoted(folded[a:b])),
        *short_forms,
    ]
    del names
    return _facts(article.text, hits)


def _short_forms(folded: str, names: list[Hit]) -> list[Hit]:
    """The text's own short forms (下称“北大荒”); read from the names, so whole or not at all."""
    return guarded("short forms", folded, lambda _a, _b: find_abbreviations(folded, names), by_sentence=False)


def _not_short_for_a_body(names: list[Hit], short_forms: list[Hit]) -> list[Hit]:
    """The names but a place or person that is the text's own short form for an organisation
    (黑龙江北大荒农业股份有限公司（下称“北大荒”）: every 北大荒 after is the company, not the
    region, as the abbreviation fact says)."""
    bodies = {h.value for h in names if h.kind is FactKind.ORGANISATION}
    spans = {(h.start, h.end) for h in short_forms if h.value in bodies}
    if not spans:
        return names
    return [h for h in names if h.kind is FactKind.ORGANISATION or (h.start, h.end) not in spans]


def facts_to_json(facts: Iterable[Fact]) -> list[dict[str, Any]]:
    """Facts as plain JSON-able dicts, the shape the CLI and the export write."""
    return [fact_to_json(f) for f in facts]


def fact_to_json(fact: Fact, *, lazy: bool = False) -> dict[str, Any]:
    """One fact as a JSON-able dict; ``lazy`` gives its mentions as an iterator, for a
    writer that streams them (one fact said 99,000 times held 99,000 dicts, ~20 MB)."""
    mentions = ({"start": m.start, "end": m.end} for m in fact.mentions)
    return {
        "kind": fact.kind.value,
        "text": fact.text,
        "start": fact.start,
        "end": fact.end,
        "value": fact.value,
        "sentence": fact.sentence,
        "mentions": mentions if lazy else list(mentions),
        **detail_json(fact.kind, fact.detail),
    }


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


_DASHES = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2015\u2212\ufe58\ufe63", "-") | {"\u301c": "~"})
"""Dashes a range is written with that the rules do not know, as the hyphen they do: an en dash
(2013–2015年, Taiwan's pages), a horizontal bar (3―4万亿元), a minus sign, a wave dash (7〜8%)."""


def _numeric(folded: str, article: Article) -> list[Hit]:
    """Dates, money, percentages and counts; where two overlap the earlier kind wins."""
    folded = folded.translate(_DASHES)
    home = home_currency(article.text, folded, article.url)
    hits = [
        *guarded("dates", folded, lambda a, b: find_dates(folded[a:b], article.published, home)),
        *guarded("amounts", folded, lambda a, b: find_amounts(folded[a:b], home, article.text[a:b])),
    ]
    return greedy(hits, rank=lambda h: (NUMERIC_KINDS.index(h.kind), h.start))


def _outside_names(folded: str, numeric: list[Hit], names: list[Hit]) -> list[Hit]:
    """The numeric hits but counts whose number opens or sits inside a name: 五家渠市 is a
    city, not five 渠市 (a name that starts after the number, 3家|中国银行, leaves it)."""
    within = Cover(names)
    return [h for h in numeric if h.kind is not FactKind.COUNT or not within.covers(*_number_at(folded, h))]


def _number_at(folded: str, hit: Hit) -> tuple[int, int]:
    """Where a count's number is: its first digit or numeral (工作站30个 opens with its noun)."""
    found = _NUMERAL.search(folded, hit.start, hit.end)
    at = found.start() if found else hit.start
    return at, at + 1


_NUMERAL = re.compile(r"[\d〇○零一二两三四五六七八九十百千万亿几数]")


def _facts(text: str, hits: list[Hit]) -> list[Fact]:
    """Group hits by kind and value into facts with their mentions, sorted.

    ``hits`` is emptied, and each hit let go once its mention is made: a text that says
    今天 on each of 99,000 lines would otherwise hold both, 7 MB more at the peak.
    """
    ordered = sorted(hits, key=lambda h: (h.start, h.end))
    hits.clear()
    groups: dict[tuple[FactKind, str], list[Hit]] = {}  # one fact per kind and value
    for hit in _unique(ordered):
        groups.setdefault((hit.kind, hit.value), []).append(hit)
    del ordered
    bounds = sentence_bounds(text)
    facts = []
    while groups:
        _key, group = groups.popitem()
        facts.append(_fact(text, group, bounds))
    return sorted(facts, key=lambda f: (_KIND_ORDER[f.kind], f.start, f.end, f.value))


def _unique(ordered: list[Hit]) -> Iterator[Hit]:
    """The hits in ``ordered`` (sorted by span) without repeats: equal hits share a span, so
    only the hits of one span are kept in a set (a set of all 99,000 took 4 MB)."""
    span, seen = (-1, -1), set[Hit]()
    for hit in ordered:
        if (hit.start, hit.end) != span:
            span, seen = (hit.start, hit.end), set()
        if hit not in seen:
            seen.add(hit)
            yield hit


def _fact(text: str, group: list[Hit], bounds: list[int]) -> Fact:
    """One fact from the hits that share its kind and value (``group``, emptied); the first is its face."""
    face = group[0]
    group.reverse()
    mentions = tuple(Mention(h.start, h.end, *_sentence_of(text, bounds, h)) for h in _popped(group))
    first = mentions[0]
    return Fact(
        kind=face.kind,
        text=text[first.start : first.end],
        start=first.start,
        end=first.end,
        value=face.value,
        sentence=text[first.sentence_start : first.sentence_end],
        mentions=mentions,
        detail=face.detail,
    )


def _popped(reversed_hits: list[Hit]) -> Iterator[Hit]:
    """The hits from last to first, each taken out of the list as it is given."""
    while reversed_hits:
        yield reversed_hits.pop()


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
