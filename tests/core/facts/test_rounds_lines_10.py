"""Dates, amounts and counts read on whole articles of 2026 news (Singapore, Malaysia, the
mainland, Taiwan and Hong Kong), written as news says them.

Every phrase here is our own; none comes from a held-out suite or from the articles read. The
reference is 2024-06-12 10:00 (a Wednesday), as for the rounds before.
"""

from __future__ import annotations

import pytest

from tests.core.facts.reading import NEWS_LINES

facts, intervals, values, dates = NEWS_LINES.facts, NEWS_LINES.intervals, NEWS_LINES.values, NEWS_LINES.dates


# ---- A range of years whose second is written by its last two digits


@pytest.mark.parametrize(
    ("text", "phrase", "interval"),
    [
        ("早在1923至35年间，殖民地政府就在这一带开辟了华人垦殖区。", "1923至35年", ["1923-01-01T00:00:00", "1935-12-31T23:59:59"]),
        ("该校在2018-19年度共录取了三千多名新生，创下历史新高。", "2018-19年", ["2018-01-01T00:00:00", "2019-12-31T23:59:59"]),
        ("1998至02年，这个地区的经济经历了一段漫长的低迷时期。", "1998至02年", ["1998-01-01T00:00:00", "2002-12-31T23:59:59"]),
    ],
)
def test_a_second_year_of_two_digits_is_in_the_firsts_century(text: str, phrase: str, interval: list[str]) -> None:
    assert intervals(text)[phrase] == interval


def test_a_second_year_below_the_first_far_from_a_century_is_none() -> None:
    assert not any(p.startswith("2015") and "至" in p for p in intervals("2015至12年的数据无法直接比较，统计口径已经改变。"))


# ---- A bare 元's currency: a bracket that goes on, a foreign sum said again, a Singapore story


def test_a_currency_bracket_going_on_past_its_currency_still_names_it() -> None:
    text = "据富豪指数显示，他目前的净值达360亿元（美元，下同，470亿新元），公司去年融资规模约74亿元，估值达500亿元。"
    assert values(text, "money") == ["36000000000 USD", "47000000000 SGD", "~7400000000 USD", "50000000000 USD"]


def test_a_foreign_sum_said_again_as_bare_yuan_keeps_its_currency() -> None:
    text = "这家公司去年出现近50亿美元（63亿6700万新元）亏损。消息人士透露，50亿元亏损包括旗下一家初创公司。"
    assert values(text, "money")[-1] == "5000000000 USD"


@pytest.mark.parametrize(
    "text",
    [
        "这家公司去年亏损了3亿美元，今年预计盈利5亿元人民币，另外还投资了3亿元建设新厂。",
        "这家公司去年亏损了3亿美元，今年预计投资了3亿元建设新厂，用于扩大在上海的产能。",
    ],
)
def test_a_mainland_sum_equal_to_a_foreign_one_stays_renminbi(text: str) -> None:
    assert values(text, "money")[-1] == "300000000 CNY"


def test_a_singapore_storys_estates_and_leases_make_its_yuan_singapores() -> None:
    text = ("如果一个99年地契的私宅项目只剩下约46年寿命，你愿意花215万元购买吗？今年第二季，就有买家购入位于第九区的"
            "乌节阁一个单位，最终以215万元的价格成交。")
    assert set(values(text, "money")) == {"2150000 SGD"}


# ---- A past story's year carried into the paragraphs after it


_COURT_STORY = (
    "根据案情，2023年9月16日至20日，被告上网搜寻作案方法，随后网购一把折叠刀。\n\n"
    "被刺伤的猫在9月23日被公众发现并送往诊所救治。\n\n"
    "10月6日，被告再次到组屋一带寻找目标，隔天凌晨2时许返回现场。\n\n"
    "管理局当天接获通报，他在同一天下午被捕。"
)


