"""Pages MkDocs has already turned into HTML are not parsed again (``RenderCache``), and pages
that read the same to Markdown are parsed once (``Shapes``).

Python-Markdown is half of a large archive's ``mkdocs build``. The HTML of a generated page
depends on its Markdown, where it sits (its links are resolved from there), the set of files
in the site (a link resolves or warns), and the Markdown configuration; the cache keeps what
``Page.render`` produced (the HTML, the table of contents, the title, the anchors) keyed by a
hash of all four, in one SQLite file in the cache folder (``.cache/archive`` beside
mkdocs.yml; never in ``content/``). A render that logged a warning is not kept, so a strict
build sees every warning again. Delete the folder to start afresh; nothing is lost.
"""

from __future__ import annotations

import logging
import pickle
import re
import sqlite3
from importlib.metadata import version
from pathlib import Path

from .keys import digest

SCHEMA = 3  # 3: keys by ``keys.digest``; 2: of the page as Markdown reads it


class _Warnings(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:  # noqa: ARG002
        self.count += 1


def fingerprint(config, files) -> str:
    """What every page's HTML depends on besides its own Markdown: the Markdown setup, the
    URL style, the versions that render, and every file's place in the site."""
    # functions in the configuration (a slugify) print their address: left out
    setup = [re.sub(r" at 0x[0-9a-f]+", "", repr(part)) for part in (
        SCHEMA, version("mkdocs"), version("markdown"), config.use_directory_urls,
        repr(config.markdown_extensions), repr(config.mdx_configs), repr(config.validation))]
    return digest([*setup, *(f"{file.src_uri}\0{file.dest_uri}" for file in
                             sorted(files, key=lambda f: f.src_uri))])


class RenderCache:
    """Rendered pages, by page, with the key they were rendered under."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / "rendered-pages.sqlite"
        try:
            self.db = self._open()
        except sqlite3.DatabaseError:  # not a database (damaged): start afresh
            self.path.unlink(missing_ok=True)
            self.db = self._open()
        self.hits = 0
        self.misses = 0
        self._pending: dict[str, tuple[str, bytes]] = {}

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=30)  # a build beside this one waits
        db.execute("CREATE TABLE IF NOT EXISTS pages (page TEXT PRIMARY KEY, key TEXT, "
                   "state BLOB)")
        return db

    @staticmethod
    def key(markdown: str, page: str, site: str) -> str:
        return digest([site, page, markdown])

    def wrap(self, page, key: str, name: str | None = None) -> None:
        """Make ``page.render`` take its result from the cache when ``key`` matches, and keep
        a fresh render that logged no warning (under ``name``: the page's own by default)."""
        original = page.render
        name = name or page.file.src_uri

        def render(config, files) -> None:
            try:
                row = self.db.execute("SELECT key, state FROM pages WHERE page = ?",
                                      (name,)).fetchone()
            except sqlite3.Error:
                row = None
            if row is not None and row[0] == key:
                try:
                    _restore(page, pickle.loads(row[1]), files)
                    self.hits += 1
                    return
                except Exception:  # noqa: BLE001 - a damaged entry is rendered again
                    pass
            self.misses += 1
            state = _render_quietly(page, original, config, files)
            if state is not None:
                self._pending[name] = (key, state)

        page.render = render

    def save(self) -> None:
        """Write the renders of this build (one transaction)."""
        if self._pending:
            try:
                with self.db:
                    self.db.executemany(
                        "INSERT OR REPLACE INTO pages (page, key, state) VALUES (?, ?, ?)",
                        [(name, key, state) for name, (key, state) in self._pending.items()])
            except sqlite3.Error as exc:  # the next build renders these pages again
                logging.getLogger("mkdocs.plugins.archive").info(
                    "archive: the render cache was not updated (%s)", exc)
        self._pending.clear()

    def close(self) -> None:
        self.save()
        self.db.close()


class Shapes:
    """Pages whose Markdown is the same text, rendered once in a build.

    With the archive's HTML set aside (``page_blocks.set_aside``), what Markdown reads of an
    article's page is its headings and the marks where its HTML goes back: the same text on
    thousands of pages. Markdown renders such a text the same wherever the page sits when
    nothing in it is resolved against the page's place (no link, image or address: ``shared``),
    so the first page's render (its HTML, table of contents and anchors) is every such page's.
    A render that logged a warning is not shared: each page logs its own.
    """

    PLACED = re.compile(r"\[|<(?!!--)|://")
    """What Markdown may resolve against the page's place, or log about: links, images, raw
    HTML (an HTML comment is neither), addresses."""

    def __init__(self) -> None:
        self.rendered: dict[str, bytes] = {}
        self.hits = 0

    @classmethod
    def shared(cls, markdown: str) -> bool:
        return cls.PLACED.search(markdown) is None

    @staticmethod
    def name(markdown: str) -> str:
        """The name under which a ``RenderCache`` keeps the render of pages reading
        ``markdown``, between builds (where they sit does not matter)."""
        return "shared " + digest([markdown])

    def wrap(self, page) -> None:
        """Make ``page.render`` take a render of the same Markdown made in this build (the
        first page of each text renders as it would without, or from a ``RenderCache``)."""
        original = page.render

        def render(config, files) -> None:
            state = self.rendered.get(page.markdown)
            if state is not None:
                _restore(page, pickle.loads(state), files)
                self.hits += 1
                return
            state = _render_quietly(page, original, config, files)
            if state is not None:
                self.rendered[page.markdown] = state

        page.render = render


class Renders:
    """How the archive's pages are rendered in a build: each page whose Markdown reads the
    same as another's shares one render (``Shapes``), and, when the cache is kept, a page
    rendered before under the same key is not rendered again (``RenderCache``)."""

    def __init__(self) -> None:
        self.cache: RenderCache | None = None
        self.shapes = Shapes()
        self.site_key = ""

    def start(self, folder: Path | None, config, files) -> None:
        """A new build: ``folder`` is the cache's (None: no cache)."""
        self.shapes = Shapes()
        if folder is None:
            return
        if self.cache is None:
            try:
                self.cache = RenderCache(folder)
            except (OSError, sqlite3.Error) as exc:
                logging.getLogger("mkdocs.plugins.archive").info(
                    "archive: rendering without the cache (%s)", exc)
        self.site_key = fingerprint(config, files)

    def wrap(self, page, markdown: str) -> None:
        """Make ``page`` (whose Markdown is ``markdown``) render through the cache and the
        shared renders."""
        shared = Shapes.shared(markdown)
        if self.cache is not None and shared:  # kept once, wherever the page sits
            self.cache.wrap(page, RenderCache.key(markdown, "", self.site_key),
                            Shapes.name(markdown))
        elif self.cache is not None:
            self.cache.wrap(page, RenderCache.key(markdown, page.file.src_uri, self.site_key))
        if shared:
            self.shapes.wrap(page)

    def finish(self) -> None:
        """The build is written: keep its renders, and say how many were spared."""
        if self.cache is None:
            return
        self.cache.save()
        logging.getLogger("mkdocs.plugins.archive").info(
            "archive: %d pages rendered, %d taken from the cache, %d the same as another page",
            self.cache.misses, self.cache.hits, self.shapes.hits)
        self.cache.hits = self.cache.misses = 0

    def close(self) -> None:
        if self.cache is not None:
            self.cache.close()
            self.cache = None


def _render_quietly(page, render, config, files) -> bytes | None:
    """Render ``page``; what it rendered, pickled, unless it logged a warning (a render that
    warned is not kept: the next build warns again)."""
    warnings = _Warnings()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(warnings)
    try:
        render(config, files)
    finally:
        logger.removeHandler(warnings)
    return None if warnings.count else pickle.dumps(_state(page), protocol=5)


def _state(page) -> dict:
    links = getattr(page, "links_to_anchors", None)
    return {"content": page.content, "toc": page.toc,
            "title": getattr(page, "_title_from_render", None),
            "anchors": sorted(page.present_anchor_ids or ()),
            "links": {f.src_uri: v for f, v in links.items()} if links else None}


def _restore(page, state: dict, files) -> None:
    page.content = state["content"]
    page.toc = state["toc"]
    page._title_from_render = state["title"]
    page.present_anchor_ids = set(state["anchors"])
    if state["links"] is not None:
        page.links_to_anchors = {files.get_file_from_path(uri): links
                                 for uri, links in state["links"].items()}
