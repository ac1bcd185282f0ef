"""Classes of names the tagger alone gets wrong, each on sentences of our own."""

from __future__ import annotations

import pytest

from reader.core.facts import FactKind, extract_facts
from reader.core.model import Article


def names(text: str, kind: FactKind) -> set[str]:
    facts = extract_facts(Article(text=text, blocks=(), published=None))
    return {f.text for f in facts if f.kind is kind}


def people(text: str) -> set[str]:
    return names(text, FactKind.PERSON)


def orgs(text: str) -> set[str]:
    return names(text, FactKind.ORGANISATION)


def places(text: str) -> set[str]:
    return names(text, FactKind.PLACE)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("美国国务卿马德琳·奥尔布赖特今天抵达开罗。", "马德琳·奥尔布赖特"),
        ("美國國務卿馬德琳·奧爾布賴特今天抵達開羅。", "馬德琳·奧爾布賴特"),
        ("巴西总统卡多佐昨天抵达北京，开始国事访问。", "卡多佐"),
        ("南非总统曼德拉说，两国关系很好。", "曼德拉"),
        ("据报道，鲍里斯·叶利钦今天签署了命令。", "鲍里斯·叶利钦"),  # 叶 is no sound character
    ],
)
def test_a_name_spelt_by_sound_is_found_whole(text: str, name: str) -> None:
    found = people(text)
    assert name in found
    assert not any(other != name and other in name for other in found)


def test_a_name_spelt_by_sound_stops_before_what_follows_it() -> None:
    assert "卡多佐" in people("巴西总统卡多佐夫人也出席了宴会。")
    assert people("伊萬諾夫本人並不知情。") == {"伊萬諾夫"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("他指出，如晓明同志所言，工作要细。", "晓明"),
        ("记者李明报道，如志强同志所说，问题不少。", "志强"),
    ],
)
def test_a_preposition_before_a_name_is_not_part_of_it(text: str, name: str) -> None:
    found = people(text)
    assert name in found and "如" + name not in found


def test_an_adverb_in_di_is_no_one() -> None:
    assert "高兴地" not in people("大家看完电影，高兴地说，这个办法好。")


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ("出席会议的有祁建军、孟庆胜、鞠红梅等。", {"祁建军", "孟庆胜", "鞠红梅"}),
        ("参加比赛的还有冷小军、孟庆胜两位老队员。", {"冷小军", "孟庆胜"}),
        ("村里的殷治国、孟庆华两家今年都盖了新房。", {"殷治国", "孟庆华"}),
    ],
)
def test_names_listed_beside_a_person_are_people(text: str, listed: set[str]) -> None:
    assert people(text) == listed


def test_places_listed_beside_a_person_stay_places() -> None:
    assert people("获奖的有李明、吴江市、常熟市的代表。") == {"李明"}


def test_a_person_the_model_is_less_sure_of_is_kept() -> None:
    assert people("这位中年男人名叫储钢，他说工厂已经停产。") == {"储钢"}


def test_a_longer_unsure_person_is_not_run_into_the_words_after_it() -> None:
    assert not any(name.startswith("吕干大") for name in people("吕干大声说，这件事要查清楚。"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("他在听取国家体育总局负责同志汇报时指出，要办好全运会。", "国家体育总局"),
        ("不仅教育部如此，各部都应该这样做。", "教育部"),
        ("王刚视察国家体育总局时强调，要办好全运会。", "国家体育总局"),
    ],
)
def test_an_organisation_does_not_start_at_the_verb_or_adverb_before_it(text: str, name: str) -> None:
    assert orgs(text) == {name}


@pytest.mark.parametrize(
    ("text", "name"),
    [("此事参考之前观察者网的报道。", "观察者网"), ("总经理提出：十五期间中石化集团将以改革调整、创新、发展为主要方针。", "中石化集团")],
)
def test_an_organisation_does_not_start_before_a_word_of_time(text: str, name: str) -> None:
    assert orgs(text) == {name}


@pytest.mark.parametrize(
    "text",
    [
        "各县都在推行乡、村两级政务公开。",
        "会议研究了加强乡（镇）村财务管理的办法。",
        "这是解决农村难题的好办法。",
        "双方同意在边境地区裁减军事力量。",
    ],
)
def test_a_level_of_government_or_a_kind_of_region_is_no_place(text: str) -> None:
    assert places(text) == set()


def test_more_titles_are_cues() -> None:
    assert people("英国外交大臣库克今天抵达北京。") == {"库克"}


@pytest.mark.parametrize(
    ("text", "name", "inside"),
    [
        ("代表团前往中国大使馆吊唁。", "中国大使馆", "中国"),
        ("他曾在中国人民解放军服役多年。", "中国人民解放军", "中国"),
        ("老战士谈中国海军的发展。", "中国海军", "中国"),
        ("全国人大常委会今天举行会议。", "全国人大常委会", "全国人大"),
    ],
)
def test_a_known_name_inside_a_tagged_organisation_is_part_of_it(
    text: str, name: str, inside: str
) -> None:
    assert orgs(text) == {name}
    assert inside not in places(text) | orgs(text)


@pytest.mark.parametrize("text", ["代表团昨天从马尼拉启程回国。", "双方在马尼拉签署了协议。"])
def test_a_tagged_place_spelt_by_sound_is_a_place(text: str) -> None:
    assert places(text) == {"马尼拉"}


def test_a_known_place_before_diqu_ends_before_it() -> None:
    facts = extract_facts(Article(text="这有利于亚太地区的和平与稳定。", blocks=(), published=None))
    places = [m for f in facts if f.kind is FactKind.PLACE for m in f.mentions]
    assert [(m.start, m.end) for m in places] == [(4, 6)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("南斯拉夫联盟共和国国防部发表声明。", "南斯拉夫联盟共和国国防部"),
        ("会上宣读了中华人民共和国全国人民代表大会常务委员会的贺信。",
         "中华人民共和国全国人民代表大会常务委员会"),
    ],
)
def test_the_he_of_gongheguo_does_not_cut_an_organisation(text: str, name: str) -> None:
    assert orgs(text) == {name}


@pytest.mark.parametrize(
    "text",
    [
        "“科技下乡”活动在全省展开。",
        "文化下乡、卫生下乡都很受欢迎。",
        "村财乡管以后，账目清楚了。",
        "乡改镇以后，他当了镇长。",
    ],
)
def test_a_verb_or_a_policy_phrase_ending_in_a_level_is_no_place(text: str) -> None:
    assert places(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "各级党委要高度重视。",
        "全市中小学都开展了活动。",
        "上述两家出版社被查处。",
        "城乡中小学都开展了活动。",
        "南昌市各寿险公司纷纷推出新产品。",
        "记者采访了多家期货公司。",
        "目前几大国有商业银行都已上市。",
        "緊迫感關係到整個公司未來的發展。",
        "全体银行员工放假一天。",
        "部分商业银行下调了存款利率。",
        "李兆基再增持2.5萬股公司股份，持股達1.23%。",  # shares of the company
        "男子獲准保釋，需於明年一月下旬返警署報到。",  # to go back to the police station
    ],
)
def test_a_kind_of_body_after_a_determiner_is_no_organisation(text: str) -> None:
    assert orgs(text) == set()


def test_quanguo_still_starts_an_organisation() -> None:
    assert orgs("全国总工会今天发出通知。") == {"全国总工会"}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("中缅两国山水相连。", {"中", "缅"}),
        ("他为泰中关系作出了贡献。", {"泰", "中"}),
        ("中菲两国领导人举行会谈。", {"中", "菲"}),
    ],
)
def test_zhong_and_a_one_character_country_are_two_places(text: str, pair: set[str]) -> None:
    assert places(text) == pair


@pytest.mark.parametrize("text", ["其中美国代表发言。", "我们要集中美术人才合作。"])
def test_zhong_in_a_word_is_no_place(text: str) -> None:
    assert "中" not in places(text)


