"""Feasts said with a word after them (除夕当天, 大年初一上午, 春节前夕, 腊八节): the same day as the feast
said alone, in a sentence and given alone, whatever the library makes of the longer phrase.

Every phrase here is our own; none comes from a held-out suite. Most are read as published on
2024-12-20, five weeks before the Spring Festival of 29 January 2025 (its eve the 28th, 腊八 on
7 January, 腊月二十三 on 22 January), when "this year's" lunar feasts are the ones to come.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.core.facts.reading import Reading
from tests.core.facts.reading import days as _days

DECEMBER = Reading(datetime(2024, 12, 20, 10, 0))
JANUARY = Reading(datetime(2025, 1, 10, 10, 0))
JUNE = Reading(datetime(2024, 6, 12, 10, 0))
JANUARY_20 = Reading(datetime(2025, 1, 20, 10, 0))


# ---- A feast with a word after it, given alone: the feast's day, as in a sentence


@pytest.mark.parametrize(
    ("reading", "phrase", "day"),
    [
        (DECEMBER, "五一当天", "2024-05-01"),  # was the day asked: the library reads 当天 as today
        (DECEMBER, "国庆当天", "2024-10-01"),
        (JANUARY, "除夕当天", "2025-01-28"),  # was 2026-02-16, the eve after next
        (JANUARY, "除夕晚上", "2025-01-28"),
        (JANUARY, "腊月二十三当天", "2025-01-22"),
    ],
)
def test_a_feast_and_its_word_given_alone_is_the_feasts_day(reading: Reading, phrase: str, day: str) -> None:
    assert _days(reading.intervals(phrase)[phrase]) == (day, day)


def test_a_phrase_its_parts_say_only_in_part_is_read_whole() -> None:
    """今年腊月二十三: its one hit says 今年腊月二十 (the 20th); the library's reading of the whole stands."""
    assert _days(DECEMBER.intervals("今年腊月二十三")["今年腊月二十三"]) == ("2025-01-22", "2025-01-22")


# ---- A day of ours and the part of the day after it: one date, on our day


@pytest.mark.parametrize(
    ("reading", "text", "phrase", "interval"),
    [
        (DECEMBER, "大年初一上午，他去拜年。", "大年初一上午", ["2025-01-29T07:00:00", "2025-01-29T11:59:59"]),  # was 2024's
        (JANUARY, "大年三十晚上，他还在加班。", "大年三十晚上", ["2025-01-28T18:00:00", "2025-01-28T23:59:59"]),  # 晚上 was lost
        (JANUARY, "腊月二十三晚上，家家户户祭灶。", "腊月二十三晚上", ["2025-01-22T18:00:00", "2025-01-22T23:59:59"]),
        (DECEMBER, "除夕晚上，一家人围坐吃年夜饭。", "除夕晚上", ["2025-01-28T18:00:00", "2025-01-28T23:59:59"]),
    ],
)
def test_a_feasts_day_with_its_part_is_that_days_part(reading: Reading, text: str, phrase: str, interval: list[str]) -> None:
    assert reading.intervals(text) == {phrase: interval}


def test_two_days_and_a_morning_stay_two_days() -> None:
    """13、14日清晨: the two days, not the 13th's morning (the library reads the whole as one day)."""
    assert [(f["text"], f["value_kind"]) for f in DECEMBER.facts("他13、14日清晨出海。", "date")] == [("13、14日", "period")]


# ---- 大年初一 as 春节 is: the one nearest the publication


@pytest.mark.parametrize(
    ("text", "phrase", "days"),
    [
        ("大年初一，他去拜年。", "大年初一", ("2025-01-29", "2025-01-29")),  # was 10 February 2024
        ("大年初一期间，景区人流如织。", "大年初一期间", ("2025-01-29", "2025-01-29")),
        ("大年初一前夕，超市里挤满了人。", "大年初一前夕", ("2025-01-26", "2025-01-28")),  # was the day itself, of 2024
    ],
)
def test_the_new_years_first_day_is_the_coming_one_in_december(text: str, phrase: str, days: tuple[str, str]) -> None:
    assert _days(DECEMBER.intervals(text)[phrase]) == days


def test_the_new_years_first_day_with_its_year_is_that_years() -> None:
    assert _days(DECEMBER.intervals("去年大年初一，他在外地。")["去年大年初一"]) == ("2023-01-22", "2023-01-22")


# ---- 春节前夕 and 春节长假 as 春节 is


