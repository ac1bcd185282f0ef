"""Builds the *fresh-pages* title set: saved Chinese news pages found after every rule was written.

The other sets were read while the title and date rules were made; these 47 pages were not
(网易 pages of 2016 and 2018, 新浪, 搜狐, 腾讯, 凤凰, 新华网, 中青在线, 南都周刊, 环球网, 半月谈
and 香港電台 pages of 2010–2023, and Taiwanese 經濟日報, 自由財經, 上報 and 新浪 pages). They
are scrapers' and extractors' test files, read from each suite's git history by ``commit:path``
(a bare clone will do); the pages are © their publishers, so none is kept in this repository.
Each headline and day was read off its page by hand (``title_fresh.json``):

    python benchmarks/title_fresh.py artifacts/title-fresh \
        --neteasex GIT         # rcy17/newsExtraction (no licence file)
        --textextract GIT      # FujiZ/TextExtract (no licence file)
        --pageanalysis GIT     # qwang2505/page_analysis (no licence file)
        --htmldate GIT         # adbar/htmldate (Apache-2.0): its evaluation pages
        --cnshot GIT           # cnshot/CNShot (no licence file)
        --crawlerclub GIT      # crawlerclub/ce (Apache-2.0)
        --ogscraper GIT        # jshemas/openGraphScraperPages (no licence file)
        --luinreadability GIT  # luin/readability (Apache-2.0)
        --eventsmachine2 GIT   # sonyfe25cp/EventsMachine (no licence file): its 凤凰 page
    python benchmarks/html_quality.py artifacts/title-fresh --pages

All pages go to OUT itself with one ``gold.json``: the set measures how the rules carry over
to pages no one read while writing them, so it has no dev/held split.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import title_new  # noqa: E402  (the one builder of manifest sets)

MANIFEST = Path(__file__).with_name("title_fresh.json")
DEPTH = 2


if __name__ == "__main__":
    title_new.main(sys.argv[1:], MANIFEST, DEPTH, __doc__)
