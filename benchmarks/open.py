"""Opening files: open-to-first-paint in the window, against reading + decoding the same bytes.

For the seed, a 2 MB saved news page (``--html`` measures only it), 左传 (1.87 MB) and
a 20 MB text made from it, each measured in a fresh
process (median of runs): the time from asking the window to open the file to the
text being painted, and the process's peak RSS; the floor is a process that only
reads and decodes the same bytes. Target: the window never freezes (big files are
parsed off the GUI thread) and memory stays a small multiple of the text size.

    python benchmarks/open.py [--runs 3] [--html]

The 2 MB page is made here: a news page's navigation, sidebar and comments around a
long article, and the inline scripts and styles that make most of a saved page's bytes.
Target: open→paint under 0.5 s.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "resources" / "seed.txt"
ZUOZHUAN = ROOT.parent / "shared" / "data" / "long" / "zuozhuan.txt"


def _child(mode: str, path: str) -> None:
    """In a fresh process: open ``path`` and print seconds-to-paint and peak RSS (MB)."""
    if mode == "decode":
        start = time.perf_counter()
        Path(path).read_bytes().decode("utf-8")
        elapsed = time.perf_counter() - start
    else:
        sys.path.insert(0, str(ROOT))
        from PySide6.QtCore import QEvent, QObject

        from reader.ui.window.app import create_app
        from reader.ui.window.main_window import MainWindow

        app = create_app()
        window = MainWindow(Path(tempfile.mkdtemp()) / "settings.json")
        window.resize(1100, 760)
        window.show()
        app.processEvents()
        painted: list[float] = []

        class _Paint(QObject):
            def eventFilter(self, _obj: QObject, event: QEvent) -> bool:  # noqa: N802
                if event.type() == QEvent.Type.Paint and window.source_article is not None \
                        and window.source_article.path == path and not painted:
                    painted.append(time.perf_counter())
                return False

        watcher = _Paint()
        window.view.viewport().installEventFilter(watcher)
        start = time.perf_counter()
        window.open_path(path)
        while not painted:
            app.processEvents()
        elapsed = painted[0] - start
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{elapsed:.6f} {rss_mb:.1f}", flush=True)


def _saved_page(path: Path, size: int = 2 * 1024 * 1024) -> Path:
    """A saved news page of about ``size`` bytes, mostly markup and scripts as real ones are."""
    lines = [line for line in SEED.read_text(encoding="utf-8").splitlines() if len(line) > 30]
    nav = "".join(f'<li><a href="/c{i}">栏目{i}</a></li>' for i in range(60))
    article = "".join(f"<p>{lines[i % len(lines)]}</p>" for i in range(120))
    side = "".join(f'<li><a href="/n{i}">另一条新闻的标题第{i}条</a></li>' for i in range(40))
    script = "<script>var data = {" + ",".join(f'"k{i}": "{"x" * 200}"' for i in range(40)) + "};</script>"
    head = ("<html><head><meta charset='utf-8'><title>江门举办侨乡文化节_某某新闻网</title>"
            "<meta property='article:published_time' content='2023-05-01T10:30:00+08:00'></head><body>")
    body = (f"<nav><ul>{nav}</ul></nav><div class='main'><h1>江门举办侨乡文化节</h1>"
            f"<div class='article-content'>{article}</div></div><aside><ul>{side}</ul></aside>")
    filler = (script + f"<div class='comment'><p>{lines[0]}</p></div>") * 1
    page = head + body
    while len(page.encode()) < size:
        page += filler
    path.write_text(page + "</body></html>", encoding="utf-8")
    return path


def _run(mode: str, path: Path) -> tuple[float, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, __file__, "--child", mode, str(path)], env=env,
                         capture_output=True, text=True, check=True, timeout=300).stdout.split()
    return float(out[0]), float(out[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", nargs=2)
    parser.add_argument("--html", action="store_true", help="measure only the 2 MB saved page")
    args = parser.parse_args()
    if args.child:
        _child(*args.child)
        return
    with tempfile.TemporaryDirectory() as tmp:
        files = [_saved_page(Path(tmp) / "saved-2mb.html")] if args.html else [SEED, _saved_page(Path(tmp) / "saved-2mb.html")]
        if ZUOZHUAN.exists() and not args.html:
            big = Path(tmp) / "big-20mb.txt"
            chunk = ZUOZHUAN.read_bytes()
            big.write_bytes(chunk * (20 * 1024 * 1024 // len(chunk) + 1))
            files += [ZUOZHUAN, big]
        elif not args.html:
            print("../shared/data/long/zuozhuan.txt is absent: only the seed and the page are measured")
        for path in files:
            size = path.stat().st_size / 1024 / 1024
            ours = [_run("reader", path) for _ in range(args.runs)]
            floor = [_run("decode", path) for _ in range(args.runs)]
            t_ours, t_floor = statistics.median(t for t, _ in ours), statistics.median(t for t, _ in floor)
            rss_ours, rss_floor = max(r for _, r in ours), max(r for _, r in floor)
            print(f"{path.name:<16} {size:6.2f} MB  open→paint {t_ours * 1000:8.1f} ms  read+decode "
                  f"{t_floor * 1000:7.1f} ms  ratio {t_ours / t_floor:7.1f}  peak RSS {rss_ours:6.0f} MB "
                  f"(floor {rss_floor:5.0f} MB, {(rss_ours - rss_floor) / size:5.1f} MB per MB of text)")


if __name__ == "__main__":
    main()
