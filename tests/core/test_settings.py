"""Settings that can never stop Reader: each value checked, damaged files kept aside, atomic saves."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

from reader.core import settings as settings_io
from reader.core.errors import WriteFailed
from reader.core.settings import Settings, load, load_checked, save

ROOT = Path(__file__).resolve().parents[2]


def _write(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize(("key", "bad"), [
    ("window_geometry", "abc"),
    ("window_state", "not base64!"),
    ("zoom", "x"),
    ("zoom", True),
    ("font_size", 1e308),
    ("variant", "klingon"),
    ("citation_style", None),
    ("recent_files", "one"),
    ("keyword_lists", {"a": 1}),
    ("language", "x" * 10_000),
    ("speech_rate", "fast"),
    ("known_words", {"a": 1}),
    ("corrections", [1, 2]),
    ("vertical_for_traditional", "yes"),
])
def test_a_bad_value_is_reset_and_the_others_kept(tmp_path: Path, key: str, bad: object) -> None:
    path = _write(tmp_path / "settings.json", {key: bad, "theme": "sepia"})
    loaded = load_checked(path)
    assert getattr(loaded.settings, key) == getattr(Settings(), key)
    assert loaded.settings.theme == "sepia"
    assert loaded.reset == (key,)
    assert path.exists()  # the good values are still there to be saved again


def test_a_bad_position_drops_only_that_entry(tmp_path: Path) -> None:
    path = _write(tmp_path / "settings.json", {"positions": {"/a.txt": "x", "/b.txt": 42, "/c.txt": -1}})
    assert load(path).positions == {"/b.txt": 42}


def test_nan_and_infinity_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"font_size": NaN, "zoom": 2}', encoding="utf-8")
    assert load(path) == Settings(zoom=2)


def test_deeply_nested_keyword_lists_keep_the_other_values(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"zoom": 3, "keyword_lists": ' + "[" * 100_000 + "]" * 100_000 + ', "theme": "dark"}',
                    encoding="utf-8")
    loaded = load_checked(path)
    assert loaded.settings.zoom == 3 and loaded.settings.theme == "dark"
    assert loaded.settings.keyword_lists == []


@pytest.mark.parametrize("content", [b'{"zoom": 2, "the', b"\xff\xfe\x00garbage", b"[1, 2]", b"\x00" * 10])
def test_an_unreadable_file_is_moved_aside(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(content)
    loaded = load_checked(path)
    assert loaded.settings == Settings()
    assert loaded.backup is not None and loaded.backup.read_bytes() == content
    assert not path.exists()
    assert loaded.problem


def test_a_bom_is_read_as_utf8(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"zoom": 4}).encode())
    assert load_checked(path) == settings_io.Loaded(Settings(zoom=4))


def test_a_fifo_does_not_hang_start_up(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    os.mkfifo(path)
    loaded = load_checked(path)  # would block forever waiting for a writer
    assert loaded.settings == Settings() and loaded.problem == "not a regular file"
    assert loaded.backup is not None and loaded.backup.is_fifo() and not path.exists()


def test_a_link_to_dev_zero_is_neither_read_nor_written(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.symlink_to("/dev/zero")
    loaded = load_checked(path)
    assert loaded.settings == Settings() and loaded.problem == "not a regular file"
    save(path, Settings(zoom=1))
    assert path.is_file() and not path.is_symlink()
    assert Path("/dev/zero").is_char_device()


def test_a_huge_file_is_not_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(b'{"zoom": 1, "pad": "' + b"x" * (settings_io.MAX_BYTES + 10) + b'"}')
    loaded = load_checked(path)
    assert loaded.settings == Settings() and loaded.backup is not None


def test_a_symlinked_file_is_written_through(tmp_path: Path) -> None:
    (tmp_path / "dotfiles").mkdir()
    real = _write(tmp_path / "dotfiles" / "reader.json", {"zoom": 1})
    link = tmp_path / "settings.json"
    link.symlink_to(real)
    save(link, Settings(zoom=5))
    assert link.is_symlink()
    assert json.loads(real.read_text(encoding="utf-8")) == {"zoom": 5}


def test_saving_under_a_file_fails_with_a_typed_error(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    path = tmp_path / "file" / "Reader" / "settings.json"
    assert load(path) == Settings()
    with pytest.raises(WriteFailed):
        save(path, Settings(zoom=1))


def test_an_orphan_temp_is_removed_by_the_next_save(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True, check=True).stdout.strip()
    orphan = tmp_path / f".settings.json.{dead}.0badf00d.tmp"
    orphan.write_text("{")
    save(path, Settings(zoom=1))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.json"]


_SAVER = """
import sys
from pathlib import Path
from reader.core.settings import Settings, save
path = Path(sys.argv[1])
i = 0
while True:
    i += 1
    if i == 2:
        print("ready", flush=True)  # one whole file written: now kill it at any moment
    save(path, Settings(zoom=i % 30, recent_files=tuple(f"/file/{n}.txt" for n in range(10)),
                        positions={f"/file/{n}.txt": n * i for n in range(200)}))
"""


def test_kill_9_during_saves_leaves_a_whole_file_and_no_orphans(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    for delay in (0.05, 0.11, 0.17, 0.23, 0.31):
        with subprocess.Popen([sys.executable, "-c", _SAVER, str(path)], stdout=subprocess.PIPE,
                              cwd=ROOT, text=True) as saver:
            assert saver.stdout is not None and saver.stdout.readline() == "ready\n"
            time.sleep(delay)
            saver.send_signal(signal.SIGKILL)
        loaded = load_checked(path)
        assert loaded.problem == "" and loaded.reset == () and loaded.settings.recent_files
    save(path, replace(load(path), zoom=3))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.json"]
