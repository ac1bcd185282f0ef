"""Values that say what they are: one test per class of failure issue 14 lists.

Every sentence here is our own; none comes from a held-out suite. The reference
date is the article's publication time, 2022-07-25 10:00 (a Monday).
"""

from __future__ import annotations

import calendar
import re
from datetime import datetime
from typing import Any

import pytest

from reader.core.facts import extract_facts, facts_to_json
from reader.core.model import Article

PUBLISHED = datetime(2022, 7, 25, 10, 0)


def facts(text: str, kind: str, published: datetime | None = PUBLISHED) -> list[dict[str, Any]]:
    found = facts_to_json(extract_facts(Article(text=text, blocks=(), published=published)))
    return [f for f in found if f["kind"] == kind]


def one(text: str, kind: str) -> dict[str, Any]:
    [fact] = facts(text, kind)
    return fact


# ---- Money


@pytest.mark.parametrize(
    ("text", "phrase", "bounds"),
    [
        ("该公司去年营收新台币 812.6 亿元。", "新台币 812.6 亿元", (81_260_000_000, 81_260_000_000)),
        ("罚款金额为812.6\n亿元。", "812.6\n亿元", (81_260_000_000, 81_260_000_000)),
    ],
)
def test_a_space_or_line_break_before_the_unit_keeps_the_number(
    text: str, phrase: str, bounds: tuple[int, int]
) -> None:
    fact = one(text, "money")
    assert fact["text"] == phrase and (fact["from"], fact["to"]) == bounds
    assert fact["currency"] in ("TWD", "CNY") and fact["value_kind"] == "exact"


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("门票价格从6000到2万元不等。", 6000, 20000),
        ("每台售价两到三千元。", 2000, 3000),
        ("项目投资3到5万元。", 30000, 50000),
        ("每斤约5元至6元。", 5, 6),
    ],
)
def test_a_range_borrows_the_unit_only_when_it_should(text: str, low: int, high: int) -> None:
    fact = one(text, "money")
    assert (fact["value_kind"], fact["from"], fact["to"]) == ("range", low, high)


@pytest.mark.parametrize("text", ["这座工厂投入了数十亿元。", "他们估计损失几百万元。"])
def test_a_vague_amount_is_approximate_not_exact(text: str) -> None:
    fact = one(text, "money")
    assert fact["value_kind"] == "approximate" and fact["from"] < fact["to"]
    assert fact["amount"] is None


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [("交易金額約三．六億台幣。", 360_000_000, "TWD"), ("市值四．七億美元。", 470_000_000, "USD")],
)
def test_a_chinese_decimal_with_a_point(text: str, amount: int, currency: str) -> None:
    """三．六億 (a point between Chinese digits, as Taiwan's papers write) is 360,000,000: it
    was no amount (jionlp reads 9億)."""
    fact = one(text, "money")
    assert (fact["from"], fact["currency"]) == (amount, currency)


@pytest.mark.parametrize(
    ("text", "amount"),
    [("他每月花两千来块钱。", 2_000), ("一张票一百来元。", 100), ("项目投了20来万元。", 200_000)],
)
def test_lai_after_a_number_is_about_that_many(text: str, amount: int) -> None:
    """两千来块 is about two thousand (it was no amount)."""
    fact = one(text, "money")
    assert (fact["value_kind"], fact["from"], fact["to"]) == ("approximate", amount, amount)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("这次火灾损失十几万元。", 110_000, 190_000),
        ("项目总投资二十几亿元。", 2_100_000_000, 2_900_000_000),
        ("一件衬衫卖一百几十元。", 110, 190),
        ("该厂年产值三千几百万元。", 31_000_000, 39_000_000),
    ],
)
def test_some_after_a_number_is_about_that_many(text: str, low: int, high: int) -> None:
    """十几万 is 110,000-190,000, not 万; 一百几十 is 110-190, not 1,000-2,000 (jionlp)."""
    fact = one(text, "money")
    assert (fact["value_kind"], fact["from"], fact["to"]) == ("approximate", low, high)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("一顿饭要两三百元。", 200, 300),
        ("项目投资三四千万元。", 30_000_000, 40_000_000),
        ("他的年薪十五六万元。", 150_000, 160_000),
        ("一件衬衫一百二三十元。", 120, 130),
        ("修一次要一两千元。", 1000, 2000),
    ],
)
def test_two_digits_side_by_side_are_one_or_the_other(text: str, low: int, high: int) -> None:
    """两三百 is 200-300 (jionlp: 三四千万 30,000-40,000,000, 一两千 2001, 一百二三十 102-30)."""
    fact = one(text, "money")
    assert (fact["value_kind"], fact["from"], fact["to"]) == ("approximate", low, high)


def test_some_after_a_number_counts_too() -> None:
    fact = one("十几家企业参加了招聘会。", "count")
    assert (fact["value"], fact["from"], fact["to"]) == ("~11-19 家 企业", 11, 19)


@pytest.mark.parametrize(
    ("text", "amount"),
    [("每斤菜价涨了两毛。", 0.2), ("公交票价两毛五。", 0.25), ("一张邮票八分钱。", 0.08),
     ("当年一根冰棍五角钱。", 0.5)],
)
def test_an_amount_under_one_yuan_is_money(text: str, amount: float) -> None:
    assert one(text, "money")["amount"] == pytest.approx(amount)


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [("公司融资3.5亿元人民币。", 350_000_000, "CNY"), ("股价涨了99美分。", 0.99, "USD"),
     ("合同金额为USD 50。", 50, "USD"), ("门票1000印度卢比。", 1000, "INR"),
     ("投资100万巴西雷亚尔。", 1_000_000, "BRL"), ("罚款50万南非兰特。", 500_000, "ZAR"),
     ("售价300万阿联酋迪拉姆。", 3_000_000, "AED"), ("显卡卖3000美刀。", 3000, "USD")],
)
def test_more_currencies_and_hundredths(text: str, amount: float, currency: str) -> None:
    fact = one(text, "money")
    assert fact["amount"] == pytest.approx(amount) and fact["currency"] == currency


