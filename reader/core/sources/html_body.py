"""Where a saved page's article is: the containers whose paragraphs are the story.

Part of the HTML import (``html_tree`` builds, this module finds the body,
``html_article`` assembles). Each paragraph-like piece scores by its Chinese
punctuation and length and passes the score to its parent, as Readability does;
links, class names like nav/footer/comment, and sitting inside a comment section
or footer count against. A teaser's summary (a paragraph under a headline that is
only a link) counts little; the first paragraph under the title counts double, so
a one-paragraph story beats a panel of other stories. The best container then
widens over wrappers that hold one paragraph each, and takes along sibling blocks
that vote as well (a lede standing outside the "read more" part).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import islice

from ..article.meta import parse_byline, parse_datetime, parse_meta_line
from ..model import BlockKind
from .html_tree import Node, Piece, in_chinese, text_of
from .page_meta import squeeze

__all__ = ["body_containers", "containers_over", "figures_beside", "in_player", "is_caption", "is_tagged_headline",
           "title_deck"]

_POSITIVE = re.compile(r"article|content|main|text|body|detail|post|story|news|正文", re.I)
_NEGATIVE = re.compile(r"comment|footer|foot|nav|menu|side|related|recommend|share|ad[s_-]|"
                       r"banner|breadcrumb|copyright|login|hot|rank|tool|bottom|header|top", re.I)
_BURIED = re.compile(r"comment|footer|sidebar|related|recommend", re.I)
_PUNCT = "，。！？；、,"
"""Marks a paragraph is scored by, each counted with ``str.count`` (in C, no list of matches)."""
_SENTENCE_END = re.compile(r"[。！？!?]|\.(?:\s|$)")
"""A paragraph of the story ends a sentence; a headline in a list of videos or links does not."""
_ENDS_SENTENCE = re.compile(r"[。！？!?.][」』”’）)]*\s*$")
"""A line that ends with a sentence (a list's item, "1. 於…", does not)."""
_TAG_BARS = re.compile(r"[｜|]")
_PLAYER = re.compile(r"(?<!after)(?<!below)(?<!under)player|video-js|google_ads|adsbygoogle|advert", re.I)
"""A player or an ad slot by its tag or class; not the block after or below the player
(``c1_afterplayer``), which holds the story a video page tells under its video."""
_COPY_KEY = 15
"""How much of a paragraph's opening a copy of the story is looked up by."""
_MARKUP = re.compile(r"(?:\s|<[^<>]*>)+")
"""Tags written out as text: all a copy of a one-paragraph story may add to it."""
_PLAYER_REACH = 5
"""How many levels up from a line a player or ad slot holding it is looked for."""
_OUTSIDE = {"nav", "footer", "aside", "header", "form", "menu"}
_TEASER = 0.25
"""What a teaser's summary paragraph is worth, against a paragraph of the story."""
_SIBLING = 0.3
"""A sibling block joins the body when it scores this share of the best container."""
_TWIN_PARAGRAPHS, _TWIN_REACH = 3, 4
"""A container alike to the best holds a story when it holds this many paragraphs, this many
levels up from each."""
_RUN, _WRAPPER_REACH = 3, 4
"""A run of this many alike wrappers, each holding one paragraph this many levels up at most,
makes the element over them a container of the story."""
_PART_REACH = 4
"""How many levels of lone wrapper over the best container a part of a cut story may have."""
_LEDE_REACH, _LEDE_PARAGRAPHS = 2, 2
"""How many levels above the best container a lede's own wrapper is looked for, and how many
paragraphs it may hold."""
_REST_PARAGRAPHS = 2
"""How many paragraphs the rest of a story after its lone lede holds, when it is more than one."""
_REST_TEASERS = 3
"""The rest of a story after its lone lede may link another story (a paragraph that is only its
headline) once for this many paragraphs of its own; a panel of teasers links one for each."""
_NEAR = 0.5
"""The container of the story's first paragraph wins when it scores this share of the best."""
_LEAD_REACH = 8
"""How many blocks under the title the story's first paragraph is looked for in."""
_TINY = 3
"""A line this short (a count, a button's label) is no block the first paragraph is looked past."""
_VIDEO = re.compile(r"video", re.I)
_DATE_LINE = 40
_FIGURE_LINE = 60
"""A photo's caption beside the story is one short line."""
_FIGURE_REACH = 2
"""How many levels above the story's container a photo standing beside it is looked for."""
_DECK_REACH, _DECK_PIECES, _DECK_LINE = 3, 3, 80
"""A headline's own block, a few levels up from it, holds at most a kicker, the headline and a
subtitle, each a line at most this long."""
_SHORTEST_DECK, _DECK_HAN = 8, 0.7
"""A kicker or subtitle is a phrase in Chinese: at least this many Han characters, and this share of it."""
_HAN = r"[\u4e00-\u9fff]"
"""Kept as text, compiled (and cached by ``re``) when a deck is first looked for: its class takes
Python ~3 ms to compile, and a page without a headline asks for none."""
_SEPARATED = re.compile(r"[>|·»›/]")
"""A pager's, a breadcrumb's or a post's byline separators: no subtitle has them."""
_LABELLED = re.compile(r"^[^，。：:]{1,4}[：:]")
"""A short label and a colon ("字体：", "发布于：北京市") open a page's tool or a field, not a subtitle."""


def body_containers(pieces: list[Piece], title: Piece | None) -> list[Node]:
    """The elements holding the article's text, best first; empty when no paragraph votes.
    The vote starts afresh each time (a page without a title is asked twice)."""
    _mark_headline(title, True)
    try:
        return _containers(pieces, title)
    finally:
        _mark_headline(title, False)


def _mark_headline(title: Piece | None, holds: bool) -> None:
    """Mark the headline's element and its ancestors: none of them is a comment section or a
    sidebar, whatever its class says (``<body class="…sidebar-off">``, a sticky sidebar's
    wrapper round the whole article)."""
    node = title.node if title is not None else None
    while node is not None:
        node.holds_headline = holds
        node = node.parent


def _containers(pieces: list[Piece], title: Piece | None) -> list[Node]:
    _clear_scores(pieces)
    seen = Counter(p.text for p in pieces)  # a carousel shows each headline twice: no vote
    voters = [p for p in pieces if _votes(p) and (seen[p.text] == 1 or _SENTENCE_END.search(p.text))]
    copies = _copies(voters)
    voters = [p for p in voters if id(p) not in copies]
    chinese = in_chinese(p.text for p in voters)  # the vote was tuned on Chinese layouts
    best = _score(pieces, {id(p) for p in voters}, title, chinese)
    if best is None:
        return []
    lead = _lead(pieces, {id(p) for p in voters}, title)
    best = _near_title(best, lead)
    best = _first_twin(best, pieces, voters, title)
    best = _widened(best, voters)
    parts = _parts(best, pieces, voters) or ([] if chinese else _chunks(best, pieces, voters))
    chosen = [best, *_siblings(best, pieces, voters, chinese), *parts]
    end = _next_headline(pieces, title)
    if end is not None and not _starts_after(best, pieces, end):  # the next story is not this one's
        chosen = [c for c in chosen if c is best or not _starts_after(c, pieces, end)]
    chosen = chosen + _lede_beside(chosen, lead, pieces, voters) + _rest_after(chosen, lead, pieces, voters)
    return chosen + _marked_story(chosen, voters)


def _marked_story(chosen: list[Node], voters: list[Piece]) -> list[Node]:
    """The page's one element marked itemprop="articleBody", when the vote chose none of its
    paragraphs (a lede in a box of its own under the headline won, and the rest sits in the
    marked element, each paragraph in wrappers of its own): the page says where its story is."""
    marked: dict[int, Node] = {}
    seen: set[int] = set()
    for piece in voters:  # each element once: the walks up from a story's paragraphs meet early
        for node in _up_from(piece.node):
            if id(node) in seen:
                break
            seen.add(id(node))
            if node.marked_body:
                marked[id(node)] = node
    if len(marked) != 1:
        return []
    story = next(iter(marked.values()))
    held = [p for p in voters if inside(p.node, story)]
    if any(inside(p.node, c) for p in held for c in chosen) or any(inside(c, story) for c in chosen):
        return []
    return [story]


def _clear_scores(pieces: list[Piece]) -> None:
    """Zero the score of each piece's element, its parent and the element over its wrappers: the
    levels ``_score`` gives points to (``_ancestors``' walk written out, once for every piece)."""
    for piece in pieces:
        node: Node | None = piece.node
        for _ in range(_WRAPPER_REACH + 2):
            if node is None or node.tag == "root":
                break
            node.score = 0.0
            node = node.parent


def _copies(voters: list[Piece]) -> set[int]:
    """The story said again in one block (a script converter's or printer's hidden copy): a line
    that opens with one paragraph and holds the next, or only markup after it (a one-paragraph
    story copied with its ``<br/>`` as text). It would win the vote for the page's body."""
    opening: dict[str, list[int]] = {}
    for i, piece in enumerate(voters):
        opening.setdefault(piece.text[:_COPY_KEY], []).append(i)
    found: set[int] = set()
    for piece in voters:
        for i in opening.get(piece.text[:_COPY_KEY], ()):
            first, following = voters[i], voters[i + 1] if i + 1 < len(voters) else None
            if first is not piece and len(piece.text) > len(first.text) and piece.text.startswith(first.text) \
                    and (_MARKUP.fullmatch(piece.text[len(first.text):]) or following is not None
                         and following is not piece and following.text in piece.text):
                found.add(id(piece))
    return found


def inside(node: Node, container: Node) -> bool:
    """Whether ``node`` is ``container`` or sits within it."""
    current: Node | None = node
    while current is not None:
        if current is container:
            return True
        current = current.parent
    return False


def _up_from(node: Node) -> Iterator[Node]:
    """``node`` and every element above it, to the root: the one walk the body rules take from
    each paragraph, where asking every element about every paragraph was quadratic on a page
    of a thousand paragraphs each in a wrapper of its own."""
    current: Node | None = node
    while current is not None:
        yield current
        current = current.parent


def _holders(pieces: Iterable[Piece], nodes: Iterable[Node]) -> set[int]:
    """The ids of those ``nodes`` that are or hold one of ``pieces`` or more. Each walk up stops
    at an element an earlier one passed: all above it has been looked at (a story of 2,000
    paragraphs, each in wrappers of its own, walked to the root 2,000 times)."""
    wanted = {id(n) for n in nodes}
    found: set[int] = set()
    passed: set[int] = set()
    for piece in pieces:
        current: Node | None = piece.node
        while current is not None and id(current) not in passed:
            passed.add(id(current))
            if id(current) in wanted:
                found.add(id(current))
            current = current.parent
    return found


def containers_over(node: Node, containers: dict[int, Node]) -> Iterator[Node]:
    """Those of ``containers`` (by id) that are ``node`` or hold it, nearest first."""
    return (n for n in _up_from(node) if id(n) in containers)


def in_player(node: Node, container: Node | None) -> bool:
    """Whether ``node`` sits in a video player or an ad slot inside ``container`` (None: the page): its menus,
    durations and playlist of other clips are drawn inside the story's own element."""
    current: Node | None = node
    while current is not None and current is not container:
        if _is_player(current):
            return True
        current = current.parent
    return False


def _is_player(node: Node) -> bool:
    """Whether ``node`` is a video player or an ad slot, by its tag or attributes."""
    return _names_player(node.tag, node.attrs)


@lru_cache(maxsize=1024)
def _names_player(tag: str, attrs: str) -> bool:
    """Kept by tag and class: every paragraph asks about its wrappers, which share theirs."""
    return bool(_PLAYER.search(tag) or _PLAYER.search(attrs))


def _ancestors(node: Node | None, levels: int) -> Iterator[Node]:
    """``node`` and the elements above it, ``levels`` of them at most, below the page's root."""
    for _ in range(levels):
        if node is None or node.tag == "root":
            return
        yield node
        node = node.parent


def _score(pieces: list[Piece], voters: set[int], title: Piece | None, chinese: bool) -> Node | None:
    """Readability's vote: paragraphs give points to their element and its parent."""
    best: Node | None = None
    lead = _lead(pieces, voters, title)
    over = {} if chinese else _over_wrappers(pieces, voters)
    weights: dict[int, float] = {}  # by the element's id: its class and ancestors are asked once
    for i, piece in enumerate(pieces):
        if id(piece) not in voters:
            continue
        base = 1.0 if _SENTENCE_END.search(piece.text) else _TEASER
        points = base + sum(map(piece.text.count, _PUNCT)) + min(len(piece.text) / 100, 3)
        if piece is lead:  # under a photo's link line ("放大圖片") it is still the story's
            points *= 2
        elif i > 0 and _is_teaser_head(pieces[i - 1], title):
            points *= _TEASER
        for share, node in ((1.0, piece.node), (0.5, piece.node.parent), (0.5, over.get(id(piece)))):
            if node is None or node.tag == "root":
                continue
            node.score += points * share
            if best is None or _weighted(node, weights) > _weighted(best, weights):
                best = node
    return best


def _over_wrappers(pieces: list[Piece], voters: set[int]) -> dict[int, Node]:
    """The element over each paragraph's own wrappers, when a run of alike wrappers each holds
    one paragraph (and maybe a label or an empty slot beside it): there the half share of the
    paragraph's parent adds up nothing, so the element over the run gets it too. Not on Chinese
    pages (the caller's test), where such runs are forum replies and captions."""
    voting = [p for p in pieces if id(p) in voters]
    held = _held_counts(p.node for p in voting)
    tops = {id(p): _lone_wrapper(p.node, held) for p in voting}
    under = _pieces_under(pieces, {id(t) for t in tops.values()})
    tops = {id(p): t for p in voting if _is_own_wrapper(t := tops[id(p)], p, under)}
    voting = [p for p in voting if id(p) in tops]
    runs: Counter[tuple[int, str, str]] = Counter()
    for piece in voting:
        top = tops[id(piece)]
        if top is not piece.node and top.parent is not None:
            runs[id(top.parent), top.tag, _class_of(top)] += 1
    return {id(p): t.parent for p in voting if (t := tops[id(p)]) is not p.node and t.parent is not None
            and t.parent is not p.node.parent and runs[id(t.parent), t.tag, _class_of(t)] >= _RUN
            and not _NEGATIVE.search(t.parent.attrs)}


def _is_own_wrapper(top: Node, piece: Piece, under: dict[int, list[Piece]]) -> bool:
    """Whether ``top`` wraps ``piece`` with at most a label beside it, not a post with its
    author's name and date (a forum's or a comment's); ``under`` holds each wrapper's pieces."""
    beside = [p for p in under.get(id(top), []) if p is not piece]
    return len(beside) <= 1 and not any(_is_date_line(p.text) for p in beside)


def _held_counts(nodes: Iterable[Node]) -> Counter[int]:
    """How many of ``nodes`` each element is or holds, by the element's id."""
    return Counter(id(n) for node in nodes for n in _up_from(node))


def _pieces_under(pieces: list[Piece], wrappers: set[int]) -> dict[int, list[Piece]]:
    """The pieces each of the ``wrappers`` (by id) is or holds, in the page's order."""
    under: dict[int, list[Piece]] = {}
    for piece in pieces:
        for n in _up_from(piece.node):
            if id(n) in wrappers:
                under.setdefault(id(n), []).append(piece)
    return under


def _lone_wrapper(node: Node, held: Counter[int]) -> Node:
    """The outermost element over ``node``, a few levels up, holding no other of the nodes
    ``held`` counts (one holding more of them than the element below it holds another)."""
    top = node
    for _ in range(_WRAPPER_REACH):
        parent = top.parent
        if parent is None or parent.tag == "root" or held[id(parent)] > held[id(top)]:
            break
        top = parent
    return top


def _votes(piece: Piece) -> bool:
    text = piece.text
    return piece.kind is BlockKind.PARAGRAPH and len(text) >= 15 and piece.link_chars * 2 <= len(text) \
        and piece.boilerplate is None and not _is_date_line(text) and not is_tagged_headline(text) \
        and not _in_player_slot(piece.node)


def _in_player_slot(node: Node | None) -> bool:
    """Whether ``node`` sits a few levels inside a video player or an ad slot: its fallback
    notice ("your browser is not supported", said in sentences) is not the story and does not vote.
    ``_ancestors``' walk written out: every paragraph asks, and two generators cost it twice."""
    for _ in range(_PLAYER_REACH):
        if node is None or node.tag == "root":
            return False
        if _is_player(node):
            return True
        node = node.parent
    return False


def is_tagged_headline(text: str) -> bool:
    """A headline with its tags after bars (…曝光｜01娛樂｜TVB), as a list of videos or stories
    shows each: no full stop in it (a question mark may be)."""
    return "。" not in text and len(_TAG_BARS.findall(text)) >= 2


def _is_date_line(text: str) -> bool:
    """A line that only tells when (and by whom): it sits under the title but is not the story."""
    return parse_meta_line(text) is not None or (len(text) < _DATE_LINE and parse_datetime(text) is not None)


def _near_title(best: Node, lead: Piece | None) -> Node:
    """The container of the story's first paragraph under the title, over a busier one elsewhere
    (a feed of other stories with long summaries), unless it scored far less. Not over an
    <article> element when the first paragraph stands outside any (a standfirst over the story,
    a lone lede in a box of its own): a page that marks its story says where it is; the next
    story an endless page loaded below is another <article>, and the first one's lede is in its own.
    Nor when the first paragraph is a standfirst in a <header> (the headline's, with the byline):
    the story is after it, and the standfirst joins it as a lede beside (``_lede_beside``); nor
    when it is a list's item (a list of key points over the story)."""
    if lead is None or inside(lead.node, best) or (best.tag == "article" and not _in_article(lead.node)) \
            or _header_over(lead.node) is not None or lead.node.tag == "li":
        return best
    near = max((n for n in (lead.node, lead.node.parent) if n is not None and n.tag != "root"), key=_weighted)
    return near if _weighted(near) >= _NEAR * _weighted(best) else best


def _header_over(node: Node) -> Node | None:
    """The <header> ``node`` sits in, a few levels up, if any."""
    return next((n for n in _ancestors(node, _LEDE_REACH + 1) if n.tag == "header"), None)


def _in_article(node: Node) -> bool:
    """Whether ``node`` sits inside an <article> element."""
    return any(n.tag == "article" for n in _up_from(node))


def _first_twin(best: Node, pieces: list[Piece], voters: list[Piece], title: Piece | None) -> Node:
    """The story under the headline, over the next one an endless page loaded below it: when a
    headline of the title's rank follows the title and the best container lies past it, a
    container alike to the best (same tag and class) holding a story's paragraphs between the
    two headlines wins. The next story is often longer and would win the vote."""
    end = _next_headline(pieces, title)
    if end is None or not best.attrs.strip() or not _starts_after(best, pieces, end):
        return best
    start = next(i for i, piece in enumerate(pieces) if piece is title)
    voting = {id(p) for p in voters}
    held: dict[int, int] = {}
    twins: list[Node] = []
    for piece in pieces[start:end]:
        twin = _alike_above(piece.node, best) if id(piece) in voting else None
        if twin is not None:
            if id(twin) not in held:
                twins.append(twin)
            held[id(twin)] = held.get(id(twin), 0) + 1
    return next((t for t in twins if held[id(t)] >= _TWIN_PARAGRAPHS), best)


def _next_headline(pieces: list[Piece], title: Piece | None) -> int | None:
    """Where the next story's headline stands: the first heading after the title of its rank."""
    if title is None or title.kind is not BlockKind.HEADING:
        return None
    at = next((i for i, piece in enumerate(pieces) if piece is title), None)
    if at is None:
        return None
    return next((i for i in range(at + 1, len(pieces)) if pieces[i].kind is BlockKind.HEADING
                 and pieces[i].level == title.level), None)


def _starts_after(node: Node, pieces: list[Piece], end: int) -> bool:
    """Whether all of ``node``'s pieces come at or after position ``end``."""
    return all(i >= end for i, piece in enumerate(pieces) if inside(piece.node, node))


def _alike_above(node: Node, best: Node) -> Node | None:
    """The element alike to ``best`` that holds ``node``, a few levels up, if any."""
    current: Node | None = node
    for _ in range(_TWIN_REACH):
        if current is None:
            return None
        if current.tag == best.tag and current.attrs == best.attrs:
            return current
        current = current.parent
    return None


def _lead(pieces: list[Piece], voters: set[int], title: Piece | None) -> Piece | None:
    """The first paragraph that votes within a few blocks under the title, not a photo's or a
    video's caption (a gallery's captions under the headline, and a row of reaction buttons'
    labels and counts, do not count towards the few)."""
    if title is None or title not in pieces:
        return None
    start = pieces.index(title) + 1
    near = list(islice((p for p in pieces[start:] if len(squeeze(p.text)) > _TINY and not is_caption(p.node)
                        and not _in_video(p.node)), _LEAD_REACH))
    around = {id(p): p for p in pieces[start : start + _LEAD_REACH] + near}
    seen = Counter(p.text for p in around.values())  # a caption repeats its photo's alt text
    return next((p for p in near if id(p) in voters and seen[p.text] == 1 and not _photo_line(p, pieces, voters)),
                None)


def _in_video(node: Node) -> bool:
    """Whether ``node`` sits in a video's box, a level or two up (its caption, under the player)."""
    return any(_VIDEO.search(n.tag) or _VIDEO.search(n.attrs) for n in _ancestors(node, _FIGURE_REACH + 1))


def is_caption(node: Node) -> bool:
    """Whether ``node`` is a photo's caption (or its alt text): in a figure, or in the element
    that holds the image itself. A cover photo under the headline is captioned with a sentence,
    but that sentence is not the story's first paragraph. An ad's or a player's image in an
    <aside> inside a lede's element (its text written straight into it) is not that element's."""
    return _has_image(node, own=True) or any(n.tag in ("figure", "figcaption") for n in _ancestors(node, _FIGURE_REACH + 1))


def _photo_line(piece: Piece, pieces: list[Piece], voters: set[int]) -> bool:
    """Whether ``piece`` is the one line of a photo's element (a gallery's slide, whatever its
    tags): a level or two up, an element holds an image and no other line that votes (its alt
    text, a link, may be there). A player's or an ad's image in an <aside> under a lede is not
    the element's own."""
    for current in _ancestors(piece.node.parent, _FIGURE_REACH):
        if _has_image(current, own=True):
            return all(p is piece or id(p) not in voters or not inside(p.node, current) for p in pieces)
    return False


def _is_teaser_head(piece: Piece, title: Piece | None) -> bool:
    """A line that is nothing but a link to another story: what follows it is that story's summary."""
    return piece is not title and len(piece.text) <= 60 and piece.link_chars >= 0.8 * len(piece.text)


def _widened(best: Node, voters: list[Piece]) -> Node:
    """A lone paragraph is not the article: when its sibling paragraphs scored too, their parent is.

    Pages that wrap each paragraph in its own element (or two) put the siblings a level or
    two up: a wrapper holding nothing but the paragraph counts as the paragraph.
    """
    if best.tag != "p" and sum(1 for p in voters if inside(p.node, best)) > 1:
        return best
    node = best
    for _ in range(3):
        parent = node.parent
        if parent is None or parent.tag == "root" or _buried(parent):
            return best
        if any(isinstance(c, Node) and c is not node and c.score > 0 for c in parent.children):
            return parent
        if squeeze(text_of(parent)) != squeeze(text_of(node)):
            return best
        node = parent
    return best


def _siblings(best: Node, pieces: list[Piece], voters: list[Piece], chinese: bool) -> list[Node]:
    """Blocks beside the best container that vote as well: a lede, a second part of the story,
    a block alike to it."""
    parent = best.parent
    if parent is None or parent.tag == "root":
        return []
    paragraphs = {id(p.node) for p in voters if p.node.parent is parent}
    if not chinese:
        paragraphs |= _alike_beside(best, voters)
    return [c for c in parent.children if isinstance(c, Node) and c is not best
            and (c.score >= _SIBLING * best.score or id(c) in paragraphs) and c.tag not in _OUTSIDE
            and not _NEGATIVE.search(c.attrs) and _link_share(c, pieces) < 0.3]


def _alike_beside(best: Node, voters: list[Piece]) -> set[int]:
    """Blocks beside the best container alike to it (same tag and class) holding a paragraph
    of whole sentences, however little they scored: a story's text blocks between its photos
    and ad slots, some of one short paragraph. Not on Chinese pages (the caller's test), where
    such blocks below the story are a site's notices (copyright, a call for letters)."""
    parent = best.parent
    if parent is None or not best.attrs.strip():
        return set()
    alike = [c for c in parent.children if isinstance(c, Node) and c.tag == best.tag and c.attrs == best.attrs]
    return _holders((p for p in voters if _SENTENCE_END.search(p.text)), alike)


def _parts(best: Node, pieces: list[Piece], voters: list[Piece]) -> list[Node]:
    """The story's other parts, when ad slots cut it into a row of like wrappers each holding
    some paragraphs: the best container's lone wrapper, a level or two up, has siblings of
    its own tag and class (their ids may differ), and those that hold paragraphs of whole
    sentences are the rest of the story (not a photo's part, with its alt text and credit)."""
    wrapper = best
    for _ in range(_PART_REACH):
        parent = wrapper.parent
        if parent is None or parent.tag == "root" or _buried(parent) \
                or any(inside(p.node, parent) and not inside(p.node, wrapper) for p in pieces):
            break
        wrapper = parent
    parent = wrapper.parent
    if wrapper is best or parent is None or not _class_of(wrapper):
        return []
    alike = [c for c in parent.children if isinstance(c, Node) and c is not wrapper and c.tag == wrapper.tag
             and _class_of(c) == _class_of(wrapper)]
    told = _holders((p for p in voters if _SENTENCE_END.search(p.text)), alike)
    return [c for c in alike if id(c) in told]


def _chunks(best: Node, pieces: list[Piece], voters: list[Piece]) -> list[Node]:
    """The story's other chunks, when the page cuts it into a column of like blocks, each with a
    box of its own beside it (a sticky ad, a product panel): the elements as far below an
    ancestor of the best container, a few levels up, through elements of the same tags and
    classes as the best one's own, that hold paragraphs of whole sentences and no date line
    (a thread's replies, each dated, are no chunks of one story). Not on Chinese pages (the
    caller's test), where such blocks are a site's notices (上報's 徵稿) or a question's other
    answers."""
    chain, node = [best], best
    for _ in range(_PART_REACH + 1):
        if node.parent is None or node.parent.tag == "root" or _buried(node.parent):
            return []
        node = node.parent
        chain.append(node)
        alike = _alike_below(node, [(n.tag, _class_of(n)) for n in reversed(chain[:-1])])
        twins = [n for n in alike if n is not best]
        if twins:
            told = _holders((p for p in voters if _SENTENCE_END.search(p.text)), twins)
            rows = {id(n): [*_ancestors(n, len(chain) - 1)][-1] for n in twins}  # each twin's block under ``node``
            dated = _holders((p for p in pieces if _is_date_line(p.text)), rows.values())
            return [n for n in twins if id(n) in told and id(rows[id(n)]) not in dated]
    return []


def _alike_below(top: Node, path: list[tuple[str, str]]) -> list[Node]:
    """The elements under ``top`` reached through children of the tags and classes ``path`` says,
    level by level (the first entry is the child of ``top``); none when a level has no class."""
    level = [top]
    for tag, cls in path:
        if not cls:
            return []
        level = [c for n in level for c in n.children if isinstance(c, Node) and c.tag == tag and _class_of(c) == cls]
    return level


def _class_of(node: Node) -> str:
    """An element's class without its id: parts of one story share a class, each its own id."""
    return node.attrs.rsplit(" ", 1)[0].strip()


def _lede_beside(chosen: list[Node], lead: Piece | None, pieces: list[Piece], voters: list[Piece]) -> list[Node]:
    """The story's first paragraph in a wrapper of its own before the wrapper of the rest, a
    level or two up from the best container (a lede over a "read more" part that holds a
    player's slot, the rest behind it): it joins when nothing chosen holds it. A panel of
    teasers is no lede: the wrapper holds few paragraphs and few links."""
    if lead is None or not _SENTENCE_END.search(lead.text) or any(inside(lead.node, n) for n in chosen):
        return []
    node, header = chosen[0], _header_over(lead.node)
    for _ in range(_LEDE_REACH):
        parent = node.parent
        if parent is None or parent.tag == "root" or _buried(parent):
            return []
        elements = [c for c in parent.children if isinstance(c, Node)]
        before = elements[: next(i for i, element in enumerate(elements) if element is node)]
        wrapper = next((c for c in before if inside(lead.node, c)), None)
        if wrapper is not None and wrapper is header:
            return [lead.node]  # a standfirst in the headline's <header>: itself, not the byline by it
        if wrapper is not None:
            return [wrapper] if _is_lede_wrapper(wrapper, pieces, voters) else []
        node = parent
    return []


def _rest_after(chosen: list[Node], lead: Piece | None, pieces: list[Piece], voters: list[Piece]) -> list[Node]:
    """The rest of the story in a wrapper of its own after the lede's (a "read more" part, or one
    kept for readers who log in, its class counting against it), a level or two up: when the best
    container holds only the story's first paragraph, the next element holding more paragraphs
    (subheadings and lists may stand among them) joins, as the block holding them; else the first
    holding one paragraph of whole sentences (a short story's second; not a photo's line).
    Teasers of other stories are no rest: their headlines are links; nor are a gallery's captions,
    nor an element set outside the story on the way (``_OUTSIDE``: an ad's or a player's <aside>,
    its controls' labels voting as paragraphs; a <nav>, a <form>).
    A lede that ends with a colon may hold the first items of the list it announces."""
    best = chosen[0]
    if lead is None or not inside(lead.node, best):
        return []
    listed = lead.text.rstrip().endswith(("：", ":"))  # "…開放時間如下：" announces a list
    if any(p is not lead and inside(p.node, best) and (not listed or _ENDS_SENTENCE.search(p.text)) for p in voters):
        return []
    node, single, voting = best, None, {id(p) for p in voters}
    for _ in range(_LEDE_REACH):
        parent = node.parent
        if parent is None or parent.tag == "root" or _buried(parent):
            break
        elements = [c for c in parent.children if isinstance(c, Node)]
        for element in elements[next(i for i, e in enumerate(elements) if e is node) + 1 :]:
            if element.tag in _OUTSIDE:
                continue  # outside the story (an ad's or a player's <aside>) between the lede and the rest
            held = [p for p in voters if inside(p.node, element) and not in_player(p.node, element)
                    and not is_caption(p.node) and not _photo_line(p, pieces, voting)]
            if len(held) >= _REST_PARAGRAPHS:
                block = _holding(held)
                return [block] if _is_rest(block, held, pieces, listed) else []
            if held and single is None and _is_rest(held[0].node, held, pieces, listed):
                single = held[0].node
        node = parent
    return [single] if single is not None else []


def _holding(held: list[Piece]) -> Node:
    """The innermost element holding all of ``held``."""
    block = held[0].node
    while block.parent is not None and not all(inside(p.node, block) for p in held):
        block = block.parent
    return block


def _is_rest(block: Node, held: list[Piece], pieces: list[Piece], listed: bool = False) -> bool:
    """Whether ``block`` is the rest of the story: up to its last paragraph (a panel of other
    stories' links may follow in the same block, its lines dropped as links), few links, some
    paragraphs of whole sentences (a subheading or a list of addresses may stand among them; a
    list of videos' titles is all such lines) unless the lede ``listed`` what follows (it ends
    with a colon), and few teasers for those paragraphs."""
    upto = pieces[: next(i for i, p in enumerate(pieces) if p is held[-1]) + 1]
    sentences = sum(1 for p in held if _SENTENCE_END.search(p.text))
    teasers = sum(1 for p in upto if inside(p.node, block) and _is_teaser_head(p, None))
    return block.tag not in _OUTSIDE and (sentences > 0 or listed) \
        and _link_share(block, upto) < 0.3 and teasers * _REST_TEASERS <= sentences


def _is_lede_wrapper(wrapper: Node, pieces: list[Piece], voters: list[Piece]) -> bool:
    held = sum(1 for p in voters if inside(p.node, wrapper) and not in_player(p.node, wrapper))
    return held <= _LEDE_PARAGRAPHS and wrapper.tag not in _OUTSIDE and not _NEGATIVE.search(wrapper.attrs) \
        and _link_share(wrapper, pieces) < 0.3


def figures_beside(best: Node, pieces: list[Piece]) -> list[Node]:
    """The story's photo set just outside its container (a newspaper's page puts the picture
    and its caption in a table over the text): the element right before it, or before a wrapper
    of it, when that holds an image and one short line of plain text. After the story such a
    block is more often a viewer's control ("查看原图") or another box."""
    found: list[Node] = []
    node = best
    for _ in range(_FIGURE_REACH):
        parent = node.parent
        if parent is None or parent.tag == "root" or _buried(parent):
            break
        found += [n for n in _neighbour(parent, node) if _is_figure(n, pieces)]
        node = parent
    return found


def _neighbour(parent: Node, child: Node) -> list[Node]:
    """The element just before ``child`` among ``parent``'s children (none when it comes first)."""
    elements = [c for c in parent.children if isinstance(c, Node)]
    at = next(i for i, element in enumerate(elements) if element is child)
    return elements[at - 1 : at] if at else []


def _is_figure(node: Node, pieces: list[Piece]) -> bool:
    """Whether ``node`` is a photo with its caption: an image and one short line of plain text."""
    held = [p for p in pieces if inside(p.node, node)]
    return len(held) == 1 and len(held[0].text) <= _FIGURE_LINE and not held[0].link_chars \
        and held[0].boilerplate is None and _has_image(node) and node.tag not in _OUTSIDE \
        and not _NEGATIVE.search(node.attrs)


def _has_image(node: Node, own: bool = False) -> bool:
    """Whether an image stands anywhere under ``node``; with ``own``, not inside an <aside> nor a
    player or an ad slot named so by its class, as a page built of <div>s alone has (an ad's or a
    clip's thumbnail), nor a <figure> (a photo with its own caption, among the lines of a story
    written straight into its element between <br>s)."""
    stack: list[Node] = [node]
    while stack:
        current = stack.pop()
        if current.tag == "img":
            return True
        stack.extend(c for c in current.children if isinstance(c, Node)
                     and not (own and (c.tag in ("aside", "figure") or _is_player(c))))
    return False


def title_deck(pieces: list[Piece], title: Piece | None) -> list[Piece]:
    """The kicker over the headline and the subtitle under it, in the headline's own block (a
    newspaper page's 引题 and 副题, a "subtitle" line in the title's box): the story's words
    though no container of the body holds them. Date lines and bylines there are not."""
    if title is None:
        return []
    node, block = title.node, [title]
    for _ in range(_DECK_REACH):
        parent = node.parent
        if parent is None or parent.tag == "root" or parent.tag in _OUTSIDE:
            break
        held = [p for p in pieces if inside(p.node, parent)]
        if len(held) > _DECK_PIECES:
            break
        node, block = parent, held
    return [p for p in block if p is not title and _is_deck(p)]


def _is_deck(piece: Piece) -> bool:
    """Whether a line by the headline reads as its kicker or subtitle: Chinese words, not a
    pager, a breadcrumb, a tool or a post's byline."""
    text = piece.text
    words = squeeze(text)
    han = len(re.findall(_HAN, words))
    return han >= _SHORTEST_DECK and han >= _DECK_HAN * len(words) and len(text) <= _DECK_LINE \
        and piece.link_chars * 2 <= len(text) and not _SEPARATED.search(text) \
        and piece.boilerplate is None and not _is_date_line(text) and not parse_byline(text) \
        and not text.endswith((":", "：")) and not _LABELLED.match(text)


def _link_share(node: Node, pieces: list[Piece]) -> float:
    held = [p for p in pieces if inside(p.node, node)]
    return sum(p.link_chars for p in held) / max(1, sum(len(p.text) for p in held))


def _weighted(node: Node, weights: dict[int, float] | None = None) -> float:
    """``node``'s score weighed by its class and place; ``weights`` keeps each element's weight
    for a vote that asks again after every paragraph."""
    if weights is None:
        return node.score * _weight(node)
    weight = weights.get(id(node))
    if weight is None:
        weight = weights[id(node)] = _weight(node)
    return node.score * weight


def _weight(node: Node) -> float:
    weight = _class_weight(node.attrs)
    if _buried(node):
        weight *= 0.1
    return weight


@lru_cache(maxsize=1024)
def _class_weight(attrs: str) -> float:
    """What an element's class and id make its score worth. Kept by class: the vote weighs every
    paragraph's element and its parent, and a page's wrappers share a few classes."""
    weight = 1.0
    if _POSITIVE.search(attrs):
        weight *= 1.25
    if _NEGATIVE.search(attrs):
        weight *= 0.5
    return weight


def _buried(node: Node) -> bool:
    """Whether ``node`` sits inside a comment section, footer or sidebar: text there is not the article."""
    current = node.parent
    for _ in range(12):
        if current is None:
            return False
        if not current.holds_headline and (current.tag in ("footer", "aside", "nav") or _names_buried(current.attrs)):
            return True
        current = current.parent
    return False


@lru_cache(maxsize=1024)
def _names_buried(attrs: str) -> bool:
    """Whether a class names a comment section, footer or sidebar. Kept by class, as
    ``_names_player``: each paragraph's element asks about a dozen elements over it."""
    return _BURIED.search(attrs) is not None


