"""A Markdown file's front matter: the metadata block between ``---`` lines at its top.

Reader's own ``export --to markdown`` writes one (title, source, published, …), as do
note-taking apps and web clippers; read back, it would otherwise be shown as a paragraph
of ``key: value`` text and the article would lose its title and date (and with the date,
every relative date in its facts). Only the flat ``key: value`` lines and one level of
``- item`` lists such files carry are read, without a YAML library: a value written as a
JSON string (as the export writes it) is decoded, a quoted one unquoted, others kept.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime

from ..article.meta import parse_datetime
from ..model import TEXT_METADATA

__all__ = ["FrontMatter", "split_front_matter"]

_OPEN = re.compile(r"\A\ufeff?---[ \t]*\r?\n")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.M)
_FIELD = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)[ \t]*:[ \t]*(?P<value>.*)$")
_ITEM = re.compile(r"^[ \t]+-[ \t]+(?P<value>.+)$")
_MAX_LINES = 60
"""A front matter longer than this is no metadata block but a document that opens with a rule."""
_URL = re.compile(r"https?://\S+$")
_PUBLISHED_KEYS = ("published", "date", "datePublished", "pubDate", "published_time")
"""Keys that say when the article appeared; ``created`` (a clipper's clipping time) does not."""


@dataclass(frozen=True)
class FrontMatter:
    """What a front matter says about the article; empty strings where it says nothing."""

    title: str = ""
    column: str = ""
    source: str = ""
    outlet: str = ""
    site: str = ""
    url: str = ""
    author: str = ""
    editor: str = ""
    attribution: str = ""
    published: datetime | None = None
    published_text: str = ""
    credits: tuple[str, ...] = ()


def split_front_matter(text: str) -> tuple[FrontMatter | None, str]:
    """The front matter at the top of ``text`` (None if it has none) and the text after it."""
    opened = _OPEN.match(text)
    if opened is None:
        return None, text
    closed = _CLOSE.search(text, opened.end())
    if closed is None:
        return None, text
    lines = text[opened.end() : closed.start()].splitlines()
    fields = _fields(lines) if len(lines) <= _MAX_LINES else None
    if not fields:
        return None, text
    return _front_matter(fields), text[closed.end() :].lstrip("\r\n")


def _fields(lines: list[str]) -> dict[str, str | list[str]] | None:
    """``key: value`` pairs and their lists; None when a line is neither (not a front matter)."""
    fields: dict[str, str | list[str]] = {}
    key = ""
    for line in lines:
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        item = _ITEM.match(line)
        if item and key:
            listed = fields[key] if isinstance(fields[key], list) else []
            fields[key] = [*listed, _scalar(item["value"])]
            continue
        field = _FIELD.match(line)
        if field is None:
            return None
        key = field["key"]
        fields[key] = _scalar(field["value"])
    return fields


def _scalar(value: str) -> str:
    """A value as written: a JSON or single-quoted string decoded, a bare one trimmed."""
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] == '"':
        try:
            decoded = json.loads(value)
        except ValueError:
            return value[1:-1]
        return decoded if isinstance(decoded, str) else value
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'")
    return value


def _front_matter(fields: dict[str, str | list[str]]) -> FrontMatter:
    texts = {k: value for k in TEXT_METADATA if isinstance(value := fields.get(k, ""), str)}
    if _URL.match(texts.get("source", "")) and not texts.get("url"):
        texts["url"], texts["source"] = texts["source"], ""  # a web clipper's source is the page's address
    written = next((when for k in _PUBLISHED_KEYS if isinstance(when := fields.get(k), str) and when), "")
    found = parse_datetime(written) if written else None
    credits = fields.get("credits", [])
    return FrontMatter(
        **texts,
        published=found[0] if found else None,
        published_text=found[1] if found else "",
        credits=tuple(credits) if isinstance(credits, list) else (credits,) if credits else (),
    )