@pytest.mark.parametrize(
    ("phrase", "first"),
    [("9月23日", "2023-09-23T00:00:00"), ("10月6日", "2023-10-06T00:00:00"), ("隔天凌晨2时许", "2023-10-07T02:00:00"),
     ("当天", "2023-10-07T00:00:00"), ("同一天下午", "2023-10-07T13:00:00")],
)
def test_a_past_storys_year_goes_on_into_its_later_paragraphs(phrase: str, first: str) -> None:
    assert intervals(_COURT_STORY)[phrase][0] == first


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("2023年9月16日，该公司宣布了扩张计划。\n\n新工厂将于9月23日正式投产，届时将新增五百个岗位。", "9月23日"),
        ("2023年9月16日，该公司宣布了扩张计划。\n\n3月5日，公司董事会批准了新的预算方案。", "3月5日"),
    ],
)
def test_a_plan_or_a_day_before_the_years_stays_in_the_publications_year(text: str, phrase: str) -> None:
    assert intervals(text)[phrase][0].startswith("2024-")


# ---- Words inside other words, a paper's name, minutes after 零, years and months joined by 又


@pytest.mark.parametrize(
    "text",
    [
        "如今年轻人越来越少看电视，他们更喜欢在手机上观看短视频。",
        "当今年迈的父母大多独自生活，子女常年在外地工作。",
        "2023年，球队签下了这名球员，但双方并未披露转会费和合同年限。",
    ],
)
def test_nowadays_before_young_and_a_contracts_years_are_no_year(text: str) -> None:
    assert not any(phrase in ("今年", "同年") for phrase in intervals(text))


def test_this_years_end_after_until_stays_a_date() -> None:
    assert "今年底" in intervals("至今年底，该市将新建保障性住房三万套，解决困难家庭的住房问题。")


def test_each_last_month_in_a_release_is_the_month_before_the_one_reported() -> None:
    text = "2024年4月，新房价格较上月上涨0.5%，二手房价格较上月上涨0.3%，租金较上月下跌0.1%。"
    assert [f["value"] for f in facts(text, "date") if f["text"] == "上月"] == ["2024-03"]  # one fact, said three times


def test_a_papers_name_gives_no_day_for_the_same_day_to_count_from() -> None:
    assert intervals("据《新明日报》报道，事发当天警方接获报案后赶到现场，将男子逮捕。") == {}


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("警方在凌晨4时零4分接获报案，10分钟后抵达现场。", "凌晨4时零4分", "2024-06-12T04:04:00"),
        ("警方在凌晨4时零4分接获报案，10分钟后抵达现场。", "10分钟后", "2024-06-12T04:14:00"),
    ],
)
def test_a_minute_after_zero_in_digits_is_kept(text: str, phrase: str, first: str) -> None:
    assert intervals(text)[phrase][0] == first


@pytest.mark.parametrize(("text", "length"), [("法院判处他入狱两年又七个月，并禁止他饲养宠物。", "P2Y7M"), ("法院判处他入狱12年又5个月，另外还须鞭打12下。", "P12Y5M")])
def test_years_and_months_joined_by_you_are_one_length(text: str, length: str) -> None:
    assert length in values(text, "date")


# ---- A weekday's week told by its tense


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("新措施将在星期一生效，所有商家必须遵守新的规定。", "星期一", "2024-06-17T00:00:00"),
        ("美联储周一将基准利率维持在原来的水平，市场反应平静。", "周一", "2024-06-10T00:00:00"),
        ("会议原定将于周一举行，但因故取消，改期另行通知。", "周一", "2024-06-10T00:00:00"),
        ("苹果周一宣布将推出新产品，吸引了大批记者到场。", "周一", "2024-06-10T00:00:00"),
        ("他周一发布了新产品，吸引了大批记者到场。", "周一", "2024-06-10T00:00:00"),
        ("彭博记者周日晚间发布报导指出，团队近期进行了裁员。", "周日晚间", "2024-06-09T18:00:00"),
        ("警方星期六晚上8时在机场逮捕了三名男子，起获大批毒品。", "星期六晚上8时", "2024-06-08T20:00:00"),
        ("消防人员在周四清晨表示，火势已经受到控制。", "周四清晨", "2024-06-13T05:00:00"),
    ],
)
def test_a_weekday_a_plan_governs_is_next_weeks_and_one_told_done_last_weeks(text: str, phrase: str, first: str) -> None:
    assert intervals(text)[phrase][0] == first


