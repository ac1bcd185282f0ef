"""Times that come round again: 每天晚上8点, 每年春节, 每周一至周五上午9时至下午5时, 逢星期二.

The rules read 晚上8点 or 春节 on their own and give it the publication's day; after a
每 that names a period it is a schedule (a museum's opening hours, a market's trading
hours, a yearly holiday), not a moment, and a panel that shows 20:00 of the publication's
day is wrong. Such a phrase becomes one recurring fact, from 每 to its end, with no
interval: as the library reads 每周一上午10时.
"""

from __future__ import annotations

import re

from .date_anaphora import CLAUSE_STOPS, sentence_end, sentence_start
from .date_values import BARE_WEEKDAY
from .model import Detail, FactKind, Hit, Qualifier

__all__ = ["recurring"]

_EVERY = re.compile(
    r"每(?:隔|逢|当|到(?:了)?)?[\d一两二三四五六七八九十]*个?"
    r"(?:天|日|晚|夜|早|周|週|星期|礼拜|禮拜|月|年|季度?|工作日|交易日|周末|週末|小时|小時)?的?"
)
"""A lead that makes what follows it recur: 每, 每天, 每逢, 每当, 每到, 每两天, 每个工作日的."""
_REACH = 12
_NOTE = re.compile(r"\s?[(（][^()（）\n]{1,30}[)）]")
"""A bracketed note right after a schedule (（周一休馆）, (周六、周日和全体公民放假日除外))."""
_WEEKDAY = re.compile(rf"{BARE_WEEKDAY.pattern}|周末")
"""A weekday or the weekend, as the folded text writes them."""
_JOINED = re.compile(r"\s?(?:[的、及和与與至到~～—－-]|——)?\s?")
"""What may stand between two parts of one schedule (每周一至周五 上午9时至下午5时)."""


def recurring(folded: str, hits: list[Hit]) -> list[Hit]:
    """Hits after a 每 lead made recurring, with the hits that run on from them, and the days a
    bracket after a schedule names (每日9时至17时（周一休馆）: no Monday of the publication's week)."""
    read: list[Hit] = []
    for hit in hits:
        previous = read[-1] if read else None
        if previous is not None and _recurs(previous) and previous.end <= hit.start and _JOINED.fullmatch(folded, previous.end, hit.start):
            read[-1] = _schedule(folded, previous.start, hit.end)
            continue
        if previous is not None and _recurs(previous) and (note := _NOTE.match(folded, previous.end)) and hit.end <= note.end() \
                and _WEEKDAY.fullmatch(folded, hit.start, hit.end):
            read[-1] = _schedule(folded, previous.start, note.end())
            continue
        if folded[hit.start - 1 : hit.start] == "逢" and not (hit.start > 1 and folded[hit.start - 2] in "每适恰正时又好") \
                and _WEEKDAY.fullmatch(folded, hit.start, hit.end):
            read.append(_schedule(folded, hit.start - 1, hit.end))  # 逢星期二休館: every Tuesday (适逢, 又逢, 刚好逢: one)
            continue
        if folded[hit.start - 1 : hit.start + 1] == "每当":
            continue  # 每当夜幕降临: 每当 is "whenever", and 当夜 no night of the story's
        lead = _lead(folded, hit.start)
        if lead is None and (_in_hours_told(folded, hit) or _a_habits_weekend(folded, hit)):
            lead = hit.start
        read.append(_schedule(folded, lead, hit.end) if lead is not None else hit)
    return read


def _in_hours_told(folded: str, hit: Hit) -> bool:
    """Whether a weekday or a clock time is a place's hours: after 开放时间, 营业时间 and their kin in
    its sentence (服务时间：周二至周日及国定节假日9：00-17：00), or a weekday it shuts on (周一闭馆).
    They were this week's days and the publication's day; a season's dates (开放时间为6月15日至8月31日)
    stay dates."""
    text = folded[hit.start : hit.end]
    if _A_DATES_WORDS.search(text) or hit.detail is not None and hit.detail.qualifier is Qualifier.DURATION:
        return False
    shut = bool(_WEEKDAY.fullmatch(text) and _SHUT.match(folded, hit.end))
    label = None if shut else _HOURS_LABEL.search(folded, max(0, hit.start - _LABEL_REACH), hit.start)
    if not shut and label is None:
        return False  # most hits: the clause below is read only for a schedule's
    clause_end = _A_BREAK.search(folded, hit.end)
    clause = folded[sentence_start(folded, hit.start, CLAUSE_STOPS) : clause_end.start() if clause_end else len(folded)]
    if _ONE_DAY_ONLY.search(clause):
        return False  # 博物馆周五闭馆一天; 周二闭馆布展; 周三下午将举办开馆仪式
    if label is None:
        return True
    return not _A_BREAK.search(folded, label.end(), hit.start) \
        and not _A_DAY_BEFORE.search(folded, sentence_start(folded, label.start(), "。！？!?；;\n"), label.start())


