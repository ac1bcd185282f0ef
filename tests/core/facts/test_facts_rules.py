"""The fact rules one by one, on simplified and traditional text, and the export shapes."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.facts import Fact, FactKind, extract_facts, facts_to_csv, facts_to_json
from reader.core.model import Article
from tests.conftest import shared_path

PUBLISHED = datetime(2022, 7, 25, 23, 46, tzinfo=timezone(timedelta(hours=8)))


def facts_of(text: str, published: datetime | None = PUBLISHED) -> list[Fact]:
    return extract_facts(Article(text=text, blocks=(), published=published))


def values(
    text: str, kind: FactKind, published: datetime | None = PUBLISHED
) -> list[tuple[str, str]]:
    return [(f.text, f.value) for f in facts_of(text, published) if f.kind is kind]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2022年07月25日 23:46", "2022-07-25T23:46"),
        ("2020年5月", "2020-05"),
        ("2020年10月15日", "2020-10-15"),
        ("去年12月", "2021-12"),
        ("近三年", "2019/2022"),
        ("今年", "2022"),
        ("二○一九年九月", "2019-09"),
        ("二〇〇八年", "2008"),
        ("1920年代", "1920/1930"),
        ("2015-03-03", "2015-03-03"),
        ("10月15日", "2022-10-15"),
        ("上周三下午3点", "2022-07-20T15:00"),
        ("今晚8点", "2022-07-25T20:00"),
        ("昨天", "2022-07-24"),
        ("上个月", "2022-06"),
        ("近6个月", "2022-01-25T00:00:00/2022-07-25T23:46:01"),  # up to now, as jionlp reads it
        ("國慶節", "2022-10-01"),
    ],
)
def test_dates_are_normalised_against_the_publication(text: str, expected: str) -> None:
    assert values(text, FactKind.DATE) == [(text, expected)]


def test_relative_dates_without_a_publication_keep_their_phrase() -> None:
    assert values("去年12月", FactKind.DATE, published=None) == [("去年12月", "去年12月")]
    assert values("10月15日", FactKind.DATE, published=None) == [("10月15日", "--10-15")]


@pytest.mark.parametrize("text", ["三点建议", "1-2次全体会议", "近年来", "提前三天", "一周一次"])
def test_numbers_that_are_no_dates(text: str) -> None:
    assert values(text, FactKind.DATE) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.66亿元", "166000000 CNY"),
        ("2732.3万元", "27323000 CNY"),
        ("三千万元", "30000000 CNY"),
        ("人民币2732.3万元", "27323000 CNY"),
        ("3亿美元", "300000000 USD"),
        ("港元500万", "5000000 HKD"),
        ("新臺幣三百元", "300 TWD"),
        ("US$5", "5 USD"),
        ("5000万至1亿元", "50000000-100000000 CNY"),
        ("50多万元", "~500000-600000 CNY"),  # jionlp's reading: fifty-odd ten-thousands
        ("10万多元", "~100000-110000 CNY"),  # ten ten-thousands and less than one more
        ("一万五千多元", "~15000-16000 CNY"),
        ("三块四分", "3.04 CNY"),
    ],
)
def test_money_is_a_number_and_a_currency(text: str, expected: str) -> None:
    assert values(text, FactKind.MONEY) == [(text, expected)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("75个国家和地区", "75 个 国家和地区"),
        ("1036名工作人员", "1036 名 工作人员"),
        ("共2187篇", "2187 篇"),
        ("超万名嘉宾", "10000+ 名 嘉宾"),
        ("50多场活动", "50+ 场 活动"),
        ("三个方面", "3 个 方面"),
        ("7个县(市、区)党委", "7 个 县(市、区)"),
        ("连续两个季度回升", "2 个 季度"),  # a length of time: its unit is the noun
        ("去年同期2452宗跌11%", "2452 宗"),  # 跌 (fell) is no noun
    ],
)
def test_counts_name_what_they_count(text: str, expected: str) -> None:
    assert [v for _, v in values(text, FactKind.COUNT)] == [expected]


@pytest.mark.parametrize("text", ["一个国家", "第十四次党代会", "万家灯火"])
def test_articles_and_ordinals_are_no_counts(text: str) -> None:
    assert values(text, FactKind.COUNT) == []


def test_kuai_before_a_noun_counts_pieces_not_yuan() -> None:
    assert values("三块蛋糕", FactKind.MONEY) == []
    assert values("三块蛋糕", FactKind.COUNT) == [("三块蛋糕", "3 块 蛋糕")]
    assert values("花了7块", FactKind.MONEY) == [("7块", "7 CNY")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.47%", "1.47%"),
        ("１.４７％", "1.47%"),
        ("百分之五", "5%"),
        ("0.5个百分点", "0.5pp"),
        ("千分之三", "3‰"),
    ],
)
def test_percentages(text: str, expected: str) -> None:
    assert values(text, FactKind.PERCENT) == [(text, expected)]


@pytest.mark.parametrize(
    ("text", "share", "expected"),
    [
        ("樓價按年跌一成四。", "一成四", "14%"),
        ("近三成市民支持。", "近三成", "<30%"),
        ("逾五成受訪者反對。", "逾五成", "50+%"),
        ("九成九的人不知道。", "九成九", "99%"),
        ("约两成左右。", "约两成左右", "~20%"),
    ],
)
def test_shares_in_tenths_are_percentages(text: str, share: str, expected: str) -> None:
    """成 counts tenths, as Hong Kong's and Taiwan's news most often give a share; they were missed."""
    assert values(text, FactKind.PERCENT) == [(share, expected)]


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [("增速不会超过15%。", FactKind.PERCENT, "<15%"), ("罚款不得超过5万元。", FactKind.MONEY, "<50000 CNY"),
     ("利率不得低于3%。", FactKind.PERCENT, "3+%")],
)
def test_a_bound_said_with_a_negation(text: str, kind: FactKind, expected: str) -> None:
    """不会超过15% is at most 15% (it was more than 15%: 超过 alone was read)."""
    assert [v for _, v in values(text, kind)] == [expected]


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [("若確實摻偽假冒，最高可罰400萬元。", FactKind.MONEY, "<4000000 CNY"), ("增幅仅约为29.2%。", FactKind.PERCENT, "~29.2%"),
     ("大约占总体的39.9％。", FactKind.PERCENT, "~39.9%"), ("入选率最高是28%。", FactKind.PERCENT, "28%")],
)
def test_a_qualifier_a_verb_before_its_number(text: str, kind: FactKind, expected: str) -> None:
    """最高可罰400萬元 is up to 4,000,000 and 约为29.2% about 29.2% (both were exact); 最高是28%
    (the highest was) stays exact."""
    assert [v for _, v in values(text, kind)] == [expected]


def test_more_than_with_le() -> None:
    """超过了30万元 is more than 300,000 (了 hid the qualifier: it was exactly 300,000)."""
    assert values("亏损合计超过了30万元。", FactKind.MONEY) == [("超过了30万元", "300000+ CNY")]


@pytest.mark.parametrize(
    ("text", "count", "expected"),
    [("惠及8000多万居民。", "8000多万居民", "80000000+ 居民"), ("超过3000万用户受影响。", "超过3000万用户", "30000000+ 用户"),
     ("全市1200万人口中", "1200万人口", "12000000 人口")],
)
def test_people_counted_in_tens_of_thousands_need_no_measure_word(text: str, count: str, expected: str) -> None:
    """8000多万居民 was no count (a count needed a measure word); 3居民 still is none."""
    assert values(text, FactKind.COUNT) == [(count, expected)]
    assert values("3居民", FactKind.COUNT) == []


@pytest.mark.parametrize("text", ["一成不变的生活", "万一成功了", "三五成群的人", "统一成立委员会", "他完成了工作", "二十成年人"])
def test_cheng_of_other_words_is_no_share(text: str) -> None:
    assert values(text, FactKind.PERCENT) == []


def test_a_bracketed_note_is_no_title() -> None:
    """Some outlets put a reprint note in 《》; a film's 《你好！李焕英》 stays a title."""
    text = "新品上市。《原文刊登於合作媒體mashdigi，聯合新聞網獲授權轉載。》她看了《你好！李焕英》。"
    assert [value for _, value in values(text, FactKind.TITLE)] == ["你好!李焕英"]


