"""Runs Reader's entry points on one hostile file inside a capped child process (see test_hostile.py).

    python -m tests.fuzz.driver cli JSON_COMMANDS OUT_DIR
    python -m tests.fuzz.driver window JSON_FILES SETTINGS_DIR

``cli`` runs each command (a list of CLI words) through ``reader.cli.main`` in turn,
its output going to a file, and prints one JSON line: the exit statuses and the JSON
outputs that did not parse. ``window`` opens each file in a real MainWindow
(offscreen), waiting until it is shown or refused, then starts the window on each
settings file; it prints what it saw. Any exception escapes as a traceback, which
the test reads as a failure. An audit hook records every socket the process opens:
Reader never uses the network.
"""

from __future__ import annotations

import contextlib
import json
import sys
import time
from pathlib import Path
from typing import Any

_SOCKETS: list[str] = []


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if event.startswith("socket.") and event not in ("socket.gethostname", "socket.getservbyname"):
        _SOCKETS.append(event)


def _cli(commands: list[list[str]], out_dir: Path) -> dict[str, Any]:
    from reader.cli import main

    statuses, bad_json = [], []
    for n, words in enumerate(commands):
        out = out_dir / f"out-{n}.txt"
        with out.open("w", encoding="utf-8") as sink, contextlib.redirect_stdout(sink):
            try:
                status = main(words)
            except SystemExit as exit_:  # argparse refused an option: its one line is on stderr
                status = int(exit_.code or 0)
        statuses.append(status)
        if status == 0 and "--json" in words:
            try:
                json.loads(out.read_text(encoding="utf-8"))
            except ValueError:
                bad_json.append(n)
        out.unlink()
    return {"statuses": statuses, "bad_json": bad_json}


def _window(files: list[str], settings_dir: Path, bound_s: float) -> dict[str, Any]:
    from reader.ui.window.app import create_app, launch
    from reader.ui.window.main_window import MainWindow
    from tests.conftest import SEED

    app = create_app()
    window = MainWindow(settings_dir / "window.json")
    window.show()
    assert window.open_path(SEED)
    outcomes = []
    for path in files:
        window.message_bar.hide()
        window.open_path(path)
        deadline = time.monotonic() + bound_s
        while time.monotonic() < deadline:
            app.processEvents()
            source = window.source_article
            if window.message_bar.text() or (source is not None and source.path == path and window.article):
                break
            time.sleep(0.005)
        outcomes.append("refused" if window.message_bar.text() else "shown" if window.source_article.path == path
                        else "timeout")
    window.close()
    started = []
    for settings in sorted(settings_dir.glob("*/settings.json")):
        other = launch(settings, str(SEED))
        app.processEvents()
        started.append(other.article is not None)
        other.close()
    return {"outcomes": outcomes, "started": started}


def main() -> None:
    sys.addaudithook(_audit)
    mode, spec, folder = sys.argv[1], json.loads(sys.argv[2]), Path(sys.argv[3])
    if mode == "cli":
        result = _cli(spec, folder)
    else:
        result = _window(spec["files"], folder, spec["bound_s"])
    result["sockets"] = sorted(set(_SOCKETS))
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
