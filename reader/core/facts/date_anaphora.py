"""Dates read by the date before them: 当天, 次日凌晨3时, and clock times such as 6时许.

News dates an event once and then says 当天下午 or 次日凌晨 for the hours around it
("5日上午，…。当天下午，…"). Such a phrase means the day of the last single day the text
named before it, or the day after; with none before it, 当天 is the publication's day (the
dateline's day), as jionlp reads it alone, and 次日 the story's next day, untold but in a query
(次日 alone is tomorrow). Read before, 次日凌晨3时 was 3:00 on
the publication's day and 当天下午 no date at all. Likewise a clock time with no day of its
own (6时许, 5分钟后) belongs to the date or clock time just before it in its sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import TypeVar

from .date_values import add_months, own_detail, value_of
from .library import time_detail
from .model import FactKind, Hit
from .numerals import parse_number
from .spans import Cover, put_in

__all__ = [
    "CLAUSE_STOPS", "FULL_STOP", "NO_STORY", "anaphor_pattern", "anchored", "bare_parts", "clock_anchored", "dayless_times", "days_after",
    "sentence_end", "sentence_start", "years_after",
]

NO_STORY = 20
"""The length of a text too short to tell a story: a phrase or a query (三天后提醒我开会, 次日)."""

_DAYS_AFTER = {"当天": 0, "当日": 0, "同日": 0, "同一天": 0, "同一日": 0, "当晚": 0, "当夜": 0,
               "次日": 1, "翌日": 1, "隔天": 1, "隔日": 1, "次晨": 1, "翌晨": 1,
               "第二天": 1, "前一天": -1, "前一日": -1, "前一晚": -1, "此前一天": -1}
_THE_SAME_AS_ANOTHER = frozenset(("同一天", "同一日"))
"""The same day as one told, never today alone (两起事故发生在同一天, with no day before it)."""
_TODAY_AFTER = re.compile(r"至今|今天(?!的)|今日(?!头条|说法|的)")
"""Today set against an untold 当天 close after it (当天就被限制出境，一直到了今天; 而今天): the writer's
own day, so 当天 is another (not 当天下午…表示今天的检查只是开始, nor 今日头条)."""
_CONTRAST_REACH = 60
_IMPLIED = {"当晚": "晚上", "当夜": "晚上", "次晨": "早上", "翌晨": "早上", "前一晚": "晚上"}
"""Words that name a part of the day as well (当晚 is that day's evening)."""
_FINE_GRAINS = frozenset(("day", "hour", "minute", "second"))
_SAYS_PART = re.compile(r"[午晨晚夜早]")
"""A tail that names its own part of the day (当晚的深夜11时), so none is implied."""


def anaphor_pattern(tail: str) -> re.Pattern[str]:
    """当天 and its kin, with ``tail`` (a part of the day and a clock time) after them.

    Not where the characters belong to other words: 当日本队 (when Japan's team), 不可同日而语,
    本次日程, 相当日常; nor 隔天 once so often (隔天服用一次: every other day)."""
    return re.compile(
        r"(?P<word>(?<![充担相适妥正应恰便不得理])(?:当天|当晚|当夜|当日(?![本韩军元圆币方程常]))"
        r"|(?<![共协相等如])同(?:一天|一日(?![本期元圆子])|日(?!而))"
        r"|(?<![本此这那每首上下该其某几多数层依渐屡档班一二两三四五六七八九十\d])次(?:日(?![程常用志记报元本])|晨)"
        r"|翌[日晨]|(?<!每)隔[天日](?!(?:服用|服药|吃|打|做|去)?[一1][次回])"
        r"|(?<![\d一二三四五六七八九十])第二天|(?:此)?前一[天日晚])"
        rf"(?P<tail>{tail})?"
    )


def anchored(folded: str, hits: list[Hit], published: datetime | None, pattern: re.Pattern[str]) -> list[Hit]:
    """The hits with each 当天-like phrase of the text added as the day it names.

    A date hit inside such a phrase (下午3时 of 次日下午3时) is taken into it; one that holds
    the phrase whole (耶稣受难日翌日) stays as it is."""
    if not any(word in folded for word in ("当", "同", "次", "翌", "隔", "第二天", "前一")):
        return hits
    found = list(hits)
    for match in pattern.finditer(folded):
        if any(h.start <= match.start() and match.end() <= h.end for h in hits) \
                and not (match["word"] in _THE_SAME_AS_ANOTHER and not match["tail"]):
            continue  # a name that holds the word: 耶稣受难日翌日 is one feast's day (the library reads 同一天 as today)
        before = [h for h in found if h.end <= match.start() and not _a_clock_after_a_bracket(folded, h)]
        if _whenever(folded, match, before) or _a_rota(folded, match, before):
            base = None  # 每每到了比賽前一天晚上，才宣布隔天比賽的採訪: whenever, no one day
        elif match["word"] in _SAID_OF_A_NAMED_DAY:
            base = _named_day_before(folded, match, before)
        elif _EVENTS_DAY.search(folded, max(0, match.start() - 4), match.start()):
            base = _last_day([h for h in before if h.start > _paragraph_before(folded, match.start()) and not _the_reporters_today(folded, h)])
            base = None if base and published and _after_a_told_past(folded, match, base, published) else base
        elif _only_longer_dates_before(folded, match, before, published):
            base = None  # 大會於去年9月舉行…同日選出新法團: a day of that month, not the publication's
        else:  # a day after with none named before (住上一晚，次日一早) is the story's next day, untold; 同一天 the same as one untold
            query = len(folded.strip()) <= NO_STORY
            alone = query or not _DAYS_AFTER[match["word"]] and match["word"] not in _THE_SAME_AS_ANOTHER \
                and not _TODAY_AFTER.search(folded, match.end(), match.end() + _CONTRAST_REACH)  # 当天就被限制出境，一直到了今天: not today
            base = _last_day(before) or (published.date() if published and alone else None)
        if base is None:
            found = [h for h in found if not match.start() <= h.start < match.end()]  # 事发当天的上午8时许: untold too
            continue
        hit = _hit(folded, match, base + timedelta(days=_DAYS_AFTER[match["word"]]), published)
        if hit is None:
            continue
        found = put_in(found, hit)
    return found


def _only_longer_dates_before(folded: str, match: re.Match[str], before: list[Hit], published: datetime | None) -> bool:
    """Whether the dates told before the phrase in its sentence are all longer than a day
    (大會於去年9月舉行…同日, 9月，他出席會議，當天晚上): the phrase's day is one of them, which the
    text does not say. A day told first keeps it (26日，统计局公布10月份数据，同日股市大涨)."""
    start = sentence_start(folded, match.start())
    told = [h for h in before if h.end > start and h.detail is not None and h.detail.first is not None]
    return published is not None and bool(told) and all(_one_day(h) is None for h in told)


def _whenever(folded: str, match: re.Match[str], before: list[Hit]) -> bool:
    """Whether the sentence tells what happens whenever (每每到了比賽前一天晚上…隔天) and names no day
    after saying so (他通常7点出门，但6月10日他没有出现，次日… is the 11th)."""
    start = sentence_start(folded, match.start())
    habit = _HABITUAL.search(folded, start, match.start())
    if habit is None and _EVERY_DAY.search(folded, start, match.start()):
        # 每天下班后…当天的事, 每天早上7点…当天 (but 6月10日起…每天…当天首班车 is the 10th)
        return not any(h.end > start and _A_DATE_SAID.search(folded, h.start, h.end) for h in before)
    return habit is not None and not any(h.start >= habit.end() and _one_day(h) is not None and _A_DATE_SAID.search(folded, h.start, h.end) for h in before)


_A_DATE_SAID = re.compile(r"\d\s*[日号]|[一二三四五六七八九十]\s*[日号]|[昨今前明]|周[一二三四五六日天]|星期")
"""A day said as one (6月10日, 昨天, 周三), not a clock time or a part of the day that names none."""


def _the_reporters_today(folded: str, hit: Hit) -> bool:
    """Whether the hit is the day the reporter did something (記者今午接觸到…, 本报今日): not the
    day of an event a later 火災當日 names (今日凌晨發生三級火，火災當日… is today)."""
    if not _TODAYS_WORD.match(folded, hit.start):
        return False
    return folded[max(0, hit.start - 2) : hit.start] in ("记者", "本报") or bool(_SAID_TODAY.match(folded, hit.end))


_TELLING = "表示|公布|通报|宣布|称|透露|发布|证实|说"
"""Verbs of telling the news, which the reporting day's 今日表示 and an evening's 通报称 share."""
_SAID_TODAY = re.compile(rf"(?:上午|下午|中午|早上|晚上)?(?:{_TELLING}|指|回应)")
"""What after 今日 makes it the day something was said (消防處今日表示): the reporting day."""


def _a_rota(folded: str, match: re.Match[str], before: list[Hit]) -> bool:
    """Whether 隔天 is every other day of a rota (两人轮流值班，隔天休息, 隔天去医院做一次透析): a
    routine in its clause and no day named before it in its sentence (6月9日比賽結束後，球隊隔天休息
    is the 10th)."""
    start, end = sentence_start(folded, match.start()), sentence_end(folded, match.end(), CLAUSE_STOPS)
    routine = _ROUTINE.search(folded, match.end(), end)
    return match["word"] in ("隔天", "隔日") and routine is not None and not any(h.end > start for h in before)


_ROUTINE = re.compile(r"休息|上班|值班|轮休|服用|服药|打针|注射|透析|[一1][次回]")
_HABITUAL = re.compile(r"每每|每到|每当|每逢|每次|每回|往往|通常|一般都")
"""Words of a sentence that tells what happens whenever (每每到了比賽前一天): its 次日 is no day."""
_EVERY_DAY = re.compile(r"每天|每日|每晚")
"""每天下班后…当天的事: a habit too, where the sentence names no day of its own."""
_TODAYS_WORD = re.compile(r"今(?:[天日午早晨晚朝]|个)")
"""The reporting day (記者今午接觸到…): not the day of the event a later 火災當日 names."""
_SAID_OF_A_NAMED_DAY = frozenset(("第二天", "前一天", "前一日", "前一晚", "此前一天"))


_EVENTS_DAY = re.compile(
    r"(?:发生|起火|失火|出事|案发|事发|开幕|闭幕|举行|举办|到达|抵达|出院|入院|结婚|去世|遇难|死亡|出生|成立|上任|"
    r"开业|开学|毕业|离开|回来|回家|见面|出发|登陆|爆发|被捕|受伤|失踪|投票|考试|上市|婚礼|葬礼|比赛|"
    r"发布|发布会|发售|首发|首映|上线|开售|开盘|还款|借款|放款|付款|到账|购票|下单|入住|退房|报名|注册|入职|签约|"
    r"成交|开工|竣工|投产|通车|启用|生效|火灾|大火|地震|事故|爆炸|台风|风灾|水灾|空难|车祸|海啸|"
    r"面试|笔试|活动|仪式|典礼|庆典|演出|演唱会|晚会|会议|大会|开幕式|闭幕式|发射|手术|开庭|庭审|宣判|抽签|集会|游行|罢工|选举)(?:的|之?后)?$"
)
"""An event the 当天 after it is the day of (火灾发生当天, 起火當日, 出院当晚, 發生後翌日, 发布会当天,
还款当日): that day is one named before it in its paragraph or the one before (a lead's date),
else untold (not the publication's, nor a day of another story)."""


def _after_a_told_past(folded: str, match: re.Match[str], base: date, published: datetime) -> bool:
    """Whether an event's day (出院翌日) would fall after the publication in a sentence that does
    not look ahead: a story told as past, whose day before was another's (a caption's)."""
    day = base + timedelta(days=_DAYS_AFTER[match["word"]])
    start = sentence_start(folded, match.start())
    return day > published.date() and not _AHEAD_IN_CLAUSE.search(folded, start, sentence_end(folded, match.end()))


def _named_day_before(folded: str, match: re.Match[str], before: list[Hit]) -> date | None:
    """The day 第二天 follows (or 前一天 goes before): only a day named before it in its
    paragraph, and only where it opens a clause (25日晚…等到第二天凌晨: not 比赛第二天, the
    contest's second day, nor 回到延川的第二天, an event's, nor 提前一天, a day early); a story's
    第二天 with no day named is not the publication's."""
    opening = folded[match.start() - 1 : match.start()]
    if opening and opening not in _CLAUSE_OPENINGS:
        return None
    paragraph = folded.rfind("\n", 0, match.start())
    return _last_day([h for h in before if h.start > paragraph])


_CLAUSE_OPENINGS = frozenset("，,。；;：:、“\"（( 到至于在指是\n")


def _a_clock_after_a_bracket(folded: str, hit: Hit) -> bool:
    """星期二（3日）上午10时: a clock time right after a bracketed day, not yet put on that day (the
    day is, so 同日下午 after it counts from the day, not from the clock's publication day)."""
    return folded[hit.start - 1 : hit.start] in ("）", ")") and bool(_A_CLOCKS_MARK.search(folded, hit.start, hit.end)) \
        and not _A_DAYS_WORD.search(folded, hit.start, hit.end) and not _A_DATES_DIGITS.search(folded, hit.start, hit.end)


_A_CLOCKS_MARK = re.compile(r"[点时點時:：]")
_A_DATES_DIGITS = re.compile(r"\d\s*[-/.]\s*\d")
"""（路透社）2024-06-10 20:30: a stamp's day in digits, a day told."""
_A_DAYS_WORD = re.compile(r"[日号月天年今明昨前后当同次翌周星礼]")


def _last_day(before: list[Hit]) -> date | None:
    """The day of the last hit that names one single day (a range or a month is no anchor)."""
    return next((day for day in map(_one_day, reversed(before)) if day is not None), None)


def _one_day(hit: Hit) -> date | None:
    """The day a hit falls within, if it names one single day or a time of one (not 6月1日至3日)."""
    detail = hit.detail
    if detail is None or detail.unit not in _FINE_GRAINS or not detail.first or not detail.last:
        return None
    return date.fromisoformat(detail.first[:10]) if detail.first[:10] == detail.last[:10] else None


def _a_few_days_first(hit: Hit, today: date) -> date | None:
    """The first day of a run of a few whole days (5月17日至19日): the day a clock time after it
    falls on first (活动5月17日至19日举行，下午3点开幕; 开放时间为11:00-18:00 holds from the 17th),
    where it was the publication's; not a run that holds the publication's day (进博会6月11日至13日
    举行。下午2点，记者在现场: today's)."""
    detail = hit.detail
    if detail is None or detail.unit != "day" or not detail.first or not detail.last:
        return None
    first, last = date.fromisoformat(detail.first[:10]), date.fromisoformat(detail.last[:10])
    return first if 0 < (last - first).days <= _A_FEW_DAYS and not first <= today <= last else None


_A_FEW_DAYS = 7


def _hit(folded: str, match: re.Match[str], day: date, published: datetime | None) -> Hit | None:
    """The phrase as the day it names, read as that day written out (2022年7月26日凌晨3时)."""
    tail = match["tail"] or ""
    implied = "" if _SAYS_PART.search(tail) else _IMPLIED.get(match["word"], "")  # 当晚8时 is 20:00
    text = f"{day.year}年{day.month}月{day.day}日{implied}{tail}"
    reference = published or datetime(day.year, day.month, day.day)
    detail = time_detail(text, reference) or own_detail(day.isoformat(), text)
    if detail is None:
        return None
    return Hit(FactKind.DATE, match.start(), match.end(), value_of(detail, match.group()), detail)


_BARE_PART = re.compile(
    r"(?<![一二三四五六七八九十整半个每某的天日号\d])(?P<part>上午|下午|中午|(?<!春)晚上|(?<![到有上])晚间(?=[，,在被赴到再]|发表|发布|出席|受访|表示|宣布|召开|前往|抵达|接受|公布|举行)"
    r"|(?<![到有上通常在周月年])(?P<late>晚间)(?=发文|发声明|发出|与(?!白天|周末|家人)|会见|致电|出动|逮捕|展开)"
    r"|傍晚|凌晨|清晨|早上|早晨|深夜|半夜)"
    r"(?![茶场班课档盘市好饭餐觉食报版的]|可以?|最好|是|起来|起床)"
)
"""A part of the day with no day of its own (下午，他会见了…; 记者上午获悉), not a length of
time (一下午, 整个晚上), a habit (每天晚上: 每 leads), a word's part (下午茶, 晚上好, 深夜食堂),
any such part (一个快乐的早晨, 深夜的赛道), 晚间 but before what a story's subject does that
evening (王貴芬晚間被…交保, not 晚间拍卖会, 每到晚间), one of a day named otherwise (第二天中午, 头一天晚上:
the anaphora's, or none; 10.27周三下午: a day the rules do not read) or a plan's (上午可以游览…, 晚上最好住在…: a travel guide's day)."""


def bare_parts(folded: str, hits: list[Hit], published: datetime | None) -> list[Hit]:
    """The hits with each bare part of the day (下午, 凌晨) added as that part of the day named
    last before it in its paragraph or the one before ("5日上午，…。下午，…"), else of the
    publication's day, as jionlp reads 下午 alone. Read before, it was no date at all.

    A day said by a word holds across clauses too: 昨天…，而下午… and 除夕夜…嫌犯晚上 are that
    day's. So 針對朱立倫昨天提議…，郝龍斌上午表示 is read as yesterday's morning, where the story
    means the publication's; limiting such days to their clause got two of these right and
    four wrong over the news lines."""
    ordered = sorted(hits, key=lambda h: h.end)
    cover, added = Cover(hits), []
    at, last_day = 0, None  # the hits ended before the match, and the last day one named:
    # (start, day, whether it was an evening: 昨晚…凌晨 is the morning after it)
    for match in _BARE_PART.finditer(folded):
        if cover.overlaps(match.start(), match.end()):
            continue  # part of a phrase read already (昨天下午, 下午3时)
        while at < len(ordered) and ordered[at].end <= match.start():
            day = _one_day(ordered[at])
            evening = bool(_EVENING.search(folded, ordered[at].start, ordered[at].end))
            last_day = (ordered[at].start, day, evening) if day is not None else last_day
            at += 1
        named = last_day if last_day is not None and last_day[0] > _paragraph_before(folded, match.start()) else None
        if named and published and named[1] < published.date() and _a_forecast_after(folded, match.start(), named[0]):
            named = None  # 火勢較昨晚減弱。…料要中午至黃昏: a forecast's noon is not last night's day
        if named and published and named[1] > published.date() and folded[named[0]] in "明后" and _told_as_done_after(folded, match.start(), named[0]):
            named = None  # …決定明天需否停課。教育局晚上於網頁更新: the report's evening, not tomorrow's
        if match["late"] and named is None:
            continue  # 通常在晚间展开巡逻: a habit's evening, no day's (星期一（17日）晚间与…联合行动 is that day's)
        base = _night_into(named[1], match["part"]) if named and named[2] else named[1] if named else None
        base = base or (_night_just_past(published, match["part"]) if published else None)
        if base is None:
            continue
        text = f"{base.year}年{base.month}月{base.day}日{match['part']}"
        detail = time_detail(text, published or datetime(base.year, base.month, base.day))
        if detail is None or not detail.first or not detail.last:
            continue
        added.append(Hit(FactKind.DATE, match.start(), match.end(), value_of(detail, match.group()), detail))
        told = named is not None or published is None or base != published.date()  # not the publication's by default
        last_day = (match.start(), base, match["part"] in _EVENING_PARTS and told)
    return sorted(hits + added, key=lambda h: h.start) if added else hits


def _a_forecast_after(folded: str, at: int, told: int) -> bool:
    """Whether the sentence holding ``at`` forecasts (料, 预计) before it and starts after ``told``,
    where a day was named only to compare with it (火勢較昨晚減弱): that past day is no day of the
    forecast. A day a forecast was reported on (昨日下午2時，消防處表示…。料傍晚撲滅) stays its day."""
    start = sentence_start(folded, at)
    return told < start and bool(_COMPARED.search(folded, max(0, told - 2), told)) and bool(_FORECAST.search(folded, start, at))


def _told_as_done_after(folded: str, at: int, told: int) -> bool:
    """Whether the sentence holding ``at`` starts after ``told`` (a day to come, 明天) and tells
    what was done (更新了名單, 已…), nothing to come (将, 预计, 料, 会…): then it was done on the
    publication's day. A timetable or a forecast (明天高考开考。上午考语文; 明日天晴。下午有驟雨)
    says no deed done and stays tomorrow's. Only a day said from now (明天, 后天) is so left; a date
    (28日上午開庭。…晚間被交保) holds its story."""
    start, end = sentence_start(folded, at), sentence_end(folded, at)
    if told >= start or _AHEAD_IN_CLAUSE.search(folded, start, end) or _FORECAST.search(folded, start, end) or _WILL.search(folded, start, end):
        return False
    return bool(_DONE.search(folded, start, end))


_WILL = re.compile(r"(?<![社机学大开体聚约工协都委议法])会(?![议员谈见面晤场所计长])|要|才|再")
_DONE = re.compile(r"[\u4e00-\u9fff](?<![为除到将会要])了(?![解结断不得，,。；;！!？?、」”\s]|$)|已|记者[^，,。；;]{0,4}?(?:在|从|获悉|看到|了解到|采访|走访|注意到|来到|探访|致电|观察)|据记者")
"""A deed told as done: a verb with 了 and its object (更新了停課名單), 已, or what the reporter saw (not
记者提醒, a reminder)."""


_COMPARED = re.compile(r"(?:较|比|相比|相较)$")


_FORECAST = re.compile(r"料|预计|预料|预期|有望|可望")
"""Words before a bare part of the day that tell of what is to come (not 将: 將王貴芬函送 is
Taiwan's 把)."""


def _night_just_past(published: datetime, part: str) -> date:
    """The day a bare evening part with no day before it is on: the publication's, but for a
    story out in the small hours, the evening just past (李家超深夜到大埔 in a story of 03:06 was
    23:00 of the day ahead)."""
    day = published.date()
    small_hours = published.hour < 5 and (published.hour, published.minute, published.second) != (0, 0, 0)
    return day - timedelta(days=1) if small_hours and part in _EVENING_PARTS else day  # 00:00:00: a date alone


_EVENING_PARTS = ("晚上", "晚间", "傍晚", "深夜", "半夜")
_EVENING = re.compile(r"[晚夜]")
_SMALL_HOURS = ("凌晨", "清晨")
"""Not 早上: 他昨晚表示…早上 may be the evening's own morning as well."""


def _night_into(day: date, part: str) -> date:
    """The day a bare small hours' part (凌晨) after an evening (昨晚) is on: the morning after
    it (深圳消防昨晚…；李家超凌晨見記者 is the publication's early hours, not the night before)."""
    return day + timedelta(days=1) if part in _SMALL_HOURS else day


def dayless_times(folded: str, hits: list[Hit], published: datetime | None) -> list[Hit]:
    """The hits with each clock time that names no day (下午4時45分, 截至10時, 晚上8时) moved to
    the day named last before it in its paragraph or the one before, as ``bare_parts`` reads a
    bare 下午: a live blog's update stamped 【11月29日 16:33】 says 將於下午4時45分見傳媒 of the
    29th, and 昨午3時半…於下午4時41分證實死亡 is yesterday's. A timeline's entry (14:51 消防處接報)
    takes the day of the heading line over it (▼11月26日▼). They were the publication's day.
    A day in running text lends itself only where ``_lends_its_day`` and ``_fits`` allow; with
    no day named so near, the times stay the publication's."""
    if published is None:
        return hits
    read: list[Hit] = []
    last_day: tuple[int, date | None, bool] | None = None  # where the last day was named, that day (None: no
    # anchor), and whether a stamp or heading told it (it then lends its day always)
    heading: date | None = None  # the last day a line of its own named (▼11月26日▼ holds for the timeline under it)
    heading_pm = False  # whether it named an afternoon or evening (12月11日下午: 1:30－3:30 under it is 13:30)
    evening = 0  # the hour the last day was named with (26日晚上11時…至凌晨3時: the small hours after it)
    for hit in hits:
        text = folded[hit.start : hit.end]
        moment = hit.detail.first if hit.detail is not None and hit.detail.unit in ("hour", "minute", "second") else None
        moved, stamp = False, False
        if moment and moment[:10] == published.date().isoformat() and _DAYLESS.fullmatch(text):
            anchor, stamp = _anchor_day(folded, hit.start, last_day, heading, published.date())
            if anchor is not None and last_day is not None and anchor == last_day[1] and _small_hours_after(folded, hit, text, evening, last_day[0]):
                anchor += timedelta(days=1)
            if anchor not in (None, published.date()) and not _stamped(folded, hit):
                assert anchor is not None
                if stamp or _fits(folded, hit, anchor, published):
                    afternoon = anchor == heading and heading_pm and not _PART_SAID.search(text) and _an_entry(folded, hit.start)
                    on_day = _on_day(hit, text, anchor, published, afternoon)
                    hit, moved = (on_day, True) if on_day is not None else (hit, False)
        day = _one_day(hit) or _a_few_days_first(hit, published.date())
        if day is not None and (moved or not _heading(folded, hit)):
            lends = moved or _lends_its_day(folded, hit, text) or _lent_on(folded, hit, day, last_day)
            told_free = stamp if moved else _a_stamp(folded, hit)  # a moved time keeps its anchor's say
            last_day = (hit.start, day if lends else None, told_free)
            evening = _hour_of(hit)
        elif day is not None:  # a heading; the page's own dateline (the publication's day, first) is none
            heading, last_day = (day if day != published.date() or heading is not None else heading), None
            heading_pm = bool(_PM_SAID.search(text))
        read.append(hit)
    return read


def _hour_of(hit: Hit) -> int:
    """The hour a hit's span starts at (18 for 11月18日晚上, 0 for a day alone)."""
    first = hit.detail.first if hit.detail is not None else None
    return int(first[11:13]) if first and len(first) >= 13 else 0


def _small_hours_after(folded: str, hit: Hit, text: str, hour: int, anchor_at: int) -> bool:
    """Whether a 凌晨 time is the night after the day named with its hour: after an evening (11月18日
    晚上…聊到凌晨一点多, 26日晚上11時…至凌晨3時), or after a morning or an afternoon lasting up to it
    (26日上午開會，至凌晨3時才散會)."""
    if not any(part in text for part in _SMALL_HOURS):
        return False
    if folded[hit.start - 1 : hit.start] in ("至", "到"):
        return hour >= 6
    return hour >= 18 and not _TOLD_THEN.search(folded, anchor_at, hit.start)


_TOLD_THEN = re.compile(rf"{_TELLING}|指出|早前|当[日天]")
"""Words between an evening and a 凌晨 that make the evening when it was told (6月8日晚警方通报称，凌晨
3时许…): the small hours of that day, before it."""


def _lent_on(folded: str, hit: Hit, day: date, last_day: tuple[int, date | None, bool] | None) -> bool:
    """Whether a part of the day lends on the day lent just before it in its sentence (前天（10月10日）
    早上凌晨2时左右: the small hours of the 10th, not of the publication's day)."""
    return last_day is not None and last_day[1] == day and sentence_start(folded, hit.start, _CLAUSE_GROUP_STOPS) <= last_day[0]


_CLAUSE_GROUP_STOPS = "。！？!?\n；;"
"""A sentence's stops and the semicolon's: the span a part of the day passes its day on in."""


def _lends_its_day(folded: str, hit: Hit, text: str) -> bool:
    """Whether a day the text names is one the clock times after it may be on: a day of the
    month, a dated stamp, 昨, 当天 or a weekday, not one that recurs (每逢星期日, 周一闭馆), opens a span
    (自2024年1月1日起) or is a thing's background (成立于2003年3月5日)."""
    if not _NAMES_ITS_DAY.search(text):
        return False
    return not _NOT_LENT_BEFORE.search(folded, max(0, hit.start - 3), hit.start) and not _NOT_LENT_AFTER.match(folded, hit.end)


_NOT_LENT_BEFORE = re.compile(r"(?:每|逢|[立生始建办]于|自|从|截至|截止|至|到)$")
_NOT_LENT_AFTER = re.compile(r"\s*(?:起|以来|开始|前(?!往)|之前|以前|后|之后|以后|闭馆|休馆|闭园|休园)")


_SENTENCE_STOPS = "。！？!?\n"
CLAUSE_STOPS = "，,；;" + _SENTENCE_STOPS
"""Where a clause ends: a comma or semicolon, or where its sentence does."""


def sentence_start(folded: str, at: int, stops: str = _SENTENCE_STOPS) -> int:
    """Where the sentence holding ``at`` begins: after the last full stop or line break before it
    (or the last of ``stops``: a clause's with its commas)."""
    return max(folded.rfind(mark, 0, at) for mark in stops) + 1


def sentence_end(folded: str, at: int, stops: str = _SENTENCE_STOPS) -> int:
    """Where the sentence holding ``at`` ends: at the next full stop or line break (or of
    ``stops``), or the text's end."""
    return min((stop for mark in stops if (stop := folded.find(mark, at)) >= 0), default=len(folded))



def _fits(folded: str, hit: Hit, anchor: date, published: datetime) -> bool:
    """Whether a clock time may go to a day named in running text (a stamp or heading lends
    always): a day after the publication only in its own sentence (将于12月15日召开…。下午2时，
    股价上涨 is today's), and one before it not to a time said ahead (公司将于下午2点召开)."""
    sentence = sentence_start(folded, hit.start)
    if _NAMES_ITS_DAY.search(folded, sentence, hit.start):
        return True  # the day is named in this sentence: 预计(28日)早上9点前
    if _A_LISTINGS_TIME.match(folded, sentence) and _A_LISTINGS_DAY.match(folded, sentence_start(folded, max(0, sentence - 1))):
        return True  # 日期：9月11日 / 时间：下午4时: an event's listing, its time on its day
    return anchor < published.date() and not _AHEAD_IN_CLAUSE.search(folded, sentence, hit.start)


_AHEAD_IN_CLAUSE = re.compile(r"将于?|计划|拟于?|预计")
_A_LISTINGS_TIME = re.compile(r"\s*(?:时间|時間)\s*[:：]")
_A_LISTINGS_DAY = re.compile(r"\s*(?:日期|活动日期|活動日期)\s*[:：]")


def _anchor_day(
    folded: str, at: int, last_day: tuple[int, date | None, bool] | None, heading: date | None, today: date
) -> tuple[date | None, bool]:
    """The day a clock time at ``at`` falls on, and whether a stamp or heading told it: one named
    in its paragraph; for a timeline's entry (a line that opens with its time) the heading's over
    it; else one named in the paragraph before, unless a year or more from ``today`` and the clock
    time's paragraph tells of now (a storm of 2018 told as background: 凌晨3時…今天 in the next
    paragraph is the publication's); else the heading's."""
    line = folded.rfind("\n", 0, at)
    if last_day is not None and last_day[0] > line:
        return last_day[1], last_day[2]
    if heading is not None and _opens_its_line(folded, at):
        return heading, True
    if last_day is not None and last_day[0] > _paragraph_before(folded, at):
        far = last_day[1] is not None and not last_day[2] and abs((today - last_day[1]).days) > _A_YEAR
        end = folded.find("\n", at)
        return (None, False) if far and _NOW_TOLD.search(folded, line + 1, end if end >= 0 else len(folded)) else (last_day[1], last_day[2])
    return heading, True


_A_YEAR = 366
_NOW_TOLD = re.compile(r"今天|今日|今年以来|目前|现在|如今|再次|最新")
"""What in a paragraph tells it is of now, not the story of a day long past the paragraph before told
(1949年10月1日…⏎下午3时，开国大典 goes on; 2018年9月16日，山竹…⏎天文台自凌晨3時…今天 does not)."""


def _a_stamp(folded: str, hit: Hit) -> bool:
    """A live page's stamp opening its line: 【11月29日 16:33】 or 11月27日 20:20 (a day with its
    time, or in brackets); not 12月15日，公司将召开… (a sentence that opens with its day)."""
    if not _opens_its_line(folded, hit.start):
        return False
    timed = hit.detail is not None and hit.detail.unit in ("hour", "minute")
    return timed or folded[hit.end : hit.end + 1] in ("】", "]", "）", ")")


def _opens_its_line(folded: str, at: int) -> bool:
    """Whether only marks stand before ``at`` on its line (【11月29日 16:33】, 14:51 消防處接報)."""
    return not _NOT_MARKS.search(folded, folded.rfind("\n", 0, at) + 1, at)


def _heading(folded: str, hit: Hit) -> bool:
    """Whether the hit is a line of its own but for marks around it (▼11月26日▼, 【11月27日】)
    or a short label after it (12月11日上午 开幕式): a timeline's or a programme's day, which holds
    for the lines under it."""
    end = folded.find("\n", hit.end)
    end = len(folded) if end < 0 else end
    if not _opens_its_line(folded, hit.start):
        return False
    return not _NOT_MARKS.search(folded, hit.end, end) or bool(_AGENDA_LABEL.fullmatch(folded, hit.end, end))


def _an_entry(folded: str, at: int) -> bool:
    """Whether a clock time at ``at`` opens a programme's entry (7:30 讲座, 第一场1:30－3:30), not a
    sentence's time (警方表示，男子於9時許被捕, under an afternoon's heading, is the morning's)."""
    line = folded.rfind("\n", 0, at) + 1
    return at - line <= _ENTRY_LEAD and not _NOT_AN_ENTRY.search(folded, line, at)


_ENTRY_LEAD = 8
_NOT_AN_ENTRY = re.compile(r"[，,。；;于於在]")
"""What before a clock time on its line makes it a sentence's: a clause mark, or 於 and 在."""
_PM_SAID = re.compile(r"下午|晚")
_PART_SAID = re.compile(r"上午|下午|中午|晚|凌晨|清晨|早|夜|午|[AaPp]\.?[Mm]")
_AGENDA_LABEL = re.compile(r"[ \t\u3000]+[^\s，。；,;:：！？!?][^\n，。；,;:：！？!?]{0,13}")
"""What follows a programme's day on its line (12月11日上午 开幕式): a short label, set apart by a
space, not a sentence."""
_NOT_MARKS = re.compile(r"[^\s▼▲△▽■□◆◇●○★☆【】\[\]〔〕()（）<>《》\-—=:：|·•]")


_NAMES_ITS_DAY = re.compile(r"[\d一二三四五六七八九十廿](?:日|号(?![线楼风台机位码房院馆门车]))|\d[-/.]\d{1,2}[-/.]\d|\d/\d{1,2}(?:\s*[(（]|$)|昨|前[天日]|当[天日晚]|同日|次日|翌日|星期|周[一二三四五六日天]|礼拜")
"""What makes a day an anchor for the clock times after it: a day of the month, a dated stamp,
昨, 当天 or a weekday; not 明早 of a forecast nor a holiday (接近萬聖節…早上六點多 is a habit's hour)."""


_DAYLESS_CLOCK = re.compile(
    r"(?:上午|下午|中午|晚上|晚间|傍晚|凌晨|清晨|早上|早晨|深夜|半夜)?\s*(?:约|近)?\s*"
    r"(?:\d{1,2}|[零一二两三四五六七八九十]{1,3})\s*(?:[:：]\s*\d{2}|[时点](?:半|\d{1,2}分?|[一二三四五]?十[一二三四五六七八九]?分?)?)(?:许|左右)?"
)
"""A clock time with nothing that names its day: 下午4时45分, 10时, 晚上8时许, 凌晨零时."""
_DAYLESS = re.compile(rf"{_DAYLESS_CLOCK.pattern}(?:\s*(?:至|到|-|—|~|～)\s*{_DAYLESS_CLOCK.pattern})?")
"""One such clock time, or two as a range (下午3时至5时)."""


def _on_day(hit: Hit, text: str, day: date, published: datetime, afternoon: bool = False) -> Hit | None:
    """The clock time as read, moved to ``day`` (its time of day kept: the library, asked again,
    reads 晚上近9时 as 09:00), and to the afternoon when a programme's heading says so and the
    time does not."""
    today = published.date().isoformat()
    ends = hit.value.split("/")
    if len(ends) > 2 or not all(end.startswith(today) for end in ends):
        return None  # a range's ends both on the publication's day move together (下午3时至5时)
    hours = [int(end[11:13]) for end in ends if len(end) >= 13]
    if afternoon and hours and all(hour < 12 for hour in hours):
        ends = [f"{end[:11]}{int(end[11:13]) + 12:02d}{end[13:]}" if len(end) >= 13 else end for end in ends]
    value = "/".join(day.isoformat() + end[10:] for end in ends)
    detail = own_detail(value, text)
    if detail is None or hit.detail is None:
        return None
    return Hit(hit.kind, hit.start, hit.end, value, replace(detail, qualifier=hit.detail.qualifier))


def _paragraph_before(folded: str, at: int) -> int:
    """Where the paragraph before the one holding ``at`` begins (its newline), or -1."""
    this = folded.rfind("\n", 0, at)
    return folded.rfind("\n", 0, this) if this > 0 else -1


def clock_anchored(folded: str, hits: list[Hit]) -> list[Hit]:
    """Clock times read by the clock time before them: 下午2时51分接报，消防员5分钟后到场 is
    at 14:56 (not five minutes after the publication), and 及至6时许 after 下午3时34分 is
    18:00 on that day (not 6 in the morning of the publication's day).

    A bare clock time (no day, no part of the day: 6时许) takes the day of the date just
    before it in the sentence (4月1日…9:30), and the afternoon when that was a clock time in
    the afternoon and the hour would otherwise go back (not on a 24-hour clock: 21:00、9:30);
    N分钟后 and N小时后 count from the clock time just before them in the sentence, or in a
    sentence shortly before in the paragraph.

    Past the sentence, a story's timeline still runs on: after a clock time in the afternoon, a
    bare hour on the 12-hour clock that would be in that afternoon, no later than three hours on,
    is (下午2時51分接報。…他於3點01分到場，3點半失去聯絡 is 15:01 and 15:30; they were 03:01 and
    03:30), until a clock time in the morning or another day is told."""
    read: list[Hit] = []
    last: tuple[Hit, datetime, str] | None = None
    afternoon: datetime | None = None  # the last clock time told, when in the afternoon or evening
    for hit in hits:
        text = folded[hit.start : hit.end]
        gap = folded[last[0].end : hit.start] if last else "\n"
        if "\n" not in gap and last is not None and not _stamped(folded, hit):
            hit = _read_after(hit, text, last[1:], gap)
        if afternoon is not None and ("\n" in gap or FULL_STOP.search(gap)) and not _stamped(folded, hit):
            hit = _later_that_afternoon(hit, text, afternoon)
        read.append(hit)
        first = _first_moment(hit)
        moment = first or _day_of(hit)
        last = (hit, moment, text) if moment is not None else None
        clock = first if _CLOCKED.search(text) else None  # 下午3时, not 深夜 or 今晚 alone
        if clock is not None:
            afternoon = clock if clock.hour >= 12 else None
        elif moment is not None and afternoon is not None and moment.date() != afternoon.date():
            afternoon = None  # the story has moved to another day
    return read


def _later_that_afternoon(hit: Hit, text: str, afternoon: datetime) -> Hit:
    """A bare hour (3點01分, not 15:01 or 下午3時) read in the afternoon of ``afternoon``'s day,
    when that puts it no later than three hours after it and no earlier than six before (a story
    tells back, too: 下午6時30分…他於3點01分到場)."""
    moment = _first_moment(hit)
    bare = _BARE_CLOCK.fullmatch(text)
    if moment is None or bare is None or bare["ap"] or _COLON.search(text) or moment.hour >= 12:
        return hit
    later = moment + timedelta(hours=12)
    if moment.date() != afternoon.date() or not afternoon - timedelta(hours=6) <= later <= afternoon + timedelta(hours=3):
        return hit  # 晚上11時接報。…1時到場 is no 13:00
    return _at(hit, text, later)


def years_after(folded: str, hits: list[Hit], published: datetime | None = None) -> list[Hit]:
    """10年后 after 1919年 in its sentence is 1929, not ten years after the publication: a
    biography or a story's background counts on from the year it has just written out; so
    do 8年前 and 上年 (2024年预算较8年前增长: 2016; 2018年…增速比上年: 2017)."""
    now = published.year if published is not None else None

    def counted(year: int, n: int) -> str:
        restated = n < -1 and now is not None and abs(now + n - year) <= 1  # 2004年4月，正好是10年前: that year again
        return f"{(now if restated and now is not None else year) + n:04d}"

    read = _counted_on(folded, hits, _YEARS_COUNTED, _written_year, counted)
    if published is not None:
        read = [_the_years_edge(folded, hit, published) for hit in read]
    return _narrated(folded, read, published.year) if published is not None else read


def _the_years_edge(folded: str, hit: Hit, published: datetime) -> Hit:
    """上年末, 上年初 counted from a year written before them (2008年6月末…比上年末: the end of 2007):
    that year's end or start, as 2007年末 reads (it was the end of the publication's last year)."""
    said = _YEARS_COUNTED.fullmatch(folded, hit.start, hit.end)
    if said is None or not said["edge"] or not re.fullmatch(r"\d{4}", hit.value):
        return hit
    text = folded[hit.start : hit.end]
    detail = time_detail(f"{hit.value}年{said['edge']}", published)
    return hit if detail is None else Hit(hit.kind, hit.start, hit.end, value_of(detail, text), detail)


def _narrated(folded: str, hits: list[Hit], now: int) -> list[Hit]:
    """三年後（1955年）: the year in brackets after it; 四十六年後 in a later sentence than 1967年,
    where 1967 + 46 is the publication's year (or the one before or after): the story counts on
    from a year it told, to the present, not 46 years into the future. A year told as so many
    years ago counts too: 十年前…；十年后 is now, not ten years on."""
    read: list[Hit] = []
    told: list[tuple[int, bool]] = []  # the years told, and whether as so many years ago
    for hit in hits:
        text = folded[hit.start : hit.end]
        later = _YEARS_LATER.fullmatch(text)
        n = int(parse_number(later["n"]) or 0) if later is not None else 0
        if later is not None and hit.value == f"{now + n:04d}":
            bracketed = _BRACKETED_YEAR.match(folded, hit.end)
            ahead = bool(_AHEAD_SAID.match(folded, hit.end))  # 十年后，我们会在哪里？: ten years on after all
            years = (y for y, ago in reversed(told) if not (ago and ahead))
            year = int(bracketed["y"]) if bracketed else next((y + n for y in years if abs(y + n - now) <= 1), None)
            if year is not None:
                hit = Hit(hit.kind, hit.start, hit.end, f"{year:04d}", own_detail(f"{year:04d}", text))
        written = _written_year(hit, text)
        if written is not None:
            told.append((written, False))
        elif _YEARS_AGO.fullmatch(text) and re.fullmatch(r"\d{4}", hit.value):
            told.append((int(hit.value), True))  # 十年前…；十年后: ten years on from ten years ago is now
        read.append(hit)
    return read


_AHEAD_SAID = re.compile(r"[^。！？!?\n]*?(?:(?<!即)将(?![军领近])|预计|有望|能否|可能|届时|(?<![社机学大开体聚约工协都])会(?:不会|在|有|是|成为|如何)|？|\?)")
"""A sentence that looks ahead (将, 会, 预计, a question) after its N年后."""


def days_after(folded: str, hits: list[Hit]) -> list[Hit]:
    """3天后 after 5月1日 in its sentence is 4 May (他5月1日入院，3天后病逝), not three days after
    the publication: a story counts on from the day it has just named. 三天前 does too where the
    sentence ties it to that day (8月29日被捕，他在三天前…: the 26th), and then counts as a day told."""
    hits = _counted_on(folded, hits, _DAYS_EARLIER, lambda hit, _text: _one_day(hit), _days_on)
    hits = _counted_on(folded, hits, _DAYS_LATER, lambda hit, _text: _one_day(hit), _days_on)
    hits = _counted_on(folded, hits, _WEEKS_LATER, lambda hit, _text: _one_day(hit), _weeks_on)  # 3天后手术，两周后: from the 3天后
    return _counted_on(folded, hits, _MONTHS_LATER, lambda hit, _text: _one_day(hit), _months_on)


def _days_on(day: date, n: int) -> str:
    return (day + timedelta(days=n)).isoformat()


def _weeks_on(day: date, n: int) -> str:
    """两周后 after 9月14日: 28 September, that day so many weeks on."""
    return (day + timedelta(weeks=n)).isoformat()


def _months_on(day: date, n: int) -> str:
    """三个月后 after 9月14日: December, the month so many months on, as N个月后 from now is read."""
    year, month = add_months(day.year, day.month, n)
    return f"{year:04d}-{month:02d}"


_Anchor = TypeVar("_Anchor", int, date)


def _counted_on(folded: str, hits: list[Hit], later_pattern: re.Pattern[str],
                anchor_of: Callable[[Hit, str], _Anchor | None], counted: Callable[[_Anchor, int], str]) -> list[Hit]:
    """Each hit ``later_pattern`` reads whole (N年后, N天后) valued ``counted(anchor, N)`` from the
    last anchor (``anchor_of`` a hit, or None) before it in its sentence."""
    read: list[Hit] = []
    anchor: _Anchor | None = None
    anchors, anchored_at = 0, 0  # how many the sentence has named so far (上年 after two years,
    # 2018年…比2017年…上年, says neither), and where the last ends
    for hit in hits:
        between = folded[read[-1].end if read else 0 : hit.start]
        if FULL_STOP.search(between) or "\n" in between:
            anchor, anchors = None, 0
        text = folded[hit.start : hit.end]
        later = later_pattern.fullmatch(text)
        if later is not None and anchor is not None and _counts_from_it(folded, later, anchors, anchored_at, hit.start):
            value = counted(anchor, _signed_count(later))
            hit = Hit(hit.kind, hit.start, hit.end, value, own_detail(value, text))
        elif later is None and (named := anchor_of(hit, text)) is not None:
            anchor, anchors, anchored_at = named, anchors + (named != anchor), hit.end  # 2011年…截至2011年12月31日: one
        read.append(hit)
    return read


def _counts_from_it(folded: str, later: re.Match[str], anchors: int, anchored_at: int, at: int) -> bool:
    """Whether a counted phrase counts from the year or day named before it: 上年 after one year
    only; N年前 only where the sentence compares with it or tells of it (较8年前, 回忆起20年前, 早在
    3年前): in a biography's 他生于1990年，两年前才结婚 it counts from now."""
    if _said_last(later):
        return anchors == 1 and not _A_YEAR_FROM_NOW.search(folded, anchored_at, at)
    if "dir" in later.re.groupindex and later["dir"] == "前":
        return bool(_BACK_FROM_IT.search(folded, anchored_at, at)) or later.re is _DAYS_EARLIER and _tied_to_it(folded, anchored_at, at)
    return True


def _tied_to_it(folded: str, anchored_at: int, at: int) -> bool:
    """Whether 在 or 于 ties N天前 to the day told before it (他在三天前…), not 由于 or 鉴于, and
    that day is no day still ahead (将于6月20日开幕…在三天前已公布: three days before now)."""
    tie = folded[at - 2 : at]
    if tie[-1:] not in _AT or tie in _NOT_A_TIE:
        return False
    return not _AHEAD_IN_CLAUSE.search(folded, sentence_start(folded, anchored_at - 1, CLAUSE_STOPS), anchored_at)


_AT = ("在", "于", "於")
_NOT_A_TIE = ("由于", "鉴于", "对于", "关于", "至于", "基于", "属于", "等于", "由於", "鑒於", "對於", "關於")
"""Before N天前 or N年前, what ties it to the day or year just told (8月29日晚上被捕，他在三天前曾到過
现场: the 26th)."""


_A_YEAR_FROM_NOW = re.compile(r"今年|本年|去年|明年|前年")
"""A year told from the publication between a written year and 上年 (成立于1998年，今年营收比上年增长:
last year, not 1997)."""
_BACK_FROM_IT = re.compile(r"较|比|相比|相较|回忆|回顾|忆起|说|表示|指出|早在|之前的")


def _said_last(later: re.Match[str]) -> bool:
    return "last" in later.re.groupindex and bool(later["last"])


def _signed_count(later: re.Match[str]) -> int:
    """How many units on (N后) or back (N前, 上年: one) a counted phrase says."""
    if _said_last(later):
        return -1
    n = int(parse_number(later["n"]) or 0)
    return -n if "dir" in later.re.groupindex and later["dir"] == "前" else n


def _written_year(hit: Hit, text: str) -> int | None:
    """The year a hit writes out (1919年), or None."""
    if _WRITTEN_YEAR.match(text) and hit.detail is not None and hit.detail.first:
        return int(hit.detail.first[:4])
    return None


_N_DAYS = r"(?P<n>\d{1,2}|[一二两三四五六七八九]|十[一二三四五六七八九]?)\s*[天日](?:[之以]|过)?"
_DAYS_LATER = re.compile(rf"{_N_DAYS}后")
_WEEKS_LATER = re.compile(r"(?P<n>\d{1,2}|[一二两三四五六七八九]|十[一二三四五六七八九]?)\s*(?:周|个?星期|个?礼拜)(?:[之以]|过)?后")
_MONTHS_LATER = re.compile(r"(?P<n>\d{1,2}|[一二两三四五六七八九]|十[一二]?)\s*个月(?:[之以]|过)?后")
_DAYS_EARLIER = re.compile(rf"{_N_DAYS}(?P<dir>前)")
_N_YEARS = r"(?P<n>\d{1,2}|[一二两三四五六七八九]|十[一二三四五六七八九]?|[二三四五六七八九]十[一二三四五六七八九]?)\s*年"
"""So many years, up to 99, in figures or in Chinese."""
_YEARS_LATER = re.compile(rf"{_N_YEARS}(?:[之以]|过)?后")
_YEARS_COUNTED = re.compile(rf"{_N_YEARS}(?:[之以]|过)?(?P<dir>[后前])|(?P<last>上一?年|前一年)(?P<edge>末|底|初)?")
"""N年后, N年前 and 上年, counted from a year written before them in their sentence."""
_YEARS_AGO = re.compile(rf"{_N_YEARS}[之以]?前")
_WRITTEN_YEAR = re.compile(r"(?:19|20)\d\d\s*年|(?:一九|二[〇○零])[〇○零一二三四五六七八九]{2}\s*年")
"""A year written out, in figures or in Chinese digits (一九九七年…比上年: 1996)."""
_BRACKETED_YEAR = re.compile(r"\s*[(（]\s*(?P<y>(?:19|20)\d\d)(?!\d)")


def _stamped(folded: str, hit: Hit) -> bool:
    """A clock time in brackets, a list's stamp of when an item went up (停课否 (19:04)): it is
    no time of the day the item's text names."""
    return folded[hit.start - 1 : hit.start] in ("(", "（") and folded[hit.end : hit.end + 1] in (")", "）")


def _read_after(hit: Hit, text: str, anchor: tuple[datetime, str], gap: str) -> Hit:
    """The hit read after the clock time ``anchor`` (its moment and text) in its paragraph
    (``gap`` between them)."""
    before, before_text = anchor
    later = _LATER.fullmatch(text)
    if later is not None and (not _SENTENCE_END.search(gap) or _the_story_runs_on(gap)) and _CLOCKED.search(before_text):
        count = Decimal("0.5") if later["n"] == "半" else (parse_number(later["n"]) or 0) + (Decimal("0.5") if later["half"] else 0)
        minutes = count * _MINUTES_IN.get(later["unit"], 60)
        return _at(hit, text, before + timedelta(minutes=int(minutes)))
    moment = _first_moment(hit)
    bare = _BARE_CLOCK.fullmatch(text)
    if moment is None or bare is None or FULL_STOP.search(gap):
        return hit
    moved = datetime.combine(before.date(), moment.time())
    on_24 = _COLON.search(text) and _COLON.search(before_text)  # 21:00、9:30
    twelve_hours = not on_24 and not bare["ap"]  # 10:25AM says its half of the day
    if twelve_hours and before.hour >= 12 and moved.hour < 12 and moved + timedelta(hours=12) >= before:
        moved += timedelta(hours=12)
    return hit if moved == moment else _at(hit, text, moved)


def _the_story_runs_on(gap: str) -> bool:
    """Whether N分钟后 a sentence or two after a clock time counts from it: the gap is short, tells
    no other story, day or speaker (另讯, 过了几天, 天亮以后, a closing quote), and N分钟后 opens its
    clause with no event of its own before it (事发约20分钟后, 送到医院约1小时后, 服用2小时后 count from
    their own events)."""
    if len(gap) > _STORY_GAP or _ANOTHER_STORY_OR_DAY.search(gap) or "”" in gap or "」" in gap:
        return False
    return not _OPENING_ADVERBS.sub("", _CLAUSE_START.split(gap)[-1]).strip()


_ANOTHER_STORY_OR_DAY = re.compile(
    r"另讯|另據|另据|另一宗|此外|另外|过了|几天|数天|天亮|后来|此前|以往|次日|翌日|第二天|隔天|据统计|一般|通常|往往|平时"
)
_CLAUSE_START = re.compile(r"[，,。；;：:！？!?]")
_OPENING_ADVERBS = re.compile(r"其后|随后|之后|然后|大约|约|仅仅|仅|只|又|再|过")


def _at(hit: Hit, text: str, moment: datetime) -> Hit:
    """The hit moved to ``moment``, at the grain its text gives (an hour for 6时)."""
    value = f"{moment:%Y-%m-%dT%H:%M}"
    return Hit(hit.kind, hit.start, hit.end, value, own_detail(value, text))


def _day_of(hit: Hit) -> datetime | None:
    """The midnight a hit of one single day starts at (4月1日), or None."""
    day = _one_day(hit) if hit.detail is not None and hit.detail.unit == "day" else None
    return None if day is None else datetime(day.year, day.month, day.day)


def _first_moment(hit: Hit) -> datetime | None:
    """The first second of a hit finer than a day, or None."""
    detail = hit.detail
    if detail is None or detail.unit not in ("hour", "minute", "second") or not detail.first:
        return None
    return datetime.fromisoformat(detail.first)


_CLOCKED = re.compile(r"\d[时点:：]|[时点]\d|[时点]半|[一二三四五六七八九十][时点]")
_LATER = re.compile(
    r"(?P<n>\d{1,2}|[一二两三四五六七八九十]{1,3}|半)\s*(?P<half>个半)?(?P<unit>分钟|个?小时|个?钟头|刻钟)(?:[之以]|过)?后"
)
"""N分钟后, 十五分钟后, 两个小时后, 一刻钟后, 半小时后, 一个半小时后: so long after the clock time before it."""
_MINUTES_IN = {"分钟": 1, "刻钟": 15}
_STORY_GAP = 120
"""How far back in its paragraph, past a full stop, the clock time N分钟后 counts from may be
(下午2時51分接報…。消防其後到場，約10分鐘後將火警升為三級: 15:01, not ten minutes after the
publication)."""
_BARE_CLOCK = re.compile(r"\d{1,2}(?:[:：]\d{2}|[时点](?:半|\d{1,2}分?)?)(?:\s*(?P<ap>[AaPp])\.?[Mm]\.?)?许?")
"""A clock time with no day: 6时, 9:30, and 10:25AM after a date line's 2005-04-19."""
_COLON = re.compile(r"[:：]")
_SENTENCE_END = re.compile(r"[。！？!?；;]")
FULL_STOP = re.compile(r"[。！？!?]")
"""The end of a sentence (not of a clause: ；)."""
