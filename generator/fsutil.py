"""Atomic file writes: a reader never sees half a file, a crash never leaves one."""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import socket
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

try:
    import fcntl
except ImportError:  # Windows: one writer at a time is then the user's to keep
    fcntl = None


RACY_NS = 2_000_000_000
"""A file modified less than this long ago (ns) is not taken on its size and time alone
(it may change again within the same tick of the clock, keeping both: git's "racy" files)."""

_TEMPORARY = itertools.count()


def _replace(path: str, raw: bytes | Callable[[BinaryIO], None], mode: int | None, *,
             durable: bool) -> None:
    """``raw`` into ``path`` through a hidden temporary file beside it (``.<name>.<n>.tmp``,
    created exclusively, so no two writers share one) and a rename. ``mode``: the mode the
    file had (None for a new file, which gets what the user's umask gives). A few system calls
    a file: a build writes tens of thousands of them. ``raw`` may also be a function that
    writes the file's bytes to the binary file it is given (a stream, not held whole)."""
    folder, name = os.path.split(path)
    while True:
        tmp = os.path.join(folder, f".{name}.{os.getpid()}-{next(_TEMPORARY)}.tmp")
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                         0o666 if mode is None else 0o600)
            break
        except FileExistsError:  # left by an interrupted writer of an earlier process
            continue
    try:
        try:
            if mode is not None and hasattr(os, "fchmod"):
                os.fchmod(fd, mode)
            if callable(raw):
                with os.fdopen(os.dup(fd), "wb") as stream:
                    raw(stream)
            else:
                view = memoryview(raw)
                while view:
                    view = view[os.write(fd, view):]
            if durable:
                os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _mode(path: str) -> int | None:
    try:
        return os.stat(path).st_mode & 0o777
    except OSError:
        return None


def write_atomic(path: Path, data: str | bytes | Callable[[BinaryIO], None], *,
                 durable: bool = True) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and a rename
    (a file that exists keeps its mode). ``data`` may be a function that writes the bytes to
    the binary file it is given.

    ``durable`` also flushes the data to disk before the rename; generated files, which a
    build can always make again, skip that cost.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    _replace(os.fspath(path), raw, _mode(os.fspath(path)), durable=durable)


def _write_if_changed(path: str, raw: bytes, *, durable: bool) -> bool:
    try:
        stat = os.stat(path)
    except FileNotFoundError:
        _replace(path, raw, None, durable=durable)
        return True
    if stat.st_size == len(raw):
        with open(path, "rb") as handle:
            if handle.read() == raw:
                return False
    _replace(path, raw, stat.st_mode & 0o777, durable=durable)
    return True


def write_if_changed(path: Path, data: str | bytes, *, durable: bool = True) -> bool:
    """Write atomically unless the file already holds exactly ``data``; return whether it wrote.

    Skipping identical writes matters beyond speed: ``mkdocs serve`` watches the generated
    folder, and rewriting unchanged files would trigger an endless rebuild loop.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return _write_if_changed(os.fspath(path), raw, durable=durable)


def write_changed(root: Path, files: dict[str, str | bytes],
                  unchanged: set[str] | frozenset[str] = frozenset()) -> int:
    """Write ``files`` (paths relative to ``root``) where they changed; ``unchanged``: names
    known to be in ``root`` with their text already, not looked at. Returns how many were
    written."""
    folder = os.fspath(root)
    made: set[str] = set()  # folders known to exist
    written = 0
    for name, text in files.items():
        if name in unchanged:
            continue
        path = os.path.join(folder, name)
        parent = os.path.dirname(path)
        if parent not in made:
            os.makedirs(parent, exist_ok=True)
            made.add(parent)
        raw = text.encode("utf-8") if isinstance(text, str) else text
        written += _write_if_changed(path, raw, durable=False)
    return written


def files_under(top: Path | str) -> Iterator[tuple[str, str]]:
    """(path relative to ``top`` with "/", full path) of every file under ``top``, folders
    and names in sorted order; paths as strings (a build walks tens of thousands)."""
    top = os.fspath(top)
    for root, folders, names in os.walk(top):
        folders.sort()
        inside = os.path.relpath(root, top).replace(os.sep, "/")
        inside = "" if inside == "." else f"{inside}/"
        for name in sorted(names):
            yield inside + name, os.path.join(root, name)


def write_generated(root: Path, files: dict[str, str], owned: tuple[str, ...],
                    unchanged: set[str] | frozenset[str] = frozenset(),
                    gone: set[str] | None = None) -> int:
    """Write ``files`` (paths relative to ``root``) where they changed, and delete the files
    under the ``owned`` folders of ``root`` that are no longer among them. Returns how many
    files were written. Only for folders the build makes wholly; never for curated content.
    ``unchanged``: names known to be there with their text already (not looked at).
    ``gone``: the names of the last write into ``root`` that ``files`` lacks, when they are
    known; only they are deleted then, instead of looking through the folders.
    """
    written = write_changed(root, files, unchanged)
    if gone is not None:
        for name in gone:
            if name not in files and name.split("/", 1)[0] in owned:
                (root / name).unlink(missing_ok=True)
        return written
    for folder in owned:
        base = root / folder
        for path in sorted(base.rglob("*")) if base.is_dir() else []:
            if path.is_file() and path.relative_to(root).as_posix() not in files:
                path.unlink()
    return written


LOCK_HOLDER = ".archive-lock"
"""The file in a content folder that names the command holding it (process id, command line,
since when), there only while a writing command runs (or after one was killed: the next
command takes the lock over and writes its own)."""


def lock_holder(content: Path) -> str:
    """Who holds ``content``'s lock, in words: "process 4711 (archive ingest ...), since
    19:40:02", or what is known when the holder left no name."""
    try:
        holder = json.loads((content / LOCK_HOLDER).read_text(encoding="utf-8"))
        pid, command, since = int(holder["pid"]), str(holder["command"]), str(holder["since"])
    except (OSError, ValueError, KeyError, TypeError):
        return "a command that did not say which"
    alive = _alive(pid) if holder.get("host") == socket.gethostname() else True
    state = "" if alive else ", which has ended (a process it started may still hold the lock)"
    return f"process {pid} ({command}), since {since}{state}"


