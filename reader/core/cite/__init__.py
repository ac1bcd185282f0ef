"""Cite: a passage of the shown text as a quotation with its citation (GB/T 7714, APA, Chicago…)."""

from __future__ import annotations

from .citation import CitationStyle, CitedPart, Quotation, cite, quote

__all__ = ["CitationStyle", "CitedPart", "Quotation", "cite", "quote"]
