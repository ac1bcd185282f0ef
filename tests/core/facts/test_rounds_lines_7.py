"""Dates, amounts and counts read on a seventh sample of single news lines and of whole dev
pages, written as news says them.

Every phrase here is our own; none comes from a held-out suite. The reference is 2024-06-12
10:00 (a Wednesday), the day the lines were read against.
"""

from __future__ import annotations

import pytest

from tests.core.facts.reading import NEWS_LINES

facts, intervals, values, _dates = NEWS_LINES.facts, NEWS_LINES.intervals, NEWS_LINES.values, NEWS_LINES.dates


# ---- Weekdays and months told as past


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("警方周五逮捕了三名涉嫌抢劫的男子，案件仍在调查中。", "周五", "2024-06-07"),
        ("美国总统周四在白宫会见了来访的德国总理，双方讨论了贸易问题。", "周四", "2024-06-06"),
        ("周末警方在机场查获了大批毒品，三名嫌犯当场被捕。", "周末", "2024-06-08"),
        ("美国总统周四将在白宫会见来访的德国总理，双方将讨论贸易问题。", "周四", "2024-06-13"),
        ("警方周一逮捕了三名涉嫌抢劫的男子，案件仍在调查中。", "周一", "2024-06-10"),
    ],
)
def test_a_weekday_still_to_come_told_as_done_is_last_weeks(text: str, phrase: str, first: str) -> None:
    assert intervals(text)[phrase][0].startswith(first)


@pytest.mark.parametrize(
    "text",
    [
        "两起事故发生在同一天，警方正在调查其中的关联。",
        "新专辑将在同一月发行，歌迷们对此非常期待。",
        "这一月的销量比上一月增长了不少，经销商很满意。",
        "这是新规实施的第一月，各地执行的效果明显。",
        "他们一月一次去医院复查身体，从不间断。",
    ],
)
def test_one_month_counted_and_the_same_day_are_no_dates(text: str) -> None:
    assert values(text, "date") == []


def test_january_said_alone_is_still_january() -> None:
    assert values("一月，新规开始实施，效果明显好于预期。", "date") == ["2024-01"]


@pytest.mark.parametrize(
    ("text", "phrase", "day"),
    [
        ("据纽约9月21日消息，美国石油协会周二公布的周度数据显示，原油库存下降。", "周二", "2023-09-19"),
        ("据新加坡9月23日消息，亚洲燃料油跨月合约周四仍遭大单抛售。", "周四", "2023-09-21"),
    ],
)
def test_a_weekday_in_a_reports_week_moves_with_the_reports_day(text: str, phrase: str, day: str) -> None:
    assert intervals(text)[phrase][0].startswith(day)


def test_the_double_tenth_is_the_tenth_in_any_paper() -> None:
    assert intervals("六千多名侨胞回国参加双十国庆活动，今天又参观了新村。")["双十国庆"][0].startswith("2024-10-10")


# ---- Years said before, and none said


def test_a_part_of_a_year_after_a_year_and_part_said_is_that_years() -> None:
    assert intervals("2012年上半年公司利润增长，但第四季度预计将下滑。")["第四季度"][0].startswith("2012-10-01")
    assert intervals("2012年上半年，全国财政收入增长，二季度增速放缓。")["二季度"][0].startswith("2012-04-01")


def test_that_years_month_with_no_year_before_is_no_date() -> None:
    assert values("当年12月，他被任命为公司总经理，负责全面工作。", "date") == []
    assert values("1998年他大学毕业，当年12月进入公司工作。", "date") == ["1998", "1998-12"]


# ---- Numbers that name


def test_a_kings_number_is_no_five_year_plan() -> None:
    assert values("路易十五时期的法国宫廷生活十分奢华，耗费巨大。", "date") == []
    assert values("国家十五计划期间，经济保持了较快增长。", "date") == ["2001/2006"]


def test_a_year_from_which_is_no_count() -> None:
    assert values("从2011起，该公司开始进军海外市场，业绩大增。", "count") == []
    assert values("今年以来共发生2011起交通事故，同比下降。", "count") == ["2011 起 交通事故"]


# ---- Offsets told from the story's clock


