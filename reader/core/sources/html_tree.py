"""HTML → a bounded element tree and its text pieces, for the saved-page reader.

First half of the HTML import (``html_article`` scores and assembles). The
standard library's parser builds the tree, so nothing runs and nothing is
fetched; nesting deeper than a bound is flattened, attribute values are cut
short. The page's own metadata is set aside on the way (``page_meta.RawMeta``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from html.parser import HTMLParser

from ..article.assemble import normalise_line
from ..article.cleanup import boilerplate_reason
from ..article.parse import is_heading_line
from ..model import BlockKind, DropReason
from .html_source import SKIPPED_TAGS
from .page_meta import RawMeta

__all__ = ["HEADLINE_TAGS", "Node", "PageTree", "Piece", "enclosing_block", "heading_text", "in_chinese", "pieces",
           "shown_children", "text_of"]

_VOID = {"br", "img", "hr", "meta", "link", "input", "source", "area", "base", "col", "wbr", "embed",
         "param", "track"}
"""Elements with no end tag: they open nothing (an <embed> inside <object> must not start a skip)."""
_LOOSE = {"select", "button"}
"""Skipped elements that pages leave unclosed; the element around them ends them."""
_BLOCKS = {"p", "div", "section", "article", "main", "li", "td", "th", "pre", "blockquote",
           "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table",
           "tr", "dd", "dt", "header", "footer", "nav", "aside", "center", "br", "hr"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
HEADLINE_TAGS = frozenset({"h1", "h2"})
"""The headings a page sets its headline in."""
_MAX_DEPTH = 400
_PLAIN_TAG = re.compile(r"<([a-zA-Z][a-zA-Z0-9]*)((?:[ \t\n\r\f]+[a-zA-Z][-a-zA-Z0-9_:.]*=(?:'[^'&<>]*'|\"[^\"&<>]*\"))*)"
                        r"[ \t\n\r\f]*>")
"""A start tag the standard library reads as written: its name, then attributes each with a value
in quotes that holds no entity (``unescape`` would leave it as it is), apart by ASCII spaces (the
only ones its tag name stops at), and nothing else before the ``>``."""
_PLAIN_END = re.compile(r"</([a-zA-Z][a-zA-Z0-9]*)>")
_PLAIN_ATTR = re.compile(r"[ \t\n\r\f]+([-a-zA-Z0-9_:.]+)=(?:'([^'&<>]*)'|\"([^\"&<>]*)\")")
_PUNCT_SPACE = re.compile(r"\s(?:\s*(?=[，。！？；：、）》」』”’])|(?<=[，。！？；：、（《「『“‘]\s)\s*)")
"""Markup line breaks leave spaces around full-width punctuation; Chinese text has none. A run
of spaces before a closing mark or after an opening one, written to begin with a space class: ``re``
then skips to the next space in C instead of trying a look-behind at every character (5x faster)."""
_MARKUP = re.compile(r"</?[a-zA-Z][^>]*>")
"""Tags a CMS left inside an attribute's text (an image's alt copied from a linked caption)."""
_SAVED_FROM = re.compile(r"(?:saved from url=\(\d+\)|saved with SingleFile\s+url:\s*)(?P<url>\S+)", re.I)
"""The address a browser (``<!-- saved from url=(0042)… -->``) or the SingleFile extension
(``<!-- Page saved with SingleFile url: … saved date: … -->``) noted when saving the page."""
_BYLINE = re.compile(r"记者|記者|作者|编辑|編輯|来源|來源|通讯员|通訊員|摄|攝")
_EDIT_LINK = re.compile(r"\s*\[(?:编辑|編輯|编辑源代码|編輯原始碼|修改|edit|edit source)\]$", re.I)
"""A wiki's edit control after a heading ("雄安新区[编辑]"): a link, not the heading's words."""
_INVISIBLE_CHARS = "\u00ad\u200b\u2060\ufeff"
"""Characters a page's text carries unseen (a soft hyphen, a zero-width space, a word joiner, a
byte-order mark): they would split a word for search and keep a headline from matching its
og:title. Joiners inside emoji (U+200D) are seen, and kept."""
_INVISIBLE = dict.fromkeys(map(ord, _INVISIBLE_CHARS))
"""Used only where one is found (``in`` looks in C): translating with a table costs 5-300 ns a
character, and most of a saved page's megabytes are inline scripts that hold none."""