@pytest.mark.parametrize(
    ("text", "phrase", "amount", "currency"),
    [("购物满500新元以上可退税。", "500新元以上", 500, "SGD"), ("房价RM 120万起。", "RM 120万", 1_200_000, "MYR"),
     ("罚款一百万令吉。", "一百万令吉", 1_000_000, "MYR"), ("澳門幣100元一張。", "澳門幣100元", 100, "MOP"),
     ("票價S$25。", "S$25", 25, "SGD"), ("五千韩币一碗。", "五千韩币", 5000, "KRW"),
     ("車費50英磅。", "50英磅", 50, "GBP"), ("約葡幣500元。", "約葡幣500元", 500, "MOP")],
)
def test_currencies_as_hong_kong_macau_singapore_and_malaysia_write_them(
    text: str, phrase: str, amount: float, currency: str
) -> None:
    fact = one(text, "money")
    assert (fact["text"], fact["amount"], fact["currency"]) == (phrase, pytest.approx(amount), currency)


@pytest.mark.parametrize(
    ("text", "phrase", "amount", "currency"),
    [("土耳其里拉兑美元汇率跌破20，一碗汤要50里拉。", "50里拉", 50, "TRY"),
     ("通胀之下1000阿根廷比索只够买一个面包。", "1000阿根廷比索", 1000, "ARS"),
     ("德国为苏军撤离提供了120亿马克的援助。", "120亿马克", 12_000_000_000, "DEM"),
     ("當年一瓶酒要200法郎。", "200法郎", 200, "FRF"), ("他以4000万镑套现。", "4000万镑", 40_000_000, "GBP"),
     ("匈牙利拨款30亿福林。", "30亿福林", 3_000_000_000, "HUF"), ("他持有2枚比特币以外的100比特币。", "100比特币", 100, "BTC")],
)
def test_the_world_news_currencies(text: str, phrase: str, amount: float, currency: str) -> None:
    fact = one(text, "money")
    assert (fact["text"], fact["amount"], fact["currency"]) == (phrase, pytest.approx(amount), currency)


@pytest.mark.parametrize(
    ("text", "phrase", "currency"),
    [("巴基斯坦政府宣布，将提供500亿卢比援助。", "500亿卢比", "PKR"), ("阿根廷通胀高企，1000比索只够买面包。", "1000比索", "ARS"),
     ("伊朗货币贬值，一袋米涨到约58万里亚尔。", "约58万里亚尔", "IRR"), ("瑞典央行称，该计划耗资20亿克朗。", "20亿克朗", "SEK"),
     ("印度尼西亚政府拨款5000亿卢比。", "5000亿卢比", "IDR"), ("白俄罗斯的月薪约为1500卢布。", "1500卢布", "BYN"),
     ("一碗汤要50里拉，黎巴嫩物价飞涨。", "50里拉", "LBP"), ("印度和巴基斯坦……巴方拨出200卢比。", "200卢比", "PKR"),
     ("這筆款項為2000萬盧比，斯里蘭卡財政部稱。", "2000萬盧比", "LKR")],
)
def test_a_name_countries_share_is_the_currency_of_the_country_named_nearest(text: str, phrase: str,
                                                                            currency: str) -> None:
    """卢比, 比索, 克朗…: the story names the country once, then the currency by its short name."""
    fact = one(text, "money")
    assert (fact["text"], fact["currency"]) == (phrase, currency)


@pytest.mark.parametrize("text", ["门票要价300比索。", "他花了20亿克朗。"])
def test_a_shared_name_with_no_country_named_is_no_amount(text: str) -> None:
    assert facts(text, "money") == []


def test_the_pound_alone_stays_sterling_beside_another_country() -> None:
    assert one("埃及球星萨拉赫周薪35万镑。", "money")["currency"] == "GBP"


@pytest.mark.parametrize("text", ["法国总统出席G7马克龙表示支持。", "他读了1.5马克思的书。", "两人为马克杯争执。"])
def test_a_name_that_opens_with_the_mark_is_no_money(text: str) -> None:
    assert facts(text, "money") == []


def test_a_processor_name_is_no_ringgit() -> None:
    assert facts("芯片采用ARM11架构。", "money") == []


def test_cantonese_cents_and_at_least() -> None:
    """五仙: five Hong Kong cents; 起碼 (at least) makes an amount a lower bound."""
    cents = one("報紙一份五仙。", "money")
    assert (cents["amount"], cents["currency"]) == (pytest.approx(0.05), "HKD")
    least = one("車費起碼三蚊零四。", "money")
    assert (least["value_kind"], least["from"], least["to"]) == ("more-than", pytest.approx(3.04), None)
    span = one("現在起碼2元到3元每小時。", "money")  # at least, then a range: from 2 to 3
    assert (span["text"], span["value_kind"], span["from"], span["to"]) == ("起碼2元到3元", "range", 2, 3)


@pytest.mark.parametrize("text", ["他这个人一毛不拔。", "这场比赛他得了五分。", "八仙过海，各显神通。", "画中有八仙。"])
def test_an_idiom_or_a_score_is_no_money(text: str) -> None:
    assert facts(text, "money") == []


def test_zero_inside_a_number_and_a_negative_sign_are_kept() -> None:
    assert one("书店卖出一本书收入一千零五元。", "money")["amount"] == 1005
    assert one("当月账户余额为负300元。", "money")["amount"] == -300


@pytest.mark.parametrize(
    ("text", "kind", "low", "high"),
    [
        ("全年捐款超过1亿元。", "more-than", 100_000_000, None),
        ("补贴不到100元。", "less-than", None, 100),
        ("工程造价约5000万元。", "approximate", 50_000_000, 50_000_000),
        ("单价在1000元以上。", "more-than", 1000, None),
        ("票价至多50元。", "less-than", None, 50),
        ("违者最高可罚款。每户补贴最高5万元。", "less-than", None, 50_000),
        ("罚款最高可达100万元。", "less-than", None, 1_000_000),
        ("会员费最低1000元。", "more-than", 1000, None),
        ("每年统筹不少于5亿元。", "more-than", 500_000_000, None),  # jionlp: less than
        ("高温津贴每人每月不低于180元。", "more-than", 180, None),
    ],
)
def test_qualified_money_says_so(text: str, kind: str, low: int | None, high: int | None) -> None:
    fact = one(text, "money")
    assert (fact["value_kind"], fact["from"], fact["to"]) == (kind, low, high)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("项目总投资1亿2000万元。", 120_000_000),
        ("39班车共罚款35万1000元。", 351_000),
        ("一辆二手车卖3万5000元。", 35_000),
        ("这笔生意做了3万5千元。", 35_000),
        ("合同金额2亿5000万美元。", 250_000_000),
    ],
)
def test_digits_on_both_sides_of_wan_are_one_sum(text: str, amount: int) -> None:
    assert one(text, "money")["amount"] == amount


