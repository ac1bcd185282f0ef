"""Saved web pages → Article: the main text found by text and punctuation density.

The page is parsed into a light element tree (the standard library's parser, so
nothing runs and nothing is fetched; nesting deeper than a bound is flattened).
Each paragraph-like element scores by its Chinese punctuation and length and
passes the score to its parent and grandparent, as Readability does; links,
and class names like nav/footer/comment, count against. The best container is
the body; everything else on the page goes to ``dropped``, never silently lost.
Title, date, author and outlet come from the page's own metadata (JSON-LD,
Open Graph, <meta>) first, then from the <h1> and the date line under it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from .assemble import BlockBuilder, normalise_line
from .cleanup import boilerplate_reason
from .html_source import SKIPPED_TAGS
from .meta import parse_datetime, parse_meta_line
from .model import Article, BlockKind, Dropped, DropReason, SourceFormat
from .outline import build_outline
from .parse import is_heading_line

__all__ = ["parse_html"]

_VOID = {"br", "img", "hr", "meta", "link", "input", "source", "area", "base", "col", "wbr"}
_BLOCKS = {"p", "div", "section", "article", "main", "li", "td", "th", "pre", "blockquote",
           "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table",
           "tr", "dd", "dt", "header", "footer", "nav", "aside", "center", "br", "hr"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_MAX_DEPTH = 400
_POSITIVE = re.compile(r"article|content|main|text|body|detail|post|story|news|正文", re.I)
_NEGATIVE = re.compile(r"comment|footer|foot|nav|menu|side|related|recommend|share|ad[s_-]|"
                       r"banner|breadcrumb|copyright|login|hot|rank|tool|bottom|header|top", re.I)
_PUNCT = re.compile(r"[，。！？；、,]")
_PUNCT_SPACE = re.compile(r"\s+(?=[，。！？；：、）》」』”’])|(?<=[，。！？；：、（《「『“‘])\s+")
"""Markup line breaks leave spaces around full-width punctuation; Chinese text has none."""
_SITE_SUFFIX = re.compile(r"\s*(?:--|——|-|_|\||｜)\s*[^-_|｜\s]{2,12}(?:网|频道|新闻|报|在线|门户)$")
_BYLINE = re.compile(r"记者|記者|作者|编辑|編輯|来源|來源|通讯员|通訊員|摄|攝")
_TITLE_SPLIT = re.compile(r"\s*(?:--|——|_|\||｜| - | – )\s*")


@dataclass
class _Node:
    tag: str
    attrs: str = ""
    parent: _Node | None = None
    children: list[_Node | str] = field(default_factory=list)
    href: str = ""
    score: float = 0.0


class _TreeBuilder(HTMLParser):
    """Builds a bounded element tree, and keeps the page's own metadata aside."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("root")
        self._stack = [self.root]
        self._skip = 0
        self._in_title = False
        self._in_jsonld = False
        self.title = ""
        self.meta: dict[str, str] = {}
        self.jsonld: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: (v or "")[:2048] for k, v in attrs}
        if tag == "meta":
            key = (values.get("property") or values.get("name") or values.get("itemprop") or "").lower()
            if key and values.get("content"):
                self.meta.setdefault(key, values["content"].strip())
        elif tag == "title":
            self._in_title = True
        elif tag == "script" and "ld+json" in values.get("type", ""):
            self._in_jsonld = True
        if tag in SKIPPED_TAGS:
            self._skip += 1
        elif not self._skip:
            self._open(tag, values)

    def _open(self, tag: str, values: dict[str, str]) -> None:
        if tag == "p" and self._stack[-1].tag == "p":
            self._stack.pop()  # a new paragraph closes an open one, as browsers do
        parent = self._stack[-1]
        node = _Node(tag, f"{values.get('class', '')} {values.get('id', '')}", parent)
        if tag == "a":
            node.href = values.get("href", "")
        if tag == "img" and values.get("alt", "").strip():
            node.children.append(values["alt"].strip())
        parent.children.append(node)
        if tag not in _VOID and len(self._stack) < _MAX_DEPTH:
            self._stack.append(node)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag == "script":
            self._in_jsonld = False
        if tag in SKIPPED_TAGS:
            self._skip = max(0, self._skip - 1)
            return
        for i in range(len(self._stack) - 1, 0, -1):
            if self._stack[i].tag == tag:
                del self._stack[i:]
                return

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif self._in_jsonld:
            self.jsonld.append(data)
        elif not self._skip and data.strip():
            self._stack[-1].children.append(data)


