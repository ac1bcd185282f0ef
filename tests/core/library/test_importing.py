"""Import: folders recursively, bad files listed with their reason, never stopping the rest."""

from __future__ import annotations

import hashlib
from pathlib import Path

from reader.core import errors
from reader.core.library import Library
from reader.core.library.importing import gather, import_files
from tests.core.library.conftest import write_article


def _tree(folder: Path) -> dict[str, str]:
    return {str(p): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_folder_with_good_and_bad_files(library: Library, articles: Path) -> None:
    nested = articles / "more" / "deeper"
    nested.mkdir(parents=True)
    write_article(nested, "e.md", title="嵌套的文章")
    (articles / "empty.txt").write_bytes(b"")
    (articles / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(300))
    (articles / "notes.docx").write_bytes(b"PK\x03\x04")  # not an article suffix: a folder import skips it
    (articles / ".hidden.txt").write_text("隐藏", encoding="utf-8")
    before = _tree(articles)
    seen: list[tuple[int, int]] = []
    report = import_files(library, gather([articles]), progress=lambda done, total, _path: seen.append((done, total)))
    assert len(report.added) == 5 and report.total == 7
    reasons = {Path(f.path).name: type(f.error) for f in report.failed}
    assert reasons == {"empty.txt": errors.EmptyInput, "image.html": errors.NotText}
    assert seen[-1] == (7, 7) and len(seen) == 7
    assert _tree(articles) == before  # input files are never written


def test_importing_again_adds_nothing(library: Library, articles: Path) -> None:
    paths = gather([articles, articles / "a.txt"])
    assert len(paths) == 4  # a file named twice is imported once
    import_files(library, paths)
    again = import_files(library, paths)
    assert again.added == [] and len(again.unchanged) == 4


def test_cancel_stops_after_the_current_batch(library: Library, articles: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from reader.core.library import importing

    monkeypatch.setattr(importing, "BATCH", 2)
    report = import_files(library, gather([articles]), cancelled=lambda: True)
    assert report.cancelled and len(report.stored) == 2 and library.count() == 2


def test_workers_give_the_same_library(library: Library, articles: Path, tmp_path: Path) -> None:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("spawn")) as pool:
        report = import_files(library, gather([articles]), pool=pool)
    assert len(report.added) == 4 and library.count_matches("统战") == 4


def test_a_missing_path_is_a_failure_not_a_crash(library: Library, tmp_path: Path) -> None:
    report = import_files(library, gather([tmp_path / "nowhere.txt"]))
    assert type(report.failed[0].error) is errors.MissingFile


def test_an_imported_article_keeps_the_facts_an_added_one_does(library: Library, tmp_path: Path) -> None:
    """The worker sends facts as rows (``fact_rows_of``): they are the rows the facts' JSON makes."""
    from reader.core import open_article
    from reader.core.facts import extract_facts, facts_to_json
    from reader.core.library import codec

    seed = Path(__file__).resolve().parents[3] / "resources" / "seed.txt"
    hant = write_article(tmp_path, "hant.txt", traditional=True, extra="去年三月撥款新台幣 812.6 億元。")
    for path in (seed, hant):
        facts = extract_facts(open_article(path))
        assert codec.fact_rows_of(facts) == codec.fact_rows(facts_to_json(facts))
    report = import_files(library, [str(seed), str(hant)])
    for article_id, path in zip(report.added, (seed, hant), strict=True):
        facts = facts_to_json(extract_facts(open_article(path)))
        stored = library.facts_of(article_id)
        assert len(stored) == len(facts) > 5
        assert sorted(stored, key=_fact_key) == sorted(({k: v for k, v in f.items() if k != "sentence" and v is not None}
                                                        for f in facts), key=_fact_key)


def _fact_key(fact: dict[str, object]) -> tuple[str, str]:
    return str(fact["kind"]), str(fact["value"])
