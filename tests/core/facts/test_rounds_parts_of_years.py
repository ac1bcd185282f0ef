"""Parts of a year as Taiwan, Hong Kong and Singapore write them: a quarter without 度 counted from
January (前3季, 首三季, 頭三季), and the Republic's years (民國) before a part, a fiscal year or a
range (114年第1季, 112年全年, 113年度, 110年至113年), which had been read in the publication's year.

Every phrase here is our own, written in the way of the pages read; none comes from a held-out
suite. The reference is 2024-11-20 10:00 (民國113年).
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.core.facts.reading import Reading
from tests.core.facts.reading import days as _days
from tests.core.facts.reading import months as _months

_READ = Reading(datetime(2024, 11, 20, 10, 0))
intervals = _READ.intervals
_JUNE_2025 = Reading(datetime(2025, 6, 10, 10, 0))
_FEBRUARY_2025 = Reading(datetime(2025, 2, 10, 10, 0))
_DECEMBER_2024 = Reading(datetime(2024, 12, 10, 10, 0))


def _first(interval: list[str | None] | None) -> str:
    return (interval or [""])[0] or ""


# ---- The Republic's years before a part of the year


@pytest.mark.parametrize(
    ("text", "phrase", "months"),
    [
        ("法人預估，台積電114年第1季營收將季減。", "114年第1季", ("2025-01", "2025-03")),  # was 2024's first quarter
        ("該公司113年第3季稅後純益創新高。", "113年第3季", ("2024-07", "2024-09")),
        ("主計總處統計，112年全年經濟成長1.3%。", "112年全年", ("2023-01", "2023-12")),  # was 2024
        ("112年上半年出口衰退逾兩成。", "112年上半年", ("2023-01", "2023-06")),
        ("113年前3季累計出口成長9.9%。", "113年前3季", ("2024-01", "2024-09")),  # was nothing
        ("民國113年第3季失業率為3.4%。", "民國113年第3季", ("2024-07", "2024-09")),  # was two: the year and this year's quarter
        ("111年第四季度營收年減。", "111年第四季度", ("2022-10", "2022-12")),
        ("112年前10個月出口衰退。", "112年前10個月", ("2023-01", "2023-10")),
    ],
)
def test_a_roc_year_before_a_part_is_that_years_part(text: str, phrase: str, months: tuple[str, str]) -> None:
    assert _months(intervals(text)[phrase]) == months


@pytest.mark.parametrize(
    ("text", "phrase", "months"),
    [
        ("行政院會今天通過114年度中央政府總預算案。", "114年度", ("2025-01", "2025-12")),  # was nothing
        ("立法院審查113年度預算時刪減了數億元。", "113年度", ("2024-01", "2024-12")),
        ("捷運萬大線預計115年底通車。", "115年底", ("2026-11", "2026-12")),  # as 2026年底 is read
        ("這項計畫110年至113年共補助了三千戶。", "110年至113年", ("2021-01", "2024-12")),
        ("國發會規劃112至115年推動數位轉型。", "112至115年", ("2023-01", "2026-12")),
    ],
)
def test_a_roc_fiscal_year_end_or_range_is_read(text: str, phrase: str, months: tuple[str, str]) -> None:
    assert _months(intervals(text)[phrase]) == months


@pytest.mark.parametrize(
    "text",
    [
        "而香港最嚴重的火災則是於107年前發生，死傷慘重。",  # 107 years ago
        "這座廟宇已有113年歷史，香火鼎盛。",
        "這棵老樹樹齡約110至120年，需要細心照顧。",
        "寿命为100到120年的树木十分罕见。",
    ],
)
def test_so_many_years_is_no_roc_year(text: str) -> None:
    found = intervals(text)
    assert not any(phrase.startswith(("107年", "113年", "110", "100")) and _first(value) > "2000" for phrase, value in found.items())


# ---- A quarter without 度, counted from January


@pytest.mark.parametrize(
    ("text", "phrase", "months"),
    [
        ("本港首3季零售基金總銷售額按年升35%。", "首3季", ("2024-01", "2024-09")),  # was nothing
        ("今年首三季本地生產總值按年實質增長2.6%。", "今年首三季", ("2024-01", "2024-09")),  # was 今年 alone
        ("台灣今年前3季出口成長10.5%。", "今年前3季", ("2024-01", "2024-09")),
        ("前3季累計營收年增三成。", "前3季", ("2024-01", "2024-09")),
        ("今年頭三季訪港旅客人次按年增加。", "今年頭三季", ("2024-01", "2024-09")),
        ("2023年首3季出口按年下跌。", "2023年首3季", ("2023-01", "2023-09")),
        ("去年前三季營收創新高。", "去年前三季", ("2023-01", "2023-09")),
        ("今年首9個月出口按年升5%。", "今年首9個月", ("2024-01", "2024-09")),
    ],
)
def test_the_first_quarters_without_du_are_from_january(text: str, phrase: str, months: tuple[str, str]) -> None:
    assert _months(intervals(text)[phrase]) == months


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("鴻海前3季累計營收年增7.2%，創同期新高。", "前3季"),
        ("本港首三季零售業總銷貨價值按年下跌7.3%。", "首三季"),
        ("國泰金前3季累計獲利1200億元。", "前3季"),  # was this year's
        ("中華電信頭三季每股盈餘為3.6元。", "頭三季"),
        ("恆指頭三季累升兩成。", "頭三季"),
    ],
)
def test_first_quarters_with_figures_out_early_in_a_year_are_last_years(text: str, phrase: str) -> None:
    """Read in February, figures of the first three quarters are last year's, as 前三季度's are."""
    assert _months(_FEBRUARY_2025.intervals(text)[phrase]) == ("2024-01", "2024-09")


def test_first_quarters_forecast_early_in_a_year_are_this_years() -> None:
    assert _months(_FEBRUARY_2025.intervals("法人預估前3季營收成長兩成。")["前3季"]) == ("2025-01", "2025-09")


@pytest.mark.parametrize(
    "text",
    [
        "他前3季都效力湖人，今年轉投勇士。",  # a player's seasons
        "《名偵探》前三季的收視都不錯。",  # a show's seasons
        "他加盟後首9個月都在適應新環境。",  # nine months of his own
        "新車上市首3個月銷量增長兩成。",  # the car's first months
        "該公司上市首3季營收增長三成。",  # the listing's first quarters
        "懷孕頭三個月要特別小心。",
    ],
)
def test_seasons_and_ones_own_months_are_no_part_of_a_year(text: str) -> None:
    found = intervals(text)
    assert not any(_first(value).startswith("2024-01") for phrase, value in found.items() if "今年" not in phrase)


@pytest.mark.parametrize(
    ("text", "phrase", "months"),
    [
        ("經濟部統計，今(114)年1月出口創同期新高。", "今(114)年1月", ("2025-01", "2025-01")),  # was nothing
        ("去(113)年第4季經濟成長率為2.9%。", "去(113)年第4季", ("2024-10", "2024-12")),  # was 2025's
        ("113年1至3月出口年增。", "113年1至3月", ("2024-01", "2024-03")),  # was 2025's months
        ("本計畫執行期間為113年至116年。", "113年至116年", ("2024-01", "2027-12")),  # 為 is no length's word
    ],
)
def test_a_roc_year_in_brackets_or_before_months_is_read(text: str, phrase: str, months: tuple[str, str]) -> None:
    assert _months(_JUNE_2025.intervals(text)[phrase]) == months


def test_a_roc_year_something_starts_from_is_read() -> None:
    assert _months(intervals("新制自111年起實施，至今已滿兩年。")["自111年起"]) == ("2022-01", "")


# ---- Days of one week, the second said by its number alone


@pytest.mark.parametrize(
    ("text", "phrase", "days"),
    [
        ("本週六、日天氣穩定，適合出遊。", "本週六、日", ("2024-11-23", "2024-11-24")),  # was Saturday alone
        ("下週六、日將有鋒面通過。", "下週六、日", ("2024-11-30", "2024-12-01")),
        ("圖書館週一至五開放，假日休館。", "週一至五", ("2024-11-18", "2024-11-22")),  # was Monday alone
        ("《信報》印刷版出報日為星期一至六。", "星期一至六", ("2024-11-18", "2024-11-23")),
        ("周六日两天，市区将实施交通管制。", "周六日", ("2024-11-23", "2024-11-24")),
        ("展览周五、六、日对外开放。", "周五、六、日", ("2024-11-22", "2024-11-24")),
    ],
)
def test_days_of_one_week_said_short_are_one_span(text: str, phrase: str, days: tuple[str, str]) -> None:
    assert _days(intervals(text)[phrase]) == days


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("他每周二、四、六下午去医院透析。", "周二、四"),  # days listed apart, not a span
        ("週六、日本首相將訪問台灣。", "週六、日"),  # 日本, Japan
        ("周六六合彩推遲至下周二開彩。", "周六六"),  # the Mark Six
        ("他每週六、日都去跑步。", "每週六、日"),  # how often
        ("該節目逢週六、日晚上八點播出。", "週六、日晚上八點"),  # how often
        ("据上周六日经新闻报道，丰田将在美国增产。", "上周六日"),  # 日经, the Nikkei
        ("周六日媒报道称，日本政府将调整电费补贴。", "周六日"),  # 日媒, Japan's press
        ("周六日照市举行国际马拉松比赛。", "周六日"),  # 日照, a city
    ],
)
def test_days_listed_apart_or_words_after_a_weekday_are_no_span(text: str, phrase: str) -> None:
    assert phrase not in intervals(text)


# ---- A day gone by this year, after a year to come said in its sentence


@pytest.mark.parametrize(
    ("text", "phrase", "days"),
    [
        ("2025年春节假期为1月28日至2月4日，共8天。", "1月28日至2月4日", ("2025-01-28", "2025-02-04")),  # was 2024's
        ("据国务院办公厅通知，2026年春节假期从2月15日至2月23日，共9天。", "2月15日至2月23日", ("2026-02-15", "2026-02-23")),
        ("根据安排，2025年元旦放假1天，即1月1日。", "1月1日", ("2025-01-01", "2025-01-01")),  # was 1 January 2024
    ],
)
def test_a_day_gone_by_after_a_year_to_come_is_that_years(text: str, phrase: str, days: tuple[str, str]) -> None:
    found = {mention: fact["interval"] for fact in _READ.facts(text, "date")
             for mention in [text[m["start"]:m["end"]] for m in fact["mentions"]]}
    assert _days(found[phrase]) == days


def test_a_day_after_an_events_year_stays_the_days() -> None:
    """The Games' year names the Games, not the day the torch was lit."""
    assert intervals("2026年米兰冬奥会圣火于5月26日在希腊点燃。")["5月26日"][0] == "2024-05-26T00:00:00"


