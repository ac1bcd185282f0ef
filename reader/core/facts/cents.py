"""Money under one unit, and the spoken dollar of Hong Kong and Macau.

Mainland prices under one yuan are said in 角 or 毛 and 分 (两毛五, 八分钱);
Hong Kong and Macau say 毫 (ten cents: 两毫, 五毫子), 仙 (cents: 五仙, 五十仙)
and, for the dollar itself, 蚊 or 个 (三个四 is 3.40, 五个半 5.50, 个半 1.50).
``amounts`` reads the dollars; this module reads what comes after them (the
tail of 三蚊六毫, 三块五毛二分) and the amounts that have no dollar part. A
Cantonese unit is the Hong Kong dollar, or the pataca in an article about
Macau; 個 is the dollar only as written in traditional script (``spoken_dollar``).
"""

from __future__ import annotations

import re
from decimal import Decimal

from .model import Detail, FactKind, Hit, Qualifier
from .numerals import CN_DIGITS, NUMBER, format_decimal, parse_number
from .scan import scanner

__all__ = ["TAIL", "find_cents", "spoken_code", "spoken_dollar", "tail_value"]

_CJK = "\u4e00-\u9fff"
_D = rf"[{CN_DIGITS}\d]"
_SAID = "[一二三四五六七八九]"
"""A digit as prices are said (三块四): not 伍 (a squad in 三个伍), nor 4 (一块2.55英寸)."""
_END = rf"(?=[^{_CJK}\d.]|[到至一每]|$)"
"""Where a spoken price may stop: not inside a word or number (三个四岁), but before 一斤 or 每个."""

TAIL = (
    rf"(?:零?{_D}[角毛毫](?:{_D}分?|半)?|零?{_D}分|零{_D})钱?"
    rf"|(?<=[块蚊个]){_SAID}{_END}|(?<=\d[块蚊])[1-9]{_END}|(?<=[块蚊个元圆])半钱?{_END}|(?<=[块蚊元])[多几]钱?{_END}"
)
"""What may follow the dollar: 五角, 七毛八, 六毫, 一毫半, 零四, 二分; after 块, 蚊 or 个 a bare
digit (三块四 is 3.40; 3块8 too, after digits, but not 一块2.55英寸); 半 (三块半); 多 or 几
(三块多: more than 3; 三蚊几: 3 and some)."""

_HUNDREDTHS = {"美分": "USD", "欧分": "EUR", "便士": "GBP"}
_HUNDREDTHS_MONEY = rf"(?<![\d.{CN_DIGITS}])(?P<num>{NUMBER})\s*(?P<cur>美分|欧分|便士)"
_CENTS = (
    rf"(?<![\d.{CN_DIGITS}十丝分])(?:(?P<jiao>{_D})(?P<ten>[角毛毫])(?:(?P<fen>{_D})分?|(?P<half>半))?"
    rf"|(?P<only>(?:[{CN_DIGITS}十]|\d){{1,3}})(?:分(?=钱)|(?P<sin>仙)))(?:钱|(?<=毫)子)?"
    rf"(?![{CN_DIGITS}\d]|[{_CJK}](?<!钱)(?<!毫子))"
)
_A_CORNER = re.compile(r"[一三]角")
"""八仙 are the Eight Immortals; 冰山一角, 城市一角 a corner and 三角 a triangle, unless 钱 or
cents follow (一角钱, 三角五)."""
_BARE_DOLLAR = rf"(?:(?<![{_CJK}])|(?<=[要卖收值俾畀加减]))个(?P<rest>半|{_SAID})(?![{_CJK}\d])"
"""个半 (1.50), 个九 (1.90): the dollar without its 一, standing alone or after a verb of price."""


def spoken_code(home: str) -> str:
    """The currency of 蚊, 个, 毫 and 仙: the pataca in a Macau article, Singapore's or Malaysia's
    dollar in theirs (五仙 is five cents, or sen, there too), else the Hong Kong dollar."""
    return home if home in ("MOP", "SGD", "MYR") else "HKD"