# ---- National Day in a Singapore or Malaysian story


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("组屋区居民在宏茂桥庆祝国庆，活动吸引了上千名居民参加。", "国庆", "2024-08-09T00:00:00"),
        ("马来西亚今年国庆将在吉隆坡举行盛大庆典，首相将出席庆祝活动。", "今年国庆", "2024-08-31T00:00:00"),
        ("中国国庆期间，许多新加坡游客前往北京旅游，组屋区的居民也不例外。", "国庆期间", "2024-10-01T00:00:00"),
    ],
)
def test_national_day_is_the_home_countrys(text: str, phrase: str, first: str) -> None:
    assert intervals(text)[phrase][0] == first


def test_singapores_national_day_rally_is_no_national_day() -> None:
    assert intervals("总理黄循财在国庆群众大会上宣布，政府将推出新的组屋政策，让组屋价格更加亲民。") == {}


@pytest.mark.parametrize(
    ("text", "phrase", "interval"),
    [
        ("该球员在1982/1983年赛季代表球队出场了三十场比赛。", "1982/1983年", ["1982-01-01T00:00:00", "1983-12-31T23:59:59"]),
        ("该校在2015/16年度共录取了三千多名新生，创下历史新高。", "2015/16年", ["2015-01-01T00:00:00", "2016-12-31T23:59:59"]),
    ],
)
def test_a_seasons_two_years_split_by_a_slash_are_read_whole(text: str, phrase: str, interval: list[str]) -> None:
    assert intervals(text)[phrase] == interval


# ---- What two reviews of this round's rules found worse, mended


@pytest.mark.parametrize(
    "text",
    [
        "该公司去年投资了50亿美元（约合350亿元人民币），今年上海分公司的营收达到50亿元。",
        "这家车企计划投资50亿美元（约合65亿新元），国内营收则达到50亿元，同比增长12%。",
    ],
)
def test_a_home_sum_merely_matching_a_foreign_figure_stays_the_homes(text: str) -> None:
    assert values(text, "money")[-1].endswith("CNY")


def test_a_bracket_listing_currencies_names_none() -> None:
    assert values("各国央行今年共增持折合2000亿元（美元、欧元、日元等）的外汇储备。", "money") == ["200000000000 CNY"]


@pytest.mark.parametrize(
    "text",
    [
        "居民们在新山村的文化广场举行了庆祝活动，村委会拨款10万元用于翻修新山村的道路。",
        "他骑着全新山地车上路，觉得孤独中也有乐趣，这辆车花了他8000元。",
    ],
)
def test_words_inside_mainland_words_tell_no_malaysian_story(text: str) -> None:
    assert all(v.endswith("CNY") for v in values(text, "money"))


@pytest.mark.parametrize(
    "text",
    [
        "中国驻新加坡大使馆在组屋区附近的酒店举行国庆招待会，宏茂桥的居民也参加了。",
        "组屋区的中国留学生在宏茂桥庆祝祖国国庆，气氛十分热烈。",
    ],
)
def test_chinas_national_day_in_a_singapore_story_stays_chinas(text: str) -> None:
    assert [first[5:10] for first, _ in intervals(text).values()] == ["10-01"]


@pytest.mark.parametrize("text", ["从1949到75年后的今天，这座城市发生了翻天覆地的变化。", "当局援引1959/63年移民法令的条文，将两人延扣调查。"])
def test_a_year_then_a_length_or_a_laws_name_is_no_range(text: str) -> None:
    assert not any("/" in p or "到" in p for p in intervals(text))


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("2020年的大选中，他以微弱优势胜出。\n本届大选11月5日举行，他将再次参选。", "11月5日", "2024-11-05T00:00:00"),
        ("这位选手以2时零8分的成绩夺得冠军，打破了赛会纪录。", "2时零8分", None),
    ],
)
def test_a_coming_event_after_a_background_and_a_race_time_are_not_moved(text: str, phrase: str, first: str | None) -> None:
    assert intervals(text).get(phrase, [None])[0] == first


