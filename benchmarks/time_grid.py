"""A grid of time phrases, generated class by class, for reading beside jionlp.

The held-out time suites give short phrases of the classes a time parser's documentation lists
(dates whole and in part, clock times, relative days, weeks, months and years, counts from now,
spans up to now or from now, ranges, feasts, decades, the nth weekday of a month). Our own
phrase list (``benchmarks/data/time_phrases.txt``) has one or two phrases a class; this grid
writes each class out in its common wordings (digits and Chinese numerals, 号 and 日, 点 and 时,
星期, 周 and 礼拜, with and without 的 or 个) so that a class Reader misses shows as many misses,
not one. Every phrase is generated here; none comes from a suite.

    python benchmarks/dates_agreement.py --grid
"""

from __future__ import annotations

import itertools

_CN = "零一二三四五六七八九十"
_FEASTS = (
    "春节", "元宵节", "元宵", "端午节", "端午", "中秋节", "中秋", "国庆节", "国庆", "元旦", "除夕", "清明节", "清明",
    "劳动节", "五一", "儿童节", "六一", "七夕", "重阳节", "冬至", "立春", "立秋", "夏至", "圣诞节", "情人节", "母亲节",
    "父亲节", "感恩节", "建军节", "教师节", "妇女节", "植树节", "腊八", "小年", "大年三十", "大年初一", "正月初一",
    "正月十五", "腊月二十三", "农历八月十五", "七一", "十一", "双十一", "愚人节", "万圣节", "青年节",
)
_MISC = (
    "今年第一天", "今年最后一天", "本月最后一天", "今年的最后一个月", "第一季度末", "年底前", "月底前", "三天之内",
    "一个月以内", "两小时以内", "今天之前", "明天以后", "2021年以前", "2020年以后", "2020年起", "下周二起", "本周以来",
    "今年以来", "去年以来", "2021年至今", "3月以来", "当晚", "当日", "当年", "次年", "第二天", "前一天", "双休日",
    "上周末", "这周末", "暑假", "寒假", "午夜", "正午", "白天", "全天",
)


def _cn(n: int) -> str:
    """1 → 一, 15 → 十五, 31 → 三十一."""
    if n <= 10:
        return _CN[n]
    tens, units = divmod(n, 10)
    return ("" if tens == 1 else _CN[tens]) + "十" + (_CN[units] if units else "")


def grid() -> list[tuple[str, str]]:
    """Each generated phrase with its class, first wording first, without repeats."""
    rows: list[tuple[str, str]] = []
    for part in (_dates, _clocks, _days, _weeks, _months, _years, _counts, _spans, _ranges, _feasts, _rest):
        rows.extend(part())
    seen: set[str] = set()
    return [(c, p) for c, p in rows if not (p in seen or seen.add(p))]  # type: ignore[func-returns-value]


def _dates() -> list[tuple[str, str]]:
    rows = []
    for y, m, d in [(2021, 3, 5), (2019, 12, 31), (2022, 7, 25), (2023, 1, 1), (2020, 2, 29), (2018, 10, 8)]:
        rows += [("abs-ymd", p) for p in (f"{y}年{m}月{d}日", f"{y}年{m}月{d}号", f"{y}-{m:02d}-{d:02d}", f"{y}/{m}/{d}",
                                          f"{y}.{m}.{d}", f"{str(y)[2:]}年{m}月{d}日")]
        rows += [("abs-ym", f"{y}年{m}月"), ("abs-ym", f"{y}年{_cn(m)}月"), ("abs-y", f"{y}年")]
        rows += [("abs-md", p) for p in (f"{m}月{d}日", f"{_cn(m)}月{_cn(d)}日", f"{m}月{d}号", f"{_cn(m)}月{_cn(d)}号")]
        rows += [("abs-d", f"{d}日"), ("abs-d", f"{d}号")]
    return rows + [("abs-y", p) for p in ("二零二一年", "二〇一九年", "一九九八年", "98年", "05年", "零三年")]


