"""Notes: highlights and margin notes kept against an article's text, and exported.

In: the article as written (``Article.text``, original script), spans of it, colours and
notes. Out: ``Annotation`` records with W3C TextQuote + TextPosition selectors (``model``),
placed again in the current text however it changed (``anchoring``), located in a shown
variant through its offset map (``shown``), stored as the library database's ``notes``
part (``store``), and exported: Markdown, plain text + HTML and CSV with citations
(``export``), W3C Web Annotation JSON (``webanno``), the clean article as Markdown with
front matter (``article_markdown``), and ``reader:`` links back to a passage (``links``).
"""

from __future__ import annotations

from .anchoring import Placed, Placement, anchor, anchor_all, anchoring
from .model import Annotation, Color, new_annotation
from .shown import ShownNote, notes_in_shown, source_span

__all__ = [
    "Annotation",
    "Color",
    "Placed",
    "Placement",
    "ShownNote",
    "anchor",
    "anchor_all",
    "anchoring",
    "new_annotation",
    "notes_in_shown",
    "source_span",
]
