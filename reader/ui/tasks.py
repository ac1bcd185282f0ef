"""The ways long work keeps the window responsive.

- ``run_in_background``: a QThreadPool job, for work that lets the GIL go often (reading
  and parsing a file).
- ``StepRunner``: a generator of steps run a slice at a time on the GUI thread, for work
  that holds the GIL for long stretches in C (OpenCC's binding does): a worker thread
  would stall the window, and be slowed down by it.
- ``run_in_process``: a picklable core function in a helper process, for long pure-Python
  work (finding facts: whole-text regex scans hold the GIL for up to ~100 ms each).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QElapsedTimer, QObject, QRunnable, QThread, QThreadPool, QTimer, Signal

from ..core.steps import Steps, finish

if TYPE_CHECKING:  # the helper process's machinery loads when first used, not at start-up
    from concurrent.futures import Future, ProcessPoolExecutor

__all__ = ["LONG_TEXT_CHARS", "StepRunner", "run_in_background", "run_in_process", "stop_processes"]

LONG_TEXT_CHARS = 200_000
"""Articles longer than this are converted in slices and have their facts found aside."""


class _Relay(QObject):
    """Carries the result back: signals cross to the GUI thread through the event loop."""

    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # noqa: BLE001 - handed to the caller's on_failed
            self._deliver(self._relay.failed, exc)
        else:
            self._deliver(self._relay.done, result)

    @staticmethod
    def _deliver(signal: Any, value: Any) -> None:
        from contextlib import suppress

        with suppress(RuntimeError):  # the application is going away (its relay with it): nobody to tell
            signal.emit(value)


_live: set[_Relay] = set()
_stopping = False


def run_in_background(
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[Exception], None],
    owner: QObject | None = None,
) -> None:
    """Run ``work()`` on the global thread pool; call back on the GUI thread when it ends.

    The call back is skipped if ``owner`` (whose state it updates) is gone by then.
    """
    QThreadPool.globalInstance().start(_Job(work, _relay(on_done, on_failed, owner)))


def run_in_process(
    function: Callable[..., Any],
    args: tuple[Any, ...],
    on_done: Callable[[Any], None],
    on_failed: Callable[[Exception], None],
    owner: QObject,
) -> None:
    """Run ``function(*args)`` in the helper process; call back on the GUI thread when it ends.

    ``function`` and ``args`` travel by pickle: a core function and core data, no Qt.
    The call back comes from the event loop, never from inside this call (not even when
    the answer is back before it returns), and is skipped if ``owner`` (whose state it
    updates) is gone by then. The first call starts the helper from a worker thread: its
    imports and spawn would hold the window up to ~0.7 s.
    """
    if not _process_pool.cache_info().currsize:
        run_in_background(_start_pool, lambda _r: run_in_process(function, args, on_done, on_failed, owner),
                          on_failed, owner)
        return
    relay = _relay(on_done, on_failed, owner)

    def finished(future: Future[Any]) -> None:  # on the executor's own thread, or this one if done already
        from concurrent.futures.process import BrokenProcessPool

        exc = future.exception()
        if exc is None:
            _emit(relay.done, future.result(), relay)
            return
        if isinstance(exc, BrokenProcessPool) and not _stopping:  # it died: the next call starts another
            _process_pool.cache_clear()
        _emit(relay.failed, exc, relay)

    _process_pool().submit(function, *args).add_done_callback(finished)


def _emit(signal: Any, value: Any, relay: _Relay) -> None:
    """Send ``value`` through the event loop: from another thread the signal is queued; on the
    relay's own thread it is sent on the next turn, not from inside the caller."""
    if relay.thread() == QThread.currentThread():
        QTimer.singleShot(0, relay, lambda: signal.emit(value))
    else:
        signal.emit(value)


def _start_pool() -> None:
    """Start the helper process and wait for it (on a worker thread)."""
    import threading

    with _starting.setdefault("lock", threading.Lock()):
        _process_pool().submit(int).result()


