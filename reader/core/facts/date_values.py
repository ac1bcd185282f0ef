"""Date values taken apart: bounds, grain and qualifier, from our rules or from jionlp.

A date hit's ``value`` is the short ISO 8601 form our rules give (2022-07,
2019/2022 with the end exclusive); its ``Detail`` carries the inclusive bounds at
the phrase's grain and the first and last second. For relative and fuzzy phrases
jionlp's reading is taken when it has one (it is measured better on them); plain
absolute dates (2020年10月15日, 2015-03-03) are read by our rules alone, which
agree with it there and cost nothing.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta
from functools import lru_cache

from .date_hours import CLOCK_ONLY, is_many_days
from .library import ZONE_NAMES, grain_bounds, grain_of, time_detail
from .model import Detail, FactKind, Hit, Qualifier
from .numerals import parse_number
from .spans import joined_pairs

__all__ = [
    "BARE_WEEKDAY", "COUNTED_RUN", "DAY_END", "DECADE_PARTS", "UP_TO_NOW", "day_moved", "detail_moved", "is_real_stamp", "join_ranges", "settle", "value_of",
    "whole_phrase",
]

_PLAIN = re.compile(
    r"\d{4}\s*年(?:\s*\d{1,2}\s*月(?:份)?(?:\s*\d{1,2}\s*[日号])?)?|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}"
)
_READ_ALIKE = re.compile(
    r"\d{1,2}月\d{1,2}[日号]|[今去明本]年|[今昨明前后]天|[今昨明]日|[今去明]年\d{1,2}月(?:\d{1,2}[日号])?"
    r"|\d{4}年(?:底|初|末|中|度|[上下]半年)|\d{1,2}时\d{1,2}分|\d{1,2}[日号]|[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}[日号]"
    r"|(?:(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|[今昨明]天)\s*\d{1,2}:\d{2}"
    r"|\d{4}年\d{1,2}月\d{1,2}[日号]\s*\d{1,2}时\d{1,2}分"
    r"|[今去明]年同期|(?:[今去明]年)?[上下]半年"
    r"|前(?:\d{1,2}|[一二两三四五六七八九十]{1,3})个月|[上下本]?周[一二三四五六日天]|星期[一二三四五六日天]"
    r"|(?:\d{4}年|[今去明]年)?(?:\d{1,2}|十[一二]?|[一二三四五六七八九])月(?:[上中下]旬|初|底)|劳动节|国庆节"
)
"""Phrases our own reading values exactly as the library does, whatever the reference date
(a test holds them to it at twelve): it is not asked, which saves a millisecond a phrase,
and three for a date line's date and time (2022年07月25日 10:32), which every article has.
Relative phrases too (上半年, 下周三, 3月下旬). Not: those our rules find but leave to the
library to value (三年前, 春节); 元旦, which ours takes as the coming one in December; a clock
time alone, which after a date (…10:32-11:00) ours would put on the reference's day."""
_READ_BETTER = re.compile(r"(?:\d{1,2}|十[一二]?|[一二三四五六七八九])月|[○〇零一二三四五六七八九]{4}年|\d{3}0年代")
"""Phrases the library misreads or cannot read, so it is not asked: a bare month (it reads
none, or 三月 as three months), a year in Chinese digits (二○○八年: none at some reference
dates), a decade (1920年代: the year 1920 alone)."""
_SUFFIX = re.compile(
    r"(?:的)?(?:(?<=年代)[前中后初末]期|上旬|中旬|下旬|前后|左右|假期|小长假|长假|黄金周|连假|前夕|(?<=[时点分])许(?![多久可])|同期|期间|早上|早晨|清晨|黎明|上午|中午|下午|傍晚|晚上|晚间|夜晚|朝早|晏昼|下昼"
    r"|夜间|夜里|白天(?![鹅黑和与]|最[长短])|(?<=[天日])(?:全天(?![然候津])|一整天)|凌晨|深夜|午夜|财年|(?<!月)(?<!月的)(?:春天|夏天|秋天|冬天|春季|夏季|秋季|冬季|暑假|暑期(?!档))"
    r"|初(?![步级始衷次赛心稿审选二三四五六七八九十]|一(?![份个些次项批篇名位家轮场]))|底(?![线气层部价牌子片])|末(?![班日代位尾端])"
    r"|中(?![国华秋央心东欧美方共学小医文外部西南北亚非资企层级型招考超奖标签毒枪弹暑风计了断止]"
    r"|[日俄韩朝越印英法德意加澳泰蒙巴](?:两国|双边|关系|撞船|贸易|合作|边境|冲突|建交|战争|会谈|峰会|友好|联合|外长|首脑|领导人))"
    r"|晚(?![会宴餐饭报辈])|早(?![已就在些先])|夜(?![宵市班景])|度(?![过假日量]))"
)
"""Parts of a day or month after a date; one character only where it does not start a word
(2018年中 of 2018年中国, 今天的中 of 今天的中国, 国庆中 of 国庆中秋 were dates); a season only
after a year (2023年夏季), not after a month it describes (8月夏季休会 is August, not the summer)."""
COUNTED_RUN = re.compile(
    r"(?:\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?P<u>年|个月|周|星期|个星期|礼拜|个礼拜)(?:以后|之后|以前|之前|后|前)"
)
"""Whole years, months or weeks from now (3周前, 两年后): a day named after them is in them."""
_JOIN = re.compile(r"\s*(?:起\s*[，,]?\s*)?(?:(?:持续|延续|一直|延长|延至|直)?(?:至|到)(?:公元)?|-|~|～|—{1,2}|－)\s*")
"""What joins a range's ends: 至, a dash (one or two: 2008年——2018年), after 起 with a comma or not
(自2020年5月26日起，至5月29日止), or a verb of lasting before 到 (从10月14日持续到10月23日, 从9月直到11月)."""
_RANGE_MARKS = re.compile(r"至|到|-|~|～|—|－")
_FORMATS = (("%Y-%m-%dT%H:%M:%S", "second"), ("%Y-%m-%dT%H:%M", "minute"), ("%Y-%m-%d", "day"), ("%Y-%m", "month"), ("%Y", "year"))
_WEEK = re.compile(r"(\d{4})-W(\d{2})")
_MORE_THAN_SAID = re.compile(r"[\d十百]\s*[多余]|[\d一二两三四五六七八九十]\s*个?[年月天]多")
"""A count said as "more than" (十多年, 20余年, 两年多前): the span it opens is approximate."""
_FEW_SAID = re.compile(r"[几数][十百]?(?:个)?[年月周天日星礼小分]")
"""A few of a unit (几天后, 数年前): the day or year it names is about so."""
DAY_END = re.compile(r"(?:24|二十四)\s*[点时](?![\d半一二三四五六七八九十])")
"""24时: the day's last instant (截至12月16日24时), not the hour after it."""
_MINUTES_WRITTEN = re.compile(r"[:：]\d|分|半|刻|[点时][踏搭]?[\d一二三四五六七八九十零]|个字|[AaPp]\.?[Mm]")
"""A clock time that says its minutes (8:00, 八点十分, 三点半), so is read to the minute."""


