"""Bounds before parsing: nesting flattened or refused, paragraphs cut, sizes and lines limited."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core import open_article
from reader.core.errors import TooComplex, TooLarge
from reader.core.sources.bounds import MAX_NESTING, MAX_PARAGRAPH, bounded_markdown
from reader.core.sources.loading import MAX_LINES, read_source
from reader.core.sources.markdown_source import parse_markdown
from tests.fuzz.corpus import mhtml, nested_mhtml


@pytest.mark.parametrize("text", [
    "# 标题\n\n" + "- " * 500 + "正文\n",
    "# 标题\n\n" + "> " * 10_000 + "正文\n",
    "# 标题\n\n" + "".join("    " * i + "- 正文\n" for i in range(1000)),
    "# 标题\n\n" + "".join(">" * i + " 正文\n" for i in range(1, 1001)),
    "# 标题\n\n" + "1. " * 3000 + "正文\n",
])
def test_deep_markdown_is_read_with_its_text(text: str) -> None:
    article = parse_markdown(text)
    assert article.title == "标题" and "正文" in article.text


def test_nesting_is_flattened_to_the_bound_and_no_deeper() -> None:
    line = bounded_markdown("> " * 100 + "正文")
    assert line.count(">") == MAX_NESTING and line.endswith("正文")
    shallow = "> > - 正文\n    - 项"
    assert bounded_markdown(shallow) == shallow


def test_a_long_paragraph_is_cut_and_keeps_every_link() -> None:
    text = "# 标题\n\n" + " ".join(f"[a{i}](u{i})" for i in range(20_000)) + "\n"
    assert max(len(line) for line in bounded_markdown(text).split("\n")) <= MAX_PARAGRAPH
    article = parse_markdown(text)
    assert "a0" in article.text and "a19999" in article.text and "](u" not in article.text


def test_code_fences_are_left_as_written() -> None:
    text = "```\n" + "> " * 40 + "x\n```\n"
    assert bounded_markdown(text) == text


def test_deeply_nested_mime_parts_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "deep.mhtml"
    path.write_bytes(nested_mhtml(1000))
    with pytest.raises(TooComplex):
        open_article(path)
    path.write_bytes(nested_mhtml(10))
    assert "深" in open_article(path).text


def test_too_many_tags_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "storm.html"
    path.write_text("<html><body>" + "<i>" * 300_000, encoding="utf-8")
    with pytest.raises(TooComplex):
        open_article(path)


def test_too_many_lines_are_refused_up_front(tmp_path: Path) -> None:
    path = tmp_path / "lines.txt"
    path.write_bytes(b"1\n" * (MAX_LINES + 1))
    with pytest.raises(TooLarge) as refused:
        read_source(path)
    assert refused.value.unit == "lines" and "lines" in str(refused.value)


def test_an_archive_may_carry_more_than_its_page(tmp_path: Path) -> None:
    path = tmp_path / "page.mhtml"
    image = b"--B\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\n" + b"QUJD" * 5_000_000
    path.write_bytes(mhtml("<p>正文</p>".encode()).replace(b"--B--", image + b"\r\n--B--"))
    assert path.stat().st_size > 16 * 1024 * 1024
    assert "正文" in open_article(path).text


def test_a_codec_that_refuses_everything_is_undecodable(tmp_path: Path) -> None:
    from reader.core.errors import Undecodable

    path = tmp_path / "a.txt"
    path.write_text("正文", encoding="utf-8")
    with pytest.raises(Undecodable):
        read_source(path, "undefined")
