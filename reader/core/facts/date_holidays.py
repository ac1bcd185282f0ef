"""Feasts of the world's calendars by their Chinese names: 复活节, 开斋节, 光明节, 排灯节.

International news dates events by them (复活节前夕, 斋月期间, 屠妖节假期), and neither jionlp
nor our fixed-date table knows them, since they move with the moon or with Easter. Christian
feasts are counted from Easter (dateutil's computus; 东正教 before the name counts from the
Orthodox Easter); Islamic, Jewish, Hindu and Buddhist ones are read from the tables and
calendars of the ``holidays`` library (MIT), which is imported only when such a name is met.

A Jewish festival begins at sunset: it is dated by the civil day on whose evening it begins
(赎罪日 of 2013 is 13 September, as Hebrew calendars print its eve), and one of several days
runs from that evening to its last day (逾越节 of 2018 is 30 March to 7 April).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import NamedTuple

__all__ = ["FEAST_NAMES", "ORTHODOX", "SOLAR_TERMS", "feast_days", "last_gone", "nearest"]

SOLAR_TERMS = (
    "立春", "惊蛰", "春分", "谷雨", "立夏", "芒种", "夏至", "小暑",
    "大暑", "立秋", "处暑", "秋分", "寒露", "霜降", "立冬", "冬至", "小寒", "大寒",
)
"""The solar terms read as days (雨水, 小满, 白露, 小雪 and 大雪 are left out: they are as often the weather)."""
ORTHODOX = "东正教"
"""The word before a Christian feast's name that counts it from the Orthodox Easter."""

_ACROSS_NEW_YEAR = timedelta(days=45)


class _Feast(NamedTuple):
    """How to date one feast: its calendar, the day that calendar gives, and its length."""

    calendar: str  # easter, orthodox (Easter's, always), islamic, hebrew, hindu, buddhist, chinese
    key: str | int  # the library's name for the day, or days after Easter
    days: int = 1  # its length; for spans over two keys, see _SPANS
    eve: bool = False  # a Jewish festival, dated by the evening it begins


def _names(feast: _Feast, *names: str) -> dict[str, _Feast]:
    return dict.fromkeys(names, feast)


