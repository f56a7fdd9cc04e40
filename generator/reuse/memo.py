"""What one generation of the archive keeps for the next, so that a build after a small edit
does the work of that edit, not of the archive.

A ``Memo`` holds, for one content folder and one set of site settings:

- tables of remembered work (``Kept``), one per kind: what loading learned of each unchanged
  file, each page by the key of its inputs, each article's citation files and rows of the
  data files, each capture's compressed copy. A producer asks ``get_or_make(key, make)``:
  the key hashes everything the value depends on, so a value found under it is right, and a
  generation only decides what is let go (what it did not ask for);
- the producers' own memos (``part``), for work that is patched rather than looked up: the
  search index's counts and postings, the near-duplicate sketches;
- the last generated site (``last``), to tell which pages and files changed.

``mkdocs serve`` keeps one in memory; ``python -m generator build`` and ``mkdocs build`` keep
one in the cache folder (``cache``). A memo only saves work: what comes out is what a build
without one makes (``tests/test_incremental.py`` holds both to that).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import Any, TypeVar

T = TypeVar("T")
_MISSING = object()


class Kept:
    """One kind of remembered work, by key, from one generation to the next: what the last
    generation asked for, and what this one has asked for so far (``end_generation`` lets go
    of the rest). ``made`` and ``reused`` count the answers (for tests and benchmarks)."""

    def __init__(self) -> None:
        self._last: dict[Hashable, Any] = {}
        self._now: dict[Hashable, Any] = {}
        self.made = 0
        self.reused = 0

    def get_or_make(self, key: Hashable, make: Callable[[], T]) -> T:
        """The value kept under ``key``, else ``make()`` (kept under it from now on)."""
        found = self.get(key, _MISSING)
        if found is _MISSING:
            found = make()
            self.put(key, found)
        return found

    def get(self, key: Hashable, default: Any = None) -> Any:
        """The value kept under ``key`` (kept for the next generation too), else ``default``:
        for work made later than it is asked for (in a batch, on a second core: ``put``)."""
        found = self._now.get(key, _MISSING)
        if found is _MISSING:
            found = self._last.get(key, _MISSING)
            if found is _MISSING:
                self.made += 1
                return default
            self._now[key] = found
        self.reused += 1
        return found

    def put(self, key: Hashable, value: Any) -> None:
        self._now[key] = value

    def end_generation(self) -> None:
        """What this generation did not ask for is let go (a deleted file, an edited page's
        old text); what it did is what the next one finds."""
        if self._now:
            self._last, self._now = self._now, {}

    def __len__(self) -> int:
        return len(self._last.keys() | self._now.keys())


@dataclass
class Memo:
    """One generation's remembered work, for the next (see the module's text)."""

    tables: dict[str, Kept] = field(default_factory=dict)
    parts: dict[str, Any] = field(default_factory=dict)
    last: Any = None
    """The last generated site (``build.Generated``)."""

    def table(self, kind: str) -> Kept:
        """The table of remembered work of ``kind`` ("pages", "load", …)."""
        found = self.tables.get(kind)
        if found is None:
            found = self.tables[kind] = Kept()
        return found

    def part(self, kind: str, empty: Callable[[], T]) -> T:
        """A producer's own memo of ``kind`` (``empty()`` made the first time)."""
        found = self.parts.get(kind)
        if found is None:
            found = self.parts[kind] = empty()
        return found

    def set_part(self, kind: str, value: Any) -> None:
        """``value`` becomes the memo of ``kind`` (one made on a second core came back)."""
        self.parts[kind] = value

    def without(self, *kinds: str) -> Memo:
        """This memo less the parts of ``kinds`` (kept in files of their own)."""
        return Memo(self.tables, {k: v for k, v in self.parts.items() if k not in kinds},
                    self.last)

    def end_generation(self) -> None:
        for table in self.tables.values():
            table.end_generation()

    def changed(self, pages: dict[str, str], files: dict[str, str]) -> set[str]:
        """The names whose text differs from the last generation (which there must be)."""
        before = {**self.last.pages, **self.last.files}
        return {name for name, text in {**pages, **files}.items() if before.get(name) != text}
