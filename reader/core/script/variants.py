"""Script variants: 简体 / 繁體 / 臺灣正體 / 香港繁體 through OpenCC, with an offset map.

``convert`` picks the OpenCC config from the variant and the source's script,
converts the whole text in one call, then aligns source and result piece by
piece (OpenCC never converts across line breaks, spaces or punctuation) so that
every offset survives the switch. Converters and character tables are built on
first use: nothing is loaded at import.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable
from dataclasses import replace
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from ..model import Article, Block, OutlineEntry
from ..offsets import OffsetMap
from ..steps import Steps, finish
from .fold import character_changes, fold_script

if TYPE_CHECKING:
    from .overrides import Corrections

__all__ = [
    "Conversion",
    "Script",
    "ShownArticle",
    "Variant",
    "article_in_variant",
    "available_configs",
    "config_for",
    "convert",
    "convert_article",
    "convert_with_config",
    "detect_script",
    "with_text",
    "with_text_in_steps",
]


class Variant(enum.StrEnum):
    """A script the article can be shown in."""

    ORIGINAL = "original"
    HANS = "hans"
    HANT = "hant"
    TW = "tw"
    HK = "hk"

    @property
    def label(self) -> str:
        """The variant's own name, as readers of it call it."""
        return {"original": "原文", "hans": "简体", "hant": "繁體", "tw": "臺灣正體", "hk": "香港繁體"}[self.value]


class Script(enum.StrEnum):
    """The script a text is written in, as far as its characters tell."""

    SIMPLIFIED = "simplified"
    TRADITIONAL = "traditional"
    MIXED = "mixed"
    UNKNOWN = "unknown"


class Conversion(NamedTuple):
    """A converted text and the map from source offsets to its offsets."""

    text: str
    offsets: OffsetMap


class ShownArticle(NamedTuple):
    """An article as shown in a variant; ``offsets`` maps the source article's text to it."""

    article: Article
    variant: Variant
    offsets: OffsetMap


_FROM_SIMPLIFIED = {Variant.HANT: "s2t", Variant.TW: "s2twp", Variant.HK: "s2hk"}
_FROM_TRADITIONAL = {Variant.HANS: "t2s", Variant.TW: "t2tw", Variant.HK: "t2hk"}
_PIECE = r"[\s\u3000-\u303f\uff00-\uff0f\uff1a-\uff20\u2018-\u201f\u2026,.;:!?()\[\]<>\"']+"  # compiled on first use (by re)
_CORNER = (("“", "「"), ("”", "」"), ("‘", "『"), ("’", "』"))
_CURLY = tuple((b, a) for a, b in _CORNER)
_SAMPLE = 20_000
_CHUNK = 16_384


@cache
def available_configs() -> frozenset[str]:
    """The OpenCC configs the installed binding ships (their .json files)."""
    import opencc

    share = Path(opencc.__file__).parent / "clib" / "share" / "opencc"
    found = {p.stem for p in share.glob("*.json")}
    listed: list[str] = [c.removesuffix(".json") for c in getattr(opencc, "CONFIGS", [])]
    return frozenset(found or listed)


@cache
def _converter(config: str) -> Any:
    """An OpenCC converter, loaded on first use: showing an article as written needs none."""
    import opencc

    return opencc.OpenCC(config)


@lru_cache(maxsize=1)
def _simplified_only() -> frozenset[str]:
    """Characters that s2t changes: their presence marks simplified text."""
    return frozenset(character_changes("s2t", ((0x4E00, 0xA000),)))


def detect_script(text: str) -> Script:
    """Simplified, traditional or mixed, judged on characters found only in one script."""
    return _script_of(text[:_SAMPLE])


@lru_cache(maxsize=16)
def _script_of(sample: str) -> Script:
    """Cached: a switch asks about the same article twice (its text, then its facts' values)."""
    folded = fold_script(sample)
    traditional = sum(1 for a, b in zip(sample, folded, strict=True) if a != b)
    simplified_only = _simplified_only()
    simplified = sum(1 for ch in sample if ch in simplified_only)
    if traditional + simplified == 0:
        return Script.UNKNOWN
    share = traditional / (traditional + simplified)
    if share >= 0.8:
        return Script.TRADITIONAL
    return Script.SIMPLIFIED if share <= 0.2 else Script.MIXED


