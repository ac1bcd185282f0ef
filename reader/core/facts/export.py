"""Writing facts to a file the user chose: CSV (Excel-friendly, with a BOM) or JSON, by suffix."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from . import facts_to_csv, facts_to_json
from .model import Fact

__all__ = ["write_facts"]


def write_facts(path: Path, facts: Sequence[Fact]) -> None:
    """``.json`` gets a JSON list, anything else CSV with a header row."""
    if path.suffix.lower() == ".json":
        path.write_text(json.dumps(facts_to_json(facts), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    else:
        path.write_text(facts_to_csv(facts), encoding="utf-8-sig")
