"""Facts against independent gold, Reader beside the baseline libraries, in one run.

Suites (each split in two, ``--split dev`` to work on, ``--split test`` to check):
- dates: Duckling's Chinese time corpus (``../shared/data/duckling-zh``), each phrase at
  Duckling's reference time; a phrase counts when one date spans it whole and its first
  and last second equal the gold's (Duckling's exclusive end made inclusive). Baseline:
  jionlp's ``parse_time`` given the same phrase and reference.
- money: Duckling's money corpus, with bounds, qualifier (under/above) and currency;
  a bare 元/块/蚊 "dollar" may be CNY or HKD. Baseline: jionlp's ``parse_money``.
- numerals: Duckling's numeral corpus through Reader's number parser; baseline cn2an.
- chrono (``--chrono SNAPSHOT``, wanasit/chrono's git directory or work tree): its Chinese
  test sentences, scored whole (it was read while working, so it has no test half); see
  ``chrono_cases.py``. Baseline: jionlp given chrono's expected phrase.
- parsers (``--dateparser``, ``--when``, ``--dateparser-tw`` SNAPSHOT: scrapinghub/dateparser's,
  olebedev/when's and kamelliao/dateparser-tw's git directories or work trees): their Chinese
  tests, each suite split in halves like Duckling's; see ``parsers_cases.py``. Baseline: jionlp
  given the expected phrase.
- time-analyzer (``--time-analyzer SNAPSHOT``, flickerlist/time-analyzer's git directory or work
  tree): the Chinese Jest tests of its TypeScript parser, counted from one fixed moment and
  halved like Duckling's; see ``timeanalyzer_cases.py``. Baseline: jionlp given the expected
  phrase.
- zh-time-parser (``--zh-time-parser SNAPSHOT``, BZHDZNJJ/zh-time-parser's git directory or
  work tree): the starts its pytest files assert, each with its fixed today, halved like
  Duckling's; see ``zhtimeparser_cases.py``. Baseline: jionlp given the whole string.
- names: sentences of ``benchmarks/gold/ner_{dev,test}.jsonl`` (see ``build_gold.py``:
  MSRA news and CLUENER lines); exact spans, P/R/F1 per type and over all names.
  Baselines: jieba.posseg (nr/ns/nt), thulac (np/ns/ni), when installed.

    python benchmarks/facts_quality.py [--split dev|test] [--only dates,money,numerals,names]
                                       [--reader-only] [--chrono SNAPSHOT]
                                       [--dateparser SNAPSHOT] [--when SNAPSHOT]
                                       [--dateparser-tw SNAPSHOT] [--time-analyzer SNAPSHOT]
                                       [--zh-time-parser SNAPSHOT]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import logging
import re
import sys
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DUCKLING = ROOT.parent / "shared" / "data" / "duckling-zh"
GOLD = ROOT / "benchmarks" / "gold"
REFERENCE = datetime(2013, 2, 12, 4, 30)
TIME_FILES = ("time_zh", "time_zh_CN", "time_zh_HK", "time_zh_MO", "time_zh_TW")
_STEP = {"Second": timedelta(seconds=1), "Minute": timedelta(minutes=1), "Hour": timedelta(hours=1),
         "Day": timedelta(days=1), "Week": timedelta(weeks=1)}
Span = tuple[int, int, str]


# ---- Gold


def _split(items: list[Any], split: str) -> list[Any]:
    """Even positions are the dev half, odd ones the test half."""
    return items[0 if split == "dev" else 1 :: 2]


def _duckling(name: str) -> list[dict[str, Any]]:
    data = json.loads((DUCKLING / f"{name}.json").read_text(encoding="utf-8"))
    return list(data["examples"])


def _next(moment: datetime, grain: str) -> datetime:
    if grain == "Year":
        return moment.replace(year=moment.year + 1)
    if grain == "Quarter":
        return _add_months(moment, 3)
    if grain == "Month":
        return _add_months(moment, 1)
    return moment + _STEP[grain]


def _add_months(moment: datetime, n: int) -> datetime:
    y, m = divmod(moment.month - 1 + n, 12)
    return moment.replace(year=moment.year + y, month=m + 1)


def _stamp(text: str) -> datetime:
    """Duckling writes month and year grains with zero day and month (2012-12-00)."""
    text = text[:19].replace("-00-", "-01-").replace("-00T", "-01T")
    return datetime.fromisoformat(text)


def date_cases(split: str) -> list[tuple[str, tuple[str, str]]]:
    """(phrase, (first second, last second)) from Duckling's time corpora."""
    cases = []
    for name in TIME_FILES:
        for example in _duckling(name):
            grain = example["grain"]
            if "value" in example:
                first = _stamp(example["value"])
                last = _next(first, grain) - timedelta(seconds=1)
            else:
                first = _stamp(example["from"])
                last = _stamp(example["to"]) - timedelta(seconds=1)
            cases += [(p, (first.isoformat(), last.isoformat())) for p in example["inputs"]]
    return _split(cases, split)


