"""What the pop-up, the CLI and the vocabulary say about a word: forms, readings, senses."""

from __future__ import annotations

from dataclasses import dataclass

from ..script.fold import fold_script
from .dictionary import Entry, dictionary
from .readings import jyutping, pinyin, zhuyin

__all__ = ["WordInfo", "describe", "longest_word"]


@dataclass(frozen=True)
class WordInfo:
    """A word in simplified and traditional script, its readings and its English senses.

    ``pinyin`` is the word's reading in context when one was given, else the
    dictionary's (or pypinyin's, for words CC-CEDICT lacks).
    """

    word: str
    simplified: str
    traditional: str
    pinyin: str
    zhuyin: str
    jyutping: str
    definitions: tuple[str, ...]
    entries: tuple[Entry, ...]


def describe(word: str, in_context: str = "") -> WordInfo:
    """Everything known of ``word``; ``in_context`` is its pinyin as read in its sentence."""
    entries = dictionary().lookup(word)
    reading = in_context or _dictionary_pinyin(word, entries) or pinyin(word)
    entries = _by_reading(entries, reading)
    first = entries[0] if entries else None
    simplified = first.simplified if first else fold_script(word)
    traditional = first.traditional if first else word
    definitions = tuple(d for e in entries for d in e.definitions)
    return WordInfo(word, simplified, traditional, reading, zhuyin(word, reading), jyutping(word), definitions,
                    tuple(entries))


def _dictionary_pinyin(word: str, entries: list[Entry]) -> str:
    """The dictionary's reading when all its entries for ``word`` agree (行长: one reading)."""
    readings = {e.pinyin.lower() for e in entries}
    if len(readings) == 1 and len(entries[0].pinyin.split()) == len(word):
        return pinyin(word) if len(word) == 1 else entries[0].pinyin.lower()
    return ""


def _by_reading(entries: list[Entry], reading: str) -> list[Entry]:
    """Entries read as ``reading`` first (还: huán before hái when it reads huán here), and
    common words before names (surname Huan after "to pay back")."""
    key = reading.replace(" ", "").lower()
    return sorted(entries, key=lambda e: (e.pinyin.replace(" ", "").lower() != key, e.pinyin[:1].isupper()))


def longest_word(text: str, starts: list[int], offset: int) -> tuple[int, int] | None:
    """The longest dictionary word covering ``offset`` that starts at one of ``starts``.

    ``starts`` are word starts at or before ``offset`` (nearest last): pointing at 战
    of 统一战线 finds 统一战线 from 统's start, as the pop-up should.
    """
    best: tuple[int, int] | None = None
    found = dictionary()
    for start in starts:
        length = found.longest_at(text, start)
        if start + length > offset and (best is None or length > best[1] - best[0]):
            best = (start, start + length)
    return best
