"""The fact types every extractor shares: kinds, hits, mentions and facts."""

from __future__ import annotations

import enum
from dataclasses import dataclass

__all__ = ["NUMERIC_KINDS", "Detail", "Fact", "FactKind", "Hit", "Mention", "Qualifier"]


class FactKind(enum.StrEnum):
    """What a fact is; the order of the members is the order the facts panel lists them."""

    DATE = "date"
    MONEY = "money"
    COUNT = "count"
    PERCENT = "percent"
    ORGANISATION = "organisation"
    PLACE = "place"
    PERSON = "person"
    TITLE = "title"
    SLOGAN = "slogan"
    ABBREVIATION = "abbreviation"


NUMERIC_KINDS = (FactKind.DATE, FactKind.MONEY, FactKind.PERCENT, FactKind.COUNT)
"""Kinds valued by a number or a time rather than by words, in the order an overlap between
them is settled (a date over the money it may read as)."""


class Qualifier(enum.StrEnum):
    """What a normalised value says: one point, a fuzzy one, a span, a bound or a length."""

    EXACT = "exact"
    APPROXIMATE = "approximate"
    RANGE = "range"
    MORE_THAN = "more-than"
    LESS_THAN = "less-than"
    PERIOD = "period"
    DURATION = "duration"
    RECURRING = "recurring"


@dataclass(frozen=True, slots=True)
class Detail:
    """A value taken apart for machines: its qualifier, its bounds and its unit.

    For dates ``low``/``high`` are ISO 8601 at the phrase's grain and inclusive
    (上半年 → 2022-01 … 2022-06), ``first``/``last`` the first and last second it
    covers, ``unit`` the grain. For amounts ``low``/``high`` are plain decimals
    (None where a bound is open: 超1000 has no upper one) and ``unit`` the ISO 4217
    code, the measure word, or %, ‰, pp. ``duration`` is ISO 8601 (P3D) for a length.
    """

    qualifier: Qualifier
    low: str | None = None
    high: str | None = None
    unit: str | None = None
    first: str | None = None
    last: str | None = None
    duration: str | None = None


@dataclass(frozen=True, slots=True)
class Hit:
    """One raw finding of an extractor: a span of the folded text and its normalised value."""

    kind: FactKind
    start: int
    end: int
    value: str
    detail: Detail | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    """One place a fact occurs, with the sentence around it so the panel can show context."""

    start: int
    end: int
    sentence_start: int
    sentence_end: int


@dataclass(frozen=True, slots=True)
class Fact:
    """A fact of the article: its first mention's text and span, its value, and every mention.

    ``text`` is ``article.text[start:end]`` (the first mention, in the script the
    article was written in); ``value`` is the normalised form that identifies the
    fact, so the same fact written twice is one Fact with two mentions.
    """

    kind: FactKind
    text: str
    start: int
    end: int
    value: str
    sentence: str
    mentions: tuple[Mention, ...]
    detail: Detail | None = None
