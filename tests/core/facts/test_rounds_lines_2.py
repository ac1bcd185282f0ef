"""Dates, amounts and counts read on a second sample of single news lines (People's Daily-style,
Weibo, sport and finance lines of the names corpora), none of them read before.

Every phrase here is our own, written in the way of the lines read; none comes from a held-out
suite. The reference is 2024-06-12 10:00 (a Wednesday), the day the lines were read against.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.core.facts.reading import NEWS_LINES, Reading

facts, intervals, values = NEWS_LINES.facts, NEWS_LINES.intervals, NEWS_LINES.values


# ---- Dates


@pytest.mark.parametrize(
    ("text", "interval"),
    [
        ("虽然碰上了春节假期，不过不少部会官员都出席捧场。", ["2024-02-10T00:00:00", "2024-02-17T23:59:59"]),
        ("此次正值端午假期的到来，景区的游客很多。", ["2024-06-08T00:00:00", "2024-06-10T23:59:59"]),
        ("中秋假期，全国各地景区游客爆满，交通拥堵。", ["2024-09-15T00:00:00", "2024-09-17T23:59:59"]),
        ("2008年春节期间，南方遭遇了罕见的雪灾天气。", ["2008-02-06T00:00:00", "2008-02-12T23:59:59"]),
        ("今年國慶中秋長假，內地旅客大增。", None),
    ],
)
def test_a_holidays_days_off_are_the_run_the_region_rests(text: str, interval: list[str] | None) -> None:
    (fact,) = facts(text, "date")
    assert fact["interval"] == interval or interval is None and fact["value_kind"] == "period"


@pytest.mark.parametrize(
    ("text", "interval"),
    [
        ("香港特区政府宣布，國慶假期期間維港將舉行煙花匯演，港鐵加密班次。", ["2024-10-01T00:00:00", "2024-10-01T23:59:59"]),
        ("台北市政府表示，國慶假期期間總統府前將舉行慶典，新台幣預算已編列。", ["2024-10-10T00:00:00", "2024-10-10T23:59:59"]),
        ("台北市政府表示，雙十國慶總統府前將舉行慶典，新台幣預算已編列。", ["2024-10-10T00:00:00", "2024-10-10T23:59:59"]),
    ],
)
def test_hong_kong_and_taiwan_rest_their_own_days(text: str, interval: list[str]) -> None:
    (fact,) = facts(text, "date")
    assert fact["interval"] == interval


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("有说普京二〇〇五年四月访日的，有说五月的，还有说六月的。", "五月", "2005-05-01T00:00:00"),
        ("据中怡康预测，2013年4K电视市场将稳步提升，普及速度将会在年底达到高峰。", "年底", "2013-11-01T00:00:00"),
        ("他说，去年又有一批外国银行在中国开设了分支机构，到年底已达一百七十多家。", "年底", "2023-11-01T00:00:00"),
    ],
)
def test_a_year_opening_a_clause_holds_the_months_after_it(text: str, phrase: str, first: str) -> None:
    assert intervals(text)[phrase][0] == first


def test_a_year_said_inside_a_clause_holds_no_quarter_after_it() -> None:
    assert intervals("公司成立于2010年，三季度营收增长了不少，利润也有所提高。")["三季度"][0] == "2024-07-01T00:00:00"


@pytest.mark.parametrize(
    ("text", "phrase", "day"),
    [
        ("上星期一开盘大涨，星期四收盘下跌，全周跌幅较大。", "星期四", "2024-06-06"),
        ("上周二他刚出院，周四就又出现在训练场上，令人惊讶。", "周四", "2024-06-06"),
        ("《The Interview》上周在洛杉磯首映，紐約的首映禮即將於周四舉行。", "周四", "2024-06-13"),
        ("上周他很忙，大家都知道。周四他要去北京开会。", "周四", "2024-06-13"),
        ("上周下跌的科技股周一大幅反弹，周二继续走高，纳指创新高。", "周二", "2024-06-11"),
        ("上周日的补选投票率偏低，选举委员会周三公布了最终的点票结果。", "周三", "2024-06-12"),
        ("上周二开庭时被告拒不认罪，法官宣布周五继续审理，届时将传召证人。", "周五", "2024-06-14"),
        ("下个星期一是公众假期，银行星期六照常营业，市民可提早办理业务。", "星期六", "2024-06-15"),
    ],
)
def test_a_bare_weekday_after_last_weeks_day_is_last_weeks(text: str, phrase: str, day: str) -> None:
    assert intervals(text)[phrase][0] == f"{day}T00:00:00"


@pytest.mark.parametrize(
    ("text", "phrase", "last"),
    [
        ("上午８点半不到，正是县府开始上班的时间。", "上午８点半不到", "2024-06-12T08:29:59"),
        ("不到8点半他就来了，大家都很惊讶。", "不到8点半", "2024-06-12T08:29:59"),
        ("请于下午5点前提交材料，逾期不候。", "下午5点前", "2024-06-12T16:59:59"),
        ("预计明天凌晨３点以前可以完成全部救援工作。", "明天凌晨３点以前", "2024-06-13T02:59:59"),
    ],
)
def test_before_a_clock_time_is_up_to_it(text: str, phrase: str, last: str) -> None:
    (fact,) = facts(text, "date")
    assert (fact["text"], fact["value_kind"], fact["interval"]) == (phrase, "less-than", [None, last])


def test_a_clock_time_then_going_is_no_deadline() -> None:
    (fact,) = facts("代表们上午10点前往机场迎接代表团。", "date")
    assert fact["value_kind"] == "exact"


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("这家工厂早上接近８点的时候发生火警，消防员赶到。", "早上接近８点", "2024-06-12T08:00:00"),
        ("下午将近3点，他终于到了会场，会议开始。", "下午将近3点", "2024-06-12T15:00:00"),
        ("凌晨一点半左右，在中山路发生了一起车祸。", "凌晨一点半左右", "2024-06-12T01:30:00"),
    ],
)
def test_nearly_or_about_a_clock_time_is_about_it(text: str, phrase: str, first: str) -> None:
    (fact,) = facts(text, "date")
    assert (fact["text"], fact["value_kind"], fact["interval"][0]) == (phrase, "approximate", first)


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("游戏预计今冬发售，玩家们非常期待这款新作。", "今冬", "2024-11-07T00:00:00"),
        ("工程将于明春开工，预计三年之后完工。", "明春", "2025-02-03T00:00:00"),
        ("去冬今春，北方大部地区遭遇了严重干旱。", "今春", "2024-02-04T00:00:00"),
        ("公元六世纪到公元七世纪是这一地区最活跃的时期。", "六世纪到公元七世纪", "0500-01-01T00:00:00"),
        ("跟上一个世纪的中国民族资本家和知识分子相比。", "上一个世纪", "1900-01-01T00:00:00"),
        ("陈玉宝是否是因为十多年前的感情因素起了杀机。", "十多年前", "2004-01-01T00:00:00"),
        ("2012年8月份签约，从9月直到11月先后续约一个月。", "9月直到11月", "2012-09-01T00:00:00"),
        ("今天是世界爱滋日，歌手特别到香港出席了活动。", "世界爱滋日", "2024-12-01T00:00:00"),
        ("届时各大旅行社将推出多条元旦、春节特色优惠线路。", "元旦", "2025-01-01T00:00:00"),
        ("在大好形势下，我们即将迎来１９９８年元旦、春节。", "１９９８年元旦", "1998-01-01T00:00:00"),
        ("国庆前夕，天安门广场摆放了巨型花坛，迎接节日。", "国庆前夕", "2024-09-28T00:00:00"),
    ],
)
def test_seasons_centuries_eves_and_coming_feasts(text: str, phrase: str, first: str) -> None:
    assert intervals(text)[phrase][0] == first


@pytest.mark.parametrize(
    ("text", "phrase", "kind"),
    [
        ("更何况，下月初新片就要上映了，影迷们很期待。", "下月初", "period"),
        ("上月中，公司公布了最新的季度业绩报告。", "上月中", "period"),
        ("国庆前夕，天安门广场摆放了巨型花坛，迎接节日。", "国庆前夕", "approximate"),
        ("今年复活节前夕，教堂里举行了守夜礼仪。", "今年复活节前夕", "exact"),
    ],
)
def test_parts_of_months_are_periods_and_eves_about(text: str, phrase: str, kind: str) -> None:
    assert [f["value_kind"] for f in facts(text, "date") if f["text"] == phrase] == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "不愿具名的电商分析师对21世纪网表示，市场前景乐观。",
        "《21世纪》：对我们来说，宏观监管还是个新鲜事物。",
        "时间已经过去了１／４世纪，中德两国在各个领域合作。",
        "王明春同志当选为本届人大代表，任期五年。",
        "曼谷市长一纸禁令，将情人节打入冷宫，引起诸多争议。",
    ],
)
def test_a_paper_a_quarter_century_a_name_and_a_ban_are_no_such_dates(text: str) -> None:
    found = intervals(text)
    assert not any(k.endswith(("世纪", "明春")) for k in found) and found.get("情人节", [""])[0][:4] != "2025"


@pytest.mark.parametrize(
    "text",
    [
        "荣毅仁先生他生活的简朴跟今天的很多企业家当然是完全是两重天了。",
        "近半个世纪过去了，今天的中国已发生了翻天覆地的变化。",
        "在今天金融危机的情况下，企业更要注重现金流的管理。",
        "为了明天的希望！大家一起努力奋斗吧，朋友们。",
        "就在清查核算即将完成的前一个月，银行获准组建分行。",
        "在他去世前一个月，他还在医院里坚持工作。",
    ],
)
def test_an_era_a_future_and_a_month_before_an_event_are_no_dates(text: str) -> None:
    """No day a calendar can place (近半个世纪 is a length, P50Y, with no interval)."""
    assert {phrase: interval for phrase, interval in intervals(text).items() if interval is not None} == {}


@pytest.mark.parametrize(
    ("text", "phrase"),
    [("今天的中国队比赛非常精彩，现场观众很多。", "今天"), ("明天的会议将讨论预算问题，请大家准时参加。", "明天"), ("今年前两个月，全国进出口总额增长。", "今年前两个月")],
)
def test_a_day_of_the_calendar_stays(text: str, phrase: str) -> None:
    assert phrase in intervals(text)


# ---- Shares


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("受原材料价格上涨影响，公司的毛利率跌至-9.39%，为近年最低。", "-9.39%"),
        ("今年前三季度，中央政府投资增速维持在－7.7%的低位运行。", "-7.7%"),
        ("交通银行(5.08,-0.02,-0.39%)近日宣布推出新的代发工资业务。", "-0.39%"),
    ],
)
def test_a_minus_sign_before_a_share_makes_it_negative(text: str, value: str) -> None:
    assert value in values(text, "percent")


@pytest.mark.parametrize(
    ("text", "value"),
    [("专家预计，今年的降幅为30-50%，高于去年同期的水平。", "30-50%"), ("该型号的编号为A-5%，并不是一个比例数字。", "5%")],
)
def test_a_dash_after_a_number_or_a_letter_is_no_minus(text: str, value: str) -> None:
    assert value in values(text, "percent")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("调查显示，百分之七十几的人支持建坝，然后百分之十几的人反对。", "~71-79%"),
        ("调查显示，支持率为百分之三十多，较上次调查略有上升。", "~30-40%"),
        ("法院新案的调查中，地方法院也才７成多，显示问题有待解决。", "~70-80%"),
        ("一本录取120名，二本录取204名，比上年高出130%多。", "130+%"),
    ],
)
def test_some_more_after_a_share_is_kept(text: str, value: str) -> None:
    assert value in values(text, "percent")


def test_a_share_before_a_word_of_many_stays_exact() -> None:
    assert values("占百分之三十多数的人都同意这个方案，专家表示。", "percent") == ["30%"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("他说这个结果呢是百分之七十七十几，大家都不太相信。", "percent"),
        ("摊主说售价二十二十五元，大家都觉得很便宜划算。", "money"),
        ("你有千一千间你只能住一间，这是我父亲说的话。", "count"),
    ],
)
def test_a_numeral_said_twice_over_is_not_summed(text: str, kind: str) -> None:
    assert not any(v in ("140%", "145%", "45 CNY", "2000 间") for v in values(text, kind))


# ---- Money


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("嫌犯供称有人给他１万块当运费，警方正在调查此事。", "10000 CNY"),
        ("老板收了他300块押金，却一直不肯退还给他。", "300 CNY"),
    ],
)
def test_kuai_paid_or_taken_is_money_whatever_follows(text: str, value: str) -> None:
    assert value in values(text, "money")


@pytest.mark.parametrize(
    "text", ["为了表彰她的贡献，特批给她一块位置很好的地皮。", "他给了我两块蛋糕，我们一起吃了午饭。"]
)
def test_one_piece_given_stays_a_piece(text: str) -> None:
    assert values(text, "money") == []


def test_numbers_listed_before_an_amount_share_its_unit() -> None:
    text = "预计公司2012-2014年EPS为0.48、0.63、0.83元，维持买入评级。"
    assert values(text, "money") == ["0.48 CNY", "0.63 CNY", "0.83 CNY"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("管理费每天大约６、７０００万元，拖的越久，损失越大。", ["~60000000-70000000 CNY"]),
        ("大约6、7万元就能买到一辆不错的二手车。", ["~60000-70000 CNY"]),
        ("这家企业每年亏损3、4亿元，难以为继。", ["~300000000-400000000 CNY"]),
        ("两种门票分别为5、6元，非常便宜实惠。", ["5 CNY", "6 CNY"]),
    ],
)
def test_two_digits_said_as_either_are_one_amount_about(text: str, found: list[str]) -> None:
    assert values(text, "money") == found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("这款车的售价１２．２万到１２．３万之间，性价比很高。", "122000-123000 CNY"),
        ("在15-20万这个价位区间里可以买到顶配的车型。", "150000-200000 CNY"),
        ("但目前市值也就120多亿，远低于竞争对手的水平。", "~12000000000-13000000000 CNY"),
        ("屡劝不听的车主，将罚款３０万~１５０万。", "300000-1500000 CNY"),
    ],
)
def test_a_price_in_wan_or_yi_needs_no_yuan(text: str, value: str) -> None:
    assert values(text, "money") == [value]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("头奖是美金３００元，二奖２００元，三奖１００元，欢迎参加。", ["300 USD", "200 USD", "100 USD"]),
        ("门票美金50元，儿童票30元。另外停车费20元。", ["50 USD", "30 USD", "20 CNY"]),
        ("门票港币100元，人民币80元，学生票50元。", ["100 HKD", "80 CNY", "50 CNY"]),
    ],
)
def test_a_currencys_yuan_holds_for_the_bare_yuan_after_it(text: str, found: list[str]) -> None:
    assert values(text, "money") == found


# ---- Counts


@pytest.mark.parametrize(
    ("text", "value"), [("近26次作客伦敦他们只赢过一次，战绩很差。", "26 次 作客伦敦"), ("近35次对“四大”也只胜一场，战绩很差。", "35 次")]
)
def test_the_last_meetings_are_counted_exactly_however_many(text: str, value: str) -> None:
    assert values(text, "count")[0] == value


def test_nearly_so_many_meetings_stays_less_than() -> None:
    assert values("该队将近30次作客都没有取得胜利，球迷非常失望。", "count") == ["<30 次 作客"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("美国总计是８１面奖牌，而大陆也拿到了不少金牌暂居第二。", "81 面 奖牌"),
        ("每天两顿正餐，总共算5美金，吃得很好。", "2 顿 正餐"),
        ("本期双色球一等奖开出2注，中奖金额为500万元。", "2 注"),
        ("一套吴郡明贤图传赞二十卷，现收藏于市博物馆。", "20 卷"),
    ],
)
def test_medals_meals_bets_and_volumes_are_counted(text: str, value: str) -> None:
    assert value in values(text, "count")


@pytest.mark.parametrize(
    "text",
    [
        "这个城市三面环山，风景十分优美，游客很多。",
        "他挨了两顿打，心里很不服气，决定离开这里。",
        "米兰阿尔梅告负皆成大冷--胜负彩08092期媒体比对。",
        "两名小女孩被困的房间位于三层，消防员及时赶到。",
        "活动地点：北京市海淀区双榆树西里36号南楼5层会议室。",
        "地点：北京市朝阳区东土城路8号a座22层a室，注明来意。",
        "读者已经在三部曲的初章感受到了太多震撼。",
        "两国在和平共处五项原则基础上友好相处。",
        "交警部门查获了一批二轮摩托车和三轮车。",
        "奥迪很快将推出A3的四门版，售价尚未公布。",
        "各地二套房贷收紧的政策影响已逐渐显露。",
    ],
)
def test_a_name_a_floor_or_a_draw_is_no_count(text: str) -> None:
    assert values(text, "count") == [] or all(v.startswith("2 名") for v in values(text, "count"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("台北市附近的一栋四层楼学生宿舍上午发生火灾。", "4 层 楼"),
        ("火场涉及7幢32層高住宅，全部搭建棚架进行维修。", "32 层 高住宅"),
        ("这栋大楼共有5层，建于上世纪八十年代。", "5 层"),
        ("会议提出了三项原则，得到各方的支持。", "3 项 原"),
        ("他家买了两套房，生活过得很富足。", "2 套 房"),
    ],
)
def test_storeys_principles_and_homes_are_still_counted(text: str, value: str) -> None:
    assert value in values(text, "count")


def test_about_a_range_of_people_is_approximate() -> None:
    assert values("今年，我们将扩招150~500名左右国际留学生。", "count") == ["~150-500 名"]


# ---- What three reviews of the round's rules found (each wrong after the rule as first written)


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("董事长表示，去年是公司最困难的一年，下半年将加大研发投入力度。", "下半年", "2024-07-01T00:00:00"),
        ("研究显示，2000年出生的人群中近视率超过六成，年底前卫健委将出台新方案。", "年底前", None),
        ("去年全区各项存款和贷款的增幅远远高于经济发展速度，实现了年初会议提出的要求。", "年初", "2023-01-01T00:00:00"),
        ("当晚接近9点，一辆私家车失控撞向路边的巴士站，造成两人受伤。", "当晚", "2024-06-12T18:00:00"),
        ("國慶黃金周期間，大批內地旅客訪港，尖沙咀一帶人頭湧湧，港元收入大增。", "國慶黃金周", "2024-10-01T00:00:00"),
        ("2024年國慶假期，台灣各地旅遊景點遊客人數創新高，新台幣收入大增。", "2024年國慶假期", "2024-10-10T00:00:00"),
        ("台北市政府表示，國慶前夕總統府前將舉行慶典，新台幣預算已編列。", "國慶前夕", "2024-10-07T00:00:00"),
        ("下午3点前总统特朗普在白宫发表讲话，宣布加征关税。", "下午3点", "2024-06-12T15:00:00"),
        ("他晚上10点不到家，家人就会打电话四处寻找他。", "晚上10点", "2024-06-12T22:00:00"),
    ],
)
def test_review_of_the_rounds_dates(text: str, phrase: str, first: str | None) -> None:
    interval = intervals(text)[phrase]
    assert interval[0] == first
    if phrase == "國慶黃金周":
        assert interval[1] == "2024-10-07T23:59:59"


@pytest.mark.parametrize(
    ("published", "text", "phrase", "first"),
    [
        (datetime(2026, 1, 10, 10), "今冬以来，全省已发生三次大范围寒潮天气过程。", "今冬以来", "2025-11-07T00:00:00"),
        (datetime(2026, 1, 10, 10), "这项工程目前已经停工，预计明春才能复工。", "明春", "2026-02-04T00:00:00"),
        (datetime(2025, 10, 3, 10), "各大景区迎来国庆客流高峰，部分热门景点实行限流。", "国庆", "2025-10-01T00:00:00"),
        (datetime(2025, 11, 29, 10), "将军在国庆节当天发表了重要讲话，强调备战打仗。", "国庆节", "2025-10-01T00:00:00"),
        (datetime(2024, 6, 15, 10), "各大旅行社将推出元旦假期出游线路，价格实惠。", "元旦假期", "2025-01-01T00:00:00"),
        (datetime(2024, 6, 12, 10), "当然也高于今夏的竞争对手同期的票房成绩。", "今夏", "2024-05-05T00:00:00"),
    ],
)
def test_review_of_the_seasons_and_feasts(published: datetime, text: str, phrase: str, first: str) -> None:
    assert Reading(published).intervals(text)[phrase][0] == first


@pytest.mark.parametrize(
    "text",
    [
        "学校组织三年级的孩子们去春游，家长们都很高兴。",
        "这表明春耕生产已经全面展开，农资供应总体充足。",
        "英国皇家铸币局发行查尔斯三世纪念币，受到收藏者追捧。",
        "蘇格拉底生活在西元前五世紀的雅典，一生沒有留下著作。",
    ],
)
def test_review_of_the_seasons_and_centuries_that_are_none(text: str) -> None:
    assert intervals(text) == {}


def test_a_century_before_tennis_or_the_net_stays() -> None:
    assert intervals("上世纪末网络泡沫破灭，大批科技公司倒闭。")["上世纪末"][0] == "1980-01-01T00:00:00"


@pytest.mark.parametrize(
    ("text", "kind", "found"),
    [
        ("政府征收了3块土地用于修建高速公路，补偿款已全部到位。", "count", ["3 块 土地"]),
        ("村委会给他们3块宅基地，用于安置搬迁的农户。", "count", ["3 块 宅基地"]),
        ("今年高考数学新课标二卷被考生称为近年来最难的一套题。", "count", []),
        ("他的国家队生涯近60次出场，打进了21个进球。", "count", ["<60 次 出场", "21 个 进球"]),
        ("专家指出，这套系统存在两层安全隐患，需要尽快整改。", "count", ["2 层 安全隐患"]),
        ("这栋楼30层，是该区最高的住宅楼之一。", "count", ["30 层"]),
        ("地点：北京市朝阳区东土城路8号a座22层a室，请准时到场。", "count", []),
        ("这位车手在本赛季前五轮车手积分榜上排名第二。", "count", ["5 轮 车手"]),
        ("各地区数据的统计口径详见表2注，部分地区数据为初步核算数。", "count", []),
        ("该行业整体增速在20% -30%之间，头部企业的增速更快。", "percent", ["20-30%"]),
        ("这个小区首付30%余款分期支付，吸引了不少年轻购房者。", "percent", ["30%"]),
        ("收费标准如下：1、5元/次，适用于普通会员；2、10元/次，适用于访客。", "money", ["5 CNY", "10 CNY"]),
        ("他的月薪在1万至2万块之间，在同龄人中算是比较高的。", "money", []),
    ],
)
def test_review_of_the_rounds_amounts(text: str, kind: str, found: list[str]) -> None:
    assert values(text, kind) == found


# ---- A second read of 500 lines after the round's rules


@pytest.mark.parametrize(
    "text",
    [
        "DOTA2的项目创建是为了现如今日趋匮乏的创意而创立的。",
        "3年期央票的停发和1年、3月期央票的大幅缩量，也反映了央行态度。",
        "激励着我们去跨越、去奉献、去创造美好明天。",
        "走向社会效益与经济效益俱佳之明天，大家一起努力。",
    ],
)
def test_a_word_across_today_a_tenor_and_a_future_are_no_dates(text: str) -> None:
    assert intervals(text) == {}


@pytest.mark.parametrize(
    ("text", "phrase", "interval"),
    [
        ("据统计，至去年年底，宁波保税区累计完成进出口贸易额八点一二亿美元。", "去年年底",
         ["2023-12-31T00:00:00", "2023-12-31T23:59:59"]),
        ("截至2010年年底，中国银行业推出超过7000款个人投资计划。", "2010年年底",
         ["2010-12-31T00:00:00", "2010-12-31T23:59:59"]),
        ("于是可以想象晚8点一身着白浴袍的姑娘走进了大堂。", "晚8点", ["2024-06-12T20:00:00", "2024-06-12T20:59:59"]),
        ("3月期间，全市共举办各类文化活动一百多场。", "3月", ["2024-03-01T00:00:00", "2024-03-31T23:59:59"]),
        ("确实呢，在看到今天大陆这个宣布背后，原来有这么深的用意。", "今天", ["2024-06-12T00:00:00", "2024-06-12T23:59:59"]),
    ],
)
def test_a_years_last_day_a_clocks_hour_and_days_that_stay(text: str, phrase: str, interval: list[str]) -> None:
    assert intervals(text)[phrase] == interval


@pytest.mark.parametrize(
    ("text", "kind", "found"),
    [
        ("１５个罹难者都在同一个地方打坐，他们都死在一块。", "money", []),
        ("周边设备还包括有一组扩大机、四组录音设备及三部电脑。", "count", ["4 组 录音设备", "3 部 电脑"]),
        ("由3组成员共同完成了这个研究项目，成绩显著。", "count", []),
        ("取出了一把自制手枪，还有１４发的子弹，警方正在调查。", "count", ["14 发"]),
        ("在科隆举行的IEM5世界总决赛的星际2项目中夺冠。", "count", []),
        ("新开工3项目，总投资超过十亿元，进展顺利。", "count", ["3 项目"]),
        ("学校有一批考入三本的学生，成绩都还不错。", "count", []),
        ("前两轮联盟杯主场1比0奥林匹亚科斯，客场2比0本菲卡。", "count", ["2 轮 联盟"]),
        ("同城转账2元起8元封顶，跨行转账另收费。", "money", ["2+ CNY", "<8 CNY"]),
        ("总投资8亿元封顶仪式昨天举行，各方代表出席。", "money", ["800000000 CNY"]),
        ("耗资5亿元封顶的大楼正式启用，市民纷纷前来参观。", "money", ["500000000 CNY"]),
        ("股价跌到一块，投资者损失惨重，纷纷抛售。", "money", ["1 CNY"]),
        ("该村三组的村民都来了，会场里非常热闹。", "count", []),
        ("详见表1：5家企业名单已经公布，请查阅。", "count", ["5 家 企业名单"]),
    ],
)
def test_a_second_reads_amounts(text: str, kind: str, found: list[str]) -> None:
    assert values(text, kind) == found


@pytest.mark.parametrize(
    ("text", "phrase", "first"),
    [
        ("比如今日的比赛，大家都非常期待，门票早已售罄。", "今日", "2024-06-12T00:00:00"),
        ("他成为今天的最大赢家，令所有人都感到意外。", "今天", "2024-06-12T00:00:00"),
        ("总之明天的会议非常重要，大家务必准时参加。", "明天", "2024-06-13T00:00:00"),
        ("活动推迟到2026年底举行，具体时间另行通知。", "2026年底", "2026-11-01T00:00:00"),
        ("工程延期至今年年底完工，附近居民意见很大。", "今年年底", "2024-11-01T00:00:00"),
        ("3月期待已久的新品终于发布了，粉丝们很兴奋。", "3月", "2024-03-01T00:00:00"),
    ],
)
def test_review_of_the_second_reads_dates(text: str, phrase: str, first: str) -> None:
    assert intervals(text)[phrase][0] == first
