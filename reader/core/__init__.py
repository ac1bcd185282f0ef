"""The pure core of Reader: text logic with no Qt, character offsets as the currency.

``open_article(path)`` composes the stages: load → clean → parse → outline.
"""

from __future__ import annotations

import os

from .article.parse import parse_text
from .errors import (
    EmptyInput,
    MissingFile,
    NotAFile,
    NotText,
    ReaderError,
    TooComplex,
    TooLarge,
    Undecodable,
    Unreadable,
)
from .model import Article, Block, BlockKind, Dropped, DropReason, OutlineEntry, SourceFormat
from .sources.loading import Source, read_source

__all__ = [
    "Article",
    "Block",
    "BlockKind",
    "DropReason",
    "Dropped",
    "EmptyInput",
    "MissingFile",
    "NotAFile",
    "NotText",
    "OutlineEntry",
    "ReaderError",
    "Source",
    "SourceFormat",
    "TooComplex",
    "TooLarge",
    "Undecodable",
    "Unreadable",
    "open_article",
    "parse_source",
    "parse_text",
    "read_source",
]


def open_article(path: str | os.PathLike[str], encoding: str | None = None) -> Article:
    """Read ``path`` and parse it by its format; raises a ReaderError for input it cannot read."""
    return parse_source(read_source(path, encoding))


def parse_source(source: Source) -> Article:
    """Parse already-decoded text by its format; TooComplex for structure past a parser's bounds."""
    try:
        return _parse(source)
    except RecursionError:  # nesting that the bounds before parsing let through
        raise TooComplex(source.path, "nested too deeply") from None


def _parse(source: Source) -> Article:
    kwargs = {"path": source.path, "encoding": source.encoding}
    if source.format is not SourceFormat.TEXT:
        from .sources.bounds import check_markup

        check_markup(source.text, source.format.value, source.path)
    if source.format is SourceFormat.MARKDOWN:
        from .sources.markdown_source import parse_markdown  # not paid for at start-up

        return parse_markdown(source.text, **kwargs)
    if source.format is SourceFormat.HTML:
        from .sources.html_article import parse_html

        return parse_html(source.text, **kwargs)
    return parse_text(source.text, **kwargs)