def test_a_span_up_to_now_from_a_year_to_come_is_no_span() -> None:
    """今(114)年迄今 read in 2024 (a wrong publication date): no span that ends before it begins."""
    assert all(interval[0] <= (interval[1] or "9999") for interval in intervals("今(114)年迄今已有3000人申請。").values()
               if interval and interval[0])


@pytest.mark.parametrize(
    ("text", "phrase", "months"),
    [
        ("財政部統計，上(11)月出口年增9.7%。", "上(11)月", ("2024-11", "2024-11")),  # was nothing
        ("上（11）月底前已完成撥款。", "上（11）月底前", ("", "2024-11")),  # was this month's end
        ("新制將於下(1)月起實施。", "下(1)月起", ("2025-01", "")),
    ],
)
def test_a_month_word_with_its_month_in_brackets_is_that_month(text: str, phrase: str, months: tuple[str, str]) -> None:
    assert _months(_DECEMBER_2024.intervals(text)[phrase]) == months


@pytest.mark.parametrize(
    ("text", "phrase", "days"),
    [
        ("台北市政府宣布，新台幣500元的補助在春節連假期間發放。", "春節連假", ("2024-02-08", "2024-02-14")),  # was the 10th alone
        ("台北市政府宣布，新台幣500元的補助在清明連假期間發放。", "清明連假", ("2024-04-04", "2024-04-07")),
    ],
)
def test_taiwans_lianjia_is_the_run_of_days_off(text: str, phrase: str, days: tuple[str, str]) -> None:
    """連假, as Taiwan says a holiday's run of days off (假期): Taiwan's days off, in a story paid in 新台幣."""
    assert _days(Reading(datetime(2024, 3, 20, 10, 0)).intervals(text)[phrase]) == days


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("2025年春节前，铁路部门将于1月14日启动春运，车票于12月31日起开售。", "12月31日起", "2024-12-31"),  # to come as read
        ("2025年度国家公务员考试笔试于12月1日举行。", "12月1日", "2024-12-01"),  # an edition's year
        ("2027年女足世界杯主办权于5月17日揭晓，巴西获得举办权。", "5月17日", "2024-05-17"),  # the event's year
    ],
)
def test_a_day_after_a_year_to_come_that_it_does_not_tell_stays_as_read(text: str, phrase: str, first: str) -> None:
    assert (intervals(text)[phrase][0] or "")[:10] == first


