"""The word features' actions and menus, wired to the window's WordTools and ReadAloud.

Kept out of main_window.py so the window stays a list of parts: it calls ``wire_words``
once; the controllers themselves are built on first use (WordTools after the first paint).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer

from ..i18n import QT_TRANSLATE_NOOP
from .actions import ActionId
from .menus import choice_menu

if TYPE_CHECKING:
    from ...core.script.overrides import Corrections
    from ..controllers.read_aloud import ReadAloud
    from ..controllers.word_tools import WordTools
    from .main_window import MainWindow

__all__ = ["WordParts", "corrections_json", "corrections_of", "wire_words"]

_AID_LABELS = {
    "off": QT_TRANSLATE_NOOP("words", "Off"),
    "auto": QT_TRANSLATE_NOOP("words", "Pinyin, Jyutping in 香港繁體"),
    "pinyin": QT_TRANSLATE_NOOP("words", "Pinyin"),
    "zhuyin": QT_TRANSLATE_NOOP("words", "Zhuyin (Bopomofo)"),
    "jyutping": QT_TRANSLATE_NOOP("words", "Jyutping (Cantonese)"),
}
_RATES = {"-0.4": QT_TRANSLATE_NOOP("words", "Slow"), "0.0": QT_TRANSLATE_NOOP("words", "Normal"),
          "0.4": QT_TRANSLATE_NOOP("words", "Fast")}


def _tr(text: str) -> str:
    return QCoreApplication.translate("words", text)


class WordParts:
    """The window's word controllers, each built on first use (WordTools after the first paint)."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self._tools: WordTools | None = None
        self._reader: ReadAloud | None = None
        window.page.painted.connect(lambda: QTimer.singleShot(0, window, lambda: self.tools))

    @property
    def tools(self) -> WordTools:
        """Words in the view: selection by word, the pop-up dictionary, readings, corrections."""
        if self._tools is None:
            from ..controllers.word_tools import WordTools

            self._tools = WordTools(self._window)
            if self._window.article is not None:
                self._tools.set_text(self._window.article.text)
            self._window.facts_controller.on_listed.append(self._tools.take_names)
        return self._tools

    @property
    def read_aloud(self) -> ReadAloud:
        if self._reader is None:
            from ..controllers.read_aloud import ReadAloud

            self._reader = ReadAloud(self._window.view, self._window.message_bar.show_message)
        return self._reader

    def set_text(self, text: str) -> None:
        """A newly shown text (another article or variant): words follow, reading stops."""
        if self._tools is not None:
            self._tools.set_text(text)
        if self._reader is not None:
            self._reader.stop()

    def set_corrections(self, corrections: Corrections) -> None:
        """Apply new conversion corrections (saved with the settings) and show the text again."""
        self._window.update_settings(corrections=corrections_json(corrections))
        self._window.set_variant(self._window.variant)

    def word_at_cursor(self) -> tuple[int, int] | None:
        """The word at the text cursor (Ctrl K on no selection highlights it), if words are known."""
        if self._tools is None:
            return None
        view = self._window.view
        return self._tools.word_span(view.position_to_offset(view.textCursor().position()))

    def boundaries(self) -> set[int] | None:
        """Where the shown text's words start and end (None before it is segmented)."""
        if self._tools is None or not self._tools.words:
            return None
        words = self._tools.words
        return {*words.starts, *words.ends}

    def fact_names(self) -> list[str]:
        """The people, organisations and places the facts panel lists, as shown: they are words."""
        window = self._window
        if window.article is None:
            return []
        text = window.article.text
        return [text[m.start : m.end] for f in window.facts_controller.listed()
                if f.kind.value in ("person", "organisation", "place") for m in f.mentions]


def corrections_of(data: dict[str, Any]) -> Corrections | None:
    """The user's conversion corrections; None (the shipped ones only) when there are none."""
    if not data:
        return None
    from ...core.script.overrides import corrections_from_json

    return corrections_from_json(data)


def corrections_json(corrections: Corrections) -> dict[str, Any]:
    from ...core.script.overrides import corrections_to_json

    return corrections_to_json(corrections)


