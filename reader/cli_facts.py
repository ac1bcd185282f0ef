"""``reader facts FILE… [--jsonl] [--reference-date D]``: facts of many files from one process.

Kept apart from ``cli.py`` because it is the one command that takes many files:
an analyst's folder, or thousands of short texts a scorer feeds in, each parsed
without a start-up of its own. With ``--jsonl`` every file gives one line, a JSON
object with its ``path`` (and ``error`` instead of ``facts`` when it cannot be
read, so one bad file does not stop the rest).
"""

from __future__ import annotations

import argparse
import json
import sys
import warnings
from collections.abc import Callable
from datetime import datetime
from typing import Any

from .core import Article, ReaderError
from .core.article.prepare import placed_facts
from .core.facts import Fact, RuleFailed, facts_to_csv, facts_to_json
from .core.script.variants import ShownArticle

__all__ = ["add_facts_arguments", "run_facts"]

Shower = Callable[[str, datetime | None], tuple[Article, ShownArticle]]
Former = Callable[[ShownArticle], dict[str, Any]]
Describe = Callable[[ReaderError], str]


def add_facts_arguments(cmd: argparse.ArgumentParser) -> None:
    """The facts command's own options."""
    cmd.add_argument("--csv", action="store_true", help="print CSV")
    cmd.add_argument("--jsonl", action="store_true",
                     help="print one JSON object per file, one per line, each with its path")
    cmd.add_argument("--reference-date", type=reference_date, metavar="YYYY-MM-DD[THH:MM]",
                     help="resolve relative dates (昨天, 下周三, 今年) against this date "
                     "instead of the article's own")


def reference_date(text: str) -> datetime:
    """``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM`` (a space may stand for the T)."""
    try:
        return datetime.fromisoformat(text.strip().replace(" ", "T"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (use YYYY-MM-DD[THH:MM])") from None


def run_facts(args: argparse.Namespace, shown_of: Shower, form: Former, describe: Describe) -> int:
    """Print the facts of every file; the status is 2 if any file could not be read.

    ``shown_of(path, reference)`` opens a file as the other commands do (variant,
    typography); ``form(shown)`` gives the keys every JSON answer carries.
    """
    status = 0
    rows: list[dict[str, Any]] = []
    for path in args.file:
        try:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always", RuleFailed)
                article, shown = shown_of(path, args.reference_date)
                facts = placed_facts(article, shown)[1]
        except ReaderError as exc:
            if not args.jsonl and len(args.file) == 1:
                raise
            print(describe(exc), file=sys.stderr)
            status = 2
            if args.jsonl:
                _print_line({"path": path, "error": describe(exc)})
            continue
        for warned in caught:  # a rule failed: the rest of the file's facts are given
            print(f"reader: {path}: {warned.message}", file=sys.stderr)
        _print(path, form(shown), facts, args, rows)
    if args.json and len(args.file) > 1:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    return status


def _print(path: str, form: dict[str, Any], facts: list[Fact], args: argparse.Namespace,
           rows: list[dict[str, Any]]) -> None:
    data = {**form, "facts": facts_to_json(facts)}
    if args.jsonl:
        _print_line({"path": path, **data})
    elif args.json and len(args.file) > 1:
        rows.append({"path": path, **data})
    elif args.json:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif args.csv:
        sys.stdout.write(facts_to_csv(facts))
    else:
        if len(args.file) > 1:
            print(f"== {path}")
        for fact in facts:
            print(f"{fact.kind.value:<13} {fact.text}  →  {fact.value}  ×{len(fact.mentions)}")


def _print_line(data: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
    sys.stdout.flush()
