"""jionlp's time and money parsers, read into our Detail, quietly and lazily.

jionlp (Apache-2.0) parses relative and fuzzy time phrases (下下周三, 前三季度,
上世纪90年代) and money phrases (数十亿元, 超1000万美元) better than rules of our
own (see the README's figures), so the facts pass asks it for the value of a span
its own rules found. Importing it costs ~1.6 s and prints a banner on stdout, and
it logs tracebacks on the root logger for phrases it cannot read: the import
happens on the first call only (after the first paint, or in the helper
process), with stdout held back, and its logging is switched off around calls.
"""

from __future__ import annotations

import contextlib
import io
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

from .model import Detail, Qualifier
from .numerals import DIGIT_VALUES, format_decimal

__all__ = ["ZONE_NAMES", "grain_bounds", "money_detail", "time_detail"]

_RANGE_MARKS = ("至", "到", "-", "~", "～", "—", "－")
_STAMP = "%Y-%m-%d %H:%M:%S"
_DELTA_UNITS = (("year", "Y"), ("month", "M"), ("day", "D"))
_DELTA_TIME_UNITS = (("hour", "H"), ("minute", "M"), ("second", "S"))
_BLUR_QUALIFIER = {"blur+": Qualifier.MORE_THAN, "blur-": Qualifier.LESS_THAN}


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """No banner on stdout and no traceback on stderr from jionlp."""
    import logging  # here, not at import: the facts package loads nothing it does not need yet

    logging.disable(logging.CRITICAL)
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            yield
    finally:
        logging.disable(logging.NOTSET)


@lru_cache(maxsize=1)
def _jionlp() -> Any:
    """The jionlp module, imported once; None if it is not installed."""
    with _quiet(), _without_requests():
        try:
            import jionlp
        except ImportError:
            return None
    return jionlp


@contextlib.contextmanager
def _without_requests() -> Iterator[None]:
    """jionlp imported without ``requests``: Reader never uses the network.

    jionlp's package imports its back-translation helper, which imports ``requests`` and so
    ``urllib3``, whose IPv6 check creates and binds a socket at import: enough to break "no
    socket, ever". An empty stand-in module answers that import while jionlp loads (its
    back-translation is never called) and is taken out again, so any later import finds
    the real one.
    """
    import sys
    import types

    if "requests" in sys.modules:
        yield
        return
    stand_in = types.ModuleType("requests", "A stand-in: Reader makes no network requests.")
    sys.modules["requests"] = stand_in
    try:
        yield
    finally:
        if sys.modules.get("requests") is stand_in:
            del sys.modules["requests"]


def time_detail(text: str, reference: datetime) -> Detail | None:
    """jionlp's reading of a time phrase at ``reference``, or None if it has none.

    Spaces around digits go (Taiwanese and Hong Kong pages write 2024 年底, 3 月): jionlp
    reads 2024 年底 as the whole year, and 11点 半 as 11点. Words it does not know are said in the words it does
    (see ``_SAID_IN_FULL``)."""
    text = _SPACED_DIGITS.sub("", _ZONES.sub(" ", text))
    text = _ABOUT_SO_LONG.sub(r"\g<n>", text)
    text = _ONE_OR_THE_NEXT.sub(_the_next, text)
    text = _MIDNIGHTS_TWELVE.sub(r"\g<part>0", text)
    text = _SHORT_WORDS.sub(lambda m: _SAID_IN_FULL[m.group()], text)
    said, text = text, _ABOUT_AN_HOUR.sub(r"\1许", text)
    detail = _time_detail(text, reference.replace(second=0, microsecond=0, tzinfo=None))
    if detail is not None and said != text and detail.qualifier is Qualifier.EXACT:
        detail = replace(detail, qualifier=Qualifier.APPROXIMATE)  # 昨晚约8时半: jionlp's 半许 is exact
    return detail


_ABOUT_SO_LONG = re.compile(r"^(?:大约|约|将近|接近|近)?(?P<n>[\d一二两三四五六七八九十]{1,3}(?:个多?(?:月|小时|钟头|星期|礼拜)|多?小时|分钟))(?:左右)?$")
"""约3个小时, 将近3个月, 7个小时左右: the length alone, which the library reads (with the words
around it, nothing)."""
_ONE_OR_THE_NEXT = re.compile(
    r"(?<![一二两三四五六七八九十])(?P<a>[一两三四五六七八])(?P<b>[两三四五六七八九])(?=个?(?:月|天|小时|钟头|星期|礼拜|周|分钟)(?![前后以之]))"
)
"""一两个月, 两三天, 三四个小时: a length of one or the next, said as the next (the library added
them: 一两个月 was three months); not years (五六年 may be 1956) nor a time counted from now
(两三个月后, which says no one date)."""


def _the_next(match: re.Match[str]) -> str:
    """The second of two digits in a row (一两 → 两), where it is the next of the first."""
    return match["b"] if DIGIT_VALUES[match["b"]] == DIGIT_VALUES[match["a"]] + 1 else match.group()


