"""A build with nothing changed is not made again, and a build after an edit makes again only
what the edit changes: the memo of the last build (``memo.Memo``), keyed by its inputs.

The key is a hash of every file of the content folder (raw captures included: the capture
pages read them), of the site's settings, and of the archive's own code, templates,
catalogues and theme, with the versions of the libraries that shape the output. File hashes
are remembered with each file's size and modification time, so an unchanged file is not read
again (as ``git`` does). The cache lives in the cache folder (``.cache/archive`` beside
mkdocs.yml), never in ``content/``; deleting it only costs one full build. Every file here is
pickled, written whole by ``fsutil``'s atomic writer under its own lock (``_locked``).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path
from typing import TypeVar

from ..fsutil import LOCK_HOLDER, RACY_NS, files_under, lock_waiting, write_atomic
from .keys import digest as key_of
from .keys import sha256_file

T = TypeVar("T")
PACKAGE = Path(__file__).resolve().parent.parent
LIBRARIES = ("mkdocs", "mkdocs-material", "markdown", "jinja2", "babel", "pyyaml", "nh3",
             "pydantic")


@lru_cache(maxsize=1)
def _code_digest() -> str:
    """The archive's code as this process runs it (read once: a running process does not pick
    up edits to its modules)."""
    digest = hashlib.sha256()
    folders = [PACKAGE]
    theme = PACKAGE / "theme" if (PACKAGE / "theme").is_dir() else PACKAGE.parent / "theme"
    if theme.is_dir():
        folders.append(theme)
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if path.is_file() and path.suffix in (".py", ".md", ".po", ".json", ".html", ".css",
                                                  ".js"):
                digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
                digest.update(bytes.fromhex(sha256_file(path)))
    for name in LIBRARIES:
        try:
            digest.update(f"{name}={version(name)}\n".encode())
        except Exception:  # noqa: BLE001 - a library not installed under that name
            digest.update(f"{name}=?\n".encode())
    return digest.hexdigest()


class BuildCache:
    """The last generated site of a content folder, and the hashes of its files."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.hashes_path = folder / "file-hashes.pickle"
        self.site_path = folder / "memo.pickle"
        self.summary_path = folder / "summary.pickle"
        self.settings = ""
        """A hash of the site's settings and the code (``key`` sets it)."""

    def key(self, content: Path, settings: object) -> str:
        """The hash of everything the generated site depends on."""
        try:
            with self.hashes_path.open("rb") as handle:
                known = pickle.load(handle)
        except Exception:  # noqa: BLE001 - missing, damaged or from another version
            known = {}
        known = known if isinstance(known, dict) else {}
        current: dict[str, tuple[int, int, str]] = {}
        self.settings = key_of([repr(settings), _code_digest()])
        digest = hashlib.sha256(f"{self.settings}\0".encode())
        now = time.time_ns()
        for relative, path in files_under(content):
            if relative == LOCK_HOLDER:  # a writing command's name tag, not content
                continue
            try:
                stat = os.stat(path)
            except OSError:
                continue
            entry = known.get(relative)
            if entry and entry[0] == stat.st_size and entry[1] == stat.st_mtime_ns \
                    and now - stat.st_mtime_ns > RACY_NS:
                file_hash = entry[2]
            else:
                try:
                    file_hash = sha256_file(path)
                except OSError:
                    continue
            current[relative] = (stat.st_size, stat.st_mtime_ns, file_hash)
            digest.update(f"{relative}\0{file_hash}\n".encode())
        if current != known:
            _pickle_atomic(self.hashes_path, (current,))
        return digest.hexdigest()

    def counts_file(self) -> PartFile:
        """Where the search index's counts are kept (``key`` must have been called)."""
        return PartFile(self.folder / "search-counts.pickle", self.settings)

    def load(self, key: str) -> tuple[object | None, object | None]:
        """(the last site, if it was made under ``key``; else the memo to build from): the
        memo only if it was made with this build's settings and code. A build with nothing
        changed reads the site alone, not the rest of the memo."""
        try:
            with _locked(self.site_path, exclusive=False), self.site_path.open("rb") as handle:
                reader = pickle.Unpickler(handle)  # one memo across the parts (``store``)
                stored, settings = reader.load(), reader.load()
                if settings != self.settings:  # another build's memo is not unpickled
                    return None, None
                last = reader.load()
                if stored == key and last is not None:
                    return last, None
                return None, reader.load()
        except Exception:  # noqa: BLE001 - missing, damaged or from another version
            return None, None

    def summary(self, key: str) -> Summary | None:
        """What the last site holds, without its texts, if it was made under ``key`` (a
        command that wrote that site into a folder needs no more to know it is up to date)."""
        try:
            with _locked(self.summary_path, exclusive=False), \
                    self.summary_path.open("rb") as handle:
                stored, settings, found = pickle.load(handle)
            if stored != key or settings != self.settings:
                return None
            return found if isinstance(found, Summary) else None
        except Exception:  # noqa: BLE001 - missing, damaged or from another version
            return None

    def store(self, key: str, memo) -> None:
        """Keep ``memo`` (``memo.Memo``) under ``key`` (a build running beside this one
        never reads half a file: each writes its own temporary file and renames it). The key,
        the settings, the last site and the rest are written in that order by one pickler, so
        that the site is written once and can be read without the rest."""
        # the search index's counts are in a file of their own (``PartFile``)
        rest = memo.without("counts")
        _pickle_atomic(self.site_path, (key, self.settings, memo.last, rest))

    def store_summary(self, key: str, last) -> None:
        """Keep the names and report of ``last`` (``build.Generated``) under ``key``, in a
        file of their own: small, written before the memo is, so that a build with nothing
        to do right after this one need not wait for the memo (``summary``)."""
        summary = Summary(last.generation, list(last.pages), list(last.files), last.warnings,
                          last.search)
        _pickle_atomic(self.summary_path, ((key, self.settings, summary),))