@pytest.mark.parametrize(
    "text", ["他在党校学习了三个月。", "村里成立了团支部。", "这是中央的决定，各地要认真贯彻。"]
)
def test_a_body_named_by_its_kind_is_no_organisation(text: str) -> None:
    assert orgs(text) == set()


def test_a_body_of_a_kind_with_its_name_is_an_organisation() -> None:
    assert orgs("中央党校举行开学典礼。") == {"中央党校"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("格鲁吉亚总统昨天抵达北京。", "格鲁吉亚"),
        ("代表团还将访问乌兹别克斯坦。", "乌兹别克斯坦"),
        ("两国在太平洋上举行联合演习。", "太平洋"),
    ],
)
def test_every_country_and_ocean_is_a_known_place(text: str, place: str) -> None:
    assert place in places(text)


def test_a_country_inside_a_longer_one_is_not_listed() -> None:
    assert places("白俄罗斯总统今天发表讲话。") == {"白俄罗斯"}


@pytest.mark.parametrize(
    "text", ["群众反映的事情，干部都要多办、快办。", "这样的好事，今后要多办。", "丧事简办，丧事不办。"]
)
def test_ban_after_an_adverb_is_the_verb_not_an_office(text: str) -> None:
    assert orgs(text) == set()


def test_an_office_abbreviated_ban_is_an_organisation() -> None:
    assert orgs("国务院台办发言人今天表示。") == {"国务院台办"}


@pytest.mark.parametrize("text", ["要办好3所航空学院。", "当地有3家医院和5所中学。", "他们被当地人民法院判处徒刑。"])
def test_a_counted_kind_of_body_is_no_organisation(text: str) -> None:
    assert orgs(text) == set()


def test_an_enlarged_meeting_is_no_part_of_the_body_that_holds_it() -> None:
    assert orgs("他在政治局扩大会议上指出。") == {"政治局"}


@pytest.mark.parametrize("text", ["目前区里有三家工厂。", "该市拥有省级开发区三个。", "完善村规民约。"])
def test_a_verb_or_adverb_before_a_level_is_no_place(text: str) -> None:
    assert places(text) == set()


def test_a_tagged_name_never_runs_over_a_comma() -> None:
    found = orgs("交银国际预测，全年增长放缓。")
    assert not any("," in name or "，" in name for name in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("他会见了国际货币基金组织总裁。", "国际货币基金组织"),
        ("独联体国家首脑会议今天开幕。", "独联体"),
        ("美洲国家组织秘书长今天表示。", "美洲国家组织"),
        ("他为《中国人民解放军七十年图集》题词。", "中国人民解放军"),
        ("上百万中国人民志愿军跨过鸭绿江。", "中国人民志愿军"),
    ],
)
def test_international_and_national_bodies_are_known_by_name(text: str, name: str) -> None:
    assert orgs(text) == {name}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("他与中国—东盟商务理事会共同举办论坛。", "中国—东盟商务理事会"),
        ("中国-东盟经贸联委会今天召开会议。", "中国-东盟经贸联委会"),
        ("北京—上海高速铁路公司今天成立。", "北京—上海高速铁路公司"),
    ],
)
def test_a_body_of_parties_joined_by_dashes_is_named_by_them_all(text: str, name: str) -> None:
    assert orgs(text) == {name}
    assert places(text) == set()


def test_parties_joined_by_a_dash_alone_are_no_body() -> None:
    assert "中国—东盟" not in orgs("中国—东盟关系发展很快。")


@pytest.mark.parametrize("text", ["会谈纪要全文如下于东京新华社北京5月3日电", "要为农民办些实实在在的事新华社北京3月1日电"])
def test_a_known_organisation_is_not_walked_back_from(text: str) -> None:
    assert "新华社" in orgs(text)
    assert not any(name.endswith("新华社") and name != "新华社" for name in orgs(text))


def test_the_walk_back_from_a_suffix_stops_at_a_dateline() -> None:
    found = orgs("两名主管人员被判刑本报上海5月2日讯上海市高级人民法院今天宣判。")
    assert found == {"上海市高级人民法院"}


@pytest.mark.parametrize(
    ("text", "place", "body"),
    [
        ("（山西平遥县纪委李明）近日，记者来到这里。", "山西", "平遥县纪委"),
        ("原浙江省温州华东电器有限公司经理被判刑。", "浙江省", "温州华东电器有限公司"),
    ],
)
def test_a_province_before_a_body_named_after_a_place_within_it_is_a_place(text: str, place: str, body: str) -> None:
    assert place in places(text)
    assert body in orgs(text)


@pytest.mark.parametrize("text", ["这引起了北京市委市政府的重视。", "广东省人民政府发出通知。", "他考入上海交通大学。"])
def test_a_province_opening_a_body_of_its_own_stays_in_its_name(text: str) -> None:
    assert not places(text) & {"北京", "广东", "上海"}


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ("冀、鲁、豫三省交界处有一片湿地。", {"冀", "鲁", "豫"}),
        ("这种飞机与亚、欧诸国合作研制。", {"亚", "欧"}),
        ("美国总统将于下月访华。", {"美国", "华"}),
        ("他曾派驻港三年，上月抵京。", {"港", "京"}),
    ],
)
def test_places_written_as_one_character_where_news_writes_them_so(text: str, listed: set[str]) -> None:
    assert places(text) == listed


@pytest.mark.parametrize("text", ["他在美丽的校园里长大。", "华中、华南两地降雨较多。", "德、智、体全面发展。"])
def test_a_common_character_is_no_one_character_place(text: str) -> None:
    assert not any(len(name) == 1 for name in places(text))


def test_a_country_with_its_form_of_state_is_one_place() -> None:
    assert places("为墨西哥合众国的繁荣昌盛干杯。") == {"墨西哥合众国"}


@pytest.mark.parametrize("text", ["他于1995年11月主持公司工作。", "他要为村民办些实事。", "他家开始筹划办十二桌酒席。"])
def test_a_verb_or_a_date_before_a_suffix_is_no_organisation(text: str) -> None:
    assert orgs(text) == set()


def test_a_word_the_walk_back_stopped_inside_is_no_part_of_the_name() -> None:
    found = orgs("其中江西音像出版社被吊销许可证。")
    assert found == {"江西音像出版社"}


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ("工作组考察了河口、柳树店两镇的情况。", {"河口", "柳树店"}),
        ("他们与湖南双牌、资兴、炎陵三县市开展合作。", {"湖南", "双牌", "资兴", "炎陵"}),
    ],
)
def test_names_listed_before_a_count_of_places_are_places(text: str, listed: set[str]) -> None:
    assert places(text) == listed


def test_directions_before_a_count_of_places_are_no_places() -> None:
    assert places("这里分为东、西两地。") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("他们来到东平市红旗镇，看望受灾群众。", {"东平市", "红旗镇"}),
        ("他出生在湖北省利川县的一个小村庄。", {"湖北省", "利川县"}),
    ],
)
def test_a_place_of_two_levels_is_two_places(text: str, expected: set[str]) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("投入运行以来，仅河口镇就要回欠款8万元。", {"河口镇"}), ("报表于每月8日前报乡政府。", set())],
)
def test_an_adverb_or_a_date_before_a_place_suffix_is_no_part_of_a_place(text: str, expected: set[str]) -> None:
    assert places(text) == expected


def test_a_place_and_a_word_ending_like_a_body_is_the_place() -> None:
    text = "这一事件立即引起国际舆论对法国政局的密切关注。"
    assert orgs(text) == set()
    assert places(text) == {"法国"}


@pytest.mark.parametrize("text", ["中老、中欧班列相继开通。", "各民主党派市委会积极建言献策。"])
def test_a_pair_of_places_or_a_committee_named_by_its_level_is_no_organisation(text: str) -> None:
    assert orgs(text) == set()


@pytest.mark.parametrize(
    ("text", "name"), [("民建聯主席陳克勤表示，", "民建聯"), ("人民行動黨議員說，", "人民行動黨")]
)
def test_hong_kong_and_singapore_parties_are_known_by_name(text: str, name: str) -> None:
    assert name in orgs(text)