def settle(folded: str, hits: list[Hit], published: datetime | None) -> list[Hit]:
    """Each hit with its Detail; hits that nothing can read are dropped.

    With a reference date, a hit grows over words the library reads with it: a part
    of the day or month after it (7月1日晚, 8月上旬, 2023年底), 每 before it, or a
    date right after it (今年 + 国庆, 今天 + 下午三点).
    """
    settled: list[Hit] = []
    for i, hit in enumerate(hits):
        following = hits[i + 1].start if i + 1 < len(hits) else len(folded)
        if hit.detail is not None:  # read for good by our rules (3:15pm, 上两周)
            settled.append(_with_day_part(folded, hit, published, following) or hit)
            continue
        text = folded[hit.start : hit.end]
        own = own_detail(hit.value, text)
        library = None
        if published is not None:
            grown = _grown(folded, hit, settled, published, following)
            if grown is not None:
                if settled and grown.start <= settled[-1].start:
                    settled.pop()  # 今年 + 国庆: the hit before is part of this one
                settled.append(grown)
                continue
            if not (_read_alike(folded, hit) or _READ_BETTER.fullmatch(text)):
                library = _up_to_now_begun(forwards(time_detail(_NEAR_CLOCK.sub("约", text), published), text), text)
        detail = library or own
        value = hit.value or (value_of(detail, text) if detail else "")
        if value:
            settled.append(Hit(FactKind.DATE, hit.start, hit.end, value, detail))
    return settled


def _up_to_now_begun(detail: Detail | None, text: str) -> Detail | None:
    """The library's reading of a span up to now, unless it would begin after now (2025年至今 read in
    2024: it ended before it began)."""
    if detail is not None and detail.first and detail.last and detail.last < detail.first and UP_TO_NOW.search(text):
        return None
    return detail


UP_TO_NOW = re.compile(r"至今|迄今|以来|到现在|到目前")
"""A span running up to the publication (7月11日至今): its end is now, whatever year opens it."""


def _with_day_part(folded: str, hit: Hit, published: datetime | None, following: int) -> Hit | None:
    """两天前的晚上, 三天后下午: a day of ours grown over the part of the day after it, as the
    library reads the whole, on our day (the library may put the whole on another: 大年初一晚上
    in December on the last festival's evening, where 大年初一 is the coming one)."""
    detail = hit.detail
    if published is None or detail is None or detail.unit != "day" or not _DAY_PART.match(folded, hit.end):
        return None
    grown = _grown(folded, hit, [], published)
    if grown is None or grown.detail is None or not grown.detail.first or not detail.first or grown.end > following:
        return None  # 除夕晚上8时: the part is the clock time's after it
    if grown.detail.first[:10] == detail.first[:10]:
        return grown
    if not (grown.detail.last or "").startswith(grown.detail.first[:10]) or not (detail.last or "").startswith(detail.first[:10]):
        return None  # 13、14日清晨: two days, not one day's morning
    moved = _on_the_days_day(grown.detail, hit)  # 大年初一晚上 in December: the coming one's evening, as 大年初一 is
    return Hit(FactKind.DATE, grown.start, grown.end, value_of(moved, folded[grown.start : grown.end]), moved)


