"""The library: import rate, search over 10,000 articles, size, the table with 100,000 rows, faults.

Builds a corpus of seed-shaped articles varied from the team's real ones
(``library_corpus``; generated at run time, never committed) and prints, in one
run, each figure of issue 16 beside its target and a floor measured alongside:

- import: seed-sized articles per second, parsed with their facts and stored
  (target ≥ 50/s), in this process and with a pool of worker processes, beside
  parsing alone and parsing + facts without storing;
- search, 10,000 articles: the first page of hits and the full count of
  two-character queries — the most frequent pairs of the corpus and a sample
  drawn as text is written (targets < 50 ms and < 300 ms) — beside FTS5's
  trigram tokenizer with a scan for two characters, the alternative measured;
- size: the database against the texts (target ≤ 3×);
- the library table painted with 100,000 rows (target < 300 ms), beside a bare
  QTableView over 200 plain rows;
- faults: a kill -9 mid-import, two processes adding at once.

    python benchmarks/library.py [--articles 10000] [--work DIR]

``--work DIR`` keeps the corpus and the library there, and reuses them.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.library_corpus import SEED_CHARS, sources, write_corpus  # noqa: E402
from benchmarks.library_trigram import trigram_figures  # noqa: E402
from reader.core.library import Library  # noqa: E402
from reader.core.library.importing import gather, import_files, read_file  # noqa: E402

IMPORT_SAMPLE = 300
TARGETS = {"import": 50.0, "page": 50.0, "count": 300.0, "size": 3.0, "table": 300.0}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--work", type=Path, help="keep the corpus and library here (and reuse them)")
    parser.add_argument("--skip-trigram", action="store_true")
    args = parser.parse_args()
    if not sources()[1:]:
        sys.exit("benchmarks/library.py: ../shared/data is not present; nothing to vary the corpus from")
    work = args.work or Path(tempfile.mkdtemp(prefix="reader-library-bench-"))
    os.environ["READER_DATA_DIR"] = str(work / "data")  # never the user's own folder
    print(f"machine load (1 min) {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    try:
        files = corpus(work / "corpus", args.articles)
        library_file = work / "library.sqlite3"
        import_figures(files, work)
        build(files, library_file)
        search_figures(library_file, files)
        size_figures(library_file, files)
        if not args.skip_trigram:
            trigram_figures(library_file, work / "trigram.sqlite3", two_char_queries(files)[::4])
        table_figures(library_file, work)
        fault_figures(files, work)
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)


def corpus(folder: Path, count: int) -> list[str]:
    existing = gather([folder]) if folder.exists() else []
    if len(existing) < count:
        start = time.perf_counter()
        for _ in write_corpus(folder, count):
            pass
        print(f"corpus               {count} articles written in {time.perf_counter() - start:.0f} s")
        existing = gather([folder])
    return existing[:count]


def import_figures(files: list[str], work: Path) -> None:
    """Articles per second: stored with facts, in one process and with workers; floors beside.

    Also the CPU time an article costs in one process, split into parsing, facts and
    storing: on this shared machine the wall clock counts other people's work too.
    """
    sample = files[:IMPORT_SAMPLE]
    read_file(sample[-1])  # compiles the fact rules: a one-off cost, as in a long-running window
    chars = statistics.mean(len(Path(f).read_text(encoding="utf-8")) for f in sample[:50])
    from reader.core import open_article

    parse, parse_cpu = _rate(lambda: [open_article(f) for f in sample[:100]], 100)
    parse_facts, facts_cpu = _rate(lambda: [read_file(f) for f in sample[:100]], 100)
    target = work / "import-sample.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    with Library.open(target) as library:
        alone, alone_cpu = _rate(lambda: import_files(library, sample[:150]), 150)
    with _pool(2) as pool, Library.open(target) as library:
        workers = _workers_cpu(pool)
        pooled, main_cpu = _rate(lambda: import_files(library, sample[150:], pool=pool), len(sample) - 150)
        workers = (_workers_cpu(pool) - workers) * 1000 / (len(sample) - 150)
    print(f"import               {alone:7.1f} articles/s in one process, {pooled:.1f}/s with 2 workers "
          f"(target ≥ {TARGETS['import']:.0f}; articles ~{chars:.0f} chars, the seed {SEED_CHARS})")
    scale = chars / SEED_CHARS  # the target counts seed-sized articles; the cost grows with the text
    print(f"  seed-sized         {alone * scale:7.1f}/s in one process, {pooled * scale:.1f}/s with 2 workers "
          f"(the rates × {scale:.2f}, the corpus's length over the seed's)")
    print(f"  floors             parsing alone {parse:.1f}/s, parsing + facts {parse_facts:.1f}/s")
    print(f"  CPU an article     {alone_cpu:.1f} ms in one process: parsing {parse_cpu:.1f}, facts "
          f"{facts_cpu - parse_cpu:.1f}, storing and indexing {alone_cpu - facts_cpu:.1f} "
          f"(2 idle cores: ≤ {2000 / alone_cpu:.0f}/s)")
    if workers > 0:  # the CPU time all three processes spent: what bounds the rate on two idle cores
        total = workers + main_cpu
        print(f"  with 2 workers     {total:.1f} ms of CPU an article: workers {workers:.1f}, storing "
              f"{main_cpu:.1f} (2 idle cores: ≤ {2000 / total:.0f}/s)")


def build(files: list[str], library_file: Path) -> None:
    with Library.open(library_file) as library:
        have = library.count()
        if have >= len(files):
            return
        start = time.perf_counter()
        with _pool(2) as pool:
            report = import_files(library, files, pool=pool)
        took = time.perf_counter() - start
    print(f"library built        {len(report.added)} added, {len(report.unchanged)} already there, "
          f"{len(report.failed)} failed, in {took:.0f} s ({len(files) / took:.1f}/s with 2 workers)")


def two_char_queries(files: list[str], sample: int = 40) -> list[str]:
    """The 10 most frequent pairs of Han characters, then pairs drawn as the text runs."""
    rng = random.Random(7)
    pairs: Counter[str] = Counter()
    for path in rng.sample(files, min(300, len(files))):
        text = Path(path).read_text(encoding="utf-8")
        pairs.update(a + b for a, b in zip(text, text[1:], strict=False) if _han(a) and _han(b))
    common = [pair for pair, _ in pairs.most_common(10)]
    drawn = rng.choices(list(pairs), weights=list(pairs.values()), k=sample)
    return list(dict.fromkeys(["统战", "統戰", "江门", *common, *drawn]))


def search_figures(library_file: Path, files: list[str]) -> None:
    queries = two_char_queries(files)
    with Library.open(library_file) as library:
        articles = library.count()
        library.search("预热")  # the index's fingerprint and OpenCC's tables: once per process
        pages, counts, page_cpu = {}, {}, {}
        for query in queries:
            pages[query] = _best_ms(lambda q=query: _fresh_search(library, q))
            page_cpu[query] = _best_ms(lambda q=query: _fresh_search(library, q), clock=time.process_time)
            counts[query] = _best_ms(lambda q=query: library.count_matches(q))
        found = {q: library.count_matches(q) for q in queries}
    _spread("first page (2 chars)", pages, found, TARGETS["page"], articles)
    _spread("  its CPU time", page_cpu, found, TARGETS["page"], articles)
    _spread("full count (2 chars)", counts, found, TARGETS["count"], articles)


def size_figures(library_file: Path, files: list[str]) -> None:
    with sqlite3.connect(library_file) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        parts = dict(db.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall())
    size = library_file.stat().st_size
    texts = sum(Path(f).stat().st_size for f in files)
    index = sum(v for k, v in parts.items() if k.startswith("article_index"))
    facts = sum(v for k, v in parts.items() if "fact" in k)
    print(f"size                 {size / 1e6:7.1f} MB for {texts / 1e6:.1f} MB of texts: "
          f"{size / texts:.2f}× (target ≤ {TARGETS['size']:.0f}×)")
    print(f"  of which           text {parts.get('article_bodies', 0) / 1e6:.1f} MB (compressed), "
          f"index {index / 1e6:.1f} MB, facts {facts / 1e6:.1f} MB, list {parts.get('articles', 0) / 1e6:.1f} MB")


def table_figures(library_file: Path, work: Path) -> None:
    """The table painted over 100,000 rows, timed in a child process (offscreen Qt)."""
    import subprocess

    big = work / "library-100k.sqlite3"
    if not big.exists():
        shutil.copy(library_file, big)
        _grow(big, 100_000)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "library_table.py"), str(big)],
                         capture_output=True, text=True, env=env, check=True).stdout
    print(out.rstrip())


def fault_figures(files: list[str], work: Path) -> None:
    from benchmarks.library_faults import kill_during_import, two_writers

    for name in ("killed.sqlite3", "shared.sqlite3"):  # each check starts from no library
        for old in work.glob(f"{name}*"):
            old.unlink()
    print(kill_during_import(files[:400], work / "killed.sqlite3"))
    print(two_writers(files[:120], work / "shared.sqlite3"))


# ---- Helpers


def _fresh_search(library: Library, query: str) -> object:
    library._last_ranking = None  # noqa: SLF001 - time the ranking, not its cache
    return library.search(query)


def _spread(label: str, times: dict[str, float], found: dict[str, int], target: float, articles: int) -> None:
    values = sorted(times.values())
    worst = max(times, key=lambda q: times[q])
    p90 = values[int(0.9 * (len(values) - 1))]
    print(f"{label:21}median {statistics.median(values):6.1f} ms, p90 {p90:.1f}, max {values[-1]:.1f} "
          f"({worst}: in {found[worst]} of {articles} articles) over {len(values)} queries "
          f"(target < {target:.0f} ms)")


def _rate(run: Callable[[], object], count: int) -> tuple[float, float]:
    """Items per second of wall time, and ms of this process's CPU time an item."""
    start, cpu = time.perf_counter(), time.process_time()
    run()
    return count / (time.perf_counter() - start), (time.process_time() - cpu) * 1000 / count


