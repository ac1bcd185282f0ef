"""The name tagger's features as integer keys, worked out for a whole text with numpy.

``name_features.streams`` says what the features are, as strings, for training; here the
same keys are computed as integers (each character's code point in 21 bits, a pair or a
triple packed into one int64) with array shifts, so the tagger finds each key's row in its
model by one ``searchsorted`` per stream rather than one dictionary look-up per character.
Known names and titles are matched the same way, as words packed from a small alphabet.
``tests/core/facts/test_name_keys.py`` checks both against the string features.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

import numpy as np
import numpy.typing as npt

from . import lexicon as lx
from .name_features import PAD, covering_marks, known_names, shape, title_words

__all__ = ["BITS", "Keys", "encode", "find", "known_marks", "stream_keys"]

Keys = npt.NDArray[np.int64]
BITS = 21
"""Bits a code point takes: a key of up to three characters fits an int64."""
_LEFT, _RIGHT = "\x02" * PAD, "\x03" * PAD


def encode(key: str) -> int:
    """A stream's key (as ``streams`` writes it) as the integer ``stream_keys`` gives."""
    value = 0
    for char in key:
        value = value << BITS | ord(char)
    return value


def stream_keys(text: str) -> tuple[Keys, dict[str, Keys]]:
    """The padded text's code points, and each stream's keys as integers, position by
    position as ``streams`` has them (positions no template reads hold -1)."""
    codes = _codes(_LEFT + text + _RIGHT)
    surnames = np.where(find(_surname_codes(), codes) > 0, ord("1"), ord("0"))
    before, after = _title_marks(codes)
    return codes, {
        "char": codes,
        "pair": _pack(codes, 0, 1),
        "triple": _pack(codes, -1, 0, 1),
        "shape": _pack(_shapes(codes), -1, 0, 1),
        "surname": _pack(surnames, 0, -1),
        "title_before": before,
        "title_after": after,
    }


def find(keys: Keys, query: Keys) -> npt.NDArray[np.intp]:
    """Where each of ``query`` is in the sorted ``keys``, counted from 1; 0 where it is not."""
    if not len(keys):
        return np.zeros(len(query), np.intp)
    at = np.minimum(np.searchsorted(keys, query), len(keys) - 1)
    return np.where(keys[at] == query, at + 1, 0)


def known_marks(codes: Keys) -> tuple[list[int], list[int]]:
    """The known-name features of the padded text ``codes`` (``name_features.known_marks``):
    positions in the text unpadded, and the feature at each, in the order that function
    lists them (by position, then as found)."""
    found = [(k - PAD, mark) for k, mark in covering_marks(_gazetteer().starts(codes))]
    found.sort(key=lambda pair: pair[0])  # stable: in the order found at each position
    return [k for k, _ in found], [mark for _, mark in found]


class _Words(NamedTuple):
    """Words of two to four characters packed as integers over their own alphabet."""

    alphabet: Keys
    bits: int
    keys: dict[int, Keys]
    kinds: dict[int, list[str]]

    def starts(self, codes: Keys) -> dict[int, list[tuple[int, str]]]:
        """Where a word of each length starts in ``codes``, in order, with its kinds.

        The text is packed four letters at a time once; a shorter word's key is the top
        of that (three letters of padding let the last ones pack too, and match nothing).
        """
        letters = np.concatenate([find(self.alphabet, codes), np.zeros(3, np.intp)])
        packed = _pack(letters, 0, 1, 2, 3, bits=self.bits)[: len(codes)]
        found = {}
        for length in (2, 3, 4):
            numbers = find(self.keys[length], packed >> (self.bits * (4 - length)))
            at = np.flatnonzero(numbers)
            kinds = self.kinds[length]
            found[length] = [(i, kinds[n - 1]) for i, n in zip(at.tolist(), numbers[at].tolist(), strict=True)]
        return found


def _words(kinds_by_word: dict[str, str]) -> _Words:
    """Pack words of two to four characters (a letter never 0: no word matches across
    a character outside the alphabet, nor across the padding)."""
    alphabet = np.array(sorted({ord(c) for word in kinds_by_word for c in word}), np.int64)
    bits = max(1, int(len(alphabet)).bit_length())
    keys, kinds = {}, {}
    for length in (2, 3, 4):
        chosen = [w for w in kinds_by_word if len(w) == length]
        letters = find(alphabet, _codes("".join(chosen))).reshape(-1, length)
        packed = np.zeros(len(chosen), np.int64)
        for column in letters.T:
            packed = packed << bits | column
        order = np.argsort(packed)
        keys[length] = packed[order]
        kinds[length] = [kinds_by_word[chosen[k]] for k in order]
    return _Words(alphabet, bits, keys, kinds)


@lru_cache(maxsize=1)
def _gazetteer() -> _Words:
    return _words(known_names())


@lru_cache(maxsize=1)
def _titles() -> _Words:
    return _words(dict.fromkeys(title_words(), ""))


@lru_cache(maxsize=1)
def _surname_codes() -> Keys:
    return np.array(sorted(ord(c) for c in lx.SURNAMES if len(c) == 1), np.int64)


def _codes(text: str) -> Keys:
    return np.frombuffer(text.encode("utf-32-le"), np.uint32).astype(np.int64)


def _pack(codes: Keys, *offsets: int, bits: int = BITS) -> Keys:
    """At each position, the codes at that position plus each offset, packed in order;
    -1 where one of them falls outside."""
    size = len(codes)
    low, high = -min(0, *offsets), size - max(0, *offsets)
    out = np.full(size, -1, np.int64)
    if high > low:
        out[low:high] = 0
        for d in offsets:
            out[low:high] = out[low:high] << bits | codes[low + d : high + d]
    return out


def _shapes(codes: Keys) -> Keys:
    """Each character's shape letter (``name_features.shape``) as its code, from a table
    of the characters seen so far (0: not yet seen) up to the CJK extension planes."""
    table = _shape_table()
    near = np.minimum(codes, len(table) - 1)
    letters = table[near]
    if not letters.all():
        unseen = np.unique(near[letters == 0]).tolist()
        table[unseen] = [ord(shape(chr(c))) for c in unseen]
        letters = table[near]
    far = np.flatnonzero(codes >= len(table))
    if len(far):
        letters[far] = [ord(shape(chr(c))) for c in codes[far].tolist()]
    return letters


@lru_cache(maxsize=1)
def _shape_table() -> Keys:
    return np.zeros(0x30000, np.int64)


def _title_marks(codes: Keys) -> tuple[Keys, Keys]:
    """Per position, "1" (as a code) where a title of two to four characters ends just
    before it, or starts just after it; "0" elsewhere."""
    size = len(codes)
    before = np.full(size, ord("0"), np.int64)
    after = np.full(size, ord("0"), np.int64)
    found = _titles().starts(codes)
    for length in (2, 3, 4):
        starts = np.array([i for i, _ in found[length]], np.intp)
        ends = starts + length
        before[ends[ends < size]] = ord("1")
        after[starts[starts >= 1] - 1] = ord("1")
    return before, after
