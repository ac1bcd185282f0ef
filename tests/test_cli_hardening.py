"""Bad options and mistyped commands: one line on stderr and exit 2, never a traceback or a window."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from reader.cli import main
from tests.conftest import ROOT, SEED


@pytest.mark.parametrize("argv", [
    ["quote", str(SEED), "--find", "江门", "--accessed", "yesterday"],
    ["quote", str(SEED), "--find", "江门", "--accessed", "2024-02-30"],
    ["inspect", str(SEED), "--encoding", "undefined"],
    ["inspect", str(SEED), "--encoding", "rot13"],
    ["inspect", str(SEED), "--encoding", "no-such-codec"],
    ["search", str(SEED), "统战", "--variant", "klingon"],
    ["facts"],
])
def test_a_bad_option_gets_one_line_and_exit_2(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    err = capsys.readouterr().err
    assert exit_.value.code == 2
    assert err.count("\n") == 1 and err.startswith("reader") and "Traceback" not in err


def _reader(*args: str, terminal: bool = False) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    if not terminal:
        return subprocess.run([sys.executable, "-m", "reader", *args], cwd=ROOT, env=env, capture_output=True,
                              text=True, timeout=60, stdin=subprocess.DEVNULL)
    controller, terminal_end = os.openpty()
    try:
        return subprocess.run([sys.executable, "-m", "reader", *args], cwd=ROOT, env=env, capture_output=True,
                              text=True, timeout=60, stdin=terminal_end)
    finally:
        os.close(controller)
        os.close(terminal_end)


@pytest.mark.parametrize(("args", "said"), [
    (("inpsect", str(SEED)), "did you mean inspect?"),
    (("serach", str(SEED), "统战"), "did you mean search?"),
    (("convrt",), "did you mean convert?"),
    (("--jsn",), "unknown option"),
])
def test_a_mistyped_command_is_named_not_opened(args: tuple[str, ...], said: str) -> None:
    result = _reader(*args)
    assert result.returncode == 2
    assert said in result.stderr and result.stderr.count("\n") == 1


def test_from_a_terminal_any_word_that_is_no_file_is_refused() -> None:
    result = _reader("xyzzy", terminal=True)
    assert result.returncode == 2
    assert "neither a command nor a file" in result.stderr


def test_without_a_display_the_window_says_so_in_one_line() -> None:
    result = _reader(str(SEED))
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and "display" in result.stderr


def test_a_runaway_regex_ends_in_one_line_and_exit_2(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "a.txt"
    path.write_text("标题\n" + "a" * 40 + "!\n", encoding="utf-8")
    assert main(["search", str(path), "(a|aa)+$", "--regex"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "simplify" in err


def test_search_output_is_capped_and_says_so(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    import json

    path = tmp_path / "a.txt"
    path.write_text("标题\n" + "a" * 100_000 + "\n", encoding="utf-8")
    assert main(["search", str(path), ".", "--regex", "--json", "--limit", "5"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["count"] == 5 and data["truncated"] is True and len(data["matches"]) == 5
    assert main(["search", str(path), "标题", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["truncated"] is False
