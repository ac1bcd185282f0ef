"""Saved pages: one small synthetic page for each class of failure seen on real news sites."""

from __future__ import annotations

import json

import pytest

from reader.core import Article, BlockKind, DropReason
from reader.core.sources.html_article import parse_html

STORY = ["江门市今天举办第十届侨乡文化节，来自二十个国家和地区的侨胞参加了开幕式。",
         "开幕式上，演员们表演了粤剧、醒狮等节目，现场观众热烈鼓掌，气氛十分热烈。",
         "主办方表示，文化节将持续一周，其间还将举办美食节、摄影展和侨史讲座。",
         "据介绍，今年的文化节首次设立线上展厅，海外侨胞可以在网上观看全部展览。"]


STORY_REST = "".join(f"<p>{p}</p>" for p in STORY[1:])
"""The story after its lede, a paragraph each."""


def _page(body: str, head: str = "<title>江门举办侨乡文化节_某某新闻网</title>") -> str:
    return f"<html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"


def _upper_lower(upper: str, rest: str, *, outer: str = "article class='txt'",
                 gap: str = "<aside class='ads'></aside>") -> str:
    """A story's lede in a box of its own (``upper``'s markup), then the rest in one kept for
    readers who log in, ``gap`` between them, all in ``outer``: the layout the lone-lede rules read."""
    tag = outer.split()[0]
    return (f"<{outer}><div id='upper'>{upper}</div>{gap}<div id='lower'><div class='articlelogin'>{rest}"
            f"</div></div></{tag}>")


def _published(article: Article) -> str:
    return article.published.isoformat() if article.published else ""


def _story_in(article_text: str) -> list[bool]:
    return [line in article_text for line in STORY]


def test_each_paragraph_in_its_own_wrapper() -> None:
    paragraphs = "".join(f'<div class="paragraph"><div class="content">{p}</div></div>' for p in STORY)
    html = _page(f"<h1>江门举办侨乡文化节</h1><div class='body'>{paragraphs}</div>"
                 "<div class='foot'><a href='/a'>关于我们</a></div>")
    assert all(_story_in(parse_html(html).text))


def test_closing_tags_inside_noscript_do_not_close_the_article() -> None:
    html = _page(f"<h1>江门举办侨乡文化节</h1><div class='article'><p>{STORY[0]}</p>"
                 f"<noscript></div></div><img src='x.gif'></noscript><p>{STORY[1]}</p>"
                 f"<p>{STORY[2]}</p><p>{STORY[3]}</p></div>"
                 "<div class='nav'><p>栏目导航，首页，新闻，体育，娱乐，财经，科技，汽车，房产。</p></div>")
    assert all(_story_in(parse_html(html).text))


def test_embed_inside_object_does_not_skip_the_rest_of_the_page() -> None:
    html = _page("<h1>江门举办侨乡文化节</h1><object><embed src='v.swf'></object>"
                 + "".join(f"<p>{p}</p>" for p in STORY))
    assert all(_story_in(parse_html(html).text))


def test_lede_outside_the_read_more_container_is_kept() -> None:
    rest = "".join(f"<p>{p}</p>" for p in STORY[1:])
    html = _page(f"<h1>江门举办侨乡文化节</h1><div class='story'><p>{STORY[0]}</p>"
                 f"<div class='more-content'>{rest}</div></div>")
    assert all(_story_in(parse_html(html).text))


def test_short_story_beats_a_panel_of_teasers() -> None:
    teasers = "".join(f"<li><h3><a href='/n{i}'>另一条新闻的标题第{i}条</a></h3>"
                      f"<p>这是另一条新闻的摘要，讲的是别的事情，与本文无关，第{i}条。</p></li>"
                      for i in range(6))
    html = _page(f"<h1>江门举办侨乡文化节</h1><div class='text'><p>{STORY[0]}</p></div>"
                 f"<ul class='list'>{teasers}</ul>")
    article = parse_html(html)
    assert STORY[0] in article.text
    assert "另一条新闻的摘要" not in article.text
    assert any("另一条新闻的摘要" in d.text for d in article.dropped)


def test_promotion_player_and_paywall_lines_are_dropped_with_a_reason() -> None:
    junk = ["欲看完整內容，請先登入會員。", "立即訂閱，解鎖全文", "視訊播放器 正在載入。",
            "This is a modal window.", "Your browser does not support the video tag.",
            "您的浏览器不支持 video 标签。", "下载APP，阅读更多精彩内容", "音频 04:29", "Podcast",
            "7 分钟", "閱讀時間 3 分鐘", "Descriptions off"]
    body = "".join(f"<p>{p}</p>" for p in STORY[:2]) + "".join(f"<p>{j}</p>" for j in junk) + \
        "".join(f"<p>{p}</p>" for p in STORY[2:])
    article = parse_html(_page(f"<h1>江门举办侨乡文化节</h1><div class='article'>{body}</div>"))
    assert all(_story_in(article.text))
    reasons = {d.text: d.reason for d in article.dropped}
    for line in junk:
        assert line not in article.text
        assert reasons.get(line) in (DropReason.PROMOTION, DropReason.MEDIA), line


def test_gallery_captions_appear_once() -> None:
    gallery = "".join(f"<figure><img src='{i}.jpg' alt='侨胞参观展览第{i}张'>"
                      f"<figcaption>侨胞参观展览第{i}张</figcaption></figure>" for i in range(3))
    thumbs = "".join(f"<p>侨胞参观展览第{i}张</p>" for i in range(3))
    body = "".join(f"<p>{p}</p>" for p in STORY) + gallery + thumbs
    article = parse_html(_page(f"<h1>江门举办侨乡文化节</h1><div class='article'>{body}</div>"))
    for i in range(3):
        assert article.text.count(f"侨胞参观展览第{i}张") == 1
    assert any(d.reason is DropReason.DUPLICATE for d in article.dropped)


def test_one_caption_under_each_of_several_photos_stays_under_each() -> None:
    caption = "侨胞在开幕式上观看醒狮表演。新华社记者 陈某某 摄"
    photos = "".join(f"<img src='{i}.jpg'><p>{caption}</p>" for i in range(3))
    body = "".join(f"<p>{p}</p>" for p in STORY) + photos
    article = parse_html(_page(f"<h1>江门举办侨乡文化节</h1><div class='article'>{body}</div>"))
    assert article.text.count(caption) == 3
    assert all(_story_in(article.text))


def test_a_photo_over_the_story_outside_its_container_keeps_its_caption() -> None:
    photo = "<table><tr><td><img src='a.jpg'></td></tr><tr><td><p>侨胞观看醒狮表演</p></td></tr></table>"
    story = "".join(f"<p>{p}</p>" for p in STORY)
    body = f"<h1>江门举办侨乡文化节</h1><div class='contents'><div>{photo}</div><div><div class='text'>{story}</div></div>" \
        "<div><img src='b.gif'><p>查看原图 264K</p></div></div>"
    article = parse_html(_page(body))
    kinds = {article.block_text(b): b.kind for b in article.blocks}
    assert kinds.get("侨胞观看醒狮表演") is BlockKind.CAPTION
    assert all(_story_in(article.text)) and "查看原图" not in article.text


