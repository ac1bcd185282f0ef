"""The saved-page reader's quick paths: each lets through every line its pattern could match, and
reads every tag as the standard library does."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core.sources.html_article import _PHOTO_CREDIT, _credits_photo
from reader.core.sources.html_tree import PageTree

CREDITS = ["（記者方賓照攝）", "新华社记者 李梦馨 摄", "資料照片", "（圖擷取自某人臉書）", "（中央社記者某某台北傳真 102年6月29日）",
           "某某（资料图）＊飲酒過量，有害健康＊"]


def test_every_credit_passes_the_quick_test() -> None:
    for line in CREDITS:
        assert _PHOTO_CREDIT.search(line), line
        assert _credits_photo(line), line


@given(st.text(alphabet="记者記摄影攝通讯员訊員资資料照片图圖擷取自撷／/：:（()）传傳真＊*某人，。, 1"))
def test_the_credit_quick_test_never_hides_a_credit(line: str) -> None:
    assert _credits_photo(line) == bool(_PHOTO_CREDIT.search(line))


class _Calls(HTMLParser):
    """The calls a parser makes, as the standard library reads the page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.calls: list[tuple[object, ...]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.calls.append(("start", tag, tuple(attrs), self.get_starttag_text()))

    def handle_endtag(self, tag: str) -> None:
        self.calls.append(("end", tag))

    def handle_data(self, data: str) -> None:
        self.calls.append(("data", data))


class _PlainCalls(_Calls):
    """The same, with PageTree's reading of a plain start and end tag."""

    parse_starttag = PageTree.parse_starttag
    parse_endtag = PageTree.parse_endtag


def _calls(parser: _Calls, page: str) -> list[tuple[object, ...]]:
    parser.feed(page)
    parser.close()
    return parser.calls


TAGS = ["<div class='para'>", '<P ID="x" Class="a b">', "<a href='/n1'>", "<img alt='' src=\"a.png\">", "<br>",
        "<div class='a&amp;b'>", "<div class=a>", "<div\xa0class='a'>", "<script type='x'>var a='<p>';</script>",
        "<style>p{}</style>", "<x-y a='1'>", "<div a='1'b='2'>", "<div a = '1'>", "<p/>", "<div a=='1'>", "<h1\n>",
        "</DIV>", "</div >", "</ div>", "</x-y>", "<script></p></SCRIPT>", "</>"]


@pytest.mark.parametrize("tag", TAGS)
def test_a_plain_tag_reads_as_the_library_reads_it(tag: str) -> None:
    page = f"<body>{tag}正文</p></div></body>"
    assert _calls(_PlainCalls(), page) == _calls(_Calls(), page)


@given(st.lists(st.sampled_from(["<", ">", "div", "P", "a", " ", "\t", "\n", "\xa0", "=", "'", '"', "x", "&amp;",
                                 "&", "/", "script", "class", "-", ":", "1", "中", "='v'", '="w"', "<p>", "</p>", "</",
                                 "</script>", "<script>"]),
                max_size=16))
def test_any_tag_reads_as_the_library_reads_it(parts: list[str]) -> None:
    page = "".join(parts)
    assert _calls(_PlainCalls(), page) == _calls(_Calls(), page)

