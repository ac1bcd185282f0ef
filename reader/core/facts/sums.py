"""Sums with no currency word, named by what they are: 營收258億, 投资35亿, 票房超过10亿.

Business news, Taiwan's above all, gives revenue, profit, investment and box office in 萬 and
億 with no 元 (台積電第三季營收258億, 淨利達465.9億). Such a sum was no fact. After a word that
names money, a number in 万 or 亿 is money in the article's own currency, read as the same words
with 元 would be; a number with a unit of its own after it (万人, 亿股, 万吨) is none.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from .lexicon import PLACES
from .model import FactKind, Hit
from .spans import Reread, fresh_matches, read_whole

__all__ = ["SUM_ALONE", "named_sums"]

_MONEY_WORDS = (
    "营收|营业额|营业收入|净利润|净利|获利|盈利|利润|亏损|市值|资本额|总投资|投资额|投资|预算|收入|成本|资金|罚款|罚金|"
    "赔偿|赔偿金|身价|票房|销售额|成交额|交易额|贷款|融资|估值|总额|金额|税款|奖金|年薪|薪资|拨款|补贴|营运资金|现金|"
    "负债|债务|欠债|欠款|借款|资产|净资产|总资产|存款|利息|股息|捐款|善款|经费|开支|支出|花费|费用|价值|总值|产值|"
    "损失|赔款|税收|收益|毛利润|毛利|出口额|进口额|钱财|GMV|gmv|售价|报价|起价|指导价|总价|月薪|身家|价格|价钱|房价|车价|造价"
)
SUM_ALONE = (
    r"(?P<sum>(?:大约|约|逾|超过了?|超|突破|将近|接近|近|不到)?(?:[\d.]+[万亿]?\s*(?:-|~|～|到|至)\s*)?(?:[\d.,]+[千百]?|[一二两三四五六七八九十百千零〇几数]+)(?:多|余)?(?:万亿|[万亿])(?:多|余)?)"
    r"(?![\d元块人户股吨件台辆次个名头座家所间部条项篇例桶平方公里米斤克亩套张份笔手小时天年月日周分秒美欧日英港澳台韩泰越]|单(?![日靠据独位价边一身元])"
    r"|只(?![是判有被能要会剩占够需])|\s*(?:至|到|-|~|～)\s*\d)"
)
_SUMS = (
    re.compile(
        rf"(?:{_MONEY_WORDS})(?:已经|已|都|也|又)?(?:也就|不过|在|合计|总计|共计|共有|共|约为|仅为|为|是|只有|仅有|还有|约有|有|达到了?|达|高达|已达|仅|增至|降至|减少了?|增加了?|增长了?|了)?{SUM_ALONE}"
    ),
    re.compile(rf"{SUM_ALONE}(?=(?:这个|的)?价位)"),
    re.compile(
        rf"(?:花了?|花费了?|斥资|耗资|出资|砸下?了?|卖了|赚了?|亏了?|付了?|赔了?|捐了?|捐出|筹了?|筹得|募了?|募得|骗了?|挣了?|借了?|借到|借给|贪污了?|受贿|挪用了?|侵吞了?|诈骗了?|追缴|加码至|获赔|发放|拨出|拨款|注资|资助|(?<=[先再另])[发拨]|中奖|(?<![打命猜选考])中了|派奖|加奖|返奖|举债|欠下了?|欠了|摊分|分摊|缴付|缴交|缴纳|涉款共?|涉资共?|出价|开价)"
        rf"{SUM_ALONE}(?=[，,。；;！!？?、）)”\"’」』\s]|$|元|块|起|的?[\u4e00-\u9fff]{{0,2}}(?:币|美金)|的?(?:资金|现金|善款|捐款|税款|奖金|费用|工资|薪水)|的[\u4e00-\u9fff]{{1,3}}?(?:费用|费|款)|[了就才还又并却而都也买购建造修办助后给作当装养把只租]|(?:以上|以下|左右)(?!的)|支援|赈灾|驰援|援助|救灾|用于|资助|彩礼|定金|首付|学费|房款|货款|养老|应急(?![人队包物车中站部])|物资(?![包箱车]))"
    ),
    re.compile(  # 投入2亿用于研发, 交出1200万, 开出2000万: only with nothing after that a count could name
        rf"(?:投入了?|交出了?|开出了?){SUM_ALONE}(?=(?:以上|以下|左右)?(?:[，,。；;！!？?、）)”\"’」』]|$)|用于|的?[\u4e00-\u9fff]{{0,2}}(?:币|美金)|的?(?:资金|现金|巨资))"
    ),
    _SAME_PERIOD := re.compile(rf"同期(?:为|是|则为|有|的)?{SUM_ALONE}(?=[，,。；;）)、]|$)"),
    re.compile(
        rf"{SUM_ALONE}(?=(?:社会)?(?:慰问金|捐款|善款|税款|奖金|罚款|罚金|赔偿金|补贴|补助金?|津贴|救济金|赎金|赎款|贿款|赃款|保证金|押金|红包|奖励金)"
        r"|资金|现金|基金(?![会投持经公管份])|物资(?![包箱车])|应急(?:钱|金|款|补助|补贴)?(?![人队包物车中站部]))"
    ),
)
"""Where a sum in 万 or 亿 with nothing after it that gives it a unit or a currency is money: after a
money word and a verb of amount or of being (营收258億, 交易额是571亿, 現金只有35億, 售价12.2万到12.3万,
市值也就120多亿), before 价位 (15-20万这个价位), after a verb of paying or earning (花10万, 卖了26万, 斥资约40亿, 砸12万,
投入2亿用于研发, 开出2萬, 花2萬租铺位), as the same period's (营收约8.2亿人民币（2022年同期为8.9亿）: in the currency of the sum before it),
and before a money word (20萬慰問金, 5億社會捐款, 3亿税款, 3億基金, 500萬物資, 1萬應急, 1200万赎款); after a verb
of handing out (发放, 拨款, 先發1萬應急) as after one of paying; not 7200万基金投资者, 3万应急人员,
20万物资包裹, nor 派 (再派1萬警員, 派發10萬份)."""

_BOUND_AFTER = re.compile(r"以上|以下|左右")
_CURRENCY_AFTER = re.compile(
    r"(?!的?(?:比特|虚拟|数字|代|游戏|Q)币)的?[\u4e00-\u9fff]{0,3}(?:币|元|镑|郎|居|卢布|比索|披索|林吉特|令吉|铢|盾|兰特|克朗|里拉|卢比|美金|第纳尔|先令|里亚尔|迪拉姆)"
)
"""A currency said after the sum (110亿的港币, 3000万的美金), read as written; one the money rules do
not know (六千五百万苏里南盾) leaves it no fact; a coin bought with it is no currency (价值500万的比特币: yuan)."""


def named_sums(folded: str, taken: list[Hit], money_of: Reread) -> list[Hit]:
    """Money hits for the sums named by a money word or paid by a verb that no other hit covers
    (``money_of``: the money rules, run on the sum with 元 after it)."""
    if "万" not in folded and "亿" not in folded:
        return []
    found: list[Hit] = []
    for match in fresh_matches(_SUMS, folded, taken, found):
        start, end = match.span("sum")
        if match.re is _SAME_PERIOD and not _money_just_before(folded, taken, start):
            continue  # 用户数达3亿（同期为2.5亿）: the same period's count
        if (currency := _CURRENCY_AFTER.match(folded, end)) is not None:
            said, end = folded[start:end] + currency.group().removeprefix("的"), currency.end()  # 110亿的港币: HK$, 现金3000万的美金: US$
        else:
            tail = _BOUND_AFTER.match(folded, end)
            said = folded[start:end] + "元" + (tail.group() if tail else "")  # 收入2000万以上: more than
            end = tail.end() if tail else end
        if (read := read_whole(said, money_of)) is not None:
            hit = Hit(FactKind.MONEY, start, end, read.value, read.detail)
            found.append(hit if currency is not None else _in_the_currency_before(folded, taken, hit))
    return found


def _in_the_currency_before(folded: str, taken: list[Hit], hit: Hit) -> Hit:
    """A sum with no currency of its own in that of the money said before it in its sentence
    (支付土地增值税3,060万人民币（…又再支付了700万）: renminbi, though the story is Hong Kong's;
    收入1020亿美元，iPhone收入490亿: dollars); not across another payer (亦, or a place named
    between: 美国…8860亿美元，中国国防预算为1.67万亿)."""
    before = _money_before(folded, taken, hit.start)
    if before is not None and (_ANOTHER_PAYER.search(folded, before.end, hit.start) or _places().search(folded, before.end, hit.start)):
        before = None
    code = before.detail.unit if before and before.detail else None
    if not code or hit.detail is None or code == hit.detail.unit:
        return hit
    return Hit(FactKind.MONEY, hit.start, hit.end, f"{hit.value.rsplit(' ', 1)[0]} {code}", replace(hit.detail, unit=code))


def _money_just_before(folded: str, taken: list[Hit], at: int) -> bool:
    """Whether money is said before ``at`` in its sentence with no other figure in 万 or 亿 between:
    营收8.2亿元，同比增长12%，去年同期为7.3亿, not 营收5亿元，用户数达3000万，同期为2500万."""
    before = _money_before(folded, taken, at)
    return before is not None and not _A_FIGURE.search(folded, before.end, at)


_A_FIGURE = re.compile(r"[\d.]+\s*[万亿](?![元块])|[一二两三四五六七八九十百千]+[万亿](?![元块])")
_ANOTHER_PAYER = re.compile(r"亦|本港|香港|特区|内地|中央|台湾|澳门")
"""Words that bring in another payer, whose sum is in its own money (日本政府拨款1000亿日圆…，
香港特区政府亦拨款3000万)."""


@cache
def _places() -> re.Pattern[str]:
    """Any place the lexicon knows (中国, 新加坡, 韩国 …): a payer of its own between two sums."""
    return re.compile("|".join(sorted(map(re.escape, PLACES), key=len, reverse=True)))


def _money_before(folded: str, taken: list[Hit], at: int) -> Hit | None:
    """The money said last before ``at`` in its sentence."""
    last = max((h for h in taken if h.kind is FactKind.MONEY and h.end <= at), key=lambda h: h.end, default=None)
    return None if last is None or _SENTENCE_END.search(folded, last.end, at) else last


_SENTENCE_END = re.compile(r"[。！？!?；;\n]")
