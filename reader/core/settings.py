"""The user's settings: declared once with defaults, checked value by value, saved atomically.

No settings file can stop Reader. ``load`` reads at most ``MAX_BYTES`` and only
from a regular file (a FIFO or a link to ``/dev/zero`` would hang it); every value
is checked on its own, and a bad one is replaced by its default while the others
are kept. A file that cannot be read as settings at all is moved aside as a dated
backup, and ``Loaded`` says what was reset or moved. ``save`` goes through
``writing.write_atomically``: only values that differ from the defaults are
written, through a symlink to its target, and a kill at any moment leaves the old
file or the new one.
"""

from __future__ import annotations

import binascii
import math
import os
import stat
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any, NamedTuple

__all__ = ["MAX_BYTES", "MAX_RECENT", "Loaded", "Settings", "load", "load_checked", "remember_file",
           "save"]

MAX_RECENT = 10
MAX_BYTES = 4 * 1024 * 1024
"""A settings file larger than this is not Reader's: it is moved aside unread."""
_MAX_POSITIONS = 200
_MAX_STATE = 64 * 1024
_MAX_TEXT = 4096
_BACKUPS_KEPT = 5


@dataclass(frozen=True)
class Settings:
    """Every persisted preference, with its default."""

    variant: str = "original"
    quotes_follow_variant: bool = True
    zoom: int = 0
    recent_files: tuple[str, ...] = ()
    positions: dict[str, int] = field(default_factory=dict)
    window_geometry: str = ""
    window_state: str = ""
    citation_style: str = "gbt7714"
    keyword_lists: list[dict[str, Any]] = field(default_factory=list)
    language: str = ""
    theme: str = "system"
    font_family: str = ""
    font_size: float = 13.0
    line_spacing: str = "normal"
    text_width: str = "medium"
    typography: bool = True
    typography_spacing: bool = False
    """A thin space between Chinese and Latin or digits: a real character in the shown text (copies
    keep it), so a reader asks for it; the rest of the cleanup only replaces characters."""
    vertical_for_traditional: bool = False
    layouts: dict[str, str] = field(default_factory=dict)
    """Per file: "vertical" or "horizontal", where the reader chose one for that article."""
    word_popup: bool = True
    reading_aid: str = "off"
    mark_converted: bool = False
    corrections: dict[str, Any] = field(default_factory=dict)
    known_words: tuple[str, ...] = ()
    speech_rate: float = 0.0


class Loaded(NamedTuple):
    """What ``load_checked`` found: the settings, and what had to be done to get them.

    ``reset`` names the values replaced by their defaults; ``problem`` says why the
    whole file was unusable, and ``backup`` where it was moved (None if it could not be).
    """

    settings: Settings
    reset: tuple[str, ...] = ()
    problem: str = ""
    backup: Path | None = None


class _Unusable(Exception):
    """The file cannot be read as settings at all; the message says why."""


def load(path: Path) -> Settings:
    """Settings from ``path``; whatever is wrong with the file, never an error."""
    return load_checked(path).settings


def load_checked(path: Path) -> Loaded:
    """Settings from ``path``, with what had to be reset or moved aside to get them."""
    try:
        data = _read_json(path)
    except FileNotFoundError:
        return Loaded(Settings())  # the first start: nothing to read
    except NotADirectoryError:
        return Loaded(Settings())  # a file stands where the folder should: saving will say so
    except (_Unusable, OSError) as exc:
        return Loaded(Settings(), problem=str(exc) or type(exc).__name__, backup=_move_aside(path))
    values, reset = _checked_values(data)
    return Loaded(replace(Settings(), **values), tuple(reset))


def save(path: Path, settings: Settings) -> None:
    """Write the non-default values of ``settings`` to ``path`` atomically.

    Raises ``WriteFailed`` when it cannot be written (the folder cannot be made,
    is read-only, or a file stands in its place).
    """
    import json

    from .errors import WriteFailed
    from .writing import write_atomically

    defaults = asdict(Settings())
    data = {k: v for k, v in asdict(settings).items() if v != defaults[k]}
    text = json.dumps(data, ensure_ascii=False, indent=1, default=list)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WriteFailed(str(path), exc.strerror or type(exc).__name__) from None
    write_atomically(path, text.encode("utf-8"))


