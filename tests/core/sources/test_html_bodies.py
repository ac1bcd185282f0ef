"""Saved pages' body text: one small synthetic page for each class of kept boilerplate or lost story
seen on the second round's pages (Hong Kong portals, content platforms, Taiwanese dailies)."""

from __future__ import annotations

import pytest

from reader.core import BlockKind, DropReason
from reader.core.sources.html_article import parse_html
from reader.core.sources.html_body import body_containers
from reader.core.sources.html_tree import PageTree
from reader.core.sources.html_tree import pieces as page_pieces

STORY = ["（本报香港19日电）特区政府今天公布新一轮资助计划，预计惠及二十万个家庭。",
         "计划的申请期由下月一日开始，为期三个月，合资格家庭可在网上递交申请。",
         "政府发言人表示，计划的详情会在下周上载到政府网站，市民可以查阅。",
         "他补充说，当局会密切留意计划的推行情况，有需要时再作检讨。"]
TITLE = "<title>特区政府公布新一轮资助计划</title>"


def _parse(body: str, head: str = TITLE) -> tuple[str, dict[str, DropReason]]:
    article = parse_html(f"<html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>")
    return article.text, {d.text: d.reason for d in article.dropped}


def _paragraphs(lines: list[str]) -> str:
    return "".join(f"<p>{line}</p>" for line in lines)


def test_a_short_story_under_the_title_beats_a_feed_with_long_summaries() -> None:
    summary = "根据世界卫生组织的资料，一级致癌物是指有充足证据证明其具有致癌性的物质，" * 30
    feed = "".join(f"<li><div>某某健康·{i}小时前</div><h4><a href='/n{i}'>【健康】另一条新闻的标题{i}</a></h4>"
                   f"<p>{summary}</p></li>" for i in range(2))
    body = (f"<h1>特区政府公布新一轮资助计划</h1><div>某某社</div><div>2024年5月20日週一 下午2:05</div>"
            f"<div class='caas-body'>{_paragraphs(STORY)}</div><ul class='stream'>{feed}</ul>")
    text, _ = _parse(body)
    assert all(line in text for line in STORY)
    assert "一级致癌物" not in text


def test_markup_inside_an_image_alt_is_not_text() -> None:
    alt = "资助计划 &lt;a class=&quot;link&quot; href=&quot;/tag/x&quot;&gt;公布&lt;/a&gt;"
    body = (f"<h1>特区政府公布新一轮资助计划</h1><div class='body'><figure><img src='a.jpg' alt=\"{alt}\">"
            f"</figure>{_paragraphs(STORY)}</div>")
    text, _ = _parse(body)
    assert "<a" not in text and "href" not in text
    assert all(line in text for line in STORY)


def test_lists_of_other_stories_inside_the_article_container_are_dropped() -> None:
    links = "".join(f"<li><a href='/n{i}'>另一宗新闻的标题第{i}条</a></li>" for i in range(4))
    body = (f"<h1>特区政府公布新一轮资助计划</h1><div class='article'>{_paragraphs(STORY)}"
            f"<h3><a href='/more'>看其他文章</a></h3><ul>{links}</ul></div>")
    text, reasons = _parse(body)
    assert all(line in text for line in STORY)
    assert "另一宗新闻的标题" not in text
    assert reasons.get("另一宗新闻的标题第0条") is DropReason.NAVIGATION


def test_platform_disclaimers_and_page_controls_are_dropped() -> None:
    junk = ["平台声明：该文观点仅代表作者本人，某某号系信息发布平台，某某仅提供信息存储空间服务。",
            "以上内容（包括图片及视频）为创作者平台用户上传并发布，本平台仅提供信息存储服务",
            "（编辑：小何）返回某某，查看更多", "责任编辑：", "举报", "不喜欢", "播报文章",
            "微信扫码分享", "letters@example.com.hk", "字級：", "延伸閱讀", "看其他文章"]
    body = f"<h1>特区政府公布新一轮资助计划</h1><div class='article'>{_paragraphs(STORY + junk)}</div>"
    text, reasons = _parse(body)
    assert all(line in text for line in STORY)
    for line in junk:
        assert line not in text and line in reasons, line


