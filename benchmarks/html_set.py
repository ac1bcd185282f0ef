"""Builds the saved-page dev set: Chinese news pages with gold title, date and body.

The pages come from public test suites whose snapshots you fetch yourself (their
pages are © their publishers, so none is kept in this repository). Give each
suite's work tree by its option; the pages and a ``gold.json`` per split are
written under OUT (git-ignored if inside the repository: ``artifacts/``):

    python benchmarks/html_set.py artifacts/html-set \
        --cwced PATH        # immortal-autumn/Chinese-Web-Content-Extraction-Dataset (MIT)
        --taiwanese PATH    # lulalala/taiwanese_news_parser (MIT)
        --readability PATH  # mozilla/readability (Apache-2.0)
        --trafilatura PATH  # adbar/trafilatura (Apache-2.0)
        --fundus PATH       # flairNLP/fundus (MIT)
        --magichtml PATH    # opendatalab/magic-html (Apache-2.0)
        --goose3 PATH       # goose3/goose3 (Apache-2.0)
        --htmldev PATH      # the team's html-dev pages (../shared/data/html-dev)
        --dmsscrape GIT     # lostmypillow/dms-scrape's git directory (ISC, package.json)
        --radarflow GIT     # hibanabo/RadarFlow's git directory (MIT, README)
        --curator GIT       # Robin318-Gamer/the-curator's git directory (no licence stated)
        --nsa GIT           # ChiaYuChang/NewsSentimentAnalyzer's git directory (no licence stated)
        --hkfire GIT        # Hong-Kong-Emergency-Coordination-Hub/Hong-Kong-Fire-Documentary's git directory (no licence stated)

Pages with only a hand-read headline and day (``titles`` in ``html_set.json``: more of
the dataset's, magic-html's (articles, and threads of its forum benchmark), trafilatura's and
goose3's pages, and the html-dev pages) go to OUT's sibling
``title-set/`` the same way, scored for title and date only. So do the news scrapers'
fixtures (``GIT`` options: a bare clone will do, as pages are read from the commit named in
each key, ``commit:path``, some being gone from the newest one): Taiwanese business and tech
pages (dms-scrape, several saved as a JavaScript template string, unwrapped here), BBC中文,
RFI and Singaporean pages (RadarFlow), HK01 and 明報 pages (the-curator), and Taiwanese
(中央社, 中時, ETtoday, 自由時報, 公視, 三立, TVBS, 聯合報, 上報), overseas (BBC中文, NHK, 紐約時報中文網,
RFI) and 新华网 pages (NewsSentimentAnalyzer's parser examples).

The Hong Kong outlets' pages (``--hkfire``: RTHK, 明報, 信報, 東方日報/on.cc, HK01, Now 新聞,
星島, 商業電台, BBC 中文 and 大公文匯 stories (242) a citizens' archive saved from the browser) go to
the body set: headline and day read by hand on the dev pages, the body from each outlet's story
selector in ``html_set.json``.

Which pages, their family (mainland, taiwan, hongkong, overseas) and the hand-read
titles are in ``html_set.json``. Gold body text is each suite's own: the dataset's
cleaned text, readability's expected page, fundus's parsed paragraphs, the Taiwanese
parser's content selector (lxml + cssselect, the ``bench`` extra); trafilatura's
suite gives only sentences that must appear ("complete": false: recall only);
magic-html's benchmark gives its hand-marked main content (a few player and
"next article" lines left in it), and its pages are browser-rendered saves; goose3's
gives the story's opening paragraphs ("complete": false, as trafilatura's). Where a
suite gives no date, the day was read off the page's date line by hand, or taken
from the URL path when that holds the whole day (``html_set.json``).
A page goes to ``held/`` when the first hex digit of its name's SHA-1 is below 5
(about a third): those are scored, never read, while developing.

    python benchmarks/html_quality.py artifacts/html-set/dev
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.sources.loading import read_source  # noqa: E402

MANIFEST = Path(__file__).with_name("html_set.json")
Gold = dict[str, object]
Page = tuple[str, bytes, Gold]
"""A page's file name in the set, its bytes, and its gold."""