@dataclass(frozen=True)
class _Piece:
    """A run of text from one block element, in page order, with how much of it is link text."""

    kind: BlockKind
    text: str
    level: int
    node: _Node
    link_chars: int = 0


@dataclass
class _Frame:
    node: _Node
    owner: _Node
    buffer: list[tuple[str, int]]
    marks: int
    index: int = 0


_LINK, _BOLD = 1, 2
"""Bit flags on a run of text: inside a link, inside bold (<b>, <strong>)."""


def _pieces(root: _Node) -> list[_Piece]:
    """Each block element's text with its inline children in order (iterative: no recursion)."""
    out: list[_Piece] = []
    stack = [_Frame(root, root, [], 0)]
    while stack:
        frame = stack[-1]
        if frame.index >= len(frame.node.children):
            stack.pop()
            if frame.node is frame.owner:
                _flush(out, frame.owner, frame.buffer)
            continue
        child = frame.node.children[frame.index]
        frame.index += 1
        if isinstance(child, str):
            frame.buffer.append((child, frame.marks))
        elif child.tag in _BLOCKS:
            _flush(out, frame.owner, frame.buffer)
            stack.append(_Frame(child, child, [], frame.marks))
        else:
            marks = frame.marks | (_LINK if child.tag == "a" else 0) | (_BOLD if child.tag in ("b", "strong") else 0)
            stack.append(_Frame(child, frame.owner, frame.buffer, marks))
    return out


def _flush(out: list[_Piece], owner: _Node, buffer: list[tuple[str, int]]) -> None:
    text = _PUNCT_SPACE.sub("", normalise_line("".join(t for t, _ in buffer)))
    links = sum(len(t.strip()) for t, marks in buffer if marks & _LINK)
    all_bold = all(marks & _BOLD for t, marks in buffer if t.strip())
    buffer.clear()
    if not text:
        return
    kind, level = _kind(owner), int(owner.tag[1]) if owner.tag in _HEADINGS else 0
    if kind is BlockKind.PARAGRAPH and all_bold and not links and is_heading_line(text) \
            and not _BYLINE.search(text):
        kind, level = BlockKind.HEADING, 6  # a bold line standing alone: a sub-heading
    out.append(_Piece(kind, text, level, owner, links))


def _kind(node: _Node) -> BlockKind:
    if node.tag in _HEADINGS:
        return BlockKind.HEADING
    if node.tag == "figcaption":
        return BlockKind.CAPTION
    return BlockKind.PARAGRAPH


def _score(pieces: list[_Piece]) -> _Node | None:
    """Readability's vote: paragraphs give points to their element and its parent."""
    best: _Node | None = None
    for piece in pieces:
        text = piece.text
        if piece.kind is not BlockKind.PARAGRAPH or len(text) < 15 or piece.link_chars * 2 > len(text) \
                or boilerplate_reason(text) is not None:
            continue
        points = 1 + len(_PUNCT.findall(text)) + min(len(text) / 100, 3)
        for share, node in ((1.0, piece.node), (0.5, piece.node.parent)):
            if node is None or node.tag == "root":
                continue
            node.score += points * share
            if best is None or _weighted(node) > _weighted(best):
                best = node
    return best


def _weighted(node: _Node) -> float:
    weight = 1.0
    if _POSITIVE.search(node.attrs):
        weight *= 1.25
    if _NEGATIVE.search(node.attrs):
        weight *= 0.5
    return node.score * weight


def _inside(node: _Node, container: _Node) -> bool:
    current: _Node | None = node
    while current is not None:
        if current is container:
            return True
        current = current.parent
    return False


@dataclass
class _PageMeta:
    title: str = ""
    published: str = ""
    author: str = ""
    outlet: str = ""
    url: str = ""


def _page_meta(tree: _TreeBuilder) -> _PageMeta:
    meta = tree.meta
    found = _PageMeta(
        title=meta.get("og:title", ""),
        published=next((meta[k] for k in ("article:published_time", "og:release_date", "pubdate",
                                          "publishdate", "datepublished", "publish_time", "weibo:article:create_at",
                                          "article:published", "date") if meta.get(k)), ""),
        author=meta.get("author", "") or meta.get("article:author", ""),
        outlet=meta.get("og:site_name", ""),
        url=meta.get("og:url", ""),
    )
    for blob in tree.jsonld:
        _take_jsonld(found, blob)
    return found