@pytest.mark.parametrize("deck", [
    "<table><tr><td class='t1'>江门举办侨乡文化节</td></tr><tr><td class='t2'>二十个国家和地区的侨胞齐聚一堂</td></tr></table>",
    "<div class='title'><h2>江门举办侨乡文化节</h2><p class='subtitle'>二十个国家和地区的侨胞齐聚一堂</p></div>",
])
def test_the_subtitle_in_the_headlines_block_is_kept(deck: str) -> None:
    body = f"<div class='head'>{deck}</div><div class='article'>" + "".join(f"<p>{p}</p>" for p in STORY) + "</div>"
    article = parse_html(_page(body))
    kinds = {article.block_text(b): b.kind for b in article.blocks}
    assert article.title == "江门举办侨乡文化节"
    assert kinds.get("二十个国家和地区的侨胞齐聚一堂") is BlockKind.PARAGRAPH
    assert kinds.get(STORY[0]) is BlockKind.LEDE


def test_a_pager_or_a_tool_by_the_headline_is_no_subtitle() -> None:
    head = "<div class='title'><h2>江门举办侨乡文化节</h2><p>第1页/共1页 &lt;&lt; 上一页 | 下一页 &gt;&gt;</p><p>字体：小中大</p></div>"
    article = parse_html(_page(head + "<div class='article'>" + "".join(f"<p>{p}</p>" for p in STORY) + "</div>"))
    assert "上一页" not in article.text and "字体" not in article.text


def test_two_og_titles_with_the_site_name_first() -> None:
    head = ("<title>江门举办侨乡文化节 | 某某新闻网</title><meta property='og:site_name' content='某某新闻网'>"
            "<meta property='og:title' content='某某新闻网'><meta property='og:title' content='江门举办侨乡文化节'>")
    article = parse_html(_page("".join(f"<p>{p}</p>" for p in STORY), head))
    assert article.title == "江门举办侨乡文化节"


def test_a_date_only_meta_value_does_not_override_the_visible_time() -> None:
    head = "<title>江门举办侨乡文化节</title><meta property='article:published_time' content='2019-06-15'>"
    body = "<h1>江门举办侨乡文化节</h1><p>2019年06月15日08:18　来源：某某日报</p>" + "".join(f"<p>{p}</p>" for p in STORY)
    assert _published(parse_html(_page(body, head))) == "2019-06-15T08:18:00+08:00"


@pytest.mark.parametrize(("stamp", "want"), [
    ("2019-06-15T11:26:44+08:00", "2019-06-15T08:18:00+08:00"),  # a later re-publication: the page's minute
    ("2019-06-15T03:26:44Z", "2019-06-15T11:26:44+08:00"),  # written in UTC: the line may be another zone's
])
def test_the_visible_minute_of_the_meta_day_wins_over_a_local_meta_time(stamp: str, want: str) -> None:
    head = f"<title>江门举办侨乡文化节</title><meta property='article:published_time' content='{stamp}'>"
    body = "<h1>江门举办侨乡文化节</h1><p>2019年06月15日08:18　来源：某某日报</p>" + "".join(f"<p>{p}</p>" for p in STORY)
    assert _published(parse_html(_page(body, head))) == want


def test_an_update_line_over_the_publication_line_gives_way_to_it() -> None:
    dates = "<div class='date'>更新時間：2019/06/17 10:00</div><div class='date'>發佈時間：2019/06/15 08:18</div>"
    assert _published(parse_html(_page("<h1>江门举办侨乡文化节</h1>" + dates + "".join(f"<p>{p}</p>" for p in STORY)))) == "2019-06-15T08:18:00+08:00"


def test_a_related_story_dated_under_the_headline_is_not_the_date_line() -> None:
    related = "<ul class='related'><li><a href='/2'>某某公司聚焦四大场景，化身客户转型的最佳伙伴</a> 2019-06-01</li></ul>"
    body = "<h1>江门举办侨乡文化节</h1>" + related + "<div class='time'>2019-06-15 08:18</div>"
    assert _published(parse_html(_page(body + "".join(f"<p>{p}</p>" for p in STORY)))) == "2019-06-15T08:18:00+08:00"


def test_a_source_address_linked_by_the_date_leaves_a_date_line() -> None:
    line = "<div><a href='http://www.example.com/'>http://www.example.com/</a>\u3000 2019-06-15 08:18:00</div>"
    assert _published(parse_html(_page("<h1>江门举办侨乡文化节</h1>" + line + "".join(f"<p>{p}</p>" for p in STORY)))) == "2019-06-15T08:18:00+08:00"


def _shell(script: str) -> str:
    return _page(f"<div id='app'><div class='nav'><a href='/'>首页</a></div></div>{script}",
                 "<title>江门举办侨乡文化节_某某新闻网</title>")


def test_article_only_in_next_data() -> None:
    data = {"props": {"pageProps": {"article": {"title": "江门举办侨乡文化节",
                                                "content": "".join(f"<p>{p}</p>" for p in STORY)}}}}
    html = _shell(f"<script id='__NEXT_DATA__' type='application/json'>{json.dumps(data, ensure_ascii=False)}</script>")
    article = parse_html(html)
    assert all(_story_in(article.text))
    assert "<p>" not in article.text


def test_article_only_in_initial_state() -> None:
    data = {"detail": {"body": "\n".join(STORY), "id": 3}}
    html = _shell(f"<script>window.__INITIAL_STATE__ = {json.dumps(data)};</script>")
    assert all(_story_in(parse_html(html).text))


def test_article_only_in_jsonld_article_body() -> None:
    data = {"@type": "NewsArticle", "headline": "江门举办侨乡文化节", "articleBody": "\n".join(STORY)}
    html = _shell(f"<script type='application/ld+json'>{json.dumps(data, ensure_ascii=False)}</script>")
    article = parse_html(html)
    assert article.title == "江门举办侨乡文化节"
    assert all(_story_in(article.text))


def test_article_only_in_a_script_object_literal() -> None:
    """A page drawn by its scripts from a plain object (bare keys, single-quoted strings, the
    story's HTML entity-escaped inside quotes a ``.slice`` cuts off): its story and its moment,
    which only a bare ``time`` key gives."""
    escaped = "&quot;&lt;div&gt;" + "".join(f"&lt;p&gt;{p}&lt;/p&gt;" for p in STORY) + "&lt;/div&gt;&quot;"
    script = ("<script>var BASE_DATA = {\n  userInfo: {id: 0, userName: ''},\n"
              "  articleInfo: {\n    title: '江门举办侨乡文化节',\n"
              f"    content: '{escaped}'.slice(6, -6),\n"
              "    subInfo: {isOriginal: false, source: '某某网', time: '2018-10-29 08:41:00'}\n  },\n"
              "  commentInfo: {comments_count: 12}\n};</script>")
    article = parse_html(_shell(script))
    assert all(_story_in(article.text))
    assert "&lt;" not in article.text and '"' not in article.text
    assert _published(article).startswith("2018-10-29T08:41")


def test_a_script_time_does_not_date_a_page_that_shows_its_date() -> None:
    script = "<script>var config = {user: {time: '2023-01-02 03:04:05'}};</script>"
    html = _page(f"<h1>江门举办侨乡文化节</h1><div class='date'>2024年5月10日 10:00</div>"
                 f"<div class='article'>{''.join(f'<p>{p}</p>' for p in STORY)}</div>{script}")
    assert _published(parse_html(html)).startswith("2024-05-10T10:00")


