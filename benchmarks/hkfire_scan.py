"""Scores Reader on the Hong Kong archive's pages that are not in the body set, dev side only.

The archive (``--hkfire`` of ``html_set.py``) holds some 1,200 Chinese-language stories; the
body set uses 242. This reads the others whose set name would fall on the dev side by the
name hash (held-side pages are never read), takes each outlet's headline and story selectors
from ``html_set.json`` as gold (as ``html_set.py`` does, but not checked by eye: no hand-read
headline or day), and prints Reader's mean body recall and precision per outlet, the pages
losing more than a fifth of their body, and the headlines that differ. Pages whose selector
finds no headline or under 50 characters of story are passed over.

    python benchmarks/hkfire_scan.py GIT [OUTLET ...]
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import html_quality  # noqa: E402
import html_set  # noqa: E402

FOLDERS = {"明報": "mingpao", "信報財經新聞": "hkej", "HK01": "hk01", "東方日報": "oncc", "RTHK 香港電台": "rthk",
           "NOW 新聞": "now", "星島日報": "stheadline", "商業電台": "881903", "BBC 中文網": "bbczh", "大公文匯": "tkww"}
"""The archive's folder for each outlet of ``html_set.json``."""


def _gold(data: bytes, outlet: dict[str, str]) -> tuple[str, str]:
    """The headline and the story's text by the outlet's selectors, as ``html_set.py`` builds them."""
    import lxml.html

    doc = lxml.html.fromstring(data.decode("utf-8", "replace"))
    for junk in doc.xpath("//script|//style|//noscript|//figure|//figcaption"):
        junk.drop_tree()
    heads = doc.cssselect(outlet["headline"])
    scope = doc.cssselect(outlet["within"])[:1] if "within" in outlet else [doc]
    lines = [line.strip() for root in scope for el in root.cssselect(outlet["body"]) if not html_set._all_link(el)
             for line in html_set._lines(el).split("\n")]
    body = "\n".join(line for line in lines if line and not html_set._DROPPED.search(line))
    return (re.sub(r"\s+", " ", heads[0].text_content()).strip() if heads else ""), body


def _pages(git_dir: str, commit: str, wanted: set[str]) -> list[tuple[str, str, str]]:
    """(set name, outlet, path) of the archive's unused dev-side pages."""
    spec = json.loads(html_set.MANIFEST.read_text(encoding="utf-8"))["hkfire"]
    used = {key.partition(":")[2] for key in spec["pages"]}
    listed = subprocess.run(["git", "-c", "core.quotepath=off", "--git-dir", git_dir, "ls-tree", "-r", "--name-only",
                             commit, "--", "content/news"], capture_output=True, text=True, check=True).stdout
    found = []
    for path in listed.splitlines():
        outlet = FOLDERS.get(path.split("/")[2]) if path.count("/") > 2 else None
        if outlet is None or not path.endswith("index.html") or path in used or (wanted and outlet not in wanted):
            continue
        name = f"hkfire-{outlet}-{hashlib.sha1(path.encode()).hexdigest()[:10]}.html"
        if not html_set.held(name):
            found.append((name, outlet, path))
    return found


def main(argv: list[str]) -> None:
    git_dir, wanted = argv[0], set(argv[1:])
    spec = json.loads(html_set.MANIFEST.read_text(encoding="utf-8"))["hkfire"]
    commit = next(iter(spec["pages"])).partition(":")[0]
    scores: dict[str, list[tuple[float, float]]] = defaultdict(list)
    with tempfile.TemporaryDirectory() as folder:
        for name, outlet, path in _pages(git_dir, commit, wanted):
            data = subprocess.run(["git", "--git-dir", git_dir, "show", f"{commit}:{path}"],
                                  capture_output=True, check=True).stdout
            headline, body = _gold(data, spec["outlets"][outlet])
            if not headline or len(html_quality._squeeze(body)) < 50:
                continue
            page = Path(folder) / name
            page.write_bytes(data)
            ours = html_quality._ours(page)
            recall, precision, _ = html_quality.body_scores(body, ours.body)
            scores[outlet].append((recall, precision))
            if recall < html_quality.LOSS:
                print(f"  {name}: recall {recall:.2f}, precision {precision:.2f}")
            if html_quality._squeeze(ours.title) != html_quality._squeeze(headline):
                print(f"  {name}: headline {ours.title!r}, selector {headline!r}")
    every = [pair for pairs in scores.values() for pair in pairs]
    for outlet, pairs in sorted(scores.items()) + [("all", every)]:
        lost = sum(1 for r, _ in pairs if r < html_quality.LOSS)
        print(f"{outlet:<11} {len(pairs):4} pages  recall {sum(r for r, _ in pairs) / len(pairs):.3f}  "
              f"precision {sum(p for _, p in pairs) / len(pairs):.3f}  pages < {html_quality.LOSS}: {lost}")


if __name__ == "__main__":
    main(sys.argv[1:])