@pytest.mark.parametrize(
    ("text", "phrase", "days"),
    [
        ("春节前夕，超市里挤满了人。", "春节前夕", ("2025-01-26", "2025-01-28")),  # was February 2024's eve
        ("春节长假期间，景区人流如织。", "春节长假", ("2025-01-28", "2025-02-04")),  # was 春节 alone
    ],
)
def test_the_spring_festivals_eve_and_days_off_are_the_coming_ones(text: str, phrase: str, days: tuple[str, str]) -> None:
    assert _days(DECEMBER.intervals(text)[phrase]) == days


# ---- 腊八: the nearest


@pytest.mark.parametrize(
    ("reading", "text", "phrase"),
    [(JANUARY, "腊八节这天，寺庙施粥。", "腊八节"), (DECEMBER, "腊八这天，寺庙施粥。", "腊八"), (DECEMBER, "腊八节这天，寺庙施粥。", "腊八节")],
)
def test_laba_is_the_one_nearest(reading: Reading, text: str, phrase: str) -> None:
    """Three days after one, 腊八节 was the one a year on (2026-01-26); 腊八 alone was none."""
    assert _days(reading.intervals(text)[phrase]) == ("2025-01-07", "2025-01-07")


@pytest.mark.parametrize("text", ["他每天都喝腊八粥。", "她腌了一坛腊八蒜。", "王腊八是村里的老党员。", "腊八酒是当地的特产。"])
def test_laba_porridge_or_a_name_is_no_date(text: str) -> None:
    assert DECEMBER.intervals(text) == {}


def test_a_name_ending_in_laba_leaves_the_year_after_it() -> None:
    assert DECEMBER.intervals("老腊八今年七十岁了。") == {"今年": ["2024-01-01T00:00:00", "2024-12-31T23:59:59"]}


# ---- The clock time after a feast's day and part of the day, and the feasts gone by


@pytest.mark.parametrize(
    ("reading", "text", "phrase", "interval"),
    [
        (JUNE, "大年初一上午10时，庙会正式开幕。", "大年初一上午10时", ["2024-02-10T10:00:00", "2024-02-10T10:59:59"]),
        (DECEMBER, "大年初一上午10时，庙会正式开幕。", "大年初一上午10时", ["2025-01-29T10:00:00", "2025-01-29T10:59:59"]),
        (JUNE, "腊八节上午9时，雍和宫开始施粥。", "腊八节上午9时", ["2025-01-07T09:00:00", "2025-01-07T09:59:59"]),
        (DECEMBER, "除夕晚上8时至大年初一凌晨2时，禁止燃放烟花。", "除夕晚上8时至大年初一凌晨2时",
         ["2025-01-28T20:00:00", "2025-01-29T02:59:59"]),
    ],
)
def test_a_clock_time_after_a_feasts_part_of_the_day_is_kept(reading: Reading, text: str, phrase: str, interval: list[str]) -> None:
    assert reading.intervals(text) == {phrase: interval}


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("大年初一以来，景区客流持续增长。", "大年初一以来", "2024-02-10T00:00:00"),
        ("春节以来，景区客流持续增长。", "春节以来", "2024-02-10T00:00:00"),
        ("腊八至今不过十几天。", "腊八至今", "2024-01-18T00:00:00"),
    ],
)
def test_a_feast_said_as_gone_by_is_the_last_one_in_december(text: str, phrase: str, first: str) -> None:
    """In December the nearest 大年初一 is the coming one; 以来 and 至今 say it is the one gone by."""
    assert DECEMBER.intervals(text)[phrase][0] == first


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [("确保截至春节前，农民工工资全部发放到位。", "春节前", None), ("从春节至今年5月底，景区实行预约。", "春节至今年5月底", "2025-01-29T00:00:00")],
)
def test_as_of_a_feast_or_on_to_this_year_is_no_feast_gone_by(text: str, phrase: str, first: str | None) -> None:
    """截至 may look ahead (确保截至春节前…), and 至今年 is 至 + 今年: the nearest festival, the coming one."""
    assert JANUARY.intervals(text)[phrase][0] == first


def test_laba_since_in_early_january_is_the_one_of_the_january_before() -> None:
    early = Reading(datetime(2025, 1, 5, 10, 0))  # two days before this winter's 腊八
    assert early.intervals("腊八节以来，物价有所上涨。")["腊八节以来"][0] == "2024-01-18T00:00:00"


def test_a_day_written_before_the_new_years_first_day_is_one_date_with_it() -> None:
    """As before the round: the day written says which festival (two readings of one day disagreed)."""
    assert JUNE.intervals("2月10日大年初一晚上8时许，烟花燃放达到高峰。") == {
        "2月10日大年初一晚上8时许": ["2024-02-10T20:00:00", "2024-02-10T20:59:59"]}


