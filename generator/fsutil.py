"""Atomic file writes: a reader never sees half a file, a crash never leaves one."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path


def write_atomic(path: Path, data: str | bytes, *, durable: bool = True) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and a rename.

    ``durable`` also flushes the data to disk before the rename; generated files, which a
    build can always make again, skip that cost.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
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


def write_generated(root: Path, files: dict[str, str], owned: tuple[str, ...]) -> int:
    """Write ``files`` (paths relative to ``root``) where they changed, and delete the files
    under the ``owned`` folders of ``root`` that are no longer among them. Returns how many
    files were written. Only for folders the build makes wholly; never for curated content.
    """
    written = sum(write_if_changed(root / name, text, durable=False) for name, text in files.items())
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
