"""Quotations with a citation: a passage of the shown text, cited in GB/T 7714, APA, Chicago or plain.

The passage is ``article.text[start:end]``, trimmed, on one line and in quotation
marks that suit its script: “…” (inner ‘…’), or 「…」 (inner 『…』) when the article
uses corner brackets. A line break inside it disappears between Chinese
characters and becomes a space between Latin words; a paragraph break (a break
between the article's blocks, a blank line, or a break after a full stop)
becomes `` / ``, the usual mark for a break in run-in quotations. Quotation
marks inside the passage step down to the inner marks, and inner ones step up.
A long passage is shortened in the middle with ``……``.

The citation follows each style's rules for an online news article:

* GB/T 7714-2015, numeric (顺序编码制): ``[EB/OL]`` for a news web page, with
  the date of the page in round brackets and the access date in square ones;
  ``[N/OL]`` for a newspaper's online edition, with the paper's name and date.
  Without a known author the entry starts with the title (clause 8.1.3).
* APA 7: a page on a news website (title in italics), or an article of an
  online newspaper (the paper's name in italics); ``(n.d.)`` and a retrieval
  date when there is no date.
* Chicago 17, notes and bibliography: the full first note. Without a date of
  publication the note gives the access date, as Chicago asks.

Titles stay in their own script; a translated title, when given, follows in
square brackets (APA, Chicago, plain and Markdown; GB/T records one language).
"""

from __future__ import annotations

import enum
import html
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

from ..model import Article
from ..script.fold import fold

__all__ = [
    "CORNER",
    "CURLY",
    "ELLIPSIS",
    "PARAGRAPH_BREAK",
    "CitationStyle",
    "Quotation",
    "elide",
    "passage",
    "quote",
    "web_url",
]

ELLIPSIS = "……"
PARAGRAPH_BREAK = " / "
CURLY = ("“", "”", "‘", "’")
CORNER = ("「", "」", "『", "』")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July",
           "August", "September", "October", "November", "December")
_SENTENCE_END = "。！？!?…；;」』”’)）"
_CLAUSE_END = "。！？!?；;，,、：:"
_WIDE_PUNCTUATION = "，。、；：！？「」『』“”‘’（）《》〈〉【】—…·"
_TITLE_END = ".?!。？！"
_PRIVATE = "\ue000\ue001\ue002\ue003"
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


class CitationStyle(enum.StrEnum):
    """The citation styles a quotation can be copied in."""

    GBT7714 = "gbt7714"
    APA = "apa"
    CHICAGO = "chicago"
    PLAIN = "plain"
    MARKDOWN = "markdown"


@dataclass(frozen=True)
class Quotation:
    """A cited quotation as plain text and as an HTML fragment (italics where the style has them)."""

    text: str
    html: str


def quote(article: Article, start: int, end: int, style: CitationStyle, *, accessed: date,
          translated_title: str = "", marks: tuple[str, str, str, str] | None = None,
          max_chars: int | None = None) -> Quotation:
    """``article.text[start:end]`` in quotation marks, cited in ``style``.

    ``accessed`` is the day the page was read (GB/T always records it; APA and
    Chicago only when the page has no date). ``marks`` overrides the marks
    (open, close, inner open, inner close); ``max_chars`` caps the passage's
    length between the marks, shortening it with ``……``.
    """
    words = passage(article, start, end, marks=marks, max_chars=max_chars)
    source = _Source.of(article, accessed, translated_title.strip())
    return _RENDER[style](words, source)


def passage(article: Article, start: int, end: int, *, marks: tuple[str, str, str, str] | None = None,
            max_chars: int | None = None) -> str:
    """The quoted words alone, on one line, in their quotation marks."""
    start, end = sorted((max(0, min(start, len(article.text))), max(0, min(end, len(article.text)))))
    raw = article.text[start:end]
    lead = len(raw) - len(raw.lstrip())
    words = _one_line(raw.strip(), lambda i: _paragraph_at(article, start + lead + i))
    chosen = marks or _marks_for(article.text)
    words = _nest(words, chosen)
    if max_chars is not None:
        words = elide(words, max_chars)
    return f"{chosen[0]}{words}{chosen[1]}"