def test_a_count_with_digits_on_both_sides_of_wan() -> None:
    assert one("全市共有3万5000人报名参加。", "count")["from"] == 35_000


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [("售價約台幣3千元。", 3000, "TWD"), ("投資美金1.5億元。", 150_000_000, "USD"), ("國內生產毛額達20兆元。", 20 * 10**12, "TWD"),
     ("去年行銷費用達一二○○萬美元。", 12_000_000, "USD")],  # digit by digit before 萬, as 自由時報 writes it
)
def test_taiwanese_money_words(text: str, amount: int, currency: str) -> None:
    """台幣 and 美金 before the number name the currency; 兆 after digits is a million million."""
    fact = one("台北。" + text, "money")
    assert (fact["amount"], fact["currency"]) == (amount, currency)


def test_a_name_with_zhao_is_no_number() -> None:
    assert facts("王兆国出席会议。", "money") == []


def test_an_exchange_rate_keeps_its_decimals() -> None:
    assert one("在岸人民币对美元收盘报6.5654元。", "money")["amount"] == 6.5654


def test_renminbi_after_yuan_is_renminbi_in_a_hong_kong_story() -> None:
    found = {f["text"]: f for f in facts("香港大埔火災，基金會捐贈200萬元人民幣，另捐300萬元。", "money")}
    assert found["200萬元人民幣"]["currency"] == "CNY"
    assert found["300萬元"]["currency"] == "HKD"
    fact = one("台北。餐廳花費3萬多元人民幣包圍餐廳。", "money")
    assert (fact["currency"], fact["value_kind"], fact["from"], fact["to"]) == ("CNY", "approximate", 30_000, 40_000)


def test_the_currency_named_after_yuan_is_that_currency() -> None:
    fact = one("台湾当局年度防务预算高达6068亿元新台币，创历史新高。", "money")
    assert (fact["text"], fact["currency"]) == ("6068亿元新台币", "TWD")


@pytest.mark.parametrize("text", ["地区生产总值（亿人民币）", "表中金额单位：万元。", "二元经济结构的转型。"])
def test_a_unit_label_or_a_dual_economy_is_no_money(text: str) -> None:
    assert facts(text, "money") == []


@pytest.mark.parametrize(("text", "low"), [("公司销售额过亿元。", 100_000_000), ("损失上亿元。", 100_000_000)])
def test_over_a_bare_unit_is_more_than_it(text: str, low: int) -> None:
    fact = one(text, "money")
    assert (fact["value_kind"], fact["from"]) == ("more-than", low)


@pytest.mark.parametrize(
    ("text", "kind"),
    [("香港紅十字會籌得善款逾$7,000萬。", "more-than"), ("每戶獲約$3,000援助。", "approximate")],
)
def test_a_qualifier_before_a_dollar_sign_counts(text: str, kind: str) -> None:
    assert one(text, "money")["value_kind"] == kind


# ---- Counts


def test_more_than_counts_keep_their_qualifier() -> None:
    fact = one("今年超1000家企业参加展会。", "count")
    assert fact["value"] == "1000+ 家 企业" and fact["value_kind"] == "more-than"
    fact = one("活动吸引逾万名观众。", "count")
    assert fact["from"] == 10000 and fact["value_kind"] == "more-than"


def test_a_noun_before_the_number_is_the_counted_noun() -> None:
    fact = one("全区已建成服务站30个。", "count")
    assert fact["value"] == "30 个 服务站" and fact["text"] == "服务站30个"


# ---- Dates


def test_a_range_takes_its_year_from_the_first_half() -> None:
    fact = one("展览于2016年3月2日至3月9日举行。", "date")
    assert (fact["from"], fact["to"], fact["value_kind"]) == ("2016-03-02", "2016-03-09", "range")
    assert fact["interval"] == ["2016-03-02T00:00:00", "2016-03-09T23:59:59"]


def test_months_of_this_year_are_one_range() -> None:
    fact = one("今年1至6月，全市出口增长。", "date")
    assert (fact["from"], fact["to"]) == ("2022-01", "2022-06")


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("公司上半年利润下降。", "2022-01", "2022-06"),
        ("前三季度产量创新高。", "2022-01", "2022-09"),
        ("去年一季度经济回暖。", "2021-01", "2021-03"),
        ("他上世纪90年代来到深圳。", "1990", "1999"),
        ("今年前10个月，外贸增长一成。", "2022-01", "2022-10"),
        ("“十四五”时期，城市将建设新区。", "2021", "2025"),
    ],
)
def test_periods_are_periods_of_the_right_year(text: str, low: str, high: str) -> None:
    fact = one(text, "date")
    assert (fact["from"], fact["to"], fact["value_kind"]) == (low, high, "period")


def test_a_two_digit_year() -> None:
    fact = one("他97年5月参军。", "date")
    assert (fact["from"], fact["grain"]) == ("1997-05", "month")


