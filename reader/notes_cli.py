"""``reader notes FILE``: a file's stored highlights and notes, placed in its current text, printed.

Plain lines (offsets into the ``--variant`` text, the words, the note), ``--json`` (the
W3C Web Annotation collection, offsets into the text as written), ``--markdown`` (with
citations in ``--style``) or ``--csv``. Damaged stored annotations are reported on stderr;
the others are printed all the same.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from datetime import date
from pathlib import Path

from .core.cite.citation import CitationStyle
from .core.database import DatabaseError
from .core.model import Article
from .core.notes import anchor_all, notes_in_shown
from .core.notes.export import NotesExport, to_csv, to_markdown
from .core.notes.storage import NotesFile, database_file
from .core.notes.store import Loaded
from .core.notes.webanno import to_web_annotations
from .core.script.variants import ShownArticle

__all__ = ["print_notes"]


def print_notes(args: argparse.Namespace, article: Article, shown: ShownArticle) -> int:
    """Print the notes of ``article`` as ``args`` ask; the exit status."""
    database = Path(args.library) if args.library else _default_database()
    try:
        loaded = _stored(database, args.file, article)
    except (DatabaseError, sqlite3.DatabaseError, OSError) as exc:
        print(f"reader: {database}: the notes cannot be read: {exc}", file=sys.stderr)
        return 2
    for damage in loaded.damage:
        what = "repaired" if damage.kept else "skipped"
        print(f"reader: stored annotation {damage.annotation_id}: bad {damage.field} {damage.value} ({what})",
              file=sys.stderr)
    placed = anchor_all(article.text, loaded.annotations)
    if args.json:
        json.dump(to_web_annotations(article, placed, args.file), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    accessed = date.fromisoformat(args.accessed) if args.accessed else date.today()
    export = NotesExport(shown.article, notes_in_shown(placed, shown.article.text, shown.offsets),
                         CitationStyle(args.style), accessed, args.file)
    if args.markdown:
        sys.stdout.write(to_markdown(export))
    elif args.csv:
        sys.stdout.write(to_csv(export))
    else:
        _print_lines(export)
    return 0


def _default_database() -> Path:
    from .core import settings
    from .core.paths import config_folder

    return database_file(settings.load(config_folder() / "settings.json").library_path)


def _stored(database: Path, path: str, article: Article) -> Loaded:
    """The article's stored annotations; none when there is no database yet (it is not made for a read)."""
    if not database.exists():
        return Loaded([], [])
    file = NotesFile.open(database)
    try:
        return file.notes(path, article).load()
    finally:
        file.close()


def _print_lines(export: NotesExport) -> None:
    for note in export.notes:
        a = note.placed.annotation
        where = f"{note.start:>7}-{note.end:<7}" if note.placed.found else f"{'(not found)':<15}"
        words = " ".join(note.text.split()) if note.text else "✎"
        print(f"{where} {a.color.value:<6} {words}" + (f"  — {a.note}" if a.note else ""))
    print(f"{len(export.notes)} annotations")