def test_a_span_up_to_now_lends_no_year() -> None:
    found = _JUNE_2025.intervals("2010年至今，该项目已累计投资50亿元，下一期工程12月启动。")
    assert _months(found["12月"]) == ("2025-12", "2025-12")


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("2025年全国两会将于3月4日开幕。", "3月4日", "2025-03-04"),  # was March 2024: the year said before it stopped the plan
        ("该展览将于2月10日至3月5日举行。", "2月10日至3月5日", "2025-02-10"),  # days from one to another, as one day is
        ("考试定于3月15日至17日举行。", "3月15日至17日", "2025-03-15"),
    ],
)
def test_a_plan_half_a_year_behind_is_next_years(text: str, phrase: str, first: str) -> None:
    assert (intervals(text)[phrase][0] or "")[:10] == first


def test_days_told_as_done_ahead_of_the_publication_are_last_years() -> None:
    found = Reading(datetime(2024, 6, 10, 10, 0)).intervals("他于9月10日至12日举行了记者会。")
    assert _months(found["9月10日至12日"]) == ("2023-09", "2023-09")


# ---- Hong Kong's days and hours


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("活動將於下周日(1日)舉行。", "下周日(1日)", "2024-12-01T00:00:00"),  # was 1 November, a Friday
        ("講座將於28/11（星期四）舉行。", "28/11（星期四）", "2024-11-28T00:00:00"),  # day first: was Thursday the 21st
        ("遊行今日正午十二時出發。", "今日正午十二時", "2024-11-20T12:00:00"),  # was 今日 alone
    ],
)
def test_hong_kongs_days_and_noon_are_read(text: str, phrase: str, first: str) -> None:
    assert intervals(text)[phrase][0] == first


