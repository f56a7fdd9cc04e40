"""The archive's one hash: of bytes, of text, of a file, and of a sequence of parts (the key
of a piece of work is the hash of everything it depends on)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def sha256_file(path: str | Path) -> str:
    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def digest(parts: Iterable[str | bytes]) -> str:
    """The key of ``parts``, each ended by a NUL (so that ("ab", "c") and ("a", "bc") differ)."""
    found = hashlib.sha256()
    for part in parts:
        found.update(part if isinstance(part, bytes) else part.encode("utf-8", "surrogatepass"))
        found.update(b"\0")
    return found.hexdigest()
