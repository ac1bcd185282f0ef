"""Typographic cleanup for display: scraped Chinese set as a typesetter would, with an offset map.

Scraped news keeps the habits of whoever typed it: half-width ``,:;!?()`` between
Chinese characters, a space after ``，``, straight or unpaired quotes, ``...`` for
``……``. ``tidy`` shows such text cleaned up and returns an ``OffsetMap`` from the
text it was given, so it composes after a script-variant conversion and every
offset (outline, facts, search, quotations) reaches the tidied text. The file is
never touched: this is a way of showing, like a script variant.

Three passes, each a list of replacements over the text before it: widths, quotes and
ellipses; spaces next to full-width punctuation removed; with ``spacing``, a thin
space (U+2009) between Chinese and Latin letters or digits (the pangu convention).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from ..offsets import OffsetMap
from ..steps import Steps, finish
from .variants import Conversion, ShownArticle, Variant, with_text_in_steps
from .variants import _chunks as line_chunks  # the script package's own: cut after a newline

__all__ = ["DEFAULT", "THIN_SPACE", "Typography", "tidy", "tidy_article", "tidying_article"]

THIN_SPACE = "\u2009"

_FULL_PUNCT = frozenset(
    "、。〃〈〉《》「」『』【】〔〕〖〗〘〙〚〛〜〝〞〟！＂＃＄％＆＇（）＊＋，－．／：；＜＝＞？＠［＼］＾＿｀｛｜｝～｟｠｡｢｣､･"
    "‘’‚‛“”„‟…—")
_SPACES = frozenset(" \u00a0\u3000")
_WIDE = {",": "，", ":": "：", ";": "；", "!": "！", "?": "？"}

# Small character classes only: each pattern compiles in well under a millisecond (the cleanup
# runs before the first paint), and the scans find rare marks at C speed; the neighbours of
# each are then looked at in Python. Compiled by ``re`` on first use (see variants._PIECE).
_NARROW_PUNCT = "[,:;!?]"
_PARENS = "\\(([^()\\n]{0,200})\\)"
_ELLIPSIS = "\\.{3,}|。{3,}|[·・]{3,}|…+"
_QUOTE = "[\"“”]"
_SPACE_RUN = "[ \u00a0\u3000]+"
_LATIN_RUN = "[A-Za-z0-9%]+"


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or "\U00020000" <= ch <= "\U0002fa1f"


def _is_cjk(ch: str) -> bool:
    """A Han character, full-width punctuation or kana: what Chinese typesetting sets in full width."""
    return _is_han(ch) or ch in _FULL_PUNCT or "\u3040" <= ch <= "\u30ff"


class Typography(NamedTuple):
    """What the cleanup does beyond punctuation: a thin space between Chinese and Latin if ``spacing``."""

    spacing: bool = False


DEFAULT = Typography()
"""Punctuation tidied, no thin spaces added: what the window shows unless told otherwise."""


def tidy(text: str, options: Typography = DEFAULT, *, corner_quotes: bool = False) -> Conversion:
    """``text`` cleaned up for display, and the map from ``text``'s offsets to the result's.

    Paired quotes are set 「」 with ``corner_quotes`` (Taiwan, Hong Kong), else “”.
    """
    return finish(_tidying(text, options, corner_quotes))


def _tidying(text: str, options: Typography, corner: bool) -> Steps[Conversion]:
    """``tidy`` a piece of lines at a time (every rule looks no further than its line)."""
    texts: list[str] = []
    pieces: list[tuple[int, int]] = []
    for chunk in line_chunks(text):
        tidied = _tidy_lines(chunk, options, corner)
        texts.append(tidied.text)
        pieces += tidied.offsets.pieces()
        yield
    return Conversion("".join(texts), OffsetMap.from_pieces(pieces))


def _tidy_lines(text: str, options: Typography, corner: bool) -> Conversion:
    tidied = _punctuated(text, corner)
    if " " in text or "\u00a0" in text or "\u3000" in text:
        step = _apply(tidied.text, list(_loose_spaces(tidied.text)))
        tidied = Conversion(step.text, tidied.offsets.then(step.offsets))
    if options.spacing and _has_latin(text):
        step = _apply(tidied.text, list(_thin_spaces(tidied.text)))
        tidied = Conversion(step.text, tidied.offsets.then(step.offsets))
    return tidied


def _has_latin(text: str) -> bool:
    """Any ASCII letter or digit: the ASCII part of a Chinese text is short, and found at C speed."""
    return any(chr(b).isalnum() for b in text.encode("ascii", "ignore"))


def tidy_article(shown: ShownArticle, options: Typography = DEFAULT, *, quotes: bool = True) -> ShownArticle:
    """``shown`` with its text tidied, blocks and outline moved, offsets still from the source.

    With ``quotes`` (quotation marks follow the script), pairs are set 「」 in 臺灣正體 and 香港繁體.
    """
    return finish(tidying_article(shown, options, quotes=quotes))


def tidying_article(shown: ShownArticle, options: Typography = DEFAULT, *,
                    quotes: bool = True) -> Steps[ShownArticle]:
    """``tidy_article`` in steps: a long text yields once tidied, before its blocks move."""
    corner = quotes and shown.variant in (Variant.TW, Variant.HK)
    result = yield from _tidying(shown.article.text, options, corner)
    if result.offsets.is_identity and result.text == shown.article.text:
        return shown

    def words(value: str) -> str:
        return tidy(value, options, corner_quotes=corner).text

    article = yield from with_text_in_steps(shown.article, result.text, result.offsets, words)
    return ShownArticle(article, shown.variant, shown.offsets.then(result.offsets))


# ---- the passes

def _punctuated(text: str, corner: bool) -> Conversion:
    """Widths, quotes and ellipses: one list of replacements, most of them one character for one.

    Each rule runs only where a plain ``in`` test finds its marks: a long classical
    text has almost none, and scanning it with character classes costs ~100 ms a rule.
    """
    ascii_part = text.encode("ascii", "ignore")
    edits: list[Edit] = []
    if any(mark in ascii_part for mark in (b",", b":", b";", b"!", b"?")):
        edits += _narrow_punctuation(text)
    if b"(" in ascii_part:
        edits += _parentheses(text)
    if any(mark in text for mark in ("...", "。。。", "···", "・・・", "…")):
        edits += _ellipses(text)
    edits += _paired_quotes(text, corner)
    return _apply(text, _without_overlaps(sorted(edits)))


Edit = tuple[int, int, str]
"""Replace ``text[start:end]`` by the string."""


def _narrow_punctuation(text: str) -> Iterator[Edit]:
    """``江门:为`` → ``江门：为``; spaces before the mark go too (``大湾区 ,`` → ``大湾区，``).

    A mark after Chinese is widened, and one at a line's (or a word's) start before
    Chinese; ``10:30``, ``1,000`` and ``http://`` are left alone.
    """
    for m in re.finditer(_NARROW_PUNCT, text):
        at = start = m.start()
        if at and "\u3400" <= text[at - 1] <= "\u9fff":  # right after Chinese, as most are: no walk back
            yield at, at + 1, _WIDE[m.group()]
            continue
        while start > 0 and text[start - 1] in _SPACES:
            start -= 1
        before = text[start - 1] if start else "\n"
        if _is_han(before) or before in _FULL_PUNCT:
            yield start, at + 1, _WIDE[m.group()]
        elif (before == "\n" or start < at) and _is_han(text[at + 1 : at + 2] or "a"):
            yield at, at + 1, _WIDE[m.group()]


def _parentheses(text: str) -> Iterator[Edit]:
    """A pair of ``()`` around Chinese words, or right after them, becomes ``（）``."""
    for m in re.finditer(_PARENS, text):
        before = text[m.start() - 1 : m.start()]
        if any(_is_han(ch) for ch in m.group(1) + before):
            yield m.start(), m.start() + 1, "（"
            yield m.end() - 1, m.end(), "）"


def _ellipses(text: str) -> Iterator[Edit]:
    """``...``, ``。。。``, ``···`` and a lone ``…`` next to Chinese become ``……``."""
    for m in re.finditer(_ELLIPSIS, text):
        mark, start, end = m.group(), m.start(), m.end()
        if mark[0] == "…":
            if len(mark) == 1:
                yield start, end, "……"
        elif _is_cjk(text[start - 1 : start] or "a") or _is_cjk(text[end : end + 1] or "a"):
            yield start, end, "……"


def _paired_quotes(text: str, corner: bool) -> Iterator[Edit]:
    """In each line with Chinese, double quotes alternate opening and closing.

    Straight ``"`` and a run of one-sided curly quotes (``“…“``) are set as pairs; a
    line whose count is odd is left alone rather than guessed at, and so is a line
    whose curly quotes already balance (the usual case, checked at C speed).
    """
    opening, closing = ("「", "」") if corner else ("“", "”")
    line_start = 0
    for line in text.split("\n"):
        if '"' in line or line.count("“") != line.count("”"):
            marks = [line_start + m.start() for m in re.finditer(_QUOTE, line)]
            if len(marks) % 2 == 0 and any(_is_han(ch) for ch in line):
                for k, at in enumerate(marks):
                    wanted = opening if k % 2 == 0 else closing
                    if text[at] != wanted:
                        yield at, at + 1, wanted
        line_start += len(line) + 1


def _loose_spaces(text: str) -> Iterator[Edit]:
    """Spaces between full-width punctuation and Chinese (``李悦宁， 在``) go."""
    for m in re.finditer(_SPACE_RUN, text):
        before, after = text[m.start() - 1 : m.start()], text[m.end() : m.end() + 1]
        if before and after and ((before in _FULL_PUNCT and _is_cjk(after))
                                 or (_is_cjk(before) and after in _FULL_PUNCT)):
            yield m.start(), m.end(), ""


def _thin_spaces(text: str) -> Iterator[Edit]:
    """A thin space between Chinese and a run of Latin letters or digits, on either side.

    It goes in as part of the character before it (``年`` → ``年\u2009``), so the offset
    of the character after it still lands on that character, not on the space.
    """
    for m in re.finditer(_LATIN_RUN, text):
        start, end = m.start(), m.end()
        if start and _is_han(text[start - 1]) and m.group()[0] != "%":
            yield start - 1, start, text[start - 1] + THIN_SPACE
        if end < len(text) and _is_han(text[end]):
            yield end - 1, end, text[end - 1] + THIN_SPACE


def _without_overlaps(edits: list[Edit]) -> list[Edit]:
    kept: list[Edit] = []
    for edit in edits:
        if not kept or edit[0] >= kept[-1][1]:
            kept.append(edit)
    return kept


def _apply(text: str, edits: list[Edit]) -> Conversion:
    """The text with ``edits`` (sorted, apart) made, and its offset map."""
    if not edits:
        return Conversion(text, OffsetMap.identity(len(text)))
    parts: list[str] = []
    pieces: list[tuple[int, int]] = []
    at = 0
    for start, end, new in edits:
        parts += [text[at:start], new]
        pieces += [(start - at, start - at), (end - start, len(new))]
        at = end
    parts.append(text[at:])
    pieces.append((len(text) - at, len(text) - at))
    return Conversion("".join(parts), OffsetMap.from_pieces(pieces))
