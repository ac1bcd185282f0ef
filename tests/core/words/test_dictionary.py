"""CC-CEDICT lookups, in either script, and readings right for the word."""

from __future__ import annotations

from reader.core.words import describe, longest_word, segment
from reader.core.words.dictionary import dictionary
from reader.core.words.tones import numbered_to_marks


def test_tone_numbers_become_marks() -> None:
    assert numbered_to_marks("hang2 zhang3") == "háng zhǎng"
    assert numbered_to_marks("lu:e4 nu:3") == "lüè nǚ"
    assert numbered_to_marks("Chong2 qing4 ma5") == "Chóng qìng ma"
    assert numbered_to_marks("gou3 xiong4") == "gǒu xiòng"


def test_lookup_in_both_scripts() -> None:
    entries = dictionary().lookup("統一戰線")
    assert entries and entries[0].simplified == "统一战线" and "united front" in entries[0].definitions
    assert dictionary().lookup("统一战线") == entries
    assert dictionary().lookup("不是一个词语吧") == []


def test_readings_are_right_for_the_word() -> None:
    assert describe("行长").pinyin == "háng zhǎng"
    assert describe("重庆").pinyin.replace(" ", "").lower() == "chóngqìng"
    assert describe("重慶").traditional == "重慶" and describe("重慶").simplified == "重庆"
    assert describe("行长").zhuyin == "ㄏㄤˊ ㄓㄤˇ"
    assert describe("香港").jyutping == "hoeng1 gong2"


def test_reading_in_context_orders_the_senses() -> None:
    info = describe("还", "huán")
    assert info.pinyin == "huán" and info.zhuyin == "ㄏㄨㄢˊ"
    assert "to pay back" in info.entries[0].definitions


def test_longest_match_from_the_pointer_finds_the_whole_word() -> None:
    text = "坚持党对统一战线工作"
    words = segment(text)
    at = text.index("战")
    starts = [w.start for w in words if w.start <= at][::-1][:3]
    assert longest_word(text, starts, at) == (text.index("统"), text.index("统") + 4)


def test_unknown_word_still_has_readings() -> None:
    info = describe("江门侨都")
    assert info.pinyin.startswith("jiāng mén qiáo") and info.definitions == ()
