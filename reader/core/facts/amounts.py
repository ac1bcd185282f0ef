"""Money, counts and percentages, with values a reader can compare across articles.

Values: money is ``<number> <ISO 4217 code>`` (``166000000 CNY``, a range
``5.6-5.78 CNY``); a count is ``<number> <measure word> <noun>`` with the noun
left out when none follows (``75 个 国家和地区``, ``2187 篇``); a percentage is
``1.47%`` or ``0.5pp`` for 个百分点. A number followed by 多/余 (50多场) gets a
``+``: ``50+ 场 活动``. Bare 元 and 块 are taken as renminbi: the text rarely
says which dollar it means, and mainland news is the common case.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal
from functools import cache

from .lexicon import MEASURE_WORDS, VERBS
from .model import FactKind, Hit
from .numerals import CN_DIGITS, NUMBER, format_decimal, parse_number
from .spans import Cover

__all__ = ["find_amounts"]

_CURRENCIES = {
    "人民币元": "CNY",
    "人民币": "CNY",
    "块钱": "CNY",
    "元": "CNY",
    "圆": "CNY",
    "块": "CNY",
    "美元": "USD",
    "美金": "USD",
    "港元": "HKD",
    "港币": "HKD",
    "蚊": "HKD",
    "澳门元": "MOP",
    "澳门币": "MOP",
    "新台币": "TWD",
    "台币": "TWD",
    "欧元": "EUR",
    "日元": "JPY",
    "日圆": "JPY",
    "英镑": "GBP",
    "韩元": "KRW",
    "卢布": "RUB",
    "澳元": "AUD",
    "加元": "CAD",
    "新加坡元": "SGD",
    "瑞士法郎": "CHF",
    "泰铢": "THB",
}
_PREFIX_CURRENCIES = ("人民币", "美元", "港元", "港币", "新台币", "欧元", "日元", "英镑")
_SYMBOLS = {
    "US$": "USD",
    "HK$": "HKD",
    "NT$": "TWD",
    "$": "USD",
    "¥": "CNY",
    "￥": "CNY",
    "€": "EUR",
    "£": "GBP",
}
_NOUN_STOP_CHARS = set(
    "的之在被由向对为从以于将把让给等共均都也已还就又并且及或是有无不没即则皆各每该此其所"
)
_QUALIFIERS = "超近约逾达上数共"
_BARE_UNITS = set("十百千万亿拾佰仟")
_APPROX = r"(?P<approx>多|余)?(?P<mult>[十百千万亿]*)"
_CJK = "\u4e00-\u9fff"

_NUM = rf"(?<![\d.{CN_DIGITS}十百千万亿第])(?<!\d,)(?P<num>{NUMBER})"
_RANGE = rf"(?:\s*(?:-|~|～|至|到|—)\s*(?P<num2>{NUMBER}))?"


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation, longest first, of escaped words."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_MONEY = (
    rf"(?P<pre>{_alternation(_PREFIX_CURRENCIES)})?{_NUM}{_RANGE}{_APPROX}"
    rf"(?P<cur>{_alternation(_CURRENCIES)})?"
    rf"(?P<tail>零?[{CN_DIGITS}\d][角毛毫](?:[{CN_DIGITS}\d]分?)?|零?[{CN_DIGITS}\d]分|零[{CN_DIGITS}\d]"
    rf"|(?<=[块蚊])[{CN_DIGITS}](?=[^{_CJK}]|[到至]|$))?"
)
_RANGE_JOIN = re.compile(r"\s*(?:-|~|～|至|到|—)\s*")
_SYMBOL_MONEY = rf"(?P<sym>{_alternation(_SYMBOLS)})\s*(?P<num>{NUMBER})"
_PERCENT = rf"{_NUM}\s*(?P<sign>%|‰|个百分点)|百分之(?P<pct>{NUMBER})|千分之(?P<pml>{NUMBER})"
_COUNT = (
    rf"{_NUM}{_RANGE}{_APPROX}(?P<mw>{_alternation(MEASURE_WORDS)})"
    rf"(?P<noun>[{_CJK}]{{1,8}}(?:\([{_CJK}、]{{1,6}}\))?)?"
)


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    """A pattern compiled on first use, so importing the module costs nothing."""
    return re.compile(pattern)


def find_amounts(folded: str) -> list[Hit]:
    """Money, percentages and counts; a span taken by money or a percentage is no count."""
    taken = _money(folded) + _percents(folded)
    cover = Cover(taken)
    return taken + [c for c in _counts(folded) if not cover.overlaps(c.start, c.end)]


# ---- Money


def _money(folded: str) -> list[Hit]:
    """Amounts with a currency word before or after the number, or a currency symbol."""
    hits = [h for m in _compiled(_MONEY).finditer(folded) if (h := _money_hit(m)) is not None]
    for m in _compiled(_SYMBOL_MONEY).finditer(folded):
        value = parse_number(m["num"])
        if value is not None:
            hits.append(
                Hit(FactKind.MONEY, m.start(), m.end(), _money_value(value, _SYMBOLS[m["sym"]]))
            )
    return _join_ranges(folded, hits)


def _join_ranges(folded: str, hits: list[Hit]) -> list[Hit]:
    """五块六到五块七毛八: two amounts of one currency joined by 到/至/- make one range."""
    joined: list[Hit] = []
    for hit in sorted(hits, key=lambda h: h.start):
        last = joined[-1] if joined else None
        if (
            last
            and _RANGE_JOIN.fullmatch(folded[last.end : hit.start])
            and _same_currency(last, hit)
        ):
            low = last.value.rsplit(" ", 1)[0]
            joined[-1] = Hit(FactKind.MONEY, last.start, hit.end, f"{low}-{hit.value}")
        else:
            joined.append(hit)
    return joined


def _same_currency(a: Hit, b: Hit) -> bool:
    """Whether two single amounts (not ranges) share their currency code."""
    return a.value.split(" ")[-1] == b.value.split(" ")[-1] and "-" not in a.value + b.value


def _money_hit(match: re.Match[str]) -> Hit | None:
    """A money hit, if the match names a currency and its number reads."""
    word = match["pre"] or match["cur"]
    if not word or not _is_money_word(match):
        return None
    low, high = _range_values(match)
    if low is None:
        return None
    low += _tail_value(match["tail"])
    low, high = _multiplied(low, match), None if high is None else _multiplied(high, match)
    amount = (
        format_decimal(low) if high is None else f"{format_decimal(low)}-{format_decimal(high)}"
    )
    code = _CURRENCIES[match["pre"] or match["cur"]]
    end = match.end() if match["cur"] else match.end("num2") if match["num2"] else match.end("num")
    return Hit(
        FactKind.MONEY, match.start(), end, amount + ("+" if match["approx"] else "") + " " + code
    )


def _is_money_word(match: re.Match[str]) -> bool:
    """块 is money only when no noun follows it (三块钱, 7块 — not 三块蛋糕)."""
    if match["cur"] != "块" or match["tail"]:
        return True
    after = match.string[match.end() : match.end() + 1]
    return not re.match(rf"[{_CJK}]", after)


def _tail_value(tail: str | None) -> Decimal:
    """角 and 分 after the main unit: 二角 → 0.2, 零四 → 0.04, 七毛八 → 0.78."""
    if not tail:
        return Decimal(0)
    digits = [Decimal(int(d)) for c in tail if c != "零" and (d := parse_number(c)) is not None]
    if tail.startswith("零") or tail.endswith("分") and len(digits) == 1:
        return digits[0] / 100
    return digits[0] / 10 + (digits[1] / 100 if len(digits) > 1 else 0)


def _money_value(amount: Decimal, code: str) -> str:
    """``<number> <code>``."""
    return f"{format_decimal(amount)} {code}"


def _multiplied(value: Decimal, match: re.Match[str]) -> Decimal:
    """50多万 → 500000: units after 多/余 multiply the number before them."""
    factor = parse_number("1" + match["mult"]) if match["mult"] else 1
    return value * (factor or 1)


def _range_values(match: re.Match[str]) -> tuple[Decimal | None, Decimal | None]:
    """Both ends of 5000万至1亿 or 5-10万; the low end borrows the high end's 万/亿."""
    low = parse_number(match["num"])
    if not match["num2"]:
        return low, None
    high = parse_number(match["num2"])
    unit = re.search(r"[万亿]+$", match["num2"])
    if unit and not re.search(r"[万亿]$", match["num"]):
        low = parse_number(match["num"] + unit.group())
    return low, high