def _day(text: str) -> str:
    """YYYY-MM-DD from a written date, or "" when the day is not known."""
    match = re.search(r"((?:19|20)\d\d)[-/年.](\d{1,2})[-/月.](\d{1,2})", text)
    return f"{match[1]}-{int(match[2]):02d}-{int(match[3]):02d}" if match else ""


def _cwced(tree: Path, chosen: dict[str, dict[str, str]]) -> Iterator[Page]:
    for uid, info in chosen.items():
        date = tree / "date" / f"{uid}.txt"
        body = (tree / "cleaned" / f"{uid}.txt").read_text(encoding="utf-8", errors="replace")
        yield f"cwced-{uid[:8]}.html", (tree / "original" / f"{uid}.html").read_bytes(), {
            "title": info["title"], "family": info["family"], "body": [body], "complete": True,
            "date": _day(date.read_text(encoding="utf-8")) if date.exists() else ""}


def _readability(tree: Path, chosen: dict[str, dict[str, str]]) -> Iterator[Page]:
    import lxml.html

    for name, info in chosen.items():
        folder = tree / "test" / "test-pages" / name
        expected = lxml.html.fromstring((folder / "expected.html").read_text(encoding="utf-8"))
        body = [t.strip() for t in expected.itertext() if t.strip()]
        meta = json.loads((folder / "expected-metadata.json").read_text(encoding="utf-8"))
        yield f"readability-{name}.html", (folder / "source.html").read_bytes(), {
            "title": info["title"], "family": info["family"], "body": ["\n".join(body)],
            "complete": True, "date": _day(meta.get("publishedTime") or "")}


def _trafilatura(tree: Path, chosen: dict[str, dict[str, str]]) -> Iterator[Page]:
    data = json.loads((tree / "tests" / "evaldata.json").read_text(encoding="utf-8"))
    for entry in data.values():
        if entry.get("file") in chosen:
            yield f"trafilatura-{entry['file']}", (tree / "tests" / "eval" / entry["file"]).read_bytes(), {
                "title": entry.get("title", "").strip(), "date": entry.get("date", ""),
                "family": chosen[entry["file"]]["family"], "body": entry.get("with", []),
                "complete": False}


def _fundus(tree: Path, chosen: dict[str, dict[str, str]]) -> Iterator[Page]:
    base = tree / "tests" / "resources" / "parser" / "test_data"
    for name, info in chosen.items():
        expected = json.loads((base / f"{name}.json").read_text(encoding="utf-8"))
        for version, gold in expected.items():
            page = next(base.glob(f"{name}_*.html.gz"), None)
            if page is None:
                continue
            sections = gold["body"]["sections"]
            body = gold["body"].get("summary", []) + [p for s in sections for p in s["headline"] + s["paragraphs"]]
            yield f"fundus-{name.replace('/', '-')}-{version}.html", gzip.decompress(page.read_bytes()), {
                "title": info.get("title") or gold["title"], "date": gold.get("publishing_date", "")[:10],
                "family": info["family"], "body": body, "complete": True}


def _magichtml(tree: Path, chosen: dict[str, dict[str, str]]) -> Iterator[Page]:
    base = tree / "benchmark" / "data" / "article"
    gold = json.loads((base / "base.json").read_text(encoding="utf-8"))
    for key, entry in gold.items():
        info = chosen.get(key[:10])
        if info is not None:
            yield f"magichtml-{key[:10]}.html", (base / "htmls" / f"{key}.html").read_bytes(), {
                "title": info["title"], "date": info["date"], "family": info["family"],
                "body": [entry["content"]], "complete": True}


def _goose3(tree: Path, chosen: dict[str, dict[str, str]]) -> Iterator[Page]:
    for key, info in chosen.items():
        path = tree / "tests" / "data" / key
        expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["expected"]
        opening = [p.strip() for p in expected.get("cleaned_text", "").split("\n") if p.strip()]
        yield f"goose3-{path.name}", path.read_bytes(), {
            "title": info["title"], "date": info["date"], "family": info["family"], "body": opening,
            "complete": False}


_SPEC_CASE = re.compile(
    r"sample\(__FILE__,\s*'(?P<file>[^']+)'\).*?:title\]\.should == '(?P<title>[^']*)'"
    r"(?:(?:(?!sample\(__FILE__).)*?:published_at\]\.should == \w+\.new\((?P<date>[\d, ]+)\))?",
    re.S,
)


