"""The house checks: ruff over the tree, mypy over the package (strict on the core)."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from tests.conftest import ROOT


def _tool(name: str) -> str:
    path = shutil.which(name, path=str(ROOT / ".venv" / "bin")) or shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (pip install -e '.[test]')")
    return path


def test_ruff_is_clean() -> None:
    proc = subprocess.run([_tool("ruff"), "check", "reader", "tests", "benchmarks", "packaging"],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout


def test_types_check() -> None:
    """mypy --strict on reader/core, and typed definitions everywhere else (pyproject.toml)."""
    _tool("mypy")
    proc = subprocess.run([sys.executable, "-m", "mypy", "reader"], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout
