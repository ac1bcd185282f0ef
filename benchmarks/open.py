"""Opening files: open-to-first-paint in the window, against reading + decoding the same bytes.

For the seed, two 2 MB saved news pages (``--html`` measures only them), 左传 (1.87 MB) and
a 15 MB text made from it, each measured in a fresh
process (median of runs): the time from asking the window to open the file to the
text being painted, and the process's peak RSS; the floor is a process that only
reads and decodes the same bytes. Target: the window never freezes (big files are
parsed off the GUI thread) and memory stays a small multiple of the text size.

``--huge`` measures the hostile probe's huge inputs instead, each in a fresh process
through the command line (and the window for the largest files Reader accepts): a
1,000,000-line text, a 250 MB file, a search over a 50 MB single line, and files
just inside the limits. It prints wall and CPU time, peak RSS, and whether the peak
stays within the budget: 4x the file's size plus a fixed base, the peak of the same
command on the seed in the same run. ``--code DIR`` runs another checkout's code
(e.g. the commit before the limits) for before/after figures.

    python benchmarks/open.py [--runs 3] [--html]
    python benchmarks/open.py --huge [--code DIR]

The 2 MB page is made here: a news page's navigation, sidebar and comments around a
long article, and the inline scripts and styles that make most of a saved page's bytes; the
second holds a long story of 2,000 paragraphs, each in wrappers of its own, and no title.
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
        from PySide6.QtCore import QEvent, QEventLoop, QObject

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
        while not painted and not window.message_bar.text():  # shown, or refused with a message
            # waits as the application's own loop does: spinning here took the GIL from the
            # thread reading the file (150-300 ms more on the 2 MB wrapped page)
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        elapsed = (painted[0] if painted else time.perf_counter()) - start
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{elapsed:.6f} {rss_mb:.1f}", flush=True)


_SCRIPT = "<script>var data = {" + ",".join(f'"k{i}": "{"x" * 200}"' for i in range(40)) + "};</script>"
"""An inline script's data, as most of a saved page's bytes are."""


def _saved_page(path: Path, size: int = 2 * 1024 * 1024) -> Path:
    """A saved news page of about ``size`` bytes, mostly markup and scripts as real ones are."""
    lines = [line for line in SEED.read_text(encoding="utf-8").splitlines() if len(line) > 30]
    nav = "".join(f'<li><a href="/c{i}">栏目{i}</a></li>' for i in range(60))
    article = "".join(f"<p>{lines[i % len(lines)]}</p>" for i in range(120))
    side = "".join(f'<li><a href="/n{i}">另一条新闻的标题第{i}条</a></li>' for i in range(40))
    head = ("<html><head><meta charset='utf-8'><title>江门举办侨乡文化节_某某新闻网</title>"
            "<meta property='article:published_time' content='2023-05-01T10:30:00+08:00'></head><body>")
    body = (f"<nav><ul>{nav}</ul></nav><div class='main'><h1>江门举办侨乡文化节</h1>"
            f"<div class='article-content'>{article}</div></div><aside><ul>{side}</ul></aside>")
    filler = (_SCRIPT + f"<div class='comment'><p>{lines[0]}</p></div>") * 1
    page = head + body
    while len(page.encode()) < size:
        page += filler
    path.write_text(page + "</body></html>", encoding="utf-8")
    return path


def _wrapped_page(path: Path, size: int = 2 * 1024 * 1024) -> Path:
    """A saved page of about ``size`` bytes with no title, whose 2,000 paragraphs each sit in
    two wrappers of their own: the layout where asking every element about every paragraph
    made opening quadratic (3.7 s for this page's text before, 0.7 s after)."""
    lines = [line for line in SEED.read_text(encoding="utf-8").splitlines() if len(line) > 30]
    article = "".join(f"<div class='para'><div class='content'><p>{i}. {lines[i % len(lines)]}</p></div></div>"
                      for i in range(2000))
    page = f"<html><head><meta charset='utf-8'></head><body><nav><a href='/'>首页</a></nav><article>{article}</article>"
    while len(page.encode()) < size:
        page += _SCRIPT
    path.write_text(page + "</body></html>", encoding="utf-8")
    return path


def _run(mode: str, path: Path) -> tuple[float, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, __file__, "--child", mode, str(path)], env=env,
                         capture_output=True, text=True, check=True, timeout=300).stdout.split()
    return float(out[0]), float(out[1])


