"""The MkDocs plugin: the archive's pages, data, citations and search index, added to a site.

Enable it in ``mkdocs.yml``::

    plugins:
      - archive:
          content: content    # the archive's folder, relative to mkdocs.yml

Nothing is written into ``docs_dir``: every generated page and file is handed to MkDocs in
memory (``File.generated``) when it gathers the site's files, and MkDocs writes them into the
built site with the rest. Under ``mkdocs serve`` the content folder is watched, so an edit
there triggers one build, and the site shows it. The archive's theme overrides (page
templates, search, styles) come with the plugin.
"""

from __future__ import annotations

import contextlib
import gc
import html
import logging
import os
import re
import signal
import sqlite3
import threading
import time
from dataclasses import replace
from html import unescape
from pathlib import Path
from typing import TYPE_CHECKING

import jinja2
import jinja2.bccache
from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.exceptions import Abort
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files

from .build import Generated, generate, generate_from, interface_language
from .fsutil import write_generated
from .problems import ContentError, Problem, Severity
from .render_cache import RenderCache, Shapes, fingerprint
from .site.compact import compact
from .site.outputs import GENERATED_NOTE, INDEX_FOLDER
from .site.theme_files import theme_dir
from .site.translations import search_words, translator
from .site.urls import Urls

if TYPE_CHECKING:
    from .incremental import Memo

log = logging.getLogger("mkdocs.plugins.archive")


class ArchiveConfig(base.Config):
    content = c.Type(str, default="content")
    """The archive's content folder (articles, events, outlets, entities, raw captures),
    relative to mkdocs.yml."""
    cache = c.Type(bool, default=True)
    """Keep the HTML of generated pages between builds (``render_cache``)."""
    cache_dir = c.Type(str, default=".cache/archive")
    """Where the cache lives, relative to mkdocs.yml (never inside the content folder)."""
    compact_html = c.Type(bool, default=True)
    """Write every page without the theme's indentation (``site.compact``): a seventh
    smaller, read and laid out the same."""


