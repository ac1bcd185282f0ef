"""Date phrases read on Hong Kong live pages of late 2025 and the pages read with them: so many
days written with 日, as Hong Kong and Taiwan write 天.

Every phrase here is our own, written in the way of the pages read; none comes from a held-out
suite. The reference is the article's publication time, 2025-11-28 18:48 (a Friday).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from reader.core.facts import extract_facts, facts_to_json
from reader.core.model import Article

PUBLISHED = datetime(2025, 11, 28, 18, 48)


def dates(text: str, published: datetime = PUBLISHED) -> list[dict[str, Any]]:
    found = facts_to_json(extract_facts(Article(text=text, blocks=(), published=published)))
    return [f for f in found if f["kind"] == "date"]


def phrases(text: str) -> dict[str, str]:
    """Each date's phrase and its value."""
    return {f["text"]: f["value"] for f in dates(text)}


@pytest.mark.parametrize(
    "text",
    ["政府建築物明（11月29日）起下半旗3日。", "展覽為期3日，免費入場。", "全港學校停課3日。", "恒指連續3日下跌。", "密切接觸者須隔離14日。"],
)
def test_so_many_days_written_with_ri_are_no_day_of_the_month(text: str) -> None:
    said = [f for f in dates(text) if f["text"].endswith("日") and "月" not in f["text"]]
    assert all(f["value_kind"] == "duration" for f in said)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [("他3日抵港。", "3日", "2025-11-03"), ("警方於3日晚拘捕兩人。", "3日晚", "2025-11-03T18:00/2025-11-04T00:00"),
     ("中共28日公布新一輪措施。", "28日", "2025-11-28"), ("俄國元首3日抵達北京。", "3日", "2025-11-03")],
)
def test_a_bare_day_after_other_words_stays_a_day_of_the_month(text: str, phrase: str, value: str) -> None:
    assert phrases(text)[phrase] == value


def first(text: str, phrase: str) -> str:
    """The first second of the phrase's interval."""
    [fact] = [f for f in dates(text) if f["text"] == phrase]
    return fact["interval"][0]


@pytest.mark.parametrize(
    ("text", "phrase", "moment"),
    [
        ("截至昨傍晚6時，逾600名居民入住。", "昨傍晚6時", "2025-11-27T18:00:00"),
        ("昨下午2時51分接報，消防到場。", "昨下午2時51分", "2025-11-27T14:51:00"),
        ("昨凌晨3時許再有單位起火。", "昨凌晨3時許", "2025-11-27T03:00:00"),
    ],
)
def test_yesterday_said_short_with_a_part_of_the_day_and_a_clock_time(text: str, phrase: str, moment: str) -> None:
    assert first(text, phrase) == moment


@pytest.mark.parametrize("text", ["昨早宏福苑火場附近仍有人圍觀。", "今晨較昨晨人流減少。"])
def test_yesterday_morning_said_short_is_about_those_hours(text: str) -> None:
    [fact] = [f for f in dates(text) if f["text"] in ("昨早", "昨晨")]
    assert (fact["value_kind"], fact["grain"], fact["interval"][0]) == ("approximate", "hour", "2025-11-27T06:00:00")


@pytest.mark.parametrize(
    ("text", "phrase", "interval"),
    [
        ("李家超今早（28日）聯同主要官員默哀。", "今早（28日）", ["2025-11-28T06:00:00", "2025-11-28T09:59:59"]),
        ("梁君彥昨晚（27日）出席晚宴。", "昨晚（27日）", ["2025-11-27T18:00:00", "2025-11-27T23:59:59"]),
        ("教育局今早(28日)已統計師生人數。", "今早(28日)", ["2025-11-28T06:00:00", "2025-11-28T09:59:59"]),
    ],
)
def test_a_part_of_the_day_with_its_day_in_brackets_keeps_its_part(text: str, phrase: str, interval: list[str]) -> None:
    [fact] = [f for f in dates(text) if f["text"] == phrase]
    assert fact["interval"] == interval