def test_a_placeholder_a_script_would_have_filled_is_dropped() -> None:
    junk = ["正在读取评论……", "加载中...", "載入中…", "Loading..."]
    body = f"<h1>特区政府公布新一轮资助计划</h1><div class='article'>{_paragraphs(STORY + junk)}</div>"
    text, reasons = _parse(body)
    assert all(line in text for line in STORY)
    for line in junk:
        assert line not in text and line in reasons, line
    kept = STORY + ["他正在读取数据时发现了问题。"]
    text, _ = _parse(f"<h1>特区政府公布新一轮资助计划</h1><div class='article'>{_paragraphs(kept)}</div>")
    assert all(line in text for line in kept)


def test_a_browser_notice_a_gallery_counter_and_a_players_labels_are_dropped() -> None:
    """What a page's class names used to hide, read as text when they say nothing."""
    junk = ["抱歉，我們並不支援你正使用的瀏覽器。", "為達至最佳瀏覽效果，請更新至最新的瀏覽器版本。", "1/4",
            "其他熱爆話題：", "close", "Advertisements", "CANCEL"]
    body = f"<h1>特区政府公布新一轮资助计划</h1><div class='article'>{_paragraphs(STORY + junk)}</div>"
    text, reasons = _parse(body)
    assert all(line in text for line in STORY)
    for line in junk:
        assert line not in text and line in reasons, line
    kept = STORY + ["微软宣布不再支持IE浏览器。", "最佳选择评分：9/10"]
    text, _ = _parse(f"<h1>特区政府公布新一轮资助计划</h1><div class='article'>{_paragraphs(kept)}</div>")
    assert all(line in text for line in kept)


def test_an_editor_line_with_a_name_and_a_report_in_a_story_stay() -> None:
    lines = STORY + ["有市民向记者举报称，部分申请表格的资料有误。", "责任编辑：王小明"]
    body = f"<h1>特区政府公布新一轮资助计划</h1><div class='article'>{_paragraphs(lines)}</div>"
    text, _ = _parse(body)
    assert "有市民向记者举报称" in text


def test_a_listings_repeated_rows_stay() -> None:
    rows = "".join(f"<p>{i}、某某公园</p><p>成人票原价：60元</p><p>咨询电话：12345678</p>" for i in range(1, 4))
    body = f"<h1>特区政府公布新一轮资助计划</h1><div class='article'>{_paragraphs(STORY)}{rows}</div>"
    text, _ = _parse(body)
    assert text.count("成人票原价：60元") == 3


def test_a_listings_long_labelled_field_said_under_each_item_stays() -> None:
    note = "备注：使用条件：成人及身高1.4米以上儿童；60周岁以下长者，凭有效证件入园"
    rows = "".join(f"<p>{i}、某某公园</p><p>咨询电话：12345678</p><p>{note}</p>" for i in range(1, 4))
    repeated = "特区政府表示，计划会分阶段推行，首阶段将在明年一月展开，涵盖所有合资格家庭。"
    body = f"<h1>特区政府公布新一轮资助计划</h1><div class='article'>{_paragraphs(STORY)}{rows}" \
        f"<p>{repeated}</p><p>{repeated}</p></div>"
    text, reasons = _parse(body)
    assert text.count(note) == 3
    assert text.count(repeated) == 1 and reasons.get(repeated) is DropReason.DUPLICATE


@pytest.mark.parametrize("caption", [
    "市民在政府总部外排队索取申请表格。（记者陈大文摄）",
    "市民在政府總部外排隊索取申請表格。（圖擷取自某某臉書）",
    "市民在政府總部外排隊索取申請表格。（中央社記者陳大文台北傳真 113年3月5日）",
    "市民舉杯慶祝新計劃公布。（記者陳大文攝）＊飲酒過量，有害健康/未成年請勿飲酒＊",
])
def test_a_photo_credit_paragraph_is_a_caption_not_the_lede(caption: str) -> None:
    body = f"<h1>特区政府公布新一轮资助计划</h1><div class='article'>{_paragraphs([caption] + STORY)}</div>"
    article = parse_html(f"<html><head>{TITLE}</head><body>{body}</body></html>")
    kinds = {article.block_text(b): b.kind for b in article.blocks}
    assert kinds[caption] is BlockKind.CAPTION
    assert kinds[STORY[0]] is BlockKind.LEDE


def test_a_bold_line_crediting_a_photo_is_a_caption_not_a_section() -> None:
    caption = "市民在政府總部外排隊索取申請表格，場面熱鬧。（中央社記者陳大文台北傳真 113年3月5日）"
    body = f"<h1>特区政府公布新一轮资助计划</h1><div class='article'><p><b>{caption}</b></p>{_paragraphs(STORY)}</div>"
    article = parse_html(f"<html><head>{TITLE}</head><body>{body}</body></html>")
    assert {article.block_text(b): b.kind for b in article.blocks}[caption] is BlockKind.CAPTION


