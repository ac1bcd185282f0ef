"""Script: OpenCC conversion between 简体 / 繁體 / 臺灣正體 / 香港繁體 with offset maps, and folding.

``variants`` converts an Article into a shown variant with an ``OffsetMap`` so positions
survive a switch; ``fold`` maps text one character for one to a canonical script and width,
which search and facts work on (import it as ``reader.core.script.fold``: the package face
re-exports none of its functions, so the module's name is never shadowed by one).
"""

from __future__ import annotations

from .variants import ShownArticle, Variant, convert_article

__all__ = ["ShownArticle", "Variant", "convert_article"]
