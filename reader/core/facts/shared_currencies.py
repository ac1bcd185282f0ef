"""Which country's currency a name many countries share means (卢比, 比索, 克朗, 第纳尔…).

A story about Pakistan writes 500亿卢比 for Pakistani rupees, one about Argentina 1000比索 for
Argentine pesos: the country is named once, the currency then goes by its short name. So a
shared name is read as the currency of the country the text names nearest before the amount,
else nearest after it; with no such country named it keeps the reading it has alone (卢比 the
Indian rupee), or, for a name no country has first claim on (比索, 克朗), it is no amount the
panel can value. Names are the folded (simplified) script's.
"""

from __future__ import annotations

import re
from functools import cache

__all__ = ["SHARED_NAMES", "currency_named_near"]

_USERS: dict[str, dict[str, tuple[str, ...]]] = {
    "卢比": {"INR": ("印度",), "PKR": ("巴基斯坦",), "LKR": ("斯里兰卡",), "NPR": ("尼泊尔",),
             "IDR": ("印尼", "印度尼西亚"), "MUR": ("毛里求斯",), "SCR": ("塞舌尔",)},
    "比索": {"PHP": ("菲律宾",), "ARS": ("阿根廷",), "MXN": ("墨西哥",), "CLP": ("智利",),
             "COP": ("哥伦比亚",), "UYU": ("乌拉圭",), "CUP": ("古巴",), "DOP": ("多米尼加",)},
    "披索": {"PHP": ("菲律宾",), "ARS": ("阿根廷",), "MXN": ("墨西哥",), "CLP": ("智利",),
             "COP": ("哥伦比亚",)},
    "克朗": {"SEK": ("瑞典",), "NOK": ("挪威",), "DKK": ("丹麦",), "CZK": ("捷克",), "ISK": ("冰岛",)},
    "第纳尔": {"KWD": ("科威特",), "IQD": ("伊拉克",), "JOD": ("约旦",), "BHD": ("巴林",),
               "DZD": ("阿尔及利亚",), "TND": ("突尼斯",), "LYD": ("利比亚",), "RSD": ("塞尔维亚",)},
    "里亚尔": {"SAR": ("沙特",), "IRR": ("伊朗",), "QAR": ("卡塔尔",), "OMR": ("阿曼",), "YER": ("也门",)},
    "先令": {"KES": ("肯尼亚",), "TZS": ("坦桑尼亚",), "UGX": ("乌干达",), "SOS": ("索马里",)},
    "里拉": {"TRY": ("土耳其",), "LBP": ("黎巴嫩",), "ITL": ("意大利",)},
    "法郎": {"CHF": ("瑞士",), "FRF": ("法国",), "BEF": ("比利时",), "XOF": ("西非",), "XAF": ("中非",)},
    "卢布": {"RUB": ("俄罗斯", "俄国"), "BYN": ("白俄罗斯",)},
    "迪拉姆": {"AED": ("阿联酋", "迪拜", "阿布扎比"), "MAD": ("摩洛哥",)},
    "铢": {"THB": ("泰国", "曼谷", "普吉", "清迈", "芭提雅", "泰柬", "柬泰", "泰方", "泰军", "泰警")},
}
"""Each shared name, and the countries (as news names them) whose currency it is. Not 镑: the
pound alone is the British one in Chinese news (埃及球星周薪35万镑 is paid in pounds sterling)."""

SHARED_NAMES = frozenset(_USERS)
_REACH = 3000
"""How far from the amount a country is looked for: a story's own stretch, and a bound on the work
in a book-length text full of amounts."""
_NO_CLAIM = ("比索", "披索", "克朗", "第纳尔", "先令", "铢")
"""Shared names that mean no one country's currency when the text names none of them: 铢 alone is
the baht only in a story about Thailand (not 五铢钱, a Han coin, nor 24铢, an old weight)."""


@cache
def _places(word: str) -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for every country that uses ``word``, longest names first (白俄罗斯 before
    俄罗斯), and the code each name stands for."""
    codes = {place: code for code, places in _USERS[word].items() for place in places}
    pattern = re.compile("|".join(sorted(map(re.escape, codes), key=len, reverse=True)))
    return pattern, codes


def currency_named_near(word: str, text: str, at: int) -> str | None:
    """The currency ``word`` (a shared name, as written at ``at`` in ``text``) means there: that
    of the country named nearest before, else nearest after; ``None`` when the text names none
    and the name has no reading of its own (``_NO_CLAIM``), ``""`` when it keeps its own."""
    pattern, codes = _places(word)
    before = pattern.findall(text, max(0, at - _REACH), at)
    found = None if before else pattern.search(text, at, at + _REACH)
    named = before[-1] if before else found.group() if found else None
    if named is not None:
        return codes[named]
    return None if word in _NO_CLAIM else ""
