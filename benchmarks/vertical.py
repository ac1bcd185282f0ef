"""Vertical layout (直排): a screen of the seed laid out and painted, and 左传 without a freeze.

For the seed: ``VerticalView.show_article`` (the first screen's columns) plus the first
paint, median of N runs, next to the horizontal ``ReadingView`` doing the same in the
same run (the floor), in CPU time (this process's, so other work on a shared machine
does not count) and wall time; then, for comparison with older figures, the vertical
view laying out the whole seed before that paint. For 左传 (../shared/data/long/zuozhuan.txt, 600,000
characters): the show, the rest laid out in the background, a jump to the middle,
while a 5 ms timer ticks; the longest gap between ticks is the longest freeze (wall
time), for each view in turn, twice (the first pass also renders every glyph once).
Targets: a screen of the seed ≤ 16 ms; 左传 never frozen over 100 ms.

    QT_QPA_PLATFORM=offscreen python benchmarks/vertical.py [--runs 15]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from benchmarks.variants import _FreezeMeter  # noqa: E402 - the same meter as the variant switches
from reader.core import Article, open_article  # noqa: E402
from reader.core.article.prepare import prepare  # noqa: E402
from reader.core.script.typography import DEFAULT  # noqa: E402
from reader.core.script.variants import Variant  # noqa: E402
from reader.ui.reading.reading_view import ReadingView  # noqa: E402
from reader.ui.reading.vertical_view import VerticalView  # noqa: E402

SEED = ROOT / "resources" / "seed.txt"
ZUOZHUAN = ROOT.parent / "shared" / "data" / "long" / "zuozhuan.txt"


def _spin(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _screen_ms(view: QWidget, article: Article) -> tuple[float, float]:
    """Show ``article`` and paint the first screen now: (CPU ms, wall ms)."""
    cpu, wall = time.process_time(), time.perf_counter()
    view.show_article(article, "", 0)  # type: ignore[attr-defined]
    view.viewport().repaint()  # type: ignore[attr-defined]
    return (time.process_time() - cpu) * 1000, (time.perf_counter() - wall) * 1000


def _whole_ms(view: VerticalView, article: Article) -> float:
    """Show ``article``, lay all of it out, and paint the first screen: CPU ms."""
    cpu = time.process_time()
    view.show_article(article, "", 0)
    view.reveal_all()
    view.viewport().repaint()
    return (time.process_time() - cpu) * 1000


def seed_screen(runs: int) -> None:
    article = prepare(open_article(SEED), Variant.ORIGINAL, typography=DEFAULT).shown.article
    figures = {}
    for name, view in (("vertical", VerticalView()), ("horizontal", ReadingView())):
        view.resize(1100, 760)
        view.show()
        _spin(50)
        _screen_ms(view, article)  # fonts and glyph caches warm
        times = [_screen_ms(view, article) for _ in range(runs)]
        figures[name] = (statistics.median(c for c, _ in times), statistics.median(w for _, w in times))
        if isinstance(view, VerticalView):
            whole = statistics.median(_whole_ms(view, article) for _ in range(runs))
        view.close()
    (v_cpu, v_wall), (h_cpu, h_wall) = figures["vertical"], figures["horizontal"]
    print(f"seed, a screen laid out and painted (median of {runs}): vertical {v_cpu:.1f} ms CPU "
          f"({v_wall:.1f} ms wall), horizontal {h_cpu:.1f} ms CPU ({h_wall:.1f} ms wall); "
          f"ratio {v_cpu / h_cpu:.2f}; target ≤ 16 ms")
    print(f"seed, all of it laid out before the first screen is painted (as show did until it left the rest "
          f"to the background): vertical {whole:.1f} ms CPU")


def zuozhuan_freeze() -> None:
    if not ZUOZHUAN.exists():
        print("左传: ../shared/data/long/zuozhuan.txt is absent, skipped")
        return
    article = open_article(ZUOZHUAN)
    for attempt in (1, 2):
        for view in (VerticalView(), ReadingView()):
            view.resize(1100, 760)
            view.show()
            _spin(50)
            meter = _FreezeMeter()
            meter.start()
            view.show_article(article, "", 0)
            _spin(300)
            shown = meter.worst
            meter.start()
            view.scroll_to_offset(len(article.text) // 2)
            _spin(3000)
            print(f"左传 ({len(article.text):,} characters), pass {attempt}, {type(view).__name__}: longest freeze "
                  f"{shown} ms showing it, {meter.worst} ms jumping to the middle (landed at "
                  f"{view.top_offset():,}); target ≤ 100 ms")
            view.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    _app = QApplication.instance() or QApplication([])
    seed_screen(args.runs)
    zuozhuan_freeze()


if __name__ == "__main__":
    main()
