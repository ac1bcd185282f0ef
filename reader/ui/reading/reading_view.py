"""ReadingView: renders an Article and is the only place offsets become QTextCursors."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, QRect, QSizeF, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QContextMenuEvent,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QApplication, QMenu, QTextBrowser, QTextEdit, QWidget

from ...core.model import Article, Block, BlockKind
from .appearance import Appearance, themed_palette
from .highlights import FLASH, highlight_format
from .layout_pacer import STEP_CHARS, LayoutPacer

__all__ = ["ReadingView"]

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")

_FONTS = {
    "": ["Noto Serif CJK SC", "Noto Sans CJK SC", "Source Han Serif SC", "serif"],
    "tw": ["Noto Serif CJK TC", "Noto Sans CJK TC", "Source Han Serif TC", "serif"],
    "hk": ["Noto Serif CJK HK", "Noto Sans CJK HK", "Noto Serif CJK TC", "serif"],
}
# size adjustment (Qt's small … xx-large), line height %, top margin, bottom margin, bold
_STYLE: dict[BlockKind, tuple[int, int, int, int, bool]] = {
    BlockKind.TITLE: (3, 125, 12, 10, True),
    BlockKind.META: (-1, 150, 0, 24, False),
    BlockKind.LEDE: (1, 160, 0, 18, False),
    BlockKind.HEADING: (1, 140, 22, 10, True),
    BlockKind.PARAGRAPH: (0, 170, 0, 14, False),
    BlockKind.CAPTION: (-1, 150, 4, 18, False),
    BlockKind.ATTRIBUTION: (-1, 150, 8, 4, False),
    BlockKind.EDITOR: (-1, 150, 0, 24, False),
}
_MUTED = {BlockKind.META, BlockKind.CAPTION, BlockKind.ATTRIBUTION, BlockKind.EDITOR}
_PACED_CHARS = 60_000
"""Texts longer than this are laid out in slices, the window responding in between."""


class _Utf16Index:
    """Python offsets ↔ QTextDocument positions, which count UTF-16 units."""

    def __init__(self, text: str) -> None:
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]

    def to_position(self, offset: int) -> int:
        return offset + bisect_left(self._astral, offset)

    def to_offset(self, position: int) -> int:
        lo, hi = 0, len(self._astral)
        while lo < hi:  # count astral chars whose position lies before ``position``
            mid = (lo + hi) // 2
            if self._astral[mid] + mid < position:
                lo = mid + 1
            else:
                hi = mid
        offset = position - lo
        return offset - 1 if lo and self._astral[lo - 1] + lo > position else offset


class ReadingView(QTextBrowser):
    """A read-only page with typographic hierarchy and a centred, comfortable text column."""

    top_offset_changed = Signal(int)
    """The offset at the top of the view, after the user scrolled (debounced)."""

    positioned = Signal()
    """A shown article stands at the asked offset (a long one once laid out that far)."""

    painted = Signal()
    """A newly shown article has been painted (once per ``show_article``): later work may start.

    A view that is never painted (a minimised window) keeps that work, and the text below
    its first screen, waiting until it is.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._article: Article | None = None
        self._layers: dict[str, list[tuple[int, int, QTextCharFormat]]] = {}
        self._selections: dict[str, list[QTextEdit.ExtraSelection]] = {}
        self._menu_parts: list[Callable[[QMenu, int], None]] = []
        self.setObjectName("reading_view")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAcceptDrops(False)
        self.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.setAccessibleName(self.tr("Article text"))
        self._appearance = Appearance()
        self._restyling = False
        self._app_palette = self.palette()  # a copy (QPalette(...) would build Qt's enums, see docks.py)
        self.setPalette(themed_palette(self._app_palette, self._appearance.theme))
        self.setAutoFillBackground(True)
        self._index = _Utf16Index("")
        self._script = ""
        self._placing: tuple[int, tuple[int, int] | None] | None = None
        self._unpainted = False
        self._hidden_from = -1
        self._reveal_timer = QTimer(self, interval=0)
        self._reveal_timer.timeout.connect(self._reveal_some)
        self._built: QTextDocument | None = None
        self._pacer = LayoutPacer(self)
        self._pacer.reached.connect(self._place)
        self._pacer.finished.connect(self._apply_layers)
        self._zoom = 0
        self._letter_spacing = 100.0
        self._flash_timer = QTimer(self, singleShot=True)
        self._flash_timer.timeout.connect(lambda: self.set_layer("flash", []))
        self._scroll_timer = QTimer(self, singleShot=True, interval=60)
        self._scroll_timer.timeout.connect(lambda: self.top_offset_changed.emit(self.top_offset()))
        self.verticalScrollBar().valueChanged.connect(lambda _v: self._scroll_timer.start())
        self._apply_font()
        self.overlays: list[Callable[[QPainter, QRect], None]] = []
        """Painted over the text after it (readings above the words): called with the dirty rect."""

    # ---- Public API

    @property
    def article(self) -> Article | None:
        return self._article

    def show_article(self, article: Article, script: str = "", top: int = 0,
                     selection: tuple[int, int] | None = None) -> None:
        """Render ``article`` with ``top`` at the top and ``selection`` selected.

        ``script`` ("", "tw", "hk") picks regional glyph forms. A long article is
        laid out in slices and ``positioned`` follows once it stands at ``top``.
        """
        self._article = article
        self._unpainted = True
        self._index = _Utf16Index(article.text)
        self._layers.clear()
        self.setExtraSelections([])
        if script != self._script:
            self._script = script
            self._apply_font()
        self._render(article, top, selection)

    @property
    def awaiting_paint(self) -> bool:
        """An article was shown and is not on screen yet (``painted`` follows)."""
        return self._unpainted

    def pause_layout(self, paused: bool = True) -> None:
        """Stop (or go on) laying out the rest of a long text, e.g. while its successor is prepared."""
        if paused:
            self._pacer.pause()
        else:
            self._pacer.resume()

    def set_appearance(self, appearance: Appearance) -> None:
        """Apply a theme, font, line spacing and text width, keeping the reading position."""
        self._appearance = appearance
        self._apply_font()
        self._restyling = True
        self.setPalette(themed_palette(self._app_palette, appearance.theme))
        self._restyling = False
        self._update_margins()
        self._rerender()

    @property
    def appearance(self) -> Appearance:
        return self._appearance

    def set_letter_spacing(self, percent: float) -> None:
        """Space the characters (100: as the font has them), e.g. to make room for readings above."""
        if percent != self._letter_spacing:
            offset = self.top_offset()
            self._letter_spacing = percent
            if self.document().characterCount() < _PACED_CHARS:
                self._apply_font()
                self.scroll_to_offset(offset)
                return
            self._placing = (offset, None)  # a long text: laid out again in slices, placed once there
            self._apply_font()
            self._pacer.start(self.document(), self.offset_to_position(offset))

    def set_zoom(self, steps: int) -> None:
        """Zoom by whole steps from the base size; every block keeps its relative size."""
        offset = self.top_offset()
        self._zoom = max(-5, min(12, steps))
        self._apply_font()
        self.scroll_to_offset(offset)

    @property
    def zoom(self) -> int:
        return self._zoom

    def offset_to_position(self, offset: int) -> int:
        return self._index.to_position(offset)

    def position_to_offset(self, position: int) -> int:
        return self._index.to_offset(position)

    def cursor_for(self, start: int, end: int) -> QTextCursor:
        """A cursor selecting ``text[start:end]`` of the shown article."""
        cursor = QTextCursor(self.document())
        last = self.document().characterCount() - 1
        cursor.setPosition(min(self.offset_to_position(start), last))
        cursor.setPosition(min(self.offset_to_position(end), last), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def rect_of(self, offset: int) -> QRect:
        """Where the caret before ``offset`` stands, in viewport coordinates."""
        return self.cursorRect(self.cursor_for(offset, offset))

    def caret(self) -> tuple[int, int]:
        """The selection's anchor and moving end (the cursor's offset twice when nothing is selected)."""
        cursor = self.textCursor()
        return self.position_to_offset(cursor.anchor()), self.position_to_offset(cursor.position())

    def set_caret(self, anchor: int, caret: int) -> None:
        """Move the cursor to ``caret``, selecting from ``anchor`` (equal: no selection), and keep it in view."""
        self.setTextCursor(self.cursor_for(anchor, caret))
        self.ensureCursorVisible()

    def offset_at(self, point: QPoint) -> int:
        """The offset of the character boundary nearest ``point`` (viewport coordinates)."""
        return self.position_to_offset(self.cursorForPosition(point).position())

    def offset_at_char(self, point: QPoint) -> int:
        """The offset of the character under ``point`` (not the boundary nearest it)."""
        offset = self.offset_at(point)
        caret = self.rect_of(offset)
        before = offset > 0 and caret.left() > point.x() and caret.top() <= point.y() <= caret.bottom()
        return offset - 1 if before else offset

    def scroll_to_offset(self, offset: int) -> None:
        """Put the line holding ``offset`` at the top of the view (once laid out that far)."""
        if self._placing is not None:  # a jump while a long text is being placed: land there instead
            self._placing = (offset, self._placing[1])
            self._pacer.aim(self.offset_to_position(offset))
            return
        self.reveal_all()  # a jump needs the text down to a screen below where it lands
        self._scroll_now(offset)

    def _scroll_now(self, offset: int) -> None:
        position = min(self.offset_to_position(offset), self.document().characterCount() - 1)
        block = self.document().findBlock(position)
        if not block.isValid():
            return
        kept = self.textCursor()
        self.setTextCursor(QTextCursor(block))  # lays out up to here and widens the scroll range:
        self.setTextCursor(kept)  # long documents are laid out lazily, in the background
        top = self.document().documentLayout().blockBoundingRect(block).top()
        line = block.layout().lineForTextPosition(position - block.position())
        if line.isValid():
            top += line.y()
        self.verticalScrollBar().setValue(int(top))

    def top_offset(self) -> int:
        """The offset of the first character visible at the top (or about to be)."""
        if self._placing is not None:
            return self._placing[0]
        position = self.cursorForPosition(QPoint(0, 4)).position()
        if 0 <= self._hidden_from <= position:  # a hidden block has no place yet: it can match any point
            self.reveal_all()
            position = self.cursorForPosition(QPoint(0, 4)).position()
        return self.position_to_offset(position)

    def select_range(self, start: int, end: int) -> None:
        self.reveal_all()
        self.setTextCursor(self.cursor_for(start, end))

    def reveal_all(self) -> None:
        """Lay out now whatever is still hidden below the first screen (before printing, say)."""
        self._reveal(self.document().characterCount())

    def selected_range(self) -> tuple[int, int] | None:
        """The selection as offsets into the shown article, or None."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return (self.position_to_offset(cursor.selectionStart()),
                self.position_to_offset(cursor.selectionEnd()))

    def set_layer(self, name: str, spans: list[tuple[int, int, QTextCharFormat]]) -> None:
        """Replace one named layer of highlights (search hits, keywords, a flash)."""
        self._layers[name] = spans
        self._selections.pop(name, None)
        if not self._pacer.active:  # else at the end: placing them would lay all the text out at once
            self._apply_layers()

    def _apply_layers(self) -> None:
        """Each layer's selections are made once (a flash does not remake a thousand highlights)."""
        batch = QTextCursor(self.document())
        # Inside an edit block a new cursor skips working out its x position, which shapes its
        # line of text: a thousand highlights on a long text are placed in ~45 ms, not ~450.
        batch.beginEditBlock()
        for name, spans in self._layers.items():
            if name not in self._selections:
                self._selections[name] = [self._selection(start, end, fmt) for start, end, fmt in spans]
        batch.endEditBlock()
        self.setExtraSelections([sel for layer in self._selections.values() for sel in layer])

    def _selection(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        sel = QTextEdit.ExtraSelection()
        sel.cursor = self.cursor_for(start, end)
        sel.format = fmt
        return sel

    def add_menu_part(self, part: Callable[[QMenu, int], None]) -> None:
        """Let a feature add its section to the text's context menu: ``part(menu, offset under the pointer)``."""
        self._menu_parts.append(part)

    def context_menu(self, pos: QPoint) -> QMenu:
        """The context menu for viewport point ``pos``: Qt's own entries, then each part's section."""
        menu = self.createStandardContextMenu(pos)
        offset = self.position_to_offset(self.cursorForPosition(pos).position())
        for part in self._menu_parts:
            menu.addSeparator()
            part(menu, offset)
        return menu

    def flash(self, start: int, end: int, msec: int = 900) -> None:
        """Briefly mark ``text[start:end]`` so the eye finds where a jump landed."""
        self.set_layer("flash", [(start, end, highlight_format(FLASH))])
        self._flash_timer.start(msec)

    # ---- Private API

    def _apply_font(self) -> None:
        font = QFont()
        families = _FONTS.get(self._script, _FONTS[""])
        chosen = self._appearance.font_family
        font.setFamilies([chosen, *families] if chosen else families)
        font.setPointSizeF(self._appearance.font_size * (1.1 ** self._zoom))
        # Han text needs no shaping (one glyph per character, regional forms come from the
        # TC/HK families): skipping it lays a long text out in ~55 % of the time, same lines.
        font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
        if self._letter_spacing != 100.0:
            font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, self._letter_spacing)
        self.document().setDefaultFont(font)

    def _render(self, article: Article, top: int, selection: tuple[int, int] | None) -> None:
        """Swap in a freshly built document, then stand at ``top`` once it is laid out there."""
        self._pacer.stop()
        self._selections.clear()  # their cursors belong to the document being replaced
        paced = len(article.text) >= _PACED_CHARS
        self.viewport().setUpdatesEnabled(not paced)  # the old page stays until the new one is placed
        self.verticalScrollBar().setValue(0)  # else Qt lays the new text out down to the old position
        previous, self._built = self._built, self._build(article)
        self._reveal_timer.stop()
        self._hidden_from = -1
        first_screen = not paced and self.isVisible()
        if first_screen:
            self._hide_below(self.offset_to_position(top))
        self.setDocument(self._built)
        if previous is not None:  # Qt deletes only the first document, the one it made itself
            previous.deleteLater()
        self._placing = (top, selection)
        if paced:
            self._pacer.start(self.document(), self.offset_to_position(top))
        else:
            if first_screen:
                self._reveal_screen(self.offset_to_position(top))
            self._place()

    # The first screen first: Qt's first layout step covers ~2,000 px of text (three screens
    # here) before anything is painted. Blocks below the screen start hidden, which Qt's layout
    # skips, and are shown a slice per turn of the event loop once the first screen is painted.

    def _hide_below(self, position: int) -> None:
        """Hide the built document's blocks after the one holding ``position``."""
        assert self._built is not None
        block = self._built.findBlock(position).next()
        if block.isValid():
            self._hidden_from = block.position()
        while block.isValid():
            block.setVisible(False)
            block = block.next()

    def _reveal_screen(self, position: int) -> None:
        """Show hidden blocks until a screenful stands below the line holding ``position``."""
        layout = self.document().documentLayout()
        block = self.document().findBlock(position)
        bottom = layout.blockBoundingRect(block).top() + self.viewport().height()
        line = block.layout().lineForTextPosition(position - block.position())
        if line.isValid():  # where _scroll_now will put the top of the view
            bottom += line.y()
        while self._hidden_from >= 0:
            shown = self.document().findBlock(self._hidden_from).previous()
            if layout.blockBoundingRect(shown).bottom() >= bottom:
                break
            self._reveal(self._hidden_from + 1)

    def _reveal_some(self) -> None:
        self._reveal(self._hidden_from + STEP_CHARS)  # as much as a pacing step lays out

    def _reveal(self, position: int) -> None:
        """Show the hidden blocks that start before ``position`` (at least one), laid out at once."""
        if self._hidden_from < 0:
            return
        document = self.document()
        start = block = document.findBlock(self._hidden_from)
        while block.isValid() and (block == start or block.position() < position):
            block.setVisible(True)
            block = block.next()
        end = block.position() if block.isValid() else document.characterCount()
        self._hidden_from = block.position() if block.isValid() else -1
        if self._hidden_from < 0:
            self._reveal_timer.stop()
        document.markContentsDirty(start.position(), end - start.position())

    def _place(self) -> None:
        assert self._placing is not None
        top, selection = self._placing
        self._placing = None
        self._scroll_now(top)
        if selection is not None:
            self.select_range(*selection)
        self.viewport().setUpdatesEnabled(True)
        if not self._pacer.active:
            self._apply_layers()
        self.positioned.emit()

    def _build(self, article: Article) -> QTextDocument:
        """A detached document: the whole text in one insertion, then each block restyled.

        Blocks are lines of ``article.text`` (one newline apart, as the core builds
        them), so one insertion makes every block; only those that are not plain
        paragraphs need their formats set afterwards.
        """
        doc = QTextDocument(self)
        doc.setDefaultFont(self.document().defaultFont())
        doc.setDocumentMargin(24)
        doc.setPageSize(QSizeF(0, 0))  # no width, no layout: else the first cursor lays it all out unwrapped
        cursor = QTextCursor(doc)
        body = self._formats(Block(BlockKind.PARAGRAPH, 0, 0))
        formats = {(BlockKind.PARAGRAPH, 0): body}
        cursor.setBlockFormat(body[0])
        cursor.setBlockCharFormat(body[1])
        cursor.insertText(article.text, body[1])
        for block in article.blocks:
            key = (block.kind, block.level)
            if key not in formats:
                formats[key] = self._formats(block)
            block_format, char_format = formats[key]
            if formats[key] is not body:
                self._restyle(cursor, block.start, block.end, block_format, char_format)
            if block.credit and article.block_text(block).endswith(block.credit):
                self._restyle(cursor, block.end - len(block.credit), block.end, None,
                              self._credit_format(char_format))
        return doc

    def _restyle(self, cursor: QTextCursor, start: int, end: int,
                 block_format: QTextBlockFormat | None, char_format: QTextCharFormat) -> None:
        cursor.setPosition(self.offset_to_position(start))
        cursor.setPosition(self.offset_to_position(end), QTextCursor.MoveMode.KeepAnchor)
        if block_format is not None:
            cursor.setBlockFormat(block_format)
            cursor.setBlockCharFormat(char_format)
        cursor.setCharFormat(char_format)

    def _credit_format(self, fmt: QTextCharFormat) -> QTextCharFormat:
        """A photo credit reads quieter than its caption."""
        credit = QTextCharFormat(fmt)
        credit.setForeground(self._muted_brush())
        credit.setFontWeight(QFont.Weight.Light)
        return credit

    def _muted_brush(self) -> QBrush:
        """A brush, not a colour: converting a QColor argument builds Qt's enums (see docks.py)."""
        return self.palette().brush(QPalette.ColorRole.PlaceholderText)

    def _formats(self, block: Block) -> tuple[QTextBlockFormat, QTextCharFormat]:
        size, line_height, top, bottom, bold = _STYLE[block.kind]
        block_format = QTextBlockFormat()
        block_format.setLineHeight(line_height * self._appearance.line_factor, 1)  # 1 = ProportionalHeight
        block_format.setTopMargin(top)
        block_format.setBottomMargin(bottom)
        if block.kind is BlockKind.HEADING and block.level > 1:
            size = max(0, size - block.level + 1)
        char_format = QTextCharFormat()
        char_format.setProperty(QTextFormat.Property.FontSizeAdjustment, size)
        char_format.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        if block.kind in _MUTED:
            char_format.setForeground(self._muted_brush())
        if block.kind is BlockKind.CAPTION:
            block_format.setLeftMargin(24)
            block_format.setRightMargin(24)
        return block_format, char_format

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if self.overlays:
            painter = QPainter(self.viewport())
            try:
                for overlay in self.overlays:
                    overlay(painter, event.rect())
            finally:
                painter.end()
        if self._hidden_from >= 0 and not self._reveal_timer.isActive():
            self._reveal_timer.start()  # the rest of the text, now the first screen is out
        if self._unpainted and self._placing is None:
            self._unpainted = False
            self.painted.emit()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt override
        menu = self.context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Follow the system's light/dark switch: muted colours come from the palette."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            self._app_palette = QApplication.palette()
            self.setPalette(themed_palette(self._app_palette, self._appearance.theme))
        elif event.type() == QEvent.Type.PaletteChange and not self._restyling:
            self._rerender()

    def _rerender(self) -> None:
        """Render again in place: same article, same reading position, same highlights."""
        if self._article is None:
            return
        self._render(self._article, self.top_offset(), None)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        self._update_margins()
        super().resizeEvent(event)
        self._pacer.rewind()  # a new width starts the layout afresh: pace it from the top again

    def _update_margins(self) -> None:
        """Keep a comfortable measure: at most the chosen number of characters per line."""
        em = QFontMetricsF(self.document().defaultFont()).horizontalAdvance("中")
        side = max(0, int((self.width() - self._appearance.width_em * em) / 2))
        self.setViewportMargins(side, 0, side, 0)