def remember_file(settings: Settings, path: str) -> Settings:
    """``path`` first in the recent files, without duplicates, at most MAX_RECENT."""
    recent = (path, *(p for p in settings.recent_files if p != path))
    return replace(settings, recent_files=recent[:MAX_RECENT])


# ---- Private API: reading


def _read_json(path: Path) -> dict[str, Any]:
    """The file's JSON object, read from a regular file only and at most MAX_BYTES of it."""
    raw = _read_bounded(path)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _Unusable("not UTF-8 text") from None
    import json  # only when there is a file: a first start does not pay for it

    try:
        data = json.loads(text)
    except RecursionError:
        data = _shallow_object(text)  # one value nested too deeply: keep the others
    except ValueError as exc:
        raise _Unusable(f"not JSON: {exc}") from None
    if not isinstance(data, dict):
        raise _Unusable("not a JSON object")
    return data


def _shallow_object(text: str) -> dict[str, Any]:
    """The top-level members of a JSON object whose values parse; a value too deep is left out."""
    import json

    decoder, data, i = json.JSONDecoder(), {}, _skip_space(text, 0)
    if not text.startswith("{", i):
        raise _Unusable("not a JSON object")
    i = _skip_space(text, i + 1)
    while i < len(text) and text[i] == '"':
        try:
            key, i = decoder.raw_decode(text, i)
            i = _skip_space(text, i)
            if not text.startswith(":", i):
                break
            i = _skip_space(text, i + 1)
            try:
                data[key], i = decoder.raw_decode(text, i)
            except RecursionError:
                i = _past_value(text, i)
        except ValueError:
            break
        i = _skip_space(text, i)
        i = _skip_space(text, i + 1) if text.startswith(",", i) else i
    return data


def _skip_space(text: str, i: int) -> int:
    while i < len(text) and text[i] in " \t\r\n":
        i += 1
    return i


def _past_value(text: str, i: int) -> int:
    """The index just past the array or object starting at ``i``, counting brackets, not recursing."""
    depth, in_string, escaped = 0, False, False
    for j in range(i, len(text)):
        c = text[j]
        if in_string:
            escaped, in_string = (not escaped and c == "\\"), in_string and (escaped or c != '"')
        elif c == '"':
            in_string = True
        elif c in "[{":
            depth += 1
        elif c in "]}":
            depth -= 1
            if depth == 0:
                return j + 1
    return len(text)


