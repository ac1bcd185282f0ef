"""HTML → text blocks, safely: no script runs, nothing is fetched, hostile markup is bounded.

Used for Markdown, which python-markdown renders to HTML first; saved web pages go
through ``html_article``, which shares ``SKIPPED_TAGS``.
The parser is the standard library's: it is not recursive, so a million nested
tags cost memory proportional to the input, not stack depth.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

from ..model import BlockKind

__all__ = ["SKIPPED_TAGS", "HtmlBlock", "html_blocks"]

_BLOCK_TAGS = {
    "p": BlockKind.PARAGRAPH, "li": BlockKind.PARAGRAPH, "blockquote": BlockKind.PARAGRAPH,
    "pre": BlockKind.PARAGRAPH, "dd": BlockKind.PARAGRAPH, "dt": BlockKind.PARAGRAPH,
    "td": BlockKind.PARAGRAPH, "th": BlockKind.PARAGRAPH, "figcaption": BlockKind.CAPTION,
    "div": BlockKind.PARAGRAPH, "section": BlockKind.PARAGRAPH, "article": BlockKind.PARAGRAPH,
    "tr": BlockKind.PARAGRAPH, "br": BlockKind.PARAGRAPH,
    **{f"h{n}": BlockKind.HEADING for n in range(1, 7)},
}
SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template", "iframe", "object", "embed",
                          "svg", "math", "canvas", "select", "textarea", "button", "head"})
"""Elements whose content is never text to read."""
_BOILERPLATE_TAGS = {"nav", "header", "footer", "aside", "form", "menu"}
_MAX_ATTR = 2048


@dataclass(frozen=True)
class HtmlBlock:
    """A run of text from one block-level element; ``dropped`` is True inside nav/footer/aside."""

    kind: BlockKind
    text: str
    level: int = 0
    dropped: bool = False


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[HtmlBlock] = []
        self._buf: list[str] = []
        self._kind = BlockKind.PARAGRAPH
        self._level = 0
        self._skip = 0
        self._boiler = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if (tag in SKIPPED_TAGS or tag == "title") and tag != "embed":  # <embed> has no end tag
            self._skip += 1
        elif tag in _BOILERPLATE_TAGS:
            self._flush()
            self._boiler += 1
        elif tag == "img" and not self._skip:
            alt = dict(attrs).get("alt") or ""
            if alt.strip():
                self._flush()
                self.blocks.append(HtmlBlock(BlockKind.CAPTION, alt[:_MAX_ATTR].strip(), 0, self._boiler > 0))
        elif tag in _BLOCK_TAGS:
            self._flush()
            self._kind = _BLOCK_TAGS[tag]
            self._level = int(tag[1]) if self._kind is BlockKind.HEADING else 0

    def handle_endtag(self, tag: str) -> None:
        if (tag in SKIPPED_TAGS or tag == "title") and tag != "embed":
            self._skip = max(0, self._skip - 1)
        elif tag in _BOILERPLATE_TAGS:
            self._flush()
            self._boiler = max(0, self._boiler - 1)
        elif tag in _BLOCK_TAGS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self._buf.append(data)

    def close(self) -> None:
        super().close()
        self._flush()

    def _flush(self) -> None:
        text = re.sub(r"\s+", " ", "".join(self._buf)).strip()
        self._buf.clear()
        if text:
            self.blocks.append(HtmlBlock(self._kind, text, self._level, self._boiler > 0))
        self._kind, self._level = BlockKind.PARAGRAPH, 0

def html_blocks(html: str) -> list[HtmlBlock]:
    """The text blocks of ``html`` in document order."""
    collector = _Collector()
    collector.feed(html)
    collector.close()
    return collector.blocks
