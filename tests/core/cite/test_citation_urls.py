"""Only web addresses become links or sites in a citation: a hostile og:url never reaches the clipboard."""

from __future__ import annotations

from datetime import date

import pytest

from reader.core.cite.citation import CitationStyle, quote, web_url
from reader.core.model import Article, Block, BlockKind
from reader.core.sources.html_article import parse_html

_HOSTILE = ["javascript:alert(1)", "JavaScript:alert(document.cookie)", "java\tscript:alert(1)",
            " javascript:alert(1)", "data:text/html;base64,PHNjcmlwdD4=", "file:///etc/passwd",
            "vbscript:msgbox(1)", "//evil.example/x", "http:evil", "http://[::1"]


def _article(url: str, site: str = "") -> Article:
    text = "标题\n正文第一句。"
    blocks = (Block(BlockKind.TITLE, 0, 2), Block(BlockKind.PARAGRAPH, 3, len(text)))
    return Article(text=text, blocks=blocks, title="标题", url=url, site=site)


@pytest.mark.parametrize("url", _HOSTILE)
@pytest.mark.parametrize("style", list(CitationStyle))
def test_a_hostile_url_is_neither_link_nor_site(url: str, style: CitationStyle) -> None:
    cited = quote(_article(url, site=url), 3, 8, style, accessed=date(2024, 1, 2))
    for out in (cited.text, cited.html):
        assert "script" not in out.lower() and "data:" not in out and "file:" not in out
        assert "evil" not in out and "href" not in out


@pytest.mark.parametrize("url", ["https://www.chinanews.com.cn/gn/2022/07-25/1.shtml", "http://gd.chinanews.com",
                                 "www.gd.chinanews.com.cn/a.html"])
def test_a_web_url_is_kept(url: str) -> None:
    assert web_url(url) == url
    cited = quote(_article(url), 3, 8, CitationStyle.GBT7714, accessed=date(2024, 1, 2))
    assert url in cited.text and f'href="{url}"' in cited.html


def test_a_saved_page_with_a_javascript_og_url_cites_no_link() -> None:
    page = ("<html><head><meta property='og:url' content='javascript:alert(1)'>"
            "<meta property='og:title' content='标题'></head><body><article><h1>标题</h1>"
            "<p>正文第一句，足够长的正文内容在这里。</p></article></body></html>")
    article = parse_html(page)
    start = article.text.index("正文")
    cited = quote(article, start, start + 4, CitationStyle.APA, accessed=date(2024, 1, 2))
    assert "javascript" not in cited.html.lower() and "javascript" not in cited.text.lower()
