"""Organisations, places and people, found by general rules on folded text.

Rules, not a statistical tagger, by measurement: on the seed's gold list,
jieba's part-of-speech tags (nt/ns/nr) scored precision/recall 0.29/0.17 for
organisations, 0.38/0.47 for places and 0.40/1.00 for people, and adding them
to these rules only lowered precision. The rules:

- places: a gazetteer of China's provinces and prefecture-level cities,
  common regions and countries (names that are also common words need 市 or
  州 after them), and two or three characters before a place suffix (新会区,
  赤坎古镇) when what precedes is a boundary, an adverb or another place;
- organisations: a name suffix (委员会, 大学, 集团, 统战部…) and the walk back
  from it to where the name starts: punctuation, a function word or a verb;
- people: the article's editor and credits, names after credit words (记者,
  编辑:), and surname-initial names next to a title (总书记, 先生, 部长).

Every name found once is then found everywhere it occurs. Values are names
as written, except that 省/市/自治区/地区 are dropped from places, so 江门市
and 江门 are one place.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from reader.core.model import Article
from reader.core.script.fold import fold

from . import lexicon as lx
from .model import FactKind, Hit
from .pos import one_word, pos_tagger, words_in
from .spans import Cover, greedy, outermost
from .tagger import known_names, tag_names

__all__ = ["find_entities"]

_CJK = "\u4e00-\u9fff"
_NAME_CHARS = re.compile(rf"(?!丨)[{_CJK}A-Za-z0-9—·]")
"""Characters of a name; not 丨, the CJK stroke Hong Kong headlines write as a bar (五級火丨廉署)."""
_MAX_ORG = 24
_NOT_PLACE_AFTER = {
    "市": "场",
    "区": "域别分间块",
    "镇": "定静压",
    "乡": "亲村愁土下镇",
    "州": "长",
    "省": "份钱力时",
    "县": "长",
    "村": "民委庄",
    "城": "市乡镇区际郊",
}
_ADMIN = frozenset("市省县区镇乡村")
_GENERIC_LEADS = ("各", "每", "该", "这", "那", "某", "上述", "前述", "所有", "我国", "全市", "全省", "全县", "全区", "全港", "全澳", "全台", "全岛", "全镇", "全乡", "全村", "当地", "本地", "外地", "涉事",
                  "一些", "有些", "些", "自家", "另一", "有的", "不少", "许多", "很多", "其他", "其它", "任何", "甚至",
                  "整个", "全体", "全部", "部分", "大部分", "少数", "多数", "大多数", "众多", "诸多")
"""Words before a kind of body that make it no one body (各级党委, 上述两家出版社, 全市中小学,
当地人民法院, 涉事工程公司, 整个公司, 全体银行); 全国 is not among them (全国人大, 全国总工会)."""
_GENERIC_INSIDE = re.compile("各|全港|全澳|多数|多家|同一|个别|相关|几大|有关|不同|某|们|任何|另一|一系列|所有(?![权制者])|怎么|什么")
"""Words in a name's stem that make it a kind of body (南昌市各寿险公司, 几大国有商业银行) or a question
(蚊虫叮咬后怎么办, 什么银行)."""
_NOT_IN_PLACE_STEMS = frozenset("全各每这那某首级些样们第一二三四五六七八九十百千万").union(
    w for w in lx.MEASURE_WORDS if len(w) == 1
)
_NOT_PLACE_LEADS = frozenset("仅只也还又再才已均皆即便却就")
"""One-character adverbs that start no place's name, and after which one may start (仅|郑口镇)."""
_LEADING_ORDINAL = re.compile(r"^(?:第?[\d一二三四五六七八九十百]+[届次期个家所名])+")
_COUNTED = re.compile(r"(?<![第\d两几数多一二三四五六七八九十百千万亿])[\d两几数多一二三四五六七八九十百千万亿.]+[余多]?(?:[所家个座份间张股群批支项名位层]|台(?![湾北中南东独]))")
"""A count before a kind of body (办好3所航空学院, 两家出版社, 3间医院, 500份医院的要求): several
bodies, or copies of something, no one's name (多间保险公司 too; 增持2.5万股公司股份: shares)."""
_POINTED = re.compile("[这那该此每哪某][家所个座间]")
"""A body pointed at (这家, 那个) is most often described, not named: see ``_proper_after_pointer``."""
_LEADING_TIME = re.compile(r"^(?:上旬|中旬|下旬|月底|月初|年底|年初|今天|昨天|昨日|明天|上午|下午|中午|晚上|凌晨|早上|届时)+[返赴往]?|^[返赴]|^另外?(?!一)")
"""Words of when and a verb of going the walk back ran over (一月下旬返警署报到: to go back to
the police station), or 另/另外 (besides: 另政府公务员事务局): not the body's name."""
_OCCASION = re.compile(r"[此这该本每上下首再一二两三四五六七八九十几多][次回起]|[日月年号][起]")
"""此次, 上回, 一起 (a count of events), 9月28日起 (from then on): what the walk back from a
suffix ran over stops at them; 起亚 and 起点中文网 keep their 起."""
_TOWARDS = frozenset("反访来赴驻援抗亲旅离返仇媚")
"""Verbs a one-character place follows in one word (反华, 访华, 赴美): the place is the second."""
_CREDIT_TAIL = re.compile(r"(?:供图|供稿|摄影?|报道|整理)$")
_TITLE_TAIL = re.compile(rf"(?<=[{_CJK}]{{2}})(?:夫人|先生|女士|同志)$")
"""A title the tagger ran into the name (卡多佐夫人): not part of it."""


def find_entities(folded: str, article: Article) -> list[Hit]:
    """Every mention of an organisation, place or person in the folded text.

    The character CRF (``tagger``) and the rules below each find names; where
    they overlap the longer name wins, an organisation over a place or person
    of the same length (中国共产党 is no place 中国). A place inside an
    organisation's name is not listed on its own there.
    """
    tagged = _located(_joint_bodies(folded, [h for hit in tag_names(folded) for h in _tag_cleaned(folded, hit)]))
    places = _places(folded, tagged)
    orgs = _located(_joint_bodies(folded, _organisations(folded, [h for h in tagged if h.kind is FactKind.ORGANISATION])))
    people = _people(folded, article, places + orgs, tagged)
    found = _of_places(folded, _merged(tagged, places + orgs + people + _credited(folded, article)))
    found = _married_names(folded, found)
    return _unnested(folded, _everywhere(folded, _unled(folded, _listed_people(folded, [h for h in found if not _counted(h) and not _movement(folded, h)]))))


def _movement(folded: str, hit: Hit) -> bool:
    """台独, 港独, 藏独: a place's short name and 独 name a separatist cause, no place (its 台
    alone stays the place, as People's Daily's corpora mark it)."""
    return hit.kind is FactKind.PLACE and hit.end - hit.start == 2 and folded[hit.end - 1] == "独"


def _of_places(folded: str, hits: list[Hit]) -> list[Hit]:
    """A place right before an organisation is part of its name: a country's or a city's
    own body (中华人民共和国全国人民代表大会常务委员会, 沈阳飞机厂), as news corpora mark
    it (MSRA 161 times of 167), unless the organisation is known whole by itself and the
    place is no country (华盛顿|新华社, but 中国国务院, 中华人民共和国国务院: MSRA 4 times of 4)
    or the place is a province before a place within it (河北|故城县纪委)."""
    places = {h.end: h for h in hits if h.kind is FactKind.PLACE}
    joined: list[Hit] = []
    dropped: set[int] = set()
    for hit in hits:
        place = places.get(hit.start) if hit.kind is FactKind.ORGANISATION else None
        name = folded[place.start : hit.end] if place else ""
        if place is None or _province_before_place(name):
            continue
        if hit.value in lx.NATIONAL_ORGS and not (folded.endswith("国", 0, place.end) and _state_organ(hit.value)):
            continue
        joined.append(Hit(FactKind.ORGANISATION, place.start, hit.end, name))
        dropped.update((id(place), id(hit)))
    return [h for h in hits if id(h) not in dropped] + joined


def _state_organ(name: str) -> bool:
    """A country's own organ of state (国务院, 全国人大), which the country's name may open;
    an international body after a country (中国|东盟) is a pair, no one name."""
    return name.startswith(("国务院", "全国", "中共", "中央", "国家"))


_KIND_RANK = {FactKind.ORGANISATION: 0, FactKind.PERSON: 1, FactKind.PLACE: 2}


def _merged(tagged: list[Hit], ruled: list[Hit]) -> list[Hit]:
    """Non-overlapping names: the rules' first (longest first, then by kind), then the tagger's
    (cleaned by ``_tag_cleaned``) where no rule found a name. A rule's name inside an
    organisation the tagger found is part of it (中国 and 全国人大 in 中国大使馆 and
    全国人大常委会): the gazetteers know the short names, the tagger where the longer ends."""
    orgs = Cover(h for h in tagged if h.kind is FactKind.ORGANISATION)
    spans = {(h.start, h.end) for h in tagged}
    ruled = [h for h in ruled if (h.start, h.end) in spans or not orgs.covers(h.start, h.end)]
    ruled_ids = {id(h) for h in ruled}
    return greedy(
        tagged + ruled,
        rank=lambda h: (id(h) not in ruled_ids, h.start - h.end, _KIND_RANK[h.kind], h.start),
    )


def _tag_cleaned(folded: str, hit: Hit) -> list[Hit]:
    """A tagged name as the facts list it: no credit tail (兰红光摄) or title (卡多佐夫人), a
    foreign name whole (切尔诺梅尔金), a run of names
    split (李鹏乔石 → 李鹏, 乔石), one character only before a title (江主席)."""
    if hit.kind is FactKind.PLACE:
        return _tagged_place(folded, hit)
    if hit.value[-1] in _BUILDINGS and len(hit.value) >= 3 and _tag_ok(hit.value):
        return [_building(hit)]
    if hit.kind is not FactKind.PERSON:
        hit = _without_reporter(folded, _place_made_whole(folded, _after_clause_verb(_title_cut_off(folded, hit))))
        named = _tag_ok(hit.value) and not _generic_org(hit.value) and not _place_and_word(hit.value) \
            and not _kind_counted(hit.value) and hit.value not in _FORMER_TITLES
        return [hit] if named and not _is_quoted(folded, hit.start, hit.end) else []
    if _PLACE_AFTER.match(folded, hit.end):
        return [Hit(FactKind.PLACE, hit.start, hit.end, hit.value)]  # 特维尔(Tver)地区: Tver
    hit = _transliterated_whole(folded, hit)
    name = _TITLE_TAIL.sub("", _CREDIT_TAIL.sub("", hit.value))
    if len(name) == 1:
        single = name in lx.SURNAMES and folded[hit.end : hit.end + 3].startswith(lx.HIGH_TITLES)
        return [Hit(FactKind.PERSON, hit.start, hit.end, name)] if single else []
    if len(name) > 4 and "·" not in name and not _transliterated(name):
        return _split_names(hit.start, name)
    trimmed = _person_trimmed(folded, Hit(FactKind.PERSON, hit.start, hit.start + len(name), name))
    return [trimmed] if trimmed and _tag_ok(trimmed.value) and not _preposition_and_word(name) else []


