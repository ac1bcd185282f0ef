"""Writing an export to the file the user chose: atomically, and never over the article itself.

The write goes through the one interim helper the exports share (``core/words/files.py``,
a temporary file beside the target renamed over it); issue 19's helper for all of Reader
(``core/writing.py``, which refuses protected files by path and inode) replaces both once it
is on main.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

__all__ = ["WriteRefused", "write_export"]


class WriteRefused(OSError):
    """The target is a file Reader must not write (the article it reads)."""


def write_export(path: str | os.PathLike[str], text: str, *, protect: Iterable[str] = (),
                 encoding: str = "utf-8") -> Path:
    """Write ``text`` to ``path`` atomically; raises WriteRefused over a protected file, OSError on failure."""
    from ..words.files import write_text_atomically

    target = Path(path)
    for kept in protect:
        if kept and os.path.exists(kept) and target.exists() and os.path.samefile(target, kept):
            raise WriteRefused(f"{path} is the article being read")
    write_text_atomically(target, text, encoding)
    return target
