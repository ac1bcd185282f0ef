"""The noun a count counts ends where jieba's words say (issue 14: count nouns run on)."""

from __future__ import annotations

from datetime import datetime

import pytest

from reader.core.facts import extract_facts, facts_to_json
from reader.core.facts.count_nouns import noun_after, noun_before
from reader.core.model import Article


def counts(text: str) -> list[str]:
    found = facts_to_json(extract_facts(Article(text=text, blocks=(), published=datetime(2022, 7, 25))))
    return [f["value"] for f in found if f["kind"] == "count"]


@pytest.mark.parametrize(
    ("text", "value"),
    [("3名航天员按计划开展实验。", "3 名 航天员"), ("等于八只屎壳郎凑在一起。", "8 只 屎壳郎"),
     ("两个航天器紧紧相连。", "2 个 航天器"), ("眼睛里能塞几十张纸片吗？", "~10-100 张 纸片"),
     ("约有6亿人次可能出行。", "~600000000 人次"), ("中国用6亿人次出游来庆祝国庆节。", "600000000 人次")],
)
def test_the_noun_stops_where_its_word_ends(text: str, value: str) -> None:
    assert counts(text) == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [("推出15项改革举措。", "15 项 改革举措"), ("超万名境外嘉宾到场。", "10000+ 名 境外嘉宾"),
     ("９８名选手参加。", "98 名 选手"), ("两场比赛。", "2 场 比赛"),
     ("英国七名前外相联署。", "7 名 前外相"), ("覆盖30个国家和地区。", "30 个 国家和地区")],
)
def test_nouns_jieba_tags_as_verbs_or_joined_stay_whole(text: str, value: str) -> None:
    """jieba calls 举措 and 选手 verbs: where the rules ended the noun there, it stays."""
    assert counts(text) == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [("已有11名员工堕楼，导致多人死伤。", "11 名 员工"), ("两名士兵丧生。", "2 名 士兵"), ("164家机构入会。", "164 家 机构"),
     ("两名魔兽选手晋级。", "2 名 魔兽选手"), ("三次科学探索。", "3 次 科学探索")],
)
def test_a_verb_after_the_counted_noun_is_what_they_did(text: str, value: str) -> None:
    """The verb ending a sentence after the noun is the predicate, unless jieba merely calls a
    noun a verb (选手, 探索)."""
    assert counts(text) == [value]


def test_a_number_in_an_idiom_is_no_count() -> None:
    """判若两人 (like another man) counts no one; before, it was 2 人 with no noun."""
    assert counts("周琦上下半场判若两人。") == []


def test_the_helpers_on_their_own() -> None:
    assert noun_after("航天员按计划", 4) == "航天员"
    assert noun_after("可能出行", 4) == ""
    assert noun_before("建成服务站") == "服务站"
    assert noun_before("判若") == ""


