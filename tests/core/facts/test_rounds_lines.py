"""Dates, amounts and counts read on single news lines (People's Daily-style and Weibo lines of
the names corpora) and on the last dev pages no one had read for facts.

Every phrase here is our own, written in the way of the lines read; none comes from a held-out
suite. The reference is 2024-06-12 10:00 (a Wednesday), the day the lines were read against.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.core.facts.reading import NEWS_LINES, Reading

facts, intervals, values = NEWS_LINES.facts, NEWS_LINES.intervals, NEWS_LINES.values


# ---- Dates


@pytest.mark.parametrize(
    ("text", "phrase", "interval"),
    [
        ("受冷空气影响，5月31日晚至1日凌晨，全市将出现大风降温天气。", "5月31日晚至1日凌晨",
         ["2024-05-31T18:00:00", "2024-06-01T04:59:59"]),
        ("展览将于1月28日至2日在市博物馆举行，届时将展出文物。", "1月28日至2日",
         ["2024-01-28T00:00:00", "2024-02-02T23:59:59"]),
        ("展览将于12月28日至3日在市博物馆举行，届时将展出文物。", "12月28日至3日",
         ["2024-12-28T00:00:00", "2025-01-03T23:59:59"]),
    ],
)
def test_a_day_alone_before_the_start_ends_the_range_next_month(text: str, phrase: str, interval: list[str]) -> None:
    assert intervals(text)[phrase] == interval


@pytest.mark.parametrize("text", ["他表示，最近一周，他发现市场上的价格有所回落。", "过去两周，全市新增病例十二例，多数为输入病例。"])
def test_the_days_up_to_now_have_the_value_their_dates_show(text: str) -> None:
    (fact,) = facts(text, "date")
    low, _, high = fact["value"].partition("/")
    assert fact["interval"] == [low, fact["interval"][1]]
    assert high > fact["interval"][1] and high[:13] == "2024-06-12T10"


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("1999年将国语唱片签约于唱片公司旗下，1月推出首张国语同名专辑，反应热烈。", "1月", "1999-01-01T00:00:00"),
        ("2003年签约于唱片公司旗下，并于6月6日发行专辑；7月6日在渔人码头举办演唱会。", "6月6日", "2003-06-06T00:00:00"),
        ("2017年，他出演电视台的综艺节目，9月18至23日与兄弟前往江原道旅行。", "9月18至23日", "2017-09-18T00:00:00"),
    ],
)
def test_a_year_opening_its_sentence_holds_the_months_and_days_after_it(text: str, phrase: str, first: str) -> None:
    assert intervals(text)[phrase][0] == first


# ---- Counts


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("红魔近8次作客去到埃伍德公园球场只赢过一次，战绩不佳。", "8 次 作客"),
        ("两队在英超联赛近18个赛季中只交战过4场，胜负各半。", "18 个 赛季"),
        ("该队近两届世界杯都止步小组赛，球迷十分失望。", "2 届 世界杯"),
    ],
)
def test_the_last_seasons_and_meetings_are_no_nearly(text: str, value: str) -> None:
    assert value in values(text, "count")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("这名球员职业生涯已有近8次出场机会，表现平平。", "<8 次 出场机会"),
        ("他共参加了将近10次比赛，成绩不俗，颇受好评。", "<10 次 比赛"),
    ],
)
def test_nearly_before_meetings_stays_nearly(text: str, value: str) -> None:
    assert value in values(text, "count")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("大概日產量11萬箱多一點，需求數大概12萬箱，因此必須進口。", "110000 箱"),
        ("集装箱的吞吐总量今年肯定可以突破一千七百万标准箱。", "17000000+ 标准箱"),
        ("为不法客户复制盗版激光唱盘和视盘共313万片，数量惊人。", "3130000 片"),
        ("此前育碧曾确认将开发六款次世代游戏，其中有四款游戏尚未公开。", "4 款 游戏"),
        ("警方搜出一把改造手枪以及５发子弹，嫌犯已被刑拘。", "5 发 子弹"),
        ("国防工业有四句话，大家都要牢记在心，时刻不忘。", "4 句 话"),
    ],
)
def test_cases_discs_models_rounds_and_lines_are_counted(text: str, value: str) -> None:
    assert value in values(text, "count")


@pytest.mark.parametrize(
    "text",
    ["现场一片混乱，两片区的居民都被疏散到安全地带。", "他在3发之后才命中目标，全场观众一片哗然。",
     "这款2012款哈弗车型将于下月上市，售价待定。"],
)
def test_a_stretch_a_verb_and_a_models_year_are_no_counts(text: str) -> None:
    assert not [v for v in values(text, "count") if "片" in v or "发" in v or "款" in v]


def test_a_two_digit_years_dates_are_in_the_year_its_value_says() -> None:
    (fact,) = Reading(datetime(2011, 6, 17, 10, 0)).facts("他在22年2月2日下午3时发表声明，表示将继续参选。", "date")
    assert fact["interval"][0] == "2022-02-02T15:00:00" and fact["value"].startswith("2022-02-02")


@pytest.mark.parametrize(
    ("text", "phrase", "interval"),
    [
        ("展览于11月12日至2022年2月2日在市博物馆举行。", "11月12日至2022年2月2日",
         ["2021-11-12T00:00:00", "2022-02-02T23:59:59"]),
        ("从１０月２５号到１９５１年的６月，两军并肩作战，连续发动了５次战役。", "１０月２５号到１９５１年的６月",
         ["1950-10-25T00:00:00", "1951-06-30T23:59:59"]),
        ("展览于1月5日至2022年2月2日在市博物馆举行。", "1月5日至2022年2月2日",
         ["2022-01-05T00:00:00", "2022-02-02T23:59:59"]),
    ],
)
def test_a_ranges_start_without_a_year_is_in_its_ends(text: str, phrase: str, interval: list[str]) -> None:
    assert intervals(text)[phrase] == interval


@pytest.mark.parametrize(
    "text",
    ["回复@微笑勇敢面对明天:谢谢，拜拜，下次再聊。", "大盘今天成功收复了5日线，成交量温和放大。",
     "事故地点位於十月初五街至海邊新街之間的路段。"],
)
def test_a_users_name_a_moving_average_and_a_street_are_no_dates(text: str) -> None:
    assert [f["text"] for f in facts(text, "date") if f["text"] != "今天"] == []


@pytest.mark.parametrize(
    ("text", "phrase"),
    [("最近运动量会不会太大@凌夏妍今年绝对是十项全能，然后肚腩还是没有下去。", "今年"),
     ("我参与了@岷江音乐发起的投票【《岷江排行榜》2014年第13期微博投票】。", "2014年"),
     ("他在5日路过此地时发现异常，随即报警求助。", "5日")],
)
def test_the_words_after_a_users_name_and_a_day_before_a_road_word_stay_dates(text: str, phrase: str) -> None:
    assert phrase in intervals(text)


def test_singapores_national_day_is_in_august() -> None:
    assert intervals("同年担任新加坡国庆年度主题曲演唱，广受好评。")["国庆"][0] == "2024-08-09T00:00:00"


def test_round_opening_a_word_is_no_yuan() -> None:
    assert facts("首届世界Dota冠军联赛WDC2010圆满的落下了帷幕。", "money") == []
    assert values("这枚硬币面值1圆，是民国时期发行的。", "money") == ["1 CNY"]


# ---- Money and shares


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("我个人就起码能收30-50%的拍品，其余的都不行。", "30-50%"),
        ("目前银行发行的一年期信贷类产品收益率为4.1~4.5%，较上月略降。", "4.1-4.5%"),
    ],
)
def test_a_share_range_with_its_sign_said_once(text: str, value: str) -> None:
    assert value in values(text, "percent")


def test_tenths_before_a_range_end_stay_as_they_were() -> None:
    assert "2-40%" not in values("本次调整后，利率可上浮２到４成，视客户资质而定。", "percent")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("《料理鼠王》眼皮底下豪夺1.35亿＄的《虎胆龙威4》票房不俗。", "135000000 USD"),
        ("妹子花30万块造1300平方米的梦幻花园，引来网友围观。", "300000 CNY"),
        ("一颗肾至少可以卖１５０万元，这是黑市的价格。", "1500000+ CNY"),
    ],
)
def test_a_dollar_after_its_number_a_sum_spent_in_kuai_and_at_least_before_a_verb(text: str, value: str) -> None:
    assert value in values(text, "money")


def test_pieces_of_something_bought_stay_a_count() -> None:
    assert "20000 块 砖" in values("工地上的工人一天就搬了两万块砖，十分辛苦。", "count")


@pytest.mark.parametrize(
    ("text", "value"),
    [("加拉塔萨雷在土超12轮积21分排第五名，形势不妙。", "12 轮"), ("其中超12人为外籍人士，其余为本地居民。", "12+ 人"),
     ("技术研发类及物流供应链这两大岗位总占比超85%。", None)],
)
def test_a_leagues_super_is_no_more_than(text: str, value: str | None) -> None:
    if value is None:
        assert values(text, "percent") == ["85+%"]
    else:
        assert value in values(text, "count")


# ---- Periods, ranges and the days to come


@pytest.mark.parametrize(
    ("text", "phrase", "interval"),
    [
        ("上世纪三四十年代，上海一带热捧三吴一冯。", "上世纪三四十年代", ["1930-01-01T00:00:00", "1949-12-31T23:59:59"]),
        ("在一九九一至一九九五年期间，全省经济快速增长。", "一九九一至一九九五年",
         ["1991-01-01T00:00:00", "1995-12-31T23:59:59"]),
        ("二〇二一至二〇二五年是“十四五”时期，任务艰巨。", "二〇二一至二〇二五年",
         ["2021-01-01T00:00:00", "2025-12-31T23:59:59"]),
        ("本世纪头二十年是必须紧紧抓住的重要战略机遇期。", "本世纪头二十年", ["2000-01-01T00:00:00", "2019-12-31T23:59:59"]),
        ("从现在起到下个世纪的前10年，是实现战略目标的关键时期。", "下个世纪的前10年",
         ["2100-01-01T00:00:00", "2109-12-31T23:59:59"]),
        ("剩余20个锅炉已具备供热条件，预计最近两天将全面启动。", "最近两天", ["2024-06-12T10:00:00", "2024-06-14T10:00:00"]),
        ("最近两天，全市气温持续走高，多地发布高温预警。", "最近两天", ["2024-06-10T10:00:00", "2024-06-12T10:00:00"]),
    ],
)
def test_decades_in_pairs_years_in_chinese_digits_a_centurys_first_years_and_days_to_come(
    text: str, phrase: str, interval: list[str]
) -> None:
    assert intervals(text)[phrase] == interval


def test_an_iso_date_before_a_full_stop_is_read_but_not_a_domains() -> None:
    assert "2013-09-09" in intervals("中国报. 2013-09-09. 明报. 报道称其已签约。")
    assert intervals("相关域名包括2008-11-11.cn和其他几个，均已售出。") == {}


@pytest.mark.parametrize(
    ("text", "phrase", "last"),
    [
        ("今年4月发改委建议6月底前再次暂缓提价。", "6月底前", "2024-06-30T23:59:59"),
        ("1955年国庆前，中国人民解放军举行授衔仪式。", "1955年国庆前", "1955-10-01T23:59:59"),
        ("各地须在6月30日前完成申报工作，逾期不予受理。", "6月30日前", "2024-06-30T23:59:59"),
    ],
)
def test_before_a_deadline_is_up_to_it(text: str, phrase: str, last: str) -> None:
    (fact,) = [f for f in facts(text, "date") if f["text"] == phrase]
    assert fact["value_kind"] == "less-than" and fact["interval"] == [None, last]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [("9月1日前一天，学生们纷纷返校报到。", "9月1日前一天"), ("春节前后，火车站客流明显增加。", "春节")],
)
def test_a_day_before_and_around_stay_as_they_were(text: str, phrase: str) -> None:
    """An eve (国庆前夕) was here too; it is now the few days before (test_rounds_lines_2)."""
    assert [f["value_kind"] for f in facts(text, "date") if f["text"] == phrase] == ["exact"]


@pytest.mark.parametrize(
    "text", ["我们会昂着头迎接明天的太阳，永不放弃。", "成功终究是昨夜星辰，勤奋却是不熄的明灯。", "一天，电竞界决定选出一支全明星代表队。"]
)
def test_a_figure_and_a_storys_one_day_are_no_dates(text: str) -> None:
    assert facts(text, "date") == []


def test_the_national_day_holiday_is_its_week() -> None:
    assert intervals("又将迎来“十一”国庆长假，各地景区准备就绪。")["国庆长假"] == ["2024-10-01T00:00:00", "2024-10-07T23:59:59"]
    assert "一天" in intervals("会议为期一天，共有两百人参加，规模空前。")


# ---- The second reads of lines, and the reviews' misfires


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("票房均在周末的星期六不升反降，令人意外。", "周末的星期六", "2024-06-15T00:00:00"),  # 首映周末 names its own weekend
        ("通过十五计划把中国石化做大做强，成效显著。", "十五", "2001-01-01T00:00:00"),
        ("这是光彩事业实施三年多来首次召开全国大会。", "三年多来", "2021-01-01T00:00:00"),
        ("会议3月5日开幕，8日闭幕，代表们次日离京返回各地。", "次日", "2024-03-09T00:00:00"),
    ],
)
def test_a_weekends_saturday_the_tenth_plan_years_so_far_and_the_day_after_a_moved_day(
    text: str, phrase: str, first: str
) -> None:
    assert intervals(text)[phrase][0] == first


def test_about_after_a_colon_clock_time() -> None:
    (fact,) = facts("火警发生在凌晨３：４０分左右，所幸无人受伤。", "date")
    assert (fact["text"], fact["value_kind"]) == ("凌晨３：４０分左右", "approximate")


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("奖励人民币5000元——2万元不等，由评委会决定。", "money", "5000-20000 CNY"),
        ("测试和会考成绩两科不及格的学生需要参加补考。", "count", "2 科"),
        ("新开放大陆13个城市为第三批大陆居民赴台个人游试点城市。", "count", "13 个 城市"),
        ("不过他们近8场欧冠客场却能够保持不败，令人称奇。", "count", "8 场 欧冠客场"),
        ("受访者中超七成表示满意，比例创下新高。", "percent", "70+%"),
        ("他效力曼联近10个赛季，出场数百次，功勋卓著。", "count", "<10 个 赛季"),
        ("他掏了3块糖给孩子们，孩子们高兴极了。", "count", "3 块 糖"),
    ],
)
def test_the_second_reads_and_the_amount_reviews_cases(text: str, kind: str, value: str) -> None:
    assert value in values(text, kind)


@pytest.mark.parametrize(
    "text",
    ["威廉主胜赔2.80处于高位，市场看好主队。", "这款18款丰田凯美瑞售价20万元，颇受欢迎。", "他的5000万片酬引发热议，网友议论纷纷。",
     "晚会上表演了三句半，观众笑声不断。"],
)
def test_a_verb_a_model_year_a_fee_and_a_folk_act_are_no_counts(text: str) -> None:
    assert facts(text, "count") == []


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("2026年米兰冬奥会圣火于5月26日在希腊点燃，全球瞩目。", "5月26日", "2024-05-26T00:00:00"),
        ("2022年，他曾在红馆开唱，他将于12月20日再度登上红馆舞台。", "12月20日", "2024-12-20T00:00:00"),
        ("45年8月15日，日本宣布无条件投降，抗战胜利。", "45年8月15日", "1945-08-15T00:00:00"),
        ("合同期限为11月1日至2027年10月31日，为期三年多。", "11月1日至2027年10月31日", "2024-11-01T00:00:00"),
        ("今日街市人头涌涌，年味渐浓，商户笑逐颜开。", "今日", "2024-06-12T00:00:00"),
        ("新品发布会将于28日线上举行，敬请关注。", "28日", "2024-06-28T00:00:00"),
        ("最近两天会议频繁，大家都忙得团团转。", "最近两天", "2024-06-10T10:00:00"),
        ("明天的太阳相当猛烈，市民外出注意防晒。", "明天", "2024-06-13T00:00:00"),
    ],
)
def test_the_date_reviews_misfires_read_as_before(text: str, phrase: str, first: str) -> None:
    assert intervals(text)[phrase][0] == first


def test_coming_on_a_day_is_no_deadline() -> None:
    (fact,) = facts("省委书记于11月27日前来我市调研，听取工作汇报。", "date")
    assert (fact["text"], fact["value_kind"]) == ("11月27日", "exact")


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("旺角一間茶餐廳的炒粉每碟38$，外賣另加2$，街坊都說抵食。", "money", "38 HKD"),
        ("这间铺位月租3000圆月底前须交清，否则业主有权收回。", "money", "3000 CNY"),
        ("房贷利率从3.9到4.2%，每月还款额增加约300元。", "percent", "4.2%"),
    ],
)
def test_the_minor_misfires_of_the_amount_review(text: str, kind: str, value: str) -> None:
    assert value in values(text, kind)


def test_ahead_of_a_day_is_no_deadline() -> None:
    assert [f["value_kind"] for f in facts("他说，8月15日前方传来了日本投降的消息。", "date")] == ["exact"]


def test_a_range_that_lasts_to_its_end() -> None:
    assert intervals("活动将从10月14日持续到10月23日，在这10天时间里举行。")["10月14日持续到10月23日"] == [
        "2024-10-14T00:00:00", "2024-10-23T23:59:59"]


def test_a_goal_record_is_no_time_and_months_and_more_are_no_count() -> None:
    assert facts("尤其是目前他们的主场得失球8：12，失球数并列第二多。", "date") == []
    assert values("三名被收押３个多月的前海军军官日前获释。", "count") == ["3 名"]


@pytest.mark.parametrize("text", ["他四处传播美军扔掉步枪的地摊小报消息。", "古人说三人行，必有我师焉，此言不虚。", "而五台山金银币最新的市场价格则为4800元。"])
def test_everywhere_a_saying_and_a_mountain_are_no_counts(text: str) -> None:
    assert facts(text, "count") == []
    assert "4 处 伤口" in values("警方发现四处伤口，均为刀伤，伤者已送院。", "count")


@pytest.mark.parametrize(
    ("text", "phrase", "value_kind", "first"),
    [
        ("2018年，公司于3月完成首轮融资，目前估值已超过10亿元。", "3月", "exact", "2018-03-01T00:00:00"),
        ("新品发布会将于28日线上举行，敬请各位关注。", "28日", "exact", "2024-06-28T00:00:00"),
        ("今年国庆假期，全国国内出游人次创下新高。", "今年国庆假期", "period", "2024-10-01T00:00:00"),
        ("各单位须于12月31日前进行申报，逾期不予受理。", "12月31日前", "less-than", None),
        ("11月30日前所有单位须完成自查并上报结果。", "11月30日前", "less-than", None),
    ],
)
def test_the_third_reviews_cases(text: str, phrase: str, value_kind: str, first: str | None) -> None:
    (fact,) = [f for f in facts(text, "date") if f["text"] == phrase]
    assert (fact["value_kind"], fact["interval"][0]) == (value_kind, first)


@pytest.mark.parametrize(
    "text", ["大盘收于5日线下方，成交量明显萎缩。", "指数站在5日线上，短期走势偏强。", "八月十五期间，家家户户吃月饼团圆。"]
)
def test_a_moving_average_above_or_below_and_a_lunar_fifteenth_are_no_dates_of_their_own(text: str) -> None:
    assert [f["value"] for f in facts(text, "date") if f["value"].startswith(("2001", "2024-06-05"))] == []


def test_a_recall_counts_its_models() -> None:
    assert values("质检部门召回12款车型，涉及16款儿童玩具。", "count") == ["12 款 车型", "16 款 儿童玩具"]
