"""Printing and PDF export of the article as shown (script variant, theme-independent)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

__all__ = ["export_pdf", "print_document"]


def _printable(document: QTextDocument) -> QTextDocument:
    """A copy to lay out on paper: the screen's document keeps its own layout and width."""
    copy = document.clone()
    copy.setDocumentMargin(0)
    return copy


def export_pdf(document: QTextDocument, path: Path, title: str) -> None:
    """Write ``document`` to ``path`` as an A4 PDF titled ``title``."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setDocName(title)
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                      QPageLayout.Orientation.Portrait, QMarginsF(20, 20, 20, 20)))
    _printable(document).print_(printer)


def print_document(document: QTextDocument, title: str, parent: QWidget) -> bool:
    """Ask for a printer and print; False when the user cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    _printable(document).print_(printer)
    return True
