"""Build the facts scorer's own gold from public annotated NER data, into benchmarks/gold/.

The data's licences are unclear (research corpora), so nothing of it is committed:
this script reads repository snapshots you fetched and writes git-ignored files.

    python benchmarks/build_gold.py --ner-snapshot SNAPSHOT [--ontonotes-snapshot S]
                                    [--weibo-snapshot S] [--boson-snapshot S]
                                    [--ontonotes-test] [--train-name NAME]

Each snapshot is a git directory (bare or not) of a public repository:
- ``--ner-snapshot``: DSXiangLi/ChineseNER, which carries MSRA's NER test split (BIO,
  3,442 sentences, as cut by lemonhu/NER-BERT-pytorch) and CLUENER2020's train split;
- ``--ontonotes-snapshot``: zseng123/Ontonotes4.0 (OntoNotes 4.0's Chinese news and
  broadcast text, BMES, as split for Lattice LSTM): its train and dev files, and with
  ``--ontonotes-test`` its test file too, for training (Xinhua and other news of the
  1990s; the 50 sentences also found in its dev file, which our OntoNotes halves come
  from, are left out);
- ``--weibo-snapshot``: OYE93/Chinese-NLP-Corpus, for Weibo NER's train file only
  (named mentions; nothing else of that repository is read);
- ``--boson-snapshot``: buppt/ChineseNER, for BosonNLP's 2,000 annotated news texts.
Kept aside and never read here: People's Daily 1998's dev/test and CLUENER2020's dev/test
(they check issue 14).

MSRA's train split (and the val split lemonhu carved from it) is not used: People's
Daily 1998's dev/test, which are held out, look carved from the same pool (a 4,636-sentence
copy of MSRA "dev" in another repository shares 289 of the 3,000 val sentences), so
training on it could mean training on held-out sentences. MSRA's test split shares none.

Splits (deterministic, by position):
- ``ner_train.jsonl``: MSRA test 0–1,199, CLUENER train but its last 1,000 lines,
  OntoNotes train, Weibo train, Boson: what the name tagger trains on;
- ``ner_dev.jsonl``: MSRA test 1,200–1,699 (People's Daily-style news), CLUENER train's
  last 1,000 lines' first 500, OntoNotes dev's first 1,000 sentences: to tune on;
- ``ner_test.jsonl``: MSRA test 1,700 on, CLUENER's last 500, OntoNotes dev 1,000–1,999:
  to measure, never tuned on (the figures the README gives).

``--train-name NAME`` writes only the training file, under that name (the dev and test
files are left as they are), so a differently built training set sits beside the shipped one.

Each line: ``{"text": …, "source": …, "entities": [[start, end, "person|place|organisation"]]}``.
"""

from __future__ import annotations

import argparse
import json
import re
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


_BMES = {"PER": "person", "GPE": "place", "LOC": "place", "ORG": "organisation"}


def _columns(text: str) -> Iterator[list[tuple[str, str]]]:
    """Sentences of a one-character-a-line file (``char tag``), blank lines between."""
    sentence: list[tuple[str, str]] = []
    for line in [*text.splitlines(), ""]:
        parts = line.split()
        if len(parts) >= 2:
            sentence.append((parts[0], parts[-1]))
        elif sentence:
            yield sentence
            sentence = []


def _tagged(rows: list[tuple[str, str]], source: str, kinds: dict[str, str]) -> Record:
    """A sentence from (character, tag) rows in BIO or BMES; a tag's type is looked up
    in ``kinds`` (types not in it are dropped)."""
    spans: list[list[object]] = []
    for i, (_, tag) in enumerate(rows):
        head, _, kind = tag.partition("-")
        if kind not in kinds:
            continue
        if head in ("B", "S") or not spans or spans[-1][1] != i or spans[-1][2] != kinds[kind]:
            spans.append([i, i + 1, kinds[kind]])
        else:
            spans[-1][1] = i + 1
    return {"text": "".join(ch for ch, _ in rows), "source": source, "entities": spans}