def test_script_data_is_not_used_when_the_page_has_its_body() -> None:
    data = {"@type": "NewsArticle", "articleBody": "脚本里的另一种说法，不应该出现在正文里，因为页面本身已有正文。" * 3}
    html = _page("<h1>江门举办侨乡文化节</h1>" + "".join(f"<p>{p}</p>" for p in STORY)
                 + f"<script type='application/ld+json'>{json.dumps(data, ensure_ascii=False)}</script>")
    article = parse_html(html)
    assert all(_story_in(article.text)) and "脚本里的另一种说法" not in article.text


def test_an_unclosed_select_ends_with_its_table_cell() -> None:
    html = _page("<table><tr><td><select id='year'><script>years()</script></td>"
                 "<td><select id='month'><script>months()</script></td></tr></table>"
                 "<h1>江门举办侨乡文化节</h1>" + "".join(f"<p>{p}</p>" for p in STORY))
    assert all(_story_in(parse_html(html).text))


def test_an_unclosed_head_ends_where_the_body_starts() -> None:
    html = ("<html><head><meta charset='utf-8'><title>江门举办侨乡文化节_某某新闻网</title>"
            "<script>var x = 1;</script><body><h1>江门举办侨乡文化节</h1>"
            "<p class='date'>2005-09-11 18:04:42</p>" + "".join(f"<p>{p}</p>" for p in STORY) + "</body></html>")
    article = parse_html(html)
    assert all(_story_in(article.text))
    assert article.published is not None and article.published.isoformat().startswith("2005-09-11T18:04")


def _video_playlist(count: int) -> str:
    """A player's carousel, one block: each clip's headline with its tags after bars, shown
    twice (the item and its title), and its duration."""
    items = "".join(
        f"<span>【一分鐘看娛樂】藝人第{i}號近況曝光　網民熱議｜娛樂｜香港明星｜藝人</span><br>"
        f"<div class='clip-title'>【一分鐘看娛樂】藝人第{i}號近況曝光　網民熱議｜娛樂｜香港明星｜藝人</div>"
        f"<div class='clip-time'>01:{i:02d}</div>"
        for i in range(count))
    return f"<div class='clips'>{items}</div>"


def test_a_short_story_beats_a_long_playlist_of_tagged_video_headlines() -> None:
    html = _page(f"<h1>江门举办侨乡文化节</h1>{_video_playlist(60)}"
                 f"<article class='story'>{''.join(f'<p>{p}</p>' for p in STORY[:2])}</article>")
    article = parse_html(html)
    assert all(_story_in(article.text)[:2])
    assert "近況曝光" not in article.text
    assert any("近況曝光" in d.text for d in article.dropped)


def test_a_video_player_inside_the_story_is_no_part_of_it() -> None:
    player = ("<div class='video-player-ui'><div>Playback speed</div><div>1x Normal</div>"
              f"<div>360p</div><div>00:00/01:34</div>{_video_playlist(5)}</div>")
    body = f"<p>{STORY[0]}</p>{player}" + "".join(f"<p>{p}</p>" for p in STORY[1:])
    article = parse_html(_page(f"<h1>江门举办侨乡文化节</h1><div class='article'>{body}</div>"))
    assert all(_story_in(article.text))
    for junk in ("Playback speed", "1x Normal", "360p", "00:00/01:34", "近況曝光", "01:03"):
        assert junk not in article.text, junk


@pytest.mark.parametrize("line", ["Closed captions", "Playback speed", "1x Normal", "0.25x", "360p",
                                  "00:00/01:34", "Now Playing", "Ads by", "Skip",
                                  "Error loading media: File could not be played"])
def test_a_players_menu_is_media_boilerplate(line: str) -> None:
    from reader.core.article.cleanup import boilerplate_reason

    assert boilerplate_reason(line) is DropReason.MEDIA


def test_a_story_paragraph_with_a_bar_or_a_headline_with_a_full_stop_still_votes() -> None:
    story = [STORY[0], "記者查詢時，官員表示｜詳情將於下周公布｜暫未有時間表。", *STORY[1:]]
    html = _page("<h1>江门举办侨乡文化节</h1><div class='article'>" + "".join(f"<p>{p}</p>" for p in story) + "</div>")
    article = parse_html(html)
    assert all(line in article.text for line in story)


def test_a_closing_tag_inside_a_button_closes_nothing_outside_it() -> None:
    html = _page(f"<h1>江门举办侨乡文化节</h1><span class='wrap'><div class='article'><p>{STORY[0]}</p>"
                 "<div class='plyr'><button><span>Play</span></button></div>"
                 + "".join(f"<p>{p}</p>" for p in STORY[1:]) + "</div></span>"
                 "<p>栏目导航，首页，新闻，体育，娱乐，财经，科技，汽车，房产，旅游，教育。</p>")
    text = parse_html(html).text
    assert all(_story_in(text)) and "栏目导航" not in text


def test_lede_in_its_own_wrapper_beside_the_read_more_wrapper_is_kept() -> None:
    rest = "".join(f"<h2>小标题{i}</h2><p>{p}{p}</p>" for i, p in enumerate(STORY[1:]))
    html = _page(f"<h1>江门举办侨乡文化节</h1><article class='txt'>"
                 f"<div id='upper'><p>{STORY[0]}</p><div class='player'><p>Producer-2025 playlist</p></div></div>"
                 f"<div id='lower'><div class='more-text'>{rest}</div>"
                 "<div class='ad-slot'></div></div></article>")
    assert all(_story_in(parse_html(html).text))


@pytest.mark.parametrize("line", ["■明報報料熱線﹕news@example.com / 9181 0000", "爆料信箱：tips@example.com",
                                  "点击阅读下一则新闻", "點擊閱讀下一則新聞點擊閱讀下一則新聞"])
def test_a_tip_off_line_and_a_read_next_prompt_are_promotion(line: str) -> None:
    from reader.core.article.cleanup import boilerplate_reason

    assert boilerplate_reason(line) is DropReason.PROMOTION


def test_a_story_line_naming_a_hotline_in_a_sentence_stays() -> None:
    from reader.core.article.cleanup import boilerplate_reason

    assert boilerplate_reason("警方呼籲知情人士致電熱線提供線索，協助調查今次在大埔發生的縱火案件，警方會保密。") is None


def test_a_story_cut_into_parts_by_ad_slots_is_kept_whole() -> None:
    parts = [STORY[:2], STORY[2:3], STORY[3:]]
    body = "<div class='ad'><small>廣告</small></div>".join(
        "<div class='partial'><div class='item'>" + "".join(f"<div class='paragraph'>{p}</div>" for p in part)
        + "</div></div>" for part in parts)
    html = _page(f"<h1>江门举办侨乡文化节</h1><section class='article-body'>{body}</section>"
                 "<div class='related'><h4>相关报道</h4><ul><li><a href='/a'>另一条新闻的标题</a></li></ul></div>")
    text = parse_html(html).text
    assert all(_story_in(text)) and "另一条新闻" not in text


