"""QuoteController: quotations with citations from the shown article, onto the clipboard."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QMimeData
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from ...core.model import Article
from ..i18n import QT_TRANSLATE_NOOP

__all__ = ["STYLES", "QuoteController"]

STYLES = {  # keys are reader.core.cite.citation.CitationStyle values
    "gbt7714": QT_TRANSLATE_NOOP("QuoteController", "GB/T 7714-2015"),
    "apa": QT_TRANSLATE_NOOP("QuoteController", "APA 7"),
    "chicago": QT_TRANSLATE_NOOP("QuoteController", "Chicago (notes)"),
    "plain": QT_TRANSLATE_NOOP("QuoteController", "Plain"),
    "markdown": QT_TRANSLATE_NOOP("QuoteController", "Markdown"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("QuoteController", text)


class QuoteController:
    """Knows the shown article and the default style; tells the user through ``say``."""

    def __init__(self, say: Callable[[str], None], style: str,
                 remember_style: Callable[[str], None]) -> None:
        self._say = say
        self._remember = remember_style
        self.default_style = style if style in STYLES else "gbt7714"
        self._article: Article | None = None

    def set_article(self, article: Article) -> None:
        self._article = article

    @staticmethod
    def label(style: str) -> str:
        return _tr(STYLES[style])

    def render(self, style: str, start: int, end: int, translated: str = "") -> tuple[str, str]:
        """The quotation of ``text[start:end]`` as (plain text, HTML), cited in ``style``."""
        from ...core.cite.citation import (  # loaded on first use, not at start-up
            CitationStyle,
            quote,
        )

        assert self._article is not None
        result = quote(self._article, start, end, CitationStyle(style), accessed=date.today(),
                       translated_title=translated)
        return result.text, result.html

    def copy(self, span: tuple[int, int] | None, style: str | None = None, translated: str = "") -> str:
        """Put the quotation of ``span`` on the clipboard as plain text and HTML."""
        if span is None or self._article is None:
            self._say(QCoreApplication.translate("QuoteController", "Select the passage to quote first."))
            return ""
        style = style or self.default_style
        plain, html = self.render(style, *span, translated)
        mime = QMimeData()
        mime.setText(plain)
        mime.setHtml(html)
        QGuiApplication.clipboard().setMimeData(mime)
        self._say(QCoreApplication.translate("QuoteController", "Quotation copied ({0}).").format(self.label(style)))
        return plain

    def ask(self, span: tuple[int, int] | None, parent: QWidget) -> None:
        """Preview every style in a dialog; copy and remember the one chosen."""
        from ..dialogs.quote_dialog import QuoteDialog  # loaded on first use, not at start-up

        if span is None or self._article is None:
            self._say(QCoreApplication.translate("QuoteController", "Select the passage to quote first."))
            return
        styles = [(s, self.label(s)) for s in STYLES]
        dialog = QuoteDialog(styles, self.default_style,
                             lambda style, translated: self.render(style, *span, translated), parent)
        if dialog.exec():
            self.default_style = dialog.chosen_style()
            self._remember(self.default_style)
            self.copy(span, self.default_style, dialog.translated_title())
