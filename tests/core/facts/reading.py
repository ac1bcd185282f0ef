"""The facts tests' way of reading a sentence as published at one moment: its facts of a kind,
its dates' intervals, its values (one helper for the round files, not a copy in each)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from reader.core.facts import extract_facts, facts_to_json
from reader.core.model import Article


@dataclass(frozen=True)
class Reading:
    """Sentences read as published at ``published``."""

    published: datetime

    def facts(self, text: str, kind: str) -> list[dict[str, Any]]:
        found = facts_to_json(extract_facts(Article(text=text, blocks=(), published=self.published)))
        return [f for f in found if f["kind"] == kind]

    def intervals(self, text: str) -> dict[str, list[str | None]]:
        """Each date's phrase and its first and last second."""
        return {f["text"]: f["interval"] for f in self.facts(text, "date")}

    def values(self, text: str, kind: str) -> list[str]:
        return [f["value"] for f in self.facts(text, kind)]

    def dates(self, text: str) -> dict[str, tuple[str, str, list[str | None]]]:
        """Each date's phrase with its kind, value and interval."""
        return {f["text"]: (f["value_kind"], f["value"], f["interval"]) for f in self.facts(text, "date")}


def days(interval: list[str | None]) -> tuple[str, str]:
    """An interval's first and last day (an open end as "")."""
    first, last = interval
    return (first or "")[:10], (last or "")[:10]


def months(interval: list[str | None]) -> tuple[str, str]:
    """An interval's first and last month (an open end as "")."""
    first, last = interval
    return (first or "")[:7], (last or "")[:7]


NEWS_LINES = Reading(datetime(2024, 6, 12, 10, 0))
"""The news lines read as published on the day their reads were made against (a Wednesday)."""