def _tagged_place(folded: str, hit: Hit) -> list[Hit]:
    """A tagged place as the facts list it: a one-character place after the verb it makes one
    word with (反华, 抗日: People's Daily marks the place, OntoNotes the word), a place of two
    levels as two, none where the name runs on into a word."""
    if hit.value in lx.PLACE_ABBREVIATIONS:
        return [hit]
    if len(hit.value) == 2 and hit.value[0] in _TOWARDS and hit.value[1] in lx.PLACE_ABBREVIATIONS:
        return [Hit(FactKind.PLACE, hit.start + 1, hit.end, hit.value[1])]
    if _place_runs_on(folded, hit):
        return []
    if _tag_ok(hit.value) and _place_like(hit.value):
        return [Hit(FactKind.PLACE, a, b, _place_value(folded[a:b])) for a, b in _levels(hit)]
    return []


def _place_runs_on(folded: str, hit: Hit) -> bool:
    """A tagged place whose suffix is the first character of a word (知悉市|民, 感谢市民), or
    that ends in a generic word (大型屋苑): no place."""
    after, name = folded[hit.end : hit.end + 1], hit.value
    citizens = name[-1] == "市" and after == "民" and name[:-1] not in lx.PLACES  # 武汉市|民盟 stays
    return bool(after) and after in _NOT_PLACE_AFTER.get(name[-1], "") or citizens or name[-2:] in lx.NOT_PLACE_TAILS


def _word_after_three(folded: str, hit: Hit) -> bool:
    """A Chinese name of four whose last character and the next make a verb or a time word in
    jieba's dictionary (李家超深|夜, 农融率|领 is three): a name of three and that word."""
    name = hit.value
    if len(name) != 4 or name[:2] in lx.COMPOUND_SURNAMES or not _looks_like_name(name[:3]) or _transliterated(name):
        return False
    pair = folded[hit.end - 1 : hit.end + 1]
    return len(pair) == 2 and one_word(pair, ("v", "t", "vn"))


def _building(hit: Hit) -> Hit:
    """A tagged name ending like an estate or its block (宏志阁, 宏福苑) as a place, without a
    preposition run into it (于|宏昌阁)."""
    start = hit.start + (1 if hit.value[0] in lx.FUNCTION_CHARS and len(hit.value) >= 4 else 0)
    return Hit(FactKind.PLACE, start, hit.end, hit.value[start - hit.start :])


_BUILDINGS = frozenset("苑邨阁")
"""Endings of Hong Kong's estates and their blocks (宏福苑, 宏志阁, 广福邨), which the tagger
reads as given names."""


def _title_cut_off(folded: str, hit: Hit) -> Hit:
    """食药署副署长林金富: the tagger ends the body inside the title after it (食药署副署), or
    runs it into the title (美国商务部长); the title repeats the body's last character (署长 of
    食药署, 部长 of 教育部)."""
    if hit.value.endswith(_HEADS_TITLES) and len(hit.value) >= 4:  # 美国商务部长雷蒙多: 美国商务部
        return Hit(hit.kind, hit.start, hit.end - 1, hit.value[:-1])
    if hit.value.endswith(_MEMBERS_TITLES) and len(hit.value) >= 4:  # 國民黨立委徐巧芯: 国民党
        return Hit(hit.kind, hit.start, hit.end - 2, hit.value[:-2])
    match = _BODY_THEN_TITLE.fullmatch(hit.value)
    if match is None or folded[hit.end : hit.end + 1] != "长" or match["title"][-1] != match["body"][-1]:
        return hit
    end = hit.start + len(match["body"])
    return Hit(hit.kind, hit.start, end, folded[hit.start : end])


_HEADS_TITLES = ("部长", "局长", "署长", "厅长")
"""A body's head the tagger ran into the body's name (美国商务部长): the body ends before 长."""
_MEMBERS_TITLES = ("立委", "主委", "总召")
"""Taiwan's titles a body's name is run into (國民黨立委, 環保署主委, 黨團總召): the body ends before them."""
_FORMER_TITLES = frozenset(("前立委", "前主委", "前总召"))
"""A former member's title (前立委蔡正元), no body."""
_BODY_THEN_TITLE = re.compile(r"(?P<body>.{2,}?)(?P<title>(?:常务)?副?.)")


def _after_clause_verb(hit: Hit) -> Hit:
    """政府指屋宇署, 乘客可获香港铁路有限公司: a report's subject and a one-character verb the
    tagger ran into the organisation after them (Hong Kong's reports say 指, 获 and 促 where
    the mainland's say 表示, 获得 and 敦促); the organisation is what follows the verb, also when
    the walk back stopped before the subject (獲香港鐵路有限公司). The verb must be a word of its
    own (防汛抗旱指挥部 keeps its 指挥, 獲嘉縣 its 獲)."""
    words = pos_tagger().tag(hit.value) if len(hit.value) >= 6 else []
    at, cut = 0, 0
    for word, _tag in words[:-1]:
        at += len(word)
        if word in _CLAUSE_VERBS and len(hit.value) - at >= 3:
            cut = at
    return Hit(hit.kind, hit.start + cut, hit.end, hit.value[cut:]) if cut else hit


_CLAUSE_VERBS = frozenset("指称获向促斥令请被任")


def _place_made_whole(folded: str, hit: Hit) -> Hit:
    """軍澳中心: a name the tagger began inside a known place, taking its first character or two
    for a function word (将 of 将军澳), begins with that place."""
    for back in (1, 2):
        start = hit.start - back
        if start >= 0 and any(folded[start : start + size] in lx.PLACES for size in range(back + 2, back + 5)
                              if size - back <= len(hit.value)):
            return Hit(hit.kind, start, hit.end, folded[start : hit.end])
    return hit


_PLACE_AFTER = re.compile(r"\s*(?:[(（][A-Za-z .'-]+[)）])?\s*(?:地区|州|省)")
"""What makes a name spelt by sound a place, not a person (特维尔(Tver)地区)."""


def _levels(hit: Hit) -> list[tuple[int, int]]:
    """A tagged place of two levels (安丘市召忽镇, 山东省青州市) as the two places, as
    People's Daily's and OntoNotes' gold mark them; other places whole. A shop's address
    (永康区砲校门市, 彰化县社头乡金佳旺门市: 门市 is a shop) gives its places, not the shop."""
    if hit.value[-2:] in lx.NOT_PLACE_TAILS:
        return [(hit.start + a, hit.start + b) for a, b in _address_levels(hit.value)]
    match = _TWO_LEVELS.match(hit.value)
    if match is None:
        return [(hit.start, hit.end)]
    middle = hit.start + match.end(1)
    return [(hit.start, middle), (middle, hit.end)]


def _address_levels(address: str) -> list[tuple[int, int]]:
    """The places an address opens with, one per level (彰化县|社头乡), before what is no place."""
    spans, at = [], 0
    while match := _LEVEL.match(address, at):
        spans.append((at, match.end()))
        at = match.end()
    return spans


_LEVEL = re.compile(r"[^\W\d]{2,4}?(?:自治区|自治州|省|(?<!门)市|县|区|乡|镇)")


_TWO_LEVELS = re.compile(r"([^\W\d]{2,4}?(?:自治区|自治州|省|市|县|区))[^\W\d]{2,4}(?:街道|[市县区镇乡村])$")


def _person_trimmed(folded: str, hit: Hit) -> Hit | None:
    """A person found by the tagger or a rule, without a preposition run into it; None if
    it does not look like a name."""
    start = hit.start + (1 if _led_by_function_char(hit.value) else 0)
    end = hit.end + (1 if hit.end - start == 2 and _ends_before_speech(folded, start) else 0)
    end -= 1 if end - start == 3 and _bites_a_verb(folded, start, end) else 0
    name = folded[start:end]
    if folded[start - 1 : start + 1] in lx.VERBS:
        return None  # 到任故宫院长: the surname is a verb's last character (to take up a post)
    return Hit(FactKind.PERSON, start, end, name) if _person_like(name) and not _in_idiom(folded, start) else None


def _bites_a_verb(folded: str, start: int, end: int) -> bool:
    """Whether a name of three ends with the first character of the verb after it, as jieba
    reads it: 王明|提及 and 陳生|提及 were 王明提 and 陳生提 (刘德华|表示 stays whole)."""
    if folded[end - 1 : end + 1] not in _SAID and folded[end - 1 : end + 1] not in lx.SPEECH_VERBS:
        return False
    words = pos_tagger().tag(folded[start : end + 2])
    return len(words) >= 2 and words[0][0] == folded[start : end - 1] and words[0][1].startswith("nr")


_SAID = frozenset(("提及", "提到", "提出", "表明", "指称", "称赞", "表态"))
"""Verbs of saying, besides ``SPEECH_VERBS``, whose first character the tagger takes into a name
of two before them (王明|提及, 陈生|提到): cut off only where jieba reads the two before it as a
name, as a name of three may end in that character too."""


def _preposition_and_word(name: str) -> bool:
    """向公众, 向媒体, 于明日, 向首届: a preposition that is also a surname, before a word jieba's
    dictionary knows as a common noun, a time or a numeral, is no one the tagger or a title
    found (记者于海生, a name after a credit word, stays)."""
    return len(name) == 3 and name[0] in _PREPOSITIONS and one_word(name[1:], ("n", "t", "vn", "m"))


_PREPOSITIONS = frozenset("向于在")


def _led_by_function_char(name: str) -> bool:
    """A preposition the tagger ran into the name before it (在向小平同志汇报, 如小平同志):
    a first character that is a function word and no surname, or whose rest is a known person."""
    first, rest = name[0], name[1:]
    return (
        len(name) == 3
        and first in lx.FUNCTION_CHARS
        and (first not in lx.SURNAMES or "P" in known_names().get(rest, ""))
    )


def _person_like(name: str) -> bool:
    """A person's name is written in Chinese or Latin letters (and middle dots), and does not
    end in the particle 的 or 地 (高兴地说 is no one) nor, in two characters, in the locative 里 (宫里的上元节:
    in the palace), nor is it an acronym (BBC中文记者) or a
    word for anyone (任何人, 有人)."""
    return bool(_PERSON_NAME.fullmatch(name)) and name[-1] not in "的地" and not _ACRONYM.fullmatch(name) \
        and not (len(name) == 2 and name[1] == "里" and name[0] in _PLACE_NOUNS) \
        and name not in lx.ANYONE and not name.startswith(_NOT_PEOPLE) and not _surname_then_word(name)


_PLACE_NOUNS = frozenset("宫家城村乡厂店园院屋校楼镇营")
"""Nouns of a place that 里 after makes "in the …" (宫里, 城里), none of them a surname's usual
company in a two-character name (万里 and 特里 are people)."""


def _surname_then_word(name: str) -> bool:
    """郭透露, 李之後: a surname and a speech verb or a word of time is someone named by surname
    alone (郭 透露…, 李 之後…), no full name. Given names jieba reads as other words stay
    (傅全有, 胡文和, 邹多为, 張念中), so only these closed lists count."""
    return len(name) == 3 and name[0] in lx.SURNAMES and (name[1:] in lx.SPEECH_VERBS or name[1:] in _TIME_AFTER)