def _taiwanese(tree: Path, selectors: dict[str, str]) -> Iterator[Page]:
    import lxml.html

    specs = tree / "spec" / "taiwanese_news_parser" / "parser"
    for parser, selector in selectors.items():
        spec = (specs / f"{parser}_spec.rb").read_text(encoding="utf-8")
        for case in _SPEC_CASE.finditer(spec):
            path = specs / case["file"]
            doc = lxml.html.fromstring(read_source(path).text)
            body = [re.sub(r"\s+", " ", el.text_content()).strip() for el in doc.cssselect(selector)]
            parts = [int(n) for n in case["date"].split(",")[:3]] if case["date"] else []
            yield f"taiwanese-{case['file']}", path.read_bytes(), {
                "title": case["title"], "family": "taiwan", "body": [b for b in body if b],
                "complete": True, "date": "{:04d}-{:02d}-{:02d}".format(*parts) if parts else ""}


def _titled(tree: Path, suite: str, chosen: dict[str, dict[str, str]]) -> Iterator[Page]:
    """Title-and-date-only pages: the page as the suite keeps it, the hand-read headline and day."""
    for key, info in chosen.items():
        if suite == "cwced":
            path, name = tree / "original" / f"{key}.html", f"cwced-{key[:8]}.html"
        elif suite == "magichtml":  # "forum/…": a page of the forum benchmark, else of the article one
            kind, _, stem = key.rpartition("/")
            path = next((tree / "benchmark" / "data" / (kind or "article") / "htmls").glob(f"{stem}*.html"))
            name = f"magichtml-{stem}.html"
        elif suite == "trafilatura":
            path, name = tree / "tests" / "eval" / key, f"trafilatura-{key}"
        elif suite == "goose3":
            path = tree / "tests" / "data" / key
            name = f"goose3-{path.name}"
        else:
            path, name = tree / key, f"{suite}-{key}"
        yield name, path.read_bytes(), {"title": info["title"], "date": info["date"], "family": info["family"]}


def _fixtures(git_dir: Path, suite: str, chosen: dict[str, dict[str, str]]) -> Iterator[Page]:
    """Title-and-date-only pages kept in a scraper's history: ``commit:path`` → the page as saved."""
    import subprocess

    for key, info in chosen.items():
        data = subprocess.run(["git", "--git-dir", str(git_dir), "show", key], check=True,
                              capture_output=True).stdout
        name = f"{suite}-{_fixture_name(key.partition(':')[2])}.html"
        yield name, _unwrap_template(data), {"title": info["title"], "date": info["date"],
                                             "family": info["family"]}


def _fixture_name(path: str) -> str:
    """A fixture's name: its stem, or under an ``example/`` folder of numbered pages per outlet
    its path there (``example/udn/news/001.html`` → ``udn-news-001``)."""
    _, found, rest = path.partition("/example/")
    return Path(rest).with_suffix("").as_posix().replace("/", "-") if found else Path(path).stem


def _unwrap_template(data: bytes) -> bytes:
    """A page saved as a JavaScript template string (``export const x = `<html>…```) → the page."""
    text = data.lstrip()
    if not text.startswith(b"export const"):
        return data
    return text[text.index(b"`") + 1:text.rindex(b"`")].replace(b"\\`", b"`").replace(b"\\$", b"$")


_DROPPED = re.compile(r"^(?:相關新聞|相關報道：|相關字詞|日報新聞-相關報道|▼|補充報導|■明報報料熱線|攝影：)|\(\d{4}-\d\d-\d\d\)$")
"""Lines inside an outlet's story element that are not the story: related links and tags, a
newsroom's tip-off line, photo and reporting credits."""


