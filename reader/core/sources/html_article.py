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
import unicodedata
from collections.abc import Iterator
from datetime import datetime

from ..article.assemble import BlockBuilder, normalise_line
from ..article.cleanup import boilerplate_reason
from ..article.meta import MetaLine, parse_byline, parse_datetime, parse_meta_line, parse_published
from ..article.outline import build_outline
from ..model import Article, BlockKind, Dropped, DropReason, SourceFormat
from .html_body import body_containers, inside
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
from .script_body import script_paragraphs

__all__ = ["parse_html"]

_GLUED_SITE = re.compile(r"[-_|｜–—][^，。！？：:]{2,20}")
"""What follows a headline in <title>: a separator and a site's or channel's name."""
_MARKED_TITLE = re.compile(r"title|headline|biaoti", re.I)
"""Class names and ids that mark a page's headline block."""
_MAX_HEADLINE = 80
_TRAILING_DATE = re.compile(r"\s+(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?$")
"""A date a heading shows after the headline, in a <span> of its own."""
_QUOTES = str.maketrans("“”„‟「」『』‘’", "\"\"\"\"\"\"\"\"''")
_LINK_LINE = 60
_LINK_SHARE = 0.8
"""A short line this much link text is a pointer to another page, not the story's text."""
_PHOTO_CREDIT = re.compile(r"(?:记者|記者|摄影|攝影|通讯员|通訊員)[^，。,]{1,16}[摄攝](?:影)?\s*[）)]?$|"
                           r"[资資]料(?:照片|图片|圖片|照|图|圖)\s*[）)]?$")
_CAPTION = 200
_REPEAT = 20
"""A plain line this long said twice is a repeat; shorter ones may be a listing's rows."""
_PICTURED = {"figure", "figcaption", "img"}
_SHOWN_BODY = 200
"""A page showing fewer characters of body than this may keep its story in script data."""


def _title(meta: PageMeta, page_title: str, pieces: list[Piece]) -> tuple[str, Piece | None]:
    """The headline: what the page's metadata and its visible text agree on.

    Titles from metadata lose their trailing site and section parts ("｜即時｜蘋果日報",
    " - 生活 - 自由時報電子報"). A heading that says exactly that wins (over an <h1> that
    is the site's logo); then an <h1> the <title> or og:title contains; then a heading or
    block repeating the title's opening or closing parts ("自由電子報 - 果汁？…" shows
    "果汁？…"). When the metadata names only the site, a block marked as the title.
    """
    page_title = normalise_line(page_title)
    full = normalise_line(meta.title or page_title)
    stripped = strip_site_parts(full, meta.outlet)
    exact = _exact_heading(stripped, meta.outlet, pieces)
    if exact is not None:
        return exact.text, exact
    for h1 in (p for p in pieces if p.node.tag == "h1"):
        if _is_headline(h1.text, stripped, meta.outlet) and \
                (_fold(h1.text) in _fold(page_title) or _fold(h1.text) in _fold(meta.title) or not page_title):
            return strip_site_parts(h1.text, meta.outlet), h1
    heading = _heading_for(full, pieces) or _block_for(_runs(full, meta.outlet) | {_fold(stripped)}, pieces)
    if heading is None and _site_only(full, meta.outlet):
        heading = _marked_title(pieces, meta.outlet)
    if heading is None:
        heading = _short_h1(full, meta.outlet, pieces)
    if heading is None and not _shown(stripped, pieces):
        heading = _lone_h1(pieces, meta.outlet)
        if heading is not None and _fold(stripped) and _fold(stripped) in _fold(heading.text):
            return stripped, heading  # the <h1> says the headline and more (its date, a label)
    if heading is not None:
        return _TRAILING_DATE.sub("", heading.text), heading
    return stripped, None


def _shown(title: str, pieces: list[Piece]) -> bool:
    """Whether the page shows ``title`` anywhere in a block of its own."""
    wanted = _fold(title)
    return bool(wanted) and any(_fold(p.text) == wanted for p in pieces)


def _short_h1(title: str, outlet: str, pieces: list[Piece]) -> Piece | None:
    """A short <h1> that says the title's first part ("雄安新区" of "雄安新区 - 维基百科，自由的百科全书"):
    the page and its metadata agree on it, however short."""
    tokens = title_parts(title)
    first = _fold(tokens[0]) if len(tokens) > 1 else ""
    return next((p for p in pieces if p.node.tag == "h1" and first and _fold(p.text) == first
                 and not names_site(p.text, outlet)), None)


def _lone_h1(pieces: list[Piece], outlet: str) -> Piece | None:
    """The page's only <h1>, when the metadata's title is shown nowhere: what a reader sees as the
    headline (the <title> may be written for search engines)."""
    h1s = [p for p in pieces if p.node.tag == "h1"]
    if len(h1s) != 1:
        return None
    h1 = h1s[0]
    plausible = not is_short(h1.text) and len(h1.text) <= _MAX_HEADLINE and not names_site(h1.text, outlet)
    return h1 if plausible and h1.link_chars * 2 <= len(h1.text) else None


