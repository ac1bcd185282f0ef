"""A thousand highlights and notes on 左传: shown, switched between variants and exported, freezes timed.

Stores 1,000 annotations (highlights in four colours, a fifth with notes, some margin
notes) on ../shared/data/long/zuozhuan.txt in a library of its own, opens it in the
real window with the Notes panel open, and measures, with a 5 ms timer running:
opening it until the highlights are painted and listed; switching to each variant and
back; exporting to Markdown, CSV and JSON and copying all to the clipboard; filtering
the panel. The floor is the same window and the same steps on the same text without
annotations, in the same run. The longest gap between the timer's ticks is the longest
the window was frozen. A first window, not measured, renders every glyph of 左传 once (that
alone takes several times longer than a warm open). The machine's other work and the rest of Reader (converting 左传,
laying it out) freeze it as well, with or without notes; so the work notes do is also
timed on its own: the longest single turn of the event loop spent in notes code
(loading, placing, listing, painting the highlights, exporting on the GUI thread).
Target: no freeze over 100 ms.

    QT_QPA_PLATFORM=offscreen python benchmarks/notes.py [--count 1000]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402

from benchmarks.variants import ORDER, _FreezeMeter, _settle  # noqa: E402
from reader.core import open_article  # noqa: E402
from reader.core.notes import Annotation, Color, new_annotation  # noqa: E402
from reader.core.notes.storage import NotesFile, database_file  # noqa: E402
from reader.core.script.variants import Variant  # noqa: E402
from reader.ui.window.app import create_app  # noqa: E402
from reader.ui.window.main_window import MainWindow  # noqa: E402

ZUOZHUAN = ROOT.parent / "shared" / "data" / "long" / "zuozhuan.txt"
NOTES_WORST: dict[int, dict[str, float]] = {}


def annotations(text: str, count: int) -> list[Annotation]:
    """``count`` annotations spread over ``text``: spans of 4–60 characters, every tenth a margin note."""
    rng = random.Random(17)
    made = []
    colors = list(Color)
    for k in range(count):
        start = rng.randrange(0, len(text) - 80)
        end = start if k % 10 == 9 else start + rng.randrange(4, 60)
        note = f"第{k}条笔记：{text[start:start + 6]}" if k % 5 == 0 or start == end else ""
        made.append(new_annotation(text, start, end, colors[k % 4], note))
    return made


def _idle(msec: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(msec, loop.quit)
    loop.exec()


def _wait(condition, timeout_ms: int = 60_000) -> None:  # type: ignore[no-untyped-def]
    clock = QElapsedTimer()
    clock.start()
    while not condition() and clock.elapsed() < timeout_ms:
        _idle(5)


def _shown(window: MainWindow, count: int) -> bool:
    notes = window._notes
    return (notes is not None and notes.source is window.source_article and len(notes.shown) == count
            and not window.view._pacer.active and len(notes.panel.rows()) == count)


class _NotesTurns:
    """The longest call into notes code on the GUI thread (each is one turn of the event loop or less)."""

    def __init__(self) -> None:
        self.worst = 0.0
        from reader.ui.controllers import notes_controller, notes_export
        from reader.ui.panels.notes_panel import NotesPanel
        from reader.ui.reading.reading_view import ReadingView
        from reader.ui.tasks import StepRunner

        for owner, name in ((notes_controller.NotesController, "__init__"), (notes_controller.NotesController, "sync"),
                            (notes_controller.NotesController, "_load"), (notes_controller.NotesController, "_paint_near"),
                            (NotesPanel, "set_rows"), (NotesPanel, "_refilter"), (ReadingView, "_apply_layers"),
                            (notes_export.NotesExporter, "write"), (notes_export.NotesExporter, "copy_all")):
            self._time(owner, name, lambda _self: True)
        self._time(StepRunner, "_step", lambda runner: isinstance(runner.parent(), NotesPanel))

    def _time(self, owner, name, counts) -> None:  # type: ignore[no-untyped-def]
        original = getattr(owner, name)

        def timed(this, *args, **kwargs):  # type: ignore[no-untyped-def]
            start = time.perf_counter()
            try:
                return original(this, *args, **kwargs)
            finally:
                if counts(this):
                    self.worst = max(self.worst, time.perf_counter() - start)

        setattr(owner, name, timed)


_TURNS: _NotesTurns | None = None


def measure(app, article, count: int) -> dict[str, tuple[float, int]]:  # type: ignore[no-untyped-def]
    """Seconds and the longest freeze (ms) of each step, with ``count`` annotations stored."""
    os.environ["READER_DATA_DIR"] = tempfile.mkdtemp(prefix="reader-notes-bench-")
    file = NotesFile.open(database_file())
    notes = file.notes(str(ZUOZHUAN), article)
    notes.recorded(file.library.add(article, []).id)  # as the library records what is opened
    notes.put(annotations(article.text, count))
    file.close()
    window = MainWindow(Path(tempfile.mkdtemp()) / "settings.json")
    window.resize(1100, 760)
    window.show()
    window.docks["facts_dock"].setVisible(False)
    window.docks["notes_dock"].setVisible(True)
    meter = _FreezeMeter()
    results: dict[str, tuple[float, int]] = {}
    notes_worst: dict[str, float] = {}
    NOTES_WORST[count] = notes_worst

    def step(name: str, work, done) -> None:  # type: ignore[no-untyped-def]
        assert _TURNS is not None
        _TURNS.worst = 0.0
        meter.start()
        start = time.perf_counter()
        work()
        _wait(done)
        results[name] = (time.perf_counter() - start, 0)
        _idle(300)  # what the step left to the event loop counts as well
        meter.stop()
        results[name] = (results[name][0], meter.worst)
        notes_worst[name] = _TURNS.worst

    step("open and show", lambda: window.open_path(ZUOZHUAN), lambda: _shown(window, count))
    for variant in ORDER:
        window.set_variant(variant)  # first use of a config loads its dictionaries: not timed
        _settle(app)
        _wait(lambda: _shown(window, count))
    window.set_variant(Variant.ORIGINAL)
    _settle(app)
    for variant in ORDER[:-1]:
        step(f"switch to {variant.label}", lambda v=variant: window.set_variant(v),
             lambda: _shown(window, count) and not window.statusBar().currentMessage())
    exporter = window.notes.exporter
    folder = Path(tempfile.mkdtemp())
    for fmt in ("markdown", "csv", "json"):
        step(f"export {fmt}", lambda f=fmt: exporter.write(folder / f"notes.{f}", f, "shown"),
             lambda f=fmt: (folder / f"notes.{f}").exists())
    step("export markdown (original script)",
         lambda: exporter.write(folder / "orig.md", "markdown", "original"), lambda: (folder / "orig.md").exists())
    QGuiApplication.clipboard().clear()
    step("copy all to the clipboard", exporter.copy_all, lambda: bool(QGuiApplication.clipboard().text()))
    step("filter the panel", lambda: window.notes.panel.filter.setText("笔记"), lambda: True)
    window.close()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=1000)
    args = parser.parse_args()
    if not ZUOZHUAN.exists():
        print("../shared/data/long/zuozhuan.txt is absent: skipped")
        return
    global _TURNS
    article = open_article(ZUOZHUAN)
    app = create_app()
    _TURNS = _NotesTurns()
    measure(app, article, 0)  # a first window pays for every glyph of 左传 once: neither run should
    ours = measure(app, article, args.count)
    floor = measure(app, article, 0)
    print(f"\n左传: {len(article.text):,} characters, {args.count} annotations (floor: none)")
    print(f"  {'step':<36} {'with notes':>11} {'without':>9}   longest freeze (with / without)   longest notes turn")
    for name, (seconds, worst) in ours.items():
        base, base_worst = floor.get(name, (float("nan"), 0))
        turn = NOTES_WORST[args.count].get(name, 0.0) * 1000
        print(f"  {name:<36} {seconds * 1000:8.1f} ms {base * 1000:6.1f} ms   {worst:4d} ms / {base_worst:4d} ms"
              f"             {turn:6.1f} ms")
    worst = max(w for _s, w in ours.values())
    turn = max(NOTES_WORST[args.count].values()) * 1000
    print(f"  longest freeze with notes: {worst} ms; longest turn in notes code: {turn:.1f} ms (target ≤ 100 ms)")
    print(f"  load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