def money_cases(split: str) -> list[tuple[str, tuple[str, Any, Any, set[str]]]]:
    """(phrase, (value kind, from, to, currencies)) from Duckling's money corpus."""
    cases = []
    for example in _duckling("amount_of_money_zh"):
        kind, unit, amount = re.match(r"(\w+) (\w+) \(?([\d., ]+)\)?", example["expected_expr"]).groups()  # type: ignore[union-attr]
        numbers = [Decimal(a) for a in amount.split(",")]
        if unit == "Cent":
            numbers, unit = [n / 100 for n in numbers], "Dollar"
        codes = {"CNY", "HKD"} if unit == "Dollar" else {unit}
        low, high = {"simple": (numbers[0], numbers[0]), "between": (numbers[0], numbers[-1]),
                     "under": (None, numbers[0]), "above": (numbers[0], None)}[kind]
        qualifier = {"simple": "exact", "between": "range", "under": "less-than",
                     "above": "more-than"}[kind]
        cases += [(p, (qualifier, low, high, codes)) for p in example["inputs"]]
    return _split(cases, split)


def numeral_cases(split: str) -> list[tuple[str, Decimal]]:
    cases = []
    for example in _duckling("numeral_zh"):
        value = re.search(r"-?[\d.]+", example["expected_expr"])
        if value:
            cases += [(p, Decimal(value.group())) for p in example["inputs"]]
    return _split(cases, split)


def name_cases(split: str) -> list[tuple[str, set[Span]]]:
    path = GOLD / f"ner_{split}.jsonl"
    cases = []
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        cases.append((record["text"], {(s, e, k) for s, e, k in record["entities"]}))
    return cases


# ---- Reader


def _reader_facts(text: str, published: datetime | None) -> list[dict[str, Any]]:
    from reader.core.facts import extract_facts, facts_to_json
    from reader.core.model import Article

    return facts_to_json(extract_facts(Article(text=text, blocks=(), published=published)))


def reader_date(phrase: str) -> tuple[str, str] | None:
    for fact in _reader_facts(phrase, REFERENCE):
        if fact["kind"] == "date" and (fact["start"], fact["end"]) == (0, len(phrase)):
            interval = fact.get("interval")
            return (interval[0], interval[1]) if interval else None
    return None


def reader_money(phrase: str) -> tuple[str, Any, Any, str] | None:
    for fact in _reader_facts(phrase, REFERENCE):
        if fact["kind"] == "money" and (fact["start"], fact["end"]) == (0, len(phrase)):
            return fact["value_kind"], fact["from"], fact["to"], fact["currency"]
    return None


def reader_number(phrase: str) -> Decimal | None:
    from reader.core.facts.numerals import parse_number
    from reader.core.script.fold import fold

    return parse_number(fold(phrase))


def reader_names(text: str) -> set[Span]:
    kinds = {"person", "place", "organisation"}
    return {(m["start"], m["end"], f["kind"]) for f in _reader_facts(text, None)
            if f["kind"] in kinds for m in f["mentions"]}


# ---- Baselines


def _quiet_import(name: str) -> Any:
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            return __import__(name)
    except ImportError:
        return None


def jionlp_date(phrase: str) -> tuple[str, str] | None:
    return jionlp_interval(phrase, REFERENCE)


def jionlp_interval(phrase: str, reference: datetime) -> tuple[str, str] | None:
    """jionlp's reading of a time phrase: its first and last second, or None."""
    import logging

    jio = _quiet_import("jionlp")
    base = {k: getattr(reference, k) for k in ("year", "month", "day", "hour", "minute", "second")}
    logging.disable(logging.CRITICAL)
    try:
        times = jio.parse_time(phrase, time_base=base)["time"]
    except Exception:
        return None
    finally:
        logging.disable(logging.NOTSET)
    if not isinstance(times, list) or "inf" in times or "-inf" in times:
        return None
    if not all(isinstance(t, str) for t in times):
        return None  # a period's pattern (a dict per unit), not a span
    try:
        return tuple(datetime.strptime(t, "%Y-%m-%d %H:%M:%S").isoformat() for t in times)  # type: ignore[return-value]
    except ValueError:
        return None  # a year before 1000 (109年, a Taiwanese year, is 0109 to it): no reading


