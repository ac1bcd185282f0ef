"""MarginMarks: a mark in the reading view's margin beside each margin note; a click opens the note.

A strip laid over the right edge of the view's text column (the document's own margin,
where there is no text), so it does not scroll with the text: it paints the marks of
the notes whose offsets are on screen, found through the view's own offset ↔ cursor
mapping, and repaints as the text scrolls or is laid out again.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QHelpEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QToolTip, QWidget

from .reading_view import ReadingView

__all__ = ["MarginMarks"]

_WIDTH = 22
_MARK = 14

Mark = tuple[int, str, str, str]
"""(offset in the shown text, annotation id, colour hex, note)."""


class MarginMarks(QObject):
    """The marks of one reading view's margin notes; ``mark_clicked`` carries the annotation id."""

    mark_clicked = Signal(str)

    def __init__(self, view: ReadingView) -> None:
        super().__init__(view)
        self._view = view
        self._marks: list[Mark] = []
        self.strip = _Strip(self, view)
        view.installEventFilter(self)
        view.verticalScrollBar().valueChanged.connect(lambda _v: self.strip.update())
        view.positioned.connect(self.strip.update)

    # ---- Public API

    def set_marks(self, marks: list[Mark]) -> None:
        self._marks = sorted(marks)
        self.strip.setVisible(bool(marks))
        self._place()
        self.strip.update()

    def visible_marks(self) -> list[tuple[QRect, Mark]]:
        """The marks on screen with their squares, in the strip's coordinates."""
        view = self._view
        height = view.viewport().height()
        first = view.position_to_offset(view.cursorForPosition(QPoint(0, 0)).position())
        last = view.position_to_offset(view.cursorForPosition(QPoint(view.viewport().width(), height)).position())
        offsets = [m[0] for m in self._marks]
        shown = []
        for mark in self._marks[bisect_left(offsets, first) : bisect_right(offsets, last)]:
            line = view.cursorRect(view.cursor_for(mark[0], mark[0]))
            top = line.top() + (line.height() - _MARK) // 2
            if -_MARK < top < height:
                shown.append((QRect((_WIDTH - _MARK) // 2, top, _MARK, _MARK), mark))
        return shown

    # ---- Private API

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self._view and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._place()
        return False

    def _place(self) -> None:
        """Over the right edge of the viewport, inside the document's margin."""
        area = self._view.viewport().geometry()
        self.strip.setGeometry(area.right() - _WIDTH + 1, area.top(), _WIDTH, area.height())
        self.strip.raise_()

    def mark_at(self, point: QPoint) -> Mark | None:
        return next((mark for rect, mark in self.visible_marks() if rect.adjusted(-3, -3, 3, 3).contains(point)), None)


class _Strip(QWidget):
    """The painted strip: a rounded square in the note's colour per mark, with a pen stroke."""

    def __init__(self, marks: MarginMarks, view: ReadingView) -> None:
        super().__init__(view)
        self.setObjectName("margin_marks")
        self._marks = marks
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMouseTracking(True)
        self.hide()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for rect, (_offset, _ident, hex_color, _note) in self._marks.visible_marks():
            color = QColor(hex_color)
            painter.setPen(color.darker(170))
            painter.setBrush(color)
            painter.drawRoundedRect(rect, 3, 3)
            painter.drawLine(rect.left() + 4, rect.bottom() - 4, rect.right() - 4, rect.top() + 4)
        painter.end()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        mark = self._marks.mark_at(event.position().toPoint())
        if mark is not None:
            self._marks.mark_clicked.emit(mark[1])

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            mark = self._marks.mark_at(event.pos())
            if mark is not None:
                QToolTip.showText(event.globalPos(), mark[3] or self.tr("Margin note"), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