# ---- Plenums, a law's sections, not a cent, 起获, pairs of quarters, a decade's end, listings


@pytest.mark.parametrize(
    "text",
    ["中共今年1月的五次全会决定，将在明年召开党代会。", "美国依据301条款和232条款对中国商品加征关税。"],
)
def test_a_plenums_number_and_a_laws_section_are_no_counts(text: str) -> None:
    assert facts(text, "count") == []


def test_not_a_cent_left_is_no_sum() -> None:
    assert facts("她身后无亲友联系，也没有留下一分钱与证件，善后一度困难。", "money") == []


def test_a_seizure_on_a_day_is_that_day() -> None:
    assert dates("警方于6月10日起获大批毒品，并逮捕了三名嫌犯。")["6月10日"][0] == "exact"


@pytest.mark.parametrize(
    ("text", "phrase", "interval"),
    [
        ("预计三、四季度经济增速将进一步放缓，全年目标面临挑战。", "三、四季度", ["2024-07-01T00:00:00", "2024-12-31T23:59:59"]),
        ("他预计，三四季度外贸对经济增速的拉动作用会进一步减弱。", "三四季度", ["2024-07-01T00:00:00", "2024-12-31T23:59:59"]),
        ("这家公司在1986年至2000年代一直是行业的龙头企业。", "1986年至2000年代", ["1986-01-01T00:00:00", "2009-12-31T23:59:59"]),
        ("讲座详情如下：\n日期：9月11日（星期五）\n时间：下午4时至5时30分\n地点：国家图书馆", "下午4时至5时30分",
         ["2024-09-11T16:00:00", "2024-09-11T17:30:59"]),
    ],
)
def test_pairs_of_quarters_a_decades_end_and_a_listings_time(text: str, phrase: str, interval: list[str]) -> None:
    assert intervals(text)[phrase] == interval


def test_quarters_not_one_after_the_other_are_no_pair() -> None:
    assert "一、三季度" not in intervals("该公司一、三季度的业绩较好，二季度则出现亏损。")


@pytest.mark.parametrize(
    ("text", "phrase", "interval"),
    [
        ("报告显示，在截至5月底的12个月里，美国年通胀率上升了3.7%。", "5月底的12个月里", ["2023-06-01T00:00:00", "2024-05-31T23:59:59"]),
        ("微软计划在截至2029年的五年间，加码投资55亿美元用于云计算。", "2029年的五年间", ["2025-01-01T00:00:00", "2029-12-31T23:59:59"]),
        ("在截至3月22日的13周内，该公司的销售额增长了8%。", "3月22日的13周内", ["2023-12-23T00:00:00", "2024-03-22T23:59:59"]),
        ("截至9月30日的三个月，公司净利润为5亿元。", "9月30日的三个月", ["2023-07-01T00:00:00", "2023-09-30T23:59:59"]),
    ],
)
def test_a_span_ending_on_a_day_said_after_jiezhi(text: str, phrase: str, interval: list[str]) -> None:
    assert intervals(text)[phrase] == interval


# ---- A year's first months, a year's tail, 周 as a surname


@pytest.mark.parametrize(
    ("text", "phrase", "interval"),
    [
        ("今年首三个月，该公司的营收同比增长了12%，利润大幅上升。", "今年首三个月", ["2024-01-01T00:00:00", "2024-03-31T23:59:59"]),
        ("因为2011年头6个月，银行的信贷成长额已经达到6%。", "2011年头6个月", ["2011-01-01T00:00:00", "2011-06-30T23:59:59"]),
    ],
)
def test_a_years_first_months_said_with_shou_or_tou(text: str, phrase: str, interval: list[str]) -> None:
    assert intervals(text)[phrase] == interval