@pytest.mark.parametrize(
    ("text", "phrase", "day"),
    [("2021年七一前夕，各地开展主题党日活动。", "2021年七一前夕", "2021-06-28"), ("去年“七一”当天，举行了升旗仪式。", "去年“七一”当天", "2023-07-01"),
     ("1997年七一当天，香港回归祖国。", "1997年七一当天", "1997-07-01")],
)
def test_a_feast_in_figures_after_its_year_is_that_years(text: str, phrase: str, day: str) -> None:
    assert _days(JUNE.intervals(text)[phrase])[0] == day


@pytest.mark.parametrize("text", ["张七一前后三次到北京上访。", "八一前后场配合默契。", "八一前后两任主帅均出自本队。", "他身高一米八一前后。"])
def test_figures_in_a_count_a_team_or_a_height_are_no_feast(text: str) -> None:
    """A given name 六一 before 当天 is still read as the feast: 儿童六一当天, 延安七一前后 are far commoner."""
    assert not [p for p in JUNE.intervals(text) if any(f in p for f in ("六一", "七一", "八一"))]


@pytest.mark.parametrize(("text", "phrase"), [("腊八以后，年味渐浓。", "腊八以后"), ("腊八过后，年货市场升温。", "腊八过后"), ("腊八将至，超市里腊八米热销。", "腊八")])
def test_laba_before_common_words_is_read(text: str, phrase: str) -> None:
    assert _days(DECEMBER.intervals(text)[phrase])[0] == "2025-01-07"


# ---- Feasts in figures before a feast's word (“七一”前夕, 六一当天), and a Chinese feast's eve

@pytest.mark.parametrize(
    ("text", "phrase", "days"),
    [
        ("“七一”前夕，各地党组织开展主题党日活动。", "“七一”前夕", ("2024-06-28", "2024-06-30")),  # was none
        ("六一前夕，他给孩子们回信。", "六一前夕", ("2024-05-29", "2024-05-31")),
        ("八一前夕，部队举行慰问活动。", "八一前夕", ("2024-07-29", "2024-07-31")),
        ("三八前夕，妇联表彰了一批先进。", "三八前夕", ("2024-03-05", "2024-03-07")),
        ("六一当天，孩子们收到了礼物。", "六一当天", ("2024-06-01", "2024-06-01")),  # was the day published
        ("七一期间，各地举行升旗仪式。", "七一期间", ("2024-07-01", "2024-07-01")),
        ("教师节前夕，市领导慰问了一线教师。", "教师节前夕", ("2024-09-07", "2024-09-09")),  # was 10 September
        ("“八一”建军节前夕，部队举行慰问活动。", "建军节前夕", ("2024-07-29", "2024-07-31")),
    ],
)
def test_a_feast_in_figures_before_its_word_is_the_feast(text: str, phrase: str, days: tuple[str, str]) -> None:
    assert _days(JUNE.intervals(text)[phrase]) == days


@pytest.mark.parametrize("text", ["他出生于一九六一前后的某一年。", "双方在三八线前后部署了兵力。", "第八一前夕号列车晚点。"])
def test_figures_of_a_number_or_a_line_are_no_feast(text: str) -> None:
    assert not any(p in JUNE.intervals(text) for p in ("六一前后", "三八线前后", "三八前后", "八一前夕"))


def test_a_christian_feasts_eve_is_its_own_day() -> None:
    """复活节前夕 is the Easter Vigil, 30 March 2024, not the three days before Easter."""
    assert _days(JUNE.intervals("复活节前夕，信众来到教堂。")["复活节前夕"]) == ("2024-03-30", "2024-03-30")


@pytest.mark.parametrize(
    ("text", "phrase", "kind"),
    [("大年初一下午2时许，景区实行限流。", "大年初一下午2时许", "approximate"), ("腊八节前夕，超市腊八米销售火爆。", "腊八节前夕", "approximate"),
     ("腊八当天，广济寺施粥三万份。", "腊八当天", "exact")],
)
def test_a_feasts_about_eve_and_day_words_stay_in_its_date(text: str, phrase: str, kind: str) -> None:
    """许 after the clock, 前夕 and 当天 after 腊八 are the date's (许 was lost, 当天 left out)."""
    assert [(f["text"], f["value_kind"]) for f in JUNE.facts(text, "date")] == [(phrase, kind)]


# ---- Solar terms and lunar days before 前 and 后: up to the day, or from it on


