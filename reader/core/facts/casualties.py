"""Casualties in the news's shorthand: 128死79傷, 2死15失蹤, 最少十三死, 44死者遺體, 2生還者; and
people by sex so: 拘捕3男1女, 7男被捕.

Headlines and live pages count the dead, injured and missing with the word alone after the
number, no measure word: such a count was no fact. A number in figures before 死, 伤, 失踪 or
失联 is one where a pair or the end of the phrase shows the shorthand (13死33伤, 釀2死); in
Chinese numerals only after a word that counts (最少十三死), as 九死一生 and 十死无生 are idioms.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .model import Detail, FactKind, Hit, Qualifier
from .numerals import parse_number

__all__ = ["casualties"]

_WHAT = r"(?P<what>死者|伤者|生还者|重伤|轻伤|死|伤|失踪|失联)"
_SHORTHAND = re.compile(
    r"(?P<q>最少|至少|逾|超过|约|近)?"
    rf"(?:(?<![\d.A-Za-z第])(?<!\d,)(?!(?<=号)\d{{1,5}}死者)(?!(?:19|20)\d\d(?!\d))(?P<n>\d{{1,5}})|(?<=最少|至少|造成|酿成|导致)(?P<cn>[一二两三四五六七八九十百]{{1,4}})|(?<=[酿致共死伤])(?P<cn2>[一二两三四五六七八九十百]{{1,4}})){_WHAT}"
    r"(?=\d|[一二两三四五六七八九十]{1,3}(?:伤|失踪|失联)|[，,、。；;：:！!？?）)」』”’\"\s]|人员|$|(?<=者))"
)
_BY_SEX = re.compile(
    r"(?<![\d.第])(?<!\d,)(?:(?<=\d[男女])(?P<n2>\d{1,4})(?P<what2>男|女)(?![子性士生孩童装篮足排单双])"
    r"|(?:(?<=[捕拘到走出有共及和与、为是将把了中少约逾近获令致\s，,。：:（(｜|】「『])|^)(?P<n>\d{1,4})(?P<what>男|女)"
    r"(?=\d{1,4}[男女]|[被涉落遭送等及和与共分同各，,、。；;：:！!？?）)（(」』\s]|$)"
    r"|(?<![一二两三四五六七八九十百])(?P<cn>[一二两三四五六七八九十]{1,3})(?P<cwhat>男)(?=[一二两三四五六七八九十]{1,3}女)"
    r"|(?<=[一二两三四五六七八九十]男)(?P<cn2>[一二两三四五六七八九十]{1,3})(?P<cwhat2>女))"
)
"""People counted by sex (拘捕3男1女, 7男被捕, 2男2女受傷, 三男一女): a digit's after a verb of
arrest or rescue, a stop or 至少, and before 被, a stop or the other sex; the other of a pair
whatever follows; a Chinese numeral's only as a pair (十男九痔 is a saying; 一男子 is a man). Not
a Taiwanese headline's age (高雄30女, 新北41男被控殺人: a place, then the age)."""
_QUALIFIERS = {"最少": Qualifier.MORE_THAN, "至少": Qualifier.MORE_THAN, "逾": Qualifier.MORE_THAN,
               "超过": Qualifier.MORE_THAN, "约": Qualifier.APPROXIMATE, "近": Qualifier.LESS_THAN}


def casualties(folded: str, number_text: Callable[[Detail], str]) -> list[Hit]:
    """A count hit for each casualty, or man or woman, in shorthand (``number_text`` writes a
    Detail's number)."""
    return _dead_and_hurt(folded, number_text) + _by_sex(folded, number_text)


def _dead_and_hurt(folded: str, number_text: Callable[[Detail], str]) -> list[Hit]:
    """A count hit for each number of dead, injured or missing said in shorthand."""
    if not any(word in folded for word in ("死", "伤", "失踪", "失联", "生还")):
        return []
    hits = []
    for match in _SHORTHAND.finditer(folded):
        written = match["n"] or match["cn"] or match["cn2"]
        number = parse_number(written)
        if number is None or number <= 0:
            continue
        qualifier = _QUALIFIERS.get(match["q"] or "", Qualifier.EXACT)
        low = None if qualifier is Qualifier.LESS_THAN else str(number)
        high = None if qualifier is Qualifier.MORE_THAN else str(number)
        detail = Detail(qualifier, low, high, match["what"])
        hits.append(Hit(FactKind.COUNT, match.start(), match.end(), f"{number_text(detail)} {match['what']}", detail))
    return hits


def _by_sex(folded: str, number_text: Callable[[Detail], str]) -> list[Hit]:
    """A count hit for each number of men or women said in shorthand."""
    if "男" not in folded and "女" not in folded:
        return []
    hits = []
    for match in _BY_SEX.finditer(folded):
        number = parse_number(match["n"] or match["n2"] or match["cn"] or match["cn2"])
        if number is None or number <= 0:
            continue
        what = match["what"] or match["what2"] or match["cwhat"] or match["cwhat2"]
        detail = Detail(Qualifier.EXACT, str(number), str(number), what)
        hits.append(Hit(FactKind.COUNT, match.start(), match.end(), f"{number_text(detail)} {what}", detail))
    return hits