_MIDNIGHTS_TWELVE = re.compile(r"(?P<part>凌晨)\s*(?:12|十二)(?=\s*[点时])")
"""凌晨12点50分 is ten to one in the night, as 凌晨0点50分 says (the library read noon)."""
_ABOUT_AN_HOUR = re.compile(r"(?<=[午上晚间晨夜])约\s*([\d零一二三四五六七八九十两]{1,3}\s*[点时](?:[\d零一二三四五六七八九十]{1,3}分?|半)?)")
"""下午约3时 (as Hong Kong's papers write it), said as 下午3时许: jionlp reads 约 there as the
morning's 3 o'clock."""


_SPACED_DIGITS = re.compile(
    r"(?<=\d)\s+(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])\s+(?=\d)"
    r"|(?<=[点时])[ \u00a0]+(?=[半零一二三四五六七八九十两])|(?<=[零一二三四五六七八九十两])[ \u00a0]+(?=[点时分秒])"
)
"""Spaces jionlp would stop at: round digits (2024 年底), and inside a clock in words (十一点 三十分)."""
ZONE_NAMES = "HKT|香港时间|北京时间|台北时间|台湾时间"
"""Names of the time zone a date line may give between its day and its clock time."""
_ZONES = re.compile(rf"\s*(?:{ZONE_NAMES})\s*(?=\d)")
"""A zone's name before a clock time, which the library cannot read past (2010-05-25 HKT 08:57)."""
_SAID_IN_FULL = {
    "今晚": "今天晚上", "昨晚": "昨天晚上", "明晚": "明天晚上", "前晚": "前天晚上",
    "今早": "今天早上", "明早": "明天早上", "今晨": "今天早晨", "明晨": "明天早晨", "昨早": "昨天早上", "昨晨": "昨天早晨",
    "今夜": "今天夜里", "昨夜": "昨天夜里",
    "寻日": "昨天", "琴日": "昨天", "听日": "明天", "听朝": "明天早上", "琴晚": "昨天晚上",
    "寻晚": "昨天晚上", "听晚": "明天晚上", "今朝": "今天早上", "今午": "今天下午", "昨午": "昨天下午", "明午": "明天下午", "朝早": "早上", "晏昼": "下午", "下昼": "下午",
    "夜晚": "晚上", "晚间": "晚上", "即日": "今日", "今明两日": "今明两天", "今明年": "今明两年", "下年": "明年", "点正": "点", "点整": "点", "时正": "时", "时整": "时",
}
"""Short and Cantonese words for a day's part, in the words jionlp reads: it reads 今晚 as the
whole day, 明早 and 昨夜 not at all (or 明早八点 as today's), no Cantonese (寻日, 听晚, 朝早), and
not a notice's 即日 (即日起至11月9日 was 9 November alone), nor Hong Kong's 下年 (下年初 was this
year's start)."""
_SHORT_WORDS = re.compile("(?:" + "|".join(sorted(_SAID_IN_FULL, key=len, reverse=True)) + ")(?![上里])")


@lru_cache(maxsize=4096)
def _time_detail(text: str, reference: datetime) -> Detail | None:
    jio = _jionlp()
    if jio is None:
        return None
    base = {
        "year": reference.year,
        "month": reference.month,
        "day": reference.day,
        "hour": reference.hour,
        "minute": reference.minute,
        "second": 0,
    }
    with _quiet():
        try:
            parsed = jio.parse_time(text, time_base=base)
        except Exception:  # jionlp raises ValueError and others on phrases it cannot read
            return None
    try:
        return _time_from(text, parsed)
    except ValueError:  # a year before 1000 (111年7月25日, Taiwan's 民國 count) is no stamp
        return None


def _time_from(text: str, parsed: dict[str, Any]) -> Detail | None:
    """Our Detail from jionlp's {'type', 'definition', 'time'}."""
    kind, times = parsed.get("type"), parsed.get("time")
    if kind == "time_delta":
        return _duration(times, parsed.get("definition"))
    if kind == "time_period":
        return Detail(Qualifier.RECURRING)
    if not isinstance(times, list) or len(times) != 2:
        return None
    first, last = times
    if last == "inf" or first == "-inf":
        return _open_ended(first if last == "inf" else last, more=last == "inf")
    detail = _interval(first, last)
    qualifier = _time_qualifier(text, kind, parsed.get("definition"))
    if detail.low == detail.high and qualifier is Qualifier.PERIOD:
        qualifier = Qualifier.EXACT  # 去年12月: one whole month
    return Detail(qualifier, *_fields(detail))


