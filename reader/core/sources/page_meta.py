"""Saved web pages' own metadata: what the page says about itself, outside its text.

Part of the HTML import (``html_tree`` collects, this module reads, ``html_article``
decides). Sources, most trusted first: <meta> tags and JSON-LD, elements marked
``itemprop="datePublished"``; and — when the page states nothing else — the data
blobs of its scripts (``pubtime: '…'`` and the like, read as text with a regex,
never run), a modified date, and last a date in the article's URL path
(``/2024/05/01/``, ``/20240501…``). Times without an offset are read as UTC+08:00.
Titles lose the site, channel and date parts pages append to them.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime

from ..article.meta import CHINA_TZ, parse_datetime

__all__ = [
    "Outlet",
    "PageMeta",
    "RawMeta",
    "is_short",
    "name_like",
    "names_site",
    "original_address",
    "page_meta",
    "parse_timestamp",
    "script_date",
    "strip_site_parts",
    "site_label",
    "squeeze",
    "title_parts",
    "url_date",
]

_PUBLISHED_KEYS = (
    "article:published_time", "og:article:published_time", "og:release_date", "pubdate",
    "publishdate", "publish_date", "publish-date", "publishtime", "publish_time", "pubtime",
    "datepublished", "dc.date.issued", "dc.date", "dcterms.created", "sailthru.date",
    "parsely-pub-date", "weibo:article:create_at", "article:published", "date",
)
"""<meta> names and properties that carry the publication time, in the order trusted."""
_MODIFIED_KEYS = ("article:modified_time", "og:updated_time", "datemodified", "dateupdate",
                  "lastmod", "last-modified")
_SCRIPT_DATE = re.compile(
    r"""["']?(?:publish_?time|pub_?time|pub_?date|date_?published|publish_?date|"""
    r"""release_?time|release_?date|first_?publish_?time)["']?\s*[:=]\s*["']?"""
    r"""(?P<v>(?:19|20)\d{2}[-/年.]\d{1,2}[-/月.]\d{1,2}[^"',}<]{0,16}|1\d{9}(?:\d{3})?\b)""",
    re.I,
)
_WECHAT_CREATED = re.compile(r"""\bvar\s+ct\s*=\s*["'](?P<v>1\d{9})["']""")
_URL_DATE = re.compile(
    r"[/_-](?P<y>20\d{2})[/-]?(?P<m>0[1-9]|1[0-2])[/-]?(?P<d>0[1-9]|[12]\d|3[01])(?=[/_.\-]|\d|$)"
)
_TITLE_SPLIT = re.compile(r"(\s*(?:--|——|_|\||｜|丨| - | – | — | · |»|›|::| >>? )\s*)")
_SITE_NAME = re.compile(r"(?:网|網|网站|網站|网页|網頁|新闻|新聞|报|報|社|频道|頻道|在线|在線|电视台|電視台|电台|電台|政府|"
                        r"传媒|傳媒|媒体|媒體|杂志|雜誌|周刊|週刊|新聞雲|门户|門戶|资讯|資訊|"
                        r"\.com|\.cn|\.tw|\.hk|CNA|News)$", re.I)
"""How a site's name ends: a title part or a <meta> author like this is the outlet, not the story."""
_SITE_SUFFIX = re.compile(r"\s*(?:--|——|-|—|–|_|\||丨)\s*[^-—–_|｜丨\s]{2,12}(?:网|網|网页|網頁|频道|頻道|新闻|新聞|报|報|在线|在線|门户|門戶|"
                          r"财经|財經|科技|体育|體育|娱乐|娛樂|汽车|汽車|房产|房產|军事|軍事|教育|健康|资讯|資訊)$"
                          r"|\s+[^-—–_|｜丨\s，。！？：:“”「」]{2,10}(?:网|網|新闻网|新聞網|日报|日報|晚报|晚報)$")
"""A site's or channel's name glued to the headline by a hyphen, or after a plain space."""
_PAGE_MARK = re.compile(r"\s*[（(]\s*(?:第\s*)?(?:页|頁)?\s*\d+\s*(?:页|頁)\s*[)）]$|\s*[（(](?:页|頁)\s*\d+[)）]$")
"""A page number a forum or a long story puts after the headline: "(页 1)", "（第2頁）"."""
_SUFFIXES = {"com", "net", "org", "gov", "edu", "co", "cn", "hk", "tw", "sg", "my", "mo", "uk", "us",
             "www", "news", "m", "mobile", "cc", "info", "int"}
