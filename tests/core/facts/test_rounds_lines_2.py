"""Dates, amounts and counts read on a second sample of single news lines (People's Daily-style,
Weibo, sport and finance lines of the names corpora), none of them read before.

Every phrase here is our own, written in the way of the lines read; none comes from a held-out
suite. The reference is 2024-06-12 10:00 (a Wednesday), the day the lines were read against.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.core.facts.reading import Reading

PUBLISHED = datetime(2024, 6, 12, 10, 0)
_READ = Reading(PUBLISHED)
facts, intervals, values = _READ.facts, _READ.intervals, _READ.values


# ---- Shares


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("受原材料价格上涨影响，公司的毛利率跌至-9.39%，为近年最低。", "-9.39%"),
        ("今年前三季度，中央政府投资增速维持在－7.7%的低位运行。", "-7.7%"),
        ("交通银行(5.08,-0.02,-0.39%)近日宣布推出新的代发工资业务。", "-0.39%"),
    ],
)
def test_a_minus_sign_before_a_share_makes_it_negative(text: str, value: str) -> None:
    assert value in values(text, "percent")


@pytest.mark.parametrize(
    ("text", "value"),
    [("专家预计，今年的降幅约为30-50%，高于去年同期的水平。", "30-50%"), ("该型号的编号为A-5%，并不是一个比例数字。", "5%")],
)
def test_a_dash_after_a_number_or_a_letter_is_no_minus(text: str, value: str) -> None:
    assert value in values(text, "percent")
