"""``reader library add|list|search|facts|remove|export …``: the library from the command line.

Same contract as the other subcommands: ``--json`` prints one JSON object whose
keys are stable (add, never rename); an error prints one line on stderr and exits
with 2. ``add`` exits with 1 when some files could not be imported (each is
listed), 0 when all were. ``--library PATH`` picks the library file; by default
it is the one the window uses (the setting, else the data folder).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .core.library import Entry, Library
    from .core.library.importing import Failed

__all__ = ["add_arguments", "run"]

EXIT_PARTIAL = 1
EXIT_INPUT = 2
_ACTIONS = ("add", "list", "search", "facts", "remove", "export")
_SORTS = ("date", "title", "column", "outlet", "words", "read", "added", "opened")
_EXPORTS = ("articles-csv", "facts-csv", "json", "gbt7714", "apa", "chicago")


def add_arguments(cmd: argparse.ArgumentParser) -> None:
    """The ``library`` subcommand's own subcommands and options."""
    actions = cmd.add_subparsers(dest="action", required=True, metavar="ACTION")
    parsers = {name: actions.add_parser(name, help=_HELP[name], description=_HELP[name]) for name in _ACTIONS}
    for parser in parsers.values():
        parser.add_argument("--json", action="store_true", help="print one JSON object")
        parser.add_argument("--library", metavar="PATH", help="the library file (default: the window's)")
    parsers["add"].add_argument("paths", nargs="+", metavar="PATH", help="article files and folders (recursive)")
    parsers["add"].add_argument("--workers", type=int, help="processes reading files (default: by count)")
    parsers["search"].add_argument("query", metavar="QUERY")
    parsers["remove"].add_argument("ids", nargs="+", type=int, metavar="ID")
    parsers["export"].add_argument("ids", nargs="*", type=int, metavar="ID", help="default: every listed article")
    parsers["export"].add_argument("--format", default="json", choices=_EXPORTS)
    parsers["export"].add_argument("--output", metavar="FILE", help="write here instead of stdout")
    parsers["facts"].add_argument("--kind", action="append", help="organisation, person, place, date, … (repeat)")
    parsers["facts"].add_argument("--value", help="list the articles mentioning this value (with --kind)")
    parsers["facts"].add_argument("--min-articles", type=int, default=2)
    for name in ("list", "search", "facts", "export"):
        _filters(parsers[name])
    parsers["list"].add_argument("--sort", default="date", choices=_SORTS)
    parsers["list"].add_argument("--ascending", action="store_true")
    for name in ("list", "search", "facts"):
        parsers[name].add_argument("--limit", type=int, default=50)


def run(args: argparse.Namespace) -> int:
    """Run one library action; typed errors become one line and status 2."""
    from .core.database import DatabaseError
    from .core.library import Library

    try:
        with Library.open(_library_file(args.library)) as library:
            return int(_RUN[args.action](library, args))
    except DatabaseError as exc:
        print(f"reader: {exc.path}: {_problem(exc)}", file=sys.stderr)
        return EXIT_INPUT


# ---- Actions


def _add(library: Library, args: argparse.Namespace) -> int:
    from .core.library.importing import gather, import_files

    paths = gather(args.paths)
    workers = args.workers if args.workers is not None else (min(2, os.cpu_count() or 1) if len(paths) > 20 else 0)
    if workers > 0:
        with _pool(workers) as pool:
            report = import_files(library, paths, pool=pool)
    else:
        report = import_files(library, paths)
    failed = [{"path": f.path, "reason": _reason(f)} for f in report.failed]
    if args.json:
        _print({"library": str(library.path), "added": len(report.added), "updated": len(report.updated),
                "unchanged": len(report.unchanged), "failed": failed,
                "articles": [{"id": a.id, "path": p, "status": a.status.value} for p, a in report.stored]})
    else:
        for item in failed:
            print(f"reader: {item['path']}: {item['reason']}", file=sys.stderr)
        print(f"{len(report.added)} added, {len(report.updated)} updated, {len(report.unchanged)} already there, "
              f"{len(failed)} failed — {library.path}")
    return EXIT_PARTIAL if failed else 0


def _list(library: Library, args: argparse.Namespace) -> int:
    from .core.library import Sort

    chosen = _filter(args)
    entries = library.entries(chosen, Sort(args.sort), not args.ascending, 0, args.limit)
    if args.json:
        _print({"count": library.count(chosen), "articles": [_entry_json(e) for e in entries]})
    else:
        for e in entries:
            print(f"{e.id:>6}  {(e.published or '')[:10]:10}  {'  ' if e.read else '● '}{_title(e)}  {e.outlet}")
        print(f"{library.count(chosen)} articles")
    return 0


def _search(library: Library, args: argparse.Namespace) -> int:
    page = library.search(args.query, _filter(args), 0, args.limit)
    results = [{**_entry_json(r.entry), "title_hit": r.title_hit, "count": r.count,
                "hits": [{"start": h.start, "end": h.end, "section": h.section, "context": h.context} for h in r.hits]}
               for r in page.results]
    if args.json:
        _print({"query": args.query, "count": page.articles, "results": results})
    else:
        for r in page.results:
            print(f"{r.entry.id:>6}  {_title(r.entry)}  ×{r.count}")
            for h in r.hits:
                print(f"        {h.start:>7}-{h.end:<7} {h.context}")
        print(f"{page.articles} articles")
    return 0


