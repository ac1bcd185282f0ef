"""``Scanner`` finds what ``re.finditer`` finds, trying only where a match can start."""

from __future__ import annotations

import re

import pytest

from reader.core.facts import amounts, cents
from reader.core.facts.scan import Scanner

TEXT = "约 5%的企业，营收增长百分之三；新台币 812.6 亿元、٣٠ 家、\u3000２０ 个工作站30个，五毛钱"


@pytest.mark.parametrize("pattern", [r"\s*\d+个", r"(?:约)?\s*[\d.]+\s*%", r"[\d]+", amounts._PERCENT,
                                     amounts._COUNT, amounts._MONEY, cents._CENTS,
                                     cents._BARE_DOLLAR])
def test_the_matches_are_those_of_finditer(pattern: str) -> None:
    scanner = Scanner(pattern)
    assert [m.span() for m in scanner.finditer(TEXT)] == [m.span() for m in re.finditer(pattern, TEXT)]


def test_digits_and_spaces_start_a_match_as_the_pattern_reads_them() -> None:
    assert Scanner(r"\s*\d+家")._starts is not None
    assert [m.group() for m in Scanner(r"\d+家").finditer("٣٠家与30家")] == ["٣٠家", "30家"]
