"""Writing facts to a file the user chose: CSV (Excel-friendly, with a BOM) or JSON, by suffix."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from ..writing import write_atomically
from . import facts_to_csv, facts_to_json
from .model import Fact

__all__ = ["facts_file", "write_facts"]


def write_facts(path: Path, facts: Sequence[Fact], *, protect: Iterable[str | os.PathLike[str]] = ()) -> None:
    """``.json`` gets a JSON list, anything else CSV with a header row; written atomically.

    Raises WriteRefused when ``path`` is one of ``protect`` (the article being read),
    WriteFailed when the OS refuses; nothing is written then.
    """
    write_atomically(path, facts_file(path, facts), protect=protect)


def facts_file(path: Path, facts: Sequence[Fact]) -> bytes:
    """The bytes of the facts file ``path`` names, in the format its suffix asks for."""
    if path.suffix.lower() == ".json":
        return (json.dumps(facts_to_json(facts), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    return facts_to_csv(facts).encode("utf-8-sig")