def test_titles_slogans_and_abbreviations() -> None:
    text = "深入打造世界江门青年大会(以下简称“世青会”),出台《关于促进江门“侨梦苑”高质量发展的实施意见》。“云上世青会”"
    assert values(text, FactKind.TITLE) == [
        ("《关于促进江门“侨梦苑”高质量发展的实施意见》", "关于促进江门“侨梦苑”高质量发展的实施意见")
    ]
    assert ("“侨梦苑”", "侨梦苑") in values(text, FactKind.SLOGAN)
    [abbreviation] = [f for f in facts_of(text) if f.kind is FactKind.ABBREVIATION]
    assert (abbreviation.text, abbreviation.value, len(abbreviation.mentions)) == (
        "世青会",
        "世界江门青年大会",
        2,
    )


def test_long_quotations_are_no_slogans() -> None:
    assert values("他说:“我们会继续努力。这是承诺。”", FactKind.SLOGAN) == []


def test_entities_in_traditional_script_keep_their_own_text() -> None:
    text = "2020年10月15日，江門市委統戰部與暨南大學在江門市簽署協議，總投資120億元，習近平總書記指出。"
    facts = facts_of(text)
    found = {(f.kind, f.text, f.value) for f in facts}
    assert (FactKind.ORGANISATION, "江門市委統戰部", "江门市委统战部") in found
    assert (FactKind.ORGANISATION, "暨南大學", "暨南大学") in found
    assert (FactKind.PLACE, "江門市", "江门") in found
    assert (FactKind.PERSON, "習近平", "习近平") in found
    assert (FactKind.MONEY, "120億元", "12000000000 CNY") in found
    assert all(text[f.start : f.end] == f.text for f in facts)