def test_a_cover_photos_caption_under_the_title_is_not_the_lede() -> None:
    caption = "侨胞在开幕式上观看醒狮表演，现场气氛热烈，观众纷纷拍照留念。图／资料照片"
    html = _page(f"<h1>江门举办侨乡文化节</h1><section class='wrapper'><figure class='cover'>"
                 f"<picture><img src='a.jpg' alt='{caption}'></picture><figcaption>{caption}</figcaption></figure><article><div class='paragraph'><section class='editor'>"
                 + "".join(f"<p>{p}</p>" for p in STORY) + "</section></div></article></section>")
    assert all(_story_in(parse_html(html).text))


@pytest.mark.parametrize("line", ["請同意我們的隱私權規範，才能啟用聽新聞的功能。", "[廣告]請繼續往下閱讀...", "廣告",
                                  "Advertisement", "下載法廣應用程序跟蹤國際時事", "請輸入正確的電子信箱格式",
                                  "感謝您的訂閱！", "訂閱《早安世界》電子報 每天3分鐘掌握10件天下事",
                                  "#台積電#三星#晶片#晶圓代工", "#星巴克 #買一送一 #星冰樂"])
def test_consent_ad_app_newsletter_and_hashtag_lines_are_boilerplate(line: str) -> None:
    from reader.core.article.cleanup import boilerplate_reason

    assert boilerplate_reason(line) is not None


@pytest.mark.parametrize("line", ["他在臉書寫下#MeToo，引發網友熱烈討論，許多人紛紛轉發支持。",
                                  "廣告商表示，今年的投放預算將比去年增加三成。",
                                  "市府請民眾同意配合防疫措施，並遵守隱私權相關規定。"])
def test_story_lines_naming_ads_tags_or_privacy_stay(line: str) -> None:
    from reader.core.article.cleanup import boilerplate_reason

    assert boilerplate_reason(line) is None


def test_the_story_under_the_headline_beats_the_next_longer_story_loaded_below_it() -> None:
    other = [f"另一篇報導的第{i}段，講的是別的公司推出的新產品，與本文無關，內容相當冗長，還有更多細節和數字。" for i in range(8)]
    html = _page("<h1>江门举办侨乡文化节</h1><p class='deck'>二十个国家和地区的侨胞参加开幕式，醒狮表演受欢迎。</p>"
                 "<div class='article-content'>" + "".join(f"<p>{p}</p>" for p in STORY) + "</div>"
                 "<h1>另一篇報導的標題</h1><div class='article-content'>"
                 + "".join(f"<p>{p}</p>" for p in other) + "</div>")
    text = parse_html(html).text
    assert all(_story_in(text)) and "另一篇報導的第" not in text


def test_a_photos_caption_in_a_plain_div_with_its_image_is_not_the_lede() -> None:
    caption = "侨胞在开幕式上观看醒狮表演，现场气氛热烈，观众纷纷拍照留念。（图／中央社）"
    html = _page("<h1>江门举办侨乡文化节</h1><article><div class='wrap'><div class='photo'><div class='img'>"
                 f"<img src='a.jpg' alt='{caption}'></div><div class='info'>{caption}</div></div>"
                 "<div class='inner'><div class='paragraph'>"
                 + "".join(f"<p>{p}</p>" for p in STORY) + "</div></div></div></article>")
    assert all(_story_in(parse_html(html).text))


def test_a_players_browser_notice_does_not_vote_over_the_story() -> None:
    notice = ("<div class='player-outer'><div id='flashplayer' style='display:none'><div id='movieplayer'>"
              "<div>抱歉，我們並不支援你正使用的瀏覽器。<br>為達至最佳瀏覽效果，請更新至最新的瀏覽器版本。<br>"
              "如有問題，歡迎電郵至 help@example.com 查詢。</div></div></div></div>")
    story = "".join(f"<p>{p}</p>" for p in STORY[:3])
    html = _page(f"<h1>江门举办侨乡文化节</h1><article><div class='media'>{notice}</div>"
                 f"<div class='lead'><div class='txt'>{story}</div></div></article>")
    text = parse_html(html).text
    assert all(_story_in(text)[:3]) and "抱歉" not in text


def test_a_gallery_slides_caption_is_not_the_lede() -> None:
    slide = ("<div class='album'><div class='slide'><div class='photo'><a href='/p.jpg'><img src='/p.jpg' "
             "alt='居民在庇护中心登记。'></a></div><div class='cap'>图1之1 - 居民在庇护中心登记，工作人员协助安排住宿。</div>"
             "</div></div>")
    html = _page(f"<h1>江门举办侨乡文化节</h1>{slide}<article class='txt'><div id='upper'><p>{STORY[0]}</p></div>"
                 "<div id='lower'><div class='login'>" + "".join(f"<p>{p}{p}{p}</p>" for p in STORY[1:])
                 + "</div></div></article>")
    assert all(_story_in(parse_html(html).text))


def test_a_hidden_copy_of_the_story_in_one_block_does_not_take_the_page() -> None:
    story = "".join(f"<div class='paragraph'>{p}</div>" for p in STORY)
    tools = "".join(f"<div class='tool'>{label}</div>" for label in ("繁體", "简体", "分享", "列印", "A+", "A-", "1/2", "2/2", "更多"))
    html = _page(f"<h1>江门举办侨乡文化节</h1>{tools}<div class='left'><div class='news'>{story}</div></div>"
                 "<div class='rank'>" + "".join(f"<div>{i}</div><div>香港</div>" for i in range(1, 30)) + "</div>"
                 "<div class='notice'>感謝您瀏覽本網，請按入詳細閱讀本網站所載之使用條款及細則。</div>"
                 f"<div class='ets-convertor' style='display:none'>{''.join(STORY)}</div>")
    article = parse_html(html)
    assert all(_story_in(article.text)) and "简体" not in article.text and "香港" not in article.text
    assert article.text.count(STORY[1]) == 1


@pytest.mark.parametrize("line", ["圖像來源，Getty Images", "Image source, Reuters", "Skip 熱讀 and continue reading",
                                  "End of 熱讀", "Article Information", "Role,"])
def test_a_pages_furniture_read_out_as_text_is_boilerplate(line: str) -> None:
    from reader.core.article.cleanup import boilerplate_reason

    assert boilerplate_reason(line) is not None


@pytest.mark.parametrize("line", ["图片来源：城市轨道交通2023年度统计和分析报告", "End of the war came in 1945."])
def test_a_charts_credit_and_a_sentence_are_no_furniture(line: str) -> None:
    from reader.core.article.cleanup import boilerplate_reason

    assert boilerplate_reason(line) is None


def test_the_rest_after_a_lone_lede_joins_it_though_kept_for_readers_who_log_in() -> None:
    player = "<aside class='ads'><div class='gliaplayer-container'>00:00 % buffered 下一段影片</div></aside>"
    html = _page("<h1>江门举办侨乡文化节</h1>" + _upper_lower(f"<p>{STORY[0]}</p>{player}", STORY_REST)
                 + "<div class='list'><a href='/b'>另一篇報導的標題</a></div>")
    text = parse_html(html).text
    assert all(_story_in(text)) and "buffered" not in text


