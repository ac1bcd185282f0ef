"""Search across the library: script- and width-blind like the find bar, ranked, with hits in context."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.find.search import Matcher
from reader.core.library import EntryFilter, Library
from reader.core.library.hits import find_hits
from reader.core.library.records import EVERYTHING
from reader.core.library.terms import index_query, index_terms
from tests.core.library.conftest import add_file, write_article


def _ids(library: Library, query: str, entry_filter: EntryFilter = EVERYTHING) -> list[int]:
    return [r.entry.id for r in library.search(query, entry_filter, limit=100).results]


def test_simplified_finds_traditional_and_back(library: Library, articles: Path) -> None:
    ids = {name: add_file(library, articles / name).id for name in ("a.txt", "b.txt", "c.txt", "d.txt")}
    assert set(_ids(library, "统战")) == set(_ids(library, "統戰")) == set(ids.values())
    assert set(_ids(library, "两岸")) == set(_ids(library, "兩岸")) == {ids["c.txt"], ids["d.txt"]}
    assert _ids(library, "学者对谈") == [ids["d.txt"]]
    assert _ids(library, "僑鄉") == [ids["b.txt"]]
    assert library.count_matches("统战") == 4


def test_hits_carry_offsets_sections_and_context(library: Library, articles: Path) -> None:
    added = add_file(library, articles / "c.txt")
    result = library.search("统战").results[0]
    text = library.stored(added.id).article.text  # type: ignore[union-attr]
    assert result.count == len(Matcher(text).find_all("统战"))
    for hit in result.hits:
        assert text[hit.start : hit.end] == "統戰"
        assert "統戰" in hit.context


def test_a_word_broken_by_a_line_break_or_space_is_found(library: Library, articles: Path) -> None:
    added = add_file(library, articles / "b.txt")  # "统战 工作要做好"
    assert _ids(library, "统战工作要") == [added.id]
    assert _ids(library, "战工") == [added.id]


def test_title_hits_come_first(library: Library, articles: Path) -> None:
    in_text = add_file(library, articles / "b.txt").id
    in_title = add_file(library, articles / "a.txt").id
    page = library.search("统战")
    assert [r.entry.id for r in page.results] == [in_title, in_text]
    assert page.results[0].title_hit and not page.results[1].title_hit


def test_more_hits_rank_higher(library: Library, tmp_path: Path) -> None:
    few = add_file(library, write_article(tmp_path, "few.txt", title="甲")).id
    many = add_file(library, write_article(tmp_path, "many.txt", title="乙", extra="侨胞侨胞侨胞侨胞。")).id
    assert _ids(library, "侨胞") == [many, few]


def test_newer_first_among_equals(library: Library, tmp_path: Path) -> None:
    old = add_file(library, write_article(tmp_path, "old.txt", title="甲", date="2019年01月01日")).id
    new = add_file(library, write_article(tmp_path, "new.txt", title="乙", date="2024年01月01日")).id
    assert _ids(library, "海外") == [new, old]


def test_one_character_and_punctuated_queries(library: Library, articles: Path) -> None:
    a = add_file(library, articles / "a.txt").id
    d = add_file(library, articles / "d.txt").id
    assert set(_ids(library, "岸")) == {d}  # "兩岸" ends runs of the text: found by its last character alone
    assert set(_ids(library, "侨")) == {a}
    assert set(_ids(library, "統")) == {a, d}
    assert _ids(library, "会议，研究") == _ids(library, "会议,研究") == [a]  # both runs, and the comma between
    assert _ids(library, "会议。研究") == []
    assert _ids(library, "研究，会议") == []
    assert library.search("，，").results == ()


def test_search_within_a_filter_and_paging(library: Library, articles: Path) -> None:
    ids = {name: add_file(library, articles / name).id for name in ("a.txt", "b.txt", "c.txt")}
    assert _ids(library, "海外", EntryFilter(script="traditional")) == []
    assert _ids(library, "统战", EntryFilter(script="traditional")) == [ids["c.txt"]]
    first, second = library.search("统战", limit=2), library.search("统战", offset=2, limit=2)
    assert first.articles == second.articles == 3
    assert len(first.results) == 2 and len(second.results) == 1
    assert {r.entry.id for r in (*first.results, *second.results)} == set(ids.values())


def test_terms_are_pairs_of_folded_letters_and_digits() -> None:
    assert index_terms("統戰，2022年") == "统战 战 20 02 22 2年 年"
    assert index_terms("ＡＢ c") == "ab bc c"
    assert index_query("统战") == ('"统战"', False)
    assert index_query("统战工作") == ('"统战 战工 工作"', False)
    assert index_query("统") == ('"统" *', False)
    assert index_query("统战，工作") == ('"统战" AND "工作"', True)
    assert index_query("，。") is None


_TEXT = st.text(st.sampled_from("统統战戰工作 \n，,AaＡ0０。台臺灣湾"), max_size=40)
_QUERY = st.text(st.sampled_from("统統战戰工作 ，,AaＡ0０台臺灣湾"), min_size=1, max_size=4)


@settings(max_examples=300, deadline=None)
@given(_TEXT, _QUERY)
def test_hits_are_the_find_bars_hits(text: str, query: str) -> None:
    count, found = find_hits(text, query)
    expected = Matcher(text).find_all(query)
    assert count == len(expected)
    assert found == expected