@pytest.mark.parametrize(
    ("text", "phrase", "day"),
    [
        ("日本福島第一核電廠廿四日開始排放。", "廿四日", "2022-07-24"),  # 廿 is twenty, as 聯合報 writes days
        ("小泉進次郎4日前往福島視察。", "4日", "2022-07-04"),  # 前往 is to go, not before the 4th
        ("8月22日是農曆七夕情人節。", "七夕", "2022-08-04"),  # the lunar 七夕, not 14 February
        ("颱風周日及周一風勢會減弱。", "周一", "2022-08-01"),  # after Sunday, the next Monday
    ],
)
def test_days_as_taiwanese_and_hong_kong_papers_write_them(text: str, phrase: str, day: str) -> None:
    found = {m_text: f for f in facts(text, "date") for m_text in [text[m["start"] : m["end"]] for m in f["mentions"]]}
    assert found[phrase]["value"][:10] == day


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("这星期4开会。", "这星期4", "2022-07-28"),  # Monday the 25th: Thursday is the 28th
        ("下周1上午10点开会。", "下周1上午10点", "2022-08-01T10:00"),
        ("下下礼拜 3出发。", "下下礼拜 3", "2022-08-10"),
    ],
)
def test_a_weekday_written_as_a_digit_after_its_week(text: str, phrase: str, value: str) -> None:
    fact = one(text, "date")
    assert (text[fact["mentions"][0]["start"] : fact["mentions"][0]["end"]], fact["value"][: len(value)]) == (phrase, value)


@pytest.mark.parametrize(
    ("text", "low", "high", "kind"),
    [
        ("1-3月，全国规模以上工业企业利润增长。", "2022-01", "2022-03", "range"),  # not 3 January
        ("2021年1-11月，出口增长。", "2021-01", "2021-11", "range"),  # not the whole year
        ("公司上季度营收环比增长。", "2022-04", "2022-06", "period"),  # published in July
        ("本季度末将完成。", "2022-09", "2022-09", "period"),
        ("下一季度将好转。", "2022-10", "2022-12", "period"),
    ],
)
def test_month_ranges_and_quarters_economic_news_counts_in(text: str, low: str, high: str, kind: str) -> None:
    fact = one(text, "date")
    assert (fact["from"], fact["to"], fact["value_kind"]) == (low, high, kind)


@pytest.mark.parametrize(
    ("text", "low"),
    [("3月以来，价格持续上涨。", "2022-03-01"), ("12月以来，价格持续上涨。", "2021-12-01"),
     ("去年10月以来，价格持续上涨。", "2021-10-01"), ("5月1日至今，共有三起。", "2022-05-01")],
)
def test_since_a_month_or_day_runs_to_the_publication(text: str, low: str) -> None:
    fact = one(text, "date")
    assert (fact["from"][:10], fact["to"][:16]) == (low, "2022-07-25T10:00")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("他1952年离开。只身前往香港，三年后（1955年）成名。", "三年后", "1955"),
        ("1976年7月25日，他被捕。翌日受审。四十六年后，同样的事再次发生。", "四十六年后", "2022"),
        ("十年后，中国将成为强国。", "十年后", "2032"),  # no year told: from the publication
        ("耶诞节当天，他回到台北。", "耶诞节", "2022-12-25"),  # as Taiwan writes 圣诞节
        ("上世纪 六〇年代中，他来到香港。", "上世纪 六〇年代", "1960/1970"),
    ],
)
def test_years_a_story_counts_on_from_and_names_it_writes(text: str, phrase: str, value: str) -> None:
    found = {text[f["start"] : f["end"]]: f["value"] for f in facts(text, "date")}
    assert found[phrase] == value


@pytest.mark.parametrize("text", ["如今已被时下年轻一代遗忘。", "在埃及，穆巴拉克倒台前一年，反对人士集会。"])
def test_no_year_in_words_that_only_look_like_one(text: str) -> None:
    assert facts(text, "date") == []


@pytest.mark.parametrize("text", ["在工地工作近30年的罗先生说。", "大火焚烧近两日终被扑灭。", "经过近4年的学习。"])
def test_nearly_so_long_after_a_verb_is_a_duration_not_a_date(text: str) -> None:
    assert facts(text, "date") == []


@pytest.mark.parametrize(("text", "value"), [("半个月前，他离开了。", "2022-07-10"), ("半年后将完工。", "2023-01")])
def test_half_a_month_or_year_from_now_is_a_day_or_a_month(text: str, value: str) -> None:
    assert one(text, "date")["value"] == value


def test_a_day_with_nian_for_twenty_and_ri_is_gregorian() -> None:
    fact = one("七月一日到七月廿一日开放。", "date")  # 廿 in a Gregorian date, as Taiwanese papers write it
    assert (fact["from"], fact["to"]) == ("2022-07-01", "2022-07-21")


def test_a_clock_time_with_seconds_is_one_phrase() -> None:
    text = "15点30分15秒发生地震。"
    fact = one(text, "date")
    assert text[fact["start"] : fact["end"]] == "15点30分15秒"


@pytest.mark.parametrize("text", ["本周4次会议。", "上周3天假期。", "本周3场比赛。", "每周4次。", "特别是上周3比0横扫阿森纳后。"])
def test_a_digit_after_a_week_that_counts_is_no_day(text: str) -> None:
    assert all(f["value_kind"] != "exact" or f["grain"] != "day" for f in facts(text, "date"))


@pytest.mark.parametrize(
    "text",
    ["由於目前日本本州附近有鋒面。", "此前日本政府已表態。", "前日本首相安倍晉三遇刺。",
     "光明日报记者王某报道。", "据今日头条消息。", "今日俄罗斯电视台报道。", "她是体坛明日之星。"],
)
def test_names_a_day_word_starts_are_no_day(text: str) -> None:
    assert facts(text, "date") == []


def test_yesterday_before_our_reporter_is_still_yesterday() -> None:
    assert one("昨日本报记者前往调查。", "date")["value"] == "2022-07-24"


def test_a_month_range_of_next_year_keeps_its_end() -> None:
    """jionlp reads 明年3月至6月 as March alone (and 去年3月至5月 likewise)."""
    fact = one("工程原預計於明年3月至6月分批拆除棚架。", "date")
    assert fact["interval"] == ["2023-03-01T00:00:00", "2023-06-30T23:59:59"]


