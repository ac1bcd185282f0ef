"""Short time phrases: is each one date over the whole phrase, with jionlp's interval?

The held-out time suites give a phrase and a reference date and expect one value for the
whole phrase. This is the development check for that style, on phrases of our own
(``benchmarks/data/time_phrases.txt``, one class of issue 14 or of a time parser's
documentation a line) and on Duckling's Chinese time corpus: for each phrase, whether
Reader gives one date spanning it whole, and whether its interval (first and last second)
is the one jionlp's ``parse_time`` gives (where jionlp reads it; its answer is printed
beside Reader's where they differ, to judge who is right).

    python benchmarks/dates_agreement.py [--duckling] [--grid] [--show N]

``--grid`` reads the generated phrases of ``benchmarks/time_grid.py`` (3,762, class by class) at
two reference moments, a Monday morning and the Sunday afternoon of a Spring Festival, and
prints per class how often Reader gives one date over the whole phrase and how often its
interval is jionlp's.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.facts_quality import REFERENCE, date_cases, jionlp_interval  # noqa: E402

PHRASES = ROOT / "benchmarks" / "data" / "time_phrases.txt"
OUR_REFERENCE = datetime(2022, 7, 25, 10, 0)
GRID_REFERENCES = (datetime(2022, 7, 25, 10, 0), datetime(2021, 2, 14, 15, 0))


def phrases() -> list[str]:
    lines = PHRASES.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def reader_whole(phrase: str, reference: datetime) -> tuple[bool, tuple[str, str] | None]:
    """Whether one date spans the phrase, and its interval."""
    from reader.core.facts import extract_facts, facts_to_json
    from reader.core.model import Article

    found = facts_to_json(extract_facts(Article(text=phrase, blocks=(), published=reference)))
    dates = [f for f in found if f["kind"] == "date"]
    whole = [f for f in dates if (f["start"], f["end"]) == (0, len(phrase))]
    if len(dates) != 1 or not whole:
        return False, None
    interval = whole[0]["interval"]
    return True, (interval[0], interval[1]) if interval else None


def check(cases: list[str], reference: datetime, title: str, show: int) -> None:
    whole = agree = read = 0
    misses: list[str] = []
    for phrase in cases:
        ok, ours = reader_whole(phrase, reference)
        theirs = jionlp_interval(phrase, reference)
        whole += ok
        read += theirs is not None
        if theirs is not None and ours == theirs:
            agree += 1
        elif theirs is not None or not ok:
            misses.append(f"{phrase}: reader {'whole' if ok else 'NOT whole'} {ours} / jionlp {theirs}")
    n = len(cases)
    print(f"\n{title} ({n} phrases): one date over the whole phrase {whole / n:.1%}; "
          f"jionlp reads {read}, Reader's interval equals jionlp's on {agree} ({agree / max(read, 1):.1%})")
    for line in misses[:show]:
        print("  " + line)


def check_grid(reference: datetime, show: int) -> None:
    """The grid's phrases at one reference: per class, whole-phrase and agreement rates."""
    from benchmarks.time_grid import grid

    by_class: dict[str, list[int]] = {}
    misses: list[str] = []
    for kind, phrase in grid():
        ok, ours = reader_whole(phrase, reference)
        theirs = jionlp_interval(phrase, reference)
        counts = by_class.setdefault(kind, [0, 0, 0, 0])  # phrases, whole, jionlp reads, equal
        counts[0] += 1
        counts[1] += ok
        counts[2] += theirs is not None
        counts[3] += theirs is not None and ours == theirs
        if not ok:
            misses.append(f"{kind}: {phrase} / jionlp {theirs}")
    total = [sum(c[i] for c in by_class.values()) for i in range(4)]
    print(f"\ngrid at {reference:%Y-%m-%d %H:%M} ({total[0]} phrases): one date over the whole phrase "
          f"{total[1] / total[0]:.1%}; jionlp reads {total[2]}, Reader's interval equals jionlp's on {total[3]} "
          f"({total[3] / max(total[2], 1):.1%})")
    for kind, (n, whole, read, agree) in sorted(by_class.items(), key=lambda item: item[1][1] / item[1][0]):
        print(f"  {kind:<16} {n:5d}  whole {whole / n:6.1%}  equal {agree / max(read, 1):6.1%} of {read}")
    for line in misses[:show]:
        print("  NOT whole " + line)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duckling", action="store_true", help="also Duckling's time phrases")
    parser.add_argument("--grid", action="store_true", help="also the generated grid of benchmarks/time_grid.py")
    parser.add_argument("--show", type=int, default=40)
    args = parser.parse_args()
    check(phrases(), OUR_REFERENCE, "our phrases", args.show)
    if args.grid:
        for reference in GRID_REFERENCES:
            check_grid(reference, args.show)
    if args.duckling:
        cases = [p for p, _ in date_cases("dev")]
        check(cases, REFERENCE, "Duckling dev", args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
