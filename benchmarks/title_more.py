"""Builds the *more-news* title set: saved news pages of Taiwan, Hong Kong, Malaysia and mainland outlets.

The held title split stays at 0.895 while the dev sets are saturated, so this set adds news
pages of layouts no rule was read off: the test pages of two newsdiff crawlers (Taiwan's
蘋果日報, 中廣, 中央社, 華視, 中時, ETtoday, 民視, 自由時報, 新頭殼, NOWnews, 公視, 三立,
風傳媒, 台視, TVBS and 聯合報 of 2013–2014; Hong Kong's 香港電台, 熱血時報, 星島日報, 無綫新聞
and 文匯報 of 2010–2014) and a disinformation project's parser snapshots (鏡週刊, 三立, 東森,
關鍵評論網, 社區報, 上報, CTWANT, 文匯報 (上海), ETtoday, 芋傳媒, 中央社, 網易, 工商時報,
中國台灣網, 風傳媒, 鳴人堂, 自由財經, 人民網, 中國報 (Malaysia), 中評社 and 台灣醒報 of
2013–2020). They are read from each suite's git history by ``commit:path`` (a bare clone
will do); the pages are © their publishers, so none is kept in this repository. Each headline
and day was read off its page by hand (``title_more.json``, family = the page's kind):

    python benchmarks/title_more.py artifacts/title-more \
        --newsdiff GIT       # ronnywang/newsdiff (BSD, stated in its README)
        --newsdiffhk GIT     # yookoala/newsdiffHK (its fork, likewise; only its Hong Kong pages)
        --articleparser GIT  # disinfoRG/ArticleParser (MIT)
    python benchmarks/html_quality.py artifacts/title-more --pages

A later batch of pages no rule was read off is kept as suites of its own (``newsdiff2``: two
more 中央社 pages of ronnywang/newsdiff; ``articleparser2``: 報導者's page of the parser's
snapshots), so that its figures can be told apart from the first batch's; a suite with
``same_git_as`` is read from that suite's git directory unless given one of its own.

All pages go to OUT itself with one ``gold.json``: like ``title_new.py``'s set it measures
how rules made on the other sets carry over, so it has no dev/held split.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import title_new  # noqa: E402  (the one builder of manifest sets)

MANIFEST = Path(__file__).with_name("title_more.json")
DEPTH = 3
"""Pages are named by their path's last three parts: the crawlers keep each outlet's pages in
``Outlet/data/``, so two parts would lose the outlet."""


if __name__ == "__main__":
    title_new.main(sys.argv[1:], MANIFEST, DEPTH, __doc__)
