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
from dataclasses import replace
from datetime import datetime

from ..article.assemble import BlockBuilder, normalise_line
from ..article.meta import (
    SHOWN_FROM_UTC,
    MetaLine,
    as_written,
    dateline_published,
    parse_byline,
    parse_datetime,
    parse_editor,
    parse_meta_line,
    parse_published,
    shown_meta_line,
)
from ..article.outline import build_outline
from ..model import Article, BlockKind, Dropped, DropReason, SourceFormat
from .html_body import (
    body_containers,
    containers_over,
    figures_beside,
    in_player,
    is_caption,
    is_tagged_headline,
    title_deck,
)
from .html_title import choose_title, shows_date_after, site_names
from .html_tree import Node, PageTree, Piece, enclosing_block, in_chinese, text_of
from .html_tree import pieces as page_pieces
from .page_meta import (
    PageMeta,
    names_site,
    page_meta,
    parse_timestamp,
    script_date,
    squeeze,
    title_parts,
    url_date,
)
from .script_body import script_story

__all__ = ["parse_html"]

_LINK_LINE = 60
_LINK_SHARE = 0.8
"""A short line this much link text is a pointer to another page, not the story's text."""
_UPDATED = re.compile(r"\s*(?:最後|最后|last\s+)?(?:更新|修改|updated|modified)", re.I)
"""A line giving when the story was last changed: a line after it may say when it went up."""
_SITE_CLOCK = re.compile(r"\W*(?:今天是|今日是|今天|今日|当前时间|當前時間|现在时间|現在時間|现在是|現在是)\s*[:：]?\s*\d")
"""A site's clock at the top of its pages ("今天是：2024年1月1日 星期一"): the day the page was
saved, not the story's."""
_TEASER = 12
"""A link saying this much besides its date is another story's headline."""
_LINK_REST = 2
"""What a teaser may say besides its link and its date (a dash, brackets)."""
_BARE_DATE_REST = 4
"""A date line saying no more than this besides its date may be a list's date, not a label's."""
_PROFILE_LABEL = re.compile(r"注册|註冊|登录|登錄|在线|在線|加入|生日")
_PROFILE_DATE = 20
"""A forum's poster profile dates its fields (注册时间, 最后登录) in blocks of their own, this short."""
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+")
_TO_DAY = re.compile(r"\s*[日号號]?\s*(?:至|到|~|～|－|—|-)\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*[日号號]")
"""A date running on to another day ("2021年2月12至15日"): a period (a closure, an event), not the day a
story went up."""
_PHOTO_CREDIT = re.compile(r"(?:(?:记者|記者|摄影|攝影|通讯员|通訊員)[^，。,]{1,16}[摄攝](?:影)?\s*[）)]?|"
                           r"[资資]料(?:照片|图片|圖片|照|图|圖)\s*[）)]?|"
                           r"[（(](?:图|圖)\s*(?:擷取自|撷取自|取自|／|/|：|:)[^（()）]{1,30}[）)]|"
                           r"[（(][^（()）]{2,30}(?:传真|傳真)[^（()）]{0,16}[）)])"
                           r"(?:\s*[＊*][^＊*]{1,30}[＊*])?$")
"""How a photo's credit closes its caption: "（記者方賓照攝）", "（圖擷取自某人臉書）", a news agency's
"（…記者某某台北傳真 102年6月29日）", with a warning the law asks for after it (＊飲酒過量…＊)."""
_CREDIT_SIGNS = re.compile(r"[摄攝料图圖真]")
"""A character each of _PHOTO_CREDIT's forms holds (摄, 资料, 图, 传真): a line without one is
no credit. Found in C; the credit's pattern, held to the line's end, is tried at every place
of a line (~8 µs a paragraph of the story, each asked whether it is a caption)."""
_CAPTIONED = 30
"""A bold line or heading this long that credits a photo is its caption, not a section's title."""
_CAPTION = 200
_REPEAT = 20
"""A plain line this long said twice is a repeat; shorter ones may be a listing's rows."""
_PICTURED = {"figure", "figcaption", "img"}
_FIELD = re.compile(r"^[^，。！？：:,]{1,8}[：:]")
"""A labelled field of a listing ("备注：…", "发动机型式：…"): said again under each item it describes."""
_POSTED = re.compile(r"^(?:posted|published)\b|(?:发表|發表|发布|發布|發佈)(?:于|於)", re.I)
_POSTED_LINE = 80
"""A blog's footer line saying when the post went up ("posted @ 2024-05-09 14:45 某人 阅读(430)"):
read wherever it stands when nothing above the story gives a date."""
_SHOWN_BODY = 200
"""A page showing fewer characters of body than this may keep its story in script data."""
_EDITED = re.compile(r"(?:责任编辑|責任編輯|责编|責編)\s*[:：]\s*(?P<v>[^\s\]】)）|｜,，;；。]{1,20})\s*[\]】)）]?$")
_EDITOR_LINE = 60
_EDITOR_AFTER = 8
"""The editor's credit (责任编辑：某某) closes a story: a short line among the few after its last
paragraph, often in a footer the body's container leaves out."""


