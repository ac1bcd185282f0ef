"""Fuzzing the loaders and parsers: only the core's typed errors, and offsets always valid."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core import ReaderError
from reader.core.model import Article
from reader.core.sources.html_article import parse_html
from reader.core.sources.loading import decode
from reader.core.sources.markdown_source import parse_markdown

_TAGS = ["<p>", "</p>", "<div class='content'>", "</div>", "<h1>", "</h1>", "<a href='javascript:x'>",
         "</a>", "<script>", "</script>", "<br>", "<img alt='图'>", "<!--", "-->", "<![CDATA[", "&amp;",
         "&#x0;", "<meta property='og:title' content='标题'>", "<title>", "</title>"]
_WORDS = ["正文，", "句子。", "2023年5月1日", "来源：某报", "江门", "统战", " ", "\n", "abc"]
markup = st.lists(st.sampled_from(_TAGS + _WORDS), max_size=80).map("".join)


def _valid(article: Article) -> None:
    for block in article.blocks:
        assert 0 <= block.start <= block.end <= len(article.text)
        assert "\n" not in article.block_text(block)
    for entry in article.outline:
        assert article.text[entry.start : entry.end] == entry.title


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(markup, st.text(max_size=300)))
def test_html_parser(text: str) -> None:
    _valid(parse_html(text))


@settings(max_examples=100, deadline=None)
@given(st.one_of(st.text(max_size=300), st.lists(st.sampled_from(["# 标题\n", "## 节\n", "- 项\n", "正文。\n",
                                                               "<script>x</script>\n", "```\n", "> 引\n"]),
                                               max_size=30).map("".join)))
def test_markdown_parser(text: str) -> None:
    _valid(parse_markdown(text))


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_decode_raises_only_typed_errors(data: bytes) -> None:
    try:
        text, encoding = decode(data)
    except ReaderError:
        return
    assert isinstance(text, str) and encoding
    assert "\x00" not in text