@pytest.mark.parametrize(
    ("text", "phrase", "moment"),
    [
        ("下午3时许接到报警。消防其后到场，约20分钟后将火势控制住。", "约20分钟后", "2024-06-12T15:20"),
        ("下午2時51分警方接報，指大廈發生火警。消防其後到場並開喉灌救，約10分鐘後將火警升為三級。", "約10分鐘後", "2024-06-12T15:01"),
        ("下午3时许接到报警。20分钟后消防车到达现场，火势得到控制。", "20分钟后", "2024-06-12T15:20"),
    ],
)
def test_minutes_later_count_from_the_clock_time_a_sentence_before(text: str, phrase: str, moment: str) -> None:
    assert intervals(text)[phrase][0].startswith(moment)


def test_seconds_before_are_no_date() -> None:
    assert values("飞机在坠毁前30秒之前都很正常，随后失去联系。", "date") == []
    assert values("他说，我三分钟之前刚刚给他打过电话，一切正常。", "date") == ["2024-06-12T09:57"]


def test_the_same_day_as_a_day_told_is_that_day() -> None:
    text = "2月7日，苏州召开了动员大会。也是在同一日，徐州召开大会，两地互相呼应。"
    assert values(text, "date") == ["2024-02-07"]  # 同一日 is the 7th too, one fact with it


def test_a_part_listed_after_a_later_part_of_a_year_said_is_not_put_in_it() -> None:
    assert not intervals("2023年第四季度和第一季度的环比数据均有所上升。")["第一季度"][0].startswith("2023")


# ---- Times of a run of days, and a place's hours


def test_a_clock_time_after_a_run_of_days_is_on_its_first() -> None:
    text = "活动将于6月17日至19日举行，下午3点准时开幕，欢迎市民参观。"
    assert intervals(text)["下午3点"][0] == "2024-06-17T15:00:00"


@pytest.mark.parametrize(
    ("text", "phrases"),
    [
        ("服务时间：周二至周日及国定节假日9：00-17：00，周一闭馆。", ["周二至周日", "9:00-17:00", "周一"]),
        ("活动期间开放时间为11:00-18:00，请市民合理安排参观时间。", ["11:00-18:00"]),
        ("博物馆周一闭馆，其余时间正常开放，欢迎市民参观。", ["周一"]),
    ],
)
def test_a_places_hours_recur(text: str, phrases: list[str]) -> None:
    assert [(f["value"], f["value_kind"]) for f in facts(text, "date")] == [(p, "recurring") for p in phrases]


def test_a_seasons_dates_after_a_label_stay_dates() -> None:
    assert values("游泳馆开放时间为6月15日至8月31日，市民可凭证入场。", "date") == ["2024-06-15/2024-09-01"]


# ---- Pieces, not yuan


@pytest.mark.parametrize(
    "text",
    [
        "生日蛋糕被切成了十二块，每个人都分到一块。",
        "这盒巧克力一共有30块，每块都单独包装。",
    ],
)
def test_pieces_cut_or_wrapped_are_no_money(text: str) -> None:
    assert values(text, "money") == []


@pytest.mark.parametrize(
    ("text", "money"),
    [
        ("他买了五包饼干，一共花了30块，很划算。", "30 CNY"),
        ("吃一顿饭要50块，大家都觉得太多了。", "50 CNY"),
        ("这件衣服一共30块，比商场里便宜多了。", "30 CNY"),
        ("我们三个人吃了一顿饭，一共50块，很实惠。", "50 CNY"),
        ("年终奖每人分到2000块，大家都很开心。", "2000 CNY"),
        ("我光着膀子吃了五包巧克力威化，一共 30 块。", "30 CNY"),  # a bill as often as pieces
    ],
)
def test_a_price_in_kuai_stays_money(text: str, money: str) -> None:
    assert values(text, "money") == [money]


def test_kuai_taken_stays_money_in_a_sentence_that_eats() -> None:
    assert values("他逼对方吃下药片，完事后又抢了4000多块，警察随后赶到。", "money") == ["~4000-5000 CNY"]


# ---- Months whose figures are out


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("10月的销量十分鼓舞人心，经销商信心大增。", "2023-10"),
        ("英国11月CBI零售销售差值为-19，预期为-13，前值为-11。", "2023-11"),
        ("据统计，8月份全国商品房销售面积同比增长12%。", "2023-08"),
        ("9月份的出口数据好于预期，市场反应积极。", "2023-09"),
        ("预计10月CPI同比上涨2.1%，涨幅有所扩大。", "2024-10"),
        ("分析师认为，10月销量同比将增长两成，前景看好。", "2024-10"),
    ],
)
def test_a_month_ahead_whose_figures_are_reported_is_last_years(text: str, month: str) -> None:
    assert values(text, "date") == [month]


