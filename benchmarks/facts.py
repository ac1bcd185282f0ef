"""Fact extraction: its cost at start-up, on the seed, and its throughput on 左传.

Prints: what importing ``reader.core.facts`` adds to a process that has
``reader.core`` (nothing is built then: patterns compile on first use); the first
call on the seed in a fresh process (script tables, patterns, jionlp and the name
tagger loaded: this is what the helper process pays once); what loading jionlp and
the tagger costs on its own; the median warm call on the seed (target ≤ 50 ms) and
the tagger's share of it; and the throughput on 左传 (1.87 MB, traditional script)
in MB/s of UTF-8 text (a book is left to the rules: no tagger).

    python benchmarks/facts.py [--runs 20]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "resources" / "seed.txt"
ZUOZHUAN = ROOT.parent / "shared" / "data" / "long" / "zuozhuan.txt"
TARGET_SEED_MS = 50.0

_IMPORT_PROBE = """
import time
import reader.core
start = time.perf_counter()
import reader.core.facts
elapsed = time.perf_counter() - start
from reader.core.script import fold
from reader.core.facts import dates, entities, library, scan, tagger
caches = (fold._script_table, entities._gazetteer, dates._compiled_rules, scan.scanner,
          library._jionlp, tagger._model)
print(elapsed, sum(c.cache_info().currsize for c in caches))
"""
_LOAD_PROBE = """
import time
start = time.perf_counter()
from reader.core.facts import library, tagger
library._jionlp()
middle = time.perf_counter()
tagger._model(); tagger.known_names()
print(middle - start, time.perf_counter() - middle)
"""
_FIRST_CALL_PROBE = """
import sys, time
sys.path.insert(0, {root!r})
from benchmarks.facts import seed_article
from reader.core.facts import extract_facts
article = seed_article()
start = time.perf_counter()
extract_facts(article)
print(time.perf_counter() - start)
"""


def seed_article() -> object:
    """The seed as the app opens it."""
    from reader.core import open_article

    return open_article(SEED)


def _in_fresh_process(code: str) -> list[str]:
    """Run ``code`` in a new interpreter and return the words it prints."""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return out.stdout.split()


def _median_ms(article: object, runs: int) -> tuple[float, float]:
    """Median wall time and CPU time of ``extract_facts(article)`` over ``runs`` warm
    calls, in ms (on a shared, loaded machine the CPU time is the steadier figure)."""
    from reader.core.facts import extract_facts

    extract_facts(article)  # type: ignore[arg-type]
    walls, cpus = [], []
    for _ in range(runs):
        start, cpu = time.perf_counter(), time.process_time()
        extract_facts(article)  # type: ignore[arg-type]
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls) * 1000, statistics.median(cpus) * 1000


def _tagger_ms(runs: int) -> float:
    """Median warm time of the name tagger alone on the seed's folded text, in ms."""
    from reader.core.facts.tagger import tag_names
    from reader.core.script.fold import fold

    text = fold(seed_article().text)  # type: ignore[attr-defined]
    tag_names(text)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        tag_names(text)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def _throughput(path: Path) -> tuple[float, int]:
    """MB/s of UTF-8 text through ``extract_facts`` on a whole book, and the facts found."""
    from reader.core.facts import extract_facts
    from reader.core.model import Article

    text = path.read_text(encoding="utf-8")
    article = Article(text=text, blocks=())
    start = time.perf_counter()
    facts = extract_facts(article)
    seconds = time.perf_counter() - start
    return len(text.encode("utf-8")) / 1e6 / seconds, len(facts)


def main() -> int:
    """Print the figures; exit 1 if the warm seed call misses its target."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    runs = parser.parse_args().runs
    print("load average: " + " ".join(f"{x:.1f}" for x in os.getloadavg()))
    import_s, built = _in_fresh_process(_IMPORT_PROBE)
    print(
        f"import reader.core.facts: +{float(import_s) * 1000:.1f} ms, tables built at import: {built}"
    )
    [first] = _in_fresh_process(_FIRST_CALL_PROBE.format(root=str(ROOT)))
    print(f"seed, first call in a fresh process: {float(first) * 1000:.1f} ms")
    jionlp_s, tagger_s = _in_fresh_process(_LOAD_PROBE)
    print(f"  of which loading jionlp: {float(jionlp_s) * 1000:.0f} ms, "
          f"the name tagger and its known names: {float(tagger_s) * 1000:.0f} ms")
    warm, cpu = _median_ms(seed_article(), runs)
    print(f"seed, warm median of {runs}: {warm:.1f} ms, CPU {cpu:.1f} ms (target ≤ "
          f"{TARGET_SEED_MS:.0f} ms), of which the name tagger: {_tagger_ms(runs):.1f} ms")
    if ZUOZHUAN.exists():
        rate, count = _throughput(ZUOZHUAN)
        print(f"左传: {rate:.2f} MB/s ({count} facts)")
    else:
        print("左传: skipped, ../shared/data/long/zuozhuan.txt is not present")
    return 0 if warm <= TARGET_SEED_MS else 1


if __name__ == "__main__":
    sys.exit(main())
