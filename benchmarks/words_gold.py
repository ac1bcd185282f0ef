"""Build the gold the words scorer reads, into benchmarks/gold/words/ (git-ignored).

Every source is a snapshot whose path is an argument (a checkout, or a bare git directory
read at HEAD); nothing is downloaded and nothing here is committed. Splits:

- dev (ours to develop on): news-standard segmented text from the SIGHAN 2005 *training*
  files (PKU and MSR simplified, AS and CityU traditional: a seeded random tenth of each,
  as a public repository carries them split, ``datasets/training/*_dev``), CTB6's dev
  split (Xinhua news, CTB standard), UD Chinese GSD and GSDSimp dev files (CC BY-SA 4.0,
  Wikipedia, traditional and simplified), g2pM's CPP dev split, CantoMap's word list (HK
  Cantonese, as shipped in the pycantonese package). The SIGHAN data are for research
  only: they stay in this git-ignored folder, and nothing trained on them ships.
- test (held out, scored to report, never to tune): the SIGHAN 2005 bakeoff test gold
  (icwb2-data: PKU and MSR simplified, AS and CityU traditional), g2pM's CPP test split,
  the HKCanCor word list (as shipped in the pycantonese package).

    python benchmarks/words_gold.py --ud-gsd PATH --ud-gsdsimp PATH --g2pm PATH \
        --pycantonese PATH [--sighan-dev PATH] [--ctb6 PATH] [--icwb2 PATH]
"""

from __future__ import annotations

import argparse
import re
import subprocess
from collections import Counter
from pathlib import Path

GOLD = Path(__file__).resolve().parent / "gold" / "words"


def _bare(root: Path) -> bool:
    return (root / "objects").is_dir() and (root / "HEAD").is_file()


def read(root: Path, relative: str) -> str:
    """A file of a snapshot: from its work tree, else from a bare git directory's HEAD."""
    if not _bare(root):
        return (root / relative).read_text(encoding="utf-8")
    out = subprocess.run(["git", "--git-dir", str(root), "show", f"HEAD:{relative}"],
                         capture_output=True, check=True)
    return out.stdout.decode("utf-8")


def listing(root: Path, folder: str) -> list[str]:
    if not _bare(root):
        return sorted(str(p.relative_to(root)) for p in (root / folder).iterdir())
    where = [] if folder == "." else [f"{folder}/"]
    out = subprocess.run(["git", "--git-dir", str(root), "ls-tree", "--name-only", "HEAD", *where],
                         capture_output=True, check=True, text=True)
    return sorted(out.stdout.split())


def conllu_sentences(text: str) -> list[list[str]]:
    """The word forms of each sentence of a CoNLL-U file (multiword tokens skipped)."""
    sentences, words = [], []
    for line in text.splitlines():
        if not line.strip():
            if words:
                sentences.append(words)
            words = []
        elif line[0].isdigit():
            cols = line.split("\t")
            if "-" not in cols[0] and "." not in cols[0]:
                words.append(cols[1])
    if words:
        sentences.append(words)
    return sentences


def write_segmented(name: str, sentences: list[list[str]]) -> None:
    (GOLD / f"seg-{name}.txt").write_text("".join("  ".join(s) + "\n" for s in sentences if s),
                                          encoding="utf-8")


def build_ud(gsd: Path, gsdsimp: Path) -> None:
    for root, name in ((gsdsimp, "dev-ud-gsdsimp"), (gsd, "dev-ud-gsd")):
        dev = next(f for f in listing(root, ".") if f.endswith("-ud-dev.conllu"))
        write_segmented(name, conllu_sentences(read(root, dev)))


def build_sighan_dev(root: Path) -> None:
    """Each corpus's tenth of its training file, sentences split on spaces (AS uses U+3000)."""
    for corpus in ("pku", "msr", "as", "cityu"):
        text = read(root, f"datasets/training/{corpus}_dev").lstrip("\ufeff")
        write_segmented(f"dev-{corpus}", [line.split() for line in text.splitlines()])


def build_ctb6(root: Path) -> None:
    text = read(root, "data/other/ctb/ctb6.dev.seg")
    write_segmented("dev-ctb6", [line.split() for line in text.splitlines()])