def test_an_acronym_before_a_credit_word_is_no_person() -> None:
    assert people("BBC中文記者報道，") == set()


def test_a_word_run_into_a_place_found_elsewhere_is_cut_off() -> None:
    facts = extract_facts(Article(text="受宏福苑大火影响，當時宏福苑仍在燃燒，宏福苑居民遷出。", blocks=(), published=None))
    assert [(f.text, len(f.mentions)) for f in facts if f.kind is FactKind.PLACE] == [("宏福苑", 3)]


def test_a_quantity_word_opens_no_place() -> None:
    assert places("近日來，不少市民到場獻花。") == set()


@pytest.mark.parametrize(
    ("text", "body"),
    [("食药署副署长林金富指出，", "食药署"), ("卫生署署长说，", "卫生署"), ("教育部部长怀进鹏说，", "教育部")],
)
def test_a_body_ends_before_the_title_after_it(text: str, body: str) -> None:
    """食药署副署长: the body is 食药署, not 食药署副署 (the title repeats its last character)."""
    assert orgs(text) == {body}


def test_copies_counted_before_a_kind_of_body_name_none() -> None:
    """500份医院的要求 (requests from hospitals, 500 of them) names no hospital."""
    assert orgs("年均收到500份医院的骨髓配型要求。") == set()


def test_hong_kong_districts_are_places() -> None:
    """黄大仙 is a district (the deity's name to jieba's dictionary), 葵青 and 深水埗 too."""
    text = "有淋浴设施，位处大埔、葵青、元朗、柴湾、黄大仙、深水埗等。"
    assert places(text) == {"大埔", "葵青", "元朗", "柴湾", "黄大仙", "深水埗"}
    assert names(text, FactKind.PERSON) == set()


def test_no_body_runs_back_over_a_verb_of_speech_and_anyone_is_no_one() -> None:
    """任何人透露银行 was a bank; 网上银行 (online banking) is none, nor is 任何人 a person."""
    text = "警方呼吁市民切勿向任何人透露银行户口资料，亦不应使用网上银行。"
    assert orgs(text) == set()
    assert names(text, FactKind.PERSON) == set()


@pytest.mark.parametrize(
    "text", ["劳工处周五起全港巡查棚网。", "须在棚架上设置棚网及保护网。", "随后分别被送往不同医院治理。", "现场部份路面难以进入。"]
)
def test_nets_hospitals_in_general_and_parts_are_no_bodies(text: str) -> None:
    """棚网 (a scaffold's net) ends like 人民网; 不同医院 are several; 部份 is 部分. (劳工处, the
    Labour Department, is a body.)"""
    assert orgs(text) - {"劳工处"} == set()


def test_a_news_site_and_a_grid_company_stay_bodies() -> None:
    assert orgs("据国家电网消息，人民网报道。") == {"国家电网", "人民网"}


def test_a_verb_run_into_a_place_named_elsewhere_is_cut_off() -> None:
    """消防处指宏福苑…: 指 (said) is no part of the 宏福苑 the article names before."""
    text = "大埔宏福苑发生五级火，消防处指宏福苑宏昌阁发生火警。"
    assert places(text) == {"大埔", "宏福苑"}


def test_a_name_spelt_by_sound_before_地区_is_a_place() -> None:
    """特维尔(Tver)地区 is Tver, not a person; 国务 of 国务委员长 is no body."""
    text = "私人飞机23日在莫斯科北部的特维尔（Tver）地区坠毁。朝鲜劳动党总书记、国务委员长金正恩抵达。"
    assert places(text) >= {"特维尔"} and "特维尔" not in names(text, FactKind.PERSON)
    assert orgs(text) == {"朝鲜劳动党"}


@pytest.mark.parametrize(
    ("text", "place"),
    [("船驶入东京湾。", "东京湾"), ("台湾海峡局势紧张。", "台湾海峡"), ("墨西哥城发生地震。", "墨西哥城")],
)
def test_a_bay_strait_or_city_named_after_a_place_is_one_place(text: str, place: str) -> None:
    assert places(text) == {place}


@pytest.mark.parametrize(("text", "place"), [("中国城市发展很快。", "中国"), ("北京城区人口。", "北京"), ("上海城投公告。", "上海")])
def test_a_city_word_that_starts_another_word_stays_out(text: str, place: str) -> None:
    assert place in places(text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("随后，县委决定在全县推广这一做法。", "县委"),
        ("这件事由县委书记亲自过问。", "县委"),
        ("会议认为，县委的部署切合实际。", "县委"),
    ],
)
def test_a_countys_party_committee_alone_is_an_organisation(text: str, body: str) -> None:
    assert body in orgs(text)


@pytest.mark.parametrize("text", ["他当过两届县委员。", "各民主党派县委会积极建言献策。", "故城县委宣传部召开会议。"])
def test_a_committee_inside_a_word_or_a_longer_name_is_not_one_alone(text: str) -> None:
    assert "县委" not in orgs(text)


def test_a_body_found_once_is_not_found_again_inside_a_longer_word() -> None:
    facts = extract_facts(Article(text="县委决定，各民主党派县委会参加。", blocks=(), published=None))
    [body] = [f for f in facts if f.kind is FactKind.ORGANISATION]
    assert body.text == "县委" and len(body.mentions) == 1


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("法国外交部长韦德里纳今天抵达北京。", "法国外交部"),
        ("国务委员兼国防部长迟浩田会见了代表团。", "国防部"),
        ("副总理兼财政部长刘大伟出席了会议。", "财政部"),
    ],
)
def test_a_ministers_title_before_a_name_names_the_ministry(text: str, body: str) -> None:
    assert body in orgs(text)


@pytest.mark.parametrize("text", ["亚太地区财政部长会议今天闭幕。", "双方举行了部长级会谈。", "各区委统战部长均由常委兼任。"])
def test_a_meeting_or_rank_of_ministers_names_no_ministry(text: str) -> None:
    assert not any(o.endswith("部") for o in orgs(text))


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("万众一心绘蓝图中国船舶工业总公司党组号召全系统职工。", "中国船舶工业总公司"),
        ("本期答案是③霍克人民日报文艺部主办每月征文。", "人民日报文艺部"),
    ],
)
def test_a_body_starts_at_the_country_or_known_body_after_a_headline(text: str, body: str) -> None:
    found = orgs(text)
    assert body in found and not any(o.endswith(body) and o != body for o in found)


@pytest.mark.parametrize(("text", "body"), [("世界江门青年大会开幕。", "世界江门青年大会")])
def test_a_body_whose_name_holds_a_place_is_not_cut(text: str, body: str) -> None:
    assert body in orgs(text)


@pytest.mark.parametrize("text", ["事发后，财务部经理王立新向警方报案。", "他伙同公司销售部副经理赵明虚开发票。"])
def test_a_firms_department_named_by_what_it_does_is_no_body(text: str) -> None:
    assert not orgs(text)


