"""The helper process's own start-up: nothing of Qt, and it ends when the window's process does."""

from __future__ import annotations

import os
import threading
import time

__all__ = ["exit_with_parent"]


def exit_with_parent(parent_pid: int) -> None:
    """Run in the helper process as it starts: quit once the process that started it is gone.

    A window that crashes or is killed never shuts its helper down; without this
    the helper would wait for work for ever.
    """

    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()
