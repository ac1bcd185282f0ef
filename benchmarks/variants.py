"""Variant switching end to end in the window, against raw OpenCC on the same text.

For the seed and for 左传 (../shared/data/long/zuozhuan.txt), switches the real
window to each variant (convert + re-render + restore the reading position) and
times it, next to ``opencc.OpenCC(config).convert`` of the same text measured
in the same run. A 5 ms timer runs through the switches and half a second after
them (not through the raw conversion, which blocks this thread by design); the
longest gap between its ticks is the longest the window was frozen.
Targets: seed switch ≤ 50 ms; 左传 end-to-end ≤ 3× raw conversion; no freeze over 100 ms.
The switch is measured as the issue defines it (convert + re-render + restore position),
with the facts panel closed; ``--with-facts`` keeps it open, so facts are re-placed in the
background during the run as well.

    QT_QPA_PLATFORM=offscreen python benchmarks/variants.py [--with-facts]
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import opencc  # noqa: E402
from PySide6.QtCore import QElapsedTimer, QEventLoop, QThreadPool, QTimer  # noqa: E402

from reader.core.script.variants import Variant, config_for, detect_script  # noqa: E402
from reader.ui.window.app import create_app  # noqa: E402
from reader.ui.window.main_window import MainWindow  # noqa: E402

SEED = ROOT / "resources" / "seed.txt"
ZUOZHUAN = ROOT.parent / "shared" / "data" / "long" / "zuozhuan.txt"
ORDER = [Variant.HANS, Variant.HANT, Variant.TW, Variant.HK, Variant.ORIGINAL]


class _FreezeMeter:
    """Ticks every 5 ms; the longest gap between ticks is the longest freeze."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.timer = QTimer(interval=5)
        self.timer.timeout.connect(self._tick)
        self.worst = 0

    def start(self) -> None:
        self.worst = 0
        self.clock.start()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _tick(self) -> None:
        self.worst = max(self.worst, self.clock.restart())


def _settle(app) -> None:  # type: ignore[no-untyped-def]
    """Run the event loop until the window has shown what it was preparing.

    The loop sleeps while idle, as the app's own does: a Python loop spinning on
    processEvents() would fight the worker thread for the GIL and slow it down.
    """
    window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
    loop = QEventLoop()

    def check(*_args: object) -> None:
        if window.article is not None and not window.statusBar().currentMessage():
            loop.quit()

    window.statusBar().messageChanged.connect(check)
    QTimer.singleShot(0, check)
    QTimer.singleShot(60_000, loop.quit)
    loop.exec()
    window.statusBar().messageChanged.disconnect(check)
    app.processEvents()


def _idle(msec: int) -> None:
    """Let the event loop run for ``msec``, sleeping while there is nothing to do."""
    loop = QEventLoop()
    QTimer.singleShot(msec, loop.quit)
    loop.exec()


def _switch(app, window: MainWindow, variant: Variant) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    window.set_variant(variant)
    _settle(app)
    return time.perf_counter() - start


def _raw(text: str, variant: Variant, rounds: int) -> float:
    """The median of ``rounds`` raw conversions, measured like the switches (median of rounds)."""
    config = config_for(variant, detect_script(text))
    if config is None:
        return float("nan")
    converter = opencc.OpenCC(config)
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        converter.convert(text)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def measure(app, path: Path, rounds: int, with_facts: bool) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(Path(os.environ.get("TMPDIR", "/tmp")) / f"reader-bench-{os.getpid()}.json")
    window.resize(1100, 760)
    window.show()
    window.docks["facts_dock"].setVisible(with_facts)
    window.open_path(path)
    _settle(app)
    window.go_to_offset(len(window.article.text) // 3)
    text = window.source_article.text
    meter = _FreezeMeter()
    print(f"\n{path.name}: {len(text):,} characters (facts panel {'open' if with_facts else 'closed'})")
    for variant in ORDER:
        window.set_variant(variant)  # first use of a config loads its dictionaries: not timed
        _settle(app)
        window.set_variant(Variant.ORIGINAL)
        _settle(app)
        meter.start()
        times = [_switch(app, window, v) for _ in range(rounds) for v in (variant, Variant.ORIGINAL)][::2]
        _idle(500)  # the rest of the layout, and the facts panel's refresh, still count
        meter.stop()  # raw conversion runs on this thread: it is no freeze of the window
        ours, raw = statistics.median(times), _raw(text, variant, rounds)
        ratio = ours / raw if raw == raw else float("nan")
        print(f"  → {variant.label:<5} switch {ours * 1000:8.1f} ms   raw OpenCC {raw * 1000:8.1f} ms"
              f"   ratio {ratio:5.2f}   longest freeze {meter.worst} ms")
    window.close()


def main() -> None:
    with_facts = "--with-facts" in sys.argv
    app = create_app()
    measure(app, SEED, rounds=7, with_facts=with_facts)
    if ZUOZHUAN.exists():
        measure(app, ZUOZHUAN, rounds=3, with_facts=with_facts)
    else:
        print("../shared/data/long/zuozhuan.txt is absent: skipped")
    QThreadPool.globalInstance().waitForDone(10000)


if __name__ == "__main__":
    main()
