"""Script-insensitive search: find a query in the shown text as the reader means it.

A query matches regardless of script (统战 = 統戰, 发 = 發/髮), width (，= , and
０ = 0), Latin case (unless asked) and whitespace: 统战工作 matches 统战 工作 and
统战\\n工作, and whitespace typed in the query is ignored too. The text is folded
once (``fold`` keeps every offset), its whitespace is squeezed out into a compact
copy, and the gaps it leaves map each compact position back to the text, so a keystroke
costs one C-speed scan of the compact copy plus a lookup per hit.

A regex is applied to the folded text itself (whitespace kept), so ``\\s*`` and
anchors mean what they say; its own script and width are folded character by
character, a full-width character standing for its half-width twin literally.

A user's regex cannot run away. It runs in the ``regex`` module (re's syntax,
lookarounds and backreferences included) with a time budget: a pattern such as
``(a+)+$`` that backtracks without bound raises ``TooSlow`` once the budget is spent,
and the GIL is released while it matches, so a window searching on a worker thread
keeps painting. Measured against RE2 (google-re2, linear time) and ``re`` under an
alarm, see README: RE2 lacks backreferences and lookarounds, holds the GIL and costs
~50x ``re`` a hit on str; an alarm works on the main thread only.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property
from importlib import import_module
from itertools import islice
from typing import Any

from ..script.fold import fold, fold_script, fold_width

__all__ = ["MAX_EXPANSION", "REGEX_SECONDS", "InvalidQuery", "Match", "Matcher", "SearchOptions", "TooSlow", "find_all"]

REGEX_SECONDS = 2.0
"""A regex search's default time budget; the CLI gives more, the find bar less."""
MAX_EXPANSION = 100_000
"""Most atom copies a pattern's counted repeats may make (``a{1000}`` is 1,000): ~30 MB compiled."""

_CONTEXT = 20
_IGNORED = r"\s\u200b-\u200d\u2060\ufeff"
_GAPS = re.compile(f"[{_IGNORED}]+")
_WORDS = re.compile(f"[^{_IGNORED}]+")
_BREAKS = re.compile("[\t\n\v\f\r\x1c-\x1f\x85\u2028\u2029]")


class InvalidQuery(ValueError):
    """A regular expression that does not compile; ``str()`` is the ``re`` module's reason."""


class TooSlow(InvalidQuery):
    """A regular expression that did not finish within its time budget (it backtracks without bound)."""


@dataclass(frozen=True)
class SearchOptions:
    """How a query is read: Latin case matters or not; a literal phrase or a regex."""

    case_sensitive: bool = False
    regex: bool = False
    seconds: float = REGEX_SECONDS
    """The time budget of a regex search."""


@dataclass(frozen=True, slots=True)
class Match:
    """A hit: ``text[start:end]``, with a line of context starting at ``context_start``.

    ``context`` is up to 20 characters either side of the hit, with
    line breaks shown as spaces (one for one, so offsets into it still line up).
    """

    start: int
    end: int
    context: str
    context_start: int


class Matcher:
    """One text, prepared on first use, searched once per keystroke."""

    def __init__(self, text: str) -> None:
        self.text = text

    def prepare(self) -> Matcher:
        """Fold and index the text now (about 0.1 s for 2 MB), e.g. off the GUI thread.

        Otherwise the first search pays for it.
        """
        _ = self._gaps
        return self

    def find_all(self, query: str, options: SearchOptions = SearchOptions(), *,
                 limit: int | None = None) -> list[Match]:
        """Every non-overlapping hit of ``query`` in reading order (at most ``limit``).

        Raises InvalidQuery for a regex that does not compile; an empty query finds nothing.
        """
        return [match_at(self.text, start, end) for start, end in self.spans(query, options, limit=limit)]

    def spans(self, query: str, options: SearchOptions = SearchOptions(), *,
              limit: int | None = None) -> list[tuple[int, int]]:
        """The ``(start, end)`` of every hit, without context: what highlighting needs."""
        if options.regex:
            return self._regex_spans(query, options, limit)
        return self._phrase_spans(query, options.case_sensitive, limit)

    # ---- Private API

    @cached_property
    def _folded(self) -> str:
        return fold(self.text)

    @cached_property
    def _compact(self) -> str:
        """The folded text without whitespace: what phrases are looked for in."""
        return _GAPS.sub("", self._folded)

    @cached_property
    def _lower_compact(self) -> str:
        return _lower(self._compact)

    @cached_property
    def _gaps(self) -> tuple[list[int], list[int]]:
        """Where whitespace was squeezed out: compact offsets of the gaps and the text skipped so far.

        A text offset is its compact offset plus the whitespace before it, so only
        the gaps are kept, not an offset per character (4 bytes each: 200 MB for 50 MB).
        """
        starts, skipped, removed = [], [], 0
        for gap in _GAPS.finditer(self._folded):
            removed += gap.end() - gap.start()
            starts.append(gap.end() - removed)
            skipped.append(removed)
        return starts, skipped

    def _to_text(self, compact: int) -> int:
        starts, skipped = self._gaps
        i = bisect_right(starts, compact)
        return compact + (skipped[i - 1] if i else 0)

    def _phrase_spans(self, query: str, case_sensitive: bool, limit: int | None) -> list[tuple[int, int]]:
        needle = _GAPS.sub("", fold(query))
        if not needle:
            return []
        haystack = self._compact
        # Only a query with letters pays for a lower-cased copy of the text.
        if not case_sensitive and needle.lower() != needle.upper():
            needle, haystack = _lower(needle), self._lower_compact
        return self._map(_find_all(haystack, needle, limit), len(needle))

    def _map(self, starts: list[int], length: int) -> list[tuple[int, int]]:
        """Compact offsets of hits of ``length`` characters → text spans."""
        to_text = self._to_text
        return [(to_text(s), to_text(s + length - 1) + 1) for s in starts]

    def _regex_spans(self, query: str, options: SearchOptions, limit: int | None) -> list[tuple[int, int]]:
        pattern = _compile(query, options.case_sensitive)
        if pattern is None:
            return []
        spans = []
        try:
            for hit in pattern.finditer(self._folded, timeout=options.seconds, concurrent=True):
                if hit.end() > hit.start():
                    spans.append(hit.span())
                    if limit is not None and len(spans) >= limit:
                        break
        except TimeoutError:
            raise TooSlow(f"no result within {options.seconds:g} s") from None
        except MemoryError:  # its backtracking stack grew past what the process may map
            raise TooSlow("the pattern needs too much memory on this text") from None
        return spans



