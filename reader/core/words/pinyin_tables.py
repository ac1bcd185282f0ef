"""pypinyin, loaded so that no single call holds the interpreter for long.

pypinyin reads its phrase table (2.5 MB of JSON, 47,000 phrases) with one ``json.loads``
at import: ~150–250 ms in one C call, during which no other thread of the process runs.
In the window that is a frozen window once the first article is open (the pop-up's
dictionaries load on a worker thread beside it). So pypinyin is imported without it
(``PYPINYIN_NO_PHRASES``, its documented switch) and the same table is read here a slice
of ~64 KB at a time, then handed over through ``load_phrases_dict``, its documented way
to add phrases: the same dictionary, each call a few milliseconds.
"""

from __future__ import annotations

import json
import os
import re
import sys
from importlib.util import find_spec
from pathlib import Path
from typing import Any

__all__ = ["load_pypinyin", "phrases_in_slices"]

_SLICE = 64_000
"""Characters of JSON parsed in one call."""
_ENTRY_START = re.compile(r',\n(?="[^"\n]*": \[)')
"""Where one phrase's entry ends and the next begins in pypinyin's pretty-printed file."""


def load_pypinyin() -> Any:
    """The pypinyin module with its phrase table in (as it is, if something imported it already)."""
    if "pypinyin" in sys.modules:
        import pypinyin

        return pypinyin
    path = _phrases_file()
    if path is None:  # not laid out as expected: let pypinyin read its table itself
        import pypinyin

        return pypinyin
    before = os.environ.get("PYPINYIN_NO_PHRASES")
    os.environ["PYPINYIN_NO_PHRASES"] = "1"
    try:
        import pypinyin
    finally:
        if before is None:
            del os.environ["PYPINYIN_NO_PHRASES"]
        else:
            os.environ["PYPINYIN_NO_PHRASES"] = before
    pypinyin.load_phrases_dict(phrases_in_slices(path))
    return pypinyin


def _phrases_file() -> Path | None:
    spec = find_spec("pypinyin")
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / "phrases_dict.json"
    return path if path.is_file() else None


def phrases_in_slices(path: Path) -> dict[str, list[list[str]]]:
    """A JSON object of pypinyin's layout (one entry per ``"key": [`` line) parsed in slices."""
    body = path.read_text(encoding="utf-8").strip()[1:-1]
    phrases: dict[str, list[list[str]]] = {}
    start = 0
    while start < len(body):
        found = _ENTRY_START.search(body, start + _SLICE)
        end = found.start() if found else len(body)
        phrases.update(json.loads("{" + body[start:end].strip(",\n") + "}"))
        start = end + 1
    return phrases
