"""Typed errors the core raises for input it cannot read; the UI turns them into words.

    ReaderError
    ├── MissingFile      the path does not exist
    ├── NotAFile         the path is a directory or a device
    ├── Unreadable       no permission, or the OS refused
    ├── EmptyInput       nothing but whitespace
    ├── TooLarge         over the size limit (checked before reading)
    ├── NotText          binary content (images, archives, NUL bytes)
    ├── Undecodable      no encoding gives clean text
    ├── TooComplex       nested or linked past what can be parsed in reasonable time
    ├── WriteFailed      a file Reader writes could not be written (missing or read-only folder…)
    └── WriteRefused     the file to write is the article being read (same path or same inode)
"""

from __future__ import annotations

__all__ = [
    "EmptyInput",
    "MissingFile",
    "NotAFile",
    "NotText",
    "ReaderError",
    "TooComplex",
    "TooLarge",
    "Undecodable",
    "Unreadable",
    "WriteFailed",
    "WriteRefused",
]


class ReaderError(Exception):
    """Base of every error the core raises on purpose; carries the offending path."""

    def __init__(self, path: str = "", detail: str = "") -> None:
        super().__init__(path, detail)
        self.path = path
        self.detail = detail

    def __str__(self) -> str:
        return f"{type(self).__name__}: {self.path}" + (f" ({self.detail})" if self.detail else "")


class MissingFile(ReaderError):
    """The path does not exist."""


class NotAFile(ReaderError):
    """The path is a directory or something else that is not a regular file."""


class Unreadable(ReaderError):
    """The file exists but the OS refused to read it."""


class EmptyInput(ReaderError):
    """The file holds no text."""


class TooLarge(ReaderError):
    """The file is over a size limit (``unit``: bytes, or lines); refused before parsing it."""

    def __init__(self, path: str = "", size: int = 0, limit: int = 0, unit: str = "bytes") -> None:
        super().__init__(path, f"{size} {unit} > {limit}")
        self.size = size
        self.limit = limit
        self.unit = unit


class NotText(ReaderError):
    """The bytes are not text (an image, an archive, NUL bytes)."""


class Undecodable(ReaderError):
    """No supported encoding decodes the bytes cleanly."""


class TooComplex(ReaderError):
    """The text nests (lists, quotes, archive parts) deeper than Reader parses."""


class WriteFailed(ReaderError):
    """The OS refused a write Reader was asked to make; ``detail`` says why. Nothing was written."""


class WriteRefused(ReaderError):
    """The target is the article being read (a symlink to it or a hard link of it): never written."""
