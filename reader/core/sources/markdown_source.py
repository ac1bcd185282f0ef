"""Markdown files → Article: headings give the outline, raw HTML is made safe.

Markdown goes through python-markdown, then the same safe HTML reader as saved
pages; script and style elements never reach the reading text. ``bounds`` first
flattens nesting and cuts paragraphs no parser should recurse or loop over.
"""

from __future__ import annotations

from ..article.assemble import BlockBuilder
from ..article.outline import build_outline
from ..model import Article, BlockKind, Dropped, DropReason, SourceFormat
from .bounds import bounded_markdown
from .html_source import HtmlBlock, html_blocks

__all__ = ["parse_markdown"]


def parse_markdown(text: str, *, path: str = "", encoding: str = "utf-8") -> Article:
    """A Markdown document: the first top heading is its title, the others its outline."""
    import markdown  # imported on first use: start-up on a text article does not pay for it

    html = markdown.markdown(bounded_markdown(text), extensions=["tables", "fenced_code", "sane_lists"])
    return _article(html_blocks(html), path, encoding)


def _article(blocks: list[HtmlBlock], path: str, encoding: str) -> Article:
    builder = BlockBuilder()
    dropped = [Dropped(b.text, DropReason.NAVIGATION, i) for i, b in enumerate(blocks) if b.dropped]
    body = [b for b in blocks if not b.dropped]
    title = body.pop(0).text if body and body[0].kind is BlockKind.HEADING else ""
    builder.add(BlockKind.TITLE, title)
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
        dropped=tuple(dropped),
        format=SourceFormat.MARKDOWN,
        path=path,
        encoding=encoding,
    )
    return build_outline(article)
