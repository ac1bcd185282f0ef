"""Dates, amounts and counts read on a fifth sample of single news lines and of whole dev
pages, written as news says them.

Every phrase here is our own; none comes from a held-out suite. The reference is 2024-06-12
10:00 (a Wednesday), the day the lines were read against.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.core.facts.reading import NEWS_LINES, Reading

facts, intervals, values, _dates = NEWS_LINES.facts, NEWS_LINES.intervals, NEWS_LINES.values, NEWS_LINES.dates


# ---- Lengths


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("经过八天的蹲点跟踪，警方终于查明了这个窝点的全部情况。", "八天", "P8D"),
        ("他将在这里接受10天的临时救助，到期后再作其他安排。", "10天", "P10D"),
        ("慢的话可能会拖上１０天左右，快的话一周之内就能完成。", "１０天左右", "P10D"),
        ("那达慕结束了玩不够怎么办，在草原留上三五天再回来。", "三五天", "P5D"),
        ("这批珍贵的展品只展出三两天，就要换下来送去保养。", "三两天", "P3D"),
        ("今年将有60万游客来台，以每人停留5至6天计算收入可观。", "5至6天", "P5D/P6D"),  # both ends since a seventh round
        ("这里一些地方持续了将近十天的阴雨天气，本周将会告一段落。", "将近十天", "P10D"),
    ],
)
def test_so_many_days_said_anywhere_are_a_length(text: str, phrase: str, value: str) -> None:
    assert _dates(text)[phrase] == ("duration", value, None)


@pytest.mark.parametrize(
    "text",
    [
        "有一天，他突然接到了一个电话，说是家里出了大事。",
        "反正人员变动已经不是一天两天的事情了，大家都习惯了。",
        "里面包括了电影《惊变28天》中那样的僵尸，让人印象深刻。",
        "他会要求你一年三百六十五天都开机，随时听候调遣。",
        "这两天气温回升很快，市民纷纷换上了夏装出门游玩。",
    ],
)
def test_one_day_these_days_and_names_are_no_length_of_days(text: str) -> None:
    assert not any(v.startswith("P") and v.endswith("D") for v in values(text, "date"))


# ---- Words across


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("比赛结束之后天气转晴，球迷们纷纷走上街头庆祝胜利。", "后天"),
        ("这种风俗以后天天都能看到，游客们都十分喜欢参加。", "后天"),
        ("降温后天寒地冻，市民出行一定要注意防滑保暖安全。", "后天"),
        ("据消息，前天津泰达前锋已经正式加盟了新的俱乐部。", "前天"),
        ("他说自己现在的心脏比以前年轻了20岁，精神状态很好。", "前年"),
        ("该车型目前年产十万辆，计划扩大到二十万辆的规模。", "前年"),
        ("这项工程有望提前年底完成，比原计划要早三个月。", "前年"),
    ],
)
def test_before_or_after_then_a_word_is_no_day_or_year_before_last(text: str, phrase: str) -> None:
    assert not any(phrase in said for said in intervals(text))


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("后天天津将迎来一次明显的降雨过程，市民出行请注意。", "后天"),
        ("预计后天下午，北京将迎来一次明显的降雨过程。", "后天下午"),
        ("从前年底开始，他就一直在外地打工，没有回过家。", "从前年底开始"),
    ],
)
def test_the_day_after_next_and_the_year_before_last_stay(text: str, phrase: str) -> None:
    assert phrase in intervals(text)


# ---- Years


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("2011年第十届南京车展将于9月29日在南京国际博览中心开幕。", "9月29日", "2011-09-29T00:00:00"),
        ("2009年东京电玩展预定9月24日～27日在幕张展览馆举行。", "9月24日～27日", "2009-09-24T00:00:00"),
        ("该球员2019年加盟球队，合同将于12月31日到期，续约谈判已展开。", "12月31日", "2024-12-31T00:00:00"),
    ],
)
def test_an_event_a_year_long_past_names_plans_in_that_year(text: str, phrase: str, first: str) -> None:
    assert intervals(text)[phrase][0] == first


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("新品推出后不到10日就已销售告罄，厂家不得不紧急补货。", "10日", "P10D"),
        ("推出后短短5日，这款游戏的下载量就突破了一百万次。", "5日", "P5D"),
        ("展览为期3日，吸引了大批市民前往参观，场面十分热闹。", "3日", "P3D"),
        ("法院以受贿罪判处其有期徒刑10年6个月，并处没收个人财产。", "10年6个月", "P10Y6M"),
        ("他在海外漂泊了12年零5个月，终于回到了祖国的怀抱。", "12年零5个月", "P12Y5M"),
    ],
)
def test_days_in_ri_and_years_with_months_said_as_lengths(text: str, phrase: str, value: str) -> None:
    assert _dates(text)[phrase] == ("duration", value, None)


def test_a_day_reached_after_le_stays_a_day() -> None:
    assert intervals("会议一直开到了10日，各方代表充分交换了意见和看法。")["10日"][0] == "2024-06-10T00:00:00"


def test_the_months_before_a_launch_are_not_the_years_first() -> None:
    assert not any(said.startswith("前") for said in intervals("在新品发布前1个月，公司就开始了大规模的宣传活动。"))


def test_an_early_season_of_a_year_is_that_season() -> None:
    assert intervals("1942年初秋，他离开家乡来到延安，开始了新的生活。")["1942年初秋"] == ["1942-08-08T00:00:00", "1942-11-07T23:59:59"]


def test_a_memory_is_no_reminder_counting_from_now() -> None:
    assert "一年后" not in intervals("记得他是大学毕业到我们学校任课的，只是一年后，他读研离开了。")
    assert "三天后" in intervals("记得三天后带上身份证到窗口来领取，过期不候，请大家注意。")


# ---- Amounts


@pytest.mark.parametrize(
    "text",
    [
        "他辛辛苦苦干了半年，结果一块钱都没有拿到，只好去劳动部门投诉。",
        "老板却一分钱也没有给他，他只好去劳动部门讨说法。",
        "他干了半年，老板没给他一分钱，他只好去劳动部门讨说法。",
    ],
)
def test_not_a_penny_is_no_sum(text: str) -> None:
    assert values(text, "money") == []


def test_a_penny_paid_is_a_sum() -> None:
    assert values("每度电提高一分钱，对居民生活的影响并不大。", "money") == ["0.01 CNY"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [("北约两架战机昨天在边境地区坠毁，机上人员全部遇难。", "count"), ("北约20亿美元的援助计划已经获得了成员国的批准。", "money")],
)
def test_nato_is_no_about(text: str, kind: str) -> None:
    (fact,) = facts(text, kind)
    assert fact["value_kind"] == "exact"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("七十年的历史证明，这条道路是完全正确的，必须坚持。", "七十年", "P70Y"),
        ("经过七十年的发展，这座城市已经焕然一新，令人赞叹。", "七十年", "P70Y"),
        ("在任逾10年的他，今年终于宣布退休了，大家都很不舍。", "10年", "P10Y"),
        ("这项优惠政策将延长一年，直到明年年底才会结束。", "一年", "P1Y"),
        ("他有20多年的任职经历，对这个行业的情况十分熟悉。", "20多年", "P20Y"),
        ("公司计划用3年时间完成全部的改造工程，总投资巨大。", "3年", "P3Y"),
        ("两人已经十年没见面了，这次相聚显得格外激动。", "十年", "P10Y"),
        ("这栋大楼楼龄42年，已经出现了不少的安全隐患。", "42年", "P42Y"),
        ("他在这个岗位上一干就是三十年，从来没有离开过。", "三十年", "P30Y"),
    ],
)
def test_so_many_years_said_as_a_length(text: str, phrase: str, value: str) -> None:
    assert _dates(text)[phrase] == ("duration", value, None)


@pytest.mark.parametrize(
    "text",
    [
        "98年的发展速度很快，全省经济增长了百分之八左右。",
        "在新的一年里，两岸关系的发展将面临新的机遇。",
        "经过几十年的发展，如今的库区已经成了旅游胜地。",
        "这种事情动辄需要一年半载，大家只能耐心地等待。",
    ],
)
def test_a_year_named_and_vague_years_are_no_length(text: str) -> None:
    assert not any(v.startswith("P") and v.endswith("Y") for v in values(text, "date"))


def test_after_so_many_full_years_is_not_counted_from_now() -> None:
    assert "3年后" not in intervals("他工作满3年后，就可以申请调动到其他的部门。")


# ---- Days after


@pytest.mark.parametrize(
    "text",
    ["不妨在山上住上一晚，次日一早再去看日出，景色非常壮观。", "他入住了这家酒店，次日上午被发现死在房间里，警方正在调查。"],
)
def test_a_next_day_with_no_day_named_before_is_untold(text: str) -> None:
    assert intervals(text) == {}


def test_a_next_day_after_a_day_named_is_the_day_after() -> None:
    assert intervals("今天上午他抵达北京，次日将前往上海参加一个重要会议。")["次日"][0] == "2024-06-13T00:00:00"


def test_a_next_day_alone_as_a_query_is_tomorrow() -> None:
    assert intervals("次日")["次日"][0] == "2024-06-13T00:00:00"


@pytest.mark.parametrize(
    "text",
    ["进中南海后不久的一个除夕，毛主席请了几位老朋友到家里吃饭。", "有一年春节，他一个人在外地打工，没能回家过年。"],
)
def test_a_feast_of_some_year_is_no_date(text: str) -> None:
    assert intervals(text) == {}


def test_this_years_feast_stays() -> None:
    assert intervals("今年除夕，全家人围坐在一起吃年夜饭，其乐融融。")["今年除夕"][0] == "2024-02-09T00:00:00"


# ---- Names and stumbles


@pytest.mark.parametrize(
    "text",
    [
        "中日友好21世纪委员会昨天在东京举行了第十次会议。",
        "据21世纪经济报道，该公司今年的营收大幅增长了三成。",
        "该视频已有3万次播放01:39，网友纷纷留言点赞转发。",
    ],
)
def test_a_bodys_name_and_a_clips_length_are_no_dates(text: str) -> None:
    assert not any("世纪" in said or ":" in said for said in intervals(text))


def test_a_stumble_on_a_digit_is_no_count() -> None:
    assert values("他说当时屋里只有一一个人，另外三三个孩子都出去玩了。", "count") == []


def test_today_of_an_era_is_no_day() -> None:
    assert intervals("在今天这个信息爆炸的时代，每个人都需要学会筛选信息。") == {}
    assert "今天" in intervals("今天这个会议非常重要，请大家务必准时参加。")


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("教育局表示，將於今日下午決定明天需否停課。教育局晚上於網頁更新了停課名單。", "晚上", "2025-11-27T18:00:00"),
        ("教育局表示，明天將繼續停課。教育局下午更新了停課名單，家長可上網查閱。", "下午", "2025-11-27T13:00:00"),
        ("颱風明天將吹襲本港。天文台預計晚上會發出八號風球，市民要做好準備。", "晚上", "2025-11-28T18:00:00"),
        ("他明天将抵达北京。下午他将会见国家领导人，晚上出席欢迎宴会。", "下午", "2025-11-28T13:00:00"),
    ],
)
def test_a_part_of_the_day_told_as_done_after_tomorrow_is_todays(text: str, phrase: str, first: str) -> None:
    assert Reading(datetime(2025, 11, 27, 12)).intervals(text)[phrase][0] == first


# ---- The review of this round's rules


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("以2008年北京奥运会为主题的展览将于8月8日在国家博物馆开幕。", "8月8日", "2024-08-08T00:00:00"),
        ("纪念1949年开国大典的图片展将于10月1日在北京开幕。", "10月1日", "2024-10-01T00:00:00"),
        ("2018年创办的进口博览会将于11月5日在上海举行第七届。", "11月5日", "2024-11-05T00:00:00"),
        ("2015年首次举办的世界互联网大会将于11月在乌镇召开今年的会议。", "11月", "2024-11-01T00:00:00"),
        ("会议原定于本月10日召开，后来改在了18日，地点不变。", "18日", "2024-06-18T00:00:00"),
        ("张先生前年底就已经退休了，现在在家里带孙子。", "前年底", "2022-11-01T00:00:00"),
        ("学生前天下课以后就再也没有回家，家长十分着急。", "前天", "2024-06-10T00:00:00"),
        ("国家统计局昨天发布前5个月数据，工业生产保持稳定增长。", "前5个月", "2024-01-01T00:00:00"),
        ("你记得三天后带上行驶证到车管所办理相关的手续。", "三天后", "2024-06-15T00:00:00"),
    ],
)
def test_the_reviews_misfires_read_as_before(text: str, phrase: str, first: str) -> None:
    assert intervals(text)[phrase][0] == first


@pytest.mark.parametrize(
    "text",
    [
        "今年的洪水位已经超过98年的最高水位，形势十分严峻。",
        "九八年的时候，他还是一名普通的工人，没有什么积蓄。",
        "这份光绪三年的历史档案十分珍贵，被列为一级文物。",
        "国家正在制定第十五个五年规划，各地纷纷建言献策。",
        "春节期间，三、四两天的客流量最大，车站人满为患。",
        "初六、初七两天，景区将免费向市民开放，欢迎参观。",
        "他每周工作六天，休息一天，收入比过去高了不少。",
        "十一天安门广场上人山人海，游客们纷纷拍照留念。",
    ],
)
def test_the_reviews_false_lengths_are_gone(text: str) -> None:
    assert not any(v.startswith("P") and v[-1] in "DY" for v in values(text, "date"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("无论是1元还是2元，都是消费者的血汗钱，不能随便浪费。", "1 CNY"),
        ("没想到1元钱的东西也能卖得这么火，商家赚翻了。", "1 CNY"),
    ],
)
def test_a_yuan_after_a_negative_word_of_another_kind_stays(text: str, value: str) -> None:
    assert value in values(text, "money")


def test_about_after_a_provinces_bei_stays() -> None:
    (fact,) = facts("今年湖北约有300万人参加高考，人数创下历史新高。", "count")
    assert fact["value_kind"] == "approximate"


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("截至7月，全市共有新能源汽车充电桩3万个，比上年增加一倍。", "7月", "2023-07-01T00:00:00"),
        ("据统计，截至7月30日，全市共有新能源汽车充电桩3万个。", "7月30日", "2023-07-30T00:00:00"),
        ("截至5月，全市共有新能源汽车充电桩3万个，比上年增加一倍。", "5月", "2024-05-01T00:00:00"),
        ("本次活动报名截至6月30日，欢迎广大市民踊跃参加。", "6月30日", "2024-06-30T00:00:00"),
        ("全市计划截至7月底将完成全部充电桩的建设任务。", "7月底", "2024-07-25T00:00:00"),
    ],
)
def test_figures_as_of_a_day_ahead_are_the_year_befores(text: str, phrase: str, first: str) -> None:
    assert intervals(text)[phrase][0] == first


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("本报讯 10月28日，市委书记来到社区调研，并于昨天下午召开座谈会。", "10月28日", "2023-10-28T00:00:00"),
        ("本报讯（记者王五）10月28日，市委书记来到社区调研，昨天下午召开座谈会。", "昨天下午", "2023-10-27T13:00:00"),
        ("（记者 张三 通讯员 李四）10月28日，市委书记来到社区调研，今天下午召开座谈会。", "今天下午", "2023-10-28T13:00:00"),
        ("他说10月28日，市委书记来到社区调研，昨天下午召开座谈会。", "10月28日", "2024-10-28T00:00:00"),
    ],
)
def test_a_leads_day_after_its_xun_is_the_storys_today(text: str, phrase: str, first: str) -> None:
    assert intervals(text)[phrase][0] == first


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("这名彩民上周中奖500万，成为本市今年第一个大奖得主。", "5000000 CNY"),
        ("他结果中了500万，一夜之间成为了百万富翁，惊喜万分。", "5000000 CNY"),
        ("本期双色球每期加奖400万，吸引了众多彩民踊跃购买。", "4000000 CNY"),
    ],
)
def test_a_prize_won_in_wan_is_a_sum(text: str, value: str) -> None:
    assert value in values(text, "money")


def test_a_prize_won_last_week_is_no_midweek() -> None:
    assert "上周中" not in intervals("这名彩民上周中奖500万，成为本市今年第一个大奖得主。")


def test_a_ring_hit_is_no_sum() -> None:
    assert values("他一枪打中了10万环的靶子，这当然只是一个玩笑而已。", "money") == []


# ---- Queries


@pytest.mark.parametrize("text", ["现在", "此刻", "當前", "现在？"])
def test_now_alone_in_a_query_is_the_moment_asked_from(text: str) -> None:
    (fact,) = facts(text, "date")
    assert fact["interval"] == ["2024-06-12T10:00:00", "2024-06-12T10:00:00"]


def test_now_in_a_story_is_no_date() -> None:
    assert intervals("现在的情况非常复杂，各方都在密切关注事态的发展。") == {}


@pytest.mark.parametrize("text", ["现在呢？", "目前的情况怎么样？", "现在介绍全国报纸的部分内容。"])
def test_now_in_a_short_sentence_is_no_date(text: str) -> None:
    assert intervals(text) == {}


def test_a_petition_or_an_application_is_no_request_counting_from_now() -> None:
    text = "3天后，石家庄市副市长在接见第三次集体请愿的业主时，把审计报告交给了业主代表。"
    assert "3天后" not in intervals(text)
    assert "三天后" in intervals("请大家记住，三天后到这里来领取证书，过期不候。")


@pytest.mark.parametrize(("text", "phrase"), [("美国总统22号坚称，美军不会撤出这个地区，局势仍然紧张。", "22号"), ("联合国秘书长23号呼吁各方保持克制，避免冲突进一步升级。", "23号")])
def test_a_bare_hao_before_more_news_verbs_is_a_day(text: str, phrase: str) -> None:
    assert phrase in intervals(text)


@pytest.mark.parametrize(
    ("text", "phrase", "interval"),
    [
        ("这批新药预计将在七月底八月初上市，届时患者可以到医院购买。", "七月底八月初", ["2024-07-25T00:00:00", "2024-08-10T23:59:59"]),
        ("2023年7月底8月初，这里发生了一场罕见的洪水灾害。", "2023年7月底8月初", ["2023-07-25T00:00:00", "2023-08-10T23:59:59"]),
        ("预计12月底1月初，这批货物将运抵港口并交付客户。", "12月底1月初", ["2024-12-25T00:00:00", "2025-01-10T23:59:59"]),
    ],
)
def test_a_months_end_and_the_next_ones_start_are_one_span(text: str, phrase: str, interval: list[str]) -> None:
    assert intervals(text)[phrase] == interval


# ---- Tense


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("他于9月15日在北京举行了记者会，宣布了这一重要消息。", "9月15日", "2023-09-15T00:00:00"),
        ("这项法案已在7月底获得议会通过，将于明年正式实施。", "7月底", "2023-07-25T00:00:00"),
        ("从8月份参加奥运会至今，他一直在国家队集训，很少回家。", "8月份", "2023-08-01T00:00:00"),
        ("公司将于3月15日召开新品发布会，届时将发布多款新产品。", "3月15日", "2024-03-15T00:00:00"),
        ("这款游戏预定4月9日推出，玩家们已经迫不及待了。", "4月9日", "2024-04-09T00:00:00"),
        ("他于9月15日在北京举行记者会，宣布这一重要消息。", "9月15日", "2024-09-15T00:00:00"),
        ("现在距离香港迪斯尼乐园九月十二号的开业只有一个月的时间了。", "九月十二号", "2024-09-12T00:00:00"),
        ("公司原计划于5月完成改造，但工程已经延误了两个月。", "5月", "2024-05-01T00:00:00"),
        ("新华社北京６月１１日电（记者罗）国务院总理将于今天出访。", "６月１１日", "2024-06-11T00:00:00"),
    ],
)
def test_what_was_done_is_not_ahead_nor_a_plan_long_behind(text: str, phrase: str, first: str) -> None:
    assert intervals(text)[phrase][0] == first


# ---- The second review of this round's rules


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("明天高考开考。上午考语文，下午考数学，考生要提前到场。", "下午", "2025-11-28T13:00:00"),
        ("天文台預測明日大致天晴。下午有驟雨，市民出門要帶備雨具。", "下午", "2025-11-28T13:00:00"),
        ("这是她嫁来台湾后的第十一个中秋节，今年她终于回了一趟娘家。", "中秋节", "2025-10-06T00:00:00"),
        ("今天这个座谈会邀请了社会各界代表，大家畅所欲言。", "今天", "2025-11-27T00:00:00"),
        ("上市前3个月的收入增长了三成，公司的业绩十分亮眼。", "前3个月", "2025-01-01T00:00:00"),
    ],
)
def test_the_second_reviews_misfires_read_as_before(text: str, phrase: str, first: str) -> None:
    read = Reading(datetime(2025, 11, 27, 12)).intervals(text)
    if phrase == "前3个月":
        assert not any(said.startswith("前") for said in read)
    else:
        assert read[phrase][0] == first


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("全港樓齡超過30年的私人樓宇數目不斷增加，維修問題嚴重。", "P30Y"),
        ("他们两人已经40年的婚姻，一直是邻里称道的模范夫妻。", "P40Y"),
        ("十一月连续八天的降雨让这座城市的街道变成了河流。", "P8D"),
        ("他说“再给我三天”，我一定能把这个问题彻底解决。", "P3D"),
    ],
)
def test_the_second_reviews_lost_lengths_are_back(text: str, value: str) -> None:
    assert value in values(text, "date")


@pytest.mark.parametrize(
    "text",
    [
        "村民们记得，十天后洪水才退去，家家户户都遭了灾。",
        "有一年春节，他一个人在外地打工，次日才打电话回家拜年。",
        "经过98年大洪水的考验，这段大堤的质量得到了公认。",
        "一九年的经历让他明白了很多道理，也成熟了许多。",
    ],
)
def test_the_second_reviews_false_dates_are_gone(text: str) -> None:
    said = intervals(text)
    assert not any(v.startswith("P") and v[-1] == "Y" for v in values(text, "date")) and "十天后" not in said and "次日" not in said


@pytest.mark.parametrize(
    "text",
    ["这家公司从未收过消费者一分钱的手续费，口碑很好。", "这笔钱我们不会乱花一分钱，请大家放心监督。", "该机构没有收取一分钱费用，完全是公益性质。"],
)
def test_a_penny_not_taken_is_no_sum(text: str) -> None:
    assert values(text, "money") == []


@pytest.mark.parametrize(
    "text",
    ["21世纪中学生的学习压力普遍比过去大了很多。", "上世纪广场上的舞会是很多老人难忘的记忆。", "今晚电视台首次播放20:00开始，观众可以准时收看。"],
)
def test_a_century_or_a_time_in_an_ordinary_phrase_stays(text: str) -> None:
    assert intervals(text)


def test_about_after_fujians_bei_stays() -> None:
    (fact,) = facts("今年闽北约有30万人参加了这项活动，规模空前。", "count")
    assert fact["value_kind"] == "approximate"


def test_the_event_itself_said_again_keeps_its_years_plan() -> None:
    assert intervals("2011年第十届南京国际车展将于9月29日开幕，本届车展规模空前。")["9月29日"][0] == "2011-09-29T00:00:00"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("在奥运开幕的一周之内，我们为大家推荐过的几款游戏都已售罄。", "一周之内", "P1W"),
        ("在事故发生后的一个月内，当地政府就完成了全部的赔偿工作。", "一个月内", "P1M"),
        ("她得知开卡后两个月内不刷卡将收取100元的年费，十分不满。", "两个月内", "P2M"),
    ],
)
def test_so_long_within_from_an_event_named_is_a_length(text: str, phrase: str, value: str) -> None:
    assert _dates(text)[phrase] == ("duration", value, None)


@pytest.mark.parametrize("text", ["该公司表示，将在未来的一个月内完成全部的整改工作。", "在今后的一年内，全市将新建学校二十所，缓解入学难。"])
def test_so_long_within_from_now_stays_the_days_to_come(text: str) -> None:
    assert any(i[0] == "2024-06-12T10:00:00" for i in intervals(text).values())


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("保定10月30日电（记者王五）昨天下午，保定市召开了全市安全生产工作会议。", "昨天下午", "2023-10-29T13:00:00"),
        ("北京10月30日电 昨天下午，国务院召开了全国安全生产工作会议。", "10月30日", "2023-10-30T00:00:00"),
        ("他表示10月30日电力供应将全面恢复，请市民放心使用。", "10月30日", "2024-10-30T00:00:00"),
    ],
)
def test_a_wire_storys_place_and_day_alone_are_its_dateline(text: str, phrase: str, first: str) -> None:
    assert intervals(text)[phrase][0] == first


@pytest.mark.parametrize(
    "text",
    [
        "直播镜头里全是浑浊的海水 “小白礁Ⅰ号”真容难现浙江在线06月25日讯 昨天下午，考古队员开始了新一轮发掘。",
    ],
)
def test_a_dateline_run_in_after_its_headline_is_one(text: str) -> None:
    assert intervals(text)["昨天下午"][0] == "2023-06-24T13:00:00"


# ---- The third review of this round's rules


@pytest.mark.parametrize(
    "text",
    [
        "3月1日召开了全市的经济工作大会，部署了今年的任务。",
        "据统计，截至3月，全市共有新能源汽车充电桩3万个。",
        "该项目早在8月16号就已启动了前期的准备工作。",
    ],
)
def test_a_stamp_on_the_29th_of_february_reads(text: str) -> None:
    assert Reading(datetime(2024, 2, 29, 10)).facts(text, "date")


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("8月上映的大片今天发布了预告，吸引了众多影迷的关注。", "8月", "2024-08-01T00:00:00"),
        ("定于8月8日开幕的运动会吸引了来自全国各地的运动员。", "8月8日", "2024-08-08T00:00:00"),
        ("如果在9月15日完成了全部工程，施工方就能获得一笔奖金。", "9月15日", "2024-09-15T00:00:00"),
        ("他已为9月的比赛做足了准备，信心十足地迎接挑战。", "9月", "2024-09-01T00:00:00"),
        ("6月13日举行了开幕式，来自各地的代表参加了活动。", "6月13日", "2024-06-13T00:00:00"),
        ("即日起，截至6月30日，逾期不予受理，请市民抓紧时间办理。", "6月30日", "2024-06-30T00:00:00"),
        ("截至7月底，全市需完成全部充电桩的建设任务。", "7月底", "2024-07-25T00:00:00"),
        ("新机发布前3个月的测试数据显示，续航能力大幅提升。", "3个月", None),
    ],
)
def test_the_third_reviews_misfires_read_as_before(text: str, phrase: str, first: str | None) -> None:
    said = intervals(text)
    if first is None:
        assert not any(p.startswith("前") for p in said)
    else:
        assert said[phrase][0] == first


def test_a_clips_length_after_a_thousand_plays_is_no_time() -> None:
    assert not any(":" in p for p in intervals("这段视频发布不久就有近千次播放03:15，网友纷纷转发点赞。"))


def test_a_reporters_sighting_after_tomorrow_is_todays() -> None:
    text = "教育局表示，明天將繼續停課。下午，記者在學校門口看到不少家長前來查詢。"
    assert Reading(datetime(2025, 11, 27, 12)).intervals(text)["下午"][0] == "2025-11-27T13:00:00"


def test_a_slash_range_ending_on_the_29th_of_february_reads() -> None:
    text = "本次活动时间为12/30-2/29，欢迎广大市民踊跃参加。"
    assert Reading(datetime(2024, 2, 10, 10)).intervals(text)["12/30-2/29"][1] == "2025-02-28T23:59:59"


# ---- The fourth review of this round's rules


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("在9月召开的股东大会上通过了这项议案，股东们一致赞成。", "9月", "2023-09-01T00:00:00"),
        ("此前宣布将于3月15日举行的对话被迫取消，双方都表示遗憾。", "3月15日", "2024-03-15T00:00:00"),
        ("他在2月的记者会上说，将于3月推出新的产品线。", "3月", "2024-03-01T00:00:00"),
        ("预计5月CPI将继续回落，物价总体保持平稳运行。", "5月", "2024-05-01T00:00:00"),
        ("截至7月，全市的住房需求仍然旺盛，报名人数继续增加。", "7月", "2023-07-01T00:00:00"),
        ("此事经人民网6月5日电 披露后，引起了社会各界的广泛关注。", "6月5日", "2024-06-05T00:00:00"),
    ],
)
def test_the_fourth_reviews_misfires_read_as_before(text: str, phrase: str, first: str) -> None:
    assert intervals(text)[phrase][0] == first


def test_a_plan_said_on_a_december_page_for_january_is_next_years() -> None:
    text = "市人大常委会将于1月15日召开第十次会议，审议多项法规草案。"
    assert Reading(datetime(2024, 12, 20, 10)).intervals(text)["1月15日"][0] == "2025-01-15T00:00:00"


def test_a_reporters_reminder_after_tomorrow_stays_tomorrows() -> None:
    text = "明天高考开考。下午考数学，记者提醒考生要提前到场，带齐证件。"
    assert Reading(datetime(2025, 11, 27, 12)).intervals(text)["下午"][0] == "2025-11-28T13:00:00"


# ---- The fifth review of this round's rules


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("7月开幕的巴黎奥运会门票已经售出了八成，组委会十分满意。", "7月", "2024-07-01T00:00:00"),
        ("截至7月31日，符合条件的市民可到社区报名，过期不候。", "7月31日", "2024-07-31T00:00:00"),
        ("小白礁一号迎来新生。浙江在线06月08日讯 昨天上午，考古队员开始了新一轮发掘。", "昨天上午", "2024-06-07T07:00:00"),
    ],
)
def test_the_fifth_reviews_misfires_read_as_before(text: str, phrase: str, first: str) -> None:
    assert intervals(text)[phrase][0] == first


def test_a_leads_day_of_what_takes_effect_is_no_dateline() -> None:
    text = "本报讯（记者王五）7月1日，新修订的《条例》将正式施行，市民须知。"
    assert intervals(text)["7月1日"][0] == "2024-07-01T00:00:00"


def test_a_reporters_visit_after_tomorrow_is_todays() -> None:
    text = "教育局表示，明天將繼續停課。下午，記者實地探訪了多間學校，家長十分焦急。"
    assert Reading(datetime(2025, 11, 27, 12)).intervals(text)["下午"][0] == "2025-11-27T13:00:00"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("该项目总投资1亿4千多万元，预计明年年底建成投产。", "~140000000-150000000 CNY"),
        ("该项目总投资１亿４０００多万元，预计明年年底建成投产。", "~140000000-150000000 CNY"),
        ("该项目总投资2亿450多万元，预计明年年底建成投产。", "~204500000-204600000 CNY"),
    ],
)
def test_a_hundred_million_and_more_ten_thousands_is_one_sum(text: str, value: str) -> None:
    assert values(text, "money") == [value]
