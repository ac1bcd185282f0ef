"""The core stays free of Qt: every module under reader/core is checked by its imports."""

from __future__ import annotations

import ast
from pathlib import Path

CORE = Path(__file__).resolve().parent.parent / "reader" / "core"


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_core_imports_no_qt() -> None:
    modules = sorted(CORE.rglob("*.py"))
    assert len(modules) >= 5
    offenders = {str(p.relative_to(CORE)) for p in modules if _imports(p) & {"PySide6", "shiboken6", "PyQt6", "PyQt5"}}
    assert offenders == set()


def test_core_imports_nothing_from_ui() -> None:
    for path in CORE.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert "reader.ui" not in source and "from ..ui" not in source and "from ...ui" not in source, path