# ---- A century's last years; words that are no span


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("上世纪后20年里，中国经济发生了翻天覆地的变化。", "1980/2000"),
        ("20世纪最后十年，互联网开始走进千家万户。", "1990/2000"),
        ("本世纪前10年，中国经济保持了高速增长。", "2000/2010"),
    ],
)
def test_a_centurys_first_or_last_years(text: str, value: str) -> None:
    assert values(text, "date") == [value]


def test_ten_years_after_a_century_began_are_not_its_last() -> None:
    assert "2090/2100" not in values("进入21世纪后10年间，这座城市的面貌大为改观。", "date")


def test_a_day_drawing_near_is_no_span_of_days() -> None:
    assert values("临近11日，各大电商纷纷推出光棍节促销活动，竞争激烈。", "date") == ["2024-11-11"]


def test_a_length_in_quotes_is_a_programmes_name() -> None:
    assert values("哥伦比亚广播公司新闻＂６０分钟＂节目播出了这段采访。", "date") == []


def test_that_day_told_against_today_is_not_today() -> None:
    assert values("机上３名生还的机师当天就被限制出境，一直到了今天还没有离开。", "date") == ["2024-06-12"]
    assert facts("机上３名生还的机师当天就被限制出境，一直到了今天还没有离开。", "date")[0]["text"] == "今天"


def test_a_day_of_another_year_in_the_paragraph_before_lends_no_clock_time_its_day() -> None:
    text = "2018年9月16日，超强台风山竹袭港，造成严重破坏。\n天文台自凌晨接近3時已因蘇拉發出8號信號，預計今天餘下大部分時間懸掛。"
    assert intervals(text)["凌晨接近3時"][0].startswith("2024-06-12")
    assert intervals("1962年9月1日，温黛袭港。下午3时，风力达到顶峰，全港停工。")["下午3时"][0].startswith("1962-09-01")


def test_about_after_that_days_clock_time_is_kept() -> None:
    [fact] = [f for f in facts("1月3日发生爆炸，当天凌晨三点左右，附近居民听到巨响。", "date") if "当天" in f["text"]]
    assert (fact["text"], fact["value_kind"]) == ("当天凌晨三点左右", "approximate")


def test_phases_named_in_a_row_are_no_counts() -> None:
    assert values("小区一期二期三期四期五期都已经交房，业主陆续入住。", "count") == []
    assert values("该项目分为三期建设，总投资二十亿元。", "count") == ["3 期"]


# ---- What a first review of this round found


@pytest.mark.parametrize(
    ("text", "phrase", "day"),
    [
        ("若周五通过了立法会的审议，新法将于下月正式生效。", "周五", "2024-06-14"),
        ("我周五约了客户吃饭，恐怕不能参加大家的聚会了。", "周五", "2024-06-14"),
        ("本周工作安排：周四召开了党委会，周五召开全体职工大会。", "周四", "2024-06-13"),
        ("主教练赛后说：“周五打完了这场比赛，全队就直接飞回国内休整。”", "周五", "2024-06-14"),
    ],
)
def test_a_weekday_with_a_de_that_tells_no_deed_stays_this_weeks(text: str, phrase: str, day: str) -> None:
    assert intervals(text)[phrase][0].startswith(day)


@pytest.mark.parametrize(
    "text",
    [
        "昨晚11时，四川某地发生3.2级地震。另讯：一名游客在峨眉山迷路，约3小时后被救援人员找到。",
        "晚上8时，记者来到事发现场。据目击者说，事发约20分钟后救护车才赶到。",
        "晚上10时，她拨打了报警电话。过了几天，警方打来电话，约一小时后民警上门取证。",
    ],
)
def test_minutes_later_in_another_story_or_after_their_own_event_count_from_no_earlier_clock(text: str) -> None:
    assert len(values(text, "date")) == 1  # the clock time alone; N后 lends nothing from it


def test_a_forecast_after_a_year_long_past_and_now_is_this_years() -> None:
    text = "2022年上半年该公司曾陷入亏损，目前经营已全面好转，预计第四季度将实现扭亏为盈。"
    assert intervals(text)["第四季度"][0].startswith("2024-10")


