"""HTML import quality, side by side with trafilatura, on saved news pages, in one run.

Per page and per site family: title, date, and body recall, precision and F1 over
character 4-grams (whitespace ignored, counted with repeats), for Reader and, when
installed (the ``bench`` extra: ``pip install -e '.[bench]'``), trafilatura.
Reader's body is its reading text less the title and date lines. The worst recall and
the pages losing more than a fifth of their body are listed too.

With no argument it scores ../shared/data/html-dev/, where the 2019
GeneralNewsExtractor output (``_gne_2019_output.json``, a baseline, not gold)
gives the body for 5 pages, and a title or date counts when one is found.
Given a folder (e.g. one built by ``html_set.py``), it scores the *.html/*.htm
there against its ``gold.json``: a file name → {"title", "date" (YYYY-MM-DD, the
local day), "body": [texts], "complete" (false: the body lists only passages that
must appear, so only recall is scored), "family"}. Empty fields are not scored;
trafilatura gives no time of day, so times are not compared.

    python benchmarks/html_quality.py
    python benchmarks/html_quality.py artifacts/html-set/dev [--pages]
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core import open_article  # noqa: E402
from reader.core.errors import ReaderError  # noqa: E402
from reader.core.model import BlockKind  # noqa: E402
from reader.core.sources.loading import read_source  # noqa: E402

PAGES = ROOT.parent / "shared" / "data" / "html-dev"
LOSS = 0.8
"""A page whose body recall is below this has lost more than a fifth of its body."""


@dataclass(frozen=True)
class Expected:
    """What one page should give; empty fields are not scored."""

    title: str = ""
    date: str = ""
    body: tuple[str, ...] = ()
    complete: bool = False
    family: str = "all"


@dataclass(frozen=True)
class Result:
    """What one extractor gave for a page."""

    title: str
    date: str
    body: str


@dataclass
class Tally:
    """Running totals for one extractor over a group of pages."""

    titles: list[bool] = field(default_factory=list)
    dates: list[bool] = field(default_factory=list)
    recalls: list[tuple[float, str]] = field(default_factory=list)
    precisions: list[float] = field(default_factory=list)
    f1s: list[float] = field(default_factory=list)


def _squeeze(text: str) -> str:
    """The text without spaces, nor the characters a page carries unseen (a zero-width space in
    a selector's headline is no difference a reader can see), nor the two marks Python's gb2312
    codec reads apart from a browser's GBK (―/— for the dash, ・/· for the dot: the same glyphs)."""
    return re.sub(r"[\s\u00ad\u200b\u2060\ufeff]+", "", text).translate(_SAME_GLYPHS)


_SAME_GLYPHS = str.maketrans("\u2015\u30fb", "\u2014\u00b7")


def _grams(text: str) -> Counter[str]:
    text = _squeeze(text)
    return Counter(text[i : i + 4] for i in range(max(0, len(text) - 3)))


def body_scores(gold: str, got: str) -> tuple[float, float, float]:
    """Recall, precision and F1 of ``got`` against ``gold``, over character 4-grams."""
    want, have = _grams(gold), _grams(got)
    common = sum((want & have).values())
    recall = common / max(1, sum(want.values()))
    precision = common / max(1, sum(have.values()))
    f1 = 2 * recall * precision / (recall + precision) if common else 0.0
    return recall, precision, f1


def _passages_found(passages: tuple[str, ...], got: str) -> float:
    body = _squeeze(got)
    return sum(1 for s in passages if _squeeze(s) in body) / len(passages)


def _sentences(text: str) -> tuple[str, ...]:
    return tuple(s for s in re.split(r"[\n。！？]", text) if len(s.strip()) > 8)


def _expectations(folder: Path) -> dict[str, Expected]:
    """Gold from gold.json, else the GNE baseline's bodies (html-dev), else nothing."""
    gold = folder / "gold.json"
    if gold.exists():
        data = json.loads(gold.read_text(encoding="utf-8"))
        return {name: Expected(v.get("title", ""), v.get("date", ""), tuple(v.get("body", [])),
                               bool(v.get("complete", False)), v.get("family", "all"))
                for name, v in data.items() if isinstance(v, dict)}
    baseline = folder / "_gne_2019_output.json"
    if baseline.exists():
        data = json.loads(baseline.read_text(encoding="utf-8"))
        return {name: Expected(body=_sentences(v["content"])) for name, v in data.items()}
    return {}


def _trafilatura(html: str) -> Result | None:
    try:
        import trafilatura
    except ImportError:
        return None
    doc = trafilatura.bare_extraction(html, with_metadata=True)
    if doc is None:
        return Result("", "", "")
    get = (lambda k: getattr(doc, k, None) or "") if not isinstance(doc, dict) else (lambda k: doc.get(k) or "")
    return Result(str(get("title")), str(get("date")), str(get("text")))


def _ours(page: Path) -> Result:
    try:
        article = open_article(page)
    except ReaderError:  # a page Reader refuses gives nothing, and is scored so
        return Result("", "", "")
    body = "\n".join(article.block_text(b) for b in article.blocks
                     if b.kind not in (BlockKind.TITLE, BlockKind.META))
    return Result(article.title, article.published.isoformat() if article.published else "", body)


def _text(page: Path) -> str:
    """The page's text as Reader decodes it, or as UTF-8 where Reader refuses the page."""
    try:
        return read_source(page).text
    except ReaderError:
        return page.read_bytes().decode("utf-8", "replace")


def _score(result: Result, expected: Expected, tally: Tally, name: str) -> str:
    """Adds one page to ``tally``; returns its row cells."""
    cells = []
    for wanted, ok, marks in ((expected.title, _squeeze(result.title) == _squeeze(expected.title), tally.titles),
                              (expected.date, result.date[:10] == expected.date, tally.dates)):
        if wanted:
            marks.append(ok)
        cells.append(("✓" if ok else "✗") if wanted else "-")
    recall = precision = f1 = None
    if expected.body and expected.complete:
        recall, precision, f1 = body_scores("\n".join(expected.body), result.body)
        tally.precisions.append(precision)
        tally.f1s.append(f1)
    elif expected.body:
        recall = _passages_found(expected.body, result.body)
    if recall is not None:
        tally.recalls.append((recall, name))
    shown = [f"{x:.2f}" if x is not None else "  - " for x in (recall, precision, f1)]
    return f"  {cells[0]} {cells[1]} {len(result.body):6} {' '.join(shown)}"


def _mean(values: list[float]) -> str:
    return f"{sum(values) / len(values):.3f}" if values else "  -  "


def _summary(name: str, tally: Tally) -> str:
    recalls = [r for r, _ in tally.recalls]
    worst = min(tally.recalls, default=(float("nan"), ""))
    lost = sum(1 for r in recalls if r < LOSS)
    return (f"  {name:<12} title {_mean([float(t) for t in tally.titles])} ({len(tally.titles)})  "
            f"date {_mean([float(d) for d in tally.dates])} ({len(tally.dates)})  "
            f"recall {_mean(recalls)}  precision {_mean(tally.precisions)}  F1 {_mean(tally.f1s)} "
            f"({len(tally.f1s)})  worst recall {worst[0]:.2f} {worst[1][:28]}  pages < {LOSS}: {lost}")


def _page_row(page: Path, want: Expected, tallies: dict[tuple[str, str], Tally]) -> tuple[str, float]:
    """Scores one page for both extractors into ``tallies``; its row, and Reader's seconds."""
    start = time.perf_counter()
    ours = _ours(page)
    seconds = time.perf_counter() - start
    theirs = _trafilatura(_text(page))
    row = f"{page.name[:34]:<34}"
    families = ("all", want.family) if want.family != "all" else ("all",)
    for who, result in (("reader", ours), ("trafilatura", theirs)):
        if result is None:
            row += "  (not installed)"
            continue
        for family in families:
            cells = _score(result, want, tallies.setdefault((family, who), Tally()), page.name)
        row += cells + "   "
    return row, seconds


def main(argv: list[str]) -> None:
    show_pages = "--pages" in argv
    argv = [a for a in argv if a != "--pages"]
    folder = Path(argv[0]) if argv else PAGES
    if not folder.exists():
        print(f"{folder} is absent: skipped")
        return
    expected = _expectations(folder)
    pages = sorted(p for p in folder.iterdir() if p.suffix.lower() in (".html", ".htm", ".mhtml", ".mht"))
    tallies: dict[tuple[str, str], Tally] = {}
    if show_pages:
        print(f"{'page':<34} ours: T D chars recall prec F1      trafilatura: T D chars recall prec F1")
    elapsed = 0.0
    for page in pages:
        row, seconds = _page_row(page, expected.get(page.name, Expected()), tallies)
        elapsed += seconds
        if show_pages:
            print(row)
    print(f"{len(pages)} pages, Reader {elapsed * 1000 / max(1, len(pages)):.0f} ms a page")
    for family in sorted({f for f, _ in tallies}, key=lambda f: (f != "all", f)):
        print(f"{family}:")
        for who in ("reader", "trafilatura"):
            if (family, who) in tallies:
                print(_summary(who, tallies[(family, who)]))


if __name__ == "__main__":
    main(sys.argv[1:])