def test_the_rest_after_a_lone_lede_joins_it_past_an_aside_no_class_names() -> None:
    """Class names a site generates (CSS-in-JS) say nothing: a player's <aside> under the lede,
    its controls' lines voting as paragraphs, is passed over on the way to the rest."""
    player = "<aside><div><div>某報 Entertainment Producer-20251128-09:04</div><div>% buffered00:00</div></div></aside>"
    html = _page(f"<h1>江门举办侨乡文化节</h1><article class='c3f9a1'><div id='c77b2e'><p>{STORY[0]}</p>{player}</div>"
                 "<aside class='c2b236'></aside><div id='c81e07'><div class='c0d4e5'>"
                 + "".join(f"<p>{p}</p>" for p in STORY[1:]) + "</div></div></article>")
    assert all(_story_in(parse_html(html).text))


def test_a_players_controls_are_dropped_and_its_thumbnail_makes_no_photo_of_the_lede() -> None:
    """The player's labels are boilerplate, so the lede is the one line that votes in its
    wrapper; the player's thumbnail in the <aside> beside it does not make that wrapper a
    photo's, whose one line would be its caption."""
    player = ("<aside class='ads'><div class='c1d2'><img src='thumb.jpg'><div>close</div><div>Advertisements</div>"
              "<div>NEXT VIDEO</div><div>% buffered00:00</div><div>Unmute</div><div>Powered by</div></div></aside>")
    gallery = "<div class='c9a8'><img src='p1.jpg'><div class='cap'>圖1之1 - 侨乡文化节开幕式现场。（记者攝）</div></div>"
    html = _page(f"<h1>江门举办侨乡文化节</h1>{gallery}" + _upper_lower(f"<p>{STORY[0]}</p>{player}", STORY_REST))
    text = parse_html(html).text
    assert all(_story_in(text)) and "buffered" not in text and "Unmute" not in text
    from reader.core.article.cleanup import boilerplate_reason

    assert all(boilerplate_reason(label) is DropReason.MEDIA for label in ("% buffered00:00", "Unmute", "NEXT VIDEO"))


def test_a_players_thumbnail_in_a_div_makes_no_photo_of_the_lede() -> None:
    """A page built of <div>s alone (no <aside>, no <article>): the player beside the lede is
    named by its class, and its thumbnail is no more the lede's own image than in an <aside>."""
    player = ("<div class='c5e1'><div class='gliaplayer-container'><img src='thumb.jpg'><div>close</div>"
              "<div>NEXT VIDEO</div><div>% buffered00:00</div></div></div>")
    html = _page("<h1>江门举办侨乡文化节</h1>"
                 + _upper_lower(f"<p>{STORY[0]}</p>{player}", STORY_REST, outer="div class='txt'", gap=""))
    text = parse_html(html).text
    assert all(_story_in(text)) and "buffered" not in text


def test_a_figure_inside_a_story_written_with_brs_makes_no_caption_of_its_text() -> None:
    """A story whose paragraphs are text written straight into its element, parted by <br>s,
    with a photo in a <figure> among them: the figure's image is the figure's, with its own
    caption; the story's first lines are not that photo's caption, and the story wins over the
    comment box's notice under it."""
    figure = "<figure><img src='p.jpg'><span class='cpt'>侨乡文化节开幕式现场。资料照片</span></figure>"
    comments = ("<ul class='c4'><li>留言限140字以內。留言將於發送留言後的第二日早上6:00，經審核後刊出，"
                "請勿發表涉及人身攻擊、色情或違法的內容，謝謝你的合作與支持。</li></ul>")
    html = _page(f"<h1>江门举办侨乡文化节</h1><div class='c1'><div class='c2'>{STORY[0]}<br><br>{figure}"
                 + "<br>".join(STORY[1:]) + f"</div></div>{comments}")
    text = parse_html(html).text
    assert all(_story_in(text)) and "留言限140字" not in text


def test_a_standfirst_in_the_articles_header_joins_the_story_after_it() -> None:
    """The standfirst sits in the <header> with the headline and the byline; the story follows
    in a section of its own. Both are the article; the byline is not."""
    header = (f"<header><h1>江门举办侨乡文化节</h1><p>{STORY[0]}</p>"
              "<div class='by'><a href='/a/1'>记者 李明</a></div></header>")
    body = "".join(f"<p>{p}</p>" for p in STORY[1:] + [p.replace("文化节", "侨乡节") for p in STORY[1:]])
    html = _page(f"<article>{header}<div class='c9'><section>{body}</section></div></article>")
    text = parse_html(html).text
    assert all(_story_in(text)) and "侨乡节将持续一周" in text


def test_an_aside_inside_the_story_is_set_aside() -> None:
    """A box of another story ("推荐": its linked headline and its summary) in an <aside> between
    two paragraphs, inside the story's own element: the page sets it beside the story, so its
    lines are not the story's, though the element holding the story holds them."""
    box = ("<aside title='推荐'><p><a href='/other'>侨乡美食节下月开幕</a></p>"
           "<p>侨乡美食节将于下月在新会举行，届时将有上百个摊位参展，预计吸引游客五万人次。</p></aside>")
    html = _page(f"<h1>江门举办侨乡文化节</h1><div class='endText'><p>{STORY[0]}</p><p>{STORY[1]}</p>{box}"
                 + "".join(f"<p>{p}</p>" for p in STORY[2:]) + "</div>")
    text = parse_html(html).text
    assert all(_story_in(text)) and "上百个摊位" not in text


ENGLISH = [f"The harbour festival opened on day {i} with boats, music and food stalls along the quay. "
           f"Organisers said about {i} thousand visitors came, more than they had expected." for i in range(1, 10)]


def test_a_story_cut_into_chunks_each_with_a_box_beside_it_is_read_whole() -> None:
    """A page (in English: on Chinese pages such blocks are a site's notices) cuts its story into
    a column of like chunks, each in a grid row with a sticky box of its own beside it: every
    chunk with paragraphs of the story joins, whichever won the vote."""
    def row(paragraphs: list[str]) -> str:
        story = "".join(f"<p>{p}</p>" for p in paragraphs)
        return (f"<div class='GridWrapper-a1 grid'><div class='GridItem-b2 main'><div class='BodyWrapper-c3'>"
                f"<div class='body__inner'>{story}</div></div></div><div class='GridItem-d4 side'>"
                "<div class='sticky'><p>Advertisement</p></div></div></div>")
    rows = row(ENGLISH[:2]) + row(ENGLISH[2:7]) + row(ENGLISH[7:])
    html = _page(f"<h1>Harbour festival opens</h1><div class='Chunks-e5'>{rows}</div>", "<title>Harbour festival opens</title>")
    text = parse_html(html).text
    assert all(p in text for p in ENGLISH)


def test_a_threads_dated_replies_are_no_chunks_of_its_first_post() -> None:
    """Posts of a thread alike to the first, each with its date line, are replies, not the rest
    of one story."""
    def post(day: int, paragraphs: list[str]) -> str:
        return (f"<div class='post-row'><div class='post-main'><div class='meta'>2024-05-{day:02d} 10:00</div>"
                f"<div class='post-body'>{''.join(f'<p>{p}</p>' for p in paragraphs)}</div></div>"
                "<div class='post-side'><p>Member since 2019</p></div></div>")
    html = _page(f"<h1>Harbour festival opens</h1><div class='thread'>{post(1, ENGLISH[:5])}{post(2, ENGLISH[5:7])}</div>",
                 "<title>Harbour festival opens</title>")
    text = parse_html(html).text
    assert all(p in text for p in ENGLISH[:5]) and ENGLISH[5] not in text