def test_a_day_word_with_its_date_in_brackets_is_that_date_and_so_is_the_clock_after_it() -> None:
    """A Hong Kong live page's 今日（27日） is the 27th, though the page was first published on
    the 26th."""
    found = facts("截至今日（27日）晚上8時，火警共造成多人死亡。", "date", datetime(2022, 7, 26, 9, 0))
    assert [(f["text"], f["value"]) for f in found] == [("今日（27日）", "2022-07-27"), ("晚上8時", "2022-07-27T20:00")]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("行政院今(25)日宣布新措施。", "今(25)日", "2022-07-25"),
        ("立法院昨（24）日三讀通過。", "昨（24）日", "2022-07-24"),
        ("颱風明(26)日登陸。", "明(26)日", "2022-07-26"),
        ("蘇拉已於昨（24）日的凌晨3時30分登陸。", "昨（24）日的凌晨3時30分", "2022-07-24T03:30"),
        ("先島群島從今（25日）起將出現大雨。", "從今（25日）起", "2022-07-25/.."),  # from today on
        ("活動將於本(8)月15日舉行。", "本(8)月15日", "2022-08-15"),
    ],
)
def test_days_as_taiwanese_papers_bracket_them(text: str, phrase: str, value: str) -> None:
    fact = one(text, "date")
    assert (fact["text"], fact["value"]) == (phrase, value)


def test_yesterday_with_a_day_across_a_months_end_is_last_month() -> None:
    assert one("立法院昨（31）日三讀通過。", "date")["value"] == "2022-07-31"
    assert facts("立法院昨（31）日三讀通過。", "date", datetime(2023, 9, 1))[0]["value"] == "2023-08-31"


def test_the_band_may_day_is_no_month() -> None:
    assert facts("五月天演唱會門票開賣。", "date") == []


def test_day_words_in_a_live_page_entry_count_from_its_stamp() -> None:
    text = "【7月28日 14:41 更新】消防處表示，政府昨日成立專組。今日上午，警方拘捕3人。"
    found = {f["text"]: f["value"] for f in facts(text, "date")}
    assert found["昨日"] == "2022-07-27" and found["今日上午"].startswith("2022-07-28")


def test_clock_times_in_brackets_after_a_weekday_are_on_it() -> None:
    found = facts("民政署周六（上午9時至下午5時）及周日（上午9時至下午1時）延長服務。", "date")
    assert [f["value"][:10] for f in found] == ["2022-07-30", "2022-07-30", "2022-07-31", "2022-07-31"]


@pytest.mark.parametrize(
    ("text", "phrase", "day"),
    [
        ("会议于6月29举行。", "6月29", "2022-06-29"),  # 日 left out after digits
        ("他于2016年6月29离任。", "2016年6月29", "2016-06-29"),  # jionlp: June
        ("於本日下午3時舉行。", "本日下午3時", "2022-07-25"),  # 本日: today, in formal writing
        ("会议将于12号举行。", "12号", "2022-07-12"),  # a bare 号 after 于 or 在
    ],
)
def test_days_written_short(text: str, phrase: str, day: str) -> None:
    fact = one(text, "date")
    assert (fact["text"], fact["value"][:10]) == (phrase, day)


@pytest.mark.parametrize("text", ["截至6月29家企业已复工。", "同比6月29%的增幅。", "基本日常开支。", "成本日益上升。",
                                  "他住在3号楼。", "乘坐于12号线。"])
def test_numbers_and_words_that_only_look_like_days_stay_so(text: str) -> None:
    assert [f["text"] for f in facts(text, "date") if f["value"][8:10]] == []


def test_days_listed_after_a_month_keep_it() -> None:
    found = facts("节目于2005年7月17、24日播出。", "date")
    assert [f["value"] for f in found] == ["2005-07-17", "2005-07-24"]


def test_a_month_alone_after_a_written_year_in_its_sentence_is_in_that_year() -> None:
    found = facts("诺基亚Kin于2010年4月份发布，5月份上市，6月底就宣告放弃。", "date")
    assert [f["value"] for f in found][:2] == ["2010-04", "2010-05"]
    assert found[2]["interval"][0].startswith("2010-06")
    # a comparison ends its sentence: the month after it is the publication's year's
    later = facts("指数较2022年3月的高点回落。谷物价格指数8月环比下降。", "date", datetime(2023, 9, 13))
    assert [f["value"] for f in later] == ["2022-03", "2023-08"]


def test_a_paper_named_for_the_century_is_no_date() -> None:
    assert facts("来源：21世纪经济报道", "date") == []


def test_days_later_count_from_the_day_named_before_them_in_their_sentence() -> None:
    found = facts("他5月1日上午入院，3天后病逝。", "date")
    assert found[-1]["text"] == "3天后" and found[-1]["value"] == "2022-05-04"
    alone = facts("他5月1日入院。3天后，家属发表声明。", "date")  # a new sentence: from the publication
    assert alone[-1]["value"] == "2022-07-28"


def test_a_clock_time_belongs_to_the_date_before_it() -> None:
    fact = one("会议定于下月8日上午10时召开。", "date")
    assert fact["from"] == "2022-08-08T10:00" and fact["grain"] == "hour"


@pytest.mark.parametrize(
    ("text", "first"),
    [("农历八月十五", "2022-09-10T00:00:00"), ("腊月二十三", "2023-01-14T00:00:00"),
     ("21世纪", "2000-01-01T00:00:00"), ("8点半", "2022-07-25T08:30:00"),
     ("凌晨零点", "2022-07-25T00:00:00"), ("去年春节期间", "2021-02-11T00:00:00"),
     ("十多年前", "2002-01-01T00:00:00"), ("三天之内", "2022-07-25T10:00:00")],
)
def test_lunar_dates_centuries_vague_spans_and_clock_times_with_minutes(text: str, first: str) -> None:
    fact = one(text, "date")
    assert (fact["start"], fact["end"]) == (0, len(text)) and fact["interval"][0] == first


def test_a_bare_hour_is_no_time() -> None:
    assert facts("他提出三点建议。", "date") == []


def test_midnight_is_not_noon() -> None:
    fact = one("他晚上十二点才回家。", "date")
    assert fact["interval"][0] == "2022-07-26T00:00:00"


