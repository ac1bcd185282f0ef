"""Readings in running text: polyphones read in context, phrases as wholes."""

from __future__ import annotations

from reader.core.words.readings import (
    jyutping,
    jyutping_syllables,
    pinyin,
    readings,
    sentence_spans,
    zhuyin,
)


def _read(text: str) -> dict[int, str]:
    return dict(enumerate(readings(text)))


def test_polyphones_read_in_context() -> None:
    text = "银行行长还在重庆。他重新走了。"
    r = readings(text)
    assert r[1:4] == ["háng", "háng", "zhǎng"]
    assert r[text.index("重庆")] == "chóng"
    assert r[text.index("重新")] == "chóng"
    assert r[text.index("了")] == "le"


def test_traditional_text_reads_like_simplified() -> None:
    assert readings("銀行行長") == readings("银行行长")


def test_one_reading_per_character_none_for_punctuation() -> None:
    text = "2022年，增长3.5%。"
    r = readings(text)
    assert len(r) == len(text)
    assert r[text.index("年")] == "nián" and r[text.index("，")] == "" and r[0] == ""


def test_word_readings() -> None:
    assert pinyin("重慶") == "chóng qìng"
    assert zhuyin("中国") == "ㄓㄨㄥ ㄍㄨㄛˊ"
    assert jyutping("香港特別行政區") == "hoeng1 gong2 dak6 bit6 hang4 zing3 keoi1"
    assert jyutping_syllables("香港，") == ["hoeng1", "gong2", ""]


def test_sentences() -> None:
    text = "第一句。第二句！“第三句？”\n标题"
    assert [text[a:b].strip() for a, b in sentence_spans(text) if text[a:b].strip()] == [
        "第一句。", "第二句！", "“第三句？”", "标题"]
