"""A library on a temporary file, and small articles in both scripts to fill it with."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.core import Article, open_article
from reader.core.facts import extract_facts, facts_to_json
from reader.core.library import Added, Library, Origin

HANS = """本页位置:广东新闻网 > 正文

({column}){title}

http://www.gd.chinanews.com    {date} 10:00     来源:中新网广东

  江门市委统战部召开会议，研究统一战线工作。{extra}

  会议指出，要坚持大统战工作格局，团结海外侨胞。
"""
HANT = """({column}){title}

https://udn.com/news    {date} 09:30     來源:聯合新聞網

  香港特區政府統戰部門表示，將加強統戰工作。{extra}

  記者在台北訪問了多位學者，談到兩岸關係。
"""


def write_article(folder: Path, name: str, *, traditional: bool = False, title: str = "标题",
                  date: str = "2022年07月25日", column: str = "要闻", extra: str = "") -> Path:
    """A small scraped page like the seed, in simplified or traditional script."""
    template = HANT if traditional else HANS
    path = folder / name
    path.write_text(template.format(title=title, date=date, column=column, extra=extra), encoding="utf-8")
    return path


def add_file(library: Library, path: Path, *, opened: bool = False) -> Added:
    """Parse ``path``, find its facts, store it (what an import does for one file)."""
    article = open_article(path)
    stat = path.stat()
    return library.add(article, facts_to_json(extract_facts(article)), Origin(str(path), stat.st_size, stat.st_mtime),
                       opened=opened)


def add_article(library: Library, article: Article) -> Added:
    return library.add(article, facts_to_json(extract_facts(article)), Origin(article.path))


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    with Library.open(tmp_path / "library" / "reader.sqlite3") as opened:
        yield opened


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    """A folder of four articles: two simplified, two traditional."""
    folder = tmp_path / "articles"
    folder.mkdir()
    write_article(folder, "a.txt", title="江门统战工作会议", date="2022年07月25日")
    write_article(folder, "b.txt", title="侨乡发展新格局", date="2021年03月01日", column="经济", extra="统战 工作要做好。")
    write_article(folder, "c.txt", traditional=True, title="港府統戰新動向", date="2023年01月05日")
    write_article(folder, "d.txt", traditional=True, title="兩岸學者對談", date="2020年11月11日", column="兩岸")
    return folder