_starting: dict[str, Any] = {}


def stop_processes() -> None:
    """At exit: end the helper process now, without waiting for work nobody will see."""
    global _stopping
    if _process_pool.cache_info().currsize:
        import multiprocessing

        _stopping = True
        _process_pool().shutdown(wait=False, cancel_futures=True)
        for child in multiprocessing.active_children():
            child.terminate()


def _release_pool() -> None:
    """atexit: after the executor's own exit hook has woken and joined its thread, but
    while the modules its clean-up needs still stand."""
    stop_processes()
    _process_pool.cache_clear()


@cache
def _process_pool() -> ProcessPoolExecutor:
    """One helper process, started on first use ("spawn": forking a Qt program is unsafe)."""
    import atexit
    import multiprocessing
    import os
    from concurrent.futures import ProcessPoolExecutor

    from ..helper import exit_with_parent

    atexit.register(_release_pool)
    return ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"),
                               initializer=exit_with_parent, initargs=(os.getpid(),))


def _relay(on_done: Callable[[Any], None], on_failed: Callable[[Exception], None],
           owner: QObject | None = None) -> _Relay:
    """What carries a job's outcome to its callbacks, always through the event loop.

    The connections are automatic, not ``Qt.ConnectionType.QueuedConnection``: building the Qt
    namespace cost a saved page ~45 ms before its first paint. A signal from a worker is queued
    all the same, and the one sender on this thread (a future already done) goes through ``_emit``.
    """
    relay = _Relay()
    _live.add(relay)

    def deliver(callback: Callable[[Any], None], value: Any) -> None:
        _live.discard(relay)
        if owner is None or shiboken6.isValid(owner):
            callback(value)

    relay.done.connect(lambda value: deliver(on_done, value))
    relay.failed.connect(lambda exc: deliver(on_failed, exc))
    return relay


class StepRunner(QObject):
    """Runs one generator of steps at a time, ``slice_ms`` of it per turn of the event loop."""

    def __init__(self, parent: QObject | None = None, slice_ms: int = 12) -> None:
        super().__init__(parent)
        self._slice_ms = slice_ms
        self._timer = QTimer(self, interval=0)
        self._timer.timeout.connect(self._step)
        self._steps: Steps[Any] | None = None
        self._on_done: Callable[[Any], None] = lambda _value: None
        self._on_failed: Callable[[Exception], None] = lambda _exc: None
        self._run = 0

    def start(self, steps: Steps[Any], on_done: Callable[[Any], None] = lambda _value: None,
              on_failed: Callable[[Exception], None] | None = None, *, at_once: bool = False) -> None:
        """Run ``steps``, dropping any still running: a newer request replaces an older one.

        ``at_once`` runs them to the end now (small work). Without ``on_failed`` an
        error propagates, as it would from the same call made at once.
        """
        if at_once:
            self.cancel()
            on_done(finish(steps))
            return
        self._steps, self._on_done, self._on_failed = steps, on_done, on_failed or _raise
        self._run += 1
        self._timer.start()

    def cancel(self) -> None:
        self._timer.stop()
        self._steps = None
        self._run += 1

    def _step(self) -> None:
        steps = self._steps
        assert steps is not None
        clock = QElapsedTimer()
        clock.start()
        try:
            while clock.elapsed() < self._slice_ms:
                next(steps)
        except StopIteration as stop:
            self.cancel()
            done, value, run = self._on_done, stop.value, self._run  # after cancel(): the run that ended
            # a turn of its own, not on top of this slice; unless a newer run replaced this one
            QTimer.singleShot(0, self, lambda: run == self._run and done(value))
        except Exception as exc:  # noqa: BLE001 - handed to the caller's on_failed
            self.cancel()
            self._on_failed(exc)


def _raise(exc: Exception) -> None:
    raise exc