def test_an_hour_after_an_evening_with_its_day_in_brackets_is_that_evenings() -> None:
    assert first("今晚（27日）10時有記者會。", "10時") == "2025-11-27T22:00:00"


LIVE_PAGE = (
    "宏福苑五級火最新消息（11月29日）\n【08:00】行政長官今早（29日）默哀。\n"
    "宏福苑五級火最新消息（11月28日）\n【20:15】廉政公署表示，今日在多區拘捕8人。\n"
    "【18:48】截至今午5時，特首明早亦率主要官員默哀。\n【07:25】截至早上7時，12人危殆。"
)


@pytest.mark.parametrize(
    ("phrase", "moment"),
    [("20:15", "2025-11-28T20:15:00"), ("今午5時", "2025-11-28T17:00:00"), ("早上7時", "2025-11-28T07:00:00"), ("08:00", "2025-11-29T08:00:00")],
)
def test_a_live_pages_entries_count_from_the_day_their_heading_names(phrase: str, moment: str) -> None:
    found = dates(LIVE_PAGE, datetime(2025, 11, 29, 1, 25))
    assert [f["interval"][0] for f in found if f["text"] == phrase] == [moment]


def test_tomorrow_morning_under_yesterdays_heading_is_the_publications_morning() -> None:
    found = dates(LIVE_PAGE, datetime(2025, 11, 29, 1, 25))
    [morning] = [f for f in found if any(LIVE_PAGE[m["start"] : m["end"]] == "明早" for m in f["mentions"])]
    assert morning["interval"][0] == "2025-11-29T06:00:00"


def test_a_caption_ending_in_its_day_after_a_sentence_names_no_section() -> None:
    text = "警方在現場調查。（11月27日）\n今日有8人被捕。"
    [today] = [f for f in dates(text) if f["text"] == "今日"]
    assert today["value"] == "2025-11-28"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("維修工程去年7月展開，其中外牆棚架8月開始搭建。", "8月", "2024-08"),
        ("大桥去年3月开工，5月份完成桩基。", "5月份", "2024-05"),
        ("他前年5月入職，6月轉正。", "6月", "2023-06"),
    ],
)
def test_a_bare_month_after_a_month_of_a_year_counted_back_is_in_that_year(text: str, phrase: str, value: str) -> None:
    assert phrases(text)[phrase] == value


def test_a_bare_month_after_a_year_counted_back_in_another_sentence_stays_in_its_own() -> None:
    assert phrases("維修工程去年7月展開。8月開始搭建。")["8月"] == "2025-08"


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        ("（法新社羅馬19日電） 德國網球好手茲韋列夫今天以6比4擊敗智利選手。", datetime(2024, 5, 20, 14, 5), "2024-05-19"),
        ("新华社北京5月19日电 国务院今天召开常务会议。", datetime(2024, 5, 20, 9, 0), "2024-05-19"),
        ("（中央社記者王某台北20日電）行政院今天宣布新措施。", datetime(2024, 5, 20, 9, 0), "2024-05-20"),
    ],
)
def test_today_in_a_wire_story_is_its_datelines_day(text: str, published: datetime, day: str) -> None:
    found = dates(text, published)
    [today] = [f for f in found if any(text[m["start"] : m["end"]] == "今天" for m in f["mentions"])]
    assert today["value"] == day


def test_next_weekend_in_a_wire_story_counts_from_its_dateline() -> None:
    text = "（法新社羅馬19日電）他為下週末登場的法國公開賽做好暖身。"
    [weekend] = [f for f in dates(text, datetime(2024, 5, 20, 14, 5)) if f["text"] == "下週末"]
    assert weekend["interval"] == ["2024-05-25T00:00:00", "2024-05-26T23:59:59"]


