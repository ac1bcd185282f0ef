"""The article of a saved page that shows it only from a script's data block.

Part of the HTML import: some sites send an empty page and the story as JSON for
their scripts to draw (``__NEXT_DATA__``, ``window.__INITIAL_STATE__ = {…}``,
JSON-LD ``articleBody``). Nothing runs: the script text the page parser set aside
(``page_meta.RawMeta``, bounded) is searched for long string values under the keys
such blocks use for a story's text, read as JSON strings, and the one with the
most Chinese wins. An HTML value goes through ``html_source``, so only its text is kept.
"""

from __future__ import annotations

import json
import re

from .html_source import html_blocks
from .page_meta import RawMeta

__all__ = ["script_paragraphs"]

_TEXT_VALUE = re.compile(
    r'"(?:articleBody|article_?body|content_?html|contentHtml|content|contents|body|text|html|detail)"'
    r'\s*:\s*"(?P<value>(?:[^"\\]|\\.){120,})"'
)
_MIN_HAN = 60
"""A story has at least this many Chinese characters; a shorter value is a label or a summary."""


def script_paragraphs(raw: RawMeta, shown: tuple[str, ...] = ()) -> list[str]:
    """The paragraphs of the longest story text in the page's script data, or [] if none.

    With ``shown`` (the few lines the page does show), only a text holding the opening of one
    of its paragraph-long lines: the page's state also holds other stories (related, featured),
    and a longer one of those is not this page's story."""
    openings = [_squeezed(line)[:_OPENING] for line in shown if len(_squeezed(line)) >= _SHOWN_LINE]
    best, best_han = "", _MIN_HAN - 1
    for blob in (*raw.jsonld, *raw.scripts):
        for match in _TEXT_VALUE.finditer(blob):
            value = _json_string(match["value"])
            han = sum(1 for ch in value if "\u4e00" <= ch <= "\u9fff")
            if han > best_han and _holds_any(value, openings):
                best, best_han = value, han
    if not best:
        return []
    if re.search(r"<(?:p|div|br|h\d|span|section)\b", best, re.I):
        return [b.text for b in html_blocks(best) if not b.dropped]
    return [line.strip() for line in best.splitlines() if line.strip()]


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


def _json_string(body: str) -> str:
    try:
        value = json.loads(f'"{body}"')
    except ValueError:
        return ""
    return value if isinstance(value, str) else ""