def parse_html(text: str, *, path: str = "", encoding: str = "utf-8") -> Article:
    """A saved news page as an Article; the rest of the page is kept in ``dropped``."""
    tree = PageTree()
    tree.feed(_without_archive_toolbar(text))
    tree.close()
    pieces = page_pieces(tree.root)
    meta = page_meta(tree.raw)
    site = site_names(meta, tree.title, tree.root)
    title, title_piece = choose_title(meta, tree.title, pieces, site)
    meta = replace(meta, outlet=meta.outlet or _titled_outlet(tree.title))
    body = body_containers(pieces, title_piece)
    line, line_piece = _date_line(pieces, title_piece)
    # with no headline found, the first date near the top may be the site's clock: trust it last
    published = _published(meta, tree, pieces, title_piece, (line, line_piece) if title_piece else ("", None))
    kept, kinds = _story_pieces(pieces, body, title_piece, line_piece)
    kept, moment = _from_scripts(tree, kept)
    if published is None:  # a story drawn by the page's scripts: the moment its object gives
        published = parse_timestamp(moment) if moment else None
    if published is None:  # nothing on the page dates it but, maybe, its story's wire dateline
        published = next((dateline_published(p.text) for p in kept if p is not title_piece), None)
    return _assemble(title, meta, (line, line_piece), published, kept, pieces, path, encoding, kinds)


_TOOLBAR_START = "<!-- BEGIN WAYBACK TOOLBAR INSERT -->"
_TOOLBAR_END = "<!-- END WAYBACK TOOLBAR INSERT -->"


def _without_archive_toolbar(text: str) -> str:
    """The page less the Wayback Machine's toolbar, which a copy saved from web.archive.org
    carries: its months, years and span of captures ("26 Oct 2020 - 14 Dec 2021") would read as
    the story's date line. The archive marks where it begins and ends."""
    start = text.find(_TOOLBAR_START)
    end = text.find(_TOOLBAR_END, start) if start != -1 else -1
    return text if end == -1 else text[:start] + text[end + len(_TOOLBAR_END) :]


def _story_pieces(pieces: list[Piece], body: list[Node], title_piece: Piece | None,
                  line_piece: Piece | None) -> tuple[list[Piece], dict[int, BlockKind]]:
    """The story's pieces in page order: its containers' (less lines of links), the photo set over
    them, the kicker and subtitle by the headline; and the kinds those last two take."""
    figures = figures_beside(body[0], pieces) if body else []
    heads: set[int] = set()
    if not body:  # no paragraph long enough to vote: keep whatever is not link lists
        kept = [p for p in pieces if p.link_chars * 2 <= len(p.text) and p is not title_piece]
    else:
        story = {id(c): c for c in (*body, *figures)}
        inner = [p for p in pieces if p is not title_piece and _in_story(p, story)]
        heads = _digest_heads(inner)
        kept = [p for p in inner if id(p) in heads or not _is_link_line(p)]
    keep = {id(p) for p in kept}
    deck = [p for p in title_deck(pieces, title_piece) if id(p) not in keep and p is not line_piece]
    keep |= {id(p) for p in deck}
    framed = {id(f): f for f in figures}
    kinds = {id(p): BlockKind.CAPTION for p in kept if any(containers_over(p.node, framed))} if framed else {}
    kinds.update((i, BlockKind.HEADING) for i in heads)
    kinds.update((id(p), BlockKind.PARAGRAPH) for p in deck)  # said with the headline: no lede
    return [p for p in pieces if id(p) in keep], kinds


