"""Saved web pages → Article: the main text found by text and punctuation density.

The page comes as an element tree and text pieces from ``html_tree`` (nothing
runs, nothing is fetched). Each paragraph-like element scores by its Chinese
punctuation and length and passes the score to its parent, as Readability does;
links, class names like nav/footer/comment, and sitting inside a comment section
or footer count against. The best container is the body; everything else on the
page goes to ``dropped``, never silently lost. Title, date, author and outlet
come from the page's own metadata (``page_meta``) first, then from the <h1> and
the date line under it; a date then from <time>, script data, the URL.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime

from ..article.assemble import BlockBuilder, normalise_line
from ..article.cleanup import boilerplate_reason
from ..article.meta import MetaLine, parse_byline, parse_datetime, parse_meta_line, parse_published
from ..article.outline import build_outline
from ..model import Article, BlockKind, Dropped, DropReason, SourceFormat
from .html_tree import Node, PageTree, Piece, enclosing_block, text_of
from .html_tree import pieces as page_pieces
from .page_meta import (
    PageMeta,
    is_short,
    names_site,
    page_meta,
    parse_timestamp,
    script_date,
    strip_site_parts,
    title_parts,
    url_date,
)

__all__ = ["parse_html"]

_POSITIVE = re.compile(r"article|content|main|text|body|detail|post|story|news|正文", re.I)
_NEGATIVE = re.compile(r"comment|footer|foot|nav|menu|side|related|recommend|share|ad[s_-]|"
                       r"banner|breadcrumb|copyright|login|hot|rank|tool|bottom|header|top", re.I)
_BURIED = re.compile(r"comment|footer|sidebar|related|recommend", re.I)
_PUNCT = re.compile(r"[，。！？；、,]")
_GLUED_SITE = re.compile(r"[-_|｜–—][^，。！？：:]{2,20}")
"""What follows a headline in <title>: a separator and a site's or channel's name."""


def _score(pieces: list[Piece]) -> Node | None:
    """Readability's vote: paragraphs give points to their element and its parent."""
    best: Node | None = None
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
    return _widened(best) if best is not None else None


def _widened(best: Node) -> Node:
    """A lone paragraph is not the article: when its sibling paragraphs scored too, their parent is.

    Pages that wrap each paragraph in its own <div> put the siblings one level up: a wrapper
    holding nothing but the paragraph counts as the paragraph.
    """
    if best.tag != "p":
        return best
    node = best
    for _ in range(3):
        parent = node.parent
        if parent is None or parent.tag == "root" or _buried(parent):
            return best
        if any(isinstance(c, Node) and c is not node and c.score > 0 for c in parent.children):
            return parent
        if _squeeze(text_of(parent)) != _squeeze(text_of(node)):
            return best
        node = parent
    return best


def _weighted(node: Node) -> float:
    weight = 1.0
    if _POSITIVE.search(node.attrs):
        weight *= 1.25
    if _NEGATIVE.search(node.attrs):
        weight *= 0.5
    if _buried(node):
        weight *= 0.1
    return node.score * weight


def _buried(node: Node) -> bool:
    """Whether ``node`` sits inside a comment section, footer or sidebar: text there is not the article."""
    current = node.parent
    for _ in range(12):
        if current is None:
            return False
        if current.tag in ("footer", "aside", "nav") or _BURIED.search(current.attrs):
            return True
        current = current.parent
    return False


def _inside(node: Node, container: Node) -> bool:
    current: Node | None = node
    while current is not None:
        if current is container:
            return True
        current = current.parent
    return False


def _title(meta: PageMeta, page_title: str, pieces: list[Piece]) -> tuple[str, Piece | None]:
    """The headline: the <h1> the <title> or og:title agrees with, else og/JSON-LD title, else <title>.

    Titles from metadata lose their trailing site and section parts ("｜即時｜蘋果日報",
    " - 生活 - 自由時報電子報"); the heading that then repeats it is the title's place on the page.
    """
    page_title = normalise_line(page_title)
    full = normalise_line(meta.title or page_title)
    stripped = strip_site_parts(full, meta.outlet)
    for h1 in (p for p in pieces if p.node.tag == "h1"):
        if _is_headline(h1.text, stripped, meta.outlet) and \
                (h1.text in page_title or h1.text in meta.title or not page_title):
            return strip_site_parts(h1.text, meta.outlet), h1
    heading = _heading_for(full, pieces) or _block_for(stripped, full, pieces)
    if heading is not None:
        return heading.text, heading
    return stripped, None


def _is_headline(text: str, title: str, outlet: str) -> bool:
    """Whether an <h1> can be the headline, not the site's logo or a section name."""
    return bool(text) and not names_site(text, outlet) and (not is_short(text) or _squeeze(text) == _squeeze(title))


def _heading_for(title: str, pieces: list[Piece]) -> Piece | None:
    """The heading that repeats ``title`` or its opening parts (the headline without the site's name)."""
    headings = {_squeeze(p.text): p for p in reversed(pieces) if p.kind is BlockKind.HEADING}
    tokens = title_parts(title)
    for end in range(len(tokens), 0, -2):
        found = headings.get(_squeeze("".join(tokens[:end])))
        if found is not None and (end == len(tokens) or not is_short(found.text)):
            return found
    return next((p for p in pieces if p.kind is BlockKind.HEADING and _opens(title, p.text)), None)


def _opens(title: str, text: str) -> bool:
    """Whether ``text`` is the headline ``title`` opens with, before a hyphen glued to the site's
    name ("…十块GPU-EDN 电子技术设计"), which the title's separators do not split at."""
    title, text = _squeeze(title), _squeeze(text)
    return not is_short(text) and title.startswith(text) and \
        bool(_GLUED_SITE.fullmatch(title[len(text):]))


