"""Stage 1, load: a path becomes decoded text and a format, or a typed error.

Guards run before and while reading so that a directory, a 2 GB file, an image
or a wrongly encoded file never reaches the parser: each raises a ReaderError
the UI can explain. Nothing here ever writes to the path.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from ..errors import (
    EmptyInput,
    MissingFile,
    NotAFile,
    NotText,
    TooComplex,
    TooLarge,
    Undecodable,
    Unreadable,
)
from ..model import SourceFormat
from .bounds import check_mime_nesting

if TYPE_CHECKING:
    from email.message import Message

__all__ = ["MAX_ARCHIVE_BYTES", "MAX_BYTES", "MAX_LINES", "Source", "chinese_score", "decode", "detect_format", "read_source"]

MAX_BYTES = 16 * 1024 * 1024
"""Files above this size are refused before reading: no news article is that long.

Measured by ``benchmarks/open.py --huge``: at this size the slowest format still opens
in seconds and within the memory budget (4x the text plus a fixed base), where 256 MB took
minutes and a gigabyte."""
MAX_ARCHIVE_BYTES = 64 * 1024 * 1024
"""A saved web archive (MHTML) carries its images too; its page must still fit MAX_BYTES."""
MAX_LINES = 100_000
"""Texts with more lines are refused: each line becomes a block, and a million of them took
two minutes and a gigabyte. A whole classic (左传) has 5,706."""

_MAGIC = (b"\x89PNG", b"PK\x03\x04", b"%PDF", b"GIF8", b"\xff\xd8\xff", b"\x7fELF", b"BM")
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_FALLBACKS = ("gb18030", "big5hkscs")
_SUPERSETS = dict.fromkeys(("gb2312", "gbk", "x-gbk", "csgb2312", "chinese", "gb_2312-80", "iso-ir-58", "cp936"), "gb18030")
_SUPERSETS |= dict.fromkeys(("big5", "cn-big5", "x-x-big5", "csbig5"), "big5hkscs")
"""Labels a page declares and the codec a browser decodes it with (the WHATWG Encoding
Standard): a page that says gb2312 is GBK, which has 朱镕基's 镕, 王喆's 喆 and ㎡ (GB2312 has
none of them); one that says big5 is Big5-HKSCS, which has Hong Kong's 綫 and 啲."""
_SUFFIXES = {
    ".md": SourceFormat.MARKDOWN,
    ".markdown": SourceFormat.MARKDOWN,
    ".mdown": SourceFormat.MARKDOWN,
    ".html": SourceFormat.HTML,
    ".htm": SourceFormat.HTML,
    ".xhtml": SourceFormat.HTML,
    ".mhtml": SourceFormat.HTML,
    ".mht": SourceFormat.HTML,
    ".webarchive": SourceFormat.HTML,
}


class Source(NamedTuple):
    """Decoded text of a file, with what is known of its origin."""

    text: str
    encoding: str
    format: SourceFormat
    path: str = ""


def read_source(path: str | os.PathLike[str], encoding: str | None = None) -> Source:
    """Read and decode ``path``; ``encoding`` forces one (the "Reopen with encoding" case)."""
    p = Path(path)
    archive = _ARCHIVE_PAGES.get(p.suffix.lower())
    data = _read_bytes(p, MAX_ARCHIVE_BYTES if archive else MAX_BYTES)
    if archive:
        data, encoding = archive(data, str(p), encoding)
        if len(data) > MAX_BYTES:
            raise TooLarge(str(p), len(data), MAX_BYTES)
    text, used = decode(data, str(p), encoding)
    if not text.strip():
        raise EmptyInput(str(p))
    lines = text.count("\n")
    if lines > MAX_LINES:
        raise TooLarge(str(p), lines, MAX_LINES, "lines")
    return Source(text=text, encoding=used, format=detect_format(p, text), path=str(p))


def _read_bytes(p: Path, limit: int) -> bytes:
    try:
        st = p.stat()
    except FileNotFoundError:
        raise MissingFile(str(p)) from None
    except OSError as exc:
        raise Unreadable(str(p), exc.strerror or "") from None
    if not p.is_file():
        raise NotAFile(str(p))
    if st.st_size > limit:
        raise TooLarge(str(p), st.st_size, limit)
    try:
        with p.open("rb") as file:
            data = file.read(limit + 1)  # the file may have grown since stat()
    except OSError as exc:
        raise Unreadable(str(p), exc.strerror or "") from None
    if len(data) > limit:
        raise TooLarge(str(p), len(data), limit)
    return data


