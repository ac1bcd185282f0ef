"""Articles and facts to the library's columns and back: compact JSON, compressed text.

An article's body — its text, and its blocks, outline entries and dropped
lines as JSON arrays of their fields in field order — is one zlib-compressed
JSON array (Chinese UTF-8 shrinks to about half). A fact's row holds its value
(through ``fact_values``), its text only where it differs from the value, and its
mentions as ``start+length`` pairs (``"738+7,1056+3"``: the first is the fact's own
span); whatever else the extractor gives (fields added later, such as a value's
``from``/``to``/``currency``) goes to ``extra`` as JSON, leaving out the fields
that are null and the sentence, which the offsets give back.
"""

from __future__ import annotations

import hashlib
import json
import re
import zlib
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, NamedTuple

from ..model import Article, Block, BlockKind, Dropped, DropReason, OutlineEntry, SourceFormat

if TYPE_CHECKING:
    from ..facts import Fact

__all__ = [
    "ARTICLE_COLUMNS",
    "Body",
    "FactRow",
    "PreparedFacts",
    "article_from",
    "article_values",
    "content_hash",
    "fact_json",
    "fact_rows",
    "fact_rows_of",
    "mention_spans",
    "pack_body",
    "unpack_body",
    "word_count",
]

ARTICLE_COLUMNS = ("title", "column_name", "source", "outlet", "site", "url", "published", "author",
                   "credits", "editor", "attribution", "format", "encoding")
"""The metadata columns of ``articles``, in the order ``article_values`` gives them."""

_FACT_FIELDS = {"kind", "text", "start", "end", "value", "mentions", "sentence"}
_WORDS = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]|[^\W_]+")

FactRow = tuple[str, str, str | None, str, str | None]
"""(kind, value, text unless the same as the value, mentions, extra JSON)."""


class PreparedFacts(NamedTuple):
    """Facts already made into rows (``fact_rows_of``): what an import's worker sends."""

    rows: list[FactRow]


class Body(NamedTuple):
    """An article's text and structure as stored (JSON-ready lists)."""

    text: str
    blocks: list[list[Any]]
    outline: list[list[Any]]
    dropped: list[list[Any]]


def content_hash(text: str) -> str:
    """The cleaned text's SHA-256: the same article from another file, or a moved one."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def word_count(text: str) -> int:
    """Words as Chinese counts them: each Han character, and each run of Latin letters or digits."""
    return len(_WORDS.findall(text))


def pack_body(article: Article) -> bytes:
    """The text, blocks, outline and dropped lines, compressed together."""
    blocks = [[b.kind.value, b.start, b.end, b.level, b.credit] for b in article.blocks]
    outline = [[e.level, e.title, e.start, e.end] for e in article.outline]
    dropped = [[d.text, d.reason.value, d.line] for d in article.dropped]
    data = _json([article.text, blocks, outline, dropped])
    return zlib.compress(data.encode("utf-8", "surrogatepass"), 6)


def unpack_body(data: bytes) -> Body:
    return Body(*json.loads(zlib.decompress(data).decode("utf-8", "surrogatepass")))


def article_values(article: Article) -> tuple[Any, ...]:
    """The metadata of ``article`` for ``ARTICLE_COLUMNS``."""
    published = article.published.isoformat() if article.published else None
    return (article.title, article.column, article.source, article.outlet, article.site, article.url,
            published, article.author, _json(list(article.credits)), article.editor,
            article.attribution, article.format.value, article.encoding)


def article_from(row: Sequence[Any], body: Body, path: str) -> Article:
    """An Article from ``ARTICLE_COLUMNS`` values and its stored body."""
    (title, column, source, outlet, site, url, published, author, credits, editor, attribution,
     source_format, encoding) = row
    return Article(
        text=body.text,
        blocks=tuple(Block(_kind(k), s, e, lv, c) for k, s, e, lv, c in body.blocks),
        title=title, column=column, source=source, outlet=outlet, site=site, url=url,
        published=datetime.fromisoformat(published) if published else None,
        author=author, credits=tuple(json.loads(credits)), editor=editor, attribution=attribution,
        dropped=tuple(Dropped(t, _reason(r), line) for t, r, line in body.dropped),
        outline=tuple(OutlineEntry(lv, t, s, e) for lv, t, s, e in body.outline),
        format=_format(source_format), path=path, encoding=encoding,
    )


def fact_rows(facts: Sequence[dict[str, Any]]) -> list[FactRow]:
    """Facts as ``facts_to_json`` gives them, as rows; fields without a column go to ``extra``."""
    return [
        _fact_row(str(fact["kind"]), str(fact["value"]), str(fact["text"]), (fact["start"], fact["end"]),
                  [(m["start"], m["end"]) for m in fact.get("mentions", ())],
                  {k: v for k, v in fact.items() if k not in _FACT_FIELDS})
        for fact in facts
    ]


def fact_rows_of(facts: Iterable[Fact]) -> list[FactRow]:
    """The rows ``fact_rows(facts_to_json(facts))`` gives, made from the facts themselves.

    No dict per fact and mention and no sentence is made: an import's worker sends these
    rows, which cost a third of the dicts to send and nothing to turn into rows again.
    """
    from ..facts import detail_json

    return [
        _fact_row(fact.kind.value, fact.value, fact.text, (fact.start, fact.end),
                  [(m.start, m.end) for m in fact.mentions], detail_json(fact.kind, fact.detail))
        for fact in facts
    ]


def _fact_row(kind: str, value: str, text: str, face: tuple[int, int], spans: list[tuple[int, int]],
              fields: dict[str, Any]) -> FactRow:
    """One fact's row: its own span first among its mentions, and its non-null other fields as JSON."""
    spans = spans or [face]
    if spans[0] != face:
        spans.insert(0, face)
    extra = {k: v for k, v in fields.items() if v is not None}
    return (kind, value, None if text == value else text, ",".join(f"{s}+{e - s}" for s, e in spans),
            _extra_json(extra) if extra else None)


