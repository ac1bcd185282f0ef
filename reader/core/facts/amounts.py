"""Money, counts and percentages, with values a reader can compare across articles.

Values: money is ``<number> <ISO 4217 code>`` (``166000000 CNY``, a range
``5.6-5.78 CNY``); a count is ``<number> <measure word> <noun>`` with the noun
left out when none follows (``75 个 国家和地区``, ``2187 篇``); a percentage is
``1.47%`` or ``0.5pp`` for 个百分点. The number says what it is: ``50+`` more
than 50 (50多场, 超1000家), ``<100`` less than (不到100元), ``~5000`` about
(约5000元), ``~1000000000-10000000000`` a vague amount (数十亿元), ``2000-3000``
a range (两到三千元); each hit's Detail carries the same as numbers. Bare 元 and
块 are taken as renminbi in simplified script, and as the New Taiwan, Hong Kong
or Macau dollar in traditional script, by the place the article names most
(``home_currency``): the text rarely says which dollar it means. Money is read by jionlp where it can
(see ``library``), by these rules where it cannot.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from decimal import Decimal
from functools import cache

from .casualties import casualties
from .cents import TAIL, find_cents, spoken_code, spoken_dollar, tail_value
from .count_nouns import noun_after, noun_before
from .date_anaphora import sentence_start
from .few import few
from .headcounts import headcounts
from .lexicon import MEASURE_WORDS, PLACES, VERBS
from .library import money_detail
from .model import Detail, FactKind, Hit, Qualifier
from .numerals import (
    CN_DIGITS,
    COMPOUND_NUMBER,
    DIGIT_VALUES,
    NUMBER,
    RESTARTED,
    format_decimal,
    parse_number,
)
from .pos import pos_tagger, words_in
from .scan import scanner
from .shared_currencies import SHARED_NAMES, currency_named_near
from .spans import Cover
from .sums import named_sums

__all__ = ["find_amounts", "home_currency"]

_CURRENCIES = {
    "人民币元": "CNY",
    "人民币": "CNY",
    "块钱": "CNY",
    "元钱": "CNY",
    "元": "CNY",
    "圆": "CNY",
    "块": "CNY",
    "美元": "USD",
    "美金": "USD",
    "$": "USD",  # after the number, as mainland box-office news writes it (2.06亿＄)
    "美刀": "USD",
    "港元": "HKD",
    "港币": "HKD",
    "蚊": "HKD",
    "个": "HKD",
    "港纸": "HKD",
    "大元": "CNY",
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
    "印度卢比": "INR",
    "卢比": "INR",
    "新西兰元": "NZD",
    "澳币": "AUD",
    "加币": "CAD",
    "林吉特": "MYR",
    "越南盾": "VND",
    "印尼盾": "IDR",
    "菲律宾比索": "PHP",
    "兰特": "ZAR",
    "南非兰特": "ZAR",
    "瑞典克朗": "SEK",
    "挪威克朗": "NOK",
    "丹麦克朗": "DKK",
    "雷亚尔": "BRL",
    "巴西雷亚尔": "BRL",
    "里亚尔": "SAR",
    "迪拉姆": "AED",
    "阿联酋迪拉姆": "AED",
    # as said in Hong Kong, Macau, Singapore and Malaysia, and colloquially on the mainland
    "葡币": "MOP",
    "新元": "SGD",
    "新币": "SGD",
    "新加坡币": "SGD",
    "星元": "SGD",
    "令吉": "MYR",
    "马来西亚令吉": "MYR",
    "马来西亚林吉特": "MYR",
    "马币": "MYR",
    "韩币": "KRW",
    "日币": "JPY",
    "欧罗": "EUR",
    "英磅": "GBP",
    "纽元": "NZD",
    "纽币": "NZD",
    # the rest of the world's news: a country's currency named with it, and the few names
    # one currency has alone (里拉 is Turkey's since Italy's went; 马克 and 法郎 as 1990s news
    # write them, the German mark and the French franc)
    "土耳其里拉": "TRY",
    "里拉": "TRY",
    "阿根廷比索": "ARS",
    "墨西哥比索": "MXN",
    "智利比索": "CLP",
    "哥伦比亚比索": "COP",
    "菲律宾披索": "PHP",
    "格里夫纳": "UAH",
    "埃及镑": "EGP",
    "新谢克尔": "ILS",
    "谢克尔": "ILS",
    "兹罗提": "PLN",
    "福林": "HUF",
    "捷克克朗": "CZK",
    "冰岛克朗": "ISK",
    "列伊": "RON",
    "列弗": "BGN",
    "巴基斯坦卢比": "PKR",
    "斯里兰卡卢比": "LKR",
    "尼泊尔卢比": "NPR",
    "印尼卢比": "IDR",
    "塔卡": "BDT",
    "缅元": "MMK",
    "瑞尔": "KHR",
    "基普": "LAK",
    "图格里克": "MNT",
    "坚戈": "KZT",
    "奈拉": "NGN",
    "肯尼亚先令": "KES",
    "科威特第纳尔": "KWD",
    "伊拉克第纳尔": "IQD",
    "约旦第纳尔": "JOD",
    "伊朗里亚尔": "IRR",
    "卡塔尔里亚尔": "QAR",
    "沙特里亚尔": "SAR",
    "索尔": "PEN",
    "玻利瓦尔": "VES",
    "德国马克": "DEM",
    # the euro's forerunners and the fund's unit, as 1990s news wrote them (50亿比塞塔, 20亿芬兰马克)
    "芬兰马克": "FIM",
    "比利时法郎": "BEF",
    "卢森堡法郎": "LUF",
    "比塞塔": "ESP",
    "埃斯库多": "PTE",
    "荷兰盾": "NLG",
    "奥地利先令": "ATS",
    "爱尔兰镑": "IEP",
    "意大利里拉": "ITL",
    "德拉克马": "GRD",
    "埃居": "XEU",
    "特别提款权": "XDR",
    "马克": "DEM",
    "法国法郎": "FRF",
    "法郎": "FRF",
    "瑞郎": "CHF",
    "镑": "GBP",  # 90万镑的年薪: Hong Kong's and the British press's pound alone
    "欧": "EUR",  # 4000万欧的转会费: the sports pages' euro; not before 洲, 盟 … (``_EURO_WORDS``)
    "比特币": "BTC",
    # names several countries' currencies share, read by the country the text names
    # (``shared_currencies``); with none named they are no amount
    "比索": "XXX",
    "披索": "XXX",
    "克朗": "XXX",
    "第纳尔": "XXX",
    "先令": "XXX",
    "铢": "XXX",  # 每人6万5000铢: the Singapore and Malaysian papers' baht alone, in a story about Thailand
}
_PREFIX_CURRENCIES = (
    "人民币", "美元", "美金", "港元", "港币", "新台币", "台币", "欧元", "日元", "日币", "英镑",
    "澳门币", "澳门元", "葡币", "新加坡元", "新加坡币", "新元", "新币", "马币", "令吉", "韩币",
)
_SYMBOLS = {
    "US$": "USD",
    "HK$": "HKD",
    "NT$": "TWD",
    "MOP$": "MOP",
    "S$": "SGD",
    "A$": "AUD",
    "C$": "CAD",
    "NZ$": "NZD",
    "RM": "MYR",
    "$": "USD",
    "¥": "CNY",
    "￥": "CNY",
    "€": "EUR",
    "£": "GBP",
    "RMB": "CNY",
    "CNY": "CNY",
    "USD": "USD",
    "HKD": "HKD",
    "EUR": "EUR",
    "GBP": "GBP",
    "JPY": "JPY",
    "MOP": "MOP",
    "TWD": "TWD",
    "NTD": "TWD",  # NTD 1 元: Taiwan's papers' code for their dollar
    "SGD": "SGD",
}
_NOUN_STOP_CHARS = set(
    "的之在被由向对为从以于将把让给等共均都也已还就又并且及或是有无不没即则皆各每该此其所"
)
_QUALIFIERS = "超近约逾达上数共过破"
_TEN_OF = re.compile(r"十(?!头牛也|人制|个手指|万个为什么|(?P<m>.)八(?P=m))[万亿]?(?:名|人|位|次(?!全会|会议)|遍|家|所|辆|架|艘|座|间|个|只|头|条|项(?!全能)|起|宗|户|件|岁)")
"""十名学生, 十万人, 十亿人口, 十次: ten (thousand, hundred million) of something, said with no 一
before it, as 百人 or 万名 never are; not 十分 (very), 十足, 十字, a session (十次全会) nor the
decathlon (十项全能), nor sayings (十头牛也拉不回, 十个手指有长短, 十件八件)."""
_BARE_UNITS = set("十百千万亿拾佰仟")
_APPROX = r"\s*(?P<approx>多|余|几|来)?(?P<ge>个(?=多?亿(?!万))多?)?(?P<mult>[十百千万亿]*)\s*"
"""What may follow the number: 多/余/几 (some more), 来 (about: 两千来块), 个 before 亿 (两个亿, 十几个亿, 一个多亿:
spoken hundreds of millions, of yuan unless a currency is named; not 一个亿万富翁), the units."""
_CJK = "\u4e00-\u9fff"
_BEFORE = {
    "大约": Qualifier.APPROXIMATE,
    "差不多": Qualifier.APPROXIMATE,  # 差不多12万元: about
    "大概": Qualifier.APPROXIMATE,
    "约合": Qualifier.APPROXIMATE,
    "约": Qualifier.APPROXIMATE,
    "近": Qualifier.LESS_THAN,
    "近乎": Qualifier.LESS_THAN,
    "将近": Qualifier.LESS_THAN,
    "接近": Qualifier.LESS_THAN,
    "不到": Qualifier.LESS_THAN,
    "不足": Qualifier.LESS_THAN,
    "少于": Qualifier.LESS_THAN,
    "低于": Qualifier.LESS_THAN,
    "不超过": Qualifier.LESS_THAN,
    "不会超过": Qualifier.LESS_THAN,
    "不能超过": Qualifier.LESS_THAN,
    "不得超过": Qualifier.LESS_THAN,
    "不应超过": Qualifier.LESS_THAN,
    "不会低于": Qualifier.MORE_THAN,
    "不得低于": Qualifier.MORE_THAN,
    "不能低于": Qualifier.MORE_THAN,  # 每月不能低于150元: at least 150
    "不应低于": Qualifier.MORE_THAN,
    "不可低于": Qualifier.MORE_THAN,
    "不能少于": Qualifier.MORE_THAN,
    "不得少于": Qualifier.MORE_THAN,
    "不应少于": Qualifier.MORE_THAN,
    "不多于": Qualifier.LESS_THAN,  # 不能多于两人: at most two
    "不能多于": Qualifier.LESS_THAN,
    "不得多于": Qualifier.LESS_THAN,
    "不应多于": Qualifier.LESS_THAN,
    "不高于": Qualifier.LESS_THAN,
    "不能高于": Qualifier.LESS_THAN,
    "不得高于": Qualifier.LESS_THAN,
    "不应高于": Qualifier.LESS_THAN,
    "最多": Qualifier.LESS_THAN,
    "至多": Qualifier.LESS_THAN,
    # a cap or a floor: 最高10万元 is up to 100,000 (a fine, a subsidy), 最低1000元 from 1,000
    "最高": Qualifier.LESS_THAN,
    "最高可达": Qualifier.LESS_THAN,
    "最高达": Qualifier.LESS_THAN,
    "最高为": Qualifier.LESS_THAN,
    "最多可达": Qualifier.LESS_THAN,
    "最低": Qualifier.MORE_THAN,
    "最低为": Qualifier.MORE_THAN,
    "上限": Qualifier.LESS_THAN,  # 贷款上限2万元, 上限为50万元: a cap
    "上限为": Qualifier.LESS_THAN,
    "上限是": Qualifier.LESS_THAN,
    "下限": Qualifier.MORE_THAN,
    "下限为": Qualifier.MORE_THAN,
    "超过": Qualifier.MORE_THAN,
    "超过了": Qualifier.MORE_THAN,
    "超": Qualifier.MORE_THAN,
    "逾": Qualifier.MORE_THAN,
    "突破": Qualifier.MORE_THAN,
    "突破了": Qualifier.MORE_THAN,
    "跌破": Qualifier.LESS_THAN,  # 股价跌破百元: falls below it
    "跌穿": Qualifier.LESS_THAN,
    "击破": Qualifier.LESS_THAN,
    "多于": Qualifier.MORE_THAN,
    "至少": Qualifier.MORE_THAN,
    "起码": Qualifier.MORE_THAN,
    "最少": Qualifier.MORE_THAN,
    "不少于": Qualifier.MORE_THAN,
    "不低于": Qualifier.MORE_THAN,
    "上": Qualifier.MORE_THAN,
    "过": Qualifier.MORE_THAN,
    "破": Qualifier.MORE_THAN,
    "将近上": Qualifier.LESS_THAN,  # 将近上亿元: nearly a hundred million, not over it
    "接近上": Qualifier.LESS_THAN,
    "高于": Qualifier.MORE_THAN,
    "未高于": Qualifier.LESS_THAN,  # 并未高于3美元: not above it
    "没有高于": Qualifier.LESS_THAN,
    "没高于": Qualifier.LESS_THAN,
}
_BEFORE_A_UNIT = ("上", "过", "破", "将近上", "接近上")
"""Qualifiers only before a bare unit: 上亿元, 销售额过亿 and 用户破亿 are over a hundred million,
but 上100元 and 通过100万元 are no such thing."""
_AFTER = {
    "封顶": Qualifier.LESS_THAN,  # 8元封顶: capped at 8
    "以上": Qualifier.MORE_THAN,
    "或以上": Qualifier.MORE_THAN,  # 15元或以上: at least
    "及以上": Qualifier.MORE_THAN,
    "及以下": Qualifier.LESS_THAN,
    "或更多": Qualifier.MORE_THAN,
    "或以下": Qualifier.LESS_THAN,
    "或更少": Qualifier.LESS_THAN,
    "之多": Qualifier.MORE_THAN,
    "为上限": Qualifier.LESS_THAN,  # 以2万元为上限: at most
    "为限": Qualifier.LESS_THAN,
    "以下": Qualifier.LESS_THAN,
    "以内": Qualifier.LESS_THAN,
    "左右": Qualifier.APPROXIMATE,
    "上下": Qualifier.APPROXIMATE,
    "整": Qualifier.EXACT,
}
_VAGUE = r"好几|数|几"


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation, longest first, of escaped words."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_NAMED_AFTER_YUAN = ("人民币", "新台币", "台币", "港币", "澳门币")
"""The currency a 元 is, named after it: 200万元人民币, 6068亿元新台币 (whatever a bare 元
means in the story)."""
_TENTHS = (
    r"(?<![\d.统万唯单合专逐划归三十百千])(?P<tenths>[一二两三四五六七八九十1-9])成(?P<hundredths>[一二三四五六七八九半](?![十百千万亿])|[1-9](?![\d.%％A-Za-z十百千万亿岁歲月年日号個个人天分元点時时]))?"
    r"(?![功立熟长形交本品员年人绩果就败效都龙份分群不行名家型套批片像真事婚亲语才材器会要能已又])"
    r"(?!是(?:他|她|你|我|它|这|那|被|有人|故意|假的|真的))"  # 八成是他干的: most likely
    r"(?!为(?<=[^近逾约超占达有][一二两三四五六七八九十1-9]成为))"  # 三成为 (three became), but 近四成为65岁 (nearly 40 % are)
)
"""A share in tenths (跌一成四 is 14 %, 近三成 under 30 %, 九成九 99 %), as Hong Kong's and
Taiwan's news most often say it; not 成 of another word (一成不变, 万一成功, 三五成群, 统一成立), nor
八成会来 (most likely)."""
_A_WORD_ENDING_IN_YUE = "预节签合条契公婚邀租隐缔"
"""What before 约 makes it the end of a word (预约, 签约, 条约), not "about"; 北约 (NATO) too, but
not after a place's first half (湖北约, 东北约, 臺北約: about)."""
_NATO = r"(?<![湖河东西台臺华南江淮陕苏冀湘豫皖鲁晋辽闽粤渝新城桂])北"
_QB = (
    rf"(?:(?P<qb>{_alternation(w for w in _BEFORE if w not in (*_BEFORE_A_UNIT, '近', '约', '高于'))}"
    r"|(?<![否未没])高于"
    rf"|(?<![附最临])近|(?<![{_A_WORD_ENDING_IN_YUE}])(?<!{_NATO})约"
    r"|(?:将近|接近)上(?=[百千万亿])|上(?=[百千万亿])|(?<![通经超度越跨不])过(?=[百千万亿])|(?<![打突攻识看说点冲跌击])破(?=[百千万亿]))[ \u00a0]?)?"
)
"""A qualifier before the number, and the space Hong Kong and Taiwanese pages may leave after
it (超過 360人, 約 55%); not 近 or 约 ending another word (附近 5間學校, 最近3名, 預約 50人, 簽約, 北约, 华约)."""
_QA = rf"(?P<qa>{_alternation(_AFTER)})?(?<!封顶(?=仪式|大会|典礼|庆典|的|后|在即|之日|时|了))"
"""A qualifier after the number (以上, 左右, 8元封顶), not 封顶 of a topping-out (8亿元封顶仪式,
耗资5亿元封顶的大楼, 封顶后)."""
_NUM_CORE = (
    rf"(?<![\d.{CN_DIGITS.replace('陆', '').replace('伍', '')}十百千万亿第])(?:(?<![陆伍])|(?![壹贰叁肆伍陆柒捌玖拾佰仟零]))(?<!\d,)"
    r"(?![陆伍][一二两三四五六七八九〇○])(?P<neg>负)?"
    rf"(?:(?P<num>{NUMBER})|(?P<vague>{_VAGUE})(?=[十百千万亿]|个亿))"
)
"""A number, not inside a longer one; 陆 and 伍 before a plain numeral end a word (大陆五个国家, 队伍三名),
no bankers' six or five (陆万伍仟元, 伍十万元 are one)."""
_NUM = _QB + _NUM_CORE
_RANGE = rf"(?:(?:[ \u00a0](?P<mult1>[十百千万亿]+))?\s*(?:-{{1,3}}|~|～|至|到|—)\s*(?P<num2>{NUMBER}))?"
"""A range's second end; the first's unit may stand after a space (898.28 亿- 1727.46 亿元), as pages
that set digits apart write it."""


