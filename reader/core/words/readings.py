"""Readings: Mandarin pinyin (or zhuyin) and Cantonese jyutping, for a word and in running text.

- A word on its own (the pop-up, ``reader words --lookup``) reads through pypinyin's
  phrase dictionary, so 行长 is háng zhǎng and 重庆 Chóngqìng, and through ToJyutping.
- Running text reads sentence by sentence through g2pM, a small neural model trained to
  pick the reading of polyphonic characters (了, 行, 重, 长, 还 …) from their context,
  except inside words pypinyin knows as phrases (银行行长: háng zhǎng, where g2pM alone
  reads xíng cháng). On g2pM's own CPP dev split: 97.1 % this way, g2pM alone 97.4 %,
  pypinyin alone 87.0 % (benchmarks/words_accuracy.py prints the figures).

Every library loads on first use.
"""

from __future__ import annotations

import pickle
import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from functools import cache, lru_cache
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from ..script.fold import fold_script
from ..steps import Steps, finish
from .tones import syllable_to_marks

__all__ = ["READING_MODES", "jyutping", "jyutping_steps", "jyutping_syllables", "piece_readings", "pinyin",
           "reading_pieces", "reading_steps", "readings", "sentence_spans", "zhuyin"]

READING_MODES = ("pinyin", "zhuyin", "jyutping")

_SENTENCE = re.compile(r"[^。！？!?；;\n]*(?:[。！？!?；;]+[”」’』)）]*|\n|$)")
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_CLAUSE_END = re.compile(r"[，,、：:]")
_LONGEST = 80
_PIECE = 600
"""Characters read in one call of the helper process (a few hundred ms): about a screenful."""
_PIECE_END = re.compile(r"[。！？!?；;\n]")


@cache
def _pypinyin() -> Any:
    from .pinyin_tables import load_pypinyin

    return load_pypinyin()


def pinyin(word: str) -> str:
    """``word``'s pinyin with tone marks, one syllable per Han character, space-separated."""
    pp = _pypinyin()
    return " ".join(pp.lazy_pinyin(fold_script(word), style=pp.Style.TONE, errors=lambda chars: []))


def zhuyin(word: str, reading: str = "") -> str:
    """``word`` in zhuyin (bopomofo), as Taiwan readers learn it; from ``reading`` if given."""
    pp = _pypinyin()
    if reading:
        from pypinyin.style import convert

        return " ".join(convert(s.lower(), pp.Style.BOPOMOFO, True) for s in reading.split())
    return " ".join(pp.lazy_pinyin(fold_script(word), style=pp.Style.BOPOMOFO, errors=lambda chars: []))


@cache
def _phrases() -> dict[str, list[list[str]]]:
    """pypinyin's phrase dictionary: word → one list of readings per character."""
    _pypinyin()
    from pypinyin.constants import PHRASES_DICT

    return PHRASES_DICT


@cache
def _jyutping() -> Any:
    import ToJyutping

    return ToJyutping


def jyutping(word: str) -> str:
    """``word``'s Cantonese jyutping, one syllable per Han character, space-separated."""
    if not word:
        return ""
    pairs = _jyutping().get_jyutping_list(word)
    return " ".join(reading for _char, reading in pairs if reading)


def jyutping_syllables(text: str) -> list[str]:
    """One jyutping syllable per character of ``text`` ("" where there is none)."""
    pairs = _jyutping().get_jyutping_list(text) if text else []
    if len(pairs) != len(text):
        return [jyutping(ch) for ch in text]
    return [(reading or "").split(" ")[0] for _char, reading in pairs]


def jyutping_steps(text: str) -> Steps[list[str]]:
    """``jyutping_syllables`` of the whole text, a sentence per step."""
    out = [""] * len(text)
    for start, end in _sentences(text):
        if _HAN.search(text, start, end):
            out[start:end] = jyutping_syllables(text[start:end])
        yield
    return out


class _G2pM:
    """g2pM's model, loaded with its files closed again (its own loader leaves them open)."""

    def __init__(self) -> None:
        from g2pM import G2pM

        spec = find_spec("g2pM")
        assert spec is not None and spec.origin is not None
        folder = Path(spec.origin).parent

        def load(name: str) -> Any:
            with open(folder / name, "rb") as file:
                return pickle.load(file)  # noqa: S301 - the installed package's own model

        model = G2pM.__new__(G2pM)
        model.cedict = load("digest_cedict.pkl")
        model.char2idx = load("char2idx.pkl")
        model.load_variable(load("np_ckpt.pkl"))
        model.idx2class = {idx: pron for pron, idx in load("class2idx.pkl").items()}
        self._model = model

    def syllables(self, sentence: str) -> list[str]:
        """One numbered syllable per character of ``sentence`` ("" where it has none)."""
        out = self._model(sentence, tone=True, char_split=True)
        if len(out) != len(sentence):
            return [""] * len(sentence)
        return [s if _HAN.match(ch) and s != ch else "" for ch, s in zip(sentence, out, strict=True)]


