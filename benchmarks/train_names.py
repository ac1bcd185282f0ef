"""Train the character CRF that tags names, from benchmarks/gold/ner_train.jsonl.

    python benchmarks/build_gold.py --ner-snapshot SNAPSHOT   # first
    python benchmarks/train_names.py --gazetteer-from JIEBA_DICT   # the known-name list, once
    python benchmarks/train_names.py [--c1 0.1] [--repeat msra-test=3] [--out PATH]

``JIEBA_DICT`` is jieba's ``dict.txt`` (MIT; ``pip install jieba``): its person (nr,
nrt, nrfg), place (ns) and organisation (nt) words of two to four characters seen at
least twice become ``reader/core/facts/data/names_gazetteer.txt``, a feature of the tagger.

Writes ``reader/core/facts/data/names_model.npz``: crfsuite trains (L1-regularised,
so few features are kept), then its weights are written out in the compact form the
tagger reads with numpy (``reader/core/facts/name_model.py``). Training text is folded as the facts pass folds articles (traditional →
simplified, full → half width), so the model sees what it will tag.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.facts.name_features import as_trained  # noqa: E402
from reader.core.facts.name_model import save_model  # noqa: E402
from reader.core.facts.tagger import GAZETTEER, MODEL, char_features  # noqa: E402
from reader.core.script.fold import fold  # noqa: E402

_TAGS = {"person": "PER", "place": "LOC", "organisation": "ORG"}


def bio(length: int, entities: list[list[object]]) -> list[str]:
    """BIO tags for a sentence of ``length`` characters."""
    tags = ["O"] * length
    for start, end, kind in entities:
        assert isinstance(start, int) and isinstance(end, int)
        tag = _TAGS[str(kind)]
        tags[start] = "B-" + tag
        for i in range(start + 1, end):
            tags[i] = "I-" + tag
    return tags


_JIEBA_KINDS = {"nr": "P", "nrt": "P", "nrfg": "P", "ns": "L", "nt": "O"}


def write_gazetteer(jieba_dict: Path) -> None:
    """Known names from jieba's dictionary: ``word<TAB>kinds`` lines, sorted."""
    kinds: dict[str, set[str]] = {}
    for line in jieba_dict.read_text(encoding="utf-8").splitlines():
        word, freq, tag = line.split()
        if tag in _JIEBA_KINDS and 2 <= len(word) <= 4 and int(freq) >= 2:
            kinds.setdefault(as_trained(fold(word)), set()).add(_JIEBA_KINDS[tag])
    lines = [f"{word}\t{''.join(sorted(k))}" for word, k in sorted(kinds.items())]
    GAZETTEER.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{GAZETTEER.name}: {len(lines)} names, {GAZETTEER.stat().st_size / 1e6:.1f} MB")


def export(crf: Path, out: Path) -> None:
    """crfsuite's model written as the tagger reads it."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(crf))
    info = tagger.info()
    save_model(out, tagger.labels(), info.state_features, info.transitions)
    tagger.close()


def main() -> int:
    import pycrfsuite

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--c1", type=float, default=0.1)
    parser.add_argument("--c2", type=float, default=0.01)
    parser.add_argument("--iterations", type=int, default=150)
    parser.add_argument("--minfreq", type=float, default=1, help="drop rarer features")
    parser.add_argument("--repeat", action="append", metavar="SOURCE=N",
                        help="weight a source by repeating its sentences (default: msra-test=3, "
                             "People's Daily-style news, the issue's target; msra-test=1 for none)")
    parser.add_argument("--out", type=Path, default=MODEL)
    parser.add_argument("--data", type=Path, default=ROOT / "benchmarks" / "gold" / "ner_train.jsonl")
    parser.add_argument("--skip", action="append", default=[], metavar="SOURCE",
                        help="leave a source out (msra-val)")
    parser.add_argument("--gazetteer-from", type=Path, metavar="JIEBA_DICT",
                        help="write the known-name list from jieba's dict.txt, then stop")
    args = parser.parse_args()
    if args.gazetteer_from:
        write_gazetteer(args.gazetteer_from)
        return 0
    trainer = pycrfsuite.Trainer(verbose=False)
    lines = args.data.read_text(encoding="utf-8")
    repeats = {k: int(v) for k, v in (r.split("=") for r in args.repeat or ["msra-test=3"])}
    for line in lines.splitlines():
        record = json.loads(line)
        if record["source"] in args.skip:
            continue
        text = as_trained(fold(record["text"]))
        for _ in range(repeats.get(record["source"], 1)):
            trainer.append(char_features(text), bio(len(text), record["entities"]))
    trainer.set_params(
        {"c1": args.c1, "c2": args.c2, "max_iterations": args.iterations,
         "feature.possible_transitions": True, "feature.minfreq": args.minfreq}
    )
    start = time.perf_counter()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    crf = args.out.with_suffix(".crfsuite")
    trainer.train(str(crf))
    export(crf, args.out)
    crf.unlink()
    size = args.out.stat().st_size / 1e6
    print(f"trained in {time.perf_counter() - start:.0f} s: {args.out.name}, {size:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
