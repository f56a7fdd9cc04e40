"""Build: content/ in, the archive's pages and files out.

Gather (load and validate all of content/, every problem collected), derive (events, indexes),
then hand the result to MkDocs in memory (``plugin``) or write it as Markdown for any engine
(``build``: only files whose text changed; stale generated pages removed).
"""

from __future__ import annotations

import contextlib
import json
import secrets
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from .fsutil import files_under, write_atomic, write_changed, write_generated
from .reuse.forked import Forked, in_background, wait_for_children, worth_a_second_core
from .site.outputs import GENERATED_NOTE, INDEX_FOLDER, SOURCE_SUFFIX, IndexReport
from .site.urls import Urls

# What makes the site is imported where it is first needed: a build with nothing to do
# (``_up_to_date``) reads a few names from the cache and imports none of it.
if TYPE_CHECKING:
    from .content import Archive
    from .reuse.cache import BuildCache, PartFile
    from .reuse.memo import Memo

DEFAULT_SITE_NAME = "News archive"
GENERATED_FOLDERS = ("cite", "data", "feeds", INDEX_FOLDER)


@dataclass
class BuildReport:
    pages: int
    written: int
    removed: int
    warnings: list[str]
    search: IndexReport


@dataclass
class Generated:
    """Everything the archive adds to a site, in memory: Markdown pages and other files
    (data, citations, search index), by path relative to the site's root."""

    pages: dict[str, str]
    files: dict[str, str | bytes]
    warnings: list[str]
    search: IndexReport | None
    """None when the index is made later (``generate_later``)."""
    changed: set[str] | None = None
    """The pages and files whose text differs from generation ``since`` (None: unknown)."""
    generation: str = ""
    """This generation's id (a random one; ``since`` of the next)."""
    since: str | None = None
    gone: set[str] | None = None
    """The pages and files of generation ``since`` that this one no longer has."""


@dataclass
class LaterIndex:
    """The search index of a generation whose pages came first (a preview's: ``generate_later``).

    ``make(cancelled=None)`` gives the index's report and files, keyed by path inside its
    folder (``cancelled``: see ``index_files``); for a first index of a large archive,
    ``in_child()`` starts it in a forked process (``Forked``) whose result is (report,
    files, the ``CountMemo`` the next build's index is patched from)."""

    generation: str
    make: Callable[..., tuple[IndexReport, dict[str, str]]]
    in_child: Callable[[], Forked] | None = None


def generate(content: Path, *, site_name: str = DEFAULT_SITE_NAME, strict: bool = False,
             directory_urls: bool = True, site_url: str | None = None,
             language: str = "en", cache: Path | None = None,
             _prepared: tuple[BuildCache, str] | None = None) -> Generated:
    """The archive's pages and files for ``content``, written nowhere.

    ``directory_urls`` must match MkDocs' ``use_directory_urls``: the search index stores
    page addresses. Raises ContentError, listing every problem, when the content has errors.
    With a ``cache`` folder, a build after an edit makes again only what the edit changes
    (``reuse.memo``), and a build with nothing changed returns the last build's site. The
    cache is written by a forked child meanwhile: the next ``generate`` and this process's
    exit wait for it (``forked.wait_for_children``).
    """
    store = key = memo = None
    if cache is not None:
        from .reuse.memo import Memo

        store, key = _prepared or _cache_key(
            cache, content, (site_name, strict, directory_urls, site_url, language))
        last, memo = store.load(key)
        if last is not None:  # nothing changed since the last build: that build's site
            return replace(last, changed=set(), gone=set(), since=last.generation)
        memo = memo or Memo()
    from .content import load_or_fail

    # Gather: everything is validated before anything is made.
    archive = load_or_fail(content, strict=strict, memo=memo.table("load") if memo else None)
    made = generate_from(archive, Urls(site_name, site_url, directory_urls, language), memo,
                         counts_file=store.counts_file() if store is not None else None)
    if store is not None:
        store.store_summary(key, made)
        # a second core pickles and writes the memo (a second or more in a large archive)
        # while this process writes the site, or MkDocs renders it
        in_background(lambda: store.store(key, memo))
    return made


def _cache_key(cache: Path, content: Path, settings: tuple) -> tuple[BuildCache, str]:
    """The cache of ``cache`` and the key of ``content`` under ``settings``."""
    from .reuse.cache import BuildCache

    wait_for_children()  # a cache still being kept by the build before is read whole
    store = BuildCache(cache)
    return store, store.key(content, settings)


def generate_from(archive: Archive, urls: Urls, memo: Memo | None = None, *,
                  counts_file: PartFile | None = None) -> Generated:
    """The pages and files of an archive already loaded. With a ``memo`` of the generation
    before, only the pages whose inputs changed are made again, and ``changed`` tells what
    differs from that generation. ``counts_file``: where the search records' term counts are
    kept between builds (instead of the memo's part "counts")."""
    return _generate(archive, urls, memo, index_later=False, counts_file=counts_file)[0]