def test_a_list_of_key_points_under_the_headline_does_not_take_the_storys_place() -> None:
    """Under the headline a list of key points, each a sentence, then the story in groups cut by
    ad slots: the list's first point is the first line under the title, but a list item's list
    is not the story's container; the story's groups are."""
    points = "".join(f"<li>{p}</li>" for p in ("The harbour festival opened with boats and music.",
                                                 "Organisers counted more visitors than expected.",
                                                 "The festival runs for a week along the quay."))
    groups = "".join(f"<div class='group'><p>{a}</p><p>{b}</p></div><div class='ad-slot'></div>"
                     for a, b in zip(ENGLISH[::2], ENGLISH[1::2], strict=False))
    html = _page(f"<h1>Harbour festival opens</h1><div class='key-points'><ul>{points}</ul></div>"
                 f"<div class='article-body'>{groups}</div>", "<title>Harbour festival opens</title>")
    text = parse_html(html).text
    assert all(p in text for p in ENGLISH[:8])


def test_a_gallery_after_a_one_paragraph_story_is_no_rest_of_it() -> None:
    """Under a story of one paragraph, a row of photos, each with a caption of a whole sentence,
    follows in a sibling element: the captions are the photos' lines, not the story's next
    paragraphs."""
    photos = "".join(f"<div class='col{i}'><div><img src='p{i}.jpg'><div>{caption}</div></div></div>"
                     for i, caption in enumerate(["一名女士離開時需同行人士攙扶。(記者攝)", "大批居民在場外守候。(記者攝)",
                                                  "一名女子哭成淚人。(記者攝)"]))
    html = _page(f"<h1>江门举办侨乡文化节</h1><div class='news'><div class='main'><div class='paragraph'>"
                 f"<div class='content'>{STORY[0]}</div></div><div class='imageList'>{photos}</div></div></div>")
    text = parse_html(html).text
    assert STORY[0] in text and "攝" not in text


def test_a_standfirst_over_the_story_does_not_take_the_place_of_its_article_element() -> None:
    """The first paragraph under the headline is a standfirst in a box of its own, outside the
    <article> that holds the story: the page marks its story, so the article stays the body."""
    standfirst = ("江门市今天举办第十届侨乡文化节，来自二十个国家和地区的侨胞参加了开幕式，"
                  "活动为期三天，包括美食展、非遗展演、侨批展览和多场专题论坛，主办方预计吸引十万人次参观。")
    story = STORY[1:] + [p.replace("文化节", "侨乡节") for p in STORY[1:]] + [p.replace("文化节", "艺术节") for p in STORY[1:3]]
    html = _page(f"<div class='c1a0'><h1>江门举办侨乡文化节</h1><div class='c5e1'><p class='c9b2'>{standfirst}</p></div></div>"
                 "<article class='c3f9'>" + "".join(f"<p>{p}</p>" for p in story) + "</article>")
    text = parse_html(html).text
    assert all(p in text for p in story)


def test_a_lede_written_straight_into_its_box_beside_a_players_thumbnail_is_no_caption() -> None:
    """No <p>: the lede is the box's own text, paragraphs parted by <br>, and the box also holds a
    player's <aside> with its thumbnail. That image is not the box's, so its text is no caption."""
    player = "<aside class='ads'><div class='c1d2'><img src='thumb.jpg'><div>close</div><div>CANCEL</div></div></aside>"
    gallery = "<div class='c9a8'><img src='p1.jpg'><div class='c0b1'>圖1之1 - 侨乡文化节开幕式现场。（记者攝）</div></div>"
    rest = "<br><br>".join(STORY[1:])
    html = _page(f"<h1>江门举办侨乡文化节</h1>{gallery}<article class='c7e6'><div id='c5f4'>{STORY[0]}<br><br>{player}</div>"
                 f"<aside class='c2b2'></aside><div id='c8a1'><div class='c0d4'>{rest}</div></div></article>")
    assert all(_story_in(parse_html(html).text))


def test_a_one_paragraph_lede_before_a_panel_of_teasers_keeps_to_itself() -> None:
    teasers = "".join(f"<div class='item'><a href='/{i}'>另一篇報導的標題第{i}則</a>"
                      f"<p>另一篇報導的摘要第{i}則，講的是別的事情。</p></div>" for i in range(4))
    html = _page(f"<h1>江门举办侨乡文化节</h1><article><div id='upper'><p>{STORY[0]}</p></div>"
                 f"<div class='more'>{teasers}</div></article>")
    text = parse_html(html).text
    assert STORY[0] in text and "摘要" not in text


def test_a_story_cut_by_ad_slots_deep_in_like_wrappers_is_whole() -> None:
    def part(inner: str) -> str:
        return (f"<div class='article-con'><div class='article-detail'>{inner}</div>"
                "<div class='advert-wrapper'><div class='advert-slot'></div></div></div>")

    photo = part("<div class='article-image'><img src='a.jpg' alt='圖：江门举办侨乡文化节'></div>"
                 "<div class='article-info'>來源：某某新聞網</div>")
    story = "".join(part(f"<div class='article-text'><div><p>{p}</p></div></div>") for p in STORY)
    html = _page(f"<div class='article-details'><div class='title'>江门举办侨乡文化节</div>{photo}{story}</div>"
                 "<div class='foot'><a href='/a'>关于我们</a></div>", "<title>江门举办侨乡文化节</title>")
    text = parse_html(html).text
    assert all(_story_in(text)) and "來源" not in text


def test_a_hidden_copy_of_a_one_paragraph_story_with_its_markup_as_text_does_not_take_the_page() -> None:
    tools = "".join(f"<div class='tool'>{label}</div>" for label in ("繁體", "简体", "分享", "列印", "1/4", "更多"))
    html = _page(f"<h1>江门举办侨乡文化节</h1>{tools}<div class='left'><div class='news'>"
                 f"<div class='paragraph'>{STORY[0]}</div></div></div>"
                 "<div class='rank'>" + "".join(f"<div>{i}</div><div>香港</div>" for i in range(1, 30)) + "</div>"
                 f"<div class='ets-convertor' style='display:none'>{STORY[0]}&lt;br/&gt;</div>")
    text = parse_html(html).text
    assert STORY[0] in text and "简体" not in text and "香港" not in text and "<br/>" not in text


def test_a_video_js_players_controls_are_not_the_story() -> None:
    player = ("<div class='video-js vjs-theme'><div class='vjs-floating-info'><div class='vjs-title'>"
              "另一段影片的標題　烈焰沖天濃煙捲半空　多人報案求助</div></div><div class='vjs-control-bar'>"
              "<div class='vjs-duration'>總共時間 0:00</div><div class='vjs-remaining'>剩餘時間 -0:00</div></div>"
              "<p class='vjs-modal-dialog-description'>這是一個視窗，</p></div>")
    html = _page(f"<h1>江门举办侨乡文化节</h1><article><div class='body'><p>{STORY[0]}</p><p>{STORY[1]}</p>"
                 f"{player}<p>{STORY[2]}</p><p>{STORY[3]}</p></div></article>")
    text = parse_html(html).text
    assert all(_story_in(text)) and "總共時間" not in text and "烈焰沖天" not in text