def test_a_place_and_its_city_form_are_one_fact() -> None:
    [place] = [f for f in facts_of("活动在江门市和江门举办。") if f.kind is FactKind.PLACE]
    assert (place.value, [(m.start, m.end) for m in place.mentions]) == ("江门", [(3, 6), (7, 9)])


def test_a_place_inside_an_organisation_is_part_of_its_name() -> None:
    """Issue 14: 江门 in 江门市委统战部 is not listed on its own there (People's Daily's way)."""
    [place] = [f for f in facts_of("江门市委统战部在江门举办活动。") if f.kind is FactKind.PLACE]
    assert [(m.start, m.end) for m in place.mentions] == [(8, 10)]


def test_departments_agreements_and_quoted_terms_are_no_organisations() -> None:
    """A field's departments (统战部门) are a kind of body, as People's Daily tags them; a
    quoted term the article defines (“世青会”) is listed once, as a slogan; RCEP is an
    agreement."""
    text = ("形成党委统一领导、统战部门牵头协调的机制。召开世界江门青年大会(以下简称“世青会”)。"
            "2022年1月1日,RCEP正式生效实施。")
    orgs = {f.value for f in facts_of(text) if f.kind is FactKind.ORGANISATION}
    assert orgs.isdisjoint({"统战部门", "世青会", "RCEP"})
    assert ("“世青会”", "世青会") in values(text, FactKind.SLOGAN)


def test_a_place_suffix_at_the_end_of_the_text_is_kept() -> None:
    assert values("来自台湾省", FactKind.PLACE) == [("台湾省", "台湾")]
    assert values("台湾市场", FactKind.PLACE) == [("台湾", "台湾")]


def test_credits_and_editor_are_people() -> None:
    article = Article(
        text="作者 唐达\n[编辑:方伟彬]", blocks=(), editor="方伟彬", credits=("唐达",)
    )
    assert {f.value for f in extract_facts(article) if f.kind is FactKind.PERSON} == {
        "唐达",
        "方伟彬",
    }


def test_every_traditional_sample_slices_cleanly() -> None:
    folder = shared_path("data", "articles-hant-dev")
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for fact in facts_of(text):
            assert all(text[m.start : m.end] for m in fact.mentions)
            assert text[fact.start : fact.end] == fact.text
            assert fact.sentence and fact.text in fact.sentence or "\n" in fact.text


@settings(max_examples=60, deadline=None)
@given(
    st.text(
        alphabet="年月日号个名家元万亿%％“”《》()二三十百0123459江门市区大学部说记者:,。 \n",
        max_size=80,
    )
)
def test_any_text_gives_facts_that_slice_it(text: str) -> None:
    for fact in facts_of(text):
        assert text[fact.start : fact.end] == fact.text
        assert list(fact.mentions) == sorted(fact.mentions, key=lambda m: m.start)