def _exact_heading(title: str, outlet: str, pieces: list[Piece]) -> Piece | None:
    """The heading (or <h1>) that says exactly the headline the metadata gives."""
    if not title or names_site(title, outlet):
        return None
    wanted = _fold(title)
    return next((p for p in pieces if (p.kind is BlockKind.HEADING or p.node.tag == "h1")
                 and _fold(p.text) == wanted), None)


def _runs(title: str, outlet: str) -> set[str]:
    """The title's runs of parts that can be the headline: those with only site or channel
    names after them ("标题_频道_某某网"), or only a site's name before them ("自由電子報 - 标题";
    a short word before is the topic: "雄安新区 - 维基百科，自由的百科全书")."""
    tokens = title_parts(title)
    runs = ["".join(tokens[:end]) for end in range(1, len(tokens), 2)
            if _site_only("".join(tokens[end + 1 :]), outlet)]
    runs += ["".join(tokens[start:]) for start in range(2, len(tokens), 2)
             if all(names_site(part, outlet) for part in tokens[: start - 1 : 2])]
    return {_fold(run) for run in runs if not is_short(run) and not _site_only(run, outlet)}


def _site_only(title: str, outlet: str) -> bool:
    """Whether every part of a title is a site's or channel's name ("北医新闻网_(新闻)")."""
    return all(names_site(part.strip("()（）[]【】"), outlet) or is_short(part)
               for part in title_parts(title)[::2])


def _marked_title(pieces: list[Piece], outlet: str) -> Piece | None:
    """The first block the page's markup calls its title, when the metadata names only the site."""
    return next((p for p in pieces if _MARKED_TITLE.search(p.node.attrs) and not is_short(p.text)
                 and len(p.text) <= _MAX_HEADLINE and p.link_chars * 2 <= len(p.text)
                 and not names_site(p.text, outlet)), None)


def _is_headline(text: str, title: str, outlet: str) -> bool:
    """Whether an <h1> can be the headline, not the site's logo or a section name."""
    return bool(text) and not names_site(text, outlet) and (not is_short(text) or _fold(text) == _fold(title))


def _heading_for(title: str, pieces: list[Piece]) -> Piece | None:
    """The heading that repeats ``title`` or its opening parts (the headline without the site's name)."""
    headings = {_fold(p.text): p for p in reversed(pieces) if p.kind is BlockKind.HEADING}
    tokens = title_parts(title)
    for end in range(len(tokens), 0, -2):
        found = headings.get(_fold("".join(tokens[:end])))
        if found is not None and (end == len(tokens) or not is_short(found.text)):
            return found
    return next((p for p in pieces if p.kind is BlockKind.HEADING and _opens(title, p.text)), None)


def _opens(title: str, text: str) -> bool:
    """Whether ``text`` is the headline ``title`` opens with, before a hyphen glued to the site's
    name ("…十块GPU-EDN 电子技术设计"), which the title's separators do not split at."""
    title, text = _fold(title), _fold(text)
    return not is_short(text) and title.startswith(text) and \
        bool(_GLUED_SITE.fullmatch(title[len(text):]))


def _block_for(wanted: set[str], pieces: list[Piece]) -> Piece | None:
    """The first block that is the headline, when no heading is: a styled <div> or <p> of its own."""
    return next((p for p in pieces if _fold(p.text) in wanted and not is_short(p.text)
                 and p.link_chars * 2 <= len(p.text)), None)


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _fold(text: str) -> str:
    """``text`` as compared for a title: no spaces, full-width forms and quotes folded, no closing stop."""
    return _squeeze(unicodedata.normalize("NFKC", text).translate(_QUOTES)).rstrip("。.")


def parse_html(text: str, *, path: str = "", encoding: str = "utf-8") -> Article:
    """A saved news page as an Article; the rest of the page is kept in ``dropped``."""
    tree = PageTree()
    tree.feed(text)
    tree.close()
    pieces = page_pieces(tree.root)
    meta = page_meta(tree.raw)
    title, title_piece = _title(meta, tree.title, pieces)
    body = body_containers(pieces, title_piece)
    line, line_piece = _date_line(pieces, title_piece)
    # with no headline found, the first date near the top may be the site's clock: trust it last
    published = _published(meta, tree, pieces, title_piece, (line, line_piece) if title_piece else ("", None))
    if not body:  # no paragraph long enough to vote: keep whatever is not link lists
        kept = [p for p in pieces if p.link_chars * 2 <= len(p.text) and p is not title_piece]
    else:
        kept = [p for p in pieces if any(inside(p.node, c) for c in body) and p is not title_piece
                and not _is_link_line(p)]
    kept = _from_scripts(tree, kept)
    return _assemble(title, meta, (line, line_piece), published, kept, pieces, path, encoding)