@pytest.mark.parametrize("text", ["濃煙四起。", "他三番五次地催促。"])
def test_sayings_with_a_number_and_a_measure_word_are_no_counts(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(("text", "value"), [("发生四起交通事故。", "4 起 交通事故"), ("全市四处景点。", "4 处 景点")])
def test_the_same_words_before_a_noun_are_counts(text: str, value: str) -> None:
    assert counts(text) == [value]


def test_a_modal_verb_after_the_noun_is_no_part_of_it() -> None:
    assert counts("至少兩位朋友未能出席。") == ["2+ 位 朋友"]


@pytest.mark.parametrize(
    "text", ["就有三分之二支援5G。", "推出Snapdragon 4s Gen 2處理器。", "排名前五名。", "金額達8位數美元。", "維持兩位數增長。"]
)
def test_fractions_models_ranks_and_digits_are_no_counts(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [("目前三名患者，", "3 名 患者"), ("招入玉米和blast两名魔兽选手。", "2 名 魔兽选手"), ("5G手機3台。", "3 台 手机")],
)
def test_counts_near_those_stay(text: str, value: str) -> None:
    assert counts(text) == [value]


@pytest.mark.parametrize("text", ["因涉违反刑法255条意图欺诈他人。", "依照治安管理处罚法第26条处理。", "根据条例12条规定。"])
def test_an_article_of_a_law_is_no_count(text: str) -> None:
    """刑法255条 is the law's article 255, not 255 of the words after it."""
    assert counts(text) == []


def test_articles_revised_are_counted() -> None:
    assert counts("修订了30条法规。") == ["30 条 法规"]


def test_a_verb_made_a_noun_by_者_is_counted() -> None:
    """捐赠 is a verb, 捐赠者 (donors) a noun: 两名捐赠者担忧 counted no one."""
    assert counts("曾有两名捐赠者担忧饭碗不保。") == ["2 名 捐赠者"]


def test_the_second_of_two_joined_nouns_ends_where_its_word_does() -> None:
    """幕僚和支持者克林顿: the count is of 幕僚和支持者, not 支持者克 (克林顿 is who spoke)."""
    assert counts("面对2500名幕僚和支持者克林顿倒出了心里话。") == ["2500 名 幕僚和支持者"]


@pytest.mark.parametrize("text", ["剖白两个半小时力敌死神的经历。", "等了三个半月。"])
def test_a_length_and_a_half_is_no_count(text: str) -> None:
    """两个半小时 is two and a half hours, not two of something."""
    assert counts(text) == []


def test_a_place_is_no_counted_noun_but_may_open_one() -> None:
    """1架巴西航空工业公司制造的飞机 counts one aircraft, not one Brazil; 两名巴勒斯坦人 counts
    Palestinians (its noun was cut to 巴勒斯坦 at four characters)."""
    assert counts("1架巴西航空工业公司制造的私人飞机坠毁。") == ["1 架"]
    assert counts("两名巴勒斯坦人丧生。") == ["2 名 巴勒斯坦人"]


@pytest.mark.parametrize(
    ("text", "value"),
    [("全国已有8077人感染。", "8077 人"), ("两人出院时都很健康。", "2 人"), ("大火造成至少94人死亡。", "94+ 人")],
)
def test_people_counted_by_ren_take_no_noun_after(text: str, value: str) -> None:
    assert counts(text) == [value]  # 人 is the noun: 感染, 出院时, 死亡 are the sentence


@pytest.mark.parametrize("text", ["兩岸服貿協議通過後，陸人來台觀光將更便利。", "伍家公司今天开业。"])
def test_a_cheque_digit_alone_is_no_count(text: str) -> None:
    """陸人 are mainlanders, not six people; 伍 is a surname. Cheques write these digits in runs."""
    assert counts(text) == []


def test_a_run_of_cheque_digits_still_counts() -> None:
    assert counts("壹佰贰拾人参加。") == ["120 人"]


def test_a_verb_right_before_the_number_leaves_no_noun_before_it() -> None:
    """客运量高达176亿人次: 高达 (reaches) stands between the noun and the number."""
    assert counts("全年完成的营业性客运量高达176亿人次。") == ["17600000000 人次"]


def test_a_negated_verb_after_the_measure_word_is_no_noun() -> None:
    """仍有4张未领: four (lottery tickets) unclaimed; jieba reads 未领 as one verb."""
    assert counts("千万发票仍有4张未领、200万特奖则仍有9张未领。") == ["4 张", "9 张"]


@pytest.mark.parametrize(
    ("text", "value"),
    [("在香港造成超過 360人受傷。", "360+ 人"), ("暫有三百多班航班取消。", "~300-400 班 航班"),
     ("獲得482票，遠高於過半所需。", "482 票"), ("都有2席部長。", "2 席 部长"), ("用户破亿人。", "100000000+ 人 用户"),
     ("过万人参加。", "10000+ 人"), ("不过三五个人。", "~3-5 个 人")],
)
def test_counts_of_votes_seats_flights_and_qualifiers_after_a_space(text: str, value: str) -> None:
    """票, 席 and 班 count (votes, seats, flights: no count was read); 超過 before a space
    still says more than, 破 and 过 before a bare unit too; 三五个 is three to five, not 35."""
    assert counts(text) == [value]


@pytest.mark.parametrize(
    "text", ["二次世界大戰後最嚴重。", "二次开发项目投产。", "发展三次产业。", "一年二班的学生。", "他四处奔走。",
             "占有一席之地。", "十亿票房。"],
)
def test_words_with_a_number_and_a_measure_word_count_nothing(text: str) -> None:
    """二次 (a count says 两次), 三次产业, 二班 (a class's name), 四处 before a verb, 一席之地 and 票房."""
    assert counts(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [("消防處共派出304架次消防車。", "304 架次 消防车"), ("共取消8航次。", "8 航次"), ("已收到逾1800單申請。", "1800+ 单"),
     ("中欧班列开行1236列。", "1236 列"), ("全剧共24集。", "24 集"), ("查获17把手枪。", "17 把 手枪"),
     ("喝了三杯普洱茶。", "3 杯 普洱茶"), ("涉及近1000單位。", "<1000 单位"), ("6票站出現人龍。", "6 票站")],
)
def test_counts_of_sorties_voyages_orders_trains_episodes_and_flats(text: str, value: str) -> None:
    """架次 and 航次 whole (304架次 was 304 架), 单 (orders), 列 (trains), 集 (episodes), 把, 杯;
    单位 (Hong Kong's flats) and 票站 (polling stations, 6票站 was six votes) are the noun."""
    assert counts(text) == [value]


@pytest.mark.parametrize("text", ["住在9号楼1单元。", "我这里一一列举。", "参加六四集会。", "有三把握。", "两集团合并。"])
def test_words_opened_by_the_new_measure_words_count_nothing(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(
    ("text", "values"),
    [("感染人数可能已超过1050万。", ["10500000+ 人 人数"]), ("選民人數由447.2萬減至413.1萬。", ["4472000 人 选民人数", "4131000 人 选民人数"]),
     ("全市常住人口约2000万，", ["~20000000 人 全市常住人口"]), ("中国单身人口逾2億。", ["200000000+ 人 中国单身人口"])],
)
def test_people_counted_after_renshu_or_renkou(text: str, values: list[str]) -> None:
    """A number in 万 or 亿 after 人数 or 人口 counts people (it was no fact)."""
    assert counts(text) == values


@pytest.mark.parametrize("text", ["经过漫长的27个月后，他接到了判决书。", "两三个月后，医生发现了异常。"])
def test_so_many_months_after_is_no_count(text: str) -> None:
    """27个月后 counted 27 个 with no noun once the story's date was gone."""
    assert counts(text) == []


def test_a_count_inside_the_nouns_reach_of_the_one_before_is_read() -> None:
    """三班的列车将近千名的旅客: the first count's noun window had swallowed 将近千名; and a noun
    ends at 和 before 逾 (逾250名醫生和逾250名…)."""
    assert counts("有三班的列車將近千名的旅客受困。") == ["3 班", "<1000 名"]
    assert counts("逾250名醫生和逾250名護士參與。") == ["250+ 名 医生", "250+ 名 护士"]


@pytest.mark.parametrize(
    ("text", "values"),
    [("警方拘捕3男1女。", ["3 男", "1 女"]), ("7男被捕。", ["7 男"]), ("逮捕到兩男兩女。", ["2 男", "2 女"]),
     ("一男子被捕。", []), ("十男九痔。", [])],
)
def test_people_counted_by_sex_in_shorthand(text: str, values: list[str]) -> None:
    """拘捕3男1女: no count was read; a man alone (一男子) and a saying (十男九痔) are none."""
    assert counts(text) == values


def test_one_or_the_next_before_a_count() -> None:
    """4、5名 is four or five, about so many (it was exactly 5); 第1、2名 are places, left as they were."""
    assert counts("突然被4、5名不明人士殴打。") == ["~4-5 名"]


def test_a_sum_before_ba_or_lie_is_money_not_a_count() -> None:
    """花了20万把房子装修 counted 200,000 把 of 房子; 把 and 列 are never counted in 万 or 亿."""
    assert counts("花了20万把房子重新装修。公司把3000万列作坏账。") == []