_DAY_PART = re.compile(r"的?(?:早上|早晨|清晨|黎明|上午|中午|下午|傍晚|晚上|晚间|夜晚|夜间|夜里|凌晨|深夜)")


_ZONE_BETWEEN = re.compile(rf"[^\S\n]*(?:{ZONE_NAMES})[^\S\n]*")
"""A time zone's name between a day and its clock time (2010-05-25 HKT 08:57, as 香港電台 dates
its stories): one moment, not a day and a time of the publication's; not across a line break
(a page's date line, then 北京时间5月20日 opening the story)."""


def _grown(folded: str, hit: Hit, before: list[Hit], published: datetime, following: int | None = None) -> Hit | None:
    """The hit grown over a following part of the day or month, or joined to the hit before it;
    not over the start of the hit after it (3月11日至13日 上午9时至下午5时: 上午 is the clock's)."""
    start, end = hit.start, hit.end
    gap = folded[before[-1].end : start] if before and before[-1].end <= start else None
    if gap is not None and is_many_days(before[-1]) and CLOCK_ONLY.fullmatch(folded, start, end):
        gap = None  # 3月11日至13日 上午9时: the days' daily hours (see date_hours), not the last day's
    if gap is not None and not _is_a_length(before[-1]) and (gap in ("", " ", "的") or _ZONE_BETWEEN.fullmatch(gap)):
        if COUNTED_RUN.fullmatch(folded, before[-1].start, before[-1].end) and not _WITH_YEAR.search(folded, start, end):
            return None  # 3周前周五: ours puts the day in that week (the library reads the week)
        if folded.startswith(("农历", "阴历"), before[-1].start) and folded[end - 1 : end] == "节":
            return None  # 农历九月九日重阳节: the day is said; the library read the two as the lunar month
        start = before[-1].start
    elif folded[start - 1 : start] == "每":
        start -= 1
    suffix = _SUFFIX.match(folded, end)
    if suffix and (following is None or suffix.end() <= following):
        end = suffix.end()
    if (start, end) == (hit.start, hit.end):
        return None
    text = folded[start:end]
    detail = _day_of_the_weekend(text, before) or _part_of_a_decade(hit, folded[hit.end : end]) \
        or time_detail(_NEAR_CLOCK.sub("约", text), published)
    if detail is None:
        return None
    if before and start == before[-1].start and not _NAMES_A_DAY.search(folded, hit.start, hit.end):
        detail = _on_the_days_day(detail, before[-1])
    return Hit(FactKind.DATE, start, end, value_of(detail, text), detail)


def _part_of_a_decade(hit: Hit, said: str) -> Detail | None:
    """本世纪30年代中期, 2030年代后期: the part of the decade ours read, its first three, middle four
    or last three years, as the library reads a past one's (it read 本世纪30年代中期 as 1933-1936)."""
    decade = _A_DECADE.fullmatch(hit.value)
    part = DECADE_PARTS.get(said.removesuffix("期").removeprefix("的"))
    if decade is None or part is None:
        return None
    year = int(decade["y"])
    return own_detail(f"{year + part[0]}/{year + part[1]}", said)


_A_DECADE = re.compile(r"(?P<y>\d{3}0)/\d{3}0")
DECADE_PARTS = {"初": (0, 3), "前": (0, 3), "中": (3, 7), "末": (7, 10), "后": (7, 10)}
"""A decade's first three, middle four or last three years (80年代初, 中期, 后期), as the library reads them."""


def _is_a_length(hit: Hit) -> bool:
    """Whether the hit is a length (为期两天的2013年度…: the date after it is one of its own)."""
    return hit.detail is not None and hit.detail.qualifier is Qualifier.DURATION


def _day_of_the_weekend(text: str, before: list[Hit]) -> Detail | None:
    """周末的星期六, 下周末的周日 (the text grown from the weekend hit before): that day of the
    weekend (the library put the Saturday on the Sunday)."""
    said = _WEEKEND_DAY.fullmatch(text)
    first = before[-1].detail.first if said and before and before[-1].detail is not None else None
    if said is None or first is None or date.fromisoformat(first[:10]).weekday() != 5:
        return None
    return own_detail(day_moved(first[:10], 0 if said["d"] == "六" else 1), text)


_WEEKEND_DAY = re.compile(r"(?:这个|本|上个?|下个?)?周末的?\s*(?:星期|周|礼拜)(?P<d>[六日天])")
_NAMES_A_DAY = re.compile(r"[日号月年节周天旬]|星期|礼拜")
"""Words of a date that name its day (今天10月31日, 端午节5月30日: the day the second names)."""


