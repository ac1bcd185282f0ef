"""Word boundaries as news corpora draw them: jieba's words, cut or joined where its dictionary
and the segmentation standards of news text (PKU, MSR, CTB, AS, CityU) part ways.

jieba's dictionary holds many compositional entries that those standards cut (这种, 万元,
不能, 最大, and four-character compounds of two words: 金融 危机, 国有 企业), and its HMM
glues unknown pairs of characters into words that are mostly not words; numbers and their
units, and runs of dashes or dots, are one word in them but several in jieba. Each rule below is a rule of the
standards' shared grammar, written by hand; the dev set (benchmarks/words_gold.py)
only measured which of them help: benchmarks/words_segmenters.py prints the figures.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

__all__ = ["boundaries"]

_NUMBER = re.compile(r"[0-9]+(?:[.,][0-9]+)*[%‰]?")
_UNITS = frozenset("年月日号时万亿℃")
"""A number and the unit after it are one word (2022年, 7月, 16万, 26℃)."""
_AMOUNT = re.compile(r"[零一二三四五六七八九十百千两几数]*[万亿]+")
"""An amount in characters (三万, 万, 十亿): the unit after it is a word of its own (三万 元)."""
_UNIT_WORDS = frozenset({"年代", "时代", "时间", "时候", "日本", "月份", "万一", "亿万", "号召"})
"""Words that start with a unit but are words of their own (1960 年代)."""
_QUANTIFIERS = frozenset("一二三四五六七八九十两几每各这那哪此该某整半")
_CLASSIFIERS = frozenset("个种位次项批场条名支座份所片件张家部类句段套股双番遍声届期轮辆架艘棵篇首封颗粒块年天元岁")
"""A numeral or demonstrative and a classifier are two words (一 个, 这 种, 两 年)."""
_DEMONSTRATIVES = frozenset("本各该此")
_PLACES_AND_TIMES = frozenset("国港月地省市区届")
"""A demonstrative and a one-character noun are two words too (本 月, 各 地, 该 省)."""
_ADVERB_PAIRS = frozenset(["不能", "不是", "不到", "不想", "最大", "最高", "最新", "只能", "才能", "就是", "更好", "更是", "很大"])
"""An adverb and the verb or adjective it modifies, which jieba's dictionary joins (还是, 还有,
只有 and 不会, which most of the standards keep whole, stay whole)."""
_THIS_AND_THAT = frozenset(["这个", "那个"])
"""个, the general classifier, after 这 or 那 is one word in most of the standards (PKU, MSR
and CityU; AS cuts it), unlike every other demonstrative and classifier (一个 is cut: PKU and
MSR join it, AS and CityU cut it, and cutting it measured better for the worse-off corpora)."""
_WHOLE_KINDS = frozenset(["m", "q", "z", "c", "nrt"])
"""jieba's parts of speech for four-character words that stay whole even when both halves
are words: numerals and measures (二十八日, 三分之二, 平方公尺), reduplicated descriptions
(清清楚楚), conjunctions (如此一来) and transliterated names."""
_RUN = re.compile(r"([—…·])\1+")
"""A run of dashes or dots (——, ……) is one word."""
_HAN_PAIR = re.compile(r"[\u3400-\u9fff]+")
_SHORTEST_GUESS = 3
"""A word jieba's HMM made up (its dictionary does not hold it) is kept from this length on
(names: 舒马克, 亚努科维奇); shorter guesses are mostly two words glued together."""


_DATA = Path(__file__).resolve().parent / "data"
"""CC-CEDICT's words the rules need (benchmarks/words_cedict.py builds them, CC BY-SA 4.0)."""
_ADDED_FREQUENCY = 5
"""How often jieba is told a word of CC-CEDICT's that it lacks occurs (a rare word: it wins
over single characters, not over the words jieba knows)."""


def _cedict_words(name: str) -> list[str]:
    lines = (_DATA / name).read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line and not line.startswith("#")]


