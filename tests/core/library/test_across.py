"""Across articles: recurring facts in both scripts, their mentions, a timeline, watch lists."""

from __future__ import annotations

import json
from pathlib import Path

from reader.core.find.highlight import Keyword, KeywordList
from reader.core.library import EntryFilter, Library
from tests.core.library.conftest import add_file, write_article


def test_an_organisation_recurs_across_scripts(library: Library, tmp_path: Path) -> None:
    hans = add_file(library, write_article(tmp_path, "hans.txt", extra="国务院侨务办公室主任表示。")).id
    hant = add_file(library, write_article(tmp_path, "hant.txt", traditional=True, extra="國務院僑務辦公室主任表示。")).id
    add_file(library, write_article(tmp_path, "other.txt", title="别的", extra="新华社报道。"))
    tallies = {(t.kind, t.value): t for t in library.recurring(min_articles=2)}
    office = tallies[("organisation", "国务院侨务办公室")]
    assert (office.articles, office.mentions) == (2, 2)
    assert ("organisation", "新华社") not in tallies  # in one article only
    found = library.mentioning("organisation", "国务院侨务办公室")
    assert [m.entry.id for m in found] == [hant, hans] or [m.entry.id for m in found] == [hans, hant]
    for mention in found:
        text = library.stored(mention.entry.id).article.text  # type: ignore[union-attr]
        assert [text[s:e] for s, e in mention.mentions] == [mention.text]
    assert {m.text for m in found} == {"国务院侨务办公室", "國務院僑務辦公室"}


def test_recurring_within_a_filter(library: Library, articles: Path) -> None:
    for name in ("a.txt", "b.txt", "c.txt", "d.txt"):
        add_file(library, articles / name)
    simplified = library.recurring(entry_filter=EntryFilter(script="simplified"), min_articles=2)
    assert "中新网" in {t.value for t in simplified}
    assert all(t.value not in ("香港", "台北") for t in simplified)
    assert library.recurring(["date"], min_articles=1)


def test_stored_facts_keep_their_fields(library: Library, articles: Path) -> None:
    from reader.core import open_article
    from reader.core.facts import extract_facts, facts_to_json

    added = add_file(library, articles / "c.txt")
    expected = [{k: v for k, v in f.items() if k != "sentence" and v is not None}  # null fields are left out
                for f in facts_to_json(extract_facts(open_article(articles / "c.txt")))]
    key = lambda f: (f["start"], f["end"], f["kind"])  # noqa: E731
    assert sorted(library.facts_of(added.id), key=key) == sorted(expected, key=key)


def test_unknown_fact_fields_are_kept(library: Library, articles: Path) -> None:
    from reader.core import open_article
    from reader.core.library import Origin

    article = open_article(articles / "a.txt")
    fact = {"kind": "person", "text": "张三", "start": 0, "end": 2, "value": "张三", "sentence": "…",
            "mentions": [{"start": 0, "end": 2}, {"start": 5, "end": 7}], "confidence": 0.8, "gender": "m"}
    added = library.add(article, [fact], Origin(str(articles / "a.txt")))
    assert library.facts_of(added.id) == [{k: v for k, v in fact.items() if k != "sentence"}]


def test_value_fields_are_stored_as_an_array_and_old_keyed_rows_still_read(library: Library, articles: Path) -> None:
    """The value's fields go in as a JSON array (a third of the bytes of a keyed object on a
    third of a library's rows); a library written before holds keyed objects, read alike."""
    added = add_file(library, articles / "c.txt")
    facts = library.facts_of(added.id)
    stored = [row[0] for row in library.connection.execute(
        "SELECT extra FROM facts WHERE article_id = ? AND extra IS NOT NULL", (added.id,))]
    assert stored and all(extra.startswith("[") for extra in stored)
    order = ("value_kind", "from", "to", "unit", "grain", "interval", "duration", "amount", "currency")
    for extra in stored:  # as a library written before the arrays holds them: keyed objects
        fields = {k: v for k, v in zip(order, json.loads(extra), strict=False) if v is not None}
        keyed_form = json.dumps(fields, ensure_ascii=False)
        library.connection.execute("UPDATE facts SET extra = ? WHERE article_id = ? AND extra = ?",
                                   (keyed_form, added.id, extra))
    keyed = [row[0] for row in library.connection.execute(
        "SELECT extra FROM facts WHERE article_id = ? AND extra IS NOT NULL", (added.id,))]
    assert all(extra.startswith("{") for extra in keyed)
    assert library.facts_of(added.id) == facts


def test_timeline_counts_published_and_mentioned_months(library: Library, articles: Path) -> None:
    for name in ("a.txt", "b.txt", "c.txt"):
        add_file(library, articles / name)
    months = {m.month: m for m in library.timeline()}
    assert months["2022-07"].published == 1 and months["2023-01"].published == 1
    assert months["2021-03"].mentioned >= 1  # the date line is a date mentioned too


def test_keyword_lists_as_watch_lists(library: Library, articles: Path) -> None:
    ids = {name: add_file(library, articles / name).id for name in ("a.txt", "b.txt", "c.txt", "d.txt")}
    lists = [KeywordList("侨务", (Keyword("侨胞", "#69db7c"), Keyword("學者", "#4dabf7"))),
             KeywordList("off", (Keyword("统战", "#ff8787"),), enabled=False)]
    rows = library.watch(lists)
    assert [(r.keyword, r.articles) for r in rows] == [("侨胞", 2), ("學者", 2)]
    assert [e.id for e in rows[0].newest] == [ids["a.txt"], ids["b.txt"]]  # newest first
    assert [e.id for e in rows[1].newest] == [ids["c.txt"], ids["d.txt"]]
