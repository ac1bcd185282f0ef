"""Build the facts scorer's own gold from public annotated NER data, into benchmarks/gold/.

The data's licences are unclear (research corpora), so nothing of it is committed:
this script reads repository snapshots you fetched and writes git-ignored files.

    python benchmarks/build_gold.py --ner-snapshot SNAPSHOT

``SNAPSHOT`` is a git directory (bare or not) of a copy of DSXiangLi/ChineseNER, which
carries MSRA's NER data (BIO, as split by lemonhu/NER-BERT-pytorch: val 3,000 and
test 3,442 sentences) and CLUENER2020's train split. Kept aside and never read here:
People's Daily 1998's dev/test and CLUENER2020's dev/test (they check issue 14).

Splits (deterministic, by position):
- ``ner_train.jsonl``: MSRA val (carved from MSRA's train split) and CLUENER train but its
  last 1,000 sentences: what the name tagger trains on;
- ``ner_dev.jsonl`` / ``ner_test.jsonl``: MSRA test 0–1,699 / 1,700 on (People's Daily-style
  news), CLUENER train's last 1,000 split 500 / 500 (news headlines and lines).
  MSRA's test split is only measured on, never trained on: its sentences come from the
  same newspaper years as People's Daily 1998, whose dev/test are held out.

Each line: ``{"text": …, "source": …, "entities": [[start, end, "person|place|organisation"]]}``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "benchmarks" / "gold"
_BIO = {"PER": "person", "LOC": "place", "ORG": "organisation"}
_CLUENER = {
    "name": "person",
    "address": "place",
    "scene": "place",
    "company": "organisation",
    "government": "organisation",
    "organization": "organisation",
}
Record = dict[str, object]


def _show(snapshot: Path, path: str) -> str:
    """A file of the snapshot's HEAD."""
    args = ["git", f"--git-dir={snapshot}", "show", f"HEAD:{path}"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def _bio_spans(tags: list[str]) -> list[list[object]]:
    """[start, end, kind] spans of a BIO tag sequence."""
    spans: list[list[object]] = []
    for i, tag in enumerate(tags):
        if tag.startswith("B-"):
            spans.append([i, i + 1, _BIO[tag[2:]]])
        elif tag.startswith("I-") and spans and spans[-1][1] == i:
            spans[-1][1] = i + 1
    return spans


def _msra(snapshot: Path, split: str) -> list[Record]:
    """MSRA sentences: characters and tags separated by spaces, one sentence a line."""
    texts = _show(snapshot, f"data/msra/{split}/sentences.txt").splitlines()
    tags = _show(snapshot, f"data/msra/{split}/tags.txt").splitlines()
    records = []
    for chars, labels in zip(texts, tags, strict=True):
        text, seq = "".join(chars.split(" ")), labels.split(" ")
        if len(text) == len(seq):
            records.append({"text": text, "source": f"msra-{split}", "entities": _bio_spans(seq)})
    return records


def _cluener(snapshot: Path) -> list[Record]:
    """CLUENER's train split mapped to person, place and organisation (others dropped)."""
    records = []
    for line in _show(snapshot, "data/cluener/train.json").splitlines():
        item = json.loads(line)
        spans = [
            [start, end + 1, _CLUENER[label]]
            for label, names in item["label"].items()
            if label in _CLUENER
            for positions in names.values()
            for start, end in positions
        ]
        records.append({"text": item["text"], "source": "cluener-train", "entities": sorted(spans)})
    return records


def _write(name: str, records: list[Record]) -> None:
    path = GOLD / name
    with path.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{path.relative_to(ROOT)}: {len(records)} sentences")


def _splits(snapshot: Path) -> Iterator[tuple[str, list[Record]]]:
    val, test, clue = _msra(snapshot, "val"), _msra(snapshot, "test"), _cluener(snapshot)
    yield "ner_train.jsonl", val + clue[:-1000]
    yield "ner_dev.jsonl", test[:1700] + clue[-1000:-500]
    yield "ner_test.jsonl", test[1700:] + clue[-500:]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ner-snapshot", type=Path, required=True)
    args = parser.parse_args()
    GOLD.mkdir(exist_ok=True)
    for name, records in _splits(args.ner_snapshot):
        _write(name, records)
    return 0


if __name__ == "__main__":
    sys.exit(main())