def test_a_ministry_named_like_a_department_stays_a_body() -> None:
    assert "人事部" in orgs("人事部今天发布了新规定。")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("出席仪式的有总参谋长傅大勇上将。", "傅大勇"),
        ("研究室主任逄立平介绍了情况。", "逄立平"),
        ("陆军司令卡布里奇中将和空军司令马坦戈少将出席。", "卡布里奇"),
        ("陆军司令卡布里奇中将和空军司令马坦戈少将出席。", "马坦戈"),
    ],
)
def test_a_name_between_a_title_and_a_rank_or_with_a_rarer_surname_is_a_person(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize(
    ("text", "body"),
    [("中华人民共和国国务院今天发布公告。", "中华人民共和国国务院"), ("美国国务院发言人说。", "美国国务院")],
)
def test_a_country_before_a_body_known_by_name_is_part_of_it(text: str, body: str) -> None:
    assert body in orgs(text)


def test_a_city_before_a_body_known_by_name_is_no_part_of_it() -> None:
    assert "新华社" in orgs("华盛顿新华社记者报道。")


@pytest.mark.parametrize(
    ("text", "body"),
    [("依照全国人大常委会《关于修改某法的决定》执行。", "全国人大常委会"), ("据省人大常委会通报，会议如期举行。", "省人大常委会")],
)
def test_a_standing_committee_is_named_whole(text: str, body: str) -> None:
    assert body in orgs(text) and "全国人大" not in orgs(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [("副总理今天在人民大会堂会见了外宾。", "人民大会堂"), ("晚上在北京人民大会堂举行欢迎宴会。", "人民大会堂")],
)
def test_a_seat_of_state_is_a_place_not_a_body(text: str, place: str) -> None:
    assert place in places(text) and not orgs(text) & {"人民大会"}


@pytest.mark.parametrize("text", ["入夏以来，九江市长江大堤险情不断。", "武汉市长江二桥昨天通车。"])
def test_a_mayor_read_across_a_city_and_a_river_is_no_title(text: str) -> None:
    assert not people(text)


def test_a_mayor_before_a_name_is_still_a_title() -> None:
    assert "刘大明" in people("九江市长刘大明说，防汛工作要抓紧。")


@pytest.mark.parametrize(
    ("text", "place"),
    [("外长昨天在新德里说，双方同意加强合作。", "新德里"), ("会议将于下月在布达佩斯举行。", "布达佩斯"), ("代表团从德黑兰抵达伊斯兰堡。", "伊斯兰堡")],
)
def test_a_capital_abroad_is_a_known_place(text: str, place: str) -> None:
    assert place in places(text)


@pytest.mark.parametrize("text", ["衣领镶金边，十分醒目。", "问题出在哪里加以改进。"])
def test_a_city_name_inside_a_common_word_is_no_place(text: str) -> None:
    assert not places(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [("据报道，卡尔杜诺夫昨天会见了代表团。", "卡尔杜诺夫"), ("姆巴纳卡今天表示，两国关系良好。", "姆巴纳卡")],
)
def test_a_name_spelt_by_sound_opening_a_clause_before_a_time_word_or_speech_is_a_person(text: str, name: str) -> None:
    assert name in people(text)


def test_a_city_spelt_by_sound_opening_a_clause_is_no_person() -> None:
    assert not people("布达佩斯今天迎来了入冬以来第一场雪。")


@pytest.mark.parametrize(
    ("text", "body"),
    [("据了解，联合国开发计划署日前发出通知。", "联合国开发计划署"), ("新华社香港分社社长会见了他们。", "新华社香港分社")],
)
def test_a_body_known_by_name_opens_a_longer_body(text: str, body: str) -> None:
    assert body in orgs(text)


def test_a_news_agency_is_known_by_name() -> None:
    assert "共同社" in orgs("据共同社报道，双方将于下月举行会谈。")


@pytest.mark.parametrize(
    ("text", "place"),
    [("各方希望朝鲜半岛保持和平稳定。", "朝鲜半岛"), ("游客纷纷来到海南岛度假。", "海南岛"), ("车臣局势引起各方关注。", "车臣")],
)
def test_a_peninsula_or_island_named_after_a_place_and_known_regions_are_places(text: str, place: str) -> None:
    assert place in places(text)


def test_an_island_word_after_a_place_is_no_part_of_it() -> None:
    assert "台湾" in places("台湾岛内舆论普遍认为。")


@pytest.mark.parametrize(
    ("text", "found", "not_found"),
    [
        ("在中国东盟首脑会晤期间，双方签署了声明。", "东盟", "中国东盟"),
        ("第五十二届联合国大会期间，他会见了各国代表。", "联合国", "联合国大会"),
    ],
)
def test_a_country_and_an_international_body_or_its_session_are_no_one_body(
    text: str, found: str, not_found: str
) -> None:
    assert found in orgs(text) and not_found not in orgs(text)


def test_members_are_no_assembly() -> None:
    assert not any(o.endswith("大会") for o in orgs("民建带领广大会员积极参政议政。"))


@pytest.mark.parametrize(
    ("text", "body"),
    [("他会见了原国防部长罗季奥诺夫。", "国防部"), ("经派遣外交部长伊凡诺夫前往调停。", "外交部")],
)
def test_a_ministry_named_by_its_ministers_title_runs_back_over_nothing_else(text: str, body: str) -> None:
    found = orgs(text)
    assert body in found and not any(o.endswith(body) and o != body for o in found)


def test_the_authorities_are_no_body_and_a_universitys_centre_is_one_body() -> None:
    assert "中共当局" not in orgs("中共当局今天宣布了新措施。")
    assert "中共外交部" not in orgs("中共外交部发言人今天表示。")
    assert "中央财经大学中国银行业研究中心" in orgs("中央财经大学中国银行业研究中心发布报告。")


@pytest.mark.parametrize("text", ["志愿者们来到贫困山区支教。", "慰问团深入革命老区看望群众。", "各国支持建立东南亚无核区。"])
def test_a_kind_of_region_said_of_what_it_is_like_is_no_place(text: str) -> None:
    assert not places(text) - {"东南亚"}


def test_a_mountain_region_named_by_its_mountain_stays_a_place() -> None:
    assert "大别山区" in places("他走遍了大别山区的村村寨寨。")


def test_the_observatory_hong_kong_news_quotes_is_an_organisation() -> None:
    """天文台 alone is the Hong Kong Observatory of every weather report, not a person."""
    assert orgs("天文台表示，今晚有大雨。") == {"天文台"}
    assert people("天文台表示，今晚有大雨。") == set()


# ---- Hong Kong and Taiwan pages (issue 14): each class on sentences of our own


@pytest.mark.parametrize("text", ["小販賣的湯圓很好吃，湯頭也清甜。", "消防處副處長陳國明（左三）表示，火勢受控。"])
def test_a_common_word_or_a_captions_place_is_no_one(text: str) -> None:
    assert not people(text) & {"湯頭", "左三"}


def test_an_estates_blocks_are_places() -> None:
    text = "屋苑分為宏景閣（A座）、宏樂閣（B座）、宏昇閣（C座）。"
    assert "宏樂閣" in places(text) and not orgs(text) and not people(text)


def test_citizens_are_no_city() -> None:
    assert places("政府亦希望市民保持冷靜，並感謝市民合作。") == set()
    assert "武漢市" in places("武漢市民踴躍參加。")


def test_an_estate_word_is_no_place() -> None:
    assert places("位於火炭的大型屋苑正進行大維修。") == set()


@pytest.mark.parametrize(
    ("text", "not_found"),
    [
        ("工人拆下阻燃網，政府已安排社工跟進。", {"工人拆下阻燃網", "安排社"}),
        ("三人送往北區醫院，多間保險公司已作安排。", {"多間保險公司"}),
        ("1人廣華醫院，2人北區醫院。", {"1人廣華醫院", "2人北區醫院"}),
    ],
)
def test_nets_social_workers_and_counts_are_no_body(text: str, not_found: set[str]) -> None:
    assert not orgs(text) & not_found


def test_a_hospital_after_a_count_of_people_is_named_alone() -> None:
    assert orgs("1人廣華醫院，2人北區醫院。") == {"廣華醫院", "北區醫院"}


def test_a_verb_or_adverb_run_into_a_person_is_dropped() -> None:
    text = "行政長官李家明凌晨見記者時表示，會全力救援。儀式開始。行政長官李家明站在中央，其左手邊是司長。"
    assert people(text) == {"李家明"}


def test_a_verb_run_into_an_estate_is_dropped() -> None:
    assert places("記者到訪宏安苑，住宏安苑的居民很多。大埔宏安苑起火。") == {"大埔", "宏安苑"}


@pytest.mark.parametrize(
    ("text", "body"),
    [("廉署今日拘捕八人。", "廉署"), ("房委會表示會跟進。", "房委會"), ("周大福捐出一千萬。", "周大福")],
)
def test_hong_kong_bodies_and_firms_known_by_name(text: str, body: str) -> None:
    assert orgs(text) == {body} and not people(text)


def test_taiwans_names_for_central_asian_countries_are_places() -> None:
    assert places("選手來自韓國、蒙古、哈薩克、塔吉克。") == {"韓國", "蒙古", "哈薩克", "塔吉克"}


def test_a_headlines_bar_ends_a_name() -> None:
    """丨 (a CJK stroke) is the bar of Hong Kong headlines: no name runs back over it."""
    assert orgs("大埔五級火丨發展局：全面檢視棚架") == {"發展局"}


@pytest.mark.parametrize(
    "text",
    ["律師團將由義務律師向公眾提供法律意見。", "消防處接著向媒體表示，火勢受控。", "銀行延長服務時間，於明日上午九時開門。"],
)
def test_a_preposition_and_a_common_word_is_no_one(text: str) -> None:
    assert people(text) == set()


def test_a_reporter_whose_surname_is_a_preposition_stays() -> None:
    assert "于海生" in people("新华社北京十二月十六日电（记者于海生）")


@pytest.mark.parametrize(
    ("text", "name"),
    [("公務員事務局局長楊何蓓茵其後發布新聞稿。", "楊何蓓茵"), ("前特首林鄭月娥昨日出席活動。", "林鄭月娥")],
)
def test_a_hong_kong_married_name_is_found_whole(text: str, name: str) -> None:
    assert people(text) == {name}


def test_a_name_after_a_title_takes_no_verb_after_it() -> None:
    assert "胡文和" in people("社会科学院研究员胡文和来到英头村。")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("居民可透過社會福利署申請援助。", "社會福利署"),
        ("各銀行會主動聯絡客戶，並加快補辦銀行文件。", None),
        ("警方昨日拘捕涉事工程公司三名董事。", None),
    ],
)
def test_a_verb_hong_kong_news_writes_before_a_body_is_no_part_of_it(text: str, body: str | None) -> None:
    assert orgs(text) == ({body} if body else set())


