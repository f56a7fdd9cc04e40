"""Build: content/ in, the archive's pages and files out.

Gather (load and validate all of content/, every problem collected), derive (events, indexes),
then hand the result to MkDocs in memory (``plugin``) or write it as Markdown for any engine
(``build``: only files whose text changed; stale generated pages removed).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .content import Archive, load_or_fail
from .fsutil import write_generated, write_if_changed
from .site.citations import citation_files
from .site.exports import exports
from .site.model import derive
from .site.pages import GENERATED_NOTE, all_pages
from .site.search_index import INDEX_FOLDER, IndexReport, index_files
from .site.urls import Urls

DEFAULT_SITE_NAME = "News archive"
GENERATED_FOLDERS = ("cite", "data", INDEX_FOLDER)


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
    files: dict[str, str]
    warnings: list[str]
    search: IndexReport


def generate(content: Path, *, site_name: str = DEFAULT_SITE_NAME, strict: bool = False,
             directory_urls: bool = True, site_url: str | None = None,
             language: str = "en", cache: Path | None = None) -> Generated:
    """The archive's pages and files for ``content``, written nowhere.

    ``directory_urls`` must match MkDocs' ``use_directory_urls``: the search index stores
    page addresses. Raises ContentError, listing every problem, when the content has errors.
    """
    store = key = None
    if cache is not None:  # nothing changed since the last build: that build's site
        from .build_cache import BuildCache

        store = BuildCache(cache)
        key = store.key(content, (site_name, strict, directory_urls, site_url, language))
        made = store.load(key)
        if made is not None:
            return made
    # Gather: everything is validated before anything is made.
    archive = load_or_fail(content, strict=strict)
    made = generate_from(archive, Urls(site_name, site_url, directory_urls, language))
    if store is not None:
        store.store(key, made)
    return made


def generate_from(archive: Archive, urls: Urls) -> Generated:
    """The pages and files of an archive already loaded (with the files that failed to load
    left out, for a preview)."""
    # Derive: groupings and indexes.
    model = derive(archive, urls)
    pages = all_pages(model)
    search, index = index_files(model)
    files = {**exports(model),
             **citation_files(model),
             **{f"{INDEX_FOLDER}/{name}": text for name, text in index.items()}}
    return Generated(pages, files, [str(p) for p in archive.problems.warnings], search)


def build(content: Path, out: Path, *, site_name: str = DEFAULT_SITE_NAME,
          strict: bool = False, directory_urls: bool = True,
          site_url: str | None = None, language: str = "en",
          cache: Path | None = None) -> BuildReport:
    """Write the generated pages and the search index for ``content`` into ``out`` (for
    another engine than MkDocs, or to read them; the MkDocs plugin writes nothing there).
    Raises ContentError, listing every problem, when the content has errors."""
    made = generate(content, site_name=site_name, strict=strict, directory_urls=directory_urls,
                    site_url=site_url, language=language, cache=cache)
    pages = made.pages
    # Write: atomically, and only what changed.
    written = sum(write_if_changed(out / name, text, durable=False) for name, text in pages.items())
    write_generated(out, made.files, owned=GENERATED_FOLDERS)
    removed = 0
    for path in sorted(out.rglob("*.md")):
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
    return BuildReport(len(pages), written, removed, made.warnings, made.search)


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