def test_a_years_tail_is_its_end() -> None:
    assert intervals("这家分店在2023年尾开张，主打新马美食。")["2023年尾"][1] == "2023-12-31T23:59:59"


@pytest.mark.parametrize(
    "text",
    ["工程师周天奕表示，这个项目在开源后获得了很多关注。", "记者联系到工程师周天奕。\n周天奕说，这个项目在开源后获得了很多关注。"],
)
def test_zhou_with_a_given_name_after_a_title_is_a_name(text: str) -> None:
    assert "周天" not in intervals(text)


def test_zhou_before_a_part_of_the_day_stays_a_weekday() -> None:
    assert "周日上午" in intervals("记者周日上午在现场看到，大批民众前来参观展览。")


@pytest.mark.parametrize(
    ("text", "phrase"),
    [("1978年改革开放以来，中国经济实现了快速增长。", "1978年改革开放以来"), ("2020年疫情以来，该市的旅游业遭受重创。", "2020年疫情以来")],
)
def test_a_year_and_a_short_event_before_yilai_is_a_span_to_now(text: str, phrase: str) -> None:
    assert intervals(text)[phrase] == [phrase[:4] + "-01-01T00:00:00", "2024-06-12T10:00:00"]


def test_chips_counted_in_kuai_are_no_yuan() -> None:
    assert facts("该公司部署了超过100万块GPU，用于训练大模型。", "money") == []


# ---- The second read: decades to come, 明日 and 今日 inside words, National Day's year, fiscal years, lengths to a year


@pytest.mark.parametrize(
    ("text", "phrase", "interval"),
    [
        ("专家预计，到2030年代初，全球人口将达到85亿。", "2030年代初", ["2030-01-01T00:00:00", "2032-12-31T23:59:59"]),
        ("公司预计在2050年代中期实现商业化运营。", "2050年代中", ["2053-01-01T00:00:00", "2056-12-31T23:59:59"]),
        ("公司公布截至6月底的2024财年业绩，净利润为5亿元。", "6月底的2024财年", ["2023-07-01T00:00:00", "2024-06-30T23:59:59"]),
    ],
)
def test_decades_to_come_and_a_fiscal_year_its_end_names(text: str, phrase: str, interval: list[str]) -> None:
    assert intervals(text)[phrase] == interval


@pytest.mark.parametrize(
    "text",
    ["日本外相表明日本将继续支持乌克兰，并提供更多援助。", "如今日本经济面临通缩压力，政府推出多项刺激措施。", "报告说明日后的工作重点，各部门须认真落实。"],
)
def test_ming_ri_and_jin_ri_inside_other_words_are_no_days(text: str) -> None:
    assert intervals(text) == {}


def test_tomorrow_after_a_word_said_stays() -> None:
    assert intervals("他表示明日将召开记者会，公布调查结果。")["明日"][0] == "2024-06-13T00:00:00"


def test_national_day_with_its_year_in_a_singapore_story() -> None:
    text = "2022年的国庆庆典在滨海湾浮动舞台举行，组屋区居民热烈庆祝，宏茂桥也举办了庆祝活动。"
    assert intervals(text)["2022年的国庆"][0] == "2022-08-09T00:00:00"


@pytest.mark.parametrize(
    ("text", "absent"),
    [("合同为期12年至2039年，价值170亿丹麦克朗。", "12年至2039年"), ("日本在2023年经历了有记录以来最炎热的夏季。", "2023年经历了有记录以来")],
)
def test_a_length_before_a_year_and_ever_are_no_spans(text: str, absent: str) -> None:
    assert absent not in intervals(text)


def test_a_singapore_papers_dated_weekdays_tell_its_yuan() -> None:
    text = ("新加坡家庭负债今年第二季同比增长8.3%。金融管理局星期二（8月25日）公布数据，家庭负债达3.8261万亿元。"
            "我国家庭资产同期增至4228亿元，我国分析师认为，新加坡的情况仍然稳健。")
    assert all(v.endswith("SGD") for v in values(text, "money"))