def _ontonotes(snapshot: Path, split: str) -> list[Record]:
    rows = _columns(_show(snapshot, f"{split}.char.bmes"))
    return [_tagged(r, f"ontonotes-{split}", _BMES) for r in rows]


def _weibo(snapshot: Path) -> list[Record]:
    """Weibo NER's train split: named mentions only (``PER.NAM``), not nominal ones;
    its characters carry a word-position digit (科0), dropped."""
    kinds = {f"{k}.NAM": v for k, v in _BMES.items()}
    rows = _columns(_show(snapshot, "NER/Weibo/weiboNER_2nd_conll.train"))
    return [_tagged([(ch[0], tag) for ch, tag in r], "weibo-train", kinds) for r in rows]


_BOSON = {"person_name": "person", "location": "place", "org_name": "organisation",
          "company_name": "organisation"}
_BOSON_MARK = re.compile(r"\{\{(\w+):([^{}]*)\}\}")
_SENTENCE = re.compile(r"[^。！？]+[。！？]*")


def _boson(snapshot: Path) -> list[Record]:
    """BosonNLP's news texts (``{{kind:name}}`` inline), cut into sentences."""
    records = []
    for line in _show(snapshot, "data/boson/origindata.txt").splitlines():
        text, spans, at = "", [], 0
        for mark in _BOSON_MARK.finditer(line):
            text += line[at : mark.start()]
            name = mark.group(2).strip()
            if mark.group(1) in _BOSON and name:
                spans.append([len(text), len(text) + len(name), _BOSON[mark.group(1)]])
            text += name
            at = mark.end()
        text += line[at:]
        for sentence in _SENTENCE.finditer(text):
            inside = [[s - sentence.start(), e - sentence.start(), k] for s, e, k in spans
                      if sentence.start() <= s and e <= sentence.end()]
            records.append({"text": sentence.group(), "source": "boson", "entities": inside})
    return records


def _unseen(records: list[Record], held: list[Record]) -> list[Record]:
    """``records`` but those whose text is also a held-out sentence's."""
    texts = {record["text"] for record in held}
    return [record for record in records if record["text"] not in texts]


def _write(name: str, records: list[Record]) -> None:
    path = GOLD / name
    with path.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{path.relative_to(ROOT)}: {len(records)} sentences")


def _splits(args: argparse.Namespace) -> Iterator[tuple[str, list[Record]]]:
    test, clue = _msra(args.ner_snapshot, "test"), _cluener(args.ner_snapshot)
    extra, dev = [], []
    if args.ontonotes_snapshot:
        extra += _ontonotes(args.ontonotes_snapshot, "train")
        dev = _ontonotes(args.ontonotes_snapshot, "dev")
    if args.weibo_snapshot:
        extra += _weibo(args.weibo_snapshot)
    if args.boson_snapshot:
        extra += _boson(args.boson_snapshot)
    if args.ontonotes_snapshot and args.ontonotes_test:
        extra += _unseen(_ontonotes(args.ontonotes_snapshot, "test"), dev)
    yield "ner_train.jsonl", test[:1200] + clue[:-1000] + extra
    yield "ner_dev.jsonl", test[1200:1700] + clue[-1000:-500] + dev[:1000]
    yield "ner_test.jsonl", test[1700:] + clue[-500:] + dev[1000:2000]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ner-snapshot", type=Path, required=True)
    parser.add_argument("--ontonotes-snapshot", type=Path)
    parser.add_argument("--weibo-snapshot", type=Path)
    parser.add_argument("--boson-snapshot", type=Path)
    parser.add_argument("--ontonotes-test", action="store_true",
                        help="train on OntoNotes' test file too")
    parser.add_argument("--train-name", help="write only the training file, under this name")
    args = parser.parse_args()
    GOLD.mkdir(exist_ok=True)
    for name, records in _splits(args):
        if not args.train_name:
            _write(name, records)
        elif name == "ner_train.jsonl":
            _write(args.train_name, records)
    return 0


if __name__ == "__main__":
    sys.exit(main())
