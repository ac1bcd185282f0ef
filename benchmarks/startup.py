"""Start-up: process start → seed article painted, for Reader and for a bare PySide6 window.

Prints the median of N runs of each (offscreen) and their ratio; the floor is a
bare QPlainTextEdit showing the same file as plain text, measured in the same run.
Reader runs as the ``reader`` command (``reader.__main__.main``, no file: the bundled
seed) with an empty config folder, so its window has its own default size.
Target: ratio ≤ 1.5.

    python benchmarks/startup.py [--runs 15]
"""

from __future__ import annotations

import argparse
import compileall
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "resources" / "seed.txt"


def _child(mode: str) -> None:
    """Runs in the child process: show the window, print once the text is painted, quit."""
    from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

    class _FirstPaint(QObject):
        def eventFilter(self, _obj: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                print("painted", flush=True)
                QTimer.singleShot(0, QCoreApplication.quit)
            return False

    paint_filter = _FirstPaint()
    if mode == "bare":
        from PySide6.QtWidgets import QApplication, QPlainTextEdit

        app = QApplication([])
        widget = QPlainTextEdit()
        widget.setPlainText(SEED.read_text(encoding="utf-8"))
        widget.viewport().installEventFilter(paint_filter)
        widget.resize(1100, 760)
        widget.show()
        app.exec()
    else:
        _run_reader(paint_filter)


def _run_reader(paint_filter: QObject) -> None:
    """Run the `reader` command itself (no file: the seed), watching the window it opens.

    ``reader.ui.window.app`` is patched as it loads, not imported ahead: the command decides
    what happens before that import (e.g. it turns the garbage collector off).
    """
    import importlib.util

    class _WatchLaunch:  # a meta path finder (importlib.abc would add its own imports to the timing)
        def find_spec(self, name: str, path: Any, target: Any = None) -> Any:
            if name != "reader.ui.window.app":
                return None
            sys.meta_path.remove(self)
            spec = importlib.util.find_spec(name)
            assert spec is not None and spec.loader is not None
            exec_module = spec.loader.exec_module

            def exec_and_watch(module: Any) -> None:
                exec_module(module)
                launch = module.launch

                def watched_launch(*args: Any, **kwargs: Any) -> Any:
                    window = launch(*args, **kwargs)
                    window.view.viewport().installEventFilter(paint_filter)
                    return window

                module.launch = watched_launch

            setattr(spec.loader, "exec_module", exec_and_watch)  # noqa: B010 - patching this one loader
            return spec

    sys.meta_path.insert(0, _WatchLaunch())
    from reader.__main__ import main as reader_main

    sys.argv = ["reader"]
    reader_main()


def _time_once(mode: str, config: Path) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(config),
           "READER_DATA_DIR": str(config / "data")}  # the library, should anything reach for it
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


def _print_spread(bare: list[float], reader: list[float]) -> None:
    """How steady the machine was: each run's own ratio (its pair ran back to back)."""
    pairs = [r / b for b, r in zip(bare, reader, strict=True)]
    low, mid, high = statistics.quantiles(pairs, n=4, method="inclusive") if len(pairs) > 1 else (pairs[0],) * 3
    print(f"run by run           {mid:7.2f}   (middle half {low:.2f}–{high:.2f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)  # medians of fewer drift on a busy machine
    parser.add_argument("--child")
    args = parser.parse_args()
    if args.child:
        _child(args.child)
        return
    config = Path(tempfile.mkdtemp(prefix="reader-bench-"))  # Reader's settings: none, as on a first start
    # Installed code runs from bytecode (pip compiles it; so does the bundle), as PySide's own
    # modules here do: compile Reader's too, even where PYTHONDONTWRITEBYTECODE is set.
    compileall.compile_dir(ROOT / "reader", quiet=1)
    _time_once("bare", config)  # warm the OS file cache for both
    _time_once("reader", config)
    bare: list[float] = []
    reader: list[float] = []
    for run in range(args.runs):  # interleaved, so a busy moment weighs on both alike,
        first_bare = run % 2 == 0  # and in turns, so neither always starts on the other's heels
        for mode in ("bare", "reader") if first_bare else ("reader", "bare"):
            (bare if mode == "bare" else reader).append(_time_once(mode, config))
    floor, ours = statistics.median(bare), statistics.median(reader)
    print(f"bare PySide6 window  median {floor * 1000:7.1f} ms  (runs: {args.runs})")
    print(f"reader on the seed   median {ours * 1000:7.1f} ms")
    print(f"ratio reader/bare    {ours / floor:7.2f}   (target ≤ 1.5)")
    _print_spread(bare, reader)
    shutil.rmtree(config, ignore_errors=True)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