class ArchivePlugin(BasePlugin[ArchiveConfig]):
    """Adds the archive to a MkDocs site (Material for MkDocs theme)."""

    def __init__(self) -> None:
        self.content: Path | None = None
        self.generated: Generated | None = None
        self.serving = False
        self.dirty = False
        self._memo: Memo | None = None
        self._served: dict[str, str] = {}  # name -> text, as the last preview build gave it
        self._gone: list[str] = []  # what the last preview build no longer made
        self._written: set[str] = set()  # what the last preview build left in the site folder
        self._blocks: dict[str, list[str]] = {}  # page -> its HTML, set aside from Markdown
        self._index_wanted = 0  # builds started: the preview's index is written for the last
        self._index_lock = threading.Lock()
        self._last_good: dict[str, str] = {}  # page -> its text in the last preview that had it
        self._last_files: dict[str, str] = {}
        self.render_cache: RenderCache | None = None
        self._child = None  # a preview's first search index, being made in a child process
        self._first_index = None  # (that child, its build's generation) until it is waited for
        self._idle = threading.Event()  # set while no build runs
        self._idle.set()
        self._compiled = _CompiledTemplates()  # the theme's templates, for a preview's rebuilds
        self.shapes = Shapes()  # the pages that read the same to Markdown, in this build
        self._site_key = ""

    @property
    def memo(self) -> Memo:
        """What a preview keeps between its builds (``incremental``), made when first asked
        for: MkDocs loads the plugin for every command, which then imports no more of it."""
        if self._memo is None:
            from .incremental import Memo

            self._memo = Memo()
        return self._memo

    def on_startup(self, *, command: str, dirty: bool) -> None:
        # a preview never stops on the content: problems are shown, on the pages and in the
        # terminal; `mkdocs build` (and --strict) still fails on them
        self.serving = command == "serve"
        # `mkdocs serve --dirty` renders again only the pages whose file is modified: the
        # archive's pages and files count as modified only when their text changed
        self.dirty = self.serving and dirty
        if self.serving and not dirty:
            log.info("archive: for an edit shown in seconds in a large archive, preview with "
                     "`mkdocs serve --dirty` (only the pages an edit changes are rendered)")

    def on_config(self, config):
        content = Path(self.config.content)
        if not content.is_absolute():
            content = Path(config.config_file_path).parent / content
        self.content = content
        if self.serving and config.strict:
            # MkDocs' strict mode would stop the preview at the first warning and leave the
            # server answering nothing: a preview shows the problems instead (its warning
            # counter is set aside for this build); `mkdocs build --strict` still fails
            from mkdocs.utils import CountHandler

            for handler in logging.getLogger("mkdocs").handlers:
                if isinstance(handler, CountHandler):
                    handler.setLevel(logging.CRITICAL + 1)
            log.info("archive: previewing without strict mode; mkdocs build --strict checks")
        # what the archive's pages are written with (attributes, blocks with their own
        # language and direction, tables), for a site whose mkdocs.yml does not list it
        for extension in ("attr_list", "md_in_html", "tables"):
            if extension not in config.markdown_extensions:
                config.markdown_extensions.append(extension)
        self._hand_redirects(config)
        if self.dirty and self._written:
            # a preview's edit changes pages, not the sitemap: it is not rendered again for
            # the whole archive on every edit (the first build's stays in the served folder)
            config.theme.static_templates.discard("sitemap.xml")
        overrides = str(theme_dir())
        dirs = config.theme.dirs
        if overrides not in dirs:
            # after the site's own custom_dir, if it has one, before the theme itself
            dirs.insert(1 if config.theme.custom_dir else 0, overrides)
        return config

    def _hand_redirects(self, config) -> None:
        """The redirects `archive rename` recorded, given to MkDocs' redirects plugin."""
        from .rename import load_redirects

        redirects = load_redirects(self.content)
        if not redirects:
            return
        plugin = config.plugins.get("redirects")
        if plugin is None:
            log.warning("archive: %d renamed pages would redirect to their new address, but "
                        "the redirects plugin is not enabled: add '- redirects' under plugins "
                        "in mkdocs.yml, after '- archive'", len(redirects))
            return
        plugin.config["redirect_maps"] = {**redirects, **plugin.config.get("redirect_maps", {})}

    @staticmethod
    def _drop_redirects_to_no_page(config, made: dict) -> None:
        """A renamed article's capture redirects to its new capture page, if it has one."""
        plugin = config.plugins.get("redirects")
        maps = plugin.config.get("redirect_maps") if plugin is not None else None
        if maps:
            plugin.config["redirect_maps"] = {
                old: new for old, new in maps.items()
                if not (new.startswith("captures/") and new.endswith(".md")) or new in made}

    def on_env(self, env, config, files):  # noqa: ARG002
        """The theme's own strings (the search box and page) in the interface language."""
        words = translator(interface_language(config))
        env.globals["archive_t"] = words.plain
        env.globals["archive_search_words"] = search_words(words)
        # JSON in pages (the JSON-LD block, Material's settings) keeps its letters as they are:
        # "\u0645" is six bytes where "م" is two, and without spaces after separators.
        # ``tojson`` still escapes <, >, & and '.
        env.policies["json.dumps_kwargs"] = {"sort_keys": True, "ensure_ascii": False,
                                             "separators": (",", ":")}
        if self.serving:  # each rebuild makes a new environment: the theme is compiled once
            env.bytecode_cache = self._compiled
        return env

    def on_files(self, files: Files, config) -> Files:
        if self.serving:
            self.generated = self._preview(config)
            made = self.generated
            if made.index_in_child is not None and self._child is None:
                # a first index of a large archive is begun now, on the second core, while
                # MkDocs renders the pages: done before the first edit, not in its way
                self._child = made.index_in_child()
                self._first_index = (self._child, made.generation)
        else:
            try:
                self.generated = generate(self.content, site_name=config.site_name,
                                          directory_urls=config.use_directory_urls,
                                          site_url=config.site_url or None,
                                          language=interface_language(config),
                                          cache=self._cache_folder(config))
            except ContentError as exc:
                raise Abort(f"Cannot build the archive: {exc}") from None
        made = {**self.generated.pages, **self.generated.files}
        self._drop_redirects_to_no_page(config, made)
        for file in list(files):
            if file.src_uri in made:
                files.remove(file)  # the archive's page wins over a stale copy in docs_dir
            elif file.src_uri.endswith(".md") and _written_by_an_older_build(file):
                files.remove(file)
                log.info("archive: %s in docs_dir is a page an older version wrote; it is "
                         "left out (delete it)", file.src_uri)
        unchanged: set[str] = set()
        if self.dirty:
            unchanged = {name for name, text in made.items() if self._served.get(name) == text}
            self._gone = [name for name in self._served if name not in made]
            self._served = made
        for name, text in made.items():
            if name in unchanged and name in self._written and name.startswith(UNLINKED):
                continue  # in the served folder as it is: MkDocs need not know of it
            if name in unchanged:
                file = _Unchanged.generated(config, name, content=text)
                file.written = name in self._written
            else:
                file = File.generated(config, name, content=text)
            files.append(file)
        for warning in self.generated.warnings:
            if self.serving:  # in the terminal, without stopping a strict preview
                log.info("archive warning: %s", warning)
            else:
                log.warning(warning)
        log.info("archive: %d pages and %d files from %s%s", len(self.generated.pages),
                 len(self.generated.files), self.content,
                 f"; search index of {self.generated.search.records} records"
                 if self.generated.search else "")
        self.shapes = Shapes()
        folder = self._cache_folder(config)
        if folder is not None:
            if self.render_cache is None:
                try:
                    self.render_cache = RenderCache(folder)
                except (OSError, sqlite3.Error) as exc:
                    log.info("archive: rendering without the cache (%s)", exc)
            self._site_key = fingerprint(config, files)
        return files

    def _cache_folder(self, config) -> Path | None:
        if not self.config.cache:
            return None
        folder = Path(self.config.cache_dir)
        return folder if folder.is_absolute() else Path(config.config_file_path).parent / folder

    def on_page_markdown(self, markdown, page, config, files):  # noqa: ARG002
        name = page.file.src_uri
        if self.generated is None or name not in self.generated.pages:
            return markdown
        # The blocks the archive writes as HTML wait outside Markdown, which would only scan
        # them to pass them through unchanged (``on_page_content`` puts them back).
        markdown, blocks = _set_aside(markdown)
        if blocks:
            self._blocks[name] = blocks
        # what Markdown renders is the page without them: on an article's page, headings
        shared = Shapes.shared(markdown)
        if self.render_cache is not None and shared:  # kept once, wherever the page sits
            self.render_cache.wrap(page, RenderCache.key(markdown, "", self._site_key),
                                   Shapes.name(markdown))
        elif self.render_cache is not None:
            self.render_cache.wrap(page, RenderCache.key(markdown, name, self._site_key))
        if shared:
            self.shapes.wrap(page)
        return markdown

    def on_page_content(self, html, page, config, files):  # noqa: ARG002
        # The note tells whoever opens a generated Markdown file to edit content/ instead; in
        # the published page it is only weight.
        html = html.replace(GENERATED_NOTE, "", 1)
        blocks = self._blocks.pop(page.file.src_uri, None)
        if blocks:
            html = HTML_MARK.sub(lambda match: blocks[int(match.group(1))], html)
            # what links to a passage or a note finds it, as in HTML Markdown had passed
            anchors = {unescape(found) for block in blocks for found in HTML_ID.findall(block)}
            if anchors:
                page.present_anchor_ids = (page.present_anchor_ids or set()) | anchors
            title = TITLE_HTML.match(blocks[0])
            if title:  # the page's title heads its table of contents, as a Markdown one would
                page.toc = _headed_by(page.toc, title.group(1))
        return html

    def on_post_page(self, output, page, config):  # noqa: ARG002
        return compact(output) if self.config.compact_html else output

    def on_pre_build(self, config):  # noqa: ARG002
        self._index_wanted += 1  # an index being made for the build before is not written
        self._idle.clear()
        if self.serving and self._served:
            # A rebuild makes no collection of its own: the full one it would make (most of a
            # second, walking the memo's millions of objects) comes after it, off the time
            # until the page shows; see ``_collect_after``.
            gc.disable()

    def on_post_build(self, config):
        self._idle.set()
        if self.dirty:  # what the content no longer makes leaves the preview; the rest is in it
            self._written = set(self._served)
            for name in self._gone:
                self._remove_output(config, name)
            self._gone = []
        if self.serving and self.generated is not None and self.generated.search_index:
            self._index_in_background(Path(config.site_dir), self.generated)
        else:
            gc.enable()
        if self.render_cache is not None:
            self.render_cache.save()
            log.info("archive: %d pages rendered, %d taken from the cache, %d the same as "
                     "another page", self.render_cache.misses, self.render_cache.hits,
                     self.shapes.hits)
            self.render_cache.hits = self.render_cache.misses = 0

    def _index_in_background(self, site: Path, made: Generated) -> None:
        """The preview's search index, made after the pages are served and written into the
        served folder: an edit shows on its page without waiting for the index of the whole
        archive, and search finds it a few seconds later. Only the newest build's index is
        written; one is made at a time. A first index of a large archive is made in a second
        process (``Generated.index_in_child``): in a thread it would share this process with
        the server and the next edit's build (watching for the edit included)."""
        from .site.search_index import Cancelled

        wanted = self._index_wanted
        memo = self.memo

        def make(cancelled):
            started, self._first_index = self._first_index, None
            if started is None and (made.index_in_child is None
                                    or memo.counts.last is not None):
                return made.search_index(cancelled=cancelled)  # patched from the last index
            # The child is not stopped for a newer build: what it counts is what that build's
            # index is patched from (a first index begun again on every edit would never end).
            child, generation = started or (made.index_in_child(), made.generation)
            with child:
                self._child = child
                try:
                    # its answer (a large one) is read between builds: reading it holds this
                    # process, and the first edit's build would wait for it
                    child.wait_for_answer()
                    self._idle.wait()
                    report, files, counts = child.result()
                    memo.counts = counts  # before a build can see no child and no counts
                finally:
                    self._child = None
            if cancelled():
                raise Cancelled
            if generation != made.generation:  # begun by a build that did not finish
                return made.search_index(cancelled=cancelled)
            return report, files

        def work() -> None:
            try:
                make_index()
            finally:
                if wanted == self._index_wanted:  # else the newer build's thread does this
                    _collect_after()

        def make_index() -> None:
            with self._index_lock:
                if wanted != self._index_wanted:
                    return
                started = time.perf_counter()
                try:
                    report, files = make(cancelled=lambda: wanted != self._index_wanted)
                except Cancelled:  # a newer build started: its own index follows it
                    log.debug("archive: the preview's search index gave way to a newer build")
                    return
                if wanted != self._index_wanted:
                    return
                try:
                    write_generated(site / INDEX_FOLDER, files, owned=(".",))
                except OSError as exc:  # the served folder emptied by a new build
                    log.debug("archive: the preview's search index was not written (%s)", exc)
                    return
                log.info("archive: search index of %d records updated in the preview "
                         "(%.1f s)", report.records, time.perf_counter() - started)

        threading.Thread(target=work, name="archive-search-index", daemon=True).start()

    @staticmethod
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

    def on_build_error(self, *, error):  # noqa: ARG002
        self._idle.set()
        gc.enable()  # a failed rebuild leaves collections as they were

    def on_shutdown(self):
        child = self._child
        if child is not None and child.pid:  # the preview ends: its index is not wanted
            with contextlib.suppress(OSError):
                os.kill(child.pid, signal.SIGKILL)
        if self.render_cache is not None:
            self.render_cache.close()
            self.render_cache = None

    def _preview(self, config) -> Generated:
        """The site as far as the content allows: files with errors are left out (their
        last good page stays, if there was one), and every problem is shown at the top of the
        page it concerns and listed on the home page."""
        from .content import load_archive

        archive = load_archive(self.content, memo=self.memo.load)
        made = generate_from(archive, Urls(config.site_name, config.site_url or None,
                                           config.use_directory_urls, interface_language(config)),
                             self.memo, index_later=True)
        # the notices below are the preview's own: the memo keeps the pages as generated
        made = replace(made, pages=dict(made.pages), files=dict(made.files))
        by_page: dict[str, list[Problem]] = {}
        for problem in archive.problems:
            by_page.setdefault(self._page_of(problem), []).append(problem)
            log.info("archive %s: %s", problem.severity.value, problem)
        for page, problems in by_page.items():
            if page not in made.pages and page in self._last_good:
                made.pages[page] = self._last_good[page]  # the last good version stays up
            if page in made.pages:
                made.pages[page] = _with_notice(made.pages[page], problems)
        self._last_good.update({page: text for page, text in made.pages.items()
                                if page not in by_page})
        # what a kept page links to (its citation files) stays too
        made.files = {**self._last_files, **made.files}
        self._last_files = dict(made.files)
        if archive.problems.items and "index.md" in made.pages:
            made.pages["index.md"] = _with_notice(made.pages["index.md"],
                                                  list(archive.problems), summary=True)
        made.warnings = []
        return made

    def _page_of(self, problem: Problem) -> str:
        """The page a problem's file makes ("index.md" when it makes none)."""
        try:
            path = Path(problem.path).resolve().relative_to(self.content.resolve())
        except ValueError:
            return "index.md"
        folder, stem = path.parts[0] if len(path.parts) > 1 else "", path.stem
        return {"articles": f"articles/{stem}.md", "events": f"events/{stem}.md",
                "outlets": f"outlets/{stem}.md", "entities": f"entities/{stem}.md",
                "provenance": f"captures/{stem}.md"}.get(folder, "index.md")

    def on_serve(self, server, config, builder):
        server.watch(str(self.content))
        return server