_EASTER_FEASTS: dict[str, _Feast] = {
    **_names(_Feast("easter", 0), "复活节", "复活节主日", "复活节星期日", "复活主日"),
    **_names(_Feast("easter", 1), "复活节星期一", "复活节后星期一", "复活节翌日"),
    **_names(
        _Feast("easter", -1), "复活节前夜", "复活节前夕", "圣周六", "圣周星期六", "神圣周六",
        "耶稣受难日翌日", "主受难日翌日", "主受难节翌日", "受难节翌日", "圣星期六",
    ),
    **_names(
        _Feast("easter", -2), "耶稣受难日", "耶稣受难节", "主受难日", "主受难节", "受难节",
        "圣周五", "圣周星期五", "沉默周五", "沈默周五", "好星期五", "圣星期五",
    ),
    **_names(_Feast("easter", -3), "濯足节", "圣周四", "圣周星期四", "设立圣餐日", "濯足星期四", "圣星期四"),
    **_names(_Feast("easter", -7), "圣枝主日", "棕枝主日", "棕榈主日", "基督苦难主日", "圣枝节", "棕枝节"),
    **_names(_Feast("orthodox", -8), "拉匝路周六", "拉撒路周六"),
    **_names(_Feast("easter", -46), "圣灰日", "灰日", "大斋首日", "圣灰星期三", "涂灰日", "圣灰节", "大斋节首日"),
    **_names(_Feast("easter", -47), "忏悔节", "忏悔星期二", "煎饼星期二", "煎饼节"),
    **_names(_Feast("easter", 39), "耶稣升天节", "基督升天节", "主升天节", "耶稣升天日", "升天节"),
    **_names(_Feast("easter", 49), "圣灵降临节", "圣神降临节", "五旬节"),
    **_names(_Feast("easter", 50), "圣灵降临节星期一", "圣灵节庆日", "圣灵降临节翌日", "五旬节星期一"),
    **_names(_Feast("easter", 56), "天主三一主日", "圣三主日", "三一主日", "圣三一主日"),
    **_names(_Feast("easter", 60), "基督圣体圣血瞻礼", "基督圣体圣血节", "基督圣体节", "圣体圣血节", "圣体节"),
    **_names(_Feast("easter", -46, days=46), "大斋节", "大斋期", "四旬节", "四旬期"),
}
_OTHER_FEASTS: dict[str, _Feast] = {
    **_names(_Feast("islamic", "eid_al_fitr_dates"), "开斋节", "尔代节", "肉孜节"),
    **_names(_Feast("islamic", "eid_al_adha_dates"), "古尔邦节", "宰牲节", "哈芝节", "库尔班节"),
    **_names(_Feast("islamic", "hijri_new_year_dates"), "伊斯兰新年", "伊斯兰历新年", "伊斯兰教历新年", "回历新年"),
    **_names(_Feast("islamic", "mawlid_dates"), "圣纪节", "穆罕默德诞辰"),
    **_names(_Feast("islamic", "isra_and_miraj_dates"), "登霄节", "夜行登霄节"),
    **_names(_Feast("islamic", "laylat_al_qadr_dates"), "盖德尔夜", "权力之夜"),
    **_names(_Feast("islamic", "ashura_dates"), "阿舒拉节", "阿舒拉日"),
    **_names(_Feast("islamic", "ramadan_beginning_dates"), "斋月", "莱麦丹月", "赖买丹月"),
    **_names(_Feast("hebrew", "rosh_hashanah_date", 2, True), "犹太新年", "犹太历新年", "岁首节", "吹角节"),
    **_names(_Feast("hebrew", "yom_kippur_date", 1, True), "赎罪日", "赎罪节", "犹太赎罪日"),
    **_names(_Feast("hebrew", "sukkot_date", 7, True), "住棚节", "结茅节"),
    **_names(_Feast("hebrew", "shemini_atzeret", 1, True), "圣会节", "圣会集会节"),
    **_names(_Feast("hebrew", "simchat_torah", 1, True), "西赫妥拉节", "诵经节", "欢庆圣法节", "律法节"),
    **_names(_Feast("hebrew", "hanukkah_date", 8, True), "光明节", "献殿节", "烛光节", "修殿节", "马加比节", "哈努卡节"),
    **_names(_Feast("hebrew", "passover_date", 8, True), "逾越节"),
    **_names(_Feast("hebrew", "shavuot_date", 2, True), "七七节", "沙夫特节"),
    **_names(_Feast("hebrew", "purim_date", 1, True), "普珥节", "普林节"),
    **_names(_Feast("hebrew", "lag_baomer_date", 1, True), "犹太教篝火节", "犹太篝火节", "拉格巴欧默节"),
    **_names(_Feast("hebrew", "tisha_bav_date", 1, True), "圣殿被毁日", "圣殿被毁纪念日", "阿布月九日"),
    **_names(_Feast("hebrew", "israel_independence_date"), "以色列独立日", "以色列国庆节", "以色列国庆日"),
    **_names(_Feast("hindu", "diwali_india_date"), "排灯节", "万灯节", "屠妖节", "印度灯节", "迪瓦利节", "印度教灯节"),
    **_names(_Feast("hindu", "holi_date"), "洒红节", "胡里节", "好利节", "荷丽节", "五彩节", "侯丽节", "色彩节"),
    **_names(_Feast("hindu", "dussehra_date"), "十胜节", "十首节", "胜利节十日"),
    **_names(_Feast("hindu", "sharad_navratri_date", 9), "九夜节", "难近母节"),
    **_names(_Feast("hindu", "raksha_bandhan_date"), "兄妹节", "印度兄妹节", "拉克沙班丹节", "系手链节"),
    **_names(_Feast("hindu", "onam_date"), "欧南节", "奥南节"),
    **_names(_Feast("hindu", "pongal_date"), "庞格尔节", "淡米尔丰收节", "泰米尔丰收节"),
    **_names(_Feast("hindu", "chhath_puja_date"), "克哈特普迦节"),
    **_names(_Feast("hindu", "thaipusam_date"), "大宝森节"),
    **_names(_Feast("hindu", "ganesh_chaturthi_date"), "象头神节"),
    **_names(_Feast("hindu", "maha_shivaratri_date"), "湿婆节", "摩诃湿婆节"),
    **_names(_Feast("hindu", "janmashtami_date"), "黑天节"),
    **_names(_Feast("buddhist", "vesak_date"), "卫塞节", "比萨宝蕉节"),
    **_names(_Feast("chinese", "buddha_birthday_date"), "佛诞", "佛诞节", "浴佛节"),
}
_FEASTS = {**_EASTER_FEASTS, **_OTHER_FEASTS}
FEAST_NAMES = tuple(_FEASTS)
"""Every name this module dates, folded (simplified script)."""

_SPANS = {"ramadan_beginning_dates": "eid_al_fitr_dates"}
"""Feasts that last until the day before another: 斋月 ends when 开斋节 comes."""
_AFTER_SUKKOT = {"shemini_atzeret": 7, "simchat_torah": 8}
"""Days after the first of 住棚节 (the diaspora's count: 圣会节 on the eighth, 诵经节 the ninth)."""