_TIME_AFTER = frozenset({"之后", "以后", "之前", "以前", "以来", "之间", "当时", "此后", "随后"})


def _in_idiom(folded: str, start: int) -> bool:
    """张牙|舞爪, 张牙舞爪: a four-character idiom opening with a surname holds no one."""
    text = folded[start : start + 4]
    return len(text) == 4 and text[0] in lx.SURNAMES and one_word(text, ("i", "l"))


_NOT_PEOPLE = tuple(lx.NOT_PEOPLE)
_PERSON_NAME = re.compile(rf"[{_CJK}A-Za-z·-]+")
_ACRONYM = re.compile(r"[A-Z]{2,}")


def _transliterated_whole(folded: str, hit: Hit) -> Hit:
    """A foreign name the tagger found a piece of (切尔诺|梅尔金, 班汉|·西巴阿差), whole: a
    piece spelt by sound runs on over the sound characters after it, and any piece over a
    middle dot to the name on its other side."""
    start, end = hit.start, hit.end
    while folded[start - 1 : start] == "·" and start >= 2 and folded[start - 2] in lx.TRANSLITERATION:
        start -= 1
        while start > 0 and folded[start - 1] in lx.TRANSLITERATION:
            start -= 1
    if _transliterated(folded[start:end]) or folded[end : end + 1] == "·":
        end = _transliteration_end(folded, end)
    return hit if (start, end) == (hit.start, hit.end) else Hit(FactKind.PERSON, start, end, folded[start:end])


def _transliterated(name: str) -> bool:
    """A name of two characters or more spelt wholly by sound, parts joined by middle dots."""
    parts = name.split("·")
    return len(name) >= 2 and all(p and all(c in lx.TRANSLITERATION for c in p) for p in parts)


def _transliteration_end(folded: str, at: int) -> int:
    """Where a run of sound characters and middle dots starting at ``at`` ends: before a
    title, a verb or a character of another kind (布什|夫人, 切尔诺梅尔金|特使)."""
    i = at
    while i < len(folded) and i - at < 12:
        if folded[i] == "·":
            if folded[i + 1 : i + 2] not in lx.TRANSLITERATION or not folded[i + 1 : i + 2]:
                break
        elif folded[i] not in lx.TRANSLITERATION or _stops_name(folded, i):
            break
        i += 1
    return i


def _stops_name(folded: str, at: int) -> bool:
    """A title, a speech verb or a verb starts at ``at`` (or 夫人, 本人): no name runs over it."""
    ahead = folded[at : at + 3]
    return ahead[:2] in _AFTER_NAMES or ahead.startswith(_stop_words())


_AFTER_NAMES = frozenset(("夫人", "本人", "本身", "本来", "本想"))
"""Words that follow a name and open with a sound character (伊万诺夫|本人, 布什|夫人)."""


@lru_cache(maxsize=1)
def _stop_words() -> tuple[str, ...]:
    """Titles, speech verbs and verbs of two characters or more: where a sound-spelt name ends."""
    words = lx.PERSON_TITLES | lx.TITLES_BEFORE_NAMES | lx.LATER_TITLES_BEFORE_NAMES | lx.VERBS | frozenset(lx.SPEECH_VERBS)
    return tuple(w for w in words if len(w) >= 2)


def _place_and_word(name: str) -> bool:
    """A known place and a word that ends like an organisation but is none (法国|政局)."""
    return name[-2:] in lx.NOT_ORGS and name[:-2] in lx.PLACES


def _generic_org(name: str) -> bool:
    """No organisation's own name: a body named by its kind (人大 alone, a field's departments
    such as 统战部门, which some training sets tag as organisations and People's Daily's does
    not), an agreement's acronym (RCEP), a pair of one-character places (中欧), or a firm's
    department named by what it does (财务部, 公司业务部)."""
    return (
        name in lx.GENERIC_ORGS or name.endswith("部门") or name in lx.AGREEMENTS or _two_places(name)
        or _FIRM.sub("", name) in lx.DEPARTMENTS
    )


_FIRM = re.compile("^(?:总?公司|集团|本厂|该厂)")


def _two_places(name: str) -> bool:
    """Two places written as one character each (中欧|班列, 中老): a pair, no organisation."""
    ones = lx.PLACE_ABBREVIATIONS | set(lx.PROVINCE_ABBREVIATIONS)
    return len(name) == 2 and name[0] in ones and name[1] in ones


def _place_like(name: str) -> bool:
    """A tagged place of three characters or more is a known name, ends like a place, or is
    spelt wholly by sound (马尼拉): foreign cities rarely end in a suffix."""
    return (
        len(name) <= 2
        or _known_place(name)
        or name.endswith(_PLACE_ENDINGS)
        or _transliterated(name)
    )


_PLACE_ENDINGS = tuple("市省县区镇乡村州国岛山河湖江海洋湾港路街道城园峡谷岭原盆地洲") + ("地区", "半岛")


def _split_names(start: int, run: str) -> list[Hit]:
    """A run of names with no separator (李鹏乔石李瑞环), cut into known names, or else into
    two or three characters from one surname to the next; nothing if it does not cut."""
    hits, at = [], 0
    while at < len(run):
        length = _next_name(run, at)
        if not length:
            return []
        hits.append(Hit(FactKind.PERSON, start + at, start + at + length, run[at : at + length]))
        at += length
    return hits


def _next_name(run: str, at: int) -> int:
    """The length of the name starting at ``at`` in a run of names, or 0."""
    known = known_names()
    for n in (4, 3, 2):
        if at + n <= len(run) and "P" in known.get(run[at : at + n], ""):
            return n
    if run[at] not in lx.SURNAMES:
        return 0
    for n in (3, 2):
        rest = len(run) - at - n
        if rest == 0 or rest >= 2 and run[at + n] in lx.SURNAMES:
            return n
    return 0


def _tag_ok(name: str) -> bool:
    """A tagged name of two characters or more that is no generic word."""
    return len(name) >= 2 and not _generic_place(name) and not _NOT_NAME.search(name)


def _generic_place(name: str) -> bool:
    """社区, 开发区, 全市, and a kind of place sized or pointed at (大城市, 各地区, 小城镇)."""
    return name in lx.GENERIC_PLACES or name[0] in _SIZES and name[1:] in _SIZED_KINDS


_SIZES = frozenset("大小各该本全整这那某")
_SIZED_KINDS = frozenset(("城市", "都市", "城镇", "乡镇", "农村", "乡村", "地区", "社区", "小区", "市区", "城区", "郊区", "山区"))
"""Kinds of place a size or a pointer goes with (大城市, 各地区) as a plain noun; not 湾区, as
大湾区 is the Greater Bay Area."""


_NOT_NAME = re.compile(r"^[\d\W]|[，。、；：！？“”《》()（）,;:!?\"丨｜]")


def _unnested(folded: str, hits: list[Hit]) -> list[Hit]:
    """Drop places and people inside an organisation's mention (中国 in 中国共产党), and people
    inside a place's (安新 in 雄安新区) or named as a place found in the same text (安新, the
    county 安新县 said short, read once as a person and then found at every 安新), unless a
    title stands before them somewhere (吴江区区长吴江: the head of 吴江区 is named 吴江)."""
    orgs = Cover(h for h in hits if h.kind is FactKind.ORGANISATION)
    places = [h for h in hits if h.kind is FactKind.PLACE]
    in_place, place_names = Cover(places), {h.value for h in places}
    titled = {h.value for h in hits if h.kind is FactKind.PERSON and _after_title(folded, h.start)}
    return [
        h for h in hits
        if (h.kind is FactKind.ORGANISATION or not orgs.covers(h.start, h.end))
        and not (h.kind is FactKind.PERSON and (in_place.covers(h.start, h.end) or _placelike_person(h.value, place_names, titled)))
    ]


def _placelike_person(name: str, place_names: set[str], titled: set[str]) -> bool:
    """Whether ``name``, never found after a title, is a found place's, or that place's without
    its level (安新 of 安新县)."""
    return name not in titled and (name in place_names or any(name + level in place_names for level in _ADMIN))


# ---- Places


def _places(folded: str, tagged: list[Hit]) -> list[Hit]:
    """Gazetteer names, then suffix-made names that start at a boundary or after a place,
    unless the tagger found another name over them (as for organisations)."""
    hits = _autonomies(folded)
    whole = Cover(hits)
    listed = [_with_feature(folded, _place_hit(m)) for m in _gazetteer().finditer(folded) if _place_ok(m)]
    hits += [h for h in listed if not whole.overlaps(h.start, h.end)]
    hits += _paired(folded, Cover(hits))
    allowed = _left_by(tagged)
    hits += [h for h in _one_character_places(folded, Cover(hits)) if allowed(h.start, h.end)]
    hits += [h for h in _counted_places(folded, Cover(hits)) if allowed(h.start, h.end)]
    known, ends, reach = Cover(hits), {h.end for h in hits}, -1
    for match in _suffixed().finditer(folded):
        start, end = match.start(1), match.end(1)
        if (
            start >= reach
            and not known.overlaps(start, end)
            and _suffix_place_ok(folded, start, end, ends)
            and allowed(start, end)
            and not _level_word(folded, start, end)
            and not _described_region(match.group(1))
        ):
            hits.append(Hit(FactKind.PLACE, start, end, _place_value(match.group(1))))
            ends.add(end)
            reach = end
    return hits


def _autonomies(folded: str) -> list[Hit]:
    """昌吉回族自治州, 湘西土家族苗族自治州, 大厂回族自治县: a minority's autonomous prefecture,
    county or banner as one place, valued by its own name (昌吉), as news corpora mark it; the
    tagger cut them at the people's name (昌吉 and 族自治州). A province before it is not part of
    it (新疆昌吉回族自治州)."""
    hits = []
    for match in _AUTONOMY.finditer(folded):
        start, stem = match.start(), match["stem"]
        lead = len(stem) - len(stem.lstrip(_BEFORE_PLACES))  # 距|克孜勒苏柯尔克孜自治州98公里
        start, stem = start + lead, stem[lead:]
        province = next((p for p in lx.PROVINCES if stem.startswith(p) and len(stem) - len(p) >= 2), "")
        start, stem = start + len(province), stem[len(province) :]
        hits.append(Hit(FactKind.PLACE, start, match.end(), stem))
    return hits


_BEFORE_PLACES = "距在于从到至赴往设属与和及的对向"
"""Prepositions and verbs a place comes after, never the first character of an autonomous area."""
_PEOPLES = (
    "土家|布依|朝鲜|哈尼|傈僳|拉祜|东乡|纳西|景颇|达斡尔|仫佬|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|德昂|保安|裕固"
    "|独龙|鄂伦春|赫哲|鄂温克|基诺|门巴|珞巴|塔吉克|塔塔尔|乌孜别克|回|藏|彝|苗|壮|满|侗|瑶|白|傣|黎|佤|畲|羌|土|水|怒"
)
_AUTONOMY = re.compile(
    rf"(?P<stem>(?:(?![省市县区州的和与及在])[\u4e00-\u9fff]){{2,6}}?)"
    rf"(?:(?:{_PEOPLES})族|维吾尔族?|哈萨克族?|蒙古族?|柯尔克孜族?)+自治(?:州|县|旗)"
)
"""The 55 minorities' names, as autonomous areas are named after them (without 族 for the four
that often drop it)."""


