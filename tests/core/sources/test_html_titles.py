"""Saved pages' headlines: one small synthetic page for each class of title seen on real sites."""

from __future__ import annotations

from reader.core.sources.html_article import parse_html

STORY = "".join(f"<p>{p}</p>" for p in (
    "江门市今天举办第十届侨乡文化节，来自二十个国家和地区的侨胞参加了开幕式。",
    "开幕式上，演员们表演了粤剧、醒狮等节目，现场观众热烈鼓掌，气氛十分热烈。",
    "主办方表示，文化节将持续一周，其间还将举办美食节、摄影展和侨史讲座。"))
HEADLINE = "江门举办第十届侨乡文化节 二十国侨胞齐聚"


def _title(head: str, body: str) -> str:
    return parse_html(f"<html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>").title


def test_a_heading_saying_the_metadata_headline_beats_a_logo_h1() -> None:
    head = f"<title>{HEADLINE} | 社會新聞 | 某某新聞雲</title><meta property='og:title' content='{HEADLINE}'>"
    body = f"<h1><a href='/'>某某新聞雲</a></h1><div class='story'><h2>{HEADLINE}</h2>{STORY}</div>"
    assert _title(head, body) == HEADLINE


def test_a_site_name_before_the_headline_goes_when_the_page_shows_the_rest() -> None:
    head = f"<title>某某電子報 - {HEADLINE}</title>"
    body = f"<table><tr><td class='content'><span class='insubject1'>{HEADLINE}</span></td></tr></table>{STORY}"
    assert _title(head, body) == HEADLINE


def test_a_title_naming_only_the_site_gives_way_to_the_block_marked_as_title() -> None:
    body = f"<table><tr><td class='bt_title'>{HEADLINE}</td></tr></table>{STORY}"
    assert _title("<title>某某大学新闻网_(新闻)</title>", body) == HEADLINE


def test_a_site_name_said_over_and_over_is_still_the_site() -> None:
    head = f"<title>{HEADLINE}_某某市人民政府网某某市人民政府某某市人民政府</title>"
    assert _title(head, STORY) == HEADLINE


def test_only_the_pages_own_title_counts() -> None:
    body = f"{STORY}<div><title>无标题文档</title></div>"
    assert _title(f"<title>{HEADLINE}-某某科普网</title>", body) == HEADLINE


def test_a_headline_shown_in_two_lines_is_not_cut_at_its_dash() -> None:
    head = "<title>为建设美丽侨乡凝聚力量——热烈祝贺市政协会议开幕_某某新闻网</title>"
    body = f"<p class='all_p'>为建设美丽侨乡凝聚力量</p><p>——热烈祝贺市政协会议开幕</p>{STORY}"
    assert _title(head, body) == "为建设美丽侨乡凝聚力量——热烈祝贺市政协会议开幕"


def test_an_h1_differing_from_the_title_only_in_quotes_and_widths_is_the_headline() -> None:
    head = "<title>市长称\"劫机说\"被误解（图）_某某新闻网</title>"
    body = f"<h1>市长称“劫机说”被误解(图)</h1>{STORY}"
    assert _title(head, body) == "市长称“劫机说”被误解(图)"


def test_the_only_h1_wins_when_the_title_is_shown_nowhere() -> None:
    head = "<title>侨乡文化节2024 江门 侨胞 开幕式 粤剧 醒狮 美食节</title>"
    body = f"<div class='nav'><a href='/'>首页</a></div><h1>{HEADLINE}</h1>{STORY}"
    assert _title(head, body) == HEADLINE


def test_an_h1_carrying_its_date_gives_the_headline_without_it() -> None:
    head = f"<title>某某電子報 - {HEADLINE}</title>"
    body = f"<h1>{HEADLINE} <span class='date'>2014-04-30 23:54</span></h1>{STORY}"
    assert _title(head, body) == HEADLINE