def _on_the_days_day(detail: Detail, day: Hit) -> Detail:
    """The library's reading moved to the day we read the day it starts with as (昨上午10時至
    下午1時: the library takes 昨 said short for today)."""
    own = day.detail
    if own is None or own.unit != "day" or not (own.first and detail.first) or own.first[:10] == detail.first[:10]:
        return detail
    return detail_moved(detail, (date.fromisoformat(own.first[:10]) - date.fromisoformat(detail.first[:10])).days)


def detail_moved(detail: Detail, days: int) -> Detail:
    """The same moments ``days`` later (earlier when negative)."""
    low, high, first, last = (part and day_moved(part, days) for part in (detail.low, detail.high, detail.first, detail.last))
    return replace(detail, low=low, high=high, first=first, last=last)


def _hours_on(stamp: str, hours: int) -> str:
    """An ISO 8601 moment so many hours later, written to the same grain."""
    return (datetime.fromisoformat(stamp) + timedelta(hours=hours)).isoformat()[: len(stamp)]


def day_moved(moment: str, days: int) -> str:
    """An ISO 8601 moment with its day (2025-11-29T06, …T06:00:00) moved by whole days."""
    return (date.fromisoformat(moment[:10]) + timedelta(days=days)).isoformat() + moment[10:]


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """(year, month) moved by ``delta`` months."""
    index = year * 12 + month - 1 + delta
    return index // 12, index % 12 + 1


_NEAR_CLOCK = re.compile(r"(?<=[午上晚间晨夜早])近(?=\s*[\d一二三四五六七八九十两零])")
"""近 before a clock time (下午近3时): the library reads it as 约 only (近 made it 03:00)."""


def join_ranges(folded: str, hits: list[Hit], published: datetime | None) -> list[Hit]:
    """2016年3月2日至3月9日: two dates joined by 至/到/- are one range."""

    def ranged(left: Hit, right: Hit) -> Hit | None:
        gap = folded[left.end : right.start]
        if not _JOIN.fullmatch(gap) or ("，" in gap or "," in gap) and _ends_before(left, right):
            return None  # 自12月1日起，至本月底止: two bounds that make no range
        return _range(folded, left, right, published)

    return joined_pairs(hits, ranged)


def _ends_before(left: Hit, right: Hit) -> bool:
    """Whether the right hit, as read alone, ends before the left one begins."""
    first, last = left.detail.first if left.detail else None, right.detail.last if right.detail else None
    return bool(first and last and last < first)


def whole_phrase(folded: str, hits: list[Hit], published: datetime | None) -> list[Hit] | None:
    """A short text that is one time phrase as a whole (本周六晚上八点至十点, a headline, a
    phrase given to the command line) is one date, when the library reads it whole.

    Only when the dates found cover most of it and the rest is the words of a time phrase
    (从, 至, a clock's digits): a sentence with a date in it stays a sentence with a date in
    it (5分钟之后出门, 我从今早八点至十点打游戏), and a phrase with none (三点建议, 一周一次)
    is no date.
    """
    text = folded.strip()
    if published is None or len(text) > _WHOLE_MAX or _SENTENCE_MARKS.search(text):
        return None
    if len(hits) == 1 and hits[0].end - hits[0].start == len(text):
        return None
    start = folded.index(text)
    if _A_FEAST_IN_FIGURES.fullmatch(text):
        detail = time_detail(text, published)
        return [Hit(FactKind.DATE, start, start + len(text), value_of(detail, text), detail)] if detail else None
    if not hits and (alone := _A_CLOCK_ALONE.fullmatch(text)):
        hour = int(alone["h"]) if alone["h"].isdigit() else int(parse_number(alone["h"]) or 0)
        if hour > 24:
            return None
        moment = published.replace(hour=hour % 24, minute=0, second=0, microsecond=0, tzinfo=None)
        if hour == 24:
            moment += timedelta(days=1)
        value = f"{moment:%Y-%m-%dT%H:00}"
        return [Hit(FactKind.DATE, start, start + len(text), value, own_detail(value, text))]
    if (pair := _two_days_in_a_row(folded, hits)) is not None:
        return [pair]
    covered = sum(h.end - h.start for h in hits)
    if not hits or covered < 0.7 * len(text) or not _time_words_between(folded, hits):
        return None
    whole = _read_whole(text, start, hits, published)
    return [whole] if whole else None


def _read_whole(text: str, start: int, hits: list[Hit], published: datetime) -> Hit | None:
    """The library's reading of the whole phrase, on the day its parts fall on when they all
    fall on one (``_all_on_one_day``)."""
    detail = forwards(time_detail(text, published), text)
    if detail is None or _backwards(detail):
        return None
    if len(hits) > 1 and sum(h.end - h.start for h in hits) == len(text) and _all_on_one_day(hits):
        detail = _on_the_days_day(detail, hits[0])
    return Hit(FactKind.DATE, start, start + len(text), value_of(detail, text), detail)


