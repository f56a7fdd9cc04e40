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

import logging
from pathlib import Path

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.exceptions import Abort
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files

from .build import Generated, generate, interface_language
from .page_blocks import put_back, set_aside
from .preview import PreviewSession, preview_without_strict_mode
from .problems import ContentError
from .reuse.renders import Renders
from .site.compact import compact
from .site.outputs import GENERATED_NOTE
from .site.theme_files import theme_dir
from .site.translations import search_words, translator

log = logging.getLogger("mkdocs.plugins.archive")


class ArchiveConfig(base.Config):
    content = c.Type(str, default="content")
    """The archive's content folder (articles, events, outlets, entities, raw captures),
    relative to mkdocs.yml."""
    cache = c.Type(bool, default=True)
    """Keep the HTML of generated pages between builds (``reuse.renders``)."""
    cache_dir = c.Type(str, default=".cache/archive")
    """Where the cache lives, relative to mkdocs.yml (never inside the content folder)."""
    compact_html = c.Type(bool, default=True)
    """Write every page without the theme's indentation (``site.compact``): a seventh
    smaller, read and laid out the same."""


class ArchivePlugin(BasePlugin[ArchiveConfig]):
    """Adds the archive to a MkDocs site (Material for MkDocs theme). Each hook turns MkDocs'
    event into one call: the pages come from ``build``, a preview's state from
    ``preview.PreviewSession``, the renders from ``reuse.renders.Renders``, the HTML blocks
    kept out of Markdown from ``page_blocks``."""

    def __init__(self) -> None:
        self.content: Path | None = None
        self.generated: Generated | None = None
        self.preview: PreviewSession | None = None  # under `mkdocs serve`
        self.renders = Renders()
        self._blocks: dict[str, list[str]] = {}  # page -> its HTML, set aside from Markdown

    @property
    def memo(self):
        """What a preview keeps between its builds (``reuse.memo``)."""
        if self.preview is None:
            self.preview = PreviewSession()
        return self.preview.memo

    def on_startup(self, *, command: str, dirty: bool) -> None:
        # a preview never stops on the content: problems are shown, on the pages and in the
        # terminal; `mkdocs build` (and --strict) still fails on them. `mkdocs serve --dirty`
        # renders again only the pages whose text changed.
        if command == "serve":
            self.preview = PreviewSession(dirty=dirty)

    def on_config(self, config):
        content = Path(self.config.content)
        self.content = content if content.is_absolute() else \
            Path(config.config_file_path).parent / content
        if self.preview is not None and config.strict:
            preview_without_strict_mode()
        # what the archive's pages are written with (attributes, blocks with their own
        # language and direction, tables), for a site whose mkdocs.yml does not list it
        for extension in ("attr_list", "md_in_html", "tables"):
            if extension not in config.markdown_extensions:
                config.markdown_extensions.append(extension)
        _hand_redirects(self.content, config)
        if self.preview is not None and self.preview.dirty and self.preview.rebuilding:
            # a preview's edit changes pages, not the sitemap: it is not rendered again for
            # the whole archive on every edit (the first build's stays in the served folder)
            config.theme.static_templates.discard("sitemap.xml")
        overrides = str(theme_dir())
        if overrides not in config.theme.dirs:
            # after the site's own custom_dir, if it has one, before the theme itself
            config.theme.dirs.insert(1 if config.theme.custom_dir else 0, overrides)
        return config

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
        if self.preview is not None:  # each rebuild makes a new environment: compiled once
            env.bytecode_cache = self.preview.compiled
        return env

    def on_files(self, files: Files, config) -> Files:
        if self.preview is not None:
            self.generated = self.preview.generate(self.content, config)
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
        _drop_redirects_to_no_page(config, made)
        _leave_out_stale_copies(files, made)
        for file in (self.preview.files(made, config) if self.preview is not None else
                     [File.generated(config, name, content=text) for name, text in made.items()]):
            files.append(file)
        self._report()
        self.renders.start(self._cache_folder(config), config, files)
        return files

    def _report(self) -> None:
        for warning in self.generated.warnings:
            if self.preview is not None:  # in the terminal, without stopping a strict preview
                log.info("archive warning: %s", warning)
            else:
                log.warning(warning)
        log.info("archive: %d pages and %d files from %s%s", len(self.generated.pages),
                 len(self.generated.files), self.content,
                 f"; search index of {self.generated.search.records} records"
                 if self.generated.search else "")

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
        markdown, blocks = set_aside(markdown)
        if blocks:
            self._blocks[name] = blocks
        self.renders.wrap(page, markdown)
        return markdown

    def on_page_content(self, html, page, config, files):  # noqa: ARG002
        # The note tells whoever opens a generated Markdown file to edit content/ instead; in
        # the published page it is only weight.
        html = html.replace(GENERATED_NOTE, "", 1)
        blocks = self._blocks.pop(page.file.src_uri, None)
        return put_back(html, page, blocks) if blocks else html

    def on_post_page(self, output, page, config):  # noqa: ARG002
        return compact(output) if self.config.compact_html else output

    def on_pre_build(self, config):  # noqa: ARG002
        if self.preview is not None:
            self.preview.before_build()

    def on_post_build(self, config):
        if self.preview is not None:
            self.preview.after_build(config, self.generated)
        self.renders.finish()

    def on_build_error(self, *, error):  # noqa: ARG002
        if self.preview is not None:
            self.preview.failed()

    def on_shutdown(self):
        if self.preview is not None:
            self.preview.shutdown()
        self.renders.close()

    def on_serve(self, server, config, builder):  # noqa: ARG002
        server.watch(str(self.content))
        return server


def _hand_redirects(content: Path, config) -> None:
    """The redirects `archive rename` recorded, given to MkDocs' redirects plugin."""
    from .rename import load_redirects

    redirects = load_redirects(content)
    if not redirects:
        return
    plugin = config.plugins.get("redirects")
    if plugin is None:
        log.warning("archive: %d renamed pages would redirect to their new address, but the "
                    "redirects plugin is not enabled: add '- redirects' under plugins in "
                    "mkdocs.yml, after '- archive'", len(redirects))
        return
    plugin.config["redirect_maps"] = {**redirects, **plugin.config.get("redirect_maps", {})}


def _drop_redirects_to_no_page(config, made: dict) -> None:
    """A renamed article's capture redirects to its new capture page, if it has one."""
    plugin = config.plugins.get("redirects")
    maps = plugin.config.get("redirect_maps") if plugin is not None else None
    if maps:
        plugin.config["redirect_maps"] = {
            old: new for old, new in maps.items()
            if not (new.startswith("captures/") and new.endswith(".md")) or new in made}


def _leave_out_stale_copies(files: Files, made: dict) -> None:
    """The archive's page wins over a copy in docs_dir; a page an older version wrote into
    docs_dir is left out (and said so)."""
    for file in list(files):
        if file.src_uri in made:
            files.remove(file)
        elif file.src_uri.endswith(".md") and _written_by_an_older_build(file):
            files.remove(file)
            log.info("archive: %s in docs_dir is a page an older version wrote; it is left "
                     "out (delete it)", file.src_uri)


def _written_by_an_older_build(file: File) -> bool:
    try:
        return GENERATED_NOTE in Path(file.abs_src_path).read_text(encoding="utf-8")[:2000]
    except (OSError, TypeError, UnicodeDecodeError):
        return False
