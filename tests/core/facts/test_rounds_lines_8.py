"""Dates, amounts and counts read on an eighth sample of single news lines, written as news
says them.

Every phrase here is our own; none comes from a held-out suite. The reference is 2024-06-12
10:00 (a Wednesday), the day the lines were read against.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.core.facts.reading import NEWS_LINES, Reading

facts, intervals, values, dates = NEWS_LINES.facts, NEWS_LINES.intervals, NEWS_LINES.values, NEWS_LINES.dates


# ---- Ranges written with other dashes


@pytest.mark.parametrize("dash", ["\u2013", "\u2015", "\u2012", "\u2212"])
def test_a_range_written_with_an_en_dash_or_a_bar_is_a_range(dash: str) -> None:
    text = f"预计今年的融资规模大约是3{dash}4万亿元，增长率预计为7{dash}8%，计划于2013{dash}2015年分期建设。"
    assert values(text, "money") == ["~3000000000000-4000000000000 CNY"]  # 大约是: about the range
    assert [f["value_kind"] for f in facts(text, "percent")] == ["range"]
    assert intervals(text)[f"2013{dash}2015年"] == ["2013-01-01T00:00:00", "2015-12-31T23:59:59"]


def test_a_wave_dash_joins_a_range_of_days() -> None:
    found = intervals("运动会将于7月24〜26日在市体育中心举行，届时将有大批观众。")
    assert found["7月24〜26日"] == ["2024-07-24T00:00:00", "2024-07-26T23:59:59"]


# ---- Years of the common era and before it


@pytest.mark.parametrize(
    "text",
    ["公元前1046年，周武王伐纣，建立了周朝，定都镐京。", "西元前 1046年，周武王伐纣，建立了周朝，定都镐京。"],
)
def test_a_year_before_the_common_era_is_no_year_of_ours(text: str) -> None:
    assert facts(text, "date") == []


def test_a_year_of_three_digits_after_gongyuan_is_that_year() -> None:
    found = intervals("唐朝于公元618年建立，历经二十一帝，国祚将近三百年。")
    assert found["公元618年"] == ["0618-01-01T00:00:00", "0618-12-31T23:59:59"]


# ---- Before and after a year, a month or a day


@pytest.mark.parametrize(
    ("text", "phrase", "last"),
    [
        ("这座建筑在2009年之前被称作人民会堂，后来才改了名字。", "2009年之前", "2008-12-31T23:59:59"),
        ("１９９０年之前，台湾同胞在大陆投资企业的半数都在厦门。", "１９９０年之前", "1989-12-31T23:59:59"),
        ("该市计划在2026年之前完成全部旧城改造工程的拆迁工作。", "2026年之前", "2026-12-31T23:59:59"),
    ],
)
def test_before_a_year_is_up_to_its_eve_or_through_a_deadline_ahead(text: str, phrase: str, last: str) -> None:
    assert intervals(text)[phrase] == [None, last]


def test_so_many_years_ago_is_no_year_before() -> None:
    assert facts("早在7000年以前，这里就有人类居住，留下了大量遗迹。", "date") == []


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("该厂2020年以后将向汽车行业提供大量零部件和技术服务。", "2020年以后", "2020-01-01T00:00:00"),
        ("该厂2030年以后将向汽车行业提供大量零部件和技术服务。", "2030年以后", "2030-01-01T00:00:00"),
        ("数据显示，租金明显回落，但2月以后租金持续上涨，租户叫苦。", "2月以后", "2024-02-01T00:00:00"),
        ("新规定从10月15日以后开始实施，违者将被处以罚款。", "从10月15日以后", "2024-10-15T00:00:00"),
        ("进入6月份后，本市的猪肉价格仍节节攀升，市民叫苦不迭。", "6月份后", "2024-06-01T00:00:00"),
    ],
)
def test_after_a_year_to_come_or_a_month_or_day_runs_on_with_no_end(text: str, phrase: str, first: str) -> None:
    assert dates(text)[phrase][0] == "more-than"
    assert intervals(text)[phrase] == [first, None]


def test_after_a_past_year_told_as_now_is_up_to_the_publication() -> None:
    assert intervals("2015年以后，这家公司的业绩一直在稳步增长。")["2015年以后"] == ["2015-01-01T00:00:00", "2024-06-12T10:00:00"]


def test_before_a_bare_month_said_so_is_through_that_month() -> None:
    found = intervals("该项目必须在9月份之前完成，否则将被处以罚款。")
    assert found["9月份之前"] == [None, "2024-09-30T23:59:59"]


# ---- Bare days told as done, with their time or written with 号


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("这位女演员26日晚在洛杉矶的家中去世了，享年85岁。", "26日晚", "2024-05-26T18:00:00"),
        ("27日晚10时，她在路边被嫌犯抢走了一只橙色皮包。", "27日晚10时", "2024-05-27T22:00:00"),
        ("加沙走廊２０号发生了一起炸弹攻击事件，造成三人死亡。", "２０号", "2024-05-20T00:00:00"),
        ("他已经在25号自台北飞抵洛杉矶，开始了为期一周的访问。", "25号", "2024-05-25T00:00:00"),
        ("这项协议已经在２２号清晨达成，将使美国的捐款比例减少。", "２２号清晨", "2024-05-22T05:00:00"),
    ],
)
def test_a_bare_day_with_its_time_or_hao_told_as_done_is_the_month_befores(text: str, phrase: str, first: str) -> None:
    assert intervals(text)[phrase][0] == first


def test_a_bare_day_with_its_time_still_to_come_stays() -> None:
    assert intervals("27日晚10时，市政府将在广场举行大型的烟火表演。")["27日晚10时"][0] == "2024-06-27T22:00:00"


def test_the_evening_of_a_day_moved_in_the_next_sentence_moves_with_it() -> None:
    found = intervals("26日，这位女演员在洛杉矶的家中去世了。当晚，家人发布了一份声明。")
    assert found["26日"][0] == "2024-05-26T00:00:00"
    assert found["当晚"][0] == "2024-05-26T18:00:00"


# ---- Words said that tell a day as past


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("11月13日上午，海淀警方通报，一名男子因涉嫌诈骗被刑事拘留。", "11月13日上午", "2023-11-13T07:00:00"),
        ("11月13日，北京市住建委发布房屋拆迁补偿意见的规定。", "11月13日", "2023-11-13T00:00:00"),
        ("社科院10月2日发布的《经济蓝皮书》预测，明年经济增速将放缓。", "10月2日", "2023-10-02T00:00:00"),
        ("他11月13日说，自己对这个结果很满意，也感谢大家的支持。", "11月13日", "2023-11-13T00:00:00"),
        ("不过他在２６号再度否认收受贿赂，并且拒绝辞职下台。", "２６号", "2024-05-26T00:00:00"),
    ],
)
def test_a_day_ahead_with_a_word_said_after_it_is_past(text: str, phrase: str, first: str) -> None:
    assert intervals(text)[phrase][0] == first


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("新版本定于11月13日发布，届时用户可以免费升级。", "11月13日"),
        ("苹果公司11月13日发布会上将推出新款手机。", "11月13日"),
        ("国家统计局将在11月13日公布10月份的经济数据。", "11月13日"),
        ("11月13日的说明会上，公司介绍了新的产品。", "11月13日"),
    ],
)
def test_a_day_ahead_with_a_plan_or_an_event_to_come_stays(text: str, phrase: str) -> None:
    assert intervals(text)[phrase][0] == "2024-11-13T00:00:00"


# ---- Names and titles that hold a day word or a clock time


@pytest.mark.parametrize(
    "text",
    [
        "我和这个周教授以前是同事，关系一直不错。",
        "这款游戏得到明日工作室的授权，玩家们都很期待。",
        "据今日美国报报道，该公司的股价大幅下跌。",
        "他加入了今天乐队，担任主唱和吉他手。",
        "他在电影《3:10 to Yuma》中扮演一名牧场主。",
    ],
)
def test_a_surname_a_name_or_a_title_is_no_date(text: str) -> None:
    assert facts(text, "date") == []


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("这个周我们要完成三项任务，时间非常紧张。", "这个周", "2024-06-10T00:00:00"),
        ("明天工作室将停电一天，请大家提前做好准备。", "明天", "2024-06-13T00:00:00"),
        ("会议将于下午3:10开始，请大家准时参加。", "下午3:10", "2024-06-12T15:10:00"),
        ("十年后的今天，我们一定要在这里再相聚一次。", "十年后的今天", "2034-06-12T00:00:00"),
    ],
)
def test_the_same_words_as_dates_stay_dates(text: str, phrase: str, first: str) -> None:
    assert intervals(text)[phrase][0] == first


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("在改革开放三十多年后的今天，这里发生了翻天覆地的变化。", "三十多年后的今天"),
        ("他离开家乡二十多天后的今天，终于回到了家里。", "二十多天后的今天"),
    ],
)
def test_today_so_long_after_a_deed_is_today(text: str, phrase: str) -> None:
    assert dates(text)[phrase][:2] == ("exact", "2024-06-12")


# ---- Amounts: qualifiers, words with 元, units in brackets, currencies of no one country


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("这笔交易折合大约是３９０万美元，双方已经签署了协议。", "money", "~3900000 USD"),
        ("今年的销售额已经突破了10亿元，创下了历史新高。", "money", "1000000000+ CNY"),
        ("该市的常住人口已经突破了1000万人，增速放缓。", "count", "10000000+ 人"),
        ("两家公司的营业额分别为42.4（百万英镑）和53（百万英镑）。", "money", "42400000 GBP"),
    ],
)
def test_an_amount_with_its_qualifier_or_its_unit_in_brackets(text: str, kind: str, value: str) -> None:
    assert values(text, kind)[0] == value


@pytest.mark.parametrize(
    "text",
    [
        "球队的三元大将都已经伤愈复出，实力大增。",
        "他是开国十元帅之一，也是党的五元老之一。",
        "三元里人民抗英斗争是近代史上的重要事件。",
        "该公司的营业收入（百万元）一栏显示为负数，令人担忧。",
        "该国政府宣布拨款５０亿第纳尔用于重建，另有５０亿先令用于救灾。",
    ],
)
def test_a_word_with_yuan_a_units_label_or_a_currency_of_no_one_country_is_no_sum(text: str) -> None:
    assert facts(text, "money") == []


def test_ten_yuan_is_still_money() -> None:
    assert values("这种彩票每张十元，中奖率很高，很多人都买了。", "money") == ["10 CNY"]


@pytest.mark.parametrize(
    "text",
    [
        "这是该国海军的第7、8艘驱逐舰，将于明年服役。",
        "他们分别获得了第一、二名，成绩十分优异。",
        "本期彩票共开出2注500万头奖，均花落北京。",
        "这款发动机最大输出988匹马力，性能十分强劲。",
    ],
)
def test_an_ordinals_list_a_first_prize_or_horsepower_is_no_count(text: str) -> None:
    assert facts(text, "count") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("现场来了二、三百人，把整个广场都挤满了。", "~200-300 人"),
        ("现场来了五、六千名观众，把整个广场都挤满了。", "~5000-6000 名 观众"),
        ("另有7、8艘驱逐舰正在建造之中，预计明年下水。", "~7-8 艘 驱逐舰"),
    ],
)
def test_two_digits_in_a_row_before_a_multiplier_are_about_so_many(text: str, value: str) -> None:
    assert values(text, "count") == [value]


# ---- A month before the month of a date written years ago


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("１９９７年３月３日，哥伦比亚总统表示，加维里亚此前于２月２０日致电他，要求撤军。", "２月２０日", "1997-02-20T00:00:00"),
        ("１９９７年３月３日，哥伦比亚总统表示，加维里亚２月２０日致电他，要求撤军。", "２月２０日", "2024-02-20T00:00:00"),
        ("他1935年10月12日出生于上海。5月30日，他在北京病逝，享年88岁。", "5月30日", "2024-05-30T00:00:00"),
        ("２００５年５月１日，他回忆说，他４月２０日就已经离开了北京。", "４月２０日", "2005-04-20T00:00:00"),
        ("２００５年５月，他回忆说，他４月就已经离开了北京。", "４月", "2005-04-01T00:00:00"),
        ("2016年12月14日，他离开了北京。1月5日，他回到了上海老家。", "1月5日", "2017-01-05T00:00:00"),
        ("2023年12月14日，他离开了北京。1月5日，他回到了上海老家。", "1月5日", "2024-01-05T00:00:00"),
    ],
)
def test_an_earlier_month_after_a_date_years_ago_told_as_before_it_is_in_its_year(text: str, phrase: str, first: str) -> None:
    assert intervals(text)[phrase][0] == first


def test_a_run_in_dateline_after_a_long_headline_names_the_storys_today() -> None:
    text = "江泽民主席在人民大会堂会见美国前国务卿基辛格博士一行新华社北京５月８日电江泽民今天下午会见了基辛格。"
    assert intervals(text)["今天下午"][0] == "2024-05-08T13:00:00"


@pytest.mark.parametrize(
    "text",
    ["138起安阳仙台山一日游【秋季登山】，70起安阳羑里城+汤阴岳飞庙+殷墟博物苑一日游。", "三亚双飞五日游1999起，含往返机票和酒店住宿。",
     "我每天早上6点30起床去锻炼身体，风雨无阻。"],
)
def test_a_tours_price_from_and_getting_up_are_no_cases(text: str) -> None:
    assert facts(text, "count") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [("沪上银行一年内至少拦截了600多起此类诈骗案件。", "600+ 起"), ("发生了两起游客被困事件，所幸无人受伤。", "2 起 游客")],
)
def test_cases_counted_with_qi_stay(text: str, value: str) -> None:
    assert values(text, "count") == [value]


# ---- Lengths: over so long, and in springs, centuries or days and nights


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("该项目的建设期为六个月以上，预计明年完工。", "六个月", "P6M"),
        ("该药物需要服用30天以上才能见效，请耐心等待。", "30天", "P30D"),
        ("经过２５个春秋的努力，这里终于变了模样。", "２５个春秋", "P25Y"),
        ("两个世纪以来，这座城市一直是贸易中心。", "两个世纪", "P200Y"),
        ("半个世纪过去了，这里发生了翻天覆地的变化。", "半个世纪", "P50Y"),
        ("连续5个昼夜的排查，警方终于找到了嫌疑人。", "5个昼夜", "P5D"),
    ],
)
def test_a_length_over_so_long_or_in_other_units_is_a_length(text: str, phrase: str, value: str) -> None:
    assert dates(text)[phrase][:2] == ("duration", value)
    assert facts(text, "count") == []


# ---- Mends after the round's first review


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("我们相信十年后的今天，中国的新能源汽车将占据全球半壁江山。", "十年后的今天", "2034-06-12T00:00:00"),
        ("婚礼原定在今天举行，因疫情改期为一个月后的今天。", "一个月后的今天", "2024-07-12T00:00:00"),
        ("公元79年8月，维苏威火山爆发，庞贝城被火山灰掩埋。", "公元79年8月", "0079-08-01T00:00:00"),
        ("日本在改元前2019年4月30日举行了明仁天皇的退位仪式。", "2019年4月30日", "2019-04-30T00:00:00"),
        ("今日美国宣布对部分中国商品加征关税，引发市场震荡。", "今日", "2024-06-12T00:00:00"),
        ("她说明天乐队会在市中心广场举行一场露天演出。", "明天", "2024-06-13T00:00:00"),
        ("这个周总是下雨，出门很不方便，大家都待在家里。", "这个周", "2024-06-10T00:00:00"),
    ],
)
def test_forecasts_short_years_and_words_that_are_no_names_keep_their_dates(text: str, phrase: str, first: str) -> None:
    assert intervals(text)[phrase][0] == first


@pytest.mark.parametrize(
    "text",
    ["下表列出了2021（亿元）至2023（亿元）的主要经营指标。", "表1（万元）列出了该公司近三年的主要财务数据。"],
)
def test_a_columns_year_or_a_tables_number_before_a_unit_is_no_sum(text: str) -> None:
    assert facts(text, "money") == []


def test_a_unit_in_ascii_brackets_keeps_the_spans_after_it() -> None:
    text = "公司营收为42.4 (百万英镑)，净利润增长15%，员工人数为300人。"
    assert [f["text"] for f in facts(text, "percent")] == ["15%"]
    assert [f["text"] for f in facts(text, "count")] == ["300人"]


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("通知要求如下：一、各单位务必高度重视。二、三百人以上的大型活动须提前报备。", "count", "300+ 人"),
        ("这五元里有三元是运费，剩下的是包装费。", "money", "5 CNY"),
        ("一碗阳春面卖五元老顾客还能再便宜一元。", "money", "5 CNY"),
        ("牧场里的30头彩色奶牛成了网红，游客纷纷前来拍照。", "count", "30 头 彩色奶牛"),
    ],
)
def test_a_lists_heading_and_sums_before_words_with_lao_or_li_stay(text: str, kind: str, value: str) -> None:
    assert values(text, kind)[0] == value


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("今年高考录取分数线6月25日公布，考生可登录省教育考试院网站查询。", "6月25日", "2024-06-25T00:00:00"),
        ("苹果iPhone 16系列9月10日发布，新机或将搭载全新的芯片。", "9月10日", "2024-09-10T00:00:00"),
        ("成绩6月25日公布，考生可登录网站查询。", "6月25日", "2024-06-25T00:00:00"),
        ("今年诺贝尔文学奖10月10日公布，多位中国作家呼声很高。", "10月10日", "2024-10-10T00:00:00"),
        ("新生于8月26日报道，学校届时将安排志愿者迎接新生。", "8月26日", "2024-08-26T00:00:00"),
        ("26日对他来说是个特别的日子，他将在这一天迎来三十岁生日。", "26日", "2024-06-26T00:00:00"),
        ("26日说不定会有大到暴雨，请市民注意出行安全。", "26日", "2024-06-26T00:00:00"),
        ("万一26号晚上下了大雨，活动就临时改到室内举行。", "26号晚上", "2024-06-26T18:00:00"),
        ("26号晚上我们约好了在老地方吃饭，不见不散。", "26号晚上", "2024-06-26T18:00:00"),
        ("金星合月26号晚上发生，届时在西南方天空肉眼可见。", "26号晚上", "2024-06-26T18:00:00"),
    ],
)
def test_a_schedule_a_condition_an_arrangement_or_a_sky_event_stays_ahead(text: str, phrase: str, first: str) -> None:
    assert intervals(text)[phrase][0] == first


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("12月10日，央行发布公告允许信托公司在全国银行间债券市场开立账户。", "12月10日", "2023-12-10T00:00:00"),
        ("中国汽车工业协会7月10日发布6月汽车产销数据，业内预计销量将继续增长。", "7月10日", "2023-07-10T00:00:00"),
        ("国家统计局10月15日公布，前三季度国内生产总值同比增长5.2%。", "10月15日", "2023-10-15T00:00:00"),
        ("发言人11月13日说不会改变现有政策，也不会让步。", "11月13日", "2023-11-13T00:00:00"),
        ("《华尔街日报》于10月20日报道称，该公司正在考虑出售部分业务。", "10月20日", "2023-10-20T00:00:00"),
        ("社科院10月2日发布的《经济蓝皮书》预测，明年经济增速将放缓。", "10月2日", "2023-10-02T00:00:00"),
        ("本人在23号晚在苏宁易购订了一台笔记本，并下单成功。", "23号晚", "2024-05-23T18:00:00"),
    ],
)
def test_a_release_with_its_object_or_a_purchase_done_is_past(text: str, phrase: str, first: str) -> None:
    assert intervals(text)[phrase][0] == first


@pytest.mark.parametrize(
    ("text", "phrase", "interval"),
    [
        ("根据规划，2030年之前，全市将建成20条地铁线路。", "2030年之前", [None, "2030-12-31T23:59:59"]),
        ("该公司曾承诺在2020年之前完成全部整改，但至今仍未兑现。", "2020年之前", [None, "2020-12-31T23:59:59"]),
        ("不过在2014年以前，该公司已经将两座塔楼的办公物业出售。", "2014年以前", [None, "2013-12-31T23:59:59"]),
        ("2018年以后会员数量大幅增长，目前已突破了500万人。", "2018年以后", ["2018-01-01T00:00:00", "2024-06-12T10:00:00"]),
    ],
)
def test_a_deadline_through_its_year_and_a_past_years_span(text: str, phrase: str, interval: list[str | None]) -> None:
    assert intervals(text)[phrase] == interval


@pytest.mark.parametrize(
    ("text", "phrase"),
    [("6月份后市走势如何，投资者都在密切关注。", "6月份"), ("该歌手3月20日后援会发布声明，否认了相关传闻。", "3月20日")],
)
def test_words_with_hou_are_no_after(text: str, phrase: str) -> None:
    assert dates(text)[phrase][0] == "exact"


# ---- The second reads: sums keyed in digits with 零 or units, idioms, points, triple hyphens


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("他被勒索了2万零500元，至今仍未追回。", "20500 CNY"),
        ("该公司共融资1亿零800万元，用于扩大生产规模。", "108000000 CNY"),
        ("该项目总投资8千9百万元，预计明年完工。", "89000000 CNY"),
        ("这件衣服花了3千5百元，她觉得很值。", "3500 CNY"),
    ],
)
def test_a_sum_keyed_in_digits_with_ling_or_each_digits_unit(text: str, value: str) -> None:
    assert values(text, "money") == [value]


@pytest.mark.parametrize(
    "text",
    ["这并不是一时半刻出现的，这种上涨与银价有关。", "308比307流畅了不是一点半点的。", "台股终场上扬了７１点１０点，以５８７６点１１点坐收。"],
)
def test_idioms_of_a_moment_and_index_points_are_no_clock_times(text: str) -> None:
    assert facts(text, "date") == []


def test_a_triple_hyphen_joins_a_range_of_days() -> None:
    found = intervals("空调将亮相于6月24---26日在成都举办的供热通风展览会。")
    assert found["6月24---26日"] == ["2024-06-24T00:00:00", "2024-06-26T23:59:59"]


def test_taiwan_after_a_number_is_no_measure_word() -> None:
    assert facts("本次展会共吸引了908台湾国际厂商参展，规模空前。", "count") == []


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [("11月7日，广州中院以故意杀人罪判处该男子死刑。", "11月7日", "2023-11-07T00:00:00"),
     ("12月5日，检察院以涉嫌受贿罪对该官员批捕。", "12月5日", "2023-12-05T00:00:00")],
)
def test_a_sentence_or_an_arrest_tells_a_day_as_past(text: str, phrase: str, first: str) -> None:
    assert intervals(text)[phrase][0] == first


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("网易汽车综合9月16日报道 国庆双节临近，今天多家车企宣布降价促销。", "今天", "2023-09-16T00:00:00"),
        ("（中国新闻网讯）9月30日消息，今天上午，全市举行了隆重的升旗仪式。", "今天上午", "2023-09-30T07:00:00"),
        ("新浪体育讯 北京时间9月16日，今天凌晨，曼联主场迎战切尔西。", "今天凌晨", "2023-09-16T00:00:00"),
    ],
)
def test_a_web_storys_dateline_in_more_forms_names_its_today(text: str, phrase: str, first: str) -> None:
    fact = next(f for f in facts(text, "date") if phrase in {text[m["start"] : m["end"]] for m in f["mentions"]})
    assert fact["interval"][0] == first


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("11月2日，他看了天气预报，3日晚他立即回站做好了准备。", "3日晚", "2023-11-03T18:00:00"),
        ("10月3日，博斯克公布了国家队名单，4日球员们陆续到达了集训地。", "4日", "2023-10-04T00:00:00"),
        ("11月2日，会议闭幕，3日将举行记者会。", "3日", "2024-11-03T00:00:00"),
    ],
)
def test_a_bare_day_of_a_moved_days_month_moves_with_it(text: str, phrase: str, first: str) -> None:
    assert intervals(text)[phrase][0] == first


@pytest.mark.parametrize(
    "text",
    ["票房成绩比起首映周末下滑严重，达到大约五成。", "这个选举周末，台湾各地的投票站都挤满了选民。", "NBA全明星周末将在洛杉矶举行。",
     "5日正值周末，昌乐路文化市场内格外热闹。"],
)
def test_a_weekend_a_word_names_is_no_weekend_of_the_week(text: str) -> None:
    assert [f["text"] for f in facts(text, "date") if "周末" in f["text"]] == []


@pytest.mark.parametrize(
    "text", ["周末两队再次相遇，不过场次换成了埃伍德公园。", "桑普就明显为了周末的德比大战而将主力撤下。", "而且周末又是曼城德比，他得悠着点。"]
)
def test_a_weekend_said_plainly_is_this_weeks(text: str) -> None:
    assert intervals(text)["周末"][0] == "2024-06-15T00:00:00"


def test_a_cars_doors_are_no_count_but_courses_are() -> None:
    assert values("这款车推出了两门敞篷版和两门跑车，还有三门课程可选。", "count") == ["3 门 课程"]


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("据悉，21日，警方逮捕了三名涉嫌抢劫的男子。", "21日", "2024-05-21T00:00:00"),
        ("记者获悉，21日上午，该公司召开了股东大会。", "21日上午", "2024-05-21T07:00:00"),
        ("据悉，21日，该公司将召开股东大会。", "21日", "2024-06-21T00:00:00"),
    ],
)
def test_a_day_after_a_lead_in_opens_its_sentence(text: str, phrase: str, first: str) -> None:
    assert intervals(text)[phrase][0] == first


# ---- Mends after the round's second review


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("该公司共捐款20万零3千元，用于救灾。", "money", "203000 CNY"),
        ("现场共有3万零5百名观众观看了比赛。", "count", "30500 名 观众"),
        ("本市今年旅游投诉85起，比去年有所下降。", "count", "85 起"),
        ("该地区共有3台湾区特快列车投入运营。", "count", "3 台 湾区"),
    ],
)
def test_a_zero_before_a_digit_and_its_unit_and_counts_near_tours_or_bays(text: str, kind: str, value: str) -> None:
    assert values(text, kind) == [value]


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("改革开放四十多年后的今天我国的社会面貌发生了巨大变化。", "四十多年后的今天", "2024-06-12T00:00:00"),
        ("希望工程实施三十五年后的今天，已经资助了数百万名学生。", "三十五年后的今天", "2024-06-12T00:00:00"),
        ("双11零点，各大电商平台的交易额迅速攀升。", "双11零点", "2024-11-11T00:00:00"),
        ("我们约好明天一点半会合，然后一起出发。", "明天一点半", "2024-06-13T01:30:00"),
    ],
)
def test_today_after_a_deed_and_clock_times_after_digits_or_before_hui(text: str, phrase: str, first: str) -> None:
    assert intervals(text)[phrase][0] == first


@pytest.mark.parametrize("text", ["考古人员发现了两个春秋时期的墓葬。", "这两个昼夜温差较大的地区适合种植葡萄。", "这是一个世纪难题，至今无人能解。"])
def test_springs_days_and_centuries_in_a_compound_are_no_lengths(text: str) -> None:
    assert [f for f in facts(text, "date") if f["value_kind"] == "duration"] == []


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("他11月13日站出来说，自己对此毫不知情。", "11月13日", "2023-11-13T00:00:00"),
        ("克里姆林宫28号证实，普京将于3号出访印度。", "3号", "2024-06-03T00:00:00"),
        ("为防万一，警方11月13日逮捕了三名嫌疑人。", "11月13日", "2023-11-13T00:00:00"),
        ("他最早于11月13日抵达了北京，比其他人早两天。", "11月13日", "2023-11-13T00:00:00"),
        ("他可能会被判处死刑，律师认为11月13日的庭审至关重要。", "11月13日", "2024-11-13T00:00:00"),
        ("今年元旦假期前，他于12月29日订购了一台电脑。", "12月29日", "2023-12-29T00:00:00"),
    ],
)
def test_the_third_reviews_tense_mends(text: str, phrase: str, first: str) -> None:
    assert intervals(text)[phrase][0] == first


@pytest.mark.parametrize(
    ("text", "phrase", "interval"),
    [
        ("2009年之前要完成的任务，都已经按期完成了。", "2009年之前", [None, "2008-12-31T23:59:59"]),
        ("2月份后市场逐步回暖，成交量明显上升。", "2月份后", ["2024-02-01T00:00:00", None]),
        ("进入6月份后一直阴雨不断，市民出行很不方便。", "6月份后", ["2024-06-01T00:00:00", None]),
    ],
)
def test_the_third_reviews_before_and_after_mends(text: str, phrase: str, interval: list[str | None]) -> None:
    assert intervals(text)[phrase] == interval


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("美联储最早9月18日宣布降息，市场对此高度关注。", "9月18日", "2024-09-18T00:00:00"),
        ("高考成绩6月25日公布，考生可在6月26日登录网站查询。", "6月25日", "2024-06-25T00:00:00"),
        ("今年诺贝尔生理学或医学奖10月7日公布，多位科学家呼声很高。", "10月7日", "2024-10-07T00:00:00"),
        ("警方28日通报，犯罪嫌疑人已于5日被抓获。", "5日", "2024-05-05T00:00:00"),
        ("新华社纽约10月15日电联合国秘书长今天发表讲话。", "10月15日", "2023-10-15T00:00:00"),
        ("专家预计，改革开放二十年后的今天，中国经济将再上台阶。", "二十年后的今天", "2044-06-12T00:00:00"),
        ("26日简单来说就是停电一天，请大家做好准备。", "26日", "2024-06-26T00:00:00"),
        ("家长周末带孩子去公园玩耍的越来越多了。", "周末", "2024-06-15T00:00:00"),
    ],
)
def test_the_fourth_reviews_mends(text: str, phrase: str, first: str) -> None:
    assert intervals(text)[phrase][0] == first


@pytest.mark.parametrize(("text", "kind"), [("港澳游2999起，含往返机票。", "count"), ("这事一点半会儿也说不清楚。", "date")])
def test_a_tours_price_and_a_moments_idiom_are_no_facts(text: str, kind: str) -> None:
    assert facts(text, kind) == []


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("最早发现疫情的医生20日表示，情况已经得到控制。", "20日", "2024-05-20T00:00:00"),
        ("打破惯例，欧洲央行20日宣布降息。", "20日", "2024-05-20T00:00:00"),
        ("国家统计局20日公布，全市共发生3宗火灾，死亡12名。", "20日", "2024-05-20T00:00:00"),
        ("警方29日发出悬赏。2日，嫌犯落网。", "2日", "2024-06-02T00:00:00"),
        ("2018年12月，双方当时商定1月8日签约。", "1月8日", "2019-01-08T00:00:00"),
        ("他今年接受本报专访时谈到11月3日发生的大火。", "11月3日", "2023-11-03T00:00:00"),
        ("谁也没有预料到，改革开放三十年后的今天，这里已成为国际都市。", "三十年后的今天", "2024-06-12T00:00:00"),
        ("该公司承诺2020年之前不会裁员，员工们松了一口气。", "2020年之前", None),
    ],
)
def test_the_fifth_reviews_mends(text: str, phrase: str, first: str | None) -> None:
    assert intervals(text)[phrase][0] == first


def test_a_feasts_long_weekend_is_no_weekend_of_the_week() -> None:
    assert "周末" not in intervals("复活节长周末，大批市民出游，景区人满为患。")


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("警方28日通报，嫌疑人5日被抓获。", "5日", "2024-05-05T00:00:00"),
        ("按照惯例，诺贝尔委员会10月7日宣布文学奖得主。", "10月7日", "2024-10-07T00:00:00"),
        ("2019年8月，他回到上海，当时5月他已经辞职。", "5月", "2019-05-01T00:00:00"),
        ("我不相信十年后的今天，这里还会是一片荒地。", "十年后的今天", "2034-06-12T00:00:00"),
        ("今年在香港举行的会议将于11月3日开幕。", "11月3日", "2024-11-03T00:00:00"),
        ("外长周末将访问北京，双方将举行会谈。", "周末", "2024-06-15T00:00:00"),
        ("成绩25日公布，考生须在3天内登录网站确认。", "25日", "2024-06-25T00:00:00"),
        ("华为Mate 70系列11月26日发布，售价5499元起。", "11月26日", "2023-11-26T00:00:00"),
    ],
)
def test_the_sixth_reviews_mends(text: str, phrase: str, first: str) -> None:
    assert intervals(text)[phrase][0] == first


def test_a_refusal_before_a_promised_year_sets_no_deadline() -> None:
    assert intervals("该公司承诺不会在2020年之前裁员。")["2020年之前"] == [None, "2019-12-31T23:59:59"]


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("国家统计局17日公布，前4个月全国居民人均可支配收入同比增长6.2%。", "17日", "2024-05-17T00:00:00"),
        ("海关总署20日公布，今年前5个月我国外贸进出口总值将近17.5万亿元。", "20日", "2024-05-20T00:00:00"),
        ("港交所18日公布，恒生指數成份股數目將由80隻增至82隻。", "18日", "2024-05-18T00:00:00"),
        ("市交通局28日通报，5日起该路段封闭施工，请过往车辆提前绕行。", "5日起", "2024-06-05T00:00:00"),
        ("主办方28日宣布，本届马拉松比赛定于5日上午7时30分鸣枪开跑。", "5日上午7时30分", "2024-06-05T07:30:00"),
        ("省教育考试院28日表示，今年高考7日开考，考生须提前30分钟入场。", "7日", "2024-06-07T00:00:00"),
        ("警方28日通报，嫌疑人于3日作案后潜逃，5日在外省落网，目前已被刑事拘留。", "5日", "2024-05-05T00:00:00"),
        ("有违惯例的是，美联储10月7日宣布紧急降息50个基点，市场一片哗然。", "10月7日", "2023-10-07T00:00:00"),
        ("欧盟10月7日宣布对中国电动车加征关税，业界质疑此举能否保护本土产业。", "10月7日", "2023-10-07T00:00:00"),
        ("2019年10月，这家公司宣布破产清算，而当时是在3月，它还获得了一笔融资。", "3月", "2019-03-01T00:00:00"),
        ("当年谁都不相信四十年后的今天这片荒滩会变成一座现代化城市。", "四十年后的今天", "2024-06-12T00:00:00"),
    ],
)
def test_the_seventh_reviews_mends(text: str, phrase: str, first: str) -> None:
    assert intervals(text)[phrase][0] == first


@pytest.mark.parametrize("text", ["市政府承诺不会增加居民负担，并在2020年之前完成老旧小区改造。", "当局承诺，让没有住房的困难家庭在2020年之前全部住上新房。"])
def test_a_promise_with_a_refusal_elsewhere_keeps_its_deadline(text: str) -> None:
    assert intervals(text)["2020年之前"] == [None, "2020-12-31T23:59:59"]


@pytest.mark.parametrize(
    "text",
    ["国庆长周末期间，全国铁路预计发送旅客超过1亿人次。", "三天长周末即将到来，不少家庭已经提前预订了酒店和机票。",
     "重阳节周末，各地社区纷纷举办敬老爱老活动。", "为方便市民，市图书馆将延长周末开放时间至晚上十点。"],
)
def test_a_holidays_weekend_or_a_longer_one_is_no_weekend_of_the_week(text: str) -> None:
    assert not any(phrase.endswith("周末") for phrase in intervals(text))


@pytest.mark.parametrize("text", ["董事长周末亲自到工厂现场视察生产情况并慰问员工。", "上海国际电影节周末迎来观影高峰，多场展映一票难求。"])
def test_a_title_or_an_events_weekend_is_the_weeks(text: str) -> None:
    assert intervals(text)["周末"][0] == "2024-06-15T00:00:00"


def test_this_years_day_told_as_sold_already_is_last_years() -> None:
    early = Reading(datetime(2024, 1, 5, 10, 0))
    assert early.intervals("今年过年回家的火车票12月15日已经售出了三百多万张。")["12月15日"][0] == "2023-12-15T00:00:00"