@pytest.mark.parametrize(
    ("text", "name"),
    [("行政長官陳家超深夜到大埔社區中心了解救援工作。", "陳家超"), ("民眾駕車闖禍。（記者王錦成翻攝）", "王錦成")],
)
def test_a_name_of_three_is_not_run_into_the_word_after_it(text: str, name: str) -> None:
    assert people(text) == {name}


def test_a_common_word_listed_beside_a_person_is_no_one() -> None:
    assert people("出席的有局長麥美芬、勞工及福利局代表。") == {"麥美芬"}


@pytest.mark.parametrize(
    ("text", "place"),
    [("我們與香港市民同心同行。", "香港"), ("不少人乘巴士前往九龍市區上班。", "九龍")],
)
def test_hong_kong_takes_no_city_suffix(text: str, place: str) -> None:
    assert places(text) == {place}


def test_a_districts_suffix_or_a_verb_before_an_estate_is_dropped() -> None:
    text = "大埔宏安苑起火。27日，香港大埔區宏安苑，消防員灌救。政府因應宏安苑火警開放中心。"
    assert places(text) == {"大埔", "宏安苑", "香港"}


def test_a_day_of_the_week_is_no_one_but_may_open_a_name() -> None:
    assert people("警務處處長周一鳴到火災現場視察。") == {"周一鳴"}
    assert people("香港特區政府週六（11月29日）宣布哀悼。") == set()


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        ("政府指屋宇署已向業主發出清拆令。", "屋宇署"),
        ("乘客可獲香港鐵路有限公司賠償。", "香港鐵路有限公司"),
        ("乘客可获香港铁路有限公司赔偿。", "香港铁路有限公司"),
    ],
)
def test_a_subject_and_one_character_verb_are_no_part_of_the_organisation_after_them(
    text: str, organisation: str
) -> None:
    """Hong Kong's reports say 指 and 獲 where the mainland's say 表示 and 获得."""
    assert orgs(text) == {organisation}


def test_a_body_named_after_its_verb_word_keeps_it() -> None:
    """指 of 指挥部 is a word's first character, not the verb 指."""
    assert orgs("国家防汛抗旱指挥部办公室发出通知。") == {"国家防汛抗旱指挥部办公室"}


def test_a_name_that_begins_with_a_known_place_is_not_cut_inside_it() -> None:
    """将 of 將軍澳 is no preposition before 軍澳中心."""
    assert orgs("他在將軍澳中心附近被捕。") == {"將軍澳中心"}


def test_a_county_said_short_is_no_person_anywhere_in_the_text() -> None:
    """安新 is the county 安新县 said short: not a person, inside 雄安新区 or on its own."""
    text = "雄安新区由雄县、容城县、安新县组成。战国时期，安新初为燕国辖域。雄安新区设立后，安新发展很快。"
    assert people(text) == set()
    assert {"雄安新区", "安新县"} <= places(text)


def test_a_leaders_letter_after_his_title_is_no_one() -> None:
    assert people("要深入学习领会习近平主席贺信精神。") == {"习近平"}


def test_the_housing_society_is_an_organisation_and_no_person() -> None:
    """房協 of Hong Kong's reports, as 房委会 is."""
    assert orgs("房協主席凌嘉勤表示，已安排災民暫住。") == {"房協"}
    assert people("房協主席凌嘉勤表示，已安排災民暫住。") == {"凌嘉勤"}


def test_a_language_is_no_person() -> None:
    assert people("语言：韩语") == set()


@pytest.mark.parametrize("text", ["消防處派出4部消防車到場。", "他没买过一部手机。", "比赛打了10局。"])
def test_a_measure_word_after_a_number_is_no_organisation(text: str) -> None:
    """4部消防車: 部 counts the engines (消防處, the Fire Services Department, is a body)."""
    assert orgs(text) - {"消防處"} == set()


def test_a_numbered_school_or_hospital_stays_an_organisation() -> None:
    assert "北京市第八十中学" in orgs("他在北京市第八十中学读书。")


def test_a_verb_the_walk_back_stopped_on_is_no_part_of_the_organisation() -> None:
    assert orgs("受影響乘客均可獲香港鐵路有限公司賠償。") == {"香港鐵路有限公司"}
    assert orgs("獲嘉縣人民政府辦公室表示，將加強巡查。") == {"獲嘉縣人民政府辦公室"}


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        ("儘管屋宇署已發出清拆令，業主仍未處理。", "屋宇署"),
        ("圖片翻攝自日本氣象廳網站。", "日本氣象廳"),
        ("不管博彩公司怎么说，彩民都不信。", "博彩公司"),
    ],
)
def test_a_conjunction_or_preposition_before_an_organisation_is_no_part_of_it(text: str, organisation: str) -> None:
    assert orgs(text) == {organisation}


@pytest.mark.parametrize("text", ["有20余家公司参加了招标。", "有些公司不愿意公开数据。", "他办了三张银行卡。"])
def test_some_or_a_counted_number_of_bodies_is_no_organisation(text: str) -> None:
    assert orgs(text) == set()


def test_firms_business_news_names_without_a_suffix_are_organisations() -> None:
    assert orgs("高通已與英特爾接洽，台積電股價上漲。") == {"高通", "英特爾", "台積電"}
    assert people("高通已與英特爾接洽。") == set()
    assert orgs("英特爾收購高通") == {"英特爾", "高通"}


@pytest.mark.parametrize(
    "text", ["高通量测序技术发展迅速。", "提高通胀预期。", "双方签订购房协议。", "住房协调小组成立。", "彭博士表示。"]
)
def test_a_known_short_name_inside_another_word_is_no_organisation(text: str) -> None:
    assert orgs(text) == set()


def test_a_person_named_like_a_place_after_a_title_stays_a_person() -> None:
    assert people("吴江区区长吴江表示，将加强管理。") == {"吴江"}


@pytest.mark.parametrize("text", ["当城市发展到一定阶段，问题就来了。", "他援引城中消息说。", "要强化城乡统筹。"])
def test_a_clause_before_a_place_suffix_is_no_place(text: str) -> None:
    assert places(text) == set()


