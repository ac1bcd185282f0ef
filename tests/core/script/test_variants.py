"""Script variants: configs, script detection, offsets and blocks through conversion."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core import Article, open_article, parse_text
from reader.core.script.variants import (
    Script,
    Variant,
    config_for,
    convert,
    convert_article,
    convert_with_config,
    detect_script,
)
from tests.conftest import SEED, shared_path


@pytest.fixture(scope="module")
def seed() -> Article:
    return open_article(SEED)


def test_real_pairs() -> None:
    assert convert("统战", Variant.HANT).text == "統戰"
    assert convert("統戰", Variant.HANS).text == "统战"
    assert convert("网络", Variant.TW).text == "網路"
    assert convert("鼠标", Variant.TW).text == "滑鼠"


def test_length_change_is_mapped() -> None:
    source = "这是边境局部冲突，然后离开。"
    result = convert(source, Variant.TW)
    assert "區域性" in result.text and len(result.text) == len(source) + 1
    comma = source.index("，")
    assert result.text[result.offsets.to_shown(comma)] == "，"
    assert result.text[result.offsets.to_shown(len(source) - 1)] == "。"
    assert result.offsets.to_source(len(result.text)) == len(source)


def test_detect_script(seed: Article) -> None:
    assert detect_script(seed.text) is Script.SIMPLIFIED
    udn = shared_path("data", "articles-hant-dev", "udn_00000.txt").read_text(encoding="utf-8")
    assert detect_script(udn) is Script.TRADITIONAL
    assert detect_script("hello world 123") is Script.UNKNOWN


def test_configs_follow_source_script() -> None:
    assert config_for(Variant.TW, Script.SIMPLIFIED) == "s2twp"
    assert config_for(Variant.HK, Script.SIMPLIFIED) == "s2hk"
    assert config_for(Variant.HANS, Script.TRADITIONAL) == "t2s"
    assert config_for(Variant.TW, Script.TRADITIONAL) == "t2tw"
    assert config_for(Variant.HANT, Script.TRADITIONAL) is None
    assert config_for(Variant.ORIGINAL, Script.SIMPLIFIED) is None


def test_quote_marks_follow_variant_and_can_be_off() -> None:
    assert convert("他说“统战+”好", Variant.TW).text == "他說「統戰+」好"
    assert convert("他说“统战+”好", Variant.TW, quotes=False).text == "他說“統戰+”好"
    assert convert("他說「統戰」好", Variant.HANS).text == "他说“统战”好"
    assert convert("他说‘好’", Variant.HK).text == "他説『好』"  # 説: Hong Kong standard form


@pytest.mark.parametrize("variant", list(Variant))
def test_article_blocks_round_trip(seed: Article, variant: Variant) -> None:
    shown = convert_article(seed, variant)
    script = detect_script(seed.text)
    assert len(shown.article.blocks) == len(seed.blocks)
    for before, after in zip(seed.blocks, shown.article.blocks, strict=True):
        expected = convert(seed.block_text(before), variant, script=script).text
        assert shown.article.block_text(after) == expected
        assert shown.offsets.span_to_source(after.start, after.end) == (before.start, before.end)
        if before.credit:
            assert shown.article.block_text(after).endswith(after.credit)
    for entry in shown.article.outline:
        assert shown.article.text[entry.start : entry.end] == entry.title


def test_taiwan_outline_and_meta(seed: Article) -> None:
    shown = convert_article(seed, Variant.TW).article
    assert shown.title == "江門:為構建僑都高質量發展新格局匯聚統戰力量"
    assert shown.column == "廣東統戰工作巡禮"
    assert [e.title for e in shown.outline if e.level == 1][0] == "堅持黨的領導不斷完善大統戰工作格局"
    assert "「市-鎮-村」三級統戰工作網路初步形成。" in [e.title for e in shown.outline]
    meta = next(b for b in shown.blocks if b.kind.value == "meta")
    assert shown.block_text(meta).startswith("廣東統戰工作巡禮")


def test_traditional_article_in_simplified() -> None:
    text = shared_path("data", "articles-hant-dev", "udn_00000.txt").read_text(encoding="utf-8")
    shown = convert_article(parse_text(text), Variant.HANS).article
    assert "李悦宁" in shown.text and "李悅寧" not in shown.text


han = st.text(alphabet=st.sampled_from("统战网络鼠标局部的士卒软件信息打印机了是，。 \n“”「」abc1"), max_size=120)


@settings(max_examples=150, deadline=None)
@given(han, st.sampled_from(["s2t", "s2twp", "s2hk", "t2s", "tw2sp", "t2tw"]))
def test_map_monotone_covering_and_lines_exact(text: str, config: str) -> None:
    result = convert_with_config(text, config)
    m = result.offsets
    assert m.to_shown(0) == 0 and m.to_shown(len(text)) == len(result.text)
    forward = [m.to_shown(i) for i in range(len(text) + 1)]
    assert forward == sorted(forward)
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        a, b = m.span_to_shown(start, end)
        assert result.text[a:b] == convert_with_config(line, config).text
        start = end + 1


def test_chunked_conversion_equals_whole() -> None:
    import opencc

    from reader.core.script.variants import _chunks

    text = "\n".join(f"第{i}行：这是边境局部冲突，网络信息的士卒。" for i in range(3000))
    assert "".join(_chunks(text, 1000)) == text
    assert all(c.endswith("\n") for c in _chunks(text, 1000)[:-1])
    assert convert_with_config(text, "s2twp").text == opencc.OpenCC("s2twp").convert(text)