def _in_story(piece: Piece, story: dict[int, Node]) -> bool:
    """Whether one of the ``story``'s containers (by id) holds ``piece`` outside a player, an ad
    slot or an <aside> or <nav> within it. ``containers_over``' walk written out: every piece of
    the page asks."""
    current: Node | None = piece.node
    while current is not None:
        if id(current) in story and not in_player(piece.node, current):
            return True
        if current.tag in _BOXED:
            return False
        current = current.parent
    return False


_BOXED = frozenset(("aside", "nav"))
"""Boxes a page sets beside its story though inside its element (a box of job ads between two
paragraphs, a table of contents): their lines are not the story's."""


def _titled_outlet(page_title: str) -> str:
    """The site's name as its <title> gives it, for a page whose metadata names no outlet (most
    mainland pages): of the parts after the headline that name a site and are written in Chinese,
    the last that ends as a site does over one that ends as a channel ("标题_凤凰网资讯_凤凰网" →
    凤凰网, "标题_39健康网_资讯" → 39健康网, "标题_长江网_cjn.cn" → 长江网); else a first part that
    names one ("自由電子報 - 标题"); "" when none does. By its shape only: a channel the page shows
    as a link ("_政务_某某新闻-The Paper") is one of ``site_names``, not the outlet."""
    parts = [part.strip() for part in title_parts(normalise_line(page_title))[::2]]
    named = [i for i, part in enumerate(parts)
             if re.search(_HAN, part) and not _DATE_PART.fullmatch(part) and names_site(part, ())]
    after = sorted((i for i in named if i > 0), key=lambda i: (bool(_SITE_ENDING.search(parts[i])), i))
    if after:
        return parts[after[-1]]
    return parts[0] if named and len(parts) > 1 else ""


_ITEM_NUMBER = re.compile(r"(\d{1,2})[.．、]\s*\S")
_DIGEST_ITEMS = 3
"""A digest's numbered item heads: 1. to at least 3., each over its summary."""
_HAN = r"[\u4e00-\u9fff]"
"""Kept as text, as ``html_body``'s: compiled once (``re`` caches it) when first used."""
_DATE_PART = re.compile(r"[\d\s./\-年月日]+")
_SITE_ENDING = re.compile(r"(?:网|網|网站|網站|报|報|社|电视台|電視台|电台|電台|政府|\.com|\.cn|\.tw|\.hk)$", re.I)
"""How a site's own name ends, as a channel's (…新闻, …频道, …资讯) does not."""


def _digest_heads(inner: list[Piece]) -> set[int]:
    """A digest's numbered item heads (1.宏福苑五級火丨…, 2.…), each a link to the full story and
    each over its summary: the items' headlines, not a list of other stories, when they run
    from 1 for three items or more."""
    numbered = []
    for i, piece in enumerate(inner[:-1]):
        number = _ITEM_NUMBER.match(piece.text)
        if number and _is_link_line(piece) and not _is_link_line(inner[i + 1]):
            numbered.append((int(number[1]), piece))
    run = [piece for n, (k, piece) in enumerate(numbered, 1) if k == n]
    return {id(p) for p in run} if len(run) >= _DIGEST_ITEMS and len(run) == len(numbered) else set()


def _is_link_line(piece: Piece) -> bool:
    """A line that is only a link, inside the story's container: a list of other stories."""
    return len(piece.text) <= _LINK_LINE and piece.link_chars >= _LINK_SHARE * len(piece.text)


def _from_scripts(tree: PageTree, kept: list[Piece]) -> tuple[list[Piece], str]:
    """The story from the page's script data instead, when the page shows next to nothing of it,
    with the moment the script gives beside it ("" if none, or the page's own story is kept)."""
    shown = sum(len(p.text) for p in kept if p.kind is not BlockKind.HEADING)
    if shown >= _SHOWN_BODY:
        return kept, ""
    story = script_story(tree.raw, tuple(p.text for p in kept if p.kind is BlockKind.PARAGRAPH))
    if sum(map(len, story.paragraphs)) < 2 * max(shown, 1):
        return kept, ""
    return [Piece(BlockKind.PARAGRAPH, normalise_line(text), 0, Node("p")) for text in story.paragraphs], story.moment