def build_icwb2(root: Path) -> None:
    for corpus, gold in (("pku", "pku_test_gold.utf8"), ("msr", "msr_test_gold.utf8"),
                         ("as", "as_testing_gold.utf8"), ("cityu", "cityu_test_gold.utf8")):
        text = read(root, f"gold/{gold}").lstrip("\ufeff")
        write_segmented(f"test-{corpus}", [line.split() for line in text.splitlines()])


def build_cpp(root: Path) -> None:
    for split in ("dev", "test"):
        sentences = read(root, f"data/{split}.sent").splitlines()
        labels = read(root, f"data/{split}.lb").splitlines()
        rows = []
        for sentence, label in zip(sentences, labels, strict=True):
            at = sentence.index("▁")
            rows.append(f"{sentence.replace('▁', '')}\t{at}\t{label.strip()}\n")
        (GOLD / f"pinyin-{split}.tsv").write_text("".join(rows), encoding="utf-8")


def chat_words(text: str) -> Counter[tuple[str, str]]:
    """(word, jyutping) pairs of a CHAT file's utterances and %mor tiers."""
    pairs: Counter[tuple[str, str]] = Counter()
    words: list[str] = []
    for line in text.splitlines():
        if line.startswith("*"):
            words = re.sub("\x15[^\x15]*\x15", " ", line.split("\t", 1)[-1]).split()
        elif line.startswith("%mor:"):
            readings = line.split("\t", 1)[-1].split()
            if len(readings) != len(words):
                continue
            for word, reading in zip(words, readings, strict=True):
                jyutping = reading.split("|")[-1].split("-")[0].split("&")[0]
                if re.fullmatch(r"[\u3400-\u9fff]+", word) and re.fullmatch(r"([a-z]+[1-6])+", jyutping):
                    pairs[word, jyutping] += 1
    return pairs


def write_jyutping(name: str, pairs: Counter[tuple[str, str]]) -> None:
    """One reading per word (its most frequent), with how often the word occurs."""
    best: dict[str, tuple[int, str]] = {}
    totals: Counter[str] = Counter()
    for (word, jyutping), n in pairs.items():
        totals[word] += n
        if n > best.get(word, (0, ""))[0]:
            best[word] = (n, jyutping)
    rows = [f"{w}\t{best[w][1]}\t{totals[w]}\n" for w in sorted(best)]
    (GOLD / f"jyutping-{name}.tsv").write_text("".join(rows), encoding="utf-8")


def build_cantonese(package: Path) -> None:
    for folder, name in (("cantomap/extracted", "dev"), ("hkcancor", "test")):
        pairs: Counter[tuple[str, str]] = Counter()
        for path in listing(package, folder):
            if path.endswith(".cha"):
                pairs.update(chat_words(read(package, path)))
        write_jyutping(name, pairs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ud-gsd", type=Path, required=True)
    parser.add_argument("--ud-gsdsimp", type=Path, required=True)
    parser.add_argument("--g2pm", type=Path, required=True)
    parser.add_argument("--pycantonese", type=Path, required=True,
                        help="pycantonese's data folder (installed package or repository)")
    parser.add_argument("--sighan-dev", type=Path,
                        help="a snapshot holding datasets/training/{pku,msr,as,cityu}_dev (a tenth of each training file)")
    parser.add_argument("--ctb6", type=Path, help="a snapshot holding data/other/ctb/ctb6.dev.seg")
    parser.add_argument("--icwb2", type=Path, help="icwb2-data (SIGHAN 2005): the held-out test gold")
    args = parser.parse_args()
    GOLD.mkdir(parents=True, exist_ok=True)
    build_ud(args.ud_gsd, args.ud_gsdsimp)
    build_cpp(args.g2pm)
    build_cantonese(args.pycantonese)
    if args.sighan_dev:
        build_sighan_dev(args.sighan_dev)
    if args.ctb6:
        build_ctb6(args.ctb6)
    if args.icwb2:
        build_icwb2(args.icwb2)
    for path in sorted(GOLD.iterdir()):
        print(f"{path.name:28} {sum(1 for _ in path.open(encoding='utf-8')):>7} lines")


if __name__ == "__main__":
    main()
