"""Dates, amounts and counts read on a sixteenth round of whole 2026 news articles (Singapore,
Malaysia, the mainland, Taiwan and Hong Kong), written as news says them.

Every phrase here is our own; none comes from a held-out suite or from the articles read. The
reference is 2024-06-12 10:00 (a Wednesday), as for the rounds before.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.core.facts.reading import NEWS_LINES

facts, intervals, values, dates = NEWS_LINES.facts, NEWS_LINES.intervals, NEWS_LINES.values, NEWS_LINES.dates


# ---- Lengths in decimals or in thousands (2.5小时, 122.2个小时, 2279小时)


@pytest.mark.parametrize(
    ("text", "phrase", "length"),
    [
        ("这批志愿者去年累计服务了2279小时，获得市政府颁发的奖状。", "2279小时", "PT2279H"),
        ("气象站说，上个月的总日照为122.2个小时，比往年同期少得多。", "122.2个小时", "PT122.2H"),
        ("新款电池充满一次可以连续使用2.5天，比旧款多了一倍。", "2.5天", "P2.5D"),
        ("这项工程预计需要1.5年才能完成，居民须暂时搬迁。", "1.5年", "P1.5Y"),
        ("他在狱中度过了1200天，出狱后决定写一本回忆录。", "1200天", "P1200D"),
        ("这次航班延误了3.5个小时，旅客在机场滞留到深夜。", "3.5个小时", "PT3.5H"),
        ("经测算，这个项目的投资回收期为1.94年，税前利润相当可观。", "1.94年", "P1.94Y"),
    ],
)
def test_a_length_in_decimals_or_thousands_is_a_length(text: str, phrase: str, length: str) -> None:
    assert dates(text)[phrase][:2] == ("duration", length)
    assert not any(f["text"] == phrase for f in facts(text, "count"))


def test_a_year_in_four_digits_stays_a_year() -> None:
    assert dates("这座古城始建于1500年，至今保存完好。")["1500年"][:2] == ("exact", "1500")


def test_an_anniversary_in_decimals_is_no_length() -> None:
    assert "4.23周" not in dates("这家百货公司举办4.23周年店庆，推出多项优惠活动。")


@pytest.mark.parametrize(
    ("text", "phrase", "length"),
    [
        ("这个训练中心的集群每年采集的数据达2万9000个小时，覆盖数百个场景。", "2万9000个小时", "PT29000H"),
        ("这台发电机组累计运行了超过3万零500小时，至今仍运作良好。", "3万零500小时", "PT30500H"),
    ],
)
def test_a_length_in_tens_of_thousands_is_read_whole(text: str, phrase: str, length: str) -> None:
    assert dates(text)[phrase][:2] == ("duration", length)


def test_a_models_number_before_its_name_is_no_length() -> None:
    assert dates("这款7255天体陀飞轮腕表推出了全新的铂金版本。") == {}


# ---- A body's term or congress without its 第 (二十届中共政治局, 十四届全国人大四次会议, 21次党代表大会)


@pytest.mark.parametrize(
    "text",
    [
        "他在十四届、十五届中共政治局常委会中都担任过要职，影响深远。",
        "二十届中共政治局七常委全部出席了这次会议，十分罕见。",
        "十四届全国人大四次会议在北京开幕，会期约一周。",
        "该党将在明年召开21次党代表大会，选出新的领导层。",
        "软银愿景基金二期投资了这家初创公司，但金额没有公开。",
    ],
)
def test_a_bodys_term_or_congress_is_no_count(text: str) -> None:
    assert facts(text, "count") == []


def test_terms_and_congresses_served_are_counted() -> None:
    assert values("他连任了三届人大代表，一直关注教育问题。", "count") == ["3 届 人大代表"]
    assert values("这个政党在过去十年里举行了三次党代表大会，每次都很热闹。", "count")[0].startswith("3 次")


# ---- 迄今 as 至今, and 开年 as the year's start (今年迄今, 开年至今)


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("港交所的股价今年迄今基本持平，成交量也比去年清淡。", "今年迄今", "2024-01-01T00:00:00"),
        ("这家公司自2021年迄今已经裁员三次，员工人心惶惶。", "2021年迄今", "2021-01-01T00:00:00"),
        ("印尼股市开年至今流失了约三成市值，外资持续撤离。", "开年至今", "2024-01-01T00:00:00"),
    ],
)
def test_a_span_so_far_runs_up_to_now(text: str, phrase: str, first: str) -> None:
    assert intervals(text)[phrase] == [first, "2024-06-12T10:00:00"]


# ---- A podcast's or a video's chapter marks (01:26 泽远眼中的…), not times of day


def test_a_recordings_chapter_marks_are_no_times() -> None:
    text = "这期播客由两位记者对谈。\n01:26 两位总理的不同风格\n07:46 官方评价的变化\n13:17 纪念活动背后的原因\n24:40 改革留下的问题"
    assert dates(text) == {}


def test_a_live_pages_entries_keep_their_times() -> None:
    text = "现场最新情况：\n17:20 警方到场封锁现场\n17:45 消防员开始灭火\n18:10 火势受控"
    assert [value for _, value, _ in dates(text).values()] == ["2024-06-12T17:20", "2024-06-12T17:45", "2024-06-12T18:10"]


# ---- 晚间 after a bracketed day before more of what is done then (晚间发声明, 晚间与…联合行动)


@pytest.mark.parametrize(
    "text",
    [
        "警方星期一（10日）晚间发声明，证实已逮捕两名嫌犯。",
        "警方星期一（10日）晚间与海关官员联合行动，逮捕五名非法劳工。",
    ],
)
def test_an_evening_after_a_bracketed_day_is_that_days(text: str) -> None:
    assert intervals(text)["晚间"] == ["2024-06-10T18:00:00", "2024-06-10T23:59:59"]


# ---- The year's middle written with one 年 (2027年中完工, 明年中推出, 去年中以来)


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("这项工程预计在2027年中完工，届时将提供数千个职位。", "2027年中", "2027-06-01T00:00:00"),
        ("公司计划明年中推出新款手机，但价格尚未公布。", "明年中", "2025-06-01T00:00:00"),
        ("国际油价自去年中以来持续下跌，令产油国财政吃紧。", "去年中以来", "2023-06-01T00:00:00"),
    ],
)
def test_the_years_middle_with_one_nian_is_june_and_july(text: str, phrase: str, first: str) -> None:
    assert intervals(text)[phrase][0] == first


def test_a_year_before_zhongguo_stays_the_year() -> None:
    assert dates("今年中国经济增长放缓，出口也明显下降。")["今年"][:2] == ("exact", "2024")


# ---- 数以十亿美元: some billions, as 数十亿美元


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("这些科技公司每年投入数以十亿美元计的资金研发人工智能。", "~1000000000-10000000000 USD"),
        ("这场水灾造成数以百万元计的损失，当局仍在评估。", "~1000000-10000000 CNY"),
    ],
)
def test_some_billions_by_the_billion_are_some_billions(text: str, value: str) -> None:
    assert values(text, "money") == [value]


# ---- Singapore's shops' web addresses and hawker words as cues for a bare $ or 元


def test_singapore_shops_web_addresses_make_a_bare_dollar_singapores() -> None:
    text = "管装防晒霜推荐。\n▲售价：$43，售于：Sephora.sg及各大门店\n▲售价：$26.20，售于：guardian.com.sg及门店"
    assert values(text, "money") == ["43 SGD", "26.2 SGD"]


def test_a_hawker_centre_and_fairprice_make_a_bare_yuan_singapores() -> None:
    assert values("这家熟食中心的摊贩说，一碗面卖5元，平价集团的超市也涨价了。", "money") == ["5 SGD"]


def test_an_american_shops_address_leaves_the_dollar_american() -> None:
    assert values("这款防晒霜售价：$43，售于：sephora.com及各大门店。", "money") == ["43 USD"]


# ---- Deadlines: YYYY年前 before more deeds (裁减, 兴建, 培养), and 在10月前


@pytest.mark.parametrize(
    ("text", "phrase", "last"),
    [
        ("这家车厂计划在2030年前裁减5000个职位，以削减成本。", "2030年前", "2030-12-31T23:59:59"),
        ("政府计划在2030年前培养5万名网络安全人才。", "2030年前", "2030-12-31T23:59:59"),
        ("当局将在2028年前兴建更多的公共住房。", "2028年前", "2028-12-31T23:59:59"),
        ("申请人必须在10月前提交所有文件，逾期不候。", "10月前", "2024-10-31T23:59:59"),
    ],
)
def test_a_deadline_before_a_year_or_month_runs_to_its_end(text: str, phrase: str, last: str) -> None:
    assert intervals(text)[phrase][1] == last


def test_a_bare_month_then_qian_wang_is_a_month() -> None:
    assert dates("他在3月前往北京出席会议，会见了多名官员。")["3月"][:2] == ("exact", "2024-03")


# ---- A length after a word that says one, with 约, 近 or 逾 between (时隔约五年, 持续逾两周), and after 延续


@pytest.mark.parametrize(
    ("text", "phrase", "length"),
    [
        ("外长时隔约五年再次访问韩国，双方签署了多项协议。", "五年", "P5Y"),
        ("这项工程耗时约一年，终于在上个月竣工。", "一年", "P1Y"),
        ("示威活动持续逾两周，造成严重的交通堵塞。", "两周", "P14D"),
        ("这项研究历时近十年，终于取得了突破。", "十年", "P10Y"),
        ("这场示威活动延续一周，当局最终让步。", "一周", "P7D"),
    ],
)
def test_a_length_after_its_word_and_how_near_is_a_length(text: str, phrase: str, length: str) -> None:
    assert dates(text)[phrase][:2] == ("duration", length)


# ---- A banknote's or a coin's face value (千元钞, 千元纸钞, 10元硬币): no sum


@pytest.mark.parametrize(
    "text",
    [
        "犯罪集团空运美元、新台币千元钞等现金到当地。",
        "央行将推出新版千元纸钞，加强防伪功能。",
        "他用一枚10元硬币在自动售货机买了一瓶水。",
    ],
)
def test_a_notes_or_coins_face_value_is_no_sum(text: str) -> None:
    assert facts(text, "money") == []


# ---- 元宵 the dumpling (卖元宵（汤圆）, 咸元宵), no day


@pytest.mark.parametrize(
    "text",
    ["老伯在街边卖元宵（汤圆），几十年来风雨无阻。", "这家老店的咸元宵很受欢迎，每天卖出几百碗。", "她教孩子们包芝麻元宵，大家玩得很开心。"],
)
def test_the_dumpling_yuanxiao_is_no_day(text: str) -> None:
    assert dates(text) == {}


@pytest.mark.parametrize(
    "text",
    ["据21世纪经济报导，这家公司的业绩大幅下滑。", "21世纪教育研究院的院长表示，这项政策值得商榷。", "据《21世纪商业评论》报道，这家公司正在裁员。"],
)
def test_a_name_opening_with_the_century_is_no_century(text: str) -> None:
    assert dates(text) == {}


# ---- Guards from the round's first reviews


@pytest.mark.parametrize(
    "text",
    [
        "2024天猫双11活动期间，这家店的销售额创下新高。",
        "2024天津马拉松吸引了数万名跑者参加。",
        "商场将在12.31年终大促中推出多项优惠。",
    ],
)
def test_a_year_or_day_before_a_name_is_no_length(text: str) -> None:
    assert not any(kind == "duration" for kind, _, _ in dates(text).values())


def test_congresses_held_are_counted_whatever_their_number() -> None:
    assert values("该党在过去二十年里共召开了12次党员大会，讨论党务。", "count")[0].startswith("12 次")


@pytest.mark.parametrize(
    ("text", "phrase"),
    [("在过去的2023年中，全市共发生交通事故1.2万起。", "2023年中"), ("2022年中，全市共发生交通事故1.1万起。", "2022年中")],
)
def test_a_past_year_with_one_nian_before_a_stop_is_the_whole_year(text: str, phrase: str) -> None:
    assert dates(text)[phrase][:2] == ("exact", phrase[:4])


def test_years_ago_before_jiu_are_no_deadline() -> None:
    assert dates("早在1900年前就已有文献记载这种植物的药用价值。") == {}


@pytest.mark.parametrize(
    "text",
    [
        "（本文转载自联合早报网zaobao.com.sg）一款国产手机在华强北售价约1999元。",
        "在深圳一家科技公司任职总经理的李先生透露，研发人员人均年薪约35万元。",
        "星期一（6月10日）凌晨，柔佛新山一家熟食中心发生火灾，损失约5万元。",
    ],
)
def test_a_cited_site_or_a_word_inside_another_is_no_singapore_cue(text: str) -> None:
    assert not values(text, "money")[0].endswith("SGD")


@pytest.mark.parametrize("text", ["警方通常在晚间展开巡逻，打击非法赛车活动。", "暑期警方将在晚间出动更多警员巡逻。"])
def test_a_habits_evening_is_no_days(text: str) -> None:
    assert dates(text) == {}


def test_a_schedule_names_a_programme_and_keeps_its_times() -> None:
    text = "今晚电视节目表：\n19:00 新闻联播\n19:30 天气预报\n20:00 电视剧"
    assert "19:30" in dates(text)


def test_a_chapters_title_opening_with_yuan_is_no_sum() -> None:
    assert facts("本期播客内容：\n00:00 开场\n12:15 元宇宙的未来\n20:45 圆桌对话", "money") == []


def test_a_plans_deadline_before_where_it_is_done_is_a_deadline() -> None:
    assert intervals("公司将于2030年前在德国削减五万个工作岗位。")["2030年前"][1] == "2030-12-31T23:59:59"


def test_a_videos_chapters_from_naught_are_no_times() -> None:
    text = "点击视频，看懂他的政治生涯。\n00:00 从配角到主角\n00:55 大选获胜\n01:54 政治节拍"
    assert dates(text) == {}


# ---- A bare day with its weekday in the month whose weekday it is (星期五（7日） on 12 June: 7 June)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("部长星期三（29日）表示，政府将检讨这项政策。", "2024-05-29"),
        ("部长星期一（17日）将出席东盟会议，讨论区域安全。", "2024-06-17"),
        ("部长星期五（7日）表示，政府将检讨这项政策。", "2024-06-07"),
    ],
)
def test_a_bare_day_with_its_weekday_is_in_the_weekdays_month(text: str, day: str) -> None:
    [(_, value, _)] = dates(text).values()
    assert value == day


# ---- A quarter's results told as beating or missing forecasts (超越预期, 净利大增): a quarter past


@pytest.mark.parametrize(
    "text",
    [
        "公司第三季度利润超越华尔街的预期，股价因此大涨百分之五。",
        "这家电商第三季净利大增72.9%至4亿美元，但仍低于市场预期。",
    ],
)
def test_a_quarters_results_told_are_last_years(text: str) -> None:
    [(_, value, _)] = [d for d in dates(text).values() if "/" in d[1]]
    assert value == "2023-07/2023-10"


def test_a_quarters_results_forecast_stay_ahead() -> None:
    assert dates("公司预计第三季度利润将超越华尔街的预期。")["第三季度"][1] == "2024-07/2024-10"
    assert dates("投资者担心第三季度油价会暴跌，纷纷抛售手中的股票。")["第三季度"][1] == "2024-07/2024-10"
    assert dates("电力公司说，7月份用电量恐大增，须提早准备。")["7月份"][1] == "2024-07"


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("国际金价自去年初以来已累计上涨六成，屡创新高。", "去年初以来", "2023-01-01T00:00:00"),
        ("这只股票前年初以来下跌了一半，投资者损失惨重。", "前年初以来", "2022-01-01T00:00:00"),
    ],
)
def test_since_last_years_start_keeps_its_year(text: str, phrase: str, first: str) -> None:
    assert intervals(text)[phrase][0] == first


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("入境旅客须在指定酒店隔离14日，才能自由活动。", "14日"),
        ("持有这种证件的游客可在当地逗留30日，无需另行申请签证。", "30日"),
        ("当局规定春节前后各14日不得举办大型活动。", "14日"),
    ],
)
def test_so_many_days_after_a_stay_are_a_length(text: str, phrase: str) -> None:
    assert dates(text)[phrase][0] == "duration"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("部长星期一（3日）上午10时出席会议，同日下午会见了外国客人。", "同日下午"),
        ("台风于星期一（3日）晚9时许登陆，之后又于同日深夜11时许再度登陆。", "同日深夜11时许"),
    ],
)
def test_the_same_day_after_a_bracketed_days_clock_is_that_day(text: str, phrase: str) -> None:
    assert intervals(text)[phrase][0].startswith("2024-06-03")


# ---- A span's unit said at both ends (未来5年至10年), and 至今年 (to a month of this year)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [("专家认为，未来5年至10年是这个行业的关键时期。", "5年至10年"), ("这项工程为期三个月至六个月，视天气而定。", "三个月至六个月")],
)
def test_a_span_with_its_unit_at_both_ends_is_one_range(text: str, phrase: str) -> None:
    assert dates(text)[phrase][0] == "duration" and "/" in dates(text)[phrase][1]


def test_from_a_year_to_a_month_of_this_year_ends_with_that_month() -> None:
    assert intervals("从2021年至今年3月，该公司共裁员三千人。")["2021年至今年3月"] == ["2021-01-01T00:00:00", "2024-03-31T23:59:59"]


# ---- Guards from the round's second reviews


def test_a_date_after_guancha_is_a_date() -> None:
    assert dates("市场将密切观察12日公布的消费者物价指数数据。")["12日"][:2] == ("exact", "2024-06-12")


def test_the_same_day_after_a_sources_stamp_is_the_stamps_day() -> None:
    assert dates("（路透社）2024-06-10 20:30 美国宣布新的制裁措施，当天股市下跌。")["当天"][1] == "2024-06-10"


@pytest.mark.parametrize("text", ["他用2万元硬币买了一辆二手车，引起网民热议。", "价值3000元的硬币在家中被盗，警方正在调查。"])
def test_a_sum_paid_in_coins_is_a_sum(text: str) -> None:
    assert facts(text, "money") != []


@pytest.mark.parametrize(
    ("text", "phrase"),
    [("自2022年中以来，他一直担任这家公司的顾问。", "2022年中以来"), ("这项新规定从2022年中起实施，已有两年。", "从2022年中起")],
)
def test_a_past_years_middle_before_since_is_its_middle(text: str, phrase: str) -> None:
    assert intervals(text)[phrase][0] == "2022-06-01T00:00:00"


def test_a_misprinted_weekday_keeps_the_day_said() -> None:
    reading = type(NEWS_LINES)(datetime(2024, 3, 13, 10, 0))
    assert reading.dates("部长星期一（12日）表示，政府将检讨这项政策。")["星期一（12日）"][1] == "2024-03-12"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [("这家工厂已连续1000天安全生产，获得表彰。", "1000天"), ("他花了2.5年终于完成了这部长篇小说。", "2.5年")],
)
def test_a_length_before_a_word_that_opens_like_a_name_is_a_length(text: str, phrase: str) -> None:
    assert dates(text)[phrase][0] == "duration"


# ---- Guards from the round's final review


def test_a_bare_day_told_done_stays_out_of_the_month_ahead() -> None:
    reading = type(NEWS_LINES)(datetime(2024, 6, 20, 10, 0))
    assert reading.dates("嫌犯于星期二（2日）在芽笼一带被捕，警方起获大批毒品。")["星期二（2日）"][1] == "2024-06-02"


def test_an_evening_with_its_own_week_keeps_it() -> None:
    assert "晚间" not in dates("他星期一（10日）表示，他在上周晚间会见了反对党领袖。")


def test_so_many_libai_since_a_year_told_is_a_length_not_a_failure() -> None:
    assert dates("2020年疫情爆发3个礼拜以来当地已有数千人染病。")["3个礼拜以来"][:2] == ("duration", "P3W")
