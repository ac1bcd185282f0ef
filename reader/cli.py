"""The command line: ``reader inspect|convert|search|facts|quote|words FILE … [--json]``.

Its JSON keys are a contract that users' scripts and the team's checks read:
add keys, never rename them. Errors print one line on stderr and exit with 2.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from . import __version__
from .core import Article, ReaderError, errors, open_article
from .core.article.prepare import placed_facts
from .core.cite.citation import CitationStyle, quote
from .core.facts import Fact, facts_to_json
from .core.find.search import InvalidQuery, Matcher, SearchOptions
from .core.script.typography import tidy_article
from .core.script.variants import ShownArticle, Variant, convert_article

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


def _shown(args: argparse.Namespace, path: str | None = None,
           published: datetime | None = None) -> tuple[Article, ShownArticle]:
    """The source article and its shown form in ``--variant`` (tidied with ``--typography``);
    ``published`` stands for the article's own date (``reader facts --reference-date``)."""
    article = open_article(path or args.file, args.encoding)
    if published is not None:
        article = replace(article, published=published)
    shown = convert_article(article, Variant(args.variant))
    return article, tidy_article(shown) if args.typography else shown


def _form(shown: ShownArticle, args: argparse.Namespace) -> dict[str, Any]:
    """The keys every JSON answer carries about the text its offsets point into."""
    return {"variant": shown.variant.value, "typography": bool(args.typography)}


def _shown_facts(article: Article, shown: ShownArticle) -> list[Fact]:
    """Facts extracted from the article as written, located in the shown variant."""
    return placed_facts(article, shown)[1]


def _cmd_inspect(args: argparse.Namespace) -> int:
    article, shown = _shown(args)
    data = {**article_json(shown.article), **_form(shown, args),
            "facts": facts_to_json(_shown_facts(article, shown))}
    if args.json:
        _print_json(data)
        return 0
    for key in ("title", "column", "source", "outlet", "site", "url", "published", "author", "editor"):
        if data[key]:
            print(f"{key:>10}: {data[key]}")
    print(f"{'blocks':>10}: {len(shown.article.blocks)}   dropped: {len(article.dropped)}"
          f"   facts: {len(data['facts'])}")
    for entry in shown.article.outline:
        print("  " * entry.level + entry.title)
    return 0


def _cmd_convert(args: argparse.Namespace) -> int:
    args.variant = args.to
    _article, shown = _shown(args)
    if args.json:
        _print_json({**_form(shown, args), "title": shown.article.title,
                     "text": shown.article.text})
    else:
        print(shown.article.text)
    return 0


def _cmd_search(args: argparse.Namespace) -> int:
    _article, shown = _shown(args)
    text = shown.article.text
    try:
        matches = Matcher(text).find_all(args.query, SearchOptions(args.case_sensitive, args.regex))
    except InvalidQuery as exc:
        print(f"reader: invalid query: {exc}", file=sys.stderr)
        return EXIT_INPUT
    rows = [{"start": m.start, "end": m.end, "text": text[m.start : m.end], "context": m.context}
            for m in matches]
    if args.json:
        _print_json({"query": args.query, **_form(shown, args), "count": len(rows),
                     "matches": rows})
    else:
        for row in rows:
            print(f"{row['start']:>7}-{row['end']:<7} {row['context']}")
        print(f"{len(rows)} matches")
    return 0


def _cmd_facts(args: argparse.Namespace) -> int:
    from .cli_facts import run_facts

    return run_facts(args, lambda path, published: _shown(args, path, published),
                     lambda shown: _form(shown, args), describe)