def _hkfire(git_dir: Path, spec: dict[str, dict[str, dict[str, str]]]) -> Iterator[Page]:
    """Hong Kong outlets' pages as an archive saved them from the browser: ``commit:path`` → the
    page; the body is the text of the outlet's story selector (lxml + cssselect, the ``bench``
    extra) less captions, related links (a paragraph that is only a link among them) and tags,
    each line checked by eye on the dev pages."""
    import hashlib
    import subprocess

    import lxml.html

    for key, info in spec["pages"].items():
        data = subprocess.run(["git", "--git-dir", str(git_dir), "show", key], check=True,
                              capture_output=True).stdout
        outlet = spec["outlets"][info["outlet"]]
        doc = lxml.html.fromstring(data.decode("utf-8", "replace"))
        for junk in doc.xpath("//script|//style|//noscript|//figure|//figcaption"):
            junk.drop_tree()
        scope = doc.cssselect(outlet["within"])[:1] if "within" in outlet else [doc]
        lines = [line.strip() for root in scope for el in root.cssselect(outlet["body"]) if not _all_link(el)
                 for line in _lines(el).split("\n")]
        body = [re.split("相關新聞：", line)[0].strip() for line in lines]
        body = [line for i, line in enumerate(body) if not (i and lines[i - 1].strip() == "相關新聞：")]
        path = key.partition(":")[2]
        name = f"hkfire-{info['outlet']}-{hashlib.sha1(path.encode()).hexdigest()[:10]}.html"
        yield name, data, {"title": info["title"], "date": info["date"], "family": "hongkong",
                           "body": [line for line in body if line and not _DROPPED.search(line)], "complete": True}


def _all_link(element: object) -> bool:
    """Whether a paragraph is nothing but a link: another story's headline set in the story."""
    text = element.text_content().strip()  # type: ignore[attr-defined]
    links = "".join(a.text_content() for a in element.iter("a")).strip()  # type: ignore[attr-defined]
    return bool(text) and links == text


def _lines(element: object) -> str:
    """An element's text with its line breaks."""
    for br in element.iter("br"):  # type: ignore[attr-defined]
        br.tail = "\n" + (br.tail or "")
    return re.sub(r"[ \t\u00a0]+", " ", element.text_content())  # type: ignore[attr-defined]


_FIXTURES = ("dmsscrape", "radarflow", "curator", "nsa")
_SOURCES = {"cwced": _cwced, "readability": _readability, "trafilatura": _trafilatura,
            "fundus": _fundus, "taiwanese": _taiwanese, "magichtml": _magichtml, "goose3": _goose3}


def held(name: str) -> bool:
    """Whether a page is kept aside: a fixed third of the set, by the hash of its name."""
    return hashlib.sha1(name.encode()).hexdigest()[0] < "5"


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    for name in _SOURCES:
        parser.add_argument(f"--{name}", type=Path, help="the suite's work tree")
    parser.add_argument("--htmldev", type=Path, help="the html-dev pages' folder")
    for name in _FIXTURES:
        parser.add_argument(f"--{name}", type=Path, help="the scraper's git directory")
    parser.add_argument("--hkfire", type=Path, help="the Hong Kong archive's git directory")
    args = parser.parse_args(argv)
    manifest = json.loads(MANIFEST.read_text(encoding="utf-8"))
    pages: list[Page] = []
    titled: list[Page] = []
    for name, build in _SOURCES.items():
        tree = getattr(args, name)
        if tree is not None:
            pages += build(tree, manifest[name])
            titled += _titled(tree, name, manifest["titles"].get(name, {}))
    if args.hkfire is not None:
        pages += _hkfire(args.hkfire, manifest["hkfire"])
    if args.htmldev is not None:
        titled += _titled(args.htmldev, "htmldev", manifest["titles"]["htmldev"])
    for name in _FIXTURES:
        if getattr(args, name) is not None:
            titled += _fixtures(getattr(args, name), name, manifest["titles"][name])
    _write(args.out, pages)
    _write(args.out.parent / "title-set", titled)


def _write(out: Path, pages: list[Page]) -> None:
    """The pages into ``out``/dev and ``out``/held, each with its gold.json."""
    golds: dict[str, dict[str, Gold]] = {"dev": {}, "held": {}}
    for file_name, data, gold in pages:
        split = "held" if held(file_name) else "dev"
        (out / split).mkdir(parents=True, exist_ok=True)
        (out / split / file_name).write_bytes(data)
        golds[split][file_name] = gold
    for split, gold in golds.items():
        if gold:
            (out / split / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"{out.name}/{split}: {len(gold)} pages")
    if not pages:
        shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])