def test_the_body_vote_starts_afresh_when_asked_again() -> None:
    tree = PageTree()
    tree.feed(f"<html><body><div class='article'>{_paragraphs(STORY)}</div></body></html>")
    tree.close()
    found = page_pieces(tree.root)
    first = body_containers(found, None)
    score = first[0].score
    assert body_containers(found, None) == first and first[0].score == score


def test_a_sidebar_class_on_the_pages_own_wrapper_does_not_bury_the_story() -> None:
    """``<body class="…sidebar-off">`` or a sticky sidebar's wrapper round the whole article is
    not a sidebar when the headline is inside it."""
    notice = _paragraphs(["本网站所刊载的所有内容，包括文字、图片和音视频资料，版权均属本网所有，未经许可不得转载。",
                          "如需转载或引用本网内容，请与本网版权部门联系，并在使用时注明出处，谢谢合作。"])
    body = (f"<div class='theiaStickySidebar'><h1>特区政府公布新一轮资助计划</h1>"
            f"<div class='entry'>{_paragraphs(STORY)}</div></div><div class='notice'>{notice}</div>")
    text, _ = _parse(body)
    assert all(line in text for line in STORY)


def test_parts_of_a_story_with_an_id_each_are_still_alike() -> None:
    """Ad slots cut the story into wrappers of one class, each with its own id."""
    parts = "<div class='ad'>广告</div>".join(
        f"<div class='slide' id='slide-{i}'><div>{_paragraphs(STORY[i * 2 : i * 2 + 2])}</div></div>" for i in range(2))
    body = f"<h1>特区政府公布新一轮资助计划</h1><div class='deck'>{parts}</div>"
    text, _ = _parse(body)
    assert all(line in text for line in STORY)


def test_a_digests_numbered_item_heads_are_its_sections_not_links_to_elsewhere() -> None:
    """A news digest: each item's numbered headline links to the full story, over its summary."""
    items = "".join(f"<p><a href='/n{i}'>{i}.特区政府公布第{i}项措施</a></p><p>{line}</p>"
                    for i, line in enumerate(STORY, 1))
    article = parse_html(f"<html><head><meta charset='utf-8'>{TITLE}</head><body>"
                         f"<h1>特区政府公布新一轮资助计划</h1><div class='digest'>{items}</div>"
                         "<ul><li><a href='/a'>1.另一条新闻</a></li><li><a href='/b'>2.又一条新闻</a></li></ul>"
                         "</body></html>")
    heads = [b for b in article.blocks if b.kind is BlockKind.HEADING]
    assert [article.text[b.start : b.end] for b in heads][-4:] == [f"{i}.特区政府公布第{i}项措施" for i in range(1, 5)]
    assert all(line in article.text for line in STORY) and "另一条新闻" not in article.text


def test_numbered_links_without_summaries_stay_a_list_of_other_stories() -> None:
    links = "".join(f"<p><a href='/n{i}'>{i}.另一条新闻的标题{i}</a></p>" for i in range(1, 5))
    text, _ = _parse(f"<h1>特区政府公布新一轮资助计划</h1><div class='story'>{_paragraphs(STORY)}{links}</div>")
    assert "另一条新闻" not in text



WORLD_STORY = ["The town council voted on Tuesday to build a second bridge over the river, after years of delay.",
               "Work is due to start next spring and should take about three years, the council said.",
               "Residents have long complained about queues on the old bridge, which was built in 1931.",
               "The new bridge will carry two lanes of traffic, a cycle path and a footpath on each side.",
               "Opponents say the money would be better spent on buses, and plan to appeal the decision."]
WORLD_OTHERS = ["A bakery in the old market has won a national prize for its rye bread, its second in five years.",
                "The city library will open on Sundays from May, after a trial last winter drew large crowds.",
                "Heavy rain is expected over the weekend, and drivers are asked to avoid the valley roads."]


def _world_page(story: str) -> str:
    """A page in English: a menu, the story, a box of other stories' summaries and a footer."""
    menu = "".join(f"<li><a href='/s{i}'>Section {i}</a></li>" for i in range(8))
    others = "".join(f"<p>{line}</p>" for line in WORLD_OTHERS)
    return (f"<html><head><meta charset='utf-8'><title>Council approves second bridge</title></head><body>"
            f"<ul class='menu'>{menu}</ul><h1>Council approves second bridge</h1>{story}"
            f"<div class='digest'>{others}</div><p class='legal'>All rights reserved by the publisher.</p>"
            "</body></html>")


