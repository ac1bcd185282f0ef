"""A few of something, said 數名 or 好几个: 有數名居民受傷, 亦有數宗失聯個案, 数辆豪华轿车.

数 and 好几 right before a measure word say "a few": more than one and under ten. Such a count was
no fact, though 数十名 and 数百万 were read as about 10–100 and 100–1,000,000; it is read so now,
as about 2 to 9. Only after a word that opens a phrase of amount (有, 了, 另, 派, a stop), not where
数 ends a noun (人数名列, 分数, 无数), nor 數位 (Taiwan's "digital": 數位部, 數位錢包), nor in a
question (几个 is left alone: 几个人? asks).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .count_nouns import noun_after
from .model import Detail, FactKind, Hit, Qualifier
from .spans import fresh_matches

__all__ = ["few"]

_FEW = re.compile(
    r"(?:(?<=[有了的及和与、共派约逾近另其被将把让令致至中，,。：:\s])|^)"
    r"(?P<sum>(?:好几|数(?!位))(?P<mw>名|位|人|宗|辆|架|艘|间|座|个|家|具|次|条|项|只|批|队|所|栋|幢))"
    r"(?=(?P<noun>[\u4e00-\u9fff]{0,8}))"
)
_A_FEW = ("2", "9")
"""The bounds of 数 and 好几: more than one, under ten."""
_NOUN_LIMIT = 4
_PEOPLE = frozenset(("人",))


def few(folded: str, taken: list[Hit], number_text: Callable[[Detail], str]) -> list[Hit]:
    """Count hits for each 數名, 数辆, 好几个 that no other hit covers."""
    if "数" not in folded and "几" not in folded:
        return []
    found: list[Hit] = []
    for match in fresh_matches((_FEW,), folded, taken, found):
        detail = Detail(Qualifier.APPROXIMATE, *_A_FEW, match["mw"])
        noun = "" if match["mw"] in _PEOPLE else noun_after(match["noun"], _NOUN_LIMIT)
        value = " ".join(part for part in (number_text(detail), match["mw"], noun) if part)
        found.append(Hit(FactKind.COUNT, match.start("sum"), match.end("sum") + len(noun), value, detail))
    return found