def _read_bounded(path: Path) -> bytes:
    # O_NONBLOCK: opening a FIFO for reading would wait for a writer forever.
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise _Unusable("not a regular file")
        chunks, size = [], 0
        while size <= MAX_BYTES:
            chunk = os.read(fd, MAX_BYTES + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    finally:
        os.close(fd)
    if size > MAX_BYTES:
        raise _Unusable(f"larger than {MAX_BYTES // 1024 // 1024} MB")
    return b"".join(chunks)


def _move_aside(path: Path) -> Path | None:
    """Rename the unusable file (or link, or FIFO) to a dated backup beside it; None if that fails."""
    import time

    backup = path.with_name(f"{path.name}.bad-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}")
    try:
        os.replace(path, backup)
    except OSError:
        return None
    for old in sorted(path.parent.glob(f"{path.name}.bad-*"))[:-_BACKUPS_KEPT]:
        old.unlink(missing_ok=True)
    return backup


# ---- Private API: checking each value


def _checked_values(data: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The usable values of ``data`` by field, and the names of fields that were not usable."""
    values: dict[str, Any] = {}
    reset: list[str] = []
    for f in fields(Settings):
        if f.name not in data:
            continue
        check = _CHECKS.get(f.name) or _like(getattr(Settings(), f.name))
        try:
            values[f.name] = check(data[f.name])
        except (TypeError, ValueError, RecursionError, binascii.Error):
            reset.append(f.name)
    return values, reset


def _choice(*allowed: str) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        if value not in allowed:
            raise ValueError(value)
        return str(value)
    return check


def _text(value: Any, limit: int = _MAX_TEXT) -> str:
    if not isinstance(value, str) or len(value) > limit or "\x00" in value:
        raise ValueError("not a short text")
    return value


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError(value)
    return value


def _number(low: float, high: float, kind: type = float) -> Callable[[Any], Any]:
    def check(value: Any) -> Any:
        if isinstance(value, bool) or not isinstance(value, int | float) or (kind is int and not isinstance(value, int)):
            raise TypeError(value)
        if not (math.isfinite(value) and low <= value <= high):
            raise ValueError(value)
        return kind(value)
    return check


def _recent(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise TypeError(value)
    return tuple(_text(v) for v in value[:MAX_RECENT])


def _positions(value: Any) -> dict[str, int]:
    """Positions by file; an entry of the wrong shape is dropped, the others kept."""
    if not isinstance(value, dict):
        raise TypeError(value)
    offset = _number(0, 2**31, int)
    kept: dict[str, int] = {}
    for key, position in list(value.items())[-_MAX_POSITIONS:]:
        try:
            kept[_text(key)] = offset(position)
        except (TypeError, ValueError):
            continue
    return kept


def _base64(value: Any) -> str:
    """A saved window geometry or state: base64 that decodes (Qt is handed the bytes)."""
    text = _text(value, _MAX_STATE)
    binascii.a2b_base64(text.encode("ascii"), strict_mode=True)
    return text


def _keyword_lists(value: Any) -> list[dict[str, Any]]:
    """Keyword lists kept only as far as the keyword module can read them back."""
    if not isinstance(value, list):
        raise TypeError(value)
    from .find.highlight import lists_from_json, lists_to_json

    return lists_to_json(lists_from_json(value))


def _like(default: Any) -> Callable[[Any], Any]:
    """For a value with no check of its own: the default's type, and a short one if a text."""
    if isinstance(default, bool):
        return _flag
    if isinstance(default, int | float):
        return _number(-1e9, 1e9, type(default))
    if isinstance(default, str):
        return _text

    def same_type(value: Any) -> Any:
        if not isinstance(value, list if isinstance(default, tuple) else type(default)):
            raise TypeError(value)
        return tuple(value) if isinstance(default, tuple) else value
    return same_type


def _layouts(value: Any) -> dict[str, str]:
    if not isinstance(value, dict):
        raise TypeError(value)
    return {k: v for k, v in list(value.items())[-_MAX_POSITIONS:]
            if isinstance(k, str) and len(k) <= _MAX_TEXT and v in ("vertical", "horizontal")}


def _corrections(value: Any) -> dict[str, Any]:
    """Conversion corrections kept only as far as the overrides module reads them back."""
    if not isinstance(value, dict):
        raise TypeError(value)
    from .script.overrides import corrections_from_json, corrections_to_json

    return corrections_to_json(corrections_from_json(value)) if value else {}


def _words(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise TypeError(value)
    return tuple(v for v in value[:200_000] if isinstance(v, str) and 0 < len(v) <= 64)


_CHECKS: dict[str, Callable[[Any], Any]] = {
    "variant": _choice("original", "hans", "hant", "tw", "hk"),
    "quotes_follow_variant": _flag,
    "zoom": _number(-20, 40, int),
    "recent_files": _recent,
    "positions": _positions,
    "window_geometry": _base64,
    "window_state": _base64,
    "citation_style": _choice("gbt7714", "apa", "chicago", "plain", "markdown"),
    "keyword_lists": _keyword_lists,
    "language": lambda v: _text(v, 32),
    "theme": lambda v: _text(v, 64),
    "font_family": lambda v: _text(v, 256),
    "font_size": _number(4.0, 200.0),
    "line_spacing": lambda v: _text(v, 64),
    "text_width": lambda v: _text(v, 64),
    "layouts": _layouts,
    "reading_aid": lambda v: _text(v, 32),
    "corrections": _corrections,
    "known_words": _words,
    "speech_rate": _number(-1.0, 1.0),
}
"""Each value's check; a field not named here is checked against its default's type."""
