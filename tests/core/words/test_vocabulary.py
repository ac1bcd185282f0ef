"""Vocabulary: words counted across scripts, known words left out, CSV and Anki TSV; speech."""

from __future__ import annotations

import csv
import io

from reader.core.words import segment
from reader.core.words.speech import language_for, utterances
from reader.core.words.vocabulary import vocabulary, vocabulary_csv, vocabulary_tsv


def test_words_counted_once_across_scripts_known_words_left_out() -> None:
    text = "统一战线工作。統一戰線很重要。2022年"
    rows = vocabulary(text, segment(text), known=("工作",))
    words = {r.word: r for r in rows}
    assert words["统一战线"].uses == 2 and "統一戰線" not in words
    assert "工作" not in words and "。" not in words
    assert "united front" in words["统一战线"].definitions
    assert words["统一战线"].traditional == "統一戰線"


def test_a_selection_gives_its_own_words() -> None:
    text = "统一战线工作。重要会议"
    rows = vocabulary(text, segment(text), start=text.index("重"))
    assert [r.word for r in rows] == ["重要", "会议"]


def test_csv_and_anki_tsv() -> None:
    text = "统一战线"
    rows = vocabulary(text, segment(text))
    table = list(csv.reader(io.StringIO(vocabulary_csv(rows))))
    assert table[0] == ["word", "simplified", "traditional", "pinyin", "jyutping", "definitions", "count"]
    assert table[1][:5] == ["统一战线", "统一战线", "統一戰線", "tǒng yī zhàn xiàn", "tung2 jat1 zin3 sin3"]
    tsv = vocabulary_tsv(rows).splitlines()
    assert tsv[0] == "#separator:tab" and tsv[-1].split("\t")[0] == "统一战线"
    assert "tǒng yī zhàn xiàn<br>tung2 jat1 zin3 sin3<br>united front" in tsv[-1]


def test_utterances_from_the_cursor_and_of_a_selection() -> None:
    text = "第一句。第二句！第三句。"
    assert [u.text for u in utterances(text)] == ["第一句。", "第二句！", "第三句。"]
    assert [u.text for u in utterances(text, start=text.index("二"))] == ["二句！", "第三句。"]
    assert [(u.start, u.end) for u in utterances(text, 4, 8)] == [(4, 8)]
    assert language_for("hk") == "yue" and language_for("hans") == "zh-CN"
