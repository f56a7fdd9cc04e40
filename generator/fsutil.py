"""Atomic file writes: a reader never sees half a file, a crash never leaves one."""

from __future__ import annotations

import hashlib
import os
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: one writer at a time is then the user's to keep
    fcntl = None


def _new_file_mode(path: Path) -> int:
    """The mode a file written at ``path`` should have: the one it has, else what the user's
    umask gives a new file (a temporary file is created 0600, which would stick)."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_atomic(path: Path, data: str | bytes, *, durable: bool = True) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and a rename.

    ``durable`` also flushes the data to disk before the rename; generated files, which a
    build can always make again, skip that cost.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    mode = _new_file_mode(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as handle:
            handle.write(raw)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_if_changed(path: Path, data: str | bytes, *, durable: bool = True) -> bool:
    """Write atomically unless the file already holds exactly ``data``; return whether it wrote.

    Skipping identical writes matters beyond speed: ``mkdocs serve`` watches the generated
    folder, and rewriting unchanged files would trigger an endless rebuild loop.
    """
    raw = data.encode("utf-8") if isinstance(data, str) else data
    try:
        if path.read_bytes() == raw:
            return False
    except FileNotFoundError:
        pass
    write_atomic(path, raw, durable=durable)
    return True


def write_changed(root: Path, files: dict[str, str | bytes],
                  unchanged: set[str] | frozenset[str] = frozenset()) -> int:
    """Write ``files`` (paths relative to ``root``) where they changed; ``unchanged``: names
    known to hold their text already, only checked to exist. Returns how many were written."""
    folder = os.fspath(root)
    return sum(write_if_changed(root / name, text, durable=False)
               for name, text in files.items()
               if name not in unchanged or not os.path.isfile(os.path.join(folder, name)))


def write_generated(root: Path, files: dict[str, str], owned: tuple[str, ...],
                    unchanged: set[str] | frozenset[str] = frozenset(),
                    gone: set[str] | None = None) -> int:
    """Write ``files`` (paths relative to ``root``) where they changed, and delete the files
    under the ``owned`` folders of ``root`` that are no longer among them. Returns how many
    files were written. Only for folders the build makes wholly; never for curated content.
    ``unchanged``: names known to hold their text already (only checked to exist).
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


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 16), b""):
            digest.update(chunk)
    return digest.hexdigest()


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@contextmanager
def content_lock(content: Path, *, on_wait: Callable[[], None] | None = None,
                 timeout: float = 3600.0) -> Iterator[None]:
    """Hold ``content`` for one writing command at a time (ingest, mentions, assign): a
    second one waits (``on_wait`` is called once) instead of both creating the same article.
    The lock is the folder's own advisory lock: no lock file is left behind, and a killed
    process releases it. Raises TimeoutError after ``timeout`` seconds."""
    if fcntl is None or not content.is_dir():
        yield
        return
    fd = os.open(content, os.O_RDONLY)
    try:
        deadline = time.monotonic() + timeout
        waited = False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if not waited and on_wait is not None:
                    on_wait()
                waited = True
                if time.monotonic() > deadline:
                    raise TimeoutError(f"{content} stayed locked for {timeout:.0f} s") from None
                time.sleep(0.2)
        yield
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