def spoken_dollar(written: str, start: int, end: int, home: str) -> bool:
    """Whether the 个 of an amount at ``start:end`` of the folded text is the dollar.

    Cantonese is written in traditional script, so only a 個 as written is (in
    simplified text 个 is the measure word), outside Taiwan, and not a quoted
    slogan (「三個一」活動).
    """
    at = written.find("個", start, end)
    before, after = written[start - 1 : start], written[end : end + 1]
    return at >= 0 and home != "TWD" and not (before and before in _OPENING and after and after in _CLOSING)


_OPENING = "“「『‘\"'"
_CLOSING = "”」』’\"'"


def find_cents(folded: str, home: str, written: str) -> list[Hit]:
    """Amounts with no dollar part: 两毛, 五角, 两毛五, 八分钱, 五仙, 两毫, 五毫子, 99美分, 個半.

    Not a phrase that goes on (一毛不拔, 八仙过海, 五毫米), a bare 五分 (a score,
    minutes), 一丝一毫, nor a folk interest rate (月息1毛: a tenth a month). ``written`` is the text before folding (see ``spoken_dollar``).
    """
    hits = []
    for m in scanner(_HUNDREDTHS_MONEY).finditer(folded):
        number = parse_number(m["num"])
        if number is not None:
            hits.append(_exact(m, number / 100, _HUNDREDTHS[m["cur"]]))
    for m in scanner(_CENTS).finditer(folded):
        value = _cents_value(m)
        if value is not None and not (m["sin"] and m["only"] == "八") and not _A_CORNER.fullmatch(m.group()) \
                and not _RATE.search(folded, max(0, m.start() - 3), m.start()):
            spoken = m["sin"] or m["ten"] == "毫"
            hits.append(_exact(m, value, spoken_code(home) if spoken else home))
    for m in scanner(_BARE_DOLLAR).finditer(folded):
        if spoken_dollar(written, m.start(), m.end(), home):
            hits.append(_exact(m, 1 + tail_value(m["rest"]), spoken_code(home)))
    return hits


_RATE = re.compile(r"[月年]息[为是]?$")


def tail_value(tail: str | None) -> Decimal:
    """What follows the dollar: 二角 → 0.2, 零四 → 0.04, 七毛八 → 0.78, 一毫半 → 0.15, 半 → 0.5;
    多 and 几 add nothing (they say how the amount is qualified)."""
    if not tail:
        return Decimal(0)
    tail = tail.rstrip("钱")
    if tail == "半":
        return Decimal("0.5")
    digits = [Decimal(int(d)) for c in tail if c != "零" and (d := parse_number(c)) is not None]
    if not digits:
        return Decimal(0)
    if tail.startswith("零") or tail.endswith("分") and len(digits) == 1:
        return digits[0] / 100
    if len(digits) == 1 and not re.search("[角毛毫]", tail):
        return digits[0] / 10  # 三块四
    half = Decimal("0.05") if tail.endswith("半") else Decimal(0)
    return digits[0] / 10 + (digits[1] / 100 if len(digits) > 1 else half)


def _cents_value(match: re.Match[str]) -> Decimal | None:
    """The amount in units: 两毛五 → 0.25, 五十仙 → 0.5; None past 99 cents."""
    if match["only"]:
        cents = parse_number(match["only"])
        return None if cents is None or cents >= 100 else cents / 100
    jiao = parse_number(match["jiao"])
    fen = parse_number(match["fen"] or "0")
    if jiao is None or fen is None:
        return None
    return jiao / 10 + fen / 100 + (Decimal("0.05") if match["half"] else 0)


def _exact(match: re.Match[str], value: Decimal, code: str) -> Hit:
    text = format_decimal(value)
    detail = Detail(Qualifier.EXACT, text, text, code)
    return Hit(FactKind.MONEY, match.start(), match.end(), f"{text} {code}", detail)
