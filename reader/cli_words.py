"""``reader words FILE [--variant V] [--json|--csv]`` and ``reader words --lookup WORD [--json]``."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from typing import Any

__all__ = ["add_arguments", "run"]


def add_arguments(cmd: argparse.ArgumentParser) -> None:
    cmd.add_argument("--csv", action="store_true", help="print CSV")
    cmd.add_argument("--lookup", metavar="WORD", help="print the dictionary entry of WORD instead")


def run(args: argparse.Namespace, shown_of: Any, names_of: Any) -> int:
    """Print the words (or one lookup); ``shown_of``/``names_of`` come from cli.py."""
    from .core.words import describe
    from .core.words.listing import info_json, word_rows

    if args.lookup is not None:
        info = info_json(describe(args.lookup))
        if args.json:
            _print_json(info)
        else:
            print(f"{info['simplified']} {info['traditional']}  {info['pinyin']}  {info['jyutping']}")
            for definition in info["definitions"]:
                print(f"  {definition}")
        return 0
    if args.file is None:
        print("reader: words needs FILE, or --lookup WORD", file=sys.stderr)
        return 2
    article, shown = shown_of(args)
    rows = word_rows(shown.article.text, names_of(article, shown))
    if args.json:
        _print_json({"variant": shown.variant.value, "typography": bool(getattr(args, "typography", False)),
                     "count": len(rows), "words": rows})
    elif args.csv:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(("text", "start", "end", "pinyin", "jyutping", "definitions"))
        for row in rows:
            writer.writerow((row["text"], row["start"], row["end"], row["pinyin"], row["jyutping"],
                             "; ".join(row["definitions"])))
    else:
        for row in rows:
            if row["pinyin"]:
                print(f"{row['start']:>7}-{row['end']:<7} {row['text']}  {row['pinyin']}  {row['jyutping']}")
    return 0


def _print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