def _all_on_one_day(hits: list[Hit]) -> bool:
    """Whether the hits of a phrase given alone all fall on one day (除夕 + 当天, 腊月二十三 + 晚上):
    when they say all of it, it is then read on that day, as in a sentence (今年腊月二十 of
    今年腊月二十三 says only part of it); the library put 除夕当天 in January on
    next year's eve, 腊月二十三当天 thirteen months ahead, 五一当天 on the day asked."""
    days = {(h.detail.first or "")[:10] + (h.detail.last or "")[:10] if h.detail else "" for h in hits}
    (both,) = days if len(days) == 1 else ("",)
    return len(both) == 20 and both[:10] == both[10:]


def _two_days_in_a_row(folded: str, hits: list[Hit]) -> Hit | None:
    """星期六和星期日, 昨天和今天 given alone: both days, one range (the library reads the first alone);
    in a sentence they stay two dates."""
    if len(hits) != 2 or not _AND.fullmatch(folded, hits[0].end, hits[1].start):
        return None
    first, second = (h.detail.first[:10] if h.detail and h.detail.first and h.detail.unit == "day" else "" for h in hits)
    if not first or not second or date.fromisoformat(second) - date.fromisoformat(first) != timedelta(days=1):
        return None
    value = f"{first}/{date.fromisoformat(second) + timedelta(days=1)}"
    return Hit(FactKind.DATE, hits[0].start, hits[1].end, value, own_detail(value, folded[hits[0].start : hits[1].end]))


_AND = re.compile(r"\s*(?:和|与|及|、)\s*")


def _time_words_between(folded: str, hits: list[Hit]) -> bool:
    """Whether what the hits leave of the text are only words a time phrase is made of."""
    rest, at = [], 0
    for hit in hits:
        rest.append(folded[at : hit.start])
        at = hit.end
    rest.append(folded[at:])
    return all(_TIME_WORDS.fullmatch(part) for part in rest)


_A_FEAST_IN_FIGURES = re.compile(r"(?:今年|去年|明年)?(?:五一|六一|七一|八一|三八|五四)|(?:今年|去年|明年)十一")
"""五一, 六一, 今年十一 given alone (a query): the feast, as the library reads it; in a sentence they
are read only beside a word of the feast (五一假期, 十一黄金周), for 五一 and 十一 are also numbers."""
_A_CLOCK_ALONE = re.compile(r"(?!一[点點]$)(?P<h>[01]?\d|2[0-4]|[零一二两三四五六七八九十]{1,3})[点點](?:整|钟|鐘)?")
"""8点, 0点整, 十二点, 九点钟 given alone (a query, a phrase to the command line): that hour of the day it
is asked on, as the library reads it. In a sentence a bare 8点 stays none unless a date before it
names its day (上涨8点 is points, 三点建议 three suggestions); 一点 alone is "a little"."""
_WHOLE_MAX = 30
_SENTENCE_MARKS = re.compile(r"[。！？!?；;，,]")
_TIME_WORDS = re.compile(
    r"(?:\s|[今本这每从由自至到和及与、~～—－\-:：.]|[\d零〇○一二三四五六七八九十两百]|[点时分秒半刻整正钟的]"
    r"|[上下]午|晚上|早上|凌晨|中午|傍晚|深夜|夜里|左右|前后|期间|之间|[AaPp]\.?[Mm]\.?)*"
)


def _range(folded: str, left: Hit, right: Hit, published: datetime | None) -> Hit | None:
    """Two dates as one range: from our readings when both are ours (2016年至2018年, which the
    library reads alike: a test holds it), else the library's, else ours."""
    text, end = folded[left.start : right.end], folded[right.start : right.end]
    if _A_LENGTHS_CUE.search(folded, max(0, left.start - 3), left.start) and _SHORT_YEARS.fullmatch(folded, left.start, left.end):
        return None  # 为期12年至2039年: twelve years, to 2039 (it was 2012 to 2039)
    left = _in_the_ends_year(left, right, folded[left.start : left.end], end)
    week = _A_WEEK_COUNTED.match(folded, left.start, left.end) if BARE_WEEKDAY.fullmatch(end) else None
    if week is not None and right.detail is not None:
        shift = 7 * (week["w"].count("下") - week["w"].count("上"))  # 上星期四至星期天: last week's Sunday too
        right = replace(right, detail=detail_moved(right.detail, shift))
    clock_end = bool(_CLOCK_SAID.fullmatch(end))
    own = _own_range(left, right, _taken_from_left(end), roll="月" in end and not _WITH_YEAR.search(end),
                     next_day=clock_end and bool(_INTO_MORNING.match(end)), half_day=clock_end and not _PART_NAMED.search(end))
    if own is None and BARE_WEEKDAY.fullmatch(end) and right.detail is not None:
        own = _own_range(left, replace(right, detail=detail_moved(right.detail, 7)), 0)  # 周六至周一
    detail = None
    if published is not None and not (own and _read_alike(folded, left) and _read_alike(folded, right)):
        detail = time_detail(text, published)
    if (
        detail is None
        or detail.qualifier is not Qualifier.RANGE
        or _backwards(detail)
        or _halves_lost(detail, own, right, end)
        or _left_alone(detail, left) and not _BARE_CLOCK.fullmatch(end)
        or own is not None and end.endswith("年代")  # 1986年至2000年代: to 2009 (the library stopped at 2000)
        or own is not None and week is not None  # 上星期四至星期天: the library took this week's Sunday
    ):
        detail = own
    if detail is None:
        return None
    return Hit(FactKind.DATE, left.start, right.end, value_of(detail, text), detail)


