"""Saved pages' headline: what the page's metadata and its visible text agree on.

Part of the HTML import (``html_article`` asks it). The metadata's title (og:title,
twitter:title, JSON-LD headline, else <title>) is split at the separators pages put
between headline, channel and site; the site's and channels' names are learned from
the page itself — og:site_name and the publisher, the domain's own name, and title
parts the page shows as links (its logo, breadcrumb and channel bar) — and set aside.
The visible candidates are headings, blocks marked as the title, and the line standing
over the date line; the one the metadata agrees with wins, and when the metadata
says nothing the page shows, the heading nearest the story does.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from ..article.assemble import normalise_line
from ..article.meta import parse_meta_line
from ..model import BlockKind
from .html_body import body_containers, containers_over, in_player
from .html_tree import HEADLINE_TAGS, Node, Piece, heading_text, shown_children, text_of
from .page_meta import (
    Outlet,
    PageMeta,
    is_short,
    name_like,
    names_site,
    site_label,
    squeeze,
    strip_site_parts,
    title_parts,
)

__all__ = ["choose_title", "shows_date_after", "site_names"]

_GLUED_SITE = re.compile(r"[-_|｜–—][^，。！？：:]{2,20}")
"""What follows a headline in <title>: a separator and a site's or channel's name."""
_PLACEHOLDER = re.compile(r"(?i:untitled(?: document| page)?|new page \d*|document)")
"""A title a page template leaves in place ("Untitled Document", as Dreamweaver writes it): no title.
(无标题文档 is short enough to read as a site's name, which sends the page to its layout too.)"""
_MARKED_TITLE = re.compile(r"title|headline|biaoti", re.I)
"""Class names and ids that mark a page's headline block."""
_MAX_HEADLINE = 80
"""The longest a headline is, in Chinese characters; a letter of an alphabet counts half, as
a headline in German or English takes about twice the characters to say as much."""
_WIDE = r"[\u3000-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]"
"""Kept as text, compiled (and cached by ``re``) when a line over ``_MAX_HEADLINE`` characters is
first measured: its classes take Python ~5 ms to compile."""
_MAX_NAME = 30
"""A title part the page shows as a link is a site's or channel's name up to this long."""
_MAX_LINKS = 3000
_MAX_H1 = 8
_TRAILING_DATE = re.compile(r"\s+(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?$"
                            r"|(?<=[^\d\s])(?:19|20)\d{2}[-/]\d{1,2}[-/]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?$"
                            r"|(?<=[\u4e00-\u9fff])(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?$")
"""A date a heading shows after the headline, in a <span> of its own: after a space, or glued on
when it is a stamp to the minute ("…出頭天2014/12/1 18:13") or a whole day in 年月日
("…再出发2023年8月25日"), which no headline ends with."""
_SPACED_NAME = re.compile(r"\s+(?P<name>[^\s，。！？：:、,.!?|｜_]{4,20})")
"""A name glued after a headline with a space: one word, without a sentence's marks."""
_LABEL = re.compile(r"^(?:主题|主題|标题|標題|题目|題目)\s*[:：]\s*")
"""A label a forum or an old portal shows before the headline ("主题：…")."""
_FIELD = re.compile(r"(?:原创|原創|来源|來源|作者|记者|記者|编辑|編輯|责任编辑|責任編輯|(?:发布|發布|更新)?(?:时间|時間|日期)"
                    r"|浏览|瀏覽|点击|點擊)\s*[:：]")
"""A labelled field of the date line under a headline ("来源：本站原创 作者：…", "时间：… 浏览：33")."""
_STAMP_OR_BYLINE = re.compile(r"\d{2,4}\s*[-/年.]\s*\d{1,2}\s*[-/月.]\s*\d{1,2}\s*日?\W{0,3}\d{1,2}[:：]\d{2}"
                              r"|(?<=[A-Za-z])(?:19|20)\d{2}年\d{1,2}月\d{1,2}日$|^由\s*\S{1,30}?\s*(?:发布|發布|發佈|发表|發表)"
                              r"|^[【〔［\[（(][^】〕］\]）)]*(?:记者|記者|报道|報導|報道)[^】〕］\]）)]*[】〕］\]）)]$")
"""A date with its clock time (a date line, a list's stamp: "2014-12-18 (13:44)", "编译中心 2014年12月13日
09:33"), a byline of Latin names with the day glued on ("STELLA BUGBEE2023年7月27日"), a poster's line
("由 某某发布于"), or a bracketed byline ("【某某晚報╱記者某某/台北報導】"): never the headline over them; a
headline its block shows the date after (``_TRAILING_DATE``) is one."""
_BUTTON = re.compile(r"^[\[【][^\]】]*[\]】]$")
"""A link in brackets ("[请您留言]", "【打印】"): a button, not a headline."""
_CREDITED = re.compile(r"[（(][^（()）]{2,20}(?:攝|摄|圖片|图片)[）)]$|[。.]\s*(?:美聯社|美联社|路透社|法新社|新華社|新华社|中新社"
                       r"|歐新社|欧新社|AP|Reuters|AFP|EPA)$|\b(?:photo|image)s?\s+(?:by|credit)\b|Getty Images|www\.\w",
                       re.I)
"""A photo's caption ends with its credit ("…應主動查證。（港台圖片）", "（某某攝）", "…占士法蘭高。美聯社",
"Pool photo by …"), and a site's name may give its address ("某某网 www.….cn"): neither is a
headline (a headline marked as showing a photo ends with a bare "(图)")."""
_TITLE_LABEL = re.compile(r"\s*(?:[【\[][^】\]]{1,8}[】\]]|(?:视频|視頻|图文|圖文|组图|組圖|图集|圖集|独家|獨家|快讯|快訊"
                          r"|突发|突發|专访|專訪|直播|原创|原創|转载|轉載|热点|熱點|深度|观察|觀察|评论|評論|社评|社評"
                          r"|专题|專題)\s*[：:])\s*")
"""A label a title opens with: 【快讯】, [独家], 视频：, 图文： (not a speaker's name: 某某：…)."""
_BREAK = re.compile(r"[^\w(（\[【《「“\"']")
"""Where a title may go on past the headline: a stop or a separator, not a word or a bracket."""
_HAN = re.compile(r"[\u3400-\u9fff]")
"""A Chinese character: a title without one has no other script."""
_ELLIPSIS = re.compile(r"\s*(?:\.{3,}|…+)$")
"""How a <title> cut short ends."""
_SHORTEST = 4
"""A heading standing over the story can be a headline this short ("犬儒病(上)"), when the page
gives no title to agree with."""
_NAMED = 2
"""The page's only <h1> may be as short as a name ("金锺国", a wiki's topic)."""
_NAME_SIZED = 5
"""A plain line this short over the story is more likely its author's name than its headline."""
_QUOTES = str.maketrans("“”„‟「」『』‘’", "\"\"\"\"\"\"\"\"''")
_SHARED = 0.25
"""The share of a title's character pairs an <h1> must say to be its rewording; another story's
headline shares almost none."""
_SPLIT_LINES = 4
"""The most lines a page breaks one headline into."""
_DATE_LINE_REACH = 80
"""How far down the page the date line under a headline is looked for."""
_STORY_REACH = 6
_PARAGRAPH = 20
"""Blocks looked at over the story's first paragraph (a paragraph this long) for its heading."""
_H1_REACH = 30
"""How far over the story's first paragraph a page with no title has its <h1> headline (a
gallery, a byline box and a player between)."""


def site_names(meta: PageMeta, page_title: str, root: Node) -> tuple[str, ...]:
    """The site's and its channels' names, as this page gives them: its outlet, its domain's own
    name, and the parts of its titles it also shows as links (not the longest part as it reads,
    ``_width``: the story, though an English slogan after it has more letters).
    A name that is one of the page's titles with its separators ("标题 - 某某網" as the
    apple-mobile-web-app-title) is the story's title, not the site's name: taken as a name, its
    headline part would be called the site's and the headline never found."""
    titles = {normalise_line(t) for t in (page_title, *meta.claims)}
    names = [name for name in meta.names if not (normalise_line(name) in titles and len(title_parts(name)) > 1)]
    names.append(site_label(meta.url))
    parts = [t for title in (page_title, meta.title) for t in title_parts(normalise_line(title))[::2]]
    longest = max(parts, key=_width, default="")
    wanted = {_fold(part) for part in parts if part != longest and len(part) <= _MAX_NAME}
    shown = _shown_as_links(root, wanted) if wanted else set()
    if shown:
        headlines = _h1_texts(root)  # the page's headline, however short, even where a link repeats it,
        shown = {s for s in shown if not any(h.startswith(s) for h in headlines)}  # and the column it opens with
    names += [part for part in parts if _fold(part) in shown]
    return tuple(name for name in names if name)


def _h1_texts(root: Node) -> set[str]:
    """The texts (folded) of the page's first few <h1> elements."""
    found: set[str] = set()
    stack: list[Node] = [root]
    seen = 0
    while stack and seen < _MAX_LINKS and len(found) < _MAX_H1:
        node = stack.pop()
        seen += 1
        if node.tag == "h1":
            found.add(_fold(heading_text(text_of(node))))
        else:  # in page order: the headline's <h1> stands early
            stack.extend(child for child in reversed(node.children) if isinstance(child, Node))
    return found


def _shown_as_links(root: Node, wanted: set[str]) -> set[str]:
    """Which of the ``wanted`` texts (folded) the page shows as a link's whole text (bounded)."""
    longest = max(map(len, wanted))
    found: set[str] = set()
    stack: list[Node] = [root]
    seen = 0
    while stack and seen < _MAX_LINKS and found != wanted:
        node = stack.pop()
        if node.tag == "a":
            seen += 1
            text = text_of(node)
            if len(text) <= 2 * longest + 8 and _fold(text) in wanted:
                found.add(_fold(text))
        else:
            stack.extend(child for child in node.children if isinstance(child, Node))
    return found


def choose_title(meta: PageMeta, page_title: str, pieces: list[Piece],
                 site: Outlet) -> tuple[str, Piece | None]:
    """The headline and the block that shows it (None when the page shows it nowhere): see
    ``_chosen``; a headline shown in two lines, the second opening with a dash, is both."""
    title, piece = _chosen(meta, page_title, pieces, site)
    return _with_line_over(title, piece, pieces, site)


def _with_line_over(title: str, piece: Piece | None, pieces: list[Piece], site: Outlet) -> tuple[str, Piece | None]:
    """为……力量 / ——热烈祝贺……开幕: a chosen line opening with a dash goes on from the line over it."""
    if piece is None or not title.startswith(_DASHES):
        return title, piece
    at = next((i for i, p in enumerate(pieces) if p is piece), 0)
    above = pieces[at - 1] if at else None
    if above is None or not _headline_like(above, site):
        return title, piece
    return _shown_text(above) + title, above


_DASHES = ("——", "—", "－－")


def _chosen(meta: PageMeta, page_title: str, pieces: list[Piece],
            site: Outlet) -> tuple[str, Piece | None]:
    """The headline and the block that shows it (None when the page shows it nowhere).

    A heading that says exactly a headline the metadata gives wins (over an <h1> that is the
    site's logo; the chosen og:title first, then any other og/twitter title, JSON-LD's, <title>);
    then an <h1> the <title> or og:title contains; then a heading or block
    repeating the title's opening or closing parts ("自由電子報 - 果汁？…" shows "果汁？…").
    When the metadata names only the site, a block marked as the title; when the page
    shows the metadata's title nowhere, its only <h1>, else the line over the date line. A page
    with no title at all is read by its layout alone (``_untitled``).
    """
    page_title = "" if _PLACEHOLDER.fullmatch(normalise_line(page_title)) else normalise_line(page_title)
    full = normalise_line(meta.title or page_title)
    full = "" if _PLACEHOLDER.fullmatch(full) else full
    if full != page_title and not _any_part_shown(full, pieces) \
            and (_any_part_shown(strip_site_parts(page_title, site), pieces) or _other_story(full, page_title, site)):
        full = page_title  # an og:title the template left as the site's slogan, or another story's
    if not full:
        return _untitled(pieces, site)
    stripped = strip_site_parts(full, site)
    agreed = _agreed(meta, page_title, stripped, pieces, site)
    if agreed is not None:
        return agreed
    heading = _run_shown(full, stripped, site, pieces)
    if heading is None and not _shown(stripped, pieces):
        return _laid_out(full, stripped, site, pieces)
    if heading is not None:
        return _unbadged(_shown_text(heading), stripped, heading), heading
    return _unshown(full, stripped, site, pieces)


_BADGE_TAGS = frozenset({"span", "em", "i", "b", "strong", "small", "label", "mark", "a", "sup", "img"})
_BADGE_CHARS = 6


def _without_site_tail(shown: str, title: str, site: Outlet) -> str:
    """A block's text as the headline, less the channel and site it goes on with when it says
    the whole <title> ("标题 | 生活 | 某某新聞網", a photo viewer's caption): ``title`` then."""
    tail = shown[len(title) :].lower() if shown != title and shown.startswith(title) else ""
    names = (site,) if isinstance(site, str) else site
    if tail and strip_site_parts(shown, site) == title and any(name and name.lower() in tail for name in names):
        return title
    return shown


def _unbadged(shown: str, title: str, heading: Piece) -> str:
    """The headline without a badge or a link its heading opens or ends with, in an element of
    its own, when the metadata's title is the rest (<h1><span class="tag">视频</span>标题</h1>,
    <h1>标题<a href="#comments">评论(3)</a></h1> under <title>标题): the page's mark for the
    kind of story (视频, 独家, 图集) or a control, not the headline's words."""
    if shown == title or title not in shown:
        return shown
    children = shown_children(heading.node)
    for rest, child in ((shown.removesuffix(title).rstrip(), children[0] if children else None),
                        (shown.removeprefix(title).lstrip(), children[-1] if children else None)):
        if rest and len(rest) <= _BADGE_CHARS and rest != shown and isinstance(child, Node) \
                and child.tag in _BADGE_TAGS and normalise_line(text_of(child)) == rest:
            return title
    return shown


def _laid_out(full: str, stripped: str, site: Outlet, pieces: list[Piece]) -> tuple[str, Piece | None]:
    """The headline when the page shows the metadata's title nowhere: its lines, its only or
    likest <h1>, the line over the date line or the story; else as when nothing is found."""
    first_line = _split_shown(stripped, pieces)
    if first_line is not None:
        return stripped, first_line
    part_shown = _any_part_shown(full, pieces)
    converted = None
    if _HAN.search(full) and not part_shown:
        converted = _in_other_script((full, *sorted(_runs(full, site), key=len, reverse=True), stripped), pieces, site)
    if converted is not None:
        return _without_site_tail(_shown_text(converted), stripped, site), converted
    heading = _lone_h1(pieces, site) or _likest(stripped, pieces, site, _is_h1) \
        or _likest(stripped, pieces, site, _is_heading)
    if not part_shown and (heading is None or not _MARKED_TITLE.search(heading.node.attrs)):
        # a template's "无标题文档", a title for search engines: the layout says the headline, and
        # a heading marked as the title over the story beats an unmarked <h1> (the masthead's)
        laid_out = _laid_out_heading(pieces, site, resort=lambda line: _opens_with(line, stripped))
        if heading is None or laid_out is not None and _MARKED_TITLE.search(laid_out.node.attrs):
            heading = laid_out
    if heading is None:
        return _unshown(full, stripped, site, pieces)
    opening = _fold(_ELLIPSIS.sub("", stripped))
    if opening and opening in _fold(heading.text):
        if _lengthened(stripped, [heading], site) or _goes_on(stripped, heading, site):
            return _without_site_tail(_shown_text(heading), stripped, site), heading  # the <title> cut where the heading goes on
        return stripped, heading  # the <h1> says the headline and more (its date, a label)
    return _without_site_tail(_shown_text(heading), stripped, site), heading


def _in_other_script(titles: tuple[str, ...], pieces: list[Piece], site: Outlet) -> Piece | None:
    """The block saying a title in the other script, the whole title first, then its longest
    runs of parts, then without the site's names; a heading before another block: a 繁體 page
    whose <title> is in 简体 (a site's other variant, a converter that rewrote the page but not
    its head) shows its headline in its own characters, which are the reader's. Asked only
    when the page shows no part of the title, so the script table loads for those pages alone."""
    from ..script.fold import fold_script

    longest = max(len(title) for title in titles)
    blocks = [(fold_script(_said(p)), p) for p in pieces
              if len(p.text) <= 2 * longest + 8 and not is_short(p.text) and _headline_like(p, site)]
    for title in titles:
        wanted = fold_script(_fold(title))
        said = [p for folded, p in blocks if folded == wanted]
        if said:
            return next((p for p in said if _is_heading(p)), said[0])
    return None


def _goes_on(title: str, heading: Piece, site: Outlet) -> bool:
    """Whether the heading opens with the title and goes on with more of the headline's words:
    a <title> a CMS cut at its length ("四年前中500万现穷困潦倒..."), or shortened for search
    engines, is the first part of the headline the page shows whole; a date, a site's name or a
    bracketed label after it is no more of the headline."""
    opening, said = _fold(_ELLIPSIS.sub("", title)), _fold(_shown_text(heading))
    rest = said[len(opening) :]
    return said.startswith(opening) and len(re.findall(_WIDE, rest)) >= 2 and not names_site(rest, site) \
        and not _BUTTON.match(rest) and not rest.startswith(("(", "（", "[", "【", "|", "｜", "-", "_"))


def _unshown(full: str, stripped: str, site: Outlet, pieces: list[Piece]) -> tuple[str, Piece | None]:
    """The headline when no heading says it: the page's layout when the title names only the
    site, else the title with the block saying it with its date or going on after it, if any."""
    if _site_only(full, site) and not _shown_plain(stripped, pieces):
        # the title names only the site ("某某娱乐") or is a placeholder ("显示") the page does not show
        laid = _untitled(pieces, site)
        if laid[1] is not None:
            return laid
    dated = _dated_headline(stripped, pieces)
    if dated is not None:
        return stripped, dated
    longer = _lengthened(stripped, pieces, site)
    if longer is not None:
        return _without_site_tail(_shown_text(longer), stripped, site), longer
    return _KICKER.sub("", stripped) or stripped, None


_KICKER = re.compile(r"^[【\[](?:快讯|快訊|独家|獨家|视频|視頻|组图|組圖|图集|圖集|突发|突發|最新|热点|熱點|直击|直擊|专题|專題)[】\]]\s*")
"""A label a <title> may put before a headline the page shows nowhere ("【快讯】…")."""


def _lengthened(title: str, pieces: list[Piece], site: Outlet) -> Piece | None:
    """The block saying the title and then, after a space, one more clause of the headline (a
    <title> cut at its length, the page's heading in a styled <div> saying it whole): the page
    shows the headline nowhere else."""
    if is_short(title):
        return None
    return next((p for p in pieces if p.text.startswith(title) and p.text[len(title) : len(title) + 1].isspace()
                 and not is_short(p.text[len(title) :]) and _headline_like(p, site)), None)


def _dated_headline(title: str, pieces: list[Piece]) -> Piece | None:
    """The block saying the title with its date after it (<a>标题</a><span>2014/12/1 18:13</span>),
    when no heading says it: the headline's own line, though a link, not a teaser's."""
    wanted = _fold(title)
    return next((p for p in pieces if _TRAILING_DATE.search(p.text) and _said(p) == wanted), None) if wanted else None


def _agreed(meta: PageMeta, page_title: str, stripped: str, pieces: list[Piece],
            site: Outlet) -> tuple[str, Piece] | None:
    """A heading saying exactly a headline the metadata gives, else an <h1> a title contains."""
    claims = [strip_site_parts(claim, site) for claim in (stripped, *meta.claims, page_title)]
    claims += meta.claims  # the whole og:title, a column's name before it ("某某评丨标题") and all
    exact = next((found for claim in claims if (found := _exact_heading(claim, site, pieces))), None) \
        or _completed((normalise_line(meta.title or page_title), stripped), site, pieces)
    if exact is not None:
        return _without_site_tail(_shown_text(exact), stripped, site), exact
    for h1 in (p for p in pieces if p.node.tag == "h1" and not _logo(p)):
        if _is_headline(h1.text, stripped, site) and \
                (_fold(h1.text) in _fold(page_title) or _fold(h1.text) in _fold(meta.title)):
            return strip_site_parts(h1.text, site), h1
    return None


def _completed(titles: tuple[str, ...], site: Outlet, pieces: list[Piece]) -> Piece | None:
    """The block a title cut short with an ellipsis opens ("江门举办第十届侨乡文化节 二十国..."), the
    title as given first, then without the site's names: the page shows the whole headline the
    <title> was shortened from. Of several, an <h1>, else the first over the story (a subheading
    in the story may open the same way), else the first heading."""
    for title in titles:
        cut = _ELLIPSIS.search(title)
        opening = _fold(title[: cut.start()]) if cut else ""
        if len(opening) < _NAME_SIZED:  # the ellipsis says it was cut: five characters are the headline's
            continue
        opened = [i for i, p in enumerate(pieces) if _fold(p.text).startswith(opening) and _headline_like(p, site)]
        if opened:
            return pieces[_likeliest(opened, pieces)]
    return None


def _likeliest(opened: list[int], pieces: list[Piece]) -> int:
    """Of the blocks at ``opened`` that each say the headline, the one a reader takes for it."""
    h1 = next((i for i in opened if pieces[i].node.tag == "h1"), None)
    if h1 is not None:
        return h1
    if len(opened) == 1:
        return opened[0]
    start = _story_start(pieces)
    over = [i for i in opened if start is not None and i < start]
    return over[0] if over else next((i for i in opened if _is_heading(pieces[i])), opened[0])


def _run_shown(full: str, stripped: str, site: Outlet, pieces: list[Piece]) -> Piece | None:
    """A heading or block saying a run of the title's parts with only names around it; a block
    marked as the title when the title names only the site."""
    heading = _heading_for(full, site, pieces) or _block_for(full, _runs(full, site) | {_fold(stripped)}, site, pieces) \
        or _short_h1(full, site, pieces)
    if heading is None and _site_only(full, site):  # the site's name, or a placeholder ("无标题文档")
        heading, start = _top_heading(pieces, site)
        heading = heading or _marked_title(pieces, site, _story_start(pieces) if start is None else start)
    heading = heading or _shown_run(full, site, pieces) or _after_label(stripped, site, pieces) \
        or _said_before_more(full, site, pieces)
    return _going_on(heading, site, pieces) if heading is not None and not _is_heading(heading) else heading


def _going_on(block: Piece, site: Outlet, pieces: list[Piece]) -> Piece:
    """A heading that opens with what a plain block says and goes on by a third of itself or more,
    else the block: a title cut for search engines ("化学诺奖“跨界”医学_热点新闻") is also a photo's
    alt text under the story's <h1>, which says the whole headline. A heading adding a word or two
    ("…座谈会强调", over the headline's block) is a kicker's line, not the headline."""
    said = len(_fold(block.text))
    return next((p for p in pieces if (p.node.tag == "h1" or p.kind is BlockKind.HEADING)
                 and _goes_on(block.text, p, site) and (len(_fold(_shown_text(p))) - said) * 3 >= len(_fold(_shown_text(p)))
                 and _headline_like(p, site, link=True)), block)


def _said_before_more(title: str, site: Outlet, pieces: list[Piece]) -> Piece | None:
    """The block of its own saying the title's opening, when the title goes on past it after a
    stop or a separator (a subtitle after ——, a line in English after |, ：and a gloss): the
    page shows the headline, the <title> adds to it. The block must say at least two fifths
    of the title, as it reads (``_width``), so that a channel's name is not taken for it; and
    what the title says after it must be shown nowhere (a subtitle under it makes it the title's)."""
    wanted = _fold(title)
    for piece in pieces:
        said = _said(piece)
        if said != wanted and wanted.startswith(said) and _width(said) * 5 >= _width(wanted) * 2 \
                and _BREAK.match(wanted, len(said)) and not is_short(piece.text) and _headline_like(piece, site):
            return None if _rest_shown(wanted[len(said) :], pieces) else piece
    return None


def _rest_shown(rest: str, pieces: list[Piece]) -> bool:
    """Whether the page shows what the title says after the headline's opening line (a subtitle
    on the line under it, "——热烈祝贺…"): then the title is the headline, whole."""
    words = title_parts(rest.lstrip("-—–_|:：·,，;； "))[0]  # up to the site's name after it
    return not is_short(words) and any(words in _fold(p.text) for p in pieces)


def _after_label(title: str, site: Outlet, pieces: list[Piece]) -> Piece | None:
    """The block saying what the title says after a label ("【快讯】标题", "视频：标题"), when the
    page shows that alone as a line of its own: the label is the title's, not the headline's."""
    label = _TITLE_LABEL.match(title)
    wanted = _fold(title[label.end() :]) if label else ""
    return next((p for p in pieces if _said(p) == wanted and _headline_like(p, site)), None) \
        if not is_short(wanted) else None


def _untitled(pieces: list[Piece], site: Outlet) -> tuple[str, Piece | None]:
    """The headline of a page that gives no title at all, read by its layout alone."""
    heading = _laid_out_heading(pieces, site)
    return (_shown_text(heading), heading) if heading is not None else ("", None)


def _laid_out_heading(pieces: list[Piece], site: Outlet,
                      resort: Callable[[Piece], bool] = lambda line: True) -> Piece | None:
    """The headline block by the layout alone (no title, or one that tells nothing: "无标题文档"):
    the top heading a little over the story, else the line over the date line, else the heading
    nearest over the story's first paragraph (a blog's <h1> is often its own name, the post's
    title an <h2> under it); else, as last resorts that ``resort`` must accept (under a title,
    only a line opening with it), the first <h1> that can be a headline, the plain line nearest
    over the story, the linked one."""
    heading, start = _top_heading(pieces, site)
    heading = heading or _over_date_line(pieces, site)
    if heading is not None:
        return heading
    start = _story_start(pieces) if start is None else start
    heading = _over_story(pieces, start, site)
    if heading is not None:
        return heading
    last = next((p for p in pieces if p.node.tag == "h1" and _headline_like(p, site)), None) or \
        _over_story(pieces, start, site, plain=True) or _linked_over(pieces, start, site)
    return last if last is not None and resort(last) else None


def _opens_with(line: Piece, title: str) -> bool:
    """Whether the line opens with the title (a title cut for search engines, the page's line whole)."""
    opening = _fold(_ELLIPSIS.sub("", title))
    return bool(opening) and _fold(line.text).startswith(opening)


def _top_heading_over(pieces: list[Piece], start: int | None, site: Outlet) -> Piece | None:
    """The highest-ranked <h1> or <h2> a little over the story's first paragraph (``start``), the
    nearest of its rank: the page's own headline, over the subheading, caption, byline or
    subtitle standing nearer the story. A heading linking home is the site's name (a blog's
    <h1>); one linking elsewhere is the post's title linking to the post, unless a heading marked
    as the title (id="story_art_title") stands unlinked near the story: then the link is a
    ticker's other story."""
    first = max(0, (start or 0) - _H1_REACH)
    lone = sum(p.node.tag == "h1" for p in pieces) == 1  # a wiki's topic, a person's name: "金锺国"
    found = [p for at, p in enumerate(pieces[first : start or 0], first) if p.node.tag in HEADLINE_TAGS
             and not _links_home(p) and not _over_link_list(pieces, at)
             and _headline_like(p, site, over_story=True, link=True,
                                shortest=_NAMED if lone and p.node.tag == "h1" else _SHORTEST)]
    best = min(reversed(found), key=lambda p: p.node.tag, default=None)
    if best is not None and best.link_chars * 2 > len(best.text):  # a ticker's <a><h1>…19:20</h1></a>
        best = next((p for p in reversed(found) if _MARKED_TITLE.search(p.node.attrs)
                     and p.link_chars * 2 <= len(p.text)), best)
    return best


def _top_heading(pieces: list[Piece], site: Outlet) -> tuple[Piece | None, int | None]:
    """``_top_heading_over`` the story's start, and that start when it was found: finding the story
    takes the body's vote, asked only when the page has an <h1> or <h2> at all. On a page that
    loads the next stories under its own (an endless scroll), each in the same template, the
    vote may fall on a later one: the first <h1> of the same markup heads the page's own."""
    if not any(p.node.tag in HEADLINE_TAGS for p in pieces):
        return None, None
    start = _story_start(pieces)
    found = _top_heading_over(pieces, start, site)
    if found is not None and found.node.tag == "h1" and found.node.attrs:
        found = next((p for p in pieces if p.node.tag == "h1" and _same_markup(p.node.attrs, found.node.attrs)
                      and _headline_like(p, site, over_story=True, link=True)), found)
    return found, start


def _same_markup(one: str, other: str) -> bool:
    """Whether two elements' attributes are one template's: all their words but one shared (a
    story's own id or name may differ)."""
    a, b = set(one.split()), set(other.split())
    return len(a & b) >= 2 and len(a & b) >= max(len(a), len(b)) - 1


def _over_link_list(pieces: list[Piece], at: int) -> bool:
    """Whether the block at ``at`` heads a list of links ("我的另外2个博客" over its <li>s): a box's name.
    An <h1> is no box's name, nor a heading over share buttons (<li><a>分享</a></li>): that list is
    its story's."""
    below = pieces[at + 1] if at + 1 < len(pieces) else None
    return below is not None and pieces[at].node.tag != "h1" and below.node.tag == "li" \
        and below.link_chars * 2 > len(below.text) and below.boilerplate is None


_HOME = re.compile(r"^(?:https?://[^/]+)?/?(?:index\.\w+)?(?:[?#].*)?$", re.I)
"""A link to a site's front page: its root, with or without the host, or its index file."""


def _links_home(piece: Piece) -> bool:
    """Whether a heading is, mostly, a link to the site's front page."""
    if piece.link_chars * 2 <= len(piece.text):
        return False
    stack: list[Node] = [piece.node]
    while stack:
        node = stack.pop()
        if node.tag == "a":
            return bool(_HOME.match(node.href.strip()))
        stack.extend(child for child in node.children if isinstance(child, Node))
    return False


def _linked_over(pieces: list[Piece], start: int | None, site: Outlet) -> Piece | None:
    """The link right over the story's first paragraph, when nothing else can be the headline: a
    blog's post title links to the post itself, whatever its class is called."""
    above = pieces[start - 1] if start else None
    return above if above is not None and above.link_chars * 2 > len(above.text) and not _BUTTON.match(above.text) \
        and _headline_like(above, site, over_story=True, link=True) else None


def shows_date_after(text: str) -> bool:
    """Whether a headline's block shows the story's date after the headline ("标题 2014/12/1 18:13")."""
    return bool(_TRAILING_DATE.search(text))


def _shown_text(heading: Piece) -> str:
    """A heading's text as the headline: without a date shown after it, a label before it or its
    channel's name in brackets after it ("廉署貪污舉報今年跌11% (港聞)")."""
    return _CHANNEL_AFTER.sub("", _LABEL.sub("", _TRAILING_DATE.sub("", heading.text)))


_CHANNEL_AFTER = re.compile(
    r"\s*[(（](?:港聞|港闻|國際|国际|兩岸|两岸|中國|中国|地產|地产|財經|财经|經濟|经济|體育|体育|娛樂|娱乐|要聞|要闻"
    r"|社會|社会|政治|評論|评论|副刊|生活|科技|健康|教育|文化|旅遊|旅游|汽車|汽车|國內|国内|本地|即時|即时)[)）]$")
"""A channel's name a listing shows after the headline it files there; (图) and (组图) stay."""


def _shown_plain(title: str, pieces: list[Piece]) -> bool:
    """Whether the page shows ``title`` as a block of its own that is not a link (a logo, a menu)."""
    wanted = _fold(title)
    return bool(wanted) and any(_fold(p.text) == wanted and p.link_chars * 2 <= len(p.text) for p in pieces)


def _shown(title: str, pieces: list[Piece]) -> bool:
    """Whether the page shows ``title`` anywhere in a block of its own."""
    wanted = _fold(title)
    return bool(wanted) and any(_fold(p.text) == wanted for p in pieces)


def _any_part_shown(title: str, pieces: list[Piece]) -> bool:
    """Whether the page shows any part of ``title`` (not a channel's short name) as a block of its own."""
    parts = {_fold(part) for part in title_parts(title)[::2] if not is_short(part)}
    return any(_fold(p.text) in parts for p in pieces)


def _split_shown(title: str, pieces: list[Piece]) -> Piece | None:
    """The first of the lines a headline is set in, when the page breaks it over two to four lines
    of its own ("全国人民代表大会常务委员会 / 关于批准… / 调整…的决议", as official texts are set):
    together they say the title, none of them alone does."""
    wanted = _fold(title)
    if is_short(title):
        return None
    for at, first in enumerate(pieces):
        joined = _fold(first.text)
        if not joined or first.link_chars or not wanted.startswith(joined):
            continue
        for line in pieces[at + 1 : at + _SPLIT_LINES]:
            joined += _fold(line.text)
            if line.link_chars or not wanted.startswith(joined):
                break
            if joined == wanted:
                return first
    return None


def _shown_run(title: str, site: Outlet, pieces: list[Piece]) -> Piece | None:
    """A block saying the title's closing run of parts when the parts before it could all be names
    ("多维博客 » 播客热潮迅速蔓延…" shows "播客热潮迅速蔓延…"): the page agrees on the headline, and
    what the title says before it is the site's or a channel's name, whatever that name ends with.
    A heading saying it may link (to the story itself, as a question's title on a Q&A site does)."""
    tokens = title_parts(title)
    runs = {_fold("".join(tokens[start:])): tokens[: start - 1 : 2] for start in range(2, len(tokens), 2)}
    return next((p for p in pieces if _said(p) in runs and _headline_like(p, site, link=p.kind is BlockKind.HEADING)
                 and all(name_like(part) for part in runs[_said(p)])), None)


def _short_h1(title: str, site: Outlet, pieces: list[Piece]) -> Piece | None:
    """A short <h1> that says the title's first part ("雄安新区" of "雄安新区 - 维基百科，自由的百科全书"):
    the page and its metadata agree on it, however short."""
    tokens = title_parts(title)
    first = _fold(tokens[0]) if len(tokens) > 1 else ""
    return next((p for p in pieces if p.node.tag == "h1" and first and _fold(p.text) == first
                 and not names_site(p.text, site) and not _logo(p)), None)


def _lone_h1(pieces: list[Piece], site: Outlet) -> Piece | None:
    """The page's only <h1>, when the metadata's title is shown nowhere: what a reader sees as the
    headline (the <title> may be written for search engines)."""
    h1s = [p for p in pieces if p.node.tag == "h1"]
    return h1s[0] if len(h1s) == 1 and _headline_like(h1s[0], site) else None


def _is_h1(piece: Piece) -> bool:
    return piece.node.tag == "h1"


def _is_heading(piece: Piece) -> bool:
    """A heading or a block the markup calls the title (<div class="headline">)."""
    return piece.kind is BlockKind.HEADING or bool(_MARKED_TITLE.search(piece.node.attrs))


def _likest(title: str, pieces: list[Piece], site: Outlet, kind: Callable[[Piece], bool]) -> Piece | None:
    """Of the blocks of a ``kind`` (<h1>s, then headings), the one sharing most of the title's
    character pairs, when it shares enough: a page may reword its headline in the <title> for
    search engines, but keeps more of its words than another story's headline (a page that loads
    the next stories under its own, each with an <h1>) or a byline does."""
    wanted = _pairs(title)
    scored = [(len(wanted & _pairs(p.text)) / len(wanted), p) for p in pieces
              if wanted and kind(p) and _headline_like(p, site)]
    share, best = max(scored, key=lambda pair: pair[0], default=(0.0, None))
    return best if share >= _SHARED else None


def _other_story(meta_title: str, page_title: str, site: Outlet) -> bool:
    """Whether a metadata title shown nowhere shares no two neighbouring characters with the
    <title>'s headline: another story's (a template's leftover), where the <title> is the page's."""
    own = strip_site_parts(page_title, site)
    return bool(own) and not _site_only(page_title, site) and not is_short(own) \
        and not _pairs(strip_site_parts(meta_title, site)) & _pairs(own)


def _pairs(text: str) -> set[str]:
    """The pairs of neighbouring characters in ``text`` (folded): what two wordings of a headline share."""
    folded = _fold(text)
    return {folded[i : i + 2] for i in range(len(folded) - 1)}


def _over_date_line(pieces: list[Piece], site: Outlet) -> Piece | None:
    """The line standing right over the page's date line ("作者：… 发布日期：…", or its fields
    without a date: "来源：某某"), when nothing the metadata says is shown: the layout every news
    page shares, headline then date line."""
    at = _date_line_at(pieces)
    above = pieces[max(0, (at or 0) - 2) : at or 0]
    return next((p for p in reversed(above) if _headline_like(p, site)), None)


def _date_line_at(pieces: list[Piece]) -> int | None:
    """The index of the page's first date line or labelled field line, near its top."""
    return next((i for i, p in enumerate(pieces[:_DATE_LINE_REACH]) if parse_meta_line(p.text) or _FIELD.match(p.text)),
                None)


def _story_start(pieces: list[Piece]) -> int | None:
    """The index of the story's first paragraph, found with no title to go by."""
    body = {id(c): c for c in body_containers(pieces, None)}
    paragraphs = [i for i, p in enumerate(pieces) if p.kind is BlockKind.PARAGRAPH and len(p.text) >= _PARAGRAPH
                  and p.boilerplate is None]
    # a page writing its story straight into <body> between <br>s has no container to vote for
    return next((i for i in paragraphs if any(containers_over(pieces[i].node, body))),
                paragraphs[0] if paragraphs and not body else None)


def _over_story(pieces: list[Piece], start: int | None, site: Outlet, *, plain: bool = False) -> Piece | None:
    """The heading nearest above the story's first paragraph (``start``), when the page has no
    date line either: what a reader takes for the headline when the metadata says nothing the
    page shows. With ``plain``, the last resort, any line there that can be a headline (a
    forum's topic in a table cell over its author's name), not a name's length."""
    above = pieces[max(0, (start or 0) - _STORY_REACH) : start or 0]
    return next((p for p in reversed(above) if (p.kind is BlockKind.HEADING or _MARKED_TITLE.search(p.node.attrs)
                                                 or (plain and len(squeeze(p.text)) > _NAME_SIZED))
                 and _headline_like(p, site, over_story=True)), None)


def _headline_like(piece: Piece, site: Outlet, *, over_story: bool = False, link: bool = False,
                   shortest: int = _SHORTEST) -> bool:
    """Whether a block can be a headline: neither a channel's nor a site's name, nor a link or a
    sentence of the story, nor a line of the page's furniture (a placeholder, "正在读取评论……").
    Right over the story, a heading may be short, and a block marked as the title may be a link
    (a blog's post title links to the post itself); with ``link``, any block may."""
    text = piece.text
    sized = len(squeeze(text)) >= shortest if over_story else not is_short(text)
    linked = piece.link_chars * 2 > len(text) and not link \
        and not (over_story and _MARKED_TITLE.search(piece.node.attrs))
    return sized and (len(text) <= _MAX_HEADLINE or _width(text) <= _MAX_HEADLINE) \
        and not names_site(text, site) and not linked and not text.endswith(("。", "，", "：", ":")) \
        and not _FIELD.match(text) and not _STAMP_OR_BYLINE.search(_shown_text(piece)) and piece.boilerplate is None \
        and not _CREDITED.search(text)


def _width(text: str) -> float:
    """How long ``text`` reads, in Chinese characters (see ``_MAX_HEADLINE``): never more than
    its length, so a line no longer than a headline is not measured."""
    wide = len(re.findall(_WIDE, text))
    return wide + (len(text) - wide) / 2


def _exact_heading(title: str, site: Outlet, pieces: list[Piece]) -> Piece | None:
    """The heading (or <h1>) that says exactly the headline the metadata gives."""
    if not title or names_site(title, site):
        return None
    wanted = _fold(title)
    return next((p for p in pieces if (p.kind is BlockKind.HEADING or p.node.tag == "h1")
                 and _said(p) == wanted and not _logo(p)), None)


def _logo(heading: Piece) -> bool:
    """Whether a heading is a channel's or site's name linking to its front page (<h1><a>新闻中心</a></h1>),
    though the <title> says the same name: a headline that links (a blog post's) is longer."""
    return is_short(heading.text) and heading.link_chars * 2 > len(heading.text)


def _said(heading: Piece) -> str:
    """What a heading says as a headline, folded: without a date it shows after the headline
    (<h4>标题<span>2014-12-08 06:49</span></h4>) or a label before it."""
    return _fold(_shown_text(heading))


def _runs(title: str, site: Outlet) -> set[str]:
    """The title's runs of parts that can be the headline: those with only site or channel
    names after them ("标题_频道_某某网"), or only a site's name before them ("自由電子報 - 标题";
    a short word before is the topic: "雄安新区 - 维基百科，自由的百科全书"), or both ("某某即時新聞 -
    時事 - 标题 - 某某網站")."""
    tokens = title_parts(title)
    starts = [start for start in range(2, len(tokens), 2)
              if all(names_site(part, site) for part in tokens[: start - 1 : 2])]
    ends = [end for end in range(1, len(tokens), 2) if _site_only("".join(tokens[end + 1 :]), site)]
    runs = ["".join(tokens[start:end]) for start in [0, *starts] for end in [*ends, len(tokens)]
            if start < end and (start, end) != (0, len(tokens))]
    return {_fold(run) for run in runs if not is_short(run) and not _site_only(run, site)}


def _site_only(title: str, site: Outlet) -> bool:
    """Whether every part of a title is a site's or channel's name ("北医新闻网_(新闻)")."""
    return all(names_site(part.strip("()（）[]【】"), site) or is_short(part)
               for part in title_parts(title)[::2])


def _marked_title(pieces: list[Piece], site: Outlet, start: int | None) -> Piece | None:
    """The first heading the page's markup calls its title (<h1 class="article-title">) over the
    story, else the first block it calls so there, else the first heading so called anywhere
    (the story's start found wrongly, under a notice), when the metadata names only the site (not
    a video's title in its player): a block so called under the story is a side box's item (a
    columnist's latest post, <div class="post-member-title">, a newsletter's box). ``start`` is
    the story's first paragraph (a title as long as a paragraph may be it)."""
    marked = [(at, p) for at, p in enumerate(pieces) if _MARKED_TITLE.search(p.node.attrs)
              and _headline_like(p, site) and not in_player(p.node, None)]
    over = [p for at, p in marked if start is None or at <= start]
    return next((p for p in over if p.kind is BlockKind.HEADING), None) or next(iter(over), None) \
        or next((p for _, p in marked if p.kind is BlockKind.HEADING), None)


def _is_headline(text: str, title: str, site: Outlet) -> bool:
    """Whether an <h1> can be the headline, not the site's logo or a section name."""
    return bool(text) and not names_site(text, site) and (not is_short(text) or _fold(text) == _fold(title))


def _heading_for(title: str, site: Outlet, pieces: list[Piece]) -> Piece | None:
    """The heading that repeats ``title`` or its opening parts (the headline without the site's name)."""
    headings = {_said(p): p for p in reversed(pieces) if p.kind is BlockKind.HEADING}
    tokens = title_parts(title)
    for end in range(len(tokens), 0, -2):
        found = headings.get(_fold("".join(tokens[:end])))
        if found is not None and (end == len(tokens) or not is_short(found.text)):
            return found
    return next((p for p in pieces if p.kind is BlockKind.HEADING and _opens(title, p.text, site)), None)


def _opens(title: str, text: str, site: Outlet) -> bool:
    """Whether ``text`` is the headline ``title`` opens with, before a hyphen glued to the site's
    name ("…十块GPU-EDN 电子技术设计"), which the title's separators do not split at."""
    title, text = _fold(title), _fold(text)
    return not is_short(text) and title.startswith(text) and \
        (bool(_GLUED_SITE.fullmatch(title[len(text) :])) or _before_names(title, text, site))


def _before_names(title: str, text: str, site: Outlet) -> bool:
    """Whether ``title`` is ``text`` and then only names, joined by a space no separator splits at
    ("…调研工作 东区办事处_中山网")."""
    title, text = _fold(title), _fold(text)
    rest = title[len(text) :]
    return bool(rest) and not is_short(text) and title.startswith(text) and _site_only(rest, site)


def _block_for(title: str, wanted: set[str], site: Outlet, pieces: list[Piece]) -> Piece | None:
    """The first block that is the headline, when no heading is: a styled <div> or <p> of its own
    saying one of the ``wanted`` runs, or what ``title`` opens with before the site's names."""
    return next((p for p in pieces if (_fold(p.text) in wanted or _before_names(title, p.text, site)
                                       or _before_spaced_name(title, p))
                 and not is_short(p.text) and p.link_chars * 2 <= len(p.text)), None)


def _before_spaced_name(title: str, piece: Piece) -> bool:
    """Whether ``title`` is the heading or title block ``piece`` and then, after a space, one
    name-sized word ("…技能大赛 某某省某某医院"): a site's name the title glues on with a space,
    whatever it ends with, when the page shows the headline before it on its own."""
    text = piece.text.strip()
    rest = _SPACED_NAME.fullmatch(title[len(text) :]) if title.startswith(text) else None
    return rest is not None and len(squeeze(text)) > 2 * len(rest["name"]) and \
        (piece.kind is BlockKind.HEADING or bool(_MARKED_TITLE.search(piece.node.attrs)))




def _fold(text: str) -> str:
    """``text`` as compared for a title: no spaces, full-width forms and quotes folded, no closing stop."""
    return squeeze(unicodedata.normalize("NFKC", text).translate(_QUOTES)).rstrip("。.")
