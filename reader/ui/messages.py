"""Core errors → translated, user-facing messages, in one place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core.errors import (
    EmptyInput,
    MissingFile,
    NotAFile,
    NotText,
    ReaderError,
    TooComplex,
    TooLarge,
    Undecodable,
    Unreadable,
    WriteFailed,
    WriteRefused,
)
from .i18n import QT_TRANSLATE_NOOP

__all__ = ["error_message"]

_MESSAGES: dict[type[ReaderError], str] = {
    MissingFile: QT_TRANSLATE_NOOP("messages", "“{0}” does not exist."),
    NotAFile: QT_TRANSLATE_NOOP("messages", "“{0}” is a folder, not a file."),
    Unreadable: QT_TRANSLATE_NOOP("messages", "“{0}” cannot be read (no permission, or the system refused)."),
    EmptyInput: QT_TRANSLATE_NOOP("messages", "“{0}” is empty."),
    TooLarge: QT_TRANSLATE_NOOP("messages", "“{0}” is too large to open ({1:.0f} MB; Reader opens up to {3:.0f} MB)."),
    NotText: QT_TRANSLATE_NOOP("messages", "“{0}” is not a text file (it looks like an image, archive or program)."),
    Undecodable: QT_TRANSLATE_NOOP(
        "messages", "“{0}” is in an encoding Reader cannot recognise; try File ▸ Reopen with Encoding."),
    TooComplex: QT_TRANSLATE_NOOP("messages", "“{0}” is nested or marked up too heavily to be read ({2})."),
    WriteFailed: QT_TRANSLATE_NOOP("messages", "Nothing was saved: “{0}” could not be written ({2})."),
    WriteRefused: QT_TRANSLATE_NOOP(
        "messages", "Nothing was saved: “{0}” is the article being read, and Reader never writes over it."),
}
_TOO_MANY_LINES = QT_TRANSLATE_NOOP("messages", "“{0}” has too many lines to open ({1:,}; Reader opens up to {2:,}).")
_FALLBACK = QT_TRANSLATE_NOOP("messages", "“{0}” could not be opened.")


def error_message(exc: ReaderError) -> str:
    """One sentence saying what is wrong with the file; the current article stays open."""
    if isinstance(exc, TooLarge) and exc.unit == "lines":
        return QCoreApplication.translate("messages", _TOO_MANY_LINES).format(exc.path, exc.size, exc.limit)
    template = QCoreApplication.translate("messages", _MESSAGES.get(type(exc), _FALLBACK))
    size_mb, limit_mb = (exc.size / 2**20, exc.limit / 2**20) if isinstance(exc, TooLarge) else (0, 0)
    return template.format(exc.path, size_mb, exc.detail, limit_mb)