def _clocks() -> list[tuple[str, str]]:
    rows = [("clock", p) for h in (0, 2, 6, 8, 9, 11, 12, 13, 15, 18, 20, 23)
            for p in (f"{h}点", f"{h}时", f"{h}:00", f"{h}:30", f"{h}点半", f"{h}点15分", f"{h}点一刻", f"{h}点三刻",
                      f"{h}时30分", f"{h}点整", f"{h}:30:15")]
    for part in ("上午", "下午", "晚上", "早上", "凌晨", "中午", "傍晚", "夜里", "半夜", "深夜", "清晨", "早晨", "晚间", "午后", "夜间"):
        rows += [("part-clock", p) for h in (1, 3, 5, 7, 8, 10, 11, 12) for p in (f"{part}{h}点", f"{part}{_cn(h)}点", f"{part}{h}点半")]
        rows.append(("part", part))
    return rows


def _days() -> list[tuple[str, str]]:
    rows = []
    for day in ("今天", "明天", "后天", "大后天", "昨天", "前天", "大前天", "今日", "明日", "昨日", "次日", "当天"):
        rows.append(("rel-day", day))
        rows += [("rel-day-part", day + part) for part in ("上午", "下午", "晚上", "凌晨", "中午", "早上", "傍晚")]
        rows += [("rel-day-clock", day + t) for t in ("9点", "下午3点", "上午10点半", "晚上8点", "凌晨2点", "中午12点",
                                                      "14:30", "下午3点到5点", "早上7点")]
    return rows + [("rel-day", p) for p in ("今早", "今晨", "今晚", "明早", "明晚", "昨晚", "今夜", "明晨", "昨夜",
                                            "今明两天", "明后天", "明后两天")]


def _weeks() -> list[tuple[str, str]]:
    rows = []
    for pre in ("", "本", "这", "上", "下", "上上", "下下", "这个", "上个", "下个", "上一个", "下一个"):
        for word in ("周", "星期", "礼拜"):
            rows += [("week-day", f"{pre}{word}{'一二三四五六日'[k]}") for k in (0, 2, 4, 6)]
            if not (word == "周" and pre.endswith("个")):
                rows.append(("week", f"{pre}{word}" if pre else f"这{word}"))
        rows.append(("week-day", f"{pre}周末"))
    return rows + [("week-day-clock", d + t) for t in ("上午10点", "下午3点", "晚上7点半", "9点")
                   for d in ("周三", "下周一", "上周五", "星期天", "下个星期二")]


def _months() -> list[tuple[str, str]]:
    rows = []
    for pre in ("本月", "这个月", "上个月", "下个月", "上月", "下月", "上上个月", "下下个月"):
        rows.append(("month", pre))
        rows += [("month-day", f"{pre}{d}{unit}") for d in (1, 8, 15, 20, 30) for unit in "号日"]
        rows += [("month-blur", pre + edge) for edge in ("初", "底", "中", "末", "上旬", "中旬", "下旬")]
    rows += [("month-blur", p) for p in ("月初", "月底", "月中", "月末", "上旬", "中旬", "下旬")]
    for month in ("3月", "本月", "下个月", "今年5月", "2021年2月", "上个月"):
        rows += [("month-week", month + w) for w in ("的第一个星期一", "第一个周五", "的最后一个周日", "第二周", "的第三周",
                                                     "最后一周", "第一周", "的第一个周末")]
    return rows + [("blur-day", p) for p in ("三月初", "三月中旬", "五月底", "十二月下旬", "6月上旬", "今年3月初",
                                             "去年12月底", "明年6月中旬", "2021年5月下旬", "上个月底", "下个月初")]


_YEAR_PARTS = (
    "初", "底", "中", "末", "年初", "年底", "年中", "年末", "上半年", "下半年", "前半年", "后半年", "第一季度", "一季度",
    "第二季度", "三季度", "第四季度", "前三季度", "前两个季度", "春天", "夏天", "秋天", "冬天", "春季", "冬季",
    "前三个月", "前10个月", "1至6月", "1-5月", "3到5月", "第一周", "第10周", "最后一个月",
)


