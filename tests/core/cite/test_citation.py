"""Quotations carry the passage as the reader saw it and a citation each style would accept."""

from __future__ import annotations

import json
import os
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core.cite.citation import CitationStyle, Quotation, elide, passage, quote
from reader.core.model import Article, Block, BlockKind
from tests.conftest import SEED, shared_path

GOLDEN = Path(__file__).resolve().parents[2] / "data" / "citations"
ACCESSED = date(2026, 11, 24)
BEIJING = timezone(timedelta(hours=8))
SEED_META = {
    "title": "江门:为构建侨都高质量发展新格局汇聚统战力量", "column": "广东统战工作巡礼",
    "source": "中新网广东", "outlet": "广东新闻网", "site": "http://www.gd.chinanews.com",
    "published": datetime(2022, 7, 25, 23, 46, tzinfo=BEIJING), "author": "江门市委统战部",
    "editor": "方伟彬",
}
UDN_META = {  # invented for the test, except the title and date (from the file's metadata)
    "title": "榜首進台大醫科卻休學、27歲拿到法國天文博士 李悅寧跌破眾人眼鏡返台任教",
    "source": "聯合報", "outlet": "聯合新聞網", "site": "https://udn.com",
    "published": datetime(2015, 3, 2, tzinfo=BEIJING),
}
UDN_TRANSLATED = "Top scorer leaves NTU medicine, earns a French doctorate in astronomy at 27 and returns to teach"


def article(lines: list[str], **meta: object) -> Article:
    """An Article whose blocks are ``lines``, joined by line breaks as the parser joins them."""
    text = "\n".join(lines)
    blocks, start = [], 0
    for line in lines:
        blocks.append(Block(BlockKind.PARAGRAPH, start, start + len(line)))
        start += len(line) + 1
    return Article(text=text, blocks=tuple(blocks), **meta)  # type: ignore[arg-type]


def span(a: Article, first: str, last: str) -> tuple[int, int]:
    """From the start of ``first`` to the end of ``last`` (found after it)."""
    start = a.text.index(first)
    return start, a.text.index(last, start) + len(last)