def jionlp_money(phrase: str) -> tuple[str, Any, Any, str] | None:
    from reader.core.facts.amounts import _CURRENCIES

    jio = _quiet_import("jionlp")
    try:
        parsed = jio.parse_money(phrase)
    except Exception:
        return None
    num = parsed["num"]
    code = _CURRENCIES.get(parsed.get("case"), parsed.get("case"))
    nums = [float(n) for n in (num if isinstance(num, list) else [num])]
    definition = parsed.get("definition")
    if definition == "blur+":
        return "more-than", nums[0], None, code
    if definition == "blur-":
        return "less-than", None, nums[0], code
    kind = "range" if len(nums) == 2 else "exact"
    return kind, nums[0], nums[-1], code


def cn2an_number(phrase: str) -> Decimal | None:
    cn2an = _quiet_import("cn2an")
    try:
        return Decimal(str(cn2an.cn2an(phrase, "smart")))
    except Exception:
        return None


_JIEBA_KINDS = {"nr": "person", "nrfg": "person", "nrt": "person", "ns": "place", "nt": "organisation"}
_THULAC_KINDS = {"np": "person", "ns": "place", "ni": "organisation"}


def _tokens_to_spans(tokens: Iterable[tuple[str, str]], kinds: dict[str, str]) -> set[Span]:
    spans, at = set(), 0
    for word, flag in tokens:
        if flag in kinds:
            spans.add((at, at + len(word), kinds[flag]))
        at += len(word)
    return spans


def jieba_names(text: str) -> set[Span]:
    import jieba.posseg

    return _tokens_to_spans(((w.word, w.flag) for w in jieba.posseg.cut(text)), _JIEBA_KINDS)


_THULAC: list[Any] = []


def thulac_names(text: str) -> set[Span]:
    if not _THULAC:
        with contextlib.redirect_stdout(io.StringIO()):
            import thulac

            _THULAC.append(thulac.thulac())
    return _tokens_to_spans(((w, t) for w, t in _THULAC[0].cut(text)), _THULAC_KINDS)


# ---- Scoring


def _close(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(b)))


def money_ok(got: tuple[str, Any, Any, str] | None, want: tuple[str, Any, Any, set[str]]) -> bool:
    if got is None:
        return False
    kind, low, high, codes = want
    return got[0] == kind and _close(got[1], low) and _close(got[2], high) and got[3] in codes


def exact_rate(cases: list[tuple[str, Any]], systems: dict[str, Callable[[str], Any]],
               ok: Callable[[Any, Any], bool]) -> dict[str, tuple[int, list[str]]]:
    results = {}
    for name, system in systems.items():
        passed, failed = 0, []
        for phrase, want in cases:
            if ok(system(phrase), want):
                passed += 1
            else:
                failed.append(phrase)
        results[name] = (passed, failed)
    return results


def prf(found: list[set[Span]], gold: list[set[Span]], kind: str | None) -> tuple[float, float, float]:
    tp = fp = fn = 0
    for f, g in zip(found, gold, strict=True):
        f = {s for s in f if kind is None or s[2] == kind}
        g = {s for s in g if kind is None or s[2] == kind}
        tp, fp, fn = tp + len(f & g), fp + len(f - g), fn + len(g - f)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def _print_rates(title: str, total: int, results: dict[str, tuple[int, list[str]]]) -> None:
    print(f"\n{title} ({total} phrases): exact")
    for name, (passed, failed) in results.items():
        print(f"  {name:<8} {passed / total:6.1%}  ({passed}/{total}); e.g. failing: {failed[:8]}")


_BASELINES = True