def _years() -> list[tuple[str, str]]:
    rows = []
    for pre in ("今年", "去年", "明年", "前年", "后年", "大前年", "大后年"):
        rows.append(("year", pre))
        rows += [("year-month", p) for m in (1, 3, 6, 9, 12) for p in (f"{pre}{m}月", f"{pre}{_cn(m)}月")]
        rows += [("year-month-day", p) for m in (1, 3, 6, 9, 12) for p in (f"{pre}{m}月{m + 2}日", f"{pre}{_cn(m)}月{_cn(m + 5)}号")]
        rows += [("year-part", pre + part) for part in _YEAR_PARTS]
    return rows + [("abs-year-part", y + part) for y in ("2021年", "2019年")
                   for part in ("上半年", "下半年", "第三季度", "一季度", "前三季度", "年初", "年底", "春天", "1至6月",
                                "3月到5月", "第一周", "前两个季度", "第二个季度")]


_UNITS = ("天", "日", "周", "个星期", "个月", "年", "小时", "个小时", "分钟", "秒", "个礼拜", "个季度")


def _counts() -> list[tuple[str, str]]:
    rows = []
    for n, unit in itertools.product((1, 2, 3, 5, 10, 15, 30, 100), _UNITS):
        rows += [("count-from-now", f"{n}{unit}{s}") for s in ("前", "后", "以前", "以后", "之前", "之后")]
        rows += [("count-from-now", f"{_cn(n) if n <= 99 else n}{unit}{s}") for s in "前后"]
    return rows + [("count-from-now", p) for p in ("半年前", "半年后", "半个月前", "半个月后", "半小时前", "半小时后",
                                                   "一个半月后", "两个半小时后", "一年半前", "两天半后", "一刻钟后",
                                                   "十多年前", "几天前", "几年后", "两三天后", "数月前")]


def _spans() -> list[tuple[str, str]]:
    rows = []
    for n, unit in itertools.product(("三", "3", "两", "7", "十", "24", "一"), ("天", "周", "个月", "年", "小时", "个星期", "日", "个季度")):
        rows += [(f"span-{pre}", f"{pre}{n}{unit}") for pre in ("近", "最近", "过去", "未来", "今后", "前", "最近的", "接下来的")]
    return rows + [("span", p) for p in ("本周内", "本月内", "今年内", "年内", "月内", "三天内", "一周内", "两年内",
                                         "24小时内", "半年内", "近日", "近期", "日前", "目前", "现在", "如今")]


def _ranges() -> list[tuple[str, str]]:
    pairs = [("3月5日", "8日"), ("3月5日", "4月2日"), ("2021年3月", "5月"), ("周一", "周五"), ("上午9点", "11点"),
             ("下午2点", "4点"), ("2019年", "2021年"), ("2020年1月", "2021年6月"), ("8月1日", "8月10日"), ("今天", "明天"),
             ("本周三", "下周一"), ("1月", "3月"), ("晚上8点", "10点"), ("9:00", "17:00"), ("明天上午9点", "下午5点"),
             ("2021年12月29日", "2022年1月3日"), ("去年", "今年"), ("10号", "15号"), ("星期二", "星期四"), ("5日", "7日")]
    rows = [("range", f"{a}{j}{b}") for a, b in pairs for j in ("到", "至", "-", "~", "—")]
    return rows + [("range", p) for a, b in pairs for p in (f"从{a}到{b}", f"{a}至{b}期间", f"{a}到{b}之间")]


def _feasts() -> list[tuple[str, str]]:
    rows = []
    for feast in _FEASTS:
        rows.append(("feast", feast))
        rows += [("feast-year", pre + feast) for pre in ("今年", "去年", "明年", "2021年", "2019年")]
        rows += [("feast-word", feast + s) for s in ("前", "后", "期间", "前后", "当天", "假期", "晚上", "前夕", "长假")]
    return rows


def _rest() -> list[tuple[str, str]]:
    decades = ("上世纪90年代", "上世纪八十年代", "20世纪", "21世纪", "21世纪初", "二十世纪五十年代", "80年代", "九十年代",
               "九十年代末", "90年代初", "本世纪初", "19世纪末", "上世纪末", "70年代中期", "2010年代")
    hours = ("下午三四点", "晚上七八点", "三四点", "七八点钟", "早上六七点", "凌晨一两点")
    return [("decade", p) for p in decades] + [("hour-range", p) for p in hours] + [("misc", p) for p in _MISC]