"""Host labels that name no site: the domain's own name is the label before them."""
_CREDIT = re.compile(r"^powered\s*by", re.I)
"""A template's software credit ("powered by Discuz! Archiver") said in <title> like a site name."""
_DAY_ONLY = re.compile(r"[\d./\-年月日]{4,}")
"""A title part that is only a date ("20240305", "24.03.2024"): the edition, not the story (a
number in brackets before a headline, "【16】", is a stock's code, not a date)."""
_TEMPLATE_SEPARATORS = {"_", "|", "-", "–", "—", "·", "::", "»", "›", ">", ">>"}
"""Separators a headline does not use inside it, with the spaces around them stripped: only the
full-width bar and the double dashes of a subtitle ("颱風快報｜…", "…——记某某") also join a headline's
own parts. A bare "-" or "—" only splits a title where spaces stand around it."""
_TWO_SCRIPTS = re.compile(r"[^\sA-Za-z]{1,12}\s+[A-Za-z][\w.&' -]{0,24}|[A-Za-z][\w.&' -]{0,24}\s+[^\sA-Za-z]{1,12}")
"""A name in two scripts, either way round ("某某傳媒 Some Media", "Some News 中文")."""
_SLOGAN = re.compile(r"[：:，,]")
_BRACKETED = re.compile(r"【(?P<name>[^】]{2,12})】")
_GLUED_BEFORE = re.compile(r"(?P<name>[^-—–_|｜丨\s]{2,12})\s*[-—–]\s*")
"""A site's name before the headline, in brackets or glued by a dash ("【某某网】标题", "某某网-标题")."""
_SHORT_PART = 8
_MAX_NAME = 12
"""Site and channel names are at most this long (in characters, spaces aside): "自由時報電子報" is 7."""
_MAX_NAMED = 24
_LATIN = re.compile(r"[A-Za-z]")
_REPEATED = re.compile(r"(.{4,}).*\1")
_SPOKEN = re.compile(r"[：:，,。！？!?「」“”《》、；]")
"""Title parts this short (in characters) are channel names ("即時", "要聞"), not headlines."""
_EPOCH = re.compile(r"^1\d{9}(?:\d{3})?$")
_COMPACT = re.compile(r"^((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:([01]\d|2[0-3])([0-5]\d)(?:[0-5]\d)?)?$")
_MAX_SCRIPT_CHARS = 500_000
"""Script text read for dates, in all: a data blob sits early, and a hostile page stays cheap."""


Outlet = str | tuple[str, ...]
"""The site's names as the page gives them: one, or several learned from the page."""


@dataclass
class RawMeta:
    """What the page parser sets aside while it walks the page, for ``page_meta``."""

    meta: dict[str, str] = field(default_factory=dict)
    jsonld: list[str] = field(default_factory=list)
    scripts: list[str] = field(default_factory=list)
    itemprop_dates: list[str] = field(default_factory=list)
    canonical: str = ""
    saved_from: str = ""
    """The address a browser noted when saving the page (``<!-- saved from url=(0042)… -->``)."""
    script_chars: int = 0
    titles: list[str] = field(default_factory=list)
    """Every og:title and twitter:title value, in page order."""

    def add_meta(self, key: str, value: str) -> None:
        """Keep the first value of each <meta> key (later ones repeat or contradict it), and
        every title: a page may give the site's name as its first og:title."""
        key = key.lower()
        self.meta.setdefault(key, value.strip())
        if key in ("og:title", "twitter:title") and len(self.titles) < 8:
            self.titles.append(value.strip())

    def add_script(self, text: str) -> None:
        """Keep script text up to the bound, to be searched for a data blob's date."""
        room = _MAX_SCRIPT_CHARS - self.script_chars
        if room > 0:
            self.scripts.append(text[:room])
            self.script_chars += min(len(text), room)


@dataclass(frozen=True)
class PageMeta:
    """The page's own account of itself; dates stay as written, for ``parse_timestamp``."""

    title: str = ""
    published: str = ""
    modified: str = ""
    author: str = ""
    outlet: str = ""
    url: str = ""
    claims: tuple[str, ...] = ()
    """Every headline the metadata gives: og:title and twitter:title, a <meta> title, JSON-LD's."""
    names: tuple[str, ...] = ()
    """Every name the metadata gives the site: og:site_name, application-name, a Twitter account,
    JSON-LD's publisher."""


