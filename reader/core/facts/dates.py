"""Dates and times in Chinese news text, normalised to ISO 8601 strings.

Values by grain: ``2020`` (year), ``2020-05`` (month), ``2020-10-15`` (day),
``2022-07-25T23:46`` (minute), ``2013-W07`` (week). Intervals are
``start/end`` at the phrase's grain with the end exclusive, as Duckling writes
them: 近三年 in an article of 2022 is ``2019/2022``, 1920年代 is ``1920/1930``.
Relative phrases (去年12月, 上周三, 今晚8点) are resolved against the article's
publication date; with no date to resolve against, the value is the phrase
itself. Bare weekdays are taken in the publication's own week, not the next
one: news reports look back, where Duckling's assistant looks ahead.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import lru_cache

from .date_anaphora import (
    CLAUSE_STOPS,
    FULL_STOP,
    NO_STORY,
    anaphor_pattern,
    anchored,
    bare_parts,
    clock_anchored,
    dayless_times,
    days_after,
    sentence_end,
    sentence_start,
    years_after,
)
from .date_bounds import after_feasts, onwards, seasons_of_years, up_to
from .date_bracketed_ranges import bracketed_day_ranges
from .date_days_off import days_off_around
from .date_holidays import FEAST_NAMES, ORTHODOX, SOLAR_TERMS, feast_days, last_gone, nearest
from .date_hour_ranges import hours_from_to
from .date_hours import days_at_hours, glued_hours
from .date_ordinals import month_edge, ordinal_parts
from .date_recurring import recurring
from .date_same_period import same_period_a_year_before
from .date_values import (
    BARE_WEEKDAY,
    COUNTED_RUN,
    DAY_END,
    DECADE_PARTS,
    UP_TO_NOW,
    add_months,
    day_moved,
    detail_moved,
    is_real_stamp,
    join_ranges,
    own_detail,
    settle,
    value_of,
    whole_phrase,
)
from .date_weeks_said import weekdays_in_the_week_said
from .date_years_said import said_by_the_one_before
from .lexicon import SURNAMES
from .library import time_detail
from .model import Detail, FactKind, Hit, Qualifier
from .numerals import parse_number
from .scan import Scanner
from .spans import greedy, joined_pairs

__all__ = ["find_dates"]

_Y4 = r"\d{4}|[〇○零一二三四五六七八九]{4}"
_CN_DIGITS = "〇○零一二三四五六七八九"
_CN_DIGIT_VALUES = str.maketrans(_CN_DIGITS, "000123456789")
"""The digits of a year written in Chinese (二〇〇六, 一九九七) and their values."""
_MONTH = r"1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]"
_NOT_DAY_AFTER = "日号%％‰万亿元千百.．点时:：个人天年月岁名家位例座所场次件项只条辆台部吨米度分秒倍亩公克斤款~～/\\-"
_DAY = r"3[01]|[12]\d|0?[1-9]|[二三]?十[一二三四五六七八九]?|廿[一二三四五六七八九]?|[一二三四五六七八九]"
_PERIOD = (
    r"上午|下午|晚上|凌晨|早上|早晨|中午|傍晚|晚间|夜间|清晨|今晚|今晨|昨晚|明晚|晏昼|下昼|午夜|深夜|半夜|夜里|午后|朝早|夜晚"
    r"|晚(?=\d)|早(?=\d)"
)
_DAY_PERIOD = r"上午|下午|晚上|凌晨|早上|早晨|中午|傍晚|晚间|夜间|清晨|今晚|今晨|昨晚|明晚|晏昼|下昼|朝早|夜晚"
"""Parts of the day a range of clock times is said in (深夜11点至凌晨3点 crosses midnight,
which the library reads backwards)."""
_CN_SMALL = r"[0-5]?\d|[零一二三四五六七八九十两]{1,3}"
_CLOCK = (
    rf"(?:(?<![A-Za-z\d.])(?<!\d[:：])(?P<H2>1[0-2]|0?\d)(?:[:：](?P<M2>[0-5]\d)(?:[:：][0-5]\d)?)?"
    rf"(?:\s*(?P<ap2>[AaPp])\.?[Mm]\.?|(?(M2)(?P<ap3>[AaPp])|(?!)))(?![A-Za-z]|\.(?:com|net|org|cn|hk|tw)(?![A-Za-z]))"
    rf"|(?<![\d.])(?<!\d[:：])(?P<H>[01]?\d|2[0-3])[:：](?P<M>[0-5]\d)(?:[:：][0-5]\d)?(?![\d:])"
    rf"|(?P<HC>(?<![\d.])[0-2]?\d|[一二三四五六七八九十两]{{1,3}}|零)[ \u00a0]?(?:点|时(?!机(?![场管铁构舱组师长上票位身])|髦|势))"
    rf"(?:(?P<oc>钟(?!方向))|(?P<QW>[踏搭](?:半|[一二三四五六七八九十]{{1,2}})|[一二三四五六七八九十]{{1,2}}个字|[一二三]刻)"
    rf"|(?P<csp>[ \u00a0])?(?P<MC>半|(?:{_CN_SMALL})(?!过))(?:[ \u00a0]?(?P<fen>分)(?:[ \u00a0]?(?:{_CN_SMALL})秒)?)?"
    r"(?(csp)(?(fen)|(?:(?<=半)|(?![\u4e00-\u9fff%％\d]))))"  # 11点 30人: thirty people, not 11:30
    r")?)"
)
_TIME = rf"(?:\s*(?P<ap>{_PERIOD})?\s*(?:(?<=[午上晚间晨夜早])[约近]\s*)?{_CLOCK})"
_TO = r"(?:至|到|-{1,3}|~|～|——|—)"
"""What joins a range's two ends (至, 到, a hyphen, a tilde, a dash or two)."""
_HOUR_TO = r"(?:[01]?\d|2[0-3])(?:[:：][0-5]\d|[ \u00a0]?[点时](?:半|[0-5]?\d分?|[ \u00a0](?:半|[0-5]?\d[ \u00a0]?分))?)"
"""The end of a range of clock times in digits (至11点30分, 到 11 点 30 分, -22:00): after a
date's clock time (``_CLOCK_END``) and in a range of clock times alone."""
_MD = (
    rf"(?P<m>{_MONTH})\s*月(?!有余|之久|(?<=五月)天)(?:份)?"  # 五月天: a band
    rf"(?:\s*(?P<d>{_DAY})(?:\s*[日号]|(?<=\d)(?![\d{_NOT_DAY_AFTER}])))?"
)
"""A month and its day; the day's 日 may be left out after digits (会议于6月29举行, 6月29晚),
not where a unit follows the number (6月29家, 6月29%)."""
_N = r"\d{1,3}|[一二两三四五六七八九十]{1,3}"

_REL_YEAR = {
    "今年": 0,
    "本年": 0,
    "去年": -1,
    "上年": -1,
    "前年": -2,
    "明年": 1,
    "下年": 1,
    "后年": 2,
    "大前年": -3,
    "大后年": 3,
}
_VERBS_OF_XIA = "设定留写立打放拿落剩私眼当之天底乡创签订许停降跌接坐录"
_NOT_A_VERBS_XIA = rf"(?<![{_VERBS_OF_XIA}](?=下))"
"""Not the 下 of a word before 年 (设下|年底前, 留下|年初的, 创下|年度): 下年 is next year only on its own."""
_DAYS_COUNTED = (
    r"(?<![满逾隔])(?<!为期|历时|持续|长达|多达|连续|一连|接连|足足|整整|相隔|间隔|停课|停市|休市|停业|休业|停工|停赛|半旗"
    r"|延长|延期|推迟|押后|展延|顺延|封锁|隔离|禁足|最少|至少|一共|总共|共计|头一|首一|不到|不足|短短|仅仅)"
)
"""Words before a bare 3日 that make it so many days, as Hong Kong and Taiwan write 天 (为期3日,
下半旗3日, 停课3日, 连续3日): no day of the month (not 首 or 共 alone: 元首3日, 中共28日 are days)."""
_SLASH_MD = r"(?<![\d/.A-Za-z约占第道路街近逾超中])(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])(?![\d/.%:])"
"""A day written month/day, as Taiwan's papers write it (週二(9/2), 9/1-9/3)."""
_SLASH_DAY_AFTER = (
    r"(?:[号日](?=[上下中早晚凌清傍午起前后，,。；;、)）\s]|$)|\s*[(（]\s*(?:(?:周|星期|礼拜)[一二三四五六日天]|[一二三四五六日])\s*[)）]"
    r"|\s*\d{1,2}\s*:\s*\d{2}|\s*起(?![个案宗件])|\s*(?:上午|下午|中午|晚上|晚间|凌晨|清晨|早上|傍晚|深夜|当天|当日|当晚))"
)
"""What makes a month/day a day, not a fraction, a score or a number (1/3的人, 比分3/5, 3/8号风球,
1/2号线, 弥敦道1/3号, 约1/4起): 号 before a part of the day or a stop, its weekday beside it
(12/20（六）), a clock time, a part of the day or 当天 after it (8/29 14:00, 12/31晚間) or 起 (自9/1起);
a range of two is one too."""
_REL_MONTH = {
    "本月": 0,
    "这个月": 0,
    "今个月": 0,
    "上月": -1,
    "上个月": -1,
    "上上月": -2,
    "上上个月": -2,
    "上上上月": -3,
    "上上上个月": -3,
    "下月": 1,
    "下个月": 1,
    "下下月": 2,
    "下下个月": 2,
    "下下下月": 3,
    "下下下个月": 3,
}
_REL_DAY = {
    "今天": 0,
    "今日": 0,
    "即日": 0,  # 即日起: from today, as notices say it
    "本日": 0,  # formal, Hong Kong and Taiwanese writing; only where no word holds it (_THIS_DAY)
    "今晨": 0,
    "今晚": 0,
    "昨天": -1,
    "昨日": -1,
    "昨晚": -1,
    "昨夜": -1,
    "今夜": 0,
    "今早": 0,
    "昨早": -1,  # Hong Kong papers' yesterday morning (昨早宏福苑火場附近)
    "昨晨": -1,
    "明早": 1,
    "明晨": 1,
    "前天": -2,
    "前日": -2,
    "大前天": -3,
    "明天": 1,
    "明日": 1,
    "明晚": 1,
    "后天": 2,
    "大后天": 3,
    "后日": 2,
    "大后日": 3,
    "寻日": -1,
    "听日": 1,
    # Cantonese, as Hong Kong papers quote it: 琴日 (yesterday), 听朝 (tomorrow morning), 琴晚
    # and 寻晚 (last night), 听晚 (tomorrow night), 前晚; 今朝 (this morning) only with a clock
    # time (还看今朝 is a poem's "today")
    "今朝": 0,
    # Hong Kong papers' 今午 (this afternoon), and 昨午, 明午
    "今午": 0,
    "昨午": -1,
    "明午": 1,
    "琴日": -1,
    "听朝": 1,
    "琴晚": -1,
    "寻晚": -1,
    "听晚": 1,
    "前晚": -2,
}
_HOLIDAYS = {
    "元旦": (1, 1),
    "阳历新年": (1, 1),
    "公历新年": (1, 1),
    "情人节": (2, 14),
    "圣瓦伦丁节": (2, 14),
    "妇女节": (3, 8),
    "三八妇女节": (3, 8),
    "植树节": (3, 12),
    "消费者权益日": (3, 15),
    "愚人节": (4, 1),
    "劳动节": (5, 1),
    "五一劳动节": (5, 1),
    "五一国际劳动节": (5, 1),
    "青年节": (5, 4),
    "儿童节": (6, 1),
    "国际儿童节": (6, 1),
    "建党节": (7, 1),
    "建军节": (8, 1),
    "八一建军节": (8, 1),
    "教师节": (9, 10),
    "国庆节": (10, 1),
    "国庆": (10, 1),
    "双十节": (10, 10),
    "双十国庆": (10, 10),
    "万圣节": (10, 31),
    "平安夜": (12, 24),
    "圣诞夜": (12, 24),  # Christmas Eve, as 平安夜
    "耶诞夜": (12, 24),
    "圣诞节": (12, 25),
    "圣诞": (12, 25),
    "耶诞节": (12, 25),  # as Taiwan writes it
    "耶诞": (12, 25),
    "澳门回归纪念日": (12, 20),
    "香港回归纪念日": (7, 1),
    # feasts of the church year that keep their day
    "主显节": (1, 6),
    "圣母升天节": (8, 15),
    "诸圣节": (11, 1),
    "万灵节": (11, 2),
    # days the news marks each year (纪念日, 国际日 and 世界日)
    "人民警察节": (1, 10),
    "国际母语日": (2, 21),
    "和平纪念日": (2, 28),
    "世界水日": (3, 22),
    "世界气象日": (3, 23),
    "世界卫生日": (4, 7),
    "国家安全教育日": (4, 15),
    "世界地球日": (4, 22),
    "地球日": (4, 22),
    "世界读书日": (4, 23),
    "中国航天日": (4, 24),
    "世界知识产权日": (4, 26),
    "护士节": (5, 12),
    "国际家庭日": (5, 15),
    "国际博物馆日": (5, 18),
    "世界无烟日": (5, 31),
    "世界环境日": (6, 5),
    "世界海洋日": (6, 8),
    "国际禁毒日": (6, 26),
    "世界人口日": (7, 11),
    "医师节": (8, 19),
    "抗战胜利纪念日": (9, 3),
    "国际和平日": (9, 21),
    "烈士纪念日": (9, 30),
    "老板节": (10, 16),
    "世界粮食日": (10, 16),
    "国际消除贫困日": (10, 17),
    "联合国日": (10, 24),
    "记者节": (11, 8),
    "光棍节": (11, 11),
    "双十一": (11, 11),  # the shopping festivals
    "双11": (11, 11),
    "双十二": (12, 12),
    "双12": (12, 12),
    "世界艾滋病日": (12, 1),
    "世界爱滋病日": (12, 1),  # as Hong Kong and Taiwan write it
    "世界爱滋日": (12, 1),
    "国际残疾人日": (12, 3),
    "国家宪法日": (12, 4),
    "宪法日": (12, 4),
    "国际志愿者日": (12, 5),
    "人权日": (12, 10),
    "世界人权日": (12, 10),
    "国家公祭日": (12, 13),
}
_CENTURIES = {
    "上世纪": 1900,
    "上个世纪": 1900,
    "上一个世纪": 1900,
    "上一世纪": 1900,
    "20世纪": 1900,
    "二十世纪": 1900,
    "19世纪": 1800,
    "十九世纪": 1800,
    "本世纪": 2000,
    "21世纪": 2000,
    "二十一世纪": 2000,
    **{f"{n}世纪": 100 * (n - 1) for n in range(11, 19)},  # 18世纪的欧洲
    **{f"十{digit}世纪": 100 * (10 + i) for i, digit in enumerate("一二三四五六七八")},
    **{f"{n}世纪": 100 * (n - 1) for n in range(2, 11)},  # 公元7世纪
    **{f"{digit}世纪": 100 * (i + 1) for i, digit in enumerate("二三四五六七八九十")},  # 公元六世纪到公元七世纪
}
_LUNAR = (
    "春节", "除夕", "元宵节", "元宵", "端午节", "端午", "中秋节", "中秋", "重阳节", "重阳", "七夕节", "七夕",
    "清明节", "清明", "腊八节", "小年", "大年初一", "大年三十", "正月初一", "正月十五",
)
_MOVEABLE = ("母亲节", "父亲节", "感恩节", *SOLAR_TERMS)
"""Days the library dates by rule or by the sun."""
_LUNAR_ALIASES = {"农历新年": "春节", "阴历新年": "春节", "大年夜": "除夕", "除夕夜": "除夕", "龙抬头": "龙抬头"}
_LUNAR_MONTH = (
    r"(?<=农历|阴历)(?:十[一二]|[一二三四五六七八九十])|正|冬|腊"
    r"|(?<=农历|阴历)(?:1[0-2]|0?[1-9])(?=月初)"
    r"|(?:十[一二]|[一二三四五六七八九十])(?=月(?:初[一二三四五六七八九十](?=[，,。；;！!？?、）)\s]|$|[这当那是晚夜早凌前后至到的祭拜]|上午|下午|晚上)"
    r"|廿[一二三四五六七八九]?(?![日号\d])))"
)
"""A lunar month: named (正月, 冬月, 腊月), after 农历, or in Chinese digits before a day only
lunar days are called (五月廿二; 八月初一 ending its phrase or before 这天, 晚上, 祭拜 …). 十月初
is early October, also before any other word (十月初一些地方, 五月初四川, 9月初三季度); 七月廿一日
is the Taiwanese 21 July."""
_LUNAR_DAY = r"(?:初[一二三四五六七八九十]|[二三]十|十[一二三四五六七八九]|廿[一二三四五六七八九]?)"
_REL_WEEK = {"上上上": -3, "下下下": 3, "上上": -2, "下下": 2, "上": -1, "下": 1, "这": 0, "本": 0, "今个": 0, "": 0}
_WEEKDAYS = "一二三四五六日天"
_ZITHERS = set("钢提古胡风口竖扬月电木弹抚瑶竪")
"""What comes before 琴 when it is an instrument (钢琴日记), not Cantonese 琴日 (yesterday)."""
_CANTONESE_DAYS = {"寻日", "听日", "琴日", "听朝", "琴晚", "寻晚", "听晚", "今朝", "今午", "昨午", "明午"}
_UNREAD_DAYS = _CANTONESE_DAYS | {"明早", "明晨", "昨夜", "本日", "昨早", "昨晨"}
"""Days jionlp does not know, or reads as today (琴晚 is last night, not this evening; 明早八点
and 昨夜11点 are today's hours to it)."""
_PM = {
    "下午", "晚上", "傍晚", "晚间", "夜间", "今晚", "昨晚", "明晚", "晏昼", "下昼", "晚", "琴晚", "寻晚", "听晚",
    "前晚", "今夜", "昨夜", "午后", "夜晚", "今午", "昨午", "明午",
}
_CANTONESE_NIGHTS = frozenset(("琴晚", "寻晚", "听晚"))
_DAY_PARTS = frozenset(("今晚", "昨晚", "明晚", "前晚", "今早", "明早", "昨早", "今晨", "明晨", "昨晨", "今夜", "昨夜", "琴晚", "寻晚",
                        "听晚", "听朝", "今午", "昨午", "明午"))
"""Days said with their part (今晚 is the evening, not the whole day)."""
_LATE_NIGHT = {"午夜", "深夜", "半夜", "夜里"}
_NIGHT = {"晚上", "晚间", "夜间", "今晚", "昨晚", "明晚", "夜晚"}

_Resolver = Callable[[re.Match[str], datetime | None], str | None]


def find_dates(folded: str, published: datetime | None, home: str = "CNY") -> list[Hit]:
    """Every date or time phrase of the folded text, valued and taken apart.

    Of overlapping phrases the longest wins; two joined by 至/到/- make one range. ``home``,
    the article's currency, tells its region: in a Taiwanese article 國慶 is the Double Tenth,
    10 October, not 1 October, and a holiday's days off are the region's. Where the text says
    which day its 今日 is (今日（27日）), what follows counts from that day.
    """
    folded = _said_plainly(folded, published)
    sections = _written_days(folded, published)
    if len(sections) == 1:
        return _dates_in(folded, sections[0][2], home, published)
    found: list[Hit] = []
    for start, end, reference in sections:
        found += [replace(h, start=h.start + start, end=h.end + start) for h in _dates_in(folded[start:end], reference, home, published)]
    return found


def _said_plainly(folded: str, published: datetime | None) -> str:
    """The text with what the rules would misread said as they read it, one character for one
    (offsets stay): misspellings, spoken years, 零 minutes, 年又, 年首 …"""
    folded = folded.replace("零晨", "凌晨")  # Hong Kong's common misspelling, one character for one
    if "正午" in folded:
        folded = _NOON.sub(_noon_said, folded)  # 今日正午十二時: noon, as 中午 says (the library knows no 正午)
    folded = _SHARP.sub(" ", folded)  # 上午9時正至下午6時正: one range, as without 正
    folded = _NEARLY_AT.sub("近 ", folded)  # 早上接近８点: as 早上近８点, about then (the hour was lost)
    folded = _SOME_YEARS_AGO.sub("几", folded)  # 十多年前: as 十几年前, 2004-2014 (it was 2014 alone)
    folded = _SOME_TENS_OF_YEARS_AGO.sub(lambda tens: f"{_CHINESE_DIGITS[tens['n']]}十几", folded)  # 50多年前: as 五十几年前
    folded = _ONE_OF_A_WORD.sub(" ", folded)  # 晚8点一身着白浴袍: 20:00, the 一 opens 一身 (it was 20:05)
    if "黄昏" in folded:  # 中午至黃昏: dusk, the evening's start as 傍晚 is (the library knows no 黄昏)
        folded = _DUSK.sub("傍晚", folded)
    folded = _MIXED_YEAR.sub(_in_chinese_digits, folded)  # 二０一０年, 二ＯＯＯ年: as 二〇一〇年
    folded = _years_said_plainly(folded)
    if "零" in folded:
        folded = _ZERO_MINUTES.sub(lambda said: said["h"] + "0", folded)  # 凌晨4时零4分: as 4时04分, one character for one (the minutes were lost)
    if "时间" in folded:
        folded = _A_ZONES_HOUR.sub("时", folded)  # 北京时间22点: as 22时, a clock's hour (22点 alone may be points)
    if published is not None and "号" in folded:
        folded = _WORD_THEN_ITS_DAY.sub(lambda said: _hao_of_the_words_day(said, published), folded)  # 明天13号: as 明天13日
    if published is not None and ("(" in folded or "（" in folded):
        folded = _A_MONTH_WORD_AND_ITS_MONTH.sub(lambda said: _the_bracketed_month(said, published), folded)  # 上(11)月: as 24年11月
    return folded


_NOON = re.compile(r"正午(?!传媒|阳光|影业|影视|文化|出版|集团|工作室|公司|科技|股份|传播|新闻|网|杂志|频道|剧|书|报)")
"""正午 as noon; not a name's (正午传媒, 正午阳光影业)."""


def _noon_said(said: re.Match[str]) -> str:
    """中午 for 正午, unless a surname stands before it (杨正午, a man; 于 is as often "at": 将于正午)."""
    before = said.string[said.start() - 1 : said.start()]
    return said.group() if before in SURNAMES and before not in _NOT_A_SURNAME_HERE else "中午"


def _years_said_plainly(folded: str) -> str:
    """The text with a year's words said as the rules read them, one character for one: 今(114)年,
    元月, 两千零四年, 年首, 迄今, 开年, 年尾, 年又."""
    if "(" in folded or "（" in folded:
        folded = _A_YEAR_WORD_AND_ITS_YEAR.sub(_the_bracketed_year, folded)  # 今(114)年1月: as 2025  年1月
    if "元月" in folded:
        folded = _FIRST_MONTH.sub("一月", folded)  # 明年元月一日起: as 明年一月一日起, January
    if "千零" in folded:
        folded = _SPOKEN_YEAR.sub("二〇〇", folded)  # 两千零四年: as 二〇〇四年, three characters for three
    if "首" in folded or "头" in folded:
        folded = _FIRST_MONTHS_OF_A_YEAR.sub("前", folded)  # 今年首三个月: as 今年前三个月, January to March
        folded = _FIRST_QUARTERS_TOLD.sub("前", folded)  # 首3季零售…按年升: as 前3季, January to September
    if "年至" in folded or "年到" in folded or "月至" in folded or "月到" in folded:
        folded = _A_SPANS_UNIT_TWICE.sub(lambda said: said["pre"] + said["a"] + " " * len(said["u"]), folded)  # 未来5年至10年: as 未来5 至10年, one range
    if "迄今" in folded:
        folded = folded.replace("迄今", "至今")  # 今年迄今, 2021年迄今: as 今年至今, up to now (it was the year alone)
    if "开年" in folded:
        folded = _THE_YEARS_OPENING.sub("年初", folded)  # 开年至今, 开年以来: as 年初至今, since 1 January
    if "年尾" in folded:
        folded = _A_YEARS_TAIL.sub("底", folded)  # 2025年尾: as 2025年底, its end (it was the whole year)
    if "年又" in folded:
        folded = _YEARS_AND_MONTHS.sub("零", folded)  # 两年又七个月: as 两年零七个月, one length (it was P7M)
    return folded


_A_SPANS_UNIT_TWICE = re.compile(
    r"(?P<pre>未来|过去|今后|此后|长达|为期)(?P<a>\d{1,2}|[一二两三四五六七八九十]{1,3})(?P<u>年|个月)"
    r"(?=(?:至|到)(?:\d{1,2}|[一二两三四五六七八九十]{1,3})(?P=u)(?!内|之内|以内|里|间))"  # not 未来三个月至四个月内, a window read whole
)
"""未来5年至10年, 过去三个月至六个月: a span's unit said at both ends, one range (it was the first end)."""
_THE_YEARS_OPENING = re.compile(r"(?<![\d年后])开年(?=至今|以来)")
_FIRST_MONTH = re.compile(r"(?<![^年明今去于在到至从自，,。；;：:\s“「（(])元月(?![租费薪票卡均环入饼线内])")
"""元月, January, after a year, a preposition or a stop (明年元月, 于元月, 元月10日; not 50元月租, 3.5亿元月环比,
状元月入, 多元月饼: a sum or a word, then a month's)."""
_SHARP = re.compile(r"(?<=[时点])[正整](?=\s*(?:至|到|-|—|~|～))")
"""The 正 of 9時正 before a range's 至: o'clock sharp, kept out of the way of the range."""
_MIXED_YEAR = re.compile(
    r"(?<![\d〇○零一二三四五六七八九A-Za-z])(?=[\dO]*[〇○零一二三四五六七八九])(?=[〇○零一二三四五六七八九]*[\dO])"
    r"[一二][〇○零一二三四五六七八九\dO]{3}(?=\s*年(?!代))"
)
"""A year in Chinese digits with some typed in a full-width font (二０一０年, 一九９８年, 二ＯＯＯ年
with the letter O for 〇), as 1990s papers keyed them; folded to half width they were no year."""


_SPOKEN_YEAR = re.compile(
    r"(?<![\d〇○零一二三四五六七八九十百千万有今经經])[两二]千零(?=[一二三四五六七八九]\s*年(?!代|前|后|後|来|間|间|多|余|之|的?历史|的?歷史))"
)
"""The 两千零 of a year said as spoken (两千零四年的一月, 在两千零八年八月八日), not of so many years
(两千零四年前, 已有两千零五年的历史, 距今两千零二年, 历经)."""


def _the_bracketed_year(said: re.Match[str]) -> str:
    """2025 and two spaces for 今(114), the year of the Republic the brackets give, one character for one."""
    return f"{1911 + int(said['n'])}".ljust(len(said.group()))


_A_YEAR_WORD_AND_ITS_YEAR = re.compile(r"[今去明前]\s*[（(]\s*(?P<n>1[01]\d)\s*[)）](?=\s*年)")
"""今(114)年, 去（113）年: Taiwan's officialese, the year word with its year of the Republic in brackets."""
_FIRST_MONTHS_OF_A_YEAR = re.compile(
    r"(?:(?<=\d\d\d年)|(?<=[今去明本该同]年))[首头](?=[\d一二两三四五六七八九十]{1,2}个月|[\d一二两三四]个?季)"
)
"""The 首 or 头 of 今年首三个月, 2025年头六个月, 今年首三季, 113年頭3季: a year's first months or
quarters, as 前 says (not 第1年头6个月)."""
_A_YEARS_TAIL = re.compile(r"(?:(?<=\d\d\d\d年)|(?<=[今去明本该同]年))尾(?![巴声数款牙号随矿气部灯盘季])")
"""年尾 after a year (2025年尾, 今年尾): its end, as 年底 says (not 年尾数, 2024年尾号限行, 去年尾随)."""
_YEARS_AND_MONTHS = re.compile(r"(?<=[\d一二两三四五六七八九十]年)又(?=[\d一二两三四五六七八九十]{1,3}个多?月)")
"""The 又 of 两年又七个月, a prison term's years and months: as 零 joins them."""
_ZERO_MINUTES = re.compile(r"(?<!历时)(?<!耗时)(?<!用时)(?<!时长)(?<![以了])(?P<h>\d{1,2}[时点])零(?=\d\s*分)")
"""The 零 of 4时零4分, 6点零5分 written in digits: a minute's leading zero; not of a length
(历时3时零5分, 以2时零8分的成绩)."""
_A_ZONES_HOUR = re.compile(r"(?:(?<=[京港北地国部间]时间\d)|(?<=[京港北地国部间]时间[0-2]\d))点(?![多半\d钟])")
"""The 点 of an hour right after a zone's 时间 (北京时间22点, 当地时间8点), a clock's hour, not points."""
_A_MONTH_WORD_AND_ITS_MONTH = re.compile(r"(?P<word>[上本下])\s*[（(]\s*(?P<m>1[0-2]|0?[1-9])\s*[)）](?=\s*月)")
"""上(11)月, 本（12）月, 下(1)月: Taiwan's officialese, the month word with its month in brackets."""


def _the_bracketed_month(said: re.Match[str], published: datetime) -> str:
    """24年11月 for 上(11)月 read in December 2024, one character for one: the month the brackets give,
    in the year the word puts it (上(12)月 read in January is last year's, 下(1)月 in December next year's).
    A month the word cannot be (上(5)月 in March) is left as written."""
    month, word = int(said["m"]), said["word"]
    year = published.year
    if word == "上" and month >= published.month:
        year -= 1
    elif word == "下" and month <= published.month:
        year += 1
    if word == "本" and month != published.month or abs((year * 12 + month) - (published.year * 12 + published.month)) > 1:
        return said.group()
    told = f"{year % 100:02d}年{month}"
    return told.rjust(len(said.group())) if len(told) <= len(said.group()) else said.group()


_WORD_THEN_ITS_DAY = re.compile(r"(?P<word>[今明昨前后])[天日]\s*(?P<n>[0-3]?\d)\s*[日号]")
"""A day right after 今天, 明天, 昨天 (明天13号将飞抵, 今天12号上午, 昨天30日)."""
_WORDS_DAYS = {"今": 0, "明": 1, "昨": -1, "前": -2, "后": 2}


def _the_words_day(said: re.Match[str], published: datetime) -> date:
    """The day 今天, 明天, 昨天… names, counted from the publication's."""
    return published.date() + timedelta(days=_WORDS_DAYS[said["word"]])


def _hao_of_the_words_day(said: re.Match[str], published: datetime) -> str:
    """The 号 as 日 where the number is the word's day (or the one beside it, a page stamped the
    evening before): a day said twice; else a number's (今天23号詹姆斯砍下40分, 明天10号文件)."""
    day = _the_words_day(said, published)
    near = {(day + timedelta(days=k)).day for k in (-1, 0, 1)}
    text = said.group()
    return text[:-1] + "日" if int(said["n"]) in near else text


def _in_chinese_digits(match: re.Match[str]) -> str:
    return match.group().translate(_TO_CHINESE_DIGITS)


_TO_CHINESE_DIGITS = str.maketrans("0123456789O", "〇一二三四五六七八九〇")
_DUSK = re.compile(r"(?<!近)黄昏(?![恋市岁产之])")
"""黄昏 as a time of day, not 黄昏恋 (a late love), 黄昏市场 (an evening market), 黄昏之恋 or a poem's 近黄昏."""


def _written_days(folded: str, published: datetime | None) -> list[tuple[int, int, datetime | None]]:
    """The text in sections, each with the day its 今日 is: a Hong Kong story updated after
    midnight keeps 今晚（27日） of its first writing, and the 昨日, 今晚 and bare clock times after
    it count from the 27th, not from the 28th it was stamped with (a live page's newer entry,
    今日（28日）, counts from the 28th again; text before the first such day counts from it); so
    do a live page's entries under a heading that names their day alone on its line, over a
    time-stamped entry (最新消息（11月28日）), and a wire story put up the day after its dateline
    ((法新社羅馬19日電)…今天 is the 19th; text before them keeps the publication's day).
    A day only up to three back from the publication's; one section if none differs."""
    if published is None:
        return [(0, len(folded), published)]
    days: list[tuple[int, datetime]] = []
    for at, day in sorted(_days_said(folded, published), key=lambda marker: marker[0]):
        if not days or days[-1][1] != day:
            days.append((at, day))
    if not days or all(day == published for _, day in days):
        return [(0, len(folded), published)]
    starts = [0, *(at for at, _ in days[1:])]
    ends = [*starts[1:], len(folded)]
    return [(a, b, day) for a, b, (_, day) in zip(starts, ends, days, strict=True)]


def _days_said(folded: str, published: datetime) -> Iterable[tuple[int, datetime]]:
    """Where the text says which day its today is, and that day: 今日（27日） from its start;
    a live page's heading or a dateline from there on, the text before it the publication's."""
    opened = False
    for said in _TODAY_SAID.finditer(folded):
        if (day := _day_back(published, int(said["d"]))) is not None:
            opened = True
            yield said.start(), day
    for pattern in (_DAY_HEADING, _DATELINE):
        for said in pattern.finditer(folded):
            month, day_said = _month_and_day_said(said)
            day = _day_back(published, day_said)
            if pattern is _DATELINE and _a_look_back(folded, said, published):
                continue  # 本报讯 2008年5月12日，…今年是第16个年头: a look back, no dateline
            if pattern is _DATELINE and month:
                day = _dispatch_day(published, month, day_said, _int(said["y"] or said["y2"] or said["y3"]))
            elif pattern is _DATELINE and day is None:
                day = _bare_dispatch_day(published, day_said)  # 新华社北京22日电 on 12 June: 22 May
            if day is None or month and month != day.month:
                continue
            if not opened and said.start() > 0:
                yield 0, published
            opened = True
            yield said.start(), day


def _month_and_day_said(said: re.Match[str]) -> tuple[int, int]:
    """The month (0 if none) and the day a dateline or heading names, in whichever of its forms."""
    groups = said.groupdict()
    month = groups.get("m") or groups.get("m2") or groups.get("m3") or groups.get("m4")
    day = groups.get("d") or groups.get("d2") or groups.get("d3") or groups.get("d4")
    return _int(month), _int(day)


def _a_look_back(folded: str, said: re.Match[str], published: datetime) -> bool:
    """Whether a web lead naming its year looks back from now, its paragraph telling an anniversary
    (本报讯 2008年5月12日，…。今年是第16个年头, 如今已满一周年), no dateline."""
    if not (said["y2"] or said["y3"]):
        return False
    paragraph_end = folded.find("\n", said.end())
    return bool(_NOW_TOLD.search(folded, said.end(), len(folded) if paragraph_end < 0 else paragraph_end))


_NOW_TOLD = re.compile(r"周年|个年头|年前的今天")
"""What in a web lead's paragraph tells its day is looked back on from now (…今年是第16个年头), not its
story's today (腾讯娱乐讯2013年7月6日，…昨日; 目前, 现在 are as often a reprinted story's own)."""


def _dispatch_day(published: datetime, month: int, day: int, year: int = 0) -> datetime | None:
    """The day a dateline with its month names (新华社北京3月5日电), the last such day up to three
    days after the publication's, however far back: a wire story reprinted or stamped when it was
    scraped still tells of its own today (its 昨天 is 4 March); in the year it names, if it names
    one (新华社北京2001年3月5日电: its 今天 is in 2001, not the publication's year)."""
    if year:
        try:
            return published.replace(year=year, month=month, day=day)
        except ValueError:
            return None
    for year in (published.year + 1, published.year, published.year - 1):
        try:
            said = published.replace(year=year, month=month, day=day)
        except ValueError:
            continue
        if (said.date() - published.date()).days <= 3:
            return said  # up to three days after: a page stamped the evening before, or in another zone
    return None


def _bare_dispatch_day(published: datetime, day: int) -> datetime | None:
    """The day a dateline with no month names (新华社北京22日电): the last such day up to three
    days after the publication's, as ``_dispatch_day`` reads one with its month."""
    for back in range(3):
        year, month = add_months(published.year, published.month, -back)
        try:
            said = published.replace(year=year, month=month, day=day)
        except ValueError:
            continue
        if (said.date() - published.date()).days <= 3:
            return said
    return None


def _day_back(published: datetime, day: int) -> datetime | None:
    """The publication's moment moved back to the day of the month ``day``, up to three days."""
    for back in range(4):
        moved = published - timedelta(days=back)
        if moved.day == day:
            return moved
    return None


def _dates_in(folded: str, published: datetime | None, home: str, stamped: datetime | None = None) -> list[Hit]:
    """``find_dates`` on a text whose 今日 is one day, ``published``, in a page stamped ``stamped``."""
    found: list[Hit] = []
    values: dict[str, str] = {}  # one string per value: an article may say 今天 99,000 times
    lines = folded.replace("\n", _LINE_BREAK) if "\n" in folded else folded
    if "一下下" in lines:
        lines = _A_MOMENT.sub(_LINE_BREAK, lines)
    for pattern, resolve in _compiled_rules():
        for match in pattern.finditer(lines):
            if _A_NUMBERS_TAIL.match(lines, max(match.start() - 1, 0)) and match.start():
                continue  # 一万两千零四年前, 一千零五年前: the tail of a larger number, not four years
            value = resolve(match, published)
            if value or value == "" and published is not None:
                detail = own_detail(value, match.group()) if isinstance(value, _Own) else None
                value = values.setdefault(value or "", str(value or ""))
                found.append(Hit(FactKind.DATE, match.start(), match.end(), value, detail))
    kept = greedy(found, rank=lambda h: (h.start - h.end, h.start))
    del found, values
    joined = days_at_hours(folded, join_ranges(folded, glued_hours(folded, settle(folded, kept, published)), published))
    joined = _without_feasts_of_some_year(folded, _with_weekdays(folded, joined, published, months_only=True))
    joined = [h for h in joined if not _titled(folded, h)]  # 《新明日报》: no day for 当天 to count from
    joined = bare_parts(folded, anchored(folded, joined, published, _anaphors()), published)
    read_from_now = {(h.start, h.end, h.value) for h in joined}  # before a clock time or a year counts them on
    joined = clock_anchored(folded, dayless_times(folded, joined, published))
    joined = same_period_a_year_before(folded, years_after(folded, joined, published))
    joined = _without_stories_after(folded, days_after(folded, joined), read_from_now, published)
    joined = ordinal_parts(folded, said_by_the_one_before(folded, joined, published, find_dates))
    joined = _with_weekdays(folded, _with_clock_ends(folded, hours_from_to(folded, joined, published), published), published)
    joined = _counted_then_named(folded, _weekdays_run_on(folded, _in_named_weeks(folded, joined, published, stamped or published), published))
    joined = weekdays_in_the_week_said(folded, joined, published)
    joined = _clock_on_bracketed_day(folded, _first_days_of_ranges(folded, _day_in_brackets(folded, _glossed_by_a_date(folded, joined, published))), published)
    joined = bracketed_day_ranges(folded, _bare_range_ends(folded, joined, published))
    joined = _as_of_updates(folded, _since_periods(folded, joined, published), published)
    joined = _in_named_month_or_year(folded, _reports_days(folded, joined, published), published)
    joined = _holidays_in_written_years(folded, joined, published)
    joined = _by_the_tense_told(folded, joined, published)
    joined = _parts_in_the_year_said(folded, _month_before_the_named(folded, joined), published)
    joined = _within_from(folded, recurring(folded, up_to(folded, onwards(folded, seasons_of_years(folded, joined, published)))))
    joined = [_about(folded, _today_so_long_after(folded, h, published)) for h in _guohou_told_from(folded, joined) if not _names_none(folded, h)]
    if "民国" in folded:
        joined = [_a_roc_years_holiday(folded, hit, published) for hit in joined]
    if home == "TWD" or "双十" in folded:  # 双十国庆 is Taiwan's in any paper
        joined = [_double_tenth(folded, hit) if home == "TWD" or "双十" in folded[hit.start : hit.end] else hit for hit in joined]
    joined = after_feasts(folded, [_feast_to_come(folded, _a_words_day_in_its_month(folded, hit, published), published) for hit in joined])
    joined = [_eve_of(folded, _days_off_of(folded, _a_home_fiscal_year(folded, day, home), home))
              for hit in joined if (day := _home_national_day(folded, hit, home))]
    return whole_phrase(folded, joined, published) or joined


def _guohou_told_from(folded: str, hits: list[Hit]) -> list[Hit]:
    """三天过后, 十年过后: only where a date or clock time before it in its sentence is what it
    counts from (2020年1月23日…76天过后); alone it tells a story's time (三天过后，警方找到…), not
    three days after the publication."""
    kept: list[Hit] = []
    for hit in hits:
        opened = hit.detail is not None and hit.detail.qualifier is Qualifier.MORE_THAN  # 中午过后: from noon on
        if folded.endswith("过后", hit.start, hit.end) and not opened:
            before = kept[-1] if kept else None
            if before is None or _SENTENCE_END.search(folded, before.end, hit.start):
                continue
        kept.append(hit)
    return kept


def _within_from(folded: str, hits: list[Hit]) -> list[Hit]:
    """自2015年7月2日起12个月内: the months counted from that day, one span (12个月内 was counted
    from the publication, beside an open 自2015年7月2日起)."""
    read: list[Hit] = []
    for hit in hits:
        start = read[-1] if read else None
        if start is not None and start.end == hit.start and _WITHIN.fullmatch(folded, hit.start, hit.end) \
                and start.detail is not None and start.detail.qualifier is Qualifier.MORE_THAN and start.detail.first:
            first = datetime.fromisoformat(start.detail.first)
            again = [h for h in find_dates(folded[hit.start : hit.end], first) if "/" in h.value]
            if again:
                value = f"{first:%Y-%m-%dT%H:%M:%S}/{again[0].value.partition('/')[2]}"
                read[-1] = Hit(FactKind.DATE, start.start, hit.end, value, own_detail(value, folded[start.start : hit.end]))
                continue
        read.append(hit)
    return read


_WITHIN = re.compile(r"[\d一二两三四五六七八九十百]+\s*个?(?:年|月|周|星期|天|日|小时)(?:之内|以内|内)")


_TODAY_SAID = re.compile(r"今(?:[天日晚早晨]|天晚上|日凌晨)\s*[(（]\s*(?P<d>[0-3]?\d)\s*日\s*[)）]")
"""今日（27日）, 今晚（27日）: the day the text's today is."""
_DAY_HEADING = re.compile(
    r"^[^\n。，,！？!?；;]{0,30}?[(（]\s*(?:(?P<m>1[0-2]|0?[1-9])\s*月)?\s*(?P<d>[0-3]?\d)\s*日\s*[)）][ \t]*\n"
    r"(?=\s*[【\[]?\s*\d{1,2}\s*[:：]\s*\d{2})",
    re.MULTILINE,
)
"""A live page's heading for the entries of one day, over a time-stamped entry (最新消息（11月28日）
then 【23:40】); not a caption or a link that ends in its day."""
_DATELINE = re.compile(
    r"(?:^|(?<=[。！？!? \t\u3000）)])(?<![\s\S]{300}))[(（]?(?![据據援])(?![^\n。，,！？!?]{0,12}?[经經])[^\n。，,！？!?；;()（）]{0,40}?(?:社|报|网|在线)[^\n。，,！？!?；;()（）]{0,12}?(?:[(（][\u4e00-\u9fff]{2,8}[)）])?"
    r"(?<![\d〇一二三四五六七八九十])(?:(?:(?P<y>(?:19|20)\d\d)\s*年\s*)?(?P<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月)?\s*(?P<d>[0-3]?\d|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*日\s*专?(?:电|讯)(?=[\s\u3000（(）)【\[：:，,《“「]|记者|通讯员|题|据|(?<=讯)(?:新华社|本报|中新社|昨[日天]|今[日天])|(?<=电)(?![视台邮力话脑影子器车动网价费源池梯线缆访訪询詢告贺賀请請召邀函汇匯信商瓶竞厂量器灯表机站唁]|联(?![合邦想交盟]))[\u4e00-\u9fff])[)）]?(?=[ \t]*\S)"
    r"|^(?![据據援]|根据|根據)(?<![\s\S]{300})[^\n。，,！？!?；;()（）]{0,12}?(?<!\d)(?<!年)(?<!年\s)(?:(?P<y2>(?:19|20)\d\d)\s*年\s*)?(?P<m2>1[0-2]|0?[1-9])\s*月\s*(?P<d2>[0-3]?\d)\s*日(?:上午|下午|晚间|早间|晚)?(?:[\u4e00-\u9fffA-Za-z]{0,5}?(?:网|社|报|台|讯|财经|证券|新闻|快讯|科技|体育|汽车|娱乐|频道|在线|新浪|搜狐|网易|腾讯))?(?:消息|(?<=社\d月\d日)报道(?=[，,：:])|(?<=社\d月\d\d日)报道(?=[，,：:])|(?<=社\d\d月\d日)报道(?=[，,：:])|(?<=社\d\d月\d\d日)报道(?=[，,：:])|(?<=综合\d月\d日)报道|(?<=综合\d月\d\d日)报道|(?<=综合\d\d月\d日)报道|(?<=综合\d\d月\d\d日)报道)(?=[，,：:\s（(])"
    r"|^(?<![\s\S]{300})(?:[（(]?(?![据據])[^\n。，,！？!?；;()（）]{1,16}?(?:讯|消息)[)）]?[ \t\u3000]*(?:[（(][^()（）\n]{1,30}[)）])?|[（(](?:本报)?(?:记者|通讯员)[^()（）\n]{1,30}[)）])"
    r"[ \t\u3000]*(?:北京时间)?(?:(?P<y3>(?:19|20)\d\d)\s*年\s*)?(?P<m3>1[0-2]|0?[1-9])\s*月\s*(?P<d3>[0-3]?\d)\s*日(?=(?:消息)?[，,](?![^。\n]{0,30}?(?:将(?:于|要)?(?:正式|全面)?(?:施行|实施|生效|执行)|起施行|起实施|起执行)))"
    r"|^[(（]?[\u4e00-\u9fff]{2,5}(?<![据據援至到于於在])(?P<m4>1[0-2]|0?[1-9])\s*月\s*(?P<d4>[0-3]?\d)\s*日\s*电(?=[ \t\u3000（(【，,]|记者|通讯员)",
    re.MULTILINE,
)
"""A wire story's dateline opening its line (or its headline's run-in line, after a space or the
headline's 。; not a report cited, 此事经人民网6月5日电披露后),
the story after it ((法新社羅馬19日電), 新华社北京5月19日电,
本报北京11月19日讯（记者…）, 本报纽约10月31日电记者…): 电 or 讯 then a space, a bracket or the
reporter; not 據路透社18日電 (a source), 台電18日電價, 社区3月5日电动自行车, nor one closing its line.
A web story's opening 1月11日消息， is one too, in the text's first lines (not one under 延伸阅读), and so
is the day a story's lead opens with after its 讯 or its reporters (本报讯（记者王五）10月28日，…;
（记者 张三 通讯员 李四）10月28日，…), and a wire story's place and day alone (保定10月30日电（记者…）)."""


_A_NUMBERS_TAIL = re.compile(
    "零[一二两三四五六七八九十]|(?<![指人次分总岁多少无半倍系函级参基读度票户件])[数几]十"
    "|(?<=[一二两三四五六七八九几数])[百千][一二两三四五六七八九十]"
)
"""A numeral after 零 or after a numeral's 百 or 千: a larger number's tail (一万两千零四年前, 一百五十年前:
not 五十年前, 1974), where no phrase starts; nor at the 十 of 数十 or 几十 (数十小时 is no ten hours).
Not after 秋千 (荡秋千两个小时), nor after 万 or 亿, which a headline runs on into a date (破千亿二季度)."""
_A_MOMENT = re.compile("(?<=一)下(?=下)")
"""The 下 of 一下 before 下周 or 下个月 (查一下下周的安排): the verb's, not a second 下 of 下下周."""

_LINE_BREAK = "\x00"
"""What the rules see for a line break: no space their ``\\s`` may cross, so no phrase runs from
one paragraph or table cell into the next (2012年~2016年 / 9月10日至4月11日 read as one range)."""


def _since_periods(folded: str, hits: list[Hit], published: datetime | None) -> list[Hit]:
    """一季度以来, 上半年以来, Q1至今: from the period's first day up to the publication, as
    3月以来 is (the library stops them at the period's end, or reads only the period)."""
    if published is None:
        return hits
    now = published.replace(microsecond=0, tzinfo=None)
    read: list[Hit] = []
    for hit in hits:
        since = _SINCE.match(folded, hit.end) or (_THIS_YEAR_COME.match(folded, hit.end) if folded.endswith("今年", 0, hit.end) else None)
        if since is None and folded[hit.start - 1 : hit.start] in ("自", "从") and hit.start:
            since = _SINCE_AN_EVENT.match(folded, hit.end)  # 自2008年北京奥运会以来: since that year
        elif since is None and _A_YEAR_WRITTEN_OUT.fullmatch(folded, hit.start, hit.end):
            since = _SINCE_A_SHORT_EVENT.match(folded, hit.end)  # 1978年改革开放以来: since that year, 自 unsaid
            since = None if since is None or _A_RECORD_SET.match(folded, since.end()) else since
        detail = hit.detail
        end = since.end() if since else None
        if end is None and detail is not None and detail.qualifier is Qualifier.MORE_THAN and folded.endswith("以来", hit.start, hit.end):
            end = hit.end  # 今年以来, 2024年以来 (the library's open end): up to now, as 去年以来 is
        if end is not None and detail is not None and _runs_on_from(detail, hit.value) and detail.first:
            first = datetime.fromisoformat(detail.first)
            if first <= now:
                value = f"{first:%Y-%m-%dT%H:%M:%S}/{now + timedelta(seconds=1):%Y-%m-%dT%H:%M:%S}"
                hit = Hit(FactKind.DATE, hit.start, end, value, own_detail(value, folded[hit.start : end]))
        read.append(hit)
    return read


_A_WEEK = re.compile(r"\d{4}-W\d\d")


def _runs_on_from(detail: Detail, value: str) -> bool:
    """Whether 以来 runs on from the time read: a span (一季度以来), a start (今年以来, the library's
    open end), or a week (本周以来, 上周以来: the library's weeks are approximate)."""
    return detail.qualifier in _SPANS or detail.qualifier is Qualifier.MORE_THAN \
        or detail.qualifier is Qualifier.APPROXIMATE and bool(_A_WEEK.fullmatch(value))


_SINCE = re.compile(r"以来|至今(?![年天日早晚晨午夜])")
_THIS_YEAR_COME = re.compile(r"来(?![看说讲自到的往回临袭华源港新台京沪美中日韩澳马泰])")
"""今年来已有三场: since the year's start, as 今年以来 (not 今年来看, 今年来华)."""
_SINCE_AN_EVENT = re.compile(r"[^，,。；;！？!?\n\d年月日以]{2,12}?以来")
"""An event said between a date and its 以来 (自2008年北京奥运会以来, 从3月5日发生疫情以来)."""
_SINCE_A_SHORT_EVENT = re.compile(r"(?![创創录錄是实實成迎达達刷打])[^，,。；;！？!?\n\d年月日以的了有]{2,6}?以来")
_A_RECORD_SET = re.compile(r"的?(?:最|首|新高|新低|第)")
"""After 以来, a record (2019年创下上市以来最高价, 是改革开放以来的首次): the year of the record, no span."""
_A_YEAR_WRITTEN_OUT = re.compile(r"(?:19|20)\d\d\s*年")
"""A year and a short event before 以来 with no 自 (1978年改革开放以来, 2020年疫情以来); not 有史以来 or
有记录以来 after a deed (2025年经历了有记录以来最热的夏季: ever)."""
_SPANS = frozenset((Qualifier.PERIOD, Qualifier.RANGE, Qualifier.EXACT))
"""What 以来 runs on from: a period or range (一季度以来), or a year, week or day told exactly
(民國109年以來, 上周以来, 春节以来: the library reads them without their 以来)."""


@lru_cache(maxsize=1)
def _holiday_word() -> re.Pattern[str]:
    return re.compile(rf"(?:{_alternatives(_HOLIDAYS)}|{_alternatives(_LUNAR)})节?(?:期间|前后|当天|前夕|假期|小长假|长假|黄金周|连假)?")


def _without_feasts_of_some_year(folded: str, hits: list[Hit]) -> list[Hit]:
    """The hits but feasts of some year the text does not say (不久的一个除夕夜, 有一年春节前夕), dropped
    before they lend their day to 次日 or a bare 下午 after them."""
    return [h for h in hits if not (_A_FEAST_NOT_SAID_WHICH.search(folded, max(0, h.start - 5), h.start)
                                     and folded.startswith(_FEASTS_SAID, h.start))]


def _as_of_ahead(folded: str, hit: Hit, text: str, now: datetime) -> bool:
    """截至7月, 截至7月30日 in a June story: figures as of a day gone by, read ahead in the
    publication's year; not in a sentence that looks ahead (截至7月底将完成) nor a window or a target."""
    first = hit.detail.first if hit.detail is not None else None
    if not first or datetime.fromisoformat(first) <= now + timedelta(days=3) or not _a_bare_month_or_day(text):
        return False
    if not (_AS_OF.search(folded, max(0, hit.start - 10), hit.start) and _FIGURES_AFTER.match(folded, hit.end)):
        return False
    start, end = sentence_start(folded, hit.start), sentence_end(folded, hit.end)
    return not _LOOKS_AHEAD_HERE.search(folded, start, end) and not _A_WINDOW_OR_A_TARGET.search(folded, start, end)


def _a_bare_month_or_day(text: str) -> bool:
    """Whether the text is a month (7月, 7月底), a month's day (7月30日) or days from one to another
    (2月10日至3月5日, 3月1日至5日) with no year."""
    return bool(_MONTH_ALONE.fullmatch(text) or _MONTH_DAY.fullmatch(text) or _BARE_DAYS.fullmatch(text))


_BARE_DAYS = re.compile(rf"(?:{_MONTH})\s*月\s*(?:{_DAY})\s*[日号]\s*(?:至|到|-|—|~|～)\s*(?:(?:{_MONTH})\s*月\s*)?(?:{_DAY})\s*[日号]")
"""Days from one to another with no year (2月10日至3月5日, 3月1日至5日)."""


_AS_OF = re.compile(r"(?:^|[，,。；;！？!?\n：:]|据统计|统计显示|数据显示)\s*(?:截至|截止到|截至到|截止)\s*$")
_FIGURES_AFTER = re.compile(r"\s*(?:[，,、]|的|止|为止)")
"""截至7月，全市共有…: as of a day, the clause opening with it and its figures after it; not a
deadline's 报名截至6月30日 (a day to come)."""
_A_WINDOW_OR_A_TARGET = re.compile(
    r"即日起|逾期|不予受理|截止日期|[需须]要?(?:完成|达到|提交|上报|在|向|于)|务必|力争|可望|争取|确保|目标是"
    r"|可[^，,。；;]{0,4}?(?:报名|申请|申领|办理|领取)"
)
"""即日起，截至6月30日，逾期不予受理; 截至7月底，全市需…: a window open or a target, not figures."""


def _by_the_tense_told(folded: str, hits: list[Hit], published: datetime | None) -> list[Hit]:
    """Figures as of a day read ahead of the publication (``_as_of_ahead``) are the year before's.
    A bare month or day read more than three days ahead of the publication in a clause told as
    done (他于9月15日举行了记者会; 已在7月底通过; 从8月份…至今; 在9月召开的股东大会上通过了) is the
    year before's: what was done cannot be ahead. Not a dateline's day, nor a clause that also looks
    ahead, nor one whose deed another day holds (8月上映的大片今天发布了预告) or a plan (定于8月8日开幕的…),
    nor a condition (如果…完成了). And a plan said right after 将于, 定于, 预定 for a day more than half
    a year behind it, with no day told before it in its sentence (将于1月15日召开 on a December page),
    is the year after's; a later report of an earlier plan names the day it was told (在2月…说将于3月),
    and one nearer (a June page's 将于4月) is as often told as past as ahead. A day that opens its
    sentence is read by the clause after its comma (``_the_clause_a_day_opens``), and a clock time,
    a 次日 or a length after a day moved moves with it, a 当晚 or 次日 also in a later sentence of its
    paragraph with no date between, and a bare day of the moved day's month in its paragraph."""
    if published is None:
        return hits
    now = published.replace(tzinfo=None)
    read: list[Hit] = []
    as_of = "截" in folded
    moved: tuple[str, int, int, int] | None = None  # a day moved here, as read before, by how many days, its sentence's end, its own end
    same_period: tuple[int, int] | None = None  # a span of months moved a year back: its sentence's end, its own end
    updated = _updated_on(folded) or now.date()
    for hit in hits:
        text, first = folded[hit.start : hit.end], hit.detail.first if hit.detail is not None else None
        last = hit.detail.last if hit.detail is not None else None
        as_read = hit
        if moved is not None and (along := _along_a_day_moved(folded, hit, text, moved, read)) is not None:
            hit = along
        elif as_of and _as_of_ahead(folded, hit, text, now):
            hit = _a_year_moved(hit, text, published, -1)
        elif (reported := _ahead_but_reported(folded, hit, text, published, same_period)) is not None:
            hit, same_period = reported
        elif first and last and (_a_bare_month_or_day(text) or _A_DAY_AND_ITS_TIME.fullmatch(text) or _A_BARE_DAY_AND_ITS_TIME.fullmatch(text)) \
                and not _A_DATELINES_END.match(folded, hit.end) and first[:4] == f"{now.year:04d}":
            hit = _in_the_year_its_tense_tells(folded, hit, text, published, read)
        elif first and _A_WEEKDAY_ALONE.fullmatch(text) and now.date() + timedelta(days=_weekdays_time(text)) < date.fromisoformat(first[:10]) <= _week_end(now.date()) \
                and not date.fromisoformat(first[:10]) <= updated:
            hit = _last_weeks_if_done(folded, hit)
        elif first and _A_WEEKDAY_ALONE.fullmatch(text) and _week_end(now.date()) - timedelta(days=6) <= date.fromisoformat(first[:10]) < now.date():
            hit = _next_weeks_if_ahead(folded, hit)
        if (how_far := _how_far_moved(as_read, hit)) is not None:
            moved = (*how_far, sentence_end(folded, hit.end), hit.end)
        read.append(hit)
    return read


def _updated_on(folded: str) -> date | None:
    """The day a live page says it was last updated (最近更新：2025年11月28日), whose weekdays up to
    it are its own (週四宣佈 on a page first put up on the Wednesday: the Thursday after, not before)."""
    said = _UPDATED.search(folded) if "更新" in folded else None
    try:
        return date(int(said["y"]), int(said["m"]), int(said["d"])) if said else None
    except ValueError:
        return None


_UPDATED = re.compile(r"(?:最近|最后)更新(?:时间)?[：:]?\s*(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日")


def _ahead_but_reported(folded: str, hit: Hit, text: str, published: datetime,
                        same_period: tuple[int, int] | None) -> tuple[Hit, tuple[int, int] | None] | None:
    """A day ahead of the publication that a report puts behind it, and the span of months moved a
    year back if any (its sentence's end, its own end); None where none is: a story's day after its
    byline or a bare-day dateline's (``_the_storys_day``), a year's months from January whose figures
    are out (1至10月，…同比增长8.5% on a June page: last year's), and 去年同期 after those (a year before them)."""
    soon = published.replace(tzinfo=None) + timedelta(days=3)
    first, last = (hit.detail.first, hit.detail.last) if hit.detail is not None else (None, None)
    if first and datetime.fromisoformat(first) > soon and (_after_a_byline(folded, hit, text) or _a_bare_datelines_day(folded, hit, text)):
        return _the_storys_day(hit, text, published), same_period
    if last and (last[:7] >= f"{published:%Y-%m}" and _months_figures_reported(folded, hit, text, published)
                 or first and first > soon.isoformat() and _a_quarters_figures_out(folded, hit, text)):
        return _a_year_back(folded, hit, text, published), (sentence_end(folded, hit.end), hit.end)
    if same_period is not None and hit.start < same_period[0] and _SAME_PERIOD_LAST_YEAR.fullmatch(text):
        return _a_year_earlier(folded, hit), same_period
    return None


def _a_year_back(folded: str, hit: Hit, text: str, published: datetime) -> Hit:
    """The hit read a year back; where its words alone cannot be read again (第四季, a quarter
    known by the figures after it), its value's years one less."""
    moved = _a_year_moved(hit, text, published, -1)
    return moved if moved is not hit else _a_year_earlier(folded, hit)


def _a_year_earlier(folded: str, hit: Hit) -> Hit:
    """The hit with every year of its value one less (去年同期 after months moved back, 第四季)."""
    return _revalued(folded, hit, _A_VALUES_YEAR.sub(lambda year: f"{int(year.group()) - 1:04d}", hit.value))


def _after_a_byline(folded: str, hit: Hit, text: str) -> bool:
    """Whether a day opens a story right after its byline with no day of its own (新华社邯郸电 10月22日，…;
    本报讯 22日上午…; 燕赵都市网讯(记者邢云)22日8时20分，…): the story's day, which cannot be ahead."""
    if not (_a_bare_month_or_day(text) or _A_DAY_AND_ITS_TIME.fullmatch(text) or _A_BARE_DAY_AND_ITS_TIME.fullmatch(text)):
        return False
    after = folded[hit.end : sentence_end(folded, hit.end)]
    if _LOOKS_AHEAD_HERE.search(after) or _A_DEFINITION_OR_SPAN.match(folded, hit.end) or _TAKES_EFFECT.search(after) and not _ONCE_PLANNED.search(after):
        return False  # 本报讯 7月1日，新修订的《条例》将正式施行; 22日起; 7月1日零时…正式生效: a day ahead told
    return bool(_A_BYLINE.fullmatch(folded, folded.rfind("\n", 0, hit.start) + 1, hit.start))


_A_BYLINE = re.compile(
    r"\s*[（(]?(?![据據援])[^\n。，,！？!?；;()（）\d]{0,12}?(?:社|报|网|台|站|闻|刊)[^\n。，,！？!?；;()（）\d]{0,8}?"
    r"(?:讯[)）]?[ \t\u3000]*|电[)）]?(?:[ \t\u3000]+|(?=[（(\d])))(?:[（(][^()（）\n]{1,30}[)）])?[ \t\u3000]*"
)


def _a_bare_datelines_day(folded: str, hit: Hit, text: str) -> bool:
    """Whether a bare day is a dateline's (新华社北京22日电): the story's day, which cannot be ahead."""
    if not _BARE_DAY.fullmatch(text) or not _A_DATELINES_END.match(folded, hit.end):
        return False
    return any(said.start() <= hit.start < said.end() for said in _DATELINE.finditer(folded, 0, min(len(folded), hit.end + 40)))


_TAKES_EFFECT = re.compile(r"开始|生效|实施|施行|执行|开学|启用|上线|零时")


def _the_storys_day(hit: Hit, text: str, published: datetime) -> Hit:
    """A story's day after its byline read back to the last such day up to three days after the
    publication: the month before's for a bare day, the year before's for a month's."""
    last_month = published.date().replace(day=1) - timedelta(days=1)
    anchor = last_month if _BARE_DAY.match(text) else date(published.year - 1, 12, 31)
    return _read_at(hit, text, anchor, published, True, same_month_too=True)


def _along_a_day_moved(folded: str, hit: Hit, text: str, moved: tuple[str, int, int, int], read: list[Hit]) -> Hit | None:
    """The hit moved with the day moved before it (``moved``: that day as read before, by how many
    days, its sentence's end, its own end), or None where it does not hang on that day: a clock time or
    次日 in its sentence (七月七日…早晨八点五十分), a 当晚 in a later sentence right after it (26日…去世了。当晚),
    a bare day of its month in its paragraph, later in it, or earlier and told in its sentence or as done
    before it (11月2日，…3日他立即回站; 28日通报，嫌疑人5日被抓获; 28号证实…将于3号 and 29日悬赏。2日，嫌犯落网 are
    the next month's), a length after it in its sentence (9月14日住进了医院，10天后)."""
    day, days, sentence_ends, ends = moved
    first = hit.detail.first if hit.detail is not None else None
    right_after = bool(read) and read[-1].end == ends
    same_paragraph = "\n" not in folded[ends : hit.start]
    if hit.start < sentence_ends and (_CLOCK_OR_PART.fullmatch(text) or _THE_DAY_AFTER.match(text)) \
            or _THE_DAY_AFTER.match(text) and right_after and same_paragraph:
        return _moved_along(hit, day, days)
    bare = _BARE_DAY.match(text)
    if first and bare and _A_DAYS_TIME.fullmatch(text, bare.end()) and first[:7] == day[:7] and same_paragraph \
            and (first[8:10] >= day[8:10] or _told_before_it(folded, hit, sentence_ends)) \
            or hit.start < sentence_ends and _SO_LONG_AFTER_IT.fullmatch(text) and right_after:
        return _a_month_shifted(hit, text, days) if _A_MONTHS_VALUE.fullmatch(hit.value) else _shifted(hit, days)
    return None


def _a_month_shifted(hit: Hit, text: str, days: int) -> Hit:
    """A month counted on from a day moved (9月14日…三个月后, the 14th moved a year back): the month
    its first day falls in, so many days on or back."""
    first = date.fromisoformat(f"{hit.value}-01") + timedelta(days=days)
    value = f"{first:%Y-%m}"
    return Hit(FactKind.DATE, hit.start, hit.end, value, own_detail(value, text))


def _told_before_it(folded: str, hit: Hit, sentence_ends: int) -> bool:
    """Whether an earlier bare day is told as before the moved day: in its sentence, not looked ahead
    to (28日通报，嫌疑人5日被抓获), or after 已于, 早在 (…已于5日被抓获)."""
    start, end = sentence_start(folded, hit.start, CLAUSE_STOPS), sentence_end(folded, hit.end, CLAUSE_STOPS)
    told_done = _DONE_IN_ITS_CLAUSE.search(folded, hit.end, end) and not (_A_DEFINITION_OR_SPAN.match(folded, hit.end) and "已" not in folded[hit.end : end])
    # 被抓获, 已恢复 (not 5日起封闭, 10日起对违规占用…, 定于5日开跑)
    return hit.start < sentence_ends and bool(told_done) and not _LOOKS_AHEAD_HERE.search(folded, start, end) \
        or bool(_DONE_BEFORE.search(folded, max(start, hit.start - 4), hit.start))


_DONE_IN_ITS_CLAUSE = re.compile(
    r"被|落网|已|[\u4e00-\u9fff]了|发生|作案|身亡|死亡|遇害|遇难|去世|逝世|病逝|失踪|自首|投案|抓获|捕获|逮捕|拘留|辞职|行凶"
    r"|起火|着火|失火|爆炸|坠毁|倒塌|侧翻|相撞|溺|受伤|导致|造成|违规|报警|遭"
)
"""A deed done told after an earlier bare day in its clause (嫌疑人5日被抓获, 5日已全部恢复)."""


def _in_the_year_its_tense_tells(folded: str, hit: Hit, text: str, published: datetime, read: list[Hit]) -> Hit:
    """A bare month or day of the publication's year, the year before's if told as done and ahead
    of the publication (a bare day, the month before's), the year after's if a plan and half a year
    behind it."""
    assert hit.detail is not None and hit.detail.first and hit.detail.last
    now = published.replace(tzinfo=None)
    start, end = sentence_start(folded, hit.start, CLAUSE_STOPS), sentence_end(folded, hit.end, CLAUSE_STOPS)
    end = _the_clause_a_day_opens(folded, hit, end)
    if datetime.fromisoformat(hit.detail.first) > now + timedelta(days=3) and not _LOOKS_AHEAD_HERE.search(folded, start, end) \
            and (_told_done(folded, hit, start, end) or _figures_reported(folded, hit, text)):
        if _A_BARE_DAY_AND_ITS_TIME.fullmatch(text):  # 已于18日…开设了, on the 12th: the 18th of the month before
            return _in_the_month_before(folded, hit, text, published)
        if _THIS_YEAR_HOLDS.search(folded, sentence_start(folded, hit.start), hit.start) \
                and not (_this_years_done(folded, hit, end) and datetime.fromisoformat(hit.detail.first) > now + timedelta(days=_A_YEAR_BACK_NEAR)):
            return hit  # 今年诺贝尔文学奖10月10日公布: this year's, said so (not 今年９月…１１月３０号, another month's)
        return _a_year_moved(hit, text, published, -1)
    if datetime.fromisoformat(hit.detail.last) < now - timedelta(days=183) and _a_plan_ahead(folded, hit, read, start, end):
        return _a_year_moved(hit, text, published, 1)
    return hit


def _this_years_done(folded: str, hit: Hit, end: int) -> bool:
    """Whether a day after 今年 is told as done in its clause (已, or a verb and 了): 今年过年回家的火车票
    12月15日已经售出了, on a January page, is last December's; read so only where the day a year
    back is near the publication (``_A_YEAR_BACK_NEAR``), as 今年的跨年晚会12月31日已经确定了主持人 on a
    June page is still this year's."""
    return bool(_ALREADY.search(folded, hit.end, end) or _DONE_AFTER.search(folded, hit.end, end))


_A_YEAR_BACK_NEAR = 240
"""Days ahead of the publication beyond which a day told as done after 今年 is last year's: its day a
year back then lies within about four months before the publication."""


def _in_the_month_before(folded: str, hit: Hit, text: str, published: datetime) -> Hit:
    """A bare day ahead of the publication told as done, read in the month before; not one a month
    named before it in its sentence holds (10月5日…已于3日, 6月20日…25日双方宣布), nor where its sentence up
    to its clause's end doubts, waits, plans or forecasts (预期, 会在, 若, 等待, 届时, 须于, a sky's event;
    18日表示，将增加产量 and 董事会于27日宣布 still move)."""
    assert hit.detail is not None and hit.detail.first
    before = folded[sentence_start(folded, hit.start) : hit.start]
    told = before + folded[hit.start : sentence_end(folded, hit.end, CLAUSE_STOPS)]  # up to its clause's end
    paragraph = folded[folded.rfind("\n", 0, hit.start) + 1 : hit.start]
    if hit.detail.first[:7] != f"{published:%Y-%m}" or _A_MONTH_NAMED.search(before) or _A_DAY_IN_DOUBT.search(told) \
            or _THIS_MONTH.search(paragraph) or _TO_COME_AFTER.match(folded, hit.end) or _quoted_at(folded, hit.start):
        return hit
    said = _A_DAYS_HAO.sub("日", text, count=1)  # 25号 alone is no day; 25日 is
    return _read_at(hit, said, published.date().replace(day=1) - timedelta(days=1), published, True)


_A_DAYS_HAO = re.compile(r"(?<=[\d一二三四五六七八九十])号")
_THIS_YEAR_HOLDS = re.compile(r"(?:今年|本年度)(?![^，,。]*?(?:曾|谈到|表示|指出|透露|回忆|时说))[^月\d一二三四五六七八九十，,。；;：:！？!?]{0,14}$")
_THIS_MONTH = re.compile(r"本月|这个月")
"""This month said in the paragraph before a bare day (本月下旬，该市将举办车展。27日，主办方宣布): its day."""
_TO_COME_AFTER = re.compile(r"\s*(?:正式)?(?:会|将|要|拟|可能)")
"""A bare day with a word of what is to come right after it (27日会正式宣布, 27日將宣布)."""
_A_MONTH_NAMED = re.compile(r"(?:\d|[一二三四五六七八九十])\s*月(?!以来|中旬以来|天)|本月|这个月|上个?月|下个?月")
_NOT_YET_ALSO = (
    "或将|初步定|初定|想在|预估|(?:按|依|照|根据|遵循|依循|沿袭|沿用)(?:(?!打破|一反|违)[^，,。；;]){0,4}?惯例|按往年|原定|(?<!防)万一|说不定|说不准|难说|会被|恐被|或被"
    "|合月|冲日|凌日|超级月亮|月掩|天象"
)
"""Schedules, conditions, sentences to come and sky events both doubt words below share (初定, 按照惯例,
原定, 万一, 说不定, 会被判处, 合月, 冲日); not 即使, 无论, which as often tell a day past (即使…仍于…宣布),
and 最早, 能否 only right before the day (``_A_SCHEDULE_RIGHT_BEFORE``) or after it (``_ODDS_AFTER``)."""
_A_DAY_IN_DOUBT = re.compile(
    rf"{_NOT_YET_ALSO}|预期|预料|预计|预测|料于|估计|可能|或于|(?<![董事理委议协学工商社大年例晚舞宴酒记布])会[在于]|将会|还会"
    r"|会否|有机会|是否|可望|最快|最迟|希望|届时|(?:根据|按照?)(?:日程|议程|程序|安排|行程)|须[于在]|要求"
    r"|若|只要|除非|等待|等到|有待|等[^，,。]{0,12}后|待[^，,。]{0,12}后|只剩|距离"
    r"|(?<![军])将(?![军领士帅近])|[日月][全偏环]?食|流星|夏至|冬至|春分|秋分"
)
"""What in a bare day's sentence, up to its clause's end, tells it may still be ahead though a word said or
done follows it (a forecast, a condition, a wait, a deadline, a plan, a sky's event)."""


def _figures_reported(folded: str, hit: Hit, text: str) -> bool:
    """Whether a bare month's sentence reports its figures as out (英国11月CBI零售销售差值为-19，预期为-13，
    前值为-11; 10月的销量十分鼓舞人心; 据统计，8月份全国商品房销售面积同比增长12%), with no word of a
    forecast, a target, a booking, a schedule after it or a time of its own (今年, 上月, a feast): figures
    of a month still to come cannot be out, but bookings, prices set and reports due for it are."""
    if not _MONTH_ALONE.fullmatch(text):
        return False
    start, end = sentence_start(folded, hit.start), sentence_end(folded, hit.end)
    return bool(_FIGURES_TOLD.search(folded, start, end)) and not _LOOKS_AHEAD_HERE.search(folded, start, end) \
        and not _A_FORECAST.search(folded, start, end) \
        and not _A_SCHEDULE.search(folded, hit.end, min(sentence_end(folded, hit.end, CLAUSE_STOPS), hit.end + _SCHEDULE_REACH))


_FIGURES_TOLD = re.compile(r"前值|预期为|同比|环比|按年|按季|季增|年增|销量|销售额|数据显示|据统计|统计显示|[好低高]于预期|不及预期|财报")
_A_FORECAST = re.compile(
    r"预测|预估|估计|目标|力争|争取|可望|展望|计划|若|如果|(?<![于及的场合])(?<!于分析师)(?<!于市场)预期(?!为|指数)|(?<![材燃饮原资香涂塑饲布草肥废史])料"
    r"|或(?!者|是)|可能|还会|将会|会有|一定|有望|法人[预]?估|力拚|力拼"
    r"|预订|预售|订房|订单|排产|售价|挂牌(?!的)|购电|附加费|任务|指标|财年|售罄|门票|待映|待售|看好|打算"
    r"|今年|年内|本年|(?<![比较])上个?月|中秋|国庆|端午|暑期|暑假|寒假|档(?!次)"
)
"""What in a month's sentence tells its figures are not out: a forecast (预期, 料, 或, 可能), a booking,
a price or a target set for it (预订量, 售价, 销售任务), a listing (7月在主板挂牌; not 主板挂牌的公司, a firm
listed), or a year or a feast of its own (今年, 中秋节在9月)."""
_A_SCHEDULE = re.compile(r"公布|发布|上市|开幕|开通|投用|完工|入职|开始|议息|举办|举行|上映|执行|起")
"""What right after a month in its clause tells of a thing due in it (二季度数据7月中旬公布, 新款车型7月正式上市;
not 12月CPI同比上涨1.5%，国家统计局9日发布, the release itself)."""
_SCHEDULE_REACH = 6


def _last_weeks_if_done(folded: str, hit: Hit) -> Hit:
    """A bare weekday still to come in the publication's week (周五 on a Wednesday) in a clause told as done
    (警方周五逮捕了三名男子, 周末在机场查获了毒品) is last week's: what was done cannot be ahead."""
    start, end = sentence_start(folded, hit.start, CLAUSE_STOPS), sentence_end(folded, hit.end, CLAUSE_STOPS)
    end = _the_clause_a_day_opens(folded, hit, end)
    sentence = folded[sentence_start(folded, hit.start) : sentence_end(folded, hit.end)]
    if _told_done(folded, hit, start, end) and not _LOOKS_AHEAD_HERE.search(folded, start, end) \
            and not _a_weeks_plan_or_terms(folded, hit, sentence, folded[start:end]) and not _quoted_at(folded, hit.start):
        return _shifted(hit, -7)
    return hit


def _weekdays_time(text: str) -> int:
    """How many days ahead of the publication a weekday told as done must be before it is moved
    to last week's: any day for a weekday alone (周四称 on a Wednesday), but past the morrow for one
    with a time of its day, which a live page updated overnight says of the next morning (週四清晨表示)."""
    return 0 if BARE_WEEKDAY.fullmatch(text) or text == "周末" else 1


def _next_weeks_if_ahead(folded: str, hit: Hit) -> Hit:
    """A bare weekday already gone in the publication's week (周一 on a Wednesday) that a plan
    governs (新措施将在星期一生效, 星期一将生效, 定于周一实施) is next week's: what is to come cannot
    be behind; not a weekday a plan was told on (苹果周一宣布将推出…)."""
    sentence = folded[sentence_start(folded, hit.start) : sentence_end(folded, hit.end)]
    planned = _AHEAD_BEFORE_A_DAY.search(folded, max(0, hit.start - 4), hit.start) or _AHEAD_AFTER_A_DAY.match(folded, hit.end)
    if planned and not _A_WEEKDAYS_PLAN_GONE_BY.search(sentence):
        return _shifted(hit, 7)
    return hit


_AHEAD_BEFORE_A_DAY = re.compile(
    r"(?:(?<![即必名老上主大猛干武少中健悍爱战女])将会?|(?<![规决预约确选])定|拟)(?:于|在)\s*$"
    r"|(?<![即必名老上主大猛干武少中健悍爱战女])将会?\s*$|预计\s*$"
)
"""将于, 将在, 定于, 拟于, 预计 right before the weekday; not 计划 (a plan's noun: 补贴计划于周一获得通过), 名将,
老将, 上将 (no 将 of a plan), 规定于, 决定于."""
_AHEAD_AFTER_A_DAY = re.compile(
    r"\s*将(?:会|于|在)?\s*(?:举行|召开|发布|公布|宣布|前往|访问|出席|生效|实施|开幕|启程|抵达|举办|推出|上线|出访|会见|会晤)"
)
"""星期一将生效, 周一将前往: 将 and a verb of a plan (not 周三将利率维持, 将 as 把)."""
_A_WEEKDAYS_PLAN_GONE_BY = re.compile(
    r"原定|原计划|原本|本应|本来|曾经|(?:被|已|已经)(?:取消|推迟|延期|搁置)|取消了|推迟|延后|延後|延期|此前|早前|结果|并未|並未"
    r"|流会|告吹|未能|仍未|至今未|上周|上星期|上個?星期"
)
"""A plan told as gone by (原定将于周一…, 已被推迟, 至今仍未公布); not 原 or 曾 in other words (太原, 原因, 曾荫权)."""


def _a_weeks_plan_or_terms(folded: str, hit: Hit, sentence: str, clause: str) -> bool:
    """Whether a weekday's sentence tells of this week's days with a 了 that is no deed done: a
    condition (若周五通过了), a wait right before the day or opening its clause (等周五发了工资,
    等公司周五发了年终奖), an arrangement (约了客户, 请了假, 订了餐厅), one thing after another (周五下了课，
    孩子们就…), a notice or a fixture (通知, 赛程, 预售), 本周 (本周…周四召开了). Not 约 of about
    (约20人受伤), 等 of a list (宝马等), nor 就 of a word (就业, 就此事): they were enough to read
    星期五发生了车祸 ahead."""
    return bool(_A_WEEKS_PLAN_OR_TERMS.search(sentence) or _A_WAIT_BEFORE.search(folded, max(0, hit.start - 3), hit.start)
                or _A_WAIT_OPENING.match(clause))


_A_WEEKS_PLAN_OR_TERMS = re.compile(
    r"若|倘若|只要|除非|万一|的话|约(?:了|好|定|在)|预约|订(?:了|好)|请了?假|安排|打算|记得|提前|预售|赛程|本周|这周|这个周|这星期|届时|到时"
    r"|再|就(?![业读近此职任医诊餐地])|通知"
)
_A_WAIT_BEFORE = re.compile(r"(?:等|待|等到|等待)\s*$")
_A_WAIT_OPENING = re.compile(r"\s*(?:只有|只要|要|得)?(?:等到?|待|等待)")
"""等公司周五发了年终奖，…: a clause opened by a wait, its subject before the day."""


def _quoted_at(folded: str, at: int) -> bool:
    """Whether ``at`` is inside quotation marks opened in its paragraph (“周五打完了这场比赛…”)."""
    paragraph = folded[folded.rfind("\n", 0, at) + 1 : at]
    return paragraph.count("“") > paragraph.count("”") or paragraph.count("「") > paragraph.count("」")


def _week_end(day: date) -> date:
    """The Sunday of the day's week."""
    return day + timedelta(days=6 - day.weekday())


_A_WEEKDAY_ALONE = re.compile(
    rf"(?:{BARE_WEEKDAY.pattern}|周末)(?:的?(?:早上|早晨|清晨|上午|中午|下午|傍晚|晚上|晚间|夜间|深夜|凌晨)"
    rf"(?:{_HOUR_TO})?)?"
)
"""A weekday or weekend with no week of its own (not 下周五, 上周末), alone or with a time of its
day (周日晚间发布报导, 星期六晚上8时)."""


def _the_clause_a_day_opens(folded: str, hit: Hit, end: int) -> int:
    """Where the clause a day tells the time of ends: its own, or, for a day that opens its sentence
    set off by a comma (9月3日，法院宣判了…; 8月17日，台军举行了…; after a lead-in, 据悉，21日，…), the
    clause after the comma."""
    if folded[end : end + 1] not in ("，", ",") or folded[hit.end : end].strip():
        return end
    lead = folded[sentence_start(folded, hit.start) : hit.start].strip().lstrip("“\"「『‘")  # “8月10日，… quoted opens too
    if lead and not _A_LEAD_IN.fullmatch(lead):
        return end
    after = sentence_end(folded, end + 1, CLAUSE_STOPS)
    if _NOT_THE_DAYS_DEED.search(folded, end + 1, after):
        return end  # 7月26日晚，开幕式门票已售出了90%; 10月1日，我们约好了…; 只要…了: no deed of that day
    return after


_A_LEAD_IN = re.compile(r"(?:据悉|据了解|据报道|据介绍|记者(?:获悉|了解到|从[^，,]{1,12}获悉)|另悉|又讯|此外|另外)[，,]")
"""What may open a sentence before its day and still leave the day opening it (据悉，21日，警方逮捕了…)."""
_NOT_THE_DAYS_DEED = re.compile(r"已|好了|只要|若|即使|哪怕|万一|如果|假如|要是|一旦|准备|计划|打算|预计|(?<![军大主武])将(?![军领士帅])")
"""What in the clause after a day set off by a comma tells no deed done that day: a state already
(门票已售出了), an arrangement (约好了), a condition (只要…了), a plan."""
_A_DAY_AND_ITS_TIME = re.compile(rf"(?:{_MONTH})\s*月\s*(?:{_DAY})\s*[日号][^年至到]+")
"""A month's day with its part of the day or its hour (10月24日上午, 8月10日晚7时30分左右)."""
_A_DAYS_TIME = re.compile(rf"(?:{_DAY_PERIOD}|晚|早|夜里|深夜|午夜|半夜)?\s*(?:{_CLOCK})?")
"""What may follow a bare day and be its time (3日晚, 3日上午10时); not 内 (4日内, a span)."""
_CLOCK_OR_PART = re.compile(rf"(?:{_DAY_PERIOD}|夜里|深夜|午夜|半夜)?\s*(?:的)?\s*(?:{_CLOCK})?")


def _a_plan_ahead(folded: str, hit: Hit, before: list[Hit], start: int, end: int) -> bool:
    """Whether the hit is a plan said right after 将于, 定于, 预定…, in a sentence that names no day
    before it but the year after (2025年全国两会将于3月4日开幕, told in November 2024) and tells nothing of
    the plan as gone by (原计划, 已, 了, 但…)."""
    sentence = sentence_start(folded, hit.start)
    this_year = hit.detail.first[:4] if hit.detail is not None and hit.detail.first else ""
    next_year = f"{int(this_year) + 1:04d}" if this_year else ""
    return bool(_AHEAD_BEFORE.search(folded, max(start, hit.start - 4), hit.start)) \
        and not any(h.end > sentence and not _in_the_year(h, next_year) and not _its_years_report(folded, h, this_year) for h in before) \
        and not _ONCE_PLANNED.search(folded, start, end) \
        and not _A_PLAN_GONE_BY.search(folded, sentence, sentence_end(folded, hit.end))


def _its_years_report(folded: str, hit: Hit, year: str) -> bool:
    """Whether the hit is the year's 年度 (2024年度业绩发布会定于3月28日, told in November 2024: the year's
    results are told the next year)."""
    return _the_year(hit, year) and folded[hit.end - 1 : hit.end] == "度"


def _in_the_year(hit: Hit, year: str) -> bool:
    """Whether the hit is a day or span of the year ``year`` (春节 read as 2025's before 将于1月29日)."""
    return bool(year) and hit.detail is not None and (hit.detail.first or "").startswith(year) and (hit.detail.last or "").startswith(year)


def _the_year(hit: Hit, year: str) -> bool:
    """Whether the hit is the year ``year`` alone (2025年, 明年)."""
    return hit.detail is not None and hit.detail.unit == "year" and hit.value == year


def _reports_days(folded: str, hits: list[Hit], published: datetime | None) -> list[Hit]:
    """The hits, the day a report is dated (据《每日邮报》27日报道, 据美联社12月23日消息, a dateline
    run into its headline) read back where it was read ahead of the publication: what was reported
    cannot be ahead. Before the bare days after it take its month (…11月4日电…4日说)."""
    if published is None:
        return hits
    ahead = published.replace(tzinfo=None) + timedelta(days=3)
    read: list[Hit] = []
    moved: tuple[str, int] | None = None  # the report's day as read before, and by how many days it moved
    for hit in hits:
        text = folded[hit.start : hit.end]
        if moved is not None and _THE_DAY_AFTER.match(text) and "\n" not in folded[read[-1].end : hit.start]:
            hit = _moved_along(hit, *moved)  # 据法国媒体8月26日报道，…当天表示: that 26 August
        elif moved is not None and BARE_WEEKDAY.fullmatch(text) and not _SENTENCE_END.search(folded, read[-1].end, hit.start):
            hit = _in_the_week_moved(folded, hit, *moved)
        elif hit.detail is not None and hit.detail.first and datetime.fromisoformat(hit.detail.first) > ahead \
                and _a_report_cited(folded, hit):
            as_read, hit = hit, _a_reports_day(hit, text, published)
            moved = _how_far_moved(as_read, hit)
        read.append(hit)
    return read


def _in_the_week_moved(folded: str, hit: Hit, day: str, days: int) -> Hit:
    """A weekday in the sentence of a report's day since moved back (据纽约9月21日消息，美联储周二
    宣布: the Tuesday of that week in the year the report is of, not of the year it was read in); on
    the same side of the report's day as read, or, where it fell on that day, the side its clause
    tells (亚运会周六将开幕: the Saturday after)."""
    first = hit.detail.first[:10] if hit.detail is not None and hit.detail.first else None
    if first is None:
        return hit
    old, weekday = date.fromisoformat(day), date.fromisoformat(first)
    after = (weekday - old).days
    if not -7 < after < 7:
        return hit
    if after == 0:
        clause = folded[hit.end : sentence_end(folded, hit.end, CLAUSE_STOPS)]
        after = 1 if _LOOKS_AHEAD_HERE.search(clause) else 0
    new = old + timedelta(days=days)  # the same weekday on the same side of the report's day
    on = (weekday.weekday() - new.weekday()) % 7 if after > 0 else -((new.weekday() - weekday.weekday()) % 7)
    return _shifted(hit, (new + timedelta(days=on) - weekday).days)


def _a_report_cited(folded: str, hit: Hit) -> bool:
    """Whether the hit dates a report: 27日报道, or 据…12月23日消息 / 电 (a source cited; not a
    dispatch's own dateline, which its section reads, nor one of the next story run on after it)."""
    if _DUE_OR_PLANNED.search(folded, max(0, hit.start - 3), hit.start):
        return False  # 新生须于9月1日报道 (报到, registering), 该台将于6月20日报道: a day still to come
    if _A_REPORTS_DAY.match(folded, hit.end):
        return True
    return bool(_A_CITED_DISPATCH.match(folded, hit.end)) and "据" in folded[sentence_start(folded, hit.start, CLAUSE_STOPS) : hit.start]


def _a_reports_day(hit: Hit, text: str, published: datetime) -> Hit:
    """A report's day read ahead of the publication: the month before's for a bare day, the year
    before's for a month's day."""
    if _MONTH_DAY.fullmatch(text):
        return _a_year_moved(hit, text, published, -1)
    if _BARE_DAY.fullmatch(text):
        return _read_at(hit, text, published.date().replace(day=1) - timedelta(days=1), published, True)
    return hit


_A_REPORTS_DAY = re.compile(r"\s*的?(?:报道|报导)")
_DUE_OR_PLANNED = re.compile(r"(?:于|将|须|请|需|应|要)\s*$")
_A_CITED_DISPATCH = re.compile(r"\s*(?:消息|电(?![视台邮力话脑影子器车动网价费源池梯线缆访询告贺请召邀函汇])|讯)")


def _a_year_moved(hit: Hit, text: str, published: datetime, years: int) -> Hit:
    """The hit read again as of the publication's day so many years on or back (28 February for
    a 29th that year has not)."""
    day = published.date()
    anchor = day.replace(year=day.year + years, day=min(day.day, 28) if day.month == 2 else day.day)
    return _read_at(hit, text, anchor, published, True, same_month_too=True)


def _months_figures_reported(folded: str, hit: Hit, text: str, published: datetime) -> bool:
    """Whether a year's months from January (1至10月, 1-10月, 前10个月, 前三季度), ending in or after the
    publication's month, have their figures reported as out in their sentence, as a bare month's are
    (``_figures_reported``): they are the year before's. Not a target in their clause or the next
    (确保, 力争), nor figures so far of months ending this month (1至6月…累计, on a late June page)."""
    if not _MONTHS_FROM_JANUARY.fullmatch(text) or hit.detail is None or not hit.detail.last:
        return False
    start, end = sentence_start(folded, hit.start), sentence_end(folded, hit.end)
    clause_end = _the_next_clauses_end(folded, hit)  # 1至10月，…确保: the clause after too
    so_far = hit.detail.last[:7] == f"{published:%Y-%m}" and _TO_DATE.search(folded, start, end)
    told = _FIGURES_TOLD.search(folded, hit.start, end) or _QUARTERS_WITHOUT_DU.fullmatch(text) and not _A_FORECAST.search(folded, start, end)
    return bool(told) and not _A_TARGET.search(folded, hit.start, clause_end) and not so_far and _nothing_ahead(folded, hit, clause_end)


_QUARTERS_WITHOUT_DU = re.compile(r"前[一二两三1-3]季")
"""前3季 (Taiwan's and Hong Kong's 首三季 read as 前): read only before a quarter's figures (营收, 累计,
出口 …), so told as out unless the sentence forecasts (预估前3季…)."""


def _a_quarters_figures_out(folded: str, hit: Hit, text: str) -> bool:
    """Whether a bare quarter has its figures out in its clause or the next, with nothing ahead in its
    sentence (四季度GDP同比增长5.2% on 17 January: last year's; not 看好三季度销量同比回暖)."""
    if not _A_QUARTER_ALONE.fullmatch(text):
        return False
    start, end = sentence_start(folded, hit.start), sentence_end(folded, hit.end)
    clause_end = _the_next_clauses_end(folded, hit)
    told = _FIGURES_TOLD.search(folded, hit.start, clause_end) \
        or _RESULTS_TOLD.search(folded, hit.start, clause_end) and not _A_HOPE_OR_HABIT.search(folded, start, end)
    return bool(told) and _nothing_ahead(folded, hit, clause_end) \
        and not _A_TARGET.search(folded, start, end) and not _AN_OUTLOOK.search(folded, start, end)


def _nothing_ahead(folded: str, hit: Hit, clause_end: int) -> bool:
    """Whether a span's sentence neither looks ahead nor forecasts, and its clause (or the next, up to
    ``clause_end``) tells no figures so far (迄今, 以来): what months or a quarter with figures need to be
    read as past."""
    start, end = sentence_start(folded, hit.start), sentence_end(folded, hit.end)
    return not _LOOKS_AHEAD_HERE.search(folded, start, end) and not _A_FORECAST.search(folded, start, end) \
        and not _SO_FAR_IN_IT.search(folded, hit.end, clause_end)


_RESULTS_TOLD = re.compile(r"超越|超出|优于|逊于|[低高]于(?:市场|分析师)预期|大增|大跌|暴增|暴跌|录得")
"""A quarter's results told (第四季净利大增, 第四季度利润超越华尔街的预期): figures out, where
nothing in the sentence fears, hopes or tells a habit (担心第四季度油价会暴跌)."""
_A_HOPE_OR_HABIT = re.compile(r"恐|会|担心|忧心|憂心|相信|决心|希望|通常|往往|一般|若")
_A_QUARTER_ALONE = re.compile(r"第?[一二三四1-4]季度|第[一二三四1-4]季|首季")
_AN_OUTLOOK = re.compile(r"指引|认为|测算|部署|冲刺|不低于|信心|预算|展望|看好|有望|计划|方案")
"""What in a quarter's sentence tells its figures are an outlook, not out (业绩指引, 冲刺方案, 信心十足)."""


def _the_next_clauses_end(folded: str, hit: Hit) -> int:
    """The end of the hit's clause, or of the one after it where a comma ends its own (1至10月，…)."""
    end = sentence_end(folded, hit.end, CLAUSE_STOPS)
    return sentence_end(folded, end + 1, CLAUSE_STOPS) if folded[end : end + 1] in ("，", ",") else end


_A_TARGET = re.compile(r"要求|确保|提出|力争|争取|目标")
"""A span's target in its clause or the next (1至10月…确保…增长): not figures out."""
_SO_FAR = "迄今|至今|截至目前"
_TO_DATE = re.compile(rf"{_SO_FAR}|累计|目前")
"""1至6月 on a page of late June, 累计…: the figures so far, this year's."""
_SO_FAR_IN_IT = re.compile(rf"{_SO_FAR}|以来|目前为止")
"""二季度迄今…跃升至: figures of a part still running, so far."""
_MONTHS_FROM_JANUARY = re.compile(
    r"(?:1|一)\s*(?:至|到|-|—|~|～)\s*(?:1[0-2]|[2-9]|十[一二]?|[二三四五六七八九])\s*月份?"
    r"|前\s*(?:1[01]|[2-9]|十[一]?|[两二三四五六七八九])\s*个月|前[一二两三1-3]个?季度?"
)
_SAME_PERIOD_LAST_YEAR = re.compile(r"(?:去年|上年)同期")
_A_VALUES_YEAR = re.compile(r"(?<![\d-])\d{4}(?=-)")


def _told_done(folded: str, hit: Hit, start: int, end: int) -> bool:
    """Whether the clause tells the hit as done: 已在, 早在, 曾于 before it, or 至今 or a verb with
    了 after it, with no other day between (今天) and no plan before the day (定于), and not in a
    condition, a wait or a preparation."""
    if _DONE_BEFORE.search(folded, max(start, hit.start - 4), hit.start):
        return True
    if _said_or_befallen(folded, hit, start, end):
        return True
    done = _DONE_AFTER.search(folded, hit.end, end)
    if done is None or _ANOTHER_DAY.search(folded, hit.end, done.start()):
        return False
    between = folded[hit.end : done.start()]
    at_the_event = "的" not in between or bool(_AT_THE_EVENT.search(between))
    return at_the_event and not _AHEAD_BEFORE.search(folded, max(start, hit.start - 4), hit.start) and not _NOT_A_DEED_DONE.search(folded, start, end)


def _said_or_befallen(folded: str, hit: Hit, start: int, end: int) -> bool:
    """Whether a word said or a thing befallen follows the day in its clause (发言人10月26日表示, 10月30号晚上的
    一个电视专访节目中指出), or 发生在 comes before it, with no word of a forecast, a wait, a deadline or a
    condition in its sentence before the word said (市场普遍预期，美联储7月31日宣布 stays; what was said does
    not count: 表示美方密切关注 moves; nor a purpose: 为确保…，住建部11月8日宣布 moves)."""
    said = _SAID_OR_BEFALLEN.search(folded, hit.end, end)
    between = folded[hit.end : said.start()] if said is not None else ""
    told = said is not None and ("的" not in between or bool(_AT_THE_EVENT.search(between))) and not _ANOTHER_DAY.search(between)
    if not told and not _BEFALLEN_BEFORE.search(folded, max(start, hit.start - 4), hit.start):
        return False
    if _A_DEFINITION_OR_SPAN.match(folded, hit.end):
        return False  # 12月13日是…公祭日; 7月1日起发生的
    window = folded[sentence_start(folded, hit.start) : said.start() if said is not None else hit.end]  # up to the word said
    sentence_after = folded[hit.end : sentence_end(folded, hit.end)]
    if said is not None and _not_a_report(folded, hit, said, sentence_after) or _A_SCHEDULE_RIGHT_BEFORE.search(folded, max(start, hit.start - 5), hit.start):
        return False
    in_doubt = said is not None and (_CAN_OR_NOT.search(folded, hit.end, said.start())  # 9月18日能否宣布 (not …宣布的决定能否奏效)
                                     or bool(_WILL_SAY.search(between)) or bool(_PLANS_A_DAY.search(folded, max(start, hit.start - 3), hit.start)))
    return not _NOT_YET.search(window) and not in_doubt and not _ODDS_AFTER.search(sentence_after) and not _AHEAD_BEFORE.search(folded, max(start, hit.start - 4), hit.start) \
        and not _NOT_A_DEED_DONE.search(folded, start, end)


def _not_a_report(folded: str, hit: Hit, said: re.Match[str], sentence_after: str) -> bool:
    """新生于9月1日报道: 报到 (registering) written 报道 after a day set with 于 (not after a paper's name,
    《华尔街日报》于10月20日报道称); 26日对他来说, 一般来说: 说 of 来说, no word said; 公布 or 发布 closing its
    clause with no figures after (成绩6月25日公布，考生可查询; 苹果9月10日发布): a schedule."""
    if said.group() in ("报道", "报导"):
        return folded[hit.start - 1 : hit.start] == "于" and not _A_PAPER_BEFORE.search(folded, max(0, hit.start - 8), hit.start - 1)
    if said.group() == "说" and folded[said.start() - 1 : said.start()] == "来":
        return bool(_FOR_SOMEONE.search(folded, hit.end, said.start()))  # 26日对他来说, 一般来说: no word said
    if said.group() in ("公布", "发布") and (said.end() == len(folded) or folded[said.end()] in "，,。；;！？!?\n "):
        return not _RELEASED_FIGURES.match(folded, said.end())  # 成绩6月25日公布，考生可查询: a schedule
    return False


_A_SCHEDULE_RIGHT_BEFORE = re.compile(r"(?:最早|最晚|最快|能否|能不能)\s*(?:[于在将会]|将于|将在)?$")
"""A schedule's word right before a day and its word said (美联储最早9月18日宣布): no word said yet (最早发现疫情的
医生20日表示 is one said)."""
_RELEASED_FIGURES = re.compile(
    r"[，,](?![^，,。；;]{0,30}?(?:可(?!支配|比|观|降解|再生|转债|持续)|须|需(?!求)|(?<![申邀聘提])请(?!求)|(?<![供反相响适效回答])应(?![用对收付缴届声税急])|将(?![近由])|届时|最多|最少))[^，,。；;]{0,30}?"
    r"(?:(?<![A-Za-z\d.])\d+(?:[.,]\d+)*\s*(?![月日号时点年:：\d]|个?(?:天|小时|分钟)内)[\u4e00-\u9fff%％]|增长|下降|增加|减少|同比|环比|显示)"
)
"""公布，前三季度…增长5.2%: what was released, after the comma (not 公布，考生可登录网站查询)."""


_A_PAPER_BEFORE = re.compile(r"(?:报|社|台|网|刊|》|媒体|杂志)$")
"""A paper or an agency before 于…报道 (《华尔街日报》于10月20日报道称): a report, not 报到."""
_FOR_SOMEONE = re.compile(r"对|于|一般|总的|总体|相对|严格|简单|再|这么|换句话|具体|反过")
_AT_THE_EVENT = re.compile(r"的[^，,。]{1,10}?(?:上|中|里|期间|之际)")
"""在9月召开的股东大会上通过了: a deed at the event the day is of (not 7月开幕的奥运会门票已经售出了, a deed
before an event still to come)."""


_DONE_BEFORE = re.compile(r"(?:已在|已于|已經|已经在?|早在|曾在|曾于|曾經|曾经)\s*$")
_DONE_AFTER = re.compile(
    r"至今|[\u4e00-\u9fff](?<![为除将会要不满])(?<![^看收接听找遇得受碰拿抓见]到)了(?![解结断不得了，,。；;！!？?、」”\s]|$)"
)
"""至今, or a verb with 了 and its object (举行了一场, 发现了520只, 看到了, 收到了: not 到了 alone, a time
reached); not a clause's closing 了 (只有一个月的时间了), 踢不了了, 满了6周岁."""
_SAID_OR_BEFALLEN = re.compile(
    r"表示|宣布|透露|指出|强调|证实|(?<![名简统俗堪号被])称(?![为作号重])|声称|介绍说|回应|披露|发表(?:了)?(?:重要)?(?:讲话|演讲|声明|谈话)"
    r"|通报|(?<![小据听传演游劝解学再难好])说(?![明服法道相书唱好]|不定|不准)|(?:公布|发布(?![会厅]))(?![。；;！？!?\s]|后|时|前|之|日期|时间)|报道|报导|承认|否认"
    r"|发生|抓获|被捕|落网|身亡|遇难|去世|逝世|逮捕|批捕|判处|被判|(?<![雨风潮暑寒浪灾色暴水温雪热霾电火雾雹啸气])警告|重申|呼吁|写道(?!歉)|批评|谴责|抨击|致函|发文"
)
"""A word said or a thing befallen (表示, 宣布, 称, 通报, 公布, 发生, 被捕, 去世), which cannot be ahead of the publication
unless its sentence forecasts, waits or sets a deadline (``_NOT_YET``)."""
_BEFALLEN_BEFORE = re.compile(r"发生(?:在|于)\s*$")
_ODDS_AFTER = re.compile(
    r"可能性|会否|的机会|关注(?![^。；;]{0,12}?(?:此举|这一举措|该举措|这一决定|该决定))[^。；;]{0,20}?(?:能否|能不能|会否|是否)"
)
"""The odds of a word said, after it (央行7月15日宣布降准的可能性较大): not yet said."""
_CAN_OR_NOT = re.compile(r"能否|能不能")
_A_DEFINITION_OR_SPAN = re.compile(r"\s*(?:是|为|起|以后|之后|以来|前后)")
_WILL_SAY = re.compile(r"^\s*(?:会|将|要|拟|准备|计划|打算|可|可以|欢迎)\s*$|(?:[或将也还才就应都不必]|可能|应该|预计|一定|势必|肯定)会|或将")
"""周末会致电, 周五可发文 (right after the day, before the word said), 周五或会发出警告: a word to be said
(not yet); not the 会 of 股东会, 记者会 or 促进会 (在股东会表示)."""
_PLANS_A_DAY = re.compile(r"(?:(?<![项个的革])计划|预定|准备|打算|料|考虑|欢迎|可在|可于)[于在]?\s*$")
"""计划周五宣布, 料周五宣布: a day a word is planned or expected on."""
_NOT_YET = re.compile(
    rf"{_NOT_YET_ALSO}|预期|预料|预测|预报|预计|料于|估计|可能|或于|(?<![董事理委议协学工商社大年例晚舞宴酒记布])会在|将会|还会|会不会|是否|可望"
    r"|最快|最迟|希望|届时|行程|安排|须|要求|请[于在]|敬请|力争|(?<!为)确保|若|只要|只有|除非|等待|等到|等候|有待|待定"
    r"|关注(?!的)|(?<!为)严防|(?<!为)防止|周年|[日月][全偏环]?食|流星|夏至|冬至|春分|秋分|会否|有机会|可能性"
    r"|消息指|消息称|知情人士|有分析|业内人士"
)
"""What in a day's sentence tells a word said or a thing befallen after it is not yet: a forecast, a wait,
a deadline, a condition, an anniversary (逝世88周年), a sky's event (日环食发生在21日)."""
_ANOTHER_DAY = re.compile(r"今天|今日|昨天|昨日|日前|近日|目前|现在|本周|上周|本月|近期|最近")
_NOT_A_DEED_DONE = re.compile(
    r"如果|假如|要是|一旦|(?<!防)万一|等到|等他|等我|等[^，,。]{0,8}?完了|到时|届时|准备|为[^，,。]{0,10}?做"
    r"|约好|说好|就能|就可以"
)
"""A clause whose 了 is no deed done: a condition (如果…完成了, 万一…下了大雨), a wait (等…忙完了), a preparation
(为9月的比赛做足了准备), an arrangement made ahead (26号晚上约好了, 说好了), a projection (到26号…就能完成了).
Not 订了, 请了, 约了 or 预约了, as often a purchase, a hire or a meeting done (23号晚在苏宁易购订了一台笔记本)."""
_AHEAD_BEFORE = re.compile(r"(?:将于|将在|将会在|即将于?|即将在|定于|拟于|计划于|计划在|预定于?|预定在|推迟到|推迟至|延期至|延至|押后至)\s*$")
"""What right before a month or day tells it as a plan (将于1月15日, 预定4月9日, 推迟到4月); not 预计,
a forecast of figures (预计5月CPI) as often as a plan."""
_A_VERBS_LE = r"[\u4e00-\u9fff](?<![为除到将会要])了(?![解结断不得])"
"""A verb's 了 (not 为了, 除了, 了解, 了结, 了不得)."""
_ONCE_PLANNED = re.compile(rf"{_A_VERBS_LE}|已")
"""A clause that tells a plan as done already (已于, 推出了): no plan ahead."""
_A_PLAN_GONE_BY = re.compile(r"原|本应|本来|曾|此前|早前|(?:但|却|然而|不过)[^。！？!?\n]*?(?:已|了)|取消|告吹|推迟|延期")
"""A sentence that tells a plan as once made (原计划于5月, 此前宣布将于3月…被迫取消, 计划于5月完成，但已经延误了)."""
_A_DATELINES_END = re.compile(r"\s*(?:专)?[电讯]|\s*(?:上午|下午|晚间|早间|晚)?消息")


def _in_named_month_or_year(folded: str, hits: list[Hit], published: datetime | None) -> list[Hit]:
    """新华社上海11月30日电 …30日上午: a bare day after a date of another month in its paragraph,
    and not before that date's day, is a day of that month (it was 30 December in an article
    published on 1 December), as a dateline names the month its story's days are in. Likewise
    a day and month after a date of another year (2016年12月14日…12月16日, in its paragraph or
    opening the next ones, as a timeline's entries do; or after a month of it, 2004年10月下旬…
    11月4日) is in that year, and so is a month alone
    after a year written out (2010年4月份发布，5月份上市)."""
    if published is None:
        return hits
    read: list[Hit] = []
    month: date | None = None
    month_at = 0  # where the hit that named ``month`` starts
    span_last: date | None = None  # the last day of the range of days that named ``month``, if a range did
    year: date | None = None
    year_at = 0  # where the hit that named ``year`` ends
    written: tuple[date, int, bool, bool, int, bool] | None = None  # the last date with its year written out (2010年4月份),
    # and where it ends: a bare month after it in its sentence is in its year (not after 明年)
    moved: tuple[str, int] | None = None  # the last day moved here (as read before) and by how many days
    for hit in hits:
        as_read = hit
        between = folded[read[-1].end if read else 0 : hit.start]
        text = folded[hit.start : hit.end]
        if "\n" in between:
            month, written = None, None
            hit, year, moved = _after_a_break(folded, hit, text, (year, year_at), moved, published)
        if moved is not None and _THE_DAY_AFTER.match(text):
            hit = _moved_along(hit, *moved)  # 3月5日开幕，8日闭幕，次日离京: the 9th of March, not of June
        elif month is not None and (bare := _BARE_DAY.match(text)) and not _NAMES_MONTH.search(text):
            hit = _a_bare_day_after(folded, hit, text, (month, month_at, span_last), _int(bare["d"]), published)
        elif year is not None and (named := _MONTH_DAY.match(text)) and "年" not in text \
                and not UP_TO_NOW.search(text):
            onwards = (_int(named["m"]), _int(named["d"])) >= (year.month, year.day)
            same_paragraph = "\n" not in folded[year_at : hit.start]  # not a table's or timeline's stale year
            back = not onwards and same_paragraph and _ahead(folded, hit, published, year.year, year_at)
            anchor = _nearest_year(year, _int(named["m"]), _int(named["d"])) if back else year
            earlier = None if onwards or back else _an_earlier_month_of(folded, hit, year, _int(named["m"]), False, published)
            anchor = earlier or anchor  # １９９７年３月３日，…２月２０日: 1997's, not the publication's
            hit = _read_at(hit, text, anchor, published, onwards or anchor != year or earlier is not None, same_month_too=earlier is not None)
        elif written is not None and not FULL_STOP.search(folded, written[1], hit.start):
            hit = _in_written_year(folded, hit, text, written, published)
        moved = _how_far_moved(as_read, hit) or (moved if _THE_DAY_AFTER.match(text) else None)
        one_day, span = _one_day_named(hit, text), _a_short_range(hit, text)
        day = one_day or (span[0] if span else None)
        month, month_at = (day, hit.start) if day else (month, month_at)
        span_last = span[1] if span and not one_day else (None if day else span_last)
        named_year = _year_named(folded, hit, text, day)
        year, year_at = (named_year, hit.end) if named_year is not None else (year, year_at)
        written_out = _the_years_date(hit, text, day)
        opened = written_out is None and _YEAR_WRITTEN.match(text) is not None and not UP_TO_NOW.search(text) and _within_a_year(hit)
        written_out = written_out or (_first_day(hit) if opened else None)  # 2025年春节假期为1月28日至2月4日
        year_alone = _YEAR_WRITTEN.fullmatch(text)
        back = bool(_COUNTED_BACK.match(text))  # 去年7月: a year counted back from now
        reach = _reach_of_a_year(folded, hit) if year_alone else 0
        written = (written_out, hit.end, bool(year_alone), back, reach, opened) if written_out is not None else written
        read.append(hit)
    return read


def _the_years_date(hit: Hit, text: str, day: date | None) -> date | None:
    """The date a hit with its year written out gives the months and days after it in its sentence:
    its day (2010年4月5日), its month's first (2010年4月份…5月份; 当年9月…10月) or its year's first
    (在2004年岁末…12月27日)."""
    if year_alone := _YEAR_WRITTEN.fullmatch(text):
        return date(int(year_alone["y"]), 1, 1)
    first = _first_day(hit)
    if first is not None and (_YEAR_MONTH.fullmatch(text) or _SAID_YEAR_MONTH.fullmatch(text)):
        return first
    return day if day is not None and _DIGIT_YEAR.search(text) else None


def _within_a_year(hit: Hit) -> bool:
    """Whether the hit's span is a year long at most (2025年春节假期, 2024年冬季; not 2022年至2024年, whose
    later months are as often its last year's as its first's)."""
    first, last = _first_day(hit), date.fromisoformat(hit.detail.last[:10]) if hit.detail is not None and hit.detail.last else None
    return first is not None and last is not None and (last - first).days <= _A_YEARS_DAYS


_A_YEARS_DAYS = 366


def _first_day(hit: Hit) -> date | None:
    """The first day of the hit's value, if it has one."""
    return date.fromisoformat(hit.detail.first[:10]) if hit.detail is not None and hit.detail.first else None


def _after_a_break(folded: str, hit: Hit, text: str, year: tuple[date | None, int], moved: tuple[str, int] | None,
                   published: datetime) -> tuple[Hit, date | None, tuple[str, int] | None]:
    """A hit in a paragraph after the last one's: the year named before it goes on where it opens
    the paragraph (a timeline's entry) or is a past story's day; 当天, 隔天 still tell the day
    before them, and move with it."""
    if _THE_DAY_AFTER.match(text):
        return hit, year[0], moved
    if folded[hit.start - 1 : hit.start] == "\n":
        return hit, year[0], None
    return *_in_a_past_storys_year(folded, hit, text, *year, published), None


def _in_a_past_storys_year(folded: str, hit: Hit, text: str, year: date | None, year_at: int,
                           published: datetime) -> tuple[Hit, date | None]:
    """A day and month inside a paragraph after one that named a past year (a court story's
    2024年9月16日…。 / 被两度捅伤的猫在9月23日被发现): that year's, when read in the publication's
    year it would come after the publication, nothing in its sentence looks ahead or tells a
    schedule (举行, 召开, 开售, 判刑), going on from the year's day; and the year goes on (a coming
    event's 大选11月5日举行 after a background paragraph stays ahead). Else the year is dropped, as a paragraph's
    date no longer carries it (a table's or another story's)."""
    named = _MONTH_DAY.match(text)
    if year is None or named is None or "年" in text or UP_TO_NOW.search(text) or year.year >= published.year \
            or (_int(named["m"]), _int(named["d"])) < (year.month, year.day) \
            or not _ahead(folded, hit, published, year.year, year_at) \
            or not _told_as_a_past_storys(folded, hit):
        return hit, None
    return _read_at(hit, text, year, published, True), year


def _told_as_a_past_storys(folded: str, hit: Hit) -> bool:
    """Whether a day's sentence tells a deed done (了, 被, 当时, 随后) or at least no schedule or
    deadline to come (举行, 召开, 会在, 须在…前, 最迟, 暂定)."""
    start, end = sentence_start(folded, hit.start), sentence_end(folded, hit.end)
    if _TOLD_PAST.search(folded, start, end):
        return True
    return not _SCHEDULED.search(folded, start, end) and not _TO_COME.search(folded, start, end)


_TOLD_PAST = re.compile(rf"{_A_VERBS_LE}|已经|已于|被(?!告)|当时|随后")
_TO_COME = re.compile(r"会在|要在|须在|需在|必须在|最迟|期限|截至|截止|暂定|订于|准备|执行|之前完成|前完成")
"""A deadline or plan to come in a day's sentence, with no 将 (须在10月6日前, 最迟10月6日, 订于)."""


_SCHEDULED = re.compile(
    r"举行|举办|召开|开幕|闭幕|开售|开学|开庭|提堂|判刑|宣判|启用|上路|生效|实施|截止|开放|投入使用|通车|开通|开跑|开赛|揭晓|届时|日期为|定于|定在"
)
"""What a coming event's sentence says with no 将 (本届大选11月5日举行, 下次提堂日期为7月5日, 新票价7月1日上路):
a schedule, which a past story's year does not take."""


def _month_of_a_bare_day(folded: str, hit: Hit, named: date, named_at: int, said: int) -> date | None:
    """The month a bare day after a day named in its paragraph is of, or None for the
    publication's: the named day's for a day on or after it, or up to a fortnight before a day
    told as past (据国外媒体12月16日报道，摩托罗拉15日…: 15 December; 11月4日电…3日说); the month after
    for an earlier day a dateline's story looks ahead to (11月30日电…将于1日起: 1 December; 本月29日上映，
    将出席27日的试映 stays in the month). Not before a
    day still ahead (将于7月20日施行…11日召开发布会: the publication's month)."""
    if said >= named.day:
        return named
    named_ahead = _AHEAD_IN_ITS_CLAUSE.search(folded, sentence_start(folded, named_at, CLAUSE_STOPS), named_at)
    ahead = _AHEAD_IN_ITS_CLAUSE.search(folded, sentence_start(folded, hit.start, CLAUSE_STOPS), hit.start)
    if named_ahead:
        return named if ahead else None  # 将于8月20日起施行，市政府将于10日召开: 10 August
    if ahead and _A_DATELINES_DAY.match(folded, named_at):
        return (named.replace(day=1) + timedelta(days=32)).replace(day=1)
    if ahead:
        return named
    return named if named.day - said <= _A_FORTNIGHT else None


_A_FORTNIGHT = 15
_A_DATELINES_DAY = re.compile(r"[^，,。；;\n]{0,12}?[日号]\s*(?:电|讯|消息|报道)")
"""A day a dispatch is dated (11月30日电, 9月8日讯, 7月10日报道)."""
_AHEAD_IN_ITS_CLAUSE = re.compile(r"将|计划|拟|预计|预定|届时")


_THE_DAY_AFTER = re.compile(r"(?:当天|当日|同日|同一天|同一日|当晚|当夜|次日|翌日|隔天|隔日|次晨|翌晨|第二天|前一天|前一日|前一晚)")
"""A day told by the one before it (see ``date_anaphora``): it moves with that day."""


def _how_far_moved(before: Hit, after: Hit) -> tuple[str, int] | None:
    """The day a hit was read on and how many days it has moved since, if it has."""
    first, last = (h.detail.first if h.detail is not None else None for h in (before, after))
    if not first or not last or first[:10] == last[:10]:
        return None
    return first[:10], (date.fromisoformat(last[:10]) - date.fromisoformat(first[:10])).days


def _a_words_day_in_its_month(folded: str, hit: Hit, published: datetime | None) -> Hit:
    """昨天30日 (or 30号) on 1 July: 30 June, the day of the word's own month (the library took the
    publication's: 30 July); a number not within three days of the word's day is left as read."""
    said = _WORD_THEN_ITS_DAY.match(folded, hit.start, hit.end)
    if said is None or published is None or not _A_DAYS_VALUE.match(hit.value):
        return hit
    day = _the_words_day(said, published)
    near = [day + timedelta(days=k) for k in (0, -1, 1, -2, 2, -3, 3) if (day + timedelta(days=k)).day == int(said["n"])]
    read = date.fromisoformat(hit.value[:10])
    if not near or near[0] == read:
        return hit
    return _shifted(hit, (near[0] - read).days)


def _moved_along(hit: Hit, day: str, days: int) -> Hit:
    """A 次日 or 当天 read from a day that has since moved (8日 from June to March), moved with it."""
    if hit.detail is None or not hit.detail.first or abs((date.fromisoformat(hit.detail.first[:10]) - date.fromisoformat(day)).days) > 1:
        return hit
    return _shifted(hit, days)


def _shifted(hit: Hit, days: int) -> Hit:
    """The hit so many days on (or back), its value and its detail; one read to the month or
    coarser (3个月后 as 2024-09) is left as it is."""
    if hit.detail is None or not _A_DAYS_VALUE.match(hit.value):
        return hit
    value = "/".join(day_moved(end, days) if len(end) >= 10 else end for end in hit.value.split("/"))
    return Hit(hit.kind, hit.start, hit.end, value, detail_moved(hit.detail, days))


_A_DAYS_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")
"""A value that opens with a day (2024-06-12, 2024-06-12T10:00), not a month's or a year's."""
_SO_LONG_AFTER_IT = re.compile(r"[\d一二两三四五六七八九十]{1,3}\s*(?:天|日|个?星期|个?礼拜|周|个月)\s*(?:以后|之后|后)")
"""10天后, 两个星期后: counted from the day before it in its sentence, and moved with it."""
_A_MONTHS_VALUE = re.compile(r"\d{4}-\d{2}")


def _parts_in_the_year_said(folded: str, hits: list[Hit], published: datetime | None) -> list[Hit]:
    """去年，广东经济经历了年初下探、三季度企稳回升: a part of a year with no year of its own after a
    year said alone to open its sentence or a clause (去年，…; 2013年，…; 据预测，2013年…将在年底) is that year's (it was the publication's);
    not after a year said inside it (公司成立于2010年，三季度营收…)."""
    if published is None:
        return hits
    read: list[Hit] = []
    said: _YearSaid | None = None  # the year said alone last
    as_of: tuple[date, int, bool] | None = None  # a day with its year figures are as of or out on, where it ends, and whether 截至
    for hit in hits:
        text = folded[hit.start : hit.end]
        if read and (listed := _listed_after_its_year(folded, read[-1], hit, text, published)) is not None:
            read.append(listed)
            continue
        if said is not None and _YEAR_PART_ALONE.fullmatch(text) and not FULL_STOP.search(folded, said[1], hit.start):
            hit = _in_the_year_said(folded, said, hit, text, published)
        elif as_of is not None and _YEAR_PART_ALONE.fullmatch(text) and not FULL_STOP.search(folded, as_of[1], hit.start):
            hit = _up_to_the_day(folded, hit, text, as_of, published)
        elif (year := _YEAR_SAID_ALONE.fullmatch(text)) and _opens_a_clause(folded, hit.start) \
                and not _DESCRIBES.match(_clause_after(folded, hit.end)):  # 2000年出生的人群: a year that describes
            number = int(year["y"]) if year["y"] else published.year - (2 if year["back"] == "前" else 1)
            part = hit.detail.first if year["part"] and hit.detail is not None and hit.detail.first else ""
            said = (date(number, 1, 1), hit.end, part) if number != published.year else None
        elif "年" in text and not _YEAR_PART_ALONE.fullmatch(text):
            said = None  # 去年，…；今年，三季度…: a year said again takes over
        as_of = _figures_day(folded, hit, text) or (as_of if "年" not in text or _YEAR_PART_ALONE.fullmatch(text) else None)
        read.append(hit)
    return read


def _figures_day(folded: str, hit: Hit, text: str) -> tuple[date, int, bool] | None:
    """A day with its year written that figures after it are as of (截至2012年9月30日，前三季度…;
    截至2023年12月末, its month's last day) or were released on (国家统计局2012年10月18日公布，前三季度…),
    where it ends, and whether as of."""
    as_of = bool(_AS_OF_RIGHT_BEFORE.search(folded, max(0, hit.start - 3), hit.start))
    day = _one_day_named(hit, text)
    if day is None and as_of and hit.detail is not None and hit.detail.last and _A_MONTHS_END.search(text):
        day = date.fromisoformat(hit.detail.last[:10])  # 截至2023年12月末: as of 31 December
    elif day is None or day.day == 1 and not _BARE_DAY.search(text):
        return None
    if not _DIGIT_YEAR.match(text):
        return None
    return (day, hit.end, as_of) if as_of or _RELEASED_RIGHT_AFTER.match(folded, hit.end) else None


_A_MONTHS_END = re.compile(r"月(?:末|底)$")
_FIGURES_OUT = re.compile(rf"{_FIGURES_TOLD.pattern}|增长|下降|增加|减少|GDP|\d(?:\.\d+)?\s*%")
_PLANNED_DEED = re.compile(r"投产|开工|竣工|完工|建成|上市|推出|启用|开通|开业|开幕|施行|生效|上线|开启|量产|交付|实现")


_AS_OF_RIGHT_BEFORE = re.compile(r"(?:截至|截止|截止到|截止至)\s*$")
_RELEASED_RIGHT_AFTER = re.compile(r"\s*(?:[上下]午|晚间)?(?:公布|发布(?!会)|宣布|发表|披露)")


def _up_to_the_day(folded: str, hit: Hit, text: str, as_of: tuple[date, int, bool], published: datetime) -> Hit:
    """前三季度 after 截至2012年9月30日: with figures told as out, the latest such part begun by that
    day, in its year or the year before (2013年1月18日公布，第四季度…增长7.9%: 2012's fourth quarter);
    else a part to come (2024年3月15日发布，预计二季度…: 2024's; 2023年12月20日宣布，一季度投产: 2024's)."""
    day = as_of[0]
    moved = _read_at(hit, text, date(day.year, 1, 1), published, True, same_month_too=True)
    first = moved.detail.first if moved.detail is not None else None
    clause_end = _the_next_clauses_end(folded, hit)  # 四季度，GDP同比增长5.2%: the clause after too
    clause = sentence_start(folded, hit.start, CLAUSE_STOPS), clause_end
    own = clause[0], sentence_end(folded, hit.end, CLAUSE_STOPS)
    last = moved.detail.last if moved.detail is not None else None
    if first and first[:10] > day.isoformat():
        ahead = _LOOKS_AHEAD_HERE.search(folded, *clause) or _A_FORECAST.search(folded, *clause) or _PLANNED_DEED.search(folded, *clause) \
            or _A_DEFINITION_OR_SPAN.match(folded, hit.end)
        years = -1 if _FIGURES_OUT.search(folded, *clause) and not ahead else 0  # 2013年1月18日公布，第四季度…增长7.9%: 2012's
    else:
        planned = _LOOKS_AHEAD_HERE.search(folded, *own) or _A_FORECAST.search(folded, *own) \
            or _PLANNED_DEED.search(folded, *own) and not _FIGURES_OUT.search(folded, *clause)  # not 三季度实现营业收入…，同比增长
        years = 1 if planned and not as_of[2] and last and last[:10] < day.isoformat() else 0  # 2023年12月20日宣布，一季度投产: 2024's
    return moved if not years else _read_at(hit, text, date(day.year + years, 1, 1), published, True, same_month_too=True)


_YearSaid = tuple[date, int, str]
"""A year said to open a clause: its first day, where it ends, and the first second of its part
if it was said with one (2012年上半年), else ""."""


def _in_the_year_said(folded: str, said: _YearSaid, hit: Hit, text: str, published: datetime) -> Hit:
    """A part of a year read in the year said before it, where its clause allows; after a part of
    that year, only a part later than it (2023年第四季度和第一季度: not 2023's first)."""
    if not _still_that_year(folded, said, hit, published):
        return hit
    moved = _read_at(hit, text, said[0], published, True, same_month_too=True)
    first = moved.detail.first if moved.detail is not None else None
    from_its_start = said[2][5:10] == "01-01"  # 2012年前三季度，其中一季度: within it
    return moved if not said[2] or first and (first > said[2] or from_its_start) else hit


def _listed_after_its_year(folded: str, before: Hit, hit: Hit, text: str, published: datetime) -> Hit | None:
    """2011年第一季度和第二季度, 2011年上半年和下半年: a part of a year listed right after a part of a
    written year is of that year (it was the publication's), or None."""
    if not _YEAR_PART_ALONE.fullmatch(text) or not _LISTED_WITH.fullmatch(folded, before.end, hit.start):
        return None
    year = _A_YEARS_PART.fullmatch(folded, before.start, before.end)
    if year is None:
        return None
    listed = _read_at(hit, text, date(int(year["y"]), 1, 1), published, True, same_month_too=True)
    first, last = (h.detail.first if h.detail is not None else None for h in (before, listed))
    return listed if first and last and last > first else None  # 2023年第四季度和第一季度: not 2023's first


_LISTED_WITH = re.compile(r"\s*(?:和|及|与|以及|、|或)\s*")
_A_YEARS_PART = re.compile(r"(?P<y>\d{4})\s*年\s*(?:第?[一二三四1-4]季度|[上下]半年)")


def _still_that_year(folded: str, said: _YearSaid, part: Hit, published: datetime) -> bool:
    """Whether a part of a year is the year said before it: not where its own clause looks ahead
    (去年是最困难的一年，下半年将加大投入: this year's), unless the year's clause looked ahead too, to
    a year now past (据预测，2013年…将稳步提升，普及速度将会在年底达到高峰: a forecast of 2013)."""
    start = max(sentence_start(folded, part.start, "，,；;"), said[1])
    if not _LOOKS_AHEAD_HERE.search(folded[start : part.end] + _clause_after(folded, part.end)):
        return True
    if said[2] and said[0].year <= published.year - 2 and not _NOW_AGAIN.search(folded, said[1], part.start):
        return True  # 2012年上半年…，但第四季度预计将下滑: told in 2012 (not …目前…预计第四季度将: this year's)
    return said[0].year < published.year and bool(_LOOKS_AHEAD_HERE.search(_clause_after(folded, said[1])))


_DESCRIBES = re.compile(r"[^的]{1,4}的")
"""A year before a short verb and 的 (2000年出生的, 去年台风造成的): it describes a noun, and tells
no time of its clause (去年全区各项存款和贷款的增幅 does)."""


def _clause_after(folded: str, at: int) -> str:
    """The words from ``at`` to the end of their clause."""
    return _CLAUSE_BREAK.split(folded[at : sentence_end(folded, at)], maxsplit=1)[0]


def _opens_a_clause(folded: str, at: int) -> bool:
    """Whether a year opens its sentence or a clause of it (去年，…; 据预测，2013年4K电视市场将…),
    as the time it tells of; not one said inside a clause (公司成立于2010年，…)."""
    start = sentence_start(folded, at)
    clause = _CLAUSE_BREAK.split(folded[start:at])[-1]
    return clause.strip() in ("", "在", "早在")


_CLAUSE_BREAK = re.compile(r"[，,；;：:]")
_YEAR_PART_ALONE = re.compile(r"第?[一二三四1-4]季度|第[一二三四1-4]季|首季|[上下]半年|前[一二两三1-3]个?季度|年初|年中|年底|年末")
_YEAR_SAID_ALONE = re.compile(r"(?P<y>\d{4})\s*年(?P<part>第?[一二三四1-4]季度|[上下]半年|前[一二两三1-3]个?季度)?|(?P<back>[去前])年")
"""A year said to open a clause, alone or with a part of it (2012年上半年，…; 第四季度 after it is 2012's)."""


def _month_before_the_named(folded: str, hits: list[Hit]) -> list[Hit]:
    """4月份进出口增长8%，一举扭转上月负增长: 上月 after a month its sentence names, which 上月
    counted from the publication would be, is the month before that one (March), as statistics
    are reported, and so it is after any month named where the sentence compares with it (3月份…比上月
    下降: February; not 与上月确定的方案, the month before the publication's); else it stays the month
    before the publication's."""
    read: list[Hit] = []
    for hit in hits:
        if _LAST_MONTH.fullmatch(folded, hit.start, hit.end):
            start = sentence_start(folded, hit.start)
            named = next((h for h in reversed(read) if start <= h.start and _A_MONTHS_VALUE.fullmatch(h.value)
                          and not (_LAST_MONTH.fullmatch(folded, h.start, h.end) and _COMPARED_WITH.search(folded, max(0, h.start - 2), h.start))),
                         None)  # 较上月…较上月: both March; 上月出口…较上月: the month before the one reported
            compared = _COMPARED_WITH.search(folded, max(0, hit.start - 2), hit.start)
            if named is not None and (named.value == hit.value or compared):
                year, month = add_months(int(named.value[:4]), int(named.value[5:7]), -1)
                hit = _revalued(folded, hit, f"{year:04d}-{month:02d}")
        read.append(hit)
    return read


_LAST_MONTH = re.compile(r"上个?月份?")
_A_MONTHS_VALUE = re.compile(r"\d{4}-\d{2}")
_COMPARED_WITH = re.compile(r"(?:比|较|环比)$")
"""3月份…比上月下降: the month compared with is the one before the month named, whichever it is."""


def _ahead(folded: str, hit: Hit, published: datetime, named: int, year_end: int) -> bool:
    """Whether a hit as read begins after the publication (a past story's 12月27日 read into
    the publication's year) and, where the year ``named`` before it is past, its sentence does
    not look ahead (将于2月1日起生效, 计划于3月, 2月将回乡): only then may that
    year take it back (a coming year's 将于8月21日 is that year's). An event named by a year two or
    more before the publication's takes it back even so: 2011年第十届南京车展将于9月29日开幕 tells
    that year's plan, as a page copied years later still says it (not 2019年加盟球队，合同将于12月31日
    到期, a deed's year; nor a year just past, whose report may come out in this one)."""
    first = hit.detail.first if hit.detail is not None else None
    if first is None or datetime.fromisoformat(first) <= published.replace(tzinfo=None):
        return False
    if named >= published.year:
        return True
    if named <= published.year - 2 and _AN_EVENTS_PLAN.fullmatch(folded, year_end, hit.start) \
            and not _A_THEME_OR_A_FIRST.search(folded, max(0, year_end - 9), year_end) \
            and not _THIS_YEARS.search(folded, sentence_start(folded, hit.start), sentence_end(folded, hit.end)):
        return True
    return not _LOOKS_AHEAD.search(folded, sentence_start(folded, hit.start), sentence_end(folded, hit.end))


_AN_EVENTS_PLAN = re.compile(
    r"(?:的)?(?:第[\d一二三四五六七八九十]{1,3}届)?(?:(?![的为以办立始念题次])[\u4e00-\u9fff\w]){0,10}?"
    r"(?:[^\W\d_](?<![发进拓扩开施伸延舒])展|展览会?|博览会|交易会|广交会|运动会|奥运会?|亚运会|全运会|世博会|冬奥会|世界杯|锦标赛|联赛|电影节|艺术节|音乐节|论坛|峰会|年会|大会)"
    r"(?:将于?|预定于?|定于|拟于)"
)
"""2011年第十届南京车展将于, 2009年东京电玩展预定: an event the year names, then its plan (the date
follows right after); not 2018年创办的博览会, 以2008年奥运会为主题的展览."""
_THIS_YEARS = re.compile(r"今年|明年|现在|如今")
"""Words that put a plan in the publication's time (召开今年的会议), not 本届 or 此次 (the event named)."""
_A_THEME_OR_A_FIRST = re.compile(r"(?:以|纪念|庆祝|回顾|自|从|于|在)\d{4}年$")
"""以2008年…为主题, 纪念1949年…, 自2015年…: the year of a theme or of a first, not of the plan."""
_LOOKS_AHEAD = re.compile(
    r"(?<![即必])将(?![近军领士来])|(?:计划|预定|准备|打算)(?=于|在|将|[明今下]|[\d一二三四五六七八九十])|预计|(?<![模虚草比])拟|有望|即将|届时|到期|(?<=[将才起日号])\s*(?:生效|实施)"
)
"""Words of a sentence that tells of what is to come (计划 as a verb: not 安居计划推出; 生效 and
实施 of a day or after 将, 才 or 起: not 實施特別措施, which a story's government did)."""
_LOOKS_AHEAD_HERE = re.compile(rf"{_LOOKS_AHEAD.pattern}|(?<![需重主只想])要(?![求素点闻害道紧是])|还将")
"""A clause telling of what is to come, 要 (年底前要完成) and 还将 too."""


def _in_written_year(folded: str, hit: Hit, text: str, written: tuple[date, int, bool, bool, int, bool], published: datetime) -> Hit:
    """A month alone, or a day and month, said after a year written out in its sentence
    (2010年4月份发布，5月份上市; 在2004年岁末…于12月27日; 当年9月…10月): in that year when it
    goes on from its month, or when the publication's year would put it in the future of a
    sentence that does not look ahead (``_ahead``). Not after a period running on
    (自2021年7月起…最近一次于11月20日) nor up to now (至今). After a year counted back (去年7月…8月)
    only a later month goes on from it, not the same one compared (与去年10月相比，10月份) nor a
    forecast's (去年10月则下降，11月预计持平). A year alone opening the sentence is what it tells
    of: its months and days are that year's (1999年，他签约唱片公司，1月推出专辑; 2017年，…，9月18至
    23日), not the publication's."""
    anchor, end, year_alone, back, reach, opened = written
    if opened:
        return _in_a_spans_year(folded, hit, text, anchor, end, published)
    opens = hit.start < reach and "—" not in folded[end : hit.start] and not _turns_to_now(folded, end, hit)
    # 2019年又表示「…」——这也就是为什么当8月18日: now again
    if UP_TO_NOW.search(text) or back and _LOOKS_AHEAD.search(folded, hit.end, sentence_end(folded, hit.end)):
        return hit
    if alone := _MONTH_ALONE.fullmatch(text) or _MONTHS_RANGE.fullmatch(text):  # 从9月直到11月 too
        month = _int(alone["m"])
        onwards = opens or not year_alone and (month > anchor.month if back else month >= anchor.month)  # 2010年4月份发布，5月份上市
        if not onwards and (earlier := _an_earlier_month_of(folded, hit, anchor, month, back, published)) is not None:
            return _read_at(hit, text, earlier, published, True, same_month_too=True)
        return _read_at(hit, text, anchor, published, onwards or _ahead(folded, hit, published, anchor.year, end))
    if (day := _MONTH_DAY_ON.match(text)) and "年" not in text and not _RUNS_ON.match(folded, end):
        if not opens and (earlier := _an_earlier_month_of(folded, hit, anchor, _int(day["m"]), back, published)) is not None:
            return _read_at(hit, text, earlier, published, True, same_month_too=True)
        anywhere = year_alone and (folded[end : end + 1] in ("，", ",", " ") or _holiday_word().match(folded, end) is not None
                                   or folded.startswith(_A_SEASONS_RUN, end)  # 2025年春运自1月14日开始，至2月22日结束
                                   or _LOOKS_AHEAD.search(folded, end, hit.start) is not None)  # 2025年全国高考将于6月7日
        coming = _a_coming_years_day(hit, anchor, published, anywhere)
        return _read_at(hit, text, anchor, published, opens or coming or _ahead(folded, hit, published, anchor.year, end))
    return hit


_A_SEASONS_RUN = ("春运", "寒假", "暑假", "春季学期", "秋季学期")
"""The runs of days a year names that the days after it in its sentence fall in (2025年春运…至2月22日)."""


def _in_a_spans_year(folded: str, hit: Hit, text: str, anchor: date, end: int, published: datetime) -> Hit:
    """A month or a day after a span that opens with its year (2012年度, 2025年春节假期), in its sentence:
    in that year where, read in the publication's, it would come after the publication of a story of
    a year gone by (获得2012年度…资格的名单已于12月9日公示), or it has passed and the span is to come
    (2025年春节假期为1月28日至2月4日, told in November 2024); else as read (2025年度公务员考试笔试于12月1日举行)."""
    said = _MONTH_ALONE.fullmatch(text) or _MONTHS_RANGE.fullmatch(text) \
        or _MONTH_DAY_ON.match(text) and "年" not in text and not _RUNS_ON.match(folded, end)
    if not said or UP_TO_NOW.search(text):
        return hit
    scheduled = _AHEAD_BEFORE_A_DAY.search(folded, max(0, hit.start - 4), hit.start)  # 2024年度业绩说明会定于3月28日: ahead
    gone_by = anchor.year < published.year and not scheduled and _ahead(folded, hit, published, anchor.year, end)
    return _read_at(hit, text, anchor, published, gone_by or _a_coming_years_day(hit, anchor, published, False))


def _a_coming_years_day(hit: Hit, anchor: date, published: datetime, anywhere: bool) -> bool:
    """2025年春节假期为1月28日至2月4日, 2025年元旦放假1天，即1月1日 (told in November 2024): a day the
    publication's year has passed, after a year to come said in its sentence, is that year's (it was
    read as the January gone by): ``anywhere`` in it after the year alone before a comma or a feast, or
    told as ahead (2025年全国高考将于6月7日至10日举行), else within a month of the span the year opened;
    not 2027年女足世界杯主办权于5月17日揭晓 nor 2026年米兰冬奥会圣火于5月26日…点燃: the event's year, not the day's."""
    first = hit.detail.first if hit.detail is not None else None
    if anchor.year <= published.year or first is None or first[:10] >= published.date().isoformat():
        return False
    there = date(anchor.year, int(first[5:7]), 1)
    return anywhere or abs((there - anchor.replace(day=1)).days) <= _A_FORTNIGHT * 2


def _an_earlier_month_of(folded: str, hit: Hit, anchor: date, month: int, back: bool, published: datetime) -> date | None:
    """Where a month said before the month of a date written years before the publication is read:
    told as before it (２００５年５月１日，他回忆说，他４月２０日就已经离开了, 此前的2月8日), in its year;
    more than half a year before it, in the next (2016年12月14日发表声明，1月5日召开会议: 2017), as a
    story told forwards crosses the year. Else None, the publication's: a few months before it with
    nothing telling a flashback is as often a later news peg (1935年10月12日出生…5月30日病逝). None too
    for a later month, a year counted back (去年), one not two years before the publication, or in a
    sentence that looks ahead (2024年11月15日，被告被捕。2月10日，案件将…开审)."""
    if back or not 0 < month < anchor.month or anchor.year > published.year - 2 \
            or _LOOKS_AHEAD_HERE.search(folded, hit.end, sentence_end(folded, hit.end)):
        return None
    if _A_FLASHBACK.search(folded, max(sentence_start(folded, hit.start), hit.start - 6), hit.start) or _DONE_ALREADY_AFTER.match(folded, hit.end) \
            or _THEN_RIGHT_BEFORE.search(folded, max(0, hit.start - 4), hit.start):
        return anchor.replace(day=1)
    return date(anchor.year + 1, 1, 1) if anchor.month - month > 6 else None


_A_FLASHBACK = re.compile(r"此前的?|之前的?|早在|早于|当时(?:是|为|的(?!计划|规划|目标|构想|协议|设想|打算|安排|方案|预期|预计))|回顾|追溯到?|回忆说?，?他?")
_THEN_RIGHT_BEFORE = re.compile(r"当时(?:是|的|为)?\s*$")
"""当时2月, 当时是5月8日: then, right before the day (not 当时商定1月8日, a plan made then)."""
_DONE_ALREADY_AFTER = re.compile(r"\s*(?:就已经?|已经|便已|早已|就曾|曾经?)")


def _tells_its_sentence(folded: str, year: Hit) -> bool:
    """Whether a year alone opens its sentence as the time it tells of: set off by a comma
    (2017年，…) or before what a life or a career did (1999年将唱片签约于…); not a year that
    names an event, an edition or a birth (2026年米兰冬奥会圣火于…, 2017年版的规定). A date after
    words that turn to now stays now's (see ``_turns_to_now``)."""
    start, end = sentence_start(folded, year.start), sentence_end(folded, year.end)
    if _OPENS_ITS_SENTENCE.fullmatch(folded, start, year.start) is None:
        return False
    clause = re.split(r"[，,；;]", folded[year.end : end], maxsplit=1)[0]
    return folded[year.end : year.end + 1] in "，," or bool(_WHAT_A_LIFE_DID.search(clause))


def _reach_of_a_year(folded: str, year: Hit) -> int:
    """Up to where a year alone makes the months after it its own: its whole sentence where it
    opens it (``_tells_its_sentence``) or frames it (在2011年里，6月份…); its own clause where it is
    when that clause's deed was done (发表于2011年《大众软件》1月上, 他在2023年5月… is a date of its
    own); else nowhere (0). A month in a later clause is often this year's again (台積電在2022年宣布
    赴日設廠，熊本廠於2月24日開幕; 曾在2018年夺冠的他，5月12日…)."""
    if _tells_its_sentence(folded, year) or _FRAMED.match(folded, year.end) and _IN_THE_YEAR.search(folded, max(0, year.start - 2), year.start):
        return sentence_end(folded, year.end)
    if not _the_time_of_its_clause(folded, year):
        return 0
    end = sentence_end(folded, year.end, CLAUSE_STOPS)
    if _GOES_ON.match(folded, end + 1):  # 他于1999年签约唱片公司，并于1月推出首张专辑: the same story's next deed
        end = sentence_end(folded, end + 1, CLAUSE_STOPS)
    return end


_GOES_ON = re.compile(r"\s*(?:并|並|随后|隨後|其后|其後|后又|後又|又于|又於|同年)")
_FRAMED = re.compile(r"(?:里|内|中|期间)[，,]")


def _the_time_of_its_clause(folded: str, year: Hit) -> bool:
    """Whether a year inside its clause is when that clause's deed was done: said with 在 or 于
    before it and no noun after it (not 在2023年的基础上, 在2026年冬奥会上), or with 曾 in its
    clause. Not in a sentence that looks ahead."""
    end = sentence_end(folded, year.end)
    if _LOOKS_AHEAD.search(folded, sentence_start(folded, year.start), end):
        return False
    clause = re.split(r"[，,；;]", folded[year.end : end], maxsplit=1)[0]
    said_in = bool(_IN_THE_YEAR.search(folded, max(0, year.start - 2), year.start)) and not _A_NOUN_OF_THE_YEAR.match(folded, year.end)
    return said_in or "曾" in clause


_IN_THE_YEAR = re.compile(r"(?:在|(?<![低高大小等多少相属处对关由鉴基善])[于於])$")
"""在 or 于 saying when (在2023年, 早于2024年), not 于 of a comparison or a verb (低于2011年, 属于)."""
_A_NOUN_OF_THE_YEAR = re.compile(r"\s*(?:的|版|度|[冬夏]?奥|世界杯|亚运|全运|春晚|财年|[\u4e00-\u9fff]{0,4}(?:会|赛|展|节|季|届|期|底|初|末|中|内|前|后|以来))")
"""What after a year makes it a thing's name or a part of it (2023年的基础, 2026年冬奥会, 2023年度,
2023年底), not the time of the clause's deed."""


def _turns_to_now(folded: str, year_end: int, hit: Hit) -> bool:
    """Whether the words between a year opening its sentence and a date after it turn to now or
    to what is to come (2022年，…他将于12月20日; …，今年…); 将 right after the year is 把 where a
    life's verb follows (1999年将唱片签约于…)."""
    start = year_end + (1 if folded.startswith("将", year_end) and _WHAT_A_LIFE_DID.search(folded, year_end, hit.start) else 0)
    return bool(_LOOKS_AHEAD.search(folded, start, hit.start) or _NOW_AGAIN.search(folded, year_end, hit.start))


_OPENS_ITS_SENTENCE = re.compile(r"\s*(?:早在|在|于|到了?|至)?\s*")
"""What may stand before a year that opens its sentence (2017年，…; 早在1999年，…)."""
_NOW_AGAIN = re.compile(r"今年|明年|本赛季|本届|至今|这次|此次|目前|现在|如今|近日|日前|今天|今日|最近")
_WHAT_A_LIFE_DID = re.compile(
    r"签约|加盟|加入|出演|主演|发行|推出|移居|毕业|考入|担任|当选|获得|获颁|成立|创办|创立|出版|入选|赴|前往|升任|调任|就任|退役|结婚|离婚|去世|逝世"
)
"""What a biography's year-led sentence tells a life or a career did (1999年将唱片签约于…)."""


def _nearest_year(anchor: date, month: int, day: int) -> date:
    """Where a month and day said after ``anchor`` lie: in its year, or the next when that is
    nearer (2016年12月14日…1月3日 is January 2017, 2004年11月15日…11月12日 three days before)."""
    try:
        same, following = date(anchor.year, month, day), date(anchor.year + 1, month, day)
    except ValueError:
        return anchor
    return same if abs((same - anchor).days) <= abs((following - anchor).days) else following.replace(month=1, day=1)


def _year_named(folded: str, hit: Hit, text: str, day: date | None) -> date | None:
    """The day from which a hit sets the year of the days and months after it: its own day when
    it writes the year; the first day of a month of a year written out and not running on
    (2004年10月下旬的一天…11月4日: November 2004); New Year's Day of a year standing on a line of
    its own (a table's year in one cell, its dates in the next); else None."""
    if day is not None:
        return day if _NAMES_YEAR.search(text) else None
    if _YEAR_MONTH_PART.fullmatch(text) and not _RUNS_ON.match(folded, hit.end):
        return _one_month_named(hit)
    cell = _YEAR_CELL.fullmatch(text)
    return date(int(cell["y"]), 1, 1) if cell and folded[hit.end : hit.end + 1] == "\n" else None


def _holidays_in_written_years(folded: str, hits: list[Hit], published: datetime | None) -> list[Hit]:
    """早在1964年，…参加国庆招待会: a holiday named in the sentence of a year written out is that
    year's (it was the publication's), not across a full stop or a paragraph."""
    if published is None:
        return hits
    read: list[Hit] = []
    written: tuple[int, int] | None = None  # the last year written out (2001年), and its end
    for hit in hits:
        text = folded[hit.start : hit.end]
        if written is not None and _holiday_word().fullmatch(text) and not _SENTENCE_END.search(
            folded, written[1], hit.start
        ):
            hit = _holiday_in(hit, text, written[0], published)
        if (year := _YEAR_WRITTEN.match(text)) is not None:
            written = (int(year["y"]), hit.end)
        read.append(hit)
    return read


_SENTENCE_END = re.compile(rf"{FULL_STOP.pattern}|\n")


def _holiday_in(hit: Hit, text: str, year: int, published: datetime) -> Hit:
    """A holiday named in the sentence of a year written out (2001年，他在春节期间回家) is that
    year's, as the library reads it written with the year, not the publication's."""
    detail = time_detail(f"{year}年{text}", published)
    if detail is None or not (detail.first or "").startswith(f"{year:04d}"):
        return hit
    return Hit(FactKind.DATE, hit.start, hit.end, value_of(detail, text), detail)


_YEAR_WRITTEN = re.compile(r"(?P<y>\d{4})\s*年")

_A_HABITS_TIME = re.compile(
    r"(?:早上|上午|中午|下午|傍晚|晚上|夜里|深夜|凌晨|清晨|早晨)\s*(?:[\d一二三四五六七八九十两]{1,3}\s*[点时](?:半|\d{1,2}分|[一二三四五]?十?[一二三四五六七八九]?分)?)?"
)
_A_HABIT_BEFORE = re.compile(r"(?:通常|一般|往往|总是|经常|常常|平时|平日|多会|多半|习惯)(?:都|会|在|于)?\s*$")
"""母亲通常下午会午睡, 一般晚上十时就寝: a part of the day, or its hour, of a habit, no day's."""


_A_FEAST_ALONE = re.compile(r"圣诞节?|中秋节?|情人节|元宵节?|端午节?")
_A_FEASTS_THING = re.compile(r"老人(?![们院家])|树(?![立木])|礼物|礼品|月饼|颂歌|贺卡|卡片|装饰|歌曲|帽|袜|彩灯|花灯|蛋糕(?!店)|粽子|汤圆|巧克力")
"""圣诞老人, 圣诞树, 中秋月饼, 情人节礼物: a feast's thing, no day (圣诞节前夕, 中秋节期间 are days)."""
_HALF_A_MOMENT = re.compile(r"一时半(?:刻|晌|会(?![合诊议见谈面]))|一点半(?:点|会儿)")
"""一时半刻, 一时半会, 一点半点: a moment, a little (idioms), not half past one."""
_AN_AGE_IN_MONTHS = re.compile(r"[\d一二两三四五六七八九十]{1,3}\s*个?(?:月|星期|周)")
_AN_AGES_DA = re.compile(r"大(?:的|了|[，,。])")
"""六个月大的女儿: a baby's age, no length of anything told."""


_LIKE_BEFORE = re.compile(r"(?:像|如|如同|似|若|佛|犹)是?$")
_LIKE_AFTER = re.compile(r"\s*(?:一样|一般|似的|般)")
_A_PART_OF_DAY = re.compile(r"白天|白昼|晚上|夜晚|夜里|黑夜|深夜|半夜|午夜|傍晚|黄昏|清晨|凌晨|早晨|中午|正午")
"""像晚上一样, 如同深夜一般, 仿佛是半夜似的: a time of day a scene is likened to, no date."""


def _inside_a_word(folded: str, hit: Hit) -> bool:
    """送上月球, 走上月台, 追上周杰伦, 跟上年轻人: a verb's 上 and a word, no last month, week or year
    (上月台风, 上周边境 stay); 一时三刻 (a short while), 地球日记 (a diary), 国庆日历 (a calendar),
    已有近1500年历史 (a length, no year 1500), 四分之一个世纪 (a quarter of one, not a century)."""
    text, after = folded[hit.start : hit.end], folded[hit.end : hit.end + 1]
    if text in _A_WORDS_AFTER_SHANG:
        return bool(_A_WORDS_AFTER_SHANG[text].match(folded, hit.end) and _A_VERB_BEFORE_SHANG.search(folded, max(0, hit.start - 1), hit.start))
    if text.endswith("日") and after != "" and after in "记历用志" and len(text) > 2 and not _A_NUMBERED_DAY.search(text):
        return True
    if text.startswith("一个世纪") and folded.endswith("分之", 0, hit.start):
        return True
    return text == "一时三刻" or bool(_A_HISTORYS_LENGTH.fullmatch(text) and _HISTORY_AFTER.match(folded, hit.end)
                                     and _HAS_BEFORE.search(folded, max(0, hit.start - 3), hit.start))


_A_WORDS_AFTER_SHANG = {"上月": re.compile(r"球|亮|光|台(?![北湾南中东])"), "上周": re.compile(r"[边围]|杰伦"), "上年": re.compile(r"[轻纪龄]")}
"""月球, 月台 (not 上月台北电脑展), 周边, 周杰伦, 年轻 after a verb's 上."""
_A_VERB_BEFORE_SHANG = re.compile(r"[送登飞奔走踏迈爬跳冲追跟赶搬端挤涌碰得]$")
_A_NUMBERED_DAY = re.compile(r"[\d〇○零一二三四五六七八九十廿卅]日$")
_A_HISTORYS_LENGTH = re.compile(r"\d{3,4}\s*年")
_HAS_BEFORE = re.compile(r"(?:有|近|约|逾|超过|长达)$")


def _a_zhou_named(folded: str, hit: Hit) -> bool:
    """工程师周天奕: the surname 周 and a given name after a title, no Sunday; and so is the same
    name anywhere in the text (周天奕表示, with no title before it)."""
    if not _A_ZHOU_NAMED.fullmatch(folded, hit.start, hit.end) or not _A_GIVEN_NAMES_END.match(folded, hit.end):
        return False
    name = folded[hit.start : hit.end + 1]  # its own mention is among them
    return any(_A_TITLE_BEFORE.search(folded, max(0, said.start() - 4), said.start()) for said in re.finditer(re.escape(name), folded))


_A_ZHOU_NAMED = re.compile(r"周天")
_A_TITLE_BEFORE = re.compile(
    r"(?:工程师|记者|教授|先生|女士|议员|主席|经理|总裁|局长|部长|老师|医生|律师|导演|演员|歌手|选手|队长|博士|院长|校长|主任|书记|会长|董事长|创办人|创始人|发言人)$"
)
_A_GIVEN_NAMES_END = re.compile(r"[\u4e00-\u9fff](?<![上下中晚早凌午夜的在是起前后以至到和与及都也还就才又将会表宣指走对发召举说称访向接出])")
"""工程师周天奕: a title, the surname 周 and a given name after 天 (not 记者周天上午, 律师周天表示; 周六, 周日
after a title are weekdays: 发言人周六表示)."""


def _names_none(folded: str, hit: Hit) -> bool:
    """Whether the words around a hit make it no date: a work's title, a futures contract's
    month, an era (…的今天)."""
    contract = _CONTRACT.match(folded, hit.end) and _BARE_MONTH.fullmatch(folded, hit.start, hit.end)
    return (
        _titled(folded, hit) or bool(contract) or _nowadays(folded, hit) or _years_ago(folded, hit) or _far_future(folded, hit)
        or _after_doing(folded, hit)
        or _how_fast(folded, hit) or _after_a_decimal_point(folded, hit) or hit.start > 0 and folded.startswith("下年", hit.start) and folded[hit.start - 1] in _VERBS_OF_XIA
        or hit.end - hit.start == 2 and bool(_A_BETTER_TOMORROW.match(folded, hit.start) or _DAYS_OWN.match(folded, hit.start))
        or folded[hit.end : hit.end + 1] == "婴" and folded[hit.end + 1 : hit.end + 2] != "儿" and bool(_BARE_MONTH.fullmatch(folded, hit.start, hit.end))  # 3月嬰: an age
        or folded[hit.start].isdigit() and bool(_A_CLIPS_LENGTH.search(folded, max(0, hit.start - 6), hit.start))
        or folded[hit.start].isdigit() and _A_CLIPS_SPOT.match(folded, hit.end) and bool(_A_DIGITAL_CLOCK.fullmatch(folded, hit.start, hit.end))  # 片段02:07处
        or bool(_NO_YEAR_OF_OURS.fullmatch(folded, hit.start, hit.end))
        or folded.endswith("十分钟", hit.start, hit.end) and bool(_VERY_FOND.match(folded, hit.end))  # 十分钟情: very fond
        or bool(_BARE_MONTH.fullmatch(folded, hit.start, hit.end) and (_A_MONTHS_LENGTH_BEFORE.search(folded, max(0, hit.start - 2), hit.start)
                or folded.endswith("历经", 0, hit.start) and not folded[hit.start].isdigit()))  # 历经十月的攻关, not 历经3月的暴雨
        or bool(_A_NAMES_CENTURY.fullmatch(folded, hit.start, hit.end) and _A_CENTURYS_NAME.match(folded, hit.end))
        or bool(_IN_A_HANDLE.search(folded, max(0, hit.start - 20), hit.start) and _HANDLE_END.match(folded, hit.end))
        or bool(_BARE_DAY.fullmatch(folded, hit.start, hit.end) and _A_MOVING_AVERAGE.match(folded, hit.end)
                and not (_ONLINE.match(folded, hit.end) and not _ON_THE_LINE.search(folded, max(0, hit.start - 3), hit.start)))
        or bool(_A_STREET.match(folded, hit.end))
        or _a_zhou_named(folded, hit)
        or _inside_a_word(folded, hit)
        or bool((moment := _HALF_A_MOMENT.match(folded, hit.start)) and moment.end() > hit.end)
        or bool(_FIRST_MONTHS_SAID.fullmatch(folded, hit.start, hit.end) and _BEFORE_AN_EVENT.search(folded, max(0, hit.start - 2), hit.start)
                and not (folded.endswith(("发布", "公布"), 0, hit.start) and _THE_MONTHS_FIGURES.match(folded, hit.end)
                         and not _A_PRODUCT_LAUNCHED.search(folded, max(0, hit.start - 6), hit.start - 2)))
        or bool(_BARE_MONTH.fullmatch(folded, hit.start, hit.end) and _A_TENOR.match(folded, hit.end))  # 3月期央票: a bill's term
        or bool(_A_SCORE.search(folded, max(0, hit.start - 6), hit.start) and _CLOCK_ONLY.fullmatch(folded, hit.start, hit.end))
        or folded[hit.start : hit.end + 1] in ("一天，", "一天,") and not folded[sentence_start(folded, hit.start) : hit.start].strip()
        or folded[hit.start : hit.end] == "国庆" and folded[hit.start - 1 : hit.start] in SURNAMES and not _NATIONAL_DAY_AFTER.match(folded, hit.end)
        and not folded.endswith(_CELEBRATED, 0, hit.start)
        or _a_word_across(folded, hit)
        or bool(_LIKE_BEFORE.search(folded, max(0, hit.start - 3), hit.start) and _LIKE_AFTER.match(folded, hit.end)
                and _A_PART_OF_DAY.fullmatch(folded, hit.start, hit.end))  # 就像晚上一样: a simile
        or _a_length_or_a_label(folded, hit)
        or folded[hit.start : hit.end] in ("晚上", "早上") and bool(_A_LENGTH_RIGHT_AFTER.match(folded, hit.end))
        and "比" in folded[sentence_start(folded, hit.start, CLAUSE_STOPS) : hit.start]  # 比往年晚上整整两个月: later by
        or bool(_SLASHED.fullmatch(folded, hit.start, hit.end) and _A_SHARE_BEFORE.search(folded, max(0, hit.start - 5), hit.start))  # 约为1/10到1/20: fractions
        or bool(_ANOTHER_ZONES_CLOCK.search(folded, max(0, hit.start - 12), hit.start))
        or _a_pages_age(folded, hit)
        or bool(_A_HABITS_TIME.fullmatch(folded, hit.start, hit.end) and _A_HABIT_BEFORE.search(folded, max(0, hit.start - 3), hit.start))
        or bool(_AN_AGE_IN_MONTHS.fullmatch(folded, hit.start, hit.end) and _AN_AGES_DA.match(folded, hit.end))
        or bool(_A_FEAST_ALONE.fullmatch(folded, hit.start, hit.end) and _A_FEASTS_THING.match(folded, hit.end))
        or bool(_A_SCORE_WON.search(folded, max(0, hit.start - 1), hit.start) and _CLOCK_ONLY.fullmatch(folded, hit.start, hit.end)
                and _WON.match(folded, hit.end))
        or bool(_A_SERVICES_HOURS.match(folded, hit.end) and _ROUND_THE_CLOCK.fullmatch(folded, hit.start, hit.end))
        or _one_month_counted(folded, hit)
        or folded[hit.start - 1 : hit.start] == "临" and folded.startswith("近", hit.start)  # 临近11日: the 11th draws near
        or _a_quoted_length(folded, hit)
        or _a_chapter_mark(folded, hit)
        or folded.startswith("元宵", hit.start) and hit.end - hit.start == 2
        and bool(_YUANXIAO_EATEN.search(folded, max(0, hit.start - 2), hit.start) or _YUANXIAO_MADE.match(folded, hit.end))
    )


_YUANXIAO_EATEN = re.compile(r"(?:[卖吃煮包搓滚咸甜碗颗粒]|芝麻|花生|豆沙|黑芝麻|鲜肉)$")
_YUANXIAO_MADE = re.compile(r"[（(]汤圆[)）]|馅|粉|摊|店")
"""卖元宵（汤圆）, 咸元宵, 一碗元宵, 元宵馅: the dumpling eaten at the feast, no day (元宵节, 今年元宵 are)."""


def _a_chapter_mark(folded: str, hit: Hit) -> bool:
    """01:26 泽远眼中的江泽民 in a list of such lines under a podcast or a video (-时间轴-): where its
    chapter starts, no time of day. A live page's entries (17:20 警方到场，…。) are sentences."""
    if not (hit.start == 0 or folded[hit.start - 1] == "\n") or not _A_DIGITAL_CLOCK.fullmatch(folded, hit.start, hit.end):
        return False
    lines = _A_CHAPTER_LINE.findall(folded)
    return bool(_A_CHAPTERS_TITLE.match(folded, hit.end)) and len(lines) >= 3 \
        and (bool(_A_RECORDING.search(folded)) or lines[0][:5] in ("00:00", "00：00"))


_A_RECORDING = re.compile(r"时间轴(?<!事件时间轴)|章节|播客|(?m:^(?:2[4-9]|[3-9]\d)[:：][0-5]\d[ \t\u3000])")
"""What tells a list of marks is a recording's chapters: its words (not an incident's 事件时间轴, nor
视频 or 节目, which schedules and live pages name), a mark past 23:59, or a first mark at 00:00
(where a video's first chapter starts; a timeline under day headings may reach midnight later)."""
_A_CHAPTERS_TITLE = re.compile(r"[ \t\u3000]+[^\n。，,；;]{1,30}(?:\n|$)")
_A_CHAPTER_LINE = re.compile(r"(?m)^\d{1,2}[:：]\d{2}[ \t\u3000]+[^\n。，,；;]{1,30}$")


def _a_quoted_length(folded: str, hit: Hit) -> bool:
    """Whether the hit is a length standing alone in a title's marks (《24小时》), or in quotes with
    nothing it names after them (＂60分钟＂节目, 主持的＂60分钟＂中, 所谓的“十三天”7.): a programme's or a
    thing's name, not so long; “72小时”黄金救援期, “七天”无理由退货 are lengths."""
    if hit.detail is None or hit.detail.qualifier is not Qualifier.DURATION or hit.start == 0:
        return False
    marks = folded[hit.start - 1] + folded[hit.end : hit.end + 1]
    if marks in ("《》", "〈〉"):
        return True
    after = hit.end + 1
    return marks in _QUOTES_AROUND and (not _CJK_CHAR.match(folded, after) or bool(_A_NAMES_TAIL.match(folded, after)))


_QUOTES_AROUND = frozenset(('""', "“”", "「」", "『』"))
_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
_A_NAMES_TAIL = re.compile(r"节目|栏目|中|里|以来|播出|近日|首播")


def _one_month_counted(folded: str, hit: Hit) -> bool:
    """Whether the hit is 一月 counted, not January (同一月, 这一月, 第一月, 比上一月, 一月一次; not
    马上一月, 加上一月, 一月一次性)."""
    if folded[hit.start : hit.end] != "一月" or hit.start == 0:
        return False
    before = folded[hit.start - 1]
    if before == "上":
        return folded[hit.start - 2 : hit.start - 1] not in _A_WORD_ENDING_IN_SHANG or hit.start == 1
    return before in _ONE_MONTH_COUNTED_AFTER or folded.startswith(("一次", "一回"), hit.end) and not folded.startswith("一次性", hit.end)


_ONE_MONTH_COUNTED_AFTER = frozenset("同这那第")
_A_WORD_ENDING_IN_SHANG = frozenset("马加赶遇以碰追跟晚早")
"""马上, 加上, 赶上…: 上 of another word before a real January (眼看马上一月就要过去了)."""


def _a_pages_age(folded: str, hit: Hit) -> bool:
    """Whether the hit is a line of its own that says how long ago (4 小時前 under a byline, 2 天前
    in a box of related links): the page's age when it was saved, not a time the story tells."""
    start, end = folded.rfind("\n", 0, hit.start) + 1, folded.find("\n", hit.end)
    line = folded[start : len(folded) if end < 0 else end].strip()
    return line == folded[hit.start : hit.end].strip() and bool(_AGO_ALONE.fullmatch(line)) and "\n" in folded


_A_SCORE_WON = re.compile(r"以$")
_WON = re.compile(r"\s*(?:赢|胜|击败|战胜|获胜|取胜|险胜|力克|逆转|输|负|落败|败|拿下)")
"""以21:18赢得第二局: a game's score, not a time of day."""
_ROUND_THE_CLOCK = re.compile(r"24\s*(?:小时|個?小時)")
_A_SERVICES_HOURS = re.compile(r"的?(?:热线|专线|服务|营业|开放|值守|值班|监控|运营|在线|客服|便利店|不间断|全天候|无休|畅通)")
"""24小时热线, 24小时营业: a service's hours, round the clock, not a length of time the story tells."""


_AGO_ALONE = re.compile(r"\d{1,3}\s*(?:小时|分钟|天|日|周|星期|个月)\s*前")


_ANOTHER_ZONES_CLOCK = re.compile(
    r"[\d分时点秒午晚]\s*[（(](?![^（(]*(?:北京|香港|台北|台湾|澳门|本港|新加坡|狮城|本地|马来西亚|大马|吉隆坡))[\u4e00-\u9fff]{1,6}"
    r"(?<!演出|开放|营业|办公|比赛|活动|报名|截止|放映|上课|工作|开始|结束|持续|所需|需要)时间$"
)
"""香港時間下午2時51分（倫敦時間早上6時51分）: the same moment told on another zone's clock, in
brackets after the local one; not a second time. Not a local zone's clock in brackets after a
foreign one (美国东部时间6月11日晚10时（北京时间12日上午10时）: the reader's own, kept), nor
演出时间 or 开放时间 (no zone)."""


def _a_length_or_a_label(folded: str, hit: Hit) -> bool:
    """Whether the date is a length (有着5000年的历史, 距今已有1400年, 有2000年的历史: no year 5000,
    1400 or 2000; 1998年的历史性突破 stays the year), a model's name (S4日常: Samsung's, not the
    4th) or a service's (次日达: next-day delivery)."""
    text = folded[hit.start : hit.end]
    if hit.detail is not None and hit.detail.qualifier is Qualifier.DURATION:
        return False  # 长达32年: read as a length already
    if _YEARS_LONG.fullmatch(text):
        history = _HISTORY_AFTER.match(folded, hit.end)
        far = hit.detail is not None and (hit.detail.low or "")[:4] > "2100"
        if _LONG_SINCE_BEFORE.search(folded, max(0, hit.start - 5), hit.start):
            return True  # 距今已有1400年, 长达1300年
        if far and _A_LENGTHS_WORD.search(folded, max(0, hit.start - 3), hit.start) or _LIVED_THROUGH_ABOUT.search(folded, max(0, hit.start - 4), hit.start):
            return True  # 历经了5000年的风雨, 超过3000年, 历经近1500年: no year 5000, 3000 or 1500
        said_long = _SO_LONG_BEFORE.search(folded, max(0, hit.start - 3), hit.start)
        return bool((said_long or folded[hit.start - 1 : hit.start] == "有") and history or history and far)
    if _BARE_DAY.fullmatch(text):
        before = folded[hit.start - 1 : hit.start]
        return before.isascii() and before.isalpha() and folded.startswith("常", hit.end)  # S4日常, not FDA12日
    return text in ("次日", "当日", "隔日") and bool(_DELIVERED.match(folded, hit.end))


_SLASHED = re.compile(r"\d{1,2}/\d{1,2}(?:\s*(?:到|至|-|~|～)\s*\d{1,2}/\d{1,2})?")
_A_SHARE_BEFORE = re.compile(r"(?:(?:率|比例|比重)(?:约|大约)?[为是达]?|占|约|大约)\s*$")
"""合格率约为1/10到1/20, 占1/3: a share written as a fraction, no day."""
_A_LENGTH_RIGHT_AFTER = re.compile(r"(?:了|整整|足足|近|约|将近)?[\d一二两三四五六七八九十几半]+(?:来|多)?个?(?:月|天|周|星期|年|小时|钟头)")
"""晚上整整两个月, 早上十来天: 晚 or 早 of a comparison and 上 of so much (later or earlier by), no evening or morning."""
_YEARS_LONG = re.compile(r"\d{3,4}\s*年|[一二三四五六七八九两][千百]多?年")
_HISTORY_AFTER = re.compile(r"多?(?:的)?(?:历史(?=[，,。；;、！!\s]|$|了|悠久)|之久)")
_SO_LONG_BEFORE = re.compile(r"(?:已有|有着|拥有)$")
_A_LENGTHS_WORD = re.compile(r"(?:历经|经历|经过|超过|逾|近|约|有)了?$")
_LIVED_THROUGH_ABOUT = re.compile(r"(?:历经|经历)了?(?:近|约|逾|超过)$")
_LONG_SINCE_BEFORE = re.compile(r"(?:距今|长达)(?:已经有|已有|有|约|近)?$")
_DELIVERED = re.compile(r"达(?![到成标拉州])")


def _a_word_across(folded: str, hit: Hit) -> bool:
    """Whether the day or year word is the first half of a word and the second half of another:
    说明天然气 (说明 天然气), 说明年轻人 (说明 年轻人), 政治清明 (upright), or a name: 今日新闻网,
    明天集团. 明天然后 and 明年轻轨 stay dates."""
    text = folded[hit.start : hit.end]
    if text.endswith(("明天", "明年")):
        return bool(_SECOND_HALF[text[-2:]].match(folded, hit.end))
    if text == "清明":
        return bool(_CLEAR_AS.search(folded, max(0, hit.start - 4), hit.start)) or (
            folded.endswith("社会", 0, hit.start) and not _THE_FEASTS_WORDS.match(folded, hit.end))
    if text.startswith(("前天", "后天", "前年", "后年")):
        return bool(_BEFORE_OR_AFTER_THEN_A_WORD.match(folded, max(0, hit.start - 1)) or _A_PLACES_FIRST_HALF.match(folded, hit.start))
    return text == "今日" and bool(_A_SITE.match(folded, hit.end))


_BEFORE_OR_AFTER_THEN_A_WORD = re.compile(
    r"[之以然最此其随目提日赛战空眼面婚产课饭午落束睡](?:[前后]天[天气津空亮色寒然]|[前后]年[轻产龄代纪薪终均度假级货画糕])"
    r"|提前年[底末初内]|[和与或、及](?<=先天[和与或、及])后天"
)
"""之后天气, 以后天天, 以前年轻, 目前年产, 提前年底, 日落前天色, 结束后天色, 睡前天天: 之后, 以前, 目前,
提前 and 日落前 are words, and so are 天气, 年轻, 年产, 年底; 先天和后天 is born and acquired (not 小雨后天晴,
a forecast's rain tomorrow and sun the day after); no day or year before last or after next (从前年底, 后天天气, 张先生前年底, 学生前天
下课, 跟前天一样, 因此后年底前 stay)."""
_A_PLACES_FIRST_HALF = re.compile(r"[前后]天(?:津|安门|寒地冻)")
"""前天津泰达前锋 (the former Tianjin player), 降温后天寒地冻: 天津, 天安门, 天寒地冻, not 前天 or 后天."""


_SECOND_HALF = {"明天": re.compile(r"然(?!后)|集团|控股"), "明年": re.compile(r"轻(?:人|的|化|一代|群体|干部|女|男|夫妇|朋友|学生|时|力壮|有为)|龄")}
_CLEAR_AS = re.compile(r"(?:政治|吏治|政风|头脑|神志|意识|很|更加|十分|非常|日益|更为|较为)$")
"""What before 清明 makes it the word for upright or clear-headed, not the feast."""
_THE_FEASTS_WORDS = re.compile(r"节|假|祭|期间|时节|前后|当天|扫墓|踏青|小长假")
"""After 社会清明, what makes it the feast (全社会清明祭扫), not clean (政治清明、社会清明)."""
_A_SITE = re.compile(r"(?:新闻|财经|体育|娱乐|科技|健康|中国|美国|台湾|香港)网")
"""今日新闻网, 今日财经网: a site's name (今日网友, 今日网签 are today's)."""


_IN_A_HANDLE = re.compile(r"@[^\s:：，,。！？!?、;；()（）@/“”\"「」【】《》]{0,20}$")
_HANDLE_END = re.compile(r"[\s:：，,。！？!?;；@/)）]|$")
"""回复@微笑勇敢面对明天:谢谢: a user's name, ending where the handle does (not @凌夏妍今年绝对是…,
where the text runs on from the name)."""
_A_TENOR = re.compile(r"期(?!间|内|末|初|中|满|待|盼|刊|望)")
_A_NAMES_CENTURY = re.compile(r"(?:2[01]|二十一?)世纪")
_A_CENTURYS_NAME = re.compile(
    r"福克斯|委员会|不动产|经济报[道导]|商业评论|教育研究院|研究院|议程|出版社|中学(?!生|语文|课本)|小学(?!教育|生)|大厦|广场(?![上舞文])|酒店(?!业)"
    r"|集团(?!化)|公司(?!治理)|网(?!络)"
)
"""20世纪福克斯, 中日友好21世纪委员会, 21世纪不动产, 21世纪经济报道: a studio's, a body's, a firm's or a
paper's name, not the century."""
_A_FEAST_NOT_SAID_WHICH = re.compile(r"(?:(?<![第单这又十])一个|某个|某一个|有一年的?|有一次|有个|多少个)$")
"""不久的一个除夕, 有一年春节, 多少个中秋: a feast of some year the text does not say, not this year's."""
_FEASTS_SAID = tuple(sorted({*_LUNAR, *_HOLIDAYS, "圣诞节", "圣诞", "国庆节", "国庆"}))
_THE_MONTHS_FIGURES = re.compile(r"的?[\u4e00-\u9fff]{0,6}?(?:数据|统计|经济|销售|销量|业绩|营收|收入|利润|累计|进出口|外贸|GDP)")
"""统计局发布前5个月数据, 发布前5个月国民经济运行数据: the year's first months' figures published, not
the months before a launch (上市前3个月的收入 is before the listing)."""
_A_PRODUCT_LAUNCHED = re.compile(r"(?:新|机|品|游戏|电影|车|专辑|作品|版本|系统)$")
"""新机发布前3个月的测试数据: the months before a launch, not published figures."""
_FIRST_MONTHS_SAID = re.compile(r"前(?:\d{1,2}|[一二两三四五六七八九十]{1,2})个?月")
_BEFORE_AN_EVENT = re.compile(r"(?:的|去世|逝世|出事|案发|遇害|出生|结婚|毕业|开幕|退休|离职|上市|首映|上映|报到|开学|比赛|大选|选举|考试|手术|出发|开业|截止|病逝"
                              r"|发布|发售|推出|开通|投产|竣工|开工|到期|生效|开赛|开播|发射|交付|召开|举行)$")
"""完成的前一个月, 在他去世前一个月: the month before an event of the story, not the year's first month."""
_A_SCORE = re.compile(r"(?:得失球|比分|比数|战绩|净胜球)(?:为|是|达到?)?\s*$")
"""得失球8：12, 比分为10：12: a record of goals, not a time of day."""
_A_MOVING_AVERAGE = re.compile(r"均?线")
_ONLINE = re.compile(r"线[上下](?!方)")
"""收复5日线, 站上10日均线, 收于5日线下方: a stock's moving average, not a day (将于28日线上举行 is
online, but 站在5日线上 is the line)."""
_ON_THE_LINE = re.compile(r"站[在上]|运行[在于]")
_A_STREET = re.compile(r"[初廿一二三四五六七八九十]{1,3}(?:街|巷|大街|大道)(?![道头上坊市区边角])|(?<=[五八]一|五四|十一|二七)路(?=口|[，。、\s)）]|$)")
"""十月初五街, 五一路口: a street named after a day (not 今天街上, 28日街道办, 昨天路口)."""
_CELEBRATED = ("庆祝", "欢度", "喜迎", "迎接", "度过", "共度", "适逢", "恰逢", "正值")
_NATIONAL_DAY_AFTER = re.compile(r"节|日|假|期间|长假|黄金周|当天|前|后|档|以来|之际")
"""What may follow 国庆 as the holiday; after a surname with none of these it is a name (李国庆)."""
_A_MONTHS_LENGTH_BEFORE = re.compile(r"(?:怀胎|历时|为期|长达|耗时)$")
"""怀胎十月, 历时十月: ten months long (a pregnancy's, a work's), not October."""
_VERY_FOND = re.compile(r"情(?![况形绪节报感侣人书歌景面])|爱(?![护惜心人情])")
"""十分钟情, 十分钟爱: very fond (十分钟情况, 十分钟爱国主义教育 are ten minutes)."""
_A_CLIPS_SPOT = re.compile(r"处(?![置理罚分])")
_NO_YEAR_OF_OURS = re.compile(r"[零〇○]{2}[〇○零一二三四五六七八九]+年")
"""零零零一年: a slip of the tongue or the keys, no year 1 (零八年 is 2008, written short)."""
_A_CLIPS_LENGTH = re.compile(r"(?:(?:观看|播放|收看)?(?:影片|视频|片长|时长|录音)|(?<=[万千百亿\d])次播放)\s*[:：]?\s*$")
"""觀看影片 07:12, 3万次播放01:39: how long a video runs, not a time of day."""
_DAYS_OWN = re.compile(r"[今昨明]日之(?:我|吾|中国|中华|香港|台湾|世界|星|青年|社会|人类|计)")
"""今日之我…昨日之我, 今日之中国, 明日之星: a self, a country or a star of an era, not a day."""
_A_BETTER_TOMORROW = re.compile(r"明[天日](?:会|将)?更(?:美好|好)|(?<=迎接|拥抱|期待|迎来)明天的太阳|昨夜星辰")
"""香港明天更好基金, 明天会更好, 迎接明天的太阳, 成功是昨夜星辰: a hope, a name or a figure, not a day."""


def _without_stories_after(
    folded: str, hits: list[Hit], read_from_now: set[tuple[int, int, str]], published: datetime | None
) -> list[Hit]:
    """The hits but those so long after a story's own moment (10天后，警方抓获; 3个月后重新上架),
    which were read from the publication: so many units after, still as read from now (not
    counted on from a year or day the story told: 2008年…一年后, 十年前…。十年后 are
    ``years_after``'s), with no date before it in its sentence but one holding the publication
    (去年9月辞职，两个月后 is not two months after now; 今天…，两个月后 is), in a sentence that does
    not look ahead (两年后，这里将崛起…, 要到两年后才实施, 预计3个月后完工 do), in a text long
    enough to tell a story (not 5分钟之后出门, a query). Over the news lines seven in eight such were
    a story's."""
    kept: list[Hit] = []
    for hit in hits:
        if (hit.start, hit.end, hit.value) not in read_from_now or not _COUNTED_AFTER.fullmatch(folded, hit.start, hit.end) \
                or len(folded.strip()) <= NO_STORY:
            kept.append(hit)
            continue
        start, end = sentence_start(folded, hit.start), sentence_end(folded, hit.end)
        ahead = _LOOKS_AHEAD.search(folded, start, end) or _COUNTS_FROM_NOW.search(folded, start, end)
        told = [h for h in kept if start <= h.start and h.end <= hit.start]
        if ahead or _GIVEN_IN_BRACKETS.match(folded, hit.end) or told and all(_holds_now(h, published) for h in told):
            kept.append(hit)
    return kept


def _holds_now(hit: Hit, published: datetime | None) -> bool:
    """Whether a hit's interval holds the publication's moment (今天, 今年), or cannot be told."""
    detail = hit.detail
    if published is None or detail is None or not detail.first or not detail.last:
        return True
    now = published.replace(tzinfo=None).isoformat(timespec="seconds")
    return detail.first <= now <= detail.last


_COUNTED_AFTER = re.compile(
    r"(?:大约|大概|约)?\s*(?![一二三四五六七八九〇○零]{3,}年)(?!(?!一二|二三|三四|四五|五六|六七|七八|八九)[一二三四五六七八九〇○零]{2}年)(?:\d{1,3}|[一二两三四五六七八九十百几数]{1,4}|半)\s*个?[多半]?\s*"
    r"(?:年|月|周|星期|礼拜|天|日|小时|钟头|分钟|秒钟?|刻钟|季度)[多半]?(?:之后|以后|后)"
)
_TODAY_SO_LONG_AFTER = re.compile(rf"(?:{_COUNTED_AFTER.pattern})的今[天日]")
_GIVEN_IN_BRACKETS = re.compile(r"\s*[(（]\s*\d")
"""三年後（1955）: the year (or day) is given in brackets after it, and the phrase read with it."""
_COUNTS_FROM_NOW = re.compile(
    r"(?<![主重需纪])要(?![求闻素点害是])|必须|须|需要|(?<![申邀聘宴提吁])请(?![愿求示柬])|提醒|(?:(?<=[要请定必万你您])|(?<![\u4e00-\u9fff]))记得(?![他她它我你当那小以曾是有去])|别忘|就要|才能|才会|还有|距离?|再过|明年|下个?月|下周"
    r"|(?<![社机学大开体聚约工协都委议法])会(?:不会|在|有|是|成为|如何)|能否|可能|[？?]|预测|估计|相信|希望"
    r"|(?<![资材原饮燃肥香草布照史塑涂饲])料|冀|可望|(?<!事后)检讨|目标(?!公司|企业)"
)
"""Words of a sentence that counts from now besides ``_LOOKS_AHEAD``'s: a demand (须在, 要到), a
reminder (记得带上, not 记得他是…, a memory), a wait (还有, 距, 再过), what will be (会在, 可能) or a question."""


def _how_fast(folded: str, hit: Hit) -> bool:
    """Whether the hit is a span of hours or minutes a thing was done within (10分鐘內秒殺), not
    one ahead of now: minutes always (消防员必须在6分钟内到场 is a standing rule), hours where no
    wish, demand or forecast stands before it in its clause (勒令他在24小时内离开, 预计两小时内);
    never the whole text (a phrase asked about alone)."""
    within = _HOURS_WITHIN.fullmatch(folded, hit.start, hit.end)
    if within is None or folded.strip() == folded[hit.start : hit.end]:
        return False
    if _A_TESTS_AGE.match(folded, hit.end):
        return True  # 携带48小时内核酸检测阴性证明: how old a test may be, no hours from now
    if not _HOURS.search(within.group()):
        return True
    clause = sentence_start(folded, hit.start, CLAUSE_STOPS), sentence_end(folded, hit.end, CLAUSE_STOPS)
    return not _AHEAD_WITHIN.search(folded, *clause)  # 搜救工作48小时内将完成: its words after it too


_HOURS = re.compile(r"小时|钟头")
_A_TESTS_AGE = re.compile(r"的?(?:核酸|抗原)|的?检测(?:阴性|结果|报告|证明)")


def _after_a_decimal_point(folded: str, hit: Hit) -> bool:
    """发病后4.5小时内 read from its 5: a length of time that starts after a number's decimal
    point is a piece of that number (not 1.5月17日, a list's first item)."""
    return hit.start >= 2 and folded[hit.start - 1] == "." and folded[hit.start - 2].isdigit() \
        and bool(_A_LENGTH.match(folded, hit.start))


_A_LENGTH = re.compile(r"\d{1,3}(?!\d)\s*个?(?:小时|钟头|分钟|秒|天|周|星期|个月|年)")


_AHEAD_WITHIN = re.compile(
    r"将(?![军领近士])|要求|要(?![求闻素点害是])|须|需(?!求)|请(?![求愿])|(?<![供反相回响适对感效呼答照内])应(?![用对急届邀变聘征运付])"
    r"|(?<![社机学大开体聚约工协都委议法年盟商总理董宴舞酒])会(?![议谈见长员上场计所址])|争取|力争|承诺|保证|预计|预料|可望"
    r"|(?<!有)限(?!公司)|务必|计划|拟|有望|(?<![可许认宁])可(?![口乐是见惜怜靠爱观])|勒令|呼吁|目标(?!公司|企业)|希望|打算|准备|冀"
    r"|(?<![资材原饮燃肥香草布照史塑涂饲])料"
)


_HOURS_WITHIN = re.compile(
    r"(?:[\d.]+|[一二两三四五六七八九十百几数]+)\s*个?半?(?:小时|钟头|分钟|分|秒钟?|刻钟)(?:之内|以内|内)|半\s*个?(?:小时|钟头|分钟)(?:之内|以内|内)"
)
"""10分鐘內秒殺, 火勢半小時內撲滅, 在头48小时内的销量: how fast a thing was done, not the hours
after the publication (未来24小时内 and 过去一小时内 say whose hours they are, and stay)."""


def _far_future(folded: str, hit: Hit) -> bool:
    """都9020年了 (a joke for 2020): a year written in four digits past 5000 is no date (到3000年 is)."""
    year = _YEAR_WRITTEN.fullmatch(folded, hit.start, hit.end)
    return year is not None and int(year["y"]) > 5000


def _years_ago(folded: str, hit: Hit) -> bool:
    """1500年前, 2000年前的汉代: so many years ago, not the year 1500 (as 300年前 is no date), for
    a round number; 1840年前 stays the year, and 2035年前 is a deadline (see the rules)."""
    year = _YEAR_WRITTEN.fullmatch(folded, hit.start, hit.end)
    if year is None or not _AGO.match(folded, hit.end):
        return False
    number = int(year["y"])
    return number % 50 == 0 and not 1900 < number < 2200 or number == 2000  # 1840年前 is before 1840


def _after_doing(folded: str, hit: Hit) -> bool:
    """在英国求学6年后, 在运营13年后: so long after doing something began, not so long from now
    (but 在会上表示三年后, 在声明中预计两年后, 在未来5年后: from now)."""
    doing = _IN_DOING.search(folded, max(0, hit.start - 9), hit.start)
    return bool(doing and _COUNTED_AFTER.fullmatch(folded, hit.start, hit.end) and not _SAYING_OR_AHEAD.search(doing.group()))


_A_DEED_BEFORE = re.compile(r"(?![在于到至从自为即等])[\u4e00-\u9fff]")
_A_FORECAST_SAID = re.compile(r"(?<!没)(?<!没有)(?<!没人)(?<!未)(?:相信|或许|也许|预计|预测|预料|展望|设想|想象)")
def _a_past_disbelief(folded: str, forecast: re.Match[str]) -> bool:
    """当年谁都不相信四十年后的今天…: 不相信 after a time gone by in its sentence is a disbelief of then,
    no forecast (我不相信十年后的今天 is one)."""
    if folded[forecast.start() - 1 : forecast.start()] != "不" or forecast.group() != "相信":
        return False
    then = _THEN_GONE_BY.search(folded, sentence_start(folded, forecast.start()), forecast.start())
    return then is not None and not _STILL.search(folded, then.end(), forecast.start())  # 和当年一样，专家们依然不相信: still


_THEN_GONE_BY = re.compile(r"当年|当初|当时|那时|那个时候|[\d一二三四五六七八九十几]+年前")
_STILL = re.compile(r"依然|仍然|仍|如今|现在|一样")
_A_WISH_OR_CONDITION = re.compile(r"可能|期待|希望(?!工程)|如果|假如|要是|等到|再过")


def _today_so_long_after(folded: str, hit: Hit, published: datetime | None) -> Hit:
    """改革开放三十多年后的今天, 然而4年后的今天: today, so long after the deed said before it (it was
    this day so many years on); 十年后的今天 opening its clause, or after a forecast or a wish in its
    clause (相信十年后的今天, 展望二十年后的今天), stays this day years on."""
    if published is None or not hit.start or not _TODAY_SO_LONG_AFTER.fullmatch(folded, hit.start, hit.end) \
            or not _A_DEED_BEFORE.match(folded, hit.start - 1):
        return hit
    forecast = _A_FORECAST_SAID.search(folded, sentence_start(folded, hit.start), hit.start)
    if forecast and not _a_past_disbelief(folded, forecast) \
            or _A_WISH_OR_CONDITION.search(folded, sentence_start(folded, hit.start, CLAUSE_STOPS), hit.start):
        return hit
    today = published.date().isoformat()
    return Hit(FactKind.DATE, hit.start, hit.end, today, own_detail(today, "今天"))


_SAYING_OR_AHEAD = re.compile(r"(?:表示|宣布|预计|预期|预告|透露|说|写道|写下|承诺|指出|强调|称)[将于]?$|未来|今后|[将于上中时]$")
"""A 在-phrase that ends in saying or looking ahead (在会上表示, 在声明中预计, 在发布会上): what it
says next counts from now; not the deed said (在宣布退役两年后)."""


_IN_DOING = re.compile(r"(?<![现正存实所自好])在[\u4e00-\u9fff]{0,7}[^\W\d此今明未这那其该前后][了过]?$")
"""在 and a verb, then the count: 在运营13年后 (not 在此3年后, 在未来5年后, nor 现在…五年后)."""
_AGO = re.compile(r"前(?![往夕列后线半任期来年景述者提\d一二三四五六七八九十两几数首])")


_BARE_MONTH = re.compile(rf"(?:{_MONTH})\s*月份?")
_CONTRACT = re.compile(r"份?(?:期货|合约|交割)")
"""What follows a futures contract's month (咖啡豆3月期货, 12月合约): a name, not a date."""


def _about(folded: str, hit: Hit) -> Hit:
    """6時許, 早上六點多: a clock time said roughly is approximate (the library calls 6时许 exact),
    and the 多 after it is part of it; so is a time counted from now after 约 (约20年前, 大约一周后:
    they were exact, the 约 left out). A part of a month the library reads (下月初, 本月初) is a
    period of days, as ours are (九月初)."""
    detail = hit.detail
    if detail is None or detail.qualifier is not Qualifier.EXACT:
        return hit
    if "/" in hit.value and _PART_OF_A_MONTH.search(folded, hit.start, hit.end):  # 下月初: days, as 九月初 is
        return Hit(hit.kind, hit.start, hit.end, hit.value, replace(detail, qualifier=Qualifier.PERIOD))
    about = _ABOUT_BEFORE.search(folded, max(0, hit.start - 2), hit.start)
    if about is not None and _COUNTED_FROM.fullmatch(folded, hit.start, hit.end):
        return Hit(hit.kind, about.start(), hit.end, hit.value, replace(detail, qualifier=Qualifier.APPROXIMATE))
    if detail.unit not in ("hour", "minute"):
        return hit
    if around := _AROUND_AFTER_CLOCK.match(folded, hit.end):  # 凌晨３：４０分左右: about then
        return Hit(hit.kind, hit.start, around.end(), hit.value, replace(detail, qualifier=Qualifier.APPROXIMATE))
    end = hit.end + 1 if _MORE_AFTER_CLOCK.match(folded, hit.end - 1) else hit.end
    said_about = folded[hit.end - 1 : hit.end] == "许" or folded.endswith(("左右", "前后"), hit.start, hit.end)
    if end == hit.end and not said_about and not _ABOUT_INSIDE.search(folded, hit.start, hit.end):
        return hit
    return Hit(hit.kind, hit.start, end, hit.value, replace(detail, qualifier=Qualifier.APPROXIMATE))


_ABOUT_BEFORE = re.compile(r"(?:大约|大概|约)\s*$")
_PART_OF_A_MONTH = re.compile(r"月(?:[初中底末]|[上中下]旬)$")
_COUNTED_FROM = re.compile(r"(?:\d{1,4}|[一二两三四五六七八九十百]{1,4}|半)\s*个?(?:年|月|周|星期|礼拜|天|日|小时|钟头|分钟|刻钟)[之以]?[前后]")
_ABOUT_INSIDE = re.compile(r"[午上晚间晨夜][约近]\s*[\d一二三四五六七八九十两零]")
"""晚上近9时, 下午约5时: about that hour."""
_AROUND_AFTER_CLOCK = re.compile(r"(?<=[\d半])分?\s*(?:左右|前后)")
_ONE_OF_A_WORD = re.compile(r"(?<=[点時时])一(?=[身个位名次起家张只条件种些口直路群批])(?![个個](?:字|半))")
_SOME_YEARS_AGO = re.compile(r"(?<=十)(?<!百十)多(?=年[以之]?前)")
"""多 in 十多年前, 二十多年前: tens and some years ago, as 十几年前 says (not 一百多年前)."""
_SOME_TENS_OF_YEARS_AGO = re.compile(r"(?<![\d.])(?P<n>[2-9])0多(?=年[以之]?前)")
"""50多年前 in digits: fifty and some years ago, as 五十多年前 (it was 1974 alone)."""
_CHINESE_DIGITS = dict(zip("23456789", "二三四五六七八九", strict=True))
_NEARLY_AT = re.compile(r"(?<!当晚)(?<!当天晚上|当天下午|当日下午|当天上午|当日上午|当日晚上)(?:接近|将近)(?=\s*[\d一二三四五六七八九十两]{1,3}\s*[点时])")
"""接近 or 将近 before a clock time; not after a day told by the one before it (当晚接近9点), whose
近 the library reads in the morning."""
_MORE_AFTER_CLOCK = re.compile(r"[点时]多(?![少数名个人位次家种件辆])")


def _nowadays(folded: str, hit: Hit) -> bool:
    """在资讯快速传播的今日, 科技发达的今天, 用今天的话来说, 今天的很多企业家, 在今天金融危机的情况下:
    an era, not the publication's day; so is 明天 in 美好的明天, 为了明天的希望 (the future)."""
    said = folded[hit.start : hit.end]
    if said == "明天":
        return bool(_A_BRIGHT_TOMORROW.search(folded, max(0, hit.start - 3), hit.end + 6))
    if said == "昨天":
        return bool(_A_GLORIOUS_YESTERDAY.search(folded, max(0, hit.start - 3), hit.end + 6))
    if said in ("明日", "今日") and _THIS_PLACE.match(folded, hit.end):
        return False  # 说明日本港: tomorrow's Hong Kong (本港)
    if said == "明日" and folded[hit.start - 1 : hit.start] in _A_WORD_BEFORE_MING and folded[hit.end : hit.end + 1] in _A_WORD_AFTER_RI:
        return True  # 表明日本, 说明日元, 阐明日方: 表明 and 日本, no tomorrow (表示明日将 stays)
    if said == "今年":  # 如今年轻人, 当今年长者: 如今 and 年轻, no 今年 (如今年3月, 至今年底 stay)
        after = folded[hit.end : hit.end + 2]
        return folded[hit.start - 1 : hit.start] in _NOW_SAID_BEFORE and (after[:1] in _AN_AGE_AFTER or after == "幼" or after[:1] == "幼" and after != "幼儿")
    if said not in ("今天", "今日"):
        return False
    if said == "今日" and folded[hit.start - 1 : hit.start] in ("如", "当", "现", "而") and folded[hit.end : hit.end + 1] in _A_WORD_AFTER_RI:
        return True  # 如今日趋匮乏, 如今日本经济, 当今日益: 如今 and 日趋 or 日本, no 今日 (比如今日 stays)
    before, after = folded[hit.start - 1 : hit.start], folded[hit.end : hit.end + 1]
    return (
        before == "的" and after in _CLAUSE_MARKS
        or before != "" and before in "用以按从" and bool(_TODAYS_VIEW.match(folded, hit.end))
        or bool(_TODAYS_PEOPLE.match(folded, hit.end))
        or before == "在" and bool(_IN_TODAYS_TIMES.match(folded, hit.end))
    )


_TODAYS_PEOPLE = re.compile(
    r"的(?:很多|许多|不少|大多数|大部分|年轻人|青年|孩子们|人们|人类|社会|时代|企业家|大学生|消费者(?!座谈|大会|活动|调查|投诉|权益|协会)|我们(?![的在将要去])|中国(?![队女男足篮排]))"
    r"|这个[^，,。；;！？!?\d]{0,10}(?<!全)(?:时代|社会|世界|年代)(?=[，,。；;！？!?里中上下]|$)"
)
"""今天的很多企业家, 今天这个信息爆炸的时代: the people or the era of nowadays."""
_IN_TODAYS_TIMES = re.compile(r"[^，,。；;！？!?\d]{1,12}的(?:情况|背景|形势|时代|环境)下")
_A_BRIGHT_TOMORROW = re.compile(
    r"(?:美好|更好|灿烂|光明|幸福|辉煌|美丽|富强)的?明天|希望的明天|(?<![总反言换要])之明天|明天的(?:希望|梦想|中国|世界)"
    r"|(?:祖国|民族|人类|国家|家乡)的明天|明天(?:会|将会?|一定会|必将)更加?(?:好|美好|辉煌|灿烂)"
)
_A_GLORIOUS_YESTERDAY = re.compile(r"(?:辉煌|灿烂|光辉|苦难|屈辱)的昨天|昨天的(?:辉煌|荣耀|光荣)(?!胜利|战绩|表现|比赛|成绩)")
"""光辉灿烂的昨天, 昨天的辉煌已经成为历史: the past, not the day before."""


_NOW_SAID_BEFORE = frozenset("如当现而至迄")
_A_WORD_BEFORE_MING = frozenset("表说声阐证查标注指简发透申鲜英聪光清文黎分严开高精神")
_A_WORD_AFTER_RI = frozenset("本方元益后渐趋韩军商企币侨")
"""日本, 日方, 日元, 日益, 日后, 日渐, 日趋, 日韩…: words of 日 that 表明, 说明 or 如今 may stand before."""
_THIS_PLACE = re.compile(r"本港(?![口元])")
"""本港, Hong Kong's own word for itself (说明日本港将有大雨: tomorrow); 日本市场, 日本地方 stay Japan."""
_AN_AGE_AFTER = frozenset("轻青纪龄迈")


_TODAYS_VIEW = re.compile(r"的(?:话(?!题)|眼光|标准|角度|观点|说法)")


_CLAUSE_MARKS = frozenset("，,。；;！？!?、")


def _titled(folded: str, hit: Hit) -> bool:
    """A weekday or a day named by a word inside a work's title (《星期天真好》, 《明天会更好》),
    or a clock time alone (《3:10 to Yuma》): a name, not a date; a written year or day
    (《2020年政府工作报告》) stays a date."""
    opened = folded.rfind("《", max(0, hit.start - _TITLE_REACH), hit.start)
    if opened < 0 or "》" in folded[opened : hit.start]:
        return False
    if _WRITTEN_NUMBER.search(folded, hit.start, hit.end) and not _A_DIGITAL_CLOCK.fullmatch(folded, hit.start, hit.end):
        return False
    closed = folded.find("》", hit.end, hit.end + _TITLE_REACH)
    return closed >= 0 and "《" not in folded[hit.end : closed]


_TITLE_REACH = 30
_A_DIGITAL_CLOCK = re.compile(r"\d{1,2}[:：]\d{2}")
_WRITTEN_NUMBER = re.compile(r"\d|年")


def _one_month_named(hit: Hit) -> date | None:
    """The first day of a hit's period when it lies within one month (2004年10月, 2004年10月下旬)."""
    detail = hit.detail
    if detail is None or not detail.first or not detail.last or detail.first[:7] != detail.last[:7]:
        return None
    return date.fromisoformat(detail.first[:10])


_DAYS_LISTED = re.compile(r"\d\s*[日号]\s*[、和及与]")
"""Days listed (3日和4日, 10日、11日), not a range of them."""


def _a_bare_day_after(folded: str, hit: Hit, text: str, named: tuple[date, int, date | None], said: int, published: datetime) -> Hit:
    """A bare day read after a day named in its paragraph (``named``: that day, where its hit starts,
    and the last day of its range if a range named it): in a range's last month when more than a
    fortnight below its first day (7月28日-8月7日…3日: 3 August; 9月23日至10月8日…8日 stays 8 September),
    else as ``_month_of_a_bare_day`` tells (3月4日至11日…闭幕后的12日: 12 March)."""
    month, month_at, span_last = named
    if span_last is not None and span_last.month != month.month and said < month.day - _A_FORTNIGHT and said <= span_last.day:
        return _read_at(hit, text, span_last, published, True, same_month_too=True)  # 7月28日-8月7日…3日: 3 August
    anchor = _month_of_a_bare_day(folded, hit, month, month_at, said)
    return _read_at(hit, text, anchor or month, published, anchor is not None)


def _a_short_range(hit: Hit, text: str) -> tuple[date, date] | None:
    """The first and last day of a range of days with its month written and a month long at most
    (7月28日-8月7日, 7月20日至25日), whose bare days inside it are of its months (30日 is 30 July)."""
    detail = hit.detail
    if detail is None or not detail.first or not detail.last or detail.qualifier is not Qualifier.RANGE or not _NAMES_MONTH.search(text):
        return None
    first, last = date.fromisoformat(detail.first[:10]), date.fromisoformat(detail.last[:10])
    return (first, last) if 0 < (last - first).days <= _A_FORTNIGHT * 2 else None


def _one_day_named(hit: Hit, text: str) -> date | None:
    """The single day a hit names with its month written out (11月30日, 2023-11-30 14:43), or the
    first of two listed (明年2月3日和4日)."""
    detail = hit.detail
    if detail is None or not detail.first or not detail.last:
        return None
    if detail.first[:10] != detail.last[:10] and not (detail.first[:7] == detail.last[:7] and _DAYS_LISTED.search(text)):
        return None
    return date.fromisoformat(detail.first[:10]) if _NAMES_MONTH.search(text) else None


def _read_at(hit: Hit, text: str, anchor: date, published: datetime, onwards: bool, same_month_too: bool = False,
             reworded: bool = False) -> Hit:
    """The hit read again as of the anchor's day, when that is in another month than the
    publication's (or any other day, ``same_month_too``) and the hit does not go back before
    it (``onwards``); on the publication's own day too where ``text`` says it anew
    (``reworded``: 今晚（27日）10時 read as 晚上10时)."""
    if not onwards or anchor == published.date() and not reworded:
        return hit
    if (anchor.year, anchor.month) == (published.year, published.month) and not same_month_too:
        return hit
    moved = published.replace(year=anchor.year, month=anchor.month, day=anchor.day)
    again = [h for h in find_dates(text, moved) if (h.start, h.end) == (0, len(text))]
    if not again:
        return hit
    return Hit(FactKind.DATE, hit.start, hit.end, again[0].value, again[0].detail)


def _revalued(folded: str, hit: Hit, value: str) -> Hit:
    """The hit with a value of ours in place of the one it was read with."""
    return Hit(FactKind.DATE, hit.start, hit.end, value, own_detail(value, folded[hit.start : hit.end]))


def _home_national_day(folded: str, hit: Hit, home: str) -> Hit | None:
    """新加坡国庆, and 国庆 in a Singapore or Malaysian story (its home currency tells it) unless
    China's is named before it or another country in its sentence: 9 August or 31 August of the same year, not China's 1 October.
    There the National Day Rally, the message and the songs (国庆群众大会, 国庆献词, 国庆歌曲) are
    names, held on other days: none."""
    if not _NATIONAL_DAY.fullmatch(folded, hit.start, hit.end) or not hit.value.endswith("-10-01") \
            or _THE_MAINLANDS.search(folded, max(0, hit.start - 4), hit.start):
        return hit
    named = next((code for place, code in _NATIONS.items() if folded.endswith(place, 0, hit.start)), None)
    sentence = folded[sentence_start(folded, hit.start) : sentence_end(folded, hit.end)]
    code = named or (home if home in _NATIONAL_DAYS and not _ANOTHER_NATION.search(sentence) else None)
    if code is None:
        return hit
    if _A_NATIONAL_DAYS_EVENT.match(folded, hit.end):
        return None
    return _revalued(folded, hit, hit.value[:-5] + _NATIONAL_DAYS[code])


_ANOTHER_NATION = re.compile(r"中国|中华|祖国|内地|大陆|北京|天安门|长假|黄金周|泰国|印尼|越南|菲律宾|台湾|双十|香港|澳门|使馆|大使")
"""What in a Singapore or Malaysian story's sentence tells of another country's 国庆 (中国驻新加坡大使馆
举行国庆招待会, 国庆长假): it stays as read."""
_NATIONS = {"新加坡": "SGD", "狮城": "SGD", "马来西亚": "MYR", "大马": "MYR"}
_NATIONAL_DAYS = {"SGD": "08-09", "MYR": "08-31"}
_A_NATIONAL_DAYS_EVENT = re.compile(r"群众大会|献词|歌|主题曲|演讲")


def _a_home_fiscal_year(folded: str, hit: Hit, home: str) -> Hit:
    """2024/25年度, 2024-25年度 in a Hong Kong or Singapore story: the government's year (and the
    tax year), April to the next March, as 2024/25財政年度 says (it was both calendar years whole)."""
    said = _SPLIT_YEARS.fullmatch(folded, hit.start, hit.end)
    if home not in _APRIL_YEARS or said is None or int(said["b"]) != (int(said["a"]) + 1) % 100:
        return hit
    low = int(said["a"])
    return _revalued(folded, hit, f"{low:04d}-04/{low + 1:04d}-04")


_APRIL_YEARS = frozenset(("HKD", "SGD"))
"""Homes whose government's year runs from April."""
_SPLIT_YEARS = re.compile(r"(?P<a>(?:19|20)\d\d)\s*[/\-–—]\s*(?P<b>\d\d)\s*年度?")


def _days_off_of(folded: str, hit: Hit, home: str) -> Hit:
    """春节假期, 端午小长假, 国庆黄金周, 中秋期间: the run of days off around the holiday in the
    article's region (2024's 春节假期 is 10 to 17 February; it was the 10th alone); a golden week,
    or one the text says is the mainland's (內地國慶假期 in a Hong Kong story), is the mainland's."""
    if not _DAYS_OFF.search(folded, hit.start, hit.end) or not _A_DAY.fullmatch(hit.value):
        return hit
    if "黄金周" in folded[hit.start : hit.end] or _THE_MAINLANDS.search(folded, max(0, hit.start - 4), hit.start):
        home = "CNY"
    run = days_off_around(date.fromisoformat(hit.value), home)
    if run is None or run[0] == run[1]:
        return hit
    value = f"{run[0]:%Y-%m-%d}/{run[1] + timedelta(days=1):%Y-%m-%d}"
    return _revalued(folded, hit, value)


_A_DAY = re.compile(r"\d{4}-\d\d-\d\d")
"""A value that is one day (2024-02-10)."""
_THE_MAINLANDS = re.compile(r"(?:内地|大陆|中国|陆客)\S{0,2}$")
_DAYS_OFF = re.compile(r"(?:春节|农历新年|阴历新年|国庆|十一|五一|劳动节|端午|中秋|清明|元旦)节?(?:七天)?(?:小长假|长假|黄金周|假期|期间|连假)$")
"""A holiday's days off: 春节假期, 国庆黄金周, and Taiwan's 连假 (春節連假, 清明連假)."""


def _feast_to_come(folded: str, hit: Hit, published: datetime | None) -> Hit:
    """将推出元旦、春节线路 in June: next year's 元旦, the words say it is to come (it was January's,
    months past); only for a feast more than two months past, so 迎来国庆客流高峰 in October and
    将在国庆节后 stay this year's, and not after 将 of a noun (将军, 老将) nor 迎来了, 准备的."""
    if published is None or not _A_DAY.fullmatch(hit.value):
        return hit
    fixed = _fixed_feasts().fullmatch(folded, hit.start, hit.end)
    if not fixed and not _A_FEAST_NAMED.fullmatch(folded, hit.start, hit.end):
        return hit
    day = date.fromisoformat(hit.value)
    clause = _clause_before(folded, hit.start)
    to_come = _SAYS_TO_COME.search(clause) and not clause.endswith("将")  # 将情人节打入冷宫: 将 is 把
    past = _TOLD_AS_PAST.search(folded, sentence_start(folded, hit.start), sentence_end(folded, hit.end))
    coming = (_COMING_AFTER.match(folded, hit.end) or _WAITED_FOR.search(clause)) and not past  # 春节即将到来, 等春节后再…
    if day.year != published.year or (published.date() - day).days <= _LONG_PAST or not (to_come and fixed or coming):
        return hit
    if fixed:
        return _revalued(folded, hit, f"{day.year + 1}{hit.value[4:]}")
    text = folded[hit.start : hit.end]
    again = [h for h in find_dates("明年" + text, published) if (h.start, h.end) == (0, len(text) + 2)]
    return Hit(FactKind.DATE, hit.start, hit.end, again[0].value, again[0].detail) if again else hit


_LONG_PAST = 60
_COMING_AFTER = re.compile(r"(?:节)?\s*(?:即将到来|即将来临|就要到了|快到了|将至|临近|将到|(?:后|过后|以后)再)")
"""What after a feast says it is to come (春节即将到来, 元旦快到了, 春节后再做打算): the next one, not
this year's past."""
_WAITED_FOR = re.compile(r"(?:等|等到|待到|等过了?)$")
"""What before a feast waits for it (等春节后, 等过了春节): the next one, unless the sentence tells
it as past (去年他说要等春节后…, 那年冬天…却一直没有行动)."""
_TOLD_AS_PAST = re.compile(r"去年|那年|当年|当时|却|错过|一直没|后来|曾")
_A_FEAST_NAMED = re.compile(r"春节|中秋节?|端午节?|元宵节?|重阳节?|七夕节?|清明节?|母亲节|父亲节|感恩节|复活节")
"""Feasts of a moving day, read again as next year's when the words say they are to come."""
_SAYS_TO_COME = re.compile(r"(?<![老主大名猛干战小武])将(?![军士领帅近])|即将|(?:迎接|迎来|筹备|准备)(?![了的好过])")


@lru_cache(maxsize=1)
def _fixed_feasts() -> re.Pattern[str]:
    """A fixed-date feast's phrase, compiled on first use."""
    return re.compile(rf"(?:{_alternatives(_HOLIDAYS)})节?(?:假期|期间|当天|前后|小长假|长假|连假)?")


def _eve_of(folded: str, hit: Hit) -> Hit:
    """春节前夕, 国庆前夕, 圣诞前夕: the few days before the feast, about (it was the feast's day), as
    Chinese news says it of Christmas too (圣诞节前夕，商场里摆满了圣诞树); not 复活节前夕, the Easter Vigil,
    its own day."""
    if not _A_CHINESE_EVE.search(folded, hit.start, hit.end) or not _A_DAY.fullmatch(hit.value):
        return hit
    day = date.fromisoformat(hit.value)
    value = f"{day - timedelta(days=3):%Y-%m-%d}/{day:%Y-%m-%d}"
    detail = own_detail(value, folded[hit.start : hit.end])
    return Hit(FactKind.DATE, hit.start, hit.end, value, detail and replace(detail, qualifier=Qualifier.APPROXIMATE))


_A_CHINESE_EVE = re.compile(
    r"(?:春节|大年初一|国庆|中秋|元旦|端午|清明|重阳|元宵|七夕|五一|劳动节|十一|三八|五四|六一|七一|八一"
    r"|教师节|儿童节|妇女节|青年节|建党节|建军节|护士节|记者节|腊八|圣诞)[节日]?[”\"」』]?前夕$"
)
"""A Chinese feast's 前夕, the feast said by name or in figures (“七一”前夕, 教师节前夕): the days before
it; a Christian feast's 前夕 is its own (复活节前夕 is the Easter Vigil)."""


def _a_roc_years_holiday(folded: str, hit: Hit, published: datetime | None) -> Hit:
    """民国89年国庆, 民国89年元旦: a holiday of the Republic's year (2000), and its 国庆 the Double
    Tenth (it was 1989, and 1 October)."""
    said = _ROC_HOLIDAY.fullmatch(folded, hit.start, hit.end)
    if said is None or published is None or not 1 <= (number := _int(said["n"])) <= 200:
        return hit
    detail = time_detail(f"{1911 + number}年{said['h']}", published)
    if detail is None or not (detail.first or "").startswith(f"{1911 + number:04d}"):
        return hit
    hit = Hit(FactKind.DATE, hit.start, hit.end, value_of(detail, folded[hit.start : hit.end]), detail)
    return _revalued(folded, hit, hit.value[:-2] + "10") if said["h"].startswith("国庆") and hit.value.endswith("-10-01") else hit


_ROC_HOLIDAY = re.compile(r"(?:中华)?民国\s*(?P<n>\d{1,3}|[一二三四五六七八九十百零〇]{1,5})\s*年\s*(?P<h>[\u4e00-\u9fff]{2,6})")


def _double_tenth(folded: str, hit: Hit) -> Hit:
    """國慶 in Taiwan: the same day of the same year, but 10 October (國慶假期 too; 雙十國慶 had
    its value, but the interval of 1 October)."""
    if not _TAIWANS_NATIONAL_DAY.fullmatch(folded, hit.start, hit.end) or not re.search(r"-10-(?:01|10)$", hit.value) \
            or _THE_MAINLANDS.search(folded, max(0, hit.start - 4), hit.start):
        return hit
    value = hit.value[:-2] + "10"
    return _revalued(folded, hit, value)


def _with_clock_ends(folded: str, hits: list[Hit], published: datetime | None) -> list[Hit]:
    """2022年8月1日上午10点到12点: a clock time after a date, with the hour it runs to.

    A bare 12点 is no time on its own, so the range's end is not a hit to join; the library
    reads the whole.
    """
    if published is None:
        return hits
    grown: list[Hit] = []
    for i, hit in enumerate(hits):
        tail = _CLOCK_END.match(folded, hit.end) if "T" in hit.value else None
        following = hits[i + 1].start if i + 1 < len(hits) else len(folded)
        if tail is not None and tail.end() <= following:
            text = folded[hit.start : tail.end()]
            detail = _forward_range(time_detail(text, published))
            if detail is None and (said := _part_said_again(folded[hit.start : hit.end], tail.group())):
                detail = _forward_range(time_detail(said, published))
            if detail is not None:
                hit = Hit(FactKind.DATE, hit.start, tail.end(), value_of(detail, text), detail)
        grown.append(hit)
    return grown


def _forward_range(detail: Detail | None) -> Detail | None:
    """A range the library read that runs forwards, or None."""
    if detail is None or detail.qualifier is not Qualifier.RANGE or not (detail.first and detail.last):
        return None
    return detail if detail.first < detail.last else None


def _part_said_again(start: str, tail: str) -> str | None:
    """明天下午两点 + 到五点 said as 明天下午两点到下午五点: the library reads the end's bare hour
    as the morning's (05:00, before the start), unless the part of the day is said again."""
    parts = list(_PART_OF_DAY.finditer(start))
    mark = _TAIL_MARK.match(tail)
    if not parts or mark is None or _PART_OF_DAY.search(tail):
        return None
    return start + mark.group() + parts[-1].group() + tail[mark.end() :]


_PART_OF_DAY = re.compile(_DAY_PERIOD)
_TAIL_MARK = re.compile(rf"\s*{_TO}\s*")


def _counted_then_named(folded: str, hits: list[Hit]) -> list[Hit]:
    """3周前周五, 3个月后10号, 2年后3月5号下午1点: a run of whole weeks, months or years from now
    and then a day named in it is that day of that week, month or year (the named day alone is
    read in the publication's)."""
    return joined_pairs(hits, lambda counted, named: _named_in(folded, counted, named))


def _named_in(folded: str, counted: Hit, named: Hit) -> Hit | None:
    """The named hit moved into the counted one's week, month or year, as one hit, when nothing
    but 的 stands between (or a comma after a year alone)."""
    between = folded[counted.end : named.start]
    if between not in ("", "的") and not (between in _COMMAS and _YEAR_ONLY.fullmatch(folded, counted.start, counted.end)):
        return None
    a, b = counted.detail, named.detail
    if a is None or b is None or not (a.first and b.first and b.last and b.low and b.high):
        return None
    text = folded[named.start : named.end]
    if _WITH_YEAR_WRITTEN.search(text):
        return None
    if _YEAR_ONLY.fullmatch(folded, counted.start, counted.end) and "月" in text:
        return _moved(folded, counted, named, a.first[:4], 4)  # 二零一六年，九月三号
    unit = COUNTED_RUN.fullmatch(folded, counted.start, counted.end)
    if unit is None:
        return None
    if text in ("今天", "今日") and unit["u"] in ("年", "个月"):
        keep = 4 if unit["u"] == "年" else 7  # 4年前的今天: this day four years ago
        moved = a.first[:keep]
    elif unit["u"] == "年" and "月" in text:
        keep = 4
        moved = a.first[:4]
    elif unit["u"] == "个月" and _BARE_DAY_WORD.match(text) and "月" not in text:
        keep = 7
        moved = a.first[:7]
    elif unit["u"] in ("周", "星期", "个星期", "礼拜", "个礼拜") and BARE_WEEKDAY.match(text):
        keep = 10
        monday = datetime.fromisoformat(a.first).date()
        moved = (monday + timedelta(days=datetime.fromisoformat(b.first).weekday())).isoformat()
    else:
        return None
    return _moved(folded, counted, named, moved, keep)


def _moved(folded: str, counted: Hit, named: Hit, moved: str, keep: int) -> Hit | None:
    """The named hit with the first ``keep`` characters of its stamps replaced by ``moved``."""
    b = named.detail
    assert b is not None
    parts = {k: moved + (getattr(b, k) or "")[keep:] for k in ("low", "high", "first", "last")}
    if not all(is_real_stamp(stamp) for stamp in parts.values()):
        return None
    whole = folded[counted.start : named.end]
    detail = Detail(b.qualifier, parts["low"], parts["high"], b.unit, parts["first"], parts["last"])
    return Hit(FactKind.DATE, counted.start, named.end, value_of(detail, whole), detail)


_WITH_YEAR_WRITTEN = re.compile(r"年|\d{4}")
_YEAR_ONLY = re.compile(rf"(?:{_Y4})\s*年")
_COMMAS = ("，", ",", ", ", " ")
_BARE_DAY_WORD = re.compile(r"(?:3[01]|[12]\d|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号]")


def _weekdays_run_on(folded: str, hits: list[Hit], published: datetime | None) -> list[Hit]:
    """周日及周一, 周四、周五和周一: a weekday listed after a later one is in the week after
    (a bare weekday is read in the publication's week, which put that Monday before the Sunday)."""
    if published is None:
        return hits
    read: list[Hit] = []
    for hit in hits:
        last = read[-1] if read else None
        if (
            last is not None
            and BARE_WEEKDAY.fullmatch(folded, hit.start, hit.end)
            and BARE_WEEKDAY.fullmatch(folded, last.start, last.end)
            and _LISTED.fullmatch(folded, last.end, hit.start)
            and hit.value[:10] < last.value[:10]
        ):
            text = folded[hit.start : hit.end]
            again = [h for h in find_dates(text, published + timedelta(days=7)) if h.end == len(text)]
            hit = Hit(FactKind.DATE, hit.start, hit.end, again[0].value, again[0].detail) if again else hit
        read.append(hit)
    return read


_LISTED = re.compile(r"\s*(?:[、,，及和与或]|以及)\s*")
_WRITTEN_DAY = re.compile(r"月|\d[-/.]\d")
_DATELINE_AFTER = re.compile(r"\s*(?:消息|电(?![视台邮力话脑影子器车])|讯|报道)")


def _in_named_weeks(folded: str, hits: list[Hit], published: datetime | None, stamped: datetime | None) -> list[Hit]:
    """周二 after a dispatch's dateline in its sentence is the last such day up to the dateline's
    (据纽约9月21日消息，…周二公布 is the 17th, 新华社2月11日电…周五发布 the 10th), or the next from it
    where the sentence looks ahead (…周一将公布), not in the week the page is stamped in
    (``stamped``, whatever today a dateline with its year sets), where a bare weekday is that week's
    (等待周五公布的…, 周四出席峰会). Only a dateline's: after an event's day a weekday may be before or
    after it (12月7日（周日）举行，周一公布结果 is the 8th), and after a background date it is
    the publication's week (3月10日成立的委员会周五发表报告)."""
    if published is None:
        return hits
    read: list[Hit] = []
    for hit in hits:
        if BARE_WEEKDAY.fullmatch(folded, hit.start, hit.end):
            start = sentence_start(folded, hit.start)
            named = next((h for h in reversed(read) if start <= h.start and _is_day(h) and _WRITTEN_DAY.search(folded, h.start, h.end)
                          and _DATELINE_AFTER.match(folded, h.end)), None)
            day = date.fromisoformat(named.value[:10]) if named is not None else None
            if day is not None and stamped is not None and day.isocalendar()[:2] != stamped.date().isocalendar()[:2]:
                weekday = _weekday_number(folded[hit.end - 1])
                ahead = _LOOKS_AHEAD.search(folded, start, sentence_end(folded, hit.end))
                moved = (weekday - day.weekday()) % 7 if ahead else -((day.weekday() - weekday) % 7)
                value = (day + timedelta(days=moved)).isoformat()
                hit = _revalued(folded, hit, value)
        read.append(hit)
    return read


def _with_weekdays(folded: str, hits: list[Hit], published: datetime | None, months_only: bool = False) -> list[Hit]:
    """2月10日（星期日）, 周日, 二月十号: a weekday beside a day is that day, not a second date.

    The day written out wins (a weekday alone is read in the publication's week). Joined
    early (``months_only``), before the parts of the day and clock times after them look for
    their day, only a day with its month: 11日（周四） after 12月10日 is not yet December's.
    """
    return joined_pairs(hits, lambda left, right: _day_and_weekday(folded, left, right, published, months_only))


def _day_and_weekday(folded: str, left: Hit, right: Hit, published: datetime | None, months_only: bool) -> Hit | None:
    """The two hits as one, if one is a day (with its month, if ``months_only``) and the other
    its weekday, side by side."""
    gap = folded[left.end : right.start]
    weekdays = [_WEEKDAY_ONLY.fullmatch(folded, h.start, h.end) is not None for h in (left, right)]
    if weekdays == [False, True] and _is_day(left):
        day = left
    elif weekdays == [True, False] and _is_day(right):
        day = right
    else:
        return None
    if months_only and not _WRITTEN_DAY.search(folded, day.start, day.end):
        return None
    opened = _BESIDE.fullmatch(gap)
    if opened is None:
        return None
    end = right.end
    if opened["open"]:
        close = _CLOSE.match(folded, end)
        end = close.end() if close else end
    weekday = right if day is left else left
    if (agreed := _the_weeks_day_agrees(folded, day, weekday)) is not None:
        return Hit(FactKind.DATE, left.start, end, agreed.value, agreed.detail)  # 下周日(1日): the week said tells the month
    joined = Hit(FactKind.DATE, left.start, end, day.value, day.detail)
    return _in_the_weekdays_year(folded, joined, day, folded[weekday.end - 1], published) if published else joined


def _the_weeks_day_agrees(folded: str, day: Hit, weekday: Hit) -> Hit | None:
    """The weekday of a week said (下周日, 本周五) where a bare day beside it is its day of the month
    (下周日(1日) read on 20 November is 1 December, not 1 November): the week tells the month."""
    said = _BARE_DAY.fullmatch(folded, day.start, day.end)
    first = weekday.detail.first if weekday.detail is not None else None
    if said is None or first is None or not _A_WEEK_SAID.match(folded, weekday.start, weekday.end):
        return None
    return weekday if int(first[8:10]) == _int(said["d"]) else None


_A_WEEK_SAID = re.compile(r"上上|下下|上|下|这|本|今个")
"""A week word before a weekday, which says the weekday's week (下周日, 本周五)."""


def _in_the_weekdays_year(folded: str, hit: Hit, day: Hit, weekday: str, published: datetime) -> Hit:
    """A day with its weekday, moved to the year before or after where the weekday says so and
    the day comes nearer the publication (1月2日（周五） in a November story is next January's,
    2026; 12月29日（周一） in a January one last December's); a day with its year written keeps
    it, and so does one the publication is nearer already (a weekday misprinted)."""
    if "年" in folded[day.start : day.end] or not _A_DAYS_VALUE.fullmatch(day.value[:10]):
        return hit
    said = date.fromisoformat(day.value[:10])
    bare = bool(_BARE_DAY.fullmatch(folded, day.start, day.end))  # 星期五（29日）: the month is the weekday's to tell
    moved = _in_its_weekdays_month(said, weekday, published) if bare else _in_its_weekdays_year(said, weekday, published)
    if moved == said:
        return hit
    value = moved.isoformat() + day.value[10:]
    detail = own_detail(value, folded[hit.start : hit.end])
    return Hit(FactKind.DATE, hit.start, hit.end, value, detail) if detail is not None else hit


def _in_its_weekdays_month(said: date, weekday: str, published: datetime) -> date:
    """A bare day with its weekday in the month before or after whose weekday it is, where that
    brings it nearer the publication (星期五（29日） on Tuesday 2 June is 29 May); else the day as
    said (a misprinted weekday: 星期一（12日） on Wednesday 13 March is the 12th, not 12 February), and a
    day ahead only within the coming week (星期二（2日）…被捕 on 20 June stays 2 June, not 2 July)."""
    wanted = _weekday_number(weekday)
    if said.weekday() == wanted:
        return said
    for step in (-1, 1):
        year, month = add_months(said.year, said.month, step)
        try:
            moved = said.replace(year=year, month=month)
        except ValueError:
            continue
        if moved.weekday() == wanted and abs(moved - published.date()) < abs(said - published.date()) \
                and (step < 0 or moved <= published.date() + timedelta(days=7)):
            return moved
    return said


def _in_its_weekdays_year(said: date, weekday: str, published: datetime) -> date:
    """The day in the year before or after whose weekday it is, where that brings it nearer the
    publication; else the day as said."""
    wanted = _weekday_number(weekday)
    if said.weekday() == wanted:
        return said
    for year in (said.year + 1, said.year - 1):
        try:
            moved = said.replace(year=year)
        except ValueError:
            continue
        if moved.weekday() == wanted and abs(moved - published.date()) < abs(said - published.date()):
            return moved
    return said


def _as_of_updates(folded: str, hits: list[Hit], published: datetime | None) -> list[Hit]:
    """A live page's entries (【11月29日 14:41 更新】…政府昨日宣布): 今日, 昨日 or 今早 after an
    update's stamp count from the stamp's day, not from the page's first publication."""
    if published is None or "更新" not in folded:
        return hits
    read: list[Hit] = []
    stamp: date | None = None
    for hit in hits:
        text = folded[hit.start : hit.end]
        if stamp is not None and _SAID_DAY.match(text):
            hit = _read_at(hit, text, stamp, published, True, same_month_too=True)
        if _UPDATE_AFTER.match(folded, hit.end) and hit.detail is not None and hit.detail.first:
            stamp = date.fromisoformat(hit.detail.first[:10])
        read.append(hit)
    return read


_UPDATE_AFTER = re.compile(r"\s*更新")
_SAID_DAY = re.compile(r"[今昨明前后][天日早晚晨午夜朝]")


def _glossed_by_a_date(folded: str, hits: list[Hit], published: datetime | None) -> list[Hit]:
    """明年也就是2001年, 去年即1999年, 去年（1999年）, 下周二也就是10月18日: a word for a time glossed
    by the date it means is one time, the date written out (two times were read, the word's from
    the publication: 2025 beside 2001)."""
    joined: list[Hit] = []
    for hit in hits:
        last = joined[-1] if joined else None
        gloss = _GLOSS.fullmatch(folded, last.end, hit.start) if last is not None else None
        if last is not None and gloss is not None and _GLOSSED_WORD.fullmatch(folded, last.start, last.end) \
                and _WRITTEN_DATE.search(folded, hit.start, hit.end):
            close = _CLOSE.match(folded, hit.end) if gloss["open"] else None
            if not gloss["open"] or close is not None:
                meant = hit if _YEAR_OF_THE_GLOSS.search(folded, hit.start, hit.end) else _in_the_words_year(folded, last, hit, published)
                joined[-1] = Hit(FactKind.DATE, last.start, close.end() if close else hit.end, meant.value, meant.detail)
                continue
        joined.append(hit)
    return joined


def _in_the_words_year(folded: str, word: Hit, written: Hit, published: datetime | None) -> Hit:
    """The written date with no year read in the word's: 上月（12月） on a January page is last
    December, 去年（1-12月） last year's months (they were the publication's year's); the word's
    own reading where that fails."""
    first, other = (h.detail.first if h.detail is not None else None for h in (word, written))
    if not first or not other or published is None:
        return word
    if first[:4] == other[:4]:
        return written
    moved = _a_year_moved(written, folded[written.start : written.end], published, int(first[:4]) - int(other[:4]))
    again = moved.detail.first if moved.detail is not None else None
    return moved if again and again[:4] == first[:4] else word


_GLOSS = re.compile(r"\s*[，,]?\s*(?:也就是(?:说)?|亦即|即)\s*|\s*(?P<open>[(（])\s*(?:即|也就是)?\s*")
_YEAR_OF_THE_GLOSS = re.compile(r"(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年")
_GLOSSED_WORD = re.compile(
    r"(?:去|今|明|前|后|当)年|(?:上|下|本|这)个?(?:月|周[一二三四五六日天]?|星期[一二三四五六日天]?|礼拜[一二三四五六日天]?)"
    r"|(?:今|明|昨|前|后|当)[天日]"
)
_WRITTEN_DATE = re.compile(r"[\d〇○零一二三四五六七八九十]\s*[年月日号]")


def _day_in_brackets(folded: str, hits: list[Hit]) -> list[Hit]:
    """今日（27日）, 明日（29日）: a word for a day with its date in brackets, as Hong Kong and
    Taiwanese papers write it, is one day, the date written out (a live page's 今日 is the
    day of its entry, not of its first publication); so is a date with the word in brackets
    after it (当地时间2月20日（今天）, where 今天 alone was Beijing's 21st)."""
    joined: list[Hit] = []
    for hit in hits:
        last = joined[-1] if joined else None
        close = _CLOSE.match(folded, hit.end)
        if (
            last is not None
            and close is not None
            and _DAY_WORD.fullmatch(folded, last.start, last.end)
            and _OPEN.fullmatch(folded, last.end, hit.start)
            and _is_day(hit)
        ):
            joined[-1] = _part_on_day(last, hit, close.end(), folded) or Hit(FactKind.DATE, last.start, close.end(), hit.value, hit.detail)
            continue
        if (
            last is not None
            and close is not None
            and folded[hit.start : hit.end] in _PLAIN_DAY_WORDS
            and _OPEN.fullmatch(folded, last.end, hit.start)
            and _is_day(last)
        ):  # 当地时间2月20日（今天）: the day written, in the story's own time (今天 was the 21st in Beijing)
            joined[-1] = Hit(FactKind.DATE, last.start, close.end(), last.value, last.detail)
            continue
        joined.append(hit)
    return joined


def _part_on_day(said: Hit, day: Hit, end: int, folded: str) -> Hit | None:
    """今早（29日）, 昨晚（28日）: the part of the day the word says, on the day in its brackets
    (it was the whole day); None for a word that says a whole day (今日（27日）)."""
    detail = said.detail
    if "T" not in said.value or detail is None:
        return None
    moved = (date.fromisoformat(day.value[:10]) - date.fromisoformat(said.value[:10])).days
    value = "/".join(day_moved(end, moved) for end in said.value.split("/"))
    return Hit(FactKind.DATE, said.start, end, value, detail_moved(detail, moved))


def _clock_on_bracketed_day(folded: str, hits: list[Hit], published: datetime | None) -> list[Hit]:
    """今日（28日）下午3時, 周日（上午9時至下午1時）: a clock time after a day's closing bracket, or
    inside the brackets after it, is on that day (not on the publication's); after an evening's
    word (今晚（27日）10時) a bare hour is the evening's."""
    if published is None:
        return hits
    read: list[Hit] = []
    for hit in hits:
        last = read[-1] if read else None
        text = folded[hit.start : hit.end]
        if (
            last is not None
            and (_is_day(last) or _DAY_WORD.match(folded, last.start) and _CLOSE_AT_END.search(folded, last.start, last.end))
            and _CLOCK_ONLY.fullmatch(text)
            and (_OPEN.fullmatch(folded, last.end, hit.start) or folded[last.end - 1] in ")）" and _ABOUT_GAP.fullmatch(folded, last.end, hit.start))
        ):
            assert last.detail is not None and last.detail.first is not None
            day = date.fromisoformat(last.detail.first[:10])
            said = _DAY_WORD.match(folded, last.start)
            part = ("晚上" if said["eve"] else "下午" if said["noon"] else "") if said else ""
            evening = bool(part and _BARE_HOUR.match(text) and not _CLOCK_MARKED.search(text))
            text = part + text if evening else text  # 今晚（27日）10時: ten in the evening; 今午(28日)3時 three in the afternoon
            hit = _read_at(hit, text, day, published, True, same_month_too=True, reworded=evening)
        read.append(hit)
    return read


_PLAIN_DAY_WORDS = frozenset(("今天", "今日", "明天", "明日", "昨天", "昨日", "前天", "前日", "后天", "后日"))
_DAY_WORD = re.compile(r"今[天日]|明[天日]|昨[天日]|前[天日]|后[天日]|(?P<eve>[今明昨]晚|[今昨]夜)|(?P<noon>[今明昨]午)|[今明昨]早|[今昨]晨")
_CLOCK_MARKED = re.compile(r"上午|下午|早上|晚上|中午|凌晨|清晨|傍晚|深夜|半夜|午夜|早|晚|夜|[AaPp]\.?[Mm]")
_BARE_HOUR = re.compile(r"(?:约|大约)?(?P<h>0?[1-9]|1[01]|[一二三四五六七八九]|十[一]?)\s*[点时:：]")
_OPEN = re.compile(r"\s*[(（]\s*")
_CLOSE_AT_END = re.compile(r"[)）]$")
_ABOUT_GAP = re.compile(r"\s*(?:大约|约)?\s*")
"""What may stand between a day's bracket and its clock time (今晚（26日）約10時13分)."""
_CLOCK_ONLY = re.compile(r"[^日号月年天周星期礼拜今明昨前后]*[点时:：][^日号月年天周星期礼拜今明昨前后]*")


def _bare_range_ends(folded: str, hits: list[Hit], published: datetime | None) -> list[Hit]:
    """9月中旬至下旬, 今天下午至夜間, 明天白天到夜间: a range whose second end is a part said alone,
    of the same month or day as the first (only 9月中旬 and 今天下午 were read, the end dropped)."""
    if published is None or not any(mark in folded for mark in ("至", "到")):
        return hits
    read: list[Hit] = []
    for hit in hits:
        end = _BARE_END.match(folded, hit.end)
        text = folded[hit.start : hit.end]
        part = _LEADING_PART.search(text)
        if end is not None and part is not None and part.start() > 0 and not (read and read[-1].end > hit.start):
            probe = f"{text}至{text[: part.start()]}{end['end']}"
            whole = [h for h in find_dates(probe, published) if (h.start, h.end) == (0, len(probe))]
            if whole:
                hit = Hit(FactKind.DATE, hit.start, end.end(), whole[0].value, whole[0].detail)
        read.append(hit)
    return read


_BARE_END = re.compile(r"\s*(?:至|到)\s*(?P<end>[上中下]旬|月底|月末|夜间|夜里|晚上|晚间|深夜|傍晚|中午|下午)(?![\d一二三四五六七八九十])")
_LEADING_PART = re.compile(r"(?:[上中下]旬|月初|月中|上午|下午|中午|早上|清晨|凌晨|傍晚|白天)$")


def _first_days_of_ranges(folded: str, hits: list[Hit]) -> list[Hit]:
    """28至30日, 廿八至卅日: a range's first day said without 日 shares the last's month
    (only 30日 was read, the first day lost)."""
    read: list[Hit] = []
    for hit in hits:
        first = _FIRST_DAY_BEFORE.search(folded, max(0, hit.start - 8), hit.start)
        last_day = _BARE_DAY_WHOLE.fullmatch(folded, hit.start, hit.end)
        if first is not None and last_day is not None and _is_day(hit) and not (read and read[-1].end > first.start()):
            if _EVERY_WEEK.search(folded, max(0, first.start() - 9), first.start()):
                continue  # 每周5到6日, 每週上課5到6日: five or six days a week, not the 6th
            day = date.fromisoformat(hit.value[:10])
            low = _int(first["a"])
            if 1 <= low < day.day:
                value = f"{day.replace(day=low).isoformat()}/{(day + timedelta(days=1)).isoformat()}"
                hit = Hit(FactKind.DATE, first.start(), hit.end, value, own_detail(value, folded[first.start() : hit.end]))
        read.append(hit)
    return read


_FIRST_DAY_BEFORE = re.compile(rf"(?<![\d.月第每前后近约这本/一二两三四五六七八九十廿卅])(?P<a>{_DAY}|卅一?)\s*{_TO}\s*$")
"""A day number and a range mark just before a bare day (28至 of 28至30日); not a month's (8月28至),
a count's (每周5到6日) or a part of a date (2023-08-)."""
_EVERY_WEEK = re.compile(r"每\s*(?:周|星期|礼拜|个星期|个礼拜)[^，,。；;：:\d]{0,4}$")
_BARE_DAY_WHOLE = re.compile(rf"(?:{_DAY}|卅一?)\s*[日号]")


def _is_day(hit: Hit) -> bool:
    return hit.detail is not None and hit.detail.unit == "day" and hit.detail.low == hit.detail.high


_CLOCK_END = re.compile(
    rf"\s*{_TO}\s*(?:(?:{_DAY_PERIOD})\s*)?(?:{_HOUR_TO}"
    r"|[一二三四五六七八九十两]{1,3}[点时](?:半|[一二三四五六七八九十]{1,3}分"
    r"|(?![零一二三四五六七八九])))"
)
_BARE_DAY = re.compile(r"(?P<d>3[01]|[12]\d|0?[1-9]|[二三]?十[一二三四五六七八九]|[二三]十|[一二三四五六七八九])[日号]")
_A_BARE_DAY_AND_ITS_TIME = re.compile(rf"(?:{_BARE_DAY.pattern})[^年月至到]*")
"""A bare day, alone or with its part of the day or clock time (26日晚, 20号清晨, 27日晚10时)."""
_NAMES_MONTH = re.compile(r"月|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}")
_NAMES_YEAR = re.compile(r"年(?!代)|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}")
_DIGIT_YEAR = re.compile(r"(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年|\d{4}[-/.]\d")
"""A year written out, in digits or digit by digit in Chinese (二〇〇五年四月…五月: 2005's May)."""
_MONTH_ALONE = re.compile(rf"(?P<m>{_MONTH})\s*月份?(?:[初底末]|[上中下]旬)?")
_MONTHS_RANGE = re.compile(rf"(?P<m>{_MONTH})\s*月份?\s*(?:至|到|直到|-|~|～)\s*(?:{_MONTH})\s*月份?")
_YEAR_MONTH = re.compile(rf"(?:\d{{4}}|[〇○零一二三四五六七八九]{{4}})\s*年\s*(?:{_MONTH})\s*月份?")
_SAID_YEAR_MONTH = re.compile(rf"(?:[同当次翌是这该那去前上今])年\s*(?:{_MONTH})\s*月份?")
_COUNTED_BACK = re.compile(r"(?:去|前|上)年")
"""A month of the year named before (当年9月, 同年10月), read so by ``said_by_the_one_before``, or
of a year counted back (去年7月: a bare 8月 after it in its sentence is of that year too)."""
_YEAR_MONTH_PART = re.compile(rf"(?:\d{{4}}|[〇○零一二三四五六七八九]{{4}})\s*年\s*(?:{_MONTH})\s*月份?(?:[初底末]|[上中下]旬)?")
"""A month of a year written out, in digits or in Chinese ones, or a part of it (2004年10月下旬,
一九八九年四月), not a period running on from it (2024年7月起)."""
_YEAR_CELL = re.compile(r"(?P<y>\d{4})\s*年(?:\s*[~～\-—至到]\s*\d{4}\s*年)?")
"""A year, or a run of years, standing on a line of its own: a timeline's or a table's row
(2016年 / 5月6日至10月7日)."""
_RUNS_ON = re.compile(r"\s*(?:起|以来|开始|至今|迄今|到|至|—|-|~|～)")
_MONTH_DAY = re.compile(rf"(?P<m>{_MONTH})\s*月\s*(?P<d>{_DAY})\s*[日号]")
_MONTH_DAY_ON = re.compile(rf"(?P<m>{_MONTH})\s*月\s*(?P<d>{_DAY})\s*(?:[日号]|(?=[至到\-~～—－]))")
"""A month and day, or one opening a range without its 日 (9月18至23日)."""
_NATIONAL_DAY = re.compile(r"(?:(?:今年|去年|明年|前年|后年|\d{4}\s*年)的?)?国庆(?:节|日)?")
_TAIWANS_NATIONAL_DAY = re.compile(r"(?:今年|去年|明年|前年|后年|\d{4}\s*年)?(?:双十)?国庆(?:节|日)?(?:连续)?(?:假期|期间|连假|当天|前夕)?")
_WEEKDAY_ONLY = re.compile(r"(?:上上上|下下下|上上|下下|上|下|这|本|今个)?个?(?:星期|周|礼拜)[一二三四五六日天]")
_BESIDE = re.compile(r"\s*[,，]?\s*(?P<open>[(（]?)\s*")
_CLOSE = re.compile(r"\s*[)）]")


class _Own(str):
    """A value our reading gives for good, the library not asked: it misreads the phrase
    (晏昼三点十五 as 3:15 in the morning, 前两年 as 2008–2011) or cannot read it (3:15pm)."""


_CLOCK_MINUTES = re.compile(r"半|\d{2}|[一二三四五]?十[一二三四五六七八九]?")
"""Minutes that make 点 a clock time on their own (8点40, 8点05, 三点十五, 三点半): a decimal
is written 3.15 or 三点一五, never with 十, and a clock's minutes in two digits (上涨1点5倍,
调高24点5度 are 1.5 and 24.5)."""
_UNREAD_CLOCK = re.compile(r"晏昼|下昼|午后|琴|寻晚|听[朝晚]|[踏搭]|个字|[点时][一二三四五六七八九]$|[AaPp]")
"""Clock words jionlp does not know or misreads: Cantonese 晏昼 and five-minute steps, am and
pm, 午后 (午后3点 is 3:00 to it)."""


# ---- Resolvers: one per phrase shape


def _absolute(match: re.Match[str], published: datetime | None) -> str | None:
    """2022年07月25日 23:46, 2020年5月, 2018年, 二〇一九年九月."""
    year = _int(match["y"])
    return _ymd_value(year, match, published)


def _common_era_year(match: re.Match[str], published: datetime | None) -> str | None:
    """公元79年, 公元618年5月: a year of one to three digits, as written (the library reads 79年 as 1979)."""
    year = _int(match["y"])
    value = _ymd_value(year, match, published)
    return _Own(f"{year:04d}{value.removeprefix(str(year)).removeprefix(f'{year:04d}')}") if value else None


def _month_day(match: re.Match[str], published: datetime | None) -> str | None:
    """10月15日 or 3月: the publication's year, or a year-less ISO form without one."""
    if published is None:
        month, day = _int(match["m"]), _int(match["d"])
        return None if match["nth"] else _no_year(month, day)
    if match["nth"]:
        return _nth_weekday(published.year, _int(match["m"]), match)
    if not match["d"] and _NAMED_EVENT.match(match.string, match.end()):
        return None  # 十月革命, 二月革命: an event named by its month, not this year's month
    return _ymd_value(published.year, match, published)


_NAMED_EVENT = re.compile(r"革命|事变|起义|风暴")
_A_NUMBERED_THING = r"楼(?![市盘])|线|院|房(?![贷价租产市])|车(?![展市])|位|门(?![店票诊])|机|文件|台风|公告|令(?!吉)"
"""What after 1号 makes it a thing's number (1号线, 2号台风, 1号文件), not a day (下月1号房贷 is one)."""


def _slash_day(match: re.Match[str], published: datetime | None) -> str | None:
    """9/2 beside its weekday, before 号, a clock time or 起: a day of the publication's year."""
    if published is None:
        return _no_year(_int(match["m"]), _int(match["d"]))
    value = _ymd_value(published.year, match, published)
    weekday = _SLASH_WEEKDAY.match(match.string, match.end())
    if value is not None and weekday is not None:
        moved = _in_its_weekdays_year(date.fromisoformat(value[:10]), weekday["wd"], published)
        value = moved.isoformat() + value[10:]
    return None if value is None else _Own(value)


_SLASH_WEEKDAY = re.compile(r"\s*[(（]\s*(?:周|星期|礼拜)?(?P<wd>[一二三四五六日天])\s*[)）]")
"""1/2(五): the weekday in brackets after a slash day, which says its year."""


def _slash_days(match: re.Match[str], published: datetime | None) -> str | None:
    """9/1-9/3, 12/30-1/2: the days from the first to the second, the second in the year after
    when it comes before the first."""
    if published is None:
        return None
    try:
        first = date(published.year, _int(match["m"]), _int(match["d"]))
        last = date(published.year, _int(match["m2"]), _int(match["d2"]))
    except ValueError:
        return None
    if last < first:
        last = date(last.year + 1, last.month, min(last.day, 28) if last.month == 2 else last.day)
    if (last - first).days > 120:
        return None  # 1/2-3/4: fractions, not days
    return _Own(f"{first.isoformat()}/{(last + timedelta(days=1)).isoformat()}")


def _roc_year(match: re.Match[str], published: datetime | None) -> str | None:
    """民國111年, 111年7月25日: Taiwan counts years from 1912 (民國元年), so 111 is 2022. A bare
    three-digit year is one only with a month after it (100年 alone is a century)."""
    written = match["roc"] or match["bare"]
    year = 1 if written == "元" else _int(written)
    if not 1 <= year <= 200:
        return None
    if match["edge"]:  # 115年底, 民國99年初: the year's end or start, as 2026年底 is read
        detail = time_detail(f"{1911 + year}年{match['edge']}", published or datetime(1911 + year, 1, 1))
        return _Own(value_of(detail, match.group())) if detail is not None else None
    value = _ymd_value(1911 + year, match, published)
    return None if value is None else _Own(value)


def _roc_year_range(match: re.Match[str], published: datetime | None) -> str | None:
    """110年至113年, 112至115年, 民國110年至113年: the Republic's years, whole (2021 to 2024); not so
    many years (树龄约110至120年, 寿命为100到120年: a word of a length before it)."""
    low, high = int(match["a"]), int(match["b"])
    if not low < high <= low + _A_PLANS_YEARS or _YEARS_LENGTH_WORD.search(match.string, max(0, match.start() - 4), match.start()):
        return None
    return _Own(f"{1911 + low}/{1911 + high + 1}")


_A_PLANS_YEARS = 12
"""The most years a range of the Republic's years spans (a plan's or a term's); 100至120年 is a length."""
_YEARS_LENGTH_WORD = re.compile(r"约|寿命|长达|历时|龄|年限|期限|需要?|至少|最多|超过|活")
"""A word before so many years (树龄约110至120年, 寿命长达100到112年); 为 alone is a copula there
(执行期间为113年至116年)."""


def _relative_year(match: re.Match[str], published: datetime | None) -> str | None:
    """今年, 去年12月, 明年九月: a year counted from the publication's."""
    if published is None:
        return match.group()
    return _ymd_value(published.year + _REL_YEAR[match["rel"]], match, published)


def _tomorrow_and_after(match: re.Match[str], published: datetime | None) -> str | None:
    """明后天, 明后年: tomorrow and the day after, next year and the one after (the library reads
    后天 and 后年 alone)."""
    if published is None:
        return None
    if match["u"] == "年":
        return _Own(f"{published.year + 1}/{published.year + 3}")
    first = published.date() + timedelta(days=1)
    return _Own(f"{first.isoformat()}/{(first + timedelta(days=2)).isoformat()}")


def _relative_month(match: re.Match[str], published: datetime | None) -> str | None:
    """上个月, 下个月二十号: a month counted from the publication's."""
    if published is None:
        return match.group()
    year, month = add_months(published.year, published.month, _REL_MONTH[match["rel"]])
    if match["nth"]:
        return _nth_weekday(year, month, match)
    day = _int(match["d"])
    if day and (match["HC"] is not None or match["H"] is not None or match["H2"] is not None):
        try:
            return _with_clock(date(year, month, day), match, False)
        except ValueError:
            return None
    return _day_or_month(year, month, day)


def _from_today(match: re.Match[str], published: datetime | None) -> str | None:
    """A headline's 今起, 明起 (新規今起實施, 小三通明起全天停航): today or tomorrow, which the 起
    after it opens (``onwards``); not 如今起码, 说明起见 or 今起程."""
    if published is None:
        return None
    return _Own((published.date() + timedelta(days=1 if match["w2"] else 0)).isoformat())


def _relative_day(match: re.Match[str], published: datetime | None) -> str | None:
    """昨天, 今晚8点: a day counted from the publication's, with its clock time if any."""
    if match["rel"].startswith("琴") and match.string[match.start() - 1 : match.start()] in _ZITHERS:
        return None  # 钢琴日记: a piano's diary, not yesterday
    if match["rel"] in _CANTONESE_NIGHTS and match.string.startswith("间", match.start() + 2):
        return None  # 蕭美琴晚間發表聲明: a name's 琴 and 晚间, not Cantonese for last night
    if published is None:
        return match.group()
    clock = not (match["H"] is None and match["H2"] is None and match["HC"] is None)
    if match["rel"] == "今朝" and not clock:
        return None
    if match["rel"] in _DAY_PARTS and not clock:
        return ""  # 今晚, 明早: the part of the day, which the library reads said in full
    day = published.date() + timedelta(days=_REL_DAY[match["rel"]])
    evening = match["rel"] in _PM
    value = _with_clock(day, match, evening)
    return _Own(value) if match["rel"] in _UNREAD_DAYS and "T" in value else value


def _last_n(match: re.Match[str], published: datetime | None) -> str | None:
    """近三年, 前两个月, 过去7天, 上两周, 上两小时: whole units just before publication's own,
    end exclusive. 上 and 前N年 are ours to read (jionlp reads 上两天 not at all and 前两年 as
    2008–2011); 前3小时 is the three hours up to now (see _to_now)."""
    n = _count(match["n"])
    if match["pre"] == "前" and match["u"].endswith("月"):
        return None  # 前10个月: January to October, a period (see _period)
    if match["pre"] == "近" and match.string[match.start() - 1 : match.start()] in _NEARLY_AFTER \
            and not match.string.startswith("来", match.end()):
        return None  # 工作近30年, 经过近4年: nearly so long, not the years up to now (but 达到了近三年来的最高)
    if match["pre"] == "前" and _before_a_thing_named(match, n):
        return None
    if match["pre"] == "前" and match["u"] == "年" and n >= 100:
        return None  # 前221年, 秦统一六国: a year before the common era, not the last 221 years
    if published is None or not n:
        return None if not n else match.group()
    if match["pre"] == "前" and match["u"].endswith(("小时", "钟头", "分钟")):
        return _to_now(published, match["u"], -n)
    if match["pre"].startswith("最近") and _DAYS_TO_COME.match(match.string, match.end()):
        return _days_ahead(published, match["u"], n)  # 预计最近两天将全面启动: the days to come
    whole = match["pre"] == "近" and match["u"] == "年" and n > 1  # 近三年: 2019–2021, as the seed's gold has it
    rolling = _rolling(published, match["u"], -n) if match["pre"] not in ("上", "前") and not whole else None
    if rolling is None and match["pre"] != "上":
        rolling = _days_ahead(published, match["u"], -n)  # 最近一周, 前两天: the days up to now
    if rolling is not None:
        return rolling
    return _Own(_span(published, match["u"], -n, 0))


_DAYS_TO_COME = re.compile(r"\s*(?:内|里)?\s*(?:将|即将|会(?![议员谈见面晤场所计])|就会|有望|可望|还将)")
"""What after 最近两天 makes them the days to come (最近两天将启动), not those just past."""
_NEARLY_AFTER = frozenset("将了达过经历时烧作活已")
"""What comes before 近 when it means nearly (将近, 长达近, 经过近, 工作近, 已近), not recently."""


def _before_a_thing_named(match: re.Match[str], n: int) -> bool:
    """比赛前一天, 倒台前一年, 首映前四天, 开学报到前14天: before something the text names, not the
    last days or years up to now."""
    if n == 1 and (match["u"] in ("天", "日") or _after_a_word(match)):
        return True
    return bool(_BEFORE_AN_EVENT.search(match.string, max(0, match.start() - 4), match.start()))


def _after_a_word(match: re.Match[str]) -> bool:
    """Whether a match follows a word of the sentence (a Chinese character), not a clause's start."""
    return "\u4e00" <= match.string[match.start() - 1 : match.start()] <= "\u9fff" if match.start() else False


def _next_n(match: re.Match[str], published: datetime | None) -> str | None:
    """未来三年, 下三天, 后三天: whole units just after the publication's own.

    后三个月 is left to the library: like 前三个月 it is months of the year (October to December).
    """
    n = _count(match["n"])
    if published is None or not n:
        return None if not n else match.group()
    if match["pre"] == "后" and match["u"].endswith("月"):
        return ""
    if match["pre"] in _AHEAD and match["u"].endswith(("小时", "钟头", "分钟")):
        return _to_now(published, match["u"], n)
    rolling = _rolling(published, match["u"], n) if match["pre"] in _AHEAD else None
    if rolling is None and match["pre"] in _AHEAD:  # as the library reads 未来三天: its dates are shown
        rolling = _days_ahead(published, match["u"], n)  # 接下来一周, 今后三天 alike (they were the next calendar week, days)
    if rolling is not None:
        return rolling
    value = _span(published, match["u"], 1, n + 1)
    return _Own(value) if match["pre"] not in _AHEAD else value


def _count(written: str | None) -> int:
    """A count of units; of two digits side by side (近两三年, 一两年内: two or three; 三五年内:
    three to five) the larger, not 23, 12 or 35."""
    if written and len(written) == 2 and all(c in _SMALL_DIGITS for c in written):
        first, second = (_SMALL_DIGITS[c] for c in written)
        if second in (first + 1, first + 2):
            return second
    return _int(written)


_SMALL_DIGITS = {c: v for v, c in enumerate("一二三四五六七八九", 1)} | {"两": 2}


def _rolling(published: datetime, unit: str, n: int) -> str | None:
    """过去五年, 最近三个月, 未来三年: the ``n`` years or months up to now (n < 0), from the same
    day back, or from now to the same day on, by the calendar; jionlp counts a year as 365 days
    (过去30年 began on 20 June of a 12 June article), and our value was whole years (2019–2023)
    though the dates shown were jionlp's. 近三年 stays whole years (see ``_last_n``), but 近一年
    is the last twelve months, as 去年 is the last whole one. Days and weeks are left to the
    caller (None)."""
    months = {"年": 12}.get(unit, 1 if unit.endswith("月") else 0) * n
    if not months:
        return None
    now = published.replace(microsecond=0, tzinfo=None)
    if n < 0:
        first = _months_on(now.date(), months)
        return _Own(f"{first.isoformat()}T00:00:00/{now + timedelta(seconds=1):%Y-%m-%dT%H:%M:%S}")
    last = _months_on(now.date(), months) + timedelta(days=1)
    return _Own(f"{now:%Y-%m-%dT%H:%M:%S}/{last.isoformat()}T00:00:00")


def _days_ahead(published: datetime, unit: str, n: int) -> _Own | None:
    """未来4天, 未来一周: from now to the same moment so many days on, as the library reads them
    and the dates shown were; the value had been the next whole days or the next calendar week
    (未来一周 the week after this one). With ``n`` below 0 the days up to now (最近一周, 过去7天:
    the value was the calendar week or whole days before, the dates shown the library's seven
    days up to now)."""
    days = n * 7 if unit.endswith(("周", "星期", "礼拜")) else n if unit in ("天", "日") else 0
    if not days:
        return None
    now = published.replace(microsecond=0, tzinfo=None)
    low, end = (now, now + timedelta(days=days)) if days > 0 else (now + timedelta(days=days), now)
    return _Own(f"{low:%Y-%m-%dT%H:%M:%S}/{end + timedelta(seconds=1):%Y-%m-%dT%H:%M:%S}")


def _to_now(published: datetime, unit: str, n: int) -> _Own:
    """前3小时, 未来24小时: the ``n`` hours or minutes up to now (n < 0) or from now, to the second.

    As jionlp reads 前3小时, but ours: it reads 前两小时 as 22:00–02:59 of a 04:30 reference,
    and 前两分钟 as seven minutes ending one before now.
    """
    step = timedelta(minutes=1) if unit == "分钟" else timedelta(hours=1)
    now = published.replace(microsecond=0, tzinfo=None)
    low, last = (now + n * step, now) if n < 0 else (now, now + n * step)
    return _Own(f"{low:%Y-%m-%dT%H:%M:%S}/{last + timedelta(seconds=1):%Y-%m-%dT%H:%M:%S}")


def _within(match: re.Match[str], published: datetime | None) -> str | None:
    """三天内, 72小时之内, 一年内: from the publication's moment to the same moment ``n`` units
    on, to the end of that day for days and longer.

    Ours: jionlp reads 一周内 as two days, 两周内 as three, and 一年内 to the end of next year.
    """
    if published is None:
        return match.group()
    if _HOW_LONG.search(match.string, max(0, match.start() - 3), match.start()):
        return None  # 短短不到2个月内就跌入空头: how long it took, not the months to come
    if match.string.endswith("之日起", 0, match.start()):
        return None  # 自公告之日起六个月内: a rule's term from a day not told, not the months to come
    unit, written = match["u"].lstrip("个"), match["n"]
    if match.string.endswith("前", 0, match.start()):
        # 报到前14天内, 在此之前两个月内: so long before a thing; 前3天内 opening a clause: up to now
        return _length_of(written, unit) if "\u4e00" <= match.string[match.start() - 2 : match.start() - 1] <= "\u9fff" else None
    if _AFTER_AN_EVENT.search(match.string, max(0, match.start() - 12), match.start()):
        return _length_of(written, unit)  # 在事故发生后的一个月内, 奥运开幕的一周之内: from that event, not from now
    now = published.replace(microsecond=0, tzinfo=None)
    if unit in ("小时", "钟头", "分钟"):
        minutes = 30 if written == "半" else _count(written) * (1 if unit == "分钟" else 60)
        return _to_now(published, "分钟", minutes) if minutes else None
    if _done_within(match):
        return _length_of(written, unit)
    last = _last_day_within(now.date(), unit, written)
    if last is None or last <= now.date():
        return None
    return _Own(f"{now:%Y-%m-%dT%H:%M:%S}/{last + timedelta(days=1):%Y-%m-%dT00:00:00}")


_HOW_LONG = re.compile(r"(?:短短|不到|仅仅|仅用|只用|用了|花了)$")
_AFTER_AN_EVENT = re.compile(
    r"(?:在|于)(?!未来|今后|接下来|往后|以后|此后|最近|近|这|本|今|明)[^，,。；;！？!?\d]{1,10}?(?:后|之后)?的$|(?<![今往以此])(?:后|之后)的?$"
)
"""在奥运开幕的一周之内, 事故发生后的一个月内, 开学后一周内: so long from an event the text names (not
在未来的一个月内, 今后一年内: from now)."""


def _done_within(match: re.Match[str]) -> bool:
    """Whether 一个月内 is how long a thing took, in a clause that tells of what was done (一个月内
    接连作案三起, 9个月内已跑遍全县, 去年他在一个月内…), not the month to come: no wish, demand or
    forecast in its clause, and a word of the past."""
    text = match.string
    clause = sentence_start(text, match.start(), CLAUSE_STOPS), sentence_end(text, match.end(), CLAUSE_STOPS)
    return not _AHEAD_WITHIN.search(text, *clause) and bool(_DONE.search(text, *clause))


_DONE = re.compile(r"已|曾|(?<![为除])了(?![解不结])|去年|昨[天日]|上[周月]|前年|当时|此前|接连|先后")
"""Words of a clause that tells of what was done (已跑遍, 兜售了, 去年)."""


def _length_of(written: str, unit: str) -> _Own | None:
    """三天, 一个月, 半年, 两小时 as an ISO 8601 length (P3D, P1M, P0.5Y, PT2H)."""
    n = 0.5 if written == "半" else _count(written)
    if not n:
        return None
    letter = {"年": "Y", "月": "M", "周": "W", "星期": "W", "礼拜": "W", "小时": "TH", "钟头": "TH", "分钟": "TM"}.get(unit, "D")
    return _Own(f"P{letter[:-1]}{n:g}{letter[-1]}")


def _last_day_within(day: date, unit: str, written: str) -> date | None:
    """The last day of ``written`` units from ``day`` on (半 for half a year or a month)."""
    if written == "半":
        return _months_on(day, 6) if unit == "年" else day + timedelta(days=15) if unit == "月" else None
    n = _count(written)
    if unit in ("年", "月"):
        return _months_on(day, 12 * n if unit == "年" else n)
    return day + timedelta(days=n * (7 if unit in ("周", "星期", "礼拜") else 1))


def _months_on(day: date, months: int) -> date:
    """The same day ``months`` on (the month's last day where it has no such day)."""
    year, month = add_months(day.year, day.month, months)
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _holiday(match: re.Match[str], published: datetime | None) -> str | None:
    """国庆节, 元旦: a fixed-date holiday in the publication's year, or across New Year.

    元旦 in a December article is the coming one and 圣诞节 in a January one the one just
    past (``nearest``; the library says the same year always); further off, the publication's year
    (but see ``_feast_to_come``); before 以来 or 至今 the last one gone by (元旦以来 in December).
    """
    if published is None:
        return match.group()
    month, day = _HOLIDAYS[match["h"]]
    gone = _told_as_gone(match) and not _A_YEAR_BEFORE_IT.search(match.string, max(0, match.start() - 6), match.start())
    found = (last_gone if gone else nearest)(published.date(), _every_year_on(month, day))
    if found is None:
        return None
    value = _with_clock(found[0], match, False)
    return _Own(value) if found[0].year != published.year else value


def _feast(match: re.Match[str], published: datetime | None) -> str | None:
    """复活节, 2018年光明节, 东正教圣周五, 去年斋月: a feast of the world's calendars, as
    ``date_holidays`` dates it; no date without a reference unless the year is written."""
    year = _range_year(match, published) if match["y"] or match["ry"] else None
    days = feast_days(match["feast"], published, year, orthodox=bool(match["orth"]))
    if days is None:
        return None
    first, last = days
    if first == last:
        return _Own(first.isoformat())
    return _Own(f"{first.isoformat()}/{(last + timedelta(days=1)).isoformat()}")


def _weekday_number(said: str) -> int:
    """A weekday's character as Python numbers it: 一 is Monday, 0; 日 and 天 are Sunday, 6."""
    return min(_WEEKDAYS.index(said), 6)


def _nth_weekday(year: int, month: int, match: re.Match[str]) -> str | None:
    """十月的第一个星期一, 下个月最后一个周五: that day of the month, or None if there is none."""
    index = _weekday_number(match["nwd"])
    first = date(year, month, 1)
    day = first + timedelta(days=(index - first.weekday()) % 7)
    if match["nlast"]:
        while (day + timedelta(weeks=1)).month == month:
            day += timedelta(weeks=1)
    else:
        day += timedelta(weeks=_int(match["nn"]) - 1)
    return _Own(day.isoformat()) if day.month == month else None


def _decade(match: re.Match[str], published: datetime | None) -> str | None:
    """1920年代 → 1920/1930."""
    year = int(match["y"])
    return f"{year}/{year + 10}"


def _a_decades_part(match: re.Match[str], published: datetime | None) -> str | None:
    """2030年代初, 2050年代中, 2040年代末: a part of a decade to come, its first three, middle four
    or last three years, as the library reads a past one's (it read 2030年代初 as 1930–1932)."""
    year = int(match["y"])
    first, last = DECADE_PARTS[match["part"]]
    return _Own(f"{year + first}/{year + last}")


def _iso_stamp(match: re.Match[str], published: datetime | None) -> str | None:
    """2022-07-25T10:32:00+08:00, as a page's data or a log writes it: the clock as written (its
    offset from UTC is not shown, as a dateline's is not)."""
    try:
        year, month, day, hour, minute = (int(match[g]) for g in ("y", "m", "d", "h", "mi"))
        moment = datetime(year, month, day, hour, minute, int(match["s"] or 0))
    except ValueError:
        return None
    return _Own(moment.isoformat() if match["s"] else moment.isoformat(timespec="minutes"))


def _numeric(match: re.Match[str], published: datetime | None) -> str | None:
    """2015-03-03, 2015/3/3, 2015.3.3, 20150303 (not a phone's or a code's number); 10/31/1974 and 31/10/1974 when only one order is a
    date (Hong Kong writes day first, American text month first: 3/4/2013 is left alone), with
    dashes too (05-19-2013, a Hong Kong site's date line)."""
    if match["y"]:
        return _day_or_month(int(match["y"]), int(match["m"]), int(match["d"]))
    if match["cy"]:
        value = _day_or_month(int(match["cy"]), int(match["cm"]), int(match["cd"]))
        return _Own(value) if value else None
    a, b = int(match["a"]), int(match["b"])
    if (a > 12) == (b > 12):
        return None
    month, day = (b, a) if a > 12 else (a, b)
    return _day_or_month(int(match["y4"]), month, day)


def _weekday(match: re.Match[str], published: datetime | None) -> str | None:
    """上周三, 星期五, 这星期4: a day of the publication's week, or the week before or after (a
    digit for the day only after a week word that says which week: 每周4次 is no day)."""
    if published is None:
        return match.group()
    monday = _monday(published, _REL_WEEK[match["pre"] or ""])
    day = match["wd"]
    if day.isdigit():  # the library reads 这星期4 as the whole week
        return _Own(_with_clock(monday + timedelta(days=int(day) - 1), match, False))
    return _with_clock(monday + timedelta(days=_weekday_number(day)), match, False)


def _weekdays_of_a_week(match: re.Match[str], published: datetime | None) -> str | None:
    """週六、日, 周一至五, 本週六日: the days from the one to the other in one week, as 周六、周日 is read
    (the second was lost: 周一至五 was Monday alone). Ours."""
    said = [_weekday_number(day) for day in match["wd"] + (match["listed"] or "") if day in _WEEKDAYS]
    first, last = said[0], _weekday_number(match["wd2"] or match["wd3"]) if not match["listed"] else said[-1]
    if published is None or last <= first or said != list(range(first, first + len(said))):
        return None  # 周二、四: two days, not the three from one to the other
    monday = _monday(published, _REL_WEEK[match["pre"] or ""])
    return _Own(f"{monday + timedelta(days=first)}/{monday + timedelta(days=last + 1)}")


def _week(match: re.Match[str], published: datetime | None) -> str | None:
    """上周, 下个星期: an ISO week."""
    if published is None:
        return match.group()
    year, week, _ = _monday(published, _REL_WEEK[match["pre"]]).isocalendar()
    value = f"{year}-W{week:02d}"
    return _Own(value) if len(match["pre"]) == 3 else value  # the library reads 上上上周 as 上上周


def _clock(match: re.Match[str], published: datetime | None) -> str | None:
    """下午三点十五, 23:46: a time on the publication's day (time-only without one).

    A bare 三点 is not a time without 下午 or the like: it is as often "three points", and
    三点五 is 3.5; 三点半, 8点40, 三点十五, 三点十分 and 三点钟 are times.
    """
    marked = match["ap"] or match["H"] or match["H2"] or match["QW"] or match["oc"] or match["fen"] or _hour_word(match)
    until = match.string.endswith(_UNTIL, 0, match.start()) and ("时" in match.group() or _int(match["HC"]) in _UNTIL_HOURS)
    marked = marked or until  # 截至零时, 截至6时, 截至11点: a count's hour (截止3点 may be the market's 15:00)
    if not marked and not _CLOCK_MINUTES.fullmatch(match["MC"] or ""):
        return None  # 三点, 三点五, 三点一四: counts and numbers, not clock times
    if published is None:
        time = _time_of(match, False)
        return None if time is None else "T" + time
    return _with_clock(published.date(), match, False)


_UNTIL = ("截至", "截止", "截止到", "截至到")
_UNTIL_HOURS = frozenset((0, 7, 8, 9, 10, 11, 12, *range(13, 25)))
"""Hours a bare N点 after 截至 is read as (截止3点 may be 15:00, the market's close)."""


def _hour_word(match: re.Match[str]) -> bool:
    """20时, 8时许: an hour in digits with 时 is a clock time on its own (8点 may be 8 points
    of an index, 一时 a while; 第1时间 and 4时段 are no times)."""
    if match["HC"] is None or not match["HC"].isdigit() or match["MC"]:
        return False
    text, start, end = match.string, match.start("HC"), match.end("HC")
    before = text[start - 1 : start]
    return text[end : end + 1] == "时" and not _NOT_HOURS.match(text, end + 1) and not _NOT_BEFORE_HOURS.match(before)


_NOT_HOURS = re.compile(r"[段期代间候速尚政装事局空效髦针差辰常节光刻令态势]")
_NOT_BEFORE_HOURS = re.compile(r"[第每前后近约A-Za-z∶:]")
"""第1时间, war3时 (when playing Warcraft 3), 1:0时 (at one–nil)."""


def _short_year(match: re.Match[str], published: datetime | None) -> str | None:
    """97年5月, 08年8月8日, 九七年一季度, 零六年端午, 六八年底: a two-digit year, in the last century from
    50 on. Written in Chinese digits only where a month or a part of the year follows: 七八年
    alone is as often seven or eight years. Ours for good where the library reads another
    century (22年2月2日 was 1922 in a story of 2011 while the value said 2022); the two-digit
    year is of this century up to fifteen years after the publication's (45年 is 1945 in 2024)."""
    year = int(match["y2"] or match["y2c"].translate(_CN_DIGIT_VALUES))
    pivot = published.year % 100 + 15 if published is not None and published.year >= 2000 else 49
    year += 1900 if year > min(pivot, 99) else 2000  # 45年8月15日 is 1945 in a story of 2024, 22年 2022 in one of 2011
    if match["edge"]:  # 六八年底, 五七年初: the year's end or start (it was 年底 of the publication's year)
        detail = time_detail(f"{year}年{match['edge']}", published or datetime(year, 1, 1))
        return _Own(value_of(detail, match.group())) if detail is not None else None
    value = _ymd_value(year, match, published)
    if not value or published is None:
        return value
    read = time_detail(match.group(), published)  # the library reads 22年 as 1922 in a story of 2011
    return value if read is not None and (read.first or "")[:4] == value[:4] else _Own(value)


def _listed(match: re.Match[str], published: datetime | None) -> str | None:
    """7、8月, 七八月, 今年7月和8月, 3月5日和6日, 13、14日: two months or days in a row, listed, are one
    span (the library read 今年7月、8月 as July; 7、8月 was August alone, 七八月 nothing). Two not
    in a row (3月和5月) are left to the rules for each."""
    a, b = _int(match["a"] or match["a2"]), _int(match["b"] or match["b2"])
    if match["y2"] or match["ry2"]:
        year = _int(match["y2"]) or (published.year + _REL_YEAR[match["ry2"]] if published else 0)
    else:
        year = _range_year(match, published) or 0
    if not year or b != a + 1:
        return None
    if match["u"] == "月":
        if b > 12:
            return None
        end_year, end_month = add_months(year, b, 1)
        return _Own(f"{year:04d}-{a:02d}/{end_year:04d}-{end_month:02d}")
    month = _int(match["m"]) or (published.month if published else 0)
    try:
        first = date(year, month, a)
        last = date(year, month, b)
    except ValueError:
        return None
    return _Own(f"{first.isoformat()}/{(last + timedelta(days=1)).isoformat()}")


def _hours_listed(match: re.Match[str], published: datetime | None) -> str | None:
    """凌晨6、7点钟, 晚上7、8点: two hours in a row, listed, are the span from the first to the
    end of the second (7点钟 alone was read, or nothing)."""
    a, b = _int(match["a"]), _int(match["b"])
    if published is None or b != a + 1:
        return None
    part = match["ap"] or ""
    first, last = (time_detail(f"{part}{n}点", published) for n in (a, b))
    if first is None or last is None or not (first.first and last.last) or first.first >= last.last:
        return None
    end = datetime.fromisoformat(last.last) + timedelta(seconds=1)
    return _Own(f"{first.first}/{end:%Y-%m-%dT%H:%M:%S}")


_NEWS_VERBS = (
    r"(?:表示|宣布|举行|召开|发布|公布|出席|指出|受访|回应|证实|透露|前往|抵达|访问|会见|接受|举办|启动|出炉|登场|"
    r"发表|提出|通过|宣判|拍板|公告|说明|致电|视察|主持|率团|到访|再度|正式|将)"
)
"""Verbs a news story's subject does today (楊志良今舉行記者會, 行政院今宣布)."""


def _day_said_short(match: re.Match[str], published: datetime | None) -> str | None:
    """记者昨从现场获悉, 何永生昨正式宣布, 昨下午: 昨 alone, as Hong Kong's, Taiwan's and the
    mainland's papers write yesterday before a verb, read as 昨天, with the clock time after its
    part of the day (昨傍晚6時 was 18:00 of the publication's day); 楊志良今舉行記者會, 行政院今下午
    宣布: 今 alone before a news verb or a part of the day, as Taiwan's write today, read as 今天
    (they were no date; not 如今, 至今, 而今); 立法會明8時默哀: 明 alone before an hour, as a
    headline writes tomorrow."""
    if published is None:
        return None
    groups = match.groupdict()
    at = _ROUGHLY.sub("", groups.get("at") or "")  # 昨下午约5时许: the library reads the hour, _about the 约
    said = _SAID_SHORT[match.group()[0]] + (groups.get("part") or "") + at
    detail = time_detail(said, published)
    return _Own(value_of(detail, said)) if detail is not None else None


def _headline_day_said_short(match: re.Match[str], published: datetime | None) -> str | None:
    """立法會明8時默哀: 明 or 今 alone before an hour only on a headline's line (no comma, no full
    stop), after a body that acts (會, 府, 局, 首): in a sentence it is a name's (小明7時起床, 昆明8時)."""
    text = match.string
    start = text.rfind(_LINE_BREAK, 0, match.start()) + 1
    end = text.find(_LINE_BREAK, match.end())
    line = text[start : end if end >= 0 else len(text)]
    return None if _IN_A_SENTENCE.search(line) else _day_said_short(match, published)


_IN_A_SENTENCE = re.compile(r"[，,。；;]")
_ROUGHLY = re.compile(r"[约近许\s]")
_SAID_SHORT = {"昨": "昨天", "今": "今天", "明": "明天"}


def _lunar_in_digits(match: re.Match[str], published: datetime | None) -> str | None:
    """农历4月3日, 阴历8月15: a lunar day written in digits, read as the library reads 农历四月初三
    (it takes 农历4月3日 for a month of days; our rules read 4月3日 as April's)."""
    month, day = int(match["lm"]), int(match["ld"])
    if published is None or not (1 <= month <= 12 and 1 <= day <= 30):
        return None
    lead = match["lead"]
    if lead is None:
        return _lunar_nearest(month, day, published)
    year = int(lead.rstrip(" 年")) if lead[0].isdigit() else published.year + _REL_YEAR[lead]
    return _lunar_in_year(year, month, day, published)


def _lunar_said(match: re.Match[str], published: datetime | None) -> str | None:
    """腊月初十, 农历四月初三: the lunar day nearest the publication, as a holiday is. The library
    counts the lunar year as the Gregorian one, so in January 腊月初十 (two days ahead) was
    thirteen months ahead, and in December 正月初一 was the one ten months past."""
    month = _lunar_month_number(match["lm"])
    day = _int(match["digits"]) if match["digits"] else _lunar_day_number(match["ld"])
    if published is None or not month or not day:
        return None
    if match["ly"]:
        return _lunar_in_year(int(match["ly"].translate(_CN_DIGIT_VALUES)), month, day, published)
    return _lunar_nearest(month, day, published)


def _lunar_month_number(said: str) -> int:
    """正 1, 冬 11, 腊 12, 八 or 8 as written; 0 when unreadable."""
    return _LUNAR_MONTHS.index(said) + 1 if said in _LUNAR_MONTHS else _int(said)


def _lunar_day_number(said: str) -> int:
    """初八 8, 廿三 and 二十三 23; 0 when unreadable."""
    return _int(said.lstrip("初").replace("廿", "二十"))


def _lunar_day_of_a_year_said(match: re.Match[str], published: datetime | None) -> str | None:
    """今年腊月二十三, 去年农历八月十五: that lunar day of the year said; for the winter months
    (冬月, 腊月) the lunar year the publication is in, so 今年腊月二十三 on 10 January 2023 is the
    14th, four days on (the library read 今年腊月二十 alone, a year ahead)."""
    month = _lunar_month_number(match["named"] or match["lm"])
    day = _lunar_day_number(match["ld"])
    if published is None or not 1 <= month <= 12 or not day:
        return None
    year = (_lunar_year(published) if month >= 11 else published.year) + _REL_YEAR[match["ry"]]
    return _lunar_in_year(year, month, day, published)


def _days_of_the_new_year(match: re.Match[str], published: datetime | None) -> str | None:
    """大年初三: the first lunar month's third day, as 正月初三 (年初 was read inside it, the
    year's first two months)."""
    if published is None:
        return None
    day = _int(match["ld"].lstrip("初"))
    if match["ly"] or match["ry"]:  # 2024年大年初三, 去年大年初五: that year's
        found = _lunar_in_year(_int(match["ly"]) if match["ly"] else published.year + _REL_YEAR[match["ry"]], 1, day, published)
    elif _A_DAY_WRITTEN_BEFORE.search(match.string, max(0, match.start() - 9), match.start()):
        return ""  # 1月22日大年初一上午: one phrase with the day written before it, the library's to read
    else:
        found = _lunar_nearest(1, day, published, gone=_told_as_gone(match))
    return _on_its_day(found, match)


_A_DAY_WRITTEN_BEFORE = re.compile(r"(?:1[0-2]|0?[1-9])\s*月\s*(?:[12]\d|3[01]|0?[1-9])\s*[日号]\s*[（(]?\s*$")
"""A day written right before 大年初一 (1月22日大年初一, 2月10日（大年初一）): it says which festival."""


def _told_as_gone(match: re.Match[str]) -> bool:
    """大年初一以来, 春节至今: a day gone by, whatever the month (in December the nearest one is the
    coming one); not 截至春节 (确保截至春节前…发放到位 looks ahead), nor 至今年 (from it to this year's …)."""
    return bool(_SINCE_IT.match(match.string, match.end()))


_SINCE_IT = re.compile(r"\s*(?:以来|至今(?!年))")


def _on_its_day(found: str | None, match: re.Match[str]) -> str | None:
    """The day found, with the clock time the match says after it (大年初一上午10时)."""
    return None if found is None else _Own(_with_clock(date.fromisoformat(found[:10]), match, False))


def _days_of_the_new_year_said_short(match: re.Match[str], published: datetime | None) -> str | None:
    """年初二, 年初一一大早, 年初二晚上8時: as Hong Kong and Taiwan say 大年初二, the first lunar month's day
    (it was 年初, the year's first two months), with its clock time (it was put on the day asked)."""
    return _on_its_day(_lunar_nearest(1, _int(match["ld"].lstrip("初")), published), match) if published else None


def _last_days_of_the_lunar_year(match: re.Match[str], published: datetime | None) -> str | None:
    """年廿八, 年三十晚 (Hong Kong's way of saying the last days of the lunar year, 年三十 its eve): the
    twelfth lunar month's day nearest the publication, or the eve before the festival nearest it."""
    if published is None:
        return None
    if match["ld"] == "三十":  # the eve, whether the month has 29 days or 30
        found = nearest(published.date(), _spring_festivals)
        return _on_its_day((found[0] - timedelta(days=1)).isoformat(), match) if found else None
    return _on_its_day(_lunar_nearest(12, 20 + _int(match["ld"][1:]), published), match)


def _lunar_in_year(year: int, month: int, day: int, published: datetime) -> str | None:
    """A lunar month's day of a lunar year written out, asked of the library in digits and with
    the year in figures: it reads 2024年农历八月十五 as a month, and 去年农历8月15日 too."""
    detail = time_detail(f"{year}年农历{month}月{day}日", published)
    return _Own(detail.first[:10]) if detail is not None and detail.first else None


def _lunar_nearest(month: int, day: int, published: datetime, gone: bool = False) -> str | None:
    """A lunar month's day in the lunar year that puts it nearest the publication, by the rule
    holidays follow (``nearest``), or the last one gone by when the words say so (``gone``);
    asked of the library in digits, as it misreads 2024年农历八月十五."""

    def occurrences(year: int) -> list[tuple[date, date]]:
        detail = time_detail(f"{year}年农历{month}月{day}日", published)
        if detail is None or not detail.first:
            return []
        found = date.fromisoformat(detail.first[:10])
        return [(found, found)]

    span = last_gone(published.date(), occurrences) if gone else nearest(published.date(), occurrences)
    return _Own(span[0].isoformat()) if span else None


def _lunar_month(match: re.Match[str], published: datetime | None) -> str | None:
    """正月, 腊月, 农历八月: the lunar month's days, from its first to the next month's first
    (the end excluded), in the lunar year that puts its first day nearest the publication."""
    month = _LUNAR_MONTHS.index(match["named"]) + 1 if match["named"] else _int(match["lm"])
    if published is None or not 1 <= month <= 12:
        return None
    found = _lunar_nearest(month, 1, published)
    if found is None:
        return None
    first = date.fromisoformat(found)
    year = first.year - (month == 12 and first.month <= 2)  # 腊月 may begin in the next January
    next_year, next_month = (year + 1, 1) if month == 12 else (year, month + 1)
    detail = time_detail(f"{next_year}年农历{next_month}月1日", published)
    if detail is None or not detail.first:
        return None
    return _Own(f"{first.isoformat()}/{detail.first[:10]}")


_ROC_YEAR_SAID = r"(?:(?P<mg>(?:中华)?民国)\s*)?(?<![\d.])(?P<roc>(?(mg)\d{1,3}|1[01]\d))"
"""A year of the Republic before a part of it: 民國113年, or bare from 100 on as Taiwan writes it
(113年第3季; 99年 alone is as often 1999)."""
_A_QUARTERS_FIGURES = (
    r"(?![度节赛])(?![^，,。；;！？!?\n]{0,8}?(?:播|收视|节目|赛|稻|谷|作物|系列|新品|时装|集|剧|综艺|选秀|场均|得分|球|战绩|出场))[^，,。；;！？!?\n《》“”「」]{0,12}?(?:净利|盈利|营收|收入|业绩|经济|GDP|增长|同比|环比|按年|按季|亏损|利润|销量|出口|进口"
    r"|派息|股息|财报|营业额|萎缩|扩张|盈余|累计|累跌|累升|获利|纯益|EPS|每股)"
)
"""首季净利, 第二季经济同比增长: a quarter without 度 (Singapore's and Hong Kong's way) by the figures
after it; not a show's or a league's season (《好声音》第二季, 第二季赛事)."""
_FIRST_QUARTERS_TOLD = re.compile(
    rf"(?<![》」”剧秀吧集戏队艺第市施业任映播])[首头](?=[\d一二两三四]个?季{_A_QUARTERS_FIGURES})"
)
"""The 首 or 头 of 首3季 with figures of the year after it (首3季零售…按年升, Hong Kong's way): the
year's first quarters, as 前 says; not a listing's or a law's (上市首3季营收, 实施头三季). Not 首9个月
alone: as often a product's first months (上市首3个月销量, 开业头三个月营收)."""
_LUNAR_MONTHS = ("正", "二", "三", "四", "五", "六", "七", "八", "九", "十", "冬", "腊")


def _period(match: re.Match[str], published: datetime | None) -> str | None:
    """上半年, 一季度, 前三季度, 今年前10个月: whole months of a year, ``YYYY-MM/YYYY-MM``.

    2024上半年 (a headline's way, without 年) is ours: jionlp reads the whole year."""
    if match["per"] in ("前半年", "后半年") and not (match["y"] or match["ry"]):
        return None  # 年前半年, 兔年后半年, 那年后半年: no year said, so no half of one
    year = _range_year(match, published)
    months = _period_months(match)
    if year is None or months is None:
        return ""  # 年初, 年底: left to the library
    first, last = months
    year = _a_fiscal_years_part_reported(match, year, first, published)
    end_year, end_month = add_months(year, last, 1)
    value = f"{year:04d}-{first:02d}/{end_year:04d}-{end_month:02d}"
    if match["per"] in ("全年", "首季", "前半年", "后半年") or match["q3"] or match["q4"] or match["q5"] or match["roc"]:
        return _Own(value)  # the library reads 今年首季 and 去年第四季 as the whole year, 今年前半年 as the past six months, 113年 not at all
    said = match.group()[: match.start("per") - match.start()]
    return _Own(value) if match["y"] and not _A_CALENDAR_YEAR.fullmatch(said) else value


_A_CALENDAR_YEAR = re.compile(r"\d{4}\s*年\s*")
"""A year said as the library reads it before a part: not 2024上半年 (a headline's), 2011年度第三季度
or 2011财年第一季度 (the library reads the whole year, or the publication's quarter)."""


def _a_fiscal_years_part_reported(match: re.Match[str], year: int, first: int, published: datetime | None) -> int:
    """The calendar year a fiscal year's part is read in: its own, unless that puts it after the
    publication, for a fiscal year named for the year it ends in (英伟达2025财年第一季度, reported in
    May 2024, ran from February 2024): the year before."""
    if published is None or not _A_FISCAL_YEAR.search(match.group()):
        return year
    return year - 1 if (year, first) > (published.year, published.month) else year


_A_FISCAL_YEAR = re.compile(r"财年|财政年度|会计年度")


def _quarter_code(match: re.Match[str], published: datetime | None) -> str | None:
    """2024Q1, 今年Q3, 24年H1, Q4财报: a quarter or half as financial news codes it, whole months.
    Ours: the library reads none of them. Alone (no year) only before a word of results, and
    not after a word (奥迪Q3 is a car), and then the last such quarter begun."""
    if match["y2"]:
        year: int | None = 2000 + int(match["y2"])
    else:
        year = _range_year(match, published)
    if year is None:
        return None
    if match["h"]:
        first, last = (1, 6) if match["h"] == "1" else (7, 12)
    else:
        first, last = int(match["q"]) * 3 - 2, int(match["q"]) * 3
    if match["bare"] is not None and published is not None and first > published.month:
        year -= 1  # Q4财报 in February: the quarter last reported, not one to come
    year = _a_fiscal_years_part_reported(match, year, first, published)
    end = add_months(year, last, 1)
    return _Own(f"{year:04d}-{first:02d}/{end[0]:04d}-{end[1]:02d}")


def _quarter_range(match: re.Match[str], published: datetime | None) -> str | None:
    """一至三季度, Q1-Q3, 2025年第二到第四季度, 三、四季度: whole quarters, from the first's first month to
    the last's last. Ours: the library reads only the last quarter."""
    year = _range_year(match, published)
    low, high = _int(match["a"] or match["qa"]), _int(match["b"] or match["qb"])
    if year is None or not 1 <= low < high <= 4:
        return None
    if match["pair"] is not None and (high != low + 1 or match["a"].isdigit() and not match["pair"] or "个" in match.group()
                                      or match.start() and match.string[match.start() - 1] in "、一二三四"):
        return None  # 三、四季度, 三四季度: a pair one after the other (not 一、三季度, 连续12个季度, 三四个季度, 一、二、三季度)
    end = add_months(year, high * 3, 1)
    return _Own(f"{year:04d}-{low * 3 - 2:02d}/{end[0]:04d}-{end[1]:02d}")


def _relative_quarter(match: re.Match[str], published: datetime | None) -> str | None:
    """本季度, 上季度, 下一季度, 上个季度末: a quarter counted from the publication's, whole months
    (its first or last month with 初 or 末). Ours: the library reads them, but not 上一季度."""
    if published is None:
        return match.group()
    first = _quarter_start(published, _REL_WEEK[match["pre"]])
    edge = match["edge"]
    start = first if edge in (None, "初") else add_months(*first, 2)
    end = add_months(*start, 1 if edge else 3)
    return _Own(f"{start[0]:04d}-{start[1]:02d}/{end[0]:04d}-{end[1]:02d}")


def _relative_quarter_not_a_season(match: re.Match[str], published: datetime | None) -> str | None:
    """上季, 本季 without 度: the quarter, unless its sentence tells of a league's season (他本季场均得分25分，较上季增长)."""
    sentence = match.string[sentence_start(match.string, match.start()) : sentence_end(match.string, match.end())]
    return None if _A_SEASONS_WORD.search(sentence) else _relative_quarter(match, published)


_A_SEASONS_WORD = re.compile(r"场均|得分|球|赛|冠军|联赛|战绩|出场|进球|主场|客场")


def _before_or_since(match: re.Match[str], published: datetime | None) -> str | None:
    """四九年之前, 从九八年十二月以后, 1998年12月以后, 2009年之前: before the year or month (up to its eve,
    or to its end for a deadline ahead: the library took 2009 in), or from it up to the publication (it
    was nothing, or the month alone), or on with no end for a time to come. A year said in two digits is
    this century's up to ten years ahead of the publication, else the last (四九年: 1949, 一八年: 2018)."""
    if published is None:
        return None
    if match["yy"]:
        if match["yy"] in _ONE_OR_THE_NEXT or match["yy"] in ("一二", "二三", "三五"):
            return None  # 三四年以后, 三五年以后: three or four years on, not 1934
        short = int(match["yy"].translate(_CN_DIGIT_VALUES))
        year = 2000 + short if 2000 + short <= published.year + _SHORT_YEARS_AHEAD else 1900 + short
    else:
        year = int(match["y"].translate(_CN_DIGIT_VALUES))
    month = _int(match["m"] or match["m2"])
    if not 0 <= month <= 12 or not month and (not 1900 <= year <= published.year + 100 or year == 2000):
        return None  # 7000年以前, 1500年以前, 2000年以前: so many years ago (or 2000, unsure), as the library reads them
    first = date(year, month or 1, 1)
    now = published.replace(microsecond=0, tzinfo=None)
    ends = _period_end(year, month)
    if match["dir"].endswith("前"):  # before a year, up to its eve; a deadline (二四年之前完工), to its end
        return _Own(f"../{(ends if _a_deadline(match, ends < now.date()) else first - timedelta(days=1)):%Y-%m-%d}")
    if ends >= now.date() or _TO_COME_AFTER_IT.match(match.string, match.end()):
        return _Own(f"{first.isoformat()}/..")  # 二四年以后将建成, 2020年以后将提供: from then on, no span up to now
    return _Own(f"{first.isoformat()}T00:00:00/{now + timedelta(seconds=1):%Y-%m-%dT%H:%M:%S}")


_TO_COME_AFTER_IT = re.compile(r"\s*[，,]?\s*(?:将(?!近)|要(?![求素])|会(?![员计议场谈])|计划(?!生育)|预计|拟|准备|有望)")
"""2020年以后将提供: a plan from that year on, the end open (not a span up to the publication)."""


def _a_deadline(match: re.Match[str], over: bool) -> bool:
    """Whether 之前 sets a deadline, through the year's end: for a year not ``over``, a deed to be done after
    it in its clause or the one after its comma, not told as done already (2030年之前，全市将建成…, 二四年之前
    完工); for any, a plan or promise before it (曾承诺在2020年之前完成; not 承诺…之前不会)."""
    text = match.string
    start = match.end() + (text[match.end() : match.end() + 1] in "，,")
    after = text[start : sentence_end(text, start, CLAUSE_STOPS)]  # its clause, or the one after its comma
    before = text[sentence_start(text, match.start()) : match.start()]
    done = _ALREADY.search(after)  # 在2014年以前，SOHO中国已经将…出售: a past fact, no deadline
    promise = _A_PLAN_OR_PROMISE.search(before)
    promised = promise and not _NOT_TO_ACT.match(text, match.end()) and not _NOT_TO_ACT_BEFORE.search(before, promise.end())  # 承诺…之前不会裁员
    return bool(not over and _A_DEADLINES_DEED.search(after) and not done or promised)


_ALREADY = re.compile(r"已经|已|早已|曾")
_A_PLAN_OR_PROMISE = re.compile(r"计划(?!经济)|规划|承诺|力争|争取|目标|确保")
_NOT_TO_ACT_BEFORE = re.compile(r"(?:不会|不在|不得|决不|绝不|没有|不允许|不准)[^，,。；;\d的]{0,4}?[在于]?\s*$")
_NOT_TO_ACT = re.compile(r"\s*(?:都|也|还|绝|决)?(?:不(?![断但仅少同])|没|无(?![条论]))")
_A_DEADLINES_DEED = re.compile(r"完成|完工|竣工|实现|建成|达到|落实|投产|交付|到位|上线|开通|推出|启用|实施|生效|将|要|必须|须|计划")
_SHORT_YEARS_AHEAD = 10
"""How far ahead of the publication a year said in two digits may be (二五年之前完成: 2025; 四九年: 1949)."""


def _period_end(year: int, month: int) -> date:
    """The last day of the month, or of the year for month 0."""
    if not month:
        return date(year, 12, 31)
    return date(year, month, calendar.monthrange(year, month)[1])


def _year_to_now(match: re.Match[str], published: datetime | None) -> str | None:
    """1982年到今天, 2010年至现在: from the year's first day up to the publication, as 1982年至今 (the
    library read 今天 in 1982: 1982-01-01 to 1982-06-12)."""
    year = int(match["y"].translate(_CN_DIGIT_VALUES))
    if published is None or not 1000 <= year <= published.year:
        return None
    now = published.replace(microsecond=0, tzinfo=None)
    return _Own(f"{year:04d}-01-01T00:00:00/{now + timedelta(seconds=1):%Y-%m-%dT%H:%M:%S}")


def _since(match: re.Match[str], published: datetime | None) -> str | None:
    """3月以来, 去年10月以来, 5月1日至今, 8月6号到今天: from that month or day up to the publication, as the
    library reads 2020年以来 (it reads 3月以来 not at all and stops 去年10月以来 at October).
    Without a year, a month after the publication's is last year's (12月以来 in May)."""
    year = _range_year(match, published)
    if published is None or year is None:
        return None
    now = published.replace(microsecond=0, tzinfo=None)
    for candidate in (year,) if match["y"] or match["ry"] else (year, year - 1):
        try:
            start = date(candidate, _int(match["m"]), _int(match["d"]) or 1)
        except ValueError:
            return None
        if start <= now.date():
            return _Own(f"{start.isoformat()}T00:00:00/{now + timedelta(seconds=1):%Y-%m-%dT%H:%M:%S}")
    return None


def _period_months(match: re.Match[str]) -> tuple[int, int] | None:
    """First and last month of the period."""
    per = match["per"]
    if per in ("上半年", "下半年", "前半年", "后半年"):
        return (1, 6) if per in ("上半年", "前半年") else (7, 12)  # 今年前半年 is its first half
    if per == "全年":
        return 1, 12
    if per == "首季":
        return 1, 3
    if match["q"] or match["q1"] or match["q3"] or match["q4"] or match["q5"]:
        q = _int(match["q"] or match["q1"] or match["q3"] or match["q4"] or match["q5"])
        if not 1 <= q <= 4:
            return None
        return (1, q * 3) if per.startswith("前") else (q * 3 - 2, q * 3)
    if match["nm"]:
        n = _int(match["nm"])
        return (1, n) if 1 <= n <= 12 else None
    return None


def _decade_of_century(match: re.Match[str], published: datetime | None) -> str | None:
    """上世纪90年代, 80年代: a decade of the last century unless 本世纪 or 21世纪 says otherwise,
    or it is this century's and has begun (20年代 in 2024); 上世纪三四十年代 the two decades in a row."""
    decade = _int(match["dec"])
    if decade % 10 or not 0 <= decade <= 90:
        return None
    base = _century_base(match["c"] or "", published)
    if not match["c"] and published is not None and base + 100 + decade <= published.year and not _OF_HISTORY.search(
        match.string, sentence_start(match.string, match.start()), sentence_end(match.string, match.end())
    ):
        base += 100  # 20年代 in a story of 2024: the 2020s, begun, as the library reads it (in 2015, the 1920s)
    year = base + decade
    value = f"{year}/{year + 10}"
    if match["pair"]:  # 三四十年代: the two decades (it was the second alone)
        if _int(match["pair"]) * 10 != decade - 10:
            return None
        return _Own(f"{year - 10}/{year + 10}")
    # the library cannot read 六〇年代, counts 上世纪 from today, not from the publication, and
    # reads 20年代 as the 2020s even in 2015
    moved = match["c"] is not None and base != _CENTURIES[match["c"]]
    unbegun = not match["c"] and base == 1900 and decade <= 20
    return _Own(value) if match["dec"][-1] in "〇○零" or moved or unbegun else value


_OF_HISTORY = re.compile(r"民国|建于|建成于|老上海|上海滩|大萧条|爵士|那个年代|旧时|昔日|抗战|军阀|北洋|殖民|无声电影|默片")
"""Words of a sentence about the past that make a bare 20年代 the 1920s in a story of today (not
历史 or 当时, which a story of the 2020s says as often: 进入20年代…历史起点)."""


def _so_far(match: re.Match[str], published: datetime | None) -> str | None:
    """三年来, 三个月来, 十天来: from that many whole years, months or days back up to the
    publication, as the library reads them (三年来 in 2022 from 1 January 2019); 近十年来
    from the same day ten years back."""
    if published is None:
        return None
    n, unit, today = _count(match["n"]), match["u"], published.date()
    if not n:
        return None
    if _A_YEAR_WRITTEN_BEFORE.search(match.string, sentence_start(match.string, match.start(), CLAUSE_STOPS), match.start()):
        return _Own(_length(n, unit.removeprefix("个")))  # 2008年汶川地震发生3个月以来: so long after that, not up to now
    if match["near"] and unit in ("年", "个月"):
        return _rolling(published, unit, -n)
    if unit == "年":
        start = date(today.year - n, 1, 1)
    elif unit == "个月":
        start = date(*add_months(today.year, today.month, -n), 1)
    else:
        start = today - timedelta(days=n * (7 if unit in ("周", "个星期", "个礼拜") else 1))
    now = published.replace(microsecond=0, tzinfo=None)
    return _Own(f"{start.isoformat()}T00:00:00/{now + timedelta(seconds=1):%Y-%m-%dT%H:%M:%S}")


_A_YEAR_WRITTEN_BEFORE = re.compile(r"(?:19|20)\d\d\s*年|[一二][〇○零一二三四五六七八九]{3}年")


def _two_tenths(match: re.Match[str], published: datetime | None) -> str | None:
    """3月中下旬, 5月上中旬 (or 中上旬): two of a month's three ten-day parts, its 11th to its end or its
    1st to its 20th. Ours: the library reads 中下旬 as 中旬 and 上中旬 not at all."""
    year = _range_year(match, published)
    month = _int(match["m"])
    if year is None or not 1 <= month <= 12:
        return None
    first, last = (11, calendar.monthrange(year, month)[1]) if match["x"] in ("中下", "下中") else (1, 20)
    return _Own(f"{year:04d}-{month:02d}-{first:02d}/{date(year, month, last) + timedelta(days=1)}")


def _a_months_first_days(match: re.Match[str], published: datetime | None) -> str | None:
    """8月前两周, 3月前10天: that month's first weeks or days (it was the weeks or days before the
    publication, and 8月 alone)."""
    year = _range_year(match, published)
    month = _int(match["m"])
    days = 7 * _int(match["w"]) if match["w"] else _int(match["d"])
    if year is None or not 1 <= month <= 12 or not 0 < days <= calendar.monthrange(year, month)[1]:
        return None
    first = date(year, month, 1)
    if not match["y"] and not match["ry"] and published is not None and (first - published.date()).days > 183:
        first = first.replace(year=year - 1)  # 12月前两周 on a January page: the December just past
    return _Own(f"{first.isoformat()}/{first + timedelta(days=days)}")


def _within_year(match: re.Match[str], published: datetime | None) -> str | None:
    """年内完成, 今年内, 2023年内: within that year, the whole year as the library reads 今年内."""
    year = _range_year(match, published)
    return None if year is None else _Own(f"{year:04d}")


def _within_month(match: re.Match[str], published: datetime | None) -> str | None:
    """本月内, 月内完成: within the publication's month."""
    if published is None:
        return None
    return _Own(f"{published.year:04d}-{published.month:02d}")


def _month_edge(match: re.Match[str], published: datetime | None) -> str | None:
    """月底前完成, 月初: the publication month's first five days or from its 25th to its end, as
    the library reads 本月初 and 本月底 (it reads 月底 alone not at all)."""
    if published is None:
        return None
    return _Own(month_edge(published.year, published.month, match["edge"]))


def _century(match: re.Match[str], published: datetime | None) -> str | None:
    """上世纪末, 本世纪初, 20世纪上半叶: years of a century, its first or last twenty as the library
    reads 21世纪初 and 19世纪末, its middle sixty for 中叶; ours, as the library reads no 本世纪 and
    takes 上半叶 for the whole century."""
    base = _century_base(match["c"], published)
    first, last = _CENTURY_PARTS[match["part"] or ""]
    return _Own(f"{base + first:04d}/{base + last:04d}")


def _a_season(match: re.Match[str], published: datetime | None) -> str | None:
    """2012-13赛季: a sports season across the two years it names (the library read none, or the
    2012 alone)."""
    first, second = int(match["a"]), match["b"]
    last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
    last += 100 if last < first else 0  # 1999-00赛季
    return _Own(f"{first:04d}/{last + 1:04d}") if last == first + 1 else None


def _two_centuries(match: re.Match[str], published: datetime | None) -> str | None:
    """19至20世纪: from the first century's first year to the second's last (the second alone was read)."""
    first = _CENTURIES.get(f"{match['a']}世纪")
    last = _century_base(match["c"], published)
    return _Own(f"{first:04d}/{last + 100:04d}") if first is not None and first < last else None


def _century_base(name: str, published: datetime | None) -> int:
    """The first year of a named century; 本世纪 and 上世纪 count from the publication's (in
    1998, 本世纪末 was the 1980s and 1990s)."""
    base = _CENTURIES.get(name, 1900)
    if published is not None and name in _RELATIVE_CENTURIES:
        base = published.year // 100 * 100 - (0 if name == "本世纪" else 100)
    return base


def _year_written_short(match: re.Match[str], published: datetime | None) -> str | None:
    """早在89年, 98年他来到深圳, 成立于05年, 四九年以后: a year in its last two digits, this
    century's up to ten years past the publication's, else the last's (89 is 1989, 05 is 2005, 27
    in 2024 is 2027); said as when a deed was done or opening its clause, not a length (干了20年,
    30年内, 不低于20年)."""
    if published is None:
        return None
    yy = int(match["yy"].translate(_CN_DIGIT_VALUES))
    year = 2000 + yy if 2000 + yy <= published.year + 10 else 1900 + yy  # 预计在27年的时候: 2027
    return _Own(f"{year}")


def _first_or_last_of(match: re.Match[str], published: datetime | None) -> str | None:
    """1980年代的头五年 (1980-1985), 2010年代的最后三年 (2017-2020), 2020年的头三个月 (2020-01/04):
    so many years of a decade or months of a year from its start or back from its end (it was the
    whole decade, or the year and a length)."""
    year, n, decade = int(match["y"]), _count(match["n"]), bool(match["dec"])
    if not n or (decade and (year % 10 or n >= 10)) or (not decade and n >= 12):
        return None
    last = match["end"] in ("最后", "后")
    if decade:
        first = year + 10 - n if last else year
        return _Own(f"{first}/{first + n}")
    first_month = 13 - n if last else 1
    end_year, end_month = add_months(year, first_month, n)
    return _Own(f"{year}-{first_month:02d}/{end_year}-{end_month:02d}")


def _centurys_first_years(match: re.Match[str], published: datetime | None) -> str | None:
    """本世纪前10年, 21世纪的头20年, 下个世纪的前10年: the century's first years (前10年 was the ten
    years up to now, 21世纪的 the whole century); 上世纪后20年, 20世纪最后十年 its last."""
    n = _count(match["n"])
    if not n or n >= 100 or match["last"] == "后" and match.string[max(0, match.start() - 2) : match.start()] in _ENTERED:
        return None  # 进入21世纪后10年间: ten years after it began
    if match["c"].startswith("下"):
        if published is None:
            return None
        base = published.year // 100 * 100 + 100
    else:
        base = _century_base(match["c"], published)
    if match["last"]:
        return _Own(f"{base + 100 - n}/{base + 100}")  # 上世纪后20年: 1980 to 1999
    return _Own(f"{base}/{base + n}")


_ENTERED = frozenset(("进入", "跨入", "迈入", "步入", "踏入", "到了", "迈进", "跨进", "来到", "走进", "踏进", "进到"))
_RELATIVE_CENTURIES = frozenset(("本世纪", "上世纪", "上个世纪", "上一个世纪", "上一世纪"))
_CENTURY_PARTS = {"": (0, 100), "初": (0, 20), "末": (80, 100), "中叶": (20, 80), "上半叶": (0, 50), "下半叶": (50, 100)}


def _plan(match: re.Match[str], published: datetime | None) -> str | None:
    """“十四五”: the five-year plan's years, 2021/2026 (the 3rd plan began in 1966); the 10th, 2001
    to 2005, is said 十五 (十五计划, “十五”期间), and the 6th to 9th 六五 to 九五 (“九五”期间, 1996 to 2000)."""
    n = _int(match["n"] or match["n2"])
    start = 1966 + 5 * (n - 3)
    return _Own(f"{start}/{start + 5}")  # the library reads 十五五时期 as 05:00


def _year_range(match: re.Match[str], published: datetime | None) -> str | None:
    """2019-2021年, 2019至2021年, 一九九一至一九九五年: whole years, end exclusive."""
    low, high = (int(match[k].translate(_CN_DIGIT_VALUES)) for k in ("a", "b"))
    if low >= high:
        return None
    return f"{low}/{high + 1}" if match["a"].isdigit() else _Own(f"{low}/{high + 1}")  # the library: 二〇二五年 alone


def _short_year_range(match: re.Match[str], published: datetime | None) -> str | None:
    """1923至35年, 2018-19年度, 2015/16年度: the second year written by its last two digits, in the first's
    century (1998至02年 in the next). Ours: the library reads 35年 as a year of its own."""
    low, last = int(match["a"]), int(match["b"])
    high = low // 100 * 100 + last
    if high <= low:
        if low % 100 < 90 or last > 10:
            return None
        high += 100
    return _Own(f"{low}/{high + 1}")


def _a_span_ending(match: re.Match[str], published: datetime | None) -> str | None:
    """截至7月底的12个月: the twelve months ending with July (August to July); 截至6月底的2026财年
    July 2025 to June 2026 (a fiscal year its end names; not its quarters, 2026财年第三季); 截至2029年的五年间
    2025 to 2029; 截至3月22日的13周 the thirteen weeks ending on 22 March. A bare month ahead of
    the publication is last year's (a report of figures to it). Ours: the library read the
    end alone, or a week of it."""
    if published is None or not (match["y"] or match["m"]):
        return None
    if match["fy"]:  # 截至6月底的2026财年: July 2025 to June 2026
        month = _int(match["m"]) if match["m"] else 0
        if not 1 <= month <= 12 or match["d"] and match["d"] not in ("30", "31", "三十", "三十一"):
            return None
        end_year = int(match["y"]) if match["y"] else int(match["fy"])  # 截至2024年3月底的2023财年: to March 2024
        start, stop = add_months(end_year, month, -11), add_months(end_year, month, 1)
        return _Own(f"{start[0]:04d}-{start[1]:02d}/{stop[0]:04d}-{stop[1]:02d}")
    n = _int(match["n"])
    year = int(match["y"]) if match["y"] else published.year
    month = _int(match["m"]) if match["m"] else 12
    if not 1 <= month <= 12 or not 1 <= n <= 120:
        return None
    last_day = calendar.monthrange(year, month)[1]
    end = date(year, month, min(_int(match["d"]), last_day) if match["d"] else last_day)
    forecast = (end - published.date()).days <= 184 and _LOOKS_AHEAD.search(
        match.string, sentence_start(match.string, match.start()), match.start())
    if not match["y"] and end > published.date() and not forecast:
        end = end.replace(year=end.year - 1)  # figures reported to it; not 预计截至9月30日的三个月 in June, a forecast within half a year
    unit = match["u"]
    if unit in ("周", "个星期"):
        return _Own(f"{end - timedelta(weeks=n) + timedelta(days=1)}/{end + timedelta(days=1)}")
    if unit == "年" and not match["m"]:
        return _Own(f"{end.year - n + 1:04d}/{end.year + 1:04d}")
    months = n * (12 if unit == "年" else 3 if "季度" in unit else 1)
    if match["d"] and end.day != last_day:
        return None  # 截至3月22日的三个月: a span by days, not whole months
    start = add_months(end.year, end.month, 1 - months)
    stop = add_months(end.year, end.month, 1)
    return _Own(f"{start[0]:04d}-{start[1]:02d}/{stop[0]:04d}-{stop[1]:02d}")


def _a_seasons_years(match: re.Match[str], published: datetime | None) -> str | None:
    """1982/1983年: a season's or a school year's two years, one after the other (the library read
    the first's January)."""
    low, high = int(match["a"]), int(match["b"])
    return _Own(f"{low}/{high + 1}") if high == low + 1 else None


def _a_split_year(match: re.Match[str], published: datetime | None) -> str | None:
    """2024/25財政年度, 2024-25财年: April to the next March, as Hong Kong's and Singapore's governments
    (and most that split their years) count it; 2024/25学年: September to the next August, Hong Kong's
    and the mainland's school year. Ours: the library read both whole calendar years."""
    low, last = int(match["a"]), int(match["b"])
    high = last if last >= 100 else low // 100 * 100 + last
    if high != low + 1:
        return None
    first_month = 4 if match["kind"].startswith("财") else 9
    return _Own(f"{low:04d}-{first_month:02d}/{high:04d}-{first_month:02d}")


def _a_roc_school_year(match: re.Match[str], published: datetime | None) -> str | None:
    """113學年度: Taiwan's school year of the Republic's year 113, August 2024 to the next July."""
    year = 1911 + int(match["roc"])
    return _Own(f"{year:04d}-08/{year + 1:04d}-08")


def _dotted_months(match: re.Match[str], published: datetime | None) -> str | None:
    """1999.08-2002.02, 2019.03—至今: months from one to another, as a biography's lines give
    a post's term (a 2021.09 alone may as well be a number). Ours: the library reads none."""
    first = (int(match["y1"]), int(match["m1"]))
    if match["now"]:
        if published is None:
            return None
        now = published.replace(microsecond=0, tzinfo=None)
        return _Own(f"{first[0]:04d}-{first[1]:02d}-01T00:00:00/{now + timedelta(seconds=1):%Y-%m-%dT%H:%M:%S}")
    last = (int(match["y2"]), int(match["m2"]))
    if last < first:
        return None
    end_year, end_month = add_months(last[0], last[1], 1)
    return _Own(f"{first[0]:04d}-{first[1]:02d}/{end_year:04d}-{end_month:02d}")


def _month_range(match: re.Match[str], published: datetime | None) -> str | None:
    """今年1至6月, 2021年3-5月: whole months, end exclusive. Ours: jionlp reads 1-3月 as 3
    January and 2025年1-11月 as the whole year, the way economic news dates every table."""
    year = _range_year(match, published)
    low, high = _int(match["a"]), _int(match["b"])
    if year is None or not 1 <= low < high <= 12:
        return None
    end = add_months(year, high, 1)
    return _Own(f"{year:04d}-{low:02d}/{end[0]:04d}-{end[1]:02d}")


def _day_range(match: re.Match[str], published: datetime | None) -> str | None:
    """3月2日至9日, 2016年3月2-9日: whole days, end exclusive."""
    year = _range_year(match, published)
    month, low, high = _int(match["m"]), _int(match["a"]), _int(match["b"])
    return None if year is None else _days_of(year, month, low, high)


def _days_of(year: int, month: int, low: int, high: int) -> str | None:
    """The days ``low`` to ``high`` of a month, end exclusive, or None if they are none."""
    if low >= high:
        return None
    try:
        return f"{date(year, month, low).isoformat()}/{date(year, month, high) + timedelta(days=1)}"
    except ValueError:
        return None


def _mid_year(match: re.Match[str], published: datetime | None) -> str | None:
    """今年年中, 2013年年中, 去年中, 2027年中完工: the middle of the year, June and July (the library
    read the whole year). A written year with one 年 is its middle only when it is still to come or
    reached (截至2025年中, 到了2027年中): 在过去的2023年中，… and 2023年中，全市共发生… are within it."""
    year = _range_year(match, published)
    if year is None or published is None:
        return None
    if match["one"] and match["y"] and year < published.year and not _REACHED.search(match.string, max(0, match.start() - 3), match.start()) \
            and not match.string.startswith(("以来", "起", "开始"), match.end()):
        return None  # 自2022年中以来, 2022年中起: from its middle
    return _Own(f"{year:04d}-06/{year:04d}-08")


_REACHED = re.compile(r"(?:截至|截止|到了|直到|到|至)$")


def _day_range_of_a_month_told(match: re.Match[str], published: datetime | None) -> str | None:
    """下月20至22日, 本月20~22日: whole days of the month told from the publication's (it was the
    last day alone, in the publication's month)."""
    if published is None:
        return None
    year, month = add_months(published.year, published.month, _REL_MONTH[match["rel"]])
    return _days_of(year, month, _int(match["a"]), _int(match["b"]))


def _range_year(match: re.Match[str], published: datetime | None) -> int | None:
    """The year a period or range is in: written (2021年, 民國113年), relative (去年), or the article's."""
    if match["y"]:
        return _int(match["y"])
    if match.re.groupindex.get("roc") and match["roc"]:
        return 1911 + int(match["roc"])
    if published is None:
        return None
    return published.year + _REL_YEAR.get(match["ry"] or "今年", 0)


_JANUARYS_TERMS = frozenset(("小寒", "大寒"))
"""The solar terms of January, which the library counts to the solar year before (立春 opens one):
ours are the calendar year's (今年大寒 said in March or September is this January's, 去年大寒 last
year's), but 今年的小寒 said in December is next month's."""


def _solar_term_of_year(match: re.Match[str], published: datetime | None) -> str | None:
    """去年冬至, 明年清明: the solar term of that year, asked of the library with the year in
    figures; asked as said, it reads 去年 and 明年 as this year (去年霜降 was this October's)
    and 今年冬至 as the whole winter; 今年的夏至 was the whole summer, 去年大寒 two years out."""
    if published is None:
        return None
    year = published.year + _REL_YEAR[match["ry"]]
    january = match["term"] in _JANUARYS_TERMS
    asked = year - 1 if january and not (match["ry"] == "今年" and published.month == 12) else year  # 2023年大寒 is January 2024's
    detail = time_detail(f"{asked}年{match['term']}", published)
    expected = asked + 1 if january else year
    if detail is None or not detail.first or not detail.first.startswith(f"{expected:04d}"):
        return None
    return _Own(detail.first[:10])


def _lunar_alias(match: re.Match[str], published: datetime | None) -> str | None:
    """农历新年 (Hong Kong's word for Chinese New Year), 大年夜, 二月二: read as the library reads
    春节, 除夕 and 龙抬头 (the second day of the second lunar month), which it knows by those
    names only (二月二 was February)."""
    if published is None:
        return match.group()
    text = (match.groupdict().get("ry") or "") + _LUNAR_ALIASES.get(match["alias"], "龙抬头")
    if text == "春节":
        return _bare_spring_festival(match, published)
    detail = time_detail(text, published)
    return None if detail is None else _Own(value_of(detail, text))


def _a_years_last_day(match: re.Match[str], published: datetime | None) -> str | None:
    """截至2017年末, 至去年年底: the last day of the year said, or of the one counted from now."""
    if match["y"]:
        return _Own(f"{match['y']}-12-31")
    if published is None:
        return None
    return _Own(f"{published.year - {'去': 1, '今': 0, '前': 2}[match['ry']]:04d}-12-31")


def _this_day_of_its_year(match: re.Match[str], published: datetime | None) -> str | None:
    """去年的今天, 去年此时, 明年的这个时候: the publication's day in the year said (it was the whole year)."""
    if published is None:
        return None
    year = published.year + _REL_YEAR[f"{match['ry']}年"]
    day = published.date().replace(day=28) if (published.month, published.day) == (2, 29) else published.date()
    return _Own(day.replace(year=year).isoformat())


def _short_season(match: re.Match[str], published: datetime | None) -> str | None:
    """今冬, 明春, 今夏, 去冬今春: a season of this, next or last year, read as 今年冬天 is (they were
    not read); not a given name (王明春) nor 如今春天, 至今冬季, 说明春耕; 去 only before 今 (去冬今春),
    as it is mostly the verb (去春游, 去夏威夷)."""
    if published is None:
        return None
    before = match.string[match.start() - 1 : match.start()]
    if before in SURNAMES and before not in _NOT_A_SURNAME_HERE:
        return None
    season = match["season"] or match["last"]
    year = "去年" if match["last"] else _season_year(match.group()[0], season, published)
    text = f"{year}{season}天"
    detail = time_detail(text, published)
    return None if detail is None else _Own(value_of(detail, text))


def _season_year(said: str, season: str, published: datetime) -> str:
    """The year a library reads the season in: 今冬 in January or February is the winter now
    ending, last year's (it read the coming November's); 明春 before 立春 is this year's spring."""
    before_spring = (published.month, published.day) < (2, 4)
    if said == "今" and season == "冬" and published.month <= 2:
        return "去年"
    if said == "明" and season == "春" and before_spring:
        return "今年"
    return "今年" if said == "今" else "明年"


_NOT_A_SURNAME_HERE = frozenset("于在将从到自和与及或为是的")
"""Characters that are surnames but, before 明春 or 今冬, are words of their own (将于明春开工)."""


def _eve_of_year(match: re.Match[str], published: datetime | None) -> str | None:
    """2001年除夕, 今年除夕夜: the eve of the Spring Festival that falls in that year (23 January
    2001), as news dates it; the library takes the last day of the lunar year 2001 (in February
    2002), and 今年除夕 on 28 January 2006 for 17 February, no eve at all. 除夕 alone is the
    eve of the publication's year, or the next or last year's within 45 days, as the Spring
    Festival and the feasts are (the library took the next eve always: 28 January 2006 in a
    story of March 2005 telling of the eve just past)."""
    if not (match["y"] or match["ry"]) and published is not None:
        today = published.date()
        if _COMING.match(match.string, match.end()):  # 除夕将至: the next one
            coming = [eve for year in (today.year, today.year + 1) for eve, _ in _eves(year) if eve >= today]
            return _Own(coming[0].isoformat()) if coming else None
        found = nearest(today, _eves)
        return None if found is None else _Own(found[0].isoformat())
    year = _range_year(match, published)
    eve = None if year is None else _eve_in(year)
    return None if eve is None else _Own(eve.isoformat())


def _bare_spring_festival(match: re.Match[str], published: datetime | None) -> str | None:
    """春节 with no year: the publication year's, or the next or last year's within 45 days, as
    the feasts are (the library took the publication year's always: in a story of 20 December
    2005, 春节期间 was February 2005, not the festival six weeks on)."""
    if published is None:
        return match.group()
    today = published.date()
    if _said_to_come(match):  # 將推出農曆新年展覽, 春节将至: the coming one, or the one still on (春节期间将有… on its third day)
        festivals = [_spring_festival(year) for year in (today.year, today.year + 1)]
        on = timedelta(days=_FESTIVAL_WEEK if match.group().endswith(_FESTIVAL_DAYS_WORDS) else 0)
        coming = [festival for festival in festivals if festival is not None and festival + on >= today]
        return _Own(coming[0].isoformat()) if coming else None
    found = (last_gone if _told_as_gone(match) else nearest)(today, _spring_festivals)
    return None if found is None else _Own(found[0].isoformat())


_FEASTS_IN_FIGURES = {"三八": "妇女节", "五四": "青年节", "五一": "劳动节", "六一": "儿童节", "七一": "建党节", "八一": "建军节", "十一": "国庆节"}
_CN_NUMERALS = "〇○零一二三四五六七八九十百千万两"


def _feast_in_figures(match: re.Match[str], published: datetime | None) -> str | None:
    """“七一”前夕, 六一当天, 八一期间, 五一那天: the feast the figures name (8 March, 4 May, 1 June, 1 July,
    1 August; 五一 and 十一 only before 那天 or 这天, the library reads them before a holiday's words), as
    its name says it (七一 before a feast's word was none, and 六一当天 the day asked, 当天 read alone);
    the figures alone stay a number, and after a number (一九六一前后) a year's tail."""
    if published is None:
        return None
    month, day = _HOLIDAYS[_FEASTS_IN_FIGURES[match["h"] or match["that"]]]
    if match["y"] or match["ry"]:  # 2021年七一前夕, 二〇二二年八一前夕, 去年“七一”当天: that year's
        year = _year_in_figures(match["y"], published) if match["y"] else published.year + _REL_YEAR[match["ry"]]
        return _Own(date(year, month, day).isoformat()) if 1 <= year <= 9999 else None  # 0000年七一: none
    found = nearest(published.date(), _every_year_on(month, day))
    return None if found is None else _Own(found[0].isoformat())


def _every_year_on(month: int, day: int) -> Callable[[int], list[tuple[date, date]]]:
    """A day of the same date every year, as ``nearest`` and ``last_gone`` take a yearly day."""
    return lambda year: [(date(year, month, day),) * 2]


def _year_in_figures(said: str, published: datetime) -> int:
    """2021, 二〇二一 or 21 (this century's when not ahead of the publication's year, else the last's)."""
    year = int(said.translate(_CN_DIGIT_VALUES))
    if len(said) == 2:
        year += 2000 if 2000 + year <= published.year else 1900
    return year


_WEEKDAY_AND_DAY = r"(?:周|星期|礼拜)[一二三四五六日天]\s*[(（]\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*[日号]\s*[)）]"
_PART_AND_CLOCK = (
    rf"\s*(?:{_PERIOD})?\s*(?:[\d一二三四五六七八九十两零]{{1,3}}\s*[点时](?:\s*(?:半|[\d一二三四五六七八九十]{{1,3}}\s*分?))?"
    r"|[012]?\d[:：][0-5]\d)"
)
_A_WEEKDAY_BEFORE_ITS_DAY = re.compile(r"(?:周|星期|礼拜)[一二三四五六日天]\s*[(（]\s*(?P<d>(?:\d{1,2}\s*月\s*)?\d{1,2}\s*[日号])\s*[)）]")


def _weekdays_with_their_days(match: re.Match[str], published: datetime | None) -> str | None:
    """周四(27日)上午8时至周日(30日)上午8时, as Hong Kong papers give a time range: one range from the
    first day's clock to the last's, read as 27日上午8时至30日上午8时 is (it was the first day alone,
    a range 上午8时至周日 from the day after it, and the last day's clock apart)."""
    if published is None or _A_MONTH_BEFORE_IT.search(match.string, max(0, match.start() - 3), match.start()):
        return None  # 12月周一（1日）…: the month said before the weekday is the rules' for bare days
    text = _A_WEEKDAY_BEFORE_ITS_DAY.sub(r"\g<d>", match.group())
    whole = [h for h in find_dates(text, published) if (h.start, h.end) == (0, len(text))]
    if not whole or "/" not in whole[0].value or whole[0].detail is None:
        return None
    first, last = whole[0].detail.first, whole[0].detail.last
    said = [_weekday_number(w) for w in _A_WEEKDAY_SAID.findall(match.group())]
    if not first or not last or [date.fromisoformat(first[:10]).weekday(), date.fromisoformat(last[:10]).weekday()] != said:
        return None  # the days read are not the weekdays said (周一（1日）… on 28 November: December's)
    return _Own(whole[0].value)


_A_YEAR_BEFORE_IT = re.compile(r"(?:\d|[〇○零一二三四五六七八九]|[去前上])\s*年的?\s*$")
"""2022年圣诞节以来, 去年国庆以来: the year said picks the feast (read with it as one phrase); not 今年,
whose 元旦以来 in December is still this year's first day (今年 and 元旦 are read apart)."""
_A_WEEKDAY_SAID = re.compile(r"(?:周|星期|礼拜)([一二三四五六日天])")
_A_MONTH_BEFORE_IT = re.compile(r"月\s*$")


def _laba(match: re.Match[str], published: datetime | None) -> str | None:
    """腊八节, 腊八 (not 腊八粥): the twelfth lunar month's eighth day nearest the publication, as 腊月初八
    is (the library counted the lunar year as the Gregorian one: in January 2023, ten days after
    one, 腊八节 was the one of January 2024); 今年腊八节 that of the lunar year the publication is in."""
    before = match.string[match.start() - 1 : match.start()]
    if published is None or not match.group().startswith(("腊八节", "今年", "去年", "明年")) and before \
            and (before in "老小阿" or before in SURNAMES and before not in _NOT_A_SURNAME_HERE):
        return None  # 王腊八, 老腊八: a name
    gone = _told_as_gone(match)
    if match["ry"]:
        said = _lunar_in_year(_lunar_year(published) + _REL_YEAR[match["ry"]], 12, 8, published)
        if not (gone and said and said[:10] > published.date().isoformat()):
            return _on_its_day(said, match)  # 今年腊八节以来 before it: the last one gone by, below
    return _on_its_day(_lunar_nearest(12, 8, published, gone=gone), match)


def _lunar_year(published: datetime) -> int:
    """The lunar year the publication falls in: the Gregorian year's from its Spring Festival on,
    the year before's until then (今年腊八节 on 10 January 2023 is 30 December 2022's; the library
    said 18 January 2023, no 腊八 at all)."""
    festival = _spring_festival(published.year)
    return published.year - 1 if festival and published.date() < festival else published.year


def _spring_festivals(year: int) -> list[tuple[date, date]]:
    """The Spring Festival of ``year`` as ``nearest`` takes a yearly day."""
    day = _spring_festival(year)
    return [(day, day)] if day else []


_FESTIVAL_WEEK = 7
_FESTIVAL_DAYS_WORDS = ("期间", "假期", "长假", "连假")
"""Words that make 春节 its week of days off, still on for a week after its first day."""


def _said_to_come(match: re.Match[str]) -> bool:
    """Whether the words around a feast say it is still to come: 将至 after it, or 将, 即将,
    迎接 or 筹备 shortly before it in its clause."""
    clause = _clause_before(match.string, match.start())
    return bool(_COMING.match(match.string, match.end()) or _TO_COME_BEFORE.search(clause))


def _clause_before(text: str, at: int) -> str:
    """The few words before ``at`` in its clause, where a feast's words of coming stand."""
    return re.split(r"[，。！？；,;!?\n]", text[max(0, at - 8) : at])[-1]


_TO_COME_BEFORE = re.compile(r"将|即将|迎接|迎来|筹备|准备")


_COMING = re.compile(r"将至|将到|即将|快到|临近|来临|到来|将(?!近|军|领|士|帅)")
"""Words after a feast that say it is still to come (春节将至; 春節連假將於明年1月25日起…, 春节期间将加开列车;
not 春节期间将近10万人, nearly)."""


def _eves(year: int) -> list[tuple[date, date]]:
    """The eve falling in ``year`` as ``nearest`` takes a yearly day: (first, last) or none."""
    eve = _eve_in(year)
    return [(eve, eve)] if eve else []


def _eve_in(year: int) -> date | None:
    """The eve of the Spring Festival that falls in ``year`` (none when the festival is on 1
    January's side of it, never in practice), as the library dates ``year``年春节."""
    festival = _spring_festival(year)
    eve = festival - timedelta(days=1) if festival else None
    return eve if eve and eve.year == year else None


def _spring_festival(year: int) -> date | None:
    detail = time_detail(f"{year}年春节", datetime(year, 6, 30))
    if detail is None or not detail.first or not detail.first.startswith(str(year)):
        return None
    return date.fromisoformat(detail.first[:10])


_EVES = ("除夕夜", "大年夜", "大年三十")


def _bare_day(match: re.Match[str], published: datetime | None) -> str | None:
    """25日, 二十五日电, 20号下午3点: a day of the publication's month, as news dates its
    events ("25日上午，记者来到…"); a day that month has not (31日 in June), the month before's."""
    if published is None:
        return None
    word = _A_DAY_WORD_OPENS.search(match.string, max(0, match.start() - 5), match.start())
    said = _int(match["d"])
    if word:
        day = _nearest_such_day(published, said, _WORDS_DAYS[word["w"]])
    elif 0 < said <= calendar.monthrange(published.year, published.month)[1]:
        day = date(published.year, published.month, said)
    else:
        day = _nearest_such_day(published, said, -1)  # 31日 in a June story: the last 31st, of May
    if day is None:
        return None
    value = _with_clock(day, match, False)
    return _Own(value) if value and "廿" in match["d"] else value  # jionlp: 廿四日 is in November


_A_DAY_WORD_OPENS = re.compile(r"(?P<w>[今昨明前后])(?:天|日|早|晚|晨|午)?\s*[（(]\s*$")
"""昨日（30日）, 明天（29日）: the bracketed day is the word's, in its month (昨日（30日） read on 1
December is 30 November; it was 30 December, and the evening after it too)."""


def _nearest_such_day(published: datetime, day: int, offset: int) -> date | None:
    """The day ``day`` of the month of the day ``offset`` days from the publication's, or of the month
    next to it where that is nearer and this one's is more than a fortnight or so away (昨天（29日）
    read on 12 June is 29 May); None if no such day is that near (昨天（31日） read on 1 July)."""
    said = published.date() + timedelta(days=offset)
    days = _days_around(said, day)
    if not days:
        return None
    nearest = min(days, key=lambda d: abs((d - said).days))
    this_month = [d for d in days if (d.year, d.month) == (said.year, said.month)]
    if this_month and abs((this_month[0] - said).days) <= _A_FORTNIGHT_OR_SO:
        nearest = this_month[0]  # 明天（29日） read on 12 June: this month's, not May's a day nearer
    return nearest if abs((nearest - said).days) <= _A_FORTNIGHT_OR_SO else None


_A_FORTNIGHT_OR_SO = 16


def _days_around(said: date, day: int) -> list[date]:
    """The day ``day`` of the month before ``said``'s, of its own and of the one after, where it has one."""
    months = [add_months(said.year, said.month, n) for n in (-1, 0, 1)]
    return [date(y, m, day) for y, m in months if 0 < day <= calendar.monthrange(y, m)[1]]


def _said_with_its_day(match: re.Match[str], published: datetime | None) -> str | None:
    """今(1)日, 昨（31）日: the day written in the brackets, in the month of the day the word says
    (昨（31）日 on 1 September is 31 August)."""
    if published is None:
        return None
    said = published.date() + timedelta(days=_WORDS_DAYS[match["said"]])
    days = _days_around(said, _int(match["d"]))
    if not days:
        return None
    nearest = min(days, key=lambda d: abs((d - said).days))
    if match["part"]:  # 昨（2）晚, 今（3）日凌晨: that part of the day, as the library reads it written out
        text = f"{nearest.year}年{nearest.month}月{nearest.day}日{_PART_WORDS.get(match['part'], match['part'])}"
        detail = time_detail(text, published)
        return _Own(value_of(detail, text)) if detail is not None else _Own(nearest.isoformat())
    return _Own(_with_clock(nearest, match, False))


_SAID_PART = r"晚上|晚间|凌晨|上午|下午|中午|傍晚|深夜|早上|清晨|夜里|晚|晨|早|午|夜"
"""Parts of the day after a bracketed day: 昨（2）晚, 今（3）晨, 今（3）日下午."""
_PART_WORDS = {"晚": "晚上", "晨": "早上", "早": "早上", "午": "中午", "夜": "夜里"}


def _weekend(match: re.Match[str], published: datetime | None) -> str | None:
    """本周末, 上周末: the Saturday and Sunday of a week (the library says the Sunday alone);
    每周末 is left to the library, which reads it as recurring. No date without a reference."""
    if published is None:
        return None
    if match.string[match.start() - 1 : match.start()] == "每":
        return ""
    if not match["pre"] and match.group().startswith("个"):
        return None  # 两个周末, 最后一个周末: weekends counted, not this one
    weeks = _REL_WEEK[match["pre"] or ""]
    if match["pre"] in (None, "这") and _JUST_PAST.search(match.string, max(0, match.start() - 6), match.start()):
        weeks = -1 if published.weekday() < 5 else 0  # 刚刚过去的这个周末: the last one
    saturday = _monday(published, weeks) + timedelta(days=5)
    return _Own(f"{saturday.isoformat()}/{(saturday + timedelta(days=2)).isoformat()}")


_JUST_PAST = re.compile(r"(?:刚刚|刚)?过去的$")
"""刚刚过去的这个周末: the weekend just past, not the coming one."""


def _from_now(match: re.Match[str], published: datetime | None) -> str | None:
    """三天后, 两个月之前, 三日之后: the unit that many units after or before the publication's.

    之后, 以后 and 过后 say what 后 says, 之前 and 以前 what 前 says (the library reads them as open
    ends), and 三日 is 三天 (the library reads 三日后 as from the 3rd until now). Left to the
    library, as said that way: a vague, half or round count (几天后, 两三天后, 一个半月后, 100年前),
    but 半个月前 is the day 15 days before, 半年后 the month six months on, 3年半前 the month 42
    months back and 两天半后 the hour 60 hours on (the library's 10年半前 was seven months),
    seconds, 三月后 (after March?) and 3日后 (after the 3rd?). No date for seconds before an event
    (坠毁前30秒之前 was 30 seconds before the publication), nor without a reference, as before
    (三年以后 in 左传).
    """
    if published is None or _year_then_months(match) or _ends_a_span(match) or _A_RANGES_FIRST.search(match.string, max(0, match.start() - 4), match.start()):
        return None  # 2~3年后: the far end of a range of counts, which says no one date
    n, unit, arabic = _int(match["n"]), match["u"], (match["n"] or "").isdigit()
    sign = -1 if match["dir"].endswith("前") else 1
    if match["more"] == "半" and unit in ("个月", "年"):  # the library reads 半个月前 as a fortnight-long span
        return _Own(_unit_moved(published, "天", sign * 15) if unit == "个月" else _unit_moved(published, "月", sign * 6))
    if _TWO_DIGITS.fullmatch(match["n"] or ""):
        if unit == "年" and match["n"] not in _ONE_OR_THE_NEXT:
            return None  # 四九年之前: before 1949, which the library reads as before 2009
        if match["n"] in _ONE_OR_THE_NEXT and unit in ("天", "日", "年"):
            return _one_or_the_next(published, unit, match["n"], sign)  # 一两日后: tomorrow or the day after
        n = 0  # 两三个月后: two or three months, not 23
    if unit == "日" and arabic and sign < 0 and match.string[max(0, match.start() - 3) : match.start()] == "发生在" and 0 < n < 32:
        return _Own(_unit_moved(published, "天", -n))  # 發生在4日前: four days ago (请于4日前, 须在15日前: before the 15th)
    if match["half"] and 0 < n < 100:  # 3年半前: the month 42 months back; 两天半后: the hour 60 hours on
        return _Own(_unit_moved(published, "月", sign * (12 * n + 6)) if unit == "年" else _unit_moved(published, "小时", sign * (24 * n + 12)))
    if unit.startswith("秒") and match.string[max(0, match.start() - 1) : match.start()] == "前":
        return None  # 坠毁前30秒之前: seconds before the crash, not before the publication's moment
    if not 0 < n < 100 or unit.startswith("秒") or unit == "月" or unit == "日" and arabic:
        text = re.sub("(?:[之以]|过)([前后])$", r"\1", match.group())
        detail = time_detail(text if arabic else text.replace("日", "天"), published)
        return None if detail is None else _Own(value_of(detail, match.group()))
    return _Own(_unit_moved(published, unit.removeprefix("个"), sign * n))


_A_RANGES_FIRST = re.compile(r"(?:\d{1,2}|[一二两三四五六七八九十]{1,2})\s*(?:-|~|～|—|到|至)\s*$")


def _half_ahead(match: re.Match[str], published: datetime | None) -> str | None:
    """未来半年, 今后半个月: from now to six months or fifteen days on, as 过去半年 runs up to now
    (it was none). Not 接下来半个月, which a story tells from its own day (3月16日…成立，接下来半个月)."""
    if published is None:
        return None
    return _rolling(published, "个月", 6) if match["u"] == "年" else _days_ahead(published, "天", 15)


def _since_the_season_began(match: re.Match[str], published: datetime | None) -> str | None:
    """入夏以来, 今年入冬以来: from the solar term that opens the season (立夏, 立冬) up to now, the
    last one begun unless a year is said (it was none, or 今年 alone: the whole year); none where the
    term is more than a season back (a city's winter begins before 立冬), a past year is told in the
    sentence, or the text says when the season began."""
    if published is None:
        return None
    text = match.string
    if _A_PAST_YEAR_SAID.search(text, sentence_start(text, match.start()), match.start()) or _A_SEASON_BEGUN.search(text):
        return None  # 2022年8月，重庆入夏以来: that year's; 广州10月28日正式入秋: the day it began is said
    term = "立" + match["season"]
    year = published.year + (_REL_YEAR[match["ry"]] if match["ry"] else 0)
    now = published.replace(microsecond=0, tzinfo=None)
    for candidate in (year, year - 1) if not match["ry"] or match["ry"] == "今年" and term == "立冬" else (year,):
        detail = time_detail(f"{candidate}年{term}", published)
        start = datetime.fromisoformat(detail.first) if detail is not None and detail.first else None
        if start is not None and start <= now:
            if (now - start).days > _A_SEASONS_DAYS and not match["ry"]:
                return None  # 入冬以来 in October (a city's winter before 立冬), or told of last winter in June
            return _Own(f"{start:%Y-%m-%dT%H:%M:%S}/{now + timedelta(seconds=1):%Y-%m-%dT%H:%M:%S}")
    return None


_A_SEASONS_DAYS = 120
_A_PAST_YEAR_SAID = re.compile(r"(?<!于)(?:\d{4}|[去前]|[〇○零一二三四五六七八九]{4})年(?!以来|至今|同期|目标|计划)")
_A_SEASON_BEGUN = re.compile(r"(?:正式|宣布|宣告|标志着|进入气象意义上的?)入[春夏秋冬]|\d{1,2}[日号](?:正式)?入[春夏秋冬]")


def _run_of_days(match: re.Match[str], published: datetime | None) -> str | None:
    """明后两天, 昨今两天, 今明后三天: those days in a row, end exclusive, as the library reads 今明两天
    (it read these none); a count that does not match the days named (明后三天) says none."""
    days = [_WORDS_DAYS[c] for c in match["run"]]
    if published is None or match["n"] and _count(match["n"]) != len(days):
        return None
    first = published.date() + timedelta(days=days[0])
    return _Own(f"{first.isoformat()}/{(first + timedelta(days=len(days))).isoformat()}")


_WORDS_ENDING_IN_MING = "说表声证发聪光文透阐辨查简鲜标失清昆黎注英高开严载写讲申挑点澄神精黄"
"""What before 明 makes a word of it (说明, 清明, 昆明, 黎明, 注明): 清明后两天 is no run of days;
after 指, 坦言 or 大部分 it is one (Hong Kong's 指 is "said": 指明后两天有雨)."""


def _quarters_rolling(match: re.Match[str], published: datetime | None) -> str | None:
    """过去三个季度, 未来两个季度: so many whole quarters before the publication's or after it, as
    reports count them (过去三个季度 on 12 June is July to March); it was a count of quarters, no
    date. Not after a year said in its clause or a past year in its sentence (2023年过去的三个季度 is
    that year's)."""
    n = _count(match["n"])
    text = match.string
    if published is None or not 0 < n < 100 or _A_YEAR_SAID_BEFORE.search(_clause_before(text, match.start())) \
            or _A_PAST_YEAR_SAID.search(text, sentence_start(text, match.start()), match.start()):
        return None  # 2022年，这家公司过去三个季度均亏损: that year's
    return _quarters_from(published, 1 if match["pre"] in _AHEAD else -n, n)


def _quarters_moved(match: re.Match[str], published: datetime | None) -> str | None:
    """两个季度前, 一个季度后: the quarter so many quarters before or after the publication's, as
    上个季度 is (it was a count of quarters, no date)."""
    n = _count(match["n"])
    if published is None or not 0 < n < 100 or _ends_a_span(match):
        return None
    return _quarters_from(published, -n if match["dir"].endswith("前") else n, 1)


def _quarters_from(published: datetime, offset: int, n: int) -> _Own:
    """``n`` whole quarters, the first ``offset`` quarters from the publication's, whole months."""
    start = _quarter_start(published, offset)
    end = add_months(*start, 3 * n)
    return _Own(f"{start[0]:04d}-{start[1]:02d}/{end[0]:04d}-{end[1]:02d}")


def _quarter_start(published: datetime, offset: int) -> tuple[int, int]:
    """The first month (year, month) of the quarter ``offset`` quarters from the publication's."""
    return add_months(published.year, (published.month - 1) // 3 * 3 + 1, 3 * offset)


_A_YEAR_SAID_BEFORE = re.compile(r"(?:\d{4}|[今去明前后]|[一二〇○零三四五六七八九]{2,4})年(?:度)?[^，,。；;]*$")


def _quarters_from_now(match: re.Match[str], published: datetime | None) -> str | None:
    """一刻钟后, 三刻钟前: the minute so many quarters of an hour from the publication's, as
    十五分钟后 is (it was no date)."""
    if published is None or _ends_a_span(match):
        return None
    sign = -1 if match["dir"].endswith("前") else 1
    return _Own(_unit_moved(published, "分钟", sign * 15 * _int(match["q"])))


def _from_now_between(match: re.Match[str], published: datetime | None) -> str | None:
    """6~7年前, 三到五年前, 两到三个月前: the years, months or days from the one count back to the
    other from the publication's, as a range (it was the far end alone: 7年前, 2017). Not forwards:
    入职1-2年后离职率最高 tells of no date."""
    a, b = _int(match["a"]), _int(match["b"])
    if published is None or _ends_a_span(match) or not 0 < a < b < 100:
        return None
    sign = -1 if match["dir"].endswith("前") else 1
    return _units_between(published, match["u"], *sorted((sign * a, sign * b)))


def _lengths_between(match: re.Match[str], published: datetime | None) -> str | None:
    """３到８个月, 两到三年, 3至5天: a length from the one count to the other, P3D/P5D (it was the
    upper end alone, P8M, or nothing)."""
    a, b = _int(match["a"]), _int(match["b"])
    if not 0 < a < b < 1000 or match["u"] == "年" and (a >= _A_ROC_YEAR or a >= _A_YEARS_NUMBER and b - a <= _A_FEW_YEARS
                                                     and not _A_LENGTH_CUE.search(match.string, max(0, match.start() - 4), match.start())):
        return None  # 112至115年 (民國), 24-26年归母净利润: years, not lengths (寿命为13到15年 is one)
    unit = match["u"].removeprefix("个")
    return _Own(f"{_length(a, unit)}/{_length(b, unit)}")


_A_YEARS_NUMBER = 13
_A_FEW_YEARS = 4
_A_ROC_YEAR = 100
_A_LENGTH_CUE = re.compile(
    r"为|需要?|长达|历时|寿命|期限|年限|刑期|判处?|获刑|徒刑|服刑|监禁|面临|了|持续|约|大约|至少|最多|工作|从事|再过|过去|周期|龄|能?活"
)
"""A range in 年 is years written short, not so long, from 100 on (民國112至115年), or from 13 on spanning a
few with no word of a length before it (24-26年归母净利润); 10—15年, 20~30年, 寿命为13到15年 stay lengths."""
_LENGTH_CODES = {"年": "Y", "月": "M", "星期": "W", "礼拜": "W", "周": "W", "天": "D", "小时": "H", "钟头": "H", "分钟": "TM"}


def _length(amount: object, unit: str) -> str:
    """So many of a unit as an ISO 8601 length: 3天 P3D, 2.5小时 PT2.5H, 40分钟 PT40M."""
    code = _LENGTH_CODES[unit]
    return f"PT{amount}{code.removeprefix('T')}" if code in ("H", "TM") else f"P{amount}{code}"


def _one_or_the_next(published: datetime, unit: str, written: str, sign: int) -> _Own:
    """一两日后, 两三天前, 一两年后: the days or years from the one count to the other, as a range."""
    a, b = (_SMALL_DIGITS[c] for c in written)
    return _units_between(published, unit, *sorted((sign * a, sign * b)))


def _units_between(published: datetime, unit: str, near: int, far: int) -> _Own:
    """The years, months or days from ``near`` to ``far`` of them from the publication's, ends
    included, as one range (end exclusive)."""
    if unit == "年":
        return _Own(f"{published.year + near:04d}/{published.year + far + 1:04d}")
    if unit == "个月":
        (y1, m1), (y2, m2) = (add_months(published.year, published.month, n) for n in (near, far + 1))
        return _Own(f"{y1:04d}-{m1:02d}/{y2:04d}-{m2:02d}")
    day = published.date()
    return _Own(f"{(day + timedelta(days=near)).isoformat()}/{(day + timedelta(days=far + 1)).isoformat()}")


def _ends_a_span(match: re.Match[str]) -> bool:
    """Whether the run ends a stretch the story tells (see ``_A_SPAN_BEFORE``), not one that
    dates a thing (经过三个月前的设计: the design of three months ago). A gap after a year its
    sentence wrote is no date either: 2008年退休，时隔10年后复出 is 2018, but 2016年…这是她时隔
    四年后重回芒果 is 2016 itself."""
    text, start = match.string, match.start()
    return bool(_A_SPAN_BEFORE.search(text, max(0, start - 4), start)) and not text.startswith("的", match.end())


_A_SPAN_BEFORE = re.compile(r"(?:延长为|延长至|延长到|缩短为|缩短至|缩短到|逾|超过|超|长达|逗留|停留|持续|等候|等待|等了|沉寂|蛰伏|隐退|阔别|暌违|睽违|时隔|相隔|经过|历经|历时|耗时|用了|花了|过了|僵持|搏斗)$")
"""What makes 两小时后 the end of a stretch the story tells (逗留逾兩小時後, 持续三天后), not
two hours after the publication."""


def _year_then_months(match: re.Match[str]) -> bool:
    """19年前三季度, 19年前10个月: a two-digit year's first months, not 19 years ago."""
    return bool(
        match["dir"] == "前" and match["u"] == "年" and len(match["n"] or "") == 2 and (match["n"] or "").isdigit()
        and _FIRST_MONTHS_AFTER.match(match.string, match.end())
    )


_TWO_DIGITS = re.compile("[一二两三四五六七八九]{2}")
_ONE_OR_THE_NEXT = frozenset(("一两", "两三", "三四", "四五", "五六", "六七", "七八", "八九"))


def _unit_moved(published: datetime, unit: str, n: int) -> str:
    """The publication's own year, month, week, day or minute moved by ``n`` of ``unit``."""
    if unit == "年":
        return f"{published.year + n:04d}"
    if unit == "月":
        year, month = add_months(published.year, published.month, n)
        return f"{year:04d}-{month:02d}"
    if unit in ("周", "星期", "礼拜"):
        year, week, _ = _monday(published, n).isocalendar()
        return f"{year}-W{week:02d}"
    if unit in ("天", "日"):
        return (published.date() + timedelta(days=n)).isoformat()
    step = timedelta(hours=1) if unit in ("小时", "钟头") else timedelta(minutes=1)
    return f"{published.replace(second=0, microsecond=0, tzinfo=None) + n * step:%Y-%m-%dT%H:%M}"


def _a_length(match: re.Match[str], published: datetime | None) -> str | None:
    """住了3天, 潜逃了20年: a length, left to the library to read where it reads one (not 七八年,
    seven or eight years, which it takes for 1978)."""
    if published is None:
        return None
    said = match.group() if match.string[max(0, match.start() - 2) : match.start()].rstrip(" \u00a0").endswith("了") else _SPACES.sub("", match.group())
    years = _so_many_years(said)  # 历时 12 年: twelve years; 迎来了 24 年 may be a year written short
    if years:
        return years if _said_as_so_many_years(match) else None
    detail = time_detail(match.group(), published)
    return "" if detail is not None and detail.qualifier is Qualifier.DURATION else None


def _said_as_so_many_years(match: re.Match[str]) -> bool:
    """Whether 20年 after 了 is twenty years (潜逃了20年，, 教了40年书, 经历了70年的风风雨雨), not a year
    written short (迎来了24年的首个交易日, 公布了23年全年业绩, 赢得了22年卡塔尔世界杯): by what
    the clause goes on with, and not after a verb that takes a year."""
    text = match.string
    if not text.endswith("了", 0, match.start()):
        return True  # 长达32年的, 有期徒刑15年: a word that says a length
    if _TAKES_A_YEAR.search(text, max(0, match.start() - 4), match.start()):
        return False
    if text.startswith("的", match.end()):  # 潜逃了20年的嫌犯, 开了20年的出租车; not 错过了22年的世界杯
        return not _TAKES_A_YEAR_OF.search(text, max(0, match.start() - 3), match.start() - 1)
    return bool(_SO_MANY_YEARS_GO_ON.match(text, match.end()))


_TAKES_A_YEAR = re.compile(r"(?:到|迎来|赢得|拿下|获得|参加|公布|完成|看过|进入|举办|发布|度过)了$")
_SO_MANY_YEARS_GO_ON = re.compile(r"[，,。；;！!？?、）)\s]|$|之久|时间|多|[书工牢兵学债][，,。；;！!？?、\s的]|[了就才还也都又却]")
"""What after 了20年 makes it a length: the clause's end, 之久, 时间, the verb's object (教了40年书),
or an adverb going on (了20年才); 的 but after a verb that takes a year (see ``_TAKES_A_YEAR_OF``)."""
_TAKES_A_YEAR_OF = re.compile(r"(?:错过|买|部署|看|观看|回顾|总结|庆祝|迎接|规划|制定|安排|公布|发布|拿下|赢得|参加|完成)$")
"""Verbs after which 了22年的 is a year's thing written short (错过了22年的世界杯, 买了24年的新款,
部署了24年的重点任务); after others it is so many years (开了20年的出租车, 潜逃了20年的嫌犯)."""


def _so_long(match: re.Match[str], published: datetime | None) -> str | None:
    """为期3天, 历时12年: a length said as one, which the library reads but for years in two or
    three digits (12年, which it takes for 2012). With no word before it (a line that opens
    with 18年), the library's reading stands: 18年 alone is 2018."""
    if published is None:
        return None
    return (_so_many_years(_SPACES.sub("", match.group())) if match.start() else None) or ""  # 历时 12 年: twelve years, not 2012


_SPACES = re.compile(r"[ \u00a0]")


def _a_length_in_days(match: re.Match[str], published: datetime | None) -> str | None:
    """八天, 10天左右, 三五天, 5至6天: so many days (the larger of a pair or range, as the library
    reads 两三天 and 3到5天). The library reads 10天 but not 约10天 or 三五天, and reads 将近10天
    as the ten days up to now."""
    if published is None or _HOW_OFTEN.search(match.string, max(0, match.start() - 8), match.start()):
        return None  # 每周工作六天, 一年365天: how often, not how long
    days = _the_larger_of_a_pair(match["n"] or match.groupdict().get("n2") or "")
    return _Own(f"P{days}D") if days else None


def _the_larger_of_a_pair(number: str) -> int:
    """10 for 10, 5 for 三五 (three or five), 3 for 三两 and 两三; 0 for two digits that are no pair (四两
    of 三、四两天; 九八, 一九 of 九八年, 一九年: years written short)."""
    if len(number) != 2 or "十" in number or number.isdigit():
        return _int(number)
    first, second = _int(number[0]), _int(number[1])
    return second if 0 < second - first <= 2 or number == "三五" else 3 if number == "三两" else 0


_HOW_OFTEN = re.compile(r"(?:每|(?<![十上下第年])一)(?:周|星期|礼拜|年|月(?!份))[^，,。；;！!？?\d]{0,4}$")


_DAYS_SAID = r"(?:\d{1,3}|[两三四五六七八九]{1,2}|[二三四五六七八九]?十[一二三四五六七八九]?)"


def _a_months_end_to_the_next_start(match: re.Match[str], published: datetime | None) -> str | None:
    """七月底八月初, 7月底8月初: from the month's last days to the next month's first ten (the library
    read the first month's end alone)."""
    first, second = _int(match["m1"]), _int(match["m2"])
    if published is None or second != first % 12 + 1:
        return None
    year = _int(match["y"]) if match["y"] else published.year
    return _Own(f"{year:04d}-{first:02d}-25/{year + (1 if second == 1 else 0):04d}-{second:02d}-11")


def _now_in_a_query(match: re.Match[str], published: datetime | None) -> str | None:
    """现在, 此刻, 當前 said alone (a query of that word and no other): the moment asked from, as
    the library and the suites read them; in a sentence they are no date (现在的情况, 目前已有…,
    现在呢？)."""
    if published is None or _NOT_WORDS.sub("", match.string) != match.group():
        return None
    return _Own(f"{published:%Y-%m-%dT%H:%M:%S}")


_NOT_WORDS = re.compile(r"[\W_]+")


def _some_tens_long(match: re.Match[str], published: datetime | None) -> str | None:
    """十几个小时 (eleven to nineteen hours, a range of lengths as 3至5天 is), 十多个小时 (ten hours
    and some, as the library reads 3个多小时: lengths keep no 多)."""
    tens = _int(match["n"])
    if published is None or not tens:
        return None
    unit = match["u"]
    return _Own(f"{_length(tens + 1, unit)}/{_length(tens + 9, unit)}" if match["some"] == "几" else _length(tens, unit))


def _seasons_centuries_or_days(match: re.Match[str], published: datetime | None) -> str | None:
    """２５个春秋 (25 years), 两个世纪, 半个世纪, 5个昼夜: a length said in springs and autumns, centuries
    or days and nights."""
    n = Decimal("0.5") if match["n"] == "半" else Decimal(_int(match["n"]))
    if published is None or not n:
        return None
    years = {"春秋": n, "世纪": 100 * n}.get(match["u"])
    return _Own(f"P{years.normalize():f}Y" if years is not None else f"P{n.normalize():f}D")


def _a_length_in_years(match: re.Match[str], published: datetime | None) -> str | None:
    """七十年, 40餘年, 三年半, 五六年: so many years (the larger of a pair), said as a length."""
    if published is None:
        return None
    years = _the_larger_of_a_pair(match["n"] or match["n2"])
    half = match["half"] or match["half2"]
    return _Own(f"P{years}{'.5' if half else ''}Y") if years else None


_YEARS_SAID = r"(?:[1-9]\d{0,2}|[一两二三四五六七八九](?:[两三四五六七八九](?!十))?|[二三四五六七八九]?十[一二三四五六七八九]?)"
_YEARS_SAID_ALONE = r"(?:[一两二三四五六七八九](?:[两三四五六七八九](?!十))?|[二三四五六七八九]?十[一二三四五六七八九]?|\d(?!\d)|\d{2,3}(?=[多余餘]))"
"""A number of years that a word after it makes a length: not 98 or 20 alone (98年的发展, 20年的历史
may be 1998's and 2020's), but 20多年, 四十年."""
_YEARS_LONG_AFTER_A_WORD = (
    r"(?<![\d.])(?:(?<=满)|(?<=超过)|(?<=超過)|(?<=逾)|(?<=经过)|(?<=經過)|(?<=历经)|(?<=歷經)"
    r"|(?<=用)|(?<=花)|(?<=需要)|(?<=需)|(?<=延长)|(?<=延長)|(?<=推迟)|(?<=推遲)|(?<=保修)|(?<=担保)|(?<=质保)"
    r"|(?<=楼龄)|(?<=樓齡)|(?<=树龄)|(?<=工龄)|(?<=教龄)|(?<=驾龄)|(?<=党龄)|(?<=房龄)|(?<=车龄)|(?<=不到)|(?<=不足)"
    r"|(?<=就是)|(?<=已有)|(?<=已经)|(?<=已經)|(?<=间隔)|(?<=間隔)|(?<=事隔)|(?<=时隔)|(?<=時隔)"
    r"|(?<=任期)|(?<=任期为)|(?<=任期為)|(?<=留党察看)|(?<=留黨察看)|(?<=处刑)|(?<=處刑))"
)
"""Words after which a number of years is a length: 满3年, 延长一年, 楼龄42年, 一干就是三十年. Not
连续三年, which the seed's gold, reading dates as what a calendar can place, leaves out."""
_A_YEAR_AFTER_A_WORD_OF_TWO = "(?:" + "|".join(
    f"(?<={word}\\d\\d年)" for word in ("超过", "超過", "就是", "已经", "已經", "经过", "經過", "历经", "歷經")
) + ")的?(?=纪录|记录|紀錄|水平|水位|最高|最低|标准|洪水|大水|大洪水|特大洪水|雪灾|地震|冠军|世界杯|奥运|那场|那年)"
"""超过98年的最高水位, 经过98年大洪水, 就是98年那场: a year written short after a word that may take a
length, before what a year has (a record, a flood); 超过30年的旧楼, 已经40年的婚姻 are lengths."""
_LENGTH_NOUNS = (
    r"历史|歷史|发展|發展|时间|時間|经验|經驗|经历|經歷|努力|奋斗|岁月|歲月|时光|時光|生涯|光景|历程|歷程|积累|实践|探索|变迁|沧桑|风雨|风风雨雨|任职|工作"
)
_A_LENGTHS_WORDS_AFTER = (
    rf"的?(?:{_LENGTH_NOUNS})|之久|有余|有餘|没|沒|未|里(?!程|面)|當中|当中|流亡|的?(?:工龄|工齡|驾龄|駕齡|党龄|黨齡|教龄|教齡)|有期徒刑"
)
"""What after a number of years makes it a length: 七十年的历史, 十年没见面, 五十年里, 15年流亡生涯,
38年的工龄, 3年有期徒刑 (not 3年以下有期徒刑, which says at most)."""
_NOT_A_REIGNS = "".join(
    f"(?<!{reign})"
    for reign in (
        "光绪", "乾隆", "康熙", "雍正", "嘉庆", "道光", "咸丰", "同治", "宣统", "顺治", "万历", "嘉靖", "崇祯", "洪武",
        "永乐", "贞观", "开元", "天宝", "民国", "昭和", "明治", "大正", "平成", "建安", "至元", "乾道", "绍兴", "正德",
        "弘治", "天启", "景泰", "成化", "元丰", "熙宁", "庆历", "淳熙", "太平", "隆庆", "令和",
    )
)
"""光绪三年, 乾隆二十年, 民国三年: a reign's year, not so many years."""


def _a_long_or_decimal_length(match: re.Match[str], published: datetime | None) -> str | None:
    """2.5小时, 1.94年, 2279小时, 2万9000个小时: so long, read here (the library takes 1.94年 for
    1994 and 2万9000 for 49009); weeks in days, as the library gives them."""
    if published is None:
        return None
    number = parse_number(match["n"] or match["k"])
    if number is None:
        return None
    unit = match["u"] or match["ku"]
    weeks = unit in ("星期", "礼拜")
    amount = Decimal(str(number)) * (7 if weeks else 1)
    return _Own(_length(format(amount.normalize(), "f"), "天" if weeks else unit))


def _so_many_years(text: str) -> str | None:
    """20年, 10年半 said as a length: so many years (P20Y, P10.5Y), not the year 2020."""
    years = _SO_MANY_YEARS.fullmatch(text)
    return _Own(f"P{years['n']}{'.5' if years['half'] else ''}Y") if years else None


_SO_MANY_YEARS = re.compile(r"(?P<n>[1-9]\d{1,2})年(?P<half>半)?")


def _clock_then_day(match: re.Match[str], published: datetime | None) -> str | None:
    """17:20 - 29/11/2025: one moment, as a live page stamps its updates (it was read as a range
    from 17:20 to the day's end, or the time put on the publication's day)."""
    day, month = int(match["d"]), int(match["m"])
    try:
        moment = datetime(int(match["y"]), month, day, int(match["h"]), int(match["mi"]))
        if published is not None and day <= 12 and (moment - published).days > 1 and _A_STAMPS_WORD.search(
            match.string, max(0, match.start() - 12), match.start()
        ):
            moment = moment.replace(month=day, day=month)  # Posted 09:15 - 6/11/2024 on a page of June: month first
    except ValueError:
        return None
    return _Own(f"{moment:%Y-%m-%dT%H:%M}")


_A_STAMPS_WORD = re.compile(r"Posted|Updated|posted|updated|发布|更新|发表|刊登|截至")
"""Words before a time and its day that make them the page's stamp, which is not ahead of it (报名截止
17:00 - 5/7/2024 may be)."""


def _library_only(match: re.Match[str], published: datetime | None) -> str | None:
    """A phrase our rules find but leave to the library to read (年初, 今年以来)."""
    return "" if published is not None else None


# ---- Shared helpers


def _int(text: str | None) -> int:
    """A small whole number in Arabic or Chinese digits; 0 when absent or unreadable."""
    if not text:
        return 0
    value = parse_number(text)
    return int(value) if value is not None and value == int(value) else 0


def _ymd_value(year: int, match: re.Match[str], published: datetime | None) -> str | None:
    """Year, month or day value from a match's optional ``m``/``d`` groups and clock."""
    month, day = _int(match.group("m")), _int(match.group("d"))
    if not month:
        return f"{year:04d}" if year else None
    if not day:
        return _day_or_month(year, month, 0)
    try:
        value = _with_clock(date(year, month, day), match, False)
    except ValueError:
        return None
    marked = any(c in match.string[match.end("d") : match.end()] for c in "日号")
    # jionlp reads 2016年6月29 as June, and 七月廿一日 as the lunar 七月廿一 (a lunar day has no 日;
    # Taiwanese papers write 廿 in their Gregorian dates)
    return value if marked and "廿" not in match["d"] else _Own(value)


def _day_or_month(year: int, month: int, day: int) -> str | None:
    """An ISO month or day, or None if no such date exists."""
    try:
        if not day:
            return date(year, month, 1).strftime("%Y-%m")
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _no_year(month: int, day: int) -> str | None:
    """ISO 8601's year-less forms: --10-15, --05."""
    if not 1 <= month <= 12 or not 0 <= day <= 31:
        return None
    return f"--{month:02d}-{day:02d}" if day else f"--{month:02d}"


def _with_clock(day: date, match: re.Match[str], evening: bool) -> str:
    """The day, with ``THH:MM`` appended when the match carries a clock time."""
    groups = match.re.groupindex
    time = _time_of(match, evening) if "H" in groups else None
    if time and time.startswith("24"):  # 24时, 晚上12点: the next day's midnight
        day, time = day + timedelta(days=1), "00" + time[2:]
    if not time:
        return day.isoformat()
    value = f"{day.isoformat()}T{time}"
    # 24时 is the day's last instant (the library reads it as the hour after)
    return _Own(value) if _UNREAD_CLOCK.search(match.group()) or DAY_END.search(match.group()) else value


def _time_of(match: re.Match[str], evening: bool) -> str | None:
    """HH:MM from the clock groups, moved to the afternoon by 下午/晚上, pm and the like."""
    if match["H"] is not None:
        hour, minute = int(match["H"]), int(match["M"])
    elif match["H2"] is not None:
        hour, minute = int(match["H2"]), int(match["M2"] or 0)
        if hour == 12 and (match["ap2"] or match["ap3"]) in "Aa":
            hour = 0  # 12:30am: half past midnight
        evening = evening or (match["ap2"] or match["ap3"]) in "Pp"
    elif match["HC"] is not None:
        hour = _int(match["HC"])
        minute = _minutes(match["MC"], match["fen"], match["QW"])
    else:
        return None
    if match["ap"] == "凌晨" and hour == 12:
        hour = 0  # 凌晨12点50分: ten to one in the night, not noon
    elif match["ap"] in _LATE_NIGHT and (hour == 12 or 6 <= hour < 12):
        hour += 12  # 深夜11点 is 23:00, 午夜十二点 midnight; 半夜3点 stays 3:00
    elif (match["ap"] in _PM or evening or match["ap"] == "中午" and hour < 3) and hour < 12:
        hour += 12
    elif match["ap"] in _NIGHT and hour == 12:
        hour = 24  # 晚上十二点: midnight, the start of the next day
    if hour > 24 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


def _minutes(written: str | None, fen: str | None, quarters: str | None) -> int:
    """The minutes after 点: 半 is 30, 一刻 15; in Cantonese a lone digit counts five-minute
    steps (三點三 and 三點踏三 are 3:15, 三點一個字 3:05), as 分 after it would not."""
    if quarters:
        steps = _int(quarters.strip("踏搭个字刻")) if quarters[-1:] != "半" else 6
        return steps * (15 if quarters.endswith("刻") else 5)
    if written == "半":
        return 30
    if written and len(written) == 1 and written in "一二三四五六七八九" and not fen:
        return _int(written) * 5
    return _int(written)


def _monday(published: datetime, weeks: int) -> date:
    """The Monday of the publication's week, moved by ``weeks``."""
    day = published.date()
    return day - timedelta(days=day.weekday()) + timedelta(weeks=weeks)


def _span(published: datetime, unit: str, first: int, last: int) -> str:
    """The interval of whole units ``[first, last)`` around the publication's own unit."""
    if unit == "年":
        return f"{published.year + first}/{published.year + last}"
    if unit.endswith(("小时", "钟头", "分钟")):
        step = timedelta(minutes=1) if unit == "分钟" else timedelta(hours=1)
        now = published.replace(second=0, microsecond=0, tzinfo=None)
        now = now if unit == "分钟" else now.replace(minute=0)
        low, high = now + first * step, now + last * step
        return f"{low:%Y-%m-%dT%H:%M}/{high:%Y-%m-%dT%H:%M}"
    if unit.endswith("月"):
        a = add_months(published.year, published.month, first)
        b = add_months(published.year, published.month, last)
        return f"{a[0]:04d}-{a[1]:02d}/{b[0]:04d}-{b[1]:02d}"
    days = 7 if unit.endswith(("周", "星期", "礼拜")) else 1
    if days == 7:
        start, end = _monday(published, first), _monday(published, last)
    else:
        start = published.date() + timedelta(days=first)
        end = published.date() + timedelta(days=last)
    return f"{start.isoformat()}/{end.isoformat()}"


def _rule(pattern: str, resolve: _Resolver) -> tuple[str, _Resolver]:
    """A pattern with the resolver for its matches."""
    return pattern, resolve


@lru_cache(maxsize=1)
def _compiled_rules() -> list[tuple[Scanner, _Resolver]]:
    """The rules' patterns, compiled on first use so importing the module costs nothing."""
    return [(Scanner(pattern), resolve) for pattern, resolve in _RULES]


@lru_cache(maxsize=1)
def _anaphors() -> re.Pattern[str]:
    """当天, 次日凌晨3时: with the parts of the day and clock times the rules read."""
    return anaphor_pattern(rf"(?:的)?(?:{_TIME}(?:许(?![多久可])|左右)?|\s*(?:{_DAY_PERIOD}|夜里|深夜|午夜|半夜))")


def _alternatives(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first so 大前天 wins over 前天."""
    return "|".join(sorted(words, key=len, reverse=True))


_UNITS = r"年|个月|月|个星期|个礼拜|星期|礼拜|周|天|日"
_EDGE_UNITS = r"(?(edge)个?小时|(?!))|(?(edge)个?钟头|(?!))|(?(edge)分钟|(?!))|(?(edge)个周|(?!))|"
"""Units only a phrase-opening 上/下/前/后 takes: 比赛前两小时 is before the match, not now."""
_THIS_DAY = r"(?:(?<![\u4e00-\u9fff])|(?<=[于於在至自由到及和]))(?P<rel>本日)(?![益常期报志记用程])"
"""本日 (today) opening a clause or after a preposition, not inside 基本日常, 成本日益, 日本日产."""
_NOT_A_DAY_AFTER = (
    r"(?<=前日)本|(?<=后日)(?:本|军|元|方|语|企|资|记|圆)|(?<=今日)(?:头条|俄罗斯|美国报|焦点|推荐|看点|要闻)|(?<=明日)之星|(?<=[、，,]今日)(?!白天|夜间|上午|下午|晚上|凌晨|早晨|中午|傍晚|夜里)[\u4e00-\u9fff]{2}(?=[、等])"
    r"|(?:(?<=[\u4e00-\u9fff]今日)|(?<=[\u4e00-\u9fff]明日)|(?<=[\u4e00-\u9fff]今天)|(?<=[\u4e00-\u9fff]明天))(?<![说示绍知露称告问讲道][今明][日天])"
    r"(?:工作室|出版社|乐队|乐团|报社)"
)
"""Names a day word starts: 此前日本 and 前日本首相 (Japan), 今日头条 (an app), 今日俄罗斯 (RT),
今日美国报 (USA Today; 今日美国宣布 is today), 今日焦点, 今日推荐 (a page's headings), 明日工作室, 明天出版社,
今天乐队 (a studio, a publisher, a band, after a word: 明天工作室将停电 opening its clause is tomorrow, and so
is 她说明天乐队会…),
明日之星 (a rising star); 光明日报 (a newspaper) is kept out by the 光 before it."""
_BEFORE_QIAN = "目之以提此当眼空事先面跟战"
"""Characters that make a word with the 前 after them (目前天气晴朗, 之前天气很好, 提前天数, 此前日增):
that 前天 or 前日 is no day (but 从前天开始, 于前日 are)."""
_CN_WEEK_BLOCK = "一二两三四五六七八九十廿卅"
_A_NAMES_LAST_DIGIT = r"(?<=[\u4e00-\u9fff][一二三四五六七八九])(?<![〇○零一二两三四五六七八九十廿卅百千万几第每初前后近约这本][一二三四五六七八九])(?=\d)"
"""马英九8日, 王老五8日: a name's last character a digit, then a day in digits (not 二十8日, 第九8日)."""
_NOT_A_NAMES_DAY = r"(?!彩(?![排票])|档|版(?![本权])|刊(?![登出发载文])|报(?![道告名到警案价复销送])|泰晤士|晚邮报|邮报|电讯报)"
"""周二彩 (a lottery), 周末版, 周日刊 (a paper's edition), 星期天报, 星期日泰晤士报 (papers): names,
not the day (周五版本更新, 周二刊登, 周六彩排, 周日报道 are days, and so is any said with 上, 本 or
这: 上周五刊文)."""
_NO_MODIFIER_BEFORE = (
    r"(?<!首映)(?<!开画)(?<!选举)(?<!全明星)(?<!国庆)(?<!圣诞)(?<![^影乐术酒化游食剧漫物虾光]节)(?<!第[一二三四五六七八九十\d])(?<!前一)(?<![^家校市省县局部院队社外事议组班厅处科所行团会州镇村司署厂书乡]长)(?<!黄金)(?<!正值)"
)
"""Words that name a weekend of their own, no date the week names (首映周末 the opening weekend, 选举周末,
全明星周末, 国庆周末, 感恩节周末, 第二周末, 长周末), nor a day said to be one (5日正值周末)."""
_TITLES_AFTER_A_SURNAME = "教授|先生|女士|小姐|太太|律师|师傅|书记|主任医师|总(?![结共计体部统之的是算有要会在])"
"""What after 这个周 makes 周 a surname (这个周教授, 这个周先生), not this week."""
_NOT_CLIMBED_ONTO = r"(?:(?<![爬登冲赶遇碰追走排搭坐乘踏迎加跳蹿窜升]上)|(?=上))(?!(?<=[爬登冲赶遇碰追走排搭坐乘踏迎加跳蹿窜升])上)"
"""爬上周末票房榜, 赶上周末, 爬上周日才开放的: the 上 closes a verb (climb onto, happen upon), so
neither last week nor a day: the chart's or the story's weekend, whose week is not said; a 上 after
it opens 上周 again (再加上上周末)."""
_SP = r"[ \u00a0]?"
"""The space Taiwanese and Hong Kong pages put around a number (過去 5 年, 3 天後)."""
_LENGTHS_WORD_ABOUT = "|".join(
    rf"(?<={word}{about})" for word in ("为期", "历时", "持续", "延续", "长达", "用时", "耗时", "时隔", "相隔", "事隔", "间隔")
    for about in ("约", "近", "逾", "大约", "将近", "接近", "超过")
)
"""时隔约五年, 耗时约一年, 持续逾两周: a length after a word that says one, with how near it is
between (lengths keep no qualifier)."""
_LENGTHS_WORD_SPACED = "|".join(rf"(?<={word}[ \u00a0])" for word in ("为期", "历时", "持续", "长达", "用时", "耗时", "整整", "足足", "短短", "时隔", "相隔"))
"""为期 3 天, 历时 14 个月: a word that says a length, then a space, as pages that set digits apart write it."""
_INNER = "部地容阁外蒙瓦政需销线网河陆江战乱存在涵心科幕务衣侧设资宣勤"
"""What follows 内 when it opens a word (日内瓦, 内地, 内容), not "within"."""
_BIG_FEW = "指数|股指|运营商|银行|巨头|行业|产业|板块|平台|品牌|集团|阵营|车企|电商|航空|主题|领域|任务|战役|难题|问题|优势|特点|亮点|方面|措施|举措|件|类|项"
"""What 三大 and 四大 count (本周三大指数全部收跌 is this week's three main indexes, not Wednesday)."""
_AHEAD = frozenset(("未来", "今后", "接下来", "接下来的"))
"""Words for the time from now on, which the library reads as from this moment (未来三年)."""
_FIRST_MONTHS = r"[一二两三四1-4]个?季度|(?:1[0-2]|[1-9]|十[一二]?|[一二两三四五六七八九])个月"
"""前 opening the first months of a year (19年前三季度 is 2019's first three quarters, not
19 years ago)."""
_FIRST_MONTHS_AFTER = re.compile(_FIRST_MONTHS)
_YEAR_PARTS = (
    rf"[上下]半年|[一二三四1-4]季度|第[一二三四1-4]季度|前(?:{_FIRST_MONTHS})|年[初底末中]"
    rf"|{_alternatives(_HOLIDAYS)}|{_alternatives(_LUNAR)}"
)
"""What makes 19年 a year though no month follows (19年上半年, 19年春节): alone it is 19 years."""
_FAITH = r"(?:犹太教|犹太|伊斯兰教|伊斯兰|穆斯林|印度教|印度|基督教|天主教|锡克教|佛教)"
"""A faith's name before its feast's (犹太教赎罪日, 穆斯林斋月), part of the phrase."""
_NTH = (
    rf"(?P<nth>的?(?:第(?P<nn>[一二三四五1-5])|(?P<nlast>最后一))个?(?:星期|周|礼拜)"
    rf"(?P<nwd>[{_WEEKDAYS}]))"
)
_MID_YEAR_DEEDS = "以来|起|完成|完工|竣工|召开|举行|推出|上市|辞去|离开|退休|到期|出台|实施|生效|上任|开业|开通|投产"
"""What after 2027年中 (one 年) makes it the year's middle, not 2027年 before 中国 or 中的."""
_RULES = [
    _rule(  # before the rules that read 今年年中 as the whole year
        rf"(?:(?P<y>{_Y4})\s*年|(?P<ry>今年|去年|明年|前年))(?:年中(?=[，,。；;、\s]|$|时|前后|左右|以前|之前|前|后|的|期间|将|会|{_MID_YEAR_DEEDS})"
        rf"|(?P<one>中)(?=[，,。；;、\s]|$|前后|左右|{_MID_YEAR_DEEDS}))",  # 2027年中完工, 明年中推出; not 今年中国, 2025年中的大事
        _mid_year,
    ),
    # 公元前1046年 is 1046 BC, which a date here cannot hold: none (it was 1046 AD); so is the 前1802年 a range of them ends with (公元前1991年至前1802年)
    _rule(rf"(?:公元\s*)?(?<!\d)(?<!公元前)(?<!西元前)(?<!纪元前)(?<!元前\s)(?<!年[至到—~～-]前)(?P<y>{_Y4})\s*年(?!代)(?:\s*{_MD}(?(d){_TIME}?))?", _absolute),
    _rule(rf"(?:公元|西元)\s*(?P<y>[1-9]\d{{0,2}})\s*年(?!代)(?:\s*{_MD}(?(d){_TIME}?))?", _common_era_year),  # 公元618年
    _rule(rf"(?:(?P<y>{_Y4})\s*年|(?P<ry>{_alternatives(_REL_YEAR)}))?(?<![\d.])(?P<m>{_MONTH})\s*月份?(?P<x>上中|中上|中下|下中)旬", _two_tenths),
    _rule(
        rf"(?:(?P<y>{_Y4})\s*年|(?P<ry>{_alternatives(_REL_YEAR)}))?(?<![\d.])(?P<m>{_MONTH})\s*月份?的?前\s*"
        r"(?:(?P<w>[一二两三四1-4])\s*(?:个)?(?:周|星期|礼拜)|(?P<d>[1-9]|1\d|2[0-5]|[一二三四五六七八九十]|十[一二三四五六七八九]|二十[一二三四五]?)\s*(?:天|日))",
        _a_months_first_days,
    ),
    _rule(rf"(?<![\d月〇○零一二三四五六七八九十闰閏])(?<!(?<!每)年)(?:{_MD})(?(d){_TIME}?|{_NTH}?)", _month_day),  # 每年6月: recurs
    _rule(rf"{_SLASH_MD}\s*(?:-|~|～|至|到)\s*(?P<m2>1[0-2]|0?[1-9])/(?P<d2>3[01]|[12]\d|0?[1-9])(?![\d/.%:])", _slash_days),
    _rule(rf"(?:(?<=[{_WEEKDAYS}][(（])|(?=\d{{1,2}}/\d{{1,2}}{_SLASH_DAY_AFTER})){_SLASH_MD}[号日]?{_TIME}?", _slash_day),
    _rule(  # 28/11（星期四）: day first, as Hong Kong writes it, where the first cannot be a month and the weekday follows
        r"(?<![\d/.A-Za-z])(?P<d>1[3-9]|2\d|3[01])/(?P<m>1[0-2]|0?[1-9])(?=\s*[(（]\s*(?:周|星期|礼拜)?[一二三四五六日天]\s*[)）])", _slash_day
    ),
    _rule(  # 截至17:20 - 29/11/2025: a live page's stamp, the time then its day
        r"(?<![\d:])(?P<h>[01]?\d|2[0-3])[:：](?P<mi>[0-5]\d)\s*[-–—]\s*(?P<d>[0-3]?\d)/(?P<m>1[0-2]|0?[1-9])/(?P<y>(?:19|20)\d\d)(?![\d/])",
        _clock_then_day,
    ),
    _rule(
        rf"(?:(?P<y>{_Y4})\s*年|(?P<ry>{_alternatives(_REL_YEAR)}))?(?<![\d.第])(?P<a>{_MONTH})\s*(?:(?P<am>月份?)\s*)?"
        rf"(?:、|(?(am)(?:和|及|与)|(?<=[一二三四五六七八九十])(?=[一二三四五六七八九十])))\s*(?P<b>{_MONTH})\s*(?P<u>月)份?"
        rf"(?![\d一二三四五六七八九十日号])"
        rf"|(?:(?P<y2>{_Y4})\s*年|(?P<ry2>{_alternatives(_REL_YEAR)}))?(?:(?P<m>{_MONTH})\s*月|(?<![\d.月]))(?P<a2>{_DAY})\s*(?:[日号]\s*(?:、|和|及|与)|、(?=\s*{_DAY}\s*日))\s*"
        rf"(?P<b2>{_DAY})\s*(?:日|号(?![线楼院房车位门机台口馆队床码]|入口|出口|出入口|入闸|出闸|出站|入场口|入境大堂)(?(m)|(?!\s*[、和及与]\s*\d{{1,2}}\s*号\s*[入出线楼院门站台馆厅区口])))",
        # 3、4号线 and 1、2号楼 are no days, nor 1号、2号、3号入口
        _listed,
    ),
    _rule(
        rf"(?P<ap>{_DAY_PERIOD})\s*(?P<a>1\d|2[0-3]|\d|[一二三四五六七八九十]{{1,2}})\s*、\s*"
        rf"(?P<b>1\d|2[0-4]|\d|[一二三四五六七八九十]{{1,2}})\s*[点时](?:钟|左右)?",
        _hours_listed,
    ),
    _rule(
        rf"(?<![今是])昨儿?(?:(?P<part>上午|下午|中午|晚上|凌晨|早上|傍晚|清晨)(?P<at>(?>\s*(?:[约近]\s*)?{_CLOCK}(?:许(?![多久可]))?)(?!\s*{_TO}))?)?(?![天日晚夜午晨早非儿])(?(at)|(?=[\u4e00-\u9fff]))",
        _day_said_short,
    ),
    _rule(rf"(?<![如至迄而当现古从自即于今是])今(?:(?P<part>上午|下午|中午|凌晨|早上|傍晚|清晨)|(?={_NEWS_VERBS}))", _day_said_short),
    _rule(  # 立法會明8時默哀: a headline's 明 or 今 after a body's name, before an hour with 时
        r"(?<=[会院府局署处部委首方团党组司厅队校庭所社\s\x00])(?:今|明)"
        r"(?P<at>\s*(?:1\d|2[0-3]|0?\d)\s*时(?:\s*[0-5]?\d\s*分|半)?(?:许(?![多久可]))?)",
        _headline_day_said_short,
    ),
    _rule(
        rf"(?P<lead>(?<!\d)\d{{4}}\s*年|{_alternatives(_REL_YEAR)})?(?:农历|阴历)\s*(?P<lm>1[0-2]|0?[1-9])\s*月"
        r"\s*(?P<ld>[12]\d|30|0?[1-9])(?:\s*[日号])?(?!\d)",
        _lunar_in_digits,
    ),
    _rule(rf"(?:(?<!\d)(?P<ly>{_Y4})\s*年|(?P<ry>{_alternatives(_REL_YEAR)}))?大年(?P<ld>初[一二三四五六七八九十])(?:(?<=初一)(?:期间|前后|假期|长假|前夕)|{_TIME}(?:许(?![多久可]))?)?", _days_of_the_new_year),
    _rule(
        rf"(?<![\d{_CN_WEEK_BLOCK}今去明前后本同当上下这每半全整跨大新底末中学少那])年(?P<ld>初[一二三四五六七八九十])"
        rf"(?:(?=\s*(?:{_PERIOD}))(?:{_TIME}(?:许(?![多久可]))?)"
        r"|(?=[，,。、；;！!？?的早晚凌那这清深一至到及和]|[上中下]午|大早|当[天日晚]|\s|$|(?<=初[二三四五六七八九十])(?:发生|举行|开工|开市)|期间|前后))",
        _days_of_the_new_year_said_short,
    ),
    _rule(
        rf"(?<![\d{_CN_WEEK_BLOCK}今去明前后本同当上下这每半全整跨大新底末中学少那])年(?P<ld>廿[一二三四五六七八九]|三十)"
        rf"(?:(?=\s*(?:{_PERIOD}))(?:{_TIME}(?:许(?![多久可]))?)"
        r"|(?=[，,。、；;！!？?的早晚凌那这清深至到及和洗]|[上中下]午|大早|当[天日晚]|\s|$|期间|前后))",
        _last_days_of_the_lunar_year,
    ),
    _rule(
        rf"(?P<ry>今年|去年|明年)的?(?:(?:农历|阴历)(?P<lm>十[一二]|[一二三四五六七八九十])|(?P<named>[正冬腊]))月"
        rf"(?P<ld>二十[一二三四五六七八九]|{_LUNAR_DAY})",
        _lunar_day_of_a_year_said,
    ),
    _rule(
        rf"(?:(?<!\d)(?P<ly>{_Y4})\s*年|(?<!年))(?:农历|阴历)?(?P<lm>{_LUNAR_MONTH})月"
        rf"(?:(?P<ld>二十[一二三四五六七八九]|{_LUNAR_DAY}|[一二三四五六七八九](?=日))日?|(?<=[正冬腊]月)(?P<digits>[12]\d|30|0?[1-9])(?!\d)[日号]?)",
        _lunar_said,
    ),
    _rule(
        r"(?:农历|阴历)(?P<lm>十[一二]|[一二三四五六七八九十]|1[0-2]|0?[1-9])月份?(?![初底末中])"
        r"|(?<![公真纠修改端校更刚指反严])(?P<named>正|腊)月份?(?![初底末中])",
        _lunar_month,
    ),
    _rule(r"(?<![今说表证声透阐注标查申发指聪文光阳英简鲜黎分澄])明后(?P<u>天|年)(?![级])", _tomorrow_and_after),
    _rule(
        r"(?<![今明昨])(?P<ry>前|去|明|后)年(?:的)?(?:今天|今日(?![头资美说俄])|此时|此刻|这个时候|这时候|同一时间|同一天|这一天)(?![的]?[上下]午|晚上|早上|凌晨)",
        _this_day_of_its_year,
    ),
    _rule(  # 截至2017年末, 截至2010年年底, 至去年年底: a balance's day, the year's last (年末 alone is its last two months)
        r"(?:(?<=截至)|(?<=截止)|(?<=截止到)|(?<=截至到)|(?<![截直以延期长]至)(?<=至)|(?<![迟延拖期长改]到)(?<=到))\s*"  # not 推迟到, 延期至: a postponed event
        r"(?:(?P<y>(?:19|20)\d\d)\s*年|(?P<ry>去|今|前)年)\s*年?(?:末|底)(?![前后])",
        _a_years_last_day,
    ),
    _rule(  # 2016、2017年, 2025及2026年: the first year shares the second's 年
        r"(?<![\d.\-/])(?P<y>(?:19|20)\d\d)(?=(?:\s*(?:、|及|和|与|或)\s*(?:19|20)\d\d)+\s*年)",
        lambda match, published: _Own(match["y"]),
    ),
    _rule(  # Taiwan's and Hong Kong's next year (在来年的立委选举), not inside 带来年均, 原来年纪, 未来年内
        r"(?:(?<![\u4e00-\u9fff])|(?<=[在于到至和与及的从待等]))来年(?![均纪轻货年内底初春夏秋冬代龄检收\d])",
        lambda match, published: None if published is None else _Own(f"{published.year + 1:04d}"),
    ),
    _rule(rf"(?<![时一]){_NOT_A_VERBS_XIA}(?P<rel>{_alternatives(_REL_YEAR)})(?![代龄纪])(?:{_MD}(?(d){_TIME}?))?", _relative_year),  # 时下年轻, 一下年轻, 设下年底前: not 下年; 本年龄段
    _rule(
        r"(?:(?:中华)?民国(?P<roc>\d{1,3}|元|[一二三四五六七八九十百零〇]{1,5})"
        r"|(?<![\d.])(?P<bare>1[01]\d)(?=\s*年(?:\s*\d{1,2}\s*月|度|[初底末](?![一二三四五六七八九十]))|(?<=[自从由]\d\d\d)\s*年起))"
        rf"\s*年度?(?:(?P<edge>[初底末])(?![一二三四五六七八九十])|\s*{_MD}(?(d){_TIME}?))?",
        _roc_year,
    ),
    _rule(
        rf"(?:(?:中华)?民国\s*)?(?<![\d.])(?P<a>1[01]\d)\s*(?:年\s*)?{_TO}\s*(?:(?:中华)?民国\s*)?(?P<b>1[01]\d)\s*年(?![代级龄前后来以]|之(?!间))",
        _roc_year_range,
    ),
    _rule(  # 为期3日, 不到10日, 短短5日: so many days, as Hong Kong and Taiwan write 天, not the 3rd (not after 了:
        # 改在了18日 is the 18th)
        r"(?:(?<=为期)|(?<=历时)|(?<=持续)|(?<=长达)|(?<=连续)|(?<=一连)|(?<=接连)|(?<=足足)|(?<=整整)|(?<=不到)|(?<=不足)"
        rf"|(?<=短短)|(?<=仅仅)|(?<=拘留)|(?<=拘役)|(?<=监禁)|(?<=禁闭)|(?<=被处)|(?<=可处)|(?<=判处)|(?<=处以)"
        rf"|(?<=逗留)|(?<=隔离)|(?<=前后各))(?P<n>{_DAYS_SAID})日"
        r"(?![前后内以来之中底初末份\d上下早晚凌午夜])|(?P<n2>{_DAYS_SAID})日(?=(?:的)?(?:行政)?(?:拘留|拘役|监禁|禁闭))",
        _a_length_in_days,
    ),
    _rule(
        rf"(?:(?<![\d.月第每前后近约这本\-/{_CN_WEEK_BLOCK}])|{_A_NAMES_LAST_DIGIT}){_DAYS_COUNTED}(?P<d>3[01]|[12]\d|0?[1-9]|[二三]?十[一二三四五六七八九]|[二三]十|廿[一二三四五六七八九]?|卅一?)"
        rf"(?:日(?![元本游圆币后均间之]|以(?!压倒|多数|\d|[一二三四五六七八九十两]+票|[^，,。；;]{{0,10}}?(?:涉嫌|罪))|前(?!往)|内(?![地蒙瓦阁])|\d(?!\d?\s*[时点:：]\d?|\d{{0,2}}(?:\.\d+)?\s*[万千]?多?\s*[人名]))|号(?=\s*(?:{_PERIOD}|\d{{1,2}}[:：点时]|[一二三四五六七八九十两]{{1,3}}[点时]|当天|当日)))"
        rf"{_TIME}?",
        _bare_day,
    ),
    _rule(  # 截至 28 日下午 3 時: a day spaced as Hong Kong pages space their numbers, before a time
        rf"(?<![\d第共约近每前后头逾超][ \u00a0])(?<=[ \u00a0])(?P<d>3[01]|[12]\d|0?[1-9])[ \u00a0]日(?=\s*(?:{_PERIOD}|\d{{1,2}}\s*[时点:：]))"
        rf"{_TIME}?",
        _bare_day,
    ),
    _rule(  # 将于12号举行, 从1号到今天, 5号至15号: a bare 号 after 于/在 or in a range is a day,
        # not a number (12号线, 在3号楼, 从1号线到3号线)
        r"(?:(?<=于)|(?<=在)(?=\d)|(?<=当地时间)|(?<=\d[号日][到至~～—])|(?<=月[后前])|(?<=[从自])(?=(?:\d{1,2}|[二三]?十[一二三四五六七八九]?)号\s*(?:起|开始|以来|以后|之后|到|至|~|～|—))"
        r"|(?<=[\u4e00-\u9fff])(?<![人者员手穿披戴路街道巷队风案舟鹰娥星船机弹号码排座床房楼门台线车的第组例宾球征卫践儿铁])"
        r"(?:(?<![〇零一二两三四五六七八九十百千万几宫云])|(?=\d))(?=(?:\d{1,2}|[二三]?十[一二三四五六七八九]?)号"
        r"(?:正式|也|已经|已|再度|再次|又|还|都|首度|首次|同时|亦|分别|共同|先|刚刚|刚)?"
        r"(?:表示|宣布|说|指出|透过|举行|发表|会见|抵达|召开|公布|声称|晚上|上午|下午|凌晨|早上"
        r"|证实|接见|签署|签订|签定|结束|发生|访问|出席|透露|会晤|启程|致电|批准|否认|重申|坚称|强调|呼吁|警告|谴责|指控|抨击"
        r"|在[^，,。；;\d]{1,20}?(?:举行|会见|表示|宣布|发表|召开|访问|出席|签署|举办|发布|接受|主持|会晤|指出|说|演讲|发生|遇害|被捕|去世|逝世"
        r"|开幕|闭幕|参观|开火|交出|抵达|投票|袭击|爆炸|坠毁|会谈|见面|举手|宣誓)"
        r"|进入|通过|判决|宣判|大跌|大涨|收盘|举办|发布|表决|开幕|闭幕|离开|前往|飞抵|回到|提出|决定|展开"
        r"|下令|拜会|拜访|接受|作出|做出|对外|逮捕|向(?=记者|媒体|外界|新闻界|联大|国会|议会|法院)|以(?=\d|[一二三四五六七八九十两]+票|压倒|多数|涉嫌)"
        r"|晚间|中午|傍晚|清晨|早晨|深夜))"
        r"|(?<![\d.第])(?=\d{1,2}号\s*(?:到|至|~|～|—)\s*(?:\d{1,2}号|今天|今日|现在|目前|月底)))"
        r"(?P<d>3[01]|[12]\d|0?[1-9]|[二三]?十[一二三四五六七八九]?)号(?![\d线楼台房院位码球车机床室栋座门口街路巷弄区馆厅场舱厂井坑风选]|公[路寓园馆交])",
        _bare_day,
    ),
    _rule(
        rf"(?P<rel>{_alternatives(_REL_MONTH)})(?:\s*(?:的\s*)?(?P<d>{_DAY})\s*(?:日|号(?!{_A_NUMBERED_THING})|(?=(?:及|和|与|、)\s*\d{{1,2}}\s*[日号])))?"
        rf"(?(d){_TIME}?|{_NTH}?)",
        _relative_month,
    ),
    _rule(rf"(?<!光)(?:(?<![{_BEFORE_QIAN}])(?=前)|(?!前))(?P<rel>{_alternatives(d for d in _REL_DAY if d != '本日')})"
          rf"(?:(?<!即日)|(?=起|至|到|开始|生效|为止|止))(?!{_NOT_A_DAY_AFTER}){_TIME}?", _relative_day),  # 即日起, not 随即日本
    _rule(rf"{_THIS_DAY}{_TIME}?", _relative_day),
    _rule(r"(?<![如至迄而当现古从自即])(?P<w>今)(?=起(?![码程初来身床义点]))"
          r"|(?<![文说表证发光声阐鲜英标注查指清黎天分简严开高精昆孔聪透神申诚])(?P<w2>明)(?=起(?![码程初来身床义点]))", _from_today),
    _rule(  # 今(1)日, 昨（31）日, 明(2)日上午: how Taiwanese papers date a story's days
        rf"(?P<said>[今昨明前后])\s*[(（]\s*(?P<d>3[01]|[12]\d|0?[1-9])\s*(?P<in>日)?\s*[)）](?(in)|\s*(?:日|(?={_SAID_PART})))"
        rf"(?:的?{_TIME}|(?P<part>{_SAID_PART}))?",
        _said_with_its_day,
    ),
    _rule(
        rf"本\s*[(（]\s*(?P<m>1[0-2]|0?[1-9])\s*[)）]\s*月(?:\s*(?P<d>{_DAY})\s*[日号])?{_TIME}?",  # 本(9)月15日
        lambda match, published: None if published is None else _ymd_value(published.year, match, published),
    ),
    _rule(
        rf"(?P<pre>近|(?<![已经刚才都又快])过去的?|最近的?|(?<![\u4e00-\u9fff])(?P<edge>上|前)|(?<![提此之以元])(?<!年[至到—~～-])前){_SP}(?P<n>{_N}){_SP}"
        rf"(?P<u>{_EDGE_UNITS}{_UNITS})(?![前后级]|两头|[也都]不能)",
        _last_n,
    ),
    _rule(
        rf"(?<![已经刚才都又快])(?:过去的?|最近的?){_SP}(?P<n>{_N}){_SP}个?(?P<u>小时|钟头|分钟)(?![前后])",
        lambda match, published: _to_now(published, match["u"], -_count(match["n"])) if published and _count(match["n"]) else None,
    ),
    _rule(
        rf"(?P<pre>(?P<edge>未来|今后|接下来的?|(?<![\u4e00-\u9fff])[下后])){_SP}(?P<n>{_N}){_SP}"
        rf"(?P<u>{_EDGE_UNITS}{_UNITS})(?![前后级])",
        _next_n,
    ),
    _rule(
        rf"(?P<pre>近|(?<![已经刚才都又快])过去的?|最近的?|未来|今后|接下来的?){_SP}(?P<n>{_N}){_SP}个季度(?![前后度])",
        _quarters_rolling,
    ),
    _rule(
        rf"(?<![\d{_CN_WEEK_BLOCK}第前上下])(?P<n>{_N}){_SP}个季度(?P<dir>以后|之后|过后|以前|之前|后|前(?!往))",
        _quarters_moved,
    ),
    _rule(rf"(?<![{_WORDS_ENDING_IN_MING}])(?P<run>昨今|明后|今明后)(?P<n>两|三)(?:天|日)(?![报子])", _run_of_days),
    _rule(r"(?P<pre>未来|今后)半个?(?P<u>年|月)(?!一[次期回]|\s*(?:至|到|-|~|～|—))", _half_ahead),
    _rule(r"(?:(?P<ry>今年|去年))?(?:进入|入)(?P<season>[春夏秋冬])(?:季|天)?(?:以来|至今)", _since_the_season_began),
    _rule(r"(?P<y>\d{3}0)\s*年代", _decade),
    _rule(r"(?P<y>20[3-9]0)\s*年代(?P<part>初|中(?![国东南北部心央华文外资美欧日韩])|末)", _a_decades_part),
    _rule(
        rf"(?:(?:(?<!\d)(?P<y>\d{{4}})\s*年|(?P<ry>{_alternatives(_REL_YEAR)}))的?)?(?:农历|阴历)?(?P<eve>{_alternatives([*_EVES, '除夕'])})",
        _eve_of_year,
    ),
    _rule(r"(?<![\d年的])春节(?:期间|假期|长假|前夕|连假)?", _bare_spring_festival),
    _rule(
        rf"(?<![上下本这每])(?<![上下]个){_WEEKDAY_AND_DAY}(?:{_PART_AND_CLOCK})?\s*{_TO}\s*{_WEEKDAY_AND_DAY}(?:{_PART_AND_CLOCK})?"
        rf"(?!\s*{_TO}\s*[\d上下中晚早凌傍午夜])",
        _weekdays_with_their_days,
    ),
    _rule(
        r"(?:(?P<ry>今年|去年|明年)的?|(?<![\d年的]))(?:腊八节|腊八(?=[，,。；;、！!？?\s]|$|[这那]一?天|当天|当日|[前后](?![人辈])|之[前后际]|以[来前后]|过后|至今(?!年)|将至|临近|刚过|来临|到来|时节|期间|[上下中]午|早上|晚上|凌晨|一[到早]|到了))"
        rf"(?:期间|前后|当天|前夕|{_TIME}(?:许(?![多久可]))?)?",
        _laba,
    ),
    _rule(
        rf"(?:(?:(?<![\d{_CN_NUMERALS}])(?P<y>\d{{4}}|\d\d|[〇○零一二三四五六七八九]{{4}})\s*年|(?P<ry>今年|去年|明年|前年))的?"
        rf"|(?<![\d第号.米月初廿{_CN_NUMERALS}])(?<![\d{_CN_NUMERALS}]年)(?<![\d{_CN_NUMERALS}]年的))"
        r"[“\"「『]?(?:(?P<h>三八|五四|六一|七一|八一)[”\"」』]?(?:前夕|期间|当天|前后(?![场卫排门]|[两三四五六七八九十几]?[任届次轮]))"
        r"|(?P<that>三八|五四|五一|六一|七一|八一|十一)[”\"」』]?(?=[那这]一?天))",
        _feast_in_figures,
    ),
    _rule(rf"(?P<ry>{_alternatives(_REL_YEAR)})?(?P<alias>{_alternatives(_LUNAR_ALIASES)})(?:(?<=新年)(?:假期|期间|长假|连假))?", _lunar_alias),
    _rule(r"(?<![\d一二三四五六七八九十月年])(?P<alias>二月二)(?![日号十一二三四五六七八九\d])", _lunar_alias),  # 龙抬头's day
    _rule(
        r"(?:(?<![如至迄而现当古])今|(?<![说表证声发昆小聪光文黎清透高英简鲜阐查标注指申载分])明)(?P<season>[春夏秋冬])(?![天季节装令晚运奥至眠菇瓜笋茶风雨雪日耕播秋游城熙])"
        r"|去(?P<last>[春夏秋冬])(?=今[春夏秋冬])",
        _short_season,
    ),
    _rule(rf"(?P<ry>{_alternatives(_REL_YEAR)})的?(?P<term>清明节?|{_alternatives(SOLAR_TERMS)})", _solar_term_of_year),
    _rule(rf"(?<!七夕)(?:国际)?(?P<h>{_alternatives(_HOLIDAYS)})(?:节)?(?!星){_TIME}?", _holiday),  # 七夕情人节 is 七夕; “夏至星” a name
    _rule(
        rf"(?:(?:(?P<y>{_Y4})\s*年|(?P<ry>{_alternatives(_REL_YEAR)}))的?)?(?P<orth>{ORTHODOX})?{_FAITH}?"
        rf"(?P<feast>{_alternatives(FEAST_NAMES)})(?!岛|子|教会|派|(?<=节)[目奏能约省拍制点])",
        _feast,
    ),
    _rule(
        r"(?<![\d.])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})T(?P<h>[01]\d|2[0-3]):(?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d)(?:\.\d+)?)?"
        r"(?:Z|[+-]\d{2}:?\d{2})?(?![\d:])",
        _iso_stamp,
    ),
    _rule(
        r"(?<![\d.])(?:(?P<y>\d{4})([-/.])(?P<m>\d{1,2})\2(?P<d>\d{1,2})(?!\d|\.[\dA-Za-z])"
        r"|(?<![/\d-])(?P<a>\d{1,2})(?P<sep>[/-])(?P<b>\d{1,2})(?P=sep)(?P<y4>(?:19|20)\d\d)(?![\d/-])"
        r"|(?<![\dA-Za-z_./\-#话线真号码])(?<![话线真号码][：:])(?P<cy>(?:19|20)\d\d)(?P<cm>0[1-9]|1[0-2])(?P<cd>0[1-9]|[12]\d|3[01])"
        r"(?![\dA-Za-z_%％.号期次元股万亿人个]))",
        _numeric,
    ),
    _rule(  # 週六、日, 周一至五, 本周六日: days of one week, the second said by its number alone
        rf"(?<![\d{_CN_WEEK_BLOCK}每逢]){_NOT_CLIMBED_ONTO}(?P<pre>上上|下下|上|下|这|本|今个)?个?(?:星期|周|礼拜)(?P<wd>[一二三四五六])"
        r"(?:\s*(?:至|到|-|—)\s*(?P<wd2>[二三四五六日天])|(?P<listed>(?:\s*[、和及]\s*[二三四五六日天])+)"
        r"|(?<=六)(?P<wd3>日)(?=\s*(?:[，,。；;、）)」]|$|[两兩]?天|假|期间|休|全天|都|也|[上下中晚早凌傍]|照常|开放|营业|均(?![价值量客销收流温气]))))"
        r"(?![本元圆军方报刊期子常益夜光历记文语产系韩美前后内间起落程月号个年百千万十%％.\d经媒相中照企股出]|\s*[、和及]\s*[一])",
        _weekdays_of_a_week,
    ),
    _rule(
        rf"(?<![\d{_CN_WEEK_BLOCK}]){_NOT_CLIMBED_ONTO}(?P<pre>上上上|下下下|上上|下下|上|下|这|本|今个)?(?:(?<=[上下这])一)?个?(?(pre)|(?<!(?<!每)一个)(?<!某个))(?:星期|周|礼拜)(?P<wd>[{_WEEKDAYS}])(?!(?<=[一二])审(?:判决|宣判|法院|结果|裁定|败诉|胜诉))"
        rf"(?!(?<=[二三四五六])大(?:{_BIG_FEW}))(?!(?<=[二三四五六])[个项家所名位款种条])(?!(?<=三)年)(?!(?<=周一)(?:鸣(?![锣笛])|岳))"
        rf"(?!(?:(?<=每周.)|(?<=每星期.)|(?<=每礼拜.))(?:次(?!日)|场(?![地馆面所合])|趟|遍|班(?![会级机车])))(?(pre)|{_NOT_A_NAMES_DAY})(?<!黑色星期.){_TIME}?",
        _weekday,  # 周一鳴: a man, not Monday; 每周三次: how often; 周二彩, 周日版, 黑色星期五: names
    ),
    _rule(
        rf"(?P<pre>上上上|下下下|上上|下下|上|下|这|本|今个)个?(?:星期|周|礼拜)\s?(?P<wd>[1-7])(?![\d.%％次天个小时日号年月周期点时:：分秒名位项件条场人万亿千百倍成比胜负平球\-]){_TIME}?",
        _weekday,
    ),
    _rule(
        rf"(?P<pre>上上上|下下下|上上|下下|上|下|这|本|今个)(?:一|个)?(?:星期|礼拜|周(?![旋转密]|(?<=这个周)(?:{_TITLES_AFTER_A_SURNAME})(?![们都])|(?<=这个周)[详边刊围期]|(?<=这周)[详边刊期]|(?<=本周)[期刊]|(?<=加上周)边|(?<=上周)围(?!绕)))"
        rf"(?![一二三四五六日天末年](?<![二三四五六](?=大(?:{_BIG_FEW})|[个项家所名位款种条])))", _week
    ),
    _rule(rf"(?:(?P<ap>{_PERIOD})的?\s*(?:[约近]\s*)?)?{_CLOCK}", _clock),
    _rule(
        rf"(?:(?<![\d.第])(?P<y2>\d{{2}})|(?<![\d{_CN_DIGITS}十百千万几数多第])(?P<y2c>[{_CN_DIGITS}]{{2}}))"
        rf"\s*年(?:\s*(?:(?<![了过]\d\d年)的\s*)?{_MD}(?(d){_TIME}?)|(?={_YEAR_PARTS})|(?P<edge>[初底末])(?![一二三四五六七八九十]))",
        _short_year,
    ),
    _rule(
        rf"(?:(?P<y>{_Y4})(?:\s*(?:年度?|财年|财政年度?|会计年度?)|(?=[上下]半年))|{_NOT_A_VERBS_XIA}(?P<ry>{_alternatives(_REL_YEAR)})度?"
        rf"|{_ROC_YEAR_SAID}\s*年度?)?(?P<per>上半年|下半年|(?<=年)[前后]半年(?!以来|来)"
        rf"|前(?P<q>[一二两三四1-4])个?季度|第?(?P<q1>[一二三四1-4])季度"
        rf"|(?<![》」”剧秀吧集戏队艺])前(?P<q5>[一二两三四1-4])季(?!度)(?(y)|(?(ry)|(?(roc)|(?={_A_QUARTERS_FIGURES}))))"
        rf"|(?<![目此之日提当空事生以])前(?P<nm>\d{{1,2}}|[一二两三四五六七八九十]{{1,3}})个?月(?:份)?|年初|年底|年末|年中|年尾"
        rf"|(?:(?<=年)|(?<=年度))(?:全年|首季(?!度)|第(?P<q3>[一二三四1-4])季(?!度))"
        rf"|(?<!年)(?<!年度)(?<![》」”剧秀吧集戏队艺])(?<!节目)(?<!》的)(?<!艺的)(?:首季|第(?P<q4>[一二三四1-4])季)(?={_A_QUARTERS_FIGURES}))",
        _period,
    ),
    _rule(r"(?P<pre>上上上|下下下|上上|下下|上|下|这|本)(?:一|个)?季度(?P<edge>[初末底])?", _relative_quarter),
    _rule(  # 上季經濟按季增長, 本季营收: a quarter without 度 (Hong Kong's and Taiwan's way) by its figures, not a season (上季冠军)
        rf"(?<![以之向马早])(?P<pre>上|下|本)(?:一)?季(?P<edge>(?!))?(?!度|节|赛|后|军|冠)(?={_A_QUARTERS_FIGURES})",
        _relative_quarter_not_a_season,
    ),
    _rule(
        rf"(?:(?P<y>{_Y4})\s*年度?|(?P<ry>{_alternatives(_REL_YEAR)})度?)?\s*"
        rf"(?:第?(?P<a>[一二三四1-4])(?:季度)?\s*(?:{_TO}|(?P<pair>、|))\s*第?(?P<b>[一二三四1-4])个?季度"
        rf"|(?<![A-Za-z])[Qq](?P<qa>[1-4])\s*{_TO}\s*[Qq](?P<qb>[1-4])(?![\dA-Za-z]))",
        _quarter_range,
    ),
    _rule(
        rf"(?:(?<![\d.])(?:(?P<y>{_Y4})|(?P<y2>\d{{2}}))\s*(?:年?度?|财年|财政年度?|会计年度?)\s*|(?P<ry>{_alternatives(_REL_YEAR)})度?\s*"
        r"|(?P<bare>(?<![A-Za-z\u4e00-\u9fff])|(?<=[在于的及和与至到从自])))"
        r"(?:[Qq](?P<q>[1-4])|(?(bare)(?!)|[Hh](?P<h>[12])))(?![\dA-Za-z])"
        r"(?(bare)(?=\s*(?:财报|季报|业绩|营收|收入|净利|利润|财季|单季|季度|期间|以来|至今|GDP|销量|出货|交付|增长)))",
        _quarter_code,
    ),
    _rule(
        rf"(?<![\d〇○零一二三四五六七八九十百千])(?<!继)(?:(?P<y>{_Y4})\s*年(?:\s*(?P<m>{_MONTH})\s*月份?)?|(?P<yy>[〇○零一二三四五六七八九]{{2}})\s*年(?:\s*(?P<m2>{_MONTH})\s*月份?)?)"
        r"\s*(?P<dir>以后|之后|以前|之前)",
        _before_or_since,
    ),
    _rule(rf"(?<![\d〇○零一二三四五六七八九])(?P<y>{_Y4})\s*年\s*(?:一直)?(?:到|至)\s*(?:今天|今日|现在|目前|如今)(?![早晚上下中凌午夜]|头条)", _year_to_now),
    _rule(
        rf"(?:(?P<y>{_Y4})\s*年|(?P<ry>{_alternatives(_REL_YEAR)}))?(?<![\d.])(?P<m>{_MONTH})\s*月份?"
        rf"(?:\s*(?P<d>{_DAY})\s*[日号])?\s*(?:以来|至今(?![年天日早晚晨午夜])|(?<=[日号])(?:到|至)(?:今天|今日|现在|目前)(?![早晚上下中凌午夜]))",
        _since,
    ),
    _rule(
        rf"(?:(?P<c>{_alternatives(_CENTURIES)})\s?)?(?P<pair>[一二三四五六七八](?=[二三四五六七八九]十年代))?"
        rf"(?<![\d〇○零])(?P<dec>[1-9]0|[一二三四五六七八九][十〇○零])年代",  # not the 30年代 of 2030年代初
        _decade_of_century,
    ),
    _rule(
        rf"(?:(?P<near>近|最近|过去)|(?<![\d{_CN_WEEK_BLOCK}第几数多]))(?P<n>{_N})\s*[多余]?\s*(?P<u>年|个月|天|周|个星期|个礼拜)多?来(?![自到看说源华京沪港台访此这了]|(?<=\d\d年来)的(?!最|首次|首个|新高|新低)|(?<=[〇○零一二三四五六七八九][〇○零一二三四五六七八九]年来)的(?!最|首次|首个|新高|新低))",
        _so_far,
    ),
    _rule(  # 七十年以来, 十年以来, 三个月以来: as 七十年来 (not 98年以来 or 九八年以来, since 1998)
        rf"(?:(?P<near>近|最近|过去)|(?<![\d{_CN_WEEK_BLOCK}第几数多〇○零OＯ自从]){_NOT_A_REIGNS})(?P<n>[一二两三四五六七八九]?十[一二三四五六七八九]?|[一二两三四五六七八九])"
        r"\s*[多余]?\s*(?P<u>年|个月|天|周|个星期|个礼拜)多?以来",
        _so_far,
    ),
    _rule(  # 7个月以来, 10天以来, 3年以来 in digits: as 7个月来 (not 98年以来, since 1998)
        r"(?:(?P<near>近|最近|过去)|(?<![\d.])(?<![一二两三四五六七八九十第几数多自从]))"
        r"(?P<n>\d{1,3}(?=\s*[多余]?\s*(?:个月|天|周|个星期|个礼拜))|[1-9](?=\s*[多余]?\s*年))"
        r"\s*[多余]?\s*(?P<u>年|个月|天|周|个星期|个礼拜)多?以来",
        _so_far,
    ),
    _rule(
        rf"(?:(?P<ry>{_alternatives(_REL_YEAR)})|(?<!\d)(?P<y>{_Y4})\s*年|(?<![\d{_CN_WEEK_BLOCK}几数多半个每近去今明前后本上下同当]))"
        rf"(?(ry)|(?(y)|年))内(?![外地部陆蒙瓦阁科容])",
        _within_year,
    ),
    _rule(r"(?P<rel>本月|这个月|当月|(?<![\d一二三四五六七八九十两几数多半个每上下本这当岁日正腊满蜜明风闰])月)内(?![外地部陆蒙瓦阁科容])", _within_month),
    _rule(r"(?<![\d一二三四五六七八九十两本上下这个每年同当次岁日正腊满蜜明风闰的])月(?P<edge>初|底|末)(?![一二三四五六七八九十])", _month_edge),
    _rule(
        rf"(?<!前)(?<![\d一二三四五六七八九十/／])(?P<c>{_alternatives(_CENTURIES)})(?P<part>初|末|中叶|上半叶|下半叶)?"
        r"(?!经济报道|网(?![球络])|》|念)",  # a paper's name (21世纪网, 《21世纪》); 查尔斯三世纪念币
        _century,
    ),
    _rule(  # 2012-13赛季, 1971-72赛季, 2012/2013赛季: a season across two years, both of them
        r"(?<![\d.])(?P<a>(?:19|20)\d\d)\s*[-－—–/~～至到]\s*(?P<b>(?:19|20)\d\d|\d\d)(?!\d)\s*(?=赛季|球季|雪季|年度赛季)",
        _a_season,
    ),
    _rule(  # 19至20世纪, 十八到十九世纪: two centuries said with one 世纪, the first's start to the second's end
        rf"(?<![\d一二三四五六七八九十/／])(?P<a>1\d|2[01]|[二]?十[一二三四五六七八九]?)\s*(?:至|到|-|－|—|~|～)\s*(?P<c>{_alternatives(_CENTURIES)})"
        r"(?!初|末|中叶|上半叶|下半叶)",
        _two_centuries,
    ),
    _rule(rf"(?P<c>{_alternatives(_CENTURIES)}|下个?世纪)的?(?:前|头|(?P<last>最后|后))(?P<n>[一二三四五六七八九十两]{{1,3}}|\d{{1,2}})年(?!代|级|前|后|来|以)", _centurys_first_years),
    _rule(  # 早在89年，…; 98年他来到深圳; 在98年的时候; 成立于05年; 四九年以后: a year written short
        r"(?:(?<=早在)|(?<![限期龄命效刑][从自])(?<=[在从自])|(?<![低高短长少多大小等不][于於])(?<=[于於])|(?<=到了)|(?<![\d\u4e00-\u9fff〇○零=＝÷×+*/])(?<![需限续]时间为[:：]))(?P<yy>\d{2}|[〇○零一二三四五六七八九]{2})年"
        r"(?=[，,](?!\d)|的时候|那个?时候|时(?![间期代])|[他她我]|(?<=[从自]\d\d年)(?:起|开始)(?![至到][\d一二三四五六七八九十]|跳)|(?<=[从自][〇○零一二三四五六七八九][〇○零一二三四五六七八九]年)(?:起|开始)(?![至到][\d一二三四五六七八九十]|跳)|(?<=早在\d\d年)就|(?<=[〇○零一二三四五六七八九]年)(?:以后|以前|之前|之后))",
        _year_written_short,
    ),
    _rule(  # 1980年代的头五年, 2010年代的最后三年, 2020年的头三个月: the first or last of a decade or year
        r"(?P<y>(?:19|20)\d\d)\s*年(?P<dec>代)?的?(?P<end>头|最初|最后|(?<=的)后)(?P<n>[一二三四五六七八九两]|\d)(?(dec)年|个月)(?![代级])",
        _first_or_last_of,
    ),
    _rule(r"(?<=“)(?P<n>十[一二三四五六七八九])五(?=”)", _plan),
    _rule(r"(?<![一二三四五六七八九十百千零〇两\d])(?P<n>十[一二三四五六七八九])五(?:时期|期间|规划)", _plan),
    _rule(r"(?<=“)(?P<n>十)五(?=”(?:时期|期间|规划|计划))|(?<![一二三四五六七八九十百千零〇两\d第月、日号初易])(?P<n2>十)五(?=时期|期间|规划|计划)", _plan),
    _rule(  # “九五”期间, “七五”、“八五”: the 6th to 9th plans, 1981 to 2000 (not 九五折, 九五之尊)
        r"(?<!今年“)(?<!去年“)(?<=“)(?P<n>[六七八九])五(?=”(?:时期|期间|规划|计划|末|初|以来|(?:、|和|至|到|以及)“[六七八九十]五”(?:时期|期间|规划|计划)))"
        r"|(?<![一二三四五六七八九十百千零〇两\d第月、日号初])(?P<n2>[六七八九])五(?=时期|期间|规划|计划)(?!.{0,2}普法)",
        _plan,
    ),
    _rule(
        rf"(?:(?P<y>{_Y4})\s*年|{_ROC_YEAR_SAID}\s*年|(?P<ry>{_alternatives(_REL_YEAR)}))?(?<![\d.])(?P<a>{_MONTH})\s*{_TO}\s*"
        rf"(?P<b>{_MONTH})\s*月(?:份)?",
        _month_range,
    ),
    _rule(
        rf"(?P<rel>{_alternatives(_REL_MONTH)})\s*(?P<a>{_DAY})\s*[日号]?\s*{_TO}\s*(?P<b>{_DAY})\s*(?:日|号(?![楼线院房车位门]))",
        _day_range_of_a_month_told,
    ),
    _rule(
        rf"(?:(?P<y>{_Y4})\s*年|{_ROC_YEAR_SAID}\s*年|(?P<ry>{_alternatives(_REL_YEAR)}))?(?P<m>{_MONTH})\s*月\s*(?P<a>{_DAY})\s*[日号]?"
        rf"\s*{_TO}\s*(?P<b>{_DAY})\s*[日号]",
        _day_range,
    ),
    _rule(rf"(?<!\d)(?P<a>(?:19|20)\d\d)\s*{_TO}\s*(?P<b>(?:19|20)\d\d)\s*年", _year_range),
    _rule(rf"(?<![〇○零一二三四五六七八九])(?P<a>[一二][〇○零一二三四五六七八九]{{3}})\s*{_TO}\s*(?P<b>[一二][〇○零一二三四五六七八九]{{3}})\s*年", _year_range),
    _rule(rf"(?<![\d.])(?P<a>(?:19|20)\d\d)\s*{_TO}\s*(?P<b>\d\d)\s*年(?![代级前后後来以]|之(?!间))", _short_year_range),
    _rule(r"(?<![\d./])(?P<a>(?:19|20)\d\d)\s*/\s*(?P<b>\d\d)\s*年(?=度|赛季|球季|财年)", _short_year_range),  # not 1959/63年移民法令
    _rule(  # 2024/25財政年度, 2024-25学年: a fiscal or a school year across two years
        r"(?<![\d./])(?P<a>(?:19|20)\d\d)\s*(?:/|-|–|—|至|到)\s*(?P<b>(?:19|20)?\d\d)\s*(?:年度?)?\s*(?P<kind>财政年度?|财年|学年度?|(?<=年度)财政预算)",
        _a_split_year,
    ),
    _rule(r"(?<![\d.])(?P<roc>1[01]\d)\s*学年度?", _a_roc_school_year),  # 113學年度: Taiwan's, from August
    _rule(r"(?<![\d./])(?P<a>(?:19|20)\d\d)\s*/\s*(?P<b>(?:19|20)\d\d)\s*年(?![代级])", _a_seasons_years),
    _rule(  # 2016-2021的五年, 1978—2002: years with no 年, in four digits both; not a code, a sum (50+1980-2021) nor an amount (2000-2030万元)
        r"(?<![\d.\-/:A-Za-z+×*=])(?<!编号)(?<!号码)(?<!编号为)(?P<a>(?:19|20)\d\d)\s*(?:-|–|—|~|～|至|到)\s*(?P<b>(?:19|20)\d\d)"
        r"(?![\d年月日号/.\-:%A-Za-z+×*=万亿千百元块人名个港美日韩欧英台新澳米度点分厘吨克斤之间])",
        _year_range,
    ),
    _rule(
        r"(?<![\d.])(?P<y1>(?:19|20)\d\d)\.(?P<m1>0[1-9]|1[0-2])\s*(?:至|到|-|－|~|～|——|—)\s*"
        r"(?:(?P<y2>(?:19|20)\d\d)\.(?P<m2>0[1-9]|1[0-2])|(?P<now>至今|今))(?![\d.])",
        _dotted_months,
    ),
    _rule(
        rf"(?<!继)(?:{_Y4})\s*年(?:\s*{_MONTH}\s*月)?(?:以来|至今(?![天日早晚晨午夜]|年(?!均))|(?:以及|及)?以后|之后|以前|之前|后(?![来期半续面者人世代辈勤方首疫]))"
        r"|(?<![继\d约近今])(?!2000)(?:(?:19|20|21)\d\d|(?:一九|二[〇○零])[〇○零一二三四五六七八九]{2})\s*年前"
        r"(?=[，,。；;、\s]|$|完成|实现|建成|达到|全面|基本|将|要|必须|须|应|完工|竣工|投产|落实|退出|取消|建立|形成|淘汰|关闭|停止|达标|进一步"
        r"|推出|交付|上市|开通|拥有|启用|上线|部署|普及|覆盖|推行|实施|生效|翻番|翻一番|实行|引进|开放|恢复|提高|降低|减少|增加"
        r"|培养|成为|具备|把|向|裁减|削减|裁员|兴建|投资|拨款|投入|打造|建设|新增|创造|吸引|争取)"
        r"|(?<![继\d约近今])(?!2000)20\d\d\s*年前(?=在|于|已|就)"  # 2030年前在德国裁减, 早在2020年前就已: before that year
        # (not 2100年前在这里 nor 1900年前就已有, years ago)
        # 2035年前实现: before 2035 (not 1500年前, 1,500 years ago; 2017年前总统, 1998年前任)
        rf"|(?:{_alternatives(_REL_YEAR)})(?:以来|至今)|(?<![\d年去前今明])年初(?:以来|至今)"
        rf"|(?:{_Y4})\s*财年"
        rf"|(?<![\d日天号午上晨间晚早昼夜朝{_WEEKDAYS}])(?<![日号午上晨间晚早昼夜朝{_WEEKDAYS}][ \u00a0])(?:(?P<ap>{_DAY_PERIOD})\s*)?{_CLOCK}\s*{_TO}\s*(?:(?:{_DAY_PERIOD})\s*)?"
        rf"(?:{_HOUR_TO}"
        r"|(?(ap)[一二三四五六七八九十两]{1,3}[点时](?:半|[一二三四五六七八九十]{1,3}分|(?![零一二三四五六七八九]))|(?!)))"
        rf"|(?:{_alternatives(_REL_YEAR)})?(?:{_alternatives(_LUNAR)})"
        rf"|(?:{_alternatives(_REL_YEAR)})?(?:{_alternatives(_MOVEABLE)})(?!星)"
        r"|今明两?[天日年]|(?<![\d第])(?:五一|十一)(?=假|期间|黄金周|小长假|长假|当天|前夕)"
        r"|(?<![将了达过经历时烧作活已])(?:最近|近|过去)(?:半个?[月年]|[一二两三四五六七八九十\d]{1,2}个半月)(?:以来|来)?"
        r"|(?<![\u4e00-\u9fff])半个?[月年](?:以来|来)"
        rf"|(?:{_alternatives(_REL_YEAR)})(?:农历|阴历)?(?:{_LUNAR_MONTH})月{_LUNAR_DAY}"
        rf"|(?<![\d{_CN_WEEK_BLOCK}])(?:几|数)个?(?:年|月|周|星期|天|小时)(?:之内|以内)"
        rf"|(?<![\d{_CN_WEEK_BLOCK}第])(?:{_N})(?:个半(?:月|小时|钟头)|(?:年|天)半)(?:之内|以内|内(?![{_INNER}])|以来|来)",
        _library_only,
    ),
    _rule(
        rf"(?<![\d{_CN_WEEK_BLOCK}第个])(?P<n>{_N}|半){_SP}(?P<u>个?(?:年|月|周|星期|礼拜|天|日|小时|钟头|分钟))"
        rf"(?:之内|以内|内)(?![{_INNER}])",
        _within,
    ),
    _rule(
        rf"{_NOT_CLIMBED_ONTO}(?P<pre>上上上|下下下|上上|下下|上|下|这|本|今个)?(?(pre)(?:一个|个)?|个?)(?<!南方)(?<!青年)(?(pre)|{_NO_MODIFIER_BEFORE})周末(?(pre)|{_NOT_A_NAMES_DAY})",
        _weekend,
    ),
    _rule(
        rf"(?<![\d{_CN_WEEK_BLOCK}满])(?<![年月][ \u00a0])(?:(?P<n>{_N})|(?P<more>(?:{_N})个半|(?:{_N}|几|数|[二三四五六七八九]?十几|几十)多?|半)){_SP}"
        rf"(?P<u>个?(?:年|月|周|星期|礼拜|天|日|小时|钟头|分钟|秒钟?))(?(n)(?<=[年天])(?P<half>半)|(?!))?(?(n)(?<=[年月天])多|(?!))?(?P<dir>以后|之后|过后|以前|之前|后|前(?!往))",
        _from_now,
    ),
    _rule(r"(?<![\d一二两三四五六七八九十])(?P<q>[一两二三])刻钟(?P<dir>以后|之后|以前|之前|后|前(?!往))", _quarters_from_now),
    _rule(
        rf"(?<![\d.{_CN_WEEK_BLOCK}第])(?P<a>{_N})\s*(?:~|～|-|—|到|至)\s*(?P<b>{_N})\s*(?P<u>年|个月|天)"
        r"(?P<dir>以前|之前|前(?!往))",
        _from_now_between,
    ),
    _rule(
        rf"(?<![\d.{_CN_WEEK_BLOCK}第号/:：])(?P<a>{_N})\s*(?:~|～|-|—|到|至)\s*(?P<b>{_N})\s*"
        r"(?P<u>年(?![级代度底初末中前后来内龄薪期])|个月|个?星期|周(?![岁年期])|天|个?小时|个?钟头|分钟)"
        r"(?!\s*(?:前|后|以前|以后|之前|之后|以来|来|内|以内|之内|过后))",
        _lengths_between,
    ),
    _rule(
        rf"(?:(?<=为期)|(?<=历时)|(?<=持续)|(?<=长达)|(?<=用时)|(?<=耗时)|(?<=用了)|(?<=花了)|(?<=[=＝])|(?<=[需限续]时间为)|(?<=[需限续]时间为[:：])|(?<=需要)|^"
        rf"|{_LENGTHS_WORD_SPACED}|(?<=[用花]了[ \u00a0])|(?<=需要[ \u00a0]))"
        rf"(?:{_N}|半){_SP}(?:个)?(?:多)?(?:年|个月|周|星期|天|小时|分钟|秒钟?)(?:半)?(?=$|[^\u4e00-\u9fff]|之久)",
        _so_long,
    ),
    _rule(  # 住了3天就走, 为期３天的访问, 时间为56秒, 潜逃了20年: so long after a word that says a length
        rf"(?:(?<=为期)|(?<=历时)|(?<=持续)|(?<=延续)|(?<=长达)|(?<=用时)|(?<=耗时)|(?<![为除]了)(?<=了)|(?<=时间为)|(?<=期限为)|(?<=期限)"
        rf"|(?<=整整)|(?<=足足)|(?<=短短)|(?<=徒刑)|(?<=缓刑)|(?<=拘役)|(?<=缓期)|(?<=时隔)|(?<=相隔)"
        rf"|{_LENGTHS_WORD_SPACED}|{_LENGTHS_WORD_ABOUT}|(?<![为除]了[ \u00a0])(?<=了[ \u00a0]))"
        rf"(?:{_N}|半){_SP}(?:个)?(?:多)?(?:年|个月(?![饼台嫂光球亮票薪刊报])|周(?![岁年])|星期|天|小时|分钟|秒钟?)(?:半)?"
        rf"(?![前后内以来之中底初末份级制期间里代报岁\d]|酒店|一度|一次|(?:(?<=\d\d\d年)|(?<=\d\d\d 年))\s*[至到~～—-]\s*\d{{3}}\s*年)",  # not 为期113年至116年, Taiwan's years
        _a_length,
    ),
    _rule(  # 3个月, 一年零六个月, 两个小时, 40分钟: so long, wherever said (3个月 was a count of 月); not 每3个月, 3个月后
        rf"(?P<about>(?<![将接])(?:大约|约)|将近|接近|(?<![将接最附])近)?(?(about)|(?<![\d{_CN_WEEK_BLOCK}第每近约])(?<![第每][ \u00a0]))(?:(?<!\d)(?:\d|[一二两三四五六七八九十]{{1,3}}){_SP}年{_SP}零?)?(?:{_N}){_SP}(?:个多?(?:月(?![饼台嫂光球亮票薪刊报])|小时|钟头|星期|礼拜)|个半(?:月|小时|钟头)|多?小时|多?分钟)"
        rf"(?:(?<=小时)(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})分钟?)?(?:左右)?(?![前后内来之中底初末份\d]|以(?![上下]))",  # 六个月以上: so long (it was a count)
        _library_only,
    ),
    _rule(  # 2.5天, 122.2个小时, 1.5年; 2279小时, 2万9000个小时: so long, in decimals or thousands (past the rules' numbers)
        r"(?<![\d.第每约近万亿千])(?:(?P<n>\d{1,3}\.\d{1,2})多?(?:个多?)?(?P<u>小时|钟头|分钟|天|(?<=个)月|(?<=[\d多])年)"
        r"|(?P<k>[1-9]\d{3,4}|\d{1,4}(?:\.\d{1,2})?万(?:零?[1-9]\d{0,3})?)多?(?:个多?)?(?P<ku>小时|钟头|分钟|天|(?<=个)月|(?<=个)星期|礼拜))"
        r"(?![前后内来之中底初末份级度期间里代天体文堂\d]|(?<=天)(?:[猫津府河坛空]|安门)|(?<=年)(?:终(?!于)|[货会]))",  # not 10.27周三, a day; nor 6165天天,
        # 7255天体陀飞轮 (a model), 2024天猫双11, 2024天津马拉松, 10.1天安门, 12.31年终 (a day or a year before a name)
        _a_long_or_decimal_length,
    ),
    _rule(  # 十几个小时, 二十多个小时, 10多个小时, 十几个月: so long, in tens (they were counts of 个)
        r"(?<![\d一二两三四五六七八九十百千第每])(?P<n>[二三四五六七八九]?十|[1-9]0)(?P<some>[几多余])个(?P<u>小时(?!工)|钟头|月(?![嫂饼台票光薪大刊报球亮])|星期|礼拜(?![堂天日]))"
        r"(?![前后内来之中底初末份])",
        _some_tens_long,
    ),
    _rule(  # 25个春秋, 两个世纪, 半个世纪, 5个昼夜: so long, in years or days (they were counts)
        rf"(?<![\d{_CN_WEEK_BLOCK}第每])(?P<n>{_N}|半)\s*个多?(?P<u>春秋|世纪|昼夜)"
        r"(?=[，,。；;、：:）)\s]|$|以来|以前|之前|前|后|来|的|里|中(?![期叶])|过去|了|多|之久|间|时间|历史|历程|风雨|努力|沧桑|对|在|就|都|也|才|还|又|不|没)",  # not 春秋时期, 世纪之交
        _seasons_centuries_or_days,
    ),
    _rule(  # 截至7月底的12个月, 截至2029年的五年间, 截至3月22日的13周: so long, ending then
        rf"(?<=截至)(?:(?P<y>\d{{4}})\s*年)?(?:(?P<m>{_MONTH})\s*月(?:(?P<d>{_DAY})\s*[日号]|[底末])?)?"
        rf"的(?:(?:过去)?(?P<n>{_N})\s*(?P<u>个月|年|周|个星期|个季度|季度)(?!期)(?:间|内|里|中)?|(?P<fy>(?:19|20)\d\d)\s*财政?年度?(?![第上下首前后]))",
        _a_span_ending,
    ),
    _rule(r"现在|此刻|此时|目前|当前|而家|眼下", _now_in_a_query),
    _rule(rf"(?<![\d年])(?:(?P<y>{_Y4})\s*年)?(?P<m1>{_MONTH})\s*月[底末]\s*(?P<m2>{_MONTH})\s*月初", _a_months_end_to_the_next_start),
    _rule(  # 七十年的历史, 用3年时间, 延长一年, 十年没见面, 楼龄42年, 在任逾10年: so many years
        # said as a length, by a word before it or after it (not 2010年 or 98年, which name a year)
        rf"(?:{_YEARS_LONG_AFTER_A_WORD})(?P<n>{_YEARS_SAID})(?:多|余|餘)?年(?P<half>半(?!载))?"
        rf"(?![前后後内以来之中底初末份级代度制期间报岁载\d]|一度|一次|半载|规划|计划|{_A_YEAR_AFTER_A_WORD_OF_TWO})"
        rf"|(?<![\d{_CN_WEEK_BLOCK}第每这那头前后今明去近同当隔上下几数多余新的]){_NOT_A_REIGNS}(?P<n2>{_YEARS_SAID_ALONE})(?:多|余|餘)?年(?P<half2>半(?!载))?(?={_A_LENGTHS_WORDS_AFTER})",
        _a_length_in_years,
    ),
    _rule(  # 有期徒刑10年6个月, 12年零5个月: years and months, as the library reads 9年6个月 (it took 10年 for 2010)
        rf"(?<![\d.{_CN_WEEK_BLOCK}第每])(?P<y>[1-9]\d)年零?(?P<m>1[01]|[1-9]|十[一]?|[一二两三四五六七八九])个月"
        r"(?![前后内以来之中底初末份\d])",
        lambda match, published: None if published is None else _Own(f"P{match['y']}Y{_int(match['m'])}M"),
    ),
    _rule(  # 经过八天的蹲点, 接受10天的救助, 拖上10天左右, 停留5至6天: so many days, wherever said; not 一天
        # (有一天, one day), 这两天 or 前两天 (these days), 每3天, 第二天, 3天后, 25、26日两天, 《惊变28天》
        rf"(?:(?<![将接])(?:大约|约)|将近|接近|(?<![\d{_CN_WEEK_BLOCK}百千万零〇A-Za-z第每近约这那同隔头前后今明昨整日号几好天末])(?<![^最起当]初)(?<!^初)(?<![第每][ \u00a0])(?<!每隔[ \u00a0]))"
        rf"(?<![\d{_CN_WEEK_BLOCK}][-~～—至到、])(?:{_DAYS_SAID}(?:-|~|～|—|至|到|、))?(?P<n>{_DAYS_SAID}){_SP}多?天"
        r"(?:左右)?(?![天前后内来之中底初末份\d两》」猫玑]|以(?![上下])|打鱼|晒网|酒店|连锁|(?<=十一天)安门|揽月|干地支|干支)",
        _a_length_in_days,
    ),
]
