"""Dates, amounts and counts read on Taiwanese, mainland and overseas pages (the round after the
Hong Kong one): a day word's clock range, an hour and what follows it, sums said bare, a work's
title, a rate.

Every phrase here is our own, written in the way of the pages read; none comes from a held-out
suite. The reference is 2025-11-29 10:00 (a Saturday).
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.core.facts.reading import Reading

PUBLISHED = datetime(2025, 11, 29, 10, 0)
_READ = Reading(PUBLISHED)
facts, intervals, values = _READ.facts, _READ.intervals, _READ.values


# ---- Dates


@pytest.mark.parametrize(
    ("text", "phrase", "interval"),
    [
        ("火警於昨上午10時許至下午1時期間持續，其後受控。", "昨上午10時許至下午1時期間",
         ["2025-11-28T10:00:00", "2025-11-28T13:59:59"]),
        ("會議於昨上午10時至下午1時舉行，地點在中環。", "昨上午10時至下午1時",
         ["2025-11-28T10:00:00", "2025-11-28T13:00:00"]),
        ("會議於8月1日上午10時至下午1時期間舉行，地點在中環。", "8月1日上午10時至下午1時期間",
         ["2025-08-01T10:00:00", "2025-08-01T13:59:59"]),
        ("会议于8月1日晚上10点到凌晨1点期间举行，地点在北京市。", "8月1日晚上10点到凌晨1点期间",
         ["2025-08-01T22:00:00", "2025-08-02T01:59:59"]),
    ],
)
def test_a_clock_range_stays_on_the_day_its_start_names(text: str, phrase: str, interval: list[str]) -> None:
    assert intervals(text)[phrase] == interval


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("下午二時後，所有航班將基本上停航，旅客請留意。", "下午二時後", "2025-11-29T14:00:00"),
        ("預估今晚20點後雨勢趨緩，民眾仍需留意天氣。", "今晚20點後", "2025-11-29T20:00:00"),
        ("中午過後，中部以北地區要留意局部大雨。", "中午過後", "2025-11-29T12:00:00"),
    ],
)
def test_after_an_hour_is_from_that_hour_on(text: str, phrase: str, first: str) -> None:
    assert intervals(text)[phrase] == [first, None]


def test_after_an_hour_the_word_later_is_not_read_as_after() -> None:
    assert "晚上8點" in intervals("他晚上8點後來到現場，隨即展開搜救工作。")


def test_a_count_of_days_after_a_story_stays_untold() -> None:
    assert not intervals("三天過後，警方終於找到了失蹤的男子。")


def test_a_zone_name_after_a_line_break_joins_no_date_line_to_the_story() -> None:
    found = intervals("2024-05-20 06:48\n北京时间5月20日，步行者在季后赛中战胜尼克斯。")
    assert "2024-05-20 06:48" in found and "5月20日" in found


@pytest.mark.parametrize(
    "text", ["執政利益當前，今日之我也可否定昨日之我，他這樣說。", "今日之中國已經不是當年的樣子了，他感嘆道。", "他被看作明日之星，教練這樣評價他。"]
)
def test_todays_self_is_no_day(text: str) -> None:
    assert not intervals(text)


# ---- Amounts and counts


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("SOHO中國於2009年斥資約40億買下土地，後來才開發。", "~4000000000 CNY"),
        ("玻璃海景餐廳砸12萬　租砂石車「圍店」", "120000 CNY"),
        ("營業收入約8.2億人民幣（2022年同期為8.9億），按年下跌。", "890000000 CNY"),
        ("在香港上市的公司已支付土地增值稅3,060萬人民幣（其後又再支付了700萬）。", "7000000 CNY"),
    ],
)
def test_a_bare_sum_paid_or_of_the_same_period_is_money(text: str, value: str) -> None:
    assert value in values(text, "money")


def test_the_same_periods_count_is_no_money() -> None:
    assert not values("用戶數達3億（2022年同期為2.5億），增長迅速。", "money")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("該片翻拍自日本高分電影《百元之戀》，由她自導自演。", "money"),
        ("排名第3位的《100次哭泣》觀影人數下滑。", "count"),
        ("她最喜歡的書是《三個火槍手》，讀了很多遍。", "count"),
    ],
)
def test_a_number_in_a_works_title_is_no_amount(text: str, kind: str) -> None:
    assert not values(text, kind)


@pytest.mark.parametrize(
    "text", ["國務院印發《關於撥款100億元支持災區重建的通知》，要求各地執行。", "一篇題為《招商銀行：投資永隆銀行浮虧逾百億港元》的文章"]
)
def test_a_documents_or_headlines_sum_stays_money(text: str) -> None:
    assert values(text, "money")


@pytest.mark.parametrize(
    "text", ["國內每五人就有一人晚上睡不好，醫生提醒要注意。", "平均每8個杭州人就有1個來過德清。", "二期工程由於資本金無法到位，已經停工。"]
)
def test_a_rate_or_a_phase_is_no_count_of_so_many(text: str) -> None:
    assert not any(value.startswith(("5 ", "8 ", "2 ")) for value in values(text, "count"))


# ---- The second batch of pages: mainland pages of many years


@pytest.mark.parametrize(
    "text", ["在英國求學6年後，他希望能夠學有所用。", "2023年6月1日，這條電車在運營13年後正式停運。", "雙方在賓館談了一個小時後，他先走了。"]
)
def test_so_long_after_doing_something_is_no_date(text: str) -> None:
    assert not [phrase for phrase in intervals(text) if phrase.endswith(("後", "后"))]


@pytest.mark.parametrize("text", ["他說，三年後他將退休，回到家鄉。", "現在都掙不到錢五年後就更不可能了。", "該項目在3年後完工，總投資10億元。"])
def test_so_long_from_now_stays_a_date(text: str) -> None:
    assert [phrase for phrase in intervals(text) if phrase.endswith(("後", "后"))]


def test_a_programmes_times_are_on_the_day_and_part_of_its_heading() -> None:
    text = "會議議程\n12月11日上午 開幕式\n地點：南開大學\n8:30－8:50 開幕式\n12月11日下午 專題討論\n第一場1:30－3:30\n7:30 講座"
    found = intervals(text)
    assert found["8:30－8:50"] == ["2025-12-11T08:30:00", "2025-12-11T08:50:59"]
    assert found["1:30－3:30"] == ["2025-12-11T13:30:00", "2025-12-11T15:30:59"]
    assert found["7:30"] == ["2025-12-11T19:30:00", "2025-12-11T19:30:59"]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [("美國在線零售商店6pm.com今天表示，將擴大業務。", "6pm"), ("現在是入市的最佳5時機，他表示。", "5時"),
     ("地鐵1號、2號、3號入口將暫時關閉。", "1號、2號"), ("目前11月的銷量已經超過去年全年。", "前11月")],
)
def test_a_name_an_entrance_or_a_word_is_no_date(text: str, phrase: str) -> None:
    assert phrase not in intervals(text)


def test_the_first_months_stay_a_period() -> None:
    assert intervals("從前三月的數據來看，市民出境人數增長。")["前三月"] == ["2025-01-01T00:00:00", "2025-03-31T23:59:59"]


@pytest.mark.parametrize(
    ("text", "value"),
    [("全年營收達 82 億 2690 萬元，創下新高。", "8226900000 CNY"), ("淨利為1 億 2100 萬元，較去年增加。", "121000000 CNY"),
     ("他四年詐騙錢財1600萬，被判刑。", "16000000 CNY"), ("大促期間GMV是52.5億，創新高。", "5250000000 CNY"),
     ("高溫津貼為每人每月不能低於150元。", "150+ CNY")],
)
def test_sums_spaced_bare_or_with_a_floor(text: str, value: str) -> None:
    assert value in values(text, "money")


@pytest.mark.parametrize(
    ("text", "value"),
    [("共有十名學生受傷，已送醫院。", "10 名 学生"), ("地震造成十萬人以上死亡。", "100000+ 人"), ("每桌不能多於兩人，請注意。", "<2 人")],
)
def test_counts_of_ten_and_caps(text: str, value: str) -> None:
    assert value in values(text, "count")


@pytest.mark.parametrize(
    "text", ["這十分重要，他說。", "他在十字路口等待。", "在籌委會十次全會上的講話。", "她今年絕對是十項全能。", "《2025屆應屆畢業生秋招洞察報告》顯示就業形勢嚴峻。"]
)
def test_ten_in_a_word_or_a_class_year_is_no_count(text: str) -> None:
    assert not values(text, "count")


def test_a_web_addresss_escaped_bytes_are_no_shares() -> None:
    assert not values("連結 /2024/08/25/%e5%b9%bf%e6%99%ba%e6%95%91/ 內容", "percent")


def test_a_year_in_chinese_digits_gives_its_year_to_the_days_after_it() -> None:
    text = "一九八九年四月，我在湖南張家界開會。在4月23日長沙一些商店被砸之後，局勢緊張。"
    assert intervals(text)["4月23日"] == ["1989-04-23T00:00:00", "1989-04-23T23:59:59"]


def test_a_ranges_end_said_by_its_day_and_part_keeps_the_month() -> None:
    assert intervals("6月3日晚至4日凌晨，北京的局勢急轉直下。")["6月3日晚至4日凌晨"] == ["2025-06-03T18:00:00", "2025-06-04T04:59:59"]


@pytest.mark.parametrize(("text", "phrase"), [("高溫津貼發放時間為每年6月至8月，標準為每月180元。", "每年6月至8月"), ("每年3月15日是消費者權益日。", "每年3月15日")])
def test_months_every_year_recur(text: str, phrase: str) -> None:
    assert {f["text"]: f["value_kind"] for f in facts(text, "date")}[phrase] == "recurring"


def test_the_small_hours_after_a_bracketed_day_and_its_morning_are_that_days() -> None:
    text = "就在前天（11月27日）早上凌晨2時左右，遼寧一位果粉也中招了。"
    assert intervals(text)["凌晨2時左右"][0] == "2025-11-27T02:00:00"


# ---- What the review of the round's rules found (543 sentences run before and after)


def test_review_the_same_periods_figure_after_a_count_is_no_money() -> None:
    assert values("公司營收5億元，用戶數達3000萬，同期為2500萬，均創新高。", "money") == ["500000000 CNY"]


@pytest.mark.parametrize(
    ("text", "value"),
    [("日本政府撥款1000億日圓援助災區，香港特區政府亦撥款3000萬。", "30000000 HKD"),
     ("內地捐款1億元人民幣，香港市民捐款逾5億，合共6億。", "500000000+ HKD")],
)
def test_review_another_payer_keeps_its_own_currency(text: str, value: str) -> None:
    assert value in values(text, "money")


@pytest.mark.parametrize(
    ("text", "phrase"),
    [("截至昨晚8時尚有50人失蹤，消防處仍在搜索中。", "昨晚8時"), ("今晨6時機場快綫恢復正常服務，乘客陸續抵達。", "今晨6時"),
     ("兩個旅行團分別於3號、4號出發，前往日本北海道賞雪。", "3號、4號"), ("晚上8時後海酒吧街人潮湧現，不少遊客前來。", "晚上8時"),
     ("昨日之戰，曼聯以2比1擊敗利物浦，暫時登上榜首。", "昨日"), ("公司在發布會上宣布將於兩年後推出首款電動車，售價未定。", "兩年後"),
     ("預計在未來5年後，本港人口將突破800萬。", "5年後")],
)
def test_review_dates_the_rounds_rules_must_keep(text: str, phrase: str) -> None:
    assert phrase in intervals(text)


def test_review_a_morning_said_under_an_afternoon_heading_stays_the_morning() -> None:
    found = intervals("11月28日下午 記者會\n消防處表示，於8時許接報，派員到場。")
    assert found["8時許"][0] == "2025-11-28T08:00:00"


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [("雙方簽訂《500萬元借款合同》，約定一年內還款。", "money", "5000000 CNY"),
     ("該公司GMV超過3000萬單，在同業中排名第一。", "count", "30000000+ 单")],
)
def test_review_a_contracts_sum_and_orders_counted(text: str, kind: str, value: str) -> None:
    assert value in values(text, kind)


@pytest.mark.parametrize("text", ["這件事就算十頭牛也拉不回來，他決意要辭職。", "十個手指有長有短，人各有所長。", "他在十人制足球比賽中射入兩球。"])
def test_review_ten_in_a_saying_is_no_count(text: str) -> None:
    assert not any(value.startswith("10 ") for value in values(text, "count"))


# ---- Single news lines read (500 lines of the news corpora), and the second review (451 sentences)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [("立博相同賠率下，近4場意甲賽事有3場打出平局。", "count", "4 场 意甲赛事"),
     ("他本賽季出場近30場，貢獻10個進球。", "count", "<30 场 出场"),
     ("認為合理的有將近９成５，比例很高。", "percent", "<95%"),
     ("產品售價低於正常價格的百分之二十至三十。", "percent", "20-30%"),
     ("新款手機售價為1499美元起，下月上市。", "money", "1499+ USD"),
     ("最多可提供總額30萬元的人民幣融資額度。", "money", "<300000 CNY"),
     ("公司營收8.2億元，同比增長12%，去年同期為7.3億，符合預期。", "money", "730000000 CNY"),
     ("蘋果季度收入1020億美元，iPhone收入490億，按年增長。", "money", "49000000000 USD")],
)
def test_lines_bounds_shares_and_sums(text: str, kind: str, value: str) -> None:
    assert value in values(text, kind)


@pytest.mark.parametrize(
    ("text", "kind"),
    [("許多孩子是＂五角＂的歌迷，喜歡他的音樂。", "money"), ("他們堅持“三個代表”重要思想。", "count")],
)
def test_lines_a_name_or_slogan_in_quotes_is_no_amount(text: str, kind: str) -> None:
    assert not values(text, kind)


def test_lines_parts_of_the_year_a_sentence_opens_with_are_that_years() -> None:
    found = intervals("去年，廣東經濟運行經歷了年初下探、三季度企穩回升、四季度繼續回暖的發展過程。")
    assert found["三季度"] == ["2024-07-01T00:00:00", "2024-09-30T23:59:59"]
    assert found["年初"][0] == "2024-01-01T00:00:00"


def test_lines_a_year_inside_a_sentence_gives_no_quarter_its_year() -> None:
    assert intervals("該公司成立於2010年，三季度營收增長10%。")["三季度"][0] == "2025-07-01T00:00:00"


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [("菲律賓總統埃斯特拉達９號表示，他已經婉拒在野黨要求。", "９號", "2025-11-09T00:00:00"),
     ("沙伯里當地時間２０號在華盛頓舉行記者招待會。", "２０號", "2025-11-20T00:00:00"),
     ("下午3時後方可辦理入住手續，敬請留意。", "下午3時後", "2025-11-29T15:00:00")],
)
def test_lines_dates_read(text: str, phrase: str, first: str) -> None:
    assert intervals(text)[phrase][0] == first


@pytest.mark.parametrize(
    "text", ["而當當網李國慶也在微博上指出這個問題。", "他們向20世紀福克斯公司購買了電影版權。", "港鐵1號、2號出入口將暫時關閉。", "他在宣布退役兩年後復出，再次參賽。"]
)
def test_lines_names_entrances_and_deeds_are_no_dates(text: str) -> None:
    assert not intervals(text)


def test_lines_the_national_day_celebrated_stays_a_day() -> None:
    assert "國慶" in intervals("政黨輪替之後的第一次慶祝國慶，象徵著國家的進步。")


@pytest.mark.parametrize(
    ("text", "phrase", "interval"),
    [("18世紀的歐洲經歷了工業革命。", "18世紀", ["1700-01-01T00:00:00", "1799-12-31T23:59:59"]),
     ("十四世紀末，歐洲爆發黑死病。", "十四世紀末", ["1380-01-01T00:00:00", "1399-12-31T23:59:59"]),
     ("文章發布於 9:23:57 PM，其後被轉載多次。", "9:23:57 PM", ["2025-11-29T21:23:00", "2025-11-29T21:23:59"])],
)
def test_pages_earlier_centuries_and_an_evening_with_seconds(text: str, phrase: str, interval: list[str]) -> None:
    assert intervals(text)[phrase] == interval


def test_pages_ntd_is_taiwans_dollar() -> None:
    assert values("U利點數 1 點 = NTD 1 元，可折抵消費。", "money") == ["1 TWD"]


# ---- The third review (372 sentences on the lines' rules)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [("今年已舉辦的近500場招聘會吸引大批求職者。", "count", "<500 场 招聘会"),
     ("在近千場演出中，他從未缺席。", "count", "<1000 场 演出"),
     ("他以5萬元起家，如今身家過億。", "money", "50000 CNY"),
     ("美國國防預算達8860億美元，中國國防預算為1.67萬億。", "money", "1670000000000 CNY"),
     ("他說：「五萬元」已經很多，不能再加。", "money", "50000 CNY")],
)
def test_review_nearly_from_and_currencies_the_rules_must_leave(text: str, kind: str, value: str) -> None:
    assert value in values(text, kind)


def test_review_a_digit_opening_the_next_word_is_no_tenth() -> None:
    assert values("全國已建成9成5G基站，覆蓋全省。", "percent") == ["90%"]


def test_review_a_year_said_again_takes_over_the_parts_after_it() -> None:
    assert intervals("去年，經濟增長5%；今年，三季度有望回升。")["三季度"][0] == "2025-07-01T00:00:00"


@pytest.mark.parametrize(
    ("text", "phrase"), [("全校師生於國慶日舉行升旗儀式。", "國慶"), ("學生5號、6號出入校園需要登記。", "5號、6號")]
)
def test_review_the_holiday_and_days_stay(text: str, phrase: str) -> None:
    assert phrase in intervals(text)


def test_review_a_numbered_witness_is_no_day() -> None:
    assert "2號" not in intervals("證人2號表示，他當晚一直在場。")


@pytest.mark.parametrize(
    ("text", "phrase", "interval"),
    [("專題討論時間為12月11日下午1:30-3:30，地點在圓樓。", "12月11日下午1:30-3:30", ["2025-12-11T13:30:00", "2025-12-11T15:30:59"]),
     ("會議於8月1日晚上10:00-01:00舉行，地點在中環。", "8月1日晚上10:00-01:00", ["2025-08-01T22:00:00", "2025-08-02T01:00:59"]),
     ("會議於8月1日上午10:00-11:30舉行，地點在中環。", "8月1日上午10:00-11:30", ["2025-08-01T10:00:00", "2025-08-01T11:30:59"])],
)
def test_a_bare_clock_end_runs_on_from_its_start(text: str, phrase: str, interval: list[str]) -> None:
    assert intervals(text)[phrase] == interval


def test_a_clock_time_after_a_labels_colon_is_read() -> None:
    assert intervals("活動時間：19:00-21:30，地點在禮堂。")["19:00-21:30"] == ["2025-11-29T19:00:00", "2025-11-29T21:30:59"]


def test_the_seconds_of_a_clock_time_are_no_clock_time() -> None:
    assert list(intervals("比賽計時顯示10:19:00，全場觀眾起立。")) == ["10:19:00"]