def _facts(library: Library, args: argparse.Namespace) -> int:
    from .core.library.across import NAME_KINDS

    kinds = args.kind or list(NAME_KINDS)
    if args.value is not None:
        return _mentioning(library, kinds[0], args)
    tallies = library.recurring(kinds, _filter(args), args.min_articles, args.limit)
    if args.json:
        _print({"facts": [t._asdict() for t in tallies]})
    else:
        for t in tallies:
            print(f"{t.kind:<13} {t.text}  →  {t.value}  in {t.articles} articles, ×{t.mentions}")
    return 0


def _mentioning(library: Library, kind: str, args: argparse.Namespace) -> int:
    found = library.mentioning(kind, args.value, _filter(args))
    if args.json:
        _print({"kind": kind, "value": args.value, "articles": [
            {**_entry_json(m.entry), "text": m.text, "mentions": [{"start": s, "end": e} for s, e in m.mentions]}
            for m in found]})
    else:
        for m in found:
            print(f"{m.entry.id:>6}  {_title(m.entry)}  ×{len(m.mentions)}")
    return 0


def _remove(library: Library, args: argparse.Namespace) -> int:
    missing = [i for i in args.ids if library.stored_hash(i) is None]
    removed = library.remove(i for i in args.ids if i not in missing)
    if args.json:
        _print({"removed": removed, "missing": missing})
    else:
        print(f"{removed} removed from {library.path} (their files stay)")
    for article_id in missing:
        print(f"reader: {library.path}: no article {article_id} in the library", file=sys.stderr)
    return EXIT_INPUT if missing else 0


def _export(library: Library, args: argparse.Namespace) -> int:
    from .core.library.export import ExportFormat, export_text, write_export

    entries = library.entries(_filter(args), limit=library.count())
    ids = args.ids or [e.id for e in entries]
    text = export_text(library, ids, ExportFormat(args.format))
    if args.output:
        write_export(Path(args.output), text, protect=[e.path for e in entries])
    else:
        sys.stdout.write(text)
    return 0


_RUN = {"add": _add, "list": _list, "search": _search, "facts": _facts, "remove": _remove, "export": _export}
_HELP = {
    "add": "add article files and folders (recursively); a changed file is updated, not doubled",
    "list": "list the articles, newest first",
    "search": "search every article (script- and width-insensitive), best first",
    "facts": "facts that recur across articles (organisations, people, places by default)",
    "remove": "take articles out of the library (their files stay)",
    "export": "export articles as CSV or JSON, or a bibliography (GB/T 7714, APA, Chicago)",
}


# ---- Helpers


def _filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--outlet")
    parser.add_argument("--tag")
    parser.add_argument("--script", choices=("simplified", "traditional", "mixed", "unknown"))
    parser.add_argument("--since", type=_day, metavar="YYYY-MM-DD")
    parser.add_argument("--until", type=_day, metavar="YYYY-MM-DD")
    parser.add_argument("--unread", action="store_true")


def _filter(args: argparse.Namespace) -> Any:
    from .core.library import EntryFilter

    return EntryFilter(args.outlet or "", args.since or "", args.until or "", args.tag or "", args.script or "",
                       args.unread)


def _day(text: str) -> str:
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _library_file(given: str | None) -> Path:
    from .core import settings
    from .core.library import library_path
    from .core.paths import config_folder

    if given:
        return Path(given)
    return library_path(settings.load(config_folder() / "settings.json").library_path)


def _entry_json(e: Entry) -> dict[str, Any]:
    return {"id": e.id, "title": e.title, "column": e.column, "outlet": e.outlet, "published": e.published,
            "words": e.words, "tags": list(e.tags), "read": e.read, "path": e.path, "script": e.script,
            "added": e.added}


def _title(e: Entry) -> str:
    return e.title or Path(e.path).name


def _reason(failed: Failed) -> str:
    if failed.error is None:
        return failed.detail
    from .cli import describe

    return describe(failed.error).split(": ", 2)[-1]


def _problem(exc: Exception) -> str:
    from .core.database import CorruptDatabase, DatabaseBusy, NewerDatabase

    if isinstance(exc, NewerDatabase):
        return f"written by a newer Reader ({exc.detail}); use that Reader, or another --library"
    if isinstance(exc, CorruptDatabase):
        return "not a Reader library, or damaged (the window offers to set it aside and start anew)"
    if isinstance(exc, DatabaseBusy):
        return "busy: another process held the library too long; try again"
    return f"cannot be opened ({getattr(exc, 'detail', '')})"


def _print(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _pool(workers: int) -> Any:
    """Worker processes that end with this one, even when it is killed."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from .helper import exit_with_parent

    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                               initializer=exit_with_parent, initargs=(os.getpid(),))
