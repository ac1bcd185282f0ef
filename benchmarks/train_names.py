"""Train the character CRF that tags names, from benchmarks/gold/ner_train.jsonl.

    python benchmarks/build_gold.py --ner-snapshot SNAPSHOT   # first
    python benchmarks/train_names.py [--c1 0.3] [--iterations 150] [--out PATH]

Writes ``reader/core/facts/data/names.crfsuite`` (L1-regularised, so the model stays
a few MB). Training text is folded as the facts pass folds articles (traditional →
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

from reader.core.facts.tagger import MODEL, char_features  # noqa: E402
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


def main() -> int:
    import pycrfsuite

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--c1", type=float, default=0.3)
    parser.add_argument("--c2", type=float, default=0.01)
    parser.add_argument("--iterations", type=int, default=150)
    parser.add_argument("--minfreq", type=float, default=1, help="drop rarer features")
    parser.add_argument("--out", type=Path, default=MODEL)
    args = parser.parse_args()
    trainer = pycrfsuite.Trainer(verbose=False)
    lines = (ROOT / "benchmarks" / "gold" / "ner_train.jsonl").read_text(encoding="utf-8")
    for line in lines.splitlines():
        record = json.loads(line)
        text = fold(record["text"])
        trainer.append(char_features(text), bio(len(text), record["entities"]))
    trainer.set_params(
        {"c1": args.c1, "c2": args.c2, "max_iterations": args.iterations,
         "feature.possible_transitions": True, "feature.minfreq": args.minfreq}
    )
    start = time.perf_counter()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(args.out))
    size = args.out.stat().st_size / 1e6
    print(f"trained in {time.perf_counter() - start:.0f} s: {args.out.name}, {size:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