def test_json_and_csv_exports() -> None:
    facts = facts_of("2020年5月,江门市委统战部投入1.66亿元。")
    rows = facts_to_json(facts)
    assert json.loads(json.dumps(rows, ensure_ascii=False)) == rows
    assert {"kind", "text", "start", "end", "value", "sentence", "mentions"} <= set(rows[0])
    assert rows[0]["mentions"] == [{"start": 0, "end": 7}]
    table = list(csv.reader(io.StringIO(facts_to_csv(facts))))
    assert table[0][:7] == ["kind", "text", "start", "end", "value", "sentence", "mentions"]
    assert table[1][:5] == ["date", "2020年5月", "0", "7", "2020-05"] and table[1][6] == "0-7"
    extra = dict(zip(table[0][7:], table[1][7:], strict=True))
    assert extra["value_kind"] == "exact" and extra["from"] == extra["to"] == "2020-05"
    assert extra["interval"] == "2020-05-01T00:00:00/2020-05-31T23:59:59"
    money = next(row for row in rows if row["kind"] == "money")
    assert (money["amount"], money["currency"], money["value_kind"]) == (166000000, "CNY", "exact")


def test_importing_the_facts_package_builds_nothing() -> None:
    probe = (
        "import reader.core.facts, reader.core.script.fold as f;"
        "from reader.core.facts import amounts, cents, dates as d, entities as e, scan as s;"
        "caches = (f._script_table, e._gazetteer, d._compiled_rules, s.scanner);"
        "print(sum(c.cache_info().currsize for c in caches))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"


def test_importing_the_facts_package_leaves_numpy_for_the_tagger() -> None:
    probe = "import sys, reader.core.facts; print('numpy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_count_does_not_reach_across_a_paragraph() -> None:
    """A hotline's number ending one paragraph (撥打1995) counts nothing of the next (張老師專線)."""
    assert values("如需協助請撥打1995\n張老師專線提供服務", FactKind.COUNT) == []


@pytest.mark.parametrize(
    ("text", "sums"),
    [("台積電第三季營收258億，淨利達465.9億。", [("258億", "25800000000 CNY"), ("465.9億", "46590000000 CNY")]),
     ("该片票房超过10亿。", [("超过10亿", "1000000000+ CNY")]), ("九龍倉捐款3千萬。", [("3千萬", "30000000 HKD")])],
)
def test_sums_named_by_a_money_word_need_no_currency(text: str, sums: list[tuple[str, str]]) -> None:
    """營收258億 (Taiwan's business pages write no 元) was no amount; 3亿股, 2万人 and a currency
    the rules do not know (六千五百万苏里南盾) stay none."""
    assert values(text, FactKind.MONEY) == sums
    assert values("投资3亿股，援助资金超过六千五百万苏里南盾。", FactKind.MONEY) == []


@pytest.mark.parametrize(
    ("text", "sums"),
    [("去年双十一交易额是571亿。", [("571亿", "57100000000 CNY")]),
     ("公司帳上現金只有35億。", [("35億", "3500000000 CNY")]), ("县政府投资了30多亿。", [("30多亿", "~3000000000-4000000000 CNY")])],
)
def test_a_sum_after_a_money_word_and_a_verb_of_being(text: str, sums: list[tuple[str, str]]) -> None:
    """是, 只有 and 了 between the money word and the sum (they were none)."""
    assert values(text, FactKind.MONEY) == sums


@pytest.mark.parametrize(
    ("text", "sums"),
    [("经济损失达3千万。", [("3千万", "30000000 CNY")]), ("出口额达1.2万亿。", [("1.2万亿", "1200000000000 CNY")]),
     ("罚款几百万。", [("几百万", "~1000000-10000000 CNY")]), ("投资数十亿。", [("数十亿", "~1000000000-10000000000 CNY")])],
)
def test_losses_trillions_and_vague_sums_named_by_a_money_word(text: str, sums: list[tuple[str, str]]) -> None:
    """损失 and 出口额 name money too; 1.2万亿 is 1.2 trillion (it was 1.2万, 12,000); a vague
    几百万 or 数十亿 after a money word is an approximate sum (they were none)."""
    assert values(text, FactKind.MONEY) == sums
    assert values("损失惨重，损失3千万人口。", FactKind.MONEY) == []


@pytest.mark.parametrize(
    ("text", "sums"),
    [("香港特區政府為每位死者家屬提供20萬慰問金。", [("20萬", "200000 HKD")]),
     ("香港特區政府現已收到5億社會捐款。", [("5億", "500000000 HKD")]),
     ("被追缴3亿税款。", [("3亿", "300000000 CNY")]), ("李嫣逛街花10万，卖了26万。", [("10万", "100000 CNY"), ("26万", "260000 CNY")])],
)
def test_sums_before_a_money_word_or_after_paying(text: str, sums: list[tuple[str, str]]) -> None:
    """A sum in 万 or 亿 before 慰问金, 捐款 or 税款, or after 花, 卖了 or 赚 is money (they were none);
    26万部手机 is no sum."""
    assert values(text, FactKind.MONEY) == sums
    assert values("卖了26万部手机。", FactKind.MONEY) == []


def test_bounds_of_a_fine_make_one_range() -> None:
    """新臺幣1萬元以上10萬元以下 is one range from 10,000 to 100,000 (it was two open bounds)."""
    assert values("處新臺幣1萬元以上10萬元以下罰鍰。", FactKind.MONEY) == [("新臺幣1萬元以上10萬元以下", "10000-100000 TWD")]


@pytest.mark.parametrize(
    ("text", "shares"),
    [("仅能保证15%至20%的运力。", [("15%至20%", "15-20%")]), ("将取消四分之一的国内航班。", [("四分之一", "25%")]),
     ("三分之二以上的代表赞成。", [("三分之二以上", "66.67+%")]), ("约占三分之一。", [("三分之一", "~33.33%")])],
)
def test_percent_ranges_and_fractions(text: str, shares: list[tuple[str, str]]) -> None:
    """15%至20% is one range (it was two percentages); 四分之一 and 三分之二 are shares (they were none)."""
    assert values(text, FactKind.PERCENT) == shares


def test_percentage_points_without_ge() -> None:
    """A headline's 升1.7百分點 is 1.7 points, as 1.7个百分点 (it was none)."""
    assert values("投票率31.9% 升1.7百分點", FactKind.PERCENT) == [("31.9%", "31.9%"), ("1.7百分點", "1.7pp")]


def test_a_range_with_about_after_its_end_is_one_range() -> None:
    """20%到30%左右 and 2500元至3000元左右 were two amounts, the second about so much."""
    assert values("失業率約20%到30%左右。", FactKind.PERCENT) == [("約20%到30%左右", "20-30%")]
    assert values("月薪2500元至3000元左右。", FactKind.MONEY) == [("2500元至3000元左右", "2500-3000 CNY")]


@pytest.mark.parametrize(
    ("text", "counts"),
    [("發現16具燒焦遺體。", [("16具燒焦遺體", "16 具 烧焦遗体")]), ("合共1984伙。", [("1984伙", "1984 伙")]),
     ("383对新人完成仪式。", [("383对新人", "383 对 新人")]), ("至少有50人入場。", [("50人", "50+ 人")]),
     ("仍約有200人情況未明。", [("200人", "~200 人")]), ("以3对2获胜，他具有3项专利。", [("3项专利", "3 项 专利")])],
)
def test_bodies_flats_couples_and_qualifiers_apart(text: str, counts: list[tuple[str, str]]) -> None:
    """具 (bodies), 伙 (Hong Kong's flats) and 对 (couples) count the noun after them (they counted
    none); 3对2 is a score and 具有 a verb; 至少有 and 約有 bound the count (it was exact)."""
    assert values(text, FactKind.COUNT) == counts


@pytest.mark.parametrize(
    ("text", "counts"),
    [("宏福苑大火128死79傷", [("128死", "128 死"), ("79傷", "79 伤")]), ("至今最少十三死。", [("最少十三死", "13+ 死")]),
     ("春盈號2死15失蹤", [("2死", "2 死"), ("15失蹤", "15 失踪")]), ("九死一生的经历。", [])],
)
def test_casualties_in_shorthand(text: str, counts: list[tuple[str, str]]) -> None:
    """128死79傷 and 最少十三死 count the dead and injured (they were no counts); 九死一生 is an idiom."""
    assert values(text, FactKind.COUNT) == counts


def test_a_telephone_number_is_no_count() -> None:
    """專線2894 4676支援 and 熱線2103-8686處理 were counts of 4676 支 and 2103-8686 处."""
    assert values("24小時專線2894 4676支援大埔，熱線2103-8686處理查詢。", FactKind.COUNT) == []


@pytest.mark.parametrize(
    ("text", "kind", "found"),
    [("前往中國大陸一處工廠。", FactKind.COUNT, []), ("十八届三中全会召开。", FactKind.COUNT, []),
     ("收成360萬台斤。", FactKind.COUNT, []), ("他全球排17位。", FactKind.COUNT, []),
     ("共有1200粒种子。", FactKind.COUNT, [("1200粒种子", "1200 粒 种子")]),
     ("今年至少發生8宗棚架起火。", FactKind.COUNT, [("8宗棚架", "8+ 宗 棚架")]),
     ("不足国有企业的40%。", FactKind.PERCENT, [("40%", "<40%")]), ("余额不得超过资本净额的50%。", FactKind.PERCENT, [("50%", "<50%")]), ("近四成為65歲或以上。", FactKind.PERCENT, [("近四成", "<40%")]),
     ("九倉捐出3000萬。", FactKind.MONEY, [("3000萬", "30000000 CNY")]),
     ("收入2000万以上的企业。", FactKind.MONEY, [("2000万以上", "20000000+ CNY")])],
)
def test_classes_from_a_second_read(text: str, kind: FactKind, found: list[tuple[str, str]]) -> None:
    """大陸一處 was 61 places (陸 a cheque's six), 十八届 eighteen congresses, 360萬台斤 machines and
    排17位 17 people; 粒 counted nothing; 至少發生8宗 and 不足…的40% lost their bounds; 近四成為 was
    read as 成為 (to become); 捐出3000萬 was no sum and 2000万以上 an exact one."""
    assert values(text, kind) == found


def test_review_of_the_rounds_amounts() -> None:
    """A review of the round's rules found (each wrong after them): 50万市民捐款 and 卖了10万册 as
    money; 从10%到5% as a range; 超过市场预期的5% and 附近居民的30% bounded; 1250-1800人 a
    telephone number; 四分之一决赛 a share; 五对一 a count; 两届全国人大代表 no count; 一死一伤
    without its 一伤; 于2019死 a casualty."""
    assert values("50万市民捐款逾1亿元。", FactKind.MONEY) == [("逾1亿元", "100000000+ CNY")]
    assert values("这本书卖了10万册。", FactKind.MONEY) == []
    assert values("失业率从10%到5%。", FactKind.PERCENT) == [("10%", "10%"), ("5%", "5%")]
    assert values("GDP超过市场预期的5%，附近居民的30%受影响。", FactKind.PERCENT) == [("5%", "5%"), ("30%", "30%")]
    assert values("约有1250-1800人参加。", FactKind.COUNT) == [("1250-1800人", "~1250-1800 人")]  # about the range
    assert values("他进入了四分之一决赛。", FactKind.PERCENT) == []
    assert values("五对一辅导。", FactKind.COUNT) == []
    assert values("他担任了两届全国人大代表。", FactKind.COUNT) != []
    assert values("车祸造成一死一伤。", FactKind.COUNT) == [("一死", "1 死"), ("一伤", "1 伤")]
    assert values("他患病多年，于2019死。", FactKind.COUNT) == []


def test_second_review_of_the_rounds_amounts() -> None:
    """A second review found (each wrong after the first review's fixes): 花了10万左右, 捐出100万给灾区
    and 付了10万首付 were no money; 热线每日接获1000-1200个来电 was a telephone number; 十二届全国人大代表
    a count; 近三年的5% and 达不到市场预期的5% bounded; 三分之一年轻人 no share."""
    assert values("他花了10万左右，又捐出100万给灾区。", FactKind.MONEY) == [
        ("10万左右", "~100000 CNY"), ("100万", "1000000 CNY")]
    assert values("付了10万首付。", FactKind.MONEY) == [("10万", "100000 CNY")]
    assert values("热线每日接获1000-1200个来电。", FactKind.COUNT) == [("1000-1200个来电", "1000-1200 个 来电")]
    assert values("十二届全国人大代表出席。", FactKind.COUNT) == []
    assert values("近三年的5%，达不到市场预期的5%。", FactKind.PERCENT) == [("5%", "5%")]
    assert values("三分之一年轻人失业。", FactKind.PERCENT) == [("三分之一", "~33.33%")]


def test_review_of_this_rounds_amounts() -> None:
    """三成半 is 35 %; 八成会来 (most likely) and 合约为500万元 (合约's 约) are no share and no "about";
    贷款3万笔 is no sum."""
    assert values("跌三成半。", FactKind.PERCENT) == [("三成半", "35%")]
    assert values("他八成会来。", FactKind.PERCENT) == []
    assert values("这份合约为500万元。", FactKind.MONEY) == [("500万元", "5000000 CNY")]
    assert values("贷款3万笔。", FactKind.MONEY) == []
