"""Pinyin spelled with tone numbers (``zhong1 guo2``) → with tone marks (``zhōng guó``)."""

from __future__ import annotations

__all__ = ["numbered_to_marks", "syllable_to_marks"]

_MARKS = {
    "a": "āáǎàa", "e": "ēéěèe", "i": "īíǐìi", "o": "ōóǒòo", "u": "ūúǔùu", "ü": "ǖǘǚǜü",
    "A": "ĀÁǍÀA", "E": "ĒÉĚÈE", "I": "ĪÍǏÌI", "O": "ŌÓǑÒO", "U": "ŪÚǓÙU", "Ü": "ǕǗǙǛÜ",
}


def syllable_to_marks(syllable: str) -> str:
    """``lu:e4`` → ``lüè``; a syllable without a tone number is returned as it is."""
    if not syllable or not syllable[-1].isdigit():
        return syllable.replace("u:", "ü").replace("U:", "Ü")
    tone = int(syllable[-1])
    body = syllable[:-1].replace("u:", "ü").replace("U:", "Ü").replace("v", "ü")
    if tone not in (1, 2, 3, 4, 5):
        return body
    lower = body.lower()
    if "a" in lower:
        at = lower.index("a")
    elif "e" in lower:
        at = lower.index("e")
    elif "ou" in lower:
        at = lower.index("o")
    else:
        at = max((i for i, ch in enumerate(lower) if ch in "aeiouü"), default=-1)
    if at < 0:
        return body
    return body[:at] + _MARKS[body[at]][tone - 1] + body[at + 1 :]


def numbered_to_marks(pinyin: str) -> str:
    """Every space-separated syllable of ``pinyin`` with its tone mark."""
    return " ".join(syllable_to_marks(s) for s in pinyin.split())
