"""The data every stage passes on: an Article, its Blocks and what was dropped.

Character offsets (Python ``str`` indices into ``Article.text``) are the common
currency between the core and the UI: every block, outline entry, fact, search
match and quotation is a ``start``/``end`` pair into one reading text.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

__all__ = [
    "Article",
    "Block",
    "BlockKind",
    "DropReason",
    "Dropped",
    "OutlineEntry",
    "SourceFormat",
    "TEXT_METADATA",
]


class BlockKind(enum.StrEnum):
    """The role a block of reading text plays in the article."""

    TITLE = "title"
    META = "meta"
    LEDE = "lede"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    CAPTION = "caption"
    ATTRIBUTION = "attribution"
    EDITOR = "editor"


class DropReason(enum.StrEnum):
    """Why a line of the source was kept out of the reading text."""

    SEARCH_BOX = "search-box"
    BREADCRUMB = "breadcrumb"
    SHARE = "share"
    COPYRIGHT = "copyright"
    DUPLICATE = "duplicate"
    NAVIGATION = "navigation"
    SCRIPT = "script"
    PROMOTION = "promotion"
    """Paywall, login, subscription and app or e-book offers."""
    MEDIA = "media"
    """A video or audio player's interface text, or a browser's "not supported" notice."""
    OTHER = "other"


class SourceFormat(enum.StrEnum):
    """The shape of the file an article came from."""

    SCRAPED = "scraped"
    TEXT = "text"
    MARKDOWN = "markdown"
    HTML = "html"


@dataclass(frozen=True, slots=True)
class Block:
    """One line of reading text: ``Article.text[start:end]``, never containing a newline.

    ``level`` ranks headings (1 = top). ``credit`` is, for a caption, the photo
    credit that ends the block's text (e.g. ``江门市委统战部供图``), so the view
    can set it apart without a second copy of the words.
    """

    kind: BlockKind
    start: int
    end: int
    level: int = 0
    credit: str = ""


@dataclass(frozen=True, slots=True)
class Dropped:
    """A source line kept out of the reading view, with the reason, so nothing is silently lost."""

    text: str
    reason: DropReason
    line: int


@dataclass(frozen=True, slots=True)
class OutlineEntry:
    """A navigable point of the article: a heading (level 1…) or a topic sentence under it."""

    level: int
    title: str
    start: int
    end: int


TEXT_METADATA = ("title", "column", "source", "outlet", "site", "url", "author", "editor", "attribution")
"""The Article's metadata that is one string: what a Markdown export's front matter writes by
name, and reading it back takes."""


@dataclass(frozen=True)
class Article:
    """A cleaned-up article: metadata, the reading text, and blocks that slice it."""

    text: str
    blocks: tuple[Block, ...]
    title: str = ""
    column: str = ""
    source: str = ""
    outlet: str = ""
    site: str = ""
    url: str = ""
    published: datetime | None = None
    author: str = ""
    credits: tuple[str, ...] = ()
    editor: str = ""
    attribution: str = ""
    dropped: tuple[Dropped, ...] = ()
    outline: tuple[OutlineEntry, ...] = ()
    format: SourceFormat = SourceFormat.TEXT
    path: str = ""
    encoding: str = "utf-8"

    def block_text(self, block: Block) -> str:
        """The words of ``block``: a slice of the reading text, never a copy kept apart."""
        return self.text[block.start : block.end]

    def blocks_of(self, kind: BlockKind) -> tuple[Block, ...]:
        """All blocks of one kind, in reading order."""
        return tuple(b for b in self.blocks if b.kind is kind)