_A_WEEK_COUNTED = re.compile(r"(?P<w>上上|下下|上|下)个?(?:星期|周|礼拜)[一二三四五六日天]")
_A_LENGTHS_CUE = re.compile(r"(?:为期|长达|历时|租期|期限|任期|年限|共|约)$")
_SHORT_YEARS = re.compile(r"\d{1,2}\s*年")


def _in_the_ends_year(left: Hit, right: Hit, start: str, end: str) -> Hit:
    """A range's start that names no year, before an end that does, read in the publication's
    year after that end (１０月２５号到１９５１年的６月): in the end's year, or the one before when
    its day comes later in the year; the range was split in two."""
    a, b = left.detail, right.detail
    if a is None or b is None or "月" not in start or _WITH_YEAR.search(start) or not _WITH_YEAR.search(end) or not (a.first and b.first):
        return left
    if a.first <= b.first:
        return left  # 11月1日至2027年10月31日，为期两年: the start as read comes first
    year = int(b.first[:4]) - (a.first[5:] > b.first[5:])
    if year == int(a.first[:4]):
        return left
    moved = [part and f"{year + int(part[:4]) - int(a.first[:4]):04d}{part[4:]}" for part in (a.low, a.high, a.first, a.last)]
    if not all(is_real_stamp(part) for part in moved if part):
        return left
    return replace(left, detail=replace(a, low=moved[0], high=moved[1], first=moved[2], last=moved[3]))


def _halves_lost(detail: Detail, own: Detail | None, right: Hit, end: str) -> bool:
    """Whether the library's range has lost a half's day: it starts elsewhere than the start
    read alone, or ends before an end that names its own day or month begins (今早10点到明早
    10点 ended at 10:00 that morning, 今年5月到8月 in May), or before our reading of a month
    that takes its year from the start (明年3月至6月 ended in March). A clock time alone
    (10:32-11:00) takes the start's day."""
    if own is None or right.detail is None or not (detail.first and detail.last and right.detail.first):
        return False
    borrows_year = "月" in end and not _WITH_YEAR.search(end)
    before_end = detail.last < right.detail.first or borrows_year and detail.last < (own.last or "")
    lost_end = not _BARE_CLOCK.fullmatch(end) and before_end
    lost_day = bool(_CLOCK_SAID.fullmatch(end)) and (detail.last or "")[:10] != (own.last or "")[:10]
    return detail.first != own.first or lost_end or lost_day or _other_end_day(detail, right, end)


def _left_alone(detail: Detail, left: Hit) -> bool:
    """Whether the library's range is only its start (2035年到本世纪中叶 was 2035 alone)."""
    return bool(left.detail and left.detail.last and detail.last and detail.last <= left.detail.last)


def _other_end_day(detail: Detail, right: Hit, end: str) -> bool:
    """Whether the library ends a range on another day of the year than the end names (it reads
    七月一日到七月廿一日 as ending on the lunar 七月廿一, in September); a year rolled over
    (12月30日至1月5日) keeps the day."""
    own = right.detail
    if own is None or own.unit != "day" or "月" not in end or not ("日" in end or "号" in end):
        return False
    return (detail.last or "")[5:10] != (own.last or "")[5:10]


def forwards(detail: Detail | None, text: str) -> Detail | None:
    """下午两点到三点, 晚上十点到凌晨两点: a range of clock times the library ends before it
    starts (at 3:00 in the morning, at 2:00 that day) runs on into the afternoon, or into
    the next morning when it says so (10点至凌晨2点) or cannot end that day."""
    if detail is None or not _backwards(detail) or detail.qualifier is not Qualifier.RANGE:
        return detail
    first, last = datetime.fromisoformat(detail.first or ""), datetime.fromisoformat(detail.last or "")
    if last.date() != first.date():
        return detail
    half_day = timedelta(hours=12)
    afternoon = last.hour < 12 and last + half_day >= first and not _TO_MORNING.search(text)
    moved = last + half_day if afternoon else last + 2 * half_day
    high = grain_bounds(moved, moved, detail.unit or "second")[0]
    return replace(detail, high=high, last=moved.isoformat())


def _backwards(detail: Detail) -> bool:
    """上午11时至深夜3时: the library ends such a range before it starts."""
    return bool(detail.first and detail.last and detail.last < detail.first)


