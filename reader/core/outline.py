"""Stage 4, outline: headings and the topic sentences that open their paragraphs.

Chinese news reports often open a paragraph with a short complete sentence that
names its point (``同心献良策。``); under a heading these make a second outline
level, which is how a reader skims such a report.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .model import Article, Block, BlockKind, OutlineEntry

__all__ = ["build_outline", "topic_sentence"]

_SENTENCE_END = re.compile(r"[。！？!?]")
_CLAUSE_PUNCT = re.compile(r"[，,；;：:、]")
_MAX_TOPIC = 24


def build_outline(article: Article) -> Article:
    """The article with its outline: headings at their level, topic sentences one below."""
    entries: list[OutlineEntry] = []
    heading_level = 0
    for block in article.blocks:
        if block.kind is BlockKind.HEADING:
            heading_level = max(1, block.level)
            entries.append(_entry(article, block, heading_level))
        elif heading_level and block.kind is BlockKind.PARAGRAPH:
            entry = _topic_entry(article, block, heading_level + 1)
            if entry is not None:
                entries.append(entry)
    return replace(article, outline=tuple(entries))


def _entry(article: Article, block: Block, level: int) -> OutlineEntry:
    return OutlineEntry(level, article.block_text(block), block.start, block.end)


def _topic_entry(article: Article, block: Block, level: int) -> OutlineEntry | None:
    sentence = topic_sentence(article.block_text(block))
    if not sentence:
        return None
    return OutlineEntry(level, sentence, block.start, block.start + len(sentence))


def topic_sentence(paragraph: str) -> str:
    """The opening sentence of ``paragraph`` if it is short, one clause, and not the whole paragraph."""
    m = _SENTENCE_END.search(paragraph)
    if m is None or m.end() > _MAX_TOPIC or m.end() >= len(paragraph):
        return ""
    sentence = paragraph[: m.end()]
    return "" if _CLAUSE_PUNCT.search(sentence) else sentence