@pytest.mark.parametrize(
    "text",
    [
        "这枚火箭将把宇航员送上月球，实现人类重返月球的梦想。",
        "乘客们纷纷走上月台，等待列车进站。",
        "歌迷们一路追上周杰伦的车，希望能拿到签名。",
        "他一时三刻也说不清楚，只好先回家再说。",
        "孩子们徒步欣赏丹霞地貌，走进鲜活的地球日记。",
        "这座古城已有近1500年历史，吸引了大量游客前来参观。",
        "这项工程历时近四分之一个世纪才最终完成。",
    ],
)
def test_days_inside_other_words_are_none(text: str) -> None:
    assert intervals(text) == {}


def test_last_month_before_taipei_stays_last_month() -> None:
    assert "上月" in intervals("在上月台北电脑展上首度亮相的平板已经通过检测。")


@pytest.mark.parametrize(
    ("text", "phrase", "interval"),
    [
        ("上星期四至星期天，该地区连续出现强降雨天气。", "上星期四至星期天", ["2024-06-06T00:00:00", "2024-06-09T23:59:59"]),
        ("下周一至周五，该地区将连续出现强降雨天气。", "下周一至周五", ["2024-06-17T00:00:00", "2024-06-21T23:59:59"]),
    ],
)
def test_a_weekday_range_stays_in_the_week_its_first_day_counts(text: str, phrase: str, interval: list[str]) -> None:
    assert intervals(text)[phrase] == interval


# ---- What a review of the second read's rules found worse, mended


@pytest.mark.parametrize(
    ("text", "phrase", "first", "last"),
    [
        ("该股2019年创下上市以来最高价，随后一路下跌。", "2019年", "2019-01-01T00:00:00", "2019-12-31T23:59:59"),
        ("公司截至2024年3月底的2023财年净利润大增。", "2024年3月底的2023财年", "2023-04-01T00:00:00", "2024-03-31T23:59:59"),
        ("到2050年代中国的人口将大幅减少。", "2050年代", "2050-01-01T00:00:00", "2059-12-31T23:59:59"),
        ("北京市2024年尾号限行规则公布，市民须遵守。", "2024年", "2024-01-01T00:00:00", "2024-12-31T23:59:59"),
        ("律师周六对媒体表示，将提出上诉。", "周六", "2024-06-08T00:00:00", "2024-06-08T23:59:59"),
        ("6月11日记者从市教育局获悉，今年共有5万名考生报名。", "6月11日", "2024-06-11T00:00:00", "2024-06-11T23:59:59"),
        ("上月台风过境，造成大面积停电。", "上月", "2024-05-01T00:00:00", "2024-05-31T23:59:59"),
        ("他说明日本港将有大雨，市民应做好准备。", "明日", "2024-06-13T00:00:00", "2024-06-13T23:59:59"),
    ],
)
def test_what_the_review_of_the_second_reads_rules_found(text: str, phrase: str, first: str, last: str) -> None:
    assert intervals(text)[phrase] == [first, last]


def test_a_contracts_first_months_are_a_length() -> None:
    assert "第1年头6个月" not in intervals("合同规定，第1年头6个月为试用期。")


def test_a_price_before_a_products_name_stays_a_price() -> None:
    assert values("他花了3000块iPhone的钱买了一台电脑。", "money") == ["3000 CNY"]


@pytest.mark.parametrize("text", ["广州市乐龄人士可免费乘坐公交，另外每月领取300元补贴。", "德士古公司在上海投资了5000万元建设加油站，当地居民称乐龄服务很好。"])
def test_mainland_stories_with_shared_words_stay_renminbi(text: str) -> None:
    assert all(v.endswith("CNY") for v in values(text, "money"))