_MONEY = (
    rf"(?:(?P<qp>{_alternation(w for w in _BEFORE if w not in _BEFORE_A_UNIT)})(?={_alternation(_PREFIX_CURRENCIES)}))?"
    rf"(?P<pre>{_alternation(_PREFIX_CURRENCIES)})?\s*{_NUM}{_RANGE}{_APPROX}"
    rf"(?P<cur>{_alternation(_CURRENCIES)})?(?P<named>(?<=元)(?:{_alternation(_NAMED_AFTER_YUAN)}))?(?P<tail>{TAIL})?{_QA}"
)
_RANGE_JOIN = re.compile(r"\s*(?:-{1,3}|~|～|至|到|——?)\s*")
_SYMBOL_MONEY = (
    rf"(?P<qp>{_alternation(w for w in _BEFORE if w not in _BEFORE_A_UNIT)})?"
    rf"(?<![A-Za-z])(?P<sym>{_alternation(_SYMBOLS)})\s*(?P<num>{NUMBER}){_QA}"
)
_PERCENT = (
    rf"{_QB}(?:{_NUM_CORE}\s*(?P<sign>%|‰|个?百分点)|百分之(?P<pct>{NUMBER})|千分之(?P<pml>{NUMBER})"
    r"|(?<![\d一二三四五六七八九十几])(?P<den>[二三四五六七八九十])分之(?P<part>[一二三四五六七八九])(?:(?P<fpp>个?百分点)|(?![十百千万个\d]|决赛|赛|秒|世纪|英里|公里|米|小时|天(?!然)|年(?![轻龄])|点))"
    rf"|{_TENTHS}){_QA}"
)
_IN_AN_ADDRESS = re.compile(r"[%A-Fa-f][0-9A-Fa-f]{1,2}%[0-9A-Fa-f]{2}")
"""A % between hexadecimal digits, as a web address escapes its bytes (%e5%b9%bf): no share."""
_COUNTED_PEOPLE = frozenset((
    "居民", "用户", "网民", "人口", "农民工", "农民", "市民", "村民", "选民", "游客", "观众", "读者", "会员", "职工",
    "员工", "儿童", "患者", "旅客", "乘客", "股民", "粉丝", "学生", "老人", "考生", "家庭",
))
"""People counted in tens of thousands with no measure word (8000多万居民, 3000万用户, 1000万农民工):
the noun counts itself, as 人 does; after a smaller number it is no count (3居民)."""
_COUNT = (
    rf"{_NUM}{_RANGE}{_APPROX}(?<!\n)(?P<mw>{_alternation(MEASURE_WORDS | _COUNTED_PEOPLE)})"  # 1995\n張老師專線: no count
    rf"(?=(?P<noun>[{_CJK}]{{1,8}}(?:\([{_CJK}、]{{1,6}}\))?)?)"
)
"""The noun is looked at, not taken: a count the noun's window runs into is read too (三班的列车将近千名:
将近千名 was lost inside 三班's)."""


@cache
def _verbs() -> re.Pattern[str]:
    """Any of the common verbs, longest first; not one a suffix makes a noun of (捐赠者,
    参赛者: 两名捐赠者担忧 counted no one)."""
    return re.compile(f"(?:{_alternation(VERBS)})(?![者])")


_FORMAL_UNIT_AFTER_DIGITS = re.compile(r"(?<=\d)[仟佰]")


def find_amounts(folded: str, home: str = "CNY", written: str | None = None) -> list[Hit]:
    """Money, percentages and counts; a span taken by money or a percentage is no count.

    ``home`` is the currency a bare 元 or 块 means (see ``home_currency``); ``written`` the
    text before folding, where the spoken dollar 個 is told from the measure word 个.
    """
    closes: set[int] = set()
    if "仟" in folded or "佰" in folded:  # 3萬5仟元, 2仟5佰萬元: after digits, the formal 千 and 百 of Taiwan's and Hong Kong's sums
        folded = _FORMAL_UNIT_AFTER_DIGITS.sub(lambda said: "千" if said.group() == "仟" else "百", folded)
    if "数以" in folded:  # 数以十亿美元计: as 数十亿 美元, some billions, one character for one (it was one billion)
        folded = _SOME_BY_THE.sub(lambda said: f"数{said['m']} ", folded)
    if "（" in folded or "(" in folded:  # 42.4（百万英镑）: as 42.4 百万英镑, one character for one, the closing bracket taken in
        folded = _BRACKETED_UNIT.sub(lambda m: _unit_out_of_brackets(m, closes), folded)
    taken = [_to_the_bracket(hit, closes) for hit in _money(folded, home, folded if written is None else written)
             if not _a_units_label(folded, hit) and not _notes_counted(folded, hit)]
    taken += _join_ranges(folded, _percents(folded))
    taken += named_sums(folded, taken, lambda said: _money(said, home, said))
    taken = _bounded_past_a_conversion(folded, [_qualified_apart(folded, hit) for hit in taken])
    cover = Cover(taken)
    counts = _counts(folded) + casualties(folded, number_text)
    counts += headcounts(folded, taken + counts, _counts)
    counts = _two_or_three(folded, _count_ranges(folded, counts + few(folded, taken + counts, number_text)))
    counts = [c for c in counts if not _AN_ORDINALS_LIST.search(folded, max(0, c.start - 8), c.start)]
    found = taken + [_qualified_apart(folded, _qualified_after(folded, c)) for c in counts if not cover.overlaps(c.start, c.end)]
    return _outside_titles(folded, found)


_SOME_BY_THE = re.compile(r"数以(?P<m>[十百千]?(?:万亿|亿|万)|[十百千])(?=[\u4e00-\u9fff]{0,3}(?:元|镑|币|令吉|卢布|卢比|法郎|比索))")
"""数以十亿美元, 数以百万元: some billions or millions of a currency (数十亿美元), 以 between."""
_AN_ORDINALS_LIST = re.compile(r"第[\d一二三四五六七八九十百]{1,4}\s*(?:、|和|至|到|-|—|~|～)\s*$")
"""第7、8艘, 第三至五批: the ordinal's 第 holds the list or range, no count (另有7、8艘 is one)."""
_BRACKETED_UNIT = re.compile(r"(?<=\d)\s?[（(](?P<unit>(?:百万|千万|十亿|百亿|千|万|亿)[\u4e00-\u9fff]{1,5})[）)]")
"""A table's figure with its unit in brackets after it (42.4（百万英镑）, 4240（万元）): so many of that unit."""
_A_YEAR_OR_A_TABLES_NUMBER = re.compile(r"(?:(?<!\d)(?:19|20)\d\d|[表图][\d一二三四五六七八九十]{1,3}|[表图]\s?\d{1,3})$")
"""2023（百万元）, 表1（万元）: a column's year or a table's number before its unit, no figure."""
_BRACKETS_AS_SPACES = str.maketrans("（()）", "    ")
_A_UNITS_LABEL = re.compile(r"[（(](?:百万|千万|十亿|百亿|千|万|亿)[\u4e00-\u9fff]{1,5}[）)]")


def _unit_out_of_brackets(match: re.Match[str], closes: set[int]) -> str:
    """The bracketed unit with its brackets as spaces, its closing bracket's offset put in ``closes``;
    as it is after a column's year or a table's number."""
    if _A_YEAR_OR_A_TABLES_NUMBER.search(match.string, max(0, match.start() - 6), match.start()):
        return match.group()
    closes.add(match.end() - 1)
    return match.group().translate(_BRACKETS_AS_SPACES)


def _to_the_bracket(hit: Hit, closes: set[int]) -> Hit:
    return replace(hit, end=hit.end + 1) if hit.end in closes else hit


def _a_units_label(folded: str, hit: Hit) -> bool:
    """Whether a money hit is a unit in brackets, a column's label with no figure (营收（百万元）)."""
    return hit.start > 0 and bool(_A_UNITS_LABEL.fullmatch(folded, hit.start - 1, hit.end + 1))


def _notes_counted(folded: str, hit: Hit) -> bool:
    """Whether a currency's name before a number counts its notes or coins (发行人民币1000万枚, 新币
    500万张): pieces, not a sum."""
    return bool(_PIECES_AFTER.match(folded, hit.end)) and folded.startswith(_PREFIX_CURRENCIES, hit.start) \
        and not folded.endswith(("元", "币"), hit.start, hit.end)


_PIECES_AFTER = re.compile(r"\s*[枚张]")


def _outside_titles(folded: str, hits: list[Hit]) -> list[Hit]:
    """The hits not inside a work's title (《百元之恋》, 《三个火枪手》) nor, in words, filling a pair
    of quotation marks (＂五角＂ the rapper, “五毛”): a name, not an amount."""
    hits = [hit for hit in hits if not _A_QUOTED_NAME.fullmatch(folded, max(0, hit.start - 1), hit.end + 1)]
    if "《" not in folded:
        return hits
    titles = Cover([Hit(FactKind.COUNT, m.start(), m.end(), "") for m in _WORK_TITLE.finditer(folded)])
    return [hit for hit in hits if not titles.covers(hit.start, hit.end)]


_A_QUOTED_NAME = re.compile(r"[“＂\"「『][^\d“”＂\"「」『』]{1,6}(?<![元块蚊钱镑圆])[”＂\"」』]")
_WORK_TITLE = re.compile(r"《[^《》\n:：“”\"!！]{1,15}(?<!通知|报告|规划|方案|决定|意见|办法|条例|公告|计划|纲要|细则|规定|通报|预算|决议|合同|协议|协定)(?<!白皮书|判决书|裁定书|起诉书)》")
"""A work's title in 《》: short, not a document's (《关于拨款100亿元…的通知》 states its sum) nor a
story's headline (《招商银行：投资永隆银行浮亏逾百亿港元》)."""


# ---- Money


