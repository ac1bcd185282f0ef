"""Stage 4, outline: headings and the topic sentences that open their paragraphs.

Chinese news reports often open a paragraph with a short complete sentence that
names its point (``同心献良策。``); under a heading these make a second outline
level, which is how a reader skims such a report.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Article, Block, BlockKind, OutlineEntry

__all__ = ["SENTENCE_ENDS", "build_outline", "topic_sentence"]

# A tuple rather than a regex class, which would cost start-up ~0.5 ms to compile.
SENTENCE_ENDS = tuple("。！？!?")
"""What ends a sentence: for ``in`` and ``str.endswith``."""
_CLAUSE_PUNCT = frozenset("，,；;：:、")
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
    end = next((i + 1 for i, ch in enumerate(paragraph[:_MAX_TOPIC]) if ch in SENTENCE_ENDS), 0)
    if not end or end >= len(paragraph):
        return ""
    sentence = paragraph[:end]
    return sentence if _CLAUSE_PUNCT.isdisjoint(sentence) else ""
