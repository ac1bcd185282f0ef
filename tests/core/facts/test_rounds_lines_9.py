"""Dates, amounts and counts read on a ninth sample of single news lines, written as news
says them.

Every phrase here is our own; none comes from a held-out suite. The reference is 2024-06-12
10:00 (a Wednesday), the day the lines were read against.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.core.facts.reading import NEWS_LINES, Reading

facts, intervals, values, dates = NEWS_LINES.facts, NEWS_LINES.intervals, NEWS_LINES.values, NEWS_LINES.dates


# ---- Days written after a name's digit, or before 以


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("总统马英九8日在总统府接见美国参议员访问团，双方就经贸议题交换意见。", "8日", "2024-06-08T00:00:00"),
        ("王老五8日在记者会上表示，他将继续参选，不会退出这次选举。", "8日", "2024-06-08T00:00:00"),
        ("检察机关5日以涉嫌受贿罪对该局长提起了公诉，案件将于下月开庭审理。", "5日", "2024-06-05T00:00:00"),
    ],
)
def test_a_day_after_a_names_digit_or_before_yi_is_a_day(text: str, phrase: str, first: str) -> None:
    assert intervals(text)[phrase][0] == first


@pytest.mark.parametrize("text", ["这项工程历时一百九十八日，终于全部完工并交付使用。", "自今年3月5日以来，该市已累计报告确诊病例三百多例。"])
def test_a_count_of_days_or_a_since_stays_as_it_was(text: str) -> None:
    assert "十八日" not in intervals(text) and "5日" not in intervals(text)


# ---- 元月, tens of years ago in digits, N个月以来 in digits, similes


@pytest.mark.parametrize(
    ("text", "phrase", "interval"),
    [
        ("该项目计划于明年元月建成投产，由市政府出资建设。", "明年元月", ["2025-01-01T00:00:00", "2025-01-31T23:59:59"]),
        ("元月10日，省政府召开了全省安全生产工作会议。", "元月10日", ["2024-01-10T00:00:00", "2024-01-10T23:59:59"]),
        ("这座古城在50多年前曾经遭遇过一场大地震，几乎被夷为平地。", "50多年前", ["1964-01-01T00:00:00", "1974-12-31T23:59:59"]),
        ("新政府执政的7个月以来，经济形势逐步好转，失业率明显下降。", "7个月以来", ["2023-11-01T00:00:00", "2024-06-12T10:00:00"]),
        ("该店开业10天以来，每天都有大批顾客排队购买，生意火爆。", "10天以来", ["2024-06-02T00:00:00", "2024-06-12T10:00:00"]),
    ],
)
def test_january_decades_and_months_since_in_digits(text: str, phrase: str, interval: list[str]) -> None:
    assert intervals(text)[phrase] == interval


def test_fifty_yuan_of_monthly_rent_is_no_january() -> None:
    assert intervals("用户每月需支付50元月租费，另外还要缴纳通话费用。") == {}


@pytest.mark.parametrize(
    "text",
    ["停电以后，整个城市漆黑一片，就像晚上一样，市民只能点起蜡烛照明。", "沙尘暴来袭，天空昏暗得如同深夜一般，车辆纷纷打开了车灯。",
     "天色暗得仿佛是半夜似的，路上的车辆纷纷打开了车灯，行人稀少。"],
)
def test_a_time_of_day_likened_to_is_no_date(text: str) -> None:
    assert intervals(text) == {}


# ---- 兆, a decimal before 亿, the euro's forerunners


@pytest.mark.parametrize(
    ("text", "money"),
    [
        ("台湾当局宣布，明年度总预算为一兆五千亿元新台币。", ["1500000000000 TWD"]),
        ("台积电去年营收达到2兆1600亿元新台币，创下历史新高。", ["2160000000000 TWD"]),
        ("该项目总投资为50亿比塞塔，由西班牙政府和欧盟共同出资。", ["5000000000 ESP"]),
        ("合同金额为5000万比利时法郎，由双方分三年支付完毕。", ["50000000 BEF"]),
        ("荷兰政府拨款2亿荷兰盾用于治理水患，另拨500万爱尔兰镑。", ["200000000 NLG", "5000000 IEP"]),
        ("国际货币基金组织向该国提供了30亿特别提款权的贷款。", ["3000000000 XDR"]),
    ],
)
def test_trillions_and_old_european_currencies(text: str, money: list[str]) -> None:
    assert values(text, "money") == money


def test_a_decimal_before_yi_keeps_its_whole_part() -> None:
    assert values("目前全世界有糖尿病患者一点三亿多人，其中九成为II型。", "count")[0] == "130000000+ 人 患者"


# ---- Parts of a year after a day of figures, or inside a year's first quarters


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("截至2012年9月30日，前三季度全国国内生产总值同比增长7.7%，一季度增长8.1%。", "前三季度", "2012-01-01T00:00:00"),
        ("截至2012年9月30日，前三季度全国国内生产总值同比增长7.7%，一季度增长8.1%。", "一季度", "2012-01-01T00:00:00"),
        ("国家统计局2012年10月18日公布，前三季度国内生产总值同比增长7.7%。", "前三季度", "2012-01-01T00:00:00"),
        ("国家统计局2013年1月18日公布，第四季度国内生产总值同比增长7.9%。", "第四季度", "2012-10-01T00:00:00"),
        ("2012年前三季度，国内生产总值同比增长7.7%，其中一季度增长8.1%。", "一季度", "2012-01-01T00:00:00"),
    ],
)
def test_a_part_of_a_year_after_a_day_of_figures_is_that_years(text: str, phrase: str, first: str) -> None:
    assert intervals(text)[phrase][0] == first


def test_a_part_after_a_founding_day_is_not_that_days_years() -> None:
    """Not 2010's; its figures out before it has begun on a June page, it is last year's third quarter."""
    text = "公司成立于2010年5月18日，三季度营收同比增长了百分之三十，利润翻番。"
    assert intervals(text)["三季度"][0] == "2023-07-01T00:00:00"


# ---- A story's day after its byline, and a bare-day dateline's


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("燕赵都市网讯(记者邢云)22日8时20分，武安市消防接传警称，一名男子被困在河渠内。", "22日8时20分", "2024-05-22T08:20:00"),
        ("新华社邯郸电 10月22日，河北省邯郸市发生一起交通事故，造成3人死亡。", "10月22日", "2023-10-22T00:00:00"),
        ("本报讯 22日上午，市区发生一起车祸，造成两人受伤，肇事司机已被控制。", "22日上午", "2024-05-22T07:00:00"),
        ("新华社北京22日电 武安市消防接到报警，一名男子被困在河渠内，今天上午获救。", "今天上午", "2024-05-22T07:00:00"),
    ],
)
def test_a_storys_day_after_its_byline_is_not_ahead(text: str, phrase: str, first: str) -> None:
    assert intervals(text)[phrase][0] == first


@pytest.mark.parametrize(
    ("text", "phrase"),
    [("本报讯 22日起，本市将实行新的停车收费标准，市民须知。", "22日起"), ("该线路已于昨天恢复通电 25日将全面投入使用。", "25日")],
)
def test_a_day_ahead_after_a_byline_or_a_word_stays_ahead(text: str, phrase: str) -> None:
    assert intervals(text)[phrase][0][:10] == f"2024-06-{phrase[:2]}"


# ---- Bare 号 days before more verbs, or in Chinese tens; this day of another year


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("众议院２５号以压倒性票数通过了这项法案，参议院下周审议。", "２５号", "2024-05-25T00:00:00"),
        ("普京２６号向记者表示，俄罗斯将继续与中国在各个领域开展合作。", "２６号", "2024-05-26T00:00:00"),
        ("普京二十六号提出警告说，北约东扩将威胁俄罗斯的安全。", "二十六号", "2024-05-26T00:00:00"),
        ("土耳其政府已计划从十六号开始，对养殖者进行经济补偿。", "从十六号开始", "2024-06-16T00:00:00"),
        ("去年的今天，这座城市遭遇了百年一遇的特大洪水，损失惨重。", "去年的今天", "2023-06-12T00:00:00"),
        ("去年此时，猪肉的平均价格保持在6.5元至7元/斤。", "去年此时", "2023-06-12T00:00:00"),
        ("明年的今天，这座城市将会迎来一座崭新的体育场馆。", "明年的今天", "2025-06-12T00:00:00"),
    ],
)
def test_hao_days_and_this_day_of_another_year(text: str, phrase: str, first: str) -> None:
    assert intervals(text)[phrase][0] == first


@pytest.mark.parametrize(
    "text",
    ["他住在一百二十六号对面的一栋小楼里，每天都要经过这条街。", "天宫一号与神舟九号成功对接，航天员进入了天宫一号。",
     "比赛中，中国队的10号与对方的5号发生了激烈的身体冲突。", "雪龙2号向南极进发，向阳红10号起程前往太平洋。",
     "住在二十六号的老人今天上午突然晕倒，船停靠在十八号泊位。"],
)
def test_a_number_before_hao_in_a_name_or_an_address_is_no_day(text: str) -> None:
    assert not any(phrase.endswith("号") for phrase in intervals(text))


# ---- Since a date and its event; a deadline's 前 before 提交


@pytest.mark.parametrize(
    ("text", "phrase", "interval"),
    [
        ("自2008年北京奥运会以来，中国的体育事业取得了长足的发展。", "2008年北京奥运会以来", ["2008-01-01T00:00:00", "2024-06-12T10:00:00"]),
        ("从3月5日发生疫情以来，全市已累计报告确诊病例三百多例。", "3月5日发生疫情以来", ["2024-03-05T00:00:00", "2024-06-12T10:00:00"]),
        ("申请人须在7月1日前提交全部材料，逾期将不予受理。", "7月1日前", [None, "2024-07-01T23:59:59"]),
        ("申请人须在7月1日之前提出申请，逾期将不予受理。", "7月1日之前", [None, "2024-07-01T23:59:59"]),
    ],
)
def test_since_a_dates_event_and_a_deadline_before_its_deed(text: str, phrase: str, interval: list[str | None]) -> None:
    assert intervals(text)[phrase] == interval


def test_a_date_then_an_event_with_no_since_stays_the_date() -> None:
    assert intervals("2008年北京奥运会取得了圆满成功，举世瞩目。")["2008年"][0] == "2008-01-01T00:00:00"


# ---- The Republic's holidays; lengths after a sum; slips, clips, lunar days and phases


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("陈水扁在民国８９年国庆大会上发表演说，呼吁两岸恢复对话。", "民国８９年国庆", "2000-10-10T00:00:00"),
        ("陈水扁在民国89年元旦发表演说，呼吁两岸恢复对话。", "民国89年元旦", "2000-01-01T00:00:00"),
    ],
)
def test_a_holiday_of_the_republics_year(text: str, phrase: str, first: str) -> None:
    assert intervals(text)[phrase][0] == first


@pytest.mark.parametrize("text", ["本金翻一番所需时间为：72÷4=18年。", "按照72法则，所需时间为：18年，这就是复利的威力。"])
def test_years_after_a_sum_or_a_time_needed_are_a_length(text: str) -> None:
    assert dates(text)["18年"][:2] == ("duration", "P18Y")


@pytest.mark.parametrize(
    "text",
    ["那时还是两零零零一年，这显然是说错了。", "这段视频片段02:07处出现了明显的剪辑痕迹，网友纷纷质疑。",
     "春节期间，仅初二、初三两天，景区就接待游客两万多人次。"],
)
def test_a_slip_a_clips_moment_or_lunar_days_give_no_false_date(text: str) -> None:
    assert not any(kind in ("exact", "duration") for kind, _, _ in dates(text).values())


def test_an_estates_phase_is_no_count() -> None:
    assert values("该楼盘青山碧苑四期将于明年开盘，湿地公园二期也将动工。", "count") == []


# ---- A year's months from January with their figures out


@pytest.mark.parametrize("span", ["1至10月", "1-10月", "前10个月", "前三季度"])
def test_months_from_january_with_figures_out_ending_ahead_are_last_years(span: str) -> None:
    found = intervals(f"{span}，全市实现地区生产总值同比增长8.5%，增幅比去年同期提高1.2个百分点。")
    assert found[span][0] == "2023-01-01T00:00:00"
    assert found["去年同期"][0] == "2022-01-01T00:00:00"


@pytest.mark.parametrize("text", ["预计1至10月，全市规模以上工业增加值同比增长12%左右。", "1至5月，全市规模以上工业增加值同比增长12%。"])
def test_months_forecast_or_already_over_stay_this_years(text: str) -> None:
    assert next(iter(intervals(text).values()))[0] == "2024-01-01T00:00:00"


# ---- Datelines after a headline's bracket, or naming their year in a web story's lead


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("（附图片１张）新华社北京１１月９日电 俄罗斯总统今天乘专机抵达北京，开始访问。", "１１月９日", "2023-11-09T00:00:00"),
        ("村民被烧毁的汽车（一）大众网滨州6月4日讯（ ）警方昨天抓获了嫌疑人。", "昨天", "2024-06-03T00:00:00"),
    ],
)
def test_a_dateline_after_a_bracket_or_with_its_year_sets_the_storys_today(text: str, phrase: str, first: str) -> None:
    assert intervals(text)[phrase][0] == first


@pytest.mark.parametrize(
    ("text", "published", "first"),
    [
        ("腾讯娱乐讯2013年7月6日，歌手张三在北京举行了演唱会，去年他曾在上海举办过一场。", datetime(2014, 1, 2, 10), "2012-01-01T00:00:00"),
        ("新浪财经讯 2012年3月5日消息，去年全国财政收入突破十万亿元，同比增长24.8%。", datetime(2012, 3, 6, 10), "2011-01-01T00:00:00"),
        ("本报讯 2008年5月12日，汶川发生特大地震，去年是第15个年头。", datetime(2024, 6, 12, 10), "2023-01-01T00:00:00"),
    ],
)
def test_a_leads_year_sets_its_today_unless_its_sentence_looks_back_from_now(text: str, published: datetime, first: str) -> None:
    assert Reading(published).intervals(text)["去年"][0] == first


# ---- What the reviews of this round's rules found worse, read right again


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("高考成绩6月25日公布，考生可通过12345热线查询成绩。", "6月25日", "2024-06-25T00:00:00"),
        ("央行20日公布LPR报价，市场关注此次报价能否下调。", "20日", "2024-06-20T00:00:00"),
        ("28日警方通报，5日凌晨一辆货车在高速公路上侧翻起火。", "5日凌晨", "2024-05-05T00:00:00"),
        ("按照以往惯例，美联储9月18日宣布议息结果，市场高度关注。", "9月18日", "2024-09-18T00:00:00"),
        ("2016年12月，该项目获批，当时的规划是5月动工。", "5月", "2017-05-01T00:00:00"),
        ("和当年一样，专家们依然不相信十年后的今天石油会真的枯竭。", "十年后的今天", "2034-06-12T00:00:00"),
        ("今年的跨年晚会12月31日已经确定了主持人阵容。", "12月31日", "2024-12-31T00:00:00"),
        ("镇长周末将到社区调研，了解居民的实际困难。", "周末", "2024-06-15T00:00:00"),
        ("2024年3月15日发布的报告预计，二季度GDP将增长5%左右。", "二季度", "2024-04-01T00:00:00"),
        ("2023年12月20日，公司宣布，一季度投产，预计年产值十亿元。", "一季度", "2024-01-01T00:00:00"),
        ("本报讯 7月1日零时起，新修订的条例正式生效，市民须知。", "7月1日零时起", "2024-07-01T00:00:00"),
        ("深圳市中级人民法院16日以张某涉嫌盗窃罪开庭审理该案。", "16日", "2024-06-16T00:00:00"),
        ("毕业时间为：19年，他在这所学校学习了四年。", "19年", "2019-01-01T00:00:00"),
        ("当局于23:40处置完毕，现场交通逐步恢复正常。", "23:40", "2024-06-12T23:40:00"),
    ],
)
def test_the_reviews_of_this_rounds_rules(text: str, phrase: str, first: str) -> None:
    assert intervals(text)[phrase][0] == first


def test_a_refusal_a_few_words_before_the_year_sets_no_deadline() -> None:
    assert intervals("政府承诺不会轻易在2020年之前提高燃油税，以减轻负担。")["2020年之前"] == [None, "2019-12-31T23:59:59"]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [("2008年汶川地震发生3个月以来，灾区重建工作进展顺利。", "3个月以来", "P3M"), ("最初三天，他滴水未进，后来才慢慢恢复了食欲。", "三天", "P3D")],
)
def test_a_length_since_an_event_of_its_own_year_or_after_zuichu(text: str, phrase: str, value: str) -> None:
    assert dates(text)[phrase][1] == value


@pytest.mark.parametrize(
    "text",
    ["停演3日以示哀悼，剧院全体演职人员向遇难者默哀。", "该公司3.5亿元月环比增长百分之五，状元月入过万。", "去年今日头条的广告收入大幅增长了百分之五十。"],
)
def test_counts_sums_and_names_give_no_day(text: str) -> None:
    assert set(intervals(text)) <= {"去年"}


def test_a_time_of_day_beside_tong_is_no_simile() -> None:
    assert "晚上" in intervals("今天中午同晚上一样加开班次，方便市民出行。")


# ---- Second reads: fractions of a point, ranks, lengths of months, leads and events' years


def test_a_fraction_of_a_point_is_that_fraction() -> None:
    assert values("央行宣布将存款准备金率下调四分之一个百分点，释放资金约五千亿元。", "percent") == ["0.25pp"]


@pytest.mark.parametrize("text", ["该国的增长率排在二三位，比去年下降了两位。", "《星际争霸》排在11位，《重返地球》分别下降1位。"])
def test_a_place_in_a_ranking_is_no_count(text: str) -> None:
    assert values(text, "count") == []


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("新华社北京11月3日电“中国制造”正在走向世界，今天的出口额大幅增长。", "11月3日", "2023-11-03T00:00:00"),
        ("新华社10月24日报道，今日上午，国务院召开常务会议，研究部署了相关工作。", "今日上午", "2023-10-24T07:00:00"),
        ("他9号当天就离开了北京，前往上海参加会议，至今未归。", "9号", "2024-06-09T00:00:00"),
        ("执政六个月来的成绩有目共睹，民众满意度大幅上升。", "六个月来", "2023-12-01T00:00:00"),
        ("公司2023年年度股东大会将于6月28日召开，审议年度报告。", "6月28日", "2024-06-28T00:00:00"),
    ],
)
def test_leads_events_years_and_months_so_far(text: str, phrase: str, first: str) -> None:
    assert intervals(text)[phrase][0] == first


@pytest.mark.parametrize("text", ["他怀胎十月的妻子终于顺利生下了一名男婴。", "这种酒历时十月酿成后，还须放入陶土酒坛中密封贮存。"])
def test_ten_months_long_is_no_october(text: str) -> None:
    assert intervals(text) == {}


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("9月14日他住进了医院，两周后病情好转出院。", "两周后", "2023-09-28"),
        ("9月14日他住进了医院，三个月后重返工作岗位。", "三个月后", "2023-12"),
        ("Demo将于9月14日正式公布，PC版暂无试玩，但2个星期后将登陆。", "2个星期后", "2024-09-28"),
    ],
)
def test_weeks_and_months_after_a_day_count_on_from_it(text: str, phrase: str, value: str) -> None:
    assert dates(text)[phrase][1] == value


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("2008年6月末，全市存款余额比上年末增长了百分之十五。", "上年末", "2007-11-01T00:00:00"),
        ("截至2023年12月末，全市贷款余额较年初增长了百分之十。", "年初", "2023-01-01T00:00:00"),
        ("截至2024年5月31日，全市新能源汽车保有量达到50万辆，预计年底将突破60万辆。", "年底", "2024-11-01T00:00:00"),
    ],
)
def test_the_years_edges_after_a_year_or_a_month_end_as_of(text: str, phrase: str, first: str) -> None:
    assert intervals(text)[phrase][0] == first


@pytest.mark.parametrize(
    ("text", "absent"),
    [("我是98年来的广州，那时候这里还是一片农田。", "98年来"), ("他穿上7号那天，全场观众起立鼓掌。", "7号"), ("历经3月的暴雨，城市排水系统面临考验。", None)],
)
def test_short_years_shirt_numbers_and_real_months_after_the_review(text: str, absent: str | None) -> None:
    found = intervals(text)
    assert absent not in found if absent else found["3月"][0] == "2024-03-01T00:00:00"


def test_people_after_paizai_are_counted() -> None:
    assert values("她排在两位孕妇之后，等了一个多小时才轮到。", "count") == ["2 位 孕妇"]


def test_months_of_this_month_to_date_stay_this_years() -> None:
    late_june = Reading(datetime(2024, 6, 24, 10, 0))
    assert late_june.intervals("1至6月，全国电影票房累计达到250亿元，同比增长10%。")["1至6月"][0] == "2024-01-01T00:00:00"


# ---- What the review of the reviews' mends found worse, read right again


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("国家统计局2024年4月16日公布，一季度GDP增长5.3%，预计二季度将继续回升。", "一季度", "2024-01-01T00:00:00"),
        ("国家统计局2013年1月18日公布，第四季度国内生产总值增长7.9%。", "第四季度", "2012-10-01T00:00:00"),
        ("公司2024年5月2日宣布，二季度将推出新款手机。", "二季度", "2024-04-01T00:00:00"),
        ("国家统计局17日公布，今年4月份全国生猪供应量同比增加8.3%，应急储备充足。", "17日", "2024-05-17T00:00:00"),
        ("交管局28日发布通告，10日起对违规占用应急车道的车辆进行处罚。", "10日起", "2024-06-10T00:00:00"),
        ("依然打破惯例的美联储10月7日宣布紧急降息，市场一片哗然。", "10月7日", "2023-10-07T00:00:00"),
        ("当年还是个穷学生的他，不相信二十年后的今天自己会成为亿万富翁。", "二十年后的今天", "2024-06-12T00:00:00"),
        ("彭博数据显示，二季度迄今点心债发行量跃升至238亿元。", "二季度迄今", "2024-04-01T00:00:00"),
        ("调查数据显示，超三成网友在第四季度有购房打算。", "第四季度", "2024-10-01T00:00:00"),
        ("北京11月9日电，国务院总理今天会见了来访的外国客人。", "11月9日", "2023-11-09T00:00:00"),
    ],
)
def test_the_second_reviews_of_this_rounds_rules(text: str, phrase: str, first: str) -> None:
    assert intervals(text)[phrase][0] == first


def test_a_promise_for_those_without_a_home_keeps_its_deadline() -> None:
    assert intervals("当局承诺，让没有房的家庭在2020年之前全部住上新房。")["2020年之前"][1] == "2020-12-31T23:59:59"


def test_a_franchises_term_and_a_scenic_areas_long_weekend() -> None:
    assert dates("该项目贷款期限时间为：30年，期满后一次还清。")["30年"][1] == "P30Y"
    assert "周末" not in intervals("清明节景区长周末游客爆满，交通压力骤增。")


@pytest.mark.parametrize("text", ["面试当天，他早早来到了公司，却发现大门紧闭。", "活动当天，现场来了上千名观众。"])
def test_an_events_day_with_no_day_told_is_untold(text: str) -> None:
    assert "当天" not in intervals(text)


def test_a_markets_last_trading_days_and_a_papers_name() -> None:
    assert values("该股近十个交易日累计上涨了百分之三十，投资者十分关注。", "count") == ["10 个 交易日"]
    assert intervals("集团旗下有重庆日报、重庆晚报、今日重庆等多家报刊，影响广泛。") == {}


# ---- The fourth reads: quoted openings, days after a range, short years going on, 十分钟情


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("“8月10日晚7时30分左右，两名男子在酒吧内发生争吵，并互相殴打。", "8月10日晚7时30分左右", "2023-08-10T19:30:00"),
        ("奥运会将于7月28日-8月7日举行，30日将举行男子百米决赛。", "30日", "2024-07-30T00:00:00"),
        ("从98年起，他就在这家公司工作，一直到现在。", "从98年起", "1998-01-01T00:00:00"),
        ("从九八年开始，他就在这家公司工作。", "从九八年开始", "1998-01-01T00:00:00"),
        ("早在89年就有人提出了这个设想，但一直没有实现。", "89年", "1989-01-01T00:00:00"),
    ],
)
def test_quoted_openings_days_after_a_range_and_short_years_going_on(text: str, phrase: str, first: str) -> None:
    assert intervals(text)[phrase][0] == first


def test_very_fond_is_no_ten_minutes() -> None:
    assert intervals("他对这片土地十分钟情，每年都会回来看看。") == {}


# ---- What the last two reviews found worse, read right again


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("2024年2月1日，公司宣布，三季度实现量产。", "三季度", "2024-07-01T00:00:00"),
        ("2023年12月20日，公司宣布，一季度开启交付。", "一季度", "2024-01-01T00:00:00"),
        ("截至2024年3月31日，第三季度的产能已经全部锁定。", "第三季度", "2024-07-01T00:00:00"),
        ("截至2024年12月末，力争全市贷款余额较年初增长百分之十。", "年初", "2024-01-01T00:00:00"),
        ("5月1日入院，3天后手术，两周后出院。", "两周后", "2024-05-18T00:00:00"),
        ("该指数创下34年来的最低水平，市场一片恐慌。", "34年来", "1990-01-01T00:00:00"),
        ("25日通报，该门店5日起已停业整顿。", "5日起", "2024-05-05T00:00:00"),
    ],
)
def test_the_last_reviews_of_this_round(text: str, phrase: str, first: str) -> None:
    assert intervals(text)[phrase][0] == first


@pytest.mark.parametrize(
    ("text", "published", "phrase", "first"),
    [
        ("国家统计局公布，1至6月全国规模以上工业增加值同比增长6%。", datetime(2024, 6, 3, 10), "1至6月", "2023-01-01T00:00:00"),
        ("腾讯娱乐讯2013年7月6日，歌手张三昨日在北京举行了演唱会。", datetime(2024, 6, 12, 10), "昨日", "2013-07-05T00:00:00"),
    ],
)
def test_months_ending_this_month_and_a_reprinted_lead(text: str, published: datetime, phrase: str, first: str) -> None:
    assert Reading(published).intervals(text)[phrase][0] == first


@pytest.mark.parametrize("text", ["战后日本经济迅速恢复，成为世界第二大经济体。", "历经十月的攻关，科研团队终于取得了突破。"])
def test_postwar_japan_and_ten_months_of_work_are_no_dates(text: str) -> None:
    assert intervals(text) == {}


def test_a_cities_rise_in_the_ranking_is_no_count() -> None:
    assert values("该市排名前进了三位居全省第五，进步明显。", "count") == []


# ---- What the review of the last mend found worse, read right again


@pytest.mark.parametrize(
    ("text", "published", "phrase", "first"),
    [
        ("国家统计局公布，四季度GDP同比增长5.2%，全年增长5.2%。", datetime(2024, 1, 17, 10), "四季度", "2023-10-01T00:00:00"),
        ("一季度开局良好，1月份规模以上工业增加值同比增长7%。", datetime(2024, 2, 20, 10), "一季度", "2024-01-01T00:00:00"),
        ("看好三季度销量同比回暖，分析师上调了目标价。", datetime(2024, 6, 12, 10), "三季度", "2024-07-01T00:00:00"),
        ("2023年10月25日发布三季报，三季度实现营业收入三百亿元，同比增长10%。", datetime(2024, 6, 12, 10), "三季度", "2023-07-01T00:00:00"),
        ("2024年6月10日消息，昨日全市迎来强降雨，目前道路积水已经排除。", datetime(2024, 6, 12, 10), "昨日", "2024-06-09T00:00:00"),
        ("本报讯 2008年5月12日，汶川发生特大地震。昨日，记者来到映秀镇，今年是地震的第16个年头。", datetime(2024, 6, 12, 10), "昨日", "2024-06-11T00:00:00"),
        ("奥运会将于7月28日-8月7日举行，3日举行闭幕式前的最后一场比赛。", datetime(2024, 6, 12, 10), "3日", "2024-08-03T00:00:00"),
        ("全国两会3月4日至11日在北京举行，闭幕后的12日，代表们陆续返程。", datetime(2024, 6, 12, 10), "12日", "2024-03-12T00:00:00"),
        ("亚运会9月23日至10月8日举行，火炬传递于8日启动。", datetime(2024, 6, 12, 10), "8日", "2024-09-08T00:00:00"),
    ],
)
def test_the_review_of_the_last_mend(text: str, published: datetime, phrase: str, first: str) -> None:
    assert Reading(published).intervals(text)[phrase][0] == first


@pytest.mark.parametrize(
    "text",
    ["该项目期限从20年起至50年不等，由双方协商确定。", "刑期從10年起跳，最高可判处无期徒刑。", "他98年来的第一份工作是在工厂做学徒。",
     "会后日方代表表示满意，双方达成了共识。"],
)
def test_lengths_arrivals_and_the_japanese_side_are_no_dates(text: str) -> None:
    assert intervals(text) == {}


def test_ten_minutes_of_a_situation_stay_ten_minutes() -> None:
    assert dates("他是十分钟情况下就能完成任务的高手。")["十分钟"][1] == "PT10M"


@pytest.mark.parametrize(
    ("text", "published", "phrase", "first"),
    [
        ("公司发布业绩指引，预计一季度营收同比增长20%，信心十足。", datetime(2024, 1, 17, 10), "一季度", "2024-01-01T00:00:00"),
        ("2023年6月1日消息，该项目如今已满一周年。昨日，记者来到现场。", datetime(2024, 6, 12, 10), "昨日", "2024-06-11T00:00:00"),
        ("2021年3月1日消息，昨日全市迎来强降雨，目前道路积水已经排除。", datetime(2024, 6, 12, 10), "昨日", "2021-02-28T00:00:00"),
        ("从98年起至今，他一直在这家公司工作。", datetime(2024, 6, 12, 10), "98年", "1998-01-01T00:00:00"),
        ("这是12年来的首次访问，意义重大。", datetime(2024, 6, 12, 10), "12年来", "2012-01-01T00:00:00"),
    ],
)
def test_the_tenth_review_of_this_round(text: str, published: datetime, phrase: str, first: str) -> None:
    assert Reading(published).intervals(text)[phrase][0] == first


@pytest.mark.parametrize("text", ["战后日本港口城市迅速恢复，成为重要的贸易中心。", "他十分钟爱国画，每天都要练习书法。"])
def test_postwar_japans_ports_and_a_love_of_painting_are_no_dates(text: str) -> None:
    assert intervals(text) == {}


def test_a_bare_day_datelines_month_before_march_is_february() -> None:
    """Stepping back 31 days from 1 March skipped February (新华社北京20日电 on 12 March read 20 January)."""
    found = Reading(datetime(2024, 3, 12, 10)).intervals("新华社北京20日电 国务院总理昨天在人民大会堂会见了来访的外国客人。")
    assert found["昨天"][0] == "2024-02-19T00:00:00"
