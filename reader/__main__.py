"""Entry point for ``reader`` and ``python -m reader``: a subcommand runs the CLI, else the window."""

from __future__ import annotations

import sys


def main() -> int:
    """Dispatch before importing Qt, so scripted subcommands start fast and need no display."""
    from .cli import COMMANDS

    args = sys.argv[1:]
    if args and (args[0] in COMMANDS or args[0] in ("-h", "--help", "--version")):
        from .cli import main as cli_main

        return cli_main(args)
    from .ui.app import main as gui_main

    return gui_main(args)


if __name__ == "__main__":
    sys.exit(main())
