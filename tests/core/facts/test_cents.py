"""Money as Hong Kong and Macau say and write it, and amounts under one unit.

Every sentence is our own. An article that names 香港 (or 澳門) takes that
place's dollar for a bare 元 and for the spoken units 蚊, 個, 毫 and 仙.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.core.facts.test_facts_values import facts, one


def money(text: str) -> dict[str, Any]:
    fact = one(text, "money")
    return {"text": fact["text"], "kind": fact["value_kind"], "from": fact["from"], "to": fact["to"],
            "currency": fact["currency"]}


@pytest.mark.parametrize(
    ("text", "phrase", "amount"),
    [
        ("香港的士起錶收費加價兩毫。", "兩毫", 0.2),
        ("香港街市一粒糖賣五毫子。", "五毫子", 0.5),
        ("香港報紙每份加價五十仙。", "五十仙", 0.5),
        ("香港股市收市，匯豐每股升1毫。", "1毫", 0.1),
        ("香港茶餐廳以前一件蛋撻賣一毫半。", "一毫半", 0.15),
        ("香港茶餐廳一杯奶茶十二個半。", "十二個半", 12.5),
        ("香港街市話呢啲菜三個一毫四。", "三個一毫四", 3.14),
        ("香港街市話菜心三個四一斤。", "三個四", 3.4),
        ("香港街坊話買份報紙要個半。", "個半", 1.5),
        ("香港巴士車費兩蚊。", "兩蚊", 2),
        ("香港以前搭電車一蚊半。", "一蚊半", 1.5),
        ("香港一張舊鈔換五千港紙。", "五千港紙", 5000),
        ("香港的士司機違例泊車，被罰款五百大元。", "五百大元", 500),
    ],
)
def test_ten_cents_cents_and_the_spoken_dollar(text: str, phrase: str, amount: float) -> None:
    got = money(text)
    assert (got["text"], got["kind"], got["currency"]) == (phrase, "exact", "HKD")
    assert got["from"] == pytest.approx(amount)


@pytest.mark.parametrize(
    ("text", "kind", "low", "high"),
    [
        ("香港一碟炒麵要十幾蚊。", "approximate", 11, 19),
        ("香港一餐飯都要百幾蚊。", "approximate", 110, 190),
        ("香港一個飯盒賣三蚊幾。", "approximate", 3.1, 3.9),
        ("一斤菜三块多钱。", "more-than", 3, None),
    ],
)
def test_some_after_the_dollar(text: str, kind: str, low: float, high: float | None) -> None:
    got = money(text)
    assert got["kind"] == kind and got["from"] == pytest.approx(low)
    assert got["to"] == (None if high is None else pytest.approx(high))


def test_macau_says_the_same_of_the_pataca() -> None:
    found = {f["text"]: (f["amount"], f["currency"]) for f in facts("澳門巴士車費六蚊半，另收$2，月票收五個半。", "money")}
    assert found == {"六蚊半": (6.5, "MOP"), "$2": (2, "MOP"), "五個半": (5.5, "MOP")}


def test_a_bare_dollar_sign_is_the_hong_kong_dollar_only_in_hong_kong() -> None:
    assert money("香港一張八達通成人車票售價$12.8。")["currency"] == "HKD"
    assert money("苹果公司股价收于$150。")["currency"] == "USD"


@pytest.mark.parametrize(
    ("text", "phrase", "amount", "currency"),
    [
        ("一碗面三块半钱。", "三块半钱", 3.5, "CNY"),
        ("一碗面三塊五毛錢。", "三塊五毛錢", 3.5, "CNY"),
        ("菜价每斤三块四一斤。", "三块四", 3.4, "CNY"),
        ("白菜每斤3块8。", "3块8", 3.8, "CNY"),
        ("一杯豆浆2块5一杯。", "2块5", 2.5, "CNY"),
        ("邮费三元五角二分。", "三元五角二分", 3.52, "CNY"),
        ("一张邮票二十分钱。", "二十分钱", 0.2, "CNY"),
        # a currency before tenths is no whole dollars: 人民币五角 was 5 yuan, read as far as 五
        ("当年一支铅笔售价人民币五角。", "人民币五角", 0.5, "CNY"),
        ("一张邮票涨到人民币五角五分。", "人民币五角五分", 0.55, "CNY"),
        ("香港電車加價港幣三毫。", "港幣三毫", 0.3, "HKD"),
        ("一枚硬币面值美元五分。", "美元五分", 0.05, "USD"),
    ],
)
def test_yuan_jiao_and_fen_runs(text: str, phrase: str, amount: float, currency: str) -> None:
    got = money(text)
    assert (got["text"], got["kind"], got["currency"]) == (phrase, "exact", currency)
    assert got["from"] == pytest.approx(amount)


@pytest.mark.parametrize(
    "text",
    [
        "十個八個人在門口排隊。",
        "香港市民等了一個半小時。",
        "香港學校全面開展「三個一」活動。",
        "一杯奶茶五个半。",  # simplified script: 个 is the measure word
        "一九五五年授衔的十大元帅。",
        "文章讲了三大元素。",
        "学生学习一元二次方程。",
        "破除城乡二元结构。",
        "实现领导一元化。",
        "这件事不能有一丝一毫。",
        "香港昨日雨量達五毫米。",
        "说非洲这一块的版图。",
        "正面配有一块2.55英寸的屏幕。",
    ],
)
def test_no_money_in_ordinary_prose(text: str) -> None:
    assert facts(text, "money") == []


def test_the_from_opening_a_range_is_part_of_it() -> None:
    got = money("门票价格从8500元到3万元不等。")
    assert (got["text"], got["kind"], got["from"], got["to"]) == ("从8500元到3万元", "range", 8500, 30000)