def _extra_json(extra: dict[str, Any]) -> str:
    """The extra fields as a JSON array in ``_EXTRA_ORDER`` (trailing nulls left out): a third
    of the bytes of the keyed object, on a third of a library's million fact rows. A field
    outside that order keeps the keyed form, which ``fact_json`` reads too (and which
    libraries written before hold)."""
    if not extra.keys() <= _EXTRA_SET:
        return _json(extra)
    values = [extra.get(k) for k in _EXTRA_ORDER]
    while values[-1] is None:
        values.pop()
    return _json(values)


def _extra_fields(extra: str) -> dict[str, Any]:
    """``_extra_json``'s fields back as a dict, from either form."""
    decoded = json.loads(extra)
    if isinstance(decoded, list):
        return {k: v for k, v in zip(_EXTRA_ORDER, decoded, strict=False) if v is not None}
    return dict(decoded)


_EXTRA_ORDER = ("value_kind", "from", "to", "unit", "grain", "interval", "duration", "amount", "currency")
"""The place of each extra field in a stored array: part of the file format, so only ever
added to at the end (the facts' own key order may change without changing it)."""
_EXTRA_SET = frozenset(_EXTRA_ORDER)


def mention_spans(mentions: str) -> list[tuple[int, int]]:
    """``"738+7,1056+3"`` → ``[(738, 745), (1056, 1059)]``."""
    spans = []
    for pair in mentions.split(","):
        start, length = pair.split("+")
        spans.append((int(start), int(start) + int(length)))
    return spans


def fact_json(kind: str, value: str, text: str | None, mentions: str, extra: str | None) -> dict[str, Any]:
    """A stored fact back in ``facts_to_json``'s shape (without the sentence)."""
    spans = mention_spans(mentions)
    fact = {"kind": kind, "text": value if text is None else text, "start": spans[0][0], "end": spans[0][1],
            "value": value, "mentions": [{"start": s, "end": e} for s, e in spans]}
    return {**fact, **(_extra_fields(extra) if extra else {})}


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _kind(value: str) -> BlockKind:
    try:
        return BlockKind(value)
    except ValueError:  # written by a newer Reader
        return BlockKind.PARAGRAPH


def _reason(value: str) -> DropReason:
    try:
        return DropReason(value)
    except ValueError:  # written by a newer Reader
        return DropReason.OTHER


def _format(value: str) -> SourceFormat:
    try:
        return SourceFormat(value)
    except ValueError:
        return SourceFormat.TEXT
