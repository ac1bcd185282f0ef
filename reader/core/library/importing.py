"""Import: files and folders into the library, one bad file never stopping the rest.

``gather`` expands folders (recursively, article files only, hidden ones
skipped); ``read_file`` is the work for one file — read, parse, find facts —
and runs in a worker process when a pool is given (parsing and the fact rules
are pure Python: threads would share one core); ``import_files`` stores the
results as they come, a batch to a transaction, so a crash keeps every article
stored in the batches before it. Input files are only ever read.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from concurrent.futures import Executor
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from ..errors import ReaderError
from ..model import Article
from .codec import PreparedFacts, content_hash, fact_rows_of
from .records import Added, AddStatus, Origin
from .store import Library

__all__ = [
    "ARTICLE_SUFFIXES",
    "Failed",
    "ImportReport",
    "Parsed",
    "gather",
    "import_files",
    "read_file",
    "record",
]

ARTICLE_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".mdown", ".html", ".htm", ".xhtml",
                              ".mhtml", ".mht", ".webarchive"})
"""What a folder import picks up; a file named on its own is tried whatever its name."""

BATCH = 25
BATCH_SECONDS = 1.0
"""An import stores what BATCH articles or BATCH_SECONDS of reading brought, whichever comes
first, in one transaction: each commit costs the full-text index a new segment, and a crash
loses at most one batch."""

TIDY_AFTER = 100
"""An import that stored this many articles merges the index and shrinks the file after."""

Progress = Callable[[int, int, str], None]
"""Called after each file with (files done, files in all, the file's path)."""


class Parsed(NamedTuple):
    """A file read and parsed, with its facts made into the library's rows."""

    path: str
    article: Article
    facts: PreparedFacts
    origin: Origin


class Failed(NamedTuple):
    """A file that could not be imported: a ReaderError the UI explains, or an unexpected error's text."""

    path: str
    error: ReaderError | None
    detail: str = ""


@dataclass
class ImportReport:
    """What an import did, file by file."""

    stored: list[tuple[str, Added]] = field(default_factory=list)
    failed: list[Failed] = field(default_factory=list)
    total: int = 0
    cancelled: bool = False

    def ids(self, *statuses: AddStatus) -> list[int]:
        """The articles stored with one of ``statuses``."""
        return [added.id for _path, added in self.stored if added.status in statuses]

    @property
    def added(self) -> list[int]:
        return self.ids(AddStatus.ADDED)

    @property
    def updated(self) -> list[int]:
        return self.ids(AddStatus.UPDATED, AddStatus.MOVED)

    @property
    def unchanged(self) -> list[int]:
        return self.ids(AddStatus.UNCHANGED)

    @property
    def done(self) -> int:
        return len(self.stored) + len(self.failed)


def gather(paths: Iterable[str | os.PathLike[str]]) -> list[str]:
    """The files to import: each file given, and the article files under each folder given.

    Paths are made absolute (symlinks resolved, so one file is one path), in a
    stable order, each once.
    """
    found: dict[str, None] = {}
    for given in paths:
        path = Path(given).expanduser()
        if path.is_dir():
            found.update(dict.fromkeys(str(p.resolve()) for p in _articles_under(path)))
        else:
            found[str(path.resolve())] = None
    return list(found)


def read_file(path: str) -> Parsed | Failed:
    """Read, parse and find the facts of one file (top-level: a worker process runs it)."""
    from .. import open_article  # the parsers load here, in the worker
    from ..facts import extract_facts

    try:
        article = open_article(path)
        stat = os.stat(path)
        facts = PreparedFacts(fact_rows_of(extract_facts(article)))
    except ReaderError as exc:
        return Failed(path, exc)
    except OSError as exc:  # gone between reading and stat
        return Failed(path, None, exc.strerror or str(exc))
    except Exception as exc:  # noqa: BLE001 - a parser bug on one file must not stop the others
        return Failed(path, None, f"{type(exc).__name__}: {exc}")
    return Parsed(path, article, facts, Origin(path, stat.st_size, stat.st_mtime))


def import_files(library: Library, paths: Sequence[str], *, pool: Executor | None = None,
                 progress: Progress | None = None, cancelled: Callable[[], bool] = lambda: False) -> ImportReport:
    """Import ``paths`` (as ``gather`` gives them) into ``library``; stops early when ``cancelled()``.

    With ``pool``, files are read in its workers while this thread stores them.
    Files are read outside any transaction, then stored ``BATCH`` at a time (or
    what ``BATCH_SECONDS`` brought) in one short transaction: another process
    adding to the same library never waits long for its turn.
    """
    report = ImportReport(total=len(paths))
    results = _results(paths, pool)
    try:
        while not report.cancelled:
            batch = _read_batch(results)
            if not batch:
                break
            _store_batch(library, batch, report, progress, cancelled)
    finally:
        results.close()  # a pool's pending files are cancelled
    if len(report.stored) >= TIDY_AFTER:
        library.tidy()
    return report


def _read_batch(results: Iterator[Parsed | Failed]) -> list[Parsed | Failed]:
    """The next results, until ``BATCH`` of them or ``BATCH_SECONDS`` have passed."""
    started = time.monotonic()
    batch: list[Parsed | Failed] = []
    for result in results:
        batch.append(result)
        if len(batch) == BATCH or time.monotonic() - started >= BATCH_SECONDS:
            break
    return batch


def _store_batch(library: Library, batch: list[Parsed | Failed], report: ImportReport,
                 progress: Progress | None, cancelled: Callable[[], bool]) -> None:
    """Store a batch in one transaction; a cancel keeps what is stored (the rest of the batch too)."""
    with library.writing():
        for result in batch:
            if isinstance(result, Parsed):
                report.stored.append((result.path, library.add(result.article, result.facts, result.origin)))
            else:
                report.failed.append(result)
    if progress is not None:
        first = report.done - len(batch)
        for n, result in enumerate(batch, 1):
            progress(first + n, report.total, result.path)
    if cancelled():
        report.cancelled = report.done < report.total


def record(library_path: str, article: Article) -> Added:
    """Add an article the user opened (top-level: the window's helper process runs it)."""
    from ..facts import extract_facts

    origin = Origin(article.path)
    try:
        stat = os.stat(article.path)
        origin = Origin(article.path, stat.st_size, stat.st_mtime)
    except OSError:
        pass  # opened from the library's own copy: the file is gone
    with Library.open(library_path) as library:
        known = library.id_for_path(article.path) if article.path else None
        if known is not None and library.stored_hash(known) == content_hash(article.text):
            return library.mark_opened(known)
        return library.add(article, PreparedFacts(fact_rows_of(extract_facts(article))), origin, opened=True)


def _results(paths: Sequence[str], pool: Executor | None) -> Generator[Parsed | Failed, None, None]:
    if pool is None:
        return (read_file(path) for path in paths)
    return pool.map(read_file, paths, chunksize=4)  # type: ignore[return-value] # a generator, typed Iterator


def _articles_under(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and Path(name).suffix.lower() in ARTICLE_SUFFIXES:
                yield Path(root, name)
