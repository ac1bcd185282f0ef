"""Stage 1, load: a path becomes decoded text and a format, or a typed error.

Guards run before and while reading so that a directory, a 2 GB file, an image
or a wrongly encoded file never reaches the parser: each raises a ReaderError
the UI can explain. Nothing here ever writes to the path.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from .errors import EmptyInput, MissingFile, NotAFile, NotText, TooLarge, Undecodable, Unreadable
from .model import SourceFormat

__all__ = ["MAX_BYTES", "Source", "decode", "detect_format", "read_source"]

MAX_BYTES = 256 * 1024 * 1024
"""Files above this size are refused before reading: no news article is that long."""

_MAGIC = (b"\x89PNG", b"PK\x03\x04", b"%PDF", b"GIF8", b"\xff\xd8\xff", b"\x7fELF", b"BM")
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_FALLBACKS = ("gb18030", "big5hkscs")
_SUFFIXES = {
    ".md": SourceFormat.MARKDOWN,
    ".markdown": SourceFormat.MARKDOWN,
    ".mdown": SourceFormat.MARKDOWN,
    ".html": SourceFormat.HTML,
    ".htm": SourceFormat.HTML,
    ".xhtml": SourceFormat.HTML,
}


@dataclass(frozen=True)
class Source:
    """Decoded text of a file, with what is known of its origin."""

    text: str
    encoding: str
    format: SourceFormat
    path: str = ""


def read_source(path: str | os.PathLike[str], encoding: str | None = None) -> Source:
    """Read and decode ``path``; ``encoding`` forces one (the "Reopen with encoding" case)."""
    p = Path(path)
    data = _read_bytes(p)
    text, used = decode(data, str(p), encoding)
    if not text.strip():
        raise EmptyInput(str(p))
    return Source(text=text, encoding=used, format=detect_format(p, text), path=str(p))


def _read_bytes(p: Path) -> bytes:
    try:
        st = p.stat()
    except FileNotFoundError:
        raise MissingFile(str(p)) from None
    except OSError as exc:
        raise Unreadable(str(p), exc.strerror or "") from None
    if not p.is_file():
        raise NotAFile(str(p))
    if st.st_size > MAX_BYTES:
        raise TooLarge(str(p), st.st_size, MAX_BYTES)
    try:
        return p.read_bytes()
    except OSError as exc:
        raise Unreadable(str(p), exc.strerror or "") from None


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
    for name in ("utf-8", *_FALLBACKS):
        try:
            return _clean(data.decode(name), path), name
        except UnicodeDecodeError:
            continue
    raise Undecodable(path)


def _decode_as(data: bytes, encoding: str, path: str) -> str:
    try:
        return _clean(data.decode(encoding), path)
    except (UnicodeDecodeError, LookupError) as exc:
        raise Undecodable(path, str(exc)) from None


def _clean(text: str, path: str) -> str:
    """Normalise line ends; NUL and other C0 controls mean the bytes were not text."""
    if "\x00" in text:
        raise NotText(path)
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    controls = sum(1 for ch in text[:65536] if ch < " " and ch not in "\n\t\f")
    if controls > 8:
        raise NotText(path)
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