_TITLE_KEYS = ("title", "headline", "dc.title")
_NAME_KEYS = ("og:site_name", "application-name", "apple-mobile-web-app-title", "twitter:site", "publisher")


def page_meta(raw: RawMeta) -> PageMeta:
    """Title, dates, author, outlet and URL from <meta>, JSON-LD and itemprop elements."""
    meta = raw.meta
    found = {
        "title": _meta_title(raw.titles, meta.get("og:site_name", "")),
        "published": _first(meta, _PUBLISHED_KEYS) or next(iter(raw.itemprop_dates), ""),
        "modified": _first(meta, _MODIFIED_KEYS),
        "author": meta.get("author", "") or meta.get("article:author", ""),
        "outlet": meta.get("og:site_name", "") or meta.get("publisher", ""),
        "url": meta.get("og:url", "") or raw.canonical or raw.saved_from,
    }
    items = [item for blob in raw.jsonld for item in _jsonld_items(blob)]
    for item in sorted(items, key=lambda item: "Article" not in str(item.get("@type", ""))):
        _take_jsonld(found, item)  # an Article's own fields before a WebPage's or a site's
    if found["author"].startswith("http"):
        found["author"] = ""  # a social-media profile link, not a name
    copy = _archive_copy(found["url"], meta.get("og:site_name", ""))
    if copy:
        found.update(published="", modified="", outlet="")  # the copy's own, not the story's
    found["url"] = original_address(found["url"] or _archived_from(raw.scripts))
    claims = [*raw.titles, *(meta[k] for k in _TITLE_KEYS if meta.get(k)),
              *(_text(item.get("headline")) for item in items)]
    names = [] if copy else [*(meta[k].lstrip("@") for k in _NAME_KEYS if meta.get(k)), found["outlet"]]
    return PageMeta(**found, claims=tuple(dict.fromkeys(c for c in claims if c)),
                    names=tuple(dict.fromkeys(n for n in names if n)))


_ARCHIVE_TODAY_HOST = r"archive\.(?:today|ph|is|li|vn|fo|md)"
"""archive.today's hosts."""
_ARCHIVE_PREFIX = re.compile(
    r"^https?://(?:web|wayback)\.archive\.org/web/\d{1,14}[a-z_]*/"
    rf"|^https?://{_ARCHIVE_TODAY_HOST}/\d{{4}}\.\d\d\.\d\d-\d{{6}}/",
    re.I,
)
_WAYBACK_ORIGINAL = re.compile(r"""__wm\.wombat\(\s*["'](?P<url>https?://[^"'\s]+)["']""")


def original_address(url: str) -> str:
    """The address a web archive's copy was taken from (``https://web.archive.org/web/
    20201205083012/https://news…/2020/11/01/…``, ``https://archive.ph/2020.12.05-083012/https://…``):
    its site names the story's outlet and its path the day the story went up; the archive's
    own stamp is only when the copy was made."""
    match = _ARCHIVE_PREFIX.match(url)
    rest = url[match.end() :] if match else url
    return rest if rest.startswith(("http://", "https://")) else url


_ARCHIVE_TODAY = re.compile(rf"^(?:https?://)?{_ARCHIVE_TODAY_HOST}(?:/|$)", re.I)


def _archive_copy(url: str, site_name: str) -> bool:
    """Whether the page is archive.today's copy, whose <meta> it writes itself: its dates are
    when the copy was made and its site name the archive's (the Wayback Machine leaves a page's
    own <meta> as it was, and only rewrites its addresses)."""
    return bool(_ARCHIVE_TODAY.match(url) or _ARCHIVE_TODAY.match(site_name))


def _archived_from(scripts: list[str]) -> str:
    """The original address the Wayback Machine's script names in a copy that names no address
    of its own (``__wm.wombat("https://…", "20201205083012", …)``)."""
    for script in scripts:
        if "__wm" in script and (match := _WAYBACK_ORIGINAL.search(script)):
            return match["url"]
    return ""


def _meta_title(titles: list[str], site: str) -> str:
    """The first og/twitter title that is not only the site's name (else the first)."""
    return next((t for t in titles if t and not names_site(t, site)), titles[0] if titles else "")


def _first(meta: dict[str, str], keys: tuple[str, ...]) -> str:
    return next((meta[k] for k in keys if meta.get(k) and parse_timestamp(meta[k])), "")


