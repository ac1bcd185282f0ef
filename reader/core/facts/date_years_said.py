"""Years and months said by the one named before them: 同年10月, 次年初, 翌年, 当月22日, 这年10月.

A biography or a story's background names a year once and then counts on from it: "2019年
5月入职。同年10月离职", "1998年毕业，次年赴美". Read alone, 同年10月 was no date and 次年初
was 年初 of the publication's year, a wrong date shown with confidence. Such a phrase is
the year (or month) of the last one the text named before it, or the one after (次年,
翌年, 次月); with none before it, the publication's, as the library reads them alone. Said
with nothing after it, 同年 or 次年 is a date only where a year came before it (他们同年入学
is "in the same year as each other", 首年免年费，次年可免 the year after a card's first), and
当年 never is ("back then").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from datetime import datetime

from .date_values import own_detail
from .model import FactKind, Hit

__all__ = ["said_by_the_one_before"]

Reread = Callable[[str, datetime | None], list[Hit]]
"""``find_dates``, passed in: this module is a step of it."""

_WORD = re.compile(
    r"(?<![不相共协等如大带偕陪连])(?<!(?<!配)合)同(?P<same>年|月)(?![龄级代纪度轻幼少])"
    r"|(?:这|该)(?P<this_one>年)(?![龄级代纪度轻幼少头])"
    r"|那(?P<that2>年)(?![龄级代纪度轻幼少头])"
    r"|(?<![相担充适应正理每])当(?P<that>年|月)(?![龄级代纪度轻会])"
    r"|(?<![第本此这那每首上下该其某几多数层依渐屡档班一二两三四五六七八九十\d])次(?P<next>年|月)(?![龄级代纪度会])"
    r"|翌(?P<next2>年|月)(?![度])"
    r"|(?:^|(?<=[，,。；;：:\n]))是(?P<this>年)(?![龄级代纪度轻底初])"
)
"""同年, 当年, 次年, 翌年 and 是年 (and their months), 这年, 该年 and 那年 (as 同年, and 那年 alone as
当年), not inside other words (这年头, 这年轻人, 该年度): 不同年龄, 相当年轻,
带同年幼子女, 连同月亮, 合同年限 (配合同年 is 同年), 第十次年会, 次年度 (a fiscal year), 要是年底."""
_REACH = 24
"""How far after the word its phrase may run (次年3月5日上午10时)."""


def said_by_the_one_before(folded: str, hits: list[Hit], published: datetime | None, reread: Reread) -> list[Hit]:
    """The hits with each 同年-like phrase of the text read as the year or month it names."""
    if not _WORD.search(folded):
        return hits
    found = sorted(hits, key=lambda h: h.start)  # they do not overlap, so their ends are in order too
    starts, ends = [h.start for h in found], [h.end for h in found]
    read_before: dict[str, list[Hit]] = {}  # a probe read once: a long text may say 同年10月 many times
    reread = _remembered(reread, read_before)
    for match in _WORD.finditer(folded):
        k = bisect_right(starts, match.start())
        holder = found[k - 1] if k else None
        if holder is not None and (holder.start < match.start() < holder.end
                                   or holder.start <= match.start() and match.end() < holder.end):
            continue  # inside a phrase already read whole
        done = bisect_right(ends, match.start())  # the hits that end before the word
        hit = _read(folded, match, (found[i] for i in range(done - 1, -1, -1)), published, reread)
        if hit is None:
            continue
        low, high = bisect_right(ends, hit.start), bisect_left(starts, hit.end)
        found[low:high], starts[low:high], ends[low:high] = [hit], [hit.start], [hit.end]
    return found


def _remembered(reread: Reread, read_before: dict[str, list[Hit]]) -> Reread:
    """``reread`` with each text read once."""
    def read(text: str, published: datetime | None) -> list[Hit]:
        if text not in read_before:
            read_before[text] = reread(text, published)
        return read_before[text]
    return read


def _read(folded: str, match: re.Match[str], before: Iterable[Hit], published: datetime | None,
          reread: Reread) -> Hit | None:
    """The phrase from the word on, read with the year (and month) it names written out."""
    month_word = match.group().endswith("月")
    anchor = _last_named(folded, before, _SAYS_MONTH if month_word else _SAYS_YEAR, 7 if month_word else 4)
    said = anchor is not None
    if anchor is None and (match["that2"] or match["this_one"] or match["that"] == "年"):
        return None  # 那年10月, 这年一月, 当年12月 with no year before it: some year told of, not the publication's
    if anchor is None and published is not None:
        anchor = (published.year, published.month)
    if anchor is None:
        return None
    year, month = anchor
    step = 1 if match["next"] or match["next2"] else 0
    if month_word:
        year, month = year + (month - 1 + step) // 12, (month - 1 + step) % 12 + 1
        prefix = f"{year}年{month}月"
    else:
        year, prefix = year + step, f"{year + step}年"
    if not _RUNS_ON.match(folded, match.end()):  # 次年，他回国: the year alone, no need to read on
        if match["that"] or match["that2"] or not said:
            return None
        value = f"{year:04d}-{month:02d}" if month_word else f"{year:04d}"
        return Hit(FactKind.DATE, match.start(), match.end(), value, own_detail(value, match.group()))
    tail = folded[match.end() : match.end() + _REACH].split("\n", 1)[0]
    probe = prefix + tail
    whole = next((h for h in reread(probe, published) if h.start == 0), None)
    if whole is None or whole.end < len(prefix):
        return None
    runs_on = whole.end > len(prefix)
    if not runs_on and (match["that"] or match["that2"] or not said):
        return None  # 当年 alone is "back then"; 同年 or 次年 alone with no year before it is another
        # thing's year (他们同年入学, 办卡首年免年费，次年可免)
    end = match.end() + whole.end - len(prefix)
    return Hit(FactKind.DATE, match.start(), end, whole.value, whole.detail)


_RUNS_ON = re.compile(r"\s*(?:的\s*)?[\d一二三四五六七八九十两廿卅初底末中上下前后春夏秋冬年月正腊元]")
"""What may run a phrase on after the word: a month or day, 初, 底, a season, a half, a quarter."""
_SAYS_YEAR = re.compile(r"年|\d{4}")
_SAYS_MONTH = re.compile(r"月|\d{4}\s*[-/.]\s*\d")


def _last_named(folded: str, before: Iterable[Hit], says: re.Pattern[str], grain: int) -> tuple[int, int] | None:
    """The year and month of the last hit that says a year (or a month) and lies within one
    (2019年5月, 去年, 1998年; a bare 3点 says none): ``grain`` is how much of the ISO value
    must agree, 4 for a year, 7 for a month. ``before`` runs back from the word."""
    for hit in before:
        detail = hit.detail
        if detail is None or not detail.first or not detail.last or detail.first[:grain] != detail.last[:grain]:
            continue
        if says.search(folded, hit.start, hit.end):
            return int(detail.first[:4]), int(detail.first[5:7])
    return None
