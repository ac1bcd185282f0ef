"""Loading: encodings detected, bad input refused with typed errors, the input never written."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader.core import SourceFormat, open_article, read_source
from reader.core.errors import EmptyInput, MissingFile, NotAFile, NotText, TooLarge, Unreadable
from reader.core.sources.loading import MAX_BYTES
from tests.conftest import SEED, shared_path

SEED_TEXT = SEED.read_text(encoding="utf-8")
SIMPLIFIED = SEED_TEXT.replace("\u00a0", " ")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "gb18030", "gbk"])
def test_simplified_encodings(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(SIMPLIFIED.encode(encoding))
    source = read_source(path)
    assert source.text == SIMPLIFIED
    assert open_article(path).title == "江门:为构建侨都高质量发展新格局汇聚统战力量"


@pytest.mark.parametrize(("label", "codec", "word"), [("gb2312", "gbk", "朱镕基"), ("GBK", "gbk", "王喆"), ("big5", "big5hkscs", "綫")])
def test_a_page_s_label_is_read_as_a_browser_reads_it(tmp_path: Path, label: str, codec: str, word: str) -> None:
    """One character its label's own table lacks, in a long page: a browser shows it."""
    story = shared_path("data", "articles-hant-dev", "udn_00000.txt").read_text(encoding="utf-8")
    story = SIMPLIFIED[:3000] if codec == "gbk" else story[:3000]
    body = "".join(f"<p>{line}</p>" for line in story.splitlines() if line.strip())
    page = f"<html><head><meta charset='{label}'><title>標題</title></head><body><p>{word}。</p>{body}</body></html>"
    path = tmp_path / "a.html"
    path.write_bytes(page.encode(codec, errors="ignore"))
    assert f"{word}。" in read_source(path).text


@pytest.mark.parametrize("encoding", ["big5hkscs", "utf-16-le-bom"])
def test_traditional_encodings(tmp_path: Path, encoding: str) -> None:
    text = shared_path("data", "articles-hant-dev", "udn_00000.txt").read_text(encoding="utf-8")
    path = tmp_path / "b.txt"
    data = b"\xff\xfe" + text.encode("utf-16-le") if encoding == "utf-16-le-bom" else text.encode(encoding)
    path.write_bytes(data)
    assert read_source(path).text == text


def test_truncated_utf8_keeps_what_is_whole(tmp_path: Path) -> None:
    path = tmp_path / "cut.txt"
    data = SEED_TEXT.encode("utf-8")[:-2]
    path.write_bytes(data)
    assert SEED_TEXT.startswith(read_source(path).text)
    assert path.read_bytes() == data


@pytest.mark.parametrize(
    ("content", "error"),
    [(b"", EmptyInput), (b"  \n\n ", EmptyInput), (b"\x89PNG\r\n\x1a\n" + bytes(64), NotText),
     (b"PK\x03\x04" + bytes(range(256)), NotText), ("正文\x00正文".encode() * 10, NotText)],
)
def test_bad_content(tmp_path: Path, content: bytes, error: type[Exception]) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(error):
        read_source(path)
    assert path.read_bytes() == content


def test_a_web_page_salted_with_control_characters_is_read_without_them(tmp_path: Path) -> None:
    """Copy-guarded pages scatter unseen controls through the text (about one in a hundred)."""
    salted = "为进一步规范网络主播从业行为\x06，加强职业道德建设，促进行业健康有序发展，主管部门共同制定了行为规范，列出了主播不得出现的多种行为。" * 30
    path = tmp_path / "salted.html"
    path.write_text(f"<!DOCTYPE html><html><head><title>某某</title></head><body><p>{salted}</p></body></html>",
                    encoding="utf-8")
    assert "为进一步规范网络主播从业行为，加强职业道德建设，" in read_source(path).text
    path.write_text("<html><body>" + "正文\x07" * 200 + "</body></html>", encoding="utf-8")  # a third of it
    with pytest.raises(NotText):
        read_source(path)


def test_missing_directory_and_permission(tmp_path: Path) -> None:
    with pytest.raises(MissingFile):
        read_source(tmp_path / "nope.txt")
    with pytest.raises(NotAFile):
        read_source(tmp_path)
    locked = tmp_path / "locked.txt"
    locked.write_text("正文", encoding="utf-8")
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):
            pytest.skip("running as root: permissions are not enforced")
        with pytest.raises(Unreadable):
            read_source(locked)
    finally:
        locked.chmod(0o644)


def test_huge_file_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(MAX_BYTES + 1)  # sparse: nothing is really written
    with pytest.raises(TooLarge):
        read_source(path)


def test_format_by_suffix_and_sniffing(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("<!DOCTYPE html><html><body><p>正文</p></body></html>", encoding="utf-8")
    assert read_source(page).format is SourceFormat.HTML
    md = tmp_path / "a.md"
    md.write_text("# 标题\n", encoding="utf-8")
    assert read_source(md).format is SourceFormat.MARKDOWN


def _webarchive(html: bytes, encoding: str, url: str) -> bytes:
    """A Safari web archive as Safari writes it: a binary property list, the page its main resource."""
    import plistlib

    main = {"WebResourceData": html, "WebResourceMIMEType": "text/html",
            "WebResourceTextEncodingName": encoding, "WebResourceURL": url, "WebResourceFrameName": ""}
    sub = [{"WebResourceData": b"\x89PNG\r\n", "WebResourceMIMEType": "image/png", "WebResourceURL": url + ".png"}]
    return plistlib.dumps({"WebMainResource": main, "WebSubresources": sub}, fmt=plistlib.FMT_BINARY)


def test_safari_web_archive(tmp_path: Path) -> None:
    html = "<html><head><title>存档页面</title></head><body><h1>存档页面</h1><p>这是保存为网页存档的文章正文，内容完整。</p></body></html>"
    path = tmp_path / "page.webarchive"
    path.write_bytes(_webarchive(html.encode("gb18030"), "GB18030", "https://news.example.com/2022/0725/c1-2.html"))
    article = open_article(path)
    assert article.title == "存档页面" and "网页存档的文章正文" in article.text
    assert article.url == "https://news.example.com/2022/0725/c1-2.html"
    assert article.published is not None and article.published.date().isoformat() == "2022-07-25"


@pytest.mark.parametrize("data", [b"bplist00\x00\x01garbage", b"<?xml version='1.0'?><plist><dict></dict></plist>"])
def test_a_damaged_web_archive_is_refused_clearly(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "page.webarchive"
    path.write_bytes(data)
    with pytest.raises(NotText):
        open_article(path)


def test_a_web_archive_nested_past_the_bounds_is_refused(tmp_path: Path) -> None:
    from reader.core.errors import TooComplex
    from tests.fuzz.corpus import nested_webarchive

    path = tmp_path / "deep.webarchive"
    path.write_bytes(nested_webarchive(100_000))
    with pytest.raises(TooComplex):
        open_article(path)


def test_mhtml_archive(tmp_path: Path) -> None:
    html = "<html><head><title>存档页面</title></head><body><h1>存档页面</h1><p>这是保存为网页存档的文章正文，内容完整。</p></body></html>"
    body = html.encode("gb18030")
    import quopri

    archive = (
        b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"B\"\r\n\r\n--B\r\n"
        b"Content-Type: text/html; charset=\"gb18030\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
        + quopri.encodestring(body) + b"\r\n--B\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        b"iVBORw0KGgo=\r\n--B--\r\n"
    )
    path = tmp_path / "page.mhtml"
    path.write_bytes(archive)
    article = open_article(path)
    assert article.title == "存档页面"
    assert "网页存档的文章正文" in article.text