@pytest.mark.parametrize(("text", "place"), [("盐城市政府表示。", "盐城市"), ("邯郸市永年区政府表示。", "永年区"), ("宋朝时，归信县属雄州。", "归信县")])
def test_a_place_whose_name_jieba_reads_otherwise_stays(text: str, place: str) -> None:
    assert place in places(text)


def test_an_idiom_opening_with_a_surname_is_no_one() -> None:
    assert people("柯文哲批評對手張牙舞爪，不顧民意。") == {"柯文哲"}


def test_hawaii_is_a_place_and_bloomberg_an_organisation() -> None:
    assert places("夏威夷野火造成嚴重傷亡。") == {"夏威夷"}
    assert orgs("據彭博報道，公司將裁員。") == {"彭博"}


@pytest.mark.parametrize("text", ["郭透露，公司將裁員。", "李之後再說明詳情。"])
def test_a_surname_and_a_speech_verb_or_time_word_is_no_full_name(text: str) -> None:
    assert people(text) == set()


def test_given_names_jieba_reads_as_other_words_stay() -> None:
    assert people("研究员胡文和来到仁寿县。") == {"胡文和"}


@pytest.mark.parametrize(
    "text",
    [
        "本文由王利阳授权网易科技发布，不代表网易立场。",  # 网 opens 网易 here
        "该公司股价持续走低，粉饰上市的传闻不断。",  # 上市, 股市, 楼市: markets, not cities
        "投资者冷眼看市，深股市成交萎缩。",
        "面对百年未有之大变局，运营困局仍待破局。",  # 变局, 困局: no bureaus
        "北京某信息技术公司与长沙某银行签约。",  # 某: a body not named
        "阿里巴巴将员工调往另一子公司，分享任何子公司的收益。",
        "公司将于下月召开年度股东大会。",
    ],
)
def test_words_that_end_like_a_body_or_a_city_are_neither(text: str) -> None:
    assert not (orgs(text) - {"网易", "阿里巴巴"}) and not (places(text) - {"北京", "长沙"})


def test_the_academy_of_social_sciences_leaves_no_chinese_agency() -> None:
    assert "中国社" not in orgs("中国社科院法学所研究员支振锋说。")


@pytest.mark.parametrize(
    "text",
    [
        "江坤宇敲出再見安打，兄弟休息室手忙腳亂網笑翻。",  # 網 here is the netizens
        "中日領袖會談尚未成局。",  # 成局: come about
        "檢方訊後依公共危險罪嫌移送法辦，並可移送檢調偵辦。",  # 法辦, 偵辦: prosecute
        "他曾任現任副署長的助理。",
        "平台擁有頂尖社群與用戶社群。",
        "新政府幾乎沒有軍方委任的官員。",
        "工作場所開啟遮陽網，清理水溝蓋網。",
    ],
)
def test_nets_netizens_and_verbs_that_end_like_a_body_are_none(text: str) -> None:
    assert orgs(text) == set()


def test_a_news_site_before_a_citation_stays_a_body() -> None:
    assert "洛阳网" in orgs("蔡健雅洛阳演唱会举行．洛阳网[引用日期2017-04-15]")


@pytest.mark.parametrize(
    ("text", "place"),
    [("這對夫婦在義大利確診。", "義大利"), ("葉門內戰持續。", "葉門"), ("總統出訪喬治亞。", "喬治亞"), ("他移居雪梨。", "雪梨")],
)
def test_countries_and_cities_as_taiwan_names_them_are_places(text: str, place: str) -> None:
    assert names(text, FactKind.PLACE) == {place} and not names(text, FactKind.PERSON)


@pytest.mark.parametrize(
    ("text", "kind"),
    [("許多人認為這是錯的。", FactKind.PERSON), ("三成企業加碼辦尾牙。", FactKind.ORGANISATION),
     ("張國榮粉絲首次停辦獻花。", FactKind.ORGANISATION)],
)
def test_many_people_and_a_verb_of_holding_are_no_names(text: str, kind: FactKind) -> None:
    assert not names(text, kind)


def test_a_body_after_a_verb_of_office_starts_after_it() -> None:
    assert names("游淑慧歷任台北市政府觀光傳播局局長。", FactKind.ORGANISATION) == {"台北市政府觀光傳播局"}


@pytest.mark.parametrize(
    ("text", "name"),
    [("連國家旅遊局也發出警告。", "國家旅遊局"), ("连世界卫生组织都表示担忧。", "世界卫生组织"), ("连城县政府发布通告。", "连城县政府")],
)
def test_even_before_a_body_is_no_part_of_it(text: str, name: str) -> None:
    assert orgs(text) == {name}


def test_a_term_of_office_is_no_one() -> None:
    assert not names("市長任期劃一為四年。", FactKind.PERSON)


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        ("記者李明表示，會議很成功。", {"李明"}, {"李明表示"}),  # a credit's name stops at its speech verb
        ("主持人王芳说，节目下周播出。", {"王芳"}, {"王芳说"}),
        ("香港餐飲聯業協會會長黃家和表示，新措施帶來沉重打擊。", {"黃家和"}, {"黃家"}),  # 和 ends the name
        ("七年前，58岁的单霁翔到任故宫院长。", set(), {"任故宫"}),  # 到任: to take up a post
        ("其实，远在明清两代，宫里的上元节就有诸多讲究。", set(), {"宫里"}),  # in the palace
    ],
)
def test_a_person_ends_and_starts_where_the_sentence_says(text: str, wanted: set[str], unwanted: set[str]) -> None:
    found = people(text)
    assert wanted <= found and not unwanted & found


def test_a_two_character_name_ending_in_li_is_still_a_person() -> None:
    assert {"特里", "万里"} <= people("以兰帕德、特里为首的主力球员持续作战，万里同志出席。")


@pytest.mark.parametrize(
    "text",
    ["不過林鄭表示，不會考慮強制全港市民進行檢測。", "目前台湾人民进入大陆地区必须经由第三地。"],
)
def test_a_short_party_name_inside_other_words_is_none(text: str) -> None:
    assert "民進" not in orgs(text) and "民进" not in orgs(text)


def test_a_short_party_name_on_its_own_is_found() -> None:
    assert {"民盟", "民进"} <= orgs("民盟和民进的代表相继发言。")


def test_a_group_of_people_named_by_their_work_is_no_organisation() -> None:
    assert orgs("今夜，一群博物馆人将我点亮。") == set()


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        ("她控掌摑林口長庚醫院醫師。", {"林口長庚醫院"}, {"控掌摑林口長庚醫院"}),
        ("桃園地檢署以證人身分傳喚長庚醫院醫師。", {"長庚醫院"}, {"證人身分傳喚長庚醫院"}),
        ("国民党副主席三号下午抵达党部拜会。", set(), {"抵达党部"}),
    ],
)
def test_a_verb_of_arriving_summoning_or_striking_is_no_part_of_a_body(text: str, wanted: set[str],
                                                                        unwanted: set[str]) -> None:
    found = orgs(text)
    assert wanted <= found and not unwanted & found


def test_a_separatist_cause_is_no_place() -> None:
    assert "台独" not in places("陈水扁曾说台独是选项。")
    assert places("坚持反分裂、反“台独”的斗争。") == {"台"}  # as People's Daily's corpora mark it


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        ("美國商務部長雷蒙多訪問中國期間。", {"美國商務部"}, {"美國商務部長"}),  # the head is no part of the body
        ("中國正在建立一個帳號網路。", set(), {"帳號網"}),  # 網路: a network
        ("中國網壇對華為新機感到興奮。", {"華為"}, {"中國網"}),  # 網壇: the online world
        ("音樂家和潮人在創建公司時大量使用這個字母。", set(), {"創建公司"}),
    ],
)
def test_a_body_ends_where_its_name_does(text: str, wanted: set[str], unwanted: set[str]) -> None:
    found = orgs(text)
    assert wanted <= found and not unwanted & found


