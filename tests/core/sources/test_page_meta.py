"""A page's own metadata: site parts off titles, dates as pages write them, from scripts and URLs."""

from __future__ import annotations

import pytest

from reader.core.article.meta import parse_byline, parse_datetime, parse_published
from reader.core.sources.page_meta import (
    RawMeta,
    names_site,
    page_meta,
    parse_timestamp,
    script_date,
    strip_site_parts,
    url_date,
)


@pytest.mark.parametrize(("title", "outlet", "expected"), [
    ("市區新開一座公園｜即時｜某某新聞網｜某某日報", "", "市區新開一座公園"),
    ("市區新開一座公園 - 生活 - 某某時報電子報", "某某時報電子報", "市區新開一座公園"),
    ("市區新開一座公園 - 20250102 - 港聞", "", "市區新開一座公園"),
    ("市區新開一座公園 | 社會 | 某某社 CNA", "", "市區新開一座公園"),
    ("某某网 - 市区新开一座公园，居民点赞", "某某网", "市区新开一座公园，居民点赞"),
    ("颱風快報｜今晚八時改發三號風球", "某某電台", "颱風快報｜今晚八時改發三號風球"),
    ("大選｜某某勝出", "", "大選｜某某勝出"),
    ("海濱長廊｜首段昨日開放　居民大讚 | 某某01", "某某01", "海濱長廊｜首段昨日開放　居民大讚"),
    ("兩會｜代表熱議如何織密社會安全網 - 某某新聞網", "", "兩會｜代表熱議如何織密社會安全網"),
    ("某某01民調：七成市民支持延長｜港聞", "某某01", "某某01民調：七成市民支持延長｜港聞"),
    ("市區新開一座公園 居民大讚｜某某01｜港聞", "", "市區新開一座公園 居民大讚"),  # a site and its channel, both short
    ("市區新開一座公園 | 某某新聞 Some News", "", "市區新開一座公園"),  # a site's name in two scripts
    ("市區新開一座公園 | 某某經濟日報 abcd.com", "", "市區新開一座公園"),
    # a site glued by a dash does not take the headline's second half with it
    ("市区新开一座公园 居民点赞-某某网", "", "市区新开一座公园 居民点赞"),
    ("市区新开一座公园 居民点赞—某某网", "", "市区新开一座公园 居民点赞"),
    ("市区新开一座公园 居民点赞丨某某新闻", "", "市区新开一座公园 居民点赞"),
    # what follows a separator headlines do not use inside them is the template's
    ("市区新开一座公园 居民点赞_某某", "", "市区新开一座公园 居民点赞"),
    ("市区新开一座公园 居民点赞 | 某某", "", "市区新开一座公园 居民点赞"),
    ("某某 | 市区新开公园", "", "某某 | 市区新开公园"),  # the longer part is the headline
    ("市區新開一座公園 居民大讚｜多圖", "", "市區新開一座公園 居民大讚｜多圖"),  # the full-width bar joins a headline
    ("某某评丨市区新开一座公园", "", "某某评丨市区新开一座公园"),
    # a name in two scripts, a site's slogan, a bracketed site name
    ("市區新開一座公園 居民大讚｜某某傳媒 Some Media", "", "市區新開一座公園 居民大讚"),
    ("市区新开一座公园 居民点赞 - ABC News 中文", "", "市区新开一座公园 居民点赞"),
    ("市區新開一座公園 | 某某新聞網：最懂你的新聞網站", "", "市區新開一座公園"),
    ("【某某网】市区新开一座公园 居民点赞", "", "市区新开一座公园 居民点赞"),
    ("某某网-市区新开一座公园 居民点赞", "", "市区新开一座公园 居民点赞"),
    ("国内新闻_市区新开一座公园 居民点赞_某某网", "", "市区新开一座公园 居民点赞"),  # a channel put first
    ("北京-上海高铁今天开通 全程四小时", "", "北京-上海高铁今天开通 全程四小时"),  # not a site's name
    ("市區新開一座公園 居民大讚-某某頻道", "", "市區新開一座公園 居民大讚"),  # traditional script alike
])
def test_strip_site_parts(title: str, outlet: str, expected: str) -> None:
    assert strip_site_parts(title, outlet) == expected


def test_names_site() -> None:
    assert names_site("某某時報", "")
    assert names_site("中央通訊社", "")
    assert names_site("某某01", "某某01 - 即時新聞")
    assert not names_site("王小明", "某某01")
    assert not names_site("代表熱議如何織密社會安全網", "")  # a headline, however it ends
    assert not names_site("某某01民調：七成市民支持", "某某01")


