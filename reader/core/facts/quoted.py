"""Document titles in 《》, quoted terms and slogans, and abbreviations the text defines.

A title's value is its text without the brackets (a bracketed sentence with a full
stop, as some outlets mark a reprint note, is no title); so is a quoted term's. A
quoted span counts as a term or slogan only while it is short and holds no
sentence end: a longer quotation is someone's words, not a fact. An
abbreviation is a short form the text ties to a full form, as in
``世界江门青年大会(以下简称“世青会”)``; its value is the full form, and every
later use of the short form is a mention of it.
"""

from __future__ import annotations

import re

from .model import FactKind, Hit

__all__ = ["find_abbreviations", "find_quoted"]

_TITLE = re.compile(r"《([^《》\n]{1,60})》|〈([^〈〉\n]{1,60})〉")
_QUOTES = tuple(
    re.compile(rf"{o}([^{o}{c}\n]{{1,30}}){c}") for o, c in ("“”", "「」", "‘’", "『』")
)
_SENTENCE_END = re.compile(r"[。！？!?]")
_DEFINED = re.compile(
    r"[(（]\s*(?:以下)?(?:简称|下称|统称|以下称)\s*[:：]?\s*(?:[“「\"](?P<quoted>[^()（）“”「」\"\s,，。]{1,12})[”」\"]\s*[)）,，;；]"
    r"|(?P<short>[^()（）“”「」\"\s,，。]{1,12})\s*[)）])"
)
_FULL_FORM = re.compile(r"[\u4e00-\u9fffA-Za-z0-9—·]{2,30}$")


def find_quoted(folded: str) -> list[Hit]:
    """Every 《title》 and every short “quoted term”, each valued by the text inside its marks."""
    hits = [Hit(FactKind.TITLE, m.start(), m.end(), _inner(m)) for m in _TITLE.finditer(folded)
            if "。" not in _inner(m)]  # 《原文刊登於…，獲授權轉載。》: a note, not a work (《你好！李焕英》 is one)
    for pattern in _QUOTES:
        hits.extend(_slogan(m) for m in pattern.finditer(folded) if _is_term(m.group(1)))
    return hits


def _is_term(inner: str) -> bool:
    """Short, not blank, and no sentence end inside: a term, not a quotation."""
    return bool(inner.strip()) and not _SENTENCE_END.search(inner)


def _slogan(match: re.Match[str]) -> Hit:
    """A quoted term valued by the text inside its marks; nested marks are their own terms."""
    return Hit(FactKind.SLOGAN, match.start(), match.end(), match.group(1))


def find_abbreviations(folded: str, names: list[Hit]) -> list[Hit]:
    """Short forms defined by (以下简称X), valued by the name just before the bracket.

    The full form is the organisation or place that ends at the bracket when one
    was found there, else the run of name characters before it.
    """
    hits = []
    for match in _DEFINED.finditer(folded):
        full = _full_form(folded, match.start(), names)
        if full:
            short = match["quoted"] or match["short"]
            hits.extend(_uses(folded, short, full, match.start("quoted" if match["quoted"] else "short")))
    return hits


def _full_form(folded: str, end: int, names: list[Hit]) -> str:
    """The longest found name ending at ``end``, else the name characters before it."""
    ending = [h for h in names if h.end == end]
    if ending:
        return max(ending, key=lambda h: h.end - h.start).value
    run = _FULL_FORM.search(folded, max(0, end - 30), end)
    return run.group() if run else ""


def _uses(folded: str, short: str, full: str, first: int) -> list[Hit]:
    """The definition and every later occurrence of the short form."""
    hits = []
    at = first
    while at != -1:
        hits.append(Hit(FactKind.ABBREVIATION, at, at + len(short), full))
        at = folded.find(short, at + len(short))
    return hits


def _inner(match: re.Match[str]) -> str:
    """The text of whichever alternative matched, inside its marks."""
    return next(g for g in match.groups() if g is not None)