def config_for(variant: Variant, script: Script) -> str | None:
    """The OpenCC config that turns text of ``script`` into ``variant``; None when none is needed."""
    if variant is Variant.ORIGINAL:
        return None
    if script is Script.TRADITIONAL:
        config = _FROM_TRADITIONAL.get(variant)
    elif variant is Variant.HANS:
        config = None if script is Script.SIMPLIFIED else "t2s"
    else:
        config = _FROM_SIMPLIFIED.get(variant)
    return config if config in available_configs() else None


def convert_with_config(text: str, config: str | None) -> Conversion:
    """Convert ``text`` with one OpenCC config and align the result with the source."""
    return finish(_converted(text, config))


def _converted(text: str, config: str | None) -> Steps[Conversion]:
    if config is None or not text:
        return Conversion(text, OffsetMap.identity(len(text)))
    converter = _converter(config)
    pieces = []
    for chunk in _chunks(text):
        pieces.append(converter.convert(chunk))
        yield
    shown = "".join(pieces)
    return Conversion(shown, _align(text, shown))


def _chunks(text: str, size: int = _CHUNK) -> list[str]:
    """Pieces of about ``size`` characters cut after a newline, which no OpenCC phrase crosses.

    Converting a long text piece by piece gives the same result, and lets a GUI
    run between pieces.
    """
    pieces, start = [], 0
    while start < len(text):
        cut = text.find("\n", start + size)
        end = len(text) if cut < 0 else cut + 1
        pieces.append(text[start:end])
        start = end
    return pieces


def convert(text: str, variant: Variant, *, script: Script | None = None, quotes: bool = True,
            corrections: Corrections | None = None) -> Conversion:
    """``text`` in ``variant``; with ``quotes``, quotation marks follow the variant's custom.

    ``corrections`` (protected words, overrides) apply on top of OpenCC; without them
    the shipped list of OpenCC's known misconversions still does.
    """
    return finish(_in_variant(text, variant, script, quotes, corrections))


def _in_variant(text: str, variant: Variant, script: Script | None, quotes: bool,
                corrections: Corrections | None = None) -> Steps[Conversion]:
    if variant is Variant.ORIGINAL:
        return Conversion(text, OffsetMap.identity(len(text)))
    script = script or detect_script(text)
    config = config_for(variant, script)
    result = yield from _converted(text, config)
    if config is not None:
        result = yield from _correcting(text, result, variant, corrections)
    return result._replace(text=_quote_marks(result.text, variant)) if quotes else result


def _correcting(source: str, result: Conversion, variant: Variant,
                corrections: Corrections | None) -> Steps[Conversion]:
    """The user's corrections and the shipped ones, over OpenCC's result (see ``overrides``), in steps."""
    from .overrides import Corrections, applying

    shown, offsets, _edits = yield from applying(source, result.text, result.offsets, variant.value,
                                                 corrections or Corrections())
    return Conversion(shown, offsets)


def _quote_marks(text: str, variant: Variant) -> str:
    """「」『』 in Taiwan and Hong Kong, “”‘’ in simplified; one character for one.

    Four ``str.replace`` calls: ``str.translate`` with a table takes ~90 ms on a
    600,000-character text, these a few.
    """
    pairs = _CORNER if variant in (Variant.TW, Variant.HK) else _CURLY if variant is Variant.HANS else ()
    for mark, replacement in pairs:
        text = text.replace(mark, replacement)
    return text


def _align(source: str, shown: str) -> OffsetMap:
    """Pieces of equal length map one to one; a piece whose length changed maps proportionally."""
    if len(source) == len(shown) and source.count("\n") == shown.count("\n"):
        lines = zip(source.split("\n"), shown.split("\n"), strict=True)
        if all(len(a) == len(b) for a, b in lines):
            return OffsetMap.identity(len(source))
    return OffsetMap.from_pieces(_piece_lengths(source, shown))


def _piece_lengths(source: str, shown: str) -> list[tuple[int, int]]:
    source_lines, shown_lines = source.split("\n"), shown.split("\n")
    if len(source_lines) != len(shown_lines):
        return [(len(source), len(shown))]
    pieces: list[tuple[int, int]] = []
    for i, (a, b) in enumerate(zip(source_lines, shown_lines, strict=True)):
        pieces.extend([(len(a), len(b))] if len(a) == len(b) else _line_pieces(a, b))
        if i < len(source_lines) - 1:
            pieces.append((1, 1))
    return pieces


