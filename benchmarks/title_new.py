"""Builds the *new-pages* title set: saved Chinese pages of the layouts the title rules were weak on.

Blogs (CSDN, 博客园, 51CTO, 掘金 and WordPress sites), a Discuz forum thread, 知乎 question
and answer pages, 微信公众号 articles, a content farm's and an essay page, and news pages
(网易财经 stories and columns, 搜狐, 新浪, 腾讯, 人民网, 中新网, 荔枝网 and others of 2009–2020),
none of them in the other sets. They come from extractors' and scrapers' test files,
read from each suite's git history by ``commit:path`` (a bare clone will do); the pages are ©
their publishers, so none is kept in this repository. Each headline and day was read off its
page by hand (``title_new.json``, family = the page's kind):

    python benchmarks/title_new.py artifacts/title-new \
        --wechatsogou GIT  # chyroc/WechatSogou (Apache-2.0)
        --zhihupy3 GIT     # 7sDream/zhihu-py3 (MIT)
        --gerapy GIT       # Gerapy/GerapyAutoExtractor (Apache-2.0)
        --llmwebkit GIT    # ccprocessor/llm-webkit-mirror (no licence file)
        --cxpython GIT     # chrislinan/cx-extractor-python (MIT)
        --cxextractor GIT  # amumu-dev/cx-extractor (no licence file)
        --eventsmachine GIT  # sonyfe25cp/EventsMachine (no licence file)
        --fods GIT         # ljzc/FoundationOfDataScience_Assignment (no licence file)
    python benchmarks/html_quality.py artifacts/title-new --pages

All pages go to OUT itself with one ``gold.json`` (no held third: the set exists to measure
how rules made on the other sets carry over). GeneralNewsExtractor's and newspaper4k's pages
were once in it: issue 15 keeps those repositories aside to check it, so they are not read here.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

MANIFEST = Path(__file__).with_name("title_new.json")


def page_name(suite: str, path: str, depth: int = 2) -> str:
    """A page's file name in the set: its suite and its path's last ``depth`` parts."""
    parts = Path(path).with_suffix("").parts[-depth:]
    return f"{suite}-" + re.sub(r"[^\w.-]+", "-", "-".join(parts)) + ".html"


def build(out: Path, gits: dict[str, Path], manifest: Path = MANIFEST, depth: int = 2) -> int:
    """Copies the pages of every suite given into ``out`` and writes their gold; the count."""
    suites = json.loads(manifest.read_text(encoding="utf-8"))["suites"]
    out.mkdir(parents=True, exist_ok=True)
    gold: dict[str, dict[str, str]] = {}
    for suite, git_dir in gits.items():
        for key, info in suites[suite]["pages"].items():
            data = subprocess.run(["git", "--git-dir", str(git_dir), "show", key], check=True,
                                  capture_output=True).stdout
            name = page_name(suite, key.partition(":")[2], depth)
            (out / name).write_bytes(data)
            gold[name] = dict(info)
    (out / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    return len(gold)


def main(argv: list[str], manifest: Path = MANIFEST, depth: int = 2, doc: str | None = __doc__) -> None:
    """The command line of a set built from a manifest: OUT, and each suite's git directory (a
    suite with ``same_git_as`` reads that suite's unless given one of its own)."""
    suites = json.loads(manifest.read_text(encoding="utf-8"))["suites"]
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    for suite, info in suites.items():
        also = f" (default: --{info['same_git_as']}'s)" if "same_git_as" in info else ""
        parser.add_argument(f"--{suite}", type=Path, help=f"{info['repo']}'s git directory{also}")
    args = parser.parse_args(argv)
    gits = {suite: getattr(args, suite) or getattr(args, info.get("same_git_as", suite))
            for suite, info in suites.items()}
    gits = {suite: git for suite, git in gits.items() if git is not None}
    print(f"{args.out}: {build(args.out, gits, manifest, depth)} pages")


if __name__ == "__main__":
    main(sys.argv[1:])