def _date_line(pieces: list[Piece], title_piece: Piece | None) -> tuple[str, Piece | None]:
    """The date line: the first short line with a date just under the title, else the nearest over
    it (a site's clock sits further up), or near the top; a photo's caption dated by its agency
    ("…傳真 113年3月5日）") is not one, nor is another story's link; a line saying when the story
    was updated gives way to a date line after it."""
    start = pieces.index(title_piece) if title_piece in pieces else 0
    candidates = pieces[start : start + 12] + pieces[max(0, start - 3) : start][::-1] if title_piece else pieces[:60]
    dated = (piece for piece in candidates
             if _is_date_line(piece, headline=piece is title_piece and shows_date_after(piece.text)))
    found = next(dated, None)
    if found is not None and _UPDATED.match(found.text):
        found = next(dated, found)
    if found is not None and title_piece and parse_meta_line(found.text) is None:
        # a labelled date line just over the headline beats a bare date in the story under it
        found = next((p for p in pieces[max(0, start - 3) : start][::-1] if _labelled(p) and _is_date_line(p)), found)
    return (found.text, found) if found is not None else ("", None)


def _labelled(piece: Piece) -> bool:
    """Whether a block is a date line that says more than its date (its labels, source, author)."""
    line = parse_meta_line(piece.text)
    return line is not None and len(squeeze(piece.text)) > len(squeeze(line.date_text)) + _BARE_DATE_REST


def _profile_field(piece: Piece) -> bool:
    """Whether a block is only a date, labelled by the element before it as a profile's field."""
    siblings = [child for child in piece.node.parent.children if isinstance(child, Node)] \
        if piece.node.parent is not None else []
    at = next((i for i, child in enumerate(siblings) if child is piece.node), 0)
    label = text_of(siblings[at - 1]) if at else ""
    return len(squeeze(piece.text)) <= _PROFILE_DATE and bool(_PROFILE_LABEL.search(label))


def _is_date_line(piece: Piece, *, headline: bool = False) -> bool:
    """Whether a block can be the story's date line: not a date a profile gives its field (a forum
    poster's 注册时间 and 最后登录, between the topic and the post), nor the site's clock. The
    headline's own block may be a link with its date beside it (<a>标题</a><span>2014/12/1
    18:13</span>), which is no teaser."""
    text = piece.text
    labelled = parse_meta_line(text) is not None
    found = parse_datetime(text) if labelled or len(text) < 60 else None  # read once, for the checks below
    dated = labelled or (found is not None and not (is_caption(piece.node) and _dated_sentence(text, found[1])))
    return dated and not _credits_photo(text) and not _SITE_CLOCK.match(text) and (headline or not _is_teaser(piece)) \
        and not _profile_field(piece) and not _spans_days(text, found[1] if found else "")


def _dated_sentence(text: str, date_text: str) -> bool:
    """Whether a line is a sentence its date opens ("2025年11月27日，香港大埔區，一名消防員正用水槍撲滅
    …。"), not a date line with its labels: in a photo's caption under the headline, the day the photo
    was taken (a story's first paragraph opening so may say the story's day)."""
    return text.rstrip().endswith("。") and len(squeeze(text.replace(date_text, ""))) >= _TEASER


def _spans_days(text: str, date_text: str) -> bool:
    """Whether the line's date (``date_text``, as written in it) runs on to another day (``_TO_DAY``)."""
    return bool(date_text) and bool(_TO_DAY.match(text, text.find(date_text) + len(date_text)))


def _is_teaser(piece: Piece) -> bool:
    """Whether a dated block is a link to another story ("<a>某某公司聚焦四大场景…</a> 2025-11-20" in a
    list of related stories): mostly a link, or nothing but one link and its date (a short headline
    is shorter than its date and time; a date line's linked source or author goes with a label or
    more words), and saying much more than its date. A date linked to the story's own address
    says little else, nor does a source's linked address."""
    found = parse_datetime(piece.text)
    undated = piece.text.replace(found[1], "") if found else piece.text
    said = _ADDRESS.sub("", undated)
    linked = piece.link_chars * 2 > len(piece.text) or \
        (piece.link_chars > 0 and len(squeeze(undated)) - piece.link_chars <= _LINK_REST
         and parse_meta_line(piece.text) is None and _one_link(piece.node))
    return linked and len(squeeze(said)) >= _TEASER