def test_timestamps_keep_the_publishers_offset_and_show_utc_in_utc8() -> None:
    assert str(parse_datetime("2019-03-18T15:59:13Z")[0]) == "2019-03-18 23:59:13+08:00"
    assert str(parse_datetime("2019-03-18T20:59:13.250Z")[0]) == "2019-03-19 04:59:13+08:00"
    assert str(parse_datetime("2019-03-18T20:59:13+00:00")[0]) == "2019-03-19 04:59:13+08:00"
    # a publisher's own clock is its day: an evening in Paris or New York stays that evening
    assert str(parse_datetime("2019-03-18T20:22:00+02:00")[0]) == "2019-03-18 20:22:00+02:00"
    assert str(parse_datetime("2019-03-18 15:59:13-05:00")[0]) == "2019-03-18 15:59:13-05:00"
    assert str(parse_datetime("2024年5月1日 10:20-11:30")[0]) == "2024-05-01 10:20:00+08:00"
    assert str(parse_timestamp("1700000000000")[0]) == "2023-11-15 06:13:20+08:00"
    assert str(parse_timestamp("20240501")[0]) == "2024-05-01 00:00:00+08:00"
    assert str(parse_timestamp("202405011020")[0]) == "2024-05-01 10:20:00+08:00"
    assert parse_timestamp("不是日期") is None


@pytest.mark.parametrize(("written", "day"), [
    ("2024年3月5日 星期二 10:20", "2024-03-05 10:20"),  # Hong Kong: the weekday after the day
    ("05/03/2024 10:20", "2024-03-05 10:20"),  # day first, as Hong Kong, Singapore and Malaysia write
    ("13/03/2024", "2024-03-13 00:00"),
    ("3/13/2024", "2024-03-13 00:00"),  # no thirteenth month: month first
    ("7/5/2005 9:23:57 PM", "2005-07-05 21:23"),  # an AM/PM clock writes the American order
    ("民國113年3月5日", "2024-03-05 00:00"),  # Taiwan: the Republic's years
    ("113年3月5日 下午3:20", "2024-03-05 15:20"),
    ("民國99/12/31", "2010-12-31 00:00"),
    ("24.03.2024", "2024-03-24 00:00"),  # dots, day first, as European outlets' Chinese pages write
    ("28-11-2025 10:00", "2025-11-28 10:00"),  # hyphens, day first
    ("发表时间：06/02/2022 - 13:48", "2022-02-06 13:48"),
    ("Saturday, September 10th, 2005 10:56 am", "2005-09-10 10:56"),  # an English month's name
    ("10 Sep 2005", "2005-09-10 00:00"),
    ("二〇二四年五月一日 上午10:30", "2024-05-01 10:30"),  # Chinese numerals, as official pages date a story
    ("發布日期：二○二三年十二月三十一日", "2023-12-31 00:00"),
    ("二零一九年九月廿一日", "2019-09-21 00:00"),
    ("其它内容 十一月 6th, 2009", "2009-11-06 00:00"),  # a blog's English date format, the month translated
    ("十二月 25, 2012 10:20", "2012-12-25 10:20"),
])
def test_day_orders_and_republic_years(written: str, day: str) -> None:
    assert parse_datetime(written)[0].strftime("%Y-%m-%d %H:%M") == day


@pytest.mark.parametrize(("written", "day"), [
    ("發布時間：109/11/01 10:20", "2020-11-01 10:20"),  # Taiwan's official pages: a 民國 year in numbers
    ("發布日期：109-11-01", "2020-11-01 00:00"),
    ("109/11/01 10:20", "2020-11-01 10:20"),
])
def test_a_republic_year_in_numbers_with_a_clock_or_a_label(written: str, day: str) -> None:
    assert parse_datetime(written)[0].strftime("%Y-%m-%d %H:%M") == day


def test_no_day_from_a_longer_number() -> None:
    assert parse_datetime("2113年3月5日") is None
    assert parse_datetime("1/2/3/2024") is None
    assert parse_datetime("1-2-3-2024") is None
    assert parse_datetime("電話 2345-12-2024") is None
    assert parse_datetime("113/03/05") is None  # without 民國, a clock or a label a slashed short year is no date
    assert parse_datetime("第109/11/01號") is None
    assert parse_datetime("二〇二四年五月") is None  # a month is no day
    assert parse_datetime("十一月 6, 2009年") is None  # nor a month's name before a count and a year


def test_script_date_reads_data_keys_only() -> None:
    assert script_date(["var x = {ctime: '2020-01-01', pub_date: \"2021-02-03 04:05\"};"])[1] == "2021-02-03 04:05"
    assert script_date(["var page = {time: '2020-01-01 10:00'};"]) is None