@pytest.mark.parametrize(
    ("text", "day"),
    [("上上个月八号他们签了合同。", "2022-05-08"), ("下下周三我们再见。", "2022-08-10"),
     ("上上上个月他们签了合同。", "2022-04-01"), ("下下下周三我们再见。", "2022-08-17"),
     ("上上上周他们签了合同。", "2022-07-04")],
)
def test_repeated_relative_words_count_each_time(text: str, day: str) -> None:
    assert one(text, "date")["interval"][0][:10] == day


def test_a_date_from_on_has_an_open_end() -> None:
    fact = one("新规自2023年1月1日起施行。", "date")
    assert (fact["value_kind"], fact["from"], fact["to"]) == ("more-than", "2023-01-01", None)


def test_a_year_since_runs_up_to_the_publication() -> None:
    fact = one("今年以来，销量持续增长。", "date")
    assert (fact["value_kind"], fact["from"], fact["to"]) == ("period", "2022-01-01T00:00:00", "2022-07-25T10:00:00")


def test_a_duration_after_a_cue_is_a_duration() -> None:
    fact = one("展会为期三天。", "date")
    assert (fact["value_kind"], fact["duration"]) == ("duration", "P3D")


def test_relative_dates_wait_for_a_reference() -> None:
    [fact] = facts("下下周三开会。", "date", published=None)
    assert fact["value"] == "下下周三" and fact["interval"] is None


# ---- Names


def test_a_title_before_a_name_is_a_cue() -> None:
    people = {f["text"] for f in facts("国家主席习近平会见了来访的客人。", "person")}
    assert "习近平" in people


def test_a_place_inside_an_organisation_is_not_listed_there() -> None:
    text = "华南国际经济贸易仲裁委员会在深圳开庭。"
    places = {f["text"] for f in facts(text, "place")}
    assert "华南" not in places and "深圳" in places
    assert "华南国际经济贸易仲裁委员会" in {f["text"] for f in facts(text, "organisation")}


def test_developing_countries_are_not_china() -> None:
    assert facts("发展中国家的代表出席了会议。", "place") == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("这家店的套餐卖250元，在北京很受欢迎。", "CNY"),
        ("這家店的套餐賣250元，在台灣與台北都很受歡迎。", "TWD"),
        ("這家店的套餐賣250元，在香港與九龍都很受歡迎。", "HKD"),
    ],
)
def test_a_bare_yuan_is_the_local_dollar(text: str, code: str) -> None:
    assert one(text, "money")["currency"] == code


@pytest.mark.parametrize(
    ("text", "value"),
    [("园区已有35家企业入驻。", "35 家 企业"), ("共有120名学生报名参赛。", "120 名 学生")],
)
def test_a_counted_noun_stops_at_the_verb(text: str, value: str) -> None:
    assert one(text, "count")["value"] == value


# ---- Phrases read without asking jionlp


_REFERENCES = [datetime(2020, 2, 29, 23, 59), datetime(2021, 1, 1, 0, 0), datetime(2022, 7, 25, 10, 0),
               datetime(2023, 12, 31, 8, 30), datetime(2024, 3, 1, 0, 0), datetime(2022, 2, 27, 12, 0),
               datetime(2021, 4, 30, 18, 0), datetime(2023, 2, 28, 23, 59), datetime(2019, 12, 1, 0, 1),
               datetime(2024, 2, 29, 6, 0), datetime(2025, 8, 31, 22, 0), datetime(2025, 6, 1, 13, 0)]


@pytest.mark.parametrize("text", ["今天", "今日", "今年", "去年", "明年", "本年", "昨天", "明天", "明日", "前天",
                                  "后天", "昨日", "1月1日", "12月31日", "3月15号", "2月28日", "今年4月", "去年12月",
                                  "明年1月5号", "2018年底", "2019年初", "2018年度", "2019年上半年",
                                  "14时14分", "0时0分", "2018年至2019年", "2016年3月2日至3月9日",
                                  "2016年3月2日至2017年3月9日", "2019年3月到2020年5月", "2018年-2020年",
                                  # a date line's date and time, clock times, bare days, months in words
                                  "2022年07月25日 10:32", "2019年06月15日08:18", "2022-07-25 10:32",
                                  "2022/07/25 10:32", "2022.7.5 9:05", "12月31日 23:59", "7月25日10:32",
                                  "今天10:32", "昨天 10:32", "2022年7月25日10时30分", "21日", "31日",
                                  "1日", "七月二十五日", "十二月三十一日", "十月一日",
                                  # relative phrases: halves, weekdays, parts of a month, holidays
                                  "去年同期", "下半年", "去年上半年", "前10个月", "前三个月", "周日",
                                  "周天", "星期三", "下周三", "上周五", "本周五", "3月下旬", "十月上旬",
                                  "12月中旬", "三月初", "十二月底", "今年3月底", "2019年3月底", "劳动节",
                                  "国庆节"])
def test_phrases_read_alike_get_the_value_jionlp_gives_them(text: str) -> None:
    from reader.core.facts import dates
    from reader.core.facts.date_values import _READ_ALIKE, own_detail
    from reader.core.facts.library import time_detail

    assert _READ_ALIKE.fullmatch(text) or all(_READ_ALIKE.fullmatch(side) or side[:4].isdigit()
                                               for side in re.split("至|到|-", text))
    for reference in _REFERENCES:
        hits = dates.find_dates(text, reference)
        if re.fullmatch(r"3\d日", text) and int(text[:2]) > calendar.monthrange(reference.year, reference.month)[1]:
            continue  # no 31st in this reference's month: ours is the month before's, jionlp's none
        [hit] = hits
        assert (hit.start, hit.end) == (0, len(text))
        assert own_detail(hit.value, text) == time_detail(text, reference) == hit.detail


@pytest.mark.parametrize(("text", "first", "last"), [
    ("2021年1月3日至17日", "2021-01-03T00:00:00", "2021-01-17T23:59:59"),  # a day alone: the start's month
    ("1月3日至17日", "2021-01-03T00:00:00", "2021-01-17T23:59:59"),
    ("1月30日至2月2日", "2021-01-30T00:00:00", "2021-02-02T23:59:59"),  # a month of its own: kept
])
def test_a_range_end_takes_what_it_leaves_out_from_its_start(text: str, first: str, last: str) -> None:
    from reader.core.facts import dates

    [hit] = dates.find_dates(text, datetime(2021, 6, 20))
    assert hit.detail is not None
    assert (hit.detail.first, hit.detail.last) == (first, last)


