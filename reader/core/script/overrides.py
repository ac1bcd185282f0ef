"""Conversion you can correct: protected words and overrides on top of OpenCC, offsets kept.

OpenCC converts phrase by phrase and sometimes across a word boundary (OpenCC #1497:
被发明 → 被髮明, because 被发 is a phrase of its own). ``Corrections`` holds

- protected words, never converted: shown as written in every variant;
- overrides, per variant: this word → that text;
- and ``DEFAULT_OVERRIDES``, the known misconversions of the OpenCC version in use,
  shipped and each tested (tests/core/script/test_overrides.py).

``apply`` finds each word in the source text (folded, so a rule written in either
script matches both), replaces what the conversion made of it, and composes the
conversion's ``OffsetMap`` with the edit, so every offset still maps. ``decisions``
lists where a conversion did more than map characters one for one (a vocabulary swap,
a pick between 發 and 髮, a correction): the words a reader may want to see marked.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from ..offsets import OffsetMap
from ..steps import Steps, finish
from .fold import character_changes, fold

__all__ = ["DEFAULT_OVERRIDES", "Corrections", "Edit", "apply", "applying", "corrections_from_json",
           "corrections_to_json", "decisions", "load_corrections", "save_corrections"]

_TRADITIONAL = ("hant", "tw", "hk")
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_DELIMITERS = r"([\s\u3000-\u303f\uff00-\uff0f\uff1a-\uff20\u2018-\u201f\u2026,.;:!?()<>\"']+)"


def _everywhere(target: str) -> dict[str, str]:
    return dict.fromkeys(_TRADITIONAL, target)


DEFAULT_OVERRIDES: dict[str, dict[str, str]] = {
    # 被发 is an OpenCC phrase (被髮, "with loose hair"): it swallows the 发 of the next word.
    # Each rule holds the 被 so that it only applies there (头发生长 must stay 頭髮生長).
    **{"被" + word: _everywhere("被" + target) for word, target in (
        ("发明", "發明"), ("发掘", "發掘"), ("发射", "發射"), ("发表", "發表"), ("发送", "發送"),
        ("发动", "發動"), ("发起", "發起"), ("发出", "發出"), ("发行", "發行"), ("发配", "發配"),
        ("发给", "發給"), ("发放", "發放"), ("发还", "發還"), ("发生", "發生"), ("发扬", "發揚"),
        ("发挥", "發揮"), ("发展", "發展"))},
    "被发布": {"hant": "被發佈", "tw": "被釋出", "hk": "被發佈"},  # as OpenCC writes 发布 alone
    # s2t writes the old forms 喫 and 纔, which no modern traditional text uses.
    "吃": {"hant": "吃"},
    "刚才": {"hant": "剛才"},
    "方才": {"hant": "方才"},
}
"""Source word → {variant: shown text}: known misconversions of OpenCC 1.4 (see its issue #1497)."""


@dataclass(frozen=True)
class Corrections:
    """The user's protected words and per-variant overrides (the shipped defaults apply too)."""

    protected: tuple[str, ...] = ()
    overrides: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    """Variant value → {source word: shown text}."""
    defaults: bool = True

    def rules(self, variant: str) -> dict[str, str | None]:
        """Folded source word → shown text (None: as written) for ``variant``; users' rules win."""
        rules: dict[str, str | None] = {}
        if self.defaults:
            rules.update({fold(w): t[variant] for w, t in DEFAULT_OVERRIDES.items() if variant in t})
        rules.update({fold(w): t for w, t in self.overrides.get(variant, {}).items() if w})
        rules.update({fold(w): None for w in self.protected if w})
        return rules

    def protect(self, word: str) -> Corrections:
        """These corrections with ``word`` kept as written (and no override for it)."""
        overrides = {v: {w: t for w, t in rules.items() if fold(w) != fold(word)}
                     for v, rules in self.overrides.items()}
        protected = tuple(w for w in self.protected if fold(w) != fold(word))
        return Corrections((*protected, word), overrides, self.defaults)

    def override(self, variant: str, word: str, shown: str) -> Corrections:
        """These corrections with ``word`` always shown as ``shown`` in ``variant``."""
        overrides = {v: dict(rules) for v, rules in self.overrides.items()}
        overrides.setdefault(variant, {})[word] = shown
        protected = tuple(w for w in self.protected if fold(w) != fold(word))
        return Corrections(protected, overrides, self.defaults)


class Edit(NamedTuple):
    """A correction made: ``shown[start:end]`` (after editing) came from source ``source``."""

    start: int
    end: int
    source: str


def apply(source: str, shown: str, offsets: OffsetMap, variant: str,
          corrections: Corrections) -> tuple[str, OffsetMap, list[Edit]]:
    """``shown`` (converted from ``source`` through ``offsets``) with ``corrections`` applied."""
    return finish(applying(source, shown, offsets, variant, corrections))


def applying(source: str, shown: str, offsets: OffsetMap, variant: str,
             corrections: Corrections) -> Steps[tuple[str, OffsetMap, list[Edit]]]:
    """``apply`` in steps: the source is folded to find the rules' words a piece at a time
    (folding 左传 at once takes ~90 ms), so a book never holds a GUI up."""
    rules = corrections.rules(variant)
    if not rules:
        return shown, offsets, []
    folded = yield from _folding(source)
    replacements = _replacements(source, shown, offsets, rules, folded)
    if not replacements:
        return shown, offsets, []
    parts, pieces, edits, at, length = [], [], [], 0, 0
    for start, end, text, word in replacements:
        parts += [shown[at:start], text]
        pieces += [(start - at, start - at), (end - start, len(text))]
        position = length + start - at  # the new text's length so far: kept, not summed each time
        length = position + len(text)
        edits.append(Edit(position, length, word))
        at = end
    parts.append(shown[at:])
    pieces.append((len(shown) - at, len(shown) - at))
    return "".join(parts), offsets.then(OffsetMap.from_pieces(pieces)), edits


def _folding(source: str, size: int = 50_000) -> Steps[str]:
    """``fold(source)`` a piece at a time (folding is one character for one)."""
    pieces = []
    for start in range(0, len(source), size):
        pieces.append(fold(source[start : start + size]))
        yield
    return "".join(pieces)


def _replacements(source: str, shown: str, offsets: OffsetMap, rules: dict[str, str | None],
                  folded: str) -> list[tuple[int, int, str, str]]:
    """(shown start, shown end, new text, source word) for each rule's matches, left to right.

    Longer words first; a match overlapping one already taken is skipped.
    """
    starts: list[int] = []  # the matches taken, sorted and never overlapping: a bisect finds neighbours
    ends: list[int] = []
    found = []
    for key in sorted(rules, key=len, reverse=True):
        at = folded.find(key)
        while at >= 0:
            end = at + len(key)
            k = bisect_right(starts, at)
            if (k == 0 or ends[k - 1] <= at) and (k == len(starts) or starts[k] >= end):
                starts.insert(k, at)
                ends.insert(k, end)
                start_shown, end_shown = offsets.span_to_shown(at, end)
                target = rules[key]
                found.append((start_shown, end_shown, source[at:end] if target is None else target,
                              source[at:end]))
            at = folded.find(key, end)
    found.sort()
    kept = [f for f in found if shown[f[0] : f[1]] != f[2]]
    return [f for k, f in enumerate(kept) if k == 0 or kept[k - 1][1] <= f[0]]


def decisions(source: str, shown: str, offsets: OffsetMap, config: str | None) -> list[tuple[int, int]]:
    """Shown spans where the conversion chose: not the character table's one-for-one answer.

    A vocabulary swap (软件 → 軟體), a pick among several forms (发 → 髮 rather than
    發) or a change of length; plain one-for-one mapping (国 → 國) is not marked.
    Lines (and within a changed line, the pieces between punctuation, which no OpenCC
    phrase crosses) are compared in step.
    """
    if config is None:
        return []
    table = character_changes(config)
    source_lines, shown_lines = source.split("\n"), shown.split("\n")
    if len(source_lines) != len(shown_lines):
        return []
    spans: list[tuple[int, int]] = []
    base = 0
    for a, b in zip(source_lines, shown_lines, strict=True):
        pairs = [(a, b)] if len(a) == len(b) else _pieces(a, b)
        at = base
        for x, y in pairs:
            if len(x) == len(y):
                spans += _runs(at, [table.get(p, p) != q and p != q and _HAN.match(q) is not None
                                    for p, q in zip(x, y, strict=True)])
            else:
                spans += _differing(at, x, y)
            at += len(y)
        base += len(b) + 1
    return spans


def _pieces(a: str, b: str) -> list[tuple[str, str]]:
    """The pieces of two lines cut at the same punctuation (delimiters as pieces of their own)."""
    a_parts, b_parts = re.split(_DELIMITERS, a), re.split(_DELIMITERS, b)
    if len(a_parts) != len(b_parts):
        return [(a, b)]
    return [(x, y) for x, y in zip(a_parts, b_parts, strict=True) if x or y]


def _runs(base: int, flags: list[bool]) -> list[tuple[int, int]]:
    runs, start = [], -1
    for i, flag in enumerate([*flags, False]):
        if flag and start < 0:
            start = i
        elif not flag and start >= 0:
            runs.append((base + start, base + i))
            start = -1
    return runs


def _differing(base: int, a: str, b: str) -> list[tuple[int, int]]:
    """Two pieces of different length (a phrase was swapped): the parts of ``b`` not in ``a``."""
    from difflib import SequenceMatcher

    blocks = SequenceMatcher(None, fold(a), fold(b), autojunk=False).get_opcodes()
    return [(base + j1, base + j2) for op, _i1, _i2, j1, j2 in blocks if op != "equal" and j2 > j1]


# ---- the corrections file (and the settings' JSON form)

def corrections_to_json(corrections: Corrections) -> dict[str, Any]:
    """The JSON form saved with the settings and written by File ▸ Export Corrections."""
    return {"protected": list(corrections.protected),
            "overrides": {v: dict(r) for v, r in corrections.overrides.items() if r},
            "defaults": corrections.defaults}


def corrections_from_json(data: Any) -> Corrections:
    """Corrections from their JSON form; anything malformed is left out, never an error."""
    if not isinstance(data, dict):
        return Corrections()
    protected = tuple(w for w in data.get("protected", ()) if isinstance(w, str) and w.strip())
    overrides: dict[str, dict[str, str]] = {}
    raw = data.get("overrides", {})
    for variant, rules in (raw.items() if isinstance(raw, dict) else ()):
        if isinstance(variant, str) and isinstance(rules, dict):
            overrides[variant] = {w: t for w, t in rules.items()
                                  if isinstance(w, str) and isinstance(t, str) and w.strip()}
    defaults = data.get("defaults", True)
    return Corrections(protected, overrides, defaults if isinstance(defaults, bool) else True)


def save_corrections(path: Path, corrections: Corrections) -> None:
    """Write ``corrections`` to ``path`` as JSON, atomically (raises WriteFailed when the OS refuses)."""
    from ..writing import write_atomically

    write_atomically(path, json.dumps(corrections_to_json(corrections), ensure_ascii=False, indent=1).encode("utf-8"))


def load_corrections(path: Path) -> Corrections:
    """Read a corrections file; raises ValueError if it is not one."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not ({"protected", "overrides"} & set(data)):
        raise ValueError("not a corrections file")
    return corrections_from_json(data)


