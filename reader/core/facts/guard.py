"""A rule that fails loses the facts of one sentence, not of the whole article.

The rules are many and the news they read is endless: a rule that raises on a sentence
no one foresaw (医生预计3个月后 once did) took every fact of the article with it, and
the library refused the file. ``guarded`` runs a finder on the whole text; if it raises,
it warns with ``RuleFailed`` (the tests turn warnings into errors, so a failing rule
still fails them) and runs the finder again sentence by sentence, leaving out only the
sentences it still fails on. What a sentence read alone loses (a dateline's day, a year
said before) is lost only in that rare case.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterator
from dataclasses import replace
from itertools import pairwise

from .model import Hit
from .spans import sentence_bounds

__all__ = ["RuleFailed", "guarded"]

Finder = Callable[[int, int], list[Hit]]
"""The hits of ``text[start:end]``, with offsets into that slice."""



class RuleFailed(RuntimeWarning):
    """A facts rule raised: the facts it would have found in the sentences named are left out."""


def guarded(what: str, text: str, find: Finder, *, by_sentence: bool = True) -> list[Hit]:
    """``find`` over the whole ``text``; if it raises, over each sentence (or nothing,
    without ``by_sentence``: a finder whose input is the whole text's other hits)."""
    try:
        return find(0, len(text))
    except Exception as exc:  # noqa: BLE001 - one rule's bug must not take the article's facts
        # Warned inside the handler: where warnings are errors (the tests), the rule's own
        # traceback comes with the warning's.
        _warn(f"a rule finding {what} failed ({type(exc).__name__}: {exc}); "
              + (f"{what} are read sentence by sentence" if by_sentence else f"no {what} are given"))
    if not by_sentence:
        return []
    hits: list[Hit] = []
    failed: list[int] = []
    for start, end in _sentences(text):
        try:
            hits += [replace(h, start=h.start + start, end=h.end + start) for h in find(start, end)]
        except Exception:  # noqa: BLE001
            failed.append(start)
    if failed:  # one line for them all: a rule failing on each of 99,000 lines is one bug
        shown = ", ".join(map(str, failed[:3])) + (", …" if len(failed) > 3 else "")
        _warn(f"the rule still failed on {len(failed)} sentence{'s' * (len(failed) > 1)} (at {shown}); "
              f"their {what} are left out")
    return hits


def _warn(message: str) -> None:
    warnings.warn(message, RuleFailed, stacklevel=3)


def _sentences(text: str) -> Iterator[tuple[int, int]]:
    """The spans of ``text``'s sentences, each with its closing mark."""
    return ((start, end) for start, end in pairwise(sentence_bounds(text)) if end > start)
