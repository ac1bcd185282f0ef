"""A corpus for the library benchmark: seed-shaped articles varied from the team's real ones.

Each article is a scraped page like the seed (breadcrumb, "(column)title", a
line with URL, date and source, then paragraphs), about the seed's length,
made of paragraphs drawn from the seed, the saved pages of ``html-dev``, the
udn.com articles and 左传, shown in the article's script (seven in ten
simplified, the rest traditional), with its own title, outlet and date.
Generated at run time into a temporary folder: news texts never enter the
repository.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = ROOT / "resources" / "seed.txt"

OUTLETS = ("中新网广东", "人民网", "新华网", "澎湃新闻", "聯合新聞網", "環球網", "中国新闻网", "香港01")
COLUMNS = ("广东统战工作巡礼", "国际", "财经", "社会", "要闻", "兩岸", "科技", "文化")
SEED_CHARS = 3_242
"""The seed's cleaned text length: the size the import rate is measured on."""


def sources() -> list[Path]:
    """The real articles the corpus is varied from (skipping what ../shared lacks)."""
    found = [SEED]
    for folder, pattern in (("articles-hant-dev", "*.txt"), ("html-dev", "*.html")):
        found += sorted((SHARED / "data" / folder).glob(pattern))
    return found


@cache
def _paragraphs() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """News paragraphs and classical ones (左传), as written."""
    from reader.core import BlockKind, open_article

    news: list[str] = []
    for path in sources():
        article = open_article(path)
        news += [article.block_text(b) for b in article.blocks
                 if b.kind is BlockKind.PARAGRAPH and len(article.block_text(b)) >= 30]
    zuozhuan = SHARED / "data" / "long" / "zuozhuan.txt"
    classical = [line.strip() for line in zuozhuan.read_text(encoding="utf-8").splitlines()
                 if len(line.strip()) >= 40] if zuozhuan.exists() else []
    return tuple(news), tuple(classical)


@cache
def _in_script(text: str, traditional: bool) -> str:
    from reader.core.script.variants import Variant, convert

    return convert(text, Variant.HANT if traditional else Variant.HANS).text


def article_text(rng: random.Random, number: int) -> str:
    """One seed-shaped article: a page header, then ~seed-length paragraphs in one script."""
    news, classical = _paragraphs()
    traditional = rng.random() < 0.3
    body: list[str] = []
    while sum(len(p) for p in body) < SEED_CHARS:
        pool = classical if classical and rng.random() < 0.25 else news
        body.append(_in_script(rng.choice(pool), traditional))
    title = _title(rng, body, number)
    year, month, day = rng.randint(2012, 2024), rng.randint(1, 12), rng.randint(1, 28)
    stamp = f"{year}年{month:02d}月{day:02d}日 {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
    column, outlet = rng.choice(COLUMNS), rng.choice(OUTLETS)
    header = [f"本页位置:{outlet} > 正文", "", f"({column}){title}", "",
              f"http://www.example.com/{number}.shtml    {stamp}     来源:{outlet}", ""]
    return "\n".join(header + [f"  {p}\n" for p in body])


def write_corpus(folder: Path, count: int, seed: int = 16) -> Iterator[Path]:
    """Write ``count`` articles into ``folder`` (UTF-8 .txt), yielding each path."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        path = folder / f"{number // 1000:02d}" / f"article-{number:05d}.txt"
        path.parent.mkdir(exist_ok=True)
        path.write_text(article_text(rng, number), encoding="utf-8")
        yield path


def _title(rng: random.Random, body: list[str], number: int) -> str:
    """A title from a sentence of the article, cut at a clause, numbered so no two are alike."""
    sentence = rng.choice(body).split("。")[0]
    for mark in "，,；;：:":
        sentence = sentence.split(mark)[0]
    return f"{sentence[:24]}（{number}）"
