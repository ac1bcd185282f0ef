"""Search and keyword highlighting: their cost against a bare scan of the same text.

Prints, for 左传 (1.87 MB): preparing a Matcher (fold + whitespace index, paid once
per text); all hits of a two-character query against a plain ``str.find`` loop
and ``re.finditer`` over the raw text in the same run (target ≤ 5×); a
10-keyword list through ``highlights`` against ten ``str.find`` loops (target
≤ 5×). Then the latency per keystroke of typing a query into a prepared Matcher
on the seed (median/max; target ≤ 16 ms) and, for scale, on 左传.

    python benchmarks/search.py [--runs 15]
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.find.highlight import PALETTE, Keyword, KeywordList, highlights  # noqa: E402
from reader.core.find.search import Matcher  # noqa: E402
from reader.core.script.fold import fold  # noqa: E402

SEED = ROOT / "resources" / "seed.txt"
ZUOZHUAN = ROOT.parent / "shared" / "data" / "long" / "zuozhuan.txt"
QUERY = "晋侯"
KEYWORDS = ("晋侯", "楚子", "郑伯", "君子", "齐侯", "宋公", "卫侯", "秦伯", "公曰", "大夫")
TYPED_SEED = "统一战线工作领导小组"
TYPED_LONG = "晋侯使韩穿来言"
TARGET_RATIO = 5.0
TARGET_KEYSTROKE_MS = 16.0


def best_ms(run: Callable[[], object], runs: int) -> float:
    """The fastest of ``runs`` calls, in ms: the figure least disturbed by the machine."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times) * 1000


def find_loop(text: str, query: str) -> list[int]:
    """The baseline: every non-overlapping occurrence with ``str.find``, no folding."""
    hits, i = [], text.find(query)
    while i >= 0:
        hits.append(i)
        i = text.find(query, i + len(query))
    return hits


def keystrokes(matcher: Matcher, typed: str, runs: int) -> list[float]:
    """Ms per prefix of ``typed``, as if typed one character at a time, ``runs`` times over."""
    times = []
    for _ in range(runs):
        for n in range(1, len(typed) + 1):
            start = time.perf_counter()
            matcher.find_all(typed[:n])
            times.append((time.perf_counter() - start) * 1000)
    return times


def report_long(text: str, runs: int) -> None:
    fold("预热")  # build the script table outside the timings
    start = time.perf_counter()
    matcher = Matcher(text)
    matcher.find_all(QUERY)
    print(f"左传: {len(text.encode()) / 1e6:.2f} MB; preparing a Matcher "
          f"(fold + whitespace index, once per text): {(time.perf_counter() - start) * 1000:.1f} ms")
    hits = len(matcher.find_all(QUERY))
    ours = best_ms(lambda: matcher.find_all(QUERY), runs)
    loop = best_ms(lambda: find_loop(text, QUERY), runs)
    regex = best_ms(lambda: [m.start() for m in re.finditer(QUERY, text)], runs)
    print(f"all hits of {QUERY} ({hits}): Matcher.find_all {ours:.2f} ms, str.find loop {loop:.2f} ms "
          f"(×{ours / loop:.2f}), re.finditer {regex:.2f} ms (×{ours / regex:.2f}); target ≤ {TARGET_RATIO:.0f}×")
    lists = [KeywordList("bench", tuple(Keyword(k, PALETTE[i]) for i, k in enumerate(KEYWORDS)))]
    marked = len(highlights(matcher, lists))
    ours = best_ms(lambda: highlights(matcher, lists), runs)
    loop = best_ms(lambda: [find_loop(text, k) for k in KEYWORDS], runs)
    print(f"10-keyword list ({marked} highlights): highlights {ours:.2f} ms, ten str.find loops "
          f"{loop:.2f} ms (×{ours / loop:.2f}); target ≤ {TARGET_RATIO:.0f}×")
    times = keystrokes(matcher, TYPED_LONG, max(1, runs // 5))
    print(f"typing {TYPED_LONG} on 左传: median {statistics.median(times):.2f} ms, max {max(times):.2f} ms per keystroke")


def report_seed(text: str, runs: int) -> None:
    matcher = Matcher(text)
    start = time.perf_counter()
    matcher.find_all(TYPED_SEED[0])
    first = (time.perf_counter() - start) * 1000
    times = keystrokes(matcher, TYPED_SEED, runs)
    print(f"seed: first keystroke (prepares the Matcher) {first:.2f} ms; typing {TYPED_SEED}: "
          f"median {statistics.median(times):.3f} ms, max {max(times):.3f} ms per keystroke; "
          f"target ≤ {TARGET_KEYSTROKE_MS:.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    if ZUOZHUAN.exists():
        report_long(ZUOZHUAN.read_text(encoding="utf-8"), args.runs)
    else:
        print(f"{ZUOZHUAN} is absent: skipping the long-text figures")
    report_seed(SEED.read_text(encoding="utf-8"), args.runs)


if __name__ == "__main__":
    main()
