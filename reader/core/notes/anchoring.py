"""Anchoring: find each annotation in the current text by position, then by quote and context.

The model is the W3C Web Annotation's pair of selectors. An annotation still at its
TextPosition (the words there are its TextQuote's ``exact``) is placed at once: that is
every annotation of an article that did not change, and costs one slice each. Otherwise,
when the parser improved or the page was saved again, it is looked for, in order:

1. the same words elsewhere, the occurrence whose context (``prefix``/``suffix``) agrees
   best winning, then the one nearest the old position (MOVED);
2. the same words regardless of script, width and spacing (統戰 for 统战, a line break
   that came or went) through the search index, built only if needed (FUZZY);
3. a stretch between the surviving context, or between the quote's own first and last
   words, that reads like the quote (an edit inside it; FUZZY).

What none of these finds is kept, MISSING: listed as not found in the current text and
never dropped. A margin note (an empty quote) is placed by its context alone.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, NamedTuple

from ..steps import Steps, finish
from .model import Annotation

if TYPE_CHECKING:
    from ..find.search import Matcher

__all__ = ["CONTEXT", "Placed", "Placement", "anchor", "anchor_all", "anchoring", "quote_selector"]

CONTEXT = 32
"""Characters of context kept either side of a quote (as Hypothesis keeps)."""
_PROBE = 8
"""Length of the words used as landmarks when the quote itself changed."""
_CANDIDATES = 64
"""At most this many occurrences of a landmark are weighed (the nearest to the old place)."""
_SIMILAR = 0.6
"""How alike (difflib ratio) a changed stretch must read to count as the quote."""
_A_STEP = 200


class Placement(enum.StrEnum):
    """How an annotation was found in the current text."""

    EXACT = "exact"
    MOVED = "moved"
    FUZZY = "fuzzy"
    MISSING = "missing"


class Placed(NamedTuple):
    """An annotation and where it lies in the current source text (-1, -1 when missing)."""

    annotation: Annotation
    start: int
    end: int
    placement: Placement

    @property
    def found(self) -> bool:
        return self.placement is not Placement.MISSING


def quote_selector(text: str, start: int, end: int, context: int = CONTEXT) -> tuple[str, str, str]:
    """The TextQuote of ``text[start:end]``: (exact, prefix, suffix)."""
    start, end = sorted((max(0, min(start, len(text))), max(0, min(end, len(text)))))
    return text[start:end], text[max(0, start - context) : start], text[end : end + context]


def anchor(text: str, annotation: Annotation) -> Placed:
    """Where ``annotation`` lies in ``text`` now, and how it was found."""
    return _Finder(text).place(annotation)


def anchor_all(text: str, annotations: Iterable[Annotation]) -> list[Placed]:
    """Every annotation placed in ``text``: the found ones in reading order, then the missing."""
    return finish(anchoring(text, annotations))


def anchoring(text: str, annotations: Iterable[Annotation]) -> Steps[list[Placed]]:
    """``anchor_all`` in steps (a few hundred in place, or one that was searched for) for a caller that runs between them."""
    finder = _Finder(text)
    placed: list[Placed] = []
    for k, annotation in enumerate(annotations, 1):
        placed.append(finder.place(annotation))
        if k % _A_STEP == 0 or placed[-1].placement is not Placement.EXACT:  # a search: a step of its own
            yield
    return sorted(placed, key=_reading_order)


def _reading_order(placed: Placed) -> tuple[bool, int, int, str]:
    """Found ones by where they lie now; missing ones by where they were."""
    a = placed.annotation
    start, end = (placed.start, placed.end) if placed.found else (a.start, a.end)
    return not placed.found, start, end, a.created.isoformat()


class _Finder:
    """The current text, with a script- and space-blind index built only if a quote needs it."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._matcher: Matcher | None = None

    def place(self, a: Annotation) -> Placed:
        spot = self._margin(a) if a.is_margin_note else self._highlight(a)
        if spot is None:
            return Placed(a, -1, -1, Placement.MISSING)
        return Placed(a, *spot)

    # ---- highlights

    def _highlight(self, a: Annotation) -> tuple[int, int, Placement] | None:
        if self.text[a.start : a.end] == a.exact:
            return a.start, a.end, Placement.EXACT
        starts = self._occurrences(a.exact, a.start)
        if starts:
            best = self._best([(s, s + len(a.exact)) for s in starts], a)
            return (*best, Placement.MOVED)
        spans = self._loose(a.exact)
        if spans:
            return (*self._best(spans, a), Placement.FUZZY)
        changed = self._changed(a)
        return (*changed, Placement.FUZZY) if changed else None

    def _changed(self, a: Annotation) -> tuple[int, int] | None:
        """The stretch that reads most like the quote, between landmarks that survived."""
        probe = min(_PROBE, max(1, len(a.exact) // 3))
        heads = [p + len(a.prefix[-_PROBE:]) for p in self._occurrences(a.prefix[-_PROBE:], a.start)]
        heads += self._occurrences(a.exact[:probe], a.start)
        tails = self._occurrences(a.suffix[:_PROBE], a.end)
        tails += [p + probe for p in self._occurrences(a.exact[-probe:], a.end - probe)]
        shortest, longest = len(a.exact) // 2, len(a.exact) * 3 // 2 + 4
        best: tuple[float, int, int] | None = None
        for head in set(heads):
            for tail in set(tails):
                if shortest <= tail - head <= longest:
                    score = _likeness(a.exact, self.text[head:tail])
                    if score >= _SIMILAR and (best is None or score > best[0]):
                        best = (score, head, tail)
        return (best[1], best[2]) if best else None

    # ---- margin notes

    def _margin(self, a: Annotation) -> tuple[int, int, Placement] | None:
        text, at = self.text, a.start
        if text[max(0, at - len(a.prefix)) : at] == a.prefix and text[at : at + len(a.suffix)] == a.suffix:
            return at, at, Placement.EXACT
        if not a.prefix and not a.suffix:
            at = min(at, len(text))
            return at, at, Placement.EXACT
        starts = self._occurrences(a.prefix + a.suffix, at - len(a.prefix))
        if starts:
            point = self._best([(s + len(a.prefix), s + len(a.prefix)) for s in starts], a)[0]
            return point, point, Placement.MOVED
        points = [p + len(a.prefix) for p in self._occurrences(a.prefix, at - len(a.prefix))] if a.prefix else []
        points += self._occurrences(a.suffix, at) if a.suffix else []
        scored = [(self._context_score(p, p, a), p) for p in points]
        good = [(score, p) for score, p in scored if score >= max(len(a.prefix), len(a.suffix)) // 2]
        if good:
            point = max(good, key=lambda sp: (sp[0], -abs(sp[1] - at)))[1]
            return point, point, Placement.FUZZY
        return None

    # ---- shared

    def _occurrences(self, needle: str, near: int) -> list[int]:
        """Starts of ``needle`` (overlapping ones too), at most _CANDIDATES, nearest ``near`` first."""
        if not needle:
            return []
        found: list[int] = []
        at = self.text.find(needle)
        while at >= 0:
            found.append(at)
            at = self.text.find(needle, at + 1)
        found.sort(key=lambda p: abs(p - near))
        return found[:_CANDIDATES]

    def _loose(self, needle: str) -> list[tuple[int, int]]:
        """Spans matching ``needle`` regardless of script, width and whitespace."""
        if self._matcher is None:
            from ..find.search import Matcher  # the index is built only when a quote moved in form

            self._matcher = Matcher(self.text)
        return self._matcher.spans(needle)

    def _best(self, spans: Sequence[tuple[int, int]], a: Annotation) -> tuple[int, int]:
        """The span whose context agrees best with the stored context, then the nearest."""
        return max(spans, key=lambda s: (self._context_score(s[0], s[1], a), -abs(s[0] - a.start)))

    def _context_score(self, start: int, end: int, a: Annotation) -> int:
        before = self.text[max(0, start - len(a.prefix)) : start]
        after = self.text[end : end + len(a.suffix)]
        return _common_tail(before, a.prefix) + _common_head(after, a.suffix)


def _common_head(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _common_tail(a: str, b: str) -> int:
    return _common_head(a[::-1], b[::-1])


def _likeness(a: str, b: str) -> float:
    from difflib import SequenceMatcher  # only a quote edited inside needs it

    matcher = SequenceMatcher(None, a, b, autojunk=False)
    return matcher.ratio() if matcher.quick_ratio() >= _SIMILAR else 0.0