@pytest.mark.parametrize(
    ("text", "phrase", "interval"),
    [
        ("立秋后，气温仍然偏高。", "立秋后", ["2024-08-07T00:00:00", None]),  # was 立秋 alone
        ("冬至以后，白天逐渐变长。", "冬至以后", ["2024-12-21T00:00:00", None]),
        ("正月十五后，企业陆续复工。", "正月十五后", ["2024-02-24T00:00:00", None]),
        ("大年初七后，企业陆续复工。", "大年初七后", ["2024-02-16T00:00:00", None]),
        ("立春前，农民忙着备耕。", "立春前", [None, "2024-02-04T23:59:59"]),
    ],
)
def test_a_solar_term_or_lunar_day_before_hou_or_qian_opens(text: str, phrase: str, interval: list[str | None]) -> None:
    assert JUNE.intervals(text) == {phrase: interval}


@pytest.mark.parametrize(("text", "phrase"), [("冬至前后，天气寒冷。", "冬至前后"), ("立秋后期，雨水减少。", "立秋")])
def test_around_a_solar_term_or_a_word_after_it_stays_the_day(text: str, phrase: str) -> None:
    assert list(JUNE.intervals(text)) == [phrase]


@pytest.mark.parametrize(
    ("reading", "text", "phrase", "day"),
    [(JANUARY, "今年腊八节，寺庙照例施粥。", "今年腊八节", "2025-01-07"),  # was 2025-01-26, no 腊八 at all
     (JANUARY, "去年腊八节，寺庙照例施粥。", "去年腊八节", "2024-01-18"),
     (JUNE, "今年腊八节，寺庙照例施粥。", "今年腊八节", "2025-01-07")],
)
def test_this_years_laba_is_the_lunar_years(reading: Reading, text: str, phrase: str, day: str) -> None:
    """今年 before 腊八 is the lunar year the publication falls in (until the Spring Festival, the last one)."""
    assert _days(reading.intervals(text)[phrase]) == (day, day)


@pytest.mark.parametrize(
    ("reading", "text", "phrase", "day"),
    [(JANUARY, "今年腊月二十三，家家户户祭灶。", "今年腊月二十三", "2025-01-22"),  # was 今年腊月二十 alone, a year on
     (JUNE, "今年腊月二十三，家家户户祭灶。", "今年腊月二十三", "2025-01-22"),  # was 今年腊月二十, the 20th
     (JANUARY, "今年正月十五，他回到老家。", "今年正月十五", "2025-02-12"),
     (JUNE, "去年农历八月十五，他回到老家。", "去年农历八月十五", "2023-09-29")],
)
def test_a_lunar_day_of_a_year_said_is_that_years(reading: Reading, text: str, phrase: str, day: str) -> None:
    assert _days(reading.intervals(text)[phrase]) == (day, day)


@pytest.mark.parametrize(
    ("text", "phrase", "day"),
    [("五一那天，景区人山人海。", "五一", "2024-05-01"), ("七一这天，党员们重温入党誓词。", "七一", "2024-07-01"),
     ("十一那天，他们举行了婚礼。", "十一", "2024-10-01")],
)
def test_a_feast_in_figures_before_that_day_is_the_feast(text: str, phrase: str, day: str) -> None:
    assert _days(JUNE.intervals(text)[phrase]) == (day, day)


@pytest.mark.parametrize("text", ["本月十一那天，他来到北京。", "九月十一那天，他来到北京。", "第十一那天，他来到北京。"])
def test_a_months_eleventh_that_day_is_no_national_day(text: str) -> None:
    assert "十一" not in JUNE.intervals(text)


@pytest.mark.parametrize(
    ("text", "phrase", "day"),
    [("全市儿童六一当天可免费乘坐公交。", "六一当天", "2024-06-01"), ("陕西延安七一前后将举行系列活动。", "七一前后", "2024-07-01"),
     ("在建军97周年八一前夕，部队开展慰问。", "八一前夕", "2024-07-29"), ("二〇二二年八一前夕，部队开展慰问。", "二〇二二年八一前夕", "2022-07-29"),
     ("22年六一当天，他带孩子去了公园。", "22年六一当天", "2022-06-01"), ("六一前后两周，玩具销量大增。", "六一前后", "2024-06-01")],
)
def test_a_feast_in_figures_after_a_word_or_a_year_in_any_figures(text: str, phrase: str, day: str) -> None:
    """Before the figures a word ending in a surname's character (儿童, 延安), 周年, a year in Chinese or two
    digits, and a count after 前后 (两周) leave the feast as it is."""
    assert _days(JUNE.intervals(text)[phrase])[0] == day


@pytest.mark.parametrize("text", ["腊八的做法有很多种。", "大家都喊他腊八这个小名。", "他写了一本《腊八日记》。"])
def test_laba_as_a_topic_a_name_or_a_title_is_no_date(text: str) -> None:
    assert not [p for p in JUNE.intervals(text) if "腊八" in p]