def test_the_same_day_after_a_past_month_in_its_sentence_is_untold() -> None:
    found = phrases("特別業主大會於去年9月舉行，通過罷免時任法團，同日選出新法團。")
    assert found == {"去年9月": "2024-09"}


def test_the_same_day_after_a_day_in_its_sentence_is_that_day() -> None:
    assert phrases("大会于9月3日举行，同日选出新法团。") == {"9月3日": "2025-09-03"}


@pytest.mark.parametrize(
    ("text", "value"),
    [("4月份进出口增长8%，一举扭转上月负增长局面。", "2024-03"), ("4月份出口增长，上个月为负。", "2024-03"), ("他3月入职，上月离职。", "2024-04")],
)
def test_last_month_after_the_month_it_would_be_is_the_month_before(text: str, value: str) -> None:
    [last] = [f for f in dates(text, datetime(2024, 5, 9, 10)) if f["text"].startswith("上")]
    assert last["value"] == value


def test_a_part_of_the_day_on_a_bracketed_day_is_read_by_the_hour() -> None:
    [fact] = [f for f in dates("李家超今早（28日）聯同主要官員默哀。") if f["text"] == "今早（28日）"]
    assert (fact["grain"], fact["from"], fact["to"]) == ("hour", "2025-11-28T06:00", "2025-11-28T09:00")


@pytest.mark.parametrize("text", ["「香港明天更好基金」捐300萬支援居民。", "大家都祝願明天會更好。", "警務處處長周一鳴到現場視察。", "前局長周一嶽表示。"])
def test_tomorrow_or_a_weekday_inside_a_name_or_a_hope_is_no_date(text: str) -> None:
    assert phrases(text) == {}


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("立法會明8時為火災死難者默哀", "明8時", "2025-11-29T08:00:00"),
        ("而在今晚（28日）約10時13分，警方接獲報案。", "10時13分", "2025-11-28T22:13:00"),
        ("預計最快要今日中午至黃昏才可到達天台。", "今日中午至黃昏", "2025-11-28T12:00:00"),
        ("活動時間為上午9時正至下午6時正。", "上午9時正至下午6時", "2025-11-28T09:00:00"),
    ],
)
def test_hong_kong_ways_of_saying_a_time(text: str, phrase: str, first: str) -> None:
    assert first_of(text, phrase) == first


def first_of(text: str, phrase: str) -> str:
    [fact] = [f for f in dates(text) if f["text"] == phrase]
    return fact["interval"][0]


@pytest.mark.parametrize(("text", "phrase"), [("政府基金昨晚起收捐款。", "昨晚起"), ("傍晚起已在各處出現白花。", "傍晚起")])
def test_qi_after_a_part_of_the_day_opens_it(text: str, phrase: str) -> None:
    [fact] = [f for f in dates(text) if f["text"] == phrase]
    assert (fact["value_kind"], fact["interval"][1]) == ("more-than", None)


@pytest.mark.parametrize(
    ("text", "phrase", "interval"),
    [
        ("美食節將於明天（29日）起一連兩天在澳門舉行。", "明天（29日）起一連兩天", ["2025-11-29T00:00:00", "2025-11-30T23:59:59"]),
        ("明日起一連三日下半旗。", "明日起一連三日", ["2025-11-29T00:00:00", "2025-12-01T23:59:59"]),
    ],
)
def test_qi_and_so_many_days_after_it_close_the_range(text: str, phrase: str, interval: list[str]) -> None:
    [fact] = [f for f in dates(text) if f["text"] == phrase]
    assert fact["interval"] == interval


@pytest.mark.parametrize("text", ["3月嬰深夜獲救。", "觀看影片 07:12", "截至火災發生後翌日，共有80人受傷。"])
def test_an_age_a_clips_length_or_an_untold_events_next_day_is_no_date(text: str) -> None:
    assert not any(f["text"] in ("3月", "07:12", "翌日") for f in dates(text))


