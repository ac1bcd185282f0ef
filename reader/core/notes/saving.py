"""Writing an export to the file the user chose: through Reader's one write helper.

``core/writing.py`` writes atomically (a temporary file beside the target, renamed
over it) and refuses the article being read, by path, symlink or hard link; its errors
(WriteRefused, WriteFailed) say truthfully that nothing was written. This only turns an
export's text into the bytes it writes.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

__all__ = ["write_export"]


def write_export(path: str | os.PathLike[str], text: str, *, protect: Iterable[str] = (),
                 encoding: str = "utf-8") -> Path:
    """Write ``text`` to ``path``; raises WriteRefused over a protected file, WriteFailed when the OS refuses."""
    from ..writing import write_atomically

    return write_atomically(path, text.encode(encoding), protect=[p for p in protect if p])
