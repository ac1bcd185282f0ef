"""Start-up: process start → seed article painted, for Reader and for a bare PySide6 window.

Prints the median of N runs of each (offscreen) and their ratio; the floor is a
bare QPlainTextEdit showing the same file as plain text, measured in the same run.
Target: ratio ≤ 1.5.

    python benchmarks/startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "resources" / "seed.txt"


def _child(mode: str) -> None:
    """Runs in the child process: show the window, print once the text is painted, quit."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class _FirstPaint(QObject):
        def eventFilter(self, _obj: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                print("painted", flush=True)
                QTimer.singleShot(0, app.quit)
            return False

    if mode == "bare":
        from PySide6.QtWidgets import QApplication, QPlainTextEdit

        app = QApplication([])
        widget = QPlainTextEdit()
        widget.setPlainText(SEED.read_text(encoding="utf-8"))
        target = widget.viewport()
    else:
        from reader.ui.app import create_app
        from reader.ui.main_window import MainWindow

        app = create_app()
        widget = MainWindow(Path(os.environ["READER_BENCH_SETTINGS"]))
        widget.open_path(SEED)
        target = widget.view.viewport()
    paint_filter = _FirstPaint()
    target.installEventFilter(paint_filter)
    widget.resize(1100, 760)
    widget.show()
    app.exec()


def _time_once(mode: str, settings: Path) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "READER_BENCH_SETTINGS": str(settings)}
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, __file__, "--child", mode], stdout=subprocess.PIPE, env=env, cwd=ROOT, text=True
    )
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.strip() == "painted":
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError(f"{mode} never painted")
    proc.wait(timeout=30)
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--child")
    args = parser.parse_args()
    if args.child:
        _child(args.child)
        return
    settings = Path(os.environ.get("TMPDIR", "/tmp")) / f"reader-bench-{os.getpid()}.json"
    _time_once("bare", settings)  # warm the OS file cache for both
    bare = [_time_once("bare", settings) for _ in range(args.runs)]
    reader = [_time_once("reader", settings) for _ in range(args.runs)]
    floor, ours = statistics.median(bare), statistics.median(reader)
    print(f"bare PySide6 window  median {floor * 1000:7.1f} ms  (runs: {args.runs})")
    print(f"reader on the seed   median {ours * 1000:7.1f} ms")
    print(f"ratio reader/bare    {ours / floor:7.2f}   (target ≤ 1.5)")
    settings.unlink(missing_ok=True)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
