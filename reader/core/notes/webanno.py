"""An article's annotations as W3C Web Annotations (JSON-LD): one AnnotationCollection.

Each annotation carries both selectors of the model (TextQuoteSelector and
TextPositionSelector) against the article's cleaned text as written, its note as a
TextualBody, and its colour as a CSS class of the target with the annotation's own
stylesheet (the model's way to style a target). Reader's extra terms sit under the
``reader:`` prefix declared in the context: where it was found (``reader:placement``)
and a link back to the passage (``reader:link``).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..model import Article
from .anchoring import Placed
from .links import link_for

__all__ = ["ANNO_CONTEXT", "to_web_annotations"]

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
_READER_TERMS = {"reader": "urn:reader:"}  # Reader's own terms, kept apart from the model's


def to_web_annotations(article: Article, placed: Sequence[Placed], path: str = "") -> dict[str, Any]:
    """The annotations of ``article`` (read from ``path``) as an AnnotationCollection."""
    source = Path(path).resolve().as_uri() if path else ""
    items = [_annotation(p, source, path) for p in placed]
    collection: dict[str, Any] = {
        "@context": [ANNO_CONTEXT, _READER_TERMS],
        "type": "AnnotationCollection",
        "label": article.title,
        "total": len(items),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }
    if article.url:
        collection["reader:url"] = article.url
    return collection


def _annotation(placed: Placed, source: str, path: str) -> dict[str, Any]:
    a = placed.annotation
    start, end = (placed.start, placed.end) if placed.found else (a.start, a.end)
    target: dict[str, Any] = {"styleClass": a.color.value, "selector": [
        {"type": "TextQuoteSelector", "exact": a.exact, "prefix": a.prefix, "suffix": a.suffix},
        {"type": "TextPositionSelector", "start": start, "end": end},
    ]}
    if source:
        target = {"source": source, **target}
    item: dict[str, Any] = {
        "id": f"urn:uuid:{_uuid(a.id)}",
        "type": "Annotation",
        "motivation": "commenting" if a.is_margin_note else "highlighting",
        "created": _stamp(a.created.isoformat()),
        "modified": _stamp(a.modified.isoformat()),
        "target": target,
        "stylesheet": {"type": "CssStylesheet", "value": f".{a.color.value} {{ background-color: {a.color.hex}; }}"},
        "reader:placement": placed.placement.value,
    }
    if a.note:
        item["body"] = {"type": "TextualBody", "value": a.note, "format": "text/plain", "purpose": "commenting"}
    if path:
        item["reader:link"] = link_for(path, start, end, a.exact, a.id)
    return item


def _uuid(hex_id: str) -> str:
    """A 32-digit id in the 8-4-4-4-12 form a urn:uuid has (other ids as they are)."""
    if len(hex_id) != 32:
        return hex_id
    return f"{hex_id[:8]}-{hex_id[8:12]}-{hex_id[12:16]}-{hex_id[16:20]}-{hex_id[20:]}"


def _stamp(iso: str) -> str:
    return iso.replace("+00:00", "Z")