def _described_region(name: str) -> bool:
    """贫困山区, 边远山区, 革命老区, 东南亚无核区: a kind of region said of what it is like, no
    place's name (大别山区 stays)."""
    return any(name.endswith(kind) and (name == kind or name[: -len(kind)] in _REGION_WORDS) for kind in _REGION_KINDS)


_REGION_KINDS = frozenset({"山区", "老区", "灾区", "林区", "牧区", "库区", "矿区", "无核区", "中立区"})
_REGION_WORDS = frozenset({
    "贫困", "穷困", "边远", "偏远", "偏僻", "边疆", "落后", "荒凉", "广大", "革命", "民族", "少数民族",
    "受灾", "重", "农村", "高寒", "干旱", "深", "老", "新", "各",
})


def _with_feature(folded: str, hit: Hit) -> Hit:
    """东京湾, 台湾海峡, 墨西哥城, 朝鲜半岛, 海南岛: a known place and the bay, strait, city,
    peninsula or island named after it are one place, as news corpora mark them (not
    中国城市, 北京城区, 香港湾仔, 台湾岛内, 日本岛国)."""
    feature = _FEATURE.match(folded, hit.end)
    if feature is None:
        return hit
    end = feature.end()
    return Hit(FactKind.PLACE, hit.start, end, folded[hit.start : end])


_FEATURE = re.compile(r"海峡|湾(?![仔区])|城(?![市乡镇区管建投墙际铁内外中里郊楼])|半岛|群岛|岛(?![屿国内民链])")


def _paired(folded: str, known: Cover) -> list[Hit]:
    """中 and a one-character country side by side before 两国, 关系 … (中墨两国, 泰中关系):
    two places, as news corpora mark them."""
    hits = []
    for match in _pair().finditer(folded):
        start = match.start(1)
        if not known.overlaps(start, start + 2):
            hits += [Hit(FactKind.PLACE, at, at + 1, folded[at]) for at in (start, start + 1)]
    return hits


def _one_character_places(folded: str, known: Cover) -> list[Hit]:
    """Places written as one character where news prose writes them so: listed with 、
    (与亚、欧诸国, 冀、鲁、豫三省) where a name may start, or after a verb of going or being
    somewhere (访华, 驻美, 在京); not where a known name is (华中、华南, 访美国)."""
    hits = []
    for match in _listed_abbreviations().finditer(folded):
        start, end = match.start(), match.end()
        if (_is_boundary(folded[start - 1 : start] or "。") or folded[start - 2 : start] in lx.VERBS) and not known.overlaps(start, end):
            hits += [Hit(FactKind.PLACE, at, at + 1, folded[at]) for at in range(start, end, 2)]
    visited = [Hit(FactKind.PLACE, m.start(), m.end(), m.group()) for m in _visited().finditer(folded)]
    return hits + [h for h in visited if not known.overlaps(h.start, h.end)]


def _counted_places(folded: str, known: Cover) -> list[Hit]:
    """Names listed with 、 before a count of places (郑口、饶阳店两镇, 湖南双牌、资兴、炎陵三县市):
    each is a place. The first starts after a function word or a known place before it."""
    hits = []
    for count in _place_count().finditer(folded):
        match = _counted_list().search(folded, max(count.start() - 40, 0), count.start())
        if match is None:
            continue
        items, at = match["items"].split("、"), match.start("items")
        first = _first_item_start(folded, at, at + len(items[0]), known)
        bounds = [(first, at + len(items[0]))]
        for item in items[1:]:
            start = bounds[-1][1] + 1
            bounds.append((start, start + len(item)))
        hits += [Hit(FactKind.PLACE, a, b, _place_value(folded[a:b])) for a, b in bounds
                 if b - a >= 2 and not known.overlaps(a, b) and not _NOT_IN_PLACE_STEMS & set(folded[a:b])
                 and not _CLAUSE_CHARS & set(folded[a:b])]
    return hits


_CLAUSE_CHARS = frozenset("但让被把却")
"""Characters of a clause, not of a place's name: 反击中国、但不让两国陷入冲突 lists no place 但不让."""


def _first_item_start(folded: str, start: int, end: int, known: Cover) -> int:
    """Where the first name of a list starts: after the last function word or known name."""
    for at in range(end - 2, start - 1, -1):
        if folded[at] in lx.FUNCTION_CHARS or known.overlaps(at, at + 1):
            return at + 1
    return start


@lru_cache(maxsize=1)
def _place_count() -> re.Pattern[str]:
    """A count and a kind of place (三县市, 两镇, 五国), where a list of places may end."""
    return re.compile(r"(?:[两二三四五六七八九十]|\d+)个?(?:省区|县市|地市|[省市县区镇乡村国])")


@lru_cache(maxsize=1)
def _counted_list() -> re.Pattern[str]:
    """Two or more names listed with 、, ending where the search ends (before a count)."""
    item = f"[{_CJK}]{{1,4}}"
    return re.compile(rf"(?P<items>{item}(?:、{item})+)$")


@lru_cache(maxsize=1)
def _listed_abbreviations() -> re.Pattern[str]:
    """Two or more one-character places and nothing else, listed with 、."""
    one = f"[{''.join(sorted(lx.PLACE_ABBREVIATIONS | set(lx.PROVINCE_ABBREVIATIONS)))}]"
    return re.compile(rf"(?<!、){one}(?:、{one})+(?!、)")


@lru_cache(maxsize=1)
def _visited() -> re.Pattern[str]:
    """China or Beijing after a verb of going or being somewhere (来华, 在京, 对华); any
    one-character place after a verb of visiting or being posted (访美, 驻港, 赴日)."""
    places = "".join(sorted(set(lx.COUNTRY_ABBREVIATIONS) | set("港澳台华京沪")))
    return re.compile(rf"(?<=[在对来访驻赴抵进离返])[华京沪]|(?<=[访驻赴抵])[{places}]")


@lru_cache(maxsize=1)
def _pair() -> re.Pattern[str]:
    """中 and a one-character country, in either order, before a word that pairs them."""
    one = f"[{lx.COUNTRY_ABBREVIATIONS}]"
    return re.compile(rf"(?=(中{one}|{one}中)(?:{_alternation(lx.PAIRED_WITH)}))")


@lru_cache(maxsize=1)
def _gazetteer() -> re.Pattern[str]:
    """Known names, each optionally followed by its administrative suffix or a country's
    form of state (墨西哥合众国: one place, valued 墨西哥)."""
    names = _alternation(lx.PLACES)
    suffixes = _alternation((*lx.STRIPPED_PLACE_SUFFIXES, "自治州", "州", "县", "合众国", "共和国", "王国"))
    return re.compile(rf"(?P<name>{names})(?P<suffix>{suffixes})?")


@lru_cache(maxsize=1)
def _suffixed() -> re.Pattern[str]:
    """Two or three characters and a place suffix, at every position (overlapping)."""
    return re.compile(rf"(?=([{_CJK}]{{2,3}}?(?:{_alternation(lx.PLACE_SUFFIXES)})))")


def _place_ok(match: re.Match[str]) -> bool:
    """A name that is also a common word (大同, 朝阳) needs its suffix to count, and a name
    inside a common word (中国 in 发展中国家) is none."""
    if any(_inside(match, word) for word in lx.WORDS_HIDING_PLACES.get(match["name"], ())):
        return False
    return match["name"] not in lx.AMBIGUOUS_PLACES or bool(match["suffix"])


def _inside(match: re.Match[str], word: str) -> bool:
    """Whether the match's name sits inside an occurrence of ``word`` around it."""
    name, text = match["name"], match.string
    for offset in range(len(word) - len(name) + 1):
        if word[offset : offset + len(name)] == name:
            start = match.start() - offset
            if start >= 0 and text[start : start + len(word)] == word:
                return True
    return False


def _place_hit(match: re.Match[str]) -> Hit:
    """A gazetteer match as a place hit valued by its bare name; 台湾市场 is no 台湾市, and
    亚太地区 is the place 亚太 and the word 地区, as news corpora mark it (地区 is no part
    of a name as 省 and 市 are); 香港市民 is 香港's citizens."""
    end, suffix, after = match.end(), match["suffix"], match.string[match.end() : match.end() + 1]
    if suffix == "地区" or suffix and after and after in _NOT_PLACE_AFTER.get(suffix[-1], "") \
            or suffix == "市" and match["name"] in lx.NO_CITIES:
        end = match.end("name")
    return Hit(FactKind.PLACE, match.start(), end, match["name"])


def _suffix_place_ok(folded: str, start: int, end: int, ends: set[int]) -> bool:
    """Plain characters before the suffix, and a boundary, an adverb or a place before them."""
    name = folded[start:end]
    suffix = max(
        (x for x in lx.PLACE_SUFFIXES if name.endswith(x) and len(name) - len(x) >= 2), key=len
    )
    stem = name[: -len(suffix)]
    if _generic_place(name) or any(
        c in lx.FUNCTION_CHARS or c in _NOT_IN_PLACE_STEMS for c in stem
    ):
        return False
    if name[-2:] in lx.NOT_PLACE_TAILS or (stem[0] in "村乡" and suffix in "乡镇村") or stem.endswith(_NOT_PLACE_STEM_ENDS):
        return False
    if len(stem) == 3 and (stem[:2] in lx.VERBS or stem[1:] in lx.VERBS):
        return False
    if stem in lx.VERBS or stem in lx.ADVERBS or stem in lx.PERSON_TITLES or stem[0] in _NOT_PLACE_LEADS \
            or _opens_with_verb(name, stem):
        return False  # 书记|市长: a title before the mayor's, no 书记市
    if stem[0] in "年月日" and folded[start - 1 : start].isdigit():
        return False  # 8日前报乡: the end of a date, no place
    if folded[end : end + 1] and folded[end] in _NOT_PLACE_AFTER.get(suffix, "") or folded[end - 1 : end + 1] == "市民":
        return False
    before = folded[start - 1 : start]
    return (
        not before
        or start in ends
        or _is_boundary(before)
        or before in _NOT_PLACE_LEADS
        or folded[start - 2 : start] in lx.ADVERBS
    )


_NOT_PLACE_STEM_ENDS = ("副", "距离", "之", "委")
"""常务副|市长 (a deputy mayor), 距离|市中心 (the distance to the centre), an epithet (品质之城, 鱼米之乡,
the title 暮光之城), a party committee before its government (省委|省政府, 市委|市政府): no
place's name ends so."""


