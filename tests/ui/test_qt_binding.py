"""Guards against a broken Qt binding: PySide6 6.12.0 leaks a reference to None per void call."""

from __future__ import annotations

import sys

from PySide6.QtGui import QTextBlockFormat


def test_void_methods_keep_none_alive() -> None:
    fmt = QTextBlockFormat()
    before = sys.getrefcount(None)
    for _ in range(2000):
        fmt.setTopMargin(3)
    assert sys.getrefcount(None) - before > -50
