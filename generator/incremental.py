"""What one generation of the archive keeps for the next, so that a build after a small edit
does the work of that edit, not of the archive.

A ``Memo`` holds, for one content folder and one set of site settings:

- what loading learned of each file (``content.LoadMemo``): an unchanged file is not read,
  parsed or validated again;
- each text's near-duplicate sketch, and the pairs found (``similarity.near_duplicates``);
- each page with the key of its inputs (``site.pages.PageMemo``): a page whose inputs are
  unchanged is not made again; so are each article's citation files, and each capture's
  compressed copy, by the capture's hash, and each search record's term counts;
- the last generated site, to tell which pages and files changed.

``mkdocs serve`` keeps one in memory; ``python -m generator build`` and ``mkdocs build`` keep
one in the cache folder (``build_cache``). A memo only saves work: what comes out is what a
build without one makes (a test holds both to that).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .content import LoadMemo
from .similarity import SketchMemo
from .site.pages import PageMemo
from .site.search_index import CountMemo


@dataclass
class Memo:
    load: LoadMemo = field(default_factory=LoadMemo)
    sketches: SketchMemo = field(default_factory=SketchMemo)
    pages: PageMemo = field(default_factory=PageMemo)
    citations: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    """Each article's citation files (``site.citations.citation_files``)."""
    counts: CountMemo = field(default_factory=CountMemo)
    """Each search record's term counts (``site.search_index.index_files``)."""
    sources: dict[str, tuple[str, bytes]] = field(default_factory=dict)
    """The compressed captures (``site.pages.capture_sources``)."""
    exports: dict[str, tuple[str, str]] = field(default_factory=dict)
    """Each article's lines of the data files (``site.exports.exports``)."""
    last: object | None = None
    """The last ``build.Generated`` made with this memo."""

    def changed(self, pages: dict[str, str], files: dict[str, str]) -> set[str]:
        """The names whose text differs from the last generation (which there must be)."""
        before = {**self.last.pages, **self.last.files}
        return {name for name, text in {**pages, **files}.items() if before.get(name) != text}