@pytest.mark.parametrize(
    ("text", "phrase", "day"),
    [
        ("据外媒17日报道，美国司法部起诉了一家科技公司。国内方面，证监会周四将召开新闻发布会。", "周四", "2024-06-13"),
        ("据央视新闻9月21日消息，第19届亚运会周六将在杭州开幕，各项准备就绪。", "周六", "2023-09-23"),
        ("据美联社9月20日消息，美联储周五宣布了新的利率决议。", "周五", "2023-09-15"),
    ],
)
def test_a_weekday_moves_with_a_reports_day_only_in_its_sentence_and_to_the_side_told(text: str, phrase: str, day: str) -> None:
    assert intervals(text)[phrase][0].startswith(day)


def test_cases_falling_from_a_year_are_counted_and_a_fields_plan_kept() -> None:
    assert values("全市刑事案件从2015起下降到1800起，治安明显好转。", "count") == ["2015 起", "1800 起"]
    assert values("全国水利十五规划明确提出，要加快大江大河治理。", "date") == ["2001/2006"]


@pytest.mark.parametrize("text", ["眼看马上一月就要过去了，工程进度还是很慢。", "公司于一月一次性发放了全年的绩效奖金。"])
def test_a_real_january_after_mashang_or_before_yicixing(text: str) -> None:
    assert values(text, "date") == ["2024-01"]


def test_a_year_from_which_a_plan_runs_is_no_count() -> None:
    assert "2011 起" not in values("招行预计从2011起要做到一年发卡2000万张，规模空前。", "count")

# ---- Lengths from one count to another


@pytest.mark.parametrize(
    ("text", "value", "ends"),
    [
        ("给新政府２到８个月的观察期，看看效果如何再说。", "P2M/P8M", ("P2M", "P8M")),
        ("这项工程预计需要两到三年才能完工，投资巨大。", "P2Y/P3Y", ("P2Y", "P3Y")),
        ("患者一般需要住院3至5天，费用由医保支付。", "P3D/P5D", ("P3D", "P5D")),
        ("每次会议持续2至3个小时，大家都很疲惫。", "PT2H/PT3H", ("PT2H", "PT3H")),
    ],
)
def test_a_range_of_lengths_keeps_both_ends(text: str, value: str, ends: tuple[str, str]) -> None:
    [fact] = facts(text, "date")
    assert (fact["value"], fact["value_kind"], fact["from"], fact["to"], fact["duration"]) == (value, "duration", *ends, value)


@pytest.mark.parametrize(
    "text",
    ["他们在1-2年级就开始学习英语，效果不错。", "会议定于3月3至5日举行，届时将讨论预算。", "三到五年前，这里还是一片农田，如今高楼林立。"],
)
def test_grades_days_of_a_month_and_years_ago_are_no_range_of_lengths(text: str) -> None:
    assert not any(v.startswith("P") for v in values(text, "date"))



# ---- Sums in 万 and 亿 paid out


@pytest.mark.parametrize(
    ("text", "money"),
    [
        ("家属被迫交出1200万赎款，警方介入调查。", "12000000 CNY"),
        ("该公司今年投入2亿用于研发，力度空前。", "200000000 CNY"),
        ("他花2萬租了一间铺位，生意还不错。", "20000 CNY"),
        ("球会开出2000万，希望签下这名球员。", "20000000 CNY"),
    ],
)
def test_a_sum_paid_in_wan_or_yi_is_money(text: str, money: str) -> None:
    assert values(text, "money") == [money]


def test_people_put_in_are_no_sum() -> None:
    assert values("政府投入2万人参与救灾，场面壮观。", "money") == []


# ---- What a second review of this round found


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("截至6月10日，7月出境游机票预订量同比增长45%。", "2024-07"),
        ("分析师预期，美国7月零售销售环比增长0.3%。", "2024-07"),
        ("今年前5个月汽车销量同比增长10%，新款车型7月正式上市。", "2024-07"),
        ("美国商务部上周四公布美国9月份贸易逆差环比下降4%，至431.1亿美元。", "2023-09"),
    ],
)
def test_a_months_bookings_forecasts_and_launches_stay_ahead_and_releases_go_back(text: str, month: str) -> None:
    assert month in values(text, "date")


def test_a_narrative_goes_on_into_its_next_paragraph() -> None:
    text = "1949年10月1日，中华人民共和国成立。\n下午3时，开国大典在天安门广场隆重举行。"
    assert intervals(text)["下午3时"][0] == "1949-10-01T15:00:00"


