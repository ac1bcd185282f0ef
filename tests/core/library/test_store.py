"""The store: adding, identity across changes and moves, reading back, listing, removing."""

from __future__ import annotations

import os
from pathlib import Path

from reader.core import BlockKind, open_article
from reader.core.library import AddStatus, EntryFilter, Library, Sort, library_path
from tests.conftest import SEED
from tests.core.library.conftest import add_article, add_file


def test_an_added_article_comes_back_whole_even_when_its_file_is_gone(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "seed.txt"
    path.write_bytes(SEED.read_bytes())
    original = open_article(path)
    added = add_file(library, path)
    path.unlink()
    stored = library.stored(added.id)
    assert stored is not None
    assert stored.article.text == original.text
    assert stored.article.blocks == original.blocks
    assert stored.article.outline == original.outline
    assert stored.article.dropped == original.dropped
    assert (stored.article.title, stored.article.column, stored.article.published) == (
        original.title, original.column, original.published)
    assert stored.article.path == str(path)
    assert stored.script == "simplified" and stored.words > 2000 and not stored.read


def test_the_same_file_twice_is_stored_once(library: Library, articles: Path) -> None:
    first = add_file(library, articles / "a.txt")
    again = add_file(library, articles / "a.txt")
    assert first.status is AddStatus.ADDED and again == (first.id, AddStatus.UNCHANGED)
    assert library.count() == 1


def test_the_same_text_from_another_file_is_stored_once(library: Library, articles: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.txt"
    copy.write_bytes((articles / "a.txt").read_bytes())
    first = add_file(library, articles / "a.txt")
    assert add_file(library, copy) == (first.id, AddStatus.UNCHANGED)
    assert library.count() == 1


def test_a_changed_file_is_updated_keeping_its_id_tags_and_state(library: Library, articles: Path) -> None:
    path = articles / "a.txt"
    first = add_file(library, path, opened=True)
    library.set_tags(first.id, ["工作"])
    path.write_text(path.read_text(encoding="utf-8").replace("研究统一战线工作", "研究侨务工作"), encoding="utf-8")
    again = add_file(library, path)
    assert again == (first.id, AddStatus.UPDATED)
    stored = library.stored(first.id)
    assert stored is not None and "侨务" in stored.article.text and stored.tags == ("工作",) and stored.read
    assert library.count() == 1
    assert library.count_matches("侨务") == 1 and library.count_matches("统一战线") == 0


def test_a_moved_file_keeps_its_article(library: Library, articles: Path, tmp_path: Path) -> None:
    old = articles / "a.txt"
    first = add_file(library, old)
    new = tmp_path / "moved.txt"
    os.rename(old, new)
    assert add_file(library, new) == (first.id, AddStatus.MOVED)
    assert library.entries()[0].path == str(new)


def test_ids_are_never_reused(library: Library, articles: Path) -> None:
    first = add_file(library, articles / "a.txt")
    library.remove([first.id])
    assert add_file(library, articles / "b.txt").id > first.id


def test_removing_keeps_the_file_and_drops_everything_else(library: Library, articles: Path) -> None:
    added = add_file(library, articles / "c.txt")
    assert library.remove([added.id, 999]) == 1
    assert (articles / "c.txt").exists()
    assert library.count() == 0 and library.stored(added.id) is None
    assert library.count_matches("統戰") == 0 and library.recurring(min_articles=1) == []


def test_listing_filters_and_sorts(library: Library, articles: Path) -> None:
    ids = {name: add_file(library, articles / name).id for name in ("a.txt", "b.txt", "c.txt", "d.txt")}
    library.set_tags(ids["b.txt"], ["侨乡", "经济"])
    library.set_read([ids["a.txt"]], True)
    newest_first = [e.id for e in library.entries()]
    assert newest_first == [ids["c.txt"], ids["a.txt"], ids["b.txt"], ids["d.txt"]]
    assert [e.id for e in library.entries(sort=Sort.DATE, descending=False)] == newest_first[::-1]
    assert {e.id for e in library.entries(EntryFilter(script="traditional"))} == {ids["c.txt"], ids["d.txt"]}
    assert [e.id for e in library.entries(EntryFilter(tag="侨乡"))] == [ids["b.txt"]]
    assert library.entries(EntryFilter(tag="侨乡"))[0].tags == ("侨乡", "经济")
    assert ids["a.txt"] not in {e.id for e in library.entries(EntryFilter(unread=True))}
    assert [e.id for e in library.entries(EntryFilter(since="2021-01-01", until="2022-07-25"))] == [
        ids["a.txt"], ids["b.txt"]]
    assert library.count(EntryFilter(outlet="广东新闻网")) == 2
    assert library.tallies("outlet") == [("广东新闻网", 2)]
    assert [e.id for e in library.entries(limit=2, offset=1)] == newest_first[1:3]


def test_reading_position_and_opened_state(library: Library, articles: Path) -> None:
    added = add_file(library, articles / "a.txt")
    library.set_position(added.id, 42)
    library.mark_opened(added.id)
    stored = library.stored(added.id)
    assert stored is not None and stored.position == 42 and stored.read and stored.opened


def test_an_article_without_a_file_can_be_added(library: Library) -> None:
    article = open_article(SEED)
    from dataclasses import replace

    added = add_article(library, replace(article, path=""))
    assert added.status is AddStatus.ADDED
    assert library.stored(added.id).article.blocks_of(BlockKind.HEADING)  # type: ignore[union-attr]


def test_library_path_is_the_data_folder_unless_set(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("READER_DATA_DIR", str(tmp_path))
    assert library_path() == tmp_path / "reader.sqlite3"
    assert library_path(str(tmp_path / "other.sqlite3")) == tmp_path / "other.sqlite3"


def test_a_second_connection_sees_what_the_first_committed(library: Library, articles: Path) -> None:
    with Library.open(library.path) as other:
        add_file(other, articles / "d.txt")
    assert library.count() == 1
