"""Writing an export to the file the user chose: atomically, and never over the article itself.

INTERIM: issue 19 adds one atomic write helper for all of Reader (``core/writing.py``);
once it is on main, ``write_export`` calls it and this module's own write goes.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

__all__ = ["WriteRefused", "write_export"]


class WriteRefused(OSError):
    """The target is a file Reader must not write (the article it reads)."""


def write_export(path: str | os.PathLike[str], text: str, *, protect: Iterable[str] = (),
                 encoding: str = "utf-8") -> Path:
    """Write ``text`` to ``path`` through a temporary file and a rename; raises OSError on failure."""
    target = Path(path)
    for kept in protect:
        if kept and os.path.exists(kept) and target.exists() and os.path.samefile(target, kept):
            raise WriteRefused(f"{path} is the article being read")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(text.encode(encoding))
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target
