"""Dates, amounts and counts read on a third sample of single news lines and on the classes a
spoken-query suite's dev half showed (fst-time-nlu), written as news says them.

Every phrase here is our own; none comes from a held-out suite. The reference is 2024-06-12
10:00 (a Wednesday), the day the lines were read against.
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
        ("据悉，双方将于明天上午9至11时在北京举行正式会谈。", "明天上午9至11时", ["2024-06-13T09:00:00", "2024-06-13T11:00:00"]),
        ("据悉，双方将于6月13日上午9～11时在北京举行正式会谈。", "6月13日上午9～11时", ["2024-06-13T09:00:00", "2024-06-13T11:00:00"]),
        ("受强降雨影响，预计今天14~17时将有雷阵雨天气出现。", "今天14~17时", ["2024-06-12T14:00:00", "2024-06-12T17:00:00"]),
        ("记者昨天晚上9~11点在现场看到，围观群众越来越多。", "昨天晚上9~11点", ["2024-06-11T21:00:00", "2024-06-11T23:00:00"]),
        ("考试时间为上午9至11时，请考生提前到场，注意安排。", "上午9至11时", ["2024-06-12T09:00:00", "2024-06-12T11:00:00"]),
    ],
)
def test_hours_from_one_to_another_with_the_unit_said_once(text: str, phrase: str, interval: list[str]) -> None:
    assert intervals(text)[phrase] == interval


def test_points_from_one_to_another_are_no_hours() -> None:
    assert list(intervals("上证指数昨天上涨3至5点，成交量明显放大，市场情绪回暖。")) == ["昨天"]


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("据国外媒体12月16日报道，摩托罗拉15日在主页发布了新款手机的图片。", "15日", "2023-12-15T00:00:00"),
        ("新华社莫斯科11月4日电 俄罗斯总统3日说，两国关系良好。", "3日", "2023-11-03T00:00:00"),
        ("2010年7月14日据俄新网报道，俄罗斯海军13日发射了一枚导弹。", "13日", "2010-07-13T00:00:00"),
        ("10月5日抵达北京，此前他已于3日访问了上海和天津。", "3日", "2024-10-03T00:00:00"),
        ("10月5日抵达北京，并于7日离开前往上海。", "7日", "2024-10-07T00:00:00"),
    ],
)
def test_a_bare_day_before_the_day_named_is_of_its_month(text: str, phrase: str, first: str) -> None:
    assert intervals(text)[phrase][0] == first


def test_a_day_far_back_from_a_dateline_is_the_publications() -> None:
    said = Reading(datetime(2024, 12, 1, 10, 0)).intervals("新华社上海11月30日电 记者获悉，该市将于1日起实施新规。")
    assert said["1日起"][0] == "2024-12-01T00:00:00"


@pytest.mark.parametrize(
    "text",
    [
        "这个结果说明天然气价格还会继续上涨，用户需提早准备。",
        "这个结果说明年轻人越来越重视健康，消费观念正在改变。",
        "据台湾今日新闻网报道，有声音质疑开放陆资的做法。",
        "明天集团旗下多家公司的股价出现了集体下跌，投资者恐慌。",
        "这些年，当地政治清明，经济发展，百姓安居乐业。",
    ],
)
def test_a_day_word_that_is_half_of_two_words_is_none(text: str) -> None:
    assert facts(text, "date") == []


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("他说明天然后再去医院复查，医生同意了这一安排。", "明天"),
        ("他说明天会下雨，大家出门记得带伞，注意安全。", "明天"),
        ("明年轻轨三号线将建成通车，方便市民出行。", "明年"),
    ],
)
def test_a_day_word_before_a_word_of_its_own_stays(text: str, phrase: str) -> None:
    assert phrase in intervals(text)


# ---- Amounts


@pytest.mark.parametrize(
    ("text", "kind", "found"),
    [
        ("今年共有1000对新人参加集体婚礼，场面十分壮观热闹。", "count", ["1000 对 新人"]),
        ("今年共有11对新人参加集体婚礼，场面十分壮观热闹。", "count", ["11 对 新人"]),
        ("孩子们三三两两对对坐在草地上，有说有笑，十分开心。", "count", []),
        ("11对战平台即将支持教育网，不用太担心上学之后不能玩。", "count", []),
        ("市委五届二次全会昨天召开，会议审议通过了有关决议。", "count", []),
        ("中国队将参加17-32名排位赛，对手是实力强劲的韩国队。", "count", []),
        ("广场上安装了200盏路灯，把整个广场照得如同白昼。", "count", ["200 盏 路灯"]),
        ("寺里供奉着3尊佛像，还有5扇屏风和60顶帐篷。", "count", ["3 尊 佛像", "5 扇 屏风", "60 顶 帐篷"]),
        ("他们一顶一地把帐篷搭好，大家都要尊重别人的劳动。", "count", []),
        ("公司去年每股收益-0.01元，较上年同期大幅下降。", "money", ["-0.01 CNY"]),
        ("该公司净利润为-5000万元，亏损幅度有所收窄。", "money", ["-50000000 CNY"]),
        ("以前往年的咖啡价格是26元-27元/公斤，所以要客观看待。", "money", ["26-27 CNY"]),
        ("门票价格为30-50元，学生凭证件可享受半价优惠。", "money", ["30-50 CNY"]),
    ],
)
def test_a_third_reads_amounts(text: str, kind: str, found: list[str]) -> None:
    assert values(text, kind) == found


@pytest.mark.parametrize(
    "text",
    [
        "苹果股价在发布当日下跌了2%，市值蒸发数百亿美元。",
        "苹果股价在发布会当天下跌了2%，市值蒸发数百亿美元。",
        "借款人应在还款当日将款项存入指定账户，否则将产生罚息。",
    ],
)
def test_an_events_day_with_no_day_told_is_none(text: str) -> None:
    assert facts(text, "date") == []


@pytest.mark.parametrize(
    ("text", "phrase", "year"),
    [
        ("二0一0年全市生产总值达到五千亿元，增长百分之十。", "二0一0年", "2010"),
        ("二OOO年，他考入北京大学中文系学习，后来成为作家。", "二OOO年", "2000"),
        ("力争到二０００年实现人均国内生产总值翻一番。", "二０００年", "2000"),
        ("一九9八年夏天，长江流域发生了特大洪水，损失惨重。", "一九9八年夏天", "1998"),
        ("二〇一〇年全市生产总值达到五千亿元，比上年增长百分之十。", "上年", "2009"),
    ],
)
def test_years_in_chinese_digits_keyed_in_full_width_are_years(text: str, phrase: str, year: str) -> None:
    assert intervals(text)[phrase][0].startswith(year)


@pytest.mark.parametrize(
    ("text", "interval"),
    [
        ("今年一至五月，全市出口额比去年同期增长两成，形势喜人。", ["2023-01-01T00:00:00", "2023-05-31T23:59:59"]),
        ("今年一季度，全市出口额比去年同期增长两成，形势喜人。", ["2023-01-01T00:00:00", "2023-03-31T23:59:59"]),
        ("4月份人民币贷款增加6818亿元，比上年同期少4077亿元。", ["2023-04-01T00:00:00", "2023-04-30T23:59:59"]),
        ("一九九七年一至十一月，全市出口额比上年同期增长两成。", ["1996-01-01T00:00:00", "1996-11-30T23:59:59"]),
        ("2010年，全市出口额比上年同期增长两成，形势喜人。", ["2009-01-01T00:00:00", "2009-12-31T23:59:59"]),
        ("全市出口额比去年同期增长两成，形势喜人，前景看好。", ["2023-01-01T00:00:00", "2023-12-31T23:59:59"]),
    ],
)
def test_the_same_period_last_year_is_the_period_named_a_year_back(text: str, interval: list[str]) -> None:
    assert [f["interval"] for f in facts(text, "date") if f["text"].endswith("同期")] == [interval]


@pytest.mark.parametrize(
    ("text", "phrase", "duration"),
    [
        ("此前这类签证的有效期为3个月，现在延长了很多。", "3个月", "P3M"),
        ("交通银行比原计划提前18个月实现盈亏平衡，业绩喜人。", "18个月", "P18M"),
        ("会谈进行了两个多小时，双方交换了意见并达成共识。", "两个多小时", "PT2H"),
        ("大约3个小时的车程便到达了秦皇岛，大家都很累。", "大约3个小时", "PT3H"),
        ("需要7个小时左右才能到达目的地，大家做好准备。", "7个小时左右", "PT7H"),
        ("工程将近3个月才完工，比原计划晚了很多。", "将近3个月", "P3M"),
        ("会议开了40分钟，大家就几个问题交换了意见。", "40分钟", "PT40M"),
        ("租期6个月，期满后可以续租，租金另行商定。", "6个月", "P6M"),
        ("被告人被判处8个月有期徒刑，当庭表示服判。", "8个月", "P8M"),
        ("刑期为三年零六个月，法院当庭宣判。", "三年零六个月", "P3Y6M"),
    ],
)
def test_months_and_hours_said_alone_are_lengths_not_counts(text: str, phrase: str, duration: str) -> None:
    (fact,) = facts(text, "date")
    assert (fact["text"], fact["value_kind"], fact["duration"]) == (phrase, "duration", duration)
    assert facts(text, "count") == []


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("他每3个月去医院复查一次，身体恢复得不错。", None),
        ("近3个月来，物价持续上涨，百姓叫苦不迭，怨声载道。", "近3个月来"),
        ("该工程预计3个月后完工，届时将大大方便市民出行。", "3个月后"),
    ],
)
def test_a_length_counted_from_now_or_recurring_stays_as_it_was(text: str, phrase: str | None) -> None:
    assert [f["text"] for f in facts(text, "date") if f["value_kind"] != "recurring"] == ([phrase] if phrase else [])


@pytest.mark.parametrize(
    ("text", "phrase", "interval"),
    [
        ("警方说，死者已经在凌晨12点50分死亡，现场一片狼藉。", "凌晨12点50分", ["2024-06-12T00:50:00", "2024-06-12T00:50:59"]),
        ("今年的耶诞夜，台北街头挤满了欢度佳节的人潮。", "耶诞夜", ["2024-12-24T00:00:00", "2024-12-24T23:59:59"]),
        ("其实我作为职业选手是大约6~7年前的事了，现在已经退役。", "6~7年前", ["2017-01-01T00:00:00", "2018-12-31T23:59:59"]),
        ("三到五年前，这里还是一片荒地，如今高楼林立。", "三到五年前", ["2019-01-01T00:00:00", "2021-12-31T23:59:59"]),
        ("两到三个月前，这里还是一片空地，如今已经建成。", "两到三个月前", ["2024-03-01T00:00:00", "2024-04-30T23:59:59"]),
        ("政府宣布明年６月前开放大陆人民来台湾观光。", "明年６月前", [None, "2025-06-30T23:59:59"]),
    ],
)
def test_a_third_reads_dates(text: str, phrase: str, interval: list[str | None]) -> None:
    assert intervals(text)[phrase] == interval


def test_a_bare_month_before_qian_stays_the_month() -> None:
    assert intervals("我3月前买的手机，现在已经坏了，真是气人。") == {"3月": ["2024-03-01T00:00:00", "2024-03-31T23:59:59"]}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("这批货加起来市价将近上亿元，引起了警方的关注。", "<100000000 CNY"),
        ("今年的收购价格高于3美元，比去年明显上涨。", "3+ USD"),
        ("今年的收购价格不高于3美元，比去年明显下降。", "<3 USD"),
    ],
)
def test_nearly_a_hundred_million_and_above_a_sum(text: str, value: str) -> None:
    assert values(text, "money") == [value]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("克里姆林宫２４号证实，普京将出访中国，时间尚未确定。", "２４号"),
        ("印度5号发生的地震造成数百人死亡，灾情严重。", "5号"),
        ("俄罗斯总统普京５号结束在印度的访问飞回莫斯科。", "５号"),
    ],
)
def test_a_bare_hao_day_before_a_verb_of_news_is_a_day(text: str, phrase: str) -> None:
    assert phrase in intervals(text)


def test_a_shirts_number_is_no_day() -> None:
    assert facts("这名球员身穿24号结束了本赛季的最后一场比赛。", "date") == []


@pytest.mark.parametrize(
    ("text", "kind", "found"),
    [
        ("该项目总投资１亿７千５００万美元，预计明年完工。", "money", ["175000000 USD"]),
        ("该项目总投资3千500万美元，预计明年完工。", "money", ["35000000 USD"]),
        ("有30人到50人参加了这次活动，气氛热烈，效果很好。", "count", ["30-50 人"]),
        ("尤其是旅行２个到３个国家的机场，如何能够更加便利。", "count", ["2-3 个 国家"]),
        ("这件事八成是他干的，警方正在调查取证。", "percent", []),
        ("受访者中有三成是年轻人，比例比去年有所上升。", "percent", ["30%"]),
        ("布莱克本近17次迎战四大豪门仅负一场，可见实力不俗。", "count", ["17 次"]),
    ],
)
def test_a_third_reads_amounts_joined_and_bounded(text: str, kind: str, found: list[str]) -> None:
    assert values(text, kind) == found


def test_days_before_tied_to_the_day_told_count_back_from_it() -> None:
    reading = Reading(datetime(2023, 9, 3, 10, 0))
    said = reading.intervals("疑犯於8月29日晚上被捕，他在三天前曾到過案發現場。")
    assert said["三天前"] == ["2023-08-26T00:00:00", "2023-08-26T23:59:59"]


def test_days_before_not_tied_to_a_day_count_from_now() -> None:
    assert intervals("今年5月1日开业的商场，三天前发生了一场火灾。")["三天前"][0] == "2024-06-09T00:00:00"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("這款手機售價100美元（約新台幣3,265元）以下，相當實惠。", ["<100 USD", "~3265 TWD"]),
        ("這款手機售價300美元（新台幣9,800元）以上，不算便宜。", ["300+ USD", "9800+ TWD"]),
        ("這款手機售價100美元（約新台幣3,265元），相當實惠。", ["100 USD", "~3265 TWD"]),
    ],
)
def test_a_bound_after_a_bracketed_conversion_bounds_the_sum(text: str, found: list[str]) -> None:
    assert values(text, "money") == found


@pytest.mark.parametrize(
    ("text", "interval"),
    [
        ("今日(27日)至30日，全港將有大雨，市民要注意安全。", ["2025-11-27T00:00:00", "2025-11-30T23:59:59"]),
        ("明日（28日）至30日，全港將有大雨，市民要注意安全。", ["2025-11-28T00:00:00", "2025-11-30T23:59:59"]),
    ],
)
def test_a_range_from_a_day_with_its_date_in_brackets(text: str, interval: list[str]) -> None:
    (fact,) = Reading(datetime(2025, 11, 27, 8, 0)).facts(text, "date")
    assert fact["interval"] == interval


# ---- What the review of this round's rules found


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("该条例将于7月20日施行，市政府11日召开发布会介绍有关情况。", "11日", "2024-06-11T00:00:00"),
        ("该活动将于6月30日举行，主办方10日公布了详细安排。", "10日", "2024-06-10T00:00:00"),
        ("展览于6月15日上午9时开幕，10至12时为媒体专场，下午对公众开放。", "10至12时", "2024-06-15T10:00:00"),
        ("该公司成立于一九九八年，今年营收比上年增长两成。", "上年", "2023-01-01T00:00:00"),
        ("明年轻工业产值预计将增长百分之十，前景看好。", "明年", "2025-01-01T00:00:00"),
        ("据统计，今日网签成交量达到500套，环比明显上涨。", "今日", "2024-06-12T00:00:00"),
        ("今年春节期间，全市接待游客比去年同期增长两成，形势喜人。", "去年同期", "2023-01-01T00:00:00"),
        ("截至6月10日，全市累计出口额比去年同期增长两成。", "去年同期", "2023-01-01T00:00:00"),
    ],
)
def test_review_of_the_third_reads_dates(text: str, phrase: str, first: str) -> None:
    assert intervals(text)[phrase][0] == first


@pytest.mark.parametrize(
    ("text", "kind", "found"),
    [
        ("门票价格为5毛-1元，游客可以自由选择参观路线。", "money", ["0.5-1 CNY"]),
        ("比赛奖金分别为：冠军-10万元，亚军-5万元。", "money", ["100000 CNY", "50000 CNY"]),
        ("2022对中国经济来说是极不平凡的一年，挑战很多。", "count", []),
        ("共有200名决赛选手参加了今天的比赛，场面热烈。", "count", ["200 名 决赛选手"]),
        ("今年中秋节，商家推出了20个月饼礼盒供顾客挑选。", "count", ["20 个 月饼礼盒"]),
    ],
)
def test_review_of_the_third_reads_amounts(text: str, kind: str, found: list[str]) -> None:
    assert values(text, kind) == found


def test_hours_and_minutes_are_one_length() -> None:
    (fact,) = facts("全程大约需要1小时30分钟，沿途风景优美，值得一游。", "date")
    assert (fact["text"], fact["duration"]) == ("1小时30分钟", "PT1H30M")


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("新华社北京9月30日电 记者获悉，新规将于18日起正式实施。", "18日起", "2023-10-18T00:00:00"),
        ("该影片和日本同是在本月29日上映，福山将出席27日的特别试映会。", "27日", "2024-06-27T00:00:00"),
    ],
)
def test_a_day_a_dispatch_looks_ahead_to_is_after_its_date(text: str, phrase: str, first: str) -> None:
    assert intervals(text)[phrase][0] == first


# ---- A second read of news lines, against the round's first rules


@pytest.mark.parametrize(
    ("text", "phrase", "interval"),
    [
        ("展览将于下月20至22日在上海举行，届时将有多家企业参展。", "下月20至22日", ["2024-07-20T00:00:00", "2024-07-22T23:59:59"]),
        ("展览将于本月20~22日在上海举行，届时将有多家企业参展。", "本月20~22日", ["2024-06-20T00:00:00", "2024-06-22T23:59:59"]),
    ],
)
def test_a_range_of_days_in_a_month_told_from_now(text: str, phrase: str, interval: list[str]) -> None:
    assert intervals(text)[phrase] == interval


@pytest.mark.parametrize(
    "text",
    [
        "中华文明有着5000年的历史，源远流长，博大精深。",
        "这座古寺距今已有1400年，是全国重点文物保护单位。",
        "这座城市有2000年的历史，文化底蕴深厚，值得一游。",
        "签证有效期延长为一年后，申请人数大增，办理窗口排起长队。",
        "这款手机的S4日常使用体验不错，续航表现出色。",
        "快递公司推出次日达服务，消费者下单后很快即可收到。",
    ],
)
def test_a_length_a_model_or_a_service_is_no_date(text: str) -> None:
    assert facts(text, "date") == []


@pytest.mark.parametrize(
    ("text", "phrase"),
    [("该公司1998年的历史性突破，奠定了行业地位。", "1998年"), ("5月3日他从上海出发，于次日到达北京，受到热烈欢迎。", "次日")],
)
def test_a_year_before_a_history_making_word_stays(text: str, phrase: str) -> None:
    assert phrase in intervals(text)


@pytest.mark.parametrize(
    ("text", "phrase", "duration"),
    [
        ("他在这里住了3天就走了，临走前留下一封信。", "3天", "P3D"),
        ("总统将进行为期３天的国事访问，双方将签署多项协议。", "３天", "P3D"),
        ("他的百米成绩时间为56秒，打破了学校纪录。", "56秒", "PT56S"),
        ("嫌犯潜逃了三年，终于在广州落网，被警方抓获。", "三年", "P3Y"),
        ("会议开了半小时，大家就几个问题交换了意见。", "半小时", "PT0.5H"),
        ("比赛进行了40多分钟，主队仍然没有破门。", "40多分钟", "PT40M"),
    ],
)
def test_lengths_after_a_word_that_says_so_long(text: str, phrase: str, duration: str) -> None:
    (fact,) = facts(text, "date")
    assert (fact["text"], fact["duration"]) == (phrase, duration)


def test_two_digits_and_years_after_a_length_word_are_a_length() -> None:
    """潜逃了20年 is a length, though the library reads 20年 as 2020."""
    (fact,) = facts("嫌犯潜逃了20年，终于在广州落网，被警方抓获。", "date")
    assert (fact["text"], fact["duration"]) == ("20年", "P20Y")


def test_a_length_then_a_year_are_two() -> None:
    assert intervals("湖北鄂州市消防支队举行为期两天的2013年度消防职业资格鉴定考核。") == {
        "两天": None, "2013年度": ["2013-01-01T00:00:00", "2013-12-31T23:59:59"]}


# ---- What the second review found


@pytest.mark.parametrize(
    "text",
    [
        "猎鹰9号发射成功，将多颗卫星送入预定轨道。",
        "中山北路16号发生一起火灾，消防人员迅速赶到现场。",
        "主队10号结束了本场比赛的最后一次进攻，比分未变。",
        "入职1-2年后离职率最高，企业应重视新员工的培训。",
        "这些年，当地政治清明、社会清明，百姓安居乐业。",
    ],
)
def test_review_of_the_later_rules_no_dates(text: str) -> None:
    assert facts(text, "date") == []


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("展览将于6月20日开幕，主办方在三天前已公布了参展名单。", "三天前", "2024-06-09T00:00:00"),
        ("由于三天前的暴雨，这条道路至今仍未恢复通车。", "三天前", "2024-06-09T00:00:00"),
        ("他1990年出生，在十年前就已经开始学习钢琴了。", "十年前", "2014-01-01T00:00:00"),
        ("2022年8月前议长访台，引发两岸关系紧张。", "2022年8月", "2022-08-01T00:00:00"),
        ("全社会清明祭扫活动有序开展，秩序良好。", "清明", "2024-04-04T00:00:00"),
        ("条例将于8月20日起施行，市政府将于10日召开发布会。", "10日", "2024-08-10T00:00:00"),
        ("蔬菜价格上涨是因为气温下降，春节前部分上涨的蔬菜本周又涨了。", "春节前", None),
    ],
)
def test_review_of_the_later_rules_dates(text: str, phrase: str, first: str | None) -> None:
    assert intervals(text)[phrase][0] == first


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("该公司经营现金流-1.2亿元，资金链较为紧张。", ["-120000000 CNY"]),
        ("比赛奖金分别为：冠军-10万元，亚军-5万元。", ["100000 CNY", "50000 CNY"]),
        ("今年的收购价格并未高于3美元，与去年持平。", ["<3 USD"]),
        ("今年的收购价格是否高于3美元，尚待确定。", ["3 USD"]),
        ("第四等则是高于3美金的，属于奢侈型消费。", ["3+ USD"]),
        ("报价为500元（含税）以上费用由游客自理。", ["500 CNY"]),
    ],
)
def test_review_of_the_later_rules_money(text: str, found: list[str]) -> None:
    assert values(text, "money") == found


def test_most_of_them_are_students_is_a_share() -> None:
    assert values("受访者中八成是在校大学生，比例比去年上升。", "percent") == ["80%"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("杭州丁桥辰秀嘉苑12幢1单元的业主李先生告诉记者。", []),
        ("宜昌高新区港窑路25号南苑二期14栋南都御景1号楼的业主反映情况。", []),
        ("他是我们学校94届毕业生，现在在北京工作。", []),
        ("今年共有12栋住宅楼交付使用，居民陆续入住。", ["12 栋 住宅楼"]),
        ("火场涉及7幢32层高住宅，全部搭建棚架进行维修。", ["7 幢", "32 层 高住宅"]),
    ],
)
def test_an_address_and_a_class_year_are_no_counts(text: str, found: list[str]) -> None:
    assert values(text, "count") == found


@pytest.mark.parametrize(
    ("text", "phrase", "interval"),
    [
        ("上一个周日，他们一家人去公园游玩，玩得很开心。", "上一个周日", ["2024-06-09T00:00:00", "2024-06-09T23:59:59"]),
        ("2011年第一季度和第二季度，公司营收均有增长。", "第二季度", ["2011-04-01T00:00:00", "2011-06-30T23:59:59"]),
        ("2011年上半年和下半年，公司营收均有增长。", "下半年", ["2011-07-01T00:00:00", "2011-12-31T23:59:59"]),
        ("公司预计今年年中完成重组，届时将重新上市。", "今年年中", ["2024-06-01T00:00:00", "2024-07-31T23:59:59"]),
    ],
)
def test_a_second_reads_dates(text: str, phrase: str, interval: list[str]) -> None:
    assert intervals(text)[phrase] == interval


@pytest.mark.parametrize("text", ["在一个周日的下午，他们一家人去公园游玩。", "今年中国经济保持平稳增长，民生持续改善。"])
def test_one_sunday_and_this_years_china_are_no_such_dates(text: str) -> None:
    assert [f["text"] for f in facts(text, "date")] in ([], ["今年"])


# ---- What the last review found


@pytest.mark.parametrize(
    "text",
    [
        "预计公司将在2~3年后收回全部投资，前景看好。",
        "小明已经满了两周岁，身体健康活泼可爱。",
        "他们一家入住了7天酒店，价格实惠，环境不错。",
    ],
)
def test_review_of_the_last_rules_no_dates(text: str) -> None:
    assert facts(text, "date") == []


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("美国FDA12日批准了一种新药上市，患者翘首以盼。", "12日"),
        ("10日凌晨发生枪击案，次日达拉斯警方通报了案件的最新进展，引发关注。", "次日"),
        ("档案馆保存有1949年的历史照片，十分珍贵。", "1949年"),
        ("已有2023年的统计数据显示，人口持续增长。", "2023年"),
        ("每一个周日，他都会去教堂做礼拜，从不间断。", "每一个周日"),
    ],
)
def test_review_of_the_last_rules_dates_kept(text: str, phrase: str) -> None:
    assert phrase in [f["text"] for f in facts(text, "date")]


def test_a_listed_part_before_the_written_one_is_not_put_in_its_year() -> None:
    assert intervals("2023年第四季度和第一季度的环比数据均有所上升。")["第一季度"][0] != "2023-01-01T00:00:00"


@pytest.mark.parametrize(
    ("text", "found"),
    [("学校已经送走了30届毕业生，桃李满天下。", ["30 届"]), ("小区一期12栋住宅楼已经交付使用，居民陆续入住。", ["12 栋 住宅楼"])],
)
def test_review_of_the_last_rules_counts_kept(text: str, found: list[str]) -> None:
    assert values(text, "count") == found


def test_a_half_years_report_is_no_length() -> None:
    assert [f["text"] for f in facts("公司昨天披露了半年报，净利润同比增长。", "date")] == ["昨天"]


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("一年一度的春节即将到来，大家都在忙着置办年货。", "春节", "2025-01-29T00:00:00"),
        ("情人节即将到来，各大商场纷纷推出促销活动。", "情人节", "2025-02-14T00:00:00"),
        ("元旦快到了，各大商场纷纷推出促销活动，人气很旺。", "元旦", "2025-01-01T00:00:00"),
        ("中秋节即将到来，月饼市场竞争激烈，商家各出奇招。", "中秋节", "2024-09-17T00:00:00"),
        ("春节期间，全市接待游客人数创下新高，形势喜人。", "春节期间", "2024-02-10T00:00:00"),
    ],
)
def test_a_feast_said_to_come_is_the_next_one(text: str, phrase: str, first: str) -> None:
    assert intervals(text)[phrase][0] == first
