"""ImportBar: an import's progress with a Cancel button, then what it did, with the files that failed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from ...core.library.importing import Failed, ImportReport
from ..messages import error_message

__all__ = ["ImportBar", "failure_text"]


def failure_text(failed: Failed) -> str:
    """Why one file could not be imported, in the UI's words."""
    return error_message(failed.error) if failed.error is not None else f"“{failed.path}”: {failed.detail}"


class ImportBar(QWidget):
    """Shown while an import runs and after it, until the next one."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("library_import_bar")
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(220)
        self.bar.setAccessibleName(self.tr("Import progress"))
        self.cancel = QPushButton(self.tr("Cancel"), self)
        self.cancel.clicked.connect(self.cancel_requested)
        self.details = QPushButton(self.tr("Failed Files…"), self)
        self.details.clicked.connect(self._show_failures)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.addWidget(self.label, 1)
        for widget in (self.bar, self.cancel, self.details):
            layout.addWidget(widget)
        self._failed: list[Failed] = []
        self.hide()

    # ---- Public API

    def start(self) -> None:
        self._failed = []
        self.label.setText(self.tr("Looking for articles…"))
        self.bar.setRange(0, 0)
        for widget in (self, self.bar, self.cancel):
            widget.show()
        self.details.hide()

    def set_progress(self, done: int, total: int, path: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.label.setText(self.tr("Importing {0} of {1}: {2}").format(done, total, Path(path).name if path else ""))

    def finish(self, report: ImportReport) -> None:
        self._failed = list(report.failed)
        summary = self.tr("{0} added, {1} updated, {2} already there, {3} failed").format(
            len(report.added), len(report.updated), len(report.unchanged), len(report.failed))
        if report.cancelled:
            summary = self.tr("Cancelled after {0} of {1} files: ").format(report.done, report.total) + summary
        self.label.setText(summary)
        self.bar.hide()
        self.cancel.hide()
        self.details.setVisible(bool(self._failed))

    def failures(self) -> list[str]:
        """One line per file that failed: the file and why."""
        return [failure_text(f) for f in self._failed]

    # ---- Private API

    def _show_failures(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Files Not Imported"),
                          self.tr("{0} files could not be imported; the others were.").format(len(self._failed)),
                          QMessageBox.StandardButton.Close, self)
        box.setDetailedText("\n".join(self.failures()))
        box.exec()