@pytest.mark.parametrize(
    ("reading", "text", "phrase", "first"),
    [
        (_FEBRUARY_2025, "公司2024年度业绩说明会定于3月28日下午举行。", "3月28日下午", "2025-03-28"),  # a schedule: not 2024's
        (_READ, "2025年全国高考将于6月7日至10日举行。", "6月7日至10日", "2025-06-07"),  # the year told ahead lends
        (_READ, "2025年春运将于1月14日开始，至2月22日结束。", "2月22日", "2025-02-22"),
    ],
)
def test_a_year_lends_itself_to_days_told_ahead_and_not_to_a_schedule(reading: Reading, text: str, phrase: str,
                                                                       first: str) -> None:
    assert (reading.intervals(text)[phrase][0] or "")[:10] == first


@pytest.mark.parametrize("text", ["他是正午传媒的创始人。", "委员有杨正午、杨永良等人。"])
def test_noon_in_a_name_is_no_time(text: str) -> None:
    assert not intervals(text)


@pytest.mark.parametrize("text", ["市政府正午召开记者会，说明台风灾情。", "仪式将于正午举行。"])
def test_noon_after_a_subject_or_yu_is_noon(text: str) -> None:
    assert intervals(text)["正午"][0] == "2024-11-20T12:00:00"


@pytest.mark.parametrize(("text", "phrase"), [("2024年度业绩发布会定于3月28日举行。", "3月28日"), ("2024年度股东大会定于5月20日召开。", "5月20日")])
def test_a_years_report_scheduled_for_a_day_gone_by_is_next_years(text: str, phrase: str) -> None:
    """Told in November 2024: the year's results are told in 2025."""
    assert (intervals(text)[phrase][0] or "")[:4] == "2025"


# ---- Fiscal and school years across two years


@pytest.mark.parametrize(
    ("text", "phrase", "months"),
    [
        ("財政司司長將於2月26日發表2025/26年度財政預算案。", "2025/26年度財政預算", ("2025-04", "2026-03")),  # was 2025 and 2026 whole
        ("新加坡2024-25财年的赤字预计收窄。", "2024-25财年", ("2024-04", "2025-03")),
        ("教育局公布2024/25學年的收生安排。", "2024/25學年", ("2024-09", "2025-08")),
        ("教育部公布113學年度大學錄取率。", "113學年度", ("2024-08", "2025-07")),  # Taiwan's, from August; was nothing
    ],
)
def test_a_fiscal_or_school_year_runs_across_two_years(text: str, phrase: str, months: tuple[str, str]) -> None:
    assert _months(intervals(text)[phrase]) == months


@pytest.mark.parametrize(
    ("text", "phrase", "months"),
    [
        ("統計處公布，上季經濟按季增長0.6%。", "上季", ("2024-07", "2024-09")),  # was nothing
        ("公司預計本季營收可望成長一成。", "本季", ("2024-10", "2024-12")),
        ("上一季GDP按年增長1.8%。", "上一季", ("2024-07", "2024-09")),
    ],
)
def test_a_quarter_counted_from_now_without_du_is_read_by_its_figures(text: str, phrase: str, months: tuple[str, str]) -> None:
    assert _months(intervals(text)[phrase]) == months


