"""Sums as Taiwan, Hong Kong and Singapore key them: the formal 仟 and 佰 after digits, a sum in
three sections (1萬2千5百元), the Singapore dollar named before the number, and notes or coins
counted after a currency's name.

Every phrase here is our own, written in the way of the pages read; none comes from a held-out
suite.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.core.facts.reading import Reading

_READ = Reading(datetime(2024, 11, 20, 10, 0))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("每戶補助新臺幣3萬5仟元，年底前發放。", "35000 TWD"),  # was nothing
        ("市府編列2仟5佰萬元預算，用於道路改善。", "25000000 CNY"),
        ("每人可領取1萬2千5百元津貼。", "12500 CNY"),  # was nothing (jionlp: 22500)
        ("參加者可獲新幣1000元獎金。", "1000 SGD"),  # was 1000 of the home currency
        ("该计划每年拨款新元5亿元。", "500000000 SGD"),
    ],
)
def test_sums_keyed_as_taiwan_hong_kong_and_singapore_write_them(text: str, value: str) -> None:
    assert value in _READ.values(text, "money")


def test_notes_counted_after_a_currencys_name_are_no_sum() -> None:
    assert not _READ.values("央行将发行人民币1000万枚纪念币。", "money")
