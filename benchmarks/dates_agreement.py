"""Short time phrases: is each one date over the whole phrase, with jionlp's interval?

The held-out time suites give a phrase and a reference date and expect one value for the
whole phrase. This is the development check for that style, on phrases of our own
(``benchmarks/data/time_phrases.txt``, one class of issue 14 or of a time parser's
documentation a line) and on Duckling's Chinese time corpus: for each phrase, whether
Reader gives one date spanning it whole, and whether its interval (first and last second)
is the one jionlp's ``parse_time`` gives (where jionlp reads it; its answer is printed
beside Reader's where they differ, to judge who is right).

    python benchmarks/dates_agreement.py [--duckling] [--show N]
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duckling", action="store_true", help="also Duckling's time phrases")
    parser.add_argument("--show", type=int, default=40)
    args = parser.parse_args()
    check(phrases(), OUR_REFERENCE, "our phrases", args.show)
    if args.duckling:
        cases = [p for p, _ in date_cases("dev")]
        check(cases, REFERENCE, "Duckling dev", args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