def test_a_run_of_days_holding_today_leaves_a_reports_clock_time_today() -> None:
    text = "第十届进博会6月11日至13日举行。下午2点，记者在现场看到人潮涌动。"
    assert intervals(text)["下午2点"][0] == "2024-06-12T14:00:00"


@pytest.mark.parametrize(
    ("text", "phrase", "day"),
    [
        ("受台风影响，博物馆周五闭馆一天，敬请市民谅解。", "周五", "2024-06-14"),
        ("售票时间为本周六上午10点，请歌迷提前准备。", "本周六上午10点", "2024-06-15"),
        ("端午节当天（6月10日）开放时间为上午8点至晚上9点，比平日延长两小时。", "上午8点至晚上9点", "2024-06-10"),
    ],
)
def test_one_days_closing_or_hours_keep_their_day(text: str, phrase: str, day: str) -> None:
    assert intervals(text)[phrase][0].startswith(day)


def test_a_standing_schedule_before_another_clause_still_recurs() -> None:
    assert facts("新馆开放时间为9:00至17:00，周三下午将举办开馆仪式。", "date")[0]["value_kind"] == "recurring"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("“72小时”是黄金救援期，救援队争分夺秒。", ["PT72H"]),
        ("医院迎接近5日出生的新生儿，场面温馨。", ["2024-06-07T10:00:00/2024-06-12T10:00:01"]),
    ],
)
def test_a_quoted_length_naming_a_period_and_jie_jin_of_other_words_are_kept(text: str, kept: list[str]) -> None:
    assert values(text, "date") == kept


def test_instalments_in_digits_are_counts() -> None:
    assert values("该商城支持分3期6期12期免息，购物更方便。", "count")[:2] == ["3 期", "6 期"]


def test_ten_years_after_stepping_into_a_century_are_not_its_last() -> None:
    assert "2090/2100" not in values("迈进21世纪后10年，这座城市的人口翻了一番。", "date")


# ---- A currency said after the sum; years up to now, before and since


@pytest.mark.parametrize(
    ("text", "money"),
    [
        ("绑匪要求对方准备现金3000万的美金，否则撕票。", "30000000 USD"),
        ("政府共投入了110亿的港币用于改善基础设施。", "11000000000 HKD"),
    ],
)
def test_a_sum_in_wan_with_its_currency_after_de(text: str, money: str) -> None:
    assert values(text, "money") == [money]


@pytest.mark.parametrize("text", ["他从1982年到今天一直在这家工厂工作，从未离开。", "从一九八二年到现在，他一直在这家工厂工作。"])
def test_a_year_up_to_today_runs_to_the_publication(text: str) -> None:
    assert values(text, "date") == ["1982-01-01T00:00:00/2024-06-12T10:00:01"]


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("他说四九年之前这里还是一片荒地，后来才建起了工厂。", "../1948-12-31", "less-than"),
        ("该工程计划二五年之前全面完成，投资巨大。", "../2025-12-31", "less-than"),
        ("从九八年十二月以后，他就再也没有回过老家。", "1998-12-01T00:00:00/2024-06-12T10:00:01", "period"),
        ("从1998年12月以后，他就再也没有回过老家。", "1998-12-01T00:00:00/2024-06-12T10:00:01", "period"),
    ],
)
def test_before_or_since_a_short_year_or_a_month(text: str, value: str, kind: str) -> None:
    [fact] = facts(text, "date")
    assert (fact["value"], fact["value_kind"]) == (value, kind)


def test_a_currency_said_after_the_sum_is_not_taken_from_the_sum_before() -> None:
    assert values("这三千万美金早就还了，我还交给了总公司现金１１０亿的港币，还有股份。", "money")[-1] == "11000000000 HKD"


# ---- Told as said or befallen


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("事故发生在10月26号，造成三人死亡，两人受伤。", "2023-10-26"),
        ("美国国务院发言人10月26日表示，美方对此表示关切。", "2023-10-26"),
        ("他10月26日看到了这则消息，立即报了警。", "2023-10-26"),
        ("前国家副主席于10月26号在北京逝世，享年八十九岁。", "2023-10-26"),
        ("预计10月26日发生月全食，届时全国可见。", "2024-10-26"),
        ("本届展会将于10月26日结束，届时将公布成交额。", "2024-10-26"),
    ],
)
def test_a_day_ahead_told_as_said_or_befallen_is_last_years(text: str, day: str) -> None:
    assert values(text, "date")[0] == day


