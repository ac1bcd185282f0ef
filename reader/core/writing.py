"""The one way Reader writes a file: atomically, never over the article it reads.

Every file Reader writes (settings, exported facts, PDFs) goes through
``write_atomically``: the bytes go to a temporary file beside the target, are
flushed to disk, and only then renamed over it, so a crash or a ``kill -9`` at any
moment leaves either the old file or the new one, never half of one. A temporary
file orphaned by such a kill carries its writer's process id and is removed by the
next write to the same folder.

A symlinked target is written through to the file it points at (the link stays).
A target that is a protected file (the article on screen) by path, through a
symlink, or by inode (a hard link) is refused with ``WriteRefused``; anything the
OS refuses becomes ``WriteFailed`` with its reason. Nothing is written then.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path

from .errors import WriteFailed, WriteRefused

__all__ = ["clean_stale_temps", "is_same_file", "write_atomically", "write_target"]

_TEMP_SUFFIX = ".tmp"


def write_atomically(path: str | os.PathLike[str], data: bytes, *,
                     protect: Iterable[str | os.PathLike[str]] = ()) -> Path:
    """Write ``data`` to ``path`` (through a symlink) atomically; the path written.

    Raises WriteRefused when the target is one of ``protect``, WriteFailed when
    the OS refuses (a missing or read-only folder, a folder in its place…).
    """
    target = write_target(path)
    for kept in protect:
        if is_same_file(target, kept):
            raise WriteRefused(str(path))
    clean_stale_temps(target)
    tmp = target.parent / f".{target.name}.{os.getpid()}.{os.urandom(4).hex()}{_TEMP_SUFFIX}"
    try:
        _write_new(tmp, data, _mode_for(target))
        os.replace(tmp, target)
    except OSError as exc:
        _remove_quietly(tmp)
        raise WriteFailed(str(path), exc.strerror or type(exc).__name__) from None
    except BaseException:
        _remove_quietly(tmp)
        raise
    _sync_folder(target.parent)
    return target


def write_target(path: str | os.PathLike[str]) -> Path:
    """The file a write to ``path`` replaces: the symlink's target, or ``path`` itself.

    Raises WriteFailed when that is a folder, a device, a FIFO or a socket.
    """
    p = Path(path)
    target = Path(os.path.realpath(p)) if p.is_symlink() else p
    try:
        st = target.stat()
    except FileNotFoundError:
        return target
    except OSError as exc:
        raise WriteFailed(str(path), exc.strerror or type(exc).__name__) from None
    if stat.S_ISDIR(st.st_mode):
        raise WriteFailed(str(path), "is a folder")
    if not stat.S_ISREG(st.st_mode):
        raise WriteFailed(str(path), "not a regular file")
    return target


def is_same_file(a: str | os.PathLike[str], b: str | os.PathLike[str]) -> bool:
    """True when ``a`` and ``b`` name one file: the same resolved path or the same inode."""
    if os.path.realpath(a) == os.path.realpath(b):
        return True
    try:
        return os.path.samestat(os.stat(a), os.stat(b))
    except OSError:
        return False


def clean_stale_temps(target: Path) -> list[Path]:
    """Remove temporary files of ``target`` left by writers that no longer run; those removed."""
    removed = []
    try:
        candidates = list(target.parent.glob(f".{_glob_escape(target.name)}.*{_TEMP_SUFFIX}"))
    except OSError:
        return []
    for tmp in candidates:
        pid = tmp.name[len(target.name) + 2 :].split(".", 1)[0]
        if pid.isdigit() and not _running(int(pid)) and _remove_quietly(tmp):
            removed.append(tmp)
    return removed


# ---- Private API


def _write_new(tmp: Path, data: bytes, mode: int | None) -> None:
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o666)
    try:
        if mode is not None:
            os.fchmod(fd, mode)
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        os.fsync(fd)
    finally:
        os.close(fd)


def _mode_for(target: Path) -> int | None:
    """An existing file keeps its permissions; a new one gets the default (None: 0o666 less umask)."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        return None


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable; not every file system lets a folder be synced."""
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # someone else's process: alive
        return True
    return True


def _remove_quietly(path: Path) -> bool:
    try:
        path.unlink()
    except OSError:
        return False
    return True


def _glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)
