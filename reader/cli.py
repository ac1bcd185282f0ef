"""The command line: ``reader inspect|convert|search|facts|quote FILE … [--json]``.

Its JSON keys are a contract that users' scripts and the team's checks read:
add keys, never rename them. Errors print one line on stderr and exit with 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from typing import Any

from . import __version__
from .core import Article, ReaderError, errors, open_article

__all__ = ["COMMANDS", "article_json", "main"]

EXIT_INPUT = 2


def article_json(article: Article) -> dict[str, Any]:
    """The inspection of an article as plain JSON-able data (the ``inspect`` contract)."""
    return {
        "title": article.title,
        "column": article.column,
        "source": article.source,
        "outlet": article.outlet,
        "site": article.site,
        "url": article.url,
        "published": article.published.isoformat() if article.published else None,
        "author": article.author,
        "credits": list(article.credits),
        "editor": article.editor,
        "attribution": article.attribution,
        "format": article.format.value,
        "encoding": article.encoding,
        "text": article.text,
        "blocks": [
            {"kind": b.kind.value, "text": article.block_text(b), "start": b.start, "end": b.end,
             "level": b.level, "credit": b.credit}
            for b in article.blocks
        ],
        "outline": [
            {"level": e.level, "title": e.title, "start": e.start, "end": e.end}
            for e in article.outline
        ],
        "dropped": [
            {"text": d.text, "reason": d.reason.value, "line": d.line} for d in article.dropped
        ],
    }


_PROBLEMS: dict[type[ReaderError], str] = {
    errors.MissingFile: "no such file",
    errors.NotAFile: "not a regular file",
    errors.Unreadable: "cannot be read",
    errors.EmptyInput: "the file is empty",
    errors.TooLarge: "the file is too large",
    errors.NotText: "not a text file (binary content)",
    errors.Undecodable: "unknown text encoding (try --encoding)",
}


def describe(exc: ReaderError) -> str:
    """One line for stderr: the path and what is wrong with it."""
    problem = _PROBLEMS.get(type(exc), "cannot be opened")
    detail = f" ({exc.detail})" if exc.detail else ""
    return f"reader: {exc.path}: {problem}{detail}"


def _print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _cmd_inspect(args: argparse.Namespace) -> int:
    article = open_article(args.file, args.encoding)
    data = article_json(article)
    if args.json:
        _print_json(data)
        return 0
    for key in ("title", "column", "source", "outlet", "site", "url", "published", "author", "editor"):
        if data[key]:
            print(f"{key:>10}: {data[key]}")
    print(f"{'blocks':>10}: {len(article.blocks)}   dropped: {len(article.dropped)}")
    for entry in article.outline:
        print("  " * entry.level + entry.title)
    return 0


COMMANDS: dict[str, tuple[str, Callable[[argparse.Namespace], int]]] = {
    "inspect": ("print the cleaned article: metadata, blocks, outline, dropped lines", _cmd_inspect),
}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reader",
        description="Reader: read Chinese news articles. `reader [FILE]` opens the window "
        "(the bundled sample article when FILE is omitted); the subcommands below print "
        "results for scripts.",
    )
    parser.add_argument("--version", action="version", version=f"reader {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, (help_text, func) in COMMANDS.items():
        cmd = sub.add_parser(name, help=help_text, description=help_text)
        cmd.add_argument("file", metavar="FILE", help="a .txt, .md or .html article")
        cmd.add_argument("--json", action="store_true", help="print one JSON object")
        cmd.add_argument("--encoding", help="force a text encoding (e.g. gb18030, big5)")
        cmd.set_defaults(func=func)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one subcommand; returns the exit status."""
    args = _parser().parse_args(argv)
    try:
        return int(args.func(args))
    except ReaderError as exc:
        print(describe(exc), file=sys.stderr)
        return EXIT_INPUT
    except BrokenPipeError:
        return 0
