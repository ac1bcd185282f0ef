"""Core errors → translated, user-facing sentences, in one place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core.errors import (
    EmptyInput,
    MissingFile,
    NotAFile,
    NotText,
    ReaderError,
    TooLarge,
    Undecodable,
    Unreadable,
)

__all__ = ["error_message"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def error_message(exc: ReaderError) -> str:
    """One sentence saying what is wrong with the file and what still holds."""
    name = exc.path
    if isinstance(exc, MissingFile):
        return _tr("“{0}” does not exist.").format(name)
    if isinstance(exc, NotAFile):
        return _tr("“{0}” is a folder, not a file.").format(name)
    if isinstance(exc, Unreadable):
        return _tr("“{0}” cannot be read: {1}.").format(name, exc.detail or _tr("permission denied"))
    if isinstance(exc, EmptyInput):
        return _tr("“{0}” is empty.").format(name)
    if isinstance(exc, TooLarge):
        mb = exc.size / 1024 / 1024
        return _tr("“{0}” is too large to open ({1:.0f} MB).").format(name, mb)
    if isinstance(exc, NotText):
        return _tr("“{0}” is not a text file (it looks like an image, archive or program).").format(name)
    if isinstance(exc, Undecodable):
        return _tr("“{0}” is in an encoding Reader cannot recognise; try File ▸ Reopen with Encoding.").format(name)
    return _tr("“{0}” could not be opened.").format(name)
