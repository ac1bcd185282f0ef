"""Dates, amounts and counts read on a fourth sample of single news lines and of whole dev
pages, written as news says them.

Every phrase here is our own; none comes from a held-out suite. The reference is 2024-06-12
10:00 (a Wednesday), the day the lines were read against.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.core.facts.reading import NEWS_LINES, Reading

facts, intervals, values, _dates = NEWS_LINES.facts, NEWS_LINES.intervals, NEWS_LINES.values, NEWS_LINES.dates


# ---- Dates


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("他在外潜逃了20年，最终于昨日被警方抓获归案。", "20年", "P20Y"),
        ("这个项目历时12年，终于在今天完成了全部建设。", "12年", "P12Y"),
        ("他在这里整整工作了10年半，今年终于光荣退休了。", "10年半", "P10.5Y"),
        ("该工程为期3年，总投资达到了5亿元人民币。", "3年", "P3Y"),
        ("殖民当局在当地进行了长达32年之久的黑暗统治，百姓生活困苦。", "32年", "P32Y"),
        ("殖民当局在当地进行了长达32年的黑暗统治，百姓生活十分困苦。", "32年", "P32Y"),
    ],
)
def test_years_in_two_digits_said_as_a_length_are_a_length(text: str, phrase: str, value: str) -> None:
    kind, said, interval = _dates(text)[phrase]
    assert (kind, said, interval) == ("duration", value, None)


def test_an_age_in_years_is_no_length() -> None:
    assert "６３年" not in intervals("这场火警也造成了６３年岁的李文丽死亡，另有两人受伤。")


@pytest.mark.parametrize(
    ("published", "value", "first"),
    [(datetime(2024, 6, 12, 10), "2020/2030", "2020-01-01T00:00:00"), (datetime(2015, 3, 1, 10), "1920/1930", "1920-01-01T00:00:00")],
)
def test_the_twenties_without_a_century_are_this_centurys_once_begun_in_value_and_interval(
    published: datetime, value: str, first: str
) -> None:
    (fact,) = Reading(published).facts("到了20年代，这座城市已经发展成为远东重要的港口。", "date")
    assert (fact["value"], fact["interval"][0]) == (value, first)


@pytest.mark.parametrize(
    "text",
    [
        "医生建议他每周三次到医院进行康复治疗，效果不错。",
        "该航线每周五班往返于北京和上海之间，十分方便。",
        "医生建议他每星期三次到医院进行康复治疗。",
    ],
)
def test_how_often_a_week_is_no_weekday(text: str) -> None:
    assert [f["text"] for f in facts(text, "date")] == []


def test_a_weekday_said_every_week_stays_recurring() -> None:
    assert values("他每周三到医院进行康复治疗，效果很不错。", "date") == ["每周三"]


@pytest.mark.parametrize(
    "text",
    [
        "这部电影爬上周末票房榜首位，成为最大黑马。",
        "由于正好赶上周末，前来游玩的市民特别多，景区爆满。",
        "游客可以爬上周日才开放的观景台俯瞰全城景色。",
    ],
)
def test_the_up_of_a_verb_before_a_weekday_is_no_last_week(text: str) -> None:
    assert facts(text, "date") == []


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("这部影片上周末登上北美票房榜首位，成为最大黑马。", "上周末"),
        ("他上周末去了一趟上海，见了几个老朋友。", "上周末"),
    ],
)
def test_last_weekend_after_a_film_or_a_man_stays(text: str, phrase: str) -> None:
    assert intervals(text)[phrase] == ["2024-06-08T00:00:00", "2024-06-09T23:59:59"]


@pytest.mark.parametrize(
    ("text", "phrase", "day"),
    [
        ("年初二的时候，一家人照例回娘家拜年，热闹非凡。", "年初二", "2024-02-11"),
        ("年初一大早，市民便涌向黄大仙祠上香祈福。", "年初一", "2024-02-10"),
        ("年初三这天，很多人选择在家休息，不出门拜年。", "年初三", "2024-02-12"),
    ],
)
def test_a_day_of_the_new_year_said_short_is_the_lunar_day(text: str, phrase: str, day: str) -> None:
    assert intervals(text)[phrase][0] == f"{day}T00:00:00"


@pytest.mark.parametrize(
    "text",
    ["年初一大批企业已经开始裁员，情况不容乐观。", "从年初一开始，公司就面临着巨大的困难和挑战。", "公司年初一度陷入困境，后来逐渐好转。"],
)
def test_the_years_start_before_a_one_stays_the_years_start(text: str) -> None:
    assert list(intervals(text)) == ["年初"]


@pytest.mark.parametrize(
    ("text", "phrase", "interval"),
    [
        ("我前两天去了一趟医院，医生说没什么大问题。", "前两天", ["2024-06-10T10:00:00", "2024-06-12T10:00:00"]),
        ("我前两周去了一趟医院，医生说没什么大问题。", "前两周", ["2024-05-29T10:00:00", "2024-06-12T10:00:00"]),
    ],
)
def test_the_last_days_are_those_up_to_now_in_value_and_interval(text: str, phrase: str, interval: list[str]) -> None:
    (fact,) = facts(text, "date")
    assert (fact["text"], fact["interval"]) == (phrase, interval)
    assert fact["value"].startswith(interval[0])


# ---- Amounts


@pytest.mark.parametrize(
    "text",
    ["在售外币理财产品中，美元27款、港元15款、欧元13款、英镑5款、日元3款。", "其中美元27只，欧元债券5只，日元3笔，规模都不大。"],
)
def test_items_counted_by_their_currency_are_no_sums(text: str) -> None:
    assert facts(text, "money") == []


def test_a_sum_after_its_currency_stays() -> None:
    assert values("该行发行美元27亿的债券，受到投资者欢迎。", "money") == ["2700000000 USD"]


@pytest.mark.parametrize(
    "text", ["星际2首次登陆中国市场，受到了玩家的热烈欢迎。", "暗黑3首发当天，数十万玩家涌入服务器。"]
)
def test_a_first_after_a_games_number_is_no_count_of_songs(text: str) -> None:
    assert facts(text, "count") == []


def test_songs_stay_counted() -> None:
    assert values("她在演唱会上演唱了2首新歌，全场观众起立鼓掌。", "count") == ["2 首 新歌"]


def test_a_clock_after_a_film_is_its_length_but_a_week_word_after_it_is_a_date() -> None:
    assert list(intervals("这部影片上周末登上北美票房榜首位，观看影片 07:12 可见全过程。")) == ["上周末"]


@pytest.mark.parametrize(
    ("text", "phrase", "length"),
    [
        ("嫌犯在一个月内接连在多个城市兜售了三批手机。", "一个月内", "P1M"),
        ("他9个月内已跑遍全县所有乡镇，走访了上百户人家。", "9个月内", "P9M"),
        ("去年他在一个月内瘦了十公斤，令人惊讶不已。", "一个月内", "P1M"),
        ("该公司三年内已经开设了二十多家分店。", "三年内", "P3Y"),
        ("开学报到前14天内有省外旅居史的师生员工需要报告。", "14天内", "P14D"),
        ("当时住在益阳，在此之前两个月内，两人经常见面。", "两个月内", "P2M"),
    ],
)
def test_within_so_long_in_a_clause_of_what_was_done_is_a_length(text: str, phrase: str, length: str) -> None:
    assert _dates(text)[phrase] == ("duration", length, None)


@pytest.mark.parametrize(
    ("text", "phrase", "last"),
    [
        ("市政府要求各区县在一个月内完成整改工作。", "一个月内", "2024-07-12T23:59:59"),
        ("该工程计划在三年内完成，总投资五十亿元。", "三年内", "2027-06-12T23:59:59"),
    ],
)
def test_within_so_long_in_a_demand_or_a_plan_stays_the_time_to_come(text: str, phrase: str, last: str) -> None:
    assert intervals(text)[phrase] == ["2024-06-12T10:00:00", last]


def test_the_last_days_within_opening_a_clause_are_up_to_now() -> None:
    assert intervals("前3天内，该市共发生交通事故30起。")["前3天"] == ["2024-06-09T10:00:00", "2024-06-12T10:00:00"]


@pytest.mark.parametrize(
    ("text", "phrase", "day"),
    [
        ("新华社北京3月5日电 国务院总理昨天在人民大会堂会见了来访的外国客人。", "昨天", "2024-03-04"),
        ("新华社北京3月5日电 总理今天上午作报告，上周三他还在外地考察。", "上周三", "2024-02-28"),
        ("本报北京11月19日讯 记者昨天从有关部门获悉，新规将于下月实施。", "昨天", "2023-11-18"),
        ("本报北京11月19日讯 记者昨天从有关部门获悉，新规将于下月实施。", "11月19日", "2023-11-19"),
    ],
)
def test_a_datelines_day_with_its_month_is_the_storys_today_however_far_back(text: str, phrase: str, day: str) -> None:
    assert intervals(text)[phrase][0] == f"{day}T00:00:00"


def test_a_datelines_bare_day_far_from_the_publication_is_the_storys_today() -> None:
    """As a dateline with its month is: the last such day up to three days after the publication."""
    assert intervals("新华社北京5日电 国务院总理昨天在人民大会堂会见了来访的外国客人。")["昨天"][0] == "2024-06-04T00:00:00"
    assert intervals("新华社北京22日电 国务院总理昨天在人民大会堂会见了来访的外国客人。")["昨天"][0] == "2024-05-21T00:00:00"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("大宇汽车公司８号正式宣布破产，震惊了整个韩国。", "８号"),
        ("巴拉克１３号在美国芝加哥会见了来访的客人。", "１３号"),
        ("台北股市１３号大跌三百多点，投资人损失惨重。", "１３号"),
        ("抗议活动５号进入了第四天，仍然没有结束的迹象。", "５号"),
        ("地方法院８号判决，被告须赔偿原告损失。", "８号"),
    ],
)
def test_a_bare_hao_day_before_an_adverb_or_more_news_verbs_is_a_day(text: str, phrase: str) -> None:
    assert phrase in intervals(text)


@pytest.mark.parametrize("text", ["他穿着3号在场上奔跑，表现十分出色。", "编号3号在比赛中获得了第一名，令人惊喜。"])
def test_a_shirts_or_a_lists_number_before_zai_is_no_day(text: str) -> None:
    assert facts(text, "date") == []


def test_a_season_after_a_month_describes_the_month() -> None:
    assert _dates("国会将在8月夏季休会前完成这项法案的审议。") == {
        "8月": ("exact", "2024-08", ["2024-08-01T00:00:00", "2024-08-31T23:59:59"])}


def test_a_season_after_a_year_stays_the_season() -> None:
    assert intervals("2023年夏季，该市遭遇了罕见的高温天气。")["2023年夏季"][0] == "2023-05-06T00:00:00"


@pytest.mark.parametrize(
    "text",
    ["这一天被称为黑色星期五，股市暴跌。", "本轮英超四大豪门悉数亮相周六彩，博冷机会增加。", "该报周末版刊登了一篇长文，引起广泛关注。"],
)
def test_a_weekday_in_a_name_is_no_date(text: str) -> None:
    assert facts(text, "date") == []


@pytest.mark.parametrize(
    ("text", "phrase"), [("他周五版本更新后就出现了问题，用户纷纷投诉。", "周五"), ("该报周二刊登了一篇长文，引起广泛关注。", "周二")]
)
def test_a_weekday_before_a_word_of_its_own_stays(text: str, phrase: str) -> None:
    assert phrase in intervals(text)


@pytest.mark.parametrize(
    ("text", "phrase", "length"),
    [("他在这次事故中持续昏迷近三个小时才醒来。", "近三个小时", "PT3H"), ("经过近一个月的细致摸排，专案组摸清了团伙的特征。", "近一个月", "P1M")],
)
def test_nearly_so_long_is_a_length_not_a_count(text: str, phrase: str, length: str) -> None:
    assert _dates(text)[phrase][1] == length
    assert facts(text, "count") == []


@pytest.mark.parametrize("text", ["两人轮流值班，隔天休息，十分辛苦。", "他隔天去医院做一次透析，身体越来越差。", "该药需要隔天服用一次，不能多吃。"])
def test_every_other_day_is_no_day(text: str) -> None:
    assert facts(text, "date") == []


def test_the_day_after_a_day_told_stays() -> None:
    assert intervals("他昨天晚上被送进医院，隔天一早就被转到了省城。")["隔天"][0] == "2024-06-12T00:00:00"


def test_from_a_day_to_today_is_from_its_last_passing() -> None:
    assert intervals("从８月６号到今天已经经过了３个多月的时间。")["８月６号到今天"] == ["2023-08-06T00:00:00", "2024-06-12T10:00:00"]


def test_the_gang_of_four_is_no_count_of_people() -> None:
    assert facts("粉碎四人帮以后，全国人民欢欣鼓舞，奔走相告。", "count") == []


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("这篇评测文章发表于2011年《大众软件》1月上，引起了玩家的热烈讨论。", "1月", "2011-01-01T00:00:00"),
        ("国内电商专家做了一个统计，就在2011年里，6月份，腾讯推出了安居计划。", "6月份", "2011-06-01T00:00:00"),
        ("2023年，公司錄得虧損，並於8月宣布裁員，引起員工不滿。", "8月", "2023-08-01T00:00:00"),
        ("公司在2023年錄得虧損，並於8月宣布裁員，引起員工不滿。", "8月", "2023-08-01T00:00:00"),
        ("他于1999年签约唱片公司，并于1月推出首张专辑，迅速走红。", "1月", "1999-01-01T00:00:00"),
    ],
)
def test_a_month_in_the_clause_of_its_year_or_under_a_year_that_frames_its_sentence_is_of_it(
    text: str, phrase: str, first: str
) -> None:
    assert Reading(datetime(2025, 11, 27, 10)).intervals(text)[phrase][0] == first


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("台積電在2022年宣布赴日設廠，熊本廠於2月24日正式開幕，日相出席。", "2月24日", "2025-02-24T00:00:00"),
        ("曾在2018年夺得冠军的他，5月12日在半决赛中意外出局。", "5月12日", "2025-05-12T00:00:00"),
    ],
)
def test_a_month_in_a_later_clause_than_its_year_is_of_the_publications(text: str, phrase: str, first: str) -> None:
    assert Reading(datetime(2025, 11, 27, 10)).intervals(text)[phrase][0] == first


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("尽管5月工业增加值小幅上升，但仍然远低于2011年的平均水平，较4月下降0.3个百分点。", "4月", "2025-04-01T00:00:00"),
        ("居民早於2024年已投訴過保護網防火隱患，最近一次巡查則在11月20日。", "11月20日", "2025-11-20T00:00:00"),
        ("在2023年的基礎上，公司今年8月再次擴大了生產規模。", "今年8月", "2025-08-01T00:00:00"),
    ],
)
def test_a_month_after_a_compared_year_or_a_turn_to_now_stays_the_publications(text: str, phrase: str, first: str) -> None:
    assert Reading(datetime(2025, 11, 27, 10)).intervals(text)[phrase][0] == first


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("目前仍有兩、三座大樓火勢嚴峻，消防員正全力撲救。", "~2-3 座 大楼火势"),
        ("事故中有三、四名工人受傷，已送往醫院救治。", "~3-4 名 工人"),
        ("虽然好评诚可贵，但一、两个差评也并不可怕。", "~1-2 个 差评"),
    ],
)
def test_two_digits_in_a_row_set_apart_say_about_so_many(text: str, value: str) -> None:
    assert values(text, "count") == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [("会议讨论了第二、三项议题，意见并不一致。", None), ("日本仍为最大贸易伙伴，美国、香港位居二、三位。", "3 位")],
)
def test_listed_ordinals_are_no_rough_count(text: str, value: str | None) -> None:
    """第二、三项 lists ordinals, its 第 holding both: no count at all (it was 3 项 议题)."""
    assert values(text, "count") == ([value] if value else [])


@pytest.mark.parametrize(
    ("text", "phrase", "interval"),
    [
        ("民政署今日（29日）起至12月1日於全港各區設置弔唁處。", "今日（29日）起至12月1日", ["2025-11-29T00:00:00", "2025-12-01T23:59:59"]),
        ("展覽於周三（11月26日）至周五（11月28日）在會展中心舉行。", "周三（11月26日）至周五（11月28日）", ["2025-11-26T00:00:00", "2025-11-28T23:59:59"]),
        ("展覽於11月26日（周三）至28日（周五）在會展中心舉行。", "11月26日（周三）至28日（周五）", ["2025-11-26T00:00:00", "2025-11-28T23:59:59"]),
    ],
)
def test_a_range_whose_first_day_has_its_date_or_weekday_in_brackets_is_one(text: str, phrase: str, interval: list[str]) -> None:
    assert Reading(datetime(2025, 11, 27, 10)).intervals(text)[phrase] == interval


@pytest.mark.parametrize(
    ("text", "phrase", "length"),
    [
        ("法院判处被告有期徒刑3年，缓刑四年执行，并处罚金。", "3年", "P3Y"),
        ("法院判处被告有期徒刑3年，缓刑四年执行，并处罚金。", "四年", "P4Y"),
        ("时隔17年，他再次回到了故乡，感慨万千。", "17年", "P17Y"),
        ("判处死刑，缓期两年执行，剥夺政治权利终身。", "两年", "P2Y"),
    ],
)
def test_a_sentence_a_gap_or_a_run_of_years_is_a_length(text: str, phrase: str, length: str) -> None:
    assert _dates(text)[phrase][1] == length


@pytest.mark.parametrize(
    ("text", "value"),
    [("为了给儿子治病，他前后向亲戚朋友借了135万，至今无力偿还。", "1350000 CNY"), ("他在任职期间贪污500万，最终被判处有期徒刑。", "5000000 CNY")],
)
def test_a_sum_borrowed_or_embezzled_in_wan_is_money(text: str, value: str) -> None:
    assert values(text, "money") == [value]


def test_a_clock_of_another_zone_in_brackets_is_the_same_moment() -> None:
    said = Reading(datetime(2025, 11, 26, 20)).intervals("大火於香港時間下午2時51分（倫敦時間早上6時51分）開始，迅速蔓延。")
    assert list(said) == ["下午2時51分"]


@pytest.mark.parametrize(
    "text", ["每每到了比賽前一天晚上，主辦方才臨時宣布隔天比賽的採訪安排。", "每到比賽前一晚，主辦方才宣布次日比賽的採訪安排。"]
)
def test_the_next_day_of_whenever_is_no_day(text: str) -> None:
    assert facts(text, "date") == []


def test_an_events_day_is_not_the_reporting_day() -> None:
    said = Reading(datetime(2025, 12, 3, 18)).facts("大埔宏福苑11月26日發生五級火。記者今午接觸到Emi，據悉火災當日她不在家。", "date")
    fire = next(f for f in said if f["value"] == "2025-11-26")
    assert len(fire["mentions"]) == 2  # 11月26日 and 火災當日's 當日


# ---- The review of this round's rules


@pytest.mark.parametrize(
    ("published", "text", "phrase", "day"),
    [
        (datetime(2024, 6, 12, 22), "新华社华盛顿6月13日电 美国国会众议院今天以微弱多数投票通过了该法案。", "6月13日", "2024-06-13"),
        (datetime(2024, 12, 31, 20), "新华社悉尼1月1日电 悉尼今天以盛大的烟花表演迎接新年的到来。", "1月1日", "2025-01-01"),
    ],
)
def test_a_dateline_a_day_or_so_after_the_stamp_is_of_the_stamps_year_or_the_next(
    published: datetime, text: str, phrase: str, day: str
) -> None:
    assert Reading(published).intervals(text)[phrase][0] == f"{day}T00:00:00"


def test_a_date_before_a_word_opening_with_dian_is_no_dateline() -> None:
    said = intervals("这个社区3月5日电动自行车充电时起火，消防部门昨天通报了原因。")
    assert said["昨天"][0] == "2024-06-11T00:00:00"


@pytest.mark.parametrize(
    "text",
    ["湖人队的23号在第四节独得15分，帮助球队逆转。", "场上的7号进入禁区后被对方球员放倒。", "隔壁8号在装修，噪音很大，居民纷纷投诉。",
     "恪遵憲法法庭111年憲判字第13號判決揭示的意旨。"],
)
def test_a_players_a_houses_or_a_rulings_number_is_no_day(text: str) -> None:
    assert facts(text, "date") == []


@pytest.mark.parametrize(
    "text", ["股市迎来了24年的首个交易日，三大指数集体高开。", "阿根廷赢得了22年卡塔尔世界杯冠军，举国欢庆。", "这个项目推迟到了25年，原因是资金不足。"]
)
def test_a_year_written_short_after_le_is_no_length(text: str) -> None:
    assert not any(f["value_kind"] == "duration" for f in facts(text, "date"))


@pytest.mark.parametrize(
    ("text", "phrase"),
    [("这家体育馆每周三场地免费向市民开放。", "每周三"), ("跟上周末相比，本周的客流量明显下降。", "上周末"),
     ("再加上上周末的降雨，水位持续上涨。", "上周末"), ("剧组上周六彩排了一场大型音乐剧。", "上周六"),
     ("人民日报上周五刊文指出，要加强监管。", "上周五"), ("6月10日晚他报了警，隔天他又一次来到派出所。", "隔天")],
)
def test_days_the_rounds_rules_had_lost_stay(text: str, phrase: str) -> None:
    assert phrase in intervals(text)


def test_last_weekend_after_jia_shang_is_last_weekend() -> None:
    assert intervals("再加上上周末的降雨，水位持续上涨。")["上周末"] == ["2024-06-08T00:00:00", "2024-06-09T23:59:59"]


@pytest.mark.parametrize(
    ("text", "value"), [("他们四人帮忙搬运物资，十分辛苦。", "4 人"), ("这张专辑里有12首播放量过亿的热门歌曲。", "12 首 播放量")]
)
def test_counts_the_rounds_rules_had_lost_stay(text: str, value: str) -> None:
    assert values(text, "count") == [value]


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("11月18日晚上他们一直聊天，聊到凌晨一点多才睡。", "凌晨一点多", "2025-11-19T01:00:00"),
        ("11月18日晚上10点会议开始，一直开到凌晨2点才结束。", "凌晨2点", "2025-11-19T02:00:00"),
        ("大火於26日晚上11時仍然猛烈，至凌晨3時才受控。", "凌晨3時", "2025-11-27T03:00:00"),
        ("26日上午警方開會，至凌晨3時才散會。", "凌晨3時", "2025-11-27T03:00:00"),
    ],
)
def test_the_small_hours_after_an_evening_are_the_next_days(text: str, phrase: str, first: str) -> None:
    assert Reading(datetime(2025, 11, 28, 10)).intervals(text)[phrase][0] == first


def test_the_small_hours_of_a_day_named_with_them_stay() -> None:
    assert Reading(datetime(2025, 11, 28, 10)).intervals("26日凌晨3時，警方接報到場。")["26日凌晨3時"][0] == "2025-11-26T03:00:00"


def test_last_year_after_one_year_said_twice_counts_from_it() -> None:
    said = intervals("根据深发展2011年业绩公告显示，截至2011年12月31日，该行净利润较上年增长65%。")
    assert said["上年"][0] == "2010-01-01T00:00:00"


def test_last_year_after_two_years_says_neither() -> None:
    assert intervals("2018年全市生产总值比2017年增长8%，增速比上年提高。")["上年"][0] == "2023-01-01T00:00:00"


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [("截至1997年9月底，全市工业产值比上年同期增长12%。", "上年同期", "1996-01-01T00:00:00"),
     ("截至6月10日，全市工业产值比去年同期增长12%。", "去年同期", "2023-01-01T00:00:00")],
)
def test_the_same_period_after_a_day_is_the_year_before_the_days_year_when_written(text: str, phrase: str, first: str) -> None:
    assert intervals(text)[phrase][0] == first


@pytest.mark.parametrize(
    ("published", "stamp", "first"),
    [(datetime(2025, 11, 29, 18), "17:20 - 29/11/2025", "2025-11-29T17:20:00"), (datetime(2025, 11, 30, 9), "17:20 - 28/11/2025", "2025-11-28T17:20:00")],
)
def test_a_time_then_its_day_is_one_moment(published: datetime, stamp: str, first: str) -> None:
    said = Reading(published).intervals(f"最新消息（截至{stamp}），死亡人數已升至128人。")
    assert said[stamp] == [first, first[:-2] + "59"]


def test_a_range_of_clock_times_stays_a_range() -> None:
    said = Reading(datetime(2025, 11, 29, 9)).intervals("晚上8:00 - 10:30，市民可以到社區會堂領取物資。")
    assert said["晚上8:00 - 10:30"] == ["2025-11-29T20:00:00", "2025-11-29T22:30:59"]


def test_a_line_that_only_says_how_long_ago_is_the_pages_age() -> None:
    said = Reading(datetime(2025, 11, 27, 18)).facts("Author, 黃思琪\n4 小時前\n香港一場大火造成多人死亡。", "date")
    assert said == []


def test_how_long_ago_in_a_sentence_stays() -> None:
    said = Reading(datetime(2025, 11, 27, 18)).intervals("疑犯在4小時前已離開現場，警方正在追查。")
    assert said["4小時前"][0] == "2025-11-27T14:00:00"


@pytest.mark.parametrize(
    ("text", "value"),
    [("该行去年发行了300亿元次级债，用于补充资本金。", "30000000000 CNY"), ("他以200万元次日转手，净赚了一笔。", "2000000 CNY"),
     ("营收达到两千万只是一个开始，未来还有更大的目标。", "20000000 CNY")],
)
def test_a_sum_before_a_word_opening_with_ci_or_zhi_stays_money(text: str, value: str) -> None:
    assert values(text, "money") == [value]


@pytest.mark.parametrize("text", ["建行拟发行800亿次级债补充资本。", "他贪污了8000万只判了15年，舆论哗然。"])
def test_subordinated_debt_or_only_is_no_count(text: str) -> None:
    assert facts(text, "count") == []


@pytest.mark.parametrize(("text", "value"), [("農場里養了三十只羊，每天都要放牧。", "30 只 羊"), ("這3次要求台灣負責任，對象各不相同。", "3 次")])
def test_sheep_and_times_stay_counted(text: str, value: str) -> None:
    assert values(text, "count") == [value]


def test_algebra_is_no_money() -> None:
    assert facts("学生们正在学习一元二次方程的解法。", "money") == []


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [("1月11日上午消息，淘宝商城今日在北京举行战略发布会。", "今日", "2024-01-11T00:00:00"),
     ("11月28日消息，根据纳斯达克在上周五发布的数据显示，做空股票大增。", "上周五", "2023-11-24T00:00:00")],
)
def test_a_web_storys_opening_day_with_xiaoxi_is_its_today(text: str, phrase: str, first: str) -> None:
    assert intervals(text)[phrase][0] == first


def test_news_of_a_day_spreading_is_no_dateline() -> None:
    assert intervals("3月5日消息传出后，股价今天大涨，投资者纷纷入场。")["今天"][0] == "2024-06-12T00:00:00"


def test_a_local_clock_in_brackets_after_a_foreign_one_is_kept() -> None:
    said = intervals("火箭于美国东部时间6月11日晚10时（北京时间12日上午10时）发射升空。")
    assert said["12日上午10时"][0] == "2024-06-12T10:00:00"


def test_a_bracket_of_a_shows_hours_is_no_zone() -> None:
    assert "约两小时" in intervals("音乐会于今晚8时（演出时间约两小时）开始，票已售罄。")


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [("他通常早上7点出门上班，但6月10日他没有出现，次日家人报警求助。", "次日", "2024-06-11T00:00:00"),
     ("新华社北京6月10日电题：奋力谱写新篇章 会议昨天在京召开。", "昨天", "2024-06-09T00:00:00")],
)
def test_a_day_named_after_a_habit_or_a_dateline_before_a_title_still_anchors(text: str, phrase: str, first: str) -> None:
    assert intervals(text)[phrase][0] == first


def test_an_events_day_that_is_today_stays_today() -> None:
    said = Reading(datetime(2025, 11, 27, 18)).intervals("今日凌晨大埔一工廈發生三級火，火災當日有二十名工人被困。")
    assert said["當日"][0] == "2025-11-27T00:00:00"


def test_so_many_years_before_a_noun_after_a_verb_of_doing_is_a_length() -> None:
    assert _dates("警方抓获了潜逃了20年的犯罪嫌疑人，案件终于告破。")["20年"][1] == "P20Y"


def test_the_twenties_in_a_sentence_of_history_are_the_1920s() -> None:  # 民国
    assert _dates("这部电影在20年代的上海拍摄，讲述了一个民国时期的爱情故事。")["20年代"][1] == "1920/1930"


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("警方表示，该团伙至少发生过8起类似的抢劫案件。", "count", "8+ 起 类似"),
        ("该公司至少投入了5000万元用于研发新产品。", "money", "50000000+ CNY"),
        ("根据规定，旅客最高可赔188元，引起了不少争议。", "money", "<188 CNY"),
        ("今年以来，该平台的交易额已经突破2000万，增长迅速。", "money", "20000000+ CNY"),
    ],
)
def test_a_bound_said_a_verb_before_its_number_bounds_it(text: str, kind: str, value: str) -> None:
    assert values(text, kind) == [value]


@pytest.mark.parametrize(
    ("text", "phrase", "interval"),
    [
        ("在1980年代的頭五年，這個城市的人口迅速增長。", "1980年代的頭五年", ["1980-01-01T00:00:00", "1984-12-31T23:59:59"]),
        ("2010年代的最後三年，智能手机市场趋于饱和。", "2010年代的最後三年", ["2017-01-01T00:00:00", "2019-12-31T23:59:59"]),
        ("2023年的最后两个月，房价开始回落，成交量萎缩。", "2023年的最后两个月", ["2023-11-01T00:00:00", "2023-12-31T23:59:59"]),
    ],
)
def test_the_first_or_last_years_of_a_decade_or_months_of_a_year(text: str, phrase: str, interval: list[str]) -> None:
    assert intervals(text)[phrase] == interval


def test_after_a_year_then_months_is_no_last_months() -> None:
    assert "2020年后3个月" not in intervals("2020年后3个月内，公司完成了重组。")


@pytest.mark.parametrize(
    ("text", "phrase", "year"),
    [
        ("早在89年，他就已经开始研究这个问题了。", "89年", "1989"),
        ("98年他来到深圳，开始了自己的创业之路。", "98年", "1998"),
        ("在98年的时候，这里还是一片荒地，人烟稀少。", "98年", "1998"),
        ("该公司成立于05年，目前已有员工三千人。", "05年", "2005"),
        ("四九年以后，这座城市发生了翻天覆地的变化。", "四九年以后", "1949-01-01T00:00:00/2024-06-12T10:00:01"),  # since 1949
    ],
)
def test_a_year_written_short_as_when_a_deed_was_done_is_that_year(text: str, phrase: str, year: str) -> None:
    assert _dates(text)[phrase][1] == year


@pytest.mark.parametrize(("text", "phrase"), [("他在30年内完成了这项工作，十分不易。", "30年内"), ("他在这里工作了20年，今年退休了。", "20年")])
def test_so_many_years_stay_a_length(text: str, phrase: str) -> None:
    assert _dates(text)[phrase][0] == "duration"


@pytest.mark.parametrize(
    ("text", "value"),
    [("各地房价同比下降0.4到16.8个百分点，降幅有所扩大。", "0.4-16.8pp"), ("各地房价同比下降零点四到十六点八个百分点，降幅扩大。", "0.4-16.8pp"),
     ("去年下半年，进口增长平均速度比出口高６至７个百分点。", "6-7pp")],
)
def test_a_range_of_points_said_once_after_its_end_is_one_range(text: str, value: str) -> None:
    assert values(text, "percent") == [value]


@pytest.mark.parametrize(
    ("text", "value"), [("这款新车的售价为8.98万起，性价比很高。", "89800+ CNY"), ("这款新车售价10万起步，性价比很高。", "100000+ CNY")]
)
def test_a_price_from_so_many_wan_is_more_than(text: str, value: str) -> None:
    assert values(text, "money") == [value]


def test_a_price_from_is_no_count_of_incidents() -> None:
    assert facts("这款车不到10万起步售价，吸引了大量消费者。", "count") == []


@pytest.mark.parametrize(
    ("text", "phrase"), [("他说，等春节后再做打算，现在先把工作做好。", "春节后"), ("他说，等过了春节再做打算，现在先把工作做好。", "春节")]
)
def test_a_feast_waited_for_is_the_next_one(text: str, phrase: str) -> None:
    assert Reading(datetime(2020, 11, 26, 10)).intervals(text)[phrase][0] == "2021-02-12T00:00:00"


# ---- The third review


def test_the_small_hours_told_in_an_evening_report_are_that_days() -> None:
    said = intervals("警方于6月8日晚发布通报称，凌晨3时许，一男子持刀闯入民宅抢劫财物。")
    assert said["凌晨3时许"][0] == "2024-06-08T03:00:00"


def test_the_same_period_after_a_listing_day_stays_last_year() -> None:
    assert intervals("该公司于2015年3月8日上市，今年营收比上年同期增长。")["上年同期"][0] == "2023-01-01T00:00:00"


def test_fish_fry_before_only_stay_counted() -> None:
    assert values("今年投放的鱼苗300万只是去年的两倍。", "count") == ["3000000 只"]


def test_a_year_written_short_before_a_thing_of_one_year_is_no_length() -> None:
    assert facts("他错过了22年的世界杯，一直引以为憾。", "date") == []


def test_a_posted_stamp_is_read_month_first_where_day_first_is_months_ahead() -> None:
    assert intervals("Posted 09:15 - 6/11/2024 by the editor, 今天更新。")["09:15 - 6/11/2024"][0] == "2024-06-11T09:15:00"


def test_an_officials_today_is_no_events_day() -> None:
    said = Reading(datetime(2025, 11, 27, 18)).facts("消防處今日表示，火災當日有二十名工人被困。", "date")
    assert [f["text"] for f in said] == ["今日"] and len(said[0]["mentions"]) == 1


def test_a_feast_past_that_a_deed_waited_for_stays_past() -> None:
    said = Reading(datetime(2020, 6, 10, 10)).intervals("很多员工直到春节后才返回工作岗位，企业复工缓慢。")
    assert said["春节后"][0] == "2020-01-25T00:00:00"


# ---- The fourth review


@pytest.mark.parametrize("text", ["合同规定，经营期限不低于20年，期满可以续签。", "这类设备的使用寿命均低于10年，需要定期更换。"])
def test_a_length_after_a_comparison_is_no_year(text: str) -> None:
    assert not any(f["value_kind"] == "exact" for f in facts(text, "date"))


def test_a_short_year_just_ahead_is_this_centurys() -> None:
    assert _dates("预计在27年的时候全线通车，届时出行更方便。")["27年"][1] == "2027"


def test_a_deadline_stamped_ahead_is_read_day_first() -> None:
    assert intervals("报名截止 17:00 - 5/7/2024，逾期不候。")["17:00 - 5/7/2024"][0] == "2024-07-05T17:00:00"


def test_a_feast_waited_for_in_a_story_told_as_past_stays_past() -> None:
    said = Reading(datetime(2024, 6, 10, 10)).intervals("去年他说要等春节后再做打算，结果错过了最好的时机。")
    assert said["春节后"][0] == "2024-02-10T00:00:00"


@pytest.mark.parametrize(
    ("text", "phrase"), [("他开了20年的出租车，对这座城市了如指掌。", "20年"), ("他打了15年的官司，终于讨回了公道。", "15年")]
)
def test_so_many_years_of_a_deed_before_its_object_are_a_length(text: str, phrase: str) -> None:
    assert _dates(text)[phrase][1].startswith("P")


# ---- A ninth sample of lines and pages


@pytest.mark.parametrize(
    ("text", "phrase", "length"),
    [("这个过程大约需要一两个月，请耐心等待。", "一两个月", "P2M"), ("会议持续了三四个小时，大家都很疲惫。", "三四个小时", "PT4H")],
)
def test_a_length_of_one_or_the_next_is_the_next_not_their_sum(text: str, phrase: str, length: str) -> None:
    assert _dates(text)[phrase][1] == length


def test_a_services_round_the_clock_hours_are_no_length() -> None:
    assert facts("医院开通了24小时热线，为市民提供咨询服务。", "date") == []


def test_the_weekend_just_past_is_last_weekend() -> None:
    assert intervals("刚刚过去的这个周末，大批市民涌入公园游玩。")["这个周末"][0] == "2024-06-08T00:00:00"


@pytest.mark.parametrize("text", ["星期天报的一篇评论文章引起了广泛关注。", "据英国星期日泰晤士报报道，该公司将被收购。"])
def test_a_papers_name_is_no_day(text: str) -> None:
    assert facts(text, "date") == []


def test_a_day_a_paper_reported_on_stays() -> None:
    assert "周日" in intervals("据新华社周日报道，该公司将被收购。")


@pytest.mark.parametrize("text", ["他曾在医院外三科工作多年，经验丰富。", "五人制足球比赛在体育馆举行，吸引了众多观众。"])
def test_a_ward_or_a_games_format_is_no_count(text: str) -> None:
    assert facts(text, "count") == []


@pytest.mark.parametrize(
    ("published", "text", "phrase", "first"),
    [
        (datetime(2024, 6, 12, 10), "昨天（29日）下午，该市发生了一起严重的交通事故。", "下午", "2024-05-29T13:00:00"),
        (datetime(2024, 6, 12, 10), "明天（29日）下午，该市将举行大型活动。", "下午", "2024-06-29T13:00:00"),
        (datetime(2025, 12, 1, 0, 30), "昨日（30日）晚上，警方接報到場。", "晚上", "2025-11-30T18:00:00"),
    ],
)
def test_a_bracketed_day_after_a_day_word_is_in_the_words_month(published: datetime, text: str, phrase: str, first: str) -> None:
    assert Reading(published).intervals(text)[phrase][0] == first


def test_a_bracketed_yesterday_on_the_stamps_own_day_stays_there() -> None:
    said = Reading(datetime(2025, 11, 28, 10)).intervals("大火仍未救熄，昨日(28日)深夜時分，高層單位仍有火光。")
    assert said["深夜"][0] == "2025-11-28T23:00:00"


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("人民网北京7月16日电 国务院今天召开常务会议，研究部署相关工作。", "7月16日", "2023-07-16T00:00:00"),
        ("新华社北京七月十六日电 国务院今天召开常务会议，研究部署相关工作。", "七月十六日", "2023-07-16T00:00:00"),
        ("新华网洛杉矶9月27日专电 美国航天局今天宣布了一项重大发现。", "9月27日", "2023-09-27T00:00:00"),
    ],
)
def test_datelines_of_web_portals_in_chinese_digits_or_special_dispatches(text: str, phrase: str, first: str) -> None:
    said = facts(text, "date")
    assert [(f["text"], f["interval"][0], len(f["mentions"])) for f in said] == [(phrase, first, 2)]  # 今天 is that day


def test_a_games_score_is_no_time_of_day() -> None:
    assert facts("她以21:18赢得第二局，最终以2:1获胜。", "date") == []


def test_the_gala_is_no_evening() -> None:
    assert facts("央视春晚上的节目引起了热议，观众褒贬不一。", "date") == []


def test_a_developments_phase_is_no_count() -> None:
    assert facts("观宸项目二期已经开始预售，吸引了大批购房者。", "count") == []


def test_a_bare_day_the_month_has_not_is_the_month_befores() -> None:
    assert intervals("31日上午10点，警方接到报警后迅速赶到现场。")["31日上午10点"][0] == "2024-05-31T10:00:00"


@pytest.mark.parametrize(
    ("published", "text", "phrase", "first"),
    [
        (datetime(2024, 6, 12, 10), "明天（11日）下午，该市将举行大型活动。", "下午", "2024-06-11T13:00:00"),
        (datetime(2024, 6, 12, 10), "昨天（13日）下午，该市发生了一起严重的交通事故。", "下午", "2024-06-13T13:00:00"),
        (datetime(2024, 7, 1, 10), "昨天（31日）下午，该市发生了一起交通事故。", "下午", "2024-06-30T13:00:00"),
    ],
)
def test_a_bracketed_day_near_the_stamp_stays_in_its_month(published: datetime, text: str, phrase: str, first: str) -> None:
    assert Reading(published).intervals(text)[phrase][0] == first


def test_five_who_drew_up_a_plan_are_counted() -> None:
    assert values("他们五人制定了详细的计划，分工明确。", "count") == ["5 人"]
