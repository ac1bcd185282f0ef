"""Exports read as a user expects: title and citation first, quotations in order with notes, links back."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import markdown
import pytest

from reader.core import open_article
from reader.core.cite.citation import CitationStyle
from reader.core.notes import Color, anchor_all, new_annotation, notes_in_shown
from reader.core.notes.article_markdown import article_markdown, escape_markdown
from reader.core.notes.export import (
    CSV_COLUMNS,
    Labels,
    NotesExport,
    to_csv,
    to_html,
    to_markdown,
    to_plain,
)
from reader.core.notes.links import open_target
from reader.core.notes.webanno import to_web_annotations
from reader.core.script.variants import Variant, convert_article
from tests.conftest import SEED

SOURCE = open_article(SEED)
TEXT = SOURCE.text
WORDS = "统一战线工作领导小组"
ACCESSED = date(2026, 1, 2)


def _annotations() -> list:  # type: ignore[type-arg]
    start = TEXT.index(WORDS)
    later = TEXT.index("市委统战部还分别")
    return [
        new_annotation(TEXT, later, later + 8, Color.GREEN),
        new_annotation(TEXT, start, start + len(WORDS), Color.YELLOW, "谁牵头?"),
        new_annotation(TEXT, later - 1, later - 1, Color.BLUE, "a thought of my own"),
        new_annotation("一段已经删掉的文字。" * 3, 0, 9, Color.PINK, "gone"),
    ]


def _export(variant: Variant = Variant.ORIGINAL, style: CitationStyle = CitationStyle.GBT7714) -> NotesExport:
    shown = convert_article(SOURCE, variant)
    placed = anchor_all(TEXT, _annotations())
    return NotesExport(shown.article, notes_in_shown(placed, shown.article.text, shown.offsets), style,
                       ACCESSED, str(SEED))


def test_markdown_starts_with_title_and_citation_then_quotes_in_reading_order() -> None:
    text = to_markdown(_export())
    lines = text.splitlines()
    assert lines[0] == f"# {SOURCE.title}"
    assert lines[2].startswith("\\[1\\] 江门市委统战部. (广东统战工作巡礼)江门") and "[EB/OL]" in lines[2].replace("\\", "")
    assert text.index(f"“{WORDS}”\\[1\\]") < text.index("a thought of my own") < text.index("“市委统战部还分别”")
    assert "## Not found in the current text (1)" in text and text.index("gone") > text.index("Not found")
    assert "\n\n谁牵头?\n" in text


def test_markdown_renders_as_blockquotes_with_a_link_back_to_each_passage() -> None:
    rendered = markdown.markdown(to_markdown(_export()))
    assert rendered.count("<blockquote>") == 3  # two highlights and the missing one
    assert "<p>谁牵头?</p>" in rendered  # the note is its own paragraph, not part of the quote
    links = [open_target([href]) for href in _hrefs(rendered)]
    start = TEXT.index(WORDS)
    assert any(t.start == start and t.end == start + len(WORDS) and t.path == str(SEED) for t in links)


def _hrefs(rendered: str) -> list[str]:
    import re

    return [h.replace("&amp;", "&") for h in re.findall(r'href="(reader:[^"]+)"', rendered)]


@pytest.mark.parametrize(("style", "mark", "source"), [
    (CitationStyle.APA, "(江門市委統戰部, 2022)", "江門市委統戰部. (2022, July 25). *江門"),
    (CitationStyle.CHICAGO, "」¹", "1. 江門市委統戰部, “江門"),
])
def test_the_users_style_and_the_shown_script(style: CitationStyle, mark: str, source: str) -> None:
    text = to_markdown(_export(Variant.TW, style))
    assert text.splitlines()[0].startswith("# 江門:為構建僑都")
    assert mark in text and source in text
    assert "「統一戰線工作領導小組」" in text


def test_plain_and_html_for_the_clipboard() -> None:
    export = _export()
    plain = to_plain(export)
    assert plain.startswith(SOURCE.title) and f"“{WORDS}”[1]" in plain and "\\" not in plain
    page = to_html(export)
    assert page.startswith(f"<h1>{SOURCE.title}</h1>")
    assert f'<span style="background-color:{Color.YELLOW.hex}">“{WORDS}”<sup>[1]</sup></span>' in page


def test_labels_come_from_the_caller() -> None:
    labels = Labels("标注", "在当前文本中找不到", "笔记", "位于", "在 Reader 中打开", {Color.YELLOW: "黄"})
    text = to_markdown(_export(), labels)
    assert "## 标注 (3)" in text and "## 在当前文本中找不到 (1)" in text and "黄 · [在 Reader 中打开]" in text


def test_csv_has_a_row_per_annotation_with_offsets_in_the_exported_script() -> None:
    export = _export(Variant.TW)
    rows = list(csv.DictReader(io.StringIO(to_csv(export))))
    assert tuple(rows[0]) == CSV_COLUMNS and len(rows) == 4
    first = next(r for r in rows if r["note"] == "谁牵头?")
    assert export.article.text[int(first["start"]) : int(first["end"])] == first["text"] == "統一戰線工作領導小組"
    assert [r["placement"] for r in rows][-1] == "missing" and rows[-1]["start"] == "-1"
    assert {r["kind"] for r in rows} == {"highlight", "note"}


def test_json_is_a_w3c_annotation_collection() -> None:
    placed = anchor_all(TEXT, _annotations())
    data = json.loads(json.dumps(to_web_annotations(SOURCE, placed, str(SEED)), ensure_ascii=False))
    assert data["type"] == "AnnotationCollection" and data["total"] == 4
    assert data["@context"][0] == "http://www.w3.org/ns/anno.jsonld"
    items = data["first"]["items"]
    item = next(i for i in items if i.get("body", {}).get("value") == "谁牵头?")
    quote, position = item["target"]["selector"]
    assert quote["type"] == "TextQuoteSelector" and quote["exact"] == WORDS
    assert TEXT[position["start"] : position["end"]] == WORDS and position["type"] == "TextPositionSelector"
    assert item["motivation"] == "highlighting" and item["target"]["styleClass"] == "yellow"
    assert item["stylesheet"] == {"type": "CssStylesheet", "value": f".yellow {{ background-color: {Color.YELLOW.hex}; }}"}
    assert item["id"].startswith("urn:uuid:") and item["created"].endswith("Z")
    assert item["target"]["source"] == SEED.resolve().as_uri()
    margin = next(i for i in items if i["motivation"] == "commenting")
    assert margin["target"]["selector"][0]["exact"] == ""
    assert [i["reader:placement"] for i in items][-1] == "missing"


def test_the_article_as_markdown_with_front_matter() -> None:
    text = article_markdown(SOURCE, "original")
    head, _, body = text.partition("\n---\n")
    assert head.splitlines()[0] == "---"
    assert f'title: "{SOURCE.title}"' in head and 'author: "江门市委统战部"' in head
    assert "published: 2022-07-25T23:46:00" in head
    assert body.lstrip().startswith(f"# {SOURCE.title}")
    assert "广东统战工作巡礼　2022年07月25日" not in body  # the meta line lives in the front matter
    rendered = markdown.markdown(body)
    assert rendered.count("<p>") > 10 and "<h2>" in rendered


def test_markdown_escaping_keeps_the_words_as_written() -> None:
    for raw in ("1. 第一", "# 不是标题", "*星号* 和 [括号]", "> 引用"):
        assert markdown.markdown(escape_markdown(raw)) == f"<p>{raw.replace('>', '&gt;')}</p>"


def test_two_quotations_in_a_row_stay_two() -> None:
    first, second = TEXT.index(WORDS), TEXT.index("市委统战部还分别")
    placed = anchor_all(TEXT, [new_annotation(TEXT, first, first + 4, Color.GREEN),
                               new_annotation(TEXT, second, second + 4, Color.PINK)])
    export = NotesExport(SOURCE, notes_in_shown(placed, TEXT, convert_article(SOURCE, Variant.ORIGINAL).offsets),
                         CitationStyle.GBT7714, ACCESSED, str(SEED))
    assert markdown.markdown(to_markdown(export)).count("<blockquote>") == 2
