"""ReadingPane: the page the window talks to, showing the article horizontally or in vertical columns.

Both views answer the same calls (``Page``); the pane passes each to the one on
screen and keeps what must survive a swap — the article, the named highlight
layers, the appearance and zoom — so switching layout is a swap at the same
reading position, not a second copy of every feature. The vertical view is
built (and its module loaded) only when first asked for.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QPoint, QRect, Signal
from PySide6.QtGui import QPainter, QTextCharFormat
from PySide6.QtWidgets import QMenu, QStackedWidget, QWidget

from ...core.model import Article
from .appearance import Appearance
from .reading_view import ReadingView

if TYPE_CHECKING:
    from .vertical_view import VerticalView

__all__ = ["Page", "PageView", "ReadingPane"]

Spans = list[tuple[int, int, QTextCharFormat]]


class Page(Protocol):
    """What the window, its controllers and the pane ask of a reading view."""

    def show_article(self, article: Article, script: str = "", top: int = 0,
                     selection: tuple[int, int] | None = None) -> None: ...
    def top_offset(self) -> int: ...
    def scroll_to_offset(self, offset: int) -> None: ...
    def select_range(self, start: int, end: int) -> None: ...
    def selected_range(self) -> tuple[int, int] | None: ...
    def set_layer(self, name: str, spans: Spans) -> None: ...
    def flash(self, start: int, end: int, msec: int = 900) -> None: ...
    def ensureCursorVisible(self) -> None: ...  # noqa: N802 - Qt's name, which ReadingView has
    def set_appearance(self, appearance: Appearance) -> None: ...
    def set_zoom(self, steps: int) -> None: ...
    def pause_layout(self, paused: bool = True) -> None: ...
    def reveal_all(self) -> None: ...
    @property
    def zoom(self) -> int: ...
    @property
    def awaiting_paint(self) -> bool: ...


class PageView(Page, Protocol):
    """What the word tools ask of the view on screen (``ReadingPane.current``), either layout."""

    overlays: list[Callable[[QPainter, QRect], None]]
    def viewport(self) -> QWidget: ...
    def offset_at(self, point: QPoint) -> int: ...
    def offset_at_char(self, point: QPoint) -> int: ...
    def rect_of(self, offset: int) -> QRect: ...
    def caret(self) -> tuple[int, int]: ...
    def set_caret(self, anchor: int, caret: int) -> None: ...
    def context_menu(self, pos: QPoint) -> QMenu: ...


class ReadingPane(QStackedWidget):
    """The reading view on screen, horizontal or vertical, behind one interface."""

    top_offset_changed = Signal(int)
    positioned = Signal()
    painted = Signal()
    layout_changed = Signal(bool)
    """The pane switched layout: True for vertical."""
    view_built = Signal(object)
    """The vertical view was built (on first use): watchers of the views may watch it too."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reading_pane")
        self.horizontal = ReadingView(self)
        self._vertical: VerticalView | None = None
        self._menu_parts: list[Callable[[QMenu, int], None]] = []
        self._layers: dict[str, Spans] = {}
        self._shown: tuple[Article, str] | None = None
        self._stale: set[int] = set()  # ids of views whose article is not the shown one
        self._appearance = Appearance()
        self._zoom = 0
        self._listen(self.horizontal)
        self.addWidget(self.horizontal)
        self.setFocusProxy(self.horizontal)

    # ---- Public API: the layout

    @property
    def vertical(self) -> bool:
        return self._vertical is not None and self.currentWidget() is self._vertical

    def set_vertical(self, on: bool, *, carry: bool = True) -> None:
        """Show the article in columns (or lines) from here on, at the same place, selection and highlights.

        Without ``carry`` only the layout changes: the next ``show_article`` fills it.
        """
        if on == self.vertical:
            return
        old = self.current
        top, selection, self._zoom = old.top_offset(), old.selected_range(), old.zoom
        new = self._vertical_view() if on else self.horizontal
        if new.appearance != self._appearance:
            new.set_appearance(self._appearance)
        if new.zoom != self._zoom:
            new.set_zoom(self._zoom)
        self.setCurrentWidget(new)
        self.setFocusProxy(new)
        if carry and self._shown is not None:
            article, script = self._shown
            new.show_article(article, script, top, selection)
            self._stale.discard(id(new))
            for name, spans in self._layers.items():
                new.set_layer(name, spans)
        self.layout_changed.emit(on)

    def views(self) -> list[ReadingView | VerticalView]:
        """The views built so far (the vertical one is built when first asked for)."""
        return [self.horizontal] if self._vertical is None else [self.horizontal, self._vertical]

    @property
    def current(self) -> ReadingView | VerticalView:
        """The view on screen."""
        return self._vertical if self.vertical and self._vertical is not None else self.horizontal

    def horizontal_view(self) -> ReadingView:
        """The horizontal view holding the shown article (for printing: Qt prints its document)."""
        if id(self.horizontal) in self._stale and self._shown is not None:
            self.horizontal.show_article(*self._shown)
            self._stale.discard(id(self.horizontal))
        return self.horizontal

    # ---- Public API: the Page calls, passed to the view on screen

    @property
    def article(self) -> Article | None:
        return self._shown[0] if self._shown else None

    def show_article(self, article: Article, script: str = "", top: int = 0,
                     selection: tuple[int, int] | None = None) -> None:
        self._shown = (article, script)
        self._layers.clear()
        self._stale = {id(view) for view in (self.horizontal, self._vertical) if view is not None}
        self.current.show_article(article, script, top, selection)
        self._stale.discard(id(self.current))

    def top_offset(self) -> int:
        return self.current.top_offset()

    def scroll_to_offset(self, offset: int) -> None:
        self.current.scroll_to_offset(offset)

    def select_range(self, start: int, end: int) -> None:
        self.current.select_range(start, end)

    def selected_range(self) -> tuple[int, int] | None:
        return self.current.selected_range()

    def add_menu_part(self, part: Callable[[QMenu, int], None]) -> None:
        """A feature's section of the context menu, in either layout: ``part(menu, offset under the pointer)``."""
        self._menu_parts.append(part)
        for view in self.views():
            view.add_menu_part(part)

    def set_layer(self, name: str, spans: Spans) -> None:
        """Replace one named layer of highlights; it stays across a switch of layout."""
        self._layers[name] = spans
        self.current.set_layer(name, spans)

    def flash(self, start: int, end: int, msec: int = 900) -> None:
        self.current.flash(start, end, msec)

    def ensureCursorVisible(self) -> None:  # noqa: N802 - Qt's name, as the views have it
        self.current.ensureCursorVisible()

    def set_appearance(self, appearance: Appearance) -> None:
        self._appearance = appearance
        self.current.set_appearance(appearance)

    @property
    def appearance(self) -> Appearance:
        return self._appearance

    def set_zoom(self, steps: int) -> None:
        self._zoom = max(-5, min(12, steps))
        self.current.set_zoom(self._zoom)

    @property
    def zoom(self) -> int:
        return self.current.zoom

    def pause_layout(self, paused: bool = True) -> None:
        self.current.pause_layout(paused)

    def reveal_all(self) -> None:
        self.current.reveal_all()

    @property
    def awaiting_paint(self) -> bool:
        return self.current.awaiting_paint

    # ---- Private API

    def _vertical_view(self) -> VerticalView:
        if self._vertical is None:
            from .vertical_view import (
                VerticalView,  # loaded when first asked for, never at start-up
            )

            self._vertical = VerticalView(self)
            for part in self._menu_parts:
                self._vertical.add_menu_part(part)
            self._listen(self._vertical)
            self.addWidget(self._vertical)
            self.view_built.emit(self._vertical)
        return self._vertical

    def _listen(self, view: ReadingView | VerticalView) -> None:
        """Pass on the view's signals while it is the one on screen."""
        def top_changed(offset: int) -> None:
            if view is self.current:
                self.top_offset_changed.emit(offset)

        def positioned() -> None:
            if view is self.current:
                self.positioned.emit()

        def painted() -> None:
            if view is self.current:
                self.painted.emit()

        view.top_offset_changed.connect(top_changed)
        view.positioned.connect(positioned)
        view.painted.connect(painted)