def _best_ms(run: Callable[[], object], runs: int = 3, clock: Callable[[], float] = time.perf_counter) -> float:
    """The fastest of ``runs`` calls in ms, by ``clock`` (wall time, or this process's CPU time)."""
    best = float("inf")
    for _ in range(runs):
        start = clock()
        run()
        best = min(best, clock() - start)
    return best * 1000


def _pool(workers: int):  # type: ignore[no-untyped-def]
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from reader.helper import exit_with_parent

    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                               initializer=exit_with_parent, initargs=(os.getpid(),))
    list(pool.map(read_file, [str(ROOT / "resources" / "seed.txt")] * workers))  # start and warm them
    return pool


def _workers_cpu(pool: object) -> float:
    """Seconds of CPU the pool's worker processes have used (Linux's /proc; 0 elsewhere)."""
    total = 0.0
    for pid in getattr(pool, "_processes", {}):
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return 0.0
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def _grow(path: Path, rows: int) -> None:
    """Copy the library's rows until it lists ``rows`` articles (the table reads no texts)."""
    with sqlite3.connect(path) as db:
        have = db.execute("SELECT count(*) FROM articles").fetchone()[0]
        columns = [r[1] for r in db.execute("PRAGMA table_info(articles)") if r[1] not in ("id", "uid")]
        listed = ", ".join(columns)
        while have < rows:
            db.execute(f"INSERT INTO articles (uid, {listed}) SELECT lower(hex(randomblob(16))), {listed} "
                       f"FROM articles ORDER BY id LIMIT ?", (rows - have,))
            have = db.execute("SELECT count(*) FROM articles").fetchone()[0]


def _han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


if __name__ == "__main__":
    main()