@cache
def _dictionary_compounds() -> frozenset[str]:
    """CC-CEDICT's own four-character words among jieba's compounds (统一战线, 改革开放)."""
    return frozenset(_cedict_words("compounds.txt"))


@cache
def _jieba() -> Any:
    """rjieba (jieba's dictionary, compiled in), imported on first use, with the two-character
    words of CC-CEDICT it lacks added (瞭解, 計畫, 布希: ~50 ms, in the helper process)."""
    import rjieba

    for word in _cedict_words("words.txt"):
        rjieba.add_word(word, _ADDED_FREQUENCY, None)
    return rjieba


def boundaries(folded: str) -> tuple[set[int], set[int]]:
    """The word boundaries of ``folded`` text (0 and its length included), and where spaces start."""
    cuts, spaces, position = {0, len(folded)}, set(), 0
    for token in _with_guesses(folded):
        if token.isspace():
            spaces.add(position)
        elif len(token) > 1 and (at := _split_at(token)):
            cuts.add(position + at)
        position += len(token)
        cuts.add(position)
    for match in _NUMBER.finditer(folded):  # 16,250 and 3.5% whole
        cuts.difference_update(range(match.start() + 1, match.end()))
        _join_unit(folded, match.end(), cuts)
    for match in _RUN.finditer(folded):
        cuts.difference_update(range(match.start() + 1, match.end()))
    return cuts, spaces


def _with_guesses(folded: str) -> list[str]:
    """jieba's words with its HMM, the HMM's guesses shorter than ``_SHORTEST_GUESS`` undone."""
    jieba = _jieba()
    tokens: list[str] = []
    for token in jieba.cut(folded, True):
        if len(token) < _SHORTEST_GUESS and len(token) > 1 and _HAN_PAIR.fullmatch(token) and not jieba.has_word(token):
            tokens += token
        else:
            tokens.append(token)
    return tokens


def _split_at(token: str) -> int:
    """Where the standards cut ``token`` (一 个, 不 能, 三万 元, 金融 危机), or 0 for nowhere."""
    if len(token) == 2 and token not in _THIS_AND_THAT and (
            token in _ADVERB_PAIRS or (token[0] in _QUANTIFIERS and token[1] in _CLASSIFIERS)
            or (token[0] in _DEMONSTRATIVES and token[1] in _PLACES_AND_TIMES)):
        return 1
    match = _AMOUNT.match(token)
    if match and match.end() < len(token) and token not in _UNIT_WORDS:
        return match.end()
    if len(token) == 4 and _is_compound(token):
        return 2
    return 0


def _is_compound(token: str) -> bool:
    """Whether a four-character word of jieba's is two words of its own that the standards cut
    (金融 危机, 国有 企业, 两国 关系): both halves are words, CC-CEDICT does not list it as a word
    of its own (统一战线, 改革开放, idioms), and it is not a numeral, a measure, a
    reduplication, a conjunction or a name (``_WHOLE_KINDS``)."""
    jieba = _jieba()
    return (_HAN_PAIR.fullmatch(token) is not None and jieba.has_word(token[:2]) and jieba.has_word(token[2:])
            and token not in _dictionary_compounds() and _kind(token) not in _WHOLE_KINDS)


@lru_cache(maxsize=1 << 16)
def _kind(word: str) -> str:
    """jieba's part of speech for a word of its dictionary."""
    tagged = _jieba().tag(word, False)
    return str(tagged[0][1]) if len(tagged) == 1 else ""


def _join_unit(folded: str, end: int, cuts: set[int]) -> None:
    """A number ending at ``end`` takes the unit after it (2022年, 16万; 22日电 → 22日 电)."""
    if end < len(folded) and folded[end] in _UNITS and folded[end : end + 2] not in _UNIT_WORDS:
        cuts.discard(end)
        cuts.add(end + 1)
