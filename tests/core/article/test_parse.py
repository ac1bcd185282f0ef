"""The scraped-page parser on the seed, and its invariants on arbitrary text."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core import Article, BlockKind, DropReason, open_article, parse_text
from tests.conftest import SEED


@pytest.fixture(scope="module")
def seed() -> Article:
    return open_article(SEED)


def assert_slices(article: Article) -> None:
    """Every block and outline entry is a true slice of the reading text."""
    for block in article.blocks:
        assert 0 <= block.start <= block.end <= len(article.text)
        assert "\n" not in article.block_text(block)
        if block.credit:
            assert article.block_text(block).endswith(block.credit)
    for entry in article.outline:
        assert article.text[entry.start : entry.end] == entry.title


def test_seed_metadata(seed: Article) -> None:
    assert seed.title == "江门:为构建侨都高质量发展新格局汇聚统战力量"
    assert seed.column == "广东统战工作巡礼"
    assert seed.source == "中新网广东"
    assert seed.outlet == "广东新闻网"
    assert seed.site == "http://www.gd.chinanews.com"
    assert seed.published == datetime(2022, 7, 25, 23, 46, tzinfo=timezone(timedelta(hours=8)))
    assert seed.published is not None and seed.published.isoformat() == "2022-07-25T23:46:00+08:00"
    assert seed.editor == "方伟彬"
    assert seed.attribution == "江门市委统战部供稿"
    assert seed.author == "江门市委统战部"
    assert seed.credits == ("江门市委统战部", "唐达")


def test_seed_headings_in_order(seed: Article) -> None:
    headings = [seed.block_text(b) for b in seed.blocks_of(BlockKind.HEADING)]
    assert headings == [
        "坚持党的领导不断完善大统战工作格局",
        "服务中心大局各领域统战工作取得新突破",
        "实施“侨都赋能”工程推进统战工作迭代升级",
    ]


def test_seed_captions_once_with_credits(seed: Article) -> None:
    captions = seed.blocks_of(BlockKind.CAPTION)
    assert len(captions) == 4
    assert len({seed.block_text(c) for c in captions}) == 4
    assert [c.credit for c in captions] == ["作者 江门市委统战部供图"] * 2 + ["作者 唐达", "作者 江门市委统战部供图"]
    duplicates = [d for d in seed.dropped if d.reason is DropReason.DUPLICATE]
    assert len(duplicates) == 4


def test_seed_block_sequence(seed: Article) -> None:
    kinds = [b.kind for b in seed.blocks]
    assert kinds[:3] == [BlockKind.TITLE, BlockKind.META, BlockKind.LEDE]
    assert kinds[-2:] == [BlockKind.ATTRIBUTION, BlockKind.EDITOR]
    assert seed.block_text(seed.blocks[2]).startswith("党的十九大以来")


def test_no_boilerplate_in_text(seed: Article) -> None:
    for line in ("搜 索", "本页位置", "分享到", "不代表中新社", "未经授权禁止转载", "http://"):
        assert line not in seed.text
    reasons = {d.reason for d in seed.dropped}
    assert {DropReason.SEARCH_BOX, DropReason.BREADCRUMB, DropReason.SHARE, DropReason.COPYRIGHT} <= reasons


def test_every_block_slices_text(seed: Article) -> None:
    assert_slices(seed)
    assert seed.text == "\n".join(seed.block_text(b) for b in seed.blocks)


def test_seed_outline(seed: Article) -> None:
    top = [e.title for e in seed.outline if e.level == 1]
    assert len(top) == 3
    second = [e.title for e in seed.outline if e.level == 2]
    assert "同心献良策。" in second
    assert "“市-镇-村”三级统战工作网络初步形成。" in second
    assert all(len(t) <= 24 for t in second)


def test_plain_text_paragraphs_and_title() -> None:
    article = parse_text("一个标题\n\n第一段很长的文字，说明了一些事情。\n\n小标题\n\n第二段文字也说明了事情。\n")
    assert article.title == "一个标题"
    assert [b.kind for b in article.blocks] == [
        BlockKind.TITLE, BlockKind.LEDE, BlockKind.HEADING, BlockKind.PARAGRAPH,
    ]
    assert [e.title for e in article.outline] == ["小标题"]
    assert_slices(article)


def test_hard_wrapped_text_is_joined() -> None:
    line = "这是一段被硬换行拆开的长文字，它在一行的中间被截断了，读者看到的应该是"
    article = parse_text(f"{line}\n连在一起的一段话。\n")
    assert article.block_text(article.blocks[-1]) == line + "连在一起的一段话。"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
def test_parser_never_raises_and_slices(text: str) -> None:
    assert_slices(parse_text(text))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["  同心献良策。后文。", "标题", "", "[编辑:某人]", "搜 索", "图 作者 某人", "\u3000正文，内容。"]), max_size=30))
def test_parser_on_page_like_lines(lines: list[str]) -> None:
    assert_slices(parse_text("\n".join(lines)))


def test_a_line_spaced_character_by_character_reads_as_its_words() -> None:
    """An old RTHK page writes 凌 晨 約 3 時: the reading text, search and facts get 凌晨約3時."""
    from reader.core.sources.html_article import parse_html

    page = (
        "<html><head><title>一 名 休 班 警 涉 嫌 企 圖 車 內 盜 竊 被 捕</title></head><body>"
        "<h1>一 名 休 班 警 涉 嫌 企 圖 車 內 盜 竊 被 捕</h1><p>2014-12-25 HKT 22:40</p>"
        "<p>涉 案 男 子 為 一 名 30 歲 休 班 警 員，須 於 明 年 一 月 下 旬 返 警 署 報 到。</p></body></html>"
    )
    article = parse_html(page)
    assert article.title == "一名休班警涉嫌企圖車內盜竊被捕"
    assert "涉案男子為一名30歲休班警員，須於明年一月下旬返警署報到。" in article.text
    assert "HKT 22:40" in article.text


@pytest.mark.parametrize("line", ["中国 美国 日本 韩国 英国 法国 德国 意大利 西班牙", "a plain English sentence with many spaces"])
def test_words_listed_with_spaces_keep_them(line: str) -> None:
    assert parse_text(f"标题\n\n{line}\n").text.endswith(line)


@pytest.mark.parametrize(
    ("lede", "day"),
    [("新华社北京2024年3月5日电 政府计划于10月1日起施行新规。", "2024-03-05"),
     ("本報香港２０２３年５月１日訊 昨天警方拘捕兩人。", "2023-05-01"),
     ("（中央社台北2019年6月15日8时電）行政院今天宣布新措施。", "2019-06-15")],
)
def test_a_text_with_no_date_of_its_own_is_dated_by_its_dateline(lede: str, day: str) -> None:
    """A wire story saved as plain text: its dateline's day is the article's, so its relative
    dates resolve and a citation names it."""
    article = parse_text(f"江门举办侨乡文化节\n\n{lede}\n\n开幕式上，演员们表演了粤剧。\n")
    assert article.published is not None and article.published.date().isoformat() == day


@pytest.mark.parametrize("lede", ["2024年3月5日，政府宣布新规。", "总理在2024年3月5日电视讲话中宣布新规。"])
def test_a_date_that_is_no_dateline_does_not_date_the_text(lede: str) -> None:
    """A first paragraph that opens with a date, or has a date run into the next word (日电视),
    says when something happened, not when this text was published."""
    assert parse_text(f"江门举办侨乡文化节\n\n{lede}\n\n开幕式上，演员们表演了粤剧。\n").published is None