def wire_words(window: MainWindow) -> None:
    """Connect the word actions and fill the word submenus."""
    a, s = window.actions_by_id, window.settings
    a[ActionId.WORD_POPUP].setChecked(s.word_popup)
    a[ActionId.MARK_CONVERTED].setChecked(s.mark_converted)
    a[ActionId.WORD_POPUP].toggled.connect(lambda on: window.update_settings(word_popup=on))
    a[ActionId.MARK_CONVERTED].toggled.connect(lambda on: window.words.tools.set_marking(on))
    a[ActionId.LOOK_UP].triggered.connect(lambda: window.words.tools.look_up())
    a[ActionId.EXPORT_VOCABULARY].triggered.connect(lambda: _ask_export_vocabulary(window))
    a[ActionId.EXPORT_CORRECTIONS].triggered.connect(lambda: _ask_corrections_file(window, save=True))
    a[ActionId.IMPORT_CORRECTIONS].triggered.connect(lambda: _ask_corrections_file(window, save=False))
    a[ActionId.READ_ALOUD].triggered.connect(lambda: read_or_pause(window))
    a[ActionId.STOP_READING].triggered.connect(lambda: window.words.read_aloud.stop())
    submenus = window.submenus
    submenus["corrections"].addAction(a[ActionId.EXPORT_CORRECTIONS])
    submenus["corrections"].addAction(a[ActionId.IMPORT_CORRECTIONS])
    choice_menu(submenus["readings"], [(k, _tr(v)) for k, v in _AID_LABELS.items()], s.reading_aid,
                lambda mode: window.words.tools.set_aid(mode), window)
    choice_menu(submenus["speech_rate"], [(k, _tr(v)) for k, v in _RATES.items()], f"{s.speech_rate:.1f}",
                lambda rate: _set_rate(window, float(rate)), window)


def read_or_pause(window: MainWindow) -> None:
    """Start reading (from the selection, else the cursor, else the top); pause or resume."""
    reader: ReadAloud = window.words.read_aloud
    if reader.state == "speaking":
        reader.pause()
        return
    if reader.state == "paused":
        reader.resume()
        return
    article = window.article
    if article is None:
        return
    selection = window.view.selected_range()
    start, end = selection if selection else (window.view.top_offset(), len(article.text))
    if not selection and window.view.textCursor().position() > 0:
        start = window.view.position_to_offset(window.view.textCursor().position())
    reader.start(article.text, window.variant.value, start, end, window.settings.speech_rate)


def _set_rate(window: MainWindow, rate: float) -> None:
    window.update_settings(speech_rate=rate)
    window.words.read_aloud.set_rate(rate)


def _ask_export_vocabulary(window: MainWindow) -> None:
    from PySide6.QtWidgets import QFileDialog

    if window.article is None:
        return
    base = str(Path(window.path or "article").with_suffix("")) + "-vocabulary.csv"
    path, _ = QFileDialog.getSaveFileName(
        window, _tr(QT_TRANSLATE_NOOP("words", "Export Vocabulary")), base, _tr(QT_TRANSLATE_NOOP("words", "CSV (*.csv);;Anki, tab-separated (*.tsv)")))
    if path:
        export_vocabulary(window, Path(path))


def export_vocabulary(window: MainWindow, path: Path) -> None:
    """Write the vocabulary to ``path``; never over the article itself (by path, link or hard link)."""
    from ...core.errors import ReaderError
    from ..messages import error_message

    try:
        count = window.words.tools.export_vocabulary(path, window.settings.known_words)
    except ReaderError as exc:
        window.message_bar.show_message(error_message(exc))
        return
    window.statusBar().showMessage(_tr(QT_TRANSLATE_NOOP("words", "Exported {0} words to {1}")).format(count, path), 5000)


def _ask_corrections_file(window: MainWindow, save: bool) -> None:
    from PySide6.QtWidgets import QFileDialog

    title = _tr(QT_TRANSLATE_NOOP("words", "Export Conversion Corrections")) if save else _tr(QT_TRANSLATE_NOOP("words", "Import Conversion Corrections"))
    pick = QFileDialog.getSaveFileName if save else QFileDialog.getOpenFileName
    path, _ = pick(window, title, "reader-corrections.json", _tr(QT_TRANSLATE_NOOP("words", "Corrections (*.json)")))
    if not path:
        return
    from ...core.errors import ReaderError
    from ..messages import error_message

    try:
        if save:
            window.words.tools.export_corrections(Path(path))
        else:
            window.words.tools.import_corrections(Path(path))
    except ReaderError as exc:
        window.message_bar.show_message(error_message(exc))
    except (OSError, ValueError) as exc:
        window.message_bar.show_message(_tr(QT_TRANSLATE_NOOP("words", "“{0}” is not a corrections file: {1}")).format(path, exc))