def home_currency(text: str, folded: str, url: str = "") -> str:
    """What a bare 元 means in this article: the dollar of the place its address is in (a page
    saved from a .sg, .my, .hk, .mo or .tw site); else renminbi, unless a simplified text is
    plainly Singaporean or Malaysian (组屋, 令吉: more such words than mainland ones), or a
    traditional one names Taiwan, Hong Kong or Macau: then it is the dollar of the one it
    names most (the New Taiwan dollar on a tie)."""
    host = _HOST.match(url)
    if host and host["tld"].lower() in _HOST_CURRENCY:
        return _HOST_CURRENCY[host["tld"].lower()]
    if text == folded:  # nothing folded: simplified script
        return _simplified_home(folded)
    han = len(_NOT_HAN.sub("", folded))
    if not han or not _folds_at_least(text, folded, max(3, han // 100)):
        return _simplified_home(folded)  # only punctuation or widths folded
    counts = {code: sum(folded.count(w) for w in words) for code, words in _HOME_CUES.items()}
    best = max(counts, key=lambda code: (counts[code], code == "TWD"))
    return best if counts[best] else "CNY"  # a mainland text written in traditional script


def _simplified_home(folded: str) -> str:
    """Singapore or Malaysia when their own words outnumber the mainland's, else renminbi;
    counted in the text's opening (a book-length text is not read through for it)."""
    folded = folded[:_CUE_SPAN]
    mainland = sum(folded.count(w) for w in _MAINLAND_CUES)
    styled = 1 if _A_WEEKDAY_DATED.search(folded) else 0  # 星期一（8月24日）: the Singapore and Malaysian papers' way, one cue
    counts = {code: styled + sum(folded.count(w) for w in words) for code, words in _SIMPLIFIED_CUES.items()}
    for code, addresses in _WEB_ADDRESSES.items():
        counts[code] += len(addresses.findall(folded))
    best = max(counts, key=counts.__getitem__)
    return best if counts[best] >= 2 and counts[best] > mainland else "CNY"


def _folds_at_least(text: str, folded: str, wanted: int) -> bool:
    """Whether folding changed at least ``wanted`` Chinese characters of ``text``: counted, not
    listed (a pair per character took 300 MB on a 5 MB text), and only until there are enough,
    which a traditional text reaches within its first lines."""
    changed = 0
    for a, b in zip(text, folded, strict=True):
        if a != b and "\u4e00" <= b <= "\u9fff":
            changed += 1
            if changed == wanted:
                return True
    return False


_NOT_HAN = re.compile(r"[^\u4e00-\u9fff]+")
_A_LATIN_NOUN = re.compile(r"\s*(?:[A-Z]{2,}|[A-Z]+\s?\d+)")
"""Chips and parts counted in 块, their names in capitals or a model's letters and number (100万块GPU,
15万块H100, 两块RTX 4090), not a product's name said with a price (3000块iPhone)."""
_A_PRICE_BEFORE = re.compile(r"[花售卖价买付值]")
_HOME_CUES = {
    "TWD": ("台湾", "台北", "新北", "台中", "台南", "高雄", "新台币", "立法院", "桃园", "新竹", "基隆", "嘉义",
            "屏东", "宜兰", "花莲", "台东", "苗栗", "彰化", "南投", "云林", "澎湖", "金门", "行政院", "立委",
            "地检署", "县长", "健保", "交保", "卫福部", "国发会", "陆委会", "台电", "中央社", "里长"),
    "HKD": ("香港", "港元", "港币", "港纸", "九龙", "新界", "港岛", "港府", "特首", "港铁", "八达通", "强积金",
            "公屋", "居屋", "区议会", "廉政公署", "警务处", "消防处", "屋宇署", "房屋署", "医管局", "社署",
            "大埔", "沙田", "屯门", "元朗", "荃湾", "葵涌", "将军澳", "观塘", "旺角", "铜锣湾", "中环",
            "尖沙咀", "深水埗", "油麻地", "天水围", "东涌", "湾仔", "北角", "黄大仙", "红磡",
            "汇丰", "恒生", "渣打", "屋苑", "港人", "港股", "港交所", "廉署", "特区政府", "政务司",
            "食环署", "运输署", "民政处", "区议员", "联交所", "恒指", "窝轮", "牛熊证"),
    "MOP": ("澳门", "澳门币", "氹仔", "路环"),
}
"""Places, bodies and words of daily life that tell a traditional-script text's home (大埔,
屋宇署, 八达通; 桃园, 立委, 交保): a Hong Kong story often names its district, not 香港."""
_PANDEMIC = ("冠病疫情", "冠病病毒", "冠病病例", "冠病患者", "冠病确诊", "冠病疫苗")
"""Singapore's and Malaysia's word for Covid-19 in its common phrases (not the 冠病 inside the mainland's 新冠病毒)."""
_SIMPLIFIED_CUES = {
    "SGD": ("新加坡", "狮城", "新元", "新币", "组屋", "建屋局", "公积金局", "陆交局", "民众俱乐部", "政务部长",
            "人民行动党", "淡马锡", "樟宜", "裕廊", "兀兰", "义顺", "淡滨尼", "榜鹅", "盛港", "宏茂桥", "牛车水",
            "乌节", "武吉知马", "武吉巴督", "武吉班让", "武吉宝美", "武吉士", "实龙岗", "勿洛", "大巴窑", "女皇镇",
            "蔡厝港", "杨厝港", "三巴旺", "马林百列", "芽笼", "丹戎巴葛", "新达城", "乌敏岛",
            "建屋发展局", "陆路交通管理局", "律政部", "文社青部", "新报业", "新明日报", "集选区", "拥车证", "保健储蓄", "义安理工", "人力部长",
            "99年地契", "控状", "新交所", "海峡时报指数", "昇菘", "中峇鲁", "国庆群众大会", "纽顿", "市区重建局",
            "土地增值费", "巴刹", "小贩中心", "熟食中心", "本地三大银行", "平价集团", "职总平价", "职总英康", *_PANDEMIC),
    "MYR": ("马来西亚", "大马", "令吉", "吉隆坡", "槟城", "柔佛", "雪兰莪", "沙巴", "砂拉越", "马六甲", "霹雳州",
            "巫统", "希盟", "国阵", "国盟", "马华公会", "怡保", "巴生", "居銮", "麻坡", "亚罗士打", "哥打巴鲁", "诗巫", "亚庇", "古晋", "星洲日报", "南洋商报", "公正党", "控状", "巴刹", "小贩中心", "熟食中心",
            *_PANDEMIC),
}
"""A Singapore or Malaysian story's own places, bodies and papers: local news names its estate (乌节,
大巴窑) or paper (新明日报) more often than the country. Words whose letters sit inside common mainland
words (国大 in 中国大陆, 人力部 in 人力部门, 新山 in 新山村) or that mainland stories use (leaders' names,
联合早报 cited, 乐龄, 德士 of 德士古, 集体出售, and its banks, which mainland and Malaysian stories name too) are
left out; its papers' 本地三大银行 counts, and so do its words for the pandemic (冠病疫情, also Malaysia's). A word both use (控状, a charge in court;
巴刹, 小贩中心) counts for both: a tie is Singapore's. So does their papers' way of dating a weekday,
星期一（8月24日）, once (a mainland notice may date one too)."""
_WEB_ADDRESSES = {
    "SGD": re.compile(r"(?:售于|网址|官网|网店)[：:]?[^，,。；;\n]{0,24}?(?:[A-Za-z0-9]\.(?:com\.)?sg(?![A-Za-z0-9])|(?<![A-Za-z0-9.])sg\.[a-z])", re.I),
    "MYR": re.compile(r"(?:售于|网址|官网|网店)[：:]?[^，,。；;\n]{0,24}?[A-Za-z0-9]\.com\.my(?![A-Za-z0-9])", re.I),
}
"""Shops' web addresses where a story says where to buy (售于：Sephora.sg, 网址：www.foura.sg;
售于：watsons.com.my): each a cue for the place, as its estates are. A site cited or named in
passing (转载自zaobao.com.sg, 登录ica.gov.sg) is not: a mainland story names them too."""
_A_WEEKDAY_DATED = re.compile(r"星期[一二三四五六日天]\s*[（(]\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[)）]")
_CUE_SPAN = 20_000
_MAINLAND_CUES = ("中国", "我国", "全国", "人民币", "国务院", "中共", "省委", "市委", "北京", "上海")
_HOST = re.compile(r"[a-z]+://[^/?#]*\.(?P<tld>[a-z]{2})(?::\d+)?(?:[/?#]|$)", re.I)
_HOST_CURRENCY = {"sg": "SGD", "my": "MYR", "hk": "HKD", "mo": "MOP", "tw": "TWD"}
_BARE = frozenset(("元", "块", "圆", "块钱", "元钱", "大元"))
_SPOKEN = frozenset(("蚊", "个"))
_HOME_DOLLARS = frozenset(("HKD", "MOP", "SGD"))


def _money(folded: str, home: str, written: str) -> list[Hit]:
    """Amounts with a currency word before or after the number, or a currency symbol."""
    pairs = _pairs(home)
    hits = [
        h
        for m in scanner(_MONEY).finditer(folded)
        if (h := _money_hit(m, pairs)) is not None
        and (m["cur"] != "个" or spoken_dollar(written, h.start, h.end, home))
        and (m["cur"] != "欧" or _euro(folded, m))
        and not (m["cur"] == "块" and _A_LATIN_NOUN.match(folded, m.end())
                 and not _A_PRICE_BEFORE.search(folded, max(0, m.start() - 4), m.start()))  # 100万块GPU, 15万块H100: chips, no yuan
    ]
    for m in scanner(_SYMBOL_MONEY).finditer(folded):
        value = parse_number(m["num"])
        if value is not None:  # 逾$7,000万 is more than, as 逾7,000万元 is
            detail = _detail(_qualifier_of(m), value, value, _symbol_code(m["sym"], home))
            hits.append(Hit(FactKind.MONEY, m.start(), m.end(), _money_value(detail), detail))
    taken = Cover(hits)
    hits += [h for h in find_cents(folded, home, written) if not taken.overlaps(h.start, h.end)]
    hits = _yuan_of_the_first(folded, [_with_from(folded, hit) for hit in _join_ranges(folded, hits)], home)
    hits = [_one_or_the_other(folded, hit, home) for hit in hits if not _not_a_penny(folded, hit) and not _a_face_value(folded, hit)]
    hits = _yuan_named_after(folded, _with_a_point_and_more(folded, _with_yi_then_more_wan(folded, hits, home), home), home)
    hits = _yuan_echoing(folded, hits, home)
    return hits + [listed for hit in hits for listed in _listed_before(folded, hit)]


def _yuan_named_after(folded: str, hits: list[Hit], home: str) -> list[Hit]:
    """479亿元(港元，下同), 12亿元（新台币）: a bare 元 whose currency the bracket after it names is
    that currency's, and with 下同 so is every bare 元 after it (they were the home currency's)."""
    if "元" not in folded or not ("(" in folded or "（" in folded):
        return hits
    read: list[Hit] = []
    carried: str | None = None  # the currency a 下同 carries on
    for hit in hits:
        detail = hit.detail
        if hit.kind is FactKind.MONEY and detail is not None and detail.unit == home and _A_BARE_YUANS_END.search(folded, hit.start, hit.end) \
                and not _A_CURRENCY_NAMED.search(folded, max(0, hit.start - 4), hit.end):  # 人民币180亿元 keeps its own
            named = _A_YUANS_CURRENCY.match(folded, hit.end)
            code = _CURRENCIES[named["cur"]] if named else carried
            carried = code if named and named["on"] else carried
            if code is not None and code != detail.unit:
                detail = replace(detail, unit=code)
                hit = replace(hit, value=_money_value(detail), detail=detail)
        read.append(hit)
    return read


def _yuan_echoing(folded: str, hits: list[Hit], home: str) -> list[Hit]:
    """近50亿美元（63亿新元）亏损…50亿元亏损: a bare 元 sum of ten thousand or more that says again
    an earlier sum in another currency, with its worth in a third in brackets after it (as a
    paper abroad writes a foreign sum), is that sum, in its currency (it was the home
    currency's): the same figure, pointed back to (这笔, 上述) or followed by the same words (亏损).
    A figure that merely matches stays the home currency's: a mainland story's 3亿元 after
    3亿美元（约合20亿元人民币）, 国内营收20亿元."""
    if "元" not in folded:
        return hits
    said: dict[Decimal, set[tuple[str, str]]] = {}  # a figure's currencies, each with the words after its sum
    read: list[Hit] = []
    for hit in sorted(hits, key=lambda h: h.start):
        detail = hit.detail
        if hit.kind is FactKind.MONEY and detail is not None and detail.unit:
            figures = {Decimal(b) for b in (detail.low, detail.high) if b is not None}
            earlier = set().union(*(said.get(f, set()) for f in figures))
            unit = detail.unit
            if unit == home and len({code for code, _ in earlier}) == 1 and min(figures, default=0) >= 10_000 \
                    and _A_BARE_YUANS_END.search(folded, hit.start, hit.end) \
                    and not _A_CURRENCY_NAMED.search(folded, max(0, hit.start - 4), hit.end):
                code = next(iter(earlier))[0]
                if code not in (home, "") and (_POINTED_BACK.search(folded, max(0, hit.start - 3), hit.start)
                                              or any(after and folded.startswith(after, hit.end) for _, after in earlier)):
                    unit = code
                    detail = replace(detail, unit=unit)
                    hit = replace(hit, value=_money_value(detail), detail=detail)
            worth = _WORTH_AFTER.match(folded, hit.end) if unit != home else None
            entry = (unit, folded[worth.end() : worth.end() + 2]) if worth else (unit if unit == home else "", "")
            for figure in figures:
                said.setdefault(figure, set()).add(entry)
        read.append(hit)
    return read


_POINTED_BACK = re.compile(r"(?:这笔|该笔|此笔|那笔|上述|这|该|此)$")
_WORTH_AFTER = re.compile(r"\s*[(（][^()（）\n]{1,30}[)）]")
"""A foreign sum's worth in brackets right after it (（63亿6700万新元）)."""


_A_CURRENCY_NAMED = re.compile(r"人民币|港币|港元|新台币|台币|美元|美金|日元|欧元|英镑|澳门元|澳门币|澳元|加元|新加坡元|韩元")
_A_BARE_YUANS_END = re.compile(r"(?<![港美欧日韩澳加币门新])元(?:左右|以上|以下|多)?$")
_A_YUANS_CURRENCY = re.compile(
    r"\s*[(（]\s*(?P<cur>港元|港币|新台币|台币|美元|澳门元|澳门币|人民币|新加坡元|新元|澳元|加元|日元)"
    r"\s*(?:[，,、;；]?\s*(?P<on>下同))?(?:\s*[，,;；][^()（）\n]{1,30})?\s*[)）]"
)
"""The bracket may go on after a comma (（美元，下同，470亿新元）: the sum in another one), not list
other currencies (（美元、欧元、日元等）)."""


def _with_yi_then_more_wan(folded: str, hits: list[Hit], home: str) -> list[Hit]:
    """1亿4千多万元, 1亿4000多万元: 140 to 150 million, read here (jionlp reads these digits as 240
    million, and our rules found no sum), in place of any hit on a part of it."""
    found = []
    for m in _YI_THEN_MORE_WAN.finditer(folded):
        wan = int(m["qian"]) * 1000 if m["qian"] else int(m["wan"])
        step = 1000 if m["qian"] else 10 ** (len(m["wan"]) - len(m["wan"].rstrip("0")))
        low = Decimal(int(m["yi"]) * 10**8 + wan * 10**4)
        detail = _detail(Qualifier.APPROXIMATE, low, low + step * 10**4, home)
        found.append(Hit(FactKind.MONEY, m.start(), m.end(), _money_value(detail), detail))
    return _in_place_of(hits, found)


def _in_place_of(hits: list[Hit], found: list[Hit]) -> list[Hit]:
    """The hits with those ``found`` by a rule of its own in place of any hit on a part of them."""
    if not found:
        return hits
    taken = Cover(found)
    return sorted([h for h in hits if not taken.overlaps(h.start, h.end)] + found, key=lambda h: h.start)


def _with_a_point_and_more(folded: str, hits: list[Hit], home: str) -> list[Hit]:
    """七点多亿美元, 3点多万元: a number and some tenths of 万 or 亿, about it to the next whole one
    (700 to 800 million dollars; our rules read none of it)."""
    found = []
    for m in _A_POINT_AND_MORE.finditer(folded):
        whole = parse_number(m["n"])
        if whole is None:
            continue
        unit = 10**8 if m["mult"] == "亿" else 10**4
        code = home if m["cur"] in ("元", "块") else _CURRENCIES.get(m["cur"], home)
        detail = _detail(Qualifier.APPROXIMATE, Decimal(whole) * unit, (Decimal(whole) + 1) * unit, code)
        found.append(Hit(FactKind.MONEY, m.start(), m.end(), _money_value(detail), detail))
    return _in_place_of(hits, found)


_A_POINT_AND_MORE = re.compile(
    r"(?<![\d.一二两三四五六七八九十百千])(?P<n>\d{1,4}|[一二两三四五六七八九十]{1,3})点多(?P<mult>[万亿])(?P<cur>元|块|美元|港元|港币|欧元|日元|英镑|新台币)"
)


_YI_THEN_MORE_WAN = re.compile(r"(?<![\d.])(?P<yi>\d{1,4})亿(?:(?P<qian>\d)千|(?P<wan>[1-9]\d{0,3}))多万元")


def _a_face_value(folded: str, hit: Hit) -> bool:
    """两叠百元大钞, 面值100元的假币, 一张50元钞票: a banknote's face value, which names the note,
    not a sum paid or held (a voucher's 面值1,000港元的餐券 is one)."""
    return bool(_A_NOTE_AFTER.match(folded, hit.end))


_A_NOTE_AFTER = re.compile(r"(?:面[值额]的?|的)?(?:大钞|钞票|纸币|纸钞|假币|假钞|纪念币|钞(?![能]))|(?:(?<=[一二两五十]元)|(?<=(?<![\d.])[125]元)|(?<=(?<![\d.])10元))硬币")
"""两叠百元大钞, 一张50元钞票, 千元钞, 一枚10元硬币: a note's or a coin's face value (2万元硬币 are a sum)."""


def _not_a_penny(folded: str, hit: Hit) -> bool:
    """一块钱都没有拿到, 一分钱也没给, 没给他一分钱, 没有留下一分钱, 不值一毛钱: nothing at all, not 1 yuan or 0.01
    (but 无论是1元, 不再是1元, 没想到1元钱 are sums)."""
    if not _ONE_COIN.fullmatch(folded, hit.start, hit.end):
        return False
    return bool(_NONE_AFTER.match(folded, hit.end) or _NONE_BEFORE.search(folded, max(0, hit.start - 8), hit.start))


_ONE_COIN = re.compile(r"[一1]\s*(?:块|元|分|毛|角|文)钱?")
_NONE_AFTER = re.compile(r"钱?\s*(?:都|也)\s*(?:没|沒|不|未|拿不|要不|赚不|收不)")
_NONE_BEFORE = re.compile(
    r"(?:没有?|沒有?|不|未|从未|從未|无|無|毋|绝不|絕不|舍不得|捨不得)(?:会|會|需|需要|须|須|用|再|曾|能)?(?:多|少|乱|亂)?"
    r"(?:给|給|花|拿|赚|賺|收取|收|要|出|掏|付|把|挪用|浪费|浪費|交|发|發|留下|留|剩下|剩|存下|存|带走|带)(?:过|了|過)?[\u4e00-\u9fff]{0,4}$|不值$"
)


def _one_or_the_other(folded: str, hit: Hit, home: str) -> Hit:
    """大约6、7万元, 3、4亿元, ６、７０００万元, 十五、六万元, 三、四百元: two digits in a row said as
    "one or the other" of one amount, about the range they span (the first was read alone or as a
    price of its own)."""
    if (said := _EITHER_HAN.search(folded, max(0, hit.start - 4), hit.start)) is not None:
        return _either_in_han(folded, hit, said, home)
    last = _ONE_UNIT_FOR_ALL.fullmatch(folded, hit.start, hit.end)
    either = _EITHER_DIGIT.search(folded, max(0, hit.start - 3), hit.start)
    if last is None or either is None or hit.detail is None or hit.detail.qualifier is not Qualifier.EXACT or hit.detail.low is None:
        return hit
    digits = last["num"].rstrip("0")
    if len(digits) != 1 or int(digits) != int(either["d"]) + 1 or "分别" in folded[max(0, either.start() - 8) : either.start()]:
        return hit  # 门票分别为5、6元: each its own
    high = Decimal(hit.detail.low)
    low = high * int(either["d"]) / int(digits)
    detail = _detail(Qualifier.APPROXIMATE, low, high, hit.detail.unit or "")
    return Hit(FactKind.MONEY, either.start(), hit.end, _money_value(detail), detail)


_EITHER_DIGIT = re.compile(r"(?<![\d.、])(?P<d>[1-8])、$")
_EITHER_HAN = re.compile(r"(?<![一二三四五六七八九十百千万亿两零、])(?:[一二三四五六七八九]?十)?(?P<d>[一二三四五六七八])、$")
_HAN_DIGITS = "一二三四五六七八九"


def _either_in_han(folded: str, hit: Hit, said: re.Match[str], home: str) -> Hit:
    """十五、六万元 as 十五六万元 (150,000 to 160,000), 三、四百元 as 三四百元: the digit after the 、 the
    next of the one before it, and the pair read without the 、, if it is one amount."""
    if not folded.startswith(_HAN_DIGITS[_HAN_DIGITS.index(said["d"]) + 1], hit.start):
        return hit
    if hit.detail is None or hit.detail.qualifier in (Qualifier.MORE_THAN, Qualifier.LESS_THAN):
        return hit  # 三、四千元以上: over the one said, a bound the pair would lose
    if "分别" in folded[max(0, said.start() - 8) : said.start()]:
        return hit  # 门票分别为五、六元: each its own
    joined = folded[said.start() : said.end() - 1] + folded[hit.start : hit.end]
    again = [h for h in _money(joined, home, joined) if (h.start, h.end) == (0, len(joined))]
    if not again or again[0].detail is None:
        return hit
    return Hit(FactKind.MONEY, said.start(), hit.end, again[0].value, again[0].detail)


def _yuan_of_the_first(folded: str, hits: list[Hit], home: str) -> list[Hit]:
    """头奖是美金３００元，二奖２００元: a bare 元 after a sum its sentence wrote as a currency's 元
    (美金300元, 港币500元) is that currency's, as the first one said (it was the home currency's)."""
    read: list[Hit] = []
    said: tuple[int, str] | None = None  # where the sentence with a currency's 元 began, and the code
    for hit in sorted(hits, key=lambda h: h.start):
        start = sentence_start(folded, hit.start)
        if said is not None and said[0] != start:
            said = None
        text, detail = folded[hit.start : hit.end], hit.detail
        if detail is None or hit.kind is not FactKind.MONEY:
            pass
        elif _A_CURRENCYS_YUAN.match(text) and text.endswith("元"):
            said = (start, detail.unit or "")
        elif said is not None and detail.unit == home and _BARE_YUAN.fullmatch(text):
            detail = replace(detail, unit=said[1])
            hit = replace(hit, value=_money_value(detail), detail=detail)
        else:
            said = None  # another currency said: the list is over
        read.append(hit)
    return read


_A_CURRENCYS_YUAN = re.compile(rf"(?:约|近|超过|逾|共)?(?:{'|'.join(w for w in _PREFIX_CURRENCIES if w != '人民币')})")
_BARE_YUAN = re.compile(r"[\d.,]+[万亿]?元")


def _listed_before(folded: str, hit: Hit) -> list[Hit]:
    """EPS为0.48、0.63、0.83元: the numbers listed before an amount, which says its unit once for
    all of them (only the last was read)."""
    last = _ONE_UNIT_FOR_ALL.fullmatch(folded, hit.start, hit.end)
    listed = _LISTED.search(folded, max(0, hit.start - 60), hit.start)
    if last is None or listed is None or hit.detail is None or hit.detail.qualifier is not Qualifier.EXACT:
        return []
    numbers = listed.group().split("、")[:-1]
    if any(len(n.partition(".")[0]) != len(last["num"].partition(".")[0]) for n in numbers):
        return []  # 大约６、７０００万元: six or seven thousand, not a list of two
    scale = Decimal(10_000 if last["mult"] == "万" else 100_000_000 if last["mult"] == "亿" else 1)
    hits, at = [], listed.start()
    for number in numbers:
        detail = _detail(Qualifier.EXACT, Decimal(number) * scale, Decimal(number) * scale, hit.detail.unit or "")
        hits.append(Hit(FactKind.MONEY, at, at + len(number), _money_value(detail), detail))
        at += len(number) + 1
    return hits


_ONE_UNIT_FOR_ALL = re.compile(r"(?P<num>\d+(?:\.\d+)?)(?P<mult>[万亿]?)(?:元|美元|港元|欧元|日元|英镑)")
_LISTED = re.compile(rf"(?<=[{_CJK}])(?:\d+(?:\.\d+)?、){{1,6}}$")
"""Numbers listed right after a word (EPS为0.48、0.63、); not a list's item marker after a colon,
a semicolon or a line's start (如下：1、5元/次)."""


_EURO_WORDS = "洲盟美亚陆元式冠联阳"
"""Characters after 欧 that make it a word of Europe (欧洲, 欧盟, 欧美, 欧冠), not the euro."""


def _euro(folded: str, match: re.Match[str]) -> bool:
    """A bare 欧 after a sum in 万 or 亿 (4000万欧, 1.2亿欧) is the euro, as sports and business
    pages write it, unless it opens a word of Europe (3000万欧洲人口, 2000万欧冠奖金); after a
    bare number it is a surname's (@12欧阳红燕) or Europe's (三欧市)."""
    after = folded[match.end("cur") : match.end("cur") + 1]
    in_units = folded[match.start("cur") - 1 : match.start("cur")] in ("万", "亿")
    return in_units and (not after or after not in _EURO_WORDS)


def _with_from(folded: str, hit: Hit) -> Hit:
    """A range with the 从 or 由 that opens it (从6000到2万元): the words say one span, as jionlp
    reads them."""
    ranged = hit.detail is not None and hit.detail.qualifier is Qualifier.RANGE
    return replace(hit, start=hit.start - 1) if ranged and hit.start and folded[hit.start - 1] in "从由" else hit


def _symbol_code(symbol: str, home: str) -> str:
    """A bare $ is the Hong Kong dollar (the pataca, the Singapore dollar) in an article about
    Hong Kong (Macau, Singapore), whose papers write $300 for it; elsewhere the US dollar."""
    return home if symbol == "$" and home in _HOME_DOLLARS else _SYMBOLS[symbol]


def _join_ranges(folded: str, hits: list[Hit]) -> list[Hit]:
    """五块六到五块七毛八: two amounts of one currency joined by 到/至/- make one range."""
    joined: list[Hit] = []
    for hit in sorted(hits, key=lambda h: h.start):
        last = joined[-1] if joined else None
        if last and (_RANGE_JOIN.fullmatch(folded[last.end : hit.start]) and _range_ends(folded, last, hit) and not _a_change(folded, last, hit)
                     or _at_least_at_most(folded, last, hit)):
            assert last.detail is not None and hit.detail is not None
            detail = Detail(Qualifier.RANGE, last.detail.low, hit.detail.high, hit.detail.unit)
            value = _money_value(detail) if hit.kind is FactKind.MONEY else number_text(detail) + (detail.unit or "")
            joined[-1] = Hit(hit.kind, last.start, hit.end, value, detail)
        else:
            joined.append(hit)
    return joined


def _count_ranges(folded: str, counts: list[Hit]) -> list[Hit]:
    """30人到50人, 1.5万人至2万人: two counts of one measure word joined by 到/至/- are one range
    (they were two counts), the noun the second's."""
    joined: list[Hit] = []
    for hit in sorted(counts, key=lambda h: h.start):
        last = joined[-1] if joined else None
        if last is None or not _RANGE_JOIN.fullmatch(folded[last.end : hit.start]) or not _range_ends(folded, last, hit):
            joined.append(hit)
            continue
        assert last.detail is not None and hit.detail is not None
        number, word, *noun = hit.value.split(" ", 2)
        if last.value.count(" ") != 1 or Decimal(last.detail.low or "0") >= Decimal(hit.detail.high or "0"):
            joined.append(hit)
            continue
        detail = Detail(Qualifier.RANGE, last.detail.low, hit.detail.high, hit.detail.unit)
        joined[-1] = Hit(FactKind.COUNT, last.start, hit.end, " ".join([number_text(detail), word, *noun]), detail)
    return joined


def _two_or_three(folded: str, counts: list[Hit]) -> list[Hit]:
    """兩、三座大樓, 三、四名工人, 二、三百人: two digits in a row set apart by a 、 say about so many, as
    两三座 does (it was the second alone, exact); not a list of ordinals (第二、三项, 二、三期, 位居三、四位),
    which says 二 where a count says 两."""
    read = []
    for hit in counts:
        said = _A_DIGIT_BEFORE.search(folded, max(0, hit.start - 3), hit.start)
        digit = DIGIT_VALUES.get(folded[hit.start : hit.start + 1])
        times = _TIMES.get(folded[hit.start + 1 : hit.start + 2], 1)
        if said and digit and DIGIT_VALUES[said["d"]] == digit - 1 and (said["d"] != "二" or times > 1 and not _A_HEADING.match(folded, said.start("d"))) \
                and hit.detail is not None and hit.detail.low == str(digit * times):
            number, *rest = hit.value.split(" ", 1)
            detail = replace(hit.detail, qualifier=Qualifier.APPROXIMATE, low=str((digit - 1) * times))
            hit = Hit(FactKind.COUNT, said.start("d"), hit.end, " ".join([number_text(detail), *rest]), detail)
        read.append(hit)
    return read


_A_DIGIT_BEFORE = re.compile(r"(?<![第\d〇○零一二两三四五六七八九十百千万、])(?<!排名|位居|名列|排在|排行)(?<!居)(?P<d>[一二两三四五六七八])、$")
_TIMES = {"十": 10, "百": 100, "千": 1000, "万": 10000}
_A_HEADING = re.compile(r"(?<![\u4e00-\u9fff])二、")
"""二、 opening a sentence or a line: a list's second heading (一、…。二、三百人以上的活动), no pair."""
"""二、三百人, 五、六千人: the pair's multiplier, said once after the second (二 opens a pair only then:
第二、三项 lists ordinals)."""


def _a_change(folded: str, a: Hit, b: Hit) -> bool:
    """失业率从10%到5%, 由8%到6%: a share going from one to the other, or falling, is two shares,
    not a range (money's 从6000到2万元 is one)."""
    if a.kind is not FactKind.PERCENT:
        return False
    da, db = a.detail, b.detail
    falling = da is not None and db is not None and da.low is not None and db.high is not None and Decimal(da.low) >= Decimal(db.high)
    return falling or folded[a.start - 1 : a.start] in ("从", "由")


def _at_least_at_most(folded: str, a: Hit, b: Hit) -> bool:
    """新臺幣1萬元以上10萬元以下 (a fine's bounds, as Taiwan's laws give them): at least the one
    and at most the other, both said, one range; they were two open ones."""
    da, db = a.detail, b.detail
    return (
        da is not None and db is not None and da.unit == db.unit and folded[a.end : b.start].strip(" ，,、") == ""
        and da.qualifier is Qualifier.MORE_THAN and db.qualifier is Qualifier.LESS_THAN
        and folded.endswith("以上", 0, a.end) and folded.endswith("以下", 0, b.end)
        and da.low is not None and db.high is not None and Decimal(da.low) < Decimal(db.high)
    )


def _range_ends(folded: str, a: Hit, b: Hit) -> bool:
    """Whether two amounts can be a range's two ends: the same currency, the second exact or
    with 左右 after it (20%到30%左右: about the range), the first exact or said to be at least or
    about (起码2元到3元: from 2 to 3)."""
    da, db = a.detail, b.detail
    return (
        da is not None
        and db is not None
        and da.unit == db.unit
        and da.qualifier in _RANGE_STARTS
        and (db.qualifier is Qualifier.EXACT or db.qualifier is Qualifier.APPROXIMATE and folded.endswith("左右", 0, b.end))
        and da.low is not None
    )


_RANGE_STARTS = (Qualifier.EXACT, Qualifier.MORE_THAN, Qualifier.APPROXIMATE)


@cache
def _pairs(home: str) -> tuple[tuple[str, str], ...]:
    """Currency words and their codes, a bare 元 meaning ``home`` and 蚊 the spoken dollar."""
    return tuple(
        (w, home if w in _BARE else spoken_code(home) if w in _SPOKEN else _symbol_code(w, home) if w == "$" else code)
        for w, code in _CURRENCIES.items()
    )


def _money_hit(match: re.Match[str], pairs: tuple[tuple[str, str], ...]) -> Hit | None:
    """A money hit, if the match names a currency and its number reads."""
    word = match["pre"] or match["cur"] or ("元" if match["ge"] else "")
    if not word or not _is_money_word(match):
        return None
    code = _CURRENCIES[match["named"]] if match["named"] else dict(pairs)[word]
    if word in SHARED_NAMES:
        read = _read_near(match, word, code, pairs)
        if read is None:
            return None
        code, pairs = read
    if _no_number(match):
        return None
    end = _money_end(match)
    start = match.start("qb") if match["qb"] else match.start("neg") if match["neg"] else _num_start(match)
    if match["pre"]:
        start = match.start("qp") if match["qp"] else match.start("pre")
    detail = _own_detail(match, code)
    if not _ours_alone(match, word):
        text = match.string[start:end]
        if match["named"]:  # read as the 元 it says it is (jionlp takes 3万多元人民币 for 30,000+)
            text, pairs = text.replace(match["named"], "", 1), _pairs(code)
        text = _as_library_reads(match, text)
        library = money_detail(text, pairs)
        if library is not None and library.unit == code and not _worded_otherwise(match, library, detail):
            detail = library
    if detail is None:
        return None
    detail, end = _tenths_after(match, detail, end)
    detail, start = _signed_sum(match, start, detail)
    return Hit(FactKind.MONEY, start, end, _money_value(detail), detail)


def _signed_sum(match: re.Match[str], start: int, detail: Detail) -> tuple[Detail, int]:
    """每股收益-0.01元, 净利润为-5000万元: an exact sum in digits with a minus sign before it is
    below zero, the sign its first character (not a range's dash, 30-50元 or 26元-27元, nor a
    code's hyphen, A-5元)."""
    signed = (
        detail.qualifier is Qualifier.EXACT and not match["neg"] and not match["qb"] and not match["pre"]
        and bool(match["num"]) and match["num"][0].isdigit() and start == match.start("num")
        and bool(_MINUS_BEFORE.search(match.string, max(0, start - 1), start))
        and _a_minus_opens(match.string, start - 1)
    )
    if not signed:
        return detail, start
    value = format_decimal(-Decimal(detail.low or "0"))
    return replace(detail, low=value, high=value), start - 1


def _a_minus_opens(text: str, at: int) -> bool:
    """Whether the dash at ``at`` is a minus sign (收益-0.01元, 现金流-1.2亿元, （-3元）): not after a
    sum's end (26元-27元, 5毛-1元: ranges) nor a prize's label (冠军-10万元)."""
    before = text[at - 1 : at]
    return not before or before not in _A_SUMS_END and not _A_PRIZE.search(text, max(0, at - 4), at)


_A_SUMS_END = "元块角分毛万亿镑币圆"
_A_PRIZE = re.compile(r"(?:冠军|亚军|季军|殿军|[一二三特]等奖|第[一二三四五六七八九十\d]{1,2}名)$")


def _no_number(match: re.Match[str]) -> bool:
    """亿人民币 and 万元, a table's unit (单位：万元), not an amount (上亿元 is); 售价二十二十五元,
    a numeral said twice over, no sum of the two (jionlp reads 45)."""
    number = match["num"] or ""
    return not match["qb"] and bool(_BIG_UNITS_ONLY.fullmatch(number)) or bool(RESTARTED.search(number))


def _as_library_reads(match: re.Match[str], text: str) -> str:
    """An amount worded as jionlp reads it alike: 二十多个亿 as 二十多亿元, 一个多亿 as 一亿多元,
    2000多元钱 as 2000多元 (it takes the first and the last for more than 2 billion, more than
    2,000; 二十多亿元 and 2000多元 for 20-30 hundred million and 2-3 thousand)."""
    if match["ge"]:
        text = text.replace("个多亿", "亿多").replace("个", "", 1) + ("" if match["cur"] or match["pre"] else "元")
    said = _group(match, "qb")
    if said in _SAID_AS_THE_LIBRARY_SAYS:
        text = _SAID_AS_THE_LIBRARY_SAYS[said] + text[len(said) :].lstrip()  # 突破百万亿元: it reads none
    return text.replace("元钱", "元") if match["cur"] == "元钱" else text


_SAID_AS_THE_LIBRARY_SAYS = {"突破": "超过", "突破了": "超过", "破": "超过", "近乎": "近"}
"""Qualifiers jionlp does not know, in words it does."""


_SUB_UNIT = re.compile(rf"(?P<ten>[角毛毫])(?:(?P<fen>[{CN_DIGITS}\d])分?)?钱?|(?P<cent>分)(?:钱|(?![{_CJK}]))")
"""A currency named before a number counted in its tenths or hundredths (人民币五角, 港币三毫,
人民币五角五分): the number is not whole dollars."""


def _tenths_after(match: re.Match[str], detail: Detail, end: int) -> tuple[Detail, int]:
    """The amount and its end when the number after a currency's name counts its tenths (and
    hundredths after them) or its hundredths; else as read."""
    sub = _SUB_UNIT.match(match.string, end) if match["pre"] and not (match["cur"] or match["tail"]) else None
    if sub is None or detail.qualifier is not Qualifier.EXACT or detail.low is None:
        return detail, end
    number, fen = Decimal(detail.low), parse_number(sub["fen"]) if sub["fen"] else 0
    value = number / 100 if sub["cent"] else number / 10 + Decimal(fen or 0) / 100
    return _detail(Qualifier.EXACT, value, value, detail.unit or ""), sub.end()


def _read_near(match: re.Match[str], word: str, code: str,
               pairs: tuple[tuple[str, str], ...]) -> tuple[str, tuple[tuple[str, str], ...]] | None:
    """A shared currency name (卢比, 比索…) read as the currency of the country named near it, with
    the pairs the library reads it by; as it is when none is named and it has a reading of its
    own, ``None`` when it has none (``shared_currencies``)."""
    if word == "铢" and (match.string.startswith(("重", "黄金", "金", "钱"), match.end("cur")) or match.string.endswith("重", 0, match.start("num"))):
        return None  # 2铢重, 1铢黄金, 重2铢的项链: Thai gold's weight; 五铢钱: a Han coin; no baht
    local = currency_named_near(word, match.string, match.start())
    if not local:
        return None if local is None else (code, pairs)
    return local, tuple((w, local if w == word else c) for w, c in pairs)


def _worded_otherwise(match: re.Match[str], library: Detail, own: Detail | None) -> bool:
    """Whether a qualifier word says otherwise than the library's reading: jionlp takes 不少于 and
    不低于 (not less than) for less than."""
    worded = any(_group(match, g) for g in ("qb", "qp", "qa"))
    return worded and own is not None and own.qualifier is not library.qualifier


def _ours_alone(match: re.Match[str], word: str) -> bool:
    """Whether only our rules read the amount: jionlp knows no spoken Cantonese (三个四 is 7 to
    it, 一蚊半 nothing), nor a 几 after a number (一百几十 is 1,000-2,000 to it), nor two
    digits side by side (三四千万 is 30,000-40,000,000 to it, 一两千 2001), and reads 三块五毛钱
    as 3. Nor digits on both sides of 万 (1亿2000万元 is 220,020,000 to it), and it rounds to
    cents (汇率报6.5654元 was 6.57); 几个亿 (几亿元) is nothing to it, and 一兆五千亿元 500,100,000,000."""
    either = match["num"] is not None and _either(match["num"]) is not None
    numbers = [n for n in (match["num"], match["num2"]) if n]
    library_misreads = any(COMPOUND_NUMBER.fullmatch(n) or _FINE_DECIMAL.search(n) or _CHINESE_POINT.search(n) or "兆" in n for n in numbers)
    after_unit = _some_after_unit(match) is not None
    return word in _OURS or match["approx"] in ("几", "来") or bool(match["tail"]) or either or library_misreads or after_unit \
        or bool(match["ge"] and match["vague"])


_FINE_DECIMAL = re.compile(r"\.\d{3}")
_CHINESE_POINT = re.compile(r"[一二三四五六七八九十零〇两]\.[一二三四五六七八九零〇]")
"""三．六億 (Taiwan's papers' decimal point between Chinese digits): jionlp reads it as 9亿."""


_OURS = frozenset(("蚊", "个", "港纸", "大元"))


def _num_start(match: re.Match[str]) -> int:
    return match.start("num") if match["num"] is not None else match.start("vague")


def _money_end(match: re.Match[str]) -> int:
    """Where the amount ends: after its currency word and qualifier, or after its number."""
    if match["cur"] or match["tail"] or match["qa"]:
        return match.end()
    if match["ge"]:
        return match.end("mult")
    return match.end("num2") if match["num2"] else match.end("num") if match["num"] else match.end()


def _own_detail(match: re.Match[str], unit: str) -> Detail | None:
    """What our rules read in an amount: its bounds and what they mean."""
    if match["vague"]:
        factor = parse_number("1" + match["mult"]) if match["mult"] else None
        if not factor:
            return None
        return _detail(Qualifier.APPROXIMATE, factor, factor * 10, unit)
    if match["approx"] == "几":
        some = _some(match)
        return None if some is None else _detail(Qualifier.APPROXIMATE, *some, unit)
    after_unit = _some_after_unit(match)
    if after_unit is not None:
        return _detail(Qualifier.APPROXIMATE, *after_unit, unit)
    either = _either(match["num"]) if match["num"] and not match["num2"] else None
    if either is not None:
        one, other = either
        return _detail(Qualifier.APPROXIMATE, _multiplied(one, match), _multiplied(other, match), unit)
    low, high = _range_values(match)
    if low is None:
        return None
    tail = _group(match, "tail")
    low += tail_value(tail)
    low = low if _group(match, "mult1") else _multiplied(low, match)  # 1 亿至 1.5 亿新元: the first end's 亿 its own
    high = None if high is None else _multiplied(high, match)
    if match["neg"]:
        low = -low
    if high is not None:
        return _detail(Qualifier.RANGE, low, high, unit)
    if tail and tail.rstrip("钱")[-1] == "几":  # 三蚊几: three dollars and some
        return _detail(Qualifier.APPROXIMATE, low + Decimal("0.1"), low + Decimal("0.9"), unit)
    qualifier = Qualifier.MORE_THAN if tail and "多" in tail else _qualifier(match)
    return _detail(qualifier, low, low, unit)


def _some(match: re.Match[str]) -> tuple[Decimal, Decimal] | None:
    """十几 → 11-19, 二十几万 → 210,000-290,000, 一百几十 (or 百几) → 110-190: 几 is one digit
    in the place below the number's last unit, and the units after it multiply the whole."""
    base = parse_number(match["num"])
    if base is None:
        return None
    last, mult = match["num"][-1], match["mult"]
    step = (_UNIT_VALUES.get(last, 10)) // 10
    if mult and _UNIT_VALUES[mult[0]] < step * 10:
        step, mult = _UNIT_VALUES[mult[0]], mult[1:]
    factor = parse_number("1" + mult) if mult else 1
    if factor is None:
        return None
    return (base + step) * factor, (base + 9 * step) * factor


def _some_after_unit(match: re.Match[str]) -> tuple[Decimal, Decimal] | None:
    """10万多 → 100,000-110,000, 一万五千多 → 15,000-16,000: a 多 or 余 after the number's last
    unit adds less than one of that unit (10多万, with the unit after it, is 10-20万). jionlp
    reads both alike, as 10-20万."""
    number = match["num"]
    if match["approx"] not in ("多", "余") or match["mult"] or match["num2"] or not number:
        return None
    if number[-1] not in _UNIT_VALUES or "." in number or "点" in number or _either(number) is not None:
        return None
    total = parse_number(number)
    if total is None:
        return None
    return total, total + _UNIT_VALUES[number[-1]]


def _either(number: str) -> tuple[Decimal, Decimal] | None:
    """两三百 → 200-300, 十五六 → 15-16, 一百二三十 → 120-130, 三四千万: two digits side by side,
    the second one more than the first, say "one or the other"; so do 三五 (三五个: three to five)."""
    m = _EITHER.fullmatch(number)
    if m is None or m["head"] and m["head"][-1] not in _UNIT_VALUES:
        return None
    low, high = (parse_number(m["head"] + m[d] + m["units"]) for d in "ab")
    first, second = parse_number(m["a"]), parse_number(m["b"])
    if low is None or high is None or first is None or not (second == first + 1 or m["a"] + m["b"] == "三五"):
        return None
    return low, high


_EITHER = re.compile("(?P<head>.*?)(?P<a>[一两二三四五六七八])(?P<b>[两二三四五六七八九])(?P<units>[十百千万亿]*)")
_UNIT_VALUES = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000}


def _qualifier(match: re.Match[str]) -> Qualifier:
    """More than (超, 多, 以上), less than (不到, 以下), about (约, 左右), or exact."""
    if match["approx"] == "来":
        return Qualifier.APPROXIMATE  # 两千来块: about two thousand (jionlp reads nothing)
    if match["approx"]:
        return Qualifier.MORE_THAN
    return _qualifier_of(match)


def _detail(qualifier: Qualifier, low: Decimal, high: Decimal, unit: str) -> Detail:
    """A Detail with open bounds where the qualifier leaves them open."""
    lo, hi = format_decimal(low), format_decimal(high)
    if qualifier is Qualifier.MORE_THAN:
        return Detail(qualifier, lo, None, unit)
    if qualifier is Qualifier.LESS_THAN:
        return Detail(qualifier, None, hi, unit)
    return Detail(qualifier, lo, hi, unit)


def number_text(detail: Detail) -> str:
    """The number part of a value: 5000, ~5000, 50+, <100, 2000-3000, ~1e9-1e10 in full."""
    q, low, high = detail.qualifier, detail.low, detail.high
    if q is Qualifier.MORE_THAN:
        return f"{low}+"
    if q is Qualifier.LESS_THAN:
        return f"<{high}"
    text = str(low) if low == high else f"{low}-{high}"
    return "~" + text if q is Qualifier.APPROXIMATE else text


def _is_money_word(match: re.Match[str]) -> bool:
    """Whether the currency word is money here, by what follows it.

    块 only when no noun or number follows (三块钱, 7块 — not 三块蛋糕, 一块2.5英寸屏) and never
    by the hundred million (进口集成电路4176亿块 are chips); the spoken 个 only with its
    price after it and nothing more (三个四, 五个半 — not 十个八个, 一个半小时); 大元 not inside
    a word (十大元帅, 三大元素); 元 not in algebra or philosophy (一元二次方程, 二元论); 马克 not
    where a name goes on (G7马克龙, 1.5马克思); 两个亿 with no currency not before people (几个亿的网民).
    """
    cur, text, end = match["cur"], match.string, match.end()
    if _LEADING_ZERO.match(match["num"] or ""):
        return False  # 5 00万元 of a split number: no amount begins 00
    if match["pre"] and not cur and (_TENOR.match(text, end) or _ITEMS.match(text, end)):
        return False  # 美元1年期: a loan's term; 美元27款, 日元3笔: products or deals in that currency
    if cur == "个":
        return bool(match["tail"]) and not _PRICE_GOES_ON.match(text, end)
    if match["ge"] and not cur:
        return not _PEOPLE_AFTER.match(text, match.end("mult"))
    if cur == "块" and not match["tail"]:
        return _kuai_is_money(match, text, end)
    if cur == "马克":
        return not _NAME_GOES_ON.match(text, end)
    if cur == "大元":
        return not _CJK_CHAR.match(text, end) or text[end : end + 1] in ("的", "钱")
    if cur in ("元", "圆") and text.startswith("宇宙", match.end("cur")) or cur == "圆" and text.startswith("桌", match.end("cur")):
        return False  # 12:15 元宇宙的未来, 10:45 圆桌对话: a word's first character after a number, no sum
    if cur == "圆" and _NOT_ROUND.match(text, match.end("cur")) and not match["pre"] and _A_YEAR.fullmatch(match["num"] or ""):
        return False  # WDC2010圆满落幕: 圆 opens a word after a year (月租3000圆月底前 stays)
    return cur not in ("元", "圆") or not (_NOT_YUAN.match(text, match.end("cur")) and _A_WORDS_NUMERAL.fullmatch(match["num"] or "")
                                              and not match.groupdict().get("mult"))


def _kuai_is_money(match: re.Match[str], text: str, end: int) -> bool:
    """Whether 块 with no tail is yuan: not together (死在一块), not pieces of a thing said before
    the number (岩石2485块) or after it (三块蛋糕, but 花30万块造花园 is money), not by the hundred million."""
    if match["num"] == "一" and _TOGETHER_BEFORE.search(text, max(0, match.start() - 2), match.start()):
        return False  # 他们都死在一块, 聚在一块: together
    if match["num"] == "一" and text[max(0, match.start() - 1) : match.start()] in ("这", "那", "哪"):
        return False  # 在这一块，我们还有很多工作: this area, not a yuan
    if _PIECES_BEFORE.search(text, max(0, _num_start(match) - 3), _num_start(match)) \
            and not _ONE_PIECE_PRICED.search(text, max(0, _num_start(match) - 8), _num_start(match)):
        return False  # 岩石2485块, 砖头3000块: pieces of the thing named before the number (一块手表2000块 is its price)
    if _pieces_of_food(text, _num_start(match), end):
        return False  # 蛋糕被切成了十二块; 这盒巧克力有30块，每块都单独包装: pieces
    spent = _spent_on(match, end) and text[end : end + 1] not in _PIECES  # 掏了3块糖 stays pieces
    return (spent or not _CJK_OR_DIGIT.match(text, end)) and "亿" not in (match["num"] or "")


def _pieces_of_food(text: str, start: int, end: int) -> bool:
    """Whether the number counts pieces a thing is cut or shared into (切成了十二块, 分成八块; 这盒巧克力
    有30块，每块都单独包装), in a sentence that tells of no price or money: no yuan. Pieces eaten with no
    thing named (吃了一顿饭，一共50块) stay yuan: a bill as often as pieces."""
    sentence = _SENTENCE_OPEN.split(text[max(0, start - 30) : start])[-1]
    after = _SENTENCE_OPEN.split(text[end : end + 15])[0]
    cut = _CUT_INTO.search(sentence) or _CUT.search(sentence) or "每块" in after  # 切成了十二块，每个人都分到一块
    return bool(cut) and not _PRICED.search(sentence + after)


_SENTENCE_OPEN = re.compile(r"[。！？!?\n]")
_CUT_INTO = re.compile(r"(?:切成|分成|掰成|切了|掰了)了?\s*$")
_CUT = re.compile(r"切成|掰成|切开|切了|掰了")
_PRICED = re.compile(
    r"[花买卖付赚挣赔欠价钱贵省抢偷骗劫盗借收给罚捐刷宰奖款费赃]|便宜|售|元|块钱|消费|浪费|结账|埋单|买单|人均|AA|红包|补贴|用了"
)
"""A sentence that tells of a price or of money taken or given, where 块 stays yuan (买了三包饼干，一共花了30块;
逼对方吃下…又抢了4000多块)."""


_LEADING_ZERO = re.compile(r"0\d")
_PIECES = frozenset("糖玻砖石地肉蛋巧表金银铜奖牌布木瓦板屏田碑饼面手瓷钢铁玉冰匾皂")
"""What 块 counts after a verb of spending when it is pieces (掏了3块糖, 赔了2块玻璃)."""
_ONE_PIECE_PRICED = re.compile(r"[一每单][块枚个张只件]")
_PIECES_BEFORE = re.compile(r"(?:岩石|石头|石块|砖头|砖|瓦片|金饼|金砖|木板|玻璃|石碑|骨头|化石|陨石|玉石|冰块|肥皂|奖牌|金牌|银牌|铜牌|墓碑|手表)$")
_TOGETHER_BEFORE = re.compile(r"(?:(?<![定标持稳停])在|[聚凑走放合]到|聚|凑|堆|挤|混)$")
"""死在一块, 孩子在一块, 凑到一块: together (跌到一块, 定在一块 stay a yuan)."""


def _spent_on(match: re.Match[str], end: int) -> bool:
    """A verb of spending or earning right before a number of 块 (花30万块造花园); or of paying or
    taking before a sum no piece is counted in (给他１万块当运费, 收了他300块押金; not 给她一块地皮)."""
    text, start = match.string, match.start()
    if _SPENT.search(text, max(0, start - 4), start):
        return True
    paid = _PAID.search(text, max(0, start - 4), start) and not re.fullmatch(f"[{CN_DIGITS}]", match["num"] or "")
    return bool(paid) and bool(_PAID_FOR.match(text, end))


_SPENT = re.compile(r"(?:花|赚|挣|掏|赔|欠|值|月薪|工资|要价)了?(?:足足|整整|将近|近|约|大约)?$")
_PAID = re.compile(r"(?:给|付|交|罚|(?<![征回验接没吸])收|借|补|退)了?(?:[他她我你]们?)?(?:足足|整整|将近|近|约|大约)?$")
_PAID_FOR = re.compile(
    rf"(?![{_CJK}])|(?:当|作为?|做)|的?(?:押金|运费|报名费|差价|工资|定金|订金|好处费|劳务费|罚款|报酬|学费|车费|路费|房租|生活费|医药费|封口费|红包|钱)"
)
"""What 块 paid or taken is for when it is money: nothing more (收了他300块。), or a sum's use or
name (当运费, 押金); a thing after it is so many pieces (给他们3块宅基地, 回收了500块废旧电池)."""
_ITEMS = re.compile(r"\s*[款只笔个家种支项类份](?![钱元])")
"""A measure word after the number of 美元27款: products counted by their currency."""
_TENOR = re.compile(r"个?月期|年期|[年天周]|个月")
_CJK_CHAR = re.compile(rf"[{_CJK}]")
_CJK_OR_DIGIT = re.compile(rf"[{_CJK}\d]")
_PEOPLE_AFTER = re.compile(r"的?(?:人|网民|用户|人口|观众|读者|消费者|粉丝|农民|家庭|次|个)")
"""What 几个亿 counts when it is no money: 几个亿的网民, 两个亿人次."""
_PRICE_GOES_ON = re.compile(rf"(?![一每])[{_CJK}]")
_A_WORDS_NUMERAL = re.compile(r"[一二两三四五六七八九十多]")
"""The numeral of a word with 元 in it (二元经济, 一元化, 三元组, 十元帅), not of a sum (4万亿元经济刺激计划)."""
_NOT_YUAN = re.compile(r"[素化论帅组数勋凶]|老(?![顾客人])|(?<=三元)猪|大将|(?<=三元)里(?!程|有|面|边|头)|结构|对立|体系|经济|社会|[一二三四五六七八九]次|次(?:方程|函数|曲线|多项式|型)")
_A_YEAR = re.compile(r"(?:19|20)\d\d")
"""A number that is a year (WDC2010圆满, 2025届毕业生)."""
_NOT_ROUND = re.compile(r"[满形周心桌圈梦场润滑顶明寂珠柱规弧锥月]")
"""What makes a word with 圆 (圆满, 圆形, 圆梦, 圆桌): no yuan."""
_BIG_UNITS_ONLY = re.compile(r"[万亿]+")
_NAME_GOES_ON = re.compile(r"[龙思斯杯笔西吐·•]")


def _money_value(detail: Detail) -> str:
    """``<number> <code>``."""
    return f"{number_text(detail)} {detail.unit}"


def _multiplied(value: Decimal, match: re.Match[str]) -> Decimal:
    """50多万 → 500000: units after 多/余 multiply the number before them."""
    factor = parse_number("1" + match["mult"]) if match["mult"] else 1
    return value * (factor or 1)


def _range_values(match: re.Match[str]) -> tuple[Decimal | None, Decimal | None]:
    """Both ends of 5000万至1亿, 5-10万 or 两到三千; the low end borrows the high end's unit.

    It borrows only when it is below the high end's own digits: 3到5万 is 30,000 to
    50,000, but 6000到2万 is 6,000 to 20,000.
    """
    low = parse_number(match["num"] + (match["mult1"] or ""))
    if not match["num2"]:
        return low, None
    high = parse_number(match["num2"])
    unit = re.search(r"[十百千万亿]+$", match["num2"])
    if unit and low is not None and not match["mult1"] and not re.search(r"[十百千万亿]$", match["num"]):
        base = parse_number(match["num2"][: unit.start()] or "1")
        if base is not None and low < base:
            low = parse_number(match["num"] + unit.group())
    return low, high


# ---- Percentages


def _percents(folded: str) -> list[Hit]:
    """5%, 1.47%, 百分之五, 千分之三, 0.5个百分点, 约5%."""
    hits = []
    for m in scanner(_PERCENT).finditer(folded):
        if m["sign"] == "%" and _IN_AN_ADDRESS.match(folded, max(0, m.start() - 1)):
            continue  # …/%e5%b9%bf/: a web address's escaped bytes
        if (signed := _signed_share(folded, m)) is None:
            continue
        (number, start), end = signed, m.end()
        sign = m["sign"] or m["fpp"] or ("‰" if m["pml"] else "%")
        suffix = "pp" if sign.endswith("百分点") else sign  # 1.7百分點, a headline's, as 1.7个百分点
        qualifier = _qualifier_of(m)
        if m["den"] and qualifier is Qualifier.EXACT and number * int(parse_number(m["den"]) or 1) != (1 if m["fpp"] else 100) * int(parse_number(m["part"]) or 0):
            qualifier = Qualifier.APPROXIMATE  # 三分之一 is ~33.33%
        detail = _detail(qualifier, number, number, suffix)
        if qualifier is Qualifier.EXACT and (some := _some_more_share(folded, m, number)) is not None:
            detail, end = _detail(*some, suffix), end + 1
        elif m["pct"] and qualifier is Qualifier.EXACT and (upper := _PERCENT_UP_TO.match(folded, end)):
            high = parse_number(upper["n"])  # 百分之二十至三十: 20 to 30 %
            if high is not None and number < high <= min(Decimal(100), number * 3 + 10):
                detail, end = _detail(Qualifier.RANGE, number, high, suffix), upper.end()
        elif qualifier is Qualifier.EXACT and (ranged := _a_range_ending_here(folded, m, number, start, suffix)) is not None:
            detail, start = ranged
        hits.append(Hit(FactKind.PERCENT, start, end, number_text(detail) + suffix, detail))
    return hits


def _a_range_ending_here(folded: str, m: re.Match[str], number: Decimal, start: int, suffix: str) -> tuple[Detail, int] | None:
    """A range whose end alone carries the sign (30-50%, 0.4到16.8个百分点) or the 成 (六至七成: 60 to 70 %),
    and where it starts; None where it ends none, or after 从 or 由 (从30%-50%: a change from one share to the other)."""
    if suffix in ("%", "pp") and m["sign"]:
        lower = _PERCENT_FROM.search(folded, max(0, start - 12), start)
        low = parse_number(lower["n"]) if lower is not None else None
        if lower is None or low is None or not low < number <= 100 or folded[lower.start("n") - 1 : lower.start("n")] in ("从", "由"):
            return None
        return _detail(Qualifier.RANGE, low, number, suffix), lower.start("n")
    if m["tenths"] and not m["hundredths"] and (lower := _TENTHS_FROM.search(folded, max(0, start - 4), start)):
        low = parse_number(lower["n"])
        if low is not None and low * 10 < number:
            return _detail(Qualifier.RANGE, low * 10, number, suffix), lower.start("n")
    return None


def _signed_share(folded: str, m: re.Match[str]) -> tuple[Decimal, int] | None:
    """The share's number with its sign (负5%, 跌幅为-0.39%), and where it starts."""
    number = _tenths(m) if m["tenths"] else _fraction(m) if m["den"] else parse_number(m["num"] or m["pct"] or m["pml"] or "")
    if number is None:
        return None
    if m["neg"]:
        return -number, m.start()
    if m["num"] and not m["qb"] and _MINUS_BEFORE.search(folded, max(0, m.start() - 1), m.start()):
        return -number, m.start() - 1
    return number, m.start()


def _some_more_share(folded: str, m: re.Match[str], number: Decimal) -> tuple[Qualifier, Decimal, Decimal] | None:
    """百分之七十几 (71-79 %), 百分之三十多 and 三成多 (30-40 %), 30%多 (more than 30 %): the
    几, 多 or 余 after a share, as after a count (it was dropped, and an exact 70 % shown)."""
    some = _SOME_MORE.match(folded, m.end())
    if some is None or m["den"] or m["pml"]:
        return None
    said = m["pct"] or (m["tenths"] and not m["hundredths"] and "成") or ""
    if m["sign"] == "%" and some[0] != "几":
        return Qualifier.MORE_THAN, number, number
    if not said.endswith(("十", "成")):
        return None
    step = Decimal(1) if some[0] == "几" else Decimal(0)
    return Qualifier.APPROXIMATE, number + step, number + (9 if step else 10)


_SOME_MORE = re.compile(r"几(?![个乎率])|多(?![数少样种次年个])|余(?![款额量数下项])")
_MINUS_BEFORE = re.compile(rf"(?<![0-9A-Za-z０-９.%％)）_\-{CN_DIGITS}十百千])(?<![%％] )[-−－]$")
"""A minus sign written before a share (同比增长-12.5%, (-0.39%)); not a range's dash (30-50%) nor a
hyphen in a word or code (A-5%)."""
_PERCENT_UP_TO = re.compile(r"\s*(?:至|到|—|-|~|～)\s*(?P<n>[一二三四五六七八九十百零]+|\d+(?:\.\d+)?)(?![\d.%％‰万亿元个人年月日天点时分])")


_PERCENT_FROM = re.compile(r"(?<![\d.,%％点])(?P<n>\d{1,2}(?:\.\d+)?|[零一二三四五六七八九十]{1,3}(?:点[零一二三四五六七八九]+)?)\s*(?:-{1,3}|~|～|至|到|—|－)\s*$")
"""The start of a range whose end alone carries its sign (30-50%, 3至5%)."""
_TENTHS_FROM = re.compile(r"(?<![\d.一二两三四五六七八九十百千万])(?P<n>[一二两三四五六七八九1-9])\s*(?:至|到|-|~|～|—)\s*$")
"""The start of a range of tenths whose end alone says 成 (六至七成, 五到六成)."""


def _fraction(match: re.Match[str]) -> Decimal | None:
    """四分之一 → 25, 三分之二 → 66.67 (percent): a share said as a fraction was none; 四分之一个百分点
    → 0.25 (points; it was 1)."""
    denominator, part = parse_number(match["den"]), parse_number(match["part"])
    if not denominator or part is None or part >= denominator:
        return None
    whole = 1 if match["fpp"] else 100  # 四分之一个百分点: a quarter of a point, 0.25pp
    return (Decimal(part) * whole / Decimal(denominator)).quantize(Decimal("0.01")).normalize()


def _tenths(match: re.Match[str]) -> Decimal | None:
    """一成四 → 14, 三成 → 30, 三成半 → 35, 十成 → 100 (percent)."""
    tenths = parse_number(match["tenths"])
    hundredths = Decimal(5) if match["hundredths"] == "半" else parse_number(match["hundredths"] or "0")
    if tenths is None or hundredths is None:
        return None
    return tenths * 10 + hundredths


def _qualified_after(folded: str, hit: Hit) -> Hit:
    """300人以上, 11層以上, 3个以下, 200人左右, 两个小时左右: a count bounded by the word right after
    its measure word or its unit of time, as money is (they were exact)."""
    after = _COUNT_BOUND_AFTER.match(folded, hit.end)
    words = hit.value.split()
    if after is None or len(words) > 2 and not _TIME_UNIT.fullmatch(words[-1]):  # 1.3万家规模以上: the noun's (规模以上企业)
        return hit
    if after["q"] == "之多" and _AS_MANY_AS.search(folded, max(0, hit.start - 2), hit.start):
        return hit  # 多達94人之多: as many as 94, said twice, not more than 94
    bounded = _bounded(hit, _AFTER[after["q"]])
    return replace(bounded, end=after.end()) if bounded is not hit else hit


_COUNT_BOUND_AFTER = re.compile(r"(?P<q>以上|以下|以内|[或及]以上(?![述列])|[或及]以下(?![任列述各几所])|或更多|或更少|左右(?![夹开为手包两逢])|之多|为上限|为限)")
_AS_MANY_AS = re.compile(r"(?:多达|高达|达)$")


def _bounded_past_a_conversion(folded: str, hits: list[Hit]) -> list[Hit]:
    """100美元（約新台幣3,265元）以下: a bound after the bracketed conversion of a sum bounds the
    sum and its conversion both (they were exact)."""
    read = sorted(hits, key=lambda h: h.start)
    for i, hit in enumerate(read):
        after = _BOUND_PAST_BRACKETS.match(folded, hit.end) if hit.kind is FactKind.MONEY else None
        if after is None:
            continue
        qualifier = _AFTER[after["q"]]
        read[i] = _bounded(hit, qualifier)
        for j in range(i + 1, len(read)):
            if read[j].start >= after.start("q"):
                break
            if read[j].kind is FactKind.MONEY:
                read[j] = _bounded(read[j], qualifier)
    return read


_BOUND_PAST_BRACKETS = re.compile(r"\s*[（(][^（()）\n]{1,30}[）)]\s*(?P<q>以下|以上|以内)(?=[，,。；;、）)\s]|的|$)")
"""以上 ending its phrase (…以上，…; 以上的), not 以上费用, the above costs."""


def _qualified_apart(folded: str, hit: Hit) -> Hit:
    """最高可罰400萬元, 约为29.2%, 大约占总体的39.9%: a qualifier said a verb before the number
    bounds it as one right before it does (they were exact)."""
    apart = _APART.search(folded, max(0, hit.start - 10), hit.start)
    if apart is None and hit.kind is FactKind.PERCENT:
        apart = _APART_OF.search(folded, max(0, hit.start - 12), hit.start)
    if apart is None and hit.kind is FactKind.MONEY and _PRICE_FROM.match(folded, hit.end - 1):
        return _bounded(hit, Qualifier.MORE_THAN)  # 售价1499美元起: from 1,499
    return hit if apart is None else _bounded(hit, _BEFORE[apart["q"]])


_PRICE_FROM = re.compile(r"(?:(?<=[元币镑郎圆万亿])|[元币镑郎圆万亿])起(?![诉义火飞跑来码家到了伏作用源草身落])")
"""起 after a sum's unit, matched from the sum's last character (元 or 万 before it, or 起 itself):
售价8.98万起, 10万起步."""


def _bounded(hit: Hit, qualifier: Qualifier) -> Hit:
    """The hit bounded by ``qualifier``, where it reads one exact number (else as it is): money's
    value written anew, a count's words kept (至少有50人: 50+ 人), a share's unit kept."""
    detail = hit.detail
    if _about_a_range(detail, qualifier):
        assert detail is not None and detail.low is not None and detail.high is not None
        bounded = _detail(qualifier, Decimal(detail.low), Decimal(detail.high), detail.unit or "")
    elif detail is None or detail.qualifier is not Qualifier.EXACT or detail.low is None or detail.low != detail.high:
        return hit
    else:
        bounded = _detail(qualifier, Decimal(detail.low), Decimal(detail.low), detail.unit or "")
    if hit.kind is FactKind.MONEY:
        value = _money_value(bounded)
    elif hit.kind is FactKind.COUNT:
        assert detail is not None
        value = number_text(bounded) + hit.value.removeprefix(number_text(detail))
    else:
        value = number_text(bounded) + (detail.unit or "")
    return Hit(hit.kind, hit.start, hit.end, value, bounded)


def _about_a_range(detail: Detail | None, qualifier: Qualifier) -> bool:
    """150~500名左右: about the range (左右 was dropped), its ends kept."""
    return (
        detail is not None and qualifier is Qualifier.APPROXIMATE and detail.qualifier is Qualifier.RANGE
        and detail.low is not None and detail.high is not None
    )


_APART_OF = re.compile(
    r"(?P<q>不得超过|不会超过|不能超过|不应超过|不超过|不足|(?<![达做办得])不到|逾(?![期越])|(?<![附最接将靠])近(?![期年日来代一二两三四五六七八九十几\d]))[\u4e00-\u9fffA-Za-z]{1,8}的\s*$"
)
"""不足国有企业的40%: a share bounded across what it is a share of (not 超过市场预期的5%, where
the expectation is 5 %, nor 附近居民的30% or 逾期贷款的3%)."""
_APART = re.compile(
    rf"(?P<q>最高|最多|至多|大约|大概|(?<![{_A_WORD_ENDING_IN_YUE}])(?<!{_NATO})约|最低|至少|最少|起码|不超过)"
    r"(?:可?[罚判处][款金]?|可?赔偿?|可?获得?|可?领取?|可?达?|为|(?:(?<=约|概)|(?<=至少|最少|起码))是|在|有|可?提供(?:总额)?的?|占[\u4e00-\u9fff]{0,4}的?"
    r"|(?<=至少|最少|最多|至多|起码)(?:发生(?:过|了)?|兑换|录得|造成了?|导致了?|需要?|可以?|能|会|要|获得|投入了?|花了?|犯下了?|出现(?:过|了)?"
    r"|(?:可以?|能够?|会|要|只)?(?:卖|赚到?|挣到?|拿到?|收到?|筹[集得]到?|募[集得]到?|节省|省下?|减少|损失|接|招收?|招聘|容纳|搭载|载|坐|带)了?))\s*$"
)
"""A qualifier and the verb between it and its number (可罚, 为, 占总体的, 至少可以卖)."""


def _qualifier_of(match: re.Match[str]) -> Qualifier:
    """The qualifier word before or after the number, if any; not 近 of the last games (近4场:
    the last four, not nearly four)."""
    if after := _group(match, "qa"):
        return _AFTER[after]
    before = _group(match, "qp") or _group(match, "qb")
    if before == "近" and _last_games(match):
        return Qualifier.EXACT
    if before == "超" and _A_LEAGUE.search(match.string, max(0, match.start() - 2), match.start() + 1) \
            and _A_LEAGUES_COUNT.match(match.string, match.end("num")):
        return Qualifier.EXACT  # 在土超12轮积21分: the Süper Lig's, not more than twelve (受访者中超七成 stays)
    return _BEFORE[before] if before else Qualifier.EXACT


def _last_games(match: re.Match[str]) -> bool:
    """近4场意甲赛事, 近5轮: the last few games of a season (not 的近500场招聘会, 在近千场演出中);
    the last seasons or meetings (红魔近8次作客, 联赛近18个赛季, 近26次作客伦敦: a long record
    of meetings too) after any word but one of nearly (将近, 达近, 有近)."""
    number = parse_number(match["num"] or "")
    if number is None or number > 60:
        return False
    if _LAST_MEETINGS.match(match.string, match.end("num")):
        clause = match.string[max(0, match.start("num") - 12) : match.start("num") - 1]
        clause = re.split(r"[，,。；;：:！？!?]", clause)[-1]
        if number > 20 and (not _AWAY_OR_HOME.match(match.string, match.end("mw")) or _A_CAREERS_TOTAL.search(clause)):
            return False  # 国家队生涯近60次出场, 两队历史上近50次交锋: nearly, a total (近26次作客伦敦 the last)
        return clause[-1:] not in _NEARLY_AFTER and not _SERVED.search(clause)
    return number <= 20 and bool(_LAST_GAMES.match(match.string, match.end("num")) and _NOT_NEARLY.search(match.string, 0, match.start("num")))


_LAST_GAMES = re.compile(
    r"\s*(?:轮|局|盘|场(?=比赛|赛|联赛|[意英西德法]甲|[中英土]超|[欧亚]冠|欧战|[客主]场|NBA|交手|对决|对阵|不败|连胜|[胜负平]|打出|战绩|取得|拿下|仅|只|均|都|中|里|，))"
)
_A_LEAGUE = re.compile(r"(?:[英土俄苏葡]|(?<![其之当集空从高初心途])中)超$")
"""A top league named by its country (中超, 英超, 土超): its 超 is no "more than"."""
_A_LEAGUES_COUNT = re.compile(r"\s*(?:轮|场|个?赛季|支球队|球)")
"""What a league's rounds, games or seasons are counted in (中超30轮, 英超5场)."""
_NOT_NEARLY = re.compile(r"(?:^|[，,。；;：:、\s在其最队们他她])\s*近\s*$")
_LAST_MEETINGS = re.compile(
    r'\s*(?:个?赛季|个?交易日|届(?=世界杯|奥运|欧洲杯|亚洲杯|比赛|锦标赛|联赛|全运)|次(?=作客|客场|主场|交锋|相遇|交手|对决|对阵|碰面|交战|联赛|比赛|出战|出场|迎战|对[“"「《]))'
)
"""The last seasons, tournaments or meetings of two teams (近3个赛季, 近两届世界杯, 近8次交锋), and a
market's last trading days (该股近十个交易日)."""
_AWAY_OR_HOME = re.compile(r"作客|客场|主场|对[“\"「《]")
_A_CAREERS_TOTAL = re.compile(r"生涯|历史|先后|共计|累计|已经|代表|国家队")
_NEARLY_AFTER = frozenset("将达有共已过历时用花约逾超力教盟法续隔战练了")
"""A word before 近 that makes it nearly (将近, 达近, 有近8次), not the last."""
_SERVED = re.compile(r"效力|执教|加盟|踢|执法|担任|任职|连续|时隔|举办|参加|出战|征战|坚守|度过|打了")
"""A verb of serving for so long before 近N个赛季 in its clause: nearly (效力曼联近10个赛季)."""


def _group(match: re.Match[str], name: str) -> str | None:
    """A group's text, None where it did not take part or the pattern has no such group (the
    symbol money's has no qb, the counts' no qp)."""
    return match[name] if name in match.re.groupindex else None


# ---- Counts


def _counts(folded: str) -> list[Hit]:
    """A number and a measure word, with the noun they count (after it, or before: 工作站30个)."""
    hits = []
    for m in scanner(_COUNT).finditer(folded):
        if not _countable(m):
            continue
        detail = _own_detail(m, m["mw"])
        if detail is None or _a_score_or_a_sitting(folded, m, detail) or (m["mw"] in _NOT_ITS_MEASURE and _NOT_ITS_MEASURE[m["mw"]].match(folded, m.end("mw"))) \
                or _a_tours_price(folded, m, detail):
            continue
        word = _word_at_measure(folded, m)
        if word in _NO_COUNT_WORDS:
            continue
        if word is not None:
            detail = replace(detail, unit=word)
            hits.append(Hit(FactKind.COUNT, _count_start(m), m.start("mw") + len(word), f"{number_text(detail)} {word}", detail))
            continue
        if _SO_LONG_AFTER.match(folded, m.end("mw")):
            continue  # 27个月后, 大概四个小时后: a time counted from another, no count
        noun = "" if m["mw"] in _PEOPLE | _COUNTED_PEOPLE else _by_words(_trim_noun(m["noun"] or ""), m["noun"] or "")
        noun = _past_place(noun, m["noun"] or "")
        counted = _a_time_units_noun(folded, m, noun)
        if counted is None:
            continue
        noun = counted
        start, end = _count_start(m), m.end("mw") + len(noun)
        start, detail = _either_before(folded, start, detail)
        saying = (not noun or _a_verb(noun)) and _in_idiom(folded, start, m.end("mw"))  # 四处飘荡, not 四处景点
        if saying or _in_set_phrase(folded, _num_start(m), m.end("mw")):
            continue  # 浓烟四起, 四处奔走 (but 四起案件, 四处景点 are counts); 天龙八部, 三个代表
        if not noun:
            noun, start = _noun_before(folded, start, end)
        value = " ".join(part for part in (number_text(detail), m["mw"], noun) if part)
        hits.append(Hit(FactKind.COUNT, start, end, value, detail))
    return hits


_NOT_ITS_MEASURE = {
    "头": re.compile("奖|等奖"), "匹": re.compile("马力|的?空调"), "起": re.compile("床"),
    "台": re.compile("湾(?![区仔])"), "门": re.compile("敞篷|跑车|硬顶|轿跑|掀背"),
}
"""Words a measure word opens that make it no measure: 500万头奖 (a first prize of five million),
988匹马力 (horsepower), 1.5匹的空调 (an air conditioner's rating), 6:30起床 (getting up), 908台湾厂商 (Taiwan; 3台湾区 are counted), 两门跑车 (a body style)."""
_TOURS_YOU = r"(?<!旅)游(?![客戏泳行览玩击])"
"""游 of a tour (一日游, 港澳游), not of 旅游, 游客, 游戏."""
_A_TOUR = re.compile(rf"[^，,。；;！？!?\s【】\[\]]{{0,24}}?{_TOURS_YOU}")


def _a_tours_price(folded: str, match: re.Match[str], detail: Detail) -> bool:
    """138起安阳仙台山一日游, 三亚双飞五日游1999起: a tour's price from so many yuan, not so many cases."""
    if match["mw"] != "起" or detail.low is None or Decimal(detail.low) < 50:
        return False
    return bool(_A_TOUR.match(folded, match.end("mw")) or _A_TOUR_BEFORE.search(folded, max(0, _num_start(match) - 12), _num_start(match)))


_A_TOUR_BEFORE = re.compile(rf"{_TOURS_YOU}[^，,。；;！？!?\s]{{0,3}}$")


def _a_score_or_a_sitting(folded: str, match: re.Match[str], detail: Detail) -> bool:
    """2-0本菲卡, 3-1场: a score, its first number the larger, no range of counts; 6.7人: a number
    with a fraction before a measure of wholes (``_WHOLES``); 十三届国会,
    七届董事会, 五次全会: the body's sitting, an ordinal without its 第, not thirteen parliaments
    (``_A_SITTING``); 301条款: a law's section."""
    if detail.qualifier is Qualifier.RANGE and detail.low is not None and detail.high is not None \
            and Decimal(detail.low) > Decimal(detail.high):
        return True
    if match["mw"] in _WHOLES and detail.low is not None and Decimal(detail.low) % 1 \
            and not _AN_AVERAGE_BEFORE.search(folded, max(0, _num_start(match) - 10), _num_start(match)):
        return True  # 升级到6.7人性化设计: a version's number, no six and a bit people (平均每户2.6人 is)
    if match["mw"] == "次" and _A_TERM_BEFORE.search(folded, max(0, _num_start(match) - 6), _num_start(match)) \
            and folded.startswith("会议", match.end("mw")):
        return True  # 八届五次会议, 常委会三次会议, 十四届全国人大四次会议: the session's number
    if match["mw"] == "次" and _A_PARTYS_CONGRESS.match(folded, match.end("mw")) and (detail.low or "0").isdigit() \
            and int(detail.low or 0) >= 10 and not _HELD_SO_MANY.search(folded, max(0, _num_start(match) - 2), _num_start(match)):
        return True  # 召开21次党代表大会: the party's twenty-first congress, no 21 congresses (召开了12次 are counted)
    if match["mw"] == "次" and folded.startswith("全会", match.end("mw")):
        return True  # 五次全会: the Fifth Plenum, an ordinal without its 第 (no five plenums)
    if match["mw"] == "条" and folded.startswith("款", match.end("mw")) \
            and re.fullmatch(r"\d{3,}", folded[_num_start(match) : match.start("mw")].strip()):
        return True  # 301条款, 232条款: a law's section, no 301 clauses
    if match["mw"] == "间" and (folded.startswith(("歇", "断"), match.end("mw")) or folded.startswith("接", match.end("mw"))
                              and not folded.startswith("接待", match.end("mw"))):
        return True  # 15间歇性发作, 200间接投资: 间 opens a word, no rooms (3间接待室 are)
    if match["mw"] == "期" and _A_PHASE_NAME.fullmatch(folded, _num_start(match), match.end("mw")) \
            and (_A_PHASE_NAME.search(folded[max(0, _num_start(match) - 2) : _num_start(match)]) or _A_PHASE_NAME.match(folded, match.end("mw"))):
        return True  # 一期二期三期四期五期: the phases' names in a row, no counts (分3期6期12期 are instalments)
    if match["mw"] == "起" and _A_YEAR_FROM.search(folded, max(0, _num_start(match) - 2), match.end("mw")) \
            and not _FALLS_TO.match(folded, match.end("mw")):
        return True  # 从2011起: from the year 2011 on, no 2011 cases (从2015起下降到1800起: cases)
    return match["mw"] == "届" and bool(_A_SITTING.match(folded, match.end("mw")))


_A_PHASE_NAME = re.compile(r"[一二三四五六七八九十]期")
_A_TERM_BEFORE = re.compile(r"(?:届|委会|届(?:全国人大|人大|全国政协|政协))$")
_A_PARTYS_CONGRESS = re.compile(r"党代表大会|党员代表大会|党代会|党员大会")
_HELD_SO_MANY = re.compile(r"(?:[了过]|(?<!中)共|累计|先后)$")
"""共召开了12次, 召开过12次: congresses counted (not 中共21次党代表大会, the party's twenty-first)."""
_FALLS_TO = re.compile(r"[^，,。；;]{0,4}?(?:下降|减少|增加|上升|增长|回落|增至|降至)(?:了|到|至)?\s*[\d一二两三四五六七八九十百千]")
_A_YEAR_FROM = re.compile(r"[从自由]\s*(?:19|20)\d\d\s*起$")
"""从2011起: a year onwards, its 年 left out."""
_WHOLES = frozenset("人名位只头辆架艘座所家户件")
"""Measure words of things counted whole: a count with a fraction of one is no count."""
_AN_AVERAGE_BEFORE = re.compile(r"平均|每|户均|人均|均")
"""平均每户2.6人: an average, whose fraction of a whole is a count still."""
_A_SITTING = re.compile(r"(?:国会|董事会|监事会|全国人大|人大|立法会|全国政协|政协|中央委员会|党代会|理事会|议会)(?!代表|委员|常委|议员|董事|主席)")
"""A body's sitting after 届 (十三届国会), not the terms served in it (两届全国人大代表)."""


def _a_time_units_noun(folded: str, match: re.Match[str], noun: str) -> str | None:
    """The noun, or for a length of time its unit (两个季度回升, 8个月徒刑); None where the length
    says how fast (在10个小时内抓获), which the dates read or leave, no count of hours."""
    unit = _TIME_UNIT.match(noun)
    if unit is None:
        return noun
    return None if _WITHIN_AFTER.match(folded, match.end("mw") + unit.end()) else unit.group()


_WITHIN_AFTER = re.compile(r"之内|以内|内")


def _either_before(folded: str, start: int, detail: Detail) -> tuple[int, Detail]:
    """4、5名: a count's number after the one before it and 、 is "four or five", about so many
    (it was exactly 5)."""
    before = _EITHER_WRITTEN.search(folded, max(0, start - 4), start)
    if before is None or detail.qualifier is not Qualifier.EXACT or detail.low is None:
        return start, detail
    low, high = Decimal(before["n"]), Decimal(detail.low)
    if low + 1 != high:
        return start, detail
    return before.start(), _detail(Qualifier.APPROXIMATE, low, high, detail.unit or "")


_EITHER_WRITTEN = re.compile(r"(?<![\d.、第])(?P<n>\d{1,3})、$")


def _word_at_measure(folded: str, match: re.Match[str]) -> str | None:
    """The noun a one-character measure word opens with the character after it (9部门 is nine
    departments, 2项目 two projects, not 9 部 of 门), or a word that makes the number no count
    (九五期间 is the ninth five-year plan's period); None when the measure word stands alone."""
    word = folded[match.start("mw") : match.end("mw") + 1]
    return word if len(match["mw"]) == 1 and (word in _NOUNS_OPENED_BY_MEASURES or word in _NO_COUNT_WORDS) else None


_NOUNS_OPENED_BY_MEASURES = frozenset((
    "部门", "部委", "部队", "项目", "条件", "条例", "条款", "条约", "家庭", "家族", "家长",
    "座位", "场所", "场馆", "层面", "线路", "份额", "单位", "票站", "家属", "罐头", "瓶颈"))
"""Nouns whose first character is also a measure word: after a number the two are the noun (not
名单 or 位置: 10多名单身女生, 三位置业顾问)."""
_NO_COUNT_WORDS = frozenset(("期间", "期限", "期满", "届时", "次日", "次年", "次产", "票房", "票价", "席之", "席话", "班长",
                             "班倒", "班制", "班主", "班班", "单元", "单价", "单车", "单曲", "单身", "单独", "单方",
                             "单边", "单项", "单人", "单次", "单日", "单程", "单号", "单一", "单纯", "单打", "单向",
                             "单亲", "单季", "单月", "单周", "单场", "单个", "列举", "列入", "列为", "列出", "列明", "列作", "列支",
                             "列席", "列强", "集团", "集中", "集体", "集合", "集会", "集结", "集资", "集分", "集装",
                             "集成", "集聚", "集群", "集训", "集锦", "集邮", "集散", "集市", "把握", "把关", "把持",
                             "把柄", "把戏", "杯赛", "人力", "支撑", "支持", "支付", "支援", "支柱", "轮驱", "轮盘"))
"""Words a number and a measure word run into that count nothing (九五期间: the ninth five-year
plan's period, 第二届时, 三次产业: the tertiary sector, 一席之地, 十亿票房: a takings, 三班倒: shifts,
9号楼1单元, 一一列举, 六四集会, 三把握)."""
_PEOPLE = frozenset(("人", "人次"))
"""Measure words that are the noun they count: what follows is the sentence (8077人感染, 两人出院时)."""


def _count_start(match: re.Match[str]) -> int:
    return match.start("qb") if match["qb"] else match.start("neg") if match["neg"] else _num_start(match)


def _noun_before(folded: str, start: int, end: int) -> tuple[str, int]:
    """工作站30个。: a noun just before the number, when nothing follows the measure word.

    The noun runs back to a verb, a function word or punctuation, and is two to
    four characters long.
    """
    if end < len(folded) and re.match(rf"[{_CJK}]", folded[end]):
        return "", start
    window = folded[max(0, start - 6) : start]
    stop = max((i + 1 for i, c in enumerate(window) if not re.match(rf"[{_CJK}]", c) or c in _NOUN_STOP_CHARS), default=0)
    stop = max([stop, *(m.end() for m in _AMONG.finditer(window))])  # 其中北京5家: not 中北京
    verbs = [m.end() for at in range(stop, len(window)) if (m := _verbs().match(window, at))]
    if len(window) in verbs:
        return "", start  # 客运量高达176亿人次: a verb right before the number, no noun between
    cut = max([stop, *(v for v in verbs if len(window) - v >= 2)])
    noun = noun_before(window[cut:], limit=4)  # 建成服务站: the noun is the word at the end
    if not 2 <= len(noun) <= 4:
        return "", start
    return noun, start - len(noun)


_AMONG = re.compile("其中|当中")
_IDIOMS = ("四起", "四处", "三番五次", "三番两次", "五湖四海", "四面八方", "七上八下", "十有八九", "九死一生",
           "一五一十", "三三两两", "千方百计", "万众一心", "一心一意", "三心二意", "一举两得", "十全十美")
"""Sayings a number and a measure word sit in, with no noun after them: 浓烟四起 (smoke everywhere),
四处奔走, 三番五次."""


def _a_verb(noun: str) -> bool:
    """Whether jieba reads the words after a measure word as a verb first (奔走 of 四处奔走)."""
    tokens = pos_tagger().tag(noun)
    return bool(tokens) and tokens[0][1].startswith("v") and tokens[0][1] != "vn"


def _in_idiom(folded: str, start: int, end: int) -> bool:
    """Whether the count ``folded[start:end]`` lies inside one of the sayings."""
    window = folded[max(0, start - 3) : end + 3]
    offset = max(0, start - 3)
    for idiom in _IDIOMS:
        at = window.find(idiom)
        while at >= 0:
            if offset + at <= start and end <= offset + at + len(idiom):
                return True
            at = window.find(idiom, at + 1)
    return False


def _in_set_phrase(folded: str, start: int, end: int) -> bool:
    """Whether the number and measure word ``folded[start:end]`` sit inside a name or saying
    jieba's dictionary knows as one word of four characters or more, opening before the number
    (天龙八部, 一石二鸟): a title or an idiom, not a count. A word the number opens (三个代表) may
    well be one (选出三个代表: three delegates), so it stays a count."""
    for at, word, tag in words_in(folded, max(0, start - 4), end + 4):
        if at <= start and end <= at + len(word):
            return len(word) >= 4 and tag in _SET_PHRASE_TAGS and at < start
    return False


_SET_PHRASE_TAGS = frozenset(("i", "l", "nz"))
"""jieba's parts of speech for idioms (i), set phrases (l) and other proper nouns (nz)."""


_MODEL_NAME = re.compile(r"[A-Za-z][A-Za-z0-9]*\s?$")
"""A name in Latin letters just before digits numbers a model (Gen 2, iPhone 15), not a count."""
_RANK = re.compile(r"(?<![目此之以当提眼空面生事日先从战赛])前$")
"""前五名 is a rank; 目前五名 is not."""
_HALF_MORE = re.compile(r"半(?:小时|钟头|钟|月|天|年|星期|礼拜|世纪)")
"""两个半小时: a length of time and a half, not two of anything."""
_SMALL_MEASURES = frozenset(("把", "列", "杯", "集"))
"""Measure words never counted in tens of thousands: after 万 or 亿 they open the next words."""
_SO_LONG_AFTER = re.compile(r"(?:月|小时|钟头|星期|礼拜)(?:之|以)?(?:后|前(?![往进来去夕线]))|月大(?![学会型选])")
_TIME_UNIT = re.compile(r"季度|月(?![饼球台亮])|小时|钟头|星期|礼拜|工作日|交易日|财年|年头")
"""两个季度, 三个月: a length of time, whose noun is its unit (连续两个季度回升 counted 季度回升)."""
_LAW = re.compile(r"(?:法|条例|规则|办法|公约|宪章)第?$")
"""刑法255条 is an article of a law (第255条 says so itself), not 255 of anything."""


def _a_class(match: re.Match[str]) -> bool:
    """一年级三班, 五年级3班: a school class's name, not so many classes."""
    return match["mw"] == "班" and match.string[max(0, match.start("num") - 1) : match.start("num")] in ("级", "年")


_WORDS_NOT_COUNTS = frozenset((("二", "次"), ("二", "班"), ("两", "队"), ("二", "队"), ("八一", "队"), ("六", "根")))
"""二次开发, 二次世界大战, 一年二班: a word or a name (a count says 两次, 两班); 两队, the two sides
of a match, and 八一队, a team's name, no count of teams (22隊搜索隊 is); 六根清净, a saying."""


def _a_stumble(num: str) -> bool:
    """一一个人, 三三个孩子: a speaker's stumble on one digit (eleven is 十一), not 11 or 33."""
    return len(num) == 2 and num[0] == num[1] and num[0] in "一二两三四五六七八九"


def _countable(match: re.Match[str]) -> bool:
    """Not 一个/一名 (an article, not a count; but one of a tally is), nor a bare 零 (零件 are parts), nor a cheque's digit alone (陸人: mainlanders), nor
    a bare 万 or 百 without 超/近/约 before it,
    nor a fraction's part (三分之二支援), a model's number (Snapdragon 4s Gen 2处理器), a rank
    (前五名), a number of digits (8位数) or a length and a half (两个半小时)."""
    num = match["num"]
    if num is None:
        return bool(match["vague"])
    if _a_lone_one(match, num) or (num, match["mw"]) in _WORDS_NOT_COUNTS or _a_class(match):
        return False
    if _of_the_wrong_size(match, num) or _a_stumble(num):
        return False
    if num in _ZEROS and not match["num2"]:
        return False  # 零件, 零部件, 零头, 零售: words, not none of anything
    if len(num) == 1 and num in _CHEQUE_DIGITS or _CHEQUE_DIGITS & set(num) and _PLAIN_DIGITS & set(num):
        return False  # 陸人 (mainlanders), 伍家: a cheque's digit alone is a word, a surname or a place; 大陸一處 no 61
    if not _counts_its_noun(match, num):
        return False
    text, at = match.string, match.start("num")
    before = text[max(0, at - 12) : at]
    if num in ("一一", "一壹") and before[-1:] in _ONE_WORDS:
        return False  # 惟一|一家: the only one, not eleven
    if _numbers_something_else(match, before):
        return False
    if all(c in _BARE_UNITS for c in num) and not _TEN_OF.match(match.string, match.start("num")):  # 上万名, 近百人; not 成千上万
        return bool(before) and before[-1] in _QUALIFIERS and not before.endswith("成千上") or bool(match["approx"])
    return True


def _a_lone_one(match: re.Match[str], num: str) -> bool:
    """一个, 一名 said as an article (一名男子被捕), not one of a tally."""
    return num in ("一", "壹") and not match["num2"] and not _one_in_a_tally(match)


def _one_in_a_tally(match: re.Match[str]) -> bool:
    """包括兩名董事及一名顧問, 死亡人數增至94人，包括一名殉職消防員, 仍有一名會員失聯: one of a
    tally is a count of one, where 一名男子被捕 says "a man" (no count)."""
    text, at = match.string, match.start("num")
    if match["mw"] not in _TALLIED or _ONE_EACH.match(text, match.end("mw")):
        return False
    if _TALLY_BEFORE.search(text, max(0, at - 4), at):
        return True
    joined = _JOINED_BEFORE.search(text, max(0, at - 3), at)
    return joined is not None and bool(_COUNTED_BEFORE.search(text, max(0, joined.start() - 12), joined.start()))


_ONE_EACH = re.compile(r"[一两二三四五六七八九]\s*[票车份]")
"""一人一票, 一人兩票: one each, a rule, not a tally."""
_TALLIED = frozenset("名位人座幢栋间宗具架辆艘所")
"""What a tally of the news counts one of: people, buildings, cases, bodies, vehicles."""
_TALLY_BEFORE = re.compile(r"(?:包括|包含|其余|另有|仍有|尚有)$")
_JOINED_BEFORE = re.compile(r"(?:以及|及|和|与|、)$")
_COUNTED_BEFORE = re.compile(r"(?:\d+|[两二三四五六七八九十百千]+)\s*(?:名|人|个|位|座|间|宗|架|辆|艘|具|家|所|条)[^，。；！？\n]*$")
"""A count earlier in the clause the one is joined to (兩名董事及一名顧問)."""


def _of_the_wrong_size(match: re.Match[str], num: str) -> bool:
    """A noun of people counted below the tens of thousands (3居民, 20家庭: no count without its
    measure word), or a measure word never counted in them (花了20万把房子装修, 把3000万列作坏账:
    a sum, then the verb)."""
    large = any(unit in num + (match["mult"] or "") for unit in "万亿")
    return match["mw"] in _COUNTED_PEOPLE and not large or match["mw"] in _SMALL_MEASURES and large


def _counts_its_noun(match: re.Match[str], num: str) -> bool:
    """Whether 股, 对, 具 or 伙 counts here. 股 not as a surge or forces (一股暖流, 三股势力) nor a
    stock's code before its price (600535股价); 对 and 具 only with a noun after them (383对新人,
    16具遗体; 1984伙 alone is Hong Kong's flats), not in a word (具有, 伙伴, 对于), a score (3对2)
    or in twos and threes (三三两两对对)."""
    after = match.string[match.end("mw") : match.end("mw") + 1]
    if match["mw"] in ("股", "片"):
        return bool(_DIGIT.search(num) or match["mult"] or num[-1] in "万亿") and after not in _STOCK_WORDS.get(match["mw"], "")
    if match["mw"] in _WHAT_IT_COUNTS:
        return bool(_WHAT_IT_COUNTS[match["mw"]].match(match.string, match.end("mw")))
    if _another_word(match, num, after):
        return False
    if match["mw"] not in _MEASURES_OF_A_NOUN:
        return True
    if after in _MEASURES_OF_A_NOUN[match["mw"]]:
        return False
    if match["mw"] != "伙" and (not "\u4e00" <= after <= "\u9fff" or after in "一二两三四五六七八九十百"):
        return False  # 五对一, 三对三: a game's sides
    if match["mw"] == "对" and _A_YEAR.fullmatch(num):
        return False  # 2022对中国经济: a year, then 对 (for)
    return not (match["mw"] == "对" and re.search(r"([一二两三四五六七八九十])\1", num))  # 对对: in twos, not 1000对


def _another_word(match: re.Match[str], num: str, after: str) -> bool:
    """Whether the number and its measure word are part of something else: a model's year
    (2012款哈弗, 18款凯美瑞; 推出12款新车 counts), a word or a saying (四处传播, 三人行必有我师,
    五台山), a time (收押３个多月), a folk act (三句半) or the verb 处于 (主胜赔2.80处于高位)."""
    mw = match["mw"]
    if mw == "款" and (_MODEL_YEAR.fullmatch(num) or _TWO_DIGITS.fullmatch(num) and _A_MAKE.match(match.string, match.end("mw"))):
        return True
    return bool(
        _A_SET_PHRASE.match(match.string, match.start("num"))
        or mw == "个" and _MORE_THAN_A_SPAN.match(match.string, match.end("mw"))
        or mw == "句" and after == "半"
        or mw == "处" and after and after in "于理置分罚长"
        or mw == "首" and bool(_FIRST.match(match.string, match.end("mw")))  # 星际2首次: first, no songs
        or mw == "只" and bool(_WAN_OR_YI.search(num)) and _only(match, after)  # 贪污8000万只判, 8千亿只要: only
        or mw == "次" and after in "级贷序"  # 800亿次级债: subordinated debt, not times
        or mw == "起" and after in "步价"  # 10万起步售价: a price from so much, not incidents
        or mw == "人" and after == "制" and match.string[match.end("mw") + 1 : match.end("mw") + 2] not in "定作订服止造"  # 五人制足球: a format
        or mw == "期" and match.string[match.start("num") - 2 : match.start("num")] in _PHASED  # 项目二期: a phase
        or mw == "科" and match.string[match.start("num") - 1 : match.start("num")] in _WARDS  # 外三科: a ward
    )


_WAN_OR_YI = re.compile("[万亿]")
_WARDS = frozenset("内外儿妇骨眼")
"""What before 三科 makes it a hospital's ward (外三科, 内二科), not three departments."""
_PHASED = frozenset(("项目", "工程", "楼盘", "地铁", "园区", "小区", "新城"))
"""What before 二期 makes it a development's phase (观宸项目二期), not two issues."""
_MONEY_SAID = re.compile(r"(?:营收|收入|利润|贪污了?|受贿|花了?|赚了?|亏了?|投资|资金|金额|售价|价格|交易额|营业额|借了?)[^，,。；;]{0,6}$")


def _only(match: re.Match[str], after: str) -> bool:
    """Whether 只 after a number in 万 or 亿 is only: before 判, 要, 够, 剩, 占, 需 always (8000万只判,
    8千亿只要把…); before 是, 有, 能, 会, 被 where money was said (营收两千万只是…, not 鱼苗300万只是)."""
    return after in "判要够剩占需" or after in "是有被能会" and _money_said_before(match)


def _money_said_before(match: re.Match[str]) -> bool:
    """Whether a money word or verb stands just before the number (贪污8000万只判, 营收两千万只是):
    its 只 is only; after 鱼苗300万只是 it counts fish."""
    return bool(_MONEY_SAID.search(match.string, max(0, match.start() - 12), match.start()))


_FIRST = re.compile(r"次|发(?!表)|映|播(?!放)|轮|批|创(?!作)|届|位|席|相(?!关)|府|都|富|付|选(?!自)")
"""What after 首 makes it first (首次, 首发, 首映), not a measure of songs (12首播放量过亿的, 3首选自)."""
_MEASURES_OF_A_NOUN = {
    "对": "比于待应方话手外抗战象照接立岸口策峙", "具": "有备体", "伙": "伴食计同", "款": "项子待式额", "科": "学技研室长普", "组": "成织建合装长委图队员别组",
}
"""Measure words that count only with a noun after them, and what after them makes another word."""
_ZEROS = frozenset(("零", "〇", "○"))
_ONE_WORDS = frozenset("唯惟统同万逐专单划合第之")
"""Characters that make a word with the 一 after them (唯一, 统一, 之一): 唯一一家 says one."""
_CHEQUE_DIGITS = frozenset("壹贰叁肆伍陆柒捌玖拾佰仟")
_PLAIN_DIGITS = frozenset("一二两三四五六七八九十百千")
"""The digits cheques and contracts write, never alone in running text."""
_DIGIT = re.compile(r"\d")
_SECONDS_BEFORE = re.compile(r"\d秒$")
_BITS_OR_DIGITS = re.compile(
    r"\s*(?:处理器|微处理器|加密|架构|系统(?![工分管集])|操作系统|芯片|元(?![首帅老勋朗])|字节|整数|浮点|密码|验证码|数字|编码|总线|CPU|色彩?)"
)
"""What 位 counts when it counts bits or digits (64位系统, 6位验证码), not people."""
_STOCK_WORDS = {"股": "价市民东权指息", "片": "区段酬约方商场"}
"""What 股 opens after a number when it counts no shares: 股价, 股市, 股民, 股东 (40万股东 may be
shareholders), 股权, 股指, 股息; and 片 no discs: 片区, 片段, 片酬, 片约, 片方, 片商, 片场."""
_A_SET_PHRASE = re.compile(
    r"四处(?=[传奔寻找打张流游逃乱搜散躲求借活走碰蔓扩漂飘宣招兜拜托推])|三人行|五台山|四人帮(?![忙助派扶手])"
    r"|(?<=三番)[四五两]次|(?<=三天)两头|两头(?=不到岸|落空|受气|讨好|不讨好)"
)
"""Set phrases whose numbers count nothing: 四处, 四人帮, 三番四次 (again and again), 三天两头, 两头不到岸 (neither here nor there)."""
_MORE_THAN_A_SPAN = re.compile(r"多(?:月|小时|钟头|星期|礼拜)")
_MODEL_YEAR = re.compile(r"(?:19|20)\d\d|0\d")
_TWO_DIGITS = re.compile(r"\d\d")
_A_MAKE = re.compile(
    r"\s*(?:[A-Za-z]|丰田|豐田|本田|大众|大眾|奥迪|宝马|寶馬|奔驰|奔馳|别克|雪佛兰|福特|日产|日產|现代|起亚|马自达|特斯拉|比亚迪|吉利|长安"
    r"|哈弗|凯美瑞|雅阁|速腾|迈腾|帕萨特|朗逸|宝来|高尔夫|卡罗拉|思域|轩逸|桑塔纳|捷达|途观|途安|凯迪拉克|路虎|保时捷|沃尔沃|标致"
    r"|雪铁龙|斯柯达|荣威|五菱|传祺|蔚来|理想|小鹏|领克|红旗|昂科威|昂科拉|英朗|君威|君越|天籁|逍客|奇骏|汉兰达|威霆|唯雅诺|阳光|iPhone|iPad)"
)
"""A make or a model after 18款, 06款: the model's year (18款丰田凯美瑞), not a count (召回12款车型)."""
_WHAT_IT_COUNTS = {
    "发": re.compile(r"\s*的?(?:子弹|炮弹|导弹|火箭弹|火箭|弹|礼炮|炮)"),
    "面": re.compile(r"\s*(?:[金银铜]?牌|奖牌|金牌|[国锦红彩党军队战]?旗|镜子|铜镜|鼓|墙)"),
    "顿": re.compile(r"\s*(?:[早午晚]?饭|[正大便快]?餐|[早午晚]餐|饱饭|酒|饺子)"),
    "注": re.compile(r"\s*(?:[，,。；;、）)]|$|[一二三四五六七八九特]等奖|头奖|大奖|彩票|中奖|奖金|单式|复式)"),
    "卷": re.compile(r"(?![入走起土进])"),
    "盏": re.compile(r"\s*的?[\u4e00-\u9fff]{0,4}灯"),
    "尊": re.compile(r"\s*的?[\u4e00-\u9fff]{0,3}(?:像|佛|菩萨|雕塑|大炮|炮|鼎)"),
    "扇": re.compile(r"\s*的?[\u4e00-\u9fff]{0,3}(?:门|窗|屏风|窗户)"),
    "顶": re.compile(r"\s*的?[\u4e00-\u9fff]{0,3}(?:帐篷|帽子?|轿子|蚊帐|头盔)"),
}
"""Measure words that count only what they are the words of: 发 rounds and shells (5发子弹, not
the verb: 3发); 面 medals, flags, mirrors, drums (８１面奖牌, 26面金牌; not 三面环山); 顿 meals
(两顿正餐, 3顿饭); 注 lottery bets (一等奖开出2注); 卷 volumes (二十卷; not 卷入); 盏 lamps (200盏路灯),
尊 statues and guns (3尊佛像), 扇 doors and screens (5扇屏风), 顶 tents and hats (60顶帐篷), not
一顶一, 尊重 or 扇动."""


def _numbers_something_else(match: re.Match[str], before: str) -> bool:
    """Whether the number is a fraction's part, a model's number, a rank (前五名, 排17位), a number
    of digits, an article of a law, a length and a half, a telephone number, a congress's number
    (十八届三中全会), a weight (360萬台斤), a rate (每五人) or a phase (二期工程), given the text
    ``before`` it."""
    text, word, after = match.string, match["mw"], match.end("mw")
    return (
        before.endswith(("之", "每"))  # 三分之二; 每五人就有一人: a rate
        or bool(_SECONDS_BEFORE.search(before))  # 9秒58人类极限: a time's hundredths
        or word == "部" and text.startswith("署", after)  # GLM-5.2部署: deployed, no count of 部
        or match["num"].isascii() and bool(_MODEL_NAME.search(before))
        or word == "名" and (bool(_RANK.search(before)) or text.startswith(("排位赛", "排名赛"), after))
        or text.startswith("位数", match.start("mw"))
        or word == "位" and bool(_BITS_OR_DIGITS.match(text, after))  # 128位处理器, 256位加密, 6位密码: bits or digits, no people
        or word == "条" and bool(_LAW.search(before))
        or bool(_HALF_MORE.match(text, after))
        or match["num"].isascii() and bool(_PHONE_BEFORE.search(before)) and bool(_PHONE_WORD.search(before[-12:]))
        or _phone_number(match)
        or word == "届" and bool(_A_YEAR.fullmatch(match["num"]))  # 2025届毕业生: the class of 2025
        or word == "届" and (bool(_SESSION_AFTER.match(text, after))
                            or bool(_BODY_AFTER.match(text, after)) and not _TERMS_SERVED.search(before))
        or word == "台" and text.startswith("斤", after)
        or word == "期" and text.startswith(("工程", "项目"), after)  # 二期工程: the second phase
        or word == "期" and bool(_AN_ESTATE_BEFORE.search(before)) and not (before.endswith("基金") and match["num"] == "两")  # 青山碧苑四期: an estate's phase
        or word == "位" and bool(_PLACED_BEFORE.search(before)) and not _A_NOUN_AFTER_A_PLACE.match(text, after)
        or word in ("幢", "栋", "期") and bool(_AN_ADDRESS_GOES_ON.match(text, after))  # 12幢1单元, 二期14栋
        or word in ("幢", "栋") and before.endswith(("期", "号")) and not _BUILDINGS.match(text, after)  # 南苑二期14栋: an address's
        or word == "届" and len(match["num"]) == 2 and match["num"][0] in "056789" and bool(_CLASS_OF.match(text, after))
        or len(match["num"]) == 1 and bool(_PLACE_NAMED.match(text, after))
        or before.endswith("军情")  # 軍情六處: MI6, a name
        or _a_name_or_a_floor(match, before)
    )


def _a_name_or_a_floor(match: re.Match[str], before: str) -> bool:
    """A number and a measure word that name or place something rather than count it: a
    lottery draw's number (胜负彩08092期), a floor (位于三层, 36号南楼5层; 大楼共有5层 counts), a
    trilogy (三部曲), a doctrine (和平共处五项原则), a vehicle (三轮车, 二轮摩托车, A3的四门版), a
    second home (二套房), an exam paper or a journal's volume (新课标二卷, 45卷3期), a table's note
    (表2注), a university tier (考入三本), a village group (新华村二组), a game's name (星际2项目)
    or a score's last number before a name (2比0本菲卡)."""
    text, word, num, after = match.string, match["mw"], match["num"] or "", match.end("mw")
    return (
        word == "期" and num.isdigit() and (len(num) >= 5 or num.startswith("0"))
        or word == "层" and _a_floor(text, before, after)
        or word == "部" and text.startswith("曲", after)
        or word == "项" and before.endswith("共处")
        or word == "轮" and bool(_WHEELS.match(text, after))
        or word == "门" and bool(_DOORS.match(text, after))
        or word == "套" and num == "二" and text.startswith("房", after)
        or word == "卷" and (bool(_AN_EXAMS_PAPER.search(before)) or bool(_AN_ISSUE.match(text, after)))
        or word == "注" and before.endswith(("表", "图", "附"))  # 详见表2注: a table's note
        or word == "本" and before.endswith(("考入", "考上", "考进", "录取")) and not text.startswith("证", after)  # 考入三本: a tier
        or word == "组" and before.endswith(("村", "社", "队"))  # 新华村二组村民: a village group's name
        or word == "项" and text.startswith("目", after) and bool(_A_GAMES_NAME.search(before))  # 星际2项目: StarCraft II's event
        or bool(_A_SCORE_BEFORE.search(before))  # 客场2比0本菲卡: a score, then a name
    )


def _a_floor(text: str, before: str, after: int) -> bool:
    """位于三层, 住在12层, 36号南楼5层中国扶贫基金会, B棟樓26層樓頂: a floor, where the words before
    place something and nothing counted follows (在三层蛋糕上, 这栋楼30层， 存在两层隐患 count)."""
    next_char = text[after : after + 1]
    if _PLACED_ON.search(before):
        return not next_char or not _CJK_CHAR.match(next_char) or next_char == "的"
    follows = not next_char or next_char.isascii() and next_char.isalnum() or bool(_CJK_CHAR.match(next_char)) and next_char not in "以高左"
    return bool(_AN_ADDRESS_BEFORE.search(before)) and follows  # 国际大厦8层 ending an address, a座22层a室


_A_GAMES_NAME = re.compile(r"(?:星际|魔兽|争霸|英雄无敌|仙剑|暗黑破坏神|暗黑|使命召唤|战地|光环|帝国时代|红警|实况|FIFA|CS|DOTA)$", re.I)
_A_SCORE_BEFORE = re.compile(r"(?<![表图附例第\d])\d{1,2}\s*[比:：]\s*$")
"""A score's first number and its 比 or colon (2比0本菲卡), not a table's label (表1：5家企业)."""
_PLACED_ON = re.compile(r"(?:位于|(?<![存现实正所好自])在|(?<![裹抓记挡顶卡拦])住)$")
_AN_ADDRESS_BEFORE = re.compile(r"(?:楼|号|厦|[A-Za-z][座栋幢])$")
_WHEELS = re.compile(r"车(?![手检])|摩托|电动")
_DOORS = re.compile(r"版(?!画)|轿车|轿跑|掀背|车型")
_AN_EXAMS_PAPER = re.compile(r"(?:全国|新课标|新高考|高考|数学|语文|英语|理综|文综)$")
_AN_ISSUE = re.compile(r"\d+期")
"""新课标二卷, 全国三卷: an exam paper's name; 45卷3期: a journal's volume number."""


_AN_ADDRESS_GOES_ON = re.compile(r"\s*(?:\d{1,4}|[一二三四五六七八九十]{1,3})\s*(?:单元|栋|幢|号楼|号|室)")
"""What after 12幢 or 二期 makes an address (12幢1单元, 南苑二期14栋), not a count."""
_BUILDINGS = re.compile(r"(?:住宅|楼|房|建筑|大厦|厂房|别墅|商铺)")
"""一期12栋住宅楼: twelve buildings of the first phase, counted."""
_CLASS_OF = re.compile(r"(?:毕业|校友|学生|新生|学员|本科|研究生|硕士|博士|高中|初中|同学)")
"""94届毕业生: the class of 1994, not 94 classes."""
_PLACE_NAMED = re.compile(r"[子户树店窝][村镇屯乡庄堡]")
"""五家子村, 八家户村, 五棵树镇: a village or town named by a number and a measure word."""


_SESSION_AFTER = re.compile(r"[一二三四五六七八九]中全会|全会|(?:全国人大|人大|政协)?[一二三四五六七八九十]次(?:全体)?(?:会议|全会)")
"""十八届三中全会, 五届一次会议: a congress's number, not a count of congresses (担任了两届全国人大代表
counts terms)."""
_BODY_AFTER = re.compile(r"(?:、(?:\d{1,2}|[一二三四五六七八九十]{1,3})届)*(?:全国人大|人大|政协|中央|中共|全国人民代表大会)")
"""十二届全国人大, 二十届中共政治局, 十四届、十五届中共政治局常委: a body's term, not terms counted."""
_TERMS_SERVED = re.compile(r"(?:[了过任续]|担任|连任|当选)$")
"""十二届全国人大代表 is the twelfth congress's; 担任了两届全国人大代表 counts two terms."""
_AN_ESTATE_BEFORE = re.compile(r"(?:苑|园|府|庭|湾|邸|墅|小区|花园|广场|大厦|公寓|新城|家园|山庄|名城|半岛|华庭|雅居|基金)$")
"""An estate's name before its phase (保利花园三期, 青山碧苑四期), or a fund's before its series
(愿景基金二期, 大基金三期)."""
_A_NOUN_AFTER_A_PLACE = re.compile(r"(?![至到之以上下左右后前和的列排跃升降位]|居(?!民))[\u4e00-\u9fff]")
"""排在两位孕妇之后: people counted after 排在, not a place in a ranking (排在11位，)."""
_PLACED_BEFORE = re.compile(r"(?:排|排名|排行|位列|位居|列|居|排在|下降了?|上升了?|下滑了?|滑落了?|跌了|升了|前进了?|后退了?)$")
"""全球排17位: a place in a ranking, not 17 people."""


def _phone_number(match: re.Match[str]) -> bool:
    """熱線2103-8686處理: two groups of four digits after a telephone's word are its number (a
    range of counts is 1250-1800人)."""
    low, high = match["num"], match["num2"] or ""
    four = low.isdigit() and high.isdigit() and len(low) == len(high) == 4
    return four and bool(_PHONE_WORD_BEFORE.search(match.string, max(0, match.start("num") - 8), match.start("num")))


_PHONE_WORDS = "电话|热线|专线|致电|传真|拨打|手机"
_PHONE_WORD = re.compile(rf"{_PHONE_WORDS}|查询")
_PHONE_WORD_BEFORE = re.compile(rf"(?:{_PHONE_WORDS})(?:号码|号)?[：:\s]{{0,2}}$")


_PHONE_BEFORE = re.compile(r"\d{3,4}[ \-]$")
"""A telephone number's first group (專線2894 4676支援: no count of 4676)."""


def _trim_noun(noun: str) -> str:
    """The noun after a measure word, cut where a function word or common verb begins."""
    cuts = [
        i
        for i, c in enumerate(noun)
        if c in _NOUN_STOP_CHARS or c in "和与、" and _digit_follows(noun, i)
    ]
    cuts += [i for i, c in enumerate(noun) if c in "中内上下" and i >= 2]
    verb = _verbs().search(noun)
    cuts += [verb.start()] if verb else []
    return _short_noun(noun[: min(cuts, default=len(noun))])


def _by_words(noun: str, run: str) -> str:
    """The rules' noun, cut shorter where jieba's words end it (航天员按 → 航天员, 可能出行 → '');
    of two nouns joined (国家和地区, 幕僚和支持者克林顿) the second is cut so; a noun with its
    note in brackets stays whole."""
    if not noun or "(" in noun:
        return noun
    joined = re.match("([^和与及]+[和与及])(.+)", noun)
    if joined:
        second = _by_words(joined[2], run[joined.end(1) :])
        return joined[1] + second if second else joined[1][:-1]
    return noun_after(run, len(noun), ended=run[len(noun) : len(noun) + 1] in ("", "和", "与", "及", "、"))


def _past_place(noun: str, run: str) -> str:
    """A place is no counted noun, but may open one: 两名巴勒斯坦人 (cut to four characters,
    巴勒斯坦), 两名中国女青年; 1架巴西航空工业公司制造的飞机 counts no Brazil."""
    if noun not in PLACES:
        return noun
    longer = noun_after(run, len(noun) + 3, ended=False)
    return longer if len(longer) > len(noun) and longer.startswith(noun) else ""


def _short_noun(noun: str) -> str:
    """At most four characters, or two such nouns joined by 和/与/及 (国家和地区).

    Counted nouns are short; a longer run has usually run on into a verb.
    """
    if "(" in noun:
        return noun
    joined = re.match(r"([^和与及]{1,4}[和与及][^和与及]{1,4})", noun)
    return joined.group(1) if joined else noun[:4]


def _digit_follows(noun: str, i: int) -> bool:
    """和 before another number, or a qualifier opening one, ends the noun (15项改革举措和8项…,
    逾250名醫生和逾250名…); 和 inside a noun does not."""
    return i + 1 >= len(noun) or noun[i + 1] in CN_DIGITS or noun[i + 1] in "逾约近超"
