"""The preview of ``mkdocs serve``: one session, its state in one object.

A preview never stops on the content: a file with an error is left out (its last good page
stays up) and every problem is shown at the top of the page it concerns and listed on the home
page. Between builds the session keeps what the archive needs to make only what an edit
changes (``reuse.memo.Memo``), what was served and what went (under ``--dirty``, an unchanged
page is neither rendered nor written again), and the theme's compiled templates. The search
index is made after the pages are served: a first index of a large archive in a second process
(begun while MkDocs renders the first build), later ones patched in a thread that gives way to
a newer edit; only the newest build's index is written.
"""

from __future__ import annotations

import contextlib
import html
import logging
import os
import signal
import threading
import time
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import jinja2
import jinja2.bccache
from mkdocs.structure.files import File

from .build import Generated, LaterIndex, generate_later, interface_language
from .fsutil import write_generated
from .problems import Problem, Severity
from .site.outputs import GENERATED_NOTE, INDEX_FOLDER
from .site.urls import Urls

if TYPE_CHECKING:
    from .reuse.memo import Memo

log = logging.getLogger("mkdocs.plugins.archive")

ADVISE_DIRTY_FROM = 1000
"""Articles from which a preview without ``--dirty`` advises it (below, a full rebuild after
an edit takes seconds anyway)."""
UNLINKED = ("cite/",)
"""The folders of generated files that no page links to in Markdown (citations are linked
from HTML): in a dirty preview's rebuild, such a file unchanged since the last build is not
handed to MkDocs at all."""


