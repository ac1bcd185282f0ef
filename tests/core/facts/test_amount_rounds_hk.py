"""Amounts and counts read on Hong Kong live pages of late 2025 and the pages read with them:
one of a tally, a bound said after a count, a cap on a sum, nouns a measure word opens.

Every phrase here is our own, written in the way of the pages read; none comes from a held-out
suite.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from reader.core.facts import extract_facts, facts_to_json
from reader.core.model import Article


def values(text: str, kind: str = "count") -> list[str]:
    found = facts_to_json(extract_facts(Article(text=text, blocks=(), published=datetime(2025, 11, 28))))
    return [f["value"] for f in found if f["kind"] == kind]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("警方拘捕三名負責人，包括兩名董事以及一名顧問。", "1 名 顾问"),
        ("目前仍有一名會員尚未取得聯繫。", "1 名 会员"),
        ("醫管局有多名員工受影響，包括一人受傷。", "1 人"),
    ],
)
def test_one_of_a_tally_is_a_count_of_one(text: str, value: str) -> None:
    assert value in values(text)


@pytest.mark.parametrize("text", ["一名男子被捕。", "他和一名男子爭執。", "還有一個問題。", "其中一位災民說。"])
def test_one_said_as_an_article_is_no_count(text: str) -> None:
    assert not any(value.startswith("1 ") for value in values(text))


@pytest.mark.parametrize(
    ("text", "value"),
    [("死亡人數達300人以上。", "300+ 人"), ("11層以上樓層必須設置灑水設備。", "11+ 层"), ("每組3人以下。", "<3 人"), ("約有200人左右到場。", "~200 人")],
)
def test_a_bound_said_after_a_count_bounds_it(text: str, value: str) -> None:
    assert values(text) == [value]


def test_a_bound_after_the_counted_noun_is_the_nouns() -> None:
    """规模以上企业 are enterprises above the designated size, not more than 13,000."""
    [value] = values("全市有1.3万家规模以上企业。")
    assert value.startswith("13000 家")


@pytest.mark.parametrize(("text", "value"), [("免息緊急貸款，上限2萬元。", "<20000 HKD"), ("貸款上限為50萬港元。", "<500000 HKD")])
def test_a_cap_on_a_sum_bounds_it(text: str, value: str) -> None:
    assert values("香港特區政府宣布。" + text, "money") == [value]


@pytest.mark.parametrize(("text", "value"), [("50家屬睇相認屍。", "50 家属"), ("全省新增14家，其中北京5家。", "5 家 北京")])
def test_the_noun_a_measure_word_opens_or_the_one_after_among(text: str, value: str) -> None:
    assert value in values(text)


@pytest.mark.parametrize(("text", "value"), [("以2萬元為上限。", "<20000 HKD"), ("每戶以5000元為限。", "<5000 HKD")])
def test_a_cap_said_after_a_sum_bounds_it(text: str, value: str) -> None:
    assert values("香港特區政府宣布。" + text, "money") == [value]


def test_a_babys_age_in_months_is_no_count() -> None:
    assert values("一名3個月大的嬰兒獲救。") == []


def test_a_length_of_time_said_roughly_is_so_long() -> None:
    found = facts_to_json(extract_facts(Article(text="全程需時兩個小時左右，沿途風景優美。", blocks=(), published=datetime(2025, 11, 28))))
    assert [(f["kind"], f["value_kind"], f["duration"]) for f in found] == [("date", "duration", "PT2H")]


@pytest.mark.parametrize(("text", "value"), [("唐樓倒塌，4死2傷。", "4 死"), ("警方行動：拘3男（涉誤殺）。", "3 男")])
def test_shorthand_after_a_comma_or_before_a_bracket_counts(text: str, value: str) -> None:
    assert value in values(text)


@pytest.mark.parametrize("text", ["五家子村村民", "五棵树镇政府", "八家户村"])
def test_a_place_named_by_a_number_and_a_measure_word_is_no_count(text: str) -> None:
    assert values(text) == []


def test_chabuduo_before_a_sum_is_about() -> None:
    assert values("装修费用差不多12万元。", "money") == ["~120000 CNY"]


def test_thousands_upon_thousands_is_no_more_than_ten_thousand() -> None:
    assert values("成千上萬名示威者走上街頭。") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [("政府3億基金賑災。", "300000000 HKD"), ("每戶先發1萬應急。", "10000 HKD"), ("捐出1,000萬元及500萬物資。", "5000000 HKD"), ("當局派發2萬現金。", "20000 HKD")],
)
def test_a_sum_before_a_fund_or_supplies_or_after_handing_out_is_money(text: str, value: str) -> None:
    assert value in values("香港特區政府宣布。" + text, "money")


@pytest.mark.parametrize("text", ["先發1萬條短信。", "派3萬人到場。", "李嘉誠基金會成立。"])
def test_handing_out_other_things_is_no_money(text: str) -> None:
    assert values("香港特區政府宣布。" + text, "money") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [("包括一人一票選出的議員。", None), ("遇難者多達94人之多。", "94 人"), ("兩人左右夾擊疑犯。", "2 人")],
)
def test_one_each_as_many_as_and_left_and_right_bound_nothing(text: str, value: str | None) -> None:
    assert values(text) == ([value] if value else [])


@pytest.mark.parametrize(
    ("text", "value"),
    [("目前有22隊搜索隊處理求助個案。", "22 队 搜索队"), ("每天喝四到五罐啤酒。", "4-5 罐 啤酒"), ("桌上放著兩瓶水。", "2 瓶 水")],
)
def test_teams_cans_bottles_and_sticks_are_counted(text: str, value: str) -> None:
    assert values(text) == [value]


@pytest.mark.parametrize("text", ["主客兩隊今晚交鋒。", "英國軍情六處爆料。"])
def test_the_two_sides_of_a_match_and_mi6_are_no_counts(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [("7200万基金投资者蒙受损失。", None), ("共有3万应急人员参与救援。", None), ("警方再派1萬警員到場。", None),
     ("总投资8亿元封顶仪式昨天举行。", "800000000 CNY")],
)
def test_review_sums_that_are_no_money_or_no_cap(text: str, value: str | None) -> None:
    """What the review of the round's last rules found: an investor in a fund, emergency staff,
    officers sent and a building topped out (封顶, taken back as a cap) are no money or no cap."""
    assert values("香港特區政府宣布。" + text, "money") == ([value] if value else [])


@pytest.mark.parametrize("text", ["編號3死者的身份已確認，A3死者為男性。", "八一队主场迎战对手。", "出家人讲究六根清净。"])
def test_review_labels_names_and_sayings_are_no_counts(text: str) -> None:
    assert values(text) == []


def test_review_counting_up_is_no_few() -> None:
    """數起來 (counted up) says no "a few": the ten people it counts are ten."""
    assert values("數起來共有十人。") == ["10 人"]


@pytest.mark.parametrize(
    ("text", "value"),
    [("有數名居民受傷。", "~2-9 名 居民"), ("一架私人飞机，数辆豪华轿车。", "~2-9 辆 豪华轿车"), ("亦有數宗個案。", "~2-9 宗 个案"), ("他去了好几次。", "~2-9 次")],
)
def test_a_few_said_shu_or_haoji_is_about_two_to_nine(text: str, value: str) -> None:
    assert value in values(text)


@pytest.mark.parametrize("text", ["考試人數名列前茅。", "數位部今天成立。", "這裏有無數名人。", "你們有几个人？"])
def test_a_nouns_shu_digital_shuwei_and_a_question_are_no_few(text: str) -> None:
    assert not any(value.startswith("~2-9") for value in values(text))


@pytest.mark.parametrize(("text", "value"), [("增至128死 44死者遺體有待辨認", "44 死者"), ("消防於天台救出2生還者。", "2 生还者")])
def test_the_dead_and_the_survivors_said_in_shorthand_count(text: str, value: str) -> None:
    assert value in values(text)
