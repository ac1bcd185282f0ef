"""Markdown files → Article: headings give the outline, raw HTML is made safe.

Markdown goes through python-markdown, then the same safe HTML reader as saved
pages; script and style elements never reach the reading text. ``bounds`` first
flattens nesting and cuts paragraphs no parser should recurse or loop over.
"""

from __future__ import annotations

from ..article.assemble import BlockBuilder
from ..article.meta import MetaLine, parse_meta_line, shown_meta_line
from ..article.outline import build_outline
from ..model import Article, BlockKind, Dropped, DropReason, SourceFormat
from .bounds import bounded_markdown
from .front_matter import FrontMatter, split_front_matter
from .html_source import HtmlBlock, html_blocks

__all__ = ["parse_markdown"]


def parse_markdown(text: str, *, path: str = "", encoding: str = "utf-8") -> Article:
    """A Markdown document: the first top heading is its title, the others its outline; its
    front matter or a date line under the title gives its metadata."""
    import markdown  # imported on first use: start-up on a text article does not pay for it

    front, text = split_front_matter(text)
    html = markdown.markdown(bounded_markdown(text), extensions=["tables", "fenced_code", "sane_lists"])
    return _article(html_blocks(html), path, encoding, front or FrontMatter())


def _article(blocks: list[HtmlBlock], path: str, encoding: str, front: FrontMatter) -> Article:
    builder = BlockBuilder()
    dropped = [Dropped(b.text, DropReason.NAVIGATION, i) for i, b in enumerate(blocks) if b.dropped]
    body = [b for b in blocks if not b.dropped]
    title = body.pop(0).text if body and body[0].kind is BlockKind.HEADING else front.title
    line = _date_line(body) if front.published is None else None
    if line is not None:
        body.pop(0)
    builder.add(BlockKind.TITLE, title)
    builder.add(BlockKind.META, _meta_text(front, line))
    top = min((b.level for b in body if b.kind is BlockKind.HEADING), default=1)
    lede_done = False
    for block in body:
        kind = block.kind
        if kind is BlockKind.PARAGRAPH and not lede_done:
            kind, lede_done = BlockKind.LEDE, True
        level = block.level - top + 1 if kind is BlockKind.HEADING else 0
        builder.add(kind, block.text, level=level)
    article = Article(
        text=builder.text,
        blocks=builder.blocks,
        title=title,
        column=front.column,
        source=front.source or (line.source if line else ""),
        outlet=front.outlet,
        site=front.site,
        url=front.url or (line.url if line else ""),
        published=front.published or (line.published if line else None),
        author=front.author or (line.author if line else ""),
        credits=front.credits,
        editor=front.editor,
        attribution=front.attribution,
        dropped=tuple(dropped),
        format=SourceFormat.MARKDOWN,
        path=path,
        encoding=encoding,
    )
    return build_outline(article)


def _date_line(body: list[HtmlBlock]) -> MetaLine | None:
    """The first paragraph, when it is a date line (2024年5月20日 10:30 来源：新华社)."""
    if not body or body[0].kind is not BlockKind.PARAGRAPH:
        return None
    return parse_meta_line(body[0].text)


def _meta_text(front: FrontMatter, line: MetaLine | None) -> str:
    """The meta line as shown: the date as written, then where from and by whom."""
    if line is not None:
        return shown_meta_line(front.column, line.date_text, line.source, line.author)
    return shown_meta_line(front.column, _shown_date(front), front.source, front.author)


def _shown_date(front: FrontMatter) -> str:
    """The front matter's date as a date line shows one: 2022-07-25 23:46, not ISO's T and seconds."""
    if front.published is None:
        return ""
    return front.published.strftime("%Y-%m-%d %H:%M" if ":" in front.published_text else "%Y-%m-%d")