@pytest.mark.parametrize("text", ["上季冠軍湖人隊今晚出戰。", "本季NBA賽事將於下月開打。", "他本季場均得分25分，較上季增長。"])
def test_a_season_is_no_quarter(text: str) -> None:
    assert not any(phrase.startswith(("上季", "本季")) for phrase in intervals(text))


def test_a_split_year_in_a_hong_kong_story_is_the_governments_year() -> None:
    found = intervals("香港特區政府2024-25年度的財政赤字預計為港幣481億元。")
    assert _months(found["2024-25年"]) == ("2024-04", "2025-03")  # was 2024 and 2025 whole


def test_a_split_year_in_a_mainland_story_stays_two_years() -> None:
    assert _months(intervals("公司2024/25年度报告显示营收增长。")["2024/25年"]) == ("2024-01", "2025-12")


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("春節連假將於明年1月25日起實施。", "春節連假", "2025-01"),  # was the festival gone by
        ("春节期间将加开列车200余列。", "春节期间", "2025-01"),
        ("春节将于1月29日到来。", "春节", "2025-01"),
    ],
)
def test_a_feast_with_jiang_after_it_is_the_coming_one(text: str, phrase: str, first: str) -> None:
    assert (intervals(text)[phrase][0] or "")[:7] == first


def test_jiang_jin_after_a_feast_is_nearly() -> None:
    assert (intervals("春节期间将近10万人返乡。")["春节期间"][0] or "")[:4] == "2024"


def test_a_day_after_a_feast_of_next_year_and_jiang_yu_is_next_years() -> None:
    found = {text: fact["interval"] for fact in _READ.facts("春节将于1月29日到来。", "date")
             for text in ["春节将于1月29日到来。"[m["start"]:m["end"]] for m in fact["mentions"]]}
    assert (found["1月29日"][0] or "")[:4] == "2025"


def test_a_span_of_years_lends_no_first_year() -> None:
    """Its later months are as often its last year's as its first's: read as before the round."""
    text = "2022年至2024年，全国累计完成保障性租赁住房投资超过5000亿元；8月，住建部又召开推进会。"
    assert not (_FEBRUARY_2025.intervals(text)["8月"][0] or "").startswith("2022")


def test_the_festival_still_on_is_the_one_its_days_mean() -> None:
    found = Reading(datetime(2025, 1, 30, 10, 0)).intervals("春节期间将有大批游客出行。")
    assert _months(found["春节期间"]) == ("2025-01", "2025-02")  # not next year's, on its third day


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("年廿八洗邋遢，市民忙於大掃除。", "年廿八", "2025-01-27"),  # 腊月二十八, as that is read; was nothing
        ("年三十晚上8時，一家人吃團年飯。", "年三十晚上8時", "2024-02-09"),  # 除夕, as that is read
    ],
)
def test_hong_kongs_last_days_of_the_lunar_year(text: str, phrase: str, first: str) -> None:
    assert (intervals(text)[phrase][0] or "")[:10] == first


@pytest.mark.parametrize("text", ["他今年三十歲，已經成家。", "他年三十有五，事業有成。"])
def test_an_age_is_no_last_day_of_the_year(text: str) -> None:
    assert not any(phrase.startswith("年三十") for phrase in intervals(text))


def test_christmas_eve_as_chinese_news_says_it_is_the_days_before() -> None:
    assert _months(intervals("聖誕前夕，商場人流大增。")["聖誕前夕"]) == ("2024-12", "2024-12")
    assert intervals("聖誕前夕，商場人流大增。")["聖誕前夕"][0] == "2024-12-22T00:00:00"  # was Christmas Day


@pytest.mark.parametrize(
    ("text", "phrase"),
    [("2025年春运自1月14日开始，至2月22日结束。", "2月22日"), ("2025年寒假从1月18日开始，至2月16日结束。", "2月16日")],
)
def test_the_end_of_a_run_a_coming_year_names_is_that_years(text: str, phrase: str) -> None:
    """Told in November 2024: the run's end was read in the February gone by."""
    assert (intervals(text)[phrase][0] or "")[:4] == "2025"


def test_a_season_a_past_year_names_lends_its_year_across_the_new_year() -> None:
    found = _JUNE_2025.intervals("2024年冬季，全国多地遭遇寒潮，12月中旬气温骤降。")
    assert _months(found["12月中旬"]) == ("2024-12", "2024-12")  # the winter runs into 2025; still 2024's December
