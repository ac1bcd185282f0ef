"""Faults with the real command: kill -9 mid-import, two processes at once, damaged and newer files."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader.core.database import CorruptDatabase, NewerDatabase
from reader.core.library import Library
from tests.conftest import ROOT
from tests.core.library.conftest import write_article


def _many(folder: Path, count: int) -> Path:
    folder.mkdir()
    for n in range(count):
        write_article(folder, f"{n:03d}.txt", title=f"第{n}篇文章", extra=f"编号{n}。" * (n % 7 + 1),
                      traditional=n % 3 == 0)
    return folder


def _add(*args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "reader", "library", "add", *args], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _committed(library: Path) -> int:
    try:
        with sqlite3.connect(f"file:{library}?mode=ro", uri=True, timeout=10) as db:
            return int(db.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:
        return 0


def test_kill_9_mid_import_keeps_what_was_committed(tmp_path: Path) -> None:
    folder = _many(tmp_path / "articles", 150)
    library = tmp_path / "reader.sqlite3"
    proc = _add(str(folder), "--library", str(library), "--workers", "0")
    deadline = time.monotonic() + 120
    seen = 0
    while seen == 0 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
        seen = _committed(library)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert 0 < seen < 150, "the import should have been killed half way"
    with Library.open(library) as opened:
        assert opened.count() >= seen
        assert opened.connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert opened.count_matches("编号") == opened.count()  # index and articles agree
    assert _add(str(folder), "--library", str(library)).wait() == 0
    assert _committed(library) == 150


def test_two_processes_on_one_library(tmp_path: Path) -> None:
    """Each reads its files in a worker process and stores them in short transactions."""
    folder = _many(tmp_path / "articles", 60)
    library = tmp_path / "reader.sqlite3"
    first = _add(str(folder), "--library", str(library), "--workers", "1")
    second = _add(str(folder), "--library", str(library), "--workers", "1")
    assert (first.wait(timeout=300), second.wait(timeout=300)) == (0, 0)
    with Library.open(library) as opened:
        assert opened.count() == 60
        assert opened.connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_damaged_and_newer_files_get_typed_errors(tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"\x00garbage" * 1000)
    with pytest.raises(CorruptDatabase):
        Library.open(damaged)
    newer = tmp_path / "newer.sqlite3"
    Library.open(newer).close()
    with sqlite3.connect(newer) as db:
        db.execute("UPDATE schema_versions SET version = 99 WHERE part = 'library'")
    with pytest.raises(NewerDatabase):
        Library.open(newer)
