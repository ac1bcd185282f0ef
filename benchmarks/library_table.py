"""Child of ``benchmarks/library.py``: the library window's table painted over a big library.

    python benchmarks/library_table.py LIBRARY [--runs 5]

Times, in this process (offscreen), from building the window on an open
library to the first paint of its table, against a bare QTableView over a
QStandardItemModel of 200 rows (the floor): the median of ``--runs`` each.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEvent, QObject  # noqa: E402
from PySide6.QtGui import QStandardItem, QStandardItemModel  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView, QWidget  # noqa: E402

from reader.core.library import Library  # noqa: E402
from reader.ui.library.library_window import LibraryWindow  # noqa: E402

TARGET_MS = 300.0


class _Painted(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.done = False

    def eventFilter(self, _obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            self.done = True
        return False


def _until_painted(build: Callable[[], tuple[QWidget, QWidget]]) -> float:
    """Ms from ``build()`` (which returns the window and the widget to watch) to that widget's first paint."""
    app = QApplication.instance()
    start = time.perf_counter()
    window, watched = build()
    painted = _Painted()
    watched.installEventFilter(painted)
    window.show()
    while not painted.done:
        app.processEvents()  # type: ignore[union-attr]
    elapsed = (time.perf_counter() - start) * 1000
    window.close()
    window.deleteLater()
    app.processEvents()  # type: ignore[union-attr]
    return elapsed


def _bare() -> tuple[QWidget, QWidget]:
    model = QStandardItemModel(200, 7)
    for row in range(200):
        for column in range(7):
            model.setItem(row, column, QStandardItem(f"第{row}行 {column}"))
    view = QTableView()
    view.setModel(model)
    view.resize(1280, 800)
    return view, view.viewport()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("library", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    QApplication([])
    library = Library.open(args.library)
    rows = library.count()

    def ours() -> tuple[QWidget, QWidget]:
        window = LibraryWindow(library, list, recording=True)
        return window, window.table.viewport()

    _until_painted(_bare), _until_painted(ours)  # fonts, styles and the file's pages: once, as in a session
    bare = statistics.median(_until_painted(_bare) for _ in range(args.runs))
    table = statistics.median(_until_painted(ours) for _ in range(args.runs))
    print(f"library table        {table:7.1f} ms to paint {rows:,} rows (target < {TARGET_MS:.0f} ms), "
          f"a bare QTableView of 200 rows {bare:.1f} ms: {table / bare:.2f}×")


if __name__ == "__main__":
    main()