def _open_ended(stamp: str, more: bool) -> Detail:
    """今年以来: from a moment on (or up to one), the other end open."""
    moment = datetime.strptime(stamp, _STAMP)
    grain = "day" if moment.time().isoformat() == "00:00:00" else "minute"
    bound = _at_grain(moment, grain)
    if more:
        return Detail(Qualifier.MORE_THAN, bound, None, grain, moment.isoformat(), None)
    return Detail(Qualifier.LESS_THAN, None, bound, grain, None, moment.isoformat())


def _fields(detail: Detail) -> tuple[str | None, ...]:
    return detail.low, detail.high, detail.unit, detail.first, detail.last


def _time_qualifier(text: str, kind: str | None, definition: str | None) -> Qualifier:
    if kind == "time_span":
        return Qualifier.RANGE if any(m in text for m in _RANGE_MARKS) else Qualifier.PERIOD
    return Qualifier.APPROXIMATE if definition == "blur" else Qualifier.EXACT


def _interval(first: str, last: str) -> Detail:
    """Bounds at the coarsest grain both ends sit on (a day, a month, a year…)."""
    a = datetime.strptime(first, _STAMP)
    b = datetime.strptime(last, _STAMP)
    grain = grain_of(a, b)
    return Detail(
        Qualifier.EXACT,
        _at_grain(a, grain),
        _at_grain(b, grain),
        grain,
        a.isoformat(),
        b.isoformat(),
    )


def grain_of(a: datetime, b: datetime) -> str:
    """The coarsest grain at which [a, b] (both inclusive, to the second) is whole."""
    nxt = b + timedelta(seconds=1)
    if a.time().isoformat() != "00:00:00" or nxt.time().isoformat() != "00:00:00":
        if a.second == 0 and nxt.second == 0:
            return "hour" if a.minute == 0 and nxt.minute == 0 else "minute"
        return "second"
    if a.day == 1 and nxt.day == 1:
        return "year" if a.month == 1 and nxt.month == 1 else "month"
    return "day"


def grain_bounds(low: datetime, high: datetime, grain: str) -> tuple[str, str]:
    """ISO 8601 of both ends at ``grain``."""
    return _at_grain(low, grain), _at_grain(high, grain)


def _at_grain(moment: datetime, grain: str) -> str:
    formats = {
        "year": "%Y",
        "month": "%Y-%m",
        "day": "%Y-%m-%d",
        "hour": "%Y-%m-%dT%H:00",
        "minute": "%Y-%m-%dT%H:%M",
    }
    return f"{moment.year:04d}" + moment.strftime(formats.get(grain, "%Y-%m-%dT%H:%M:%S")[2:])  # %Y pads no year below 1000


def _duration(times: Any, definition: str | None) -> Detail | None:
    """ISO 8601 durations from jionlp's {'day': 3.0} (or a pair of them for 3到5天)."""
    if isinstance(times, dict):
        text = _iso_duration(times)
        return None if text is None else Detail(Qualifier.DURATION, duration=text)
    if isinstance(times, list) and len(times) == 2:
        low, high = (_iso_duration(t) for t in times)
        return Detail(Qualifier.DURATION, low, high, duration=low)
    return None


def _iso_duration(parts: dict[str, float]) -> str | None:
    def num(value: float) -> str:
        return format_decimal(Decimal(str(value)))

    date = "".join(f"{num(parts[k])}{c}" for k, c in _DELTA_UNITS if parts.get(k))
    time = "".join(f"{num(parts[k])}{c}" for k, c in _DELTA_TIME_UNITS if parts.get(k))
    if not date and not time:
        return None
    return "P" + date + (f"T{time}" if time else "")


@lru_cache(maxsize=4096)
def money_detail(text: str, currencies: tuple[tuple[str, str], ...]) -> Detail | None:
    """jionlp's reading of a money phrase, its currency named by ``currencies`` (word → code)."""
    jio = _jionlp()
    if jio is None:
        return None
    with _quiet():
        try:
            parsed = jio.parse_money(text)
        except Exception:  # jionlp raises on phrases it cannot read
            return None
    code = dict(currencies).get(parsed.get("case", ""))
    num = parsed.get("num")
    if code is None or num is None:
        return None
    return _money_from(text, num, parsed.get("definition", "accurate"), code)


def _money_from(text: str, num: Any, definition: str, code: str) -> Detail | None:
    try:
        values = [format_decimal(Decimal(n)) for n in (num if isinstance(num, list) else [num])]
    except (InvalidOperation, TypeError):
        return None
    if len(values) == 2:
        ranged = any(m in text for m in _RANGE_MARKS)
        qualifier = Qualifier.RANGE if ranged else Qualifier.APPROXIMATE
        return Detail(qualifier, values[0], values[1], code)
    value = values[0]
    if definition in _BLUR_QUALIFIER:
        more = definition == "blur+"
        return Detail(_BLUR_QUALIFIER[definition], value if more else None,
                      None if more else value, code)
    qualifier = Qualifier.APPROXIMATE if definition == "blur" else Qualifier.EXACT
    return Detail(qualifier, value, value, code)
