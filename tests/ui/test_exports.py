"""Exports tell the truth: saved means on disk, a failure is said, the article is never written."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from reader.ui.window.main_window import MainWindow
from tests.conftest import ROOT, SEED

_UNWRITABLE = [
    pytest.param(lambda tmp: tmp / "missing" / "out", id="missing-folder"),
    pytest.param(lambda tmp: Path("/sys/reader-export"), id="read-only-folder"),
    pytest.param(lambda tmp: tmp, id="onto-a-folder"),
]


def _export(window: MainWindow, kind: str, path: Path) -> bool:
    return window.exports.pdf(path.with_suffix(".pdf") if path.suffix == "" and not path.is_dir() else path) \
        if kind == "pdf" else window.exports.facts(path)


@pytest.mark.parametrize("kind", ["pdf", "facts"])
@pytest.mark.parametrize("target", _UNWRITABLE)
def test_a_failed_export_says_so_and_never_saved(window: MainWindow, tmp_path: Path, kind: str, target) -> None:  # type: ignore[no-untyped-def]
    path = target(tmp_path)
    assert _export(window, kind, path) is False
    assert "Nothing was saved" in window.message_bar.text()
    assert "Saved" not in window.statusBar().currentMessage()
    assert "Exported" not in window.statusBar().currentMessage()


def test_a_good_export_is_said_once_written(window: MainWindow, tmp_path: Path) -> None:
    out = tmp_path / "facts.csv"
    assert window.exports.facts(out)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    assert str(out) in window.statusBar().currentMessage()


@pytest.mark.parametrize("link", ["hard", "symbolic"])
@pytest.mark.parametrize("kind", ["pdf", "facts"])
def test_an_export_never_writes_the_open_article(window: MainWindow, tmp_path: Path, link: str, kind: str) -> None:
    article = tmp_path / "article.txt"
    shutil.copyfile(SEED, article)
    assert window.open_path(article)
    other = tmp_path / ("alias.pdf" if kind == "pdf" else "alias.csv")
    (os.link if link == "hard" else os.symlink)(article, other)
    before = article.read_bytes()
    assert _export(window, kind, other) is False
    assert "never writes over" in window.message_bar.text()
    assert article.read_bytes() == before and os.stat(article).st_nlink == (2 if link == "hard" else 1)


_PDF_ONLY = """
import sys
from pathlib import Path
from reader.ui.window.app import create_app
from reader.ui.window.main_window import MainWindow
app = create_app()
window = MainWindow(Path(sys.argv[1]) / "settings.json")
window.open_path(sys.argv[2])
assert window.exports.pdf(Path(sys.argv[1]) / "out.pdf")
print("QtPrintSupport" in " ".join(sys.modules))
"""


def test_pdf_export_never_loads_the_print_system(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", _PDF_ONLY, str(tmp_path), str(SEED)], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"
    assert (tmp_path / "out.pdf").read_bytes().startswith(b"%PDF")
