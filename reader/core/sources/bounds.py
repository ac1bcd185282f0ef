"""Bounds applied to a text before a parser sees it: nesting depth and paragraph length.

python-markdown and the standard library's MIME parser recurse once per level of
nesting, so a file of ``- `` or ``> `` repeated a few hundred times (1 KB) ends in
RecursionError, and ten thousand levels take minutes and gigabytes. Its inline
processor also rebuilds a paragraph's string once per link or emphasis, which is
quadratic in a paragraph of 80,000 links. So before parsing:

- ``bounded_markdown`` flattens any line nested deeper than ``MAX_NESTING`` (quote and
  list markers, indentation) to that depth, and breaks a paragraph longer than
  ``MAX_PARAGRAPH`` characters into several. The text is all kept; only structure
  no reader could follow is lost.
- ``check_mime_nesting`` refuses an archive declaring more than ``MAX_MIME_PARTS``
  multipart boundaries (real MHTML pages have one to three) with ``TooComplex``.
- ``check_markup`` refuses a page with more than ``MAX_TAGS`` tags, or Markdown with
  more than ``MAX_MARKS`` inline marks, with ``TooComplex``: parsing either costs
  tens of microseconds a mark, so these keep the worst file within seconds.
"""

from __future__ import annotations

import re

from ..article.assemble import cut_line
from ..errors import TooComplex

__all__ = ["MAX_MARKS", "MAX_MIME_PARTS", "MAX_NESTING", "MAX_PARAGRAPH", "MAX_TAGS", "bounded_markdown",
           "check_markup", "check_mime_nesting"]

MAX_NESTING = 16
"""Deepest list or quote nesting kept in Markdown; a news article needs two or three."""
MAX_PARAGRAPH = 4000
"""Longest Markdown paragraph parsed as one, in characters; news paragraphs stay under ~1,000."""
MAX_MIME_PARTS = 64
"""Most multipart boundaries an MHTML archive may declare."""
MAX_TAGS = 200_000
"""Most tags (``<``) in a page; the largest of 20 real saved news pages has ~6,000."""
MAX_MARKS = 50_000
"""Most Markdown inline marks (links, emphasis, code, HTML); python-markdown takes 0.1–0.2 ms each."""

_MARKER = re.compile(r"[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]?")
_FENCE = re.compile(r"[ \t]{0,3}(?:```|~~~)")
_MAX_INDENT = 4 * MAX_NESTING
_BRACKETS = re.compile(r"\\.|[\[\]]")
_BOUNDARY = re.compile(rb"boundary\s*=", re.IGNORECASE)


def bounded_markdown(text: str) -> str:
    """``text`` with nesting flattened to MAX_NESTING and paragraphs cut to MAX_PARAGRAPH."""
    out: list[str] = []
    in_fence, paragraph = False, 0
    for line in text.split("\n"):
        if _FENCE.match(line):
            in_fence = not in_fence
        if not in_fence:
            line = _flattened(line)
        if not line.strip():
            paragraph = 0
        elif not in_fence and paragraph and paragraph + len(line) > MAX_PARAGRAPH:
            out.append("")  # a blank line: the paragraph goes on as a new one
            paragraph = 0
        if not in_fence and len(line) > MAX_PARAGRAPH:
            out.extend(_shallow_brackets(piece) for piece in _cut(line))
            paragraph = 0
            continue
        paragraph += len(line)
        out.append(line if in_fence else _shallow_brackets(line))
    return "\n".join(out)


def check_mime_nesting(data: bytes, path: str = "") -> None:
    """Raise TooComplex when ``data`` declares more multipart boundaries than MAX_MIME_PARTS."""
    count = sum(1 for _ in zip(range(MAX_MIME_PARTS + 1), _BOUNDARY.finditer(data), strict=False))
    if count > MAX_MIME_PARTS:
        raise TooComplex(path, f"more than {MAX_MIME_PARTS} nested parts")


def check_markup(text: str, kind: str, path: str = "") -> None:
    """Raise TooComplex when ``text`` (``kind`` "html" or "markdown") has more markup than its bound."""
    if kind == "html":
        tags = text.count("<")
        if tags > MAX_TAGS:
            raise TooComplex(path, f"{tags} tags > {MAX_TAGS}")
    elif kind == "markdown":
        marks = sum(text.count(mark) for mark in "[<`*_")
        if marks > MAX_MARKS:
            raise TooComplex(path, f"{marks} marks > {MAX_MARKS}")


# ---- Private API


def _flattened(line: str) -> str:
    """``line`` with at most MAX_NESTING container markers and at most _MAX_INDENT of indentation."""
    pos, kept = 0, 0
    while (marker := _MARKER.match(line, pos)) and marker.end() > pos:
        if kept == MAX_NESTING:
            end = pos
            while (marker := _MARKER.match(line, end)) and marker.end() > end:
                end = marker.end()
            return line[:pos] + line[end:]
        pos, kept = marker.end(), kept + 1
    lead = len(line) - len(line.lstrip(" \t"))
    if lead and len(line[:lead].expandtabs(4)) > _MAX_INDENT:
        return " " * _MAX_INDENT + line[lead:]
    return line


def _shallow_brackets(line: str) -> str:
    """``line`` with brackets nested deeper than MAX_NESTING escaped (``\\[``), so read as text.

    python-markdown scans ahead from every ``[`` for its ``]``: 30,000 of them nested
    cost minutes. Escaped, the deep ones are plain characters, shown as written.
    """
    if line.count("[") <= MAX_NESTING:
        return line
    parts, depth, last = [], 0, 0
    for bracket in _BRACKETS.finditer(line):
        char = bracket.group()
        if char == "[":
            depth += 1
        elif char == "]":
            depth = max(0, depth - 1)
        if depth > MAX_NESTING or (char == "]" and depth >= MAX_NESTING):
            parts += [line[last : bracket.start()], "\\", char]
            last = bracket.end()
    return "".join(parts) + line[last:]


def _cut(line: str) -> list[str]:
    """A too-long line as paragraphs of at most MAX_PARAGRAPH characters, blank lines between."""
    pieces = cut_line(line, MAX_PARAGRAPH)
    return [piece for part in pieces for piece in (part, "")][:-1]