def test_a_clock_range_after_a_date_and_time_keeps_that_date() -> None:
    """The date line's 10:32 is read by our rules, its range's 11:00 still by the library, which
    gives it the date before it, not the reference's day."""
    from reader.core.facts import dates

    [hit] = dates.find_dates("2022年7月25日 10:32-11:00", datetime(2023, 12, 31, 8, 30))
    assert hit.detail is not None
    assert (hit.detail.first, hit.detail.last) == ("2022-07-25T10:32:00", "2022-07-25T11:00:59")


@pytest.mark.parametrize(("text", "first", "last", "kind"), [
    ("三月", "2022-03-01T00:00:00", "2022-03-31T23:59:59", "exact"),
    ("十二月", "2022-12-01T00:00:00", "2022-12-31T23:59:59", "exact"),
    ("二○○八年", "2008-01-01T00:00:00", "2008-12-31T23:59:59", "exact"),
    ("1920年代", "1920-01-01T00:00:00", "1929-12-31T23:59:59", "period"),
])
def test_phrases_the_library_misreads_are_read_by_our_rules(text: str, first: str, last: str, kind: str) -> None:
    """jionlp reads 三月 as three months and 1920年代 as the year 1920, and no year in Chinese
    digits at some reference dates: our reading is the month, the decade, the year."""
    fact = one(text, "date")
    assert (fact["interval"], fact["value_kind"]) == ([first, last], kind)


@pytest.mark.parametrize("text", ["这只是冰山一角。", "城市一角，", "画一个三角，", "2018年进口集成电路4176亿块，"])
def test_a_corner_a_triangle_and_chips_by_the_hundred_million_are_no_money(text: str) -> None:
    assert facts(text, "money") == []


@pytest.mark.parametrize(("text", "amount"), [("一角钱，", 0.1), ("三角五，", 0.35), ("花了三万块，", 30_000)])
def test_dimes_and_colloquial_yuan_stay_money(text: str, amount: float) -> None:
    assert one(text, "money")["amount"] == pytest.approx(amount)


def test_a_bare_yuan_in_a_singapore_article_is_the_singapore_dollar() -> None:
    text = "组屋转售价格上涨。建屋局昨天公布，第三季组屋转售价格上涨。一套四房式组屋在义顺以80万元易手。"
    assert one(text, "money")["currency"] == "SGD"


def test_a_mainland_article_about_singapore_keeps_the_renminbi() -> None:
    text = "中国商务部表示，中国企业在新加坡樟宜投资5亿元，全国各地企业积极参与。"
    assert one(text, "money")["currency"] == "CNY"


@pytest.mark.parametrize(
    ("url", "code"),
    [("https://www.zaobao.com.sg/news/1", "SGD"), ("https://www.sinchew.com.my/a", "MYR"),
     ("https://news.example.com.hk/x", "HKD"), ("https://example.com/a", "CNY")],
)
def test_a_saved_pages_address_says_whose_dollar_a_bare_yuan_is(url: str, code: str) -> None:
    from reader.core.facts.amounts import home_currency

    text = "计划总预算增至150万元。"
    assert home_currency(text, text, url) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [("大埔屋苑大火後，政府向每戶派發1萬元應急錢。", "HKD"),
     ("桃園地檢署訊後，諭令被告以10萬元交保。", "TWD"),
     ("滙豐表示，合資格的客戶可獲得最高10萬元的免息保單貸款。", "HKD"),  # a Hong Kong bank
     ("衛福部今天宣布，每位長者補助5000元，將於下個月發放。", "TWD"),
     ("聯交所股權披露顯示，副主席再增持2.5萬股，每股平均價113.18元。", "HKD")],  # the stock exchange
)
def test_a_traditional_text_that_names_a_district_or_body_has_its_dollar(text: str, code: str) -> None:
    """A Hong Kong story often names its district (大埔), not 香港; a Taiwanese one its city
    and courts (桃園, 地檢署)."""
    assert one(text, "money")["currency"] == code


@pytest.mark.parametrize(
    "text", ["他意外获得了5 00万元的大奖。", "人民币兑美元1年期掉期报价下跌。", "前后借了135万，月息1毛。"]
)
def test_a_split_number_a_tenor_or_a_folk_rate_is_no_money(text: str) -> None:
    """00万元 is half a number; 美元1年期 a term; 月息1毛 a rate of a tenth a month (the 135万
    borrowed is money)."""
    assert [f["text"] for f in facts(text, "money")] in ([], ["135万"])


def test_thousands_spaced_as_hong_kongs_government_writes_them() -> None:
    assert one("每戶獲發1 200元津貼。", "money")["amount"] == 1200


@pytest.mark.parametrize(
    ("text", "amount"),
    [("他以4000万欧的身价加盟。", 40_000_000), ("转会费1.2亿欧。", 120_000_000), ("球队花了5000万欧引进他。", 50_000_000)],
)
def test_a_bare_ou_after_a_sum_is_the_euro(text: str, amount: int) -> None:
    """The sports pages' transfer fees: 4000万欧 is 40 million euros."""
    fact = one(text, "money")
    assert (fact["currency"], fact["amount"]) == ("EUR", amount)


@pytest.mark.parametrize("text", ["3000万欧洲人口。", "2000万欧冠奖金。", "约有3亿欧美游客。", "我投给了榕湖304欧阳鹭。", "三欧市盘中下跌。"])
def test_ou_opening_a_word_of_europe_is_no_euro(text: str) -> None:
    assert facts(text, "money") == []


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [("这个项目花了两个亿。", 200_000_000, 200_000_000), ("公司去年亏了十几个亿。", 1_100_000_000, 1_900_000_000),
     ("投资两三个亿建新厂。", 200_000_000, 300_000_000), ("一碗面5元钱。", 5, 5)],
)
def test_spoken_hundreds_of_millions_and_yuan_qian(text: str, low: int, high: int) -> None:
    """两个亿 is 200 million yuan as people say it, no currency named; 5元钱 is 5 yuan, 钱 and all."""
    fact = one(text, "money")
    assert text[fact["end"]] in "。建"
    bounds = (fact["amount"], fact["amount"]) if fact["amount"] is not None else (fact["from"], fact["to"])
    assert fact["currency"] == "CNY" and bounds == (low, high)


