"""The vocabulary of a text: its words with readings, senses and counts, as CSV or for Anki.

Words are counted on folded text, so 发展 and 發展 are one entry, shown as first written.
Known words (a list the user keeps) and words without a Han character are left out.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from ..script.fold import fold
from .lookup import describe
from .segment import Word, has_han

__all__ = ["VocabularyRow", "vocabulary", "vocabulary_csv", "vocabulary_tsv"]

_FIELDS = ("word", "simplified", "traditional", "pinyin", "jyutping", "definitions", "count")


class VocabularyRow(NamedTuple):
    """One word of the vocabulary and how often the text uses it."""

    word: str
    simplified: str
    traditional: str
    pinyin: str
    jyutping: str
    definitions: str
    uses: int


def vocabulary(text: str, words: Sequence[Word], known: Iterable[str] = (),
               start: int = 0, end: int | None = None) -> list[VocabularyRow]:
    """The words of ``text[start:end]`` in order of first use, without ``known`` ones."""
    end = len(text) if end is None else end
    skip = {fold(k) for k in known}
    counts: dict[str, int] = {}
    first: dict[str, str] = {}
    for w in words:
        if w.start < start or w.end > end:
            continue
        form = text[w.start : w.end]
        key = fold(form)
        if not has_han(form) or key in skip:
            continue
        counts[key] = counts.get(key, 0) + 1
        first.setdefault(key, form)
    rows = []
    for key, form in first.items():
        info = describe(form)
        rows.append(VocabularyRow(form, info.simplified, info.traditional, info.pinyin, info.jyutping,
                                  "; ".join(info.definitions), counts[key]))
    return rows


def vocabulary_csv(rows: Iterable[VocabularyRow]) -> str:
    """CSV with a header row (UTF-8, one word a row)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(_FIELDS)
    writer.writerows(rows)
    return out.getvalue()


def vocabulary_tsv(rows: Iterable[VocabularyRow]) -> str:
    """Tab-separated notes Anki imports: front = the word, back = readings and senses.

    The ``#separator``/``#html`` header lines tell Anki (2.1.54+) how to read the file.
    """
    lines = ["#separator:tab", "#html:true", "#columns:Front\tBack\tCount"]
    for row in rows:
        back = "<br>".join(x for x in (row.pinyin, row.jyutping, _clean(row.definitions)) if x)
        lines.append(f"{_clean(row.word)}\t{back}\t{row.uses}")
    return "\n".join(lines) + "\n"


def _clean(value: str) -> str:
    return value.replace("\t", " ").replace("\n", " ")