# ---- Percentages


def _percents(folded: str) -> list[Hit]:
    """5%, 1.47%, 百分之五, 千分之三, 0.5个百分点."""
    hits = []
    for m in _compiled(_PERCENT).finditer(folded):
        number = parse_number(m["num"] or m["pct"] or m["pml"])
        if number is None:
            continue
        sign = m["sign"] or ("‰" if m["pml"] else "%")
        suffix = "pp" if sign == "个百分点" else sign
        hits.append(Hit(FactKind.PERCENT, m.start(), m.end(), format_decimal(number) + suffix))
    return hits


# ---- Counts


def _counts(folded: str) -> list[Hit]:
    """A number and a measure word, with the noun they count when one follows."""
    hits = []
    for m in _compiled(_COUNT).finditer(folded):
        if not _countable(m):
            continue
        low, high = _range_values(m)
        if low is None:
            continue
        low, high = _multiplied(low, m), None if high is None else _multiplied(high, m)
        noun = _trim_noun(m["noun"] or "")
        number = format_decimal(low) + (f"-{format_decimal(high)}" if high is not None else "")
        number += "+" if m["approx"] else ""
        value = " ".join(part for part in (number, m["mw"], noun) if part)
        hits.append(Hit(FactKind.COUNT, m.start(), m.end("mw") + len(noun), value))
    return hits


def _countable(match: re.Match[str]) -> bool:
    """Not 一个/一名 (an article, not a count), nor a bare 万 or 百 without 超/近/约 before it."""
    num = match["num"]
    if num in ("一", "壹") and not match["num2"]:
        return False
    if all(c in _BARE_UNITS for c in num):
        before = match.string[match.start() - 1 : match.start()]
        return bool(before) and before in _QUALIFIERS or bool(match["approx"])
    return True


def _trim_noun(noun: str) -> str:
    """The noun after a measure word, cut where a function word or common verb begins."""
    cuts = [
        i
        for i, c in enumerate(noun)
        if c in _NOUN_STOP_CHARS or c in "和与、" and _digit_follows(noun, i)
    ]
    cuts += [i for i, c in enumerate(noun) if c in "中内上下" and i >= 2]
    cuts += [at for word in VERBS if (at := noun.find(word)) != -1]
    return _short_noun(noun[: min(cuts, default=len(noun))])


def _short_noun(noun: str) -> str:
    """At most four characters, or two such nouns joined by 和/与/及 (国家和地区).

    Counted nouns are short; a longer run has usually run on into a verb.
    """
    if "(" in noun:
        return noun
    joined = re.match(r"([^和与及]{1,4}[和与及][^和与及]{1,4})", noun)
    return joined.group(1) if joined else noun[:4]


def _digit_follows(noun: str, i: int) -> bool:
    """和 before another number ends the noun (15项改革举措和8项…); 和 inside a noun does not."""
    return i + 1 >= len(noun) or noun[i + 1] in CN_DIGITS
