"""A Markdown article's metadata: its front matter (Reader's own export, a web clipper's) or a
date line under its title, read into the article instead of shown as text."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from reader.core import open_article
from reader.core.facts import extract_facts, facts_to_json
from reader.core.model import BlockKind
from reader.core.notes.article_markdown import article_markdown
from reader.core.sources.front_matter import split_front_matter
from reader.core.sources.markdown_source import parse_markdown
from tests.conftest import SEED

CHINA = timezone(timedelta(hours=8))


def test_reader_s_own_export_opens_with_its_metadata(tmp_path: Path) -> None:
    article = open_article(SEED)
    exported = tmp_path / "article.md"
    exported.write_text(article_markdown(article), encoding="utf-8")
    again = open_article(exported)
    assert (again.title, again.source, again.author, again.published) == (
        article.title, article.source, article.author, article.published,
    )
    assert again.credits == article.credits
    assert "title:" not in again.text and "published:" not in again.text
    assert again.block_text(again.blocks_of(BlockKind.META)[0]).startswith(article.column)


def test_a_clipper_s_source_address_is_the_url_and_created_is_no_publication() -> None:
    text = '---\ncreated: 2024-06-01T09:00:00\nsource: https://news.example.com/a/1\nauthor: 王五\n---\n# 标题\n\n正文。\n'
    article = parse_markdown(text)
    assert (article.url, article.source, article.author, article.published) == (
        "https://news.example.com/a/1", "", "王五", None,
    )
    assert article.title == "标题"


def test_a_date_line_under_the_title_dates_the_article_and_its_relative_dates() -> None:
    article = parse_markdown("# 标题\n\n2024年5月20日 10:30 来源：新华社\n\n昨天，公司发布公告。\n")
    assert (article.published, article.source) == (datetime(2024, 5, 20, 10, 30, tzinfo=CHINA), "新华社")
    [meta] = article.blocks_of(BlockKind.META)
    assert article.block_text(meta) == "2024年5月20日 10:30\u3000来源:新华社"
    dates = [f for f in facts_to_json(extract_facts(article)) if f["kind"] == "date" and f["text"] == "昨天"]
    assert dates[0]["interval"][0] == "2024-05-19T00:00:00"


def test_a_rule_that_opens_a_document_is_no_front_matter() -> None:
    text = "---\n\n这是第一段，不是元数据。\n\n---\n\n第二段。\n"
    assert split_front_matter(text) == (None, text)
    assert "第一段" in parse_markdown(text).text


def test_a_front_matter_without_its_closing_line_is_left_as_text() -> None:
    text = "---\ntitle: 标题\n\n正文。\n"
    assert split_front_matter(text)[0] is None


def test_a_value_that_is_not_a_json_string_is_kept_as_written() -> None:
    front, body = split_front_matter("---\ntitle: \"半个引号\ntags: [a, b]\nauthor: '李四'\n---\n正文\n")
    assert front is not None and (front.title, front.author, body) == ('"半个引号', "李四", "正文\n")