def generate_later(archive: Archive, urls: Urls, memo: Memo) -> tuple[Generated, LaterIndex]:
    """As ``generate_from``, with the files that failed to load left out (a preview's), and
    the search index left for later: (the pages and the other files, how to make the index)."""
    made, later = _generate(archive, urls, memo, index_later=True, counts_file=None)
    return made, later


def _generate(archive: Archive, urls: Urls, memo: Memo | None, *, index_later: bool,
              counts_file: PartFile | None) -> tuple[Generated, LaterIndex | None]:
    from .similarity import SketchMemo
    from .site.citations import citation_files
    from .site.exports import exports
    from .site.model import derive
    from .site.pages import all_pages, capture_sources
    from .site.search_index import CountMemo, index_files

    # Derive: groupings and indexes.
    model = derive(archive, urls,
                   sketches=memo.part("sketches", SketchMemo) if memo else None)
    search = None
    counts = memo.part("counts", CountMemo) if memo else CountMemo()
    # The search index and the pages only read the model: on a second core, a first index is
    # made beside the pages (``forked``), unless the archive is too small to gain by it; one
    # patched from the last build's costs less than bringing the memo back from a child.
    index_job = None
    # the last build's index files: what an unchanged record's passages are (``Counted``)
    before = memo.last.files if memo is not None and memo.last is not None else {}

    def previous(name: str) -> str | None:
        return before.get(f"{INDEX_FOLDER}/{name}")

    if not index_later and counts_file is not None:
        # the counts are kept in a file of their own, which only the index's process reads
        # and writes: neither they nor the index's work come back to this one
        kept: list[CountMemo] = []

        def index_work() -> tuple:
            kept.append(counts_file.load(CountMemo))
            report, index = index_files(model, kept[-1], previous=previous)
            # what comes back is what differs from the last build's index (an edit changes
            # a few of its thousands of files), and the names, in order
            return report, [(name, None if before.get(f"{INDEX_FOLDER}/{name}") == text
                             else text) for name, text in index.items()], None

        index_job = Forked(index_work, fork=worth_a_second_core(len(model.by_stem)),
                           after=lambda: counts_file.store(kept[-1]))
    elif not index_later:
        index_job = Forked(lambda: (*index_files(model, counts, previous=previous), counts),
                           fork=counts.last is None
                           and worth_a_second_core(len(model.by_stem)))
    with index_job or contextlib.nullcontext():
        pages = all_pages(model, memo.table("pages") if memo else None)
        files = {**exports(model, memo.table("exports") if memo else None),
                 **citation_files(model, memo.table("citations") if memo else None),
                 **capture_sources(model, memo.table("sources") if memo else None)}
        if index_job is not None:
            search, index, counts = index_job.result()
            if memo is not None and counts is not None:  # what the child counted
                if isinstance(index, dict):
                    counts.take_passages(index)
                memo.set_part("counts", counts)
            if isinstance(index, list):  # (name, its text or None where it is unchanged)
                index = {name: before[f"{INDEX_FOLDER}/{name}"] if text is None else text
                         for name, text in index}
            files.update({f"{INDEX_FOLDER}/{name}": text for name, text in index.items()})
    made = Generated(pages, files, [str(p) for p in archive.problems.warnings], search,
                     generation=secrets.token_hex(8))
    later = None
    if index_later:
        # the memo's counts when the index is made (a preview's first index, made in a
        # child, may have brought newer ones back since)
        later = LaterIndex(made.generation, lambda cancelled=None: index_files(
            model, memo.part("counts", CountMemo) if memo is not None else counts,
            cancelled=cancelled))
        if counts.last is None and worth_a_second_core(len(model.by_stem)):
            # a first index takes seconds of a large archive: in a second process, where it
            # neither holds up the preview's next build nor has to give way to it
            later.in_child = lambda: Forked(lambda: (*index_files(model, counts), counts))
    if memo is not None:
        if memo.last is not None:
            made.changed = memo.changed(pages, files)
            made.gone = {*memo.last.pages, *memo.last.files} - {*pages, *files}
            made.since = memo.last.generation
        memo.last = made
        memo.end_generation()
    return made, later