@cache
def _model() -> _G2pM:
    return _G2pM()


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """The sentences of ``text`` as (start, end), ends after their closing punctuation.

    A sentence longer than ``_LONGEST`` is cut after commas into clauses (classical
    texts run on for hundreds of characters): each is one step of the reading.
    """
    return list(_sentences(text))


def _sentences(text: str) -> Iterator[tuple[int, int]]:
    for match in _SENTENCE.finditer(text):
        if match.end() > match.start() and text[match.start() : match.end()].strip():
            yield from _clauses(text, *match.span())


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    if end - start <= _LONGEST:
        return [(start, end)]
    out, at = [], start
    for match in _CLAUSE_END.finditer(text, start, end):
        if match.end() - at >= _LONGEST // 2:
            out.append((at, match.end()))
            at = match.end()
    if at < end:
        out.append((at, end))
    return out


def _known_phrases(word: str, phrases: dict[str, list[list[str]]]) -> list[tuple[int, list[list[str]]]]:
    """The phrases pypinyin knows inside ``word`` (银行行长: 银行, 行长), with their offsets."""
    whole = phrases.get(word)
    if whole and len(whole) == len(word):
        return [(0, whole)]
    from pypinyin.seg.mmseg import seg

    found, at = [], 0
    for part in seg.cut(word):
        phrase = phrases.get(part)
        if len(part) > 1 and phrase and len(phrase) == len(part):
            found.append((at, phrase))
        at += len(part)
    return found


@lru_cache(maxsize=512)
def _sentence_readings(sentence: str) -> tuple[str, ...]:
    folded = fold_script(sentence)  # the model knows simplified characters
    return tuple(syllable_to_marks(s.replace("u:", "ü")) for s in _model().syllables(folded))


def readings(text: str, words: Sequence[tuple[int, int]] | None = None) -> list[str]:
    """One pinyin syllable (tone marks) per character of ``text``, chosen in context.

    ``words`` (spans into ``text``) let a known phrase read as a whole; without them
    the text is segmented here.
    """
    return finish(reading_steps(text, words))


def reading_steps(text: str, words: Sequence[tuple[int, int]] | None = None,
                  spans: Iterable[tuple[int, int]] | None = None) -> Steps[list[str]]:
    """``readings`` a sentence per step (only the sentences ``spans`` when given)."""
    if words is None:
        from .segment import segment

        words = segment(text)
    starts = getattr(words, "starts", None) or [w[0] for w in words]
    phrases = _phrases()
    out = [""] * len(text)
    for start, end in spans if spans is not None else _sentences(text):
        if _HAN.search(text, start, end):
            out[start:end] = _sentence_readings(text[start:end])
            folded = fold_script(text[start:end])
            k = bisect_left(starts, start)
            while k < len(words) and words[k][1] <= end:
                a, b = words[k]
                if b - a > 1:
                    for at, phrase in _known_phrases(folded[a - start : b - start], phrases):
                        out[a + at : a + at + len(phrase)] = [p[0] for p in phrase]
                k += 1
        yield
    return out


def reading_pieces(text: str, size: int = _PIECE) -> list[tuple[int, int]]:
    """``text`` cut into pieces of about ``size`` characters, each ending after a sentence
    (or at twice ``size``, for text without stops): the units the readings come in."""
    pieces, start = [], 0
    while start < len(text):
        found = _PIECE_END.search(text, start + size, start + 2 * size)
        end = min(found.end() if found else start + 2 * size, len(text))
        pieces.append((start, end))
        start = end
    return pieces


def piece_readings(piece: str, starts: Sequence[int], ends: Sequence[int], mode: str) -> list[str]:
    """One reading per character of ``piece`` ("" for none) in ``mode``, one of READING_MODES.

    ``starts``/``ends`` are its words (offsets into ``piece``). A plain function of plain
    data, so that the helper process can run it: the window never waits on the model.
    """
    if mode == "jyutping":
        return finish(jyutping_steps(piece))
    syllables = finish(reading_steps(piece, list(zip(starts, ends, strict=True))))
    return [zhuyin("", s) if s else "" for s in syllables] if mode == "zhuyin" else syllables