def run_values(split: str, only: set[str]) -> None:
    if "dates" in only and DUCKLING.exists():
        cases = date_cases(split)
        systems = {"reader": reader_date, "jionlp": jionlp_date}
        systems = systems if _BASELINES else {"reader": reader_date}
        _print_rates(f"dates, Duckling {split}", len(cases),
                     exact_rate(cases, systems, lambda got, want: got == want))
    if "money" in only and DUCKLING.exists():
        cases = money_cases(split)
        systems = {"reader": reader_money, "jionlp": jionlp_money}
        systems = systems if _BASELINES else {"reader": reader_money}
        _print_rates(f"money, Duckling {split}", len(cases), exact_rate(cases, systems, money_ok))
    if "numerals" in only and DUCKLING.exists():
        cases = numeral_cases(split)
        systems = {"reader": reader_number, "cn2an": cn2an_number}
        systems = systems if _BASELINES else {"reader": reader_number}
        _print_rates(f"numerals, Duckling {split}", len(cases),
                     exact_rate(cases, systems, lambda got, want: got is not None and got == want))
    if not DUCKLING.exists():
        print("dates, money, numerals: skipped, ../shared/data/duckling-zh is not present")


def reader_dates_in(sentence: str, reference: datetime, phrase: str | None) -> list[tuple[str, datetime, datetime]]:
    """Every date Reader finds in a sentence, with its first and last moment (open ends far off)."""
    found = []
    for fact in _reader_facts(sentence, reference):
        if fact["kind"] == "date" and fact.get("interval"):
            first, last = fact["interval"]
            found.append((sentence[fact["start"] : fact["end"]],
                          datetime.fromisoformat(first) if first else datetime.min,
                          datetime.fromisoformat(last) if last else datetime.max))
    return found


def jionlp_dates_in(sentence: str, reference: datetime, phrase: str | None) -> list[tuple[str, datetime, datetime]]:
    """jionlp's reading of the phrase a suite expects (it finds no phrases of its own)."""
    got = jionlp_interval(phrase or sentence, reference)
    return [(phrase or sentence, *map(datetime.fromisoformat, got))] if got else []


def run_chrono(snapshot: Path) -> None:
    from chrono_cases import chrono_cases, score

    cases = chrono_cases(snapshot)
    systems = {"reader": reader_dates_in, "jionlp": jionlp_dates_in}
    results = {n: score(cases, f) for n, f in systems.items() if _BASELINES or n == "reader"}
    _print_rates("dates, chrono's Chinese tests (all)", len(cases), results)


def run_parsers(split: str, snapshots: dict[str, Path | None]) -> None:
    from parsers_cases import dateparser_cases, dateparser_tw_cases, score, when_cases

    readers = {"dateparser": dateparser_cases, "when": when_cases, "dateparser_tw": dateparser_tw_cases}
    # Each suite is halved on its own, so a half does not hang on which suites are given; the
    # halves are those of the three read one after another (26 + 61 cases), as first scored.
    other = {"dev": "test", "test": "dev"}[split]
    halves = {"dateparser": split, "when": split, "dateparser_tw": other}
    cases = [case for name, path in snapshots.items() if path for case in _split(readers[name](path), halves[name])]
    systems = {"reader": reader_dates_in, "jionlp": jionlp_dates_in}
    for source in sorted({c[0] for c in cases}) + ["all"]:
        picked = [c for c in cases if source in (c[0], "all")]
        results = {n: score(picked, f) for n, f in systems.items() if _BASELINES or n == "reader"}
        _print_rates(f"dates, {source}'s Chinese tests {split}", len(picked), results)


def run_timeanalyzer(split: str, snapshot: Path) -> None:
    from parsers_cases import score
    from timeanalyzer_cases import timeanalyzer_cases

    cases = _split(timeanalyzer_cases(snapshot), split)
    systems = {"reader": reader_dates_in, "jionlp": jionlp_dates_in}
    results = {n: score(cases, f) for n, f in systems.items() if _BASELINES or n == "reader"}
    _print_rates(f"dates, time-analyzer's Chinese tests {split}", len(cases), results)


def run_zhtimeparser(split: str, snapshot: Path) -> None:
    from zhtimeparser_cases import score, zhtimeparser_cases

    cases = _split(zhtimeparser_cases(snapshot), split)
    systems = {"reader": reader_dates_in, "jionlp": jionlp_dates_in}
    results = {n: score(cases, f) for n, f in systems.items() if _BASELINES or n == "reader"}
    _print_rates(f"dates, zh-time-parser's tests {split}", len(cases), results)


