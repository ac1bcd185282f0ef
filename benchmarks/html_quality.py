"""HTML import quality, side by side with trafilatura, on saved news pages.

Per page: title, date, body length and body recall (the share of the expected
sentences present in the extracted text, whitespace ignored), for Reader and,
when installed (`pip install trafilatura`; it is not a dependency), trafilatura.

With no argument it scores ../shared/data/html-dev/, where the 2019
GeneralNewsExtractor output (`_gne_2019_output.json`, a baseline, not gold)
gives the body for 5 pages, and a title or date counts when one is found.
Given a folder, it scores the *.html/*.htm there; an optional `gold.json` maps
a file name to {"title", "date" (YYYY-MM-DD, the local day), "body": [sentences]}, and
then a title counts only when it matches (whitespace aside) and a date only when the day
does (trafilatura gives no time of day, so times are not compared).

    python benchmarks/html_quality.py
    python benchmarks/html_quality.py /tmp/html-extra
"""

from __future__ import annotations

import json
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core import open_article  # noqa: E402
from reader.core.sources.loading import read_source  # noqa: E402

PAGES = ROOT.parent / "shared" / "data" / "html-dev"


@dataclass(frozen=True)
class Expected:
    """What one page should give; empty fields are unknown and only checked for presence."""

    title: str = ""
    date: str = ""
    body: tuple[str, ...] = ()


@dataclass
class Tally:
    """Running totals for one extractor."""

    titles: int = 0
    dates: int = 0
    recalls: list[float] = field(default_factory=list)


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _sentences(text: str) -> tuple[str, ...]:
    return tuple(s for s in re.split(r"[\n。！？]", text) if len(s.strip()) > 8)


def _recall(sentences: tuple[str, ...], got: str) -> float | None:
    if not sentences:
        return None
    body = _squeeze(got)
    return sum(1 for s in sentences if _squeeze(s) in body) / len(sentences)


def _expectations(folder: Path) -> dict[str, Expected]:
    """Gold from gold.json, else the GNE baseline's bodies (html-dev), else nothing."""
    gold = folder / "gold.json"
    if gold.exists():
        data = json.loads(gold.read_text(encoding="utf-8"))
        return {name: Expected(v.get("title", ""), v.get("date", ""),
                               tuple(s for b in v.get("body", []) for s in _sentences(b)))
                for name, v in data.items() if isinstance(v, dict)}
    baseline = folder / "_gne_2019_output.json"
    if baseline.exists():
        data = json.loads(baseline.read_text(encoding="utf-8"))
        return {name: Expected(body=_sentences(v["content"])) for name, v in data.items()}
    return {}


def _trafilatura(html: str) -> tuple[str, str, str] | None:
    try:
        import trafilatura
    except ImportError:
        return None
    doc = trafilatura.bare_extraction(html, with_metadata=True)
    if doc is None:
        return "", "", ""
    get = (lambda k: getattr(doc, k, None) or "") if not isinstance(doc, dict) else (lambda k: doc.get(k) or "")
    return str(get("title")), str(get("date")), str(get("text"))


def _ours(page: Path) -> tuple[str, str, str]:
    article = open_article(page)
    return article.title, article.published.isoformat() if article.published else "", article.text


def _score(result: tuple[str, str, str], expected: Expected, tally: Tally) -> str:
    title, date, text = result
    title_ok = _squeeze(title) == _squeeze(expected.title) if expected.title else bool(title)
    date_ok = date[:10] == expected.date if expected.date else bool(date)
    recall = _recall(expected.body, text)
    tally.titles += title_ok
    tally.dates += date_ok
    if recall is not None:
        tally.recalls.append(recall)
    shown = f"{recall:.2f}" if recall is not None else "  - "
    return f"  {'✓' if title_ok else '✗'}     {'✓' if date_ok else '✗'}   {len(text):6}  {shown}      "


def _report(name: str, tally: Tally, pages: int) -> None:
    mean = sum(tally.recalls) / len(tally.recalls) if tally.recalls else float("nan")
    print(f"{name:<12} title {tally.titles}/{pages}  date {tally.dates}/{pages}  "
          f"mean recall on the {len(tally.recalls)} pages with a body {mean:.2f}")


def main(argv: list[str]) -> None:
    folder = Path(argv[0]) if argv else PAGES
    if not folder.exists():
        print(f"{folder} is absent: skipped")
        return
    expected = _expectations(folder)
    pages = sorted(p for p in folder.iterdir() if p.suffix.lower() in (".html", ".htm"))
    totals = {"ours": Tally(), "trafilatura": Tally()}
    print(f"{'page':<20} {'ours: title date chars recall':<34} trafilatura: title date chars recall")
    for page in pages:
        start = time.perf_counter()
        ours = _ours(page)
        ms = (time.perf_counter() - start) * 1000
        want = expected.get(page.name, Expected())
        row = f"{page.name[:20]:<20}" + _score(ours, want, totals["ours"])
        theirs = _trafilatura(read_source(page).text)
        row += "  (not installed)" if theirs is None else _score(theirs, want, totals["trafilatura"])
        print(row + f" ({ms:.0f} ms)")
    for name, tally in totals.items():
        if tally.recalls or tally.titles:
            _report(name, tally, len(pages))


if __name__ == "__main__":
    main(sys.argv[1:])