def match_at(text: str, start: int, end: int) -> Match:
    """The hit ``text[start:end]`` with its context: made one at a time where many are printed."""
    context_start = max(0, start - _CONTEXT)
    context = _BREAKS.sub(" ", text[context_start : end + _CONTEXT])
    return Match(start, end, context, context_start)


def find_all(text: str, query: str, options: SearchOptions = SearchOptions()) -> list[Match]:
    """Every hit of ``query`` in ``text``: a one-off search (prepare a Matcher to search again)."""
    return Matcher(text).find_all(query, options)


def _find_all(haystack: str, needle: str, limit: int | None) -> list[int]:
    """Start of every non-overlapping occurrence, left to right.

    ``re`` scans CJK text two to three times faster than a ``str.find`` loop.
    """
    hits = re.compile(re.escape(needle)).finditer(haystack)
    return [hit.start() for hit in islice(hits, limit)]


def _lower(text: str) -> str:
    """Lower case that keeps every offset (``İ``.lower() alone grows to two characters).

    Text already in lower case is returned as it is, not copied.
    """
    if text.islower() and "\u0130" not in text:
        return text
    return text.replace("\u0130", "i").lower()


def _compile(query: str, case_sensitive: bool) -> Any:
    """The query as a ``regex`` pattern over folded text (re's syntax); None when it is empty."""
    if not query:
        return None
    import regex  # only regex searches load it

    folded = "".join(_literal_width(c) for c in fold_script(query))
    if _expansion(folded) > MAX_EXPANSION:
        raise InvalidQuery(f"repeat counts too large (over {MAX_EXPANSION:,} copies)")
    flags = regex.VERSION0 | (0 if case_sensitive else regex.IGNORECASE)
    try:
        return regex.compile(folded, flags)
    except (regex.error, OverflowError, RecursionError, ValueError) as exc:
        raise InvalidQuery(str(exc)) from exc


def _expansion(pattern: str) -> int:
    """How many copies of its atoms compiling ``pattern`` may build: counted repeats multiply.

    The regex module compiles ``a{99999999}`` into that many nodes (28 GB); ``re``'s own
    parser reads the counts. A pattern it cannot parse (regex-only syntax) is judged
    by its largest count alone.
    """
    _parser = import_module("re._parser")  # private, and typed differently across Pythons

    try:
        return _weight(_parser.parse(pattern).data)
    except Exception:  # noqa: BLE001 - not re's syntax: judge by the counts written
        return max((int(n) for n in re.findall(r"\{\s*(\d{1,12})", pattern)), default=1)


def _weight(items: Any) -> int:
    total = 0
    for op, arg in items:
        name = str(op)
        if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, _high, sub = arg
            total += max(1, low) * _weight(sub)
        elif name == "SUBPATTERN":
            total += _weight(arg[-1])
        elif name == "BRANCH":
            total += sum(_weight(branch) for branch in arg[1])
        elif name in ("ASSERT", "ASSERT_NOT"):
            total += _weight(arg[1])
        else:
            total += 1
    return total


def _literal_width(char: str) -> str:
    """A full-width character becomes its half-width twin, escaped: （ still means a bracket."""
    narrow = fold_width(char)
    return char if narrow == char else re.escape(narrow)