def _opens_with_verb(name: str, stem: str) -> bool:
    """当城市, 设区市, 援引城, 要助力城: a suffix-made name whose first word jieba reads as a verb,
    preposition, adverb, pronoun or conjunction is a clause, not a place (盐城市 and 晋城市 open
    with a place), unless the place is known by that stem at any level (即墨区: 即墨市)."""
    if name.endswith("县"):
        return False  # a county's name is often a verb to jieba (归信县, 鸟取县)
    words = pos_tagger().tag(name)
    first, tag = words[0]
    opens = tag in _CLAUSE_OPENERS or tag == "t" and len(first) == 1  # 当城市, not 永年区
    return len(words) > 1 and opens and not any(_known_place(stem + level) for level in ("", *_LEVELS_UP))


def _known_place(name: str) -> bool:
    """A place the gazetteer or the tagger's known names hold."""
    return name in lx.PLACES or "L" in known_names().get(name, "")


_LEVELS_UP = ("市", "县", "区", "州", "镇", "乡")


_CLAUSE_OPENERS = frozenset({"v", "vn", "p", "d", "r", "c"})


def _level_word(folded: str, start: int, end: int) -> bool:
    """A suffix-made name that is no place: a region named by its kind (边境地区, 有关地区; a
    known region before 地区 is the gazetteer's), a level of government listed as
    a word (推行乡、村政务公开, 加强乡(镇)村, 镇、村两级) or a common word (解决农村)."""
    name, after = folded[start:end], folded[end : end + 2]
    if name.endswith(("地区", "农村", "乡村")):
        return True
    listed = after[:1] in "、(（" and after[1:2] != "" and after[1:2] in _LEVELS
    return name[-1] in _LEVELS and (listed or after[:1] == "级" or after == "两级")


_LEVELS = "县区镇乡村"


def _place_value(name: str) -> str:
    """The place without 省/市/自治区/地区, when at least two characters remain."""
    for suffix in lx.STRIPPED_PLACE_SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


# ---- Organisations


def _organisations(folded: str, tagged: list[Hit]) -> list[Hit]:
    """Names ending in an organisation suffix, and the few known without one.

    A body known by name that the tagger found opens a suffix's name over it (联合国开发
    计划署). Elsewhere, where the tagger found an organisation the suffix's name overlaps but does not match,
    the tagger's is kept: the walk back from a suffix guesses where a name starts, and
    guesses wrong across datelines, verbs and people (华盛顿新华社, 听取三机部); the tagger
    learnt where names start. Names it did not find at all (江门国际仲裁中心) stay.
    """
    hits = [
        Hit(FactKind.ORGANISATION, m.start(), m.end(), m.group())
        for m in _national().finditer(folded)
        if len(m.group()) > 2 or _whole_words(folded, m.start(), m.end())
    ] + _word_orgs(folded) + _committees(folded)
    known_ends = {h.end for h in hits}
    allowed = _left_by([h for h in tagged if h.value not in lx.NATIONAL_ORGS])
    for match in _org_suffix().finditer(folded):
        if match.end() in known_ends:
            continue  # 新华社 is known whole: what stands before it is the sentence (事新华社)
        hit = _org_at(folded, match.start(), match.end(), match.group())
        hit = hit and _ministry_cut(folded, _title_cut_off(folded, hit))
        hit = hit and _place_made_whole(folded, _after_clause_verb(hit))
        if hit is not None and hit.value not in _FORMER_TITLES and allowed(hit.start, hit.end) and _opened_by_known(hit, match.group(), tagged):
            hits.append(hit)
    return outermost(hits)


def _whole_words(folded: str, start: int, end: int) -> bool:
    """Whether no word of the sentence runs across the start or the end of ``start:end`` (a
    short name, 民进 or 武警, inside others: 全港市民|进行 is no party) without holding it whole
    (民进中央 does)."""
    for word_start, word, _tag in words_in(folded, max(0, start - _WORD_REACH), end + _WORD_REACH):
        word_end = word_start + len(word)
        crosses = word_start < start < word_end or word_start < end < word_end
        if crosses and not (word_start <= start and end <= word_end):
            return False
    return True


_WORD_REACH = 6
"""Characters either side of a short name that its words are read in."""


def _word_orgs(folded: str) -> list[Hit]:
    """Bodies known by a short name (高通, 房协, 彭博) where it stands as a word of its own, not
    inside another (提高通胀, 购房协议, 彭博士)."""
    return [
        Hit(FactKind.ORGANISATION, m.start(), m.end(), m.group())
        for m in _word_org().finditer(folded)
        if _word_starts_at(folded, m.start()) and not _starts_another(folded, m.end(), m.group())
    ]


@lru_cache(maxsize=1)
def _word_org() -> re.Pattern[str]:
    return re.compile(_alternation(lx.WORD_ORGS))


def _word_starts_at(folded: str, start: int) -> bool:
    """Whether jieba, reading a few characters before ``start`` and after, starts a word there."""
    first, at = max(0, start - _AROUND), max(0, start - _AROUND)
    for word, _tag in pos_tagger().tag(folded[first : start + _AROUND]):
        if at >= start:
            break
        at += len(word)
    return at == start


def _starts_another(folded: str, end: int, name: str) -> bool:
    after = folded[end : end + 1]
    return bool(after) and after in lx.WORD_ORGS_NOT_BEFORE.get(name, "")


_AROUND = 4


def _opened_by_known(hit: Hit, suffix: str, tagged: list[Hit]) -> bool:
    """A body known by name that the tagger found leaves a suffix rule's name over it
    standing only where it opens that name, and more than the bare suffix follows it
    (联合国|开发计划署 and 中央电视台|播控中心 are one body each; 联合国|大会, 亚太经合组织|公司
    are not), not where the rule's guess ran back over it. 中共 opens none: Taiwanese news
    names the mainland's bodies after it (中共|外交部, 中共|当局), as OntoNotes marks them."""
    known = [h for h in tagged if h.value in lx.NATIONAL_ORGS and h.start < hit.end and hit.start < h.end]
    return all(h.start == hit.start and hit.end - h.end > len(suffix) and h.value != "中共" for h in known)


def _committees(folded: str) -> list[Hit]:
    """A county's party committee standing alone (随后，县委…; 由县委书记): after a boundary,
    a function word or a verb, and not the start of 委员 or 委会."""
    return [
        Hit(FactKind.ORGANISATION, m.start(), m.end(), m.group())
        for m in _committee().finditer(folded)
        if (m.start() == 0 or _is_boundary(folded[m.start() - 1]) or folded[m.start() - 2 : m.start()] in lx.VERBS)
    ]


@lru_cache(maxsize=1)
def _committee() -> re.Pattern[str]:
    return re.compile(rf"(?:{_alternation(lx.COMMITTEES)})(?![员会])")


def _joint_bodies(folded: str, hits: list[Hit]) -> list[Hit]:
    """Each organisation after a dash and a party, from its first party on: a body the
    parties hold jointly is named by them all (中国—东盟商务理事会, 中国-东盟博览会秘书处),
    where the tagger or a suffix rule finds only the part after the last dash. The parties
    are no names of their own there."""
    parties = {h.end: h.start for h in hits if h.kind is not FactKind.PERSON}
    widened = [_joint_body(folded, h, parties) if h.kind is FactKind.ORGANISATION else h for h in hits]
    joint = Cover(w for w, h in zip(widened, hits, strict=True) if w is not h)
    return [w for w, h in zip(widened, hits, strict=True) if w is not h or not joint.covers(h.start, h.end)]


def _joint_body(folded: str, hit: Hit, parties: dict[int, int]) -> Hit:
    """The organisation ``hit`` widened over the parties joined to it by dashes, if any; a
    known name alone (东盟) is a party itself, not a joint body."""
    start = hit.start
    while start > 1 and folded[start - 1] in _DASHES and hit.value not in lx.NATIONAL_ORGS:
        party = _party_start(folded, start - 1, parties)
        if party is None:
            break
        start = party
    return hit if start == hit.start else Hit(FactKind.ORGANISATION, start, hit.end, folded[start : hit.end])


_DASHES = "—–―-"
_MAX_PARTY = 8


def _party_start(folded: str, end: int, parties: dict[int, int]) -> int | None:
    """Where a party ending at ``end`` starts: a name found there, or a known place or
    organisation (the longest); None if no party ends there."""
    if end in parties:
        return parties[end]
    for start in range(max(end - _MAX_PARTY, 0), end):
        if folded[start:end] in lx.PLACES or folded[start:end] in lx.NATIONAL_ORGS:
            return start
    return None


def _located(hits: list[Hit]) -> list[Hit]:
    """An organisation named after a place within a province, after the province's name,
    as the province and the organisation (河北|故城县纪委, 江苏省|苏州宝碟激光电子有限公司,
    北京市|东城区公证处): the province says where the body is, and is no part of its name,
    as news corpora mark it."""
    found = []
    for hit in hits:
        province = _province_before_place(hit.value) if hit.kind is FactKind.ORGANISATION else 0
        if province:
            found += [Hit(FactKind.PLACE, hit.start, hit.start + province, _place_value(hit.value[:province])),
                      Hit(FactKind.ORGANISATION, hit.start + province, hit.end, hit.value[province:])]
        else:
            found.append(hit)
    return found


def _province_before_place(name: str) -> int:
    """The length of a province's name that opens ``name`` before a place's name within it
    (a known city, or a stem and 市, 县 or 区), with more after that place; else 0."""
    match = _province_then_place().match(name)
    if not match or match.end() == len(name) or match["stem"] and match["stem"] in lx.GENERIC_PLACES:
        return 0
    return match.end("province")


@lru_cache(maxsize=1)
def _province_then_place() -> re.Pattern[str]:
    """A province (with 省, 市 or 自治区), then a city or a stem and its suffix (no level of
    government or committee: 北京市委 is no place 市委市)."""
    provinces = _alternation(lx.PROVINCES)
    cities = _alternation(lx.PLACES - lx.PROVINCES - lx.AMBIGUOUS_PLACES)
    stem = rf"[^{''.join(_ADMIN)}委\W][{_CJK}]{{1,2}}?[市县区]"
    return re.compile(rf"(?P<province>(?:{provinces})(?:省|市|自治区)?+)(?:{cities}|(?P<stem>{stem}))")


def _left_by(tagged: list[Hit]) -> Callable[[int, int], bool]:
    """Whether the tagger leaves a suffix rule's name at ``(start, end)`` standing: it found
    that very name, or no name over it (the tagger's bounds win over a rule's guess)."""
    cover, spans = Cover(tagged), {(h.start, h.end) for h in tagged}
    return lambda start, end: (start, end) in spans or not cover.overlaps(start, end)


@lru_cache(maxsize=1)
def _national() -> re.Pattern[str]:
    """Organisations known by name alone: 国务院, 联合国, 中国共产党."""
    return re.compile(_alternation(lx.NATIONAL_ORGS))


@lru_cache(maxsize=1)
def _org_suffix() -> re.Pattern[str]:
    """Any organisation suffix, longest first."""
    return re.compile(_alternation(lx.ORG_SUFFIXES))


