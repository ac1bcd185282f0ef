"""Shared fixtures; the Qt platform is set before anything imports Qt."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Reader's own folders (the library, settings read by the CLI) point into a throwaway folder:
# no test ever touches a user's real data (reader.core.paths).
_OWN_FOLDERS = tempfile.mkdtemp(prefix="reader-tests-")
os.environ["READER_DATA_DIR"] = str(Path(_OWN_FOLDERS, "data"))
os.environ["READER_CONFIG_DIR"] = str(Path(_OWN_FOLDERS, "config"))
atexit.register(shutil.rmtree, _OWN_FOLDERS, True)

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = ROOT / "resources" / "seed.txt"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, skipping the test with a reason when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"../shared/{'/'.join(parts)} is not present (users' checkouts lack it)")
    return path