def test_a_clause_before_a_count_of_countries_is_no_place() -> None:
    assert places("設法找到反擊中國、但不讓兩國陷入公開衝突的方式。") == {"中國"}
    assert places("印度、不丹两国签署协议。") == {"印度", "不丹"}


def test_a_writer_credited_before_where_they_work_is_no_part_of_it() -> None:
    text = "(作者：方敏北京大学经济学院教授)"
    assert orgs(text) == {"北京大学经济学院"} and people(text) == {"方敏"}


@pytest.mark.parametrize("text", ["我们要在危机中育新机，于变局中开新局。", "继续巩固制造中心的地位。"])
def test_a_new_situation_or_a_verb_before_a_centre_is_no_body_of_that_name(text: str) -> None:
    assert not {"变局中开新局", "继续巩固制造中心"} & orgs(text)


def test_besides_before_a_body_is_not_its_name() -> None:
    """另政府公務員事務局將安排: 另 (besides) opens the clause, not the bureau's name."""
    assert orgs("另政府公務員事務局將安排公務員協助。") == {"政府公務員事務局"}
    assert orgs("另外香港机场管理局表示。") == {"香港机场管理局"}


@pytest.mark.parametrize("text", ["一套两室两厅的房子。", "抗议者聚集在贝尔格莱德市中心。"])
def test_rooms_and_a_city_centre_are_no_organisations(text: str) -> None:
    assert orgs(text) == set()


@pytest.mark.parametrize("text", ["试点城市将扩大到12个。", "住房问题在大中城市突出。", "建设智慧城市。",
                                  "这个古老的大城市有著名的教堂。", "农民进入小城镇落户。", "从小城市到大城市。"])
def test_a_kind_of_city_is_no_place(text: str) -> None:
    assert places(text) == set()


@pytest.mark.parametrize("text", ["助力城乡基层治理。", "不断丰富城乡居民精神文化生活。", "推进中新型城镇化。"])
def test_a_city_that_opens_a_word_is_no_place(text: str) -> None:
    """城 is a place's suffix, but not where it opens 城乡, 城镇 or 城区 (助力城 was a place)."""
    assert places(text) == set()


def test_a_bay_area_named_great_is_a_place() -> None:
    assert places("粤港澳大湾区建设提速。") == {"粤港澳大湾区"}


@pytest.mark.parametrize(("text", "place"), [("聊城市召开会议。", "聊城市"), ("他去了盐城市区。", "盐城市")])
def test_a_city_named_with_cheng_keeps_its_shi(text: str, place: str) -> None:
    assert place in places(text)


@pytest.mark.parametrize(("text", "name"), [("澎湃新闻记者致电奉贤市场监管局，对方表示正在调查。", "奉贤市场监管局"),
                                          ("记者踏访香港海防博物馆。", "香港海防博物馆")])
def test_an_organisation_does_not_start_at_the_reporter_before_it(text: str, name: str) -> None:
    assert name in orgs(text) and not any("记者" in org for org in orgs(text))


@pytest.mark.parametrize(("text", "name"), [("中国记者协会举办活动。", "中国记者协会"), ("华工记者团摄影部发布照片。", "华工记者团摄影部")])
def test_the_reporters_own_body_keeps_its_reporters(text: str, name: str) -> None:
    assert name in orgs(text)


@pytest.mark.parametrize(
    ("text", "found"),
    [("华为就占了这家日本公司销售的五分之一。", {"华为"}), ("上海要建成这个航运中心。", set()),
     ("他问哪家银行利息高。", set()), ("还有那个国防部长拉姆斯菲尔德到卡塔尔访问。", {"国防部"}),
     ("主要的这个南京奥体中心。", {"南京奥体中心"})],
)
def test_a_body_pointed_at_is_described_not_named(text: str, found: set[str]) -> None:
    """这家, 那个: no part of a name; what follows names a body only when it holds a name."""
    assert orgs(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [("1人則在台南市永康區砲校門市購買190元民生用品。", {"台南市", "永康區"}),
     ("1人在彰化縣社頭鄉金佳旺門市購買35元茶飲。", {"彰化縣"}),
     ("另1人於新竹縣竹北市強興門市購買90元民生用品。", {"新竹縣", "竹北市"})],
)
def test_a_shop_s_address_gives_its_places_not_the_shop(text: str, found: set[str]) -> None:
    """門市 is a shop, no city (砲校門市 was the place 砲校门), and 社 opening a township
    after its county (彰化縣|社頭鄉) is no organisation's suffix (彰化縣社 was one)."""
    assert places(text) == found and orgs(text) == set()


@pytest.mark.parametrize(
    ("text", "found"),
    [("王亮认为，虽然此次北大荒公司被追缴企业所得税。", {"北大荒公司"}), ("这是起亚公司的车。", {"起亚公司"}),
     ("届时银行将关闭。", set())],
)
def test_a_time_before_a_body_is_no_part_of_its_name(text: str, found: set[str]) -> None:
    """此次 (this time) and 届时 (by then) open no name: 次北大荒公司 and 届时银行 were found."""
    assert orgs(text) == found


@pytest.mark.parametrize("text", ["就曾经幻想能再次出现反华高潮。", "这场战役振奋全国人民抗日精神。"])
def test_a_one_character_place_after_a_verb_in_one_word_is_the_place(text: str) -> None:
    """反华, 抗日: People's Daily marks the place, not the word (OntoNotes marks the word)."""
    assert places(text) <= {"华", "日"} and places(text)


def test_central_and_eastern_europe_is_no_middle_east() -> None:
    """中东欧 was read as 中东 (the Middle East), eleven times in one 腾讯 story."""
    assert places("中国与中东欧国家经贸合作成果丰硕。") == {"中国", "中东欧"}


@pytest.mark.parametrize(
    ("text", "found", "named"),
    [("市委常委、常务副市长苏泽群当场试验了咨询热线。", set(), {"苏泽群"}),
     ("作为距离市中心最近的别墅项目之一。", set(), set()),
     ("据各省、自治区、直辖市上报的数据统计。", set(), set()),
     ("把城区建成品质之城、宜居之城。", set(), set()),
     ("广西壮族自治区南宁市", {"广西壮族自治区", "南宁市"}, set())],
)
def test_a_rank_a_distance_or_a_kind_of_region_is_no_place(text: str, found: set[str], named: set[str]) -> None:
    """常务副|市长 was the place 常务副市 (and 常务副 a person), 距离|市中心 the place 距离市;
    自治区 and 直辖市 alone name a kind of region; 品质之城 is an epithet."""
    assert places(text) == found and people(text) == named


@pytest.mark.parametrize("text", ["券商人士透露，国内银行信用卡风险可控。", "外资银行纷纷进入中国。",
                                  "遇到刷卡刷错金额时，持卡人该怎么办？", "蚊虫叮咬后怎么办？", "你们是什么银行？"])
def test_banks_named_by_kind_and_a_question_are_no_organisation(text: str) -> None:
    """国内银行 and 外资银行 (domestic, foreign banks) name no bank; 怎么办 (what to do) ends in the
    suffix 办 (an office). No corpus marks them."""
    assert orgs(text) == set()


@pytest.mark.parametrize(
    ("text", "named"),
    [("对于张先生的说法，住建委有关人士告诉记者。", set()), ("网民从一段局长高调安葬的视频中发现了破绽。", set()),
     ("陈水扁总统曾经指示政府。", {"陈水扁"}), ("主任李明确认了消息。", {"李明"}),
     ("例任党主席包括施明德、许庆良等人都在。", {"施明德", "许庆良"})],
)
def test_a_name_by_a_title_starts_and_ends_between_words(text: str, named: set[str]) -> None:
    """对于|张先生 is no 于张, 局长|高调|安葬 no 高调安, 总统|曾经|指示 no 曾经指 (23 such over
    the news lines); a name jieba knows (李明) may run into the next word's start."""
    assert people(text) == named