def test_a_lede_under_a_gallery_of_captioned_photos_is_still_the_first_paragraph() -> None:
    gallery = "".join(f"<figure><div class='photo'><img src='p{i}.jpg'>照片說明第{i}張（記者攝）</div></figure>"
                      for i in range(9))
    html = _page(f"<h1>江门举办侨乡文化节</h1><div class='gallery'>{gallery}</div>"
                 + _upper_lower(f"<p>{STORY[0]}</p>", STORY_REST) + "<div class='list'><a href='/b'>另一篇報導的標題</a></div>")
    assert all(_story_in(parse_html(html).text))


def test_a_one_paragraph_story_under_a_photo_link_beats_a_notice_box() -> None:
    photo = ("<div class='thumb'><a href='/img/1.jpg'><img src='/img/1_320.jpg'></a>"
             "<span class='enlarge'><a href='/img/1.jpg'><img src='/enlarge.gif'>放大圖片</a></span></div>")
    notice = ("<div class='overlay'><div class='box'><p>本報印刷版出報日為星期一至六。<br><br>除以下公眾假期外，其餘日子照常出刊：<br>"
              "休刊日：逢周日及2月12至15日、<br>4月3至5日、12月27日<br>本報網上版於休刊日將如常更新即時新聞，<br>敬請留意。</p></div></div>")
    html = _page(f"<div class='page'><div class='main'><div class='detail'><h1>江门举办侨乡文化节</h1>{photo}"
                 f"<div id='content'><div class='text'><p>{STORY[0]}{STORY[1]}</p></div></div></div></div></div>{notice}")
    text = parse_html(html).text
    assert STORY[0] + STORY[1] in text and "休刊日" not in text


def test_a_gallery_after_a_one_paragraph_story_is_not_the_rest_of_it() -> None:
    gallery = "".join(f"<figure><div class='img'><img src='p{i}.jpg' alt='照片'>現場第{i}張照片，一片頹垣敗瓦。</div></figure>"
                      for i in range(4))
    html = _page(f"<h1>江门举办侨乡文化节</h1><article><div class='content-body'><p>{STORY[0]}{STORY[1]}</p>"
                 f"<div class='gallery'>{gallery}</div></div></article>")
    text = parse_html(html).text
    assert STORY[0] + STORY[1] in text and "頹垣敗瓦" not in text


def test_the_rest_after_a_lone_lede_is_taken_though_other_stories_follow_it_in_its_block() -> None:
    others = "".join(f"<li><a href='/n{i}'>另一篇報導的標題第{i}則</a></li>" for i in range(8))
    rest = "".join(f"<p>{p}</p>" for p in STORY[1:3]) + f"<p>其他報道</p><ul>{others}</ul>"
    html = _page("<h1>江门举办侨乡文化节</h1>" + _upper_lower(f"<p>{STORY[0]}</p>", rest, outer="div class='article_content'"))
    text = parse_html(html).text
    assert all(_story_in(text)[:3]) and "另一篇報導" not in text


def _lone_lede(rest: str) -> str:
    player = "<aside class='ads'><div class='gliaplayer-container'>00:00 % buffered 下一段影片</div></aside>"
    return _page("<h1>江门举办侨乡文化节</h1>" + _upper_lower(f"<p>{STORY[0]}</p>{player}", rest)
                 + "<div class='list'><a href='/b'>另一篇報導的標題</a></div>")


def test_the_rest_after_a_lone_lede_may_be_one_paragraph() -> None:
    text = parse_html(_lone_lede(f"<p>{STORY[1]}</p>")).text
    assert all(_story_in(text)[:2]) and "buffered" not in text


def test_the_rest_after_a_lone_lede_may_hold_a_subheading_a_list_and_a_linked_story() -> None:
    rest = (f"<p>{STORY[1]}</p><p><strong>文化节期间多个展馆免费开放　市民可预约参观</strong></p><p>{STORY[2]}</p>"
            "<p>* 江门市博物馆（上午九时至下午五时）</p><p>* 五邑华侨华人博物馆（上午十时至下午六时）</p>"
            f"<p><a href='/n1'><strong>江门侨乡文化节去年吸引逾十万人次参观。</strong></a></p><p>{STORY[3]}</p>")
    text = parse_html(_lone_lede(rest)).text
    assert all(_story_in(text)) and "免费开放" in text and "五邑华侨华人博物馆" in text


def test_a_photos_line_after_a_one_paragraph_story_is_not_its_rest() -> None:
    html = _page(f"<div class='top'><h1>江门举办侨乡文化节</h1><div class='time'>08:58</div></div>"
                 f"<div class='main'><div class='news'><div class='paragraph'>{STORY[0]}</div>"
                 "</div><div class='images'><div><img src='a.jpg'><div>侨胞在开幕式上合影留念。（记者摄）</div></div></div></div>")
    text = parse_html(html).text
    assert STORY[0] in text and "合影留念" not in text


def test_a_videos_caption_under_the_headline_is_not_the_lede() -> None:
    video = ("<div id='topvideo' class='video_wrap'><div><iframe src='https://v.example/p.php'></iframe></div>"
             "<div class='cap'>侨乡文化节开幕（採訪、拍攝：某某）</div></div>"
             "<div class='album'><div class='slide'><a href='#'>prevnext</a></div></div>")
    html = _page(f"<h1>江门举办侨乡文化节</h1>{video}" + _upper_lower(f"<p>{STORY[0]}</p>", STORY_REST))
    text = parse_html(html).text
    assert all(_story_in(text)) and "採訪" not in text


def test_a_row_of_reaction_buttons_does_not_hide_the_lede_from_the_next_story_below() -> None:
    reactions = "".join(f"<div class='reaction'><div class='name'>{name}</div><div class='count'>{i}</div></div>"
                        for i, name in enumerate(("讚好", "我鍾意", "我喊喇", "笑死我", "我嬲啊", "驚訝")))
    nxt = ["另一篇報導今早在政府總部東翼前地舉行，來自各界的代表出席了儀式並致辭。",
           "儀式約八時開始，奏唱國歌時升國旗及區旗到旗桿頂，及後再降下至旗杆一半位置。",
           "其後，主要官員在政府總部簽署弔唁冊，向罹難者誌哀，市民亦在外圍默站悼念。",
           "政府表示，由今日至下月一日，民政事務總署會於全港十八區設置弔唁處，供市民悼念。",
           "哀悼期間，全港所有政府建築物及設施的國旗及區旗會下半旗，以示哀悼，直至另行通知。"]
    html = _page(f"<div class='head'><h1>江门举办侨乡文化节</h1><div>撰文：某某</div><div>出版：2025-11-28 19:59</div>"
                 f"{reactions}</div><article class='detail first-section'>"
                 + "".join(f"<p>{p}</p>" for p in STORY) + "</article>"
                 "<div class='head'><h1>另一篇報導的標題</h1></div><article class='detail next-section-60'>"
                 + "".join(f"<p>{p}</p>" for p in nxt) + "</article>", "<title>江门举办侨乡文化节</title>")
    text = parse_html(html).text
    assert all(_story_in(text)) and "另一篇報導今早" not in text


