"""The user's settings: declared once with defaults, loaded tolerantly, saved atomically.

``save`` writes JSON to a temporary file in the same folder and renames it over
the old one, so a crash mid-write never leaves a half-written settings file. Only
values that differ from the defaults are written.
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

__all__ = ["MAX_RECENT", "Settings", "load", "remember_file", "save"]

MAX_RECENT = 10


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


def load(path: Path) -> Settings:
    """Settings from ``path``; a missing or damaged file gives the defaults, never an error."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, ValueError):
        return Settings()  # e.g. the first start: nothing to parse, and no json module to load for it
    import json

    try:
        data = json.loads(text)
    except ValueError:
        return Settings()
    if not isinstance(data, dict):
        return Settings()
    defaults = Settings()
    values: dict[str, Any] = {}
    for f in fields(Settings):
        if f.name in data and _same_type(data[f.name], getattr(defaults, f.name)):
            value = data[f.name]
            values[f.name] = tuple(value) if isinstance(getattr(defaults, f.name), tuple) else value
    return replace(defaults, **values)


def _same_type(value: Any, default: Any) -> bool:
    if isinstance(default, bool) or isinstance(value, bool):
        return isinstance(value, bool) and isinstance(default, bool)
    if isinstance(default, float):
        return isinstance(value, int | float)
    if isinstance(default, tuple):
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    return isinstance(value, type(default))


def save(path: Path, settings: Settings) -> None:
    """Write the non-default values of ``settings`` to ``path`` atomically."""
    import json
    import tempfile  # only saving needs it: start-up does not pay for its imports

    defaults = asdict(Settings())
    data = {k: v for k, v in asdict(settings).items() if v != defaults[k]}
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".settings-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(data, out, ensure_ascii=False, indent=1, default=list)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def remember_file(settings: Settings, path: str) -> Settings:
    """``path`` first in the recent files, without duplicates, at most MAX_RECENT."""
    recent = (path, *(p for p in settings.recent_files if p != path))
    return replace(settings, recent_files=recent[:MAX_RECENT])
