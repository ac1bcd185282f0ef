"""The command line: ``reader inspect|convert|search|facts|quote|notes|export|words FILE … [--json]``,
``reader library …``.

Its JSON keys are a contract that users' scripts and the team's checks read:
add keys, never rename them. Errors print one line on stderr and exit with 2.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, datetime
from typing import Any, NoReturn

from . import __version__
from .core import Article, ReaderError, errors, open_article
from .core.article.prepare import placed_facts
from .core.cite.citation import CitationStyle, quote
from .core.facts import Fact, fact_to_json
from .core.find.search import InvalidQuery, Matcher, SearchOptions, TooSlow, match_at
from .core.script.typography import tidy_article
from .core.script.variants import ShownArticle, Variant, convert_article

__all__ = ["COMMANDS", "article_json", "main"]

EXIT_INPUT = 2
_SEARCH_LIMIT = 100_000
"""Matches printed by ``search`` unless --limit says otherwise: a one-character query over a
16 MB line would otherwise print 16 million rows."""
_CLI_REGEX_SECONDS = 5.0
_CLI_REGEX_BYTES = 1024**3


def article_json(article: Article, *, lazy: bool = False) -> dict[str, Any]:
    """The inspection of an article as plain JSON-able data (the ``inspect`` contract).

    ``lazy`` gives the blocks as an iterator, for printing without holding a dict per block.
    """
    blocks = _block_rows(article)
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
        "blocks": blocks if lazy else list(blocks),
        "outline": [
            {"level": e.level, "title": e.title, "start": e.start, "end": e.end}
            for e in article.outline
        ],
        "dropped": [
            {"text": d.text, "reason": d.reason.value, "line": d.line} for d in article.dropped
        ],
    }


def _block_rows(article: Article) -> Iterator[dict[str, Any]]:
    return ({"kind": b.kind.value, "text": article.block_text(b), "start": b.start, "end": b.end,
             "level": b.level, "credit": b.credit} for b in article.blocks)


_PROBLEMS: dict[type[ReaderError], str] = {
    errors.MissingFile: "no such file",
    errors.NotAFile: "not a regular file",
    errors.Unreadable: "cannot be read",
    errors.EmptyInput: "the file is empty",
    errors.TooLarge: "the file is too large",
    errors.NotText: "not a text file (binary content)",
    errors.Undecodable: "unknown text encoding (try --encoding)",
    errors.TooComplex: "too complex to read (nested or marked up past Reader's bounds)",
    errors.WriteFailed: "cannot be written; nothing was written",
    errors.WriteRefused: "is an article being read, or a link to one: Reader never writes over its input",
}


def describe(exc: ReaderError) -> str:
    """One line for stderr: the path and what is wrong with it."""
    problem = _PROBLEMS.get(type(exc), "cannot be opened")
    detail = f" ({exc.detail})" if exc.detail else ""
    return f"reader: {exc.path}: {problem}{detail}"


def _print_json(data: dict[str, Any]) -> None:
    """``data`` as one JSON object: a member a line, and a list's items a line each.

    Each value is encoded by json's C encoder and written at once, so a long article
    (100,000 blocks) prints in a second with little memory; ``indent=2`` runs the
    pure-Python encoder, which took 80 s and 3 GB for a million blocks. Iterators
    are written item by item, also inside an item (a fact's mentions).
    """
    write = sys.stdout.write
    write("{")
    for n, (key, value) in enumerate(data.items()):
        write(f'{"," if n else ""}\n  {json.dumps(key, ensure_ascii=False)}: ')
        if isinstance(value, list | Iterator):
            write("[")
            i = -1
            for i, item in enumerate(value):
                write("," if i else "")
                write("\n    ")
                _write_json(item, write)
            write("\n  ]" if i >= 0 else "]")
        else:
            write(json.dumps(value, ensure_ascii=False))
    write("\n}\n")


def _write_json(value: Any, write: Callable[[str], object]) -> None:
    """``value`` as ``json.dumps`` writes it on one line, its iterators streamed."""
    if isinstance(value, Iterator):
        write("[")
        for i, item in enumerate(value):
            write(", " if i else "")
            _write_json(item, write)
        write("]")
    elif isinstance(value, dict) and any(isinstance(v, Iterator) for v in value.values()):
        write("{")
        for i, (key, item) in enumerate(value.items()):
            write(f'{", " if i else ""}{json.dumps(key, ensure_ascii=False)}: ')
            _write_json(item, write)
        write("}")
    else:
        write(json.dumps(value, ensure_ascii=False))


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
    facts = _shown_facts(article, shown)
    data = {**article_json(shown.article, lazy=True), **_form(shown, args),
            "facts": (fact_to_json(f, lazy=True) for f in facts)}
    if args.json:
        _print_json(data)
        return 0
    for key in ("title", "column", "source", "outlet", "site", "url", "published", "author", "editor"):
        if data[key]:
            print(f"{key:>10}: {data[key]}")
    print(f"{'blocks':>10}: {len(shown.article.blocks)}   dropped: {len(article.dropped)}"
          f"   facts: {len(facts)}")
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
    options = SearchOptions(args.case_sensitive, args.regex, seconds=_CLI_REGEX_SECONDS)
    try:
        with _memory_cap(_CLI_REGEX_BYTES):
            spans = Matcher(text).spans(args.query, options, limit=args.limit + 1)
    except TooSlow as exc:
        print(f"reader: the pattern backtracks without bound, like (a|aa)+$ ({exc}); simplify it",
              file=sys.stderr)
        return EXIT_INPUT
    except InvalidQuery as exc:
        print(f"reader: invalid query: {exc}", file=sys.stderr)
        return EXIT_INPUT
    truncated = len(spans) > args.limit
    del spans[args.limit :]
    matches = (match_at(text, start, end) for start, end in spans)  # one at a time: 100,000 held ~40 MB
    if args.json:
        rows = ({"start": m.start, "end": m.end, "text": text[m.start : m.end], "context": m.context}
                for m in matches)
        _print_json({"query": args.query, **_form(shown, args), "count": len(spans),
                     "truncated": truncated, "matches": rows})
    else:
        for m in matches:
            print(f"{m.start:>7}-{m.end:<7} {m.context}")
        print(f"{len(spans)} matches" + (f" (the first {args.limit}; --limit N for more)" if truncated else ""))
    return 0


@contextmanager
def _memory_cap(extra: int) -> Iterator[None]:
    """Let the process map at most ``extra`` more bytes meanwhile: a backtracking regex's stack
    grows by ~500 MB a second on a long run of one letter (MemoryError, then TooSlow)."""
    try:
        import resource
    except ImportError:  # not a Unix: the time budget alone bounds it
        yield
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            mapped = int(statm.read().split()[0]) * resource.getpagesize()
    except OSError:  # no /proc: the time budget alone bounds it
        yield
        return
    cap = mapped + extra if hard == resource.RLIM_INFINITY else min(hard, mapped + extra)
    resource.setrlimit(resource.RLIMIT_AS, (min(cap, soft) if soft != resource.RLIM_INFINITY else cap, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


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
    accessed = args.accessed or date.today()
    result = quote(shown.article, start, end, CitationStyle(args.style), accessed=accessed,
                   translated_title=args.translated_title or "")
    if args.json:
        _print_json({"style": args.style, **_form(shown, args), "start": start, "end": end,
                     "quotation": text[start:end], "text": result.text, "html": result.html})
    else:
        print(result.text)
    return 0


def _cmd_notes(args: argparse.Namespace) -> int:
    from .notes_cli import print_notes  # the notes modules load for this command only

    article, shown = _shown(args)
    return print_notes(args, article, shown)


def _cmd_export(args: argparse.Namespace) -> int:
    from .core.notes.article_markdown import article_markdown

    _article, shown = _shown(args)
    sys.stdout.write(article_markdown(shown.article, shown.variant.value))
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


def _cmd_library(args: argparse.Namespace) -> int:
    from .library_cli import run

    return run(args)


_VARIANTS = [v.value for v in Variant]
COMMANDS: dict[str, tuple[str, Callable[[argparse.Namespace], int]]] = {
    "inspect": ("print the cleaned article: metadata, blocks, outline, facts, dropped lines", _cmd_inspect),
    "convert": ("print the reading text in another script variant", _cmd_convert),
    "search": ("find a query (script- and width-insensitive) and print the hits", _cmd_search),
    "facts": ("print the extracted facts with normalised values", _cmd_facts),
    "quote": ("print a quotation with its citation", _cmd_quote),
    "notes": ("print the file's highlights and notes (--json: W3C Web Annotations)", _cmd_notes),
    "export": ("print the clean article as Markdown with its metadata as front matter", _cmd_export),


    "words": ("print the words with offsets, pinyin, jyutping and definitions (or --lookup WORD)",
              _cmd_words),
    "library": ("every article read, in one place: library add|list|search|facts|remove|export", _cmd_library),
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
        cmd.add_argument("--limit", type=_positive, default=_SEARCH_LIMIT,
                         help=f"print at most N matches (default {_SEARCH_LIMIT}); JSON says if there were more")
    if name == "facts":
        from .cli_facts import add_facts_arguments

        add_facts_arguments(cmd)
    if name == "notes":
        cmd.add_argument("--csv", action="store_true", help="print CSV")
        cmd.add_argument("--markdown", action="store_true", help="print Markdown with citations")
        cmd.add_argument("--style", default="gbt7714", choices=[s.value for s in CitationStyle])
        cmd.add_argument("--accessed", help="access date for the citation, YYYY-MM-DD (default: today)")
        cmd.add_argument("--library", metavar="PATH", help="the library file holding the notes (default: the window's)")
    if name == "export":
        cmd.add_argument("--to", required=True, choices=["markdown"], help="the format")
    if name == "words":
        from .cli_words import add_arguments

        add_arguments(cmd)
    if name == "quote":
        cmd.add_argument("--start", type=int, help="start offset of the quoted passage")
        cmd.add_argument("--end", type=int, help="end offset of the quoted passage")
        cmd.add_argument("--find", help="quote the first passage matching this text")
        cmd.add_argument("--style", default="gbt7714", choices=[s.value for s in CitationStyle])
        cmd.add_argument("--accessed", type=_iso_date, help="access date, YYYY-MM-DD (default: today)")
        cmd.add_argument("--translated-title", help="a translated title, for APA and Chicago")


class _Parser(argparse.ArgumentParser):
    """Bad options get one line on stderr and exit 2, like bad input (not argparse's usage block)."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_INPUT, f"{self.prog}: {message} (see {self.prog} --help)\n")


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value <= 0:
        raise argparse.ArgumentTypeError(f"not a positive whole number: {text!r}")
    return value


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {text!r}") from None


def _text_encoding(name: str) -> str:
    """A codec that decodes bytes to text: not 'undefined', 'rot13' or 'base64'."""
    import codecs

    try:
        known = codecs.lookup(name)
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding: {name!r}") from None
    if not getattr(known, "_is_text_encoding", True) or known.name == "undefined":
        raise argparse.ArgumentTypeError(f"not a text encoding: {name!r}")
    return name


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="reader",
        description="Reader: read Chinese news articles. `reader [FILE]` opens the window "
        "(the bundled sample article when FILE is omitted); `reader FILE --at START[:END]` or "
        "`reader FILE --find TEXT` opens it with that passage selected (offsets into the text as "
        "written), as does a `reader:` link from an export. The subcommands below print "
        "results for scripts. Offsets are character offsets into the shown text.",
    )
    parser.add_argument("--version", action="version", version=f"reader {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, (help_text, func) in COMMANDS.items():
        cmd = sub.add_parser(name, help=help_text, description=help_text)
        cmd.set_defaults(func=func)
        if name == "library":  # no FILE: its own subcommands (reader.library_cli)
            from .library_cli import add_arguments

            add_arguments(cmd)
            continue
        cmd.add_argument("file", metavar="FILE", help="a .txt, .md or .html article",
                         nargs={"facts": "+", "words": "?"}.get(name))
        cmd.add_argument("--json", action="store_true", help="print one JSON object")
        cmd.add_argument("--encoding", type=_text_encoding, help="force a text encoding (e.g. gb18030, big5)")
        cmd.add_argument("--typography", action="store_true",
                         help="tidy the punctuation and spacing as the window shows it (offsets into that text)")
        _add_arguments(name, cmd)
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
