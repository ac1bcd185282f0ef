"""Sources: a path becomes decoded text (``loading``); saved pages and Markdown become Articles.

In: a file path (and optionally a forced encoding). Out: ``Source`` (decoded text, format,
encoding) from ``read_source``; ``html_article.parse_html`` and ``markdown_source.parse_markdown``
turn a decoded page into an ``Article``. Those two load on first use, not at start-up.
"""

from __future__ import annotations

from .loading import Source, read_source

__all__ = ["Source", "read_source"]