class _CompiledTemplates(jinja2.BytecodeCache):
    """The theme's templates as Jinja compiles them, kept in memory between a preview's
    builds (MkDocs makes a new environment for each: compiling Material's templates again was
    a tenth of an edit's rebuild). A template whose text changes is compiled again (the key
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


def _collect_after() -> None:
    """After a preview's rebuild and its search index: the collection the rebuild did not
    make (``on_pre_build``), while the page is already served; collections are on again."""
    gc.enable()
    gc.collect()


HTML_BLOCK = re.compile(
    r'^(?:<table>\n<thead>\n.*?\n</tbody>\n</table>'
    r'|<div class="(?:facts|article-text|annotations|citation|curator-text)"(?![^\n]*\smarkdown)[^\n]*>\n'
    r'(?:[^\n]+\n)*?</div>'
    r'|<ul class="outlet-notes">\n(?:[^\n]+\n)*?</ul>'
    r'|<h1 id="title"[^\n]*</h1>|<p class="translation">[^\n]*</p>'
    r'|<figure class="archive-chart">[^\n]*</figure>)$', re.MULTILINE | re.DOTALL)
"""A block the archive wrote as HTML (``parts.md``: a list of articles, an article's title,
facts, text, notes and citation, a page's outlets; an event's tables and chart), one element
without a blank line, which Python-Markdown would pass through as it is."""

TITLE_HTML = re.compile(r'<h1 id="title"[^>]*>(.*)</h1>$')
HTML_MARK = re.compile(r"<!-- archive html (\d+) -->")
HTML_ID = re.compile(r'\sid="([^"]*)"')


def _headed_by(toc, title: str):
    """``toc`` (a page's table of contents) under an entry for the page's title (``title``:
    HTML), which leads to ``#title``: the entry Markdown makes of a title it renders."""
    from mkdocs.structure.toc import AnchorLink, TableOfContents

    top = AnchorLink(title, "title", 1)
    top.children = list(toc or ())
    for entry in top.children:
        entry.active = False
    top.active = True  # as MkDocs marks a table's first entry
    return TableOfContents([top])


def _set_aside(markdown: str) -> tuple[str, list[str]]:
    """``markdown`` with the archive's HTML blocks replaced by marks, and the blocks."""
    blocks: list[str] = []

    def set_aside(match: re.Match) -> str:
        block = match.group(0)
        if block.count("<div") != block.count("</div>"):
            return block  # not one element: Markdown reads it
        blocks.append(block)
        return f"<!-- archive html {len(blocks) - 1} -->"

    return HTML_BLOCK.sub(set_aside, markdown), blocks


UNLINKED = ("cite/",)
"""The folders of generated files that no page links to in Markdown (citations are linked
from HTML): in a dirty preview's rebuild, such a file unchanged since the last build is not
handed to MkDocs at all (a tenth of a second for every ten thousand files)."""


class _Unchanged(File):
    """A generated file whose text is the one the last preview build wrote: under
    ``mkdocs serve --dirty`` it is not rendered or written again (if it is there: ``written``
    when the last build wrote it, else looked for once)."""

    written = False

    def is_modified(self) -> bool:
        if not self.written:
            self.written = os.path.isfile(self.abs_dest_path)
        return not self.written


def _written_by_an_older_build(file: File) -> bool:
    try:
        return GENERATED_NOTE in Path(file.abs_src_path).read_text(encoding="utf-8")[:2000]
    except (OSError, TypeError, UnicodeDecodeError):
        return False


def _with_notice(page: str, problems: list[Problem], *, summary: bool = False) -> str:
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