def _shorten(command: str, limit: int = 120) -> str:
    return command if len(command) <= limit else command[: limit - 1] + "…"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process
        return True
    return True


def lock_waiting(fd: int, *, exclusive: bool, timeout: float, poll: float,
                 waiting: Callable[[], None] | None = None) -> bool:
    """Take the advisory lock of the open file ``fd`` (a writer alone, readers together),
    waiting up to ``timeout`` seconds (``waiting()`` is called while it waits); whether it
    was taken. The archive's one way to wait for a lock: the content folder's and the cache
    files'. Closing ``fd`` releases it."""
    if fcntl is None:
        return True
    deadline = time.monotonic() + timeout
    while True:
        try:
            fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            if waiting is not None:
                waiting()
            if time.monotonic() > deadline:
                return False
            time.sleep(poll)


@contextlib.contextmanager
def content_lock(content: Path, *, on_wait: Callable[[str], None] | None = None,
                 timeout: float = 3600.0, command: str | None = None) -> Iterator[None]:
    """Hold ``content`` for one writing command at a time (ingest, mentions, assign): a
    second one waits (``on_wait`` is told who holds it, at first and whenever the holder
    changes) instead of both creating the same article.

    The lock is the folder's own advisory lock, held by this process alone: its descriptor is
    never inherited (worker processes are started without it, ``generator.workers``), so the
    lock goes when this process goes, however it ends. While held, ``LOCK_HOLDER`` names the
    holder. Raises TimeoutError after ``timeout`` seconds."""
    if fcntl is None or not content.is_dir():
        yield
        return
    fd = os.open(content, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    holder = content / LOCK_HOLDER
    try:
        told = [None]

        def waiting() -> None:
            if on_wait is not None and (who := lock_holder(content)) != told[0]:
                on_wait(who)
                told[0] = who

        if not lock_waiting(fd, exclusive=True, timeout=timeout, poll=0.2, waiting=waiting):
            raise TimeoutError(f"{content} stayed locked for {timeout:.0f} s by "
                               f"{lock_holder(content)}")
        with contextlib.suppress(OSError):
            write_atomic(holder, json.dumps({
                "pid": os.getpid(), "host": socket.gethostname(),
                "command": _shorten(command or " ".join(["archive", *sys.argv[1:]])),
                "since": time.strftime("%Y-%m-%d %H:%M:%S"),
            }), durable=False)
        try:
            yield
        finally:
            with contextlib.suppress(OSError):
                holder.unlink()
    finally:
        os.close(fd)  # closing releases the lock


def remove_stale_temporaries(content: Path) -> list[Path]:
    """Delete what an interrupted write left: the hidden ``.<name>.<random>.tmp`` file beside
    the file it was for.
    Only under the content lock: no other writer can be mid-write then."""
    removed = []
    for path in sorted(content.rglob(".*.tmp")) if content.is_dir() else []:
        if path.is_file():
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed
