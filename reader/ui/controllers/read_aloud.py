"""ReadAloud: speaks the article (from the cursor, or the selection) sentence by sentence
through Qt's text-to-speech, highlighting the sentence being read and keeping it in view.

The engine (speech-dispatcher with espeak-ng's Mandarin and Cantonese voices on Linux) is
made on first use. Where no engine or no Chinese voice is installed, ``start`` says so.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QTextCharFormat

from ...core.words.speech import Utterance, language_for, utterances
from ..reading.reading_view import ReadingView

__all__ = ["ReadAloud"]


class ReadAloud(QObject):
    """Steps through utterances; ``engine`` is a QTextToSpeech (or None: no speech here)."""

    state_changed = Signal(str)
    """"speaking", "paused" or "stopped"."""

    def __init__(self, view: ReadingView, say_problem: Callable[[str], None],
                 engine_name: str | None = None,
                 voice_language: Callable[[str], str] = language_for) -> None:
        """``engine_name`` picks a Qt speech engine (default: the first real one);
        ``voice_language`` gives a variant's voice language (BCP 47)."""
        super().__init__(view)
        self._voice_language = voice_language
        self._view = view
        self._say_problem = say_problem
        self._engine_name = engine_name
        self._engine: Any = None
        self._queue: list[Utterance] = []
        self._index = -1
        self.state = "stopped"

    # ---- Public API

    @property
    def current(self) -> Utterance | None:
        return self._queue[self._index] if 0 <= self._index < len(self._queue) else None

    def start(self, text: str, variant: str, start: int = 0, end: int | None = None, rate: float = 0.0) -> bool:
        """Read ``text[start:end]`` aloud; False (and a message) if no voice can say it."""
        engine = self._ensure_engine()
        if engine is None:
            return False
        if not self._choose_voice(engine, self._voice_language(variant)):
            return False
        engine.setRate(max(-1.0, min(1.0, rate)))
        self._queue = utterances(text, start, end)
        self._index = -1
        self._next()
        return bool(self._queue)

    def pause(self) -> None:
        if self._engine is not None and self.state == "speaking":
            self._engine.pause()
            self._set_state("paused")

    def resume(self) -> None:
        if self._engine is not None and self.state == "paused":
            self._engine.resume()
            self._set_state("speaking")

    def stop(self) -> None:
        self._queue, self._index = [], -1
        if self._engine is not None:
            self._engine.stop()
        self._view.set_layer("reading", [])
        self._set_state("stopped")

    def set_rate(self, rate: float) -> None:
        if self._engine is not None:
            self._engine.setRate(max(-1.0, min(1.0, rate)))

    # ---- Private API

    def _ensure_engine(self) -> Any:
        if self._engine is not None:
            return self._engine
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError:
            self._say_problem(self.tr("Read aloud needs Qt's text-to-speech (PySide6-Addons), "
                                      "which is not installed."))
            return None
        engines = QTextToSpeech.availableEngines()
        name = self._engine_name if self._engine_name is not None else next(
            (e for e in engines if e != "mock"), "")
        if not name:
            self._say_problem(self.tr("No speech engine is installed (on Linux: speech-dispatcher "
                                      "and espeak-ng)."))
            return None
        self._engine = QTextToSpeech(name, self)
        self._engine.stateChanged.connect(self._engine_state)
        return self._engine

    def _choose_voice(self, engine: Any, language: str) -> bool:
        """A voice for ``language``; Cantonese never falls back to Mandarin, which would misread it."""
        voice = _voice_for(engine, language)
        if voice is None:
            name = self.tr("Cantonese") if language == "yue" else self.tr("Mandarin")
            self._say_problem(self.tr("No {0} voice is installed for read aloud "
                                      "(on Linux: speech-dispatcher-espeak-ng).").format(name))
            return False
        engine.setVoice(voice)
        return True

    def _next(self) -> None:
        self._index += 1
        utterance = self.current
        if utterance is None:
            self.stop()
            return
        self._highlight(utterance)
        self._set_state("speaking")
        self._engine.say(utterance.text)

    def _engine_state(self, state: Any) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if state == QTextToSpeech.State.Ready and self.state == "speaking":
            self._next()
        elif state == QTextToSpeech.State.Error:
            self._say_problem(self.tr("Speech failed: {0}").format(self._engine.errorString()))
            self.stop()

    def _highlight(self, utterance: Utterance) -> None:
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(255, 236, 170))
        fmt.setForeground(QColor("black"))
        self._view.set_layer("reading", [(utterance.start, utterance.end, fmt)])
        self._view.setTextCursor(self._view.cursor_for(utterance.start, utterance.start))
        self._view.ensureCursorVisible()

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)


def _voice_for(engine: Any, language: str) -> Any:
    """The first voice of ``language``'s locale; else one named for it (speech-dispatcher
    lists espeak-ng's Mandarin voices, language code cmn, under no locale Qt knows)."""
    from PySide6.QtCore import QLocale

    wanted = QLocale(language).language()
    for locale in engine.availableLocales():
        if locale.language() == wanted:
            voices = engine.allVoices(locale)
            if voices:
                return voices[0]
    hint = "Cantonese" if language == "yue" else "Mandarin"
    unplaced = engine.allVoices(QLocale(QLocale.Language.C))
    return next((v for v in unplaced if hint in v.name()), None)
