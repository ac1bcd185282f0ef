"""The article list: filtered, sorted, a page at a time, without reading a single text.

``where`` turns an ``EntryFilter`` into SQL over ``articles a``; searches and the
facts across articles reuse it, so every view of the library filters alike.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from .records import Entry, EntryFilter, Sort

__all__ = ["ENTRY_COLUMNS", "count", "entries", "entries_by_id", "tallies", "where"]

ENTRY_COLUMNS = "a.id, a.title, a.column_name, a.outlet, a.published, a.words, a.read, a.path, a.script, a.added"
"""What ``Entry`` needs from ``articles a`` (its tags come from a second, small query)."""

_ORDER = {
    Sort.DATE: "a.sort_date",
    Sort.TITLE: "a.title",
    Sort.COLUMN: "a.column_name",
    Sort.OUTLET: "a.outlet",
    Sort.WORDS: "a.words",
    Sort.READ: "a.read",
    Sort.ADDED: "a.added",
    Sort.OPENED: "a.opened",
}


def where(entry_filter: EntryFilter) -> tuple[str, list[Any]]:
    """``entry_filter`` as a condition on ``articles a`` ("1" when it filters nothing)."""
    f = entry_filter
    terms: list[str] = []
    params: list[Any] = []
    for condition, value in (("a.outlet = ?", f.outlet), ("a.sort_date >= ?", f.since),
                             ("a.sort_date < ?", _day_after(f.until)), ("a.script = ?", f.script)):
        if value:
            terms.append(condition)
            params.append(value)
    if f.tag:
        terms.append("a.id IN (SELECT article_id FROM article_tags WHERE tag = ?)")
        params.append(f.tag)
    if f.unread:
        terms.append("a.read = 0")
    if f.ids is not None:
        terms.append(f"a.id IN ({','.join('?' * len(f.ids))})" if f.ids else "0")
        params += f.ids
    return " AND ".join(terms) or "1", params


def entries(connection: sqlite3.Connection, entry_filter: EntryFilter, sort: Sort = Sort.DATE,
            descending: bool = True, offset: int = 0, limit: int = 200) -> list[Entry]:
    """A page of the filtered list in ``sort`` order (ties: newest added first)."""
    condition, params = where(entry_filter)
    direction = "DESC" if descending else "ASC"
    rows = connection.execute(
        f"SELECT {ENTRY_COLUMNS} FROM articles a WHERE {condition} "
        f"ORDER BY {_ORDER[sort]} {direction}, a.id {direction} LIMIT ? OFFSET ?",
        [*params, limit, offset]).fetchall()
    return _with_tags(connection, rows)


def entries_by_id(connection: sqlite3.Connection, ids: Sequence[int]) -> dict[int, Entry]:
    """The entries of ``ids`` (those that exist), by id."""
    if not ids:
        return {}
    rows = connection.execute(
        f"SELECT {ENTRY_COLUMNS} FROM articles a WHERE a.id IN ({','.join('?' * len(ids))})", list(ids)).fetchall()
    return {entry.id: entry for entry in _with_tags(connection, rows)}


def count(connection: sqlite3.Connection, entry_filter: EntryFilter) -> int:
    condition, params = where(entry_filter)
    return int(connection.execute(f"SELECT count(*) FROM articles a WHERE {condition}", params).fetchone()[0])


def tallies(connection: sqlite3.Connection, column: str) -> list[tuple[str, int]]:
    """Each value of ``column`` (outlet, script) or each tag, with its number of articles, most first."""
    if column == "tag":
        sql = "SELECT tag, count(*) n FROM article_tags GROUP BY tag ORDER BY n DESC, tag"
    elif column in ("outlet", "script"):
        sql = f"SELECT {column}, count(*) n FROM articles WHERE {column} != '' GROUP BY {column} ORDER BY n DESC, {column}"
    else:
        raise ValueError(column)
    return [(str(value), int(n)) for value, n in connection.execute(sql)]


def _with_tags(connection: sqlite3.Connection, rows: list[tuple[Any, ...]]) -> list[Entry]:
    tags: dict[int, list[str]] = {}
    if rows:
        ids = [row[0] for row in rows]
        for article_id, tag in connection.execute(
                f"SELECT article_id, tag FROM article_tags WHERE article_id IN ({','.join('?' * len(ids))})", ids):
            tags.setdefault(article_id, []).append(tag)
    return [Entry(row[0], row[1], row[2], row[3], row[4], row[5], tuple(tags.get(row[0], ())), bool(row[6]),
                  row[7], row[8], row[9]) for row in rows]


def _day_after(day: str) -> str:
    """The exclusive end of an inclusive ``until`` day (a date at any time that day sorts before it)."""
    return (date.fromisoformat(day) + timedelta(days=1)).isoformat() if day else ""
