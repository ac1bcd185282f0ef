"""Reads article metadata out of single lines: dates, meta lines, titles, credits, editors.

Patterns are the conventions of Chinese news pages in general (来源:, 编辑:, 作者,
…供图, …摄, a series name in brackets before a title), not of one outlet.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from typing import NamedTuple
from urllib.parse import urlsplit

__all__ = [
    "CHINA_TZ",
    "SHOWN_FROM_UTC",
    "as_written",
    "Caption",
    "MetaLine",
    "parse_attribution",
    "parse_byline",
    "parse_caption",
    "parse_datetime",
    "parse_editor",
    "parse_meta_line",
    "parse_published",
    "shown_meta_line",
    "split_column",
    "split_url",
]

CHINA_TZ = timezone(timedelta(hours=8))
"""Mainland, Hong Kong, Macau and Taiwan outlets all publish in UTC+08:00."""
SHOWN_FROM_UTC = timezone(timedelta(hours=8), "UTC+08:00, written in UTC")
"""UTC+08:00 for a time the page wrote in UTC: equal to ``CHINA_TZ`` in every sum, but named
apart, so a page that is not in Chinese can give it back in UTC (see ``as_written``)."""

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = "(?i:" + "|".join(_MONTHS) + ")"
_TAIL = (
    r"(?:\s*(?:[(（]?(?:星期|週|周|礼拜|禮拜)[一二三四五六日天][)）]?|HKT|CST))?"
    r"(?:[\sT]*(?:-\s+)?(?P<ap>上午|下午|早上|晚上|中午|凌晨|[AaPp]\.?[Mm]\.?)?\s*"
    r"(?P<H>\d{1,2})\s*[:：时時]\s*(?P<M>\d{2})(?:\s*[:：分]\s*(?P<S>\d{2}))?"
    r"(?:\s*(?P<ap2>[AaPp]\.?[Mm]\.?)(?![A-Za-z]))?)?"
)
"""What may follow a date: a weekday, a zone, a time (上午/下午, AM/PM)."""
_DATE = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*(?:年|[-/.])\s*(?P<m>\d{1,2})\s*(?:月|[-/.])\s*(?P<d>\d{1,2})\s*日?" + _TAIL
)
"""A date written year first, as Chinese pages mostly do: the one every text is searched for."""
_OTHER_DATES = (  # compiled on first use (by re); each only searched when its sign is in the text
    ("民", r"(?:民國|民国)\s*(?P<ry>\d{2,3})\s*(?:年|[-/.])\s*(?P<rm>\d{1,2})\s*(?:月|[-/.])\s*(?P<rd>\d{1,2})\s*日?"),
    ("年", r"(?P<ry2>1[01]\d)\s*年\s*(?P<rm2>\d{1,2})\s*月\s*(?P<rd2>\d{1,2})\s*日"),
    ("/", r"(?P<ry3>1[01]\d)/(?P<rm3>\d{1,2})/(?P<rd3>\d{1,2})(?![\d/.])"),
    ("-", r"(?P<ry4>1[01]\d)-(?P<rm4>\d{1,2})-(?P<rd4>\d{1,2})(?![\d/.-])"),
    ("年", r"(?P<cy>[〇○零一二三四五六七八九]{4})\s*年\s*(?P<cm>十[一二]?|[一二三四五六七八九])\s*月\s*"
           r"(?P<cd>[二三]?十[一二三四五六七八九]?|廿[一二三四五六七八九]?|[一二三四五六七八九])\s*[日号號]"),
    ("/", r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y2>(?:19|20)\d{2})(?![\d/.])"),
    (".", r"(?P<a>\d{1,2})\.(?P<b>\d{1,2})\.(?P<y2>(?:19|20)\d{2})(?![\d/.])"),
    ("-", r"(?P<a>\d{1,2})-(?P<b>\d{1,2})-(?P<y2>(?:19|20)\d{2})(?![\d/.-])"),
    ("a", r"(?P<mon>" + _MONTH + r")[a-z]*\.?\s+(?P<md>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<my>(?:19|20)\d{2})"),
    ("a", r"(?P<dm>\d{1,2})\s+(?P<mon2>" + _MONTH + r")[a-z]*\.?,?\s+(?P<my2>(?:19|20)\d{2})"),
    ("月", r"(?P<hm>十[一二]?|[一二三四五六七八九])月\s*(?P<hd>\d{1,2})(?:st|nd|rd|th)?,\s*(?P<hy>(?:19|20)\d{2})(?![\d年])"),
)
"""Other ways pages write a date: a 民國 year, one in Chinese numerals (二〇二四年五月一日, as
official pages and some Taiwanese outlets date a story), day and month with slashes, dots or hyphens, an English
month's name ("a": searched when the text names a month), or a Chinese month's name in the
English order a blog template writes ("十一月 6th, 2009": an English date format with translated
month names). Each starts with its first character
(a leading look-behind would make ``re`` try it at every place): what stands before is checked
after, and the time after it is read by ``_TAIL`` alone (compiling it into each costs)."""
_WIDE = str.maketrans("０１２３４５６７８９－／．：", "0123456789-/.:")
"""Full-width digits and date marks, as some pages write a date ("２０２４－０５－０１")."""
_WIDE_DIGIT = re.compile(r"[０-９]")
_LETTER = re.compile(r"[A-Za-z]")
"""A cheap look for a Latin letter first: searching for a month's name ignoring case is slow."""
_YEAR = re.compile(r"(?:19|20)\d\d")
_CLOCK_BEFORE = re.compile(r"(?<![\d:：])(?P<H>[01]?\d|2[0-3])[:：](?P<M>[0-5]\d)\s*$")
"""A 24-hour clock time right before a date, nothing but spaces between (19:04 2023/08/25)."""
_ROC_NUMERIC = re.compile(r"1[01]\d[/-]\d")
"""A 民國 year in numbers before a month (109/11/01, 109-11-01: Taiwan's official pages, some of
its outlets): the sign that the other forms are worth a look."""
_AFTERNOON = ("下午", "晚上", "p")
_OFFSET = re.compile(r"(?:\.\d+)?\s*(?:(?P<z>Z)|(?P<sign>[+-])(?P<hh>\d{2}):?(?P<mm>\d{2}))(?![\d:])")
"""An explicit UTC offset right after a time (ISO 8601): it wins over the UTC+08:00 default."""
_PUBLISHED_LABEL = r"(?:发布|發布|发佈|發佈|发表|發表|出版|刊出|刊登|首发|首發)(?:时间|時間|日期|于|於)?\s*[:：]?\s*"
"""Patterns kept as text are compiled (and cached by ``re``) on first use: start-up needs none."""
_URL = re.compile(r"https?://[^\s\u00a0\u3000]+")
_SOURCE = re.compile(
    r"(?:来源|來源|稿源|出处|出處)\s*[:：]\s*(?P<v>[^\s\u00a0\u3000|｜]+?)"
    r"(?=作者|記者|记者|编辑|編輯|责任编辑|責任編輯|举报|舉報|分享|[\s\u00a0\u3000|｜]|$)"
)
_AUTHOR = re.compile(
    r"(?:作者|记者|記者|文)\s*[:：]\s*(?P<v>[^\s\u00a0\u3000|｜]+?)"
    r"(?=阅读|閱讀|浏览|瀏覽|点击|點擊|人气|人氣|来源|來源|编辑|編輯|责任编辑|責任編輯|[\s\u00a0\u3000|｜]|$)"
)
"""The writer a date line names, up to the next label: "作者：网络整理阅读：1644" is 网络整理."""
_LABELS_ONLY = re.compile(
    r"(?:(?:发布|發布|更新|录入|錄入|上传|上傳)?(?:时间|時間|日期)|(?:浏览|瀏覽|阅读|閱讀|点击|點擊|访问|訪問)"
    r"(?:次数|次數|量|数|數)?|人气|人氣)\s*[:：]?\s*\d*\s*次?|[\s\u00a0\u3000|｜]+"
)
"""A portal's date line may say nothing but labels around its date ("时间：… 浏览：33",
"| 发布时间: … | 浏览次数: 2168"): what is left without them is no more than a date line's rest."""
_REPORTER = r"(?:记者|記者)\s*(?P<v>[\u4e00-\u9fff·]{2,4}?)\s*(?:[／/|｜]|报道|報導|翻?(?:摄|攝)|$)"
"""Text too: a class of 21,000 Han code points takes Python ~3 ms to compile."""
_COLUMN = re.compile(r"^[(（【\[](?P<col>[^()（）【】\[\]]{2,24})[)）】\]]\s*(?P<title>\S.*)$")
_EDITOR = re.compile(
    r"^[\[【(（]?\s*(?:责任编辑|責任編輯|责编|責編|编辑|編輯)\s*[:：]\s*(?P<v>[^\]】)）]+?)\s*[\]】)）]?$"
)
_ATTRIBUTION = re.compile(r"^[(（](?P<v>[^()（）]{2,40}?(?:供稿|来稿|來稿|供圖|供图|报道|報道))[)）]$")
_CREDIT_AUTHOR = re.compile(r"^(?P<cap>.+?)\s+(?P<credit>(?:作者|摄影|攝影|图|圖|图片|圖片|来源|來源)[:：]?\s+\S{2,24})$")
_CREDIT_SHOT = (  # compiled on first use (by re)
    r"^(?P<cap>.+?)[\s(（]+(?P<credit>(?:[^\s()（）]{0,12}记者|[^\s()（）]{0,12}記者)?\s*"
    r"[^\s()（）]{2,16}\s*(?:摄|攝|供图|供圖))[)）]?$"
)
_CREDIT_WORDS = re.compile(r"^(?:作者|摄影|攝影|图片|圖片|图|圖|来源|來源)[:：]?\s*|\s*(?:摄|攝|供图|供圖)$")