@pytest.mark.parametrize("text", ["全国有几个亿的网民。", "春运将有两个亿人次出行。", "他成为一个亿万富翁。"])
def test_ge_yi_counting_people_is_no_money(text: str) -> None:
    assert facts(text, "money") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [("李兆基再增持2.5万股公司股份。", "25000 股 公司股份"), ("他持有3000股。", "3000 股"), ("发行六点五亿股新股。", "650000000 股 新股")],
)
def test_shares_are_counted(text: str, value: str) -> None:
    assert one(text, "count")["value"] == value


@pytest.mark.parametrize(("text", "value"), [("国务院9部门联合发文。", "9 部门"), ("新开工3项目。", "3 项目"),
                                           ("七部委联合印发通知。", "7 部委")])
def test_a_noun_opened_by_a_measure_word_is_counted_whole(text: str, value: str) -> None:
    assert one(text, "count")["value"] == value


@pytest.mark.parametrize("text", ["九五期间全省经济快速增长。", "十五期间资金投入加大。"])
def test_a_plan_s_period_is_no_count(text: str) -> None:
    assert facts(text, "count") == []


@pytest.mark.parametrize("text", ["我愿做天龙八部中的段誉。", "这些势力五花八门。", "买东西要货比三家。", "从东四十条到东单。"])
def test_a_number_inside_a_title_or_saying_is_no_count(text: str) -> None:
    assert facts(text, "count") == []


@pytest.mark.parametrize(("text", "value"), [("他看了三部天龙八部。", "3 部 天龙八部"), ("大会选出三个代表。", "3 个 代表")])
def test_a_count_before_a_title_or_opening_a_known_word_still_counts(text: str, value: str) -> None:
    assert one(text, "count")["value"] == value


@pytest.mark.parametrize(("text", "value"), [("要做好三件事。", "3 件 事"), ("现场有10多名单身女生。", "10+ 名 单身女生")])
def test_a_measure_word_before_a_word_it_may_open_still_counts(text: str, value: str) -> None:
    assert one(text, "count")["value"] == value


@pytest.mark.parametrize("text", ["索尼的零件供应受影响。", "汽车零部件出口增长。", "付款抹去零头。"])
def test_a_bare_ling_is_no_count_of_nothing(text: str) -> None:
    assert facts(text, "count") == []


def test_ling_inside_a_length_joins_its_years_and_months() -> None:
    assert one("刑期为一年零六个月，当庭宣判。", "date")["duration"] == "P1Y6M"


@pytest.mark.parametrize("text", ["一股暖流涌上心头。", "坚决打击三股势力。", "600535股价大涨。"])
def test_gu_of_a_surge_a_force_or_a_stock_code_is_no_share_count(text: str) -> None:
    assert facts(text, "count") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [("2018年中国进口集成电路4176亿块。", "417600000000 块 集成电路"), ("全市共有分支机构46家。", "46 家 分支机构"),
     ("今年引进外资项目一万八千六百四十四个。", "18644 个 外资项目")],
)
def test_a_noun_before_the_number_is_cut_at_a_word(text: str, value: str) -> None:
    """The noun before a count is its last whole words (集成电路, not 成电路)."""
    assert one(text, "count")["value"] == value


def test_a_hundred_million_and_more_said_the_spoken_way() -> None:
    fact = one("这个项目投资了一个多亿。", "money")
    assert (fact["from"], fact["to"], fact["currency"]) == (100_000_000, 200_000_000, "CNY")


@pytest.mark.parametrize("text", ["五家渠市发布通知。", "九份老街游客众多。"])
def test_a_number_inside_a_place_is_no_count(text: str) -> None:
    """五家渠市 is a city and 九份 a town, not five 渠市 or nine 份."""
    assert facts(text, "count") == []


@pytest.mark.parametrize("text", ["当初惟一一家应诺的医院。", "他成了迄今为止唯一一个蝉联冠军的人。"])
def test_the_one_of_only_one_is_no_eleven(text: str) -> None:
    """唯一一家 is the only one; 一一 after 唯 or 之 was read as eleven."""
    assert not any(f["value"].startswith("11 ") for f in facts(text, "count"))


@pytest.mark.parametrize(("text", "value"), [("美國曾3次要求台灣撤回。", "3 次"), ("他五次到新疆考察。", "5 次"),
                                             ("有7条连接北京的高速公路。", "7 条")])
def test_a_verb_and_the_place_it_takes_are_no_counted_noun(text: str, value: str) -> None:
    """3次要求台灣: three times it asked Taiwan; 要求台湾 is a verb and its object, no noun."""
    assert one(text, "count")["value"] == value


@pytest.mark.parametrize(
    ("text", "kind", "phrase", "value"),
    [("国内生产总值突破百万亿元大关。", "money", "突破百万亿元", "100000000000000+ CNY"),
     ("进口突破 3000亿美元。", "money", "突破 3000亿美元", "300000000000+ USD"),
     ("籌得善款超過 7,000 萬港幣。", "money", "超過 7,000 萬港幣", "70000000+ HKD"),
     ("近乎100%是本地企業貢獻。", "percent", "近乎100%", "<100%"),
     ("占編製約 55%。", "percent", "約 55%", "~55%")],
)
def test_qualifiers_tupo_jinhu_and_before_a_space(text: str, kind: str, phrase: str, value: str) -> None:
    """突破 is more than and 近乎 less than (both were read exact, and 突破百万亿元 not at all);
    a qualifier keeps its meaning across a space (超過 7,000 萬港幣 was exact)."""
    fact = one(text, kind)
    assert (fact["text"], fact["value"]) == (phrase, value)
