"""The alternative to Reader's pair index: FTS5's own trigram tokenizer, on the same library.

The trigram index needs the folded text kept (it is its content table) and
cannot answer a two-character query, which falls back to scanning that text
with ``instr``: its first page in recency order stops after 20 hits, its count
reads every text. Printed beside the pair index's own figures.
"""

from __future__ import annotations

import re
import sqlite3
import statistics
import time
from pathlib import Path

from reader.core.library.codec import unpack_body
from reader.core.script.fold import fold

__all__ = ["trigram_figures"]

_IGNORED = re.compile(r"[\s\u200b-\u200d\u2060\ufeff]+")


def trigram_figures(library_file: Path, target: Path, queries: list[str]) -> None:
    if not target.exists():
        _build(library_file, target)
    with sqlite3.connect(library_file) as ours, sqlite3.connect(target) as db:
        pairs = _table_bytes(ours, "article_index")
        trigrams = _table_bytes(db, "trigram_index")
        folded = _table_bytes(db, "folded")
        pages = [_best_ms(lambda q=q: db.execute(
            "SELECT id FROM folded WHERE instr(text, ?) ORDER BY sort_date DESC LIMIT 20", (_fold(q),)).fetchall())
            for q in queries]
        counts = [_best_ms(lambda q=q: db.execute(
            "SELECT count(*) FROM folded WHERE instr(text, ?)", (_fold(q),)).fetchone()) for q in queries]
        three = [_best_ms(lambda q=q: db.execute(
            "SELECT count(*) FROM trigram_index WHERE trigram_index MATCH ?", (f'"{_fold(q)}"',)).fetchone())
            for q in ("统战部", "江门市", "中国人", "晋侯使")]
    print(f"trigram alternative  index {trigrams / 1e6:.1f} MB + folded text {folded / 1e6:.1f} MB, "
          f"against the pair index's {pairs / 1e6:.1f} MB")
    print(f"  2 chars by scan    first page median {statistics.median(pages):.1f} ms (max {max(pages):.1f}), "
          f"count median {statistics.median(counts):.1f} ms (max {max(counts):.1f}) over {len(queries)} queries")
    print(f"  3 chars by index   count median {statistics.median(three):.1f} ms")


def _build(library_file: Path, target: Path) -> None:
    start = time.perf_counter()
    with sqlite3.connect(library_file) as ours, sqlite3.connect(target) as db:
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("CREATE TABLE folded (id INTEGER PRIMARY KEY, sort_date TEXT, text TEXT)")
        db.execute("CREATE INDEX folded_date ON folded(sort_date)")
        db.execute("CREATE VIRTUAL TABLE trigram_index USING fts5(text, content='folded', content_rowid='id', "
                   "tokenize='trigram')")
        rows = ours.execute("SELECT a.id, a.sort_date, b.body FROM articles a JOIN article_bodies b "
                            "ON b.article_id = a.id")
        for article_id, sort_date, packed in rows:
            text = _fold(unpack_body(packed).text)
            db.execute("INSERT INTO folded VALUES (?, ?, ?)", (article_id, sort_date, text))
        db.execute("INSERT INTO trigram_index(trigram_index) VALUES ('rebuild')")
        db.commit()
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    print(f"trigram alternative  built in {time.perf_counter() - start:.0f} s")


def _fold(text: str) -> str:
    return _IGNORED.sub("", fold(text)).lower()


def _table_bytes(db: sqlite3.Connection, prefix: str) -> int:
    row = db.execute("SELECT sum(pgsize) FROM dbstat WHERE name = ? OR name LIKE ? ESCAPE '!'", (prefix, f"{prefix}!_%"))
    return int(row.fetchone()[0] or 0)


def _best_ms(run: object, runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        run()  # type: ignore[operator]
        best = min(best, time.perf_counter() - start)
    return best * 1000