# ---- What a review of the first mends found worse, mended again


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("2023年9月，两名男子发生争执。\n他在10月6日持刀砍伤了对方，随后逃离现场。", "10月6日", "2023-10-06T00:00:00"),
        ("2023年9月，两名男子发生争执。\n案件的判决日期为10月6日，届时被告须出庭。", "10月6日", "2024-10-06T00:00:00"),
        ("该会议定于周一召开，届时将讨论预算。", "周一", "2024-06-17T00:00:00"),
        ("部长星期一将前往太原访问，讨论合作事宜。", "星期一", "2024-06-17T00:00:00"),
        ("美联储周一将基准利率维持在原来的水平。", "周一", "2024-06-10T00:00:00"),
        ("公司预计截至9月30日的三个月营收将增长10%。", "9月30日的三个月", "2024-07-01T00:00:00"),
    ],
)
def test_what_the_review_of_the_first_mends_found(text: str, phrase: str, first: str) -> None:
    assert intervals(text)[phrase][0] == first


@pytest.mark.parametrize(
    ("text", "absent"),
    [("该公司连续12个季度实现盈利。", "12个季度"), ("截至4月底的一年期LPR为3.45%。", "4月底的一年"), ("如今年幼的孩子大多由祖父母照顾。", "今年")],
)
def test_counts_of_quarters_terms_and_the_young_are_no_spans(text: str, absent: str) -> None:
    assert absent not in intervals(text)


# ---- What a review of the second mends found worse, mended (not reviewed again)


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("2023年9月，两人发生争执。\n法院在10月6日开庭审理了此案，被告当庭认罪。", "10月6日", "2023-10-06T00:00:00"),
        ("名将周一在比赛中受伤，无法继续比赛。", "周一", "2024-06-10T00:00:00"),
        ("上周宣布将于周一实施的新规定已推迟。", "周一", "2024-06-10T00:00:00"),
        ("今年3、4季度的增长将放缓。", "今年3、4季度", "2024-07-01T00:00:00"),
    ],
)
def test_what_the_review_of_the_second_mends_found(text: str, phrase: str, first: str) -> None:
    assert intervals(text)[phrase][0] == first


def test_a_deadline_after_a_past_storys_paragraph_stays_ahead() -> None:
    text = "2023年9月，两人发生争执。\n被告须在10月6日前向法院提交答辩。"
    assert intervals(text)["10月6日前"][1] == "2024-10-06T23:59:59"


def test_a_january_forecast_of_the_quarter_just_ended_is_last_years() -> None:
    text = "三星预计截至12月31日的三个月营业利润将达到6.5万亿韩元。"
    assert intervals(text)["12月31日的三个月"] == ["2023-10-01T00:00:00", "2023-12-31T23:59:59"]


@pytest.mark.parametrize("text", ["乘客挤上月台等候列车。", "报告表明日本市场需求疲软。"])
def test_more_words_that_hold_a_day_are_none(text: str) -> None:
    assert intervals(text) == {}


def test_chips_named_by_model_are_counted() -> None:
    assert facts("公司采购了15万块H100芯片，用于训练大模型。", "money") == []


# ---- A word's 陆 or 伍 before a count


@pytest.mark.parametrize(
    ("text", "value"),
    [("非洲大陆五个国家的领导人出席了峰会。", "5 个 国家"), ("中国大陆三家企业入选了这份榜单。", "3 家 企业")],
)
def test_lu_and_wu_ending_a_word_leave_the_count_after_them(text: str, value: str) -> None:
    assert values(text, "count") == [value]


@pytest.mark.parametrize(("text", "value"), [("合同金额为人民币陆万伍仟元整。", "65000 CNY"), ("合同金额为人民币伍十万元整。", "500000 CNY")])
def test_bankers_numerals_stay_one_sum(text: str, value: str) -> None:
    assert values(text, "money") == [value]


def test_a_foreign_figure_said_twice_is_matched_by_either_mentions_words() -> None:
    text = "公司去年亏损近50亿美元（63亿新元），另有50亿美元（63亿新元）投资。消息人士透露，50亿元投资主要用于研发。"
    assert "5000000000 SGD" not in values(text, "money")  # the story's home is Singapore's; the sum is the dollars said again
