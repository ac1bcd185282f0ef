"""ReadingFeed: the readings above the text, read in the helper process a piece at a time.

g2pM's model is pure Python over NumPy: a clause takes 10–20 ms, and 左传 takes minutes.
Run on the GUI thread, even in slices, one clause under load held the window over
100 ms. So the window only asks: the helper process reads one piece (a few hundred
characters) per call and the window pastes the syllables in. The piece in view (or
nearest it) is always asked for next, so what the reader looks at reads first.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable

from PySide6.QtCore import QObject

from ...core.words import Words
from ...core.words.readings import piece_readings, reading_pieces
from ..reading.reading_aid import ReadingAid
from ..tasks import run_in_process

__all__ = ["ReadingFeed"]


class ReadingFeed(QObject):
    """Fills ``aid`` with the readings of one text in one mode, the part in view first."""

    def __init__(self, aid: ReadingAid, on_failed: Callable[[Exception], None], parent: QObject) -> None:
        super().__init__(parent)
        self._aid = aid
        self._on_failed = on_failed
        self._text = ""
        self._words = Words()
        self._mode = ""
        self._pieces: list[tuple[int, int]] = []
        self._left: set[int] = set()
        self._asking = False
        self._run = 0

    # ---- Public API

    def start(self, text: str, words: Words, mode: str) -> None:
        """Read ``text`` (its ``words`` keep phrases whole) in ``mode``: pinyin, zhuyin or jyutping."""
        self._run += 1
        self._text, self._words, self._mode = text, words, mode
        self._pieces = reading_pieces(text)
        self._left = set(range(len(self._pieces)))
        self._aid.set_readings([""] * len(text))
        if not self._asking:
            self._ask()

    def cancel(self) -> None:
        self._run += 1
        self._left.clear()

    @property
    def done(self) -> bool:
        return not self._left and not self._asking

    # ---- Private API

    def _next_piece(self) -> int:
        """The piece still to read that is in view, or the nearest after it (then before it)."""
        first, _last = self._aid.visible_range()
        here = max(0, bisect_right(self._pieces, (first, len(self._text))) - 1)
        after = [k for k in self._left if k >= here]
        return min(after) if after else max(self._left)

    def _ask(self) -> None:
        if not self._left:
            return
        index = self._next_piece()
        self._left.discard(index)
        start, end = self._pieces[index]
        a, b = bisect_left(self._words.starts, start), bisect_left(self._words.starts, end)
        starts = [s - start for s in self._words.starts[a:b]]
        ends = [min(e, end) - start for e in self._words.ends[a:b]]
        run, self._asking = self._run, True

        def arrived(syllables: list[str]) -> None:
            self._asking = False
            if run == self._run:
                self._aid.fill(start, syllables)
            self._ask()

        def failed(exc: Exception) -> None:
            self._asking = False
            if run == self._run:
                self._left.clear()
                self._on_failed(exc)
            else:
                self._ask()

        run_in_process(piece_readings, (self._text[start:end], starts, ends, self._mode), arrived, failed,
                       owner=self)
