"""Read aloud, the pure part: what to say, sentence by sentence, and in which language.

The UI speaks one sentence at a time and highlights it; these functions decide the
sentences (from the cursor, or of the selection) and the voice's language.
"""

from __future__ import annotations

from typing import NamedTuple

from .readings import sentence_spans

__all__ = ["Utterance", "language_for", "utterances"]


class Utterance(NamedTuple):
    """One sentence to speak: ``text[start:end]``."""

    start: int
    end: int
    text: str


def utterances(text: str, start: int = 0, end: int | None = None) -> list[Utterance]:
    """The sentences of ``text[start:end]`` to speak in order (a sentence cut by ``start`` from there)."""
    end = len(text) if end is None else end
    out = []
    for a, b in sentence_spans(text):
        a, b = max(a, start), min(b, end)
        if a < b and text[a:b].strip():
            out.append(Utterance(a, b, text[a:b].strip()))
    return out


def language_for(variant: str) -> str:
    """The BCP 47 language of the voice: Cantonese for 香港繁體, Mandarin otherwise."""
    return {"hk": "yue", "tw": "zh-TW"}.get(variant, "zh-CN")
