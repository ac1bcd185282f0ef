"""Builds the reading text block by block, so offsets are right by construction."""

from __future__ import annotations

import re

from ..model import Block, BlockKind

__all__ = ["MAX_BLOCK_CHARS", "BlockBuilder", "cut_line", "normalise_line"]

MAX_BLOCK_CHARS = 20_000
"""Longest block: a news paragraph has a few hundred characters, a long one a few thousand."""
_CUT_AFTER = re.compile(r"[。！？；.!?;」”』]+|\s")
_FIRST_ONLY = frozenset({BlockKind.TITLE, BlockKind.META, BlockKind.HEADING, BlockKind.LEDE})
"""Kinds only the first piece of a cut line keeps; the others read on as paragraphs."""

_SPACES = re.compile(r"[ \t\u00a0\u2028\u2029\u200b][ \t\u00a0\u2028\u2029\u200b]*")
"""A run of spaces, its first written apart: ``re`` then skips to the next space in C (a pattern
that begins with a repeat is tried at every character, 3x slower over a line of Chinese)."""
_CJK_BREAK = r"(?<=[\u3000-\u9fff\uff00-\uffef])\s*\n\s*(?=[\u3000-\u9fff\uff00-\uffef])"
"""Kept as text, compiled (and cached by ``re``) on first use: its CJK classes take Python ~4 ms."""


def normalise_line(text: str) -> str:
    """One line of reading text: no newline, no run of spaces, trimmed.

    A newline between two CJK characters is a soft wrap and disappears; elsewhere
    it becomes a space, as a reader would expect of a reflowed paragraph.
    """
    text = text.replace("\r", "\n")
    if "\n" in text:  # a wrapped line (HTML, Markdown); a scraped page's lines have none
        text = re.sub(_CJK_BREAK, "", text)
    return _unspaced(_SPACES.sub(" ", text.replace("\n", " ")).strip())


def _unspaced(line: str) -> str:
    """凌 晨 約 3 時，有 途 人…: a line with a space after nearly every Chinese character (an
    old Hong Kong broadcaster's pages are written so) reads, searches and dates as the words it
    spells; a space between two Latin words or numbers stays (HKT 22:40)."""
    spaces = line.count(" ")
    if spaces < _SPACED_MIN or spaces * 4 < len(line):  # no spaced line: ordinary text pays two counts
        return line
    gaps = len(_CJK_GAP.findall(line))
    if gaps * 10 < len(_CJK_CHAR.findall(line)) * 6:
        return line
    return _NEXT_TO_CJK.sub("", line)


_SPACED_MIN = 8
_CJK_GAP = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef])")
_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
_NEXT_TO_CJK = re.compile(
    r"(?<=[\u3000-\u9fff\uff00-\uffef]) (?=\S)|(?<=\S) (?=[\u3000-\u9fff\uff00-\uffef])"
)


class BlockBuilder:
    """Appends blocks to one text, one line each, separated by a single newline.

    One newline between blocks matches QTextDocument's one position per block
    separator, so an offset into the text is a position in the rendered document
    (for text in the Basic Multilingual Plane).
    """

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._blocks: list[Block] = []
        self._length = 0

    def add(self, kind: BlockKind, text: str, *, level: int = 0, credit: str = "") -> Block | None:
        """Add ``text`` as a block; empty text adds nothing.

        A line longer than MAX_BLOCK_CHARS is added as several blocks, cut after a
        sentence or a space: the text is kept whole, and no paragraph is longer than a
        reading view can lay out at once (a 16 MB line froze the window for minutes).
        """
        line = normalise_line(text)
        if not line:
            return None
        if len(line) > MAX_BLOCK_CHARS:
            pieces = [p.strip() for p in cut_line(line, MAX_BLOCK_CHARS) if p.strip()]
            first = self._append(kind, pieces[0], level, credit)
            for piece in pieces[1:]:
                self._append(BlockKind.PARAGRAPH if kind in _FIRST_ONLY else kind, piece, level, "")
            return first
        return self._append(kind, line, level, credit)

    def _append(self, kind: BlockKind, line: str, level: int, credit: str) -> Block:
        if self._parts:
            self._parts.append("\n")
            self._length += 1
        block = Block(kind, self._length, self._length + len(line), level, credit)
        self._parts.append(line)
        self._length += len(line)
        self._blocks.append(block)
        return block

    @property
    def text(self) -> str:
        return "".join(self._parts)

    @property
    def blocks(self) -> tuple[Block, ...]:
        return tuple(self._blocks)


def cut_line(line: str, limit: int) -> list[str]:
    """``line`` in pieces of at most ``limit`` characters, each cut after a sentence end or a
    space when one stands in the second half of the piece (else at the limit); joined, they are ``line``."""
    pieces: list[str] = []
    while len(line) > limit:
        window = line[limit // 2 : limit]
        ends = [m.end() for m in _CUT_AFTER.finditer(window)]
        cut = limit // 2 + ends[-1] if ends else limit
        pieces.append(line[:cut])
        line = line[cut:]
    return [*pieces, line] if line else pieces
