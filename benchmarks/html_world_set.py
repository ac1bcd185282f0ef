"""Builds the *world set*: every news page of fundus's parser tests, with its title, day and body.

flairNLP/fundus (MIT) tests one parser per publisher on saved pages of ~150 outlets in ~40
countries (German, English, French, Korean, Chinese …), each with the title, publishing
date and paragraphs its parser must give. None of them was read while building Reader's
rules (only 人民网's page is also in the body set), so the set checks that the title, date
and body rules hold beyond the pages they were made on, beside trafilatura:

    python benchmarks/html_world_set.py FUNDUS_WORK_TREE artifacts/world-set
    python benchmarks/html_quality.py artifacts/world-set

A publisher's pages are paired with its parser versions in crawl order (fundus picks the
version by crawl date), and a page is kept only where the gold title is in the page, so no
page is scored against another's gold. The day is the publishing date as fundus writes it
(the publisher's offset, or UTC), so a UTC time late in the day may be the next day in
Reader's UTC+08:00 reading: read the date column with that in mind.
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
import re
from pathlib import Path


def pages(tree: Path) -> dict[str, tuple[bytes, dict[str, object]]]:
    """File name → (page bytes, gold) for every page whose gold title the page holds."""
    base = tree / "tests" / "resources" / "parser" / "test_data"
    found: dict[str, tuple[bytes, dict[str, object]]] = {}
    for country in sorted(p for p in base.iterdir() if p.is_dir() and not p.name.startswith("_")):
        for spec in sorted(country.glob("*.json")):
            expected = json.loads(spec.read_text(encoding="utf-8"))
            saved = sorted(country.glob(f"{spec.stem}_*.html.gz"))
            versions = sorted(expected, key=lambda v: [int(n) for n in re.findall(r"\d+", v)])
            for version, page in zip(versions, saved, strict=False):
                gold = expected[version]
                title = (gold.get("title") or "").strip()
                raw = gzip.decompress(page.read_bytes())
                if not title or title[:20] not in html.unescape(raw.decode("utf-8", "replace")):
                    continue
                body = gold.get("body") or {}
                paragraphs = list(body.get("summary", [])) + [
                    p for s in body.get("sections", []) for p in s.get("headline", []) + s.get("paragraphs", [])
                ]
                found[f"{country.name}-{spec.stem}-{version}.html"] = (raw, {
                    "title": title, "date": (gold.get("publishing_date") or "")[:10],
                    "family": country.name, "body": paragraphs, "complete": True})
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("fundus", type=Path, help="a work tree of flairNLP/fundus")
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    gold = {}
    for name, (raw, expected) in pages(args.fundus).items():
        (args.out / name).write_bytes(raw)
        gold[name] = expected
    (args.out / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{args.out}: {len(gold)} pages")


if __name__ == "__main__":
    main()