def test_a_preposition_before_a_numeral_is_no_name_after_a_title() -> None:
    """习近平主席向首届…论坛致贺信: 向首届 was a person (向 a surname, 首届 "the first")."""
    assert people("习近平主席向首届“中国－拉美和加勒比国家航天合作论坛”致贺信。") == {"习近平"}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("李强来到乌鲁木齐市、昌吉回族自治州考察。", {"乌鲁木齐市", "昌吉回族自治州"}),
        ("湘西土家族苗族自治州和黔东南苗族侗族自治州。", {"湘西土家族苗族自治州", "黔东南苗族侗族自治州"}),
        ("新疆昌吉回族自治州发布通知。", {"新疆", "昌吉回族自治州"}),
        ("伊犁哈萨克自治州和河北省大厂回族自治县。", {"伊犁哈萨克自治州", "河北省", "大厂回族自治县"}),
    ],
)
def test_an_autonomous_prefecture_or_county_is_one_place(text: str, found: set[str]) -> None:
    """The tagger cut them at the people's name (昌吉 and 族自治州); a province before one is not
    part of it."""
    assert places(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("们在开户时成功申请并使用三项电子银行服务。", set()),
        ("在投资于某两家基金公司发行的基金时。", set()),
        ("手机终端生产量超过1亿部，而无线应用在天津。", set()),
        ("友利银行还将韩国境内的七千多台友利银行ATM机升级。", {"友利银行"}),
        ("地址：南楼5层中国扶贫基金会。", {"中国扶贫基金会"}),
    ],
)
def test_a_counted_kind_of_body_is_none_but_a_name_after_a_floor_is_one(text: str, found: set[str]) -> None:
    """A count before a kind of body (三项电子银行, 两家基金公司, 1亿部) names none, whether the
    rules or the tagger found it; after a floor of an address a name begins."""
    assert orgs(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("一位佛罗里达州选务官员说。", {"佛罗里达州"}),
        ("他在马里兰州工作。", {"马里兰州"}),
        ("新墨西哥州和伊利诺斯州。", {"新墨西哥州", "伊利诺斯州"}),
    ],
)
def test_a_state_of_the_united_states_is_one_place(text: str, found: set[str]) -> None:
    """佛罗里达州 was the Sichuan city 达州, 马里兰州 the city 兰州."""
    assert places(text) == found


@pytest.mark.parametrize(
    ("text", "kind", "found"),
    [
        ("努力把教育办成老百姓想要的样子。", FactKind.ORGANISATION, set()),
        ("书记市长这一周", FactKind.PLACE, set()),
        ("数据显示，在5月份易迅网的促销中。", FactKind.ORGANISATION, {"易迅网"}),
    ],
)
def test_words_around_a_suffix_that_make_no_name(text: str, kind: FactKind, found: set[str]) -> None:
    """办成 is to get done (no 教育办); 书记市长, the secretaries and mayors (no 书记市); a
    name walked back into a word starts after it (5月份|易迅网, not 份易迅网)."""
    assert names(text, kind) == found


@pytest.mark.parametrize(
    ("text", "kind", "found"),
    [
        ("他指業主其後開大會從選出新法團。", FactKind.ORGANISATION, set()),
        ("国内三大航空公司和四大国有银行。", FactKind.ORGANISATION, set()),
        ("中共十五大在北京召开。", FactKind.ORGANISATION, {"中共十五大"}),
        ("陳生提及，當年討論大維修時。", FactKind.PERSON, {"陳生"}),
        ("王明提及此事。", FactKind.PERSON, {"王明"}),
    ],
)
def test_a_meeting_held_the_big_few_and_a_verb_after_a_name(text: str, kind: FactKind, found: set[str]) -> None:
    """開大會 is holding a meeting; 三大航空公司, the big three, are no one body (a party's
    congress, 十五大, stays); 陳生|提及: the tagger took 提 into the name."""
    assert names(text, kind) == found


def test_a_party_committee_before_its_government_is_no_place() -> None:
    """省委|省政府: 省委省 was a place (five times on the news lines)."""
    assert places("为省委省政府派出机构。") == set()


def test_a_preposition_before_an_autonomous_prefecture_is_no_part_of_it() -> None:
    assert places("距喀什市128公里，距克孜勒苏柯尔克孜自治州98公里。") == {"喀什市", "克孜勒苏柯尔克孜自治州"}


@pytest.mark.parametrize(
    ("text", "found"),
    [("醫院設有燒傷中心。", {"燒傷中心"}), ("他联系苹果公司询问。", {"苹果公司"}), ("政府鼓励公办幼儿园扩招。", {"公办幼儿园"})],
)
def test_a_verb_ends_the_walk_back_to_a_bodys_start(text: str, found: set[str]) -> None:
    """設有, 联系 and 鼓励 were part of the body a suffix made (醫院設有燒傷中心, 联系苹果公司)."""
    assert orgs(text) == found


def test_a_verb_of_doing_is_no_office() -> None:
    """特事特辦 (a special case handled specially) and 想办法 end in 办, no office."""
    assert orgs("食物環境衞生署會特事特辦。") == {"食物環境衞生署"}


@pytest.mark.parametrize("text", ["超声波可自動偵測胎兒臉部。", "两名男童脑部受伤。", "织密返校疫情防控网。"])
def test_a_part_of_the_body_or_a_net_of_measures_is_no_body(text: str) -> None:
    """部 after 脸, 脑, 腰 … is a part of the body, 网 after 防控 a net of measures (胎兒臉部 and
    名男童脑部 were bodies)."""
    assert orgs(text) == set()


@pytest.mark.parametrize("text", ["虽然公司业绩下滑，但仍在扩张。", "然后银行会通知你。"])
def test_a_conjunction_opens_no_body(text: str) -> None:
    """虽然公司, 然后银行: a conjunction before a kind of body made one of it."""
    assert orgs(text) == set()


def test_a_body_after_who_was_appointed_to_it_starts_after_ren() -> None:
    """陈刚任雄安新区党工委书记: 陈刚 was made its secretary; 任丘 is a place's name."""
    assert orgs("陈刚任雄安新区党工委书记。") == {"雄安新区党工委"}
    assert orgs("沧州市任丘市检察院发布通告。") == {"沧州市任丘市检察院"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("消防處人員表示，火勢已受控。", "消防處"),
        ("港鐵捐出1000萬元。", "港鐵"),
        ("支聯會六四活動惹爭議。", "支聯會"),
        ("宏達電今年推出新機。", "宏達電"),
    ],
)
def test_hong_kong_and_taiwan_bodies_known_by_a_short_name(text: str, name: str) -> None:
    """The body a Hong Kong or Taiwan story is about is often named short, with no telling
    suffix (消防處, 港鐵, 支聯會, 宏達電): they were missed."""
    assert name in orgs(text)


def test_a_season_is_no_one() -> None:
    """夏季很受遊客歡迎: summer, not a Mr 夏."""
    assert people("挪威西部以峽灣著稱，夏季很受遊客歡迎。") == set()


def test_a_short_form_the_text_defines_for_a_company_is_no_place() -> None:
    """黑龙江北大荒农业股份有限公司（下称“北大荒”，公司代码:600598）: every 北大荒 after is the
    company (an abbreviation of it), not the region; the definition with a comma inside its
    bracket is read too."""
    text = "黑龙江北大荒农业股份有限公司（下称“北大荒”，公司代码:600598）发布公告。北大荒表示，将依法纳税。"
    facts = extract_facts(Article(text=text, blocks=(), published=None))
    assert places(text) == set()
    [short] = [f for f in facts if f.kind is FactKind.ABBREVIATION]
    assert (short.text, short.value, len(short.mentions)) == ("北大荒", "黑龙江北大荒农业股份有限公司", 2)


@pytest.mark.parametrize(
    ("text", "body"),
    [("香港航空及主要股東捐款。", "香港航空"), ("國泰航空今日公布業績。", "國泰航空"), ("他乘坐新加坡航空的航班。", "新加坡航空")],
)
def test_airlines_are_bodies_not_places(text: str, body: str) -> None:
    """香港航空 is an airline: 香港 alone was a place and the airline was lost."""
    assert body in orgs(text) and not places(text)