def jionlp_found_in(sentence: str, reference: datetime, phrase: str | None) -> list[tuple[str, datetime, datetime]]:
    """Every time jionlp's own extractor finds in a sentence (points and spans; no durations)."""
    jio = _quiet_import("jionlp")
    found = []
    logging.disable(logging.CRITICAL)  # it logs a traceback for queries it cannot read
    try:
        with contextlib.suppress(Exception), contextlib.redirect_stdout(io.StringIO()):
            for item in jio.ner.extract_time(sentence, time_base=reference.timestamp(), with_parsing=True):
                times = item.get("detail", {}).get("time")
                if isinstance(times, list) and len(times) == 2 and all(isinstance(t, str) for t in times):
                    first, last = (datetime.fromisoformat(t) if t != "inf" else datetime.max for t in times)
                    found.append((item["text"], first, last))
    finally:
        logging.disable(logging.NOTSET)
    return found


def run_fstnlu(split: str, snapshot: Path) -> None:
    from fstnlu_cases import fstnlu_cases, score

    cases = _split(fstnlu_cases(snapshot), split)
    systems = {"reader": reader_dates_in, "jionlp": jionlp_found_in}
    for label, picked in (("all", cases), ("with a time", [c for c in cases if c[2]]),
                          ("with none", [c for c in cases if not c[2]])):
        results = {n: score(picked, f) for n, f in systems.items() if _BASELINES or n == "reader"}
        _print_rates(f"dates, fst-time-nlu's ground truth {split}, {label}", len(picked), results)


def run_names(split: str) -> None:
    if not (GOLD / f"ner_{split}.jsonl").exists():
        print("names: skipped, run benchmarks/build_gold.py first")
        return
    cases = name_cases(split)
    gold = [g for _, g in cases]
    systems: dict[str, Callable[[str], set[Span]]] = {"reader": reader_names}
    if _BASELINES and _quiet_import("jieba") is not None:
        systems["jieba"] = jieba_names
    if _BASELINES and _quiet_import("thulac") is not None:
        systems["thulac"] = thulac_names
    for source in sorted({json.loads(line)["source"] for line in
                          (GOLD / f"ner_{split}.jsonl").read_text(encoding="utf-8").splitlines()}):
        picked = [i for i, line in enumerate((GOLD / f"ner_{split}.jsonl").read_text(
            encoding="utf-8").splitlines()) if json.loads(line)["source"] == source]
        print(f"\nnames, {source} ({len(picked)} sentences): P / R / F1")
        for name, system in systems.items():
            found = [system(cases[i][0]) for i in picked]
            want = [gold[i] for i in picked]
            cells = []
            for kind in ("person", "place", "organisation", None):
                p, r, f = prf(found, want, kind)
                cells.append(f"{kind or 'all'} {p:.2f}/{r:.2f}/{f:.2f}")
            print(f"  {name:<7} " + "   ".join(cells))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test"), default="dev")
    parser.add_argument("--only", default="dates,money,numerals,names")
    parser.add_argument("--reader-only", action="store_true", help="leave the baselines out")
    parser.add_argument("--chrono", type=Path, help="wanasit/chrono snapshot: score its Chinese tests too")
    parser.add_argument("--dateparser", type=Path, help="scrapinghub/dateparser snapshot: its Chinese tests")
    parser.add_argument("--when", type=Path, help="olebedev/when snapshot: its Chinese tests")
    parser.add_argument("--dateparser-tw", type=Path, help="kamelliao/dateparser-tw snapshot: its tests")
    parser.add_argument("--time-analyzer", type=Path, help="flickerlist/time-analyzer snapshot: its Chinese tests")
    parser.add_argument("--zh-time-parser", type=Path, help="BZHDZNJJ/zh-time-parser snapshot: its tests")
    parser.add_argument("--fst-time-nlu", type=Path, help="y00281951/fst-time-nlu snapshot: its ground truth")
    args = parser.parse_args()
    global _BASELINES
    _BASELINES = not args.reader_only
    only = set(args.only.split(","))
    run_values(args.split, only)
    if args.chrono and "dates" in only:
        run_chrono(args.chrono)
    parsers = {"dateparser": args.dateparser, "when": args.when, "dateparser_tw": args.dateparser_tw}
    if any(parsers.values()) and "dates" in only:
        run_parsers(args.split, parsers)
    if args.time_analyzer and "dates" in only:
        run_timeanalyzer(args.split, args.time_analyzer)
    if args.zh_time_parser and "dates" in only:
        run_zhtimeparser(args.split, args.zh_time_parser)
    if args.fst_time_nlu and "dates" in only:
        run_fstnlu(args.split, args.fst_time_nlu)
    if "names" in only:
        run_names(args.split)
    return 0


if __name__ == "__main__":
    sys.exit(main())