def test_a_weekday_ahead_told_as_said_is_last_weeks() -> None:
    assert values("美国总统周四表示，将继续推进对话。", "date") == ["2024-06-06"]


# ---- What a third review of this round found


def test_decembers_figures_read_in_january_are_last_years() -> None:
    from datetime import datetime

    from reader.core.facts import extract_facts, facts_to_json
    from reader.core.model import Article

    for text in ("12月份全国居民消费价格同比上涨0.3%，符合市场预期。", "12月份原材料价格同比下降，比上月回落0.5个百分点。"):
        article = Article(text=text, blocks=(), published=datetime(2024, 1, 5, 10))
        assert [f["value"] for f in facts_to_json(extract_facts(article)) if f["kind"] == "date"][0] == "2023-12"


@pytest.mark.parametrize("text", ["政府投入2万建设者参与大会战，场面壮观。", "全市投入2万以上警力维护秩序，确保安全。"])
def test_people_put_in_by_the_wan_are_no_sum(text: str) -> None:
    assert values(text, "money") == []


def test_pieces_shared_after_a_cut_stay_pieces() -> None:
    assert values("生日蛋糕被切成了十二块，每人分到一块。", "money") == []


def test_that_day_set_against_er_jintian_is_not_today() -> None:
    assert [f["text"] for f in facts("机师当天就被限制出境，而今天桃园地检署终于决定起诉。", "date")] == ["今天"]


@pytest.mark.parametrize("text", ["政府计划在112至115年间投入大量经费。", "该计划将在24-26年分阶段实施，逐步推进。"])
def test_years_written_short_in_a_range_are_no_length(text: str) -> None:
    assert not any(v.startswith("P") for v in values(text, "date"))


def test_hours_of_the_morning_after_a_label_still_recur() -> None:
    assert facts("开放时间为上午9时至下午5时，周一闭馆，欢迎参观。", "date")[0]["value_kind"] == "recurring"


def test_a_sum_before_jingji_is_money_and_a_words_yuan_is_not() -> None:
    assert values("国务院推出4万亿元经济刺激计划，拉动内需。", "money") == ["4000000000000 CNY"]
    assert values("中国长期存在城乡二元经济结构，亟待改革。", "money") == []


def test_this_area_is_no_yuan_and_jianxie_no_rooms() -> None:
    assert values("在这一块，我们还有很多工作要做，任重道远。", "money") == []
    assert values("患者出现15间歇性发作，医生建议住院观察。", "count") == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("该行已于18日在上海开设了首家分行，业务进展顺利。", "2024-05-18"),
        ("沃尔玛27日签署了合作协议，双方将共同开拓市场。", "2024-05-27"),
        ("该行将于18日在上海开设首家分行，敬请期待。", "2024-06-18"),
        ("会议定于25日召开，届时将讨论预算问题。", "2024-06-25"),
    ],
)
def test_a_bare_day_ahead_told_as_done_is_the_month_befores(text: str, day: str) -> None:
    assert values(text, "date") == [day]


def test_a_weekly_closing_day_lends_no_clock_time_its_day() -> None:
    text = "博物馆开放时间为周二至周日9:00-17:00，周一闭馆。下午2時51分警方接報，消防隨即到場。"
    assert intervals(text)["下午2時51分"][0] == "2024-06-12T14:51:00"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("市场普遍预期欧洲央行18日宣布降息，股市大涨。", "2024-06-18"),
        ("今年夏至发生在21日，白昼最长，各地举办活动。", "2024-06-21"),
        ("6月20日双方开始谈判，25日双方宣布达成协议。", "2024-06-25"),
        ("拜登将出访欧洲，于18日在布鲁塞尔宣布了新政策。", "2024-06-18"),
        ("若公司27日通过了审议，股价将会大幅上涨。", "2024-06-27"),
        ("部长哈利勒18日表示，将增加石油产量，稳定油价。", "2024-05-18"),
    ],
)
def test_a_bare_day_in_doubt_or_held_by_a_month_stays_and_one_said_moves(text: str, day: str) -> None:
    assert day in values(text, "date")


# ---- What a fourth review of this round found


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("美国国务院发言人10月26日在记者会上表示，美方对此表示关切。", "2023-10-26"),
        ("预料美联储会在9月10日宣布加息，市场紧张。", "2024-09-10"),
        ("12月13日是南京大屠杀死难者国家公祭日，各地举行活动。", "2024-12-13"),
        ("今年的日环食发生在10月14日，届时可观测。", "2024-10-14"),
        ("市场关注美联储周四宣布的利率决议。", "2024-06-13"),
    ],
)
def test_a_word_said_ahead_moves_back_only_where_it_cannot_be_ahead(text: str, day: str) -> None:
    assert day in values(text, "date")