def _line_pieces(source: str, shown: str) -> list[tuple[int, int]]:
    """Split a changed line at delimiters OpenCC leaves alone and pair the pieces."""
    a_parts, b_parts = re.split(_PIECE, source), re.split(_PIECE, shown)
    a_delims, b_delims = re.findall(_PIECE, source), re.findall(_PIECE, shown)
    if len(a_parts) != len(b_parts) or a_delims != b_delims:
        return [(len(source), len(shown))]
    pieces = []
    for k, (a, b) in enumerate(zip(a_parts, b_parts, strict=True)):
        pieces.append((len(a), len(b)))
        if k < len(a_delims):
            pieces.append((len(a_delims[k]), len(a_delims[k])))
    return pieces


def convert_article(article: Article, variant: Variant, *, quotes: bool = True,
                    corrections: Corrections | None = None) -> ShownArticle:
    """The article in ``variant``: text, blocks, outline and metadata all converted together."""
    return finish(article_in_variant(article, variant, quotes=quotes, corrections=corrections))


def article_in_variant(article: Article, variant: Variant, *, quotes: bool = True,
                       corrections: Corrections | None = None) -> Steps[ShownArticle]:
    """``convert_article`` in steps of a few milliseconds each (see ``steps``)."""
    if variant is Variant.ORIGINAL:
        return ShownArticle(article, variant, OffsetMap.identity(len(article.text)))
    script = detect_script(article.text)
    yield
    result = yield from _in_variant(article.text, variant, script, quotes, corrections)
    text, offsets = result.text, result.offsets
    yield

    def words(value: str) -> str:
        return convert(value, variant, script=script, quotes=quotes, corrections=corrections).text if value else value

    moved = yield from with_text_in_steps(article, text, offsets, words)
    return ShownArticle(moved, variant, offsets)


_MOVED_A_STEP = 1000
"""Blocks or outline entries moved between two yields: ~5 ms of work (左传 has 5,342 blocks)."""


def with_text_in_steps(article: Article, text: str, offsets: OffsetMap,
                       words: Callable[[str], str]) -> Steps[Article]:
    """``with_text`` in steps: a book's thousands of blocks and headings move a thousand at a time."""
    blocks: list[Block] = []
    for k in range(0, len(article.blocks), _MOVED_A_STEP):
        blocks += _moved_blocks(article.blocks[k : k + _MOVED_A_STEP], offsets, text)
        yield
    outline: list[OutlineEntry] = []
    for k in range(0, len(article.outline), _MOVED_A_STEP):
        outline += [_moved_entry(e, offsets, text) for e in article.outline[k : k + _MOVED_A_STEP]]
        yield
    return with_text(article, text, offsets, words, tuple(blocks), tuple(outline))


def with_text(article: Article, text: str, offsets: OffsetMap, words: Callable[[str], str],
              blocks: tuple[Block, ...] | None = None, outline: tuple[OutlineEntry, ...] | None = None) -> Article:
    """``article`` carrying ``text``, which ``offsets`` maps from its own: blocks, outline and metadata follow.

    ``words`` turns a metadata value (title, column, credits…) into the new text's form.
    """
    return replace(
        article,
        text=text,
        blocks=blocks if blocks is not None else _moved_blocks(article.blocks, offsets, text),
        outline=outline if outline is not None else tuple(_moved_entry(e, offsets, text) for e in article.outline),
        title=words(article.title),
        column=words(article.column),
        source=words(article.source),
        outlet=words(article.outlet),
        author=words(article.author),
        editor=words(article.editor),
        attribution=words(article.attribution),
        credits=tuple(words(c) for c in article.credits),
    )


def _moved_blocks(blocks: tuple[Block, ...], offsets: OffsetMap, text: str) -> tuple[Block, ...]:
    """Blocks at their shown offsets; under an identity map only credits need re-reading."""
    if offsets.is_identity:
        return tuple(Block(b.kind, b.start, b.end, b.level, text[b.end - len(b.credit) : b.end])
                     if b.credit else b for b in blocks)
    return tuple(_moved_block(b, offsets, text) for b in blocks)


def _moved_block(block: Block, offsets: OffsetMap, text: str) -> Block:
    start, end = offsets.span_to_shown(block.start, block.end)
    credit = text[offsets.to_shown(block.end - len(block.credit)) : end] if block.credit else ""
    return Block(block.kind, start, end, block.level, credit)


def _moved_entry(entry: OutlineEntry, offsets: OffsetMap, text: str) -> OutlineEntry:
    start, end = offsets.span_to_shown(entry.start, entry.end)
    return replace(entry, start=start, end=end, title=text[start:end])