# Records only passed between stages are named tuples: on Python 3.11 defining a frozen
# dataclass costs about a millisecond (it compiles six methods), paid at every start-up.
class MetaLine(NamedTuple):
    """What a page's date line says: when, from where, by whom; and its date as written."""

    published: datetime
    date_text: str
    source: str = ""
    author: str = ""
    url: str = ""


class Caption(NamedTuple):
    """A photo caption split from its credit; ``name`` is the credited person or body."""

    text: str
    credit: str
    name: str


def parse_datetime(text: str) -> tuple[datetime, str] | None:
    """The first date (and time) in ``text`` as a datetime in UTC+08:00 (or the offset written
    after it, unless that is UTC's), with the matched text."""
    return _datetime_of(text, _date_match(text))


def _datetime_of(text: str, found: tuple[re.Match[str], re.Match[str]] | None) -> tuple[datetime, str] | None:
    """``parse_datetime``'s answer from the date ``_date_match`` found in ``text``."""
    if not found:
        return None
    day, clock = found
    if not clock["H"] and (before := _CLOCK_BEFORE.search(text, max(0, day.start() - 12), day.start())):
        try:  # 19:04 2023/08/25: a clock time set before its day, as some date lines show them
            value = datetime(*_day(day, clock), int(before["H"]), int(before["M"]), tzinfo=CHINA_TZ)
        except ValueError:
            return None
        return value, text[before.start() : day.end()].strip()
    zone = _zone(text, clock)
    try:
        value = datetime(*_day(day, clock), _hour(clock), int(clock["M"] or 0), int(clock["S"] or 0), tzinfo=zone)
    except ValueError:
        return None
    if not zone.utcoffset(None):
        value = value.astimezone(SHOWN_FROM_UTC)
    return value, text[day.start() : clock.end()].strip()