class PreviewSession:
    """What one ``mkdocs serve`` keeps from build to build."""

    def __init__(self, dirty: bool = False) -> None:
        self.dirty = dirty
        """Under ``--dirty``: only what an edit changed is rendered and written again."""
        self._memo: Memo | None = None
        self.served: dict[str, str] = {}  # name -> text, as the last build gave it
        self.gone: list[str] = []  # what the last build no longer made
        self.written: set[str] = set()  # what the last build left in the site folder
        self.last_good: dict[str, str] = {}  # page -> its text in the last build that had it
        self.last_files: dict[str, str] = {}
        self.index_wanted = 0  # builds started: the index is written for the last one
        self.index_lock = threading.Lock()
        self.child = None  # a first search index, being made in a child process
        self.first_index = None  # (that child, its build's generation) until it is waited for
        self.later: LaterIndex | None = None  # how to make the last build's search index
        self.advised = False  # whether a large archive's preview was advised to use --dirty
        self.idle = threading.Event()  # set while no build runs
        self.idle.set()
        self.compiled = CompiledTemplates()  # the theme's templates, between rebuilds

    @property
    def memo(self) -> Memo:
        """What the archive keeps between builds (``reuse.memo``), made when first asked for:
        MkDocs loads the plugin for every command, which then imports no more of it."""
        if self._memo is None:
            from .reuse.memo import Memo

            self._memo = Memo()
        return self._memo

    @property
    def rebuilding(self) -> bool:
        """Whether a first build has been served (the site folder holds its files)."""
        return bool(self.written)

    # -- a build ---------------------------------------------------------------------
    def generate(self, content: Path, config) -> Generated:
        """The site as far as the content allows: files with errors are left out (their
        last good page stays, if there was one), and every problem is shown at the top of the
        page it concerns and listed on the home page. A first search index of a large
        archive is begun now, on the second core, while MkDocs renders the pages."""
        from .content import load_archive

        archive = load_archive(content, memo=self.memo.table("load"))
        if not self.dirty and not self.advised and len(archive.articles) >= ADVISE_DIRTY_FROM:
            self.advised = True
            log.info("archive: an archive of %d articles shows an edit in seconds under "
                     "`mkdocs serve --dirty` (only the pages the edit changes are rendered)",
                     len(archive.articles))
        made, self.later = generate_later(
            archive, Urls(config.site_name, config.site_url or None, config.use_directory_urls,
                          interface_language(config)), self.memo)
        # the notices below are the preview's own: the memo keeps the pages as generated
        made = replace(made, pages=dict(made.pages), files=dict(made.files))
        by_page: dict[str, list[Problem]] = {}
        for problem in archive.problems:
            by_page.setdefault(_page_of(content, problem), []).append(problem)
            log.info("archive %s: %s", problem.severity.value, problem)
        for page, problems in by_page.items():
            if page not in made.pages and page in self.last_good:
                made.pages[page] = self.last_good[page]  # the last good version stays up
            if page in made.pages:
                made.pages[page] = with_notice(made.pages[page], problems)
        self.last_good.update({page: text for page, text in made.pages.items()
                               if page not in by_page})
        # what a kept page links to (its citation files) stays too
        made.files = {**self.last_files, **made.files}
        self.last_files = dict(made.files)
        if archive.problems.items and "index.md" in made.pages:
            made.pages["index.md"] = with_notice(made.pages["index.md"],
                                                 list(archive.problems), summary=True)
        made.warnings = []
        if self.later.in_child is not None and self.child is None:
            self.child = self.later.in_child()
            self.first_index = (self.child, made.generation)
        return made

    def files(self, made: dict[str, str], config) -> list[File]:
        """MkDocs' files for the generated ``made`` (name -> text): under ``--dirty``, those
        whose text the last build served are marked unchanged (not rendered or written
        again), and an unchanged one no page links to is left out."""
        unchanged: set[str] = set()
        if self.dirty:
            unchanged = {name for name, text in made.items() if self.served.get(name) == text}
            self.gone = [name for name in self.served if name not in made]
            self.served = made
        found = []
        for name, text in made.items():
            if name in unchanged and name in self.written and name.startswith(UNLINKED):
                continue  # in the served folder as it is: MkDocs need not know of it
            if name in unchanged:
                file = _Unchanged.generated(config, name, content=text)
                file.written = name in self.written
            else:
                file = File.generated(config, name, content=text)
            found.append(file)
        return found

    def before_build(self) -> None:
        self.index_wanted += 1  # an index being made for the build before is not written
        self.idle.clear()

    def after_build(self, config, made: Generated | None) -> None:
        self.idle.set()
        if self.dirty:  # what the content no longer makes leaves the preview; the rest is in it
            self.written = set(self.served)
            for name in self.gone:
                _remove_output(config, name)
            self.gone = []
        later = self.later
        if made is not None and later is not None and later.generation == made.generation:
            self.index_in_background(Path(config.site_dir), made, later)

    def failed(self) -> None:
        self.idle.set()

    def shutdown(self) -> None:
        child = self.child
        if child is not None and child.pid:  # the preview ends: its index is not wanted
            with contextlib.suppress(OSError):
                os.kill(child.pid, signal.SIGKILL)

    # -- the search index, after the pages ---------------------------------------------
    def index_in_background(self, site: Path, made: Generated, later: LaterIndex) -> None:
        """The preview's search index, made after the pages are served and written into the
        served folder: an edit shows on its page without waiting for the index of the whole
        archive, and search finds it a few seconds later. Only the newest build's index is
        written; one is made at a time. A first index of a large archive is made in a second
        process (``LaterIndex.in_child``): in a thread it would share this process with
        the server and the next edit's build (watching for the edit included)."""
        wanted = self.index_wanted

        threading.Thread(target=self._write_index, args=(site, made, later, wanted),
                         name="archive-search-index", daemon=True).start()

    def _write_index(self, site: Path, made: Generated, later: LaterIndex, wanted: int) -> None:
        from .site.search_index import Cancelled

        with self.index_lock:
            if wanted != self.index_wanted:
                return
            started = time.perf_counter()
            try:
                report, files = self._make_index(made, later,
                                                 cancelled=lambda: wanted != self.index_wanted)
            except Cancelled:  # a newer build started: its own index follows it
                log.debug("archive: the preview's search index gave way to a newer build")
                return
            if wanted != self.index_wanted:
                return
            try:
                write_generated(site / INDEX_FOLDER, files, owned=(".",))
            except OSError as exc:  # the served folder emptied by a new build
                log.debug("archive: the preview's search index was not written (%s)", exc)
                return
            log.info("archive: search index of %d records updated in the preview (%.1f s)",
                     report.records, time.perf_counter() - started)

    def _make_index(self, made: Generated, later: LaterIndex, cancelled):
        from .site.search_index import Cancelled

        started, self.first_index = self.first_index, None
        memo = self.memo
        if started is None and (later.in_child is None
                                or memo.parts.get("counts") is not None
                                and memo.parts["counts"].last is not None):
            return later.make(cancelled=cancelled)  # patched from the last index
        # The child is not stopped for a newer build: what it counts is what that build's
        # index is patched from (a first index begun again on every edit would never end).
        child, generation = started or (later.in_child(), made.generation)
        with child:
            self.child = child
            try:
                # its answer (a large one) is read between builds: reading it holds this
                # process, and the first edit's build would wait for it
                child.wait_for_answer()
                self.idle.wait()
                report, files, counts = child.result()
                counts.take_passages(files)
                memo.set_part("counts", counts)  # before a build can see no child and no counts
            finally:
                self.child = None
        if cancelled():
            raise Cancelled
        if generation != made.generation:  # begun by a build that did not finish
            return later.make(cancelled=cancelled)
        return report, files