def _jsonld_items(blob: str) -> list[dict[str, object]]:
    try:
        data = json.loads(blob)
    except ValueError:
        return []
    if isinstance(data, dict) and isinstance(data.get("@graph"), list):
        data = data["@graph"]
    return [item for item in (data if isinstance(data, list) else [data]) if isinstance(item, dict)]


def _take_jsonld(found: dict[str, str], item: dict[str, object]) -> None:
    """Fill what <meta> left empty: JSON-LD is as trusted, but <meta> came first."""
    found["title"] = found["title"] or _text(item.get("headline"))
    if not found["published"] and parse_timestamp(_text(item.get("datePublished"))):
        found["published"] = _text(item.get("datePublished"))
    found["modified"] = found["modified"] or _text(item.get("dateModified"))
    author = item.get("author")
    author = author[0] if isinstance(author, list) and author else author
    found["author"] = found["author"] or _text(author.get("name") if isinstance(author, dict) else author)
    publisher = item.get("publisher")
    if isinstance(publisher, dict):
        found["outlet"] = found["outlet"] or _text(publisher.get("name"))


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def parse_timestamp(text: str) -> tuple[datetime, str] | None:
    """A date as pages write it in metadata: ISO or Chinese style, or Unix seconds/milliseconds."""
    text = text.strip()
    compact = _COMPACT.match(text)
    if compact:  # 20240501, 202405011020: a CMS's digits, kept as written
        text = "{}-{}-{} {}:{}".format(*(g or "00" for g in compact.groups()))
    if _EPOCH.match(text):
        seconds = int(text[:10])
        value = datetime.fromtimestamp(seconds, CHINA_TZ)
        return value, value.strftime("%Y-%m-%d %H:%M")
    return parse_datetime(text)


def script_date(scripts: list[str]) -> tuple[datetime, str] | None:
    """The first publication time a script's data blob names (``"pubtime": "…"``), else the
    creation time a 微信公众号 article's script keeps (``var ct = "…"``, Unix seconds) while its
    page says only 昨天 or 前天, as saved pages do."""
    for pattern in (_SCRIPT_DATE, _WECHAT_CREATED):
        for script in scripts:
            for match in pattern.finditer(script):
                found = parse_timestamp(match["v"].strip())
                if found is not None:
                    return found
    return None


def url_date(url: str) -> tuple[datetime, str] | None:
    """The date in an article URL's path, the last resort: its day, at midnight."""
    match = _URL_DATE.search(url.split("?", 1)[0].split("//", 1)[-1])
    if match is None:
        return None
    try:
        value = datetime(int(match["y"]), int(match["m"]), int(match["d"]), tzinfo=CHINA_TZ)
    except ValueError:
        return None
    return value, value.strftime("%Y-%m-%d")


def title_parts(title: str) -> list[str]:
    """``title`` split at the separators pages put between headline, channel and site: parts at
    even places, the separators themselves at odd ones, so that any prefix joins back as written."""
    return _TITLE_SPLIT.split(title)


def site_label(url: str) -> str:
    """The domain's own name in an address ("news.rthk.hk" → "rthk"), or "" when too short to tell."""
    host = url.split("//", 1)[-1].split("/", 1)[0].split(":", 1)[0].lower()
    labels = [label for label in host.split(".") if label]
    while labels and labels[-1] in _SUFFIXES:
        labels.pop()
    return labels[-1] if labels and len(labels[-1]) >= 3 and labels[-1] not in _SUFFIXES else ""