def as_written(found: tuple[datetime, str]) -> tuple[datetime, str]:
    """A time written in UTC given back in UTC: a page not in Chinese has no reader in UTC+08:00,
    and the day it was written in is nearer its own (a London or Berlin evening)."""
    value, text = found
    if value.tzname() != SHOWN_FROM_UTC.tzname(None):
        return found
    return value.astimezone(UTC), text


def _date_match(text: str) -> tuple[re.Match[str], re.Match[str]] | None:
    """The first date in ``text``, however written, and the match that reads its time (the same
    one for a year-first date); year first wins a tie. The other forms are looked for only before
    a year-first date, and only where their sign is: most lines have none. Full-width digits and
    marks read as ASCII ones (the same length: the matches' places hold in ``text``)."""
    if _WIDE_DIGIT.search(text):
        text = text.translate(_WIDE)
    first = _DATE.search(text)
    head = text[: first.start()] if first else text
    if not ("年" in head or "民" in head or _YEAR.search(head) or _ROC_NUMERIC.search(head)):
        return (first, first) if first else None
    signs = {sign for sign in "民年/.-月" if sign in head and _may_hold(sign, text)}
    if _LETTER.search(head) and any(month in head.lower() for month in _MONTHS):
        signs.add("a")
    found = [m for sign, pattern in _OTHER_DATES if sign in signs
             and (m := re.search(pattern, text)) and m.start() < len(head) and _stands_alone(text, m)
             and _roc_numeric_ok(text, m)]
    other = min(found, key=lambda m: m.start(), default=None)
    if other is None:
        return (first, first) if first else None
    clock = re.compile(_TAIL).match(text, other.end())
    return (other, clock) if clock else None


def _may_hold(sign: str, text: str) -> bool:
    """Whether ``text`` has what the dates ``sign`` stands for need besides it: two slashes, dots
    or hyphens (a paragraph numbered "1. " has one, and a pattern that opens with a digit is
    tried at every place of the line); a month after a year (去年 is no date)."""
    if sign in "/.-":
        return text.count(sign) >= 2
    return sign != "年" or "月" in text