def test_a_wechat_articles_script_keeps_its_creation_time() -> None:
    """A saved 微信公众号 page shows only 昨天; its script keeps when it went up, in Unix seconds."""
    scripts = ['var nickname = "某某公众号";\n    var ct = "1581517074";\n    var publish_time = "" || "";']
    assert script_date(scripts)[1] == "2020-02-12 22:17"
    assert script_date(['var c = {ct: "1581517074"};']) is None


@pytest.mark.parametrize(("url", "expected"), [
    ("https://news.example.com/n1/2019/0917/c1001-3135.html", "2019-09-17"),
    ("https://www.example.com.tw/news/asoc/201603190029.aspx", "2016-03-19"),
    ("http://www.example.cn/fortune/2023-11/17/c_112998.htm", "2023-11-17"),
    ("https://example.com/story/7315/3004543", None),
    ("https://example.com/a/2019/13/45/x.html", None),
])
def test_url_date(url: str, expected: str | None) -> None:
    found = url_date(url)
    assert (found[0].strftime("%Y-%m-%d") if found else None) == expected


def test_parse_byline() -> None:
    assert parse_byline("〔記者王小明／台北報導〕台北市政府今天宣布") == "王小明"
    assert parse_byline("（圖／記者林小華翻攝）") == "林小華"
    assert parse_byline("本报记者 李四 报道") == "李四"
    assert parse_byline("市民向记者表示，公园很好") == ""


def test_parse_published_prefers_the_labelled_date() -> None:
    line = "更新時間：2024/05/02 08:00　發布時間：2024/05/01 10:20"
    assert str(parse_published(line)[0]) == "2024-05-01 10:20:00+08:00"
    assert str(parse_published("2024-05-01 10:20 来源：某某日报")[0]) == "2024-05-01 10:20:00+08:00"
    assert str(parse_published("最後更新：2024/05/02 08:00 發佈時間：2024/05/01 10:20")[0]) == "2024-05-01 10:20:00+08:00"


@pytest.mark.parametrize(("text", "expected"), [
    ("2024年5月1日 下午3:20", "2024-05-01T15:20:00+08:00"),
    ("2024/05/01 03:20 PM", "2024-05-01T15:20:00+08:00"),
    ("2024/05/01 上午12:10", "2024-05-01T00:10:00+08:00"),
    ("2024-05-01 HKT 15:20", "2024-05-01T15:20:00+08:00"),
    ("2024年5月1日（星期三）晚上8時05分", "2024-05-01T20:05:00+08:00"),
    ("2025年1月2日星期四", "2025-01-02T00:00:00+08:00"),
    ("２０２４年５月１日 １５：２０", "2024-05-01T15:20:00+08:00"),  # full-width digits
    ("發佈：２０２４－０５－０１", "2024-05-01T00:00:00+08:00"),
])
def test_dates_as_hong_kong_and_taiwan_pages_write_them(text: str, expected: str) -> None:
    assert parse_datetime(text)[0].isoformat() == expected


def test_json_ld_article_fields_come_before_the_web_page_ones() -> None:
    raw = RawMeta(jsonld=[
        '{"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "某某网", '
        '"datePublished": "2001-01-01"}, {"@type": "NewsArticle", "headline": "市区新开一座公园", '
        '"datePublished": "2024-05-01T02:20:00Z", "author": [{"@type": "Person", "name": "张三"}], '
        '"publisher": {"@type": "Organization", "name": "某某网"}}]}',
    ])
    meta = page_meta(raw)
    assert (meta.title, meta.author, meta.outlet) == ("市区新开一座公园", "张三", "某某网")
    assert str(parse_timestamp(meta.published)[0]) == "2024-05-01 10:20:00+08:00"


def _page(paragraph: str) -> str:
    stamp = "<meta property='article:published_time' content='2024-05-02T20:53:56Z'>"
    return f"<html><head><title>Headline</title>{stamp}</head><body><h1>Headline</h1>" + \
        f"<p>{paragraph}</p>" * 4 + "</body></html>"


def test_a_utc_time_is_shown_in_utc8_on_a_chinese_page_and_in_utc_on_any_other() -> None:
    """A Chinese page's readers see a UTC evening as the next morning in UTC+08:00; a London or
    Berlin page's UTC evening stays that evening, its own day."""
    from reader.core.sources.html_article import parse_html

    chinese = parse_html(_page("市政府今天公布了新的交通安排，市民可以在网站上查询详细的路线和时间。"))
    english = parse_html(_page("The council published its new traffic plan today, with routes and times online."))
    assert str(chinese.published) == "2024-05-03 04:53:56+08:00"
    assert str(english.published) == "2024-05-02 20:53:56+00:00"