@dataclass
class Summary:
    """A generated site's names and report, without its texts (``BuildCache.summary``)."""

    generation: str
    pages: list[str]
    files: list[str]
    warnings: list[str]
    search: object


LOCK_WAIT = 120.0
"""Seconds a build waits at most for a cache file another process is still writing (then it
reads the one before: each file is replaced whole, so it is never half written)."""


@contextlib.contextmanager
def _locked(path: Path, *, exclusive: bool) -> Iterator[None]:
    """Hold ``path``'s lock (``<path>.lock``, the file's own advisory lock): a writer alone,
    readers together. A build's cache is kept by a child that may outlive the command
    (``forked.leave_at_exit``); the next build waits for it here, and so reads what it kept."""
    try:
        if exclusive:
            path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(f"{path}.lock", os.O_RDWR | os.O_CREAT, 0o666)
    except OSError:  # no cache folder yet, or one that cannot be written: nothing to wait for
        yield
        return
    try:
        # past the wait, the one before is read: each file is replaced whole, never half
        lock_waiting(fd, exclusive=exclusive, timeout=LOCK_WAIT, poll=0.02)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def _pickle_atomic(path: Path, parts: tuple) -> None:
    """``parts`` pickled one after the other into ``path``, by one pickler (what they share is
    written once), through ``fsutil``'s atomic writer. A cache that cannot be written costs the
    next build its speed, nothing else."""
    def write(handle) -> None:
        writer = pickle.Pickler(handle, protocol=pickle.HIGHEST_PROTOCOL)
        for part in parts:
            writer.dump(part)

    with _locked(path, exclusive=True), contextlib.suppress(OSError, pickle.PicklingError):
        write_atomic(path, write, durable=False)


class PartFile:
    """A part of the memo kept in a file of its own (the search records' term counts and the
    last index's postings): only the process that makes the index (a second one, in a large
    archive) reads and writes them, so they never travel between processes."""

    def __init__(self, path: Path, settings: str) -> None:
        self.path = path
        self.settings = settings

    def load(self, empty: Callable[[], T]) -> T:
        """The part kept under these settings, else ``empty()``."""
        try:
            with _locked(self.path, exclusive=False), self.path.open("rb") as handle:
                reader = pickle.Unpickler(handle)
                if reader.load() != self.settings:
                    return empty()
                found = reader.load()
        except Exception:  # noqa: BLE001 - missing, damaged or from another version
            return empty()
        fresh = empty()
        return found if isinstance(found, type(fresh)) else fresh

    def store(self, part: object) -> None:
        _pickle_atomic(self.path, (self.settings, part))