def _one_link(node: Node) -> bool:
    """Whether an element holds a single link: a teaser's headline, not a byline's author and
    category ("<a>某某</a>• 2024年8月25日 •<a>游戏梗</a>")."""
    links, stack = 0, [node]
    while stack and links < 2:
        current = stack.pop()
        links += current.tag == "a"
        stack.extend(child for child in current.children if isinstance(child, Node))
    return links == 1


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
    chinese = in_chinese(p.text for p in pieces[:_LANGUAGE_BLOCKS])
    if found is not None and shown is not None and _day_only(found) and _other_time_that_day(found, shown):
        found = shown  # the same day, told to the minute on the page
    elif found is not None and chinese and _local_stamp(found) and not _UPDATED.match(meta_line[0]):
        seen = parse_published(meta_line[0]) if meta_line[0] else None
        found = seen if seen is not None and _other_time_that_day(found, seen) else found  # the minute its reader sees
    return found if found is None or chinese else as_written(found)


_LANGUAGE_BLOCKS = 40
"""The first blocks of a page, which tell its language."""


def _other_time_that_day(found: tuple[datetime, str], shown: tuple[datetime, str]) -> bool:
    """Whether the page's date line gives another minute of the same day than the metadata (a
    later re-publication's 11:26 over the story's 07:35 on the page, or no time at all)."""
    seen = shown[0].replace(second=0, microsecond=0)
    return not _day_only(shown) and seen.date() == found[0].date() and seen.time() != found[0].replace(second=0).time()


def _local_stamp(found: tuple[datetime, str]) -> bool:
    """Whether a stamp was written in local time (no zone, or UTC+08:00), as a Chinese page's date
    line is: one written in UTC may stand on the page as it is (a wrong local time), or in the
    newsroom's own zone (RFI's Paris time)."""
    return found[0].tzname() != SHOWN_FROM_UTC.tzname(None)


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
    updated = bool(_UPDATED.match(line))  # a line saying only when the story was last updated
    yield parse_timestamp(meta.published)
    yield from (parse_datetime(text_of(node)) for node in tree.published_nodes)
    yield None if updated else parse_published(line)
    yield parse_timestamp(near)
    yield script_date(tree.raw.scripts)
    yield url_date(meta.url)  # the day it went up, before a later edit's day
    yield parse_timestamp(meta.modified)
    top = _date_line(pieces, None)[0]
    top_updated = bool(_UPDATED.match(top))
    yield None if top_updated else parse_datetime(top)
    yield next((found for p in pieces if len(p.text) <= _POSTED_LINE and _POSTED.search(p.text)
                and (found := parse_published(p.text))), None)
    if updated or top_updated:  # last: when it was updated, if nothing says more
        yield parse_published(line if updated else top)


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
              pieces: list[Piece], path: str, encoding: str, kinds: dict[int, BlockKind]) -> Article:
    line, line_piece = meta_line
    parsed_line = parse_meta_line(line) if line else None
    builder = BlockBuilder()
    builder.add(BlockKind.TITLE, title)
    shown_date = published[1] if published and published[1] in line else \
        published[0].strftime("%Y-%m-%d" if _day_only(published) else "%Y-%m-%d %H:%M") if published else ""
    builder.add(BlockKind.META, shown_meta_line("", shown_date, parsed_line.source if parsed_line else ""))
    lede_done = False
    body_text, repeats = _unrepeated([p for p in kept if p is not line_piece and p.text != title
                                      and p.boilerplate is None and not is_tagged_headline(p.text)])
    top = min((p.level for p in body_text if p.kind is BlockKind.HEADING), default=1)
    editor, editor_piece = _editor(pieces, body_text)
    for piece in body_text:
        kind = kinds.get(id(piece)) or (BlockKind.CAPTION if _is_photo_caption(piece) else piece.kind)
        if kind is BlockKind.PARAGRAPH and not lede_done and len(piece.text) >= 15 and id(piece) not in kinds:
            kind, lede_done = BlockKind.LEDE, True
        if piece is not editor_piece:
            builder.add(kind, piece.text, level=piece.level - top + 1 if kind is BlockKind.HEADING else 0)
    if editor_piece is not None:
        builder.add(BlockKind.EDITOR, editor_piece.text)
    body_ids = {id(p) for p in (*body_text, editor_piece)}  # the editor's line may lie past the body
    dropped = tuple(Dropped(p.text, _drop_reason(p, repeats), i)
                    for i, p in enumerate(pieces) if id(p) not in body_ids and p.text != title)
    article = Article(
        text=builder.text, blocks=builder.blocks, title=title,
        source=(parsed_line.source if parsed_line and parsed_line.source else meta.outlet),
        outlet=meta.outlet, url=meta.url, published=published[0] if published else None,
        author=_author(meta, parsed_line, [line] + [p.text for p in body_text[:3]]), editor=editor,
        dropped=dropped, format=SourceFormat.HTML, path=path, encoding=encoding,
    )
    return build_outline(article)