def _roc_numeric_ok(text: str, m: re.Match[str]) -> bool:
    """A 民國 year in numbers (109/11/01) is a date only with a clock time after it or a label
    before it (發布日期：109-11-01): alone, a slashed short year may be any reference number."""
    if not (m.groupdict().get("ry3") or m.groupdict().get("ry4")):
        return True
    clock = re.compile(_TAIL).match(text, m.end())
    return bool(clock and clock["H"]) or bool(_DATE_LABEL.search(text, max(0, m.start() - 6), m.start()))


_DATE_LABEL = re.compile(r"(?:日期|時間|时间|發布|发布|更新)\s*[:：]?\s*$")


def _stands_alone(text: str, m: re.Match[str]) -> bool:
    """Whether a date found is not the tail of a longer number ("2113年", "1/2/3/2024", "v1.2.2024");
    one in Chinese numerals is no number's tail (19:04二〇二三年八月二十五日)."""
    return m.start() == 0 or not text[m.start()].isdigit() or not (text[m.start() - 1].isdigit() or text[m.start() - 1] in "/.-")


def _day(m: re.Match[str], clock: re.Match[str]) -> tuple[int, int, int]:
    """Year, month and day as written: year first; a 民國 (Republic of China) year, 113年 and
    113/05/01 being 2024; an English month's name; or day and month with slashes or dots — day first (Hong Kong,
    Singapore, Malaysia: 05/03/2024 is 5 March) unless that cannot be, or a 12-hour AM/PM time
    says the American order."""
    g = m.groupdict()
    if g.get("y"):
        return int(m["y"]), int(m["m"]), int(m["d"])
    for n in ("", "2", "3", "4"):
        if g.get("ry" + n):
            return 1911 + int(g["ry" + n]), int(g["rm" + n]), int(g["rd" + n])
    if g.get("cy"):
        return int(g["cy"].translate(_HAN_DIGITS)), _han_number(g["cm"]), _han_number(g["cd"])
    if g.get("hm"):
        return int(g["hy"]), _han_number(g["hm"]), int(g["hd"])
    if g.get("mon") or g.get("mon2"):
        month = _MONTHS.index((g.get("mon") or g["mon2"])[:3].lower()) + 1
        return int(g.get("my") or g["my2"]), month, int(g.get("md") or g["dm"])
    first, second = int(m["a"]), int(m["b"])
    american = (clock["ap"] or clock["ap2"] or "")[:1].lower() in ("a", "p")
    if second > 12 or (american and first <= 12):
        first, second = second, first
    return int(m["y2"]), second, first


_HAN_DIGITS = str.maketrans("〇○零一二三四五六七八九", "000123456789")


def _han_number(text: str) -> int:
    """A month or day in Chinese numerals: 五, 十, 十二, 二十, 廿一, 三十一."""
    text = text.replace("廿", "二十")
    if "十" not in text:
        return int(text.translate(_HAN_DIGITS))
    tens, units = text.split("十")
    return int((tens or "一").translate(_HAN_DIGITS)) * 10 + (int(units.translate(_HAN_DIGITS)) if units else 0)


def _hour(m: re.Match[str]) -> int:
    """The 24-hour hour: 下午/晚上/PM 3 is 15, 上午/凌晨/AM 12 is 0."""
    hour = int(m["H"] or 0)
    marker = (m["ap"] or m["ap2"] or "").lower()
    if marker.startswith(_AFTERNOON) and hour < 12:
        return hour + 12
    return 0 if marker and not marker.startswith(_AFTERNOON) and marker != "中午" and hour == 12 else hour


def parse_published(line: str) -> tuple[datetime, str] | None:
    """The publication date a line gives: the one after a 发布/發布 label if any, else its first."""
    label = re.search(_PUBLISHED_LABEL, line)
    return (parse_datetime(line[label.end() :]) if label else None) or parse_datetime(line)


_DATELINE = re.compile(r"^[【\[(（]?[^\s，。：:,]{0,16}?(?P<date>(?:19|20|１９|２０)[0-9０-９]{2}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日)"
                       r"(?:[0-9０-９]{1,2}[时時点點][^\s，。]{0,6}?)?(?:电|電|讯|訊)(?=[\s\u3000（(【\[）)]|$)")
"""A wire story's dateline with its year (新华社北京2024年3月5日电, 本報香港2023年5月1日訊), a
space or a bracket after it (a sentence's 3月5日电视讲话 is no dateline)."""


