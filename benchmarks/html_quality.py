"""HTML import quality, side by side with trafilatura, on ../shared/data/html-dev/.

Per page: title found, date found, body length, and (for the pages the 2019
GeneralNewsExtractor baseline covers) body recall: the share of the baseline's
sentences present in the extracted text, whitespace ignored. trafilatura is
measured only when installed (`pip install trafilatura`); it is not a dependency.

    python benchmarks/html_quality.py
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core import open_article  # noqa: E402
from reader.core.loading import read_source  # noqa: E402

PAGES = ROOT.parent / "shared" / "data" / "html-dev"


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _recall(expected: str, got: str) -> float:
    sentences = [s for s in re.split(r"[\n。！？]", expected) if len(s.strip()) > 8]
    body = _squeeze(got)
    return sum(1 for s in sentences if _squeeze(s) in body) / max(1, len(sentences))


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


def main() -> None:
    if not PAGES.exists():
        print("../shared/data/html-dev is absent: skipped")
        return
    baseline = json.loads((PAGES / "_gne_2019_output.json").read_text(encoding="utf-8"))
    totals = {"ours": [0, 0, []], "trafilatura": [0, 0, []]}
    pages = sorted(PAGES.glob("*.html"))
    print(f"{'page':<18} {'ours: title date chars recall':<34} trafilatura: title date chars recall")
    for page in pages:
        start = time.perf_counter()
        article = open_article(page)
        ms = (time.perf_counter() - start) * 1000
        ours = (article.title, article.published.isoformat() if article.published else "", article.text)
        theirs = _trafilatura(read_source(page).text)
        row = f"{page.name:<18}"
        for name, result in (("ours", ours), ("trafilatura", theirs)):
            if result is None:
                row += "  (not installed)"
                continue
            title, date, text = result
            recall = _recall(baseline[page.name]["content"], text) if page.name in baseline else None
            totals[name][0] += bool(title)
            totals[name][1] += bool(date)
            if recall is not None:
                totals[name][2].append(recall)
            shown = f"{recall:.2f}" if recall is not None else "  - "
            row += f"  {'✓' if title else '✗'}     {'✓' if date else '✗'}   {len(text):6}  {shown}      "
        print(row + f" ({ms:.0f} ms)")
    for name, (titles, dates, recalls) in totals.items():
        if recalls or titles:
            mean = sum(recalls) / len(recalls) if recalls else float("nan")
            print(f"{name:<12} title {titles}/{len(pages)}  date {dates}/{len(pages)}  "
                  f"mean recall on the {len(recalls)} baseline pages {mean:.2f}")


if __name__ == "__main__":
    main()
