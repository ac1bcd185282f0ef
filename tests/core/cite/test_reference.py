"""Reference-list entries (a bibliography): the citation's source part alone, numbered in GB/T 7714."""

from __future__ import annotations

from datetime import date

from reader.core import open_article
from reader.core.cite.citation import CitationStyle, quote, reference
from tests.conftest import SEED

DAY = date(2026, 12, 1)


def test_each_style_has_its_reference_form() -> None:
    seed = open_article(SEED)
    gbt = reference(seed, CitationStyle.GBT7714, accessed=DAY, number=3).text
    assert gbt.startswith("[3] 江门市委统战部. (广东统战工作巡礼)江门:") and "[EB/OL]. (2022-07-25)[2026-12-01]." in gbt
    apa = reference(seed, CitationStyle.APA, accessed=DAY)
    assert apa.text.startswith("江门市委统战部. (2022, July 25). 江门:") and "<i>江门:" in apa.html
    chicago = reference(seed, CitationStyle.CHICAGO, accessed=DAY).text
    assert chicago.startswith("江门市委统战部. “江门:") and chicago.endswith("July 25, 2022. http://www.gd.chinanews.com.")


def test_the_reference_is_what_a_quotation_cites() -> None:
    seed = open_article(SEED)
    for style in (CitationStyle.GBT7714, CitationStyle.APA):
        cited = quote(seed, 100, 120, style, accessed=DAY).text.split("\n\n")[1]
        assert cited == reference(seed, style, accessed=DAY).text