def _editor(pieces: list[Piece], body: list[Piece]) -> tuple[str, Piece | None]:
    """The editor's name and the line crediting them, as the text format keeps it: the last line
    of the body, or a short line just after it (a footer's "（责任编辑：某某）", "发布日期：… 责任编辑：某某")."""
    if not body:
        return "", None
    end = next((i for i, p in enumerate(pieces) if p is body[-1]), len(pieces) - 1)
    for piece in [body[-1], *pieces[end + 1 : end + 1 + _EDITOR_AFTER]]:
        if len(piece.text) > _EDITOR_LINE:
            continue
        name = parse_editor(piece.text)
        if not name and (found := _EDITED.search(piece.text)):
            name = found["v"]
        if name:
            return name, piece
    return "", None


def _is_photo_caption(piece: Piece) -> bool:
    """A paragraph (or a long bold line) that credits a photo ("（記者方賓照攝）", "新华社记者 李梦馨 摄",
    "資料照片"): the caption of a picture set as plain text, not the story's lede nor a section."""
    plain = piece.kind is BlockKind.PARAGRAPH or (piece.kind is BlockKind.HEADING and len(piece.text) > _CAPTIONED)
    return plain and len(piece.text) <= _CAPTION and _credits_photo(piece.text)


def _credits_photo(text: str) -> bool:
    """Whether ``text`` closes with a photo's credit (``_PHOTO_CREDIT``)."""
    return _CREDIT_SIGNS.search(text) is not None and _PHOTO_CREDIT.search(text) is not None


def _unrepeated(body: list[Piece]) -> tuple[list[Piece], set[int]]:
    """``body`` without the blocks that say again what an earlier one said (a gallery's caption
    as image text, as caption and again under its thumbnail), and the ids of those repeats.

    A short plain line said again after a plain line stays: a listing's rows repeat
    ("成人票原价：60元" under each of its attractions), and so does a labelled field of any length
    ("备注：使用条件：…" under each attraction, a car's "发动机型式：…" under each model); a caption
    said again under the next photo stays too (several pictures of one scene captioned alike)."""
    seen: set[str] = set()
    shown: set[str] = set()
    """Lines seen as a caption or around an image."""
    kept: list[Piece] = []
    repeats: set[int] = set()
    squeezed = [squeeze(piece.text) for piece in body]  # each line is also the one after another
    for i, piece in enumerate(body):
        words = squeezed[i]
        pictured = piece.kind is BlockKind.CAPTION or piece.node.tag in _PICTURED
        following = squeezed[i + 1] if i + 1 < len(body) else ""
        if _next_photo(piece, kept[-1] if kept else None):
            kept.append(piece)
            continue
        if (words in seen and ((len(words) >= _REPEAT and not _FIELD.match(words)) or pictured or words in shown)) or \
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


def _next_photo(piece: Piece, before: Piece | None) -> bool:
    """Whether ``piece`` says again the line just before it with a new photo between: the same
    caption under each of several pictures, which the page shows once a picture."""
    return before is not None and piece.images > before.images and squeeze(piece.text) == squeeze(before.text)




def _drop_reason(piece: Piece, repeats: set[int]) -> DropReason:
    if id(piece) in repeats:
        return DropReason.DUPLICATE
    return piece.boilerplate or DropReason.NAVIGATION


def _author(meta: PageMeta, parsed_line: MetaLine | None, lines: list[str]) -> str:
    """The writer: <meta> author unless it names the outlet or is an address (a template's
    "name, email@…"), else the date line's or a byline's."""
    if meta.author and not names_site(meta.author, meta.outlet) and "@" not in meta.author:
        return meta.author
    if parsed_line is not None and parsed_line.author:
        return parsed_line.author
    return next((name for name in map(parse_byline, lines) if name), "")