def _is_link_line(piece: Piece) -> bool:
    """A line that is only a link, inside the story's container: a list of other stories."""
    return len(piece.text) <= _LINK_LINE and piece.link_chars >= _LINK_SHARE * len(piece.text)


def _from_scripts(tree: PageTree, kept: list[Piece]) -> list[Piece]:
    """The story from the page's script data instead, when the page shows next to nothing of it."""
    shown = sum(len(p.text) for p in kept if p.kind is not BlockKind.HEADING)
    if shown >= _SHOWN_BODY:
        return kept
    paragraphs = script_paragraphs(tree.raw)
    if sum(map(len, paragraphs)) < 2 * max(shown, 1):
        return kept
    return [Piece(BlockKind.PARAGRAPH, normalise_line(text), 0, Node("p")) for text in paragraphs]


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
    found = next((found for found in _dates(meta, tree, pieces, line, near) if found), None)
    shown = parse_published(line) if line else None
    if found is not None and shown is not None and _day_only(found) and not _day_only(shown) \
            and shown[0].date() == found[0].date():
        return shown  # the same day, told to the minute on the page
    return found


def _day_only(found: tuple[datetime, str]) -> bool:
    """Whether a date says only the day: written without a time, or at midnight to the second."""
    return not any(mark in found[1] for mark in ":：时時") or found[0].strftime("%H%M%S") == "000000"


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
    body_text, repeats = _unrepeated([p for p in kept if p is not line_piece and p.text != title
                                      and boilerplate_reason(p.text) is None])
    top = min((p.level for p in body_text if p.kind is BlockKind.HEADING), default=1)
    for piece in body_text:
        kind = BlockKind.CAPTION if _is_photo_caption(piece) else piece.kind
        if kind is BlockKind.PARAGRAPH and not lede_done and len(piece.text) >= 15:
            kind, lede_done = BlockKind.LEDE, True
        builder.add(kind, piece.text, level=piece.level - top + 1 if kind is BlockKind.HEADING else 0)
    body_ids = {id(p) for p in body_text}
    dropped = tuple(Dropped(p.text, _drop_reason(p, repeats), i)
                    for i, p in enumerate(pieces) if id(p) not in body_ids and p.text != title)
    article = Article(
        text=builder.text, blocks=builder.blocks, title=title,
        source=(parsed_line.source if parsed_line and parsed_line.source else meta.outlet),
        outlet=meta.outlet, url=meta.url, published=published[0] if published else None,
        author=_author(meta, parsed_line, [line] + [p.text for p in body_text[:3]]),
        dropped=dropped, format=SourceFormat.HTML, path=path, encoding=encoding,
    )
    return build_outline(article)


def _is_photo_caption(piece: Piece) -> bool:
    """A paragraph that credits a photo ("（記者方賓照攝）", "新华社记者 李梦馨 摄", "資料照片"):
    the caption of a picture set as plain text, not the story's lede."""
    return piece.kind is BlockKind.PARAGRAPH and len(piece.text) <= _CAPTION and \
        bool(_PHOTO_CREDIT.search(piece.text))


def _unrepeated(body: list[Piece]) -> tuple[list[Piece], set[int]]:
    """``body`` without the blocks that say again what an earlier one said (a gallery's caption
    as image text, as caption and again under its thumbnail), and the ids of those repeats.

    A short plain line said again after a plain line stays: a listing's rows repeat
    ("成人票原价：60元" under each of its attractions)."""
    seen: set[str] = set()
    shown: set[str] = set()
    """Lines seen as a caption or around an image."""
    kept: list[Piece] = []
    repeats: set[int] = set()
    for i, piece in enumerate(body):
        words = _squeeze(piece.text)
        pictured = piece.kind is BlockKind.CAPTION or piece.node.tag in _PICTURED
        following = _squeeze(body[i + 1].text) if i + 1 < len(body) else ""
        if (words in seen and (len(words) >= _REPEAT or pictured or words in shown)) or \
                (piece.node.tag != "p" and len(words) <= 60 and following.startswith(words)
                 and body[i + 1].kind is BlockKind.CAPTION):
            repeats.add(id(piece))
            continue
        if len(words) >= 4:
            seen.add(words)
            if pictured:
                shown.add(words)
        kept.append(piece)
    return kept, repeats


def _drop_reason(piece: Piece, repeats: set[int]) -> DropReason:
    if id(piece) in repeats:
        return DropReason.DUPLICATE
    return boilerplate_reason(piece.text) or DropReason.NAVIGATION


def _author(meta: PageMeta, parsed_line: MetaLine | None, lines: list[str]) -> str:
    """The writer: <meta> author unless it names the outlet or is an address (a template's
    "name, email@…"), else the date line's or a byline's."""
    if meta.author and not names_site(meta.author, meta.outlet) and "@" not in meta.author:
        return meta.author
    if parsed_line is not None and parsed_line.author:
        return parsed_line.author
    return next((name for name in map(parse_byline, lines) if name), "")