def _mhtml_page(data: bytes, path: str, encoding: str | None) -> tuple[bytes, str | None]:
    """The HTML part of a saved web archive (MHTML), with the charset its part declares and the
    address it was saved from (``Snapshot-Content-Location``, or the part's ``Content-Location``)
    noted."""
    import email

    check_mime_nesting(data, path)
    try:
        message = email.message_from_bytes(data)
    except RecursionError:  # nesting that check_mime_nesting let through
        raise TooComplex(path, "parts nested too deeply") from None
    parts: list[Message] = list(message.walk()) if message.is_multipart() else [message]
    for part in parts:
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                address = message.get("Snapshot-Content-Location") or part.get("Content-Location") or ""
                return _noted(payload, str(address)), encoding or part.get_content_charset()
    raise NotText(path, "no HTML page inside the archive")


def _noted(page: bytes, url: str) -> bytes:
    """The page with ``url`` noted as a browser notes it in a page saved alone (``<!-- saved from
    url=(N)… -->``): the page may name no address of its own, and the address gives the story's
    site and often its day. The text the page shows is unchanged."""
    url = url.strip()
    if not url.startswith(("http://", "https://")) or any(c in url for c in " <>\r\n"):
        return page
    return f"<!-- saved from url=({len(url):04d}){url} -->\n".encode("ascii", "replace") + page


def _webarchive_page(data: bytes, path: str, encoding: str | None) -> tuple[bytes, str | None]:
    """The page of a Safari web archive (a property list: its main resource's data, text encoding
    and address; the images and frames beside it are not read)."""
    import plistlib

    try:
        archive = plistlib.loads(data)
    except RecursionError:
        raise TooComplex(path, "parts nested too deeply") from None
    except Exception:  # plistlib raises several kinds for a damaged list  # noqa: BLE001
        raise NotText(path, "not a readable web archive") from None
    main = archive.get("WebMainResource") if isinstance(archive, dict) else None
    if not isinstance(main, dict) or not isinstance(page := main.get("WebResourceData"), bytes):
        raise NotText(path, "no HTML page inside the archive")
    declared = main.get("WebResourceTextEncodingName")
    url = main.get("WebResourceURL")
    return _noted(page, url if isinstance(url, str) else ""), encoding or (declared if isinstance(declared, str) else None)


_ARCHIVE_PAGES = {".mhtml": _mhtml_page, ".mht": _mhtml_page, ".webarchive": _webarchive_page}
"""The page inside each kind of saved archive, by the file's suffix."""


def decode(data: bytes, path: str = "", encoding: str | None = None) -> tuple[str, str]:
    """Bytes → (text, encoding used); refuses binary data rather than showing mojibake."""
    if not data.strip():
        raise EmptyInput(path)
    if encoding:
        return _decode_as(data, encoding, path), encoding
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _decode_as(data, name, path), name
    if data.startswith(_MAGIC) or b"\x00" in data[:8192]:
        raise NotText(path)
    try:
        return _clean(data.decode("utf-8"), path), "utf-8"
    except UnicodeDecodeError as exc:
        if exc.start >= len(data) - 3 and exc.reason == "unexpected end of data":
            return _clean(data[: exc.start].decode("utf-8"), path), "utf-8"  # a truncated file
        return _best_legacy_decoding(data, path)


_DECLARED = rb"<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9_-]+)"  # compiled on first use (by re)
# The most frequent characters of Chinese text (simplified forms): a correct decoding of
# GBK or Big5 bytes is full of them, a wrong one is not.
_COMMON = frozenset(
    "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之"
    "年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理"
    "心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高"
    "间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西月话合回特代内信表化老给"
    "世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活更别打女变四"
    "神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便"
    "空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北边"
)


