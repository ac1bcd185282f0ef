"""The clean article itself as Markdown, with its metadata as YAML front matter.

Front matter values are written as JSON strings, which YAML reads as double-quoted
scalars, so no title or name can break it. The title becomes the top heading, section
headings step down from it, captions are set in italics, and the lines of metadata the
page showed (now in the front matter) are left out; everything else is a paragraph,
its Markdown characters escaped so that it reads as written.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from ..model import TEXT_METADATA, Article, Block, BlockKind

__all__ = ["article_markdown", "escape_markdown", "front_matter"]


def article_markdown(article: Article, variant: str = "") -> str:
    """``article`` as a Markdown document: front matter, then the reading text block by block."""
    body = "\n\n".join(_blocks(article))
    return f"{front_matter(article, variant)}\n{body}\n"


def front_matter(article: Article, variant: str = "") -> str:
    """The metadata that is known, between ``---`` lines."""
    lines = ["---"]
    for name in TEXT_METADATA:
        value = getattr(article, name)
        if value:
            lines.append(f"{name}: {_scalar(value)}")
    if article.published:
        lines.append(f"published: {article.published.isoformat()}")
    if article.credits:
        lines.append("credits:")
        lines += [f"  - {_scalar(c)}" for c in article.credits]
    if article.path:
        lines.append(f"file: {_scalar(article.path)}")
    if variant:
        lines.append(f"script: {_scalar(variant)}")
    lines.append("---")
    return "\n".join(lines) + "\n"


def _scalar(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def _blocks(article: Article) -> Iterator[str]:
    if article.title and not article.blocks_of(BlockKind.TITLE):
        yield f"# {escape_markdown(article.title)}"
    for block in article.blocks:
        text = " ".join(article.block_text(block).split())
        if text and block.kind is not BlockKind.META:
            yield _markdown_block(block, text)


def _markdown_block(block: Block, text: str) -> str:
    if block.kind is BlockKind.TITLE:
        return f"# {escape_markdown(text)}"
    if block.kind is BlockKind.HEADING:
        return f"{'#' * min(6, block.level + 1)} {escape_markdown(text)}"
    if block.kind is BlockKind.CAPTION:
        return f"*{escape_markdown(text)}*"
    return escape_markdown(text)


def escape_markdown(text: str) -> str:
    """Markdown's own characters as literals, and no line start that would open a list or quote."""
    out = "".join(f"\\{c}" if c in "\\`*_[]<>|" else c for c in text)
    if out[:1] in ("#", ">", "-", "+", "="):
        out = f"\\{out}"
    head, dot, _ = out.partition(". ")
    return out.replace(". ", "\\. ", 1) if dot and head.isdigit() else out