def _block_for(title: str, full: str, pieces: list[Piece]) -> Piece | None:
    """The first block that is the headline, when no heading is: a styled <div> or <p> of its own."""
    wanted = {_squeeze(title), _squeeze(full)}
    return next((p for p in pieces if _squeeze(p.text) in wanted and not is_short(p.text)
                 and p.link_chars * 2 <= len(p.text)), None)


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def parse_html(text: str, *, path: str = "", encoding: str = "utf-8") -> Article:
    """A saved news page as an Article; the rest of the page is kept in ``dropped``."""
    tree = PageTree()
    tree.feed(text)
    tree.close()
    pieces = page_pieces(tree.root)
    meta = page_meta(tree.raw)
    title, title_piece = _title(meta, tree.title, pieces)
    body = _score(pieces)
    line, line_piece = _date_line(pieces, title_piece)
    # with no headline found, the first date near the top may be the site's clock: trust it last
    published = _published(meta, tree, pieces, title_piece, (line, line_piece) if title_piece else ("", None))
    if body is None:  # no paragraph long enough to vote: keep whatever is not link lists
        kept = [p for p in pieces if p.link_chars * 2 <= len(p.text) and p is not title_piece]
    else:
        kept = [p for p in pieces if _inside(p.node, body) and p is not title_piece]
    return _assemble(title, meta, (line, line_piece), published, kept, pieces, path, encoding)


def _date_line(pieces: list[Piece], title_piece: Piece | None) -> tuple[str, Piece | None]:
    """The date line: the first short line with a date just under the title (or near the top)."""
    start = pieces.index(title_piece) if title_piece in pieces else 0
    candidates = pieces[start : start + 12] + pieces[max(0, start - 3) : start] if title_piece else pieces[:60]
    for piece in candidates:
        if parse_meta_line(piece.text) is not None or (len(piece.text) < 60 and parse_datetime(piece.text)):
            return piece.text, piece
    return "", None


def _published(meta: PageMeta, tree: PageTree, pieces: list[Piece], title_piece: Piece | None,
               meta_line: tuple[str, Piece | None]) -> tuple[datetime, str] | None:
    """When the page was published, from the most trusted source that says."""
    line, line_piece = meta_line
    title_at = pieces.index(title_piece) if title_piece in pieces else 0
    times = _times(tree, pieces)
    if line_piece is not None and id(line_piece.node) in times:
        line = _exact(line, times[id(line_piece.node)][1])
    near = next((value for at, value in times.values() if at >= title_at), "") or \
        next((value for at, value in times.values() if at >= title_at - 3), "")
    return next((found for found in _dates(meta, tree, pieces, line, near) if found), None)


def _exact(line: str, stamp: str) -> str:
    """A <time>'s ``datetime`` over its text when it is the same day told more exactly, or the text
    has no full date: pages do get the attribute wrong ("2017-11-13" on a 2016/05/21 story)."""
    written, stamped = parse_published(line), parse_timestamp(stamp)
    if stamped is not None and (written is None or written[0].date() == stamped[0].date()):
        return stamp
    return line


def _dates(meta: PageMeta, tree: PageTree, pieces: list[Piece], line: str,
           near: str) -> Iterator[tuple[datetime, str] | None]:
    """Candidate publication times, most trusted first, each read only if the ones before fail."""
    yield parse_timestamp(meta.published)
    yield from (parse_datetime(text_of(node)) for node in tree.published_nodes)
    yield parse_published(line)
    yield parse_timestamp(near)
    yield script_date(tree.raw.scripts)
    yield url_date(meta.url)  # the day it went up, before a later edit's day
    yield parse_timestamp(meta.modified)
    yield parse_datetime(_date_line(pieces, None)[0])


def _times(tree: PageTree, pieces: list[Piece]) -> dict[int, tuple[int, str]]:
    """<time datetime> values by the block that shows them, with that block's place on the page."""
    places = {id(p.node): i for i, p in reversed(list(enumerate(pieces)))}
    found: dict[int, tuple[int, str]] = {}
    for node, stamp in tree.times:
        block = enclosing_block(node, places)
        if block is not None and parse_timestamp(stamp) and id(block) not in found:
            found[id(block)] = (places[id(block)], stamp)
    return dict(sorted(found.items(), key=lambda item: item[1][0]))


def _assemble(title: str, meta: PageMeta, meta_line: tuple[str, Piece | None],
              published: tuple[datetime, str] | None, kept: list[Piece],
              pieces: list[Piece], path: str, encoding: str) -> Article:
    line, line_piece = meta_line
    parsed_line = parse_meta_line(line) if line else None
    builder = BlockBuilder()
    builder.add(BlockKind.TITLE, title)
    shown_date = published[1] if published and published[1] in line else \
        published[0].strftime("%Y-%m-%d %H:%M") if published else ""
    shown_meta = [shown_date, f"来源:{parsed_line.source}" if parsed_line and parsed_line.source else ""]
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
        author=_author(meta, parsed_line, [line] + [p.text for p in body_text[:3]]),
        dropped=dropped, format=SourceFormat.HTML, path=path, encoding=encoding,
    )
    return build_outline(article)


def _author(meta: PageMeta, parsed_line: MetaLine | None, lines: list[str]) -> str:
    """The writer: <meta> author unless it names the outlet or is an address (a template's
    "name, email@…"), else the date line's or a byline's."""
    if meta.author and not names_site(meta.author, meta.outlet) and "@" not in meta.author:
        return meta.author
    if parsed_line is not None and parsed_line.author:
        return parsed_line.author
    return next((name for name in map(parse_byline, lines) if name), "")
