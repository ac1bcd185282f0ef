"""Entry point for ``reader`` and ``python -m reader``: a subcommand runs the CLI, else the window."""

from __future__ import annotations

import gc
import sys

SUBCOMMANDS = ("inspect", "convert", "search", "facts", "quote", "words")
"""The CLI's subcommand names (``cli.COMMANDS``, kept equal by a test).

Named here so that opening the window never loads the CLI and the modules it
needs (facts, citations, argparse): that would add tens of ms before the first paint.
"""


def main() -> int:
    """Dispatch before importing Qt, so scripted subcommands start fast and need no display."""
    args = sys.argv[1:]
    if args and (args[0] in SUBCOMMANDS or args[0] in ("-h", "--help", "--version")):
        from .cli import main as cli_main

        return cli_main(args)
    if args and _not_a_file(args):
        print(_unknown(args[0]), file=sys.stderr)
        return 2
    if _no_display():
        print("reader: no display to open the window on (subcommands need none: see reader --help)",
              file=sys.stderr)
        return 2
    # Start-up only builds what lives as long as the window (classes, enums, widgets):
    # collecting it would be wasted work. The window turns the collector back on (ui.app).
    gc.disable()
    # The pure core first: once PySide6 is imported, its import hook reads the source of
    # every module imported after it (looking for ``from __feature__ import``): ~4 ms for the core.
    from .core import settings  # noqa: F401 - the window needs both (and with them the core)
    from .core.article import prepare  # noqa: F401
    from .ui.window.app import main as gui_main

    return gui_main(args)


def _not_a_file(args: list[str]) -> bool:
    """True when the first word is no file and is best read as a mistyped command.

    From a terminal any such word is; from elsewhere (a desktop launcher handing
    over a file that has gone) only one that looks like a command, or one followed
    by more words (the window takes one file): the window says the file is missing.
    """
    import os

    first = args[0]
    if os.path.lexists(first):
        return False
    if first.startswith("-") or len(args) > 1 or sys.stdin.isatty() or sys.stderr.isatty():
        return True
    return bool(_close_commands(first))


def _unknown(word: str) -> str:
    """One line for stderr naming the nearest command, if any."""
    close = _close_commands(word)
    if close:
        return f"reader: unknown command {word!r} — did you mean {close[0]}? (see reader --help)"
    if word.startswith("-"):
        return f"reader: unknown option {word!r} (see reader --help)"
    return f"reader: {word!r} is neither a command nor a file that exists (see reader --help)"


def _no_display() -> bool:
    """On Linux, True when Qt would find no screen to open the window on (and abort)."""
    import os

    keys = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    return sys.platform.startswith("linux") and not any(os.environ.get(key) for key in keys)


def _close_commands(word: str) -> list[str]:
    import difflib

    return difflib.get_close_matches(word.lstrip("-").lower(), SUBCOMMANDS, n=1, cutoff=0.6)


if __name__ == "__main__":
    sys.exit(main())
