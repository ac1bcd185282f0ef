"""Words accuracy, Reader beside the baselines on the same gold, in one run.

- Word boundaries: F1 of the words (a word counts when both its ends match), Reader's
  segmentation beside jieba's default (``jieba.cut``, the ``bench`` extra) and jieba on
  the folded text (what Reader starts from), per corpus and script.
- Polyphones in running text: accuracy of the one annotated polyphonic character of each
  sentence (g2pM's CPP set), Reader's ``readings`` beside pypinyin's default.
- Jyutping of Hong Kong words: word-level accuracy (tones included) on a word list, all
  words and the common ones (3+ uses), Reader beside ToJyutping read character by character.

Gold comes from benchmarks/words_gold.py. ``--split dev`` is ours to develop on; ``--split
test`` is held out (SIGHAN 2005 test gold, CPP test, HKCanCor): run it to report, not to tune.

    python benchmarks/words_accuracy.py [--split dev|test] [--limit N]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.script.fold import fold  # noqa: E402
from reader.core.words import segment  # noqa: E402
from reader.core.words.readings import jyutping, readings  # noqa: E402

GOLD = Path(__file__).resolve().parent / "gold" / "words"
_SCRIPTS = {"ud-gsdsimp": "simplified", "ud-gsd": "traditional", "pku": "simplified", "msr": "simplified",
            "as": "traditional", "cityu": "traditional"}
TARGETS = {"f1": 0.85, "pinyin": 0.95, "jyutping": 0.90}


def spans(words: Iterable[str]) -> set[tuple[int, int]]:
    out, at = set(), 0
    for word in words:
        out.add((at, at + len(word)))
        at += len(word)
    return out


def f1(gold: list[list[str]], cut: Callable[[str], list[str]]) -> float:
    hit = found = wanted = 0
    for words in gold:
        guess, truth = spans(cut("".join(words))), spans(words)
        hit += len(guess & truth)
        found += len(guess)
        wanted += len(truth)
    precision, recall = hit / max(found, 1), hit / max(wanted, 1)
    return 2 * precision * recall / max(precision + recall, 1e-9)


def reader_cut(text: str) -> list[str]:
    return [text[w.start : w.end] for w in segment(text)]


def jieba_cut(text: str) -> list[str]:
    import jieba

    return [w for w in jieba.cut(text) if w.strip()]


def jieba_folded_cut(text: str) -> list[str]:
    import jieba

    out, at = [], 0
    for word in jieba.cut(fold(text)):
        out.append(text[at : at + len(word)])
        at += len(word)
    return [w for w in out if w.strip()]


def segmentation(split: str, limit: int) -> None:
    import jieba

    jieba.setLogLevel(60)
    print(f"Word boundaries (F1), {split} split; target ≥ {TARGETS['f1']} and above jieba")
    print(f"  {'corpus':12} {'script':12} {'sentences':>9} {'Reader':>7} {'jieba':>7} {'jieba/folded':>12}")
    for path in sorted(GOLD.glob(f"seg-{split}-*.txt")):
        name = path.stem.split("-", 2)[2]
        gold = [line.split() for line in path.read_text(encoding="utf-8").splitlines() if line.split()][:limit]
        scores = [f1(gold, cut) for cut in (reader_cut, jieba_cut, jieba_folded_cut)]
        print(f"  {name:12} {_SCRIPTS.get(name, '?'):12} {len(gold):>9} "
              + " ".join(f"{s:>{w}.4f}" for s, w in zip(scores, (7, 7, 12), strict=True)))


def _tone3(syllable: str) -> str:
    from pypinyin.contrib.tone_convert import to_tone3

    return str(to_tone3(syllable, neutral_tone_with_five=True)).replace("ü", "v") if syllable else ""


def polyphones(split: str, limit: int) -> None:
    from pypinyin import Style, lazy_pinyin

    rows = [line.split("\t") for line in (GOLD / f"pinyin-{split}.tsv").read_text(encoding="utf-8").splitlines()]
    rows = rows[:limit]
    ours = theirs = 0
    started = time.perf_counter()
    for text, at, label in rows:
        i, label = int(at), label.replace("u:", "v")
        ours += _tone3(readings(text)[i]) == label
        baseline = lazy_pinyin(text, style=Style.TONE3, neutral_tone_with_five=True, errors=lambda s: ["?"] * len(s))
        theirs += len(baseline) == len(text) and baseline[i].replace("ü", "v") == label
    n = max(len(rows), 1)
    print(f"\nPolyphonic characters in running text (CPP {split}, {len(rows)} sentences); target ≥ {TARGETS['pinyin']}")
    print(f"  Reader {ours / n:.4f}   pypinyin {theirs / n:.4f}   ({time.perf_counter() - started:.0f} s)")


def cantonese(split: str, limit: int) -> None:
    rows = [line.split("\t") for line in (GOLD / f"jyutping-{split}.tsv").read_text(encoding="utf-8").splitlines()]
    rows = rows[:limit]
    name = {"dev": "CantoMap", "test": "HKCanCor"}[split]
    print(f"\nJyutping of Hong Kong words ({name} word list, {split}); target ≥ {TARGETS['jyutping']}")
    for label, kept in (("all words", rows), ("common (3+ uses)", [r for r in rows if int(r[2]) >= 3])):
        ours = sum(jyutping(word).replace(" ", "") == gold for word, gold, _n in kept)
        chars = sum("".join(jyutping(ch).split(" ")[0] for ch in word) == gold for word, gold, _n in kept)
        n = max(len(kept), 1)
        print(f"  {label:18} {len(kept):>6} words   Reader {ours / n:.4f}   character by character {chars / n:.4f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=("dev", "test"), default="dev")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N items of each set")
    parser.add_argument("--only", choices=("segmentation", "pinyin", "jyutping"))
    args = parser.parse_args()
    if not GOLD.is_dir():
        sys.exit("No gold: run benchmarks/words_gold.py first (see its --help).")
    for part, run in (("segmentation", segmentation), ("pinyin", polyphones), ("jyutping", cantonese)):
        if args.only in (None, part):
            run(args.split, args.limit or 10**9)


if __name__ == "__main__":
    main()