def _cmd_quote(args: argparse.Namespace) -> int:
    _article, shown = _shown(args)
    text = shown.article.text
    if args.find is not None:
        matches = Matcher(text).find_all(args.find)
        if not matches:
            print(f"reader: {args.find!r} not found in {args.file}", file=sys.stderr)
            return EXIT_INPUT
        start, end = matches[0].start, matches[0].end
    elif args.start is not None and args.end is not None and 0 <= args.start < args.end <= len(text):
        start, end = args.start, args.end
    else:
        print("reader: give --find TEXT, or --start A --end B within the text", file=sys.stderr)
        return EXIT_INPUT
    accessed = date.fromisoformat(args.accessed) if args.accessed else date.today()
    result = quote(shown.article, start, end, CitationStyle(args.style), accessed=accessed,
                   translated_title=args.translated_title or "")
    if args.json:
        _print_json({"style": args.style, **_form(shown, args), "start": start, "end": end,
                     "quotation": text[start:end], "text": result.text, "html": result.html})
    else:
        print(result.text)
    return 0


def _names(article: Article, shown: ShownArticle) -> set[str]:
    """People, organisations and places the facts found, as the shown text writes them."""
    kinds = {"person", "organisation", "place"}
    text = shown.article.text
    return {text[m.start : m.end] for f in _shown_facts(article, shown) if f.kind.value in kinds
            for m in f.mentions}


def _cmd_words(args: argparse.Namespace) -> int:
    from .cli_words import run

    return run(args, _shown, _names)


_VARIANTS = [v.value for v in Variant]
COMMANDS: dict[str, tuple[str, Callable[[argparse.Namespace], int]]] = {
    "inspect": ("print the cleaned article: metadata, blocks, outline, facts, dropped lines", _cmd_inspect),
    "convert": ("print the reading text in another script variant", _cmd_convert),
    "search": ("find a query (script- and width-insensitive) and print the hits", _cmd_search),
    "facts": ("print the extracted facts with normalised values", _cmd_facts),
    "quote": ("print a quotation with its citation", _cmd_quote),
    "words": ("print the words with offsets, pinyin, jyutping and definitions (or --lookup WORD)",
              _cmd_words),
}


def _add_arguments(name: str, cmd: argparse.ArgumentParser) -> None:
    if name == "convert":
        cmd.add_argument("--to", required=True, choices=_VARIANTS, help="the script variant")
    else:
        cmd.add_argument("--variant", default="original", choices=_VARIANTS,
                         help="show results in this script variant (default: as written)")
    if name == "search":
        cmd.add_argument("query", metavar="QUERY")
        cmd.add_argument("--case-sensitive", action="store_true", help="Latin letters match case")
        cmd.add_argument("--regex", action="store_true", help="QUERY is a regular expression")
    if name == "facts":
        from .cli_facts import add_facts_arguments

        add_facts_arguments(cmd)
    if name == "words":
        from .cli_words import add_arguments

        add_arguments(cmd)
    if name == "quote":
        cmd.add_argument("--start", type=int, help="start offset of the quoted passage")
        cmd.add_argument("--end", type=int, help="end offset of the quoted passage")
        cmd.add_argument("--find", help="quote the first passage matching this text")
        cmd.add_argument("--style", default="gbt7714", choices=[s.value for s in CitationStyle])
        cmd.add_argument("--accessed", help="access date, YYYY-MM-DD (default: today)")
        cmd.add_argument("--translated-title", help="a translated title, for APA and Chicago")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reader",
        description="Reader: read Chinese news articles. `reader [FILE]` opens the window "
        "(the bundled sample article when FILE is omitted); the subcommands below print "
        "results for scripts. Offsets are character offsets into the shown text.",
    )
    parser.add_argument("--version", action="version", version=f"reader {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, (help_text, func) in COMMANDS.items():
        cmd = sub.add_parser(name, help=help_text, description=help_text)
        cmd.add_argument("file", metavar="FILE", help="a .txt, .md or .html article",
                         nargs={"facts": "+", "words": "?"}.get(name))
        cmd.add_argument("--json", action="store_true", help="print one JSON object")
        cmd.add_argument("--encoding", help="force a text encoding (e.g. gb18030, big5)")
        cmd.add_argument("--typography", action="store_true",
                         help="tidy the punctuation and spacing as the window shows it (offsets into that text)")
        _add_arguments(name, cmd)
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
    except BrokenPipeError:  # the reader of our output stopped early (e.g. `| head`)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