def test_a_number_after_qiuqian_is_a_length_and_after_yibai_no_date() -> None:
    assert values("孩子们在公园里荡秋千两个小时，玩得很开心。", "date") == ["PT2H"]
    assert values("孩子们在公园里荡秋千两个小时，玩得很开心。", "count") == []
    assert values("一百五十年前，这里还是一片汪洋大海，后来才变成陆地。", "date") == []


@pytest.mark.parametrize(
    ("text", "kind", "found"),
    [
        ("他花了价值500万的比特币买下这套房子。", "money", ["5000000 CNY"]),
        ("工程要在二四年之前完工，投入使用。", "date", ["../2024-12-31"]),
        ("这条狗的寿命一般为13到15年，算是长寿。", "date", ["P13Y/P15Y"]),
        ("该计划将在24-26年分阶段实施，逐步推进。", "date", []),
        ("酒店一楼有3间接待室，供客人使用。", "count", ["3 间"]),
    ],
)
def test_coins_deadlines_this_year_lifespans_and_reception_rooms(text: str, kind: str, found: list[str]) -> None:
    assert values(text, kind)[: len(found) or None] == found


# ---- What a fifth review of this round found


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("外交部发言人汪文斌18日在例行记者会上回应称，中方对此坚决反对。", "2024-05-18"),
        ("香港立法會27日通過了《維護國家安全條例》草案，全體議員投下贊成票。", "2024-05-27"),
        ("中石油、中石化等企业18日宣布，下调国内成品油零售价格。", "2024-05-18"),
        ("该公司董事会于29日宣布，将回购不超过10亿元的公司股份。", "2024-05-29"),
        ("自今年3月以来，该地区冲突不断，军方发言人27日表示已击毙多名武装分子。", "2024-05-27"),
        ("为确保冬季供暖安全，住建部11月8日宣布开展全国燃气安全专项检查。", "2023-11-08"),
    ],
)
def test_a_day_said_in_everyday_words_still_moves_back(text: str, day: str) -> None:
    assert day in values(text, "date")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("从2010年到今天的十多年里，这座城市变化巨大。", ["2010-01-01T00:00:00/2024-06-12T10:00:01"]),
        ("预计公司24-26年归母净利润分别为10亿、12亿和15亿元。", []),
        ("他在这家公司工作了16到18年，见证了公司的成长。", ["P16Y/P18Y"]),
        ("2024年6月以前购房的家庭可以享受补贴政策。", ["../2024-05-31"]),
    ],
)
def test_up_to_today_year_ranges_and_before_this_month(text: str, found: list[str]) -> None:
    assert values(text, "date") == found


def test_hours_from_today_on_recur() -> None:
    assert facts("今日起開放時間為周二至周日上午9時至下午5時。", "date")[-1]["value_kind"] == "recurring"


# ---- What a sixth review of this round found


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("市场普遍预期，美联储7月31日宣布降息，美股应声上涨。", "2024-07-31"),
        ("根据议程安排，大会27日宣布选举结果，随后闭幕。", "2024-06-27"),
        ("他27日会正式宣布参选，目前正在筹备竞选团队。", "2024-06-27"),
        ("本月下旬，该市将举办国际车展。27日，主办方宣布展会开幕。", "2024-06-27"),
        ("他表示：“我们27日宣布结果，请大家耐心等待。”", "2024-06-27"),
        ("知情人士称，央行7月15日宣布降准的可能性较大。", "2024-07-15"),
        ("拜登7月4日在白宫发表讲话，称之为美国历史上最重要的时刻。", "2023-07-04"),
    ],
)
def test_a_forecast_schedule_or_odds_keeps_a_day_ahead(text: str, day: str) -> None:
    assert day in values(text, "date")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("该平台计划在2024年6月以前上线，届时将开放注册。", ["../2024-06-30"]),
        ("这批树龄13至15年的果树正处于盛果期。", ["P13Y/P15Y"]),
    ],
)
def test_a_deadline_this_month_and_a_trees_age(text: str, found: list[str]) -> None:
    assert values(text, "date")[: len(found)] == found