def _org_at(folded: str, start: int, end: int, suffix: str) -> Hit | None:
    """The organisation whose name ends with the suffix at ``start``, if it has one."""
    if folded[end : end + 1] and folded[end] in lx.NOT_ORG_AFTER.get(suffix, "") and not _ministry_title(folded, end, suffix):
        return None
    if len(suffix) == 1 and _TOWNSHIP_AFTER_LEVEL.match(folded, start - 1):
        return None  # 彰化县|社头乡: a county, then a township the suffix opens
    if (
        folded[max(start - 1, 0) : end] in lx.NOT_ORGS
        or folded[max(start - 2, 0) : end] in lx.NOT_ORGS
    ):
        return None
    begin = _after_last_verb(folded, _walk_back(folded, start), start)
    begin = _named_start(folded, begin, start)
    begin = _after_count(folded, begin, start)
    if begin < 0:
        return None
    if pointed := _POINTED.search(folded, max(begin - 2, 0), start):
        begin = max(begin, pointed.end())
        if not _proper_after_pointer(folded[begin:start], folded[begin:end]):
            return None
    begin = _after_even(folded, _after_function_word(folded, begin, start), start)
    begin = _after_reporter(folded, begin, start)
    if _OCCASION.match(folded, begin - 1):
        begin += 1  # 此次|北大荒公司, 9月28日起|…, 一起|重大…: a time or a count of events before the name
    name = _LEADING_TIME.sub("", _LEADING_ORDINAL.sub("", folded[begin:end]))
    begin = end - len(name)
    begin = _past_split_word(folded, begin + _credited_name_before(folded, begin, end), start)
    begin = _after_appointed(folded, begin, start)
    name = folded[begin:end]
    stem = name[: -len(suffix)]
    if len(stem) < 2 and not (stem in _ADMIN and len(suffix) > 1) or _is_quoted(folded, begin, end):
        return None
    if name.startswith(_GENERIC_LEADS) or _generic_org(name) or _GENERIC_INSIDE.search(stem) or _counts(stem, suffix) \
            or _kind_counted(name):
        return None
    return Hit(FactKind.ORGANISATION, begin, end, name)


def _past_split_word(folded: str, begin: int, start: int) -> int:
    """Where a name a suffix rule walked back to inside a word starts: after that word (5月份|易迅网
    gave 份易迅网, 年度|第一次临时股东大会 度第一次临时股东大会); elsewhere at ``begin``. Only
    for the rules' names: jieba splits many a foreign club or firm the tagger found whole
    (费耶诺德, 国米)."""
    if begin == 0 or _is_boundary(folded[begin - 1]):
        return begin
    for at, word, tag in words_in(folded, max(0, begin - _AROUND), start):
        if at < begin < at + len(word):
            return at + len(word) if _common_word(tag) else begin
        if at + len(word) >= begin:
            break
    return begin


def _after_appointed(folded: str, begin: int, start: int) -> int:
    """Where a body named after who was appointed to it starts (陈刚任|雄安新区党工委: 陈刚 was
    made its secretary): after 任, unless 任 opens a place (沧州市任丘市检察院)."""
    at = folded.find("任", begin + 2, min(begin + 4, start))
    if at < 0 or folded[begin] not in lx.SURNAMES or start - at < 3 or _gazetteer().match(folded, at):
        return begin
    return at + 1


def _common_word(tag: str) -> bool:
    """Whether jieba's part of speech is a common word's: a plain noun, verb or preposition a
    name runs into is a word (月份, 年度, 工程); a proper noun, a number or a guess (1人|广华医院
    read as 人广华/nz) is not to be trusted."""
    return tag == "n" or not (tag.startswith("n") or tag in ("x", "eng", "m"))


def _kind_counted(name: str) -> bool:
    """某两家基金公司, 三项电子银行: a kind of body pointed at or counted, which the tagger
    took for a name (not 每: 每日新闻报 is Mainichi Shimbun)."""
    return name.startswith(("某", "各", "该")) or bool(
        _COUNTED.match(name) or _COUNTED_BODIES.fullmatch(name) or _THE_BIG_FEW.search(name))


_THE_BIG_FEW = re.compile(r"(?<![第\d])[\d两三四五六七八九十]大(?![学会厦道街楼队连])(?=[\u4e00-\u9fff])")
"""四大娱乐公司, 韩4大娱乐公司: the big few of a kind, no one body (四大银行; not 五大连池, 三大队,
nor a party's congress, 中共十五大, 民建七大, which ends the name)."""
_COUNTED_BODIES = re.compile(r"[\d两几数多一二三四五六七八九十百]+个?(?:部委|部门|单位)")
"""七部委 (seven ministries together): a count of bodies, as the counts list it."""


def _after_count(folded: str, begin: int, start: int) -> int:
    """Where a name walked back to ``begin`` starts given the counts before its suffix: as it
    was with none; -1 (no name) after a count of a kind of body (两家基金公司, 三项电子银行);
    right after a floor of an address where a known name opens (南楼5层|中国扶贫基金会)."""
    counted = None
    for match in _COUNTED.finditer(folded, begin, start):
        counted = match.end()
    if counted is None:
        return begin
    if folded[counted - 1] == "层" and (_name_opening().match(folded, counted) or _gazetteer().match(folded, counted)):
        return counted
    return -1


def _proper_after_pointer(stem: str, name: str) -> bool:
    """Whether a body after 这个, 那家… is named, not described: it is known by name (那个|国防部长),
    or what stands before its suffix holds a word jieba knows as a name (这个|南京奥体中心,
    spoken) and is not a place alone (这家日本公司: Sony). 这个航运中心, 那家国有银行 and
    哪家银行 describe one; their finds were 个航运中心 and 家国有银行."""
    if _known_place(stem):
        return False
    if name in lx.NATIONAL_ORGS or "O" in known_names().get(name, ""):
        return True
    return any(tag in _PROPER_TAGS for _, tag in pos_tagger().tag(stem)) if stem else False


_PROPER_TAGS = frozenset({"ns", "nr", "nrt", "nrfg", "nt", "nz"})
"""jieba's parts of speech for names: of places, people, bodies and other proper nouns."""


_TOWNSHIP_AFTER_LEVEL = re.compile(r"[省市县区][^\W\d]{2,3}?[乡镇村](?![长民委])")
"""A county's or a district's last character, then a township's name (彰化县|社头乡)."""


def _credited_name_before(folded: str, begin: int, end: int) -> int:
    """How long a credited person's name runs into the body after it (作者：方敏北京大学经济学院教授:
    the writer, then where they work, with nothing between): the name of two or three after a
    colon, when a known place follows it; 0 if none."""
    if folded[begin - 1 : begin] not in ("：", ":"):
        return 0
    for length in (2, 3):
        if end - begin > length + 2 and _looks_like_name(folded[begin : begin + length]) \
                and _gazetteer().match(folded, begin + length):
            return length
    return 0


def _after_function_word(folded: str, begin: int, start: int) -> int:
    """Move ``begin`` past the last word jieba reads as a preposition, conjunction or particle
    before the suffix (儘管|屋宇署, 翻攝自|日本氣象廳, 不管|博彩公司): the walk back stops only
    at function characters, not at such words. Verbs, adverbs and pronouns stay: jieba reads
    them inside too many names (首都 and 自然 are adverbs to it, 之家 a pronoun, 联达 a verb)."""
    at = begin
    for word, tag in pos_tagger().tag(folded[begin:start]) if start - begin >= 3 else ():
        at += len(word)
        if tag in _NOT_IN_NAMES or word in _BEFORE_AND_AFTER:
            begin = at
    return begin


_NOT_IN_NAMES = frozenset({"p", "c", "u", "uj", "ul", "uz", "y"})
_BEFORE_AND_AFTER = frozenset({"之前", "之后", "以前", "以后", "以来", "当中", "之中", "之间", "期间", "此前", "此后"})
"""Words of time and place no name holds (参考之前|观察者网 is 观察者网)."""


def _without_reporter(folded: str, hit: Hit) -> Hit:
    """A tagged organisation from after the reporter the tagger ran it over (澎湃新闻记者致电|…局)."""
    begin = _after_reporter(folded, hit.start, hit.end - 2)
    return hit if begin == hit.start else Hit(hit.kind, begin, hit.end, folded[begin : hit.end])


_REPORTERS_BODIES = frozenset("团站会部证节家")


def _after_reporter(folded: str, begin: int, start: int) -> int:
    """Move ``begin`` past a reporter and what they did (澎湃新闻记者致电|奉贤市场监管局, 记者
    走访|某某公司): a name holds no 记者 before its suffix."""
    at = folded.rfind("记者", begin, start)
    if at < 0 or folded[at + 2 : at + 3] in _REPORTERS_BODIES:
        return begin  # 记者团摄影部, 记者站: the reporters' own body
    after = at + 2
    words = pos_tagger().tag(folded[after:start]) if start - after >= 3 else []
    if words and words[0][1].startswith("v") and len(words[0][0]) <= 2:
        after += len(words[0][0])
    return after if start - after >= 2 else begin


_STATE = ("国家", "中央", "政府", "全国", "联合国", "世界")


def _after_even(folded: str, begin: int, start: int) -> int:
    """连国家旅游局也…, 就连市政府: "even" before a body known by name or a place is no part of
    it; jieba takes that 连 for a surname. 连云港 and 连城县 keep theirs (云港 is no place)."""
    if folded.startswith("连", begin) and begin + 1 < start:
        rest = begin + 1
        if folded.startswith(_STATE, rest) or _name_opening().match(folded, rest) or _gazetteer().match(folded, rest):
            return begin + 1
    return begin


def _counts(stem: str, suffix: str) -> bool:
    """派出4部, 没买过一部, 赛10局, 两室两厅: a suffix that is also a measure word, right after a
    number, counts films, phones, fire engines, games or rooms; it names no body (温江五医院 does)."""
    return suffix in _MEASURES and (stem[-1:].isdigit() or stem[-1:] in _NUMERALS)


_MEASURES = frozenset(("部", "局", "网", "台", "社", "队", "组", "团", "厅", "室"))
_NUMERALS = frozenset("一二两三四五六七八九十百千万亿几数多")


def _named_start(folded: str, begin: int, start: int) -> int:
    """Where the walk back from a suffix ran over words before the name (遗愿化宏图|中国航空
    工业总公司, 库克|人民日报国际部: a headline or a list with no mark between), the name
    starts at the first 中国, 中华, 中共 or body known by name in it, unless a place stands
    before that (北京中国国际展览中心: the place is part of the name); else at ``begin``."""
    match = _name_opening().search(folded, begin, start)
    if match is None or _gazetteer().search(folded, begin, match.start()):
        return begin
    if folded[begin : match.start()].endswith(("大学", "学院", "研究院", "科学院")):
        return begin  # a parent body: 中央财经大学中国银行业研究中心 is one name
    return match.start()


@lru_cache(maxsize=1)
def _name_opening() -> re.Pattern[str]:
    return re.compile(_alternation(lx.NATIONAL_ORGS | {"中国", "中华", "中共"}))


def _ministry_cut(folded: str, hit: Hit) -> Hit:
    """A ministry named by its minister's title is its two-character field and 部, after a
    country's name or a wider field if one stands right before it (俄罗斯国防部长, 国防情报
    部长); the walk back ran over whatever else stood there (派遣|外交部长, 两个|国防部长)."""
    if not (folded[hit.end - 1 : hit.end] == "部" and _ministry_title(folded, hit.end, "部")):
        return hit
    lead = hit.value[:-3]
    if not lead or lead in _FIELDS or _gazetteer().fullmatch(lead) or lead.endswith(("共和国", "王国", "联邦")):
        return hit
    return Hit(hit.kind, hit.end - 3, hit.end, hit.value[-3:])