@dataclass(eq=False)
class Node:
    """An element: its tag, class and id (for scoring), children in order, and its score (and
    whether it holds the headline) while the body is voted on. Two elements are the same only if
    they are one: compared field by field, ``==`` walked parents and children (a RecursionError,
    or a deep walk, whenever two lines of the same text were compared)."""

    tag: str
    attrs: str = ""
    parent: Node | None = None
    children: list[Node | str] = field(default_factory=list)
    href: str = ""
    score: float = 0.0
    holds_headline: bool = False
    marked_body: bool = False
    """Marked itemprop="articleBody" by the page itself (schema.org's microdata)."""


class PageTree(HTMLParser):
    """Builds a bounded element tree, and keeps the page's own metadata aside."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("root")
        self._stack = [self.root]
        self._skip = 0
        self._loose = 0
        """How many of the skipped elements open are form controls pages leave unclosed."""
        self._inner: Counter[str] = Counter()
        """Elements opened inside a skipped one and not yet closed: their end tags close nothing outside."""
        self._in_title = False
        self._script: str | None = None
        self.title = ""
        self.raw = RawMeta()
        self.times: list[tuple[Node, str]] = []
        """<time> elements with their machine-readable ``datetime``."""
        self.published_nodes: list[Node] = []
        """Elements marked itemprop="datePublished" that say the date in their text."""

    def updatepos(self, i: int, j: int) -> int:
        """Skip the line and column count kept for ``getpos``, which nothing asks for: counting
        the line breaks before every tag was a tenth of the parse."""
        return j

    def parse_starttag(self, i: int) -> int:
        """The standard library's reading of a start tag, made at once for a plain one: a name and
        quoted values with no entity, as most of a page's tags are. The library tries three
        patterns and loops over the attributes (~4 µs a tag, a sixth of a 2 MB page's opening);
        any other tag, and <script> and <style>, which change how what follows is read, go to it."""
        plain = _PLAIN_TAG.match(self.rawdata, i)
        if plain is None or plain[1].lower() in self.CDATA_CONTENT_ELEMENTS:
            return HTMLParser.parse_starttag(self, i)
        self.lasttag = tag = plain[1].lower()
        self._HTMLParser__starttag_text = plain[0]
        attrs = [(name.lower(), single or double) for name, single, double in _PLAIN_ATTR.findall(plain[2])]
        self.handle_starttag(tag, attrs)
        return plain.end()

    def parse_endtag(self, i: int) -> int:
        """The standard library's reading of an end tag, made at once for a plain one (``</div>``)
        outside <script> and <style>: the library looks for the ``>`` and then matches the tag."""
        plain = _PLAIN_END.match(self.rawdata, i)
        if plain is None or self.cdata_elem is not None:
            return HTMLParser.parse_endtag(self, i)
        self.handle_endtag(plain[1].lower())
        self.clear_cdata_mode()
        return plain.end()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: (v or "")[:2048] for k, v in attrs}
        if tag in ("meta", "link", "title", "script"):
            self._head_tag(tag, values)
        if tag in _LOOSE and self._loose:
            return  # a <select> inside an unclosed one closes it, as browsers do
        if tag == "body":
            self._skip = self._loose = 0  # <body> ends an unclosed <head> (and what it left open)
            self._inner.clear()
        if self._skip and tag not in SKIPPED_TAGS and tag not in _VOID:
            self._inner[tag] += 1
        if tag in SKIPPED_TAGS and tag not in _VOID:
            self._skip += 1
            self._loose += tag in _LOOSE
        elif not self._skip and tag not in SKIPPED_TAGS:
            self._open(tag, values)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """<style type="text/css" /> as browsers read it: a slash closes only void elements, so the
        style's rules run on to its end tag and are never shown (they were read as page text)."""
        self.handle_starttag(tag, attrs)
        if tag in ("script", "style"):
            self.set_cdata_mode(tag)
        else:
            self.handle_endtag(tag)

    def _head_tag(self, tag: str, values: dict[str, str]) -> None:
        if tag == "meta":
            key = values.get("property") or values.get("name") or values.get("itemprop") or ""
            if key and values.get("content"):
                self.raw.add_meta(key, values["content"])
        elif tag == "link" and "canonical" in values.get("rel", "").lower():
            self.raw.canonical = values.get("href", "")
        elif tag == "title":
            self._in_title = not self.title.strip()  # the page's own; an included fragment's comes later
        elif tag == "script":
            self._script = "jsonld" if "ld+json" in values.get("type", "") else "data"

    def _open(self, tag: str, values: dict[str, str]) -> None:
        if tag == "p" and self._stack[-1].tag == "p":
            self._stack.pop()  # a new paragraph closes an open one, as browsers do
        parent = self._stack[-1]
        node = Node(tag, f"{values.get('class', '')} {values.get('id', '')}", parent)
        if tag == "a":
            node.href = values.get("href", "")
        alt = _MARKUP.sub("", values.get("alt", "")).strip() if tag == "img" else ""
        if alt:
            node.children.append(alt)
        if values.get("itemprop", "").lower() == "articlebody":
            node.marked_body = True
        if values.get("itemprop", "").lower() == "datepublished":
            stamp = values.get("content", "") or values.get("datetime", "")
            if stamp:
                self.raw.itemprop_dates.append(stamp)
            else:
                self.published_nodes.append(node)
        elif tag == "time" and values.get("datetime"):
            self.times.append((node, values["datetime"]))
        if not (parent.tag in HEADLINE_TAGS and tag not in _BLOCKS and _hidden(values)):
            parent.children.append(node)  # a headline's hidden words (SEO keywords) are not shown
        if tag not in _VOID and len(self._stack) < _MAX_DEPTH:
            self._stack.append(node)

    def handle_comment(self, data: str) -> None:
        saved = _SAVED_FROM.search(data[:4096]) if not self.raw.saved_from else None
        if saved:
            self.raw.saved_from = saved["url"]

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag == "script":
            self._script = None
        if tag in SKIPPED_TAGS:
            self._skip = max(0, self._skip - (tag not in _VOID))
            self._loose = max(0, self._loose - (tag in _LOOSE))
            if not self._skip:
                self._inner.clear()
            return
        if self._skip and self._inner[tag]:
            self._inner[tag] -= 1  # a player's <span> inside its <button> closes that span only
            return
        if self._skip and self._skip == self._loose and any(n.tag == tag for n in self._stack):
            self._skip = self._loose = 0  # the cell or block around an unclosed <select> ends it
            self._inner.clear()
        if self._skip:
            return  # markup inside <noscript> and the like closes nothing outside it
        for i in range(len(self._stack) - 1, 0, -1):
            if self._stack[i].tag == tag:
                del self._stack[i:]
                return

    def handle_data(self, data: str) -> None:
        if any(char in data for char in _INVISIBLE_CHARS):
            data = data.translate(_INVISIBLE)
        if self._in_title:
            self.title += data
        elif self._script == "jsonld":
            self.raw.jsonld.append(data)
        elif self._script == "data":
            self.raw.add_script(data)
        elif not self._skip and data.strip():
            self._stack[-1].children.append(data)
        elif not self._skip and data and self._after_inline():
            self._stack[-1].children.append(_SPACE)

    def _after_inline(self) -> bool:
        """Whether the open element's last child is an inline element: white space after it
        parts it from what follows as the browser shows it (<span>Flut</span> <span>Zwei</span>);
        white space elsewhere is the markup's indentation."""
        children = self._stack[-1].children
        return bool(children) and isinstance(children[-1], Node) and children[-1].tag not in _BLOCKS


@dataclass(frozen=True, eq=False)
class Piece:
    """A run of text from one block element, in page order, with how much of it is link text.
    One piece is equal only to itself (as ``Node``): a page says the same line in many places."""

    kind: BlockKind
    text: str
    level: int
    node: Node
    link_chars: int = 0
    images: int = 0
    """How many images the page shows before this text: a new one between two lines is a new photo."""

    @cached_property
    def boilerplate(self) -> DropReason | None:
        """Why the text is web boilerplate (``boilerplate_reason``), asked once: the body's vote and
        the assembly both ask of most lines, and only a short line's answer is kept by cleanup."""
        return boilerplate_reason(self.text)


_LINK, _BOLD = 1, 2
"""Bit flags on a run of text: inside a link, inside bold (<b>, <strong>)."""


_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def _hidden(values: dict[str, str]) -> bool:
    """Whether an element's own attributes hide it (``hidden``, display:none): a headline's
    keywords stuffed in for search engines (<h1>标题<span style="display:none">关键词</span></h1>)."""
    return "hidden" in values or bool(_HIDDEN_STYLE.search(values.get("style", "")))


def pieces(root: Node) -> list[Piece]:
    """Each block element's text with its inline children in order (iterative: no recursion).

    Each open element keeps an iterator over its children, the block its text goes to (its
    owner), that block's runs of text and its marks: a run of text needs one step of the loop
    over its element's children, and an element one step down and one back up."""
    out: list[Piece] = []
    images = 0
    stack: list[tuple[Iterator[Node | str], Node, Node, list[tuple[str, int]], int]] = [
        (iter(root.children), root, root, [], 0)]
    while stack:
        children, node, owner, buffer, marks = stack[-1]
        for child in children:
            if isinstance(child, str):
                buffer.append((child, marks))
                continue
            images += child.tag == "img"
            if child.tag in _BLOCKS and _inset(child, buffer):
                continue  # no text in it, and the number goes on after it
            if child.tag == "br" and owner.tag in HEADLINE_TAGS:
                buffer.append((_HEADING_BREAK, marks))  # a headline set on two lines is one line
                continue
            if child.tag in _BLOCKS:
                if buffer:  # a wrapper's own text between its blocks: most have none
                    _flush(out, owner, buffer, images)
                stack.append((iter(child.children), child, child, [], marks))
            else:
                inner = marks | (_LINK if child.tag == "a" else 0) | (_BOLD if child.tag in ("b", "strong") else 0)
                stack.append((iter(child.children), child, owner, buffer, inner))
            break
        else:
            stack.pop()
            if node is owner and buffer:
                _flush(out, owner, buffer, images)
    return _headlines_whole(out)


_HEADLINE_PARTS = 80
"""Most characters a headline set in several blocks inside its <h1> or <h2> may have in all: more
is a page that wraps its content in a heading, whose blocks stay apart."""


def _headlines_whole(out: list[Piece]) -> list[Piece]:
    """Blocks inside one <h1> or <h2> as one heading (<h1><div>江门侨乡</div><div>再出发</div></h1>:
    the headline set on two lines by its markup), as a <br> inside one is; not when the heading
    has text of its own beside them (<h1><span>标题</span><div>播报文章</div></h1>: a player's
    button set in the heading)."""
    if not any(p.node.tag not in _HEADINGS and _headline_of(p.node) for p in out):
        return out  # most pages: no block inside a headline
    merged: list[Piece] = []
    for piece in out:
        heading = _headline_of(piece.node)
        last = merged[-1] if merged else None
        if heading is not None and last is not None and _headline_of(last.node) is heading \
                and last.node is not heading and piece.node is not heading \
                and len(last.text) + len(piece.text) <= _HEADLINE_PARTS:
            text = _joined_lines(last.text + _HEADING_BREAK + piece.text)
            merged[-1] = Piece(BlockKind.HEADING, text, int(heading.tag[1]), heading, last.link_chars + piece.link_chars,
                               last.images)
            continue
        merged.append(piece)
    return merged


def _headline_of(node: Node) -> Node | None:
    """The <h1> or <h2> a block lies in (itself, or up to three levels up), if any."""
    current: Node | None = node
    for _ in range(4):
        if current is None:
            return None
        if current.tag in HEADLINE_TAGS:
            return current
        current = current.parent
    return None


def _inset(block: Node, buffer: list[tuple[str, int]]) -> bool:
    """Whether a block element is an inset a number flows around, not a break in it: a box
    holding only an image (an advert's table set into a story, 获得了5<table><img></table>00万元)
    between the digits of one number. Its text is read only at such a split, which is rare."""
    if block.tag in ("br", "hr") or not buffer or not buffer[-1][0][-1:].isdigit():
        return False
    siblings = block.parent.children if block.parent is not None else [block]
    after = next((c for c in siblings[siblings.index(block) + 1 :] if not isinstance(c, str) or c.strip()), None)
    return isinstance(after, str) and after.lstrip()[:1].isdigit() and not text_of(block).strip()


_HEADING_BREAK = "\ue000"
"""A <br> inside a heading, held in its text until the lines are joined (a private-use character:
no page's text has it)."""
_HAN_EDGE = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
_SPACE = " "
"""White space between two inline elements, one object for all (``_runs_joined`` knows it by
identity): between words it is a space, between Chinese characters nothing."""


def _joined_lines(text: str) -> str:
    """A heading's lines as one: nothing between Chinese characters or punctuation (江门侨乡<br>
    再出发 is 江门侨乡再出发, as its <title> writes it), a space between words of other scripts."""
    parts = [part.strip() for part in text.split(_HEADING_BREAK)]
    line = parts[0]
    for part in parts[1:]:
        glue = "" if not line or not part or _HAN_EDGE.match(line[-1]) and _HAN_EDGE.match(part[0]) else " "
        line += glue + part
    return line


_CLOCK_END = re.compile(r"(?:^|\D)\d{1,2}[:：]\d{2}$|\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?$")
"""A run of text ending in a clock time or a date (<span class="hour">19:04</span>)."""


def _runs_joined(runs: list[str]) -> str:
    """A block's runs of text as its line: as written, but with a space where a clock time or a
    date in one element meets a number in the next (<span>19:04</span><span>2023/8/5</span>,
    <span>2023/8/5</span><span>19:04</span>), which the page sets apart by its style; run
    together, 2023/8/519:04 read as the 51st."""
    if len(runs) < 2:
        return "".join(runs)
    out = [runs[0]]
    for i, run in enumerate(runs[1:], 1):
        if run is _SPACE:
            following = runs[i + 1] if i + 1 < len(runs) else ""
            if not (_HAN_EDGE.match(out[-1][-1:]) and _HAN_EDGE.match(following[:1])):
                out.append(run)  # a space between words, not between Chinese characters
            continue
        if run[:1].isdigit() and out[-1][-1:].isdigit() and _CLOCK_END.search(out[-1][-24:]):
            out.append(" ")
        out.append(run)
    return "".join(out)


def _flush(out: list[Piece], owner: Node, buffer: list[tuple[str, int]], images: int) -> None:
    if owner.tag == "pre" and not any(marks & _LINK for _, marks in buffer):
        paragraphs = _BLANK_LINE.split("".join(t for t, _ in buffer))
        if len(paragraphs) > 1:  # a <pre>'s paragraphs, each a block as the page shows it
            buffer.clear()
            for paragraph in paragraphs:
                _flush(out, owner, [(paragraph, 0)], images)
            return
    joined = _runs_joined([t for t, _ in buffer])
    text = normalise_line(_joined_lines(joined) if _HEADING_BREAK in joined else joined)
    if len(text.split(None, 1)) > 1:  # whitespace inside (the line is stripped): found in C
        text = _PUNCT_SPACE.sub("", text)
    links = sum(len(t.strip()) for t, marks in buffer if marks & _LINK)
    all_bold = all(marks & _BOLD for t, marks in buffer if t.strip())
    buffer.clear()
    if not text:
        return
    kind, level = _kind(owner), int(owner.tag[1]) if owner.tag in _HEADINGS else 0
    if kind is BlockKind.HEADING:
        text = heading_text(text)
        control = _trailing_control(owner, text)
        if control is not None:  # <h1>标题<span class="share">分享到：</span></h1>: set apart
            out.append(Piece(kind, text[: -len(control[0])].rstrip(), level, owner, links, images))
            out.append(Piece(BlockKind.PARAGRAPH, control[0], 0, control[1], 0, images))
            return
    if kind is BlockKind.PARAGRAPH and all_bold and not links and is_heading_line(text) \
            and not _BYLINE.search(text):
        kind, level = BlockKind.HEADING, 6  # a bold line standing alone: a sub-heading
    out.append(Piece(kind, text, level, owner, links, images))


def shown_children(node: Node) -> list[Node | str]:
    """An element's children less the runs of whitespace between them."""
    return [c for c in node.children if not isinstance(c, str) or c.strip()]


def _trailing_control(heading: Node, text: str) -> tuple[str, Node] | None:
    """A page's control set at the end of a heading, in an element of its own (分享到：, 打印,
    字号：大 中 小): its text and element, to be kept apart from the headline; None if none."""
    if heading.tag not in HEADLINE_TAGS:
        return None
    children = shown_children(heading)
    last = children[-1] if children else None
    if not isinstance(last, Node) or last.tag in _BLOCKS:
        return None
    said = normalise_line(text_of(last))
    if not said or len(said) >= len(text) or not text.endswith(said) or boilerplate_reason(said) is None:
        return None
    return said, last


_BLANK_LINE = re.compile(r"\n[ \t\u3000]*\n\s*")
"""The blank line between a <pre>'s paragraphs (a video page's story under its player)."""


def _kind(node: Node) -> BlockKind:
    if node.tag in _HEADINGS:
        return BlockKind.HEADING
    if node.tag == "figcaption":
        return BlockKind.CAPTION
    return BlockKind.PARAGRAPH


def enclosing_block(node: Node, owners: dict[int, int]) -> Node | None:
    """The nearest of ``node`` and its ancestors whose id is in ``owners`` (the pieces' blocks)."""
    current: Node | None = node
    while current is not None and id(current) not in owners:
        current = current.parent
    return current


def heading_text(text: str) -> str:
    """A heading's words, without a wiki's edit control after them."""
    return _EDIT_LINK.sub("", text)


def text_of(node: Node) -> str:
    """The text inside ``node``, bounded: enough for a date."""
    out: list[str] = []
    stack: list[Node | str] = [node]
    while stack and sum(map(len, out)) < 200:
        item = stack.pop()
        if isinstance(item, str):
            out.append(item)
        else:
            stack.extend(reversed(item.children))
    return "".join(out)


def in_chinese(texts: Iterable[str]) -> bool:
    """Whether text is written in Chinese: a fifth or more of its letters are Han (or it has
    none). Rules tuned on Chinese layouts and readers (the body vote's limits, a UTC time shown
    in UTC+08:00) hold for such pages; a page in another language is read as its own. The
    first 50,000 characters tell it (a story of 2,000 paragraphs was counted letter by letter)."""
    text = "".join(texts)[:_SAMPLE]
    letters = sum(map(str.isalpha, text))
    return sum(map(len, _HAN.findall(text))) * 5 >= letters


_HAN = re.compile(r"[\u3400-\u9fff]+")
"""Runs of Han characters: counted by their lengths, not found one by one (a list of 40,000
one-character strings for a page of Chinese)."""
_SAMPLE = 50_000