def strip_site_parts(title: str, outlet: Outlet) -> str:
    """``title`` without the site, channel and date parts pages put after (or before) the headline.

    A part goes if it names a site (…网, …報, the outlet, a date), or if it is short and
    a site's part is also there, or two short parts close a longer headline: "｜即時｜蘋果日報"
    and "｜某某01｜港聞" go, "｜拜登勝出" alone stays.
    """
    tokens = title_parts(title)
    tokens[::2] = [_PAGE_MARK.sub("", token) for token in tokens[::2]]
    sited = [names_site(t, outlet) for t in tokens[::2]]
    seen_site = _short_tail(tokens[::2])
    while len(tokens) > 1 and (sited[-1] or (is_short(tokens[-1]) and (seen_site or any(sited[1:])))
                               or _template_tail(tokens) or _with_slogan(tokens[-1], outlet)):
        seen_site = seen_site or sited[-1]
        del tokens[-2:]
        sited.pop()
    if len(tokens) > 1 and _names_outlet(tokens[0], outlet) and not is_short(tokens[2]):
        del tokens[:2]  # only the outlet's own name: "颱風快報｜今晚改發三號風球" is a headline
    while len(tokens) > 2 and tokens[1].strip() == "_" and name_like(tokens[0]) and not is_short(tokens[2]) \
            and len(tokens[0]) < len("".join(tokens[2:])):
        del tokens[:2]  # a channel's or site's name a template puts first: "国内新闻_标题"
    title = _SITE_SUFFIX.sub("", "".join(tokens)).strip()
    before = _BRACKETED.match(title) or _GLUED_BEFORE.match(title)
    if before and names_site(before["name"], outlet) and not is_short(title[before.end() :]):
        title = title[before.end() :].strip()  # "【某某网】标题", "某某网-标题"
    return title


def _with_slogan(part: str, outlet: Outlet) -> bool:
    """Whether a title part is a site's name with its slogan ("某某新聞網：最懂你的新聞網站")."""
    name = _SLOGAN.split(part, maxsplit=1)[0]
    return name != part and names_site(name, outlet)


def _template_tail(tokens: list[str]) -> bool:
    """Whether the title's last part is what a template adds after the headline: a name-sized part
    after a separator headlines do not use inside them ("标题_某某", "标题 | 某某", "标题丨某某"), or
    a name in two scripts ("标题｜某某傳媒 Some Media", "标题 - BBC News 中文"). The headline before it
    must be the longer and not a channel's name ("某某 | 市区新开公园" keeps its headline)."""
    tail, head = squeeze(tokens[-1]), squeeze("".join(tokens[:-2]))
    if not tail or is_short(head) or not _name_sized(tail):
        return False
    return (tokens[-2].strip() in _TEMPLATE_SEPARATORS and len(head) > len(tail)) \
        or bool(_TWO_SCRIPTS.fullmatch(tokens[-1].strip()))


def _short_tail(parts: list[str]) -> bool:
    """Whether a title closes with two or more parts a channel's name long after a longer one
    ("标题｜某某01｜港聞"): the site and its channel, whatever their names end with."""
    tail = 0
    while tail < len(parts) and is_short(parts[-1 - tail]):
        tail += 1
    return tail >= 2 and tail < len(parts)


def names_site(part: str, outlet: Outlet) -> bool:
    """Whether a title part (or a <meta> author) is the outlet's name, a site's name or a date."""
    part = squeeze(part)
    named = name_like(part) or (bool(_LATIN.search(part)) and _name_sized(part))  # "某某新聞 Some News"
    return not part or bool(_DAY_ONLY.fullmatch(part)) or (named and bool(_SITE_NAME.search(part))) \
        or _names_outlet(part, outlet) or bool(_CREDIT.match(part))


def _names_outlet(part: str, outlet: Outlet) -> bool:
    part = squeeze(part).lower()
    names = (outlet,) if isinstance(outlet, str) else outlet
    shorts = {squeeze(title_parts(name)[0]).lower() for name in names if name} - {""}
    return bool(part) and (part in shorts or (_name_sized(part) and any(s in part or part in s for s in shorts)))


def _name_sized(part: str) -> bool:
    """Whether ``part`` could carry the site's own name, in two scripts ("某洲网 Some Daily"): a
    short part that does not speak."""
    return len(part) <= _MAX_NAMED and not _SPOKEN.search(part)


def name_like(part: str) -> bool:
    """Whether ``part`` can be a name at all: headlines run longer, or speak ("｜織密社會安全網",
    "香港01民調：七成支持" end or start like a site's name but are the story). A longer part
    that says the same name over ("某市人民政府网某市人民政府") is a template's site name."""
    return (len(part) <= _MAX_NAME or bool(_REPEATED.search(part))) and not _SPOKEN.search(part)


def is_short(part: str) -> bool:
    """Whether a title part is only as long as a channel's name."""
    return len(squeeze(part)) <= _SHORT_PART


def squeeze(text: str) -> str:
    """``text`` without any whitespace: how titles, lines and names are compared on a page.
    ``str.split`` drops what the pattern ``\\s`` matches (both ask ``Py_UNICODE_ISSPACE``), ten
    times faster than ``re.sub``."""
    return "".join(text.split())
