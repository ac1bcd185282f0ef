"""The helper process ends with the window's process, even when that one crashes."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from tests.conftest import ROOT

_PARENT = textwrap.dedent("""
    import multiprocessing, os, sys, time
    sys.path.insert(0, {root!r})
    from reader.helper import exit_with_parent

    def helper(parent_pid):
        exit_with_parent(parent_pid)
        time.sleep(60)

    if __name__ == "__main__":
        child = multiprocessing.get_context("spawn").Process(target=helper, args=(os.getpid(),))
        child.start()
        time.sleep(0.5)
        print(child.pid, flush=True)
        os._exit(0)  # as a crash would: nothing is shut down
""")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = Path(f"/proc/{pid}/stat")
    return not (stat.exists() and stat.read_text().split()[2] == "Z")


def test_helper_ends_when_the_window_process_dies(tmp_path: Path) -> None:
    script = tmp_path / "parent.py"
    script.write_text(_PARENT.format(root=str(ROOT)), encoding="utf-8")
    out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=60, check=True)
    pid = int(out.stdout.split()[0])
    deadline = time.monotonic() + 10
    while _alive(pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _alive(pid)