def test_this_years_laba_since_is_the_one_gone_by() -> None:
    """今年腊八节以来 in June: since January's, not a day seven months ahead."""
    assert JUNE.intervals("今年腊八节以来，物价有所上涨。")["今年腊八节以来"] == ["2024-01-18T00:00:00", "2024-06-12T10:00:00"]


def test_a_day_and_year_written_before_the_new_years_first_day_keep_their_year() -> None:
    """2024年2月10日大年初一上午 in a 2022 story: the day written, not the festival nearest the story."""
    july = Reading(datetime(2022, 7, 25, 10, 0))
    assert _days(july.intervals("2024年2月10日大年初一上午，他去拜年。")["2024年2月10日大年初一上午"]) == ("2024-02-10", "2024-02-10")


@pytest.mark.parametrize(
    ("text", "phrase", "interval"),
    [("元旦以来，全市接待游客百万人次。", "元旦以来", ["2024-01-01T00:00:00", "2024-12-20T10:00:00"]),  # was the coming 元旦 alone
     ("国庆节至今，新房成交量持续回升。", "国庆节至今", ["2024-10-01T00:00:00", "2024-12-20T10:00:00"])],
)
def test_a_fixed_feast_since_is_the_one_gone_by(text: str, phrase: str, interval: list[str]) -> None:
    assert DECEMBER.intervals(text)[phrase] == interval


# ---- A range of weekdays with their days in brackets, as Hong Kong papers give one

HONG_KONG = Reading(datetime(2025, 11, 28, 10, 0))


@pytest.mark.parametrize(
    ("text", "phrase", "first", "last"),
    [("時間為周四(27日)上午8時至周日(30日)上午8時。", "周四(27日)上午8時至周日(30日)上午8時", "2025-11-27T08:00", "2025-11-30T08:00"),
     ("展覽於星期五(28日)晚上8點至星期六(29日)凌晨2點舉行。", "星期五(28日)晚上8點至星期六(29日)凌晨2點", "2025-11-28T20:00", "2025-11-29T02:"),
     ("周六（11月29日）上午10时至周日（11月30日）下午5时开放。", "周六（11月29日）上午10时至周日（11月30日）下午5时", "2025-11-29T10:00", "2025-11-30T17:")],
)
def test_weekdays_with_their_days_make_one_range(text: str, phrase: str, first: str, last: str) -> None:
    """It was the first day alone, a range 上午8時至周日 from the day after it, and the last day's clock apart."""
    (found,) = HONG_KONG.intervals(text).items()
    assert found[0] == phrase and (found[1][0] or "").startswith(first) and (found[1][1] or "").startswith(last)


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [("2022年圣诞节以来，物价持续上涨。", "2022年圣诞节以来", "2022-12-25T00:00:00"), ("去年国庆以来，房价持续下跌。", "去年国庆以来", "2023-10-01T00:00:00")],
)
def test_a_holiday_since_with_its_year_is_that_years(text: str, phrase: str, first: str) -> None:
    """The year said picks the holiday; the last one gone by is only for a holiday said alone."""
    assert JUNE.intervals(text)[phrase][0] == first


def test_weekdays_not_on_their_days_this_month_are_next_months() -> None:
    """周一（1日） on 28 November: the 1st of November was a Saturday, so the rules for weekdays say December."""
    assert HONG_KONG.intervals("周一（1日）至周三（3日），展覽免費開放。")["周一（1日）至周三（3日）"][0] == "2025-12-01T00:00:00"


def test_weekdays_before_daily_hours_leave_the_hours_out_of_their_range() -> None:
    assert "周六(29日)至周日(30日)上午10時" not in HONG_KONG.intervals("周六(29日)至周日(30日)上午10時至下午6時開放。")


def test_a_year_zero_before_feast_figures_reads_no_feast() -> None:
    """0000年七一当天: no such year; nothing raised, and no 七一 read."""
    assert not [p for p in JUNE.intervals("档案里写着0000年七一当天。") if "七一" in p]


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [("年初二晚上8時，維港將有煙花匯演。", "年初二晚上8時", "2025-01-30T20:00:00"), ("年初三上午10時，車公廟人頭湧湧。", "年初三上午10時", "2025-01-31T10:00:00")],
)
def test_a_hong_kong_new_years_day_keeps_its_clock(text: str, phrase: str, first: str) -> None:
    """年初二晚上8時: the clock was put on the day asked, beside 年初二 alone."""
    assert JANUARY_20.intervals(text)[phrase][0] == first