_HOURS_LABEL = re.compile(r"(?:服务|开放|营业|办公|开馆|接待|参观|售票|入园|咨询|办理)时间\s*(?:[:：]|为|是)")
"""What tells a place's hours after it (开放时间为, 营业时间：)."""
_LABEL_REACH = 16
_A_BREAK = re.compile(f"[{re.escape(CLAUSE_STOPS)}]")
"""The label's hours end at its clause (开放时间为9:00至17:00，周三下午将举办…: not the Wednesday)."""
_SHUT = re.compile(r"\s*(?:闭馆|休馆|闭园|休园)")
_ONE_DAY_ONLY = re.compile(r"一天|检修|布展|临时|受[^，,。]{0,8}影响|因|为配合|暂停|将|举办|举行|安排|仪式|本周|下周|这周")
"""What tells of one day's closing or one event, not a weekly schedule."""
_A_DAY_BEFORE = re.compile(r"\d\s*[日号]|[今明昨]天|当天|(?<!日)本日(?!起)|[今当是首]日(?!起)|本周|下周|节")
"""A day named before the label in its sentence, whose hours they are (端午节当天（6月10日）开放时间为…)."""
_A_DATES_WORDS = re.compile(r"[年月当节]|(?:本|下|上|这)(?:周|星期|个)|\d\s*[日号]|[今明昨]")
"""A day of the calendar, not a weekday or an hour (6月15日, 今天, 本周六)."""


def _a_habits_weekend(folded: str, hit: Hit) -> bool:
    """Whether a bare 周末 tells of weekends as they come round, not of one: after 平日 or 平时 in
    its sentence (平日人流约百人，周末则有三四百人), with a habit's word in its clause (周末也不如以往
    热闹, 通常周末), or with the holidays it goes with (周末和节假日里). It was the coming weekend;
    a weekend the story names (这个周末, 上周末) or one told as a plan, a forecast or a deed (周末将加强
    巡逻, 周末去了一趟新山) stays one."""
    if folded[hit.start : hit.end] not in ("周末", "週末"):
        return False
    clause_end = _A_BREAK.search(folded, hit.end)
    if _HABIT.search(folded, sentence_start(folded, hit.start, CLAUSE_STOPS), clause_end.start() if clause_end else len(folded)):
        return True
    start, end = sentence_start(folded, hit.start), sentence_end(folded, hit.end)
    return not _ONE_WEEKEND.search(folded, start, end) and bool(_WORKDAYS.search(folded, start, hit.start) or _WITH_HOLIDAYS.match(folded, hit.end))


_WORKDAYS = re.compile(r"平日|平时|平常|工作日")
_HABIT = re.compile(r"(?:[不一]?如以往|[跟和与同]以往一样|(?<!比)通常|往往|常常|经常|时常|总是|向来|一向)(?![\u4e00-\u9fff]{0,3}的)")
_ONE_WEEKEND = re.compile(
    r"将|会(?![员议])|预计|预料|预报|迎来|暂停|(?<!为)了(?![解结却])|本周|这周|下周|上周|起|安排|可能|举行|举办|推出|关闭|停止|比通常"
)
"""What tells of one weekend in a sentence that contrasts it with the working days: a plan, a forecast,
a trip made (本周工作日…周末将迎来降雨, 工作日照常运行，周末两天将暂停, 平时忙，周末带着孩子去了一趟新山)."""
_WITH_HOLIDAYS = re.compile(r"\s?[和及与與或、]\s?(?:节假日|假日|公共假期|假期|节日|公假)")


def _lead(folded: str, start: int) -> int | None:
    """Where a 每 lead ending right before ``start`` begins, if one does."""
    at = folded.rfind("每", max(0, start - _REACH), start)
    if at < 0 or not _EVERY.fullmatch(folded, at, start):
        return None
    return at


def _recurs(hit: Hit) -> bool:
    return hit.detail is not None and hit.detail.qualifier is Qualifier.RECURRING


def _schedule(folded: str, start: int, end: int) -> Hit:
    return Hit(FactKind.DATE, start, end, folded[start:end], Detail(Qualifier.RECURRING))
