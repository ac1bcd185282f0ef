"""Hostile files, made at run time: the corpus the fuzzing harness feeds to every entry point.

Each case is a name, a file name (its suffix picks the parser) and the bytes. The
classes: nesting bombs (Markdown lists and quotes, HTML, MIME parts, JSON), regex
bombs, huge lines and many lines, broken encodings, broken MIME, entity storms,
hostile HTML and hostile URLs. ``QUERIES`` are the patterns searched in each file;
``SETTINGS`` are settings files for the window's start-up.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from typing import NamedTuple

__all__ = ["CASES", "QUERIES", "SETTINGS", "Case", "mhtml", "nested_mhtml", "nested_webarchive"]

_SEED_LINE = "江门市委统战部召开会议，推进侨都高质量发展。"


class Case(NamedTuple):
    name: str
    filename: str
    make: Callable[[], bytes]


def mhtml(html: bytes, charset: str = "utf-8") -> bytes:
    """A one-page MHTML archive holding ``html``."""
    return (b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="B"\r\n\r\n--B\r\n'
            b"Content-Type: text/html; charset=" + charset.encode() + b"\r\n"
            b"Content-Transfer-Encoding: 8bit\r\n\r\n" + html + b"\r\n--B--\r\n")


def nested_webarchive(depth: int) -> bytes:
    """A binary property list (a Safari web archive's format) of arrays nested ``depth`` deep."""
    import struct

    objects = [b"\xa1" + struct.pack(">I", i + 1) for i in range(depth)] + [b"\xa0"]
    offsets, at = [], 8
    for obj in objects:
        offsets.append(at)
        at += len(obj)
    table = b"".join(struct.pack(">I", o) for o in offsets)
    trailer = b"\x00" * 6 + bytes([4, 4]) + struct.pack(">QQQ", len(objects), 0, at)
    return b"bplist00" + b"".join(objects) + table + trailer


def nested_mhtml(depth: int) -> bytes:
    """An archive whose multipart parts nest ``depth`` deep, the page in the innermost."""
    head = b"".join(b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n' % (i, i) for i in range(depth))
    tail = b"".join(b"\r\n--b%d--\r\n" % i for i in reversed(range(depth)))
    return b"MIME-Version: 1.0\r\n" + head + b"Content-Type: text/html; charset=utf-8\r\n\r\n" + "<p>深</p>".encode() + tail


def _u(text: str) -> Callable[[], bytes]:
    return lambda: text.encode("utf-8")


def _article(body: str) -> str:
    return f"标题\n\n{_SEED_LINE}\n\n{body}\n"


def _random_bytes(size: int, seed: int) -> bytes:
    return random.Random(seed).randbytes(size)


def _cases() -> Iterator[Case]:
    # nesting bombs
    yield Case("md-dash-line-500", "a.md", _u("# 标题\n\n" + "- " * 500 + "正文\n"))
    yield Case("md-quote-10k", "a.md", _u("# 标题\n\n" + "> " * 10_000 + "正文\n"))
    yield Case("md-list-indent-2k", "a.md", _u("# 标题\n\n" + "".join("  " * i + "- 项\n" for i in range(2000))))
    yield Case("md-quote-lines-3k", "a.md", _u("# 标题\n\n" + "".join(">" * i + " 引\n" for i in range(1, 3001))))
    yield Case("md-ordered-5k", "a.md", _u("# 标题\n\n" + "1. " * 5000 + "项\n"))
    yield Case("md-mixed-nesting", "a.md", _u("# 标题\n\n" + "> - 1. * + " * 2000 + "混\n"))
    yield Case("md-emphasis-50k", "a.md", _u("# 标题\n\n" + "*" * 50_000 + "强" + "*" * 50_000 + "\n"))
    yield Case("md-brackets-30k", "a.md", _u("# 标题\n\n" + "[" * 30_000 + "链" + "]" * 30_000 + "(u)\n"))
    yield Case("md-nested-links", "a.md", _u("# 标题\n\n" + "[" * 3000 + "a" + "](u)" * 3000 + "\n"))
    yield Case("md-backticks", "a.md", _u("# 标题\n\n" + "`" * 40_000 + "\n"))
    yield Case("md-links-80k", "a.md", _u("# 标题\n\n" + " ".join(f"[a{i}](u{i})" for i in range(80_000)) + "\n"))
    yield Case("md-links-12k", "a.md", _u("# 标题\n\n" + "\n\n".join(f"[链{i}](http://x.cn/{i})" for i in range(12_000)) + "\n"))
    yield Case("md-fence-unclosed", "a.md", _u("# 标题\n\n```\n" + "- " * 3000 + "\n" * 3000))
    yield Case("md-html-nesting", "a.md", _u("# 标题\n\n" + "<div>" * 20_000 + "正文" + "</div>" * 20_000 + "\n"))
    yield Case("html-div-100k", "a.html", _u("<html><body>" + "<div>" * 100_000 + "深" + "</div>" * 100_000))
    yield Case("html-unclosed-150k", "a.html", _u("<html><body>" + "<p><b><i>" * 50_000 + _SEED_LINE))
    yield Case("html-table-nest", "a.html", _u("<html><body>" + "<table><tr><td>" * 20_000 + "格"))
    yield Case("mhtml-nested-1000", "a.mhtml", lambda: nested_mhtml(1000))
    yield Case("mhtml-nested-100", "a.mhtml", lambda: nested_mhtml(100))
    # broken MIME
    yield Case("mhtml-no-html", "a.mhtml", lambda: b'Content-Type: multipart/related; boundary="B"\r\n\r\n--B\r\n'
               b"Content-Type: image/png\r\n\r\n\x89PNG\r\n--B--\r\n")
    yield Case("mhtml-bad-base64", "a.mhtml", lambda: b'Content-Type: multipart/related; boundary="B"\r\n\r\n--B\r\n'
               b"Content-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!***\r\n--B--\r\n")
    yield Case("mhtml-bad-charset", "a.mhtml", lambda: mhtml("<p>正文</p>".encode(), "x-no-such-charset"))
    yield Case("mhtml-undefined-charset", "a.mhtml", lambda: mhtml("<p>正文</p>".encode(), "undefined"))
    yield Case("mhtml-unterminated", "a.mhtml", lambda: b'Content-Type: multipart/related; boundary="B"\r\n\r\n--B\r\n'
               b"Content-Type: text/html\r\n\r\n<p>" + "未完".encode() * 1000)
    yield Case("mhtml-boundary-storm", "a.mhtml", lambda: b'Content-Type: multipart/related; boundary="B"\r\n\r\n'
               + b"--B\r\nContent-Type: text/plain\r\n\r\nx\r\n" * 50_000 + b"--B--\r\n")
    yield Case("mhtml-qp-soft-breaks", "a.mhtml", lambda: b'Content-Type: multipart/related; boundary="B"\r\n\r\n--B\r\n'
               b"Content-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
               + b"=\r\n" * 200_000 + b"<p>=E6=AD=A3</p>\r\n--B--\r\n")
    # entity storms and hostile HTML
    yield Case("html-entity-storm", "a.html", _u("<html><body><p>" + "&amp;&#x4e2d;&lt;&nbsp;&#0;&#xD800;" * 50_000))
    yield Case("html-huge-entity-number", "a.html", _u("<p>" + "&#99999999999999999999;" * 10_000 + "</p>"))
    yield Case("html-named-entity-prefixes", "a.html", _u("<p>" + "&ampamp;&notin;&notit;" * 50_000 + "</p>"))
    yield Case("html-javascript-urls", "a.html", _u(
        "<html><head><meta property='og:url' content='javascript:alert(1)'><meta property='og:site_name' "
        "content='javascript:alert(2)'><link rel='canonical' href='data:text/html,x'><title>标题</title></head>"
        f"<body><article><h1>标题</h1><p>{_SEED_LINE * 5}</p></article></body></html>"))
    yield Case("html-script-bomb", "a.html", _u("<html><body><script>" + "<!--<script>" * 50_000 + "</script><p>正文</p>"))
    yield Case("html-comment-unclosed", "a.html", _u("<html><body><!--" + "x" * 2_000_000))
    yield Case("html-attr-huge", "a.html", _u("<html><body><img alt='" + "图" * 2_000_000 + "'><p>正文</p>"))
    yield Case("html-cdata-pi", "a.html", _u("<html><body>" + "<![CDATA[<?x ?>" * 40_000 + "<p>正文</p>"))
    yield Case("html-meta-refresh-file", "a.html", _u(
        "<html><head><meta http-equiv='refresh' content='0;url=file:///etc/passwd'>"
        "<base href='http://127.0.0.1:1/'><link rel=stylesheet href='http://127.0.0.1:1/x.css'></head>"
        f"<body><img src='http://127.0.0.1:1/x.png'><p>{_SEED_LINE}</p></body></html>"))
    yield Case("html-bad-declared-charset", "a.html", lambda: b"<meta charset='undefined'>" + "<p>正文</p>".encode("gb18030"))
    # huge lines and many lines
    yield Case("text-line-2mb", "a.txt", lambda: b"x\n" + b"a" * (2 * 1024 * 1024) + b"\n")
    yield Case("text-cjk-line-1mb", "a.txt", _u("标题\n" + "统战" * 180_000 + "\n"))
    yield Case("text-30k-lines", "a.txt", _u("".join(f"第{i}行。\n" for i in range(30_000))))
    yield Case("text-1m-lines", "a.txt", lambda: b"1\n" * 1_000_000)
    yield Case("text-wrapped-30k", "a.txt", _u("\n".join(f"一行很长的没有句末标点的文字内容继续写下去朋友们大家好{i}" for i in range(30_000))))
    yield Case("text-1m-blank-lines", "a.txt", lambda: b"\xe6\xad\xa3\n" + b"\n" * 1_000_000)
    yield Case("text-over-size", "a.txt", lambda: b"a" * (16 * 1024 * 1024 + 1))
    yield Case("md-long-paragraph", "a.md", _u("# 标题\n\n" + _SEED_LINE * 20_000 + "\n"))
    # broken encodings
    yield Case("utf8-truncated", "a.txt", lambda: _article("正文").encode()[:-2])
    yield Case("utf8-overlong", "a.txt", lambda: b"\xc0\xaf\xe0\x80\xaf" * 1000 + _article("正文").encode())
    yield Case("utf8-surrogates", "a.txt", lambda: b"\xed\xa0\x80\xed\xbf\xbf" * 1000)
    yield Case("utf16-odd-length", "a.txt", lambda: b"\xff\xfe" + _article("正文").encode("utf-16-le") + b"\x00")
    yield Case("utf16-be-lone-surrogate", "a.txt", lambda: b"\xfe\xff" + b"\xd8\x00" * 1000)
    yield Case("bom-then-binary", "a.txt", lambda: b"\xef\xbb\xbf" + _random_bytes(50_000, 1))
    yield Case("gb18030-broken", "a.txt", lambda: _article("正文" * 500).encode("gb18030")[:-1] + b"\x81")
    yield Case("big5-mixed-utf8", "a.txt", lambda: "標題\n\n正文。\n".encode("big5") + "統戰".encode() * 100)
    yield Case("random-binary", "a.txt", lambda: _random_bytes(200_000, 2))
    yield Case("nul-late", "a.txt", lambda: _article("正文" * 5000).encode() + b"\x00")
    yield Case("controls", "a.md", lambda: ("# 标" + "\x1b[31m\x07\x08" * 1000 + "\n").encode())
    yield Case("bidi-and-zero-width", "a.txt", _u(_article("\u202e\u2066\u200b\ufeff正文\u2069" * 5000)))
    yield Case("empty", "a.md", lambda: b"")
    yield Case("whitespace-only", "a.html", lambda: b" \n\t\r\n" * 1000)


CASES: list[Case] = list(_cases())

QUERIES: list[tuple[str, bool]] = [
    ("(a+)+$", True), ("(.*)*x", True), (r"(\w+\s?)+$", True), ("(a|aa)+$", True), ("(a|a?)+$", True),
    ("(x+x+)+y", True), (r"(?:\S+\s*)*!", True), ("^(([a-z])+.)+[A-Z]([a-z])+$", True), ("(.*a){20}", True),
    (".", True), (r"\w", True), ("(", True), ("a{99999999}", True), (r"(a)\1", True), ("(?<=统)战", True),
    ("统战", False), ("a", False), (" ", False), ("", False),
]
"""(query, as a regex): catastrophic backtracking, a match at every character, invalid patterns."""

SETTINGS: list[tuple[str, bytes]] = [
    ("bad-base64", b'{"window_geometry": "abc", "window_state": "abc"}'),
    ("position-string", b'{"positions": {"/a.txt": "x"}}'),
    ("keyword-lists-deep", b'{"keyword_lists": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"),
    ("keyword-lists-wrong", b'{"keyword_lists": [1, "x", {"keywords": [{"text": 5}]}]}'),
    ("truncated", b'{"zoom": 2, "recent_files": ["/a'),
    ("bom", b'\xef\xbb\xbf{"zoom": 1}'),
    ("latin1", b'{"font_family": "\xe9"}'),
    ("nan-inf", b'{"font_size": NaN, "zoom": Infinity}'),
    ("huge-int", b'{"zoom": ' + b"9" * 5000 + b"}"),
    ("array", b"[]"),
    ("wrong-types", b'{"variant": 5, "recent_files": "x", "theme": null, "quotes_follow_variant": "yes"}'),
]
"""Settings files that once stopped the window (and new ones of the same kinds)."""
