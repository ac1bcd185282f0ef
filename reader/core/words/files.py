"""Writing the words' exports (vocabulary, corrections) atomically.

A temporary file in the same folder, flushed to disk, then renamed over the target:
a crash mid-write never leaves half a file. (The hardening work brings one write
helper for every export, ``core/writing.py``; these exports move to it once it lands.)
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

__all__ = ["write_text_atomically"]


def write_text_atomically(path: Path, text: str, encoding: str = "utf-8") -> None:
    """Write ``text`` to ``path`` so that it is either all there or not changed at all."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline="") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
