"""The words of a shown article with their readings and senses: what ``reader words`` prints."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .dictionary import dictionary
from .lookup import WordInfo
from .readings import jyutping, readings
from .segment import has_han, segment

__all__ = ["info_json", "word_rows"]


def word_rows(text: str, names: Iterable[str] = ()) -> list[dict[str, Any]]:
    """Each word of ``text`` in order: text, start, end, pinyin (in context), jyutping, definitions."""
    words = segment(text, names)
    syllables = readings(text, words)
    found = dictionary()
    rows = []
    for w in words:
        form = text[w.start : w.end]
        han = has_han(form)
        rows.append({
            "text": form, "start": w.start, "end": w.end,
            "pinyin": " ".join(s for s in syllables[w.start : w.end] if s) if han else "",
            "jyutping": jyutping(form) if han else "",
            "definitions": [d for e in found.lookup(form) for d in e.definitions] if han else [],
        })
    return rows


def info_json(info: WordInfo) -> dict[str, Any]:
    """One dictionary answer as JSON (``reader words --lookup WORD --json``)."""
    return {
        "word": info.word, "simplified": info.simplified, "traditional": info.traditional,
        "pinyin": info.pinyin, "zhuyin": info.zhuyin, "jyutping": info.jyutping,
        "definitions": list(info.definitions),
        "entries": [{"traditional": e.traditional, "simplified": e.simplified, "pinyin": e.pinyin,
                     "definitions": list(e.definitions)} for e in info.entries],
    }


