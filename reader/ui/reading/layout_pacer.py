"""LayoutPacer: lays out a long QTextDocument in slices of a few milliseconds."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QSizeF, QTimer, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QTextDocument

__all__ = ["STEP_CHARS", "LayoutPacer"]

STEP_CHARS = 4_000
"""How far one call moves the layout on: a few milliseconds of CJK text."""


class LayoutPacer(QObject):
    """Walks a document's layout forward itself, so the event loop runs every ``slice_ms``.

    QTextEdit lays a document out lazily, in timer steps that double up to
    200,000 characters: on a long text one such step freezes the window for a
    quarter of a second. While pacing, those timer steps are held back and the
    layout is moved on in small pieces instead; Qt's own laziness resumes once
    the whole document is laid out.
    """

    reached = Signal()
    """The layout has passed the target position: it can be scrolled to."""

    finished = Signal()
    """The whole document is laid out."""

    def __init__(self, parent: QObject | None = None, slice_ms: int = 12) -> None:
        super().__init__(parent)
        self._slice_ms = slice_ms
        self._timer = QTimer(self, interval=0)
        self._timer.timeout.connect(self._step)
        self._document: QTextDocument | None = None
        self._layout: QAbstractTextDocumentLayout | None = None
        self._position = 0
        self._target = -1

    # ---- Public API

    def start(self, document: QTextDocument, target: int = -1) -> None:
        """Pace ``document``'s layout from its start; signal ``reached`` past ``target``."""
        self.stop()
        self._document = document
        self._layout = document.documentLayout()
        self._layout.installEventFilter(self)
        self._position = 0
        self._target = target
        self._timer.start()

    def aim(self, target: int) -> None:
        """Signal ``reached`` once past ``target`` instead (at the next slice if already past)."""
        self._target = target

    def rewind(self) -> None:
        """The layout was started afresh (a new width): walk it again from the top."""
        self._position = 0

    def pause(self) -> None:
        """Lay out no further for now, still holding Qt's own steps back; ``resume`` goes on."""
        self._timer.stop()

    def resume(self) -> None:
        if self.active:
            self._timer.start()

    def stop(self) -> None:
        """Hand the layout back to Qt's own lazy steps."""
        self._timer.stop()
        if self._layout is not None:
            self._layout.removeEventFilter(self)
        self._document = self._layout = None

    @property
    def active(self) -> bool:
        return self._document is not None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Hold back the layout's timer steps: the pacer does that work, in smaller pieces."""
        return watched is self._layout and event.type() == QEvent.Type.Timer

    # ---- Private API

    def _step(self) -> None:
        document, layout = self._document, self._layout
        assert document is not None and layout is not None
        last = document.characterCount() - 1
        clock = QElapsedTimer()
        clock.start()
        bottom = 0.0
        while self._position < last and clock.elapsed() < self._slice_ms:
            self._position = min(last, self._position + STEP_CHARS)
            bottom = layout.blockBoundingRect(document.findBlock(self._position)).bottom()
        # the scroll range grows with the text laid out (documentSize() would lay out all of it)
        layout.documentSizeChanged.emit(QSizeF(document.textWidth(), bottom))
        if 0 <= self._target <= self._position:
            self._target = -1
            self.reached.emit()
        if self._position >= last and self._document is document:
            self.stop()
            self.finished.emit()
