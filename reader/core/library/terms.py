"""The full-text index's terms: folded text cut into overlapping two-character terms.

Chinese has no spaces between words, and most queries are two characters
(统战, 江门). SQLite's FTS5 tokenizers either split on spaces (useless here) or
index trigrams, which cannot serve a two-character query. So the index is fed
terms made here: the text is folded like the find bar folds it (统戰 → 统战,
full width → half width, Latin lower case; whitespace dropped, so a word broken
across lines is still found), cut into runs of letters and digits at
punctuation, and each run into its overlapping pairs, plus its last character
alone (so a one-character query finds it as a prefix). ``benchmarks/library.py``
measures this against FTS5's trigram tokenizer.

A query goes through the same steps: each run becomes a phrase of its pairs
(adjacent in the index), and a query of several runs, or with punctuation,
needs its candidates checked against the text, which ``needs_check`` says.
"""

from __future__ import annotations

import hashlib
import re
from functools import cache
from typing import NamedTuple

from ..script.fold import CJK_RANGES, fold

__all__ = ["TERMS_VERSION", "IndexQuery", "fingerprint", "index_terms", "index_query"]

TERMS_VERSION = 1
"""Bumped whenever ``index_terms`` changes: the index is then rebuilt (see ``fingerprint``)."""

_IGNORED = re.compile(r"[\s\u200b-\u200d\u2060\ufeff]+")  # what the find bar ignores
_RUNS = re.compile(r"[^\W_]+")  # letters and digits of any script: all token characters for FTS5


class IndexQuery(NamedTuple):
    """A query as an FTS5 expression; ``needs_check`` when the index can only narrow it down."""

    expression: str
    needs_check: bool


def index_terms(text: str) -> str:
    """The terms of ``text``, space-separated, in order: what the index stores for it."""
    return " ".join([run[i : i + 2] for run in _runs(text) for i in range(len(run))])  # the last: one character


def index_query(query: str) -> IndexQuery | None:
    """``query`` as an FTS5 expression over ``index_terms``; None when it has no letter or digit."""
    runs = _runs(query)
    if not runs:
        return None
    phrases = [_phrase(run) for run in runs]
    compact = _IGNORED.sub("", fold(query))
    return IndexQuery(" AND ".join(phrases), len(runs) > 1 or len(runs[0]) != len(compact))


@cache
def fingerprint() -> str:
    """What the index's terms depend on: this module's version and the folding table.

    The index is contentless (it keeps no copy of the text), so replacing an
    article's terms means naming the old ones again; they are made again from
    the stored text, which only works while folding is unchanged. A library whose
    fingerprint differs (a new OpenCC, a new ``TERMS_VERSION``) rebuilds its index.
    """
    every_han = "".join(chr(c) for lo, hi in CJK_RANGES for c in range(lo, hi))
    digest = hashlib.sha1(fold(every_han).encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return f"{TERMS_VERSION}:{digest}"


def _runs(text: str) -> list[str]:
    folded = _IGNORED.sub("", fold(text)).replace("\u0130", "i").lower()
    return _RUNS.findall(folded)


def _phrase(run: str) -> str:
    """A run as an FTS5 phrase of its pairs; one character as a prefix of any term."""
    if len(run) == 1:
        return f'"{run}" *'
    return '"' + " ".join(run[i : i + 2] for i in range(len(run) - 1)) + '"'
