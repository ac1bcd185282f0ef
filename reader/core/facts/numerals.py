"""Numbers as Chinese news writes them: 2732.3万, 三千万, 一百二十, 二〇一九, 1,036.

Facts carry normalised values, so every amount, count, percentage and date
part goes through one parser. It reads Arabic digits (with thousands commas),
Chinese numerals in their everyday and financial forms (壹贰叁…拾佰仟), the
positional form years use (二〇一九), and the mixed form money uses (1.66亿).
Input is folded text: traditional forms (萬, 億, 貳) are already simplified.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

__all__ = ["CN_DIGITS", "COMPOUND_NUMBER", "DIGIT_VALUES", "NUMBER", "format_decimal", "parse_number"]

DIGIT_VALUES = {
    "零": 0,
    "〇": 0,
    "○": 0,
    "一": 1,
    "壹": 1,
    "二": 2,
    "两": 2,
    "贰": 2,
    "三": 3,
    "叁": 3,
    "参": 3,
    "四": 4,
    "肆": 4,
    "五": 5,
    "伍": 5,
    "六": 6,
    "陆": 6,
    "七": 7,
    "柒": 7,
    "八": 8,
    "捌": 8,
    "九": 9,
    "玖": 9,
}
"""Each character that stands for one digit, and its value (两 is 2, 壹 the cheque's 1)."""
_SMALL = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_BIG = {"万": 10_000, "亿": 100_000_000, "兆": 1_000_000_000_000}
"""兆 after digits is a million million, as Taiwan and Hong Kong write money (3.5兆元); it is
read only after digits, where a name (王兆国) cannot be."""
_TENS = {"廿": 20, "卅": 30, "卌": 40}

CN_DIGITS = "零〇○一二两三四五六七八九壹贰叁肆伍陆柒捌玖"
"""Characters that stand for one digit; a regex class body for other modules."""

_CN_CHARS = CN_DIGITS + "十拾百佰千仟万亿廿卅卌"
_PARSED_CHARS = _CN_CHARS + "参"
_ARABIC = r"(?:\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?![\d,])|\d+(?:,\d{3})*)(?:\.\d+)?"
"""Digits, with commas or (as Hong Kong's government writes them, 1 200) spaces between
thousands."""
_THOUSANDS_SPACE = re.compile(r"(?<=\d)[ \u00a0\u2009\u202f](?=\d{3})")
_WAN_TAIL = r"(?:\d千\d百|\d{3,4}|\d{1,3}[十百千]|零\d[十百千]|零\d{1,3}(?![\d十百千]))"
_THOUSANDS_AND = r"\d千\d{3}"
"""7千500, as a sum of 亿 or 万 is sometimes keyed (1亿7千500万美元, 3千500万): 7,500."""
_COMPOUND = (
    rf"(?:{_THOUSANDS_AND}[ \u00a0]?万|\d+(?:\.\d+)?[十百千]?(?:[ \u00a0]?亿[ \u00a0]?零?(?:{_THOUSANDS_AND}|\d{{1,4}}(?:\.\d+)?[十百千]?)[ \u00a0]?万{_WAN_TAIL}?"
    rf"|万{_WAN_TAIL}))(?![\d.])"
)
"""Digits on both sides of 亿 or 万 (1亿2000万, 35万1000, 3万5千), as news writes a sum that is
not round, maybe with a space each side of both units as Taiwan's papers set them (82 億 2690
萬元). After 万 the digits fill its four places or carry their own unit: 3万5 is the
spoken 三万五 (35,000), not 30,005, so it is left out; a 零 says the places skipped (2万零500,
1亿零800万)."""
_SPELLED = r"(?:\d[千百十]){2,}\d?(?![\d.])"
"""Digits each with its unit, as a sum in Chinese is keyed with Arabic digits (8千9百万, 3千5百): read
as the Chinese numeral they spell."""
_TO_CHINESE = str.maketrans("0123456789", "零一二三四五六七八九")
_THOUSANDS_JOINED = re.compile(r"(\d)千(\d{3})")
_HUNDREDS_JOINED = re.compile(r"(\d)千(\d)百$")
"""1万2千5百: 2,500 after the 万, as a sum is sometimes keyed."""
_UNIT_SPACE = re.compile(r"[ \u00a0](?=[亿万])|(?<=[亿万])[ \u00a0]")
_TRILLIONS = (
    rf"(?:\d+|[{CN_DIGITS}十]+)兆零?(?:\d+(?:\.\d+)?[千百十]?亿(?:零?\d+(?:\.\d+)?[千百十]?万)?(?![\d.])"
    rf"|(?<![\d.])[{CN_DIGITS}十百千]+亿(?:[{_CN_CHARS}]+万)?|(?=[{CN_DIGITS}十百千万]*亿)[{_CN_CHARS}]+)"
)
"""A sum of 兆 and 亿, as Taiwan's papers write a budget (一兆五千亿元, 2兆1600亿元): 兆 a million million."""
NUMBER = rf"(?:{_TRILLIONS}|{_COMPOUND}|{_SPELLED}|{_ARABIC}[十百千万亿兆]*|[{_CN_CHARS}]+(?:[点.][{CN_DIGITS}]+[万亿]?)?)"
"""A regex for one number in any of the forms ``parse_number`` reads."""
COMPOUND_NUMBER = re.compile(_COMPOUND)
_COMPOUND_PARTS = re.compile(
    r"(?:(?P<yi>[\d.]+[十百千]?)亿)?零?(?:(?P<wan>[\d.]+[十百千]?)万)?零?(?P<rest>\d+[十百千]?)?"
)
_SPELLED_NUMBER = re.compile(_SPELLED)

_MIXED = re.compile(r"^((?:\d+(?:,\d{3})*)?(?:\.\d+)?)([十百千万亿兆]*)$")
_FRACTION = re.compile(r"^(.+)分之(.+)$")


RESTARTED = re.compile(r"[十拾][^万亿]*[十拾百佰千仟]|[百佰][^万亿]*[百佰千仟]|[千仟][^万亿]*[千仟]")
"""A Chinese numeral whose units climb again within a section (七十七十, 二十二十五): a speaker
starting over, two numbers side by side, not one; parse_number reads none."""


def parse_number(text: str) -> Decimal | None:
    """The value of a number written in any supported form, or None if it is not one."""
    text = _THOUSANDS_SPACE.sub("", text.strip())
    if text[:1] in ("-", "负"):
        rest = parse_number(text[1:])
        return None if rest is None else -rest
    if "兆" in text and not _MIXED.match(text):
        return _trillions(text)
    if COMPOUND_NUMBER.fullmatch(text):
        return _compound(_HUNDREDS_JOINED.sub(r"\g<1>\g<2>00", _THOUSANDS_JOINED.sub(r"\1\2", _UNIT_SPACE.sub("", text))))
    if _SPELLED_NUMBER.fullmatch(text):
        return _chinese(text.translate(_TO_CHINESE))
    mixed = _MIXED.match(text)
    if mixed and mixed.group(1):
        return _scaled(Decimal(mixed.group(1).replace(",", "")), mixed.group(2))
    fraction = _FRACTION.match(text)
    if fraction:
        return _fraction(fraction.group(1), fraction.group(2))
    if "点" in text or "." in text:  # 三点六, and 三．六 as Taiwan's papers write it
        whole, _, frac = text.partition("点" if "点" in text else ".")
        digits = frac.rstrip("万亿")  # 一点三亿: 1.3 times 亿
        value = _decimal(whole, digits)
        return None if value is None or not digits else _scaled(value, frac[len(digits) :])
    return _chinese(text)


def _trillions(text: str) -> Decimal | None:
    """一兆五千亿 → 1,500,000,000,000: the 兆 part and the rest, each read as a number."""
    head, _, rest = text.partition("兆")
    high = parse_number(head)
    low = parse_number(rest.lstrip("零")) if rest.lstrip("零") else Decimal(0)
    return None if high is None or low is None else high * _BIG["兆"] + low


def format_decimal(value: Decimal) -> str:
    """A plain decimal string with no exponent and no trailing zeros: 166000000, 2.5."""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text or "0"


def _compound(text: str) -> Decimal:
    """1亿2000万 → 120000000: each section's digits (and unit) times its 亿 or 万, summed."""
    parts = _COMPOUND_PARTS.fullmatch(text)
    assert parts is not None  # COMPOUND_NUMBER matched, and its forms are a subset
    total = Decimal(0)
    for name, scale in (("yi", _BIG["亿"]), ("wan", _BIG["万"]), ("rest", 1)):
        if parts[name]:
            digits = parts[name].rstrip("十百千")
            total += _scaled(Decimal(digits), parts[name][len(digits) :]) * scale
    return total


def _scaled(base: Decimal, units: str) -> Decimal:
    """Apply trailing unit characters to an Arabic base: 1.66 + 亿 → 166000000."""
    for char in units:
        base *= _SMALL.get(char, 0) or _BIG[char]
    return base


def _fraction(denominator: str, numerator: str) -> Decimal | None:
    """二分之一 → 0.5: the denominator comes first."""
    low, high = parse_number(numerator), parse_number(denominator)
    return None if low is None or not high else low / high


def _decimal(whole: str, frac: str) -> Decimal | None:
    """一点五 → 1.5: the part after 点 is read digit by digit."""
    integer = _chinese(whole) if whole else Decimal(0)
    digits = "".join(
        c if c.isdigit() else str(DIGIT_VALUES[c]) for c in frac if c in DIGIT_VALUES or c.isdigit()
    )
    if integer is None or len(digits) != len(frac) or not digits:
        return None
    try:
        return integer + Decimal("0." + digits)
    except InvalidOperation:
        return None


def _chinese(text: str) -> Decimal | None:
    """A Chinese numeral, positional (二〇一九) or with units (三千零五十, 千一, 百二万)."""
    if not text or any(c not in _PARSED_CHARS for c in text) or RESTARTED.search(text):
        return None
    if all(c in DIGIT_VALUES for c in text):
        return Decimal("".join(str(DIGIT_VALUES[c]) for c in text))
    return _with_units(text)


def _with_units(text: str) -> Decimal | None:
    """Sum sections split by 亿 and 万, each a sum of digit × 十/百/千."""
    total, rest = Decimal(0), text
    for char, scale in (("亿", _BIG["亿"]), ("万", _BIG["万"])):
        if char in rest:
            head, _, rest = rest.partition(char)
            section = _section(head) if head else Decimal(1)
            if section is None:
                return None
            total += section * scale
            if rest and rest[0] in DIGIT_VALUES and len(rest) == 1 and rest[0] not in "零〇○":
                return total + DIGIT_VALUES[rest[0]] * Decimal(scale) / 10
    tail = _section(rest) if rest else Decimal(0)
    return None if tail is None else total + tail


def _section(text: str) -> Decimal | None:
    """A number below 万: 三千零五十 → 3050, and the spoken 千一 → 1100, 百二 → 120; or written
    digit by digit before 万 or 亿, as Taiwanese papers do (一二○○万 → 1200 万)."""
    if len(text) > 1 and all(c in DIGIT_VALUES for c in text):
        return Decimal("".join(str(DIGIT_VALUES[c]) for c in text))
    value, digit, last_unit = 0, None, 0
    for char in text:
        if char in DIGIT_VALUES:
            digit = DIGIT_VALUES[char]
        elif char in _TENS:
            value += _TENS[char]
            last_unit = 10
        elif char in _SMALL:
            unit = _SMALL[char]
            value += (1 if digit is None else digit) * unit
            digit, last_unit = None, unit
        else:
            return None
    if digit is not None:
        trailing_after_unit = last_unit >= 100 and text[-2] in _SMALL
        value += digit * (last_unit // 10) if trailing_after_unit else digit
    return Decimal(value)
