"""People counted after 人数 or 人口 with no measure word: 感染人数可能已超过1050万, 選民人數由447.2萬
減至413.1萬, 65周岁及以上人口1.7亿.

A count needs a measure word (名, 人) or a noun of people after the number (3000万用户). A
figure the sentence has already named as a number of people (the 人数 before it) goes without
either, in 万 or 亿, and was no fact: the headline figure of an epidemic or an election was
lost. After 人数 or 人口 and a few words of amount (可能, 已, 达到, 超过, 由…减至), such a number
is read as the same number with 人 after it, the noun the phrase 人数 ends (选民人数, 人口).
"""

from __future__ import annotations

import re

from .count_nouns import noun_before
from .model import FactKind, Hit
from .spans import Reread, fresh_matches, read_whole
from .sums import SUM_ALONE

__all__ = ["headcounts"]

_HEADS = r"(?P<noun>[\u4e00-\u9fff]{0,4}?(?:人数|人口))"
_AMOUNT_WORDS = r"(?:可能|已经|已|将|共|总共|达到了?|达|为|是|有|仅|只有|增至|减至|降至|升至|由|从|跃升至|回落至)"
"""Words between 人数 and its number; a qualifier (约, 超过, 逾) is the number's own."""
_HEADCOUNTS = (
    re.compile(rf"{_HEADS}(?:{_AMOUNT_WORDS}){{0,3}}{SUM_ALONE}"),
    re.compile(rf"{_HEADS}[^，,。；;！!？?\n]{{1,16}}?(?:减至|降至|增至|升至|增加到|减少到|下降到|上升到|跌至|回落至|至){SUM_ALONE}"),
)
"""A number in 万 or 亿 after 人数 or 人口 and words of amount, or as where 人数 went (由A减至B)."""
_NOUN_LIMIT = 6


def headcounts(folded: str, taken: list[Hit], count_of: Reread) -> list[Hit]:
    """Count hits for the numbers of people named by 人数 or 人口 that no other hit covers
    (``count_of``: the count rules, run on the number with 人 after it)."""
    if "人数" not in folded and "人口" not in folded:
        return []
    found: list[Hit] = []
    for match in fresh_matches(_HEADCOUNTS, folded, taken, found):
        start, end = match.span("sum")
        said = folded[start:end] + "人"
        if (read := read_whole(said, count_of)) is not None:
            noun = noun_before(match["noun"], _NOUN_LIMIT) or match["noun"][-2:]
            found.append(Hit(FactKind.COUNT, start, end, f"{read.value} {noun}", read.detail))
    return found
