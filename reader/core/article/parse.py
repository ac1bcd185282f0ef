"""Stage 3, parse: the lines of a scraped page or a plain text file become an Article.

A scraped news page has a shape shared by many outlets: boilerplate around the
article, a title line, a meta line (site, date, source), indented paragraphs with
short unpunctuated headings, photo captions repeated with their credit, and an
editor line. Plain text has only paragraphs, perhaps with headings. One pass of
line rules serves both; indentation only counts when the text uses it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from ..model import Article, BlockKind, Dropped, DropReason, SourceFormat
from . import meta
from .assemble import BlockBuilder
from .cleanup import boilerplate_reason, breadcrumb_outlet
from .outline import SENTENCE_ENDS, build_outline

__all__ = ["is_heading_line", "parse_text"]

_INDENTS = ("\u3000", "\t", "  ", " \u00a0", "\u00a0 ", "\u00a0\u00a0")
"""How an indented line starts: an ideographic space, a tab, or two (no-break) spaces."""
# Characters are tested with sets and str.startswith/endswith, not regexes: each compiled
# pattern costs start-up ~0.5 ms.
_SENTENCE_PUNCT = frozenset("。！？!?；;，,、：:…")
"""Sentence and clause punctuation: a heading line has none."""
_LINE_ENDS = tuple("。！？!?”」』\"')）)：:")
"""Where a sentence (or a quoted or bracketed one) may end a line."""
_CONTRIBUTED = ("供稿", "来稿", "來稿", "供图", "供圖", "报道", "報道")
_HEADER_LINES = 12


@dataclass
class _State:
    """What one pass over the lines has gathered so far."""

    builder: BlockBuilder = field(default_factory=BlockBuilder)
    dropped: list[Dropped] = field(default_factory=list)
    seen: set[str] = field(default_factory=set)
    title: str = ""
    column: str = ""
    outlet: str = ""
    meta_line: meta.MetaLine | None = None
    editor: str = ""
    attribution: str = ""
    credits: list[str] = field(default_factory=list)
    in_body: bool = False
    ended: bool = False
    has_lede: bool = False


def is_heading_line(line: str) -> bool:
    """A short line with no sentence punctuation stands as a section heading."""
    return 2 <= len(line) <= 30 and _SENTENCE_PUNCT.isdisjoint(line)


def parse_text(text: str, *, path: str = "", encoding: str = "utf-8") -> Article:
    """Parse scraped-page or plain text into an Article; never raises on any ``str``."""
    lines = text.split("\n")
    indented = _uses_indentation(lines)
    state = _State()
    for number, raw in enumerate(_join_wrapped(lines, indented)):
        _take_line(state, raw, number, indented)
    return _finish(state, path, encoding)


def _uses_indentation(lines: list[str]) -> bool:
    """True when most long lines are indented: then indentation marks paragraphs."""
    long_lines = [ln for ln in lines if len(ln.strip()) >= 40]
    if not long_lines:
        return False
    return sum(1 for ln in long_lines if ln.startswith(_INDENTS)) * 2 >= len(long_lines)


def _join_wrapped(lines: list[str], indented: bool) -> list[str]:
    """Undo hard wrapping in unindented text: a line that stops mid-sentence goes on below.

    Returns one entry per input line (joined lines leave an empty line behind) so
    line numbers in ``dropped`` stay those of the file.
    """
    if indented:
        return lines
    out = list(lines)
    run: list[str] = []  # the stripped lines joined so far, the last being line i
    run_length = 0
    for i in range(len(out) - 1):
        here = run[-1] if run else out[i].strip()
        there = out[i + 1].strip()
        if (run_length if run else len(here)) >= 30 and there and not here.endswith(_LINE_ENDS):
            if not run:
                run, run_length = [here], len(here)
            run.append(there)  # joined once at the end: joining at each step was quadratic
            run_length += 1 + len(there)
            out[i] = ""
        elif run:
            out[i], run = "\n".join(run), []
    if run:
        out[-1] = "\n".join(run)
    return out


def _take_line(state: _State, raw: str, number: int, indented: bool) -> None:
    line = raw.strip(" \t\u00a0\u3000\ufeff")
    if not line:
        return
    is_indented = indented and raw.startswith(_INDENTS)
    if not is_indented and _take_boilerplate(state, line, number):
        return
    if line in state.seen and len(line) >= 6:
        state.dropped.append(Dropped(line, DropReason.DUPLICATE, number))
        return
    state.seen.add(line)
    if not is_indented and _take_header(state, line, number):
        return
    _take_body(state, line, number, is_indented, indented)


def _take_boilerplate(state: _State, line: str, number: int) -> bool:
    reason = boilerplate_reason(line)
    if reason is None:
        return False
    if reason is DropReason.BREADCRUMB and not state.outlet:
        state.outlet = breadcrumb_outlet(line)
    state.dropped.append(Dropped(line, reason, number))
    return True


def _take_header(state: _State, line: str, number: int) -> bool:
    """Title and meta line: only before the body starts."""
    if state.in_body or number > 4 * _HEADER_LINES:
        return False
    if state.meta_line is None:
        found = meta.parse_meta_line(line)
        if found is not None:
            state.meta_line = found
            return True
    if not state.title and len(line) <= 60 and not line.endswith(SENTENCE_ENDS):
        state.column, state.title = meta.split_column(line)
        return True
    return False


def _take_body(state: _State, line: str, number: int, is_indented: bool, indented: bool) -> None:
    if state.ended:
        state.dropped.append(Dropped(line, DropReason.OTHER, number))
        return
    editor = meta.parse_editor(line)
    if editor:
        state.editor = editor
        _add_header_blocks(state)
        state.builder.add(BlockKind.EDITOR, line)
        state.ended = True
        return
    _add_header_blocks(state)
    attribution = meta.parse_attribution(line)
    caption = None if is_indented else meta.parse_caption(line)
    if attribution:
        state.attribution = attribution
        state.builder.add(BlockKind.ATTRIBUTION, line)
    elif caption is not None:
        state.credits.append(caption.name)
        state.builder.add(BlockKind.CAPTION, caption.text, credit=caption.credit)
    elif is_heading_line(line) and (is_indented or not indented):
        state.builder.add(BlockKind.HEADING, line, level=1)
    else:
        kind = BlockKind.PARAGRAPH if state.has_lede else BlockKind.LEDE
        state.has_lede = True
        state.builder.add(kind, line)


def _add_header_blocks(state: _State) -> None:
    """Title and meta blocks go first, once, when the body begins."""
    if state.in_body:
        return
    state.in_body = True
    state.builder.add(BlockKind.TITLE, state.title)
    state.builder.add(BlockKind.META, _meta_text(state))


def _meta_text(state: _State) -> str:
    """The meta line as shown: column, date as written, source; the URL lives in metadata."""
    m = state.meta_line
    if m is None:
        return meta.shown_meta_line(state.column, "")
    return meta.shown_meta_line(state.column, m.date_text, m.source, m.author)


def _finish(state: _State, path: str, encoding: str) -> Article:
    _add_header_blocks(state)
    m = state.meta_line
    site, url = meta.split_url(m.url) if m and m.url else ("", "")
    text, blocks = state.builder.text, state.builder.blocks
    published: datetime | None = m.published if m else None
    if published is None:
        lede = next((b for b in blocks if b.kind is BlockKind.LEDE), None)
        dated = meta.dateline_published(text[lede.start : lede.end]) if lede else None
        published = dated[0] if dated else None
    article = Article(
        text=text,
        blocks=blocks,
        title=state.title,
        column=state.column,
        source=m.source if m else "",
        outlet=state.outlet,
        site=site,
        url=url,
        published=published,
        author=(m.author if m and m.author else _contributor(state.attribution)),
        credits=tuple(dict.fromkeys(c for c in state.credits if c)),
        editor=state.editor,
        attribution=state.attribution,
        dropped=tuple(state.dropped),
        format=SourceFormat.SCRAPED if (m or state.outlet) else SourceFormat.TEXT,
        path=path,
        encoding=encoding,
    )
    return build_outline(article)


def _contributor(attribution: str) -> str:
    """The body behind ``(…供稿)``: it stands as the article's author in a citation."""
    for word in _CONTRIBUTED:
        if attribution.endswith(word):
            return attribution[: -len(word)]
    return attribution