def feast_days(name: str, published: datetime | None, year: int | None, orthodox: bool = False) -> tuple[date, date] | None:
    """The first and last day of the feast ``name``: in ``year`` when written, else the one
    ``nearest`` the publication day."""
    feast = _FEASTS[name]
    if year is not None:
        found = _occurrences(feast, year, orthodox)
        return found[0] if found else None
    if published is None:
        return None
    return nearest(published.date(), lambda y: _occurrences(feast, y, orthodox))


def nearest(today: date, occurrences: Callable[[int], list[tuple[date, date]]]) -> tuple[date, date] | None:
    """Of a yearly day's (first, last) occurrences, the one nearest ``today`` among those of its
    year and those of the years either side within 45 days of it: 元旦 in a December article is
    the coming one, 圣诞节 in a January one the one just past, 圣纪节 may be last year's."""
    near = [span for y in (today.year - 1, today.year + 1) for span in occurrences(y)
            if abs(span[0] - today) <= _ACROSS_NEW_YEAR]
    found = occurrences(today.year) + near
    return min(found, key=lambda span: abs(span[0] - today)) if found else None


def last_gone(today: date, occurrences: Callable[[int], list[tuple[date, date]]]) -> tuple[date, date] | None:
    """Of a yearly day's (first, last) occurrences, the last begun by ``today``: 大年初一以来 in
    December is the festival of this year's January or February; 腊八节以来 on 5 January that of
    the lunar year two back (its 腊八 fell in January of the year before)."""
    begun = [span for y in (today.year - 2, today.year - 1, today.year) for span in occurrences(y) if span[0] <= today]
    return max(begun) if begun else None


def _occurrences(feast: _Feast, year: int, orthodox: bool) -> list[tuple[date, date]]:
    """Each (first, last) day of the feast beginning in ``year``: an Islamic feast may come
    twice in one Gregorian year, and fall outside the library's tables (none then)."""
    starts = _starts(feast, year, orthodox)
    spans = []
    for start in starts:
        if feast.eve:
            start -= timedelta(days=1)
        last = start + timedelta(days=feast.days - 1)
        if feast.eve and feast.days > 1:
            last += timedelta(days=1)  # the evening before, then every day of it
        if isinstance(feast.key, str) and feast.key in _SPANS:
            ends = [d for d in _islamic(_SPANS[feast.key], year) + _islamic(_SPANS[feast.key], year + 1) if d > start]
            last = min(ends) - timedelta(days=1) if ends else last
        if start.year == year:
            spans.append((start, last))
    return spans


def _starts(feast: _Feast, year: int, orthodox: bool) -> list[date]:
    """The days the feast's calendar gives for ``year`` (for a Jewish feast, its first day)."""
    if feast.calendar in ("easter", "orthodox"):
        return [_easter(year, orthodox or feast.calendar == "orthodox") + timedelta(days=int(feast.key))]
    key = str(feast.key)
    if feast.calendar == "islamic":
        return _islamic(key, year)
    if feast.calendar == "hebrew":
        return _hebrew(key, year)
    return _lunisolar(feast.calendar, key, year)


def _easter(year: int, orthodox: bool) -> date:
    from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter  # type: ignore[import-untyped]

    day: date = easter(year, EASTER_ORTHODOX if orthodox else EASTER_WESTERN)
    return day


def _islamic(key: str, year: int) -> list[date]:
    from holidays.calendars.islamic import _IslamicLunar

    return sorted(d for d, _estimated in getattr(_IslamicLunar(), key)(year) if d.year == year)


def _hebrew(key: str, year: int) -> list[date]:
    from holidays.calendars.hebrew import _HebrewLunisolar

    calendar = _HebrewLunisolar()
    if key in _AFTER_SUKKOT:
        first = calendar.sukkot_date(year)
        return [] if first is None else [first + timedelta(days=_AFTER_SUKKOT[key])]
    found = getattr(calendar, key)(year)
    days = found if isinstance(found, set) else {found} if found else set()
    return sorted(d for d in days if d.year == year)


def _lunisolar(calendar: str, key: str, year: int) -> list[date]:
    """A Hindu, Buddhist or Chinese feast: the library gives (day, estimated) or None."""
    found = getattr(_calendar(calendar), key)(year)
    day = found[0] if isinstance(found, tuple) else found
    return [day] if isinstance(day, date) else []


def _calendar(name: str) -> object:
    if name == "hindu":
        from holidays.calendars.hindu import _HinduLunisolar

        return _HinduLunisolar()
    if name == "buddhist":
        from holidays.calendars.buddhist import _BuddhistLunisolar

        return _BuddhistLunisolar()
    from holidays.calendars.chinese import _ChineseLunisolar

    return _ChineseLunisolar()