def test_a_forecasts_part_of_the_day_takes_no_day_from_an_earlier_sentences_past() -> None:
    text = "記者早上現場報道，火勢較昨晚減弱。消防員繼續救援，料要中午才能去到天台位置搜救。"
    assert first_of(text, "中午") == "2025-11-28T12:00:00"


def test_ba_said_with_jiang_is_no_forecast() -> None:
    text = "龜山警分局27日上午將王貴芬函送地檢署，檢方在下午火速傳喚。"
    assert first_of(text, "下午") == "2025-11-27T13:00:00"


def test_so_long_after_a_days_story_with_a_measure_carried_out_is_no_date() -> None:
    text = "翻查資料，2010年1月29日一幢唐樓倒塌。一個月後政府委託市建局做重建收購，實施特別措施協助居民。"
    assert "一個月後" not in phrases(text)


def test_so_long_after_now_when_a_rule_takes_effect_stays() -> None:
    assert phrases("新規定兩個月後才實施，業界仍在準備。")["兩個月後"] == "2026-01"


@pytest.mark.parametrize(
    ("text", "said", "day"),
    [("澤連斯基周四宣布，這顯然是指前一天對機場的襲擊。", "前一天", "2025-11-26"), ("2月7日，苏州召开大会。也是在同一日，徐州召开大会。", "同一日", "2025-02-07")],
)
def test_the_day_before_or_the_same_day_named_after_a_day(text: str, said: str, day: str) -> None:
    [fact] = [f for f in dates(text) if any(text[m["start"] : m["end"]] == said for m in f["mentions"])]
    assert fact["value"] == day


def test_a_tests_age_in_hours_is_no_date() -> None:
    assert phrases("返校须携带48小时内核酸检测阴性证明。") == {}


def test_a_name_ending_in_qin_before_wanjian_is_no_cantonese_last_night() -> None:
    assert phrases("蕭美琴晚間發表聲明。") == {"晚間": "2025-11-28T18:00/2025-11-29T00:00"}


def test_cantonese_last_night_stays() -> None:
    assert phrases("佢琴晚返屋企。") == {"琴晚": "2025-11-27T18:00/2025-11-28T00:00"}


# ---- What the review of this round's rules found (each fails on the rule as first written)


@pytest.mark.parametrize(
    ("text", "published", "phrase", "value"),
    [
        ("消防處今日表示，搜索工作已大致完成。\n消防員在宏福苑外灌救（27日）\n今日下午3時，局長將見記者。", datetime(2025, 11, 29, 9), "今日", "2025-11-29"),
        ("特首今早出席記者會。\n延伸閱讀：政府成立援助基金（27日）\n明日將舉行悼念活動。", datetime(2025, 11, 29, 9), "明日", "2025-11-30"),
        ("行政院長今天表示，將推出新措施。\n據路透社18日電，日本首相宣布類似措施。", datetime(2025, 11, 20, 10), "今天", "2025-11-20"),
        ("台北市長今天宣布，跨年晚會照常舉行。\n（中央社18日電）", datetime(2025, 11, 20, 10), "今天", "2025-11-20"),
        ("台電18日電價審議會決議凍漲，今天公告。", datetime(2025, 11, 20, 10), "今天", "2025-11-20"),
        ("本報記者18日電訪該公司。今天，公司發出聲明。", datetime(2025, 11, 20, 10), "今天", "2025-11-20"),
        ("消防處今日表示搜救完成。\n（法新社香港26日電）香港政府今天宣布。", datetime(2025, 11, 28, 10), "今日", "2025-11-28"),
    ],
)
def test_a_caption_a_link_a_cited_wire_or_a_words_dian_names_no_section(text: str, published: datetime, phrase: str, value: str) -> None:
    [fact] = [f for f in dates(text, published) if any(text[m["start"] : m["end"]] == phrase for m in f["mentions"])]
    assert fact["value"] == value