def dateline_published(lede: str) -> tuple[datetime, str] | None:
    """The day a story's own dateline gives (and the date as written), for a text or a page that
    gives no date otherwise: the day its relative dates (今天, 下周三) are counted from and a
    citation names."""
    found = _DATELINE.match(lede)
    return parse_datetime(found["date"]) if found else None


def _zone(text: str, m: re.Match[str]) -> timezone:
    """The offset written after the time, else UTC+08:00, the outlets' own.

    A written offset is the publisher's own clock, and ``parse_datetime`` keeps it: RFI's
    20:22+02:00 is that evening in Paris, the day its date line and a citation give. UTC
    (Z, +00:00) is no one's local clock but a server's, so it is shown in UTC+08:00, as the
    page's readers saw it (a late-evening UTC time is the next day in Taipei).
    """
    offset = _OFFSET.match(text, m.end()) if m["H"] else None
    if offset is None or (offset["sign"] == "-" and not (m["S"] or "T" in m.group(0))):
        return CHINA_TZ  # "10:20-11:30" is a time range, not an offset
    if offset["z"]:
        return UTC
    minutes = int(offset["hh"]) * 60 + int(offset["mm"])
    return timezone(timedelta(minutes=-minutes if offset["sign"] == "-" else minutes))


def shown_meta_line(column: str, date: str, source: str = "", author: str = "") -> str:
    """The meta line the reading view shows under the title: column, date as written, 来源 and
    作者, those that are known, between ideographic spaces."""
    parts = [column, date, f"来源:{source}" if source else "", f"作者:{author}" if author else ""]
    return "\u3000".join(p for p in parts if p)


def parse_meta_line(line: str) -> MetaLine | None:
    """A page's meta line (date plus source, author or URL), or None if ``line`` is not one."""
    if len(line) > 160:
        return None
    m = _date_match(line)  # looked for once: the date's value and the rest of the line both need it
    found = _datetime_of(line, m)
    if found is None or m is None:
        return None
    rest = (line[: m[0].start()] + line[m[1].end() :]).strip(" \u00a0\u3000|｜")
    source, author, url = _SOURCE.search(rest), _AUTHOR.search(rest), _URL.search(rest)
    if not (source or author or url or len(rest) <= 4 or len(_LABELS_ONLY.sub("", rest)) <= 4):
        return None
    return MetaLine(
        published=found[0],
        date_text=found[1],
        source=source["v"] if source else "",
        author=author["v"] if author else "",
        url=url.group(0) if url else "",
    )


def parse_byline(line: str) -> str:
    """The reporter a byline names: ``記者林小明／台北報導``, ``（图/记者王五摄）``; "" if none."""
    if len(line) > 200 or ("记者" not in line and "記者" not in line):
        return ""
    m = re.search(_REPORTER, line)
    return m["v"] if m else ""


def split_url(url: str) -> tuple[str, str]:
    """(site, article URL): a bare host is a site; anything with a path is the article."""
    parts = urlsplit(url)
    site = f"{parts.scheme}://{parts.netloc}" if parts.netloc else ""
    if parts.path in ("", "/") and not parts.query:
        return url.rstrip("/"), ""
    return site, url


def split_column(title: str) -> tuple[str, str]:
    """(column, title) when the title opens with a bracketed series name, else ("", title)."""
    m = _COLUMN.match(title)
    return (m["col"].strip(), m["title"].strip()) if m else ("", title)


def parse_editor(line: str) -> str:
    """The editor's name from ``[编辑:…]``, ``【责任编辑:…】``, ``责编:…``; "" if not such a line."""
    m = _EDITOR.match(line)
    return m["v"].strip() if m and len(line) <= 40 else ""


def parse_attribution(line: str) -> str:
    """The contributing body of a ``(…供稿)`` line, as written, without brackets."""
    m = _ATTRIBUTION.match(line)
    return m["v"] if m else ""


def parse_caption(line: str) -> Caption | None:
    """A photo caption ending in a credit (``作者 …``, ``…供图``, ``…摄``), or None."""
    if len(line) > 200:
        return None
    m = _CREDIT_AUTHOR.match(line) or re.match(_CREDIT_SHOT, line)
    if not m:
        return None
    credit = line[m.start("credit") :].strip()
    name = _CREDIT_WORDS.sub("", m["credit"].strip())
    name = _CREDIT_WORDS.sub("", name).strip()
    return Caption(text=line, credit=credit, name=re.sub(r".*记者|.*記者", "", name).strip())