def preview_without_strict_mode() -> None:
    """MkDocs' strict mode would stop the preview at the first warning and leave the server
    answering nothing: a preview shows the problems instead (its warning counter is set aside
    for this build); `mkdocs build --strict` still fails."""
    from mkdocs.utils import CountHandler

    for handler in logging.getLogger("mkdocs").handlers:
        if isinstance(handler, CountHandler):
            handler.setLevel(logging.CRITICAL + 1)
    log.info("archive: previewing without strict mode; mkdocs build --strict checks")


class CompiledTemplates(jinja2.BytecodeCache):
    """The theme's templates as Jinja compiles them, kept in memory between a preview's
    builds (MkDocs makes a new environment for each, and would compile Material's templates
    again on every edit). A template whose text changes is compiled again (the key
    holds its text's hash), and so is every template of an environment set up otherwise."""

    def __init__(self) -> None:
        self.kept: dict[tuple, bytes] = {}

    @staticmethod
    def _key(bucket: jinja2.bccache.Bucket) -> tuple:
        env = bucket.environment
        return (bucket.key, bucket.checksum, tuple(sorted(env.extensions)), env.autoescape,
                env.trim_blocks, env.lstrip_blocks, env.block_start_string,
                env.variable_start_string, env.comment_start_string)

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        code = self.kept.get(self._key(bucket))
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.kept[self._key(bucket)] = bucket.bytecode_to_string()


class _Unchanged(File):
    """A generated file whose text is the one the last preview build wrote: under
    ``mkdocs serve --dirty`` it is not rendered or written again (if it is there: ``written``
    when the last build wrote it, else looked for once)."""

    written = False

    def is_modified(self) -> bool:
        if not self.written:
            self.written = os.path.isfile(self.abs_dest_path)
        return not self.written


def _remove_output(config, name: str) -> None:
    file = File(name, src_dir=None, dest_dir=config.site_dir,
                use_directory_urls=config.use_directory_urls)
    output = Path(file.abs_dest_path)
    try:
        output.unlink(missing_ok=True)
        if output.name == "index.html" and output.parent != Path(config.site_dir):
            output.parent.rmdir()  # only if empty
    except OSError:
        pass


def _page_of(content: Path, problem: Problem) -> str:
    """The page a problem's file makes ("index.md" when it makes none)."""
    try:
        path = Path(problem.path).resolve().relative_to(content.resolve())
    except ValueError:
        return "index.md"
    folder, stem = path.parts[0] if len(path.parts) > 1 else "", path.stem
    return {"articles": f"articles/{stem}.md", "events": f"events/{stem}.md",
            "outlets": f"outlets/{stem}.md", "entities": f"entities/{stem}.md",
            "provenance": f"captures/{stem}.md"}.get(folder, "index.md")


def with_notice(page: str, problems: list[Problem], *, summary: bool = False) -> str:
    """``page`` with a visible notice of ``problems`` under its title (preview only)."""
    errors = sum(p.severity is Severity.ERROR for p in problems)
    what = (f"{len(problems)} problem{'s' if len(problems) != 1 else ''} in the archive's content"
            if summary else "A problem in this page's content" if len(problems) == 1
            else f"{len(problems)} problems in this page's content")
    items = "".join(f"<li><code>{html.escape(str(p))}</code></li>" for p in problems[:50])
    more = f"<li>and {len(problems) - 50} more</li>" if len(problems) > 50 else ""
    note = (" Files with errors are left out of the preview (their last good page stays)."
            if errors else "")
    notice = (f'<div class="archive-problems" role="alert"><p><strong>{what}</strong> '
              f"(shown while previewing; <code>mkdocs build --strict</code> fails on "
              f"{'it' if len(problems) == 1 else 'them'}).{note} Run "
              f"<code>python -m generator check</code> for the list.</p><ul>{items}{more}</ul>"
              "</div>\n\n")
    end = page.find(GENERATED_NOTE)
    if end < 0:
        return notice + page
    end += len(GENERATED_NOTE)
    return page[:end] + "\n\n" + notice + page[end:].lstrip("\n")
