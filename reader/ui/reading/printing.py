"""Printing and PDF export of the article as shown (script variant, theme-independent).

A PDF is drawn by QPdfWriter into memory, never through QPrinter: a QPrinter, even
one set to PDF output, starts the print system, which connects to the print
service (CUPS, port 631). Only File ▸ Print talks to printers. The bytes are then
written by the one write helper (``reader.core.writing``), like every export.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QWidget

__all__ = ["pdf_bytes", "print_document"]


def _printable(document: QTextDocument) -> QTextDocument:
    """A copy to lay out on paper: the screen's document keeps its own layout and width."""
    copy = document.clone()
    copy.setDocumentMargin(0)
    return copy


def pdf_bytes(document: QTextDocument, title: str) -> bytes:
    """``document`` as an A4 PDF titled ``title``, at 1200 dpi, drawn without any print system."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("Reader")
    writer.setResolution(1200)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait, QMarginsF(20, 20, 20, 20)))
    _printable(document).print_(writer)
    del writer  # ends the PDF: its last objects are written when the writer goes
    buffer.close()
    return bytes(data.data())


def print_document(document: QTextDocument, title: str, parent: QWidget) -> bool:
    """Ask for a printer and print; False when the user cancelled."""
    from PySide6.QtPrintSupport import (  # the print system, on File ▸ Print only
        QPrintDialog,
        QPrinter,
    )

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    _printable(document).print_(printer)
    return True
