"""Links back to a passage: ``reader:`` URLs and ``reader FILE --at START:END`` commands, both ways.

A link names the file and the passage's offsets into the article's cleaned text as
written (``Article.text``, the same offsets annotations store), with the first words
of the passage so the place is found again if the text changed, and the annotation's
id when it comes from one. ``reader:`` URLs are file URLs under another scheme:
``reader:///home/me/news/a.txt?at=120:148&find=江门市委统战部&note=3f2a…``. The desktop
file registers the scheme (``x-scheme-handler/reader``), so a link in Obsidian opens it.
"""

from __future__ import annotations

import re
import shlex
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple
from urllib.parse import parse_qs, quote, unquote, urlsplit

__all__ = ["SCHEME", "FIND_CHARS", "LinkError", "OpenTarget", "command_for", "link_for", "open_target",
           "parse_span"]

SCHEME = "reader"
FIND_CHARS = 12
_PATH_UNSAFE = re.compile(r"[^\w.~/:\-\u0080-\U0010ffff]|\s", re.ASCII)
_VALUE_UNSAFE = re.compile(r"[^\w.~:\-\u0080-\U0010ffff]|\s", re.ASCII)
"""How many of the passage's first characters a link carries, to find it again."""


class LinkError(ValueError):
    """Arguments or a URL that name no passage; ``str()`` says what is wrong."""


class OpenTarget(NamedTuple):
    """What to open, and where: a span of the source text, words to find, or an annotation."""

    path: str
    start: int | None = None
    end: int | None = None
    find: str = ""
    note: str = ""

    @property
    def has_place(self) -> bool:
        return self.start is not None or bool(self.find) or bool(self.note)


def link_for(path: str, start: int, end: int, words: str = "", note: str = "") -> str:
    """A ``reader:`` URL to ``start:end`` of the file at ``path`` (made absolute)."""
    query = [("at", f"{start}:{end}")]
    if words.strip():
        query.append(("find", " ".join(words.split())[:FIND_CHARS]))
    if note:
        query.append(("note", note))
    return f"{SCHEME}://{_location(path)}?" + "&".join(f"{k}={_iri(v)}" for k, v in query)


@lru_cache(maxsize=16)
def _location(path: str) -> str:
    """The file's absolute path as a URL path (resolved once: an export links every passage)."""
    location = _iri(Path(path).resolve().as_posix(), _PATH_UNSAFE)
    return location if location.startswith("/") else f"/{location}"  # C:/… on Windows


def command_for(path: str, start: int, end: int) -> str:
    """The shell command that opens the file at ``start:end``."""
    return f"reader {shlex.quote(str(Path(path).resolve()))} --at {start}:{end}"


def open_target(args: list[str]) -> OpenTarget:
    """``FILE [--at START[:END]] [--find TEXT]``, a ``reader:`` URL or a ``file:`` URL, as a target.

    Raises LinkError naming what is wrong (an option without its value, a bad offset).
    """
    path, options = "", {}
    words = iter(args)
    for word in words:
        if word in ("--at", "--find"):
            value = next(words, None)
            if value is None:
                raise LinkError(f"{word} needs a value")
            options[word] = value
        elif word.startswith(("--at=", "--find=")):
            key, _, value = word.partition("=")
            options[key] = value
        elif not path:
            path = word
        else:
            raise LinkError(f"unexpected argument: {word}")
    target = _from_url(path) if path.startswith((f"{SCHEME}:", "file:")) else OpenTarget(path)
    if "--at" in options:
        start, end = parse_span(options["--at"])
        target = target._replace(start=start, end=end)
    if "--find" in options:
        target = target._replace(find=options["--find"])
    return target


def parse_span(value: str) -> tuple[int, int | None]:
    """``START`` or ``START:END`` (character offsets, START ≤ END)."""
    head, _, tail = value.partition(":")
    try:
        start, end = int(head), (int(tail) if tail else None)
    except ValueError:
        raise LinkError(f"not an offset: {value!r} (give START or START:END)") from None
    if start < 0 or (end is not None and end < start):
        raise LinkError(f"not a span: {value!r} (offsets count from 0, START ≤ END)")
    return start, end


def _iri(text: str, unsafe: re.Pattern[str] | None = None) -> str:
    """Percent-encoded where a URL needs it; other characters (Chinese) kept readable, as IRIs allow."""
    return (unsafe or _VALUE_UNSAFE).sub(lambda m: quote(m.group(), safe=""), text)


def _from_url(url: str) -> OpenTarget:
    parts = urlsplit(url)
    path = unquote(parts.path)
    if parts.netloc and parts.netloc != "localhost":
        path = f"//{parts.netloc}{path}"
    if len(path) > 2 and path[0] == "/" and path[2] == ":":
        path = path[1:]  # /C:/… on Windows
    if not path:
        raise LinkError(f"no file in {url}")
    query = parse_qs(parts.query)
    start, end = parse_span(query["at"][0]) if "at" in query else (None, None)
    return OpenTarget(path, start, end, query.get("find", [""])[0], query.get("note", [""])[0])