def _measured(argv: list[str], cwd: Path) -> tuple[int, float, float, float]:
    """Run ``argv``; its exit status, wall and CPU seconds and peak RSS (MB)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    with subprocess.Popen(argv, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) as child:
        assert child.stderr is not None
        child.stderr.read()
        _pid, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
    return (child.returncode, time.perf_counter() - start, usage.ru_utime + usage.ru_stime,
            usage.ru_maxrss / 1024)


def _make_huge(folder: Path) -> None:
    """Write the huge cases' files into ``folder``."""
    lines = folder / "1m-lines.txt"
    with lines.open("w", encoding="utf-8") as out:
        out.writelines(f"第{i}行，今天天气很好。\n" for i in range(1_000_000))
    numbers = folder / "seq-1m.txt"
    numbers.write_text("".join(f"{i}\n" for i in range(1, 1_000_001)), encoding="ascii")
    big = folder / "250mb.txt"
    row = ("江门市统战工作会议在广东召开，各界人士出席。" * 4 + "\n").encode()
    with big.open("wb") as out:
        for _ in range(250 * 1024 * 1024 // len(row) // 1000):
            out.write(row * 1000)
    line50, line16 = folder / "line-50mb.txt", folder / "line-16mb.txt"
    line50.write_bytes(b"title\n" + b"a" * (50 * 1024 * 1024) + b"\n")
    line16.write_bytes(b"title\n" + b"a" * (16 * 1024 * 1024 - 16) + b"\n")
    inside = folder / "99k-lines.txt"
    inside.write_text("".join(f"第{i}行，今天天气很好。\n" for i in range(99_000)), encoding="utf-8")


def _huge_cases(folder: Path) -> list[tuple[str, Path, list[str]]]:
    """(name, file, subcommand words) of each huge case, its file in ``folder``."""
    lines, numbers, big = folder / "1m-lines.txt", folder / "seq-1m.txt", folder / "250mb.txt"
    line50, line16, inside = folder / "line-50mb.txt", folder / "line-16mb.txt", folder / "99k-lines.txt"
    return [
        ("1,000,000 lines: inspect", lines, ["inspect", "--json"]),
        ("1,000,000 numbers: inspect", numbers, ["inspect", "--json"]),
        ("250 MB: inspect", big, ["inspect", "--json"]),
        ("50 MB line: search a", line50, ["search", "a", "--json"]),
        ("50 MB line: search . regex", line50, ["search", ".", "--regex", "--json"]),
        ("16 MB line: search a", line16, ["search", "a", "--json"]),
        ("16 MB line: search . regex", line16, ["search", ".", "--regex", "--json"]),
        ("16 MB line: inspect", line16, ["inspect", "--json"]),
        ("99,000 lines: inspect", inside, ["inspect", "--json"]),
    ]


def _huge(code: Path) -> None:
    """Print time, memory and the budget verdict of each huge case run by the code in ``code``."""
    cli = [sys.executable, "-m", "reader"]
    _status, _wall, _cpu, base = _measured([*cli, "inspect", str(SEED), "--json"], code)
    print(f"fixed base: peak RSS of `reader inspect seed --json` = {base:.0f} MB; budget = 4 x file + base")
    with tempfile.TemporaryDirectory() as tmp:
        # written by a child: a child's peak RSS counts its parent's at fork, so this one stays small
        subprocess.run([sys.executable, __file__, "--make-huge", tmp], check=True)
        for name, path, words in _huge_cases(Path(tmp)):
            size = path.stat().st_size / 2**20
            status, wall, cpu, peak = _measured([*cli, words[0], str(path), *words[1:]], code)
            budget = 4 * size + base
            print(f"{name:<28} {size:7.1f} MB  exit {status}  wall {wall:7.1f} s  cpu {cpu:7.1f} s  "
                  f"peak {peak:6.0f} MB  budget {budget:6.0f} MB  {'within' if peak <= budget else 'OVER'}",
                  flush=True)
        for path in (Path(tmp) / "line-16mb.txt", Path(tmp) / "99k-lines.txt"):
            size = path.stat().st_size / 2**20
            seconds, peak = _run("reader", path)
            print(f"window {path.name:<21} {size:7.1f} MB  open→paint {seconds:6.1f} s  peak {peak:6.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", nargs=2)
    parser.add_argument("--huge", action="store_true", help="the hostile probe's huge inputs")
    parser.add_argument("--code", type=Path, default=ROOT, help="checkout whose code --huge runs")
    parser.add_argument("--make-huge", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--html", action="store_true", help="measure only the 2 MB saved page")
    args = parser.parse_args()
    if args.make_huge:
        _make_huge(args.make_huge)
        return
    if args.child:
        _child(*args.child)
        return
    if args.huge:
        _huge(args.code.resolve())
        return
    with tempfile.TemporaryDirectory() as tmp:
        pages = [_saved_page(Path(tmp) / "saved-2mb.html"), _wrapped_page(Path(tmp) / "wrapped-2mb.html")]
        files = pages if args.html else [SEED, *pages]
        if ZUOZHUAN.exists() and not args.html:
            big = Path(tmp) / "big-15mb.txt"
            chunk = ZUOZHUAN.read_bytes()
            big.write_bytes(chunk * (15 * 1024 * 1024 // len(chunk)))
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
