"""VerticalView: the article in vertical columns (直排), the same offsets as the horizontal view.

It answers the same calls as ``ReadingView`` (show an article at an offset,
select, highlight named layers of spans, flash, report the offset at the top),
so the reading pane swaps one for the other. Columns come from ``ColumnLayout``;
the view paints the visible ones as glyph runs, one per column and colour, and
turns mouse positions back into offsets. Content x is measured leftwards from
the right edge, where the text begins; the scroll bar runs the same way.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, QRect, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QContextMenuEvent,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextCharFormat,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QMenu, QWidget

from ...core.model import Article, BlockKind
from .appearance import Appearance, themed_palette
from .highlights import FLASH, highlight_format
from .vertical_layout import ColumnLayout, Style
from .vertical_paint import ColumnPainter

__all__ = ["VerticalView"]

_FAMILIES = {
    "": ["Noto Serif CJK SC", "Noto Sans CJK SC", "Source Han Serif SC", "serif"],
    "tw": ["Noto Serif CJK TC", "Noto Sans CJK TC", "Source Han Serif TC", "serif"],
    "hk": ["Noto Serif CJK HK", "Noto Serif CJK TC", "Noto Sans CJK HK", "serif"],
}
# size factor, column pitch (× em), space before and after (× em), bold, muted, indent from the top (× em)
_LOOK: dict[BlockKind, tuple[float, float, float, float, bool, bool, float]] = {
    BlockKind.TITLE: (1.45, 1.45, 0.0, 0.9, True, False, 0.0),
    BlockKind.META: (0.85, 1.6, 0.0, 1.6, False, True, 0.0),
    BlockKind.LEDE: (1.08, 1.75, 0.0, 1.2, False, False, 0.0),
    BlockKind.HEADING: (1.15, 1.5, 1.4, 0.8, True, False, 0.0),
    BlockKind.PARAGRAPH: (1.0, 1.75, 0.0, 0.9, False, False, 0.0),
    BlockKind.CAPTION: (0.85, 1.6, 0.3, 1.2, False, True, 2.0),
    BlockKind.ATTRIBUTION: (0.85, 1.6, 0.6, 0.3, False, True, 0.0),
    BlockKind.EDITOR: (0.85, 1.6, 0.0, 1.6, False, True, 0.0),
}
_MARGIN = 32.0


class VerticalView(QAbstractScrollArea):
    """A read-only page of columns, right to left, scrolled sideways."""

    top_offset_changed = Signal(int)
    """The offset at the start of the first column in view, after the user scrolled (debounced)."""
    positioned = Signal()
    """A shown article stands at the asked offset."""
    painted = Signal()
    """A newly shown article has been painted (once per ``show_article``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vertical_view")
        self.setAccessibleName(self.tr("Article text, vertical"))
        self.setFrameShape(QAbstractScrollArea.Shape.NoFrame)
        self.horizontalScrollBar().setInvertedAppearance(True)  # the text starts at the right
        self.horizontalScrollBar().setInvertedControls(False)
        self.horizontalScrollBar().valueChanged.connect(self._scrolled)
        self._article: Article | None = None
        self._layout: ColumnLayout | None = None
        self._appearance = Appearance()
        self._app_palette = self.palette()
        self._script = ""
        self._menu_parts: list[Callable[[QMenu, int], None]] = []
        self._zoom = 0
        self._layers: dict[str, list[tuple[int, int, QTextCharFormat]]] = {}
        self._anchor = self._caret = -1
        self._placing: tuple[int, tuple[int, int] | None] | None = None
        self._unpainted = False
        self._painter: ColumnPainter | None = None
        self._styles: dict[BlockKind, Style] = {}
        self._styles_key: tuple[object, ...] = ()
        self._layout_timer = QTimer(self, interval=0)
        self._layout_timer.timeout.connect(self._lay_some)
        self._flash_timer = QTimer(self, singleShot=True)
        self._flash_timer.timeout.connect(lambda: self.set_layer("flash", []))
        self._scroll_timer = QTimer(self, singleShot=True, interval=60)
        self._scroll_timer.timeout.connect(lambda: self.top_offset_changed.emit(self.top_offset()))
        self.viewport().setAutoFillBackground(True)
        self.viewport().setMouseTracking(False)
        self._apply_palette()
        self.overlays: list[Callable[[QPainter, QRect], None]] = []
        """Painted over the columns after them (readings beside the characters): called with the dirty rect."""
        self._room = 1.0

    # ---- Public API (the same as ReadingView's)

    @property
    def article(self) -> Article | None:
        return self._article

    def show_article(self, article: Article, script: str = "", top: int = 0,
                     selection: tuple[int, int] | None = None) -> None:
        """Lay ``article`` out in columns with ``top`` in the first column and ``selection`` selected."""
        self._article = article
        self._script = script
        self._layers.clear()
        self._anchor = self._caret = -1
        self._unpainted = True
        self._relayout(top, selection)

    @property
    def awaiting_paint(self) -> bool:
        return self._unpainted

    def pause_layout(self, paused: bool = True) -> None:
        if paused:
            self._layout_timer.stop()
        elif self._layout is not None and not self._layout.done:
            self._layout_timer.start()

    def set_appearance(self, appearance: Appearance) -> None:
        self._appearance = appearance
        self._apply_palette()
        self._rerender()

    @property
    def appearance(self) -> Appearance:
        return self._appearance

    def set_zoom(self, steps: int) -> None:
        self._zoom = max(-5, min(12, steps))
        self._rerender()

    @property
    def zoom(self) -> int:
        return self._zoom

    def top_offset(self) -> int:
        """The offset at the head of the first column in view (or about to be)."""
        if self._placing is not None:
            return self._placing[0]
        if self._layout is None or not self._layout.columns:
            return 0
        index = self._layout.column_at(self._scroll() + 4)
        return self._layout.columns[max(0, index)].start

    def scroll_to_offset(self, offset: int) -> None:
        """Put the column holding ``offset`` at the right edge of the view (once laid out that far)."""
        if self._layout is None:
            return
        if offset >= self._layout.laid_to and not self._layout.done:
            self._placing = (offset, self._placing[1] if self._placing else None)
            self._layout_timer.start()
            return
        self._scroll_now(offset)

    def select_range(self, start: int, end: int) -> None:
        self._anchor, self._caret = start, end
        self.viewport().update()

    def selected_range(self) -> tuple[int, int] | None:
        if self._anchor < 0 or self._anchor == self._caret:
            return None
        return min(self._anchor, self._caret), max(self._anchor, self._caret)

    def selected_text(self) -> str:
        span = self.selected_range()
        return self._article.text[span[0] : span[1]] if span and self._article else ""

    def ensureCursorVisible(self) -> None:  # noqa: N802 - ReadingView's (Qt's) name for the same request
        """Bring the selection's end into view, a third of the way in, if it is out of sight."""
        if self._layout is None or self._caret < 0:
            return
        self._layout.extend(until_offset=self._caret)
        column = self._layout.columns[max(0, self._layout.column_of(self._caret))]
        left, right = self._scroll(), self._scroll() + self.viewport().width()
        if not left <= column.x <= right - self._layout.styles[column.style].pitch:
            self._set_scroll(column.x - self.viewport().width() / 3)

    def set_layer(self, name: str, spans: list[tuple[int, int, QTextCharFormat]]) -> None:
        """Replace one named layer of highlights (search hits, keywords, mentions, notes, a flash)."""
        self._layers[name] = sorted(spans, key=lambda span: span[0])
        self.viewport().update()

    def flash(self, start: int, end: int, msec: int = 900) -> None:
        self.set_layer("flash", [(start, end, highlight_format(FLASH))])
        self._flash_timer.start(msec)

    def reveal_all(self) -> None:
        """Lay every column out now."""
        if self._layout is not None:
            self._layout.extend(until_offset=len(self._layout.text))
            self._update_range()

    def caret(self) -> tuple[int, int]:
        """The selection's anchor and moving end (both the top offset when nothing is selected)."""
        if self._anchor < 0:
            top = self.top_offset()
            return top, top
        return self._anchor, self._caret

    def set_caret(self, anchor: int, caret: int) -> None:
        """Move the caret to ``caret``, selecting from ``anchor`` (equal: no selection), and keep it in view."""
        self.select_range(anchor, caret)
        self.ensureCursorVisible()

    def offset_at(self, point: QPoint) -> int:
        """The offset of the character boundary nearest ``point`` (viewport coordinates)."""
        return self._offset_at(point)

    def offset_at_char(self, point: QPoint) -> int:
        """The offset of the character under ``point`` (not the boundary nearest it)."""
        if self._layout is None:
            return 0
        index = self._layout.column_at(self._scroll() + self.viewport().width() - point.x())
        if index < 0:
            return 0
        return self._layout.char_at(self._layout.columns[index], point.y() - self._text_top())

    def rect_of(self, offset: int) -> QRect:
        """Where the caret before ``offset`` stands: a line across its column, in viewport coordinates."""
        if self._layout is None or not self._layout.columns:
            return QRect()
        self._layout.extend(until_offset=offset)
        column = self._layout.columns[max(0, self._layout.column_of(offset))]
        style = self._layout.styles[column.style]
        inside = self._layout.spans_in(column, offset, offset + 1)
        before = self._layout.spans_in(column, offset - 1, offset)
        y = inside[0][0] if inside else (before[0][1] if before else 0.0)
        centre = self._scroll() + self.viewport().width() - column.x - style.pitch / 2
        return QRect(int(centre - style.em * 0.62), int(self._text_top() + y), int(style.em * 1.24), 1)

    def set_reading_room(self, factor: float) -> None:
        """Widen the gaps between columns by ``factor`` (1: as the appearance has them), e.g. for readings beside."""
        if factor != self._room:
            self._room = factor
            self._rerender()

    def createStandardContextMenu(self, _pos: QPoint | None = None) -> QMenu:  # noqa: N802 - ReadingView's (Qt's) name
        """Copy and Select All, as the horizontal view's menu offers them."""
        menu = QMenu(self)
        copy = menu.addAction(self.tr("&Copy"), self.copy)
        copy.setEnabled(self.selected_range() is not None)
        menu.addAction(self.tr("Select &All"), self.select_all)
        return menu

    def add_menu_part(self, part: Callable[[QMenu, int], None]) -> None:
        """Let a feature add its section to the context menu: ``part(menu, offset under the pointer)``."""
        self._menu_parts.append(part)

    def context_menu(self, pos: QPoint) -> QMenu:
        """The menu at ``pos``: Copy and Select All, then each part's section (notes), as horizontally."""
        menu = self.createStandardContextMenu(pos)
        offset = self.offset_at_char(pos)
        for part in self._menu_parts:
            menu.addSeparator()
            part(menu, offset)
        return menu

    def copy(self) -> None:
        text = self.selected_text()
        if text:
            QApplication.clipboard().setText(text)

    def select_all(self) -> None:
        if self._article is not None:
            self.select_range(0, len(self._article.text))

    # ---- Private API: layout

    def _styles_for(self) -> dict[BlockKind, Style]:
        """The styles for the current look, kept while it stays the same (fonts measured once, not on every show)."""
        key = (self._appearance.font_family, self._appearance.font_size, self._appearance.line_factor,
               self._zoom, self._script, self._room)
        if self._styles_key != key:
            self._styles_key, self._styles = key, self._new_styles()
        return self._styles

    def _new_styles(self) -> dict[BlockKind, Style]:
        size = self._appearance.font_size * (1.1 ** self._zoom)
        families = _FAMILIES.get(self._script, _FAMILIES[""])
        chosen = self._appearance.font_family
        styles = {}
        for kind, (factor, pitch, before, after, bold, muted, indent) in _LOOK.items():
            font = QFont()
            font.setFamilies([chosen, *families] if chosen else families)
            font.setPointSizeF(size * factor)
            font.setWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
            em = QFontMetricsF(font).horizontalAdvance("中")
            line = self._appearance.line_factor * self._room
            styles[kind] = Style(font, em, em * pitch * line, em * before, em * after, em * indent, muted)
        return styles

    def _column_height(self) -> float:
        body = self._styles[BlockKind.PARAGRAPH]
        room = self.viewport().height() - 2 * _MARGIN - body.em  # a hanging mark may stand below the end
        return max(4 * body.em, min(room, self._appearance.width_em * body.em))

    def _relayout(self, top: int, selection: tuple[int, int] | None) -> None:
        assert self._article is not None
        self._layout_timer.stop()
        self._styles = self._styles_for()
        self._layout = ColumnLayout(self._article, self._styles, self._column_height(), _MARGIN)
        self._painter = ColumnPainter(self._layout, self._article.text)
        self._placing = (top, selection)
        self._layout.extend(until_x=self.viewport().width() + 200.0, budget_s=0.0)  # the first screen at once, the rest in slices
        if top < self._layout.laid_to or self._layout.done:
            self._place()
        self._layout_timer.start()

    def _lay_some(self) -> None:
        """One slice of layout (a few ms), then the event loop runs again."""
        assert self._layout is not None
        done = self._layout.extend()
        self._update_range()
        if self._placing is not None and (self._placing[0] < self._layout.laid_to or done):
            self._place()
        if done:
            self._layout_timer.stop()

    def _place(self) -> None:
        assert self._placing is not None
        top, selection = self._placing
        self._placing = None
        self._update_range()
        self._scroll_now(top)
        if selection is not None:
            self.select_range(*selection)
        self.viewport().update()
        self.positioned.emit()

    def _rerender(self) -> None:
        if self._article is not None:
            self._relayout(self.top_offset(), self.selected_range())

    def _update_range(self) -> None:
        if self._layout is None:
            return
        bar = self.horizontalScrollBar()
        bar.setRange(0, max(0, int(self._layout.width() - self.viewport().width())))
        bar.setPageStep(self.viewport().width())
        bar.setSingleStep(int(self._styles[BlockKind.PARAGRAPH].pitch))

    def _scroll_now(self, offset: int) -> None:
        assert self._layout is not None
        index = self._layout.column_of(offset)
        if index >= 0:
            self._set_scroll(self._layout.columns[index].x - _MARGIN)

    def _scroll(self) -> float:
        return float(self.horizontalScrollBar().value())

    def _set_scroll(self, x: float) -> None:
        self.horizontalScrollBar().setValue(int(max(0.0, x)))

    def _scrolled(self, _value: int) -> None:
        self.viewport().update()
        self._scroll_timer.start()

    def _apply_palette(self) -> None:
        palette = themed_palette(self._app_palette, self._appearance.theme)
        self.setPalette(palette)
        self.viewport().setPalette(palette)
        self.viewport().setBackgroundRole(QPalette.ColorRole.Base)

    # ---- Private API: painting

    def _text_top(self) -> float:
        assert self._layout is not None
        return max(_MARGIN, (self.viewport().height() - self._layout.height) / 2 - 8)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        if self._layout is None or self._painter is None:
            return
        painter = QPainter(self.viewport())
        left, width = self._scroll(), self.viewport().width()
        visible = [self._layout.columns[i] for i in self._layout.columns_between(left, left + width + 8)]
        if visible:
            backgrounds, foregrounds = self._spans_between(visible[0].start, visible[-1].end)
            top, right = self._text_top(), width + left  # a column's right edge is at right - column.x
            for column in visible:
                self._painter.paint_backgrounds(painter, column, backgrounds, right - column.x, top)
            palette = self.palette()
            inks = (palette.brush(QPalette.ColorRole.Text), palette.brush(QPalette.ColorRole.PlaceholderText))
            for column in visible:
                self._painter.paint_column(painter, column, foregrounds, inks, right - column.x, top)
        for overlay in self.overlays:
            overlay(painter, event.rect())
        painter.end()
        if self._unpainted and self._placing is None:
            self._unpainted = False
            self.painted.emit()

    def _spans_between(self, first: int, last: int) -> tuple[list[tuple[int, int, QBrush]], list[tuple[int, int, QBrush]]]:
        """The highlight and selection brushes, and the text colours they set, over ``first:last``."""
        backgrounds, foregrounds = [], []
        for spans in self._layers.values():
            for start, end, fmt in spans:
                if start < last and end > first:
                    if fmt.hasProperty(QTextCharFormat.Property.BackgroundBrush):
                        backgrounds.append((start, end, fmt.background()))
                    if fmt.hasProperty(QTextCharFormat.Property.ForegroundBrush):
                        foregrounds.append((start, end, fmt.foreground()))
        selection = self.selected_range()
        if selection is not None:
            backgrounds.append((*selection, self.palette().brush(QPalette.ColorRole.Highlight)))
            foregrounds.append((*selection, self.palette().brush(QPalette.ColorRole.HighlightedText)))
        return backgrounds, foregrounds

    # ---- Private API: input

    def _offset_at(self, point: QPoint) -> int:
        assert self._layout is not None
        x = self._scroll() + self.viewport().width() - point.x()
        index = self._layout.column_at(x)
        if index < 0:
            return 0
        column = self._layout.columns[index]
        return self._layout.offset_at(column, point.y() - self._text_top())

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        from PySide6.QtCore import Qt

        if self._layout is None:
            return
        self.setFocus()
        offset = self._offset_at(event.position().toPoint())
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier and self._anchor >= 0:
            self._caret = offset
        else:
            self._anchor = self._caret = offset
        self.viewport().update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._layout is not None and self._anchor >= 0 and event.buttons():
            self._caret = self._offset_at(event.position().toPoint())
            self.viewport().update()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        """The wheel turned down (or pushed left) moves on through the text, that is, leftwards."""
        pixels = event.pixelDelta()
        forward: float
        if not pixels.isNull():
            forward = -pixels.y() + pixels.x()
        else:
            delta = event.angleDelta()
            forward = (-delta.y() + delta.x()) / 120 * 3 * self.horizontalScrollBar().singleStep()
        self._set_scroll(self._scroll() + forward)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        from PySide6.QtCore import Qt

        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy()
            return
        if event.matches(QKeySequence.StandardKey.SelectAll):
            self.select_all()
            return
        bar, key = self.horizontalScrollBar(), Qt.Key(event.key())
        steps = {Qt.Key.Key_Left: bar.singleStep(), Qt.Key.Key_Down: bar.singleStep(),
                 Qt.Key.Key_Right: -bar.singleStep(), Qt.Key.Key_Up: -bar.singleStep(),
                 Qt.Key.Key_PageDown: bar.pageStep() - bar.singleStep(), Qt.Key.Key_Space: bar.pageStep() - bar.singleStep(),
                 Qt.Key.Key_PageUp: -(bar.pageStep() - bar.singleStep())}
        if key in steps:
            bar.setValue(bar.value() + steps[key])
        elif key == Qt.Key.Key_Home:
            bar.setValue(0)
        elif key == Qt.Key.Key_End:
            self.reveal_all()
            bar.setValue(bar.maximum())
        else:
            super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt override
        menu = self.context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self._layout is not None and abs(self._column_height() - self._layout.height) > 1:
            self._rerender()  # a new height: new columns
        else:
            self._update_range()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Follow the system's light/dark switch, as the horizontal view does."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            self._app_palette = QApplication.palette()
            self._apply_palette()
