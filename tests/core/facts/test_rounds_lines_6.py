"""Dates, amounts and counts read on a sixth sample of single news lines and of whole dev pages,
written as news says them.

Every phrase here is our own; none comes from a held-out suite. The reference is 2024-06-12
10:00 (a Wednesday), the day the lines were read against.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.core.facts.reading import NEWS_LINES, Reading

facts, intervals, values, _dates = NEWS_LINES.facts, NEWS_LINES.intervals, NEWS_LINES.values, NEWS_LINES.dates


# ---- Datelines


@pytest.mark.parametrize(
    ("text", "yesterday"),
    [
        ("新华社北京２００１年３月５日电 国务院总理今天在人民大会堂作报告，昨天他会见了代表。", "2001-03-04"),
        ("本报北京1997年11月13日讯 记者今天从国务院获悉，昨天的会议已经结束了。", "1997-11-12"),
    ],
)
def test_a_datelines_year_is_its_todays(text: str, yesterday: str) -> None:
    assert _dates(text)["昨天"][1] == yesterday
    assert not any(v.startswith("2024") for v in values(text, "date"))


@pytest.mark.parametrize(
    ("text", "phrase", "day"),
    [
        ("新华社华盛顿6月12日电 投资者正等待周五公布的消费者信心指数。", "周五", "2024-06-14"),
        ("新华社北京6月12日电 外交部发言人周二表示，中方将继续推动对话。", "周二", "2024-06-11"),
    ],
)
def test_a_weekday_after_a_dateline_of_the_stamps_week_is_that_weeks(text: str, phrase: str, day: str) -> None:
    assert _dates(text)[phrase][1] == day


@pytest.mark.parametrize(
    ("text", "today"),
    [
        ("和讯消息 5月28日，央行今日在北京召开会议，研究部署下半年工作。", "2024-05-28"),
        ("5月28日和讯消息，央行今日在北京召开会议，研究部署下半年工作。", "2024-05-28"),
        ("新华社北京７月２７日电中国国务院总理今天在北京会见了来访的外国客人。", "2023-07-27"),
        ("新华社北京7月27日电，中国国务院总理今天在北京会见了来访的外国客人。", "2023-07-27"),
        ("新华社吉隆坡（马来西亚）５月２７日电 中国代表团今天在这里出席了会议。", "2024-05-27"),
        ("本报北京７月２７日讯，记者今天从有关部门获悉，新规已经出台。", "2023-07-27"),
    ],
)
def test_datelines_run_on_or_after_a_source_or_a_country_set_the_storys_today(text: str, today: str) -> None:
    assert values(text, "date")[0] == today
    assert "2024-06-12" not in values(text, "date")


def test_an_electric_bike_after_a_day_is_no_dateline() -> None:
    assert "2024-06-12" in values("社区3月5日电动自行车充电桩今天正式启用，居民纷纷前来体验。", "date")


def test_a_call_after_a_reporters_day_is_no_dateline() -> None:
    assert "2024-06-12" in values("本报记者11日电访该公司，今天公司发出声明，否认了有关报道。", "date")


@pytest.mark.parametrize(
    ("text", "phrase", "day"),
    [
        ("据《俄罗斯报》12月23日报道，俄罗斯政府已经批准了新的预算方案。", "12月23日", "2023-12-23"),
        ("据美联社12月23日消息，俄罗斯政府已经批准了新的预算方案。", "12月23日", "2023-12-23"),
        ("据《每日邮报》27日报道，这名男子在家中被警方逮捕，案件仍在调查。", "27日", "2024-05-27"),
        ("汽车之家6月22日报道 近日，编辑从安徽一家4S店了解到，目前车型有现车。", "6月22日", "2023-06-22"),
        ("据法国媒体8月26日报道，俄罗斯武装部队总参谋长当天表示，将进行改革。", "8月26日", "2023-08-26"),
    ],
)
def test_the_day_a_report_is_dated_is_behind_the_publication(text: str, phrase: str, day: str) -> None:
    assert _dates(text)[phrase][1] == day
    assert not any(v.startswith("2024-08-26") for v in values(text, "date"))


def test_a_dispatch_of_the_next_story_run_on_is_not_moved_back() -> None:
    text = "（本报墨西哥城１２月１日电）两国签署声明。面向新世纪的合作本报吉隆坡１２月１６日电 两国首脑今天举行会晤。"
    assert "2023-12-16" in values(text, "date")


# ---- Years


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("两千零四年的一月，温家宝总理在报告上亲笔批示，应慎重决策。", "两千零四年的一月", "2004-01"),
        ("在两千零八年八月八日晚上，北京奥运会隆重开幕，举世瞩目。", "两千零八年八月八日晚上", "2008-08-08T18:00/2008-08-09T00:00"),
        ("那个很凑巧就是我们在二千零四年的时候，拍了一个公益广告片。", "二千零四年", "2004"),
    ],
)
def test_a_year_said_as_spoken_is_that_year(text: str, phrase: str, value: str) -> None:
    assert _dates(text)[phrase][1] == value


@pytest.mark.parametrize(
    "text",
    ["一万两千零四年前，这里还是一片汪洋大海，没有任何陆地。", "距今一千零五年前，这里还是一片汪洋大海，没有任何陆地。"],
)
def test_the_tail_of_a_larger_number_is_no_years_ago(text: str) -> None:
    assert values(text, "date") == []


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("公司2011财年第一季度营收增长了百分之二十，超出市场预期。", "2011财年第一季度", "2011-01/2011-04"),
        ("公司2011财年上半年营收增长了百分之二十，超出市场预期。", "2011财年上半年", "2011-01/2011-07"),
        ("公司将发布2011财年Q4及全年未审计财务报告，投资者关注。", "2011财年Q4", "2011-10/2012-01"),
        ("公司2011会计年度第三季度营收增长了百分之二十，超出预期。", "2011会计年度第三季度", "2011-07/2011-10"),
    ],
)
def test_a_part_of_a_fiscal_year_is_of_that_year(text: str, phrase: str, value: str) -> None:
    assert _dates(text)[phrase][1] == value


def test_a_quarter_of_a_years_accounts_has_the_quarters_interval() -> None:
    assert _dates("公司2011年度第三季度营收增长了百分之二十，超出市场预期。")["2011年度第三季度"][2] == [
        "2011-07-01T00:00:00", "2011-09-30T23:59:59"]


# ---- Sums


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("他每年的收入大约在十五、六万元左右，生活比较宽裕。", "十五、六万元左右", "~150000-160000 CNY"),
        ("一件普通的衣服要卖三、四百元，让很多顾客望而却步。", "三、四百元", "~300-400 CNY"),
        ("门票分别为五、六元，游客络绎不绝，十分热闹。", "六元", "6 CNY"),
    ],
)
def test_two_numerals_in_a_row_with_a_pause_are_one_sum_about_them(text: str, phrase: str, value: str) -> None:
    assert {f["text"]: f["value"] for f in facts(text, "money")}[phrase] == value


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("该公司去年营业额达479亿元(港元，下同)，较前年增长12亿元。", ["47900000000 HKD", "1200000000 HKD"]),
        ("该公司去年营业额为12亿元（新台币），比前年增长了2亿元。", ["1200000000 TWD", "200000000 CNY"]),
        ("该公司去年营业额为12亿元（人民币，下同），比前年增长了3亿港元。", ["1200000000 CNY", "300000000 HKD"]),
    ],
)
def test_a_bare_yuan_takes_the_currency_its_bracket_names(text: str, found: list[str]) -> None:
    assert values(text, "money") == found


# ---- Words glossed by their date


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("明年也就是２００１年，我们将全面完成第九个五年计划。", "明年也就是２００１年", "2001"),
        ("去年（１９９９年）全市的工业总产值达到了一百亿元。", "去年（１９９９年）", "1999"),
        ("去年即１９９９年，全市的工业总产值达到了一百亿元。", "去年即１９９９年", "1999"),
        ("下周二也就是１０月１８日，双方将举行新一轮会谈。", "下周二也就是１０月１８日", "2024-10-18"),
        ("商务部发布数据显示，上周（6月3日至9日）全国食用农产品价格上涨。", "上周（6月3日至9日）", "2024-06-03/2024-06-10"),
        ("美国总统克林顿明天１３号将从文莱飞抵越南进行正式访问。", "明天１３号", "2024-06-13"),
    ],
)
def test_a_word_for_a_time_glossed_by_its_date_is_one_time(text: str, phrase: str, value: str) -> None:
    assert {p: v[1] for p, v in _dates(text).items()} == {phrase: value}


def test_the_number_of_a_line_after_tomorrow_is_no_day() -> None:
    assert values("市民注意，明天3号线将暂停运营一天，请提前安排出行。", "date") == ["2024-06-13"]


@pytest.mark.parametrize(
    "text",
    ["消防员连续奋战了數十小時，终于将大火扑灭，疲惫不堪。", "他们在山里走了数十天，终于找到了失踪的游客，非常幸运。"],
)
def test_scores_of_hours_are_no_ten_hours(text: str) -> None:
    assert values(text, "date") == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("“九五”期间，全省国民经济保持了持续快速健康的发展。", ["1996/2001"]),
        ("在“七五”、“八五”期间，我国的基础设施建设取得了巨大成就。", ["1986/1991", "1991/1996"]),
        ("“八五”期间（一九九一至一九九五年），全省经济快速增长。", ["1991/1996"]),
        ("商场推出九五折优惠活动，吸引了大批顾客前来购物，十分热闹。", []),
        ("他自视为九五之尊，目中无人，最终众叛亲离，下场凄惨。", []),
    ],
)
def test_the_sixth_to_ninth_five_year_plans_are_their_years(text: str, found: list[str]) -> None:
    assert values(text, "date") == found


# ---- Words of an era


@pytest.mark.parametrize(
    "text",
    [
        "中国和墨西哥拥有光辉灿烂的昨天，更有着充满生机和希望的明天。",
        "昨天的辉煌已经成为历史，今天的我们必须继续努力奋斗。",
        "让我们携手共创祖国的明天，为实现民族复兴而奋斗不息。",
        "相信崇礼的明天会更加美好，这里将成为世界级的滑雪胜地。",
        "对今天的消费者来说，假冒伪劣商品已经不再新鲜了。",
    ],
)
def test_yesterday_and_tomorrow_of_a_nation_are_no_days(text: str) -> None:
    assert values(text, "date") == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("发言人说由于台北天气好转希望明天恢复所有往返香港与台北的航班。", "2024-06-13"),
        ("昨天的比赛中，中国队以三比一战胜了对手，取得了开门红。", "2024-06-11"),
        ("今天的我们在这里召开大会，总结过去一段时间的工作成绩。", "2024-06-12"),
    ],
)
def test_a_day_hoped_for_or_a_match_is_a_day(text: str, day: str) -> None:
    assert values(text, "date") == [day]


# ---- Counts and sums that are none


@pytest.mark.parametrize(
    "text",
    [
        "马来西亚十三届国会的首次会议今天在吉隆坡召开，议员宣誓。",
        "公司七届董事会第五次会议审议通过了年度报告和利润分配方案。",
        "根据104人力银行的调查，超过六成的上班族想要转换跑道。",
        "本菲卡在客场2-0本菲卡的比赛中表现出色，球迷十分满意。",
        "欧元兑美元跌破1.2031支撑后，市场的避险情绪明显升温。",
    ],
)
def test_a_sitting_a_brand_a_score_and_a_support_are_no_counts(text: str) -> None:
    assert values(text, "count") == []


def test_terms_served_are_a_count() -> None:
    assert values("他曾担任了两届全国人大代表，深受群众的信任和爱戴。", "count") != []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("警方在他家中搜出两叠百元大钞，共计两万元，已经全部没收。", ["20000 CNY"]),
        ("他拿出一张100元面值的钞票，让店员找零，店员却发现是假的。", []),
        ("每人获发一张面值1,000港元的餐券，可到分店兑换免费餐膳。", ["1000 HKD"]),
    ],
)
def test_a_banknotes_face_value_is_no_sum(text: str, found: list[str]) -> None:
    assert values(text, "money") == found


# ---- Lengths


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("法院判处被告人3年有期徒刑，缓刑4年，并处罚金五万元。", "3年", "P3Y"),
        ("给予他留党察看二年的处分，并撤销其行政职务。", "二年", "P2Y"),
        ("两次全国人口普查间隔五年，人口数量发生了显著的变化。", "五年", "P5Y"),
        ("美国总统任期四年，可以连选连任一次，最多八年。", "四年", "P4Y"),
        ("时隔20年，他终于再次站上了世界冠军的领奖台。", "20年", "P20Y"),
        ("他在这家工厂共有三十八年的工龄，是厂里资格最老的工人。", "三十八年", "P38Y"),
    ],
)
def test_so_many_years_of_a_term_a_gap_or_a_sentence_are_a_length(text: str, phrase: str, value: str) -> None:
    assert _dates(text)[phrase][1] == value


@pytest.mark.parametrize(
    "text", ["全厂共有98年入厂的新工人三百多名，都已经上岗。", "对其处三年以下有期徒刑或者拘役，并处或者单处罚金。"]
)
def test_a_year_written_short_or_a_sentences_bound_is_no_length(text: str) -> None:
    assert values(text, "date") == []


# ---- What a review of these rules found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("今天23号詹姆斯砍下四十分，帮助球队赢得了比赛的胜利。", {"今天": "2024-06-12"}),
        ("明天10号文件将由省政府办公厅转发到各地市，请注意查收。", {"明天": "2024-06-13"}),
        ("@2024-07-01 昨天30号，全市普降大雨，多条道路出现积水。", {"昨天30号": "2024-06-30"}),
        ("@2024-07-01 昨天30日，全市普降大雨，多条道路出现积水。", {"昨天30日": "2024-06-30"}),
        ("@2025-01-10 上月（12月）全国居民消费价格指数同比上涨了一些。", {"上月（12月）": "2024-12"}),
        ("@2025-01-01 昨天也就是12月31日，市民们纷纷走上街头迎接新年。", {"昨天也就是12月31日": "2024-12-31"}),
        ("去年（1-12月）全省规模以上工业增加值增长了百分之五点六。", {"去年（1-12月）": "2023-01/2024-01"}),
        ("@2024-12-30 下周三，也就是1月1日，新的规定将正式实施。", {"下周三，也就是1月1日": "2025-01-01"}),
        ("去年就是1961年有完整气象记录以来最热的一年，各地高温。", {"去年": "2023", "1961年": "1961"}),
        ("6月8日从前线传来消息，他的遗体昨天下午已运回家乡安葬。", {"6月8日": "2024-06-08", "昨天下午": "2024-06-11T13:00/2024-06-11T18:00"}),
        ("警方通报6月3日电信诈骗案，嫌疑人昨天已被依法刑事拘留。", {"6月3日": "2024-06-03", "昨天": "2024-06-11"}),
        ("据悉，录取新生须于9月1日报道，逾期两周未报到者取消资格。", {"9月1日": "2024-09-01"}),
        ("据悉，该报将于6月20日报道此事的后续进展，敬请读者关注。", {"6月20日": "2024-06-20"}),
        ("@2024-05-23 英伟达公布2025财年第一季度财报，营收大幅增长超出预期。", {"2025财年第一季度": "2024-01/2024-04"}),
        ("这座古城距今已有两千零五年的历史，是国家级历史文化名城。", {}),
        ("营收突破千亿二季度净利润同比增长了不少，超出市场的预期。", {"二季度": "2024-04/2024-07"}),
    ],
)
def test_what_the_review_of_this_rounds_dates_found(text: str, found: dict[str, str]) -> None:
    reading, text = (Reading(datetime.fromisoformat(text[1:11]).replace(hour=10)), text[12:]) if text.startswith("@") else (NEWS_LINES, text)
    assert {phrase: value for phrase, (_, value, _) in reading.dates(text).items()} == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("公司营收479亿元（港元，下同），其中内地业务收入为人民币180亿元。", ["47900000000 HKD", "18000000000 CNY"]),
        ("三、四千元以上的订单可以享受免费送货上门的服务，十分方便。", ["4000+ CNY"]),
    ],
)
def test_what_the_review_of_this_rounds_sums_found(text: str, found: list[str]) -> None:
    assert values(text, "money") == found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("每户需要攤分接近16萬至18萬，业主们叫苦连天，纷纷表示难以承受。", "160000-180000 CNY"),
        ("该案涉款共3.3億，警方已经拘捕了十名嫌疑人，案件仍在调查。", "330000000 CNY"),
        ("每户要分摊约5万，居民们对此意见很大，要求政府出面解决。", "~50000 CNY"),
    ],
)
def test_a_sum_shared_or_at_stake_without_its_yuan_is_money(text: str, value: str) -> None:
    assert values(text, "money") == [value]


@pytest.mark.parametrize(
    "text",
    [
        "今日焦点：全港哀悼大埔火灾遇难者，各界纷纷表达慰问之情。",
        "这个周密的计划让所有人都感到非常满意，大家纷纷点赞。",
        "以富力湾为首的别墅带动下，再加上周边的潮白河黄金水道，房价上涨。",
        "青年周末：能说说您对当下艺术品市场不断出现的天价是如何看的？",
        "杨丽娟诉南方周末和南方日报名誉权侵权案近日在广州二审开庭。",
    ],
)
def test_a_heading_a_paper_and_words_with_zhou_are_no_week(text: str) -> None:
    assert not any(v.startswith("2024-W") or v.startswith("2024-06-1") for v in values(text, "date"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("这个周末全市将迎来一次明显的降温过程，请市民注意保暖。", "2024-06-15/2024-06-17"),
        ("上周报道的那起事故，目前已经查明原因，责任人被依法处理。", "2024-W23"),
        ("中广网武汉7月31日消息（记者左艾甫）老河口市经济适用房今天公开摇号。", "2023-07-31"),
    ],
)
def test_this_weekend_last_weeks_report_and_a_datelines_day_stay(text: str, value: str) -> None:
    assert values(text, "date") == [value]


@pytest.mark.parametrize(
    "text",
    [
        "母亲通常下午会午睡，醒来后就到楼下的公园散步，风雨不改。",
        "这里的人们通常晚上很早就睡觉，日出而作，日落而息。",
        "他每天下班回家后，都会把当天发生的事情写进日记里，从不间断。",
    ],
)
def test_the_time_of_a_habit_is_no_day(text: str) -> None:
    assert values(text, "date") == []


def test_a_day_told_after_a_habit_is_a_day() -> None:
    assert values("他平时晚上很少出门，但昨天晚上却去了酒吧，结果出了事。", "date") == ["2024-06-11T18:00/2024-06-12T00:00"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("七十年以来，这里一直是全国重要的粮食生产基地，贡献巨大。", ["1954-01-01T00:00:00/2024-06-12T10:00:01"]),
        ("冲突三个星期以来，双方死伤惨重，局势仍然十分紧张。", ["2024-05-22T00:00:00/2024-06-12T10:00:01"]),
        ("九八年以来，这里一直是全国重要的粮食生产基地，贡献巨大。", []),
        ("她抱着六個月大的女兒逃出火场，幸无大碍，令人感动不已。", []),
        ("警方在10个小时内就抓获了全部犯罪嫌疑人，破案速度惊人。", []),
    ],
)
def test_so_long_since_a_babys_age_and_how_fast(text: str, found: list[str]) -> None:
    assert values(text, "date") == found
    assert values(text, "count") == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("继5日80万多人参与全国大罢工后，工会昨日再次发起游行抗议。", ["2024-06-05", "2024-06-11"]),
        ("法国10日3万人参与了游行示威，抗议政府的养老金改革方案。", ["2024-06-10"]),
        ("该股5日10日20日均线呈多头排列，后市看好，投资者踊跃。", []),
    ],
)
def test_a_day_before_a_crowds_size_is_a_day(text: str, found: list[str]) -> None:
    assert values(text, "date") == found


# ---- Tense


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("9月3日，法院对此案进行了公开宣判，被告人当庭表示服从判决。", "2023-09-03"),
        ("8月17日，台军举行了大规模的军事演习，引起了各方的关注。", "2023-08-17"),
        ("10月24日上午海宁交警当场回放了监控视频，真相大白。", "2023-10-24T07:00/2023-10-24T12:00"),
        ("9月3日，法院将对此案进行公开宣判，届时将有大批记者旁听。", "2024-09-03"),
        ("9月3日，法院对此案进行公开宣判，被告人的家属到场旁听。", "2024-09-03"),
    ],
)
def test_a_day_opening_its_sentence_takes_the_tense_of_the_clause_after(text: str, value: str) -> None:
    assert values(text, "date") == [value]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("9月中日撞船事件发生后，两国关系一度陷入紧张，至今未能恢复。", ["2023-09"]),  # told as befallen: last year's
        ("１９９６年中德双边贸易额远远超过２００亿马克，约为建交初期的３倍。", ["1996"]),
        ("虽然越秀区人民法院上周一审判决邵老师败诉，但邵老师表示不服。", []),
        ("法院上周一审理了此案，并当庭作出了判决，被告人表示服从。", ["2024-06-03"]),
        ("圣诞老人给孩子们送来了礼物，商场里摆满了圣诞树和各种礼品。", []),
        ("今年圣诞节前夕，商场里摆满了圣诞树和各种礼品，十分热闹。", ["2024-12-22/2024-12-25"]),  # the days before
        ("本报北京9月29日讯新华社记者陈雁报道：中共中央组织部今天下午召开会议。", ["2023-09-29", "2023-09-29T13:00/2023-09-29T18:00"]),
        ("浙江在线01月02日讯昨日是小长假的第一天，市区超市人头攒动。", ["2024-01-02", "2024-01-01"]),
    ],
)
def test_a_pair_of_nations_a_trial_a_feasts_things_and_a_byline_run_on(text: str, found: list[str]) -> None:
    assert values(text, "date") == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("上周全国多地出现强降雨天气，部分地区发生了洪涝灾害。", ["2024-W23"]),
        ("本周期内，公司的营收保持了稳定的增长态势，前景看好。", []),
        ("那我在十个村不是八十个人她们来都带上周围的人来嘛。", []),
        ("自〇八年以来，这里一直是全国重要的粮食生产基地，贡献巨大。", []),
        ("自光绪三十年以来，这座书院一直是当地最重要的学府。", []),
        ("全区深入开展“六五”普法工作，取得了显著的成效，受到表扬。", []),
        ("在“八五”和“九五”后的年轻人中，这种消费观念十分普遍。", []),
        ("股票指数十月份以来持续下跌，投资者损失惨重，怨声载道。", ["2023-10-01T00:00:00/2024-06-12T10:00:01"]),
        ("6月10日起，该线路每天发车20班，当天首班车5时30分发出。", ["2024-06-10/..", "2024-06-10", "2024-06-10T05:30"]),
        ("球队昨天的辉煌胜利让球迷们欢欣鼓舞，纷纷走上街头庆祝。", ["2024-06-11"]),
    ],
)
def test_what_the_second_review_of_this_rounds_dates_found(text: str, found: list[str]) -> None:
    assert values(text, "date") == found


@pytest.mark.parametrize(
    ("text", "kind", "found"),
    [
        ("每户需要攤分接近16萬至18萬的维修费用，业主们叫苦连天。", "money", ["160000-180000 CNY"]),
        ("全区今年植树造林，每区分担2万，任务十分艰巨，时间紧迫。", "money", []),
        ("央行春节前投放3000亿元新钞，以满足居民的取现需求。", "money", ["300000000000 CNY"]),
    ],
)
def test_what_the_second_review_of_this_rounds_sums_found(text: str, kind: str, found: list[str]) -> None:
    assert values(text, kind) == found


@pytest.mark.parametrize(
    ("text", "kind", "found"),
    [
        ("考古队共发掘出土岩石2485块，砖头3000块，其中不乏珍贵的文物。", "money", []),
        ("他花了三千块买了一部手机，结果第二天就坏了，十分懊恼。", "money", ["3000 CNY"]),
        ("全国人大八届五次会议今天在北京开幕，代表们审议政府工作报告。", "count", []),
        ("一年来，董事会共召开了五次会议，审议通过了多项重要议案。", "count", ["5 次 会议"]),
        ("这款新车采用四轮驱动和四轮盘式制动，安全性能大大提升。", "count", []),
        ("（本报讯）7月17日，市政府召开新闻发布会，昨日已经公布了方案。", "date", ["2023-07-17", "2023-07-16"]),
    ],
)
def test_pieces_a_session_a_drive_and_a_bracketed_source(text: str, kind: str, found: list[str]) -> None:
    assert values(text, kind) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("该软件升级到6.7人性化设计更加完善，用户体验大大提升。", []),
        ("今年共有1.5万人参加了考试，比去年增加了两千人左右。", ["15000 人", "~2000 人"]),
    ],
)
def test_a_fraction_of_a_person_is_no_count(text: str, found: list[str]) -> None:
    assert values(text, "count") == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("价格在30万左右的车型最受欢迎，销量占了总销量的一半。", ["~300000 CNY"]),
        ("这套房子的价格为120万，比去年上涨了不少，买家望而却步。", ["1200000 CNY"]),
    ],
)
def test_a_price_in_wan_without_its_yuan_is_money(text: str, found: list[str]) -> None:
    assert values(text, "money") == found


def test_last_month_compared_with_a_month_named_is_the_one_before_it() -> None:
    text = "3月份全国居民消费价格比上月下降百分之一点二，比去年同期上涨。"
    assert {p: v for p, (_, v, _) in _dates(text).items()} == {"3月份": "2024-03", "上月": "2024-02", "去年同期": "2023-03"}


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("每到周末，公园里就挤满了前来游玩的市民，十分热闹。", "每到周末"),
        ("每到正月十五，村里都要挂起红灯笼，孩子们提着灯笼四处游玩。", "每到正月十五"),
        ("每到七八月，游客就多了，景区里人山人海，一票难求。", "每到七八月"),
    ],
)
def test_whenever_it_comes_round_recurs(text: str, phrase: str) -> None:
    assert _dates(text)[phrase][0] == "recurring"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("我们将在伊拉克驻军至少到０９年的一月底，由下一届总统决定。", ["2009-01-25/2009-02-01"]),
        ("98年的3月，他第一次来到深圳，在一家工厂里打工谋生。", ["1998-03"]),
        ("这是他们第20年的3月份，依然坚持在这里义务植树。", ["2024-03"]),
    ],
)
def test_a_year_written_short_then_its_month(text: str, found: list[str]) -> None:
    assert values(text, "date") == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("7月26日晚，巴黎奥运会开幕式门票已售出了百分之九十，一票难求。", ["2024-07-26T18:00/2024-07-27T00:00"]),
        ("10月1日，我们约好了一起去爬山，到时候大家在山脚下集合。", ["2024-10-01"]),
        ("首3日5万元，超过期限后再按日加收罚款，由承建商负担。", []),
        ("双方在谈判桌上周旋了整整三个月，终于达成了协议。", ["P3M"]),
        ("年初一开市就迎来了开门红，商户们个个笑逐颜开。", ["2024-01/2024-03"]),
        ("他每天早上7点出门，当天的报纸总是第一时间送到他手上。", ["每天早上7点"]),
        ("消防员连续奋战了约数十小时，终于将大火扑灭，疲惫不堪。", []),
        ("8月中日本央行宣布维持利率不变，市场反应平淡。", ["2024-08-10/2024-08-21"]),
        ("圣诞节老人们在养老院里一起唱歌跳舞，十分开心。", ["2024-12-25"]),
        ("今年上周到今天，全市共发生交通事故三十多起，死伤多人。", ["2024-06-03T00:00:00/2024-06-12T10:00:01"]),
    ],
)
def test_what_the_third_review_of_this_rounds_dates_found(text: str, found: list[str]) -> None:
    assert values(text, "date") == found


def test_a_sum_before_aid_is_no_count() -> None:
    assert values("调拨2000万支援灾区重建，帮助受灾群众渡过难关。", "count") == []


@pytest.mark.parametrize(
    ("text", "kind", "found"),
    [
        ("他花钱买了一块手表2000块，结果戴了两天就坏了，十分懊恼。", "money", ["2000 CNY"]),
        ("全市平均每户2.6人，家庭规模比上次普查时有所缩小。", "count", ["2.6 人"]),
        ("他等了10年的3月，终于等来了这个机会，激动得热泪盈眶。", "date", ["P10Y", "2024-03"]),
        ("3月份我们与上月确定的方案进行了比较，发现了不少问题。", "date", ["2024-03", "2024-05"]),
    ],
)
def test_what_the_fourth_review_of_this_rounds_rules_found(text: str, kind: str, found: list[str]) -> None:
    assert values(text, kind) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("北京时间22点，比赛正式开始，双方球员入场，观众欢呼雀跃。", ["2024-06-12T22:00"]),
        ("到北京时间１７点记者发稿时，中国代表团共取得了九枚金牌。", ["2024-06-12T17:00"]),
        ("19至20世纪，欧洲经历了工业革命带来的巨大变化，影响深远。", ["1800/2000"]),
        ("十八到十九世纪，欧洲经历了工业革命带来的巨大变化，影响深远。", ["1700/1900"]),
    ],
)
def test_a_zones_hour_in_dian_and_two_centuries_said_with_one_shiji(text: str, found: list[str]) -> None:
    assert values(text, "date") == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("在2012-13赛季的英超联赛中，他一共打进了二十五个进球。", ["2012/2014"]),
        ("1999-00赛季，他率队夺得了联赛冠军，成为俱乐部的传奇人物。", ["1999/2001"]),
        ("2003/04赛季，他率队夺得了联赛冠军，成为俱乐部的传奇人物。", ["2003/2005"]),
    ],
)
def test_a_season_across_two_years_is_both(text: str, found: list[str]) -> None:
    assert values(text, "date") == found


def test_so_long_after_a_day_moved_back_moves_with_it() -> None:
    assert values("9月14日，他住进了医院，10天后，他终于康复出院了，十分高兴。", "date") == ["2023-09-14", "2023-09-24"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("该公司去年亏损七点多亿美元，股价因此大跌，投资者损失惨重。", ["~700000000-800000000 USD"]),
        ("今年全市财政收入三点多亿元，比去年增长了一成以上。", ["~300000000-400000000 CNY"]),
    ],
)
def test_a_number_and_some_tenths_of_yi_is_about_it(text: str, found: list[str]) -> None:
    assert values(text, "money") == found


def test_a_surplus_of_grain_in_wan_is_no_money() -> None:
    assert values("今年全省粮食盈余300万，可以满足周边省份的部分需求。", "money") == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("9月14日，他被送进了医院，医生预计3个月后才能出院，家人十分担心。", ["2023-09-14", "2023-12"]),
        ("9月14日，考生参加了考试，今天查分后，10天后将填报志愿。", ["2023-09-14", "2024-06-12", "2024-06-22"]),
        ("19至20世纪初，欧洲经历了工业革命带来的巨大变化，影响深远。", ["1900/1920"]),
    ],
)
def test_what_the_fifth_review_of_this_rounds_rules_found(text: str, found: list[str]) -> None:
    assert values(text, "date") == found
