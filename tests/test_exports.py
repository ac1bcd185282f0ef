"""The core's public API is explicit: every module declares __all__, and every name in it exists."""

from __future__ import annotations

import importlib
import pkgutil

import reader.core


def _core_modules() -> list[str]:
    return [m.name for m in pkgutil.walk_packages(reader.core.__path__, "reader.core.")]


def test_every_core_module_declares_its_api() -> None:
    modules = _core_modules()
    assert len(modules) > 20
    for name in modules:
        module = importlib.import_module(name)
        exported = getattr(module, "__all__", None)
        assert exported is not None, f"{name} has no __all__"
        missing = [n for n in exported if not hasattr(module, n)]
        assert missing == [], f"{name}: {missing}"


def test_facade_exports_are_sorted_and_real() -> None:
    names = reader.core.__all__
    assert list(names) == sorted(names)
    assert {"open_article", "Article", "Block", "ReaderError", "parse_text"} <= set(names)
    assert all(hasattr(reader.core, n) for n in names)
