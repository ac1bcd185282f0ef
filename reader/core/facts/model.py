"""The fact types every extractor shares: kinds, hits, mentions and facts."""

from __future__ import annotations

import enum
from dataclasses import dataclass

__all__ = ["Fact", "FactKind", "Hit", "Mention"]


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


@dataclass(frozen=True)
class Hit:
    """One raw finding of an extractor: a span of the folded text and its normalised value."""

    kind: FactKind
    start: int
    end: int
    value: str


@dataclass(frozen=True)
class Mention:
    """One place a fact occurs, with the sentence around it so the panel can show context."""

    start: int
    end: int
    sentence_start: int
    sentence_end: int


@dataclass(frozen=True)
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
