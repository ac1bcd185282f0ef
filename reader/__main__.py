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
    # Start-up only builds what lives as long as the window (classes, enums, widgets):
    # collecting it would be wasted work. The window turns the collector back on (ui.app).
    gc.disable()
    # The pure core first: once PySide6 is imported, its import hook reads the source of
    # every module imported after it (looking for ``from __feature__ import``): ~4 ms for the core.
    from .core import settings  # noqa: F401 - the window needs both (and with them the core)
    from .core.article import prepare  # noqa: F401
    from .ui.window.app import main as gui_main

    return gui_main(args)


if __name__ == "__main__":
    sys.exit(main())