_PART_NAMED = re.compile(r"上午|下午|中午|晚|凌晨|清晨|早|夜|午")
_INTO_MORNING = re.compile(r"凌晨|早上|早晨|清晨|上午")
"""A clock range's end said in the morning (晚上10点到凌晨1点): before its start, the next day's."""
_TO_MORNING = re.compile(r"(?:至|到|-|~|～|—|－)\s*(?:次日|翌日)?(?:凌晨|早上|早晨|清晨|上午)")
_WITH_YEAR = re.compile(r"年|\d{4}|世纪")
"""A date that names its year (2026年, 2026.11.02) or its century: the range's end keeps it."""
_BARE_CLOCK = re.compile(r"(?:上午|下午|晚上|凌晨|早上|中午|傍晚|深夜)?\s*[\d零一二三四五六七八九十两:：点时分秒半刻整正 \u00a0]+")
_CLOCK_SAID = re.compile(rf"(?:{_BARE_CLOCK.pattern})(?:许|左右|前后|期间|之间)?")
"""A range's end that is a clock time alone, maybe with a word after it (至下午1时期间)."""
_DAY_ALONE = re.compile(rf"\d{{1,2}}[日号](?:{_BARE_CLOCK.pattern}|上午|下午|中午|晚上?|凌晨|清晨|早上|傍晚|深夜)?")
"""A range's end that names only its day, maybe at an hour or a part of it (至13日, 至13日下午5时,
至4日凌晨)."""
BARE_WEEKDAY = re.compile(r"(?:星期|周|礼拜)[一二三四五六日天]")


def _taken_from_left(right: str) -> int:
    """How much of its value a range's end takes from its start: the year and month for a day
    alone (1月3日至17日), the year where it names none (3月2日至4月9日), else nothing; a clock
time alone takes the whole day (8月1日上午10時至下午1時期間: the library and our reading of
下午1時期間 alone put it on the publication's day)."""
    if _CLOCK_SAID.fullmatch(right):
        return len("2021-01-01")
    if _DAY_ALONE.fullmatch(right):
        return len("2021-01")
    return 0 if _WITH_YEAR.search(right) else len("2021")


def _read_alike(folded: str, hit: Hit) -> bool:
    """Whether our reading of the hit is the library's: a plain date, or one of ``_READ_ALIKE``."""
    text = folded[hit.start : hit.end]
    return bool(_PLAIN.fullmatch(text) or _READ_ALIKE.fullmatch(text))


def _own_range(left: Hit, right: Hit, taken: int, roll: bool = False, next_day: bool = False,
               half_day: bool = False) -> Detail | None:
    """From the left's first moment to the right's last; the right takes the first ``taken``
    characters of its value (its year, or year and month) from the left's, and with ``roll``
    the next year's when it would end before it starts, with ``next_day`` the next day's, with
    ``half_day`` (a bare clock time) twelve hours on, or a day (下午1:30-3:30 ends at 15:30,
    晚上10:00-01:00 the next day); a day alone that would end it before it starts is in the
    next month (5月31日晚至1日凌晨, 1月28日至2月2日 said 1月28日至2日)."""
    a, b = left.detail, right.detail
    if a is None or b is None or not (a.first and b.last and a.low and b.high):
        return None
    high, last = b.high, b.last
    if taken and a.low[:taken] != high[:taken]:
        high, last = a.low[:taken] + high[taken:], a.low[:taken] + last[taken:]
        if not is_real_stamp(last):
            return None  # 2月1日至30日: no such day in the left's month
    if last < a.first and roll:
        high, last = _next_year(high), _next_year(last)  # 12月30日至1月3日 runs into the new year
    if last < a.first and taken == len("2021-01"):
        high, last = _next_month(high), _next_month(last)
    if last < a.first and next_day:
        high, last = day_moved(high, 1), day_moved(last, 1)  # 晚上10点到凌晨1点 runs into the next day
    if last < a.first and half_day:  # 下午1:30-3:30 ends at 15:30, 晚上10:00-01:00 the next day
        shift = 12 if _hours_on(last, 12) >= a.first else 24
        high, last = _hours_on(high, shift), _hours_on(last, shift)
    if last < a.first or not is_real_stamp(last):
        return None
    return Detail(Qualifier.RANGE, a.low, high, a.unit, a.first, last)


def _next_year(stamp: str) -> str:
    return f"{int(stamp[:4]) + 1:04d}{stamp[4:]}"


def _next_month(stamp: str) -> str:
    """The same day and time a month on (2024-12-01T05 → 2025-01-01T05); a day the next month
    has not is left for ``is_real_stamp`` to refuse."""
    year, month = int(stamp[:4]), int(stamp[5:7])
    year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return f"{year:04d}-{month:02d}{stamp[7:]}"