@pytest.mark.parametrize("text", ["小明7時起床，8時上學。", "李明8時許到達警署。", "昆明8時氣溫降至零下2度。", "天明6時，搜救隊重新出發。"])
def test_a_names_ming_before_an_hour_is_no_tomorrow(text: str) -> None:
    assert all(f["interval"][0].startswith("2025-11-28") for f in dates(text))


@pytest.mark.parametrize(
    ("text", "phrase"),
    [("26日，国家统计局公布10月份数据，同日股市大涨。", "同日"), ("上周五，美國公布10月非農數據，同日美股大漲。", "同日"),
     ("總統府今日宣布明年度預算，同日行政院召開臨時會議。", "同日")],
)
def test_the_same_day_after_a_day_and_then_a_month_is_the_day(text: str, phrase: str) -> None:
    assert any(any(text[m["start"] : m["end"]] == phrase for m in f["mentions"]) for f in dates(text))


@pytest.mark.parametrize("text", ["兩宗案件涉及同一日本公司。", "他們在同一日期出生。"])
def test_tongyi_before_japan_or_a_date_is_no_same_day(text: str) -> None:
    assert dates(text) == []


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [("与去年10月相比，10月份CPI上涨0.2%。", "10月份", "2025-10"), ("去年3月提交申請，至今年6月才獲批，9月正式入伙。", "9月", "2025-09"),
     ("今年10月出口增长，去年10月则下降，11月预计持平。", "11月", "2025-11")],
)
def test_a_month_compared_with_last_years_or_after_this_years_stays_this_years(text: str, phrase: str, value: str) -> None:
    assert phrases(text)[phrase] == value


def test_a_forecast_reported_on_a_day_keeps_that_day() -> None:
    text = "昨日下午2時，消防處表示火勢受控。料傍晚撲滅。"
    assert first_of(text, "傍晚") == "2025-11-27T17:00:00"


@pytest.mark.parametrize(("text", "phrase"), [("疑犯昨晚起意行劫。", "昨晚"), ("今晨起霧，能見度低。", "今晨"), ("明早起程返鄉。", "明早")])
def test_qi_opening_a_verb_after_a_part_of_the_day_opens_nothing(text: str, phrase: str) -> None:
    assert phrase in phrases(text)


@pytest.mark.parametrize(("text", "phrase"), [("3月嬰兒出生人數按年下降。", "3月"), ("聯賽周一鳴鑼開賽。", "周一")])
def test_march_babies_and_mondays_gong_stay_dates(text: str, phrase: str) -> None:
    assert phrase in phrases(text)


def test_a_poems_dusk_and_a_deadline_in_hours_are_read_as_they_are() -> None:
    assert phrases("夕陽無限好，只是近黃昏。") == {}
    assert "48小時內" in phrases("當局要求市民48小時內檢測。")


@pytest.mark.parametrize(
    "text", ["展覽定於11月9日開幕，為期一周，歡迎市民參觀。", "新電影定檔12月25日上映，片方今天公布海報。", "優惠券有效期至12月31日，逾期作廢，請盡快使用。"],
)
def test_a_schedules_day_far_ahead_stays_this_years(text: str) -> None:
    """A rule that read such days as last year's, in a story of January, was taken back: schedules
    say their days ahead without 将 or 预计 as often as past stories say theirs."""
    assert all(f["value"].startswith("2025") for f in dates(text, datetime(2025, 1, 10, 10)) if "月" in f["text"])


def test_an_hour_after_this_afternoon_with_its_day_in_brackets_is_the_afternoons() -> None:
    assert first_of("醫管局今午(28日)3時公布最新數字。", "3時") == "2025-11-28T15:00:00"


def test_a_month_after_next_years_stays_the_coming_one() -> None:
    text = "明年2月將舉辦國際書展，而秋季書展則在10月登場，吸引不少出版社參加。"
    assert {f["text"]: f["value"] for f in dates(text, datetime(2025, 6, 10, 10))}["10月"] == "2025-10"