def test_a_list_a_lone_lede_announces_is_the_rest_of_the_story() -> None:
    lede = "江门市今天举办第十届侨乡文化节，主办方在市内设立多个服务站，开放时间如下："
    rest = "".join(f"<p>* 江门市{place}服务站（上午九时至下午{hour}时）</p>"
                   for place, hour in (("蓬江区", "五"), ("江海区", "六"), ("新会区", "七")))
    html = _page("<h1>江门举办侨乡文化节</h1>" + _upper_lower(f"<p>{lede}</p>", rest))
    text = parse_html(html).text
    assert lede in text and "新会区服务站" in text


def test_a_list_of_video_titles_after_a_lone_lede_is_not_its_rest() -> None:
    videos = "".join(f"<p>另一段影片的標題第{i}則　現場直擊</p>" for i in range(4))
    html = _page(f"<h1>江门举办侨乡文化节</h1><article class='txt'><div id='upper'><p>{STORY[0]}</p></div>"
                 f"<aside class='ads'></aside><div id='lower'><div class='more'>{videos}</div></div></article>")
    text = parse_html(html).text
    assert STORY[0] in text and "現場直擊" not in text


def test_a_lede_holding_the_first_items_of_the_list_it_announces_keeps_the_rest() -> None:
    lede = "江门市今天举办第十届侨乡文化节，主办方为侨胞提供以下支援："
    items = "<br>".join(f"{i}. 为侨胞提供{what}" for i, what in enumerate(("免费交通接驳服务及物资运送", "临时住宿安排及膳食供应", "翻译服务及法律咨询服务"), 1))
    rest = "".join(f"<p>{line}</p>" for line in ("此外，文化节期间各区服务站将全日开放，于站内提供：",
                                                 "免费充电及固网电话服务，及免费外借充电器", "免费外借宽带路由器，为有需要侨胞提供网络"))
    html = _page("<h1>江门举办侨乡文化节</h1>" + _upper_lower(f"<p>{lede}<br>{items}</p>", rest))
    text = parse_html(html).text
    assert "翻译服务" in text and "宽带路由器" in text


def test_another_story_in_the_script_state_does_not_replace_the_shown_lede() -> None:
    """The page shows its short story's lede; its script state also holds a longer, related story:
    that one is not this page's (it holds none of the lede's opening)."""
    lede = "江门市今天举办第十届侨乡文化节，来自二十个国家和地区的侨胞参加了开幕式，市长致辞。"
    other = "台湾很多东南亚新二代并不是新闻，从统计资料可发现，东南亚配偶子女占每年新生儿比例，也已从七点九七下滑到二点一七。" * 3
    data = {"related": [{"title": "新二代的难题", "content": other}]}
    html = _page(f"<h1>江门举办侨乡文化节</h1><div class='brief'><p>{lede}</p></div>"
                 f"<script>window.__INITIAL_STATE__ = {json.dumps(data, ensure_ascii=False)};</script>",
                 "<title>江门举办侨乡文化节_某某新闻网</title>")
    text = parse_html(html).text
    assert lede in text and "新二代" not in text



def test_a_headline_said_twice_by_its_date_line_opens() -> None:
    """Two like blocks side by side say the headline (the page's <title> names only the site), the
    second over the date line: finding the chosen one among the page's lines compared elements
    field by field, and a child's parent is its element again, so the page would not open."""
    said = "<div class='t'><b>江门举办侨乡文化节</b></div>"
    html = _page(f"{said}{said}<div>2024年5月10日 10:00</div>"
                 f"<div class='article'>{''.join(f'<p>{p}</p>' for p in STORY)}</div>",
                 head="<title>侨乡新闻 - 某某网</title>")
    article = parse_html(html)
    assert article.title == "江门举办侨乡文化节"
    assert _published(article).startswith("2024-05-10T10:00")
    assert all(_story_in(article.text))


def test_a_notice_of_days_closed_is_not_the_date_line() -> None:
    """A page showing no date of its own has a notice near its top ("休刊日：…2021年2月12至15日"):
    a period running on to another day is not when the story went up; no date beats a wrong one."""
    html = _page("<div class='notice'>休刊日：逢周日及2021年2月12至15日、</div>"
                 f"<h1>江门举办侨乡文化节</h1><div class='article'>{''.join(f'<p>{p}</p>' for p in STORY)}</div>")
    article = parse_html(html)
    assert article.published is None
    assert all(_story_in(article.text))


def test_a_caption_its_date_opens_is_not_the_date_line() -> None:
    """The photo's caption right under the headline opens with the day it was taken; the date line
    further down is the story's."""
    caption = "2024年5月8日，江门市侨乡文化节的工作人员正在布置会场。"
    html = _page(f"<h1>江门举办侨乡文化节</h1><figure><img src='a.jpg'><figcaption>{caption}</figcaption></figure>"
                 "<div class='by'>记者 李明</div><div class='time'>2024年5月10日</div>"
                 f"<div class='article'>{''.join(f'<p>{p}</p>' for p in STORY)}</div>")
    article = parse_html(html)
    assert _published(article).startswith("2024-05-10")


def test_a_page_dated_only_by_its_storys_wire_dateline() -> None:
    """No date in the metadata, the address or any line by the headline: the story's dateline
    (新华社北京2024年3月5日电) says its day, and its relative dates count from it."""
    html = _page(f"<h1>江门举办侨乡文化节</h1><div class='content'><p>新华社江门2024年3月5日电 {STORY[0]}{STORY[1]}</p>"
                 + "".join(f"<p>{p}</p>" for p in STORY[2:]) + "</div>")
    assert _published(parse_html(html))[:10] == "2024-03-05"


def test_an_image_box_set_into_a_sentence_does_not_break_it() -> None:
    """A sina-style advert table floated into a paragraph mid-number: 获得了5<table>…</table>00万元."""
    inset = "<table align=left><tr><td><a href='/ad'><img src='ad.jpg'></a></td></tr></table>"
    lede = f"<p>江门市今天举办第十届侨乡文化节，主办方宣布为侨乡建设筹得善款共计5{inset}00万元，来自二十个国家和地区的侨胞参加了开幕式。</p>"
    html = _page(f"<h1>江门举办侨乡文化节</h1><div class='article'>{lede}{STORY_REST}</div>")
    text = parse_html(html).text
    assert "筹得善款共计500万元，来自二十个国家" in text
    assert all(_story_in(text)[1:])


def test_a_line_break_and_a_finished_sentence_still_end_a_paragraph() -> None:
    html = _page("<h1>江门举办侨乡文化节</h1><div class='article'>"
                 f"<p>{STORY[0]}<table><tr><td><img src='a.jpg'></td></tr></table>{STORY[1]}</p>"
                 f"<p>江门市今天举办第十届侨乡文化节的开幕式上<br>{STORY[2]}</p><p>{STORY[3]}</p></div>")
    lines = parse_html(html).text.split("\n")
    assert STORY[0] in lines and STORY[1] in lines and STORY[2] in lines