_FIELDS = frozenset({
    "国防", "外交", "财政", "内政", "司法", "经济", "国家", "对外", "工业", "农业", "商业", "贸易", "交通", "文化", "教育",
})
"""Fields a ministry's name may hold before its last two characters (国防|情报部)."""


def _ministry_title(folded: str, end: int, suffix: str) -> bool:
    """A minister's title run into the ministry's name (国防部长迟浩田, 法国外交部长): the
    ministry is named there, as MSRA marks it (国防部 and 外交部, 8 times of 8 before a name),
    but not in a meeting or rank of ministers (财政部长会议, 部长级) nor before a word of the
    sentence (统战部长均由)."""
    named = bool(_MINISTER_NAMED.match(folded, end + 1)) and folded[end + 1] not in lx.FUNCTION_CHARS
    return suffix == "部" and folded[end : end + 1] == "长" and named


_MINISTER_NAMED = re.compile(rf"[{_CJK}](?<![会级们助])")


def _walk_back(folded: str, start: int) -> int:
    """The start of the run of name characters before ``start``, stopped by function words
    (but not by the 和 of 共和国: 中华人民共和国国务院 is one name), by a date and by the end
    of a dateline (本报北京4月15日讯|最高人民法院)."""
    i = start
    while i > 0 and start - i < _MAX_ORG and _NAME_CHARS.match(folded[i - 1]):
        if folded[i - 1] in lx.FUNCTION_CHARS and folded[i - 2 : i + 1] != "共和国":
            break
        if folded[i - 2 : i] in _DATELINE_ENDS or _DATE_END.match(folded, max(i - 2, 0), i) \
                or _PEOPLE_COUNT.match(folded, max(i - 2, 0), i):
            break
        i -= 1
    return i


_DATELINE_ENDS = frozenset({"日讯", "日电", "报讯", "社讯", "社电"})
_DATE_END = re.compile(r"[\d〇零一二三四五六七八九十][年月日]")
"""The end of a date: no name runs back over one (1995年11月|主持公司)."""
_PEOPLE_COUNT = re.compile(r"[\d两几一二三四五六七八九十][人名岁]")
"""A count of people or an age: no name runs back over one (1人|广华医院, 37岁|驻守…)."""


def _after_last_verb(folded: str, begin: int, start: int) -> int:
    """Move ``begin`` past the last verb or adverb before ``start`` (开设江门国际仲裁中心),
    also one the walk back stopped inside (其|中内蒙古音像出版社: 其 is a function word)."""
    for i in range(start - 2, max(begin - 2, -1), -1):
        pair = folded[i : i + 2]
        if pair in lx.VERBS or pair in lx.ADVERBS or pair in lx.ACTS:
            return i + 2
    return begin


def _is_quoted(folded: str, start: int, end: int) -> bool:
    """A quoted term (“涉侨纠纷调解中心”) is a slogan, not an organisation."""
    return folded[start - 1 : start] in ("“", "「") and folded[end : end + 1] in ("”", "」")


# ---- People


def _people(folded: str, article: Article, others: list[Hit], tagged: list[Hit]) -> list[Hit]:
    """Names after credit words and next to a title, unless a place or organisation."""
    cover = Cover(others)
    titled = _after_titles(folded, tagged)
    found = _after_cues(folded) + _titled(folded) + titled + _clause_subjects(folded)
    trimmed = [_person_trimmed(folded, h) for h in found]
    places = [h for h in others if h.kind is FactKind.PLACE]
    return [h for h in trimmed if h and (not cover.overlaps(h.start, h.end) or h in titled and _opens_with_a_place(h, others, places))]


_A_PLACES_WORD_END = frozenset("人队族籍方军语产货企版式系裔政府民侨商")
"""What after a place's name makes a word of it (韩国人, 法国队), not a given name's character."""


def _opens_with_a_place(person: Hit, others: list[Hit], places: list[Hit]) -> bool:
    """立法院長韓國瑜: a name after a title that a place's name opens (韓國, Korea) and one character
    ends, a surname first; the place is none there."""
    inside = [h for h in others if h.start < person.end and person.start < h.end]
    return len(person.value) == 3 and person.value[0] in lx.SURNAMES and person.value[2] not in _A_PLACES_WORD_END and bool(inside) \
        and all(h in places and h.start == person.start and h.end == person.end - 1 for h in inside)


def _clause_subjects(folded: str) -> list[Hit]:
    """卢卡申科今天表示, 据报道，基里延科昨天会见: a name of three characters or more spelt
    wholly by sound that opens a clause, before a time word, a speech verb or 在, is a
    person, unless it is a known place (卢萨卡今天宣布)."""
    hits = []
    for match in _CLAUSE_OPEN.finditer(folded):
        at = match.end()
        end = _transliteration_end(folded, at)
        name = folded[at:end]
        if len(name) < 3 or not _subject_follows(folded, end) or name in lx.PLACES:
            continue
        if "L" not in known_names().get(name, ""):
            hits.append(Hit(FactKind.PERSON, at, end, name))
    return hits


_CLAUSE_OPEN = re.compile(r"(?:^|(?<=[，。；：！？,;:!?\n“「]))")


def _subject_follows(folded: str, end: int) -> bool:
    """A time word, a speech verb or 在 after a clause's first word: it is the subject."""
    after = folded[end : end + 2]
    return after in lx.ADVERBS or after in lx.SPEECH_VERBS or after[:1] in lx.SPEECH_VERBS or after[:1] == "在"


def _after_titles(folded: str, tagged: list[Hit]) -> list[Hit]:
    """国家主席习近平, 总统拜登: the name right after a title, as tagged or surname-first.

    A title is a cue the tagger may miss: a name before a military rank wins (the tagger
    runs 马坦戈少将 into 马坦戈少), then the tagged person starting there, else a known
    surname and one character when a boundary or a verb follows, or two.
    """
    starts = {h.start: h for h in tagged if h.kind is FactKind.PERSON}
    hits = []
    for match in _title_before().finditer(folded):
        at = match.end()
        if _place_after_place(folded, at):
            continue
        ranked = _ranked_name(folded, at)
        if ranked or at in starts:
            hits.append(ranked or starts[at])
            continue
        length = 2 if _name_ends(folded, at + 2) else 3
        name = folded[at : at + length]
        if _preposition_and_word(name) or _word_runs_out_of(folded, at, at + length):
            continue
        if _looks_like_name(name):
            hits.append(_transliterated_whole(folded, Hit(FactKind.PERSON, at, at + length, name)))
            continue
        end = _transliteration_end(folded, at)
        if end - at >= 2 and _name_ends(folded, end):
            hits.append(Hit(FactKind.PERSON, at, end, folded[at:end]))
    return hits


@lru_cache(maxsize=1)
def _title_before() -> re.Pattern[str]:
    """A title that stands before a name: 主席, 总统, 外长, 发言人, 记者."""
    return re.compile(_alternation(lx.TITLES_BEFORE_NAMES | lx.LATER_TITLES_BEFORE_NAMES))


def _ends_before_speech(folded: str, at: int) -> bool:
    """会长黄家和表示: three characters right before a speech verb, the last a function character
    a given name may end in (和, 之), are the name, not a name of two and a conjunction."""
    return (folded[at + 2 : at + 3] in _GIVEN_FUNCTION_CHARS and folded.startswith(lx.SPEECH_VERBS, at + 3)
            and _looks_like_name(folded[at : at + 2]))


_GIVEN_FUNCTION_CHARS = frozenset("和之")


def _name_ends(folded: str, end: int) -> bool:
    """Whether a name may end at ``end``: a boundary, a function word, a speech verb, a verb,
    a time word (昨天) or a title next."""
    after = folded[end : end + 2]
    return (
        not after
        or _is_boundary(after[0])
        or after in lx.SPEECH_VERBS
        or after[0] in lx.SPEECH_VERBS
        or after in lx.VERBS
        or after in lx.ADVERBS
        or after in lx.PERSON_TITLES
        or after == "夫人"
        or bool(_rank().match(folded, end))
    )


def _place_after_place(folded: str, end: int) -> bool:
    """九江市长江大堤, 沈阳市长春路: 市长 or 县长 read across a place's 市 or 县 and the 长 of a
    known place after it (长江, 长春) is no title."""
    if folded[end - 2 : end] not in ("市长", "县长"):
        return False
    known = known_names()
    return bool(_gazetteer().match(folded, end - 1)) or any(
        "L" in known.get(folded[end - 1 : end - 1 + n], "") for n in (2, 3)
    )


def _ranked_name(folded: str, at: int) -> Hit | None:
    """司令西姆贝叶中将, 总参谋长傅全有上将: between a title and a military rank, two to five
    characters are a name, foreign or Chinese."""
    for end in range(at + 2, min(at + 6, len(folded)) + 1):
        if _rank().match(folded, end):
            name = folded[at:end]
            if re.fullmatch(rf"[{_CJK}]+", name) and not any(c in lx.FUNCTION_CHARS for c in name):
                return Hit(FactKind.PERSON, at, end, name)
            return None
    return None


@lru_cache(maxsize=1)
def _rank() -> re.Pattern[str]:
    """A military rank after a name, with its service (海军上将)."""
    return re.compile(rf"(?:[海陆空]军)?(?:{_alternation(lx.MILITARY_RANKS)})")


def _married_names(folded: str, hits: list[Hit]) -> list[Hit]:
    """林郑月娥, 杨何蓓茵: a Hong Kong woman's name of her husband's surname, her own and two
    given characters, after a title, whole where a person of three was found (林|郑月娥 after
    特首, 杨何蓓|茵 after 局长)."""
    taken = Cover(h for h in hits if h.kind is not FactKind.PERSON)
    return [_married(folded, h, taken) if h.kind is FactKind.PERSON and len(h.value) == 3 else h for h in hits]


def _married(folded: str, hit: Hit, taken: Cover) -> Hit:
    """A person of three characters widened to a married name of four, if it is one."""
    start, end = hit.start, hit.end
    if folded[start - 1 : start] in lx.SURNAMES and hit.value[0] in lx.SURNAMES and _after_title(folded, start - 1):
        start -= 1
    elif hit.value[0] in lx.SURNAMES and hit.value[1] in lx.SURNAMES and not lx.FUNCTION_CHARS & set(hit.value) \
            and _after_title(folded, start) and _given_char(folded, end) and _name_ends(folded, end + 1):
        end += 1
    if (start, end) == (hit.start, hit.end) or taken.overlaps(start, end):
        return hit
    return Hit(FactKind.PERSON, start, end, folded[start:end])


def _after_title(folded: str, at: int) -> bool:
    """Whether a title that stands before names ends at ``at`` (特首, 局长)."""
    return any(folded.endswith(t, 0, at) for t in lx.TITLES_BEFORE_NAMES | lx.LATER_TITLES_BEFORE_NAMES | {"特首"})


