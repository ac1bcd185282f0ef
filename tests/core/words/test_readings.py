"""Readings in running text: polyphones read in context, phrases as wholes."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.words import pinyin_tables
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


def test_me_of_shenme_reads_me_in_either_script() -> None:
    """Folding took 么 to 幺 (its rare sense, yāo): 什么 read shí yāo, and then 什麼 too."""
    assert pinyin("什么") == pinyin("什麼") == "shén me"
    assert readings("你怎么了") == readings("你怎麼了") and readings("你怎么了")[2] == "me"


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


def test_pypinyin_phrase_table_read_in_slices_is_its_own(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The table read a slice at a time (so no one call holds the window) is pypinyin's table."""
    import json

    path = pinyin_tables._phrases_file()
    assert path is not None
    whole = json.loads(path.read_text(encoding="utf-8"))
    assert pinyin_tables.phrases_in_slices(path) == whole
    loaded = pinyin_tables.load_pypinyin().constants.PHRASES_DICT
    assert loaded == whole
    small = tmp_path / "phrases.json"
    small.write_text('{\n"银行": [\n[\n"yín"\n],\n[\n"háng"\n]\n],\n"行长": [\n[\n"háng"\n],\n[\n"zhǎng"\n]\n]\n}', encoding="utf-8")
    for size in (64_000, 1):  # one slice, or one entry to a slice
        monkeypatch.setattr(pinyin_tables, "_SLICE", size)
        assert pinyin_tables.phrases_in_slices(small) == {"银行": [["yín"], ["háng"]], "行长": [["háng"], ["zhǎng"]]}
