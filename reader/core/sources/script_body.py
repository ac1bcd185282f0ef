"""The article of a saved page that shows it only from a script's data block.

Part of the HTML import: some sites send an empty page and the story as JSON for
their scripts to draw (``__NEXT_DATA__``, ``window.__INITIAL_STATE__ = {…}``,
JSON-LD ``articleBody``, or a script's own object literal with bare keys and quoted strings:
``articleInfo: {content: '&lt;p&gt;…'}``). Nothing runs: the script text the page parser set aside
(``page_meta.RawMeta``, bounded) is searched for long string values under the keys
such blocks use for a story's text, read as JSON strings, and the one with the
most Chinese wins. An HTML value goes through ``html_source``, so only its text is kept.
"""

from __future__ import annotations

import html
import json
import re
from typing import NamedTuple

from .html_source import html_blocks
from .page_meta import RawMeta

__all__ = ["ScriptStory", "script_story"]

_TEXT_VALUE = re.compile(
    r'(?<![\w$])(?P<kq>["\']?)(?:articleBody|article_?body|content_?html|contentHtml|content|contents|body|text|html|detail)'
    r'(?P=kq)\s*:\s*(?:"(?P<value>(?:[^"\\]|\\.){120,})"|\'(?P<single>(?:[^\'\\]|\\.){120,})\')'
)
"""A story's text under one of the keys such blocks use: JSON's ``"content": "…"``, or a
script's own object literal, whose keys may be bare and whose strings may be single-quoted."""
_MIN_HAN = 60
"""A story has at least this many Chinese characters; a shorter value is a label or a summary."""


class ScriptStory(NamedTuple):
    """A story read from a page's script data: its paragraphs, and the moment its object gives
    under a bare ``time`` key ("" if none)."""

    paragraphs: list[str]
    moment: str


def script_story(raw: RawMeta, shown: tuple[str, ...] = ()) -> ScriptStory:
    """The longest story text in the page's script data (no paragraphs if none).

    With ``shown`` (the few lines the page does show), only a text holding the opening of one
    of its paragraph-long lines: the page's state also holds other stories (related, featured),
    and a longer one of those is not this page's story."""
    openings = [_squeezed(line)[:_OPENING] for line in shown if len(_squeezed(line)) >= _SHOWN_LINE]
    best, best_han, moment = "", _MIN_HAN - 1, ""
    for blob in (*raw.jsonld, *raw.scripts):
        for match in _TEXT_VALUE.finditer(blob):
            value = _unescaped(_json_string(match["value"]) if match["value"] is not None
                               else _js_string(match["single"]))
            han = sum(1 for ch in value if "\u4e00" <= ch <= "\u9fff")
            if han > best_han and _holds_any(value, openings):
                best, best_han, moment = value, han, _moment_near(blob, match.start(), match.end())
    if not best:
        return ScriptStory([], "")
    if _HTML.search(best):
        return ScriptStory([b.text for b in html_blocks(best) if not b.dropped], moment)
    return ScriptStory([line.strip() for line in best.splitlines() if line.strip()], moment)


_TIME_VALUE = re.compile(
    r"""(?<![\w$])["']?(?:time|ctime|create_?time|date_?time|publish_?at)["']?\s*:\s*["']"""
    r"""(?P<v>(?:19|20)\d{2}-\d{1,2}-\d{1,2}[ T]\d{1,2}:\d{2}(?::\d{2})?)["']""",
    re.I,
)
_NEAR = 1500
"""How far from its story's text (in characters of script) a bare ``time`` key still belongs to
the story's own object: a page's state keeps the article's fields side by side."""


def _moment_near(blob: str, start: int, end: int) -> str:
    """The first date and clock time under a bare ``time`` key (``subInfo: {time: '2018-10-29
    08:41:00'}``) within reach of the story's text: a moment not named as the publication's, so
    only one beside the story counts; elsewhere in a script it may be when the page was drawn."""
    after = _TIME_VALUE.search(blob, end, end + _NEAR)
    if after:
        return after["v"]
    before = list(_TIME_VALUE.finditer(blob, max(0, start - _NEAR), start))
    return before[-1]["v"] if before else ""


_OPENING = 12
"""How much of a shown line's opening (spaces aside) the script's story must hold."""
_SHOWN_LINE = 40
"""A shown line this long is the story's (a lede); a shorter one may be the page's notice that
its script did not run ("加载论坛时出错，请强制刷新页面重试。"), which no story holds."""
_SPACES = re.compile(r"\s+")


def _squeezed(text: str) -> str:
    return _SPACES.sub("", text)


def _holds_any(value: str, openings: list[str]) -> bool:
    """Whether ``value`` (spaces aside) holds one of the ``openings``; any value when there are none."""
    if not openings:
        return True
    squeezed = _squeezed(value)
    return any(opening in squeezed for opening in openings)


_BLOCK_TAGS = r"(?:p|div|br|h\d|span|section)\b"
_HTML = re.compile(rf"<{_BLOCK_TAGS}", re.I)
"""A story's text that is HTML, read for its text alone."""
_ESCAPED_HTML = re.compile(rf"&lt;{_BLOCK_TAGS}", re.I)
_JS_ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)", re.S)
_JS_CHARS = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0"}


def _js_string(body: str) -> str:
    """A single-quoted JavaScript string's value (its escapes read as the language reads them)."""
    def char(match: re.Match[str]) -> str:
        code = match[1]
        if code[0] in "ux" and len(code) > 1:
            return chr(int(code[1:], 16))
        return _JS_CHARS.get(code, code)

    return _JS_ESCAPE.sub(char, body)


def _unescaped(value: str) -> str:
    """A story's HTML its page kept entity-escaped (``&lt;p&gt;…``, to be unescaped by the script
    that draws it) as the HTML itself, without the quotes some pages wrap it in
    (``'&quot;&lt;div&gt;…&lt;/div&gt;&quot;'.slice(6, -6)``)."""
    if "<" in value or not _ESCAPED_HTML.search(value):
        return value
    return html.unescape(value).strip().strip('"')


def _json_string(body: str) -> str:
    try:
        value = json.loads(f'"{body}"')
    except ValueError:
        return ""
    return value if isinstance(value, str) else ""