def elide(text: str, max_chars: int) -> str:
    """``text`` cut to at most ``max_chars`` characters by dropping its middle, marked ``……``.

    The head keeps about two thirds; both cuts move to a nearby clause break so
    the quotation does not stop mid-word.
    """
    if len(text) <= max_chars:
        return text
    room = max_chars - len(ELLIPSIS)
    if room < 2:
        raise ValueError(f"max_chars must leave room for the text around {ELLIPSIS}: {max_chars}")
    head, tail = text[: room - room // 3], text[len(text) - room // 3 :]
    return _head_cut(head) + ELLIPSIS + _tail_cut(tail)


# ---- Private API: the passage


def _marks_for(text: str) -> tuple[str, str, str, str]:
    """Corner brackets for text that uses them (Taiwan, Hong Kong), curly quotes otherwise."""
    return CORNER if "「" in text else CURLY


def _paragraph_at(article: Article, offset: int) -> bool:
    """Whether a line break at ``offset`` falls between two of the article's blocks."""
    if not article.blocks:
        return False
    starts = [b.start for b in article.blocks]
    i = bisect_right(starts, offset) - 1
    return i < 0 or offset >= article.blocks[i].end


def _one_line(text: str, paragraph_at: Callable[[int], bool]) -> str:
    """Line breaks collapsed, paragraph breaks as `` / ``, stray spaces beside CJK punctuation gone."""
    def gap(m: re.Match[str]) -> str:
        before, after = text[m.start() - 1], text[m.end()]
        if "\n" in m.group() and _is_paragraph(m, text, paragraph_at):
            return PARAGRAPH_BREAK
        if before in _WIDE_PUNCTUATION or after in _WIDE_PUNCTUATION:
            return ""
        if "\n" in m.group() and (_wide(before) or _wide(after)):
            return ""
        return " "

    return re.sub(r"\s+", gap, text)


def _is_paragraph(m: re.Match[str], text: str, paragraph_at: Callable[[int], bool]) -> bool:
    return (m.group().count("\n") > 1 or paragraph_at(m.start() + m.group().index("\n"))
            or text[m.start() - 1] in _SENTENCE_END)


def _wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in ("W", "F")


def _nest(words: str, marks: tuple[str, str, str, str]) -> str:
    """Quotation marks inside the passage step down a level, inner ones step up.

    Both steps go through placeholders so that a mark moved once is not moved back.
    """
    a, b, c, d = _PRIVATE[0], _PRIVATE[1], _PRIVATE[2], _PRIVATE[3]
    words = re.sub(r"‘([^‘’]*)’", rf"{a}\1{b}", words)  # a lone ’ is an apostrophe
    words = re.sub(r'"([^"]*)"', rf"{c}\1{d}", words)
    words = words.translate(str.maketrans("“”「」『』", c + d + c + d + a + b))
    table: dict[str, str | int | None] = dict(zip(_PRIVATE, marks, strict=True))
    return words.translate(str.maketrans(table))


def _head_cut(head: str) -> str:
    """The head up to its last clause break, if that keeps at least half of it."""
    cut = max(head.rfind(p) for p in _CLAUSE_END)
    kept = head[: cut + 1] if cut >= len(head) // 2 else head
    return kept.rstrip().rstrip("，、；：,;:")


def _tail_cut(tail: str) -> str:
    """The tail from just after its first clause break, if that keeps at least half of it."""
    found = [i for i in (tail.find(p) for p in _CLAUSE_END) if i >= 0]
    cut = min(found, default=-1)
    return (tail[cut + 1 :] if 0 <= cut < len(tail) // 2 else tail).lstrip()


# ---- Private API: the source


@dataclass(frozen=True)
class _Source:
    """What the citation says about the article, with the gaps already decided."""

    author: str
    title: str
    column: str
    translated: str
    site: str
    newspaper: str
    published: date | None
    accessed: date
    url: str

    @classmethod
    def of(cls, article: Article, accessed: date, translated: str) -> _Source:
        url = web_url(article.url) or web_url(article.site)
        site = article.outlet or article.source or _host(url)
        published = article.published.date() if article.published else None
        return cls(_squeeze(article.author), _squeeze(article.title), _squeeze(article.column), translated,
                   site, _newspaper(article), published, accessed, url)


def _squeeze(text: str) -> str:
    return " ".join(text.split())


_BARE_HOST = re.compile(r"(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?::\d{1,5})?(?:/[^\s<>\"]*)?", re.I)


def web_url(text: str) -> str:
    """``text`` if it is a web address (http, https, or a bare host such as www.example.com), else "".

    Only these may become a link or a site in a citation: a saved page's
    ``og:url`` of ``javascript:…``, ``data:…`` or ``file:…`` must never reach a
    clipboard's HTML. Browsers drop tabs and line breaks inside a URL
    (``java\tscript:``), so any control character or space refuses it too.
    """
    text = text.strip()
    if not text or any(ch <= " " or ch == "\x7f" for ch in text):
        return ""
    if _BARE_HOST.fullmatch(text):
        return text
    try:
        parts = urlsplit(text)
        return text if parts.scheme.lower() in ("http", "https") and parts.hostname else ""
    except ValueError:  # a malformed address (an unclosed [ in its host)
        return ""


def _host(url: str) -> str:
    host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    return host.removeprefix("www.")


def _newspaper(article: Article) -> str:
    """The paper's name when the source or outlet is a newspaper (…日报, …晚报, 聯合報): GB/T's [N/OL]."""
    for name in (article.source, article.outlet):
        folded = fold(name.strip())
        if folded.endswith("报") or re.search("[日晚早晨时商周]报|报社", folded):
            return name.strip()
    return ""


def _iso(day: date) -> str:
    return day.isoformat()


def _month_day(day: date) -> str:
    return f"{_MONTHS[day.month - 1]} {day.day}"


def _english(day: date) -> str:
    return f"{_month_day(day)}, {day.year}"


def _ended(text: str, mark: str) -> str:
    """``text`` followed by ``mark``, unless it already ends with a stop of its own."""
    return text if text.endswith(tuple(_TITLE_END)) else text + mark


# ---- Private API: rendering

_Run = tuple[str, str]
"""A piece of output: (kind, text); kind is "" (plain), "i" (italic), "a" (link) or "sup"."""


def _plain(runs: Sequence[_Run]) -> str:
    """The runs as text; a superscript note number uses superscript digits (¹), other runs as they are."""
    return "".join(text.translate(_SUPERSCRIPT) if kind == "sup" and text.isdigit() else text
                   for kind, text in runs)


def _html(runs: Sequence[_Run]) -> str:
    return "".join(_html_run(kind, text) for kind, text in runs)


def _html_run(kind: str, text: str) -> str:
    escaped = html.escape(text)
    if kind == "a":
        return f'<a href="{escaped}">{escaped}</a>'
    return f"<{kind}>{escaped}</{kind}>" if kind else escaped


def _markdown(runs: Sequence[_Run]) -> str:
    return "".join(f"<{text}>" if kind == "a" else re.sub(r"([\\`*_\[\]<>])", r"\\\1", text)
                   for kind, text in runs)


def _two_paragraphs(first: Sequence[_Run], second: Sequence[_Run]) -> Quotation:
    """The quotation, then the source (left out when nothing at all is known of it)."""
    if not second:
        return Quotation(_plain(first), f"<p>{_html(first)}</p>")
    return Quotation(f"{_plain(first)}\n\n{_plain(second)}", f"<p>{_html(first)}</p>\n<p>{_html(second)}</p>")


def _link(url: str, end: str = "") -> list[_Run]:
    return [("a", url), ("", end)] if url else []


def _gbt7714(words: str, s: _Source) -> Quotation:
    """[1] 责任者. 题名[EB/OL]. (发布日期)[引用日期]. 获取和访问路径."""
    code = "N/OL" if s.newspaper else "EB/OL"
    title = f"({s.column}){s.title}" if s.column else s.title
    head = f"[1] {s.author + '. ' if s.author else ''}{title or '[无题名]'}[{code}]. "
    when = f"({_iso(s.published)})" if s.published else ""
    if s.newspaper:
        when = f"{s.newspaper}, {_iso(s.published)}" if s.published else s.newspaper
    tail = f"{when}[{_iso(s.accessed)}]."
    reference = [("", head + tail + (" " if s.url else "")), *_link(s.url, ".")]
    return _two_paragraphs([("", words), ("sup", "[1]")], reference)


def _apa(words: str, s: _Source) -> Quotation:
    """Author. (Year, Month Day). Title [Translation]. Site. URL"""
    when = f"({s.published.year}, {_month_day(s.published)})" if s.published else "(n.d.)"
    name = s.title or "[Untitled article]"
    title: list[_Run] = [("" if s.newspaper else "i", name), ("", f" [{s.translated}]" if s.translated else "")]
    title.append(("", "" if _plain(title).endswith(tuple(_TITLE_END)) else "."))
    if s.author:
        lead = [("", f"{_ended(s.author, '.')} {when}. "), *title, ("", " ")]
    else:
        lead = [*title, ("", f" {when}. ")]
    retrieved = [("", f"Retrieved {_english(s.accessed)}, from ")] if not s.published and s.url else []
    reference = _trimmed([*lead, *_apa_container(s), *retrieved, *_link(s.url)])
    return _two_paragraphs([("", f"{words} ("), *_apa_in_text(s, name), ("", ")")], reference)


def _apa_container(s: _Source) -> list[_Run]:
    """The paper's name in italics, or the site's in roman; a site that is also the author is left out."""
    if s.newspaper:
        return [("i", s.newspaper), ("", ". ")]
    return [("", f"{s.site}. ")] if s.site and s.site != s.author else []


def _apa_in_text(s: _Source, title: str) -> list[_Run]:
    """(Author, Year): the title stands in for a missing author, italic or quoted as in the reference."""
    year = str(s.published.year) if s.published else "n.d."
    if s.author:
        return [("", f"{s.author}, {year}")]
    if s.newspaper or not s.title:
        return [("", f"“{title},” {year}" if s.title else f"{title}, {year}")]
    return [("i", title), ("", f", {year}")]


def _chicago(words: str, s: _Source) -> Quotation:
    """1. Author, “Title,” Site, Month Day, Year, URL."""
    title = f"“{_ended(s.title or 'Untitled', ',')}”"
    if s.translated:
        title = f"“{s.title}” [{s.translated}],"
    when = _english(s.published) if s.published else f"accessed {_english(s.accessed)}"
    site = s.newspaper or s.site
    note: list[_Run] = [("", f"1. {s.author + ', ' if s.author else ''}{title} ")]
    note += [("i", site), ("", ", ")] if site else []
    note += [("", f"{when}, "), ("a", s.url), ("", ".")] if s.url else [("", f"{when}.")]
    return _two_paragraphs([("", words), ("sup", "1")], note)


def _source_line(s: _Source) -> list[_Run]:
    """——Author《Title》, site, date, URL: a one-line source for plain text and Markdown."""
    title = f"《{s.title}》" + (f" [{s.translated}]" if s.translated else "") if s.title else ""
    parts = [p for p in (s.author + title, s.site, _iso(s.published) if s.published else "") if p]
    if not parts and not s.url:
        return []
    runs: list[_Run] = [("", "——" + "，".join(parts))]
    return runs + ([("", "，" if parts else ""), ("a", s.url)] if s.url else [])


def _plain_style(words: str, s: _Source) -> Quotation:
    return _two_paragraphs([("", words)], _source_line(s))


def _markdown_style(words: str, s: _Source) -> Quotation:
    """A blockquote whose last paragraph is the source line."""
    plain = _plain_style(words, s)
    source = _source_line(s)
    text = f"> {_markdown([('', words)])}" + (f"\n>\n> {_markdown(source)}" if source else "")
    return Quotation(text, f"<blockquote>{plain.html}</blockquote>")


def _trimmed(runs: list[_Run]) -> list[_Run]:
    """Runs without trailing spaces: an entry with no URL must not end in a blank."""
    while runs and not runs[-1][1].strip():
        runs = runs[:-1]
    if runs:
        kind, text = runs[-1]
        runs = [*runs[:-1], (kind, text.rstrip())]
    return runs


_RENDER: dict[CitationStyle, Callable[[str, _Source], Quotation]] = {
    CitationStyle.GBT7714: _gbt7714,
    CitationStyle.APA: _apa,
    CitationStyle.CHICAGO: _chicago,
    CitationStyle.PLAIN: _plain_style,
    CitationStyle.MARKDOWN: _markdown_style,
}
