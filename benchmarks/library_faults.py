"""Faults, with the real command: ``reader library add`` killed mid-import, and two of them at once."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

__all__ = ["articles_in", "kill_during_import", "two_writers"]


def articles_in(library: Path) -> int:
    """Articles committed so far, read as a second process would (0 before the tables exist)."""
    try:
        with sqlite3.connect(f"file:{library}?mode=ro", uri=True, timeout=10) as db:
            return int(db.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:
        return 0


def kill_during_import(files: list[str], library: Path, after: int = 50) -> str:
    """Kill -9 an import once ``after`` articles are in; what was committed must all be there."""
    proc = _add(files, library)
    seen = 0
    while seen < after and proc.poll() is None:
        time.sleep(0.05)
        seen = articles_in(library)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    kept = articles_in(library)
    integrity = _integrity(library)
    again = _add(files, library)
    again.wait()
    finished = articles_in(library)
    verdict = "nothing lost" if kept >= seen and integrity == "ok" else "LOST OR DAMAGED"
    return (f"kill -9 mid-import   {seen} articles committed when killed, {kept} after: {verdict} "
            f"(integrity_check: {integrity}); the same import again ends with {finished} of {len(files)}")


def two_writers(files: list[str], library: Path) -> str:
    """Two processes import overlapping halves into one library at the same time."""
    half = len(files) // 2
    first = _add(files[: half + 10], library)
    second = _add(files[half - 10 :], library)
    codes = first.wait(), second.wait()
    count = articles_in(library)
    ok = codes == (0, 0) and count == len(files) and _integrity(library) == "ok"
    return (f"two processes at once exit {codes}, {count} articles for {len(files)} files "
            f"(20 added by both), integrity_check {_integrity(library)}: {'ok' if ok else 'FAILED'}")


def _add(files: list[str], library: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "reader", "library", "add", *files, "--library", str(library)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _integrity(library: Path) -> str:
    with sqlite3.connect(library) as db:
        return str(db.execute("PRAGMA integrity_check").fetchone()[0])
