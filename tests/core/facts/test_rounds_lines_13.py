"""Time phrases of the kinds a time parser's documentation lists, read beside jionlp's reading
of them: where Reader read a part of the phrase, or none of it, and the library's reading (or
our own, where the library's is a slip) is the one a reader means.

Every phrase here is our own; none comes from a held-out suite. The reference is 2024-06-12
10:00 (a Wednesday), as for the rounds before.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.core.facts.reading import NEWS_LINES, Reading

facts, intervals, values, dates = NEWS_LINES.facts, NEWS_LINES.intervals, NEWS_LINES.values, NEWS_LINES.dates


# ---- A month's or year's nth weekday, with the year said (今年5月的第一个星期一)


@pytest.mark.parametrize(
    ("text", "phrase", "day"),
    [
        ("义卖活动定在今年5月的第二个星期日，商场早早布置了花墙。", "今年5月的第二个星期日", "2024-05-12"),
        ("新规将在2025年2月的第一个星期一实施。", "2025年2月的第一个星期一", "2025-02-03"),
        ("比赛在去年11月最后一个周六举行，吸引了上万名跑者。", "去年11月最后一个周六", "2023-11-25"),
        ("公司的年会照例在今年最后一个周五举行。", "今年最后一个周五", "2024-12-27"),
        ("学校今年的第一个星期一就开学了。", "今年的第一个星期一", "2024-01-01"),
    ],
)
def test_a_months_or_years_nth_weekday_is_that_day(text: str, phrase: str, day: str) -> None:
    assert dates(text)[phrase][:2] == ("exact", day)


def test_a_months_last_week_stays_a_week() -> None:
    assert dates("工程将在今年5月最后一周完工。")["今年5月最后一周"][1] == "2024-05-20/2024-05-27"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [("今年6月第一周二手房成交明显回暖。", "今年6月第一周", "2024-06-03/2024-06-10"), ("今年第一周日均客流超过十万人次。", "今年第一周", "2024-W01")],
)
def test_a_numbered_week_before_a_word_stays_the_week(text: str, phrase: str, value: str) -> None:
    assert dates(text)[phrase][1] == value


# ---- Quarters up to now, from now, or so many before or after (过去三个季度, 两个季度前), whole
# quarters as reports count them


@pytest.mark.parametrize(
    ("text", "phrase", "interval"),
    [
        ("过去三个季度，这家车企的销量持续下滑。", "过去三个季度", ["2023-07-01T00:00:00", "2024-03-31T23:59:59"]),
        ("分析师认为，未来两个季度出口仍将承压。", "未来两个季度", ["2024-07-01T00:00:00", "2024-12-31T23:59:59"]),
        ("最近的两个季度里，公司没有发布新品。", "最近的两个季度", ["2023-10-01T00:00:00", "2024-03-31T23:59:59"]),
        ("两个季度前，这家公司还在亏损。", "两个季度前", ["2023-10-01T00:00:00", "2023-12-31T23:59:59"]),
        ("一个季度后，库存压力有所缓解。", "一个季度后", ["2024-07-01T00:00:00", "2024-09-30T23:59:59"]),
    ],
)
def test_quarters_from_now_are_whole_quarters(text: str, phrase: str, interval: list[str]) -> None:
    assert intervals(text)[phrase] == interval


@pytest.mark.parametrize("text", ["该公司的利润已连续三个季度下滑。", "这家银行的坏账率在第三个季度后回落。"])
def test_quarters_counted_are_no_date(text: str) -> None:
    assert "季度" not in "".join(dates(text))


@pytest.mark.parametrize("text", ["2021年这家公司上市，两个季度后即实现盈利。", "2023年过去的三个季度，这家车企的销量持续下滑。"])
def test_quarters_told_from_a_year_said_are_not_counted_from_now(text: str) -> None:
    assert not any(value.startswith(("2023-07", "2024")) for _, value, _ in dates(text).values())


# ---- A feast's 后: from the feast on (春节后, 国庆节之后, 中秋过后)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("春节后，沿海的工厂陆续复工，招工需求明显回升。", "春节后", "2024-02-10/.."),
        ("专家预计，国庆节之后各地气温将逐步转凉。", "国庆节之后", "2024-10-01/.."),
        ("商家说，中秋过后月饼一般会打折出售。", "中秋过后", "2024-09-17/.."),
        ("这种趋势自端午节后逐步显现。", "自端午节后", "2024-06-10/.."),
    ],
)
def test_after_a_feast_is_from_it_on(text: str, phrase: str, value: str) -> None:
    assert dates(text)[phrase][:2] == ("more-than", value)


def test_after_the_next_feast_is_from_the_next_one_on() -> None:
    late_in_the_year = Reading(datetime(2024, 11, 20, 10, 0))
    found = late_in_the_year.dates("他说，目前想先休息一阵，等春节后再做打算。")
    assert found["春节后"][:2] == ("more-than", "2025-01-29/..")


def test_days_counted_after_a_feast_are_not_opened() -> None:
    assert "国庆后两天" not in dates("国庆后两天，景区的游客仍然很多。")


@pytest.mark.parametrize("text", ["政府出台措施，解决外来务工人员春节后顾之忧。", "这家酒楼的春节后厨人手不足。"])
def test_a_word_after_a_feast_is_not_after_it(text: str) -> None:
    assert not any(phrase.endswith("后") for phrase in dates(text))


# ---- A year's 前半年 and 后半年


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("今年前半年，这座港口的集装箱吞吐量增长了一成。", "今年前半年", "2024-01/2024-07"),
        ("去年后半年，房地产市场明显降温。", "去年后半年", "2023-07/2024-01"),
        ("2022年后半年，物流逐步恢复正常。", "2022年后半年", "2022-07/2023-01"),
    ],
)
def test_a_years_front_or_back_half_is_that_half(text: str, phrase: str, value: str) -> None:
    assert dates(text)[phrase][:2] == ("period", value)



@pytest.mark.parametrize(
    "text", ["MSCI指出，这个市场的成交额已连续第三个季度下滑。", "这是该公司今年第二个季度出现亏损，此前曾短暂盈利。"]
)
def test_the_nth_quarter_counted_is_no_quarter(text: str) -> None:
    assert not any("季度" in phrase for phrase in dates(text))


@pytest.mark.parametrize("text", ["兔年后半年，这家店的生意明显好转。", "那年后半年，他因病离开了公司。", "他打算过完年后半年内换一份工作。"])
def test_a_half_after_a_word_ending_in_nian_is_no_half_of_this_year(text: str) -> None:
    assert not any(value.startswith("2024-0") for _, value, _ in dates(text).values())


# ---- 最近的三天, 下一个周末: the same times with 的 or 一个 in them


@pytest.mark.parametrize(
    ("text", "phrase", "interval"),
    [
        ("最近的三天里，这座城市的气温一直在35度以上。", "最近的三天", ["2024-06-09T10:00:00", "2024-06-12T10:00:00"]),
        ("最近的三个月，这家车企的销量下滑了两成。", "最近的三个月", ["2024-03-12T00:00:00", "2024-06-12T10:00:00"]),
        ("主办方决定把音乐会改到下一个周末举行。", "下一个周末", ["2024-06-22T00:00:00", "2024-06-23T23:59:59"]),
        ("上一个周末，公园里挤满了赏花的市民。", "上一个周末", ["2024-06-08T00:00:00", "2024-06-09T23:59:59"]),
    ],
)
def test_times_said_with_de_or_yi_ge_are_read_whole(text: str, phrase: str, interval: list[str]) -> None:
    assert intervals(text)[phrase] == interval


def test_a_weekend_counted_is_no_date() -> None:
    assert dates("他们一个周末就花掉了三千元。") == {}


# ---- A clock time alone (8点, 9点钟), given as a phrase


@pytest.mark.parametrize(
    ("phrase", "first"),
    [("8点", "2024-06-12T08:00:00"), ("0点整", "2024-06-12T00:00:00"), ("9点钟", "2024-06-12T09:00:00"), ("十二点", "2024-06-12T12:00:00")],
)
def test_a_clock_time_given_alone_is_that_hour_today(phrase: str, first: str) -> None:
    assert intervals(phrase)[phrase][0] == first


@pytest.mark.parametrize("text", ["25点", "二十五点", "沪指收盘上涨8点，成交额有所放大。", "他提出了3点建议，希望各方重视。"])
def test_points_and_suggestions_are_no_clock_time(text: str) -> None:
    assert dates(text) == {}


# ---- A year since (今年以来, 2024年以来) runs up to the publication, as 去年以来 does


@pytest.mark.parametrize("phrase", ["今年以来", "2024年以来", "本年以来"])
def test_this_year_since_runs_up_to_now(phrase: str) -> None:
    said = dates(f"{phrase}，全市新增就业岗位三万多个。")[phrase]
    assert said[:2] == ("period", "2024-01-01T00:00:00/2024-06-12T10:00:01")


def test_a_year_since_to_come_stays_open() -> None:
    assert dates("2025年以来的新规定还没有公布。")["2025年以来"][:2] == ("more-than", "2025-01-01/..")


# ---- A solar term of a year said (今年的夏至, 去年大寒)


@pytest.mark.parametrize(
    ("text", "phrase", "day"),
    [
        ("今年的夏至是6月21日，白昼最长。", "今年的夏至", "2024-06-21"),
        ("去年大寒那天，这座城市下了十年来最大的一场雪。", "去年大寒", "2023-01-20"),
        ("今年大寒那天，冰雪景区的游客爆满。", "今年大寒", "2024-01-20"),
    ],
)
def test_a_years_solar_term_is_that_day(text: str, phrase: str, day: str) -> None:
    assert dates(text)[phrase][1] == day


# ---- A month's first days and the days before a day (本月前10天, 春节前三天, 国庆前一天)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("本月前10天，全市新房成交量同比增长两成。", "本月前10天", "2024-06-01/2024-06-11"),
        ("今年前100天，这个口岸的出入境旅客超过百万人次。", "今年前100天", "2024-01-01/2024-04-10"),
        ("春节前三天，火车站里挤满了返乡的旅客。", "春节前三天", "2024-02-07/2024-02-10"),
        ("国庆前一天，商场里人头攒动。", "国庆前一天", "2024-09-30"),
    ],
)
def test_first_days_and_days_before_a_day_are_those_days(text: str, phrase: str, value: str) -> None:
    assert dates(text)[phrase][1] == value


def test_days_before_an_event_unnamed_stay_none() -> None:
    assert dates("比赛前三天，队员们都在加紧训练。") == {}


# ---- Weather periods and runs of days (今天白天, 明后两天)


@pytest.mark.parametrize(
    ("text", "phrase", "interval"),
    [
        ("今天白天，本市多云转晴，最高气温33度。", "今天白天", ["2024-06-12T06:00:00", "2024-06-12T18:59:59"]),
        ("今天夜间到明天白天，全市有中到大雨。", "今天夜间到明天白天", ["2024-06-12T20:00:00", "2024-06-13T18:59:59"]),
        ("气象台预计，明后两天仍有强降雨。", "明后两天", ["2024-06-13T00:00:00", "2024-06-14T23:59:59"]),
        ("昨今两天，景区共接待游客五万人次。", "昨今两天", ["2024-06-11T00:00:00", "2024-06-12T23:59:59"]),
        ("今明后三天，这条线路将暂停运营。", "今明后三天", ["2024-06-12T00:00:00", "2024-06-14T23:59:59"]),
    ],
)
def test_weather_periods_and_runs_of_days_are_read_whole(text: str, phrase: str, interval: list[str]) -> None:
    assert intervals(text)[phrase] == interval


# ---- 下个月的5号, and a week since (本周以来)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [("新规将于下个月的5号正式实施。", "下个月的5号", "2024-07-05"), ("上个月的20日，这家工厂正式投产。", "上个月的20日", "2024-05-20")],
)
def test_a_relative_months_day_after_de_is_that_day(text: str, phrase: str, value: str) -> None:
    assert dates(text)[phrase][1] == value


def test_a_metro_line_after_a_relative_month_is_no_day() -> None:
    assert "上个月1号" not in dates("上个月1号线开通了延长段，沿线居民出行更方便。")


@pytest.mark.parametrize(("phrase", "first"), [("本周以来", "2024-06-10T00:00:00"), ("上周以来", "2024-06-03T00:00:00")])
def test_a_week_since_runs_up_to_now(phrase: str, first: str) -> None:
    assert intervals(f"{phrase}，沪深两市成交额连续放大。")[phrase] == [first, "2024-06-12T10:00:00"]


# ---- 接下来一周 as 未来一周; a decade's 前期, 中期, 后期; the day after a feast


@pytest.mark.parametrize(
    ("text", "phrase", "interval"),
    [
        ("接下来一周，全市将持续高温。", "接下来一周", ["2024-06-12T10:00:00", "2024-06-19T10:00:00"]),
        ("今后三天，沿海地区仍有大风。", "今后三天", ["2024-06-12T10:00:00", "2024-06-15T10:00:00"]),
    ],
)
def test_days_and_weeks_from_now_run_from_now(text: str, phrase: str, interval: list[str]) -> None:
    assert intervals(text)[phrase] == interval


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("上世纪80年代中期，他来到深圳创业。", "上世纪80年代中期", "1983/1987"),
        ("90年代后期，这家工厂开始转型。", "90年代后期", "1997/2000"),
        ("80年代前期，这里还是一片农田。", "80年代前期", "1980/1983"),
    ],
)
def test_a_decades_early_middle_or_late_years(text: str, phrase: str, value: str) -> None:
    assert dates(text)[phrase][1] == value


def test_the_day_after_a_feast_is_that_day() -> None:
    assert dates("中秋节后一天，高速公路迎来返程高峰。")["中秋节后一天"][1] == "2024-09-18"


@pytest.mark.parametrize(
    ("text", "phrase", "last"),
    [("分析师认为，未来半年楼市仍将承压。", "未来半年", "2024-12-12T23:59:59"), ("今后半个月，全省将进入主汛期。", "今后半个月", "2024-06-27T10:00:00")],
)
def test_half_a_year_or_month_from_now_runs_from_now(text: str, phrase: str, last: str) -> None:
    assert intervals(text)[phrase] == ["2024-06-12T10:00:00", last]


# ---- The second review: words ending in 明, "not a day earlier", "a couple of days ago",
# numbered things after a month's 号, 白天黑夜, 一点


def test_a_run_of_days_inside_a_word_ending_in_ming_is_none() -> None:
    said = dates("清明后两天，各地气温明显回升。")
    assert "明后两天" not in said and said["清明"][1] == "2024-04-04"


def test_an_eve_told_with_dou_mei_is_the_eve() -> None:
    assert dates("他春节前一天都没有休息，一直在工地值班。")["春节前一天"][1] == "2024-02-09"


# ---- The fifth and sixth reviews: not a day may slip, 三天两头, 一天一天, January's solar terms,
# quarters told of a past year


@pytest.mark.parametrize(
    "text", ["这批货在国庆前一天也不能耽误。", "她春节前三天两头往医院跑。", "中秋节后一天一天冷起来。", "国庆长假前三天也不能退票。"]
)
def test_idioms_and_a_bare_months_half_are_no_days(text: str) -> None:
    assert not any(value.startswith(("2024-09-3", "2024-02-0", "2024-09-18", "2024-12-16")) or "/2024-06-12T" in value for _, value, _ in dates(text).values())


def test_this_years_january_term_said_in_december_is_next_months() -> None:
    said = Reading(datetime(2024, 12, 25, 10, 0)).dates("今年的大寒节气将在下个月到来。")
    assert said["今年的大寒"][1] == "2025-01-20"


def test_quarters_told_of_a_past_year_in_an_earlier_clause_are_none() -> None:
    assert not any(value.startswith("2023-07") for _, value, _ in dates("2022年，这家公司过去三个季度均出现亏损。").values())


def test_a_couple_of_days_ago_in_this_year_is_no_first_days() -> None:
    assert "今年前两天" not in dates("今年前两天的高温天气让不少市民中暑。")


@pytest.mark.parametrize(("text", "phrase"), [("上个月的1号文件提出了十条措施。", "上个月"), ("上个月的2号台风造成严重损失。", "上个月")])
def test_a_numbered_thing_after_a_months_hao_is_no_day(text: str, phrase: str) -> None:
    assert dates(text)[phrase][1] == "2024-05"


@pytest.mark.parametrize(("text", "phrase", "day"), [("下月1号房贷利率将下调。", "下月1号", "2024-07-01"), ("本月20号车展开幕。", "本月20号", "2024-06-20")])
def test_a_day_before_a_word_of_its_own_stays_a_day(text: str, phrase: str, day: str) -> None:
    assert dates(text)[phrase][1] == day


@pytest.mark.parametrize("text", ["一点", "他们白天黑夜地赶工，终于按期完工。"])
def test_a_little_and_day_and_night_are_no_time(text: str) -> None:
    assert not any("白天" in phrase or phrase == "一点" for phrase in dates(text))


# ---- A month's halves (7月上半月) and a whole day said so (今天全天)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("7月上半月，全市降雨量比常年偏多三成。", "7月上半月", "2024-07-01/2024-07-16"),
        ("上个月下半月，猪肉价格明显回落。", "上个月下半月", "2024-05-16/2024-06-01"),
        ("受管道检修影响，今天全天这一片区停水。", "今天全天", "2024-06-12"),
    ],
)
def test_a_months_half_and_a_whole_day_are_read_whole(text: str, phrase: str, value: str) -> None:
    assert dates(text)[phrase][1] == value


# ---- Since a season began (入夏以来)


@pytest.mark.parametrize(("text", "phrase", "first"), [("入夏以来，全市平均气温比常年偏高1.5度。", "入夏以来", "2024-05-05T00:00:00"), ("去年入冬以来，这条河一直没有封冻。", "去年入冬以来", "2023-11-08T00:00:00")])
def test_since_a_season_began_runs_from_its_first_solar_term(text: str, phrase: str, first: str) -> None:
    assert intervals(text)[phrase] == [first, "2024-06-12T10:00:00"]


def test_this_winter_since_in_january_began_last_year() -> None:
    said = Reading(datetime(2025, 1, 10, 10, 0)).intervals("今年入冬以来，全市降雪明显偏少。")
    assert said["今年入冬以来"][0] == "2024-11-07T00:00:00"


# ---- The third review: 后一天 in idioms, a month's 前两天, eves said with 也是, 指明后两天, 令吉,
# 白天最高气温, 今后半年一次


@pytest.mark.parametrize("text", ["入秋后，9月1日后一天比一天凉。", "这座城市春节后一天一个样。"])
def test_day_after_day_idioms_are_no_day_after(text: str) -> None:
    assert not any(phrase.endswith("一天") for phrase in dates(text))


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("本月前两天，这家商场的销售额大增。", "本月前两天", "2024-06-01/2024-06-03"),
        ("国庆节前一天也就是9月30日，车站客流达到高峰。", "国庆节前一天", "2024-09-30"),
        ("他指明后两天有雨，出行要带伞。", "明后两天", "2024-06-13/2024-06-15"),
        ("上月20号令吉兑美元汇率跌至新低。", "上月20号", "2024-05-20"),
    ],
)
def test_readings_a_guard_had_lost_are_back(text: str, phrase: str, value: str) -> None:
    assert dates(text)[phrase][1] == value


def test_a_forecasts_daytime_keeps_its_hours() -> None:
    assert dates("明天白天最高气温35度。")["明天白天"][1] == "2024-06-13T06:00/2024-06-13T19:00"


def test_every_half_year_from_now_is_no_period() -> None:
    assert dates("这项检查今后半年一次，由第三方机构负责。") == {}


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [("按照规划，本世纪30年代中期这里将建成新城。", "本世纪30年代中期", "2033/2037"), ("到本世纪20年代末，全市将基本实现现代化。", "本世纪20年代末", "2027/2030")],
)
def test_a_part_of_a_decade_of_this_century_is_in_this_century(text: str, phrase: str, value: str) -> None:
    assert dates(text)[phrase][1] == value


@pytest.mark.parametrize(("phrase", "day"), [("五一", "2024-05-01"), ("今年五一", "2024-05-01"), ("去年十一", "2023-10-01"), ("明年六一", "2025-06-01")])
def test_a_feast_in_figures_given_alone_is_its_day(phrase: str, day: str) -> None:
    assert dates(phrase)[phrase][1] == day


@pytest.mark.parametrize("text", ["十一", "他今年五一岁了。"])
def test_eleven_alone_or_a_figure_in_a_sentence_is_no_feast(text: str) -> None:
    assert not any(value.endswith(("-05-01", "-10-01")) for _, value, _ in dates(text).values())


# ---- The fourth review: a season since only within a season of its solar term and not in a story
# of another year; 后一天天气; 未来半年至一年; 贵阳明后两天; 全天然气


@pytest.mark.parametrize(
    ("published", "text"),
    [
        (datetime(2024, 10, 20, 10), "入冬以来，哈尔滨已经迎来三场降雪。"),
        (datetime(2024, 6, 12, 10), "2022年8月，重庆入夏以来持续高温，用电负荷屡创新高。"),
        (datetime(2024, 6, 12, 10), "今年1月15日，冰雪大世界入冬以来已接待游客270万人次。"),
        (datetime(2024, 11, 20, 10), "广州10月28日正式入秋，入秋以来气温仍然偏高。"),
    ],
)
def test_a_season_since_far_from_its_solar_term_or_told_of_another_time_is_none(published: datetime, text: str) -> None:
    assert not any("以来" in phrase for phrase in Reading(published).dates(text))


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("中秋节后一天天气转晴，出游的人明显增多。", "中秋节后一天", "2024-09-18"),
        ("贵阳明后两天仍有中到大雨。", "明后两天", "2024-06-13/2024-06-15"),
    ],
)
def test_a_day_after_and_a_run_of_days_after_a_city(text: str, phrase: str, value: str) -> None:
    assert dates(text)[phrase][1] == value


def test_half_a_year_opening_a_range_is_not_read_alone() -> None:
    assert "未来半年" not in dates("专家预计，未来半年至一年内房价将逐步企稳。")


def test_natural_gas_after_a_day_is_no_whole_day() -> None:
    assert "今日全天" not in dates("今日全天然气供应正常，市民不必担心。")


def test_a_daytime_to_the_night_is_one_range() -> None:
    said = intervals("今天白天到夜间，全市有中到大雨。")
    assert said["今天白天到夜间"] == ["2024-06-12T06:00:00", "2024-06-12T23:59:59"]


@pytest.mark.parametrize(("phrase", "value"), [("星期六和星期日", "2024-06-15/2024-06-17"), ("昨天和今天", "2024-06-11/2024-06-13")])
def test_two_days_in_a_row_given_alone_are_one_range(phrase: str, value: str) -> None:
    assert dates(phrase)[phrase][1] == value


def test_two_days_in_a_sentence_stay_two_dates() -> None:
    assert set(dates("周六和周日，全市将有强降雨。")) == {"周六", "周日"}


@pytest.mark.parametrize("text", ["这家公司成立于1998年，过去三个季度营收均增长。", "与去年同期相比，过去三个季度营收均增长。"])
def test_quarters_after_a_year_since_or_a_founding_are_still_read(text: str) -> None:
    assert any(value == "2023-07/2024-04" for _, value, _ in dates(text).values())
