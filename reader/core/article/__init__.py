"""Article: the lines of a text become a cleaned Article, and an Article becomes what the UI shows.

In: decoded lines (``parse.parse_text``). Stages: ``cleanup`` (boilerplate set aside with a
reason) → ``parse`` with ``meta`` (title, column, outlet, date, credits) and ``assemble``
(the reading text built block by block) → ``outline``. ``prepare`` is what showing an article
in a variant needs, as steps the UI can run a slice at a time.
"""

from __future__ import annotations

from .outline import build_outline
from .parse import parse_text

__all__ = ["build_outline", "parse_text"]