def assert_golden(name: str, quotations: dict[str, Quotation]) -> None:
    """Compare with tests/data/citations/NAME.json; READER_UPDATE_GOLDEN=1 rewrites it."""
    path = GOLDEN / f"{name}.json"
    actual = {style: {"text": q.text, "html": q.html} for style, q in quotations.items()}
    if os.environ.get("READER_UPDATE_GOLDEN"):
        path.write_text(json.dumps(actual, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert actual == json.loads(path.read_text(encoding="utf-8"))


def every_style(a: Article, start: int, end: int, **kwargs: object) -> dict[str, Quotation]:
    return {s.value: quote(a, start, end, s, accessed=ACCESSED, **kwargs) for s in CitationStyle}  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def seed() -> Article:
    lines = [line.strip() for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
    first = lines.index("坚持党的领导不断完善大统战工作格局")
    return article(lines[first - 1 : first + 4], **SEED_META)


@pytest.fixture(scope="module")
def udn() -> Article:
    path = shared_path("data", "articles-hant-dev", "udn_00000.txt")
    return article(path.read_text(encoding="utf-8").splitlines()[:4], **UDN_META)


# ---- Golden outputs


def test_seed_golden(seed: Article) -> None:
    assert_golden("seed", every_style(seed, *span(seed, "市委统战部还分别", "三级统战工作网络初步形成。")))


def test_seed_gbt7714_reference_is_the_standard_form(seed: Article) -> None:
    text = quote(seed, 0, 10, CitationStyle.GBT7714, accessed=ACCESSED).text
    assert text.endswith(
        "\n\n[1] 江门市委统战部. (广东统战工作巡礼)江门:为构建侨都高质量发展新格局汇聚统战力量[EB/OL]. "
        "(2022-07-25)[2026-11-24]. http://www.gd.chinanews.com.")


def test_traditional_golden(udn: Article) -> None:
    start, end = span(udn, "在巴黎那場", "親自向陳良基報到")
    assert_golden("udn", every_style(udn, start, end, translated_title=UDN_TRANSLATED))


def test_missing_metadata_golden(seed: Article) -> None:
    bare = Article(text=seed.text, blocks=seed.blocks, title=seed.title, outlet="广东新闻网",
                   site="http://www.gd.chinanews.com")
    assert_golden("missing", every_style(bare, *span(bare, "江门始终坚持", "正确的政治方向前进。")))


def test_newspaper_online_edition_is_n_ol(seed: Article) -> None:
    paper = Article(text=seed.text, blocks=(), title="标题", source="人民日报", outlet="人民网",
                    published=datetime(2013, 1, 12), url="http://paper.people.com.cn/")
    text = quote(paper, 0, 5, CitationStyle.GBT7714, accessed=date(2013, 3, 20)).text
    assert text.endswith("[1] 标题[N/OL]. 人民日报, 2013-01-12[2013-03-20]. http://paper.people.com.cn/.")


def test_nothing_known_still_cites_honestly() -> None:
    bare = Article(text="一段文字。", blocks=())
    cited = {s: quote(bare, 0, 5, s, accessed=ACCESSED).text for s in CitationStyle}
    assert cited[CitationStyle.GBT7714] == "“一段文字。”[1]\n\n[1] [无题名][EB/OL]. [2026-11-24]."
    assert cited[CitationStyle.APA] == "“一段文字。” ([Untitled article], n.d.)\n\n[Untitled article]. (n.d.)."
    assert cited[CitationStyle.CHICAGO] == "“一段文字。”¹\n\n1. “Untitled,” accessed November 24, 2026."
    assert cited[CitationStyle.PLAIN] == "“一段文字。”"
    assert cited[CitationStyle.MARKDOWN] == "> “一段文字。”"


# ---- The passage


def test_marks_follow_the_script(seed: Article, udn: Article) -> None:
    assert passage(seed, *span(seed, "建立了", "机制")) == "“建立了‘统战+’协同联动机制”"
    assert passage(udn, *span(udn, "科技部二○", "計畫」")) == "「科技部二○一九年『愛因斯坦培植計畫』」"
    marks = ("«", "»", "‹", "›")
    assert passage(seed, *span(seed, "建立了", "机制"), marks=marks) == "«建立了‹统战+›协同联动机制»"


def test_inner_marks_step_up_again() -> None:
    text = "他说“她问‘为什么’”。Don’t."
    assert passage(Article(text=text, blocks=()), 0, len(text)) == "“他说‘她问“为什么”’。Don’t.”"


@pytest.mark.parametrize(("text", "expected"), [
    ("  统战\n工作  ", "统战工作"),              # trimmed; a wrapped line joins Chinese directly
    ("united\nfront work", "united front work"),  # …and Latin words with a space
    ("第一段。\n第二段", "第一段。 / 第二段"),      # a break after a full stop is a paragraph break
    ("第一段\n\n第二段", "第一段 / 第二段"),        # so is a blank line
    ("李悅寧， 在眾人", "李悅寧，在眾人"),          # no stray space beside CJK punctuation
])
def test_line_breaks_collapse(text: str, expected: str) -> None:
    assert passage(Article(text=text, blocks=()), 0, len(text), marks=("", "", "‘", "’")) == expected


def test_block_boundaries_are_paragraph_breaks(seed: Article) -> None:
    words = passage(seed, *span(seed, "不断完善大统战工作格局", "江门始终"))
    assert words == "“不断完善大统战工作格局 / 江门始终”"


def test_long_passages_are_elided(seed: Article) -> None:
    words = passage(seed, 0, len(seed.text), max_chars=60)
    assert len(words) <= len("“”") + 60
    assert "……" in words and words.startswith("“党的十九大以来")


def test_elide_prefers_clause_breaks() -> None:
    text = "第一句话说完了。第二句话也说完了。第三句话还没有说完就被打断。最后一句话。"
    assert elide(text, 30) == "第一句话说完了。第二句话也说完了。……最后一句话。"
    assert elide("短句", 10) == "短句"
    with pytest.raises(ValueError):
        elide(text, 3)


@given(st.text(alphabet=st.characters(exclude_characters="…"), max_size=200), st.integers(4, 120))
def test_elide_keeps_both_ends_within_the_limit(text: str, limit: int) -> None:
    short = elide(text, limit)
    if len(text) <= limit:
        assert short == text
    else:
        head, tail = short.split("……")
        assert len(short) <= limit and text.startswith(head) and text.endswith(tail)


@given(st.data())
def test_any_range_quotes_cleanly(seed: Article, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(seed.text)))
    end = data.draw(st.integers(0, len(seed.text)))
    style = data.draw(st.sampled_from(list(CitationStyle)))
    result = quote(seed, start, end, style, accessed=ACCESSED)
    first_line = result.text.split("\n")[0]
    assert first_line.lstrip("> ").startswith("“") and result.html.startswith("<")
