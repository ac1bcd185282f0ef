"""The ways long work keeps the window responsive: steps on the GUI thread, a helper process."""

from __future__ import annotations

import os

from PySide6.QtCore import QObject

from reader.ui.tasks import StepRunner, run_in_process


def test_step_runner_delivers_only_the_newest_run(qtbot) -> None:  # type: ignore[no-untyped-def]
    def counting(name: str, steps: int):  # type: ignore[no-untyped-def]
        for _ in range(steps):
            yield
        return name

    runner = StepRunner(slice_ms=1)
    results: list[str] = []
    runner.start(counting("old", 10**6), results.append, lambda exc: results.append(repr(exc)))
    runner.start(counting("new", 50), results.append, lambda exc: results.append(repr(exc)))
    qtbot.waitUntil(lambda: results == ["new"], timeout=5000)
    runner.start(counting("cancelled", 5), results.append, lambda exc: results.append(repr(exc)))
    runner.cancel()
    qtbot.wait(50)
    assert results == ["new"]


def test_call_backs_come_from_the_event_loop(qtbot) -> None:  # type: ignore[no-untyped-def]
    from reader.ui.tasks import _emit, _relay

    results: list[int] = []
    relay = _relay(results.append, print)
    _emit(relay.done, 1, relay)  # as a future done before add_done_callback() does: at once, on this thread
    assert results == []  # not from inside the caller's call
    qtbot.waitUntil(lambda: results == [1], timeout=5000)


def test_no_call_back_once_its_owner_is_gone(qtbot) -> None:  # type: ignore[no-untyped-def]
    import shiboken6

    results: list[int] = []
    errors: list[Exception] = []
    witness = QObject()
    run_in_process(pow, (2, 1), results.append, errors.append, owner=witness)
    qtbot.waitUntil(lambda: bool(results or errors), timeout=60000)  # the helper process is up
    owner = QObject()
    run_in_process(pow, (3, 3), results.append, errors.append, owner=owner)
    shiboken6.delete(owner)  # before its answer can arrive: that takes a turn of the event loop
    run_in_process(pow, (2, 2), results.append, errors.append, owner=witness)
    qtbot.waitUntil(lambda: 4 in results or bool(errors), timeout=60000)
    qtbot.wait(50)
    assert (results, errors) == ([2, 4], [])  # the owner's call came back too, unheard


def _die() -> None:
    os._exit(3)  # as a helper that crashes would


def test_a_helper_that_dies_is_replaced_by_the_next_call(qtbot) -> None:  # type: ignore[no-untyped-def]
    owner = QObject()
    results: list[int] = []
    errors: list[Exception] = []
    run_in_process(_die, (), results.append, errors.append, owner=owner)
    qtbot.waitUntil(lambda: len(errors) == 1, timeout=60000)
    run_in_process(pow, (2, 10), results.append, errors.append, owner=owner)
    qtbot.waitUntil(lambda: results == [1024], timeout=60000)
    assert len(errors) == 1