def build(content: Path, out: Path, *, site_name: str = DEFAULT_SITE_NAME,
          strict: bool = False, directory_urls: bool = True,
          site_url: str | None = None, language: str = "en",
          cache: Path | None = None) -> BuildReport:
    """Write the generated pages and the search index for ``content`` into ``out`` (for
    another engine than MkDocs, or to read them; the MkDocs plugin writes nothing there).
    Raises ContentError, listing every problem, when the content has errors."""
    record = cache / "written.json" if cache is not None else None
    target = str(out.resolve())
    prepared = None
    present: set[str] = set()
    if cache is not None:
        prepared = _cache_key(cache, content,
                              (site_name, strict, directory_urls, site_url, language))
        present = {name for name, _ in files_under(out)}  # listed once, not a stat a file
        done = _up_to_date(present, target, record, *prepared)
        if done is not None:
            return done
    made = generate(content, site_name=site_name, strict=strict, directory_urls=directory_urls,
                    site_url=site_url, language=language, cache=cache, _prepared=prepared)
    pages = made.pages
    # Write: atomically, and only what changed. When the last build wrote its whole site
    # into this folder, what has not changed since is not compared again (unless it is gone).
    unchanged: set[str] = set()
    gone: set[str] | None = None  # None: look through the folder for what is stale
    if record is not None:
        if made.changed is not None and _written(record) == [target, made.since]:
            unchanged = {name for name in (*pages, *made.files)
                         if name not in made.changed and name in present}
            gone = made.gone
        _record_written(record, [target, None])  # a build stopped half way proves nothing
    written = write_changed(out, pages, unchanged)
    write_generated(out, made.files, owned=GENERATED_FOLDERS, unchanged=unchanged, gone=gone)
    removed = 0
    for path in _maybe_stale(out, gone, "captures", SOURCE_SUFFIX):  # captures no longer shown
        if path.relative_to(out).as_posix() not in made.files:
            path.unlink(missing_ok=True)
    for path in _maybe_stale(out, gone, "", ".md"):
        name = path.relative_to(out).as_posix()
        if name in pages:
            continue
        try:
            generated = GENERATED_NOTE in path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            generated = False
        if generated:  # never delete a file this command did not write
            path.unlink()
            removed += 1
    if record is not None:
        _record_written(record, [target, made.generation])
    return BuildReport(len(pages), written, removed, made.warnings, made.search)


def _up_to_date(present: set[str], target: str, record: Path, store: BuildCache, key: str,
                ) -> BuildReport | None:
    """The report of a build with nothing to do, or None: when nothing changed since the
    last build, which wrote its whole site into ``target`` (whose files are ``present``), and
    every file of it is still there, only the names of that site are read from the cache,
    not its texts."""
    summary = store.summary(key)
    if summary is None or _written(record) != [target, summary.generation]:
        return None
    if not present.issuperset(summary.pages) or not present.issuperset(summary.files):
        return None  # the full way, which writes what is missing
    return BuildReport(len(summary.pages), 0, 0, summary.warnings, summary.search)


def _maybe_stale(out: Path, gone: set[str] | None, folder: str, suffix: str) -> list[Path]:
    """The files under ``out/folder`` ending in ``suffix`` that may be stale: those the last
    build wrote and this one lacks when that is known (``gone``), else every such file."""
    if gone is not None:
        return sorted(out / name for name in gone
                      if name.endswith(suffix) and name.startswith(folder))
    return sorted((out / folder).rglob(f"*{suffix}"))


def _written(record: Path) -> list | None:
    try:
        return json.loads(record.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _record_written(record: Path, value: list) -> None:
    try:
        record.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(record, json.dumps(value), durable=False)
    except OSError:
        pass  # the next build compares every file again


@dataclass
class SiteSettings:
    """What the archive takes from a ``mkdocs.yml``: read by MkDocs' own loader, so that the
    command line and ``mkdocs build`` see the same site."""

    site_name: str
    site_url: str | None
    directory_urls: bool
    content: Path
    language: str = "en"
    cache: Path | None = None
    """The cache folder (the plugin's ``cache_dir``), or None when the cache is off."""


def site_settings(config_file: Path) -> SiteSettings:
    """The settings of ``config_file`` (a mkdocs.yml); raises ValueError with what is wrong."""
    from mkdocs.config import load_config
    from mkdocs.exceptions import ConfigurationError

    try:
        config = load_config(str(config_file))
    except ConfigurationError as exc:
        raise ValueError(f"{config_file}: {exc}") from None
    except OSError as exc:
        raise ValueError(f"{config_file}: cannot be read ({exc.strerror})") from None
    plugin = config.plugins.get("archive")
    content = Path(plugin.config.content) if plugin is not None else Path("content")
    if not content.is_absolute():
        content = Path(config.config_file_path).parent / content
    cache = None
    if plugin is not None and plugin.config.cache:
        cache = Path(plugin.config.cache_dir)
        if not cache.is_absolute():
            cache = Path(config.config_file_path).parent / cache
    return SiteSettings(config.site_name or DEFAULT_SITE_NAME, config.site_url or None,
                        bool(config.use_directory_urls), content, interface_language(config),
                        cache)


def interface_language(config) -> str:
    """The site's interface language: Material's ``theme.language`` (English by default)."""
    return str(config.theme.get("language") or "en")