def _take_jsonld(found: _PageMeta, blob: str) -> None:
    try:
        data = json.loads(blob)
    except ValueError:
        return
    items = data if isinstance(data, list) else [data]
    for item in items:
        if not isinstance(item, dict):
            continue
        found.title = found.title or str(item.get("headline", ""))
        found.published = found.published or str(item.get("datePublished", ""))
        author = item.get("author")
        if isinstance(author, dict):
            author = author.get("name", "")
        found.author = found.author or (str(author) if isinstance(author, str) else "")
        publisher = item.get("publisher")
        if isinstance(publisher, dict):
            found.outlet = found.outlet or str(publisher.get("name", ""))


def _title(meta: _PageMeta, page_title: str, pieces: list[_Piece]) -> tuple[str, _Piece | None]:
    """The headline: og/JSON-LD title, else the <h1> the <title> agrees with, else <title>'s first part."""
    h1s = [p for p in pieces if p.node.tag == "h1"]
    page_title = normalise_line(page_title)
    for h1 in h1s:
        if h1.text and (h1.text in page_title or h1.text in meta.title or not page_title):
            return _SITE_SUFFIX.sub("", h1.text), h1
    if meta.title:
        return _SITE_SUFFIX.sub("", normalise_line(meta.title)), None
    parts = [p for p in _TITLE_SPLIT.split(page_title) if p]
    return _SITE_SUFFIX.sub("", parts[0] if parts else page_title), None


def parse_html(text: str, *, path: str = "", encoding: str = "utf-8") -> Article:
    """A saved news page as an Article; the rest of the page is kept in ``dropped``."""
    tree = _TreeBuilder()
    tree.feed(text)
    tree.close()
    pieces = _pieces(tree.root)
    meta = _page_meta(tree)
    title, title_piece = _title(meta, tree.title, pieces)
    body = _score(pieces)
    start = pieces.index(title_piece) if title_piece in pieces else 0
    meta_line = _date_line(pieces[start : start + 12] if title_piece else pieces[:60])
    if body is None:  # no paragraph long enough to vote: keep whatever is not link lists
        kept = [p for p in pieces if p.link_chars * 2 <= len(p.text) and p is not title_piece]
    else:
        kept = [p for p in pieces if _inside(p.node, body) and p is not title_piece]
    return _assemble(title, meta, meta_line, kept, pieces, path, encoding)


def _date_line(candidates: list[_Piece]) -> tuple[str, _Piece | None]:
    for piece in candidates:
        if parse_meta_line(piece.text) is not None or (len(piece.text) < 60 and parse_datetime(piece.text)):
            return piece.text, piece
    return "", None


def _assemble(title: str, meta: _PageMeta, meta_line: tuple[str, _Piece | None], kept: list[_Piece],
              pieces: list[_Piece], path: str, encoding: str) -> Article:
    line, line_piece = meta_line
    parsed_line = parse_meta_line(line) if line else None
    published = parse_datetime(meta.published) or (parse_datetime(line) if line else None)
    builder = BlockBuilder()
    builder.add(BlockKind.TITLE, title)
    shown_meta = [published[1] if published else "", f"来源:{parsed_line.source}" if parsed_line and parsed_line.source else ""]
    builder.add(BlockKind.META, "\u3000".join(p for p in shown_meta if p))
    lede_done = False
    body_text = [p for p in kept if p is not line_piece and p.text != title and boilerplate_reason(p.text) is None]
    top = min((p.level for p in body_text if p.kind is BlockKind.HEADING), default=1)
    for piece in body_text:
        kind = piece.kind
        if kind is BlockKind.PARAGRAPH and not lede_done and len(piece.text) >= 15:
            kind, lede_done = BlockKind.LEDE, True
        builder.add(kind, piece.text, level=piece.level - top + 1 if kind is BlockKind.HEADING else 0)
    body_ids = {id(p) for p in body_text}
    dropped = tuple(Dropped(p.text, boilerplate_reason(p.text) or DropReason.NAVIGATION, i)
                    for i, p in enumerate(pieces) if id(p) not in body_ids and p.text != title)
    article = Article(
        text=builder.text, blocks=builder.blocks, title=title,
        source=(parsed_line.source if parsed_line and parsed_line.source else meta.outlet),
        outlet=meta.outlet, url=meta.url, published=published[0] if published else None,
        author=meta.author or (parsed_line.author if parsed_line else ""),
        dropped=dropped, format=SourceFormat.HTML, path=path, encoding=encoding,
    )
    return build_outline(article)