def _best_legacy_decoding(data: bytes, path: str) -> tuple[str, str]:
    """GB18030 or Big5: the page's own declaration first, else the more Chinese-looking result."""
    declared = re.search(_DECLARED, data[:4096], re.I)
    label = declared.group(1).decode("ascii") if declared else ""
    names = ([label] if label else []) + list(_FALLBACKS)
    candidates: list[tuple[float, str, str]] = []
    for rank, name in enumerate(names):
        try:
            name, text = _as_labelled(data, name, path)
        except (UnicodeError, LookupError):  # a page may declare any codec, even "undefined"
            continue
        bonus = 0.05 if label and rank == 0 else 0.0
        candidates.append((chinese_score(text) + bonus, name, text))
    if not candidates:
        raise Undecodable(path)
    score, name, text = max(candidates, key=lambda c: c[0])
    if score < 0.15:
        raise Undecodable(path, "no encoding gives readable Chinese text")
    return text, name


def _as_labelled(data: bytes, label: str, path: str) -> tuple[str, str]:
    """The codec a browser reads ``label`` with, and the text; the label's own codec where that
    fails (a Taiwanese page's ETEN kana are in Big5 but not in HKSCS)."""
    own = label.strip().lower()
    codec = _codec(own)
    try:
        return codec, _clean(_lenient(data, codec), path)
    except UnicodeError:
        if codec == own:
            raise
    return own, _clean(_lenient(data, own), path)


def _lenient(data: bytes, name: str) -> str:
    """``data`` decoded, a stray bad byte or two (a saved page's truncated character) shown as
    U+FFFD; more than one in a thousand characters means it is not this encoding."""
    text = data.decode(name, errors="replace")
    if text.count("\ufffd") > len(text) // 1000:
        raise UnicodeDecodeError(name, data, 0, 1, "too many invalid sequences")
    return text


def chinese_score(text: str) -> float:
    """The share of Han characters that are among the most common ones, in either script."""
    from ..script.fold import fold_script

    han = [ch for ch in fold_script(text[:20000]) if "\u4e00" <= ch <= "\u9fff"]
    if len(han) < 20:
        return 1.0  # too little Chinese to judge: the decoder's own strictness has to do
    return sum(1 for ch in han if ch in _COMMON) / len(han)


def _codec(label: str) -> str:
    """The codec for an encoding's label, as a browser reads it (gb2312 → gb18030)."""
    label = label.strip().lower()
    return _SUPERSETS.get(label, label)


def _decode_as(data: bytes, encoding: str, path: str) -> str:
    try:
        return _clean(data.decode(_codec(encoding)), path)
    except (UnicodeError, LookupError) as exc:  # UnicodeError: the "undefined" codec refuses everything
        raise Undecodable(path, str(exc)) from None


_HTML_START = re.compile(r"<(?:!doctype\s+html|html|head)\b", re.I)
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")
_COUNTED = re.compile(r"[\x00-\x08\x0b\x0d-\x1f]")
"""The C0 controls but tab, line feed and form feed: counted in C (a loop over 65,536 characters
in Python took 6 ms of every file's opening)."""
_SALTED = 50
"""A web page may be salted with control characters against copying (one in a hundred or so
characters, unseen in a browser); more than one in this many is not a page but bytes."""


def _clean(text: str, path: str) -> str:
    """Normalise line ends; NUL and other C0 controls mean the bytes were not text."""
    if "\x00" in text:
        raise NotText(path)
    if "\r" in text:  # one scan of the text where most files have none
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.lstrip("\ufeff")
    sample = text[:65536]
    controls = len(_COUNTED.findall(sample))
    if controls > max(8, len(sample) // 1000):  # a stray few in a long page are a CMS's slip
        if not (_HTML_START.search(sample[:1024]) and controls * _SALTED <= len(sample)):
            raise NotText(path)
        text = _CONTROLS.sub("", text)  # a page salted against copying: the marks are unseen
    return text


def detect_format(path: Path, text: str) -> SourceFormat:
    """The format a file is parsed as: by suffix, then by a look at the text."""
    by_suffix = _SUFFIXES.get(path.suffix.lower())
    if by_suffix is not None:
        return by_suffix
    head = text.lstrip()[:512].lower()
    if head.startswith(("<!doctype html", "<html")):
        return SourceFormat.HTML
    return SourceFormat.TEXT