def test_paragraphs_each_in_their_own_wrapper_with_a_label_add_up() -> None:
    """Each paragraph in a wrapper of its own with a label beside it ("Article content"): the
    element over the run of wrappers holds the story, not a box of summaries in one element."""
    wrappers = "".join(f"<section class='element'><span class='label'>Article content</span><p>{line}</p></section>"
                       for line in WORLD_STORY)
    text = parse_html(_world_page(f"<div class='main'><div class='blocks'>{wrappers}</div></div>")).text
    assert all(line in text for line in WORLD_STORY)
    assert WORLD_OTHERS[0] not in text


def test_forum_posts_with_author_and_date_are_no_run_of_paragraph_wrappers() -> None:
    """A post holds its author's name and its date beside its text: a thread of replies under
    the first post is not added up as one story."""
    posts = "".join(f"<div class='post'><span class='author'>reader{i}</span><span>2024-05-0{i} 10:3{i}</span>"
                    f"<p>{line}</p></div>" for i, line in enumerate(WORLD_STORY, 1))
    text = parse_html(_world_page(f"<div class='thread'>{posts}</div>")).text
    assert WORLD_STORY[0] in text and WORLD_STORY[-1] not in text


def test_short_text_blocks_alike_to_the_storys_join_it() -> None:
    """A story's text blocks between its photos and ad slots, one of them a short paragraph:
    it scores little, but its block is alike to the story's."""
    long = [f"{line[:-1]}, the mayor said, adding that the plan, costed in March, was final." for line in WORLD_STORY]
    short = "The vote was close."
    blocks = (f"<div class='rich-text'>{''.join(f'<p>{line}</p>' for line in long[:4])}</div>"
              "<div class='slot'><img src='a.jpg'></div>"
              f"<div class='rich-text'><p>{short}</p></div><div class='slot'><img src='b.jpg'></div>"
              f"<div class='rich-text'><p>{long[4]}</p></div>")
    text = parse_html(_world_page(f"<div class='main'><div class='text'>{blocks}</div></div>")).text
    assert all(line in text for line in long) and short in text


def test_a_chinese_pages_notice_in_a_block_alike_to_the_storys_stays_out() -> None:
    """Below a Chinese story a block of the story's own class holds the site's notice (a call for
    letters): on Chinese pages alike blocks join only by their score."""
    notice = "本报欢迎读者来信，来信请寄编辑部信箱并附上真实姓名。"
    body = (f"<h1>特区政府公布新一轮资助计划</h1><div class='main'><div class='text'>{_paragraphs(STORY)}</div>"
            f"<div class='text'><p>{notice}</p></div></div>")
    text, _ = _parse(body)
    assert all(line in text for line in STORY) and notice not in text


def test_a_video_pages_story_in_a_pre_under_the_player_is_the_body() -> None:
    """A video page tells its story in a <pre> in the block after its player (``afterplayer``),
    paragraphs split by blank lines; a weather line in the masthead is not the story."""
    weather = "<div id='weather_desc'>天晴，天氣乾燥。明早天氣相當清涼，市區最低氣溫約14度。</div>"
    story = "\n\n".join(STORY)
    body = (f"<div class='top'>{weather}</div><h1>特区政府公布新一轮资助计划</h1><div id='player'></div>"
            f"<div id='c1_afterplayer'><pre>{story}\n\n</pre></div>")
    text, _ = _parse(body)
    assert "天晴" not in text and all(f"\n{line}" in text for line in STORY[1:])


def test_the_element_marked_article_body_joins_a_lede_boxed_on_its_own() -> None:
    """The lede sits in a box of its own under the headline and the rest in the element the page
    marks itemprop="articleBody", each paragraph in wrappers of its own: all of it is the story."""
    body = (f"<h1>特区政府公布新一轮资助计划</h1><div class='brief'><div><div><p>{STORY[0]}</p></div></div></div>"
            f"<article itemprop='articleBody' class='content'><div><div><p>{STORY[1]}</p></div></div>"
            f"<div class='lazy'><div><div><p>{STORY[2]}</p></div></div></div></article>"
            "<div class='related'><p><a href='/x'>另一则新闻的标题，内容很长很长很长很长很长很长</a></p></div>")
    text, _ = _parse(body)
    assert all(line in text for line in STORY[:3])
