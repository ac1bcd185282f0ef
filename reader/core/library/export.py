"""Exporting a selection of the library: metadata and facts as CSV or JSON, or a bibliography.

Each function returns the file's text; the caller writes it where the user
chose. JSON keys follow ``reader inspect`` and ``reader facts`` (add, never rename).
"""

from __future__ import annotations

import csv
import enum
import io
import json
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from ..cite.citation import CitationStyle, reference
from .records import StoredArticle
from .store import Library

__all__ = ["ARTICLE_FIELDS", "ExportFormat", "article_record", "export_text", "write_export"]

ARTICLE_FIELDS = ("id", "title", "column", "source", "outlet", "site", "url", "published", "author", "editor",
                  "path", "format", "encoding", "words", "script", "tags", "read", "added", "opened")


class ExportFormat(enum.StrEnum):
    """What an export writes."""

    ARTICLES_CSV = "articles-csv"
    FACTS_CSV = "facts-csv"
    JSON = "json"
    GBT7714 = "gbt7714"
    APA = "apa"
    CHICAGO = "chicago"

    @property
    def suffix(self) -> str:
        return {"articles-csv": ".csv", "facts-csv": ".csv", "json": ".json"}.get(self.value, ".txt")


def article_record(stored: StoredArticle) -> dict[str, Any]:
    """An article's metadata as plain JSON-able data (``ARTICLE_FIELDS``)."""
    a = stored.article
    return {
        "id": stored.id, "title": a.title, "column": a.column, "source": a.source, "outlet": a.outlet,
        "site": a.site, "url": a.url, "published": a.published.isoformat() if a.published else None,
        "author": a.author, "editor": a.editor, "path": a.path, "format": a.format.value, "encoding": a.encoding,
        "words": stored.words, "script": stored.script, "tags": list(stored.tags), "read": stored.read,
        "added": stored.added, "opened": stored.opened,
    }


def export_text(library: Library, ids: Sequence[int], kind: ExportFormat, *, accessed: date | None = None) -> str:
    """The export of the articles ``ids`` (in that order) as ``kind``."""
    articles = [s for s in (library.stored(i) for i in ids) if s is not None]
    if kind is ExportFormat.ARTICLES_CSV:
        return _csv(ARTICLE_FIELDS, [_flat(article_record(s)) for s in articles])
    if kind is ExportFormat.FACTS_CSV:
        rows = [{"article_id": s.id, "title": s.article.title, **_flat(f)}
                for s in articles for f in library.facts_of(s.id)]
        return _csv(("article_id", "title", "kind", "text", "value", "start", "end", "mentions"), rows)
    if kind is ExportFormat.JSON:
        records = [{**article_record(s), "facts": library.facts_of(s.id)} for s in articles]
        return json.dumps(records, ensure_ascii=False, indent=2) + "\n"
    return _bibliography(articles, CitationStyle(kind.value), accessed or date.today())


def write_export(path: Path, text: str, protect: Iterable[str] = ()) -> None:
    """Write an export atomically (``core.writing``), CSV with a BOM so Excel reads it as UTF-8.

    ``protect``: files never to write over (the exported articles' own files).
    Raises WriteRefused or WriteFailed.
    """
    from ..writing import write_atomically

    encoding = "utf-8-sig" if path.suffix.lower() == ".csv" else "utf-8"
    write_atomically(path, text.encode(encoding), protect=[p for p in protect if p])


def _bibliography(articles: Sequence[StoredArticle], style: CitationStyle, accessed: date) -> str:
    """Numbered in the given order for GB/T 7714; alphabetical for APA and Chicago, as they ask."""
    entries = [reference(s.article, style, accessed=accessed, number=n).text for n, s in enumerate(articles, 1)]
    if style is not CitationStyle.GBT7714:
        entries.sort(key=str.casefold)
    return "\n".join(entries) + "\n"


def _flat(record: dict[str, Any]) -> dict[str, Any]:
    """Lists in one CSV cell: tags by ``;``, mentions as ``start-end;…``."""
    flat = dict(record)
    if "tags" in flat:
        flat["tags"] = ";".join(flat["tags"])
    if "mentions" in flat:
        flat["mentions"] = ";".join(f"{m['start']}-{m['end']}" for m in flat["mentions"])
    return flat


def _csv(fields: Sequence[str], rows: Sequence[dict[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(fields), extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()