def _given_char(folded: str, at: int) -> bool:
    """A character that may end a given name: Chinese, no function word, verb or adverb."""
    char = folded[at : at + 1]
    return bool(re.fullmatch(rf"[{_CJK}]", char)) and char not in lx.FUNCTION_CHARS and char not in _GLUED \
        and char not in "".join(lx.SPEECH_VERBS) and char not in "来去到摄"


def _listed_people(folded: str, hits: list[Hit]) -> list[Hit]:
    """Names listed with 、 beside a person found (殷治军、孟庆胜, 冷小军、孟庆胜两位): a list
    holds one kind, so a surname-first name of two or three characters next to a person,
    between the list's marks, is a person too."""
    found = list(hits)
    people = [h for h in hits if h.kind is FactKind.PERSON]
    while people:
        added = []
        for hit in people:
            for name in (_listed_before(folded, hit.start), _listed_after(folded, hit.end)):
                if name and not Cover(found).overlaps(name.start, name.end):
                    found.append(name)
                    added.append(name)
        people = added
    return found


def _listed_before(folded: str, end: int) -> Hit | None:
    """The name listed just before ``end`` (a person's start) across a 、, if any."""
    if folded[end - 1 : end] != "、":
        return None
    for length in (3, 2):
        start = end - 1 - length
        if start >= 0 and _looks_like_name(folded[start : end - 1]) and _list_can_start(folded, start):
            return Hit(FactKind.PERSON, start, end - 1, folded[start : end - 1])
    return None


def _listed_after(folded: str, end: int) -> Hit | None:
    """The name listed just after ``end`` (a person's end) across a 、, if any."""
    if folded[end : end + 1] != "、":
        return None
    for length in (3, 2):
        start, stop = end + 1, end + 1 + length
        if _looks_like_name(folded[start:stop]) and _list_can_end(folded, stop):
            return Hit(FactKind.PERSON, start, stop, folded[start:stop])
    return None


def _list_can_start(folded: str, start: int) -> bool:
    """An item of a list of names starts after a boundary, 有/是 or a verb."""
    before = folded[start - 1 : start]
    return not before or _is_boundary(before) or before in "有是" or folded[start - 2 : start] in lx.VERBS


def _list_can_end(folded: str, end: int) -> bool:
    """An item of a list of names ends before a mark, 等, a count (两位) or a title."""
    after = folded[end : end + 2]
    return not after or _is_boundary(after[0]) or after[0] in "两二三四五六七八九十" or after in lx.PERSON_TITLES


def _after_cues(folded: str) -> list[Hit]:
    """记者 张三, [编辑:方伟彬]: a two- to four-character name right after a credit word."""
    hits = []
    for match in _credit_pattern().finditer(folded):
        name = _before_speech(_CREDIT_TAIL.sub("", match["name"]))
        if _looks_like_name(name):
            hits.append(
                Hit(FactKind.PERSON, match.start("name"), match.start("name") + len(name), name)
            )
    return hits


def _before_speech(name: str) -> str:
    """The name without the speech verb the run after a credit word went on into (记者李明表示,
    主持人王芳说: 李明, 王芳)."""
    for at in range(2, len(name)):
        if name.startswith(lx.SPEECH_VERBS, at):
            return name[:at]
    return name


@lru_cache(maxsize=1)
def _credit_pattern() -> re.Pattern[str]:
    """A credit word, a colon or space, and the name up to the next non-CJK character."""
    cues = _alternation(lx.PERSON_CUES_BEFORE)
    return re.compile(rf"(?:{cues})\s*[:：]?\s*(?P<name>[{_CJK}]{{2,6}})(?![{_CJK}])")


def _titled(folded: str) -> list[Hit]:
    """习近平总书记, 梁启超先生 (title after), 部长陈良基 (title before a speech verb)."""
    hits = []
    for match in _title_pattern().finditer(folded):
        start = _name_before(folded, match.start())
        if start is None:
            continue
        name = folded[start : match.start()]
        if match.group() in lx.SPEECH_VERBS and len(name) == 2 and "P" not in known_names().get(name, ""):
            continue  # 文章指出: before a speech verb, two characters must be a known name
        hits.append(Hit(FactKind.PERSON, start, match.start(), name))
    return hits


@lru_cache(maxsize=1)
def _title_pattern() -> re.Pattern[str]:
    """Any person title or speech verb."""
    return re.compile(_alternation((*lx.PERSON_TITLES, *lx.SPEECH_VERBS, *lx.MILITARY_RANKS)))


def _name_before(folded: str, end: int) -> int | None:
    """The start of a surname-initial name of three, then two characters, ending at ``end``.

    The name must itself start where a name can: after punctuation, a function
    word, a verb or a title (贯彻习近平总书记, 部长陈良基说), not inside a word.
    """
    for length in (3, 2):
        start = end - length
        if start >= 0 and _looks_like_name(folded[start:end]) and _name_can_start(folded, start):
            return None if _preposition_and_word(folded[start:end]) or not _word_starts_at(folded, start) else start
    return None


def _word_runs_out_of(folded: str, start: int, end: int) -> bool:
    """Whether a name guessed after a title opens with a word that is no name and ends inside a
    word running on past it (局长|高调|安葬: no 高调安); 主任|李明|确认 keeps its name."""
    words = pos_tagger().tag(folded[start : end + 2])
    if not words:
        return False
    (word, tag), size = words[0], end - start
    return 2 <= len(word) < size and not tag.startswith("nr") and sum(len(w) for w, _ in words[:2]) > size


def _name_can_start(folded: str, start: int) -> bool:
    """Whether a name may begin at ``start``: after a boundary, a verb or a title."""
    before = folded[max(start - 3, 0) : start]
    if not before or _is_boundary(before[-1]):
        return True
    return before[-2:] in lx.VERBS or before[-2:] in lx.PERSON_TITLES or before in lx.PERSON_TITLES


def _looks_like_name(name: str) -> bool:
    """Two to four CJK characters, a known surname first, no function word inside."""
    if not 2 <= len(name) <= 4 or not re.fullmatch(rf"[{_CJK}]+", name):
        return False
    given = name[2:] if name[:2] in lx.COMPOUND_SURNAMES else name[1:]
    known = name[0] in lx.SURNAMES or name[0] in lx.LATER_SURNAMES or name[:2] in lx.COMPOUND_SURNAMES
    return known and bool(given) and not any(c in lx.FUNCTION_CHARS for c in given) and not name.startswith(_NOT_PEOPLE)


def _credited(folded: str, article: Article) -> list[Hit]:
    """The article's editor and credits, wherever the text names them."""
    hits = []
    for name in {fold(n) for n in (article.editor, article.author, *article.credits) if n}:
        kind = FactKind.PERSON if _looks_like_name(name) else _credit_kind(name)
        at = folded.find(name) if kind else -1
        if kind and at != -1:
            hits.append(Hit(kind, at, at + len(name), name))
    return hits


def _credit_kind(name: str) -> FactKind | None:
    """A credit that is no person's name is an organisation when it ends like one."""
    return FactKind.ORGANISATION if name.endswith(lx.ORG_SUFFIXES) else None


# ---- Shared


def _unled(folded: str, hits: list[Hit]) -> list[Hit]:
    """A name the tagger ran a word's character into is the name the article gives elsewhere
    without it: a place or body after a verb's last character (受宏福苑, 住宏福苑, 查宏福苑 read
    as a person, 监察|宏福苑, after 大埔宏福苑), a person before a verb or adverb (李家超|站, 农融|率)."""
    named = {(h.kind, h.value) for h in hits}
    return [_unglued(folded, h, named) for h in hits]


def _unglued(folded: str, hit: Hit, named: set[tuple[FactKind, str]]) -> Hit:
    """``hit`` without a character run into it, if the rest is a name found in the article or
    the character opens a word after a name of four (李家超|深夜, 王锦义|翻摄)."""
    if len(hit.value) < 3:
        return hit
    if hit.kind is FactKind.PERSON and (
        hit.value[-1] in _GLUED and (FactKind.PERSON, hit.value[:-1]) in named or _word_after_three(folded, hit)
    ):
        return Hit(hit.kind, hit.start, hit.end - 1, hit.value[:-1])
    lead = 2 if hit.value[:2] in lx.VERBS else 1 if hit.value[0] in _LEADING else 0
    kinds = (FactKind.PLACE, FactKind.ORGANISATION) if hit.kind is FactKind.PERSON else (hit.kind,)
    kind = next((k for k in kinds if lead and (k, hit.value[lead:]) in named), None)
    return Hit(kind, hit.start + lead, hit.end, hit.value[lead:]) if kind else hit


_GLUED = frozenset("亦也则又将曾已均还都便就才站深明率探称指")
"""Adverbs and verbs of one character that follow a name (李家超亦会, 梁君彦站在, 农融率领)."""
_LEADING = lx.FUNCTION_CHARS | frozenset("受时予当令使经指称据赴抵离返驻往住访过愿查向于区应")


def _counted(hit: Hit) -> bool:
    """不少市民 gave the place 不少市: a quantity word opens no place."""
    return hit.kind is FactKind.PLACE and hit.value.startswith(_QUANTITIES)


_QUANTITIES = ("不少", "许多", "很多", "一些", "众多", "多数", "大批", "大量")


def _everywhere(folded: str, hits: list[Hit]) -> list[Hit]:
    """Each name found once, found at all its occurrences; a place also by its bare value."""
    spans = {(h.kind, h.start, h.end): h for h in hits}
    for kind, form, value in {(h.kind, folded[h.start : h.end], h.value) for h in hits}:
        for text in {form, value} if kind is FactKind.PLACE else {form}:
            for at in _occurrences(folded, text):
                if kind is FactKind.ORGANISATION and _runs_on(folded, at + len(text)):
                    continue
                spans.setdefault((kind, at, at + len(text)), Hit(kind, at, at + len(text), value))
    return _drop_nested_same_kind(list(spans.values()))


def _runs_on(folded: str, end: int) -> bool:
    """A body's name followed by a character that makes its suffix part of a longer word
    (县委 in 县委会, 外交部 in 外交部门): no mention of that body there."""
    after = folded[end : end + 1]
    return bool(after) and any(
        after in chars and folded.endswith(suffix, 0, end) for suffix, chars in lx.NOT_ORG_AFTER.items()
    )


def _drop_nested_same_kind(hits: list[Hit]) -> list[Hit]:
    """A bare 江门 inside a found 江门市 is the same mention, not a second one."""
    by_kind: dict[FactKind, list[Hit]] = {}
    for hit in hits:
        by_kind.setdefault(hit.kind, []).append(hit)
    return [h for group in by_kind.values() for h in outermost(group)]


def _occurrences(folded: str, text: str) -> Iterable[int]:
    """Start offsets of every occurrence of ``text``."""
    at = folded.find(text)
    while at != -1 and len(text) >= 2:
        yield at
        at = folded.find(text, at + len(text))


def _is_boundary(char: str) -> bool:
    """Punctuation, space, a digit or a function word: where a name may begin."""
    return not re.match(rf"[{_CJK}]", char) or char in lx.FUNCTION_CHARS or char == "丨"


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation, longest first."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