def is_real_stamp(stamp: str) -> bool:
    """Whether an ISO stamp names a moment that exists (not 2021-02-30T23:59:59); a year or a
    month alone (2021, 2021-02) is read as its first day."""
    try:
        datetime.fromisoformat(stamp + _FIRST_DAY.get(len(stamp), ""))
    except ValueError:
        return False
    return True


_FIRST_DAY = {4: "-01-01", 7: "-01"}


@lru_cache(maxsize=4096)
def own_detail(value: str, text: str) -> Detail | None:
    """The Detail of one of our values: 2022-07, 2019/2022, 2013-W07, 2022-07-25T23:46.

    Cached: an article says 今天 or 2022年 many times, and each mention shares one Detail
    (99,000 mentions of one phrase held 99,000 copies, 40 MB, before).
    """
    if value.startswith("P"):
        low, _, high = value.partition("/")  # 3至5天: P3D/P5D, a length from the one to the other
        return Detail(Qualifier.DURATION, low if high else None, high or None, duration=value)  # 历时12年: a length the library misreads
    if value.startswith("../") or value.endswith("/.."):
        return _open_detail(value)
    if "/" in value:
        low, _, end = value.partition("/")
        start, grain = _parse(low)
        stop, _ = _parse(end)
        if start is None or stop is None:
            return None
        last = stop - timedelta(seconds=1)
        qualifier = Qualifier.RANGE if _RANGE_MARKS.search(text) else Qualifier.PERIOD
        if qualifier is Qualifier.PERIOD and (_MORE_THAN_SAID.search(text) or "左右" in text):
            qualifier = Qualifier.APPROXIMATE  # 十多年来: since about 2014, not since 1 January
        return Detail(qualifier, *grain_bounds(start, last, grain), grain, *_stamps(start, last))
    week = _WEEK.fullmatch(value)
    if week:
        monday = datetime.fromisocalendar(int(week[1]), int(week[2]), 1)
        last = monday + timedelta(days=7, seconds=-1)
        return Detail(Qualifier.EXACT, value, value, "week", *_stamps(monday, last))
    start, grain = _parse(value)
    if start is None:
        return None
    if grain == "minute" and start.minute == 0 and not _MINUTES_WRITTEN.search(text) and not DAY_END.search(text):
        grain = "hour"  # 明早八点 is the hour from 8 to 9, as jionlp and Duckling read 八点
    last = _next(start, grain) - timedelta(seconds=1)
    about = "约" in text or _MORE_THAN_SAID.search(text) or _FEW_SAID.search(text)
    qualifier = Qualifier.APPROXIMATE if about else Qualifier.EXACT  # 昨晚约8时半, 10多日前, 几天后
    return Detail(qualifier, value, value, grain, *_stamps(start, last))


def value_of(detail: Detail, text: str) -> str:
    """A short ISO 8601 value for a Detail read by the library: end exclusive, open ends ``..``."""
    if detail.qualifier is Qualifier.DURATION:
        return detail.duration or text
    if detail.qualifier is Qualifier.RECURRING:
        return text
    if detail.qualifier is Qualifier.MORE_THAN:
        return f"{detail.low}/.."
    if detail.qualifier is Qualifier.LESS_THAN:
        return f"../{detail.high}"
    if detail.low == detail.high and detail.low is not None:
        return detail.low
    if detail.last is None or detail.low is None:
        return text
    last = datetime.fromisoformat(detail.last)
    end = last + timedelta(seconds=1)
    grain = grain_of(datetime.fromisoformat(detail.first or detail.last), last)
    return f"{detail.low}/{grain_bounds(end, end, grain)[0]}"


def _stamps(first: datetime, last: datetime) -> tuple[str, str]:
    return first.isoformat(), last.isoformat()


def _open_detail(value: str) -> Detail | None:
    """One end open: ``../2008-12-31`` (四九年之前: up to the last day before it) or
    ``2030-01-01/..`` (2030年以后: from its first day on)."""
    if value.endswith("/.."):
        start, grain = _parse(value[:-3])
        return None if start is None else Detail(Qualifier.MORE_THAN, value[:-3], None, grain, start.isoformat(), None)
    stop, grain = _parse(value[3:])
    if stop is None:
        return None
    last = _next(stop, grain) - timedelta(seconds=1)
    return Detail(Qualifier.LESS_THAN, None, value[3:], grain, None, last.isoformat())


def _parse(value: str) -> tuple[datetime | None, str]:
    """An ISO 8601 date or time of ours and its grain."""
    for fmt, grain in _FORMATS:
        try:
            return datetime.strptime(value, fmt), grain
        except ValueError:
            continue
    return None, ""


def _next(start: datetime, grain: str) -> datetime:
    """The start of the next unit of ``grain``."""
    if grain == "year":
        return start.replace(year=start.year + 1)
    if grain == "month":
        y, m = divmod(start.month, 12)
        return start.replace(year=start.year + y, month=m + 1)
    steps = {"day": timedelta(days=1), "hour": timedelta(hours=1), "second": timedelta(seconds=1)}
    step = steps.get(grain, timedelta(minutes=1))
    return start + step
