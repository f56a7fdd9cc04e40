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

from .build import Generated, generate
from .pages import GENERATED_NOTE
from .problems import ContentError

log = logging.getLogger("mkdocs.plugins.archive")


def theme_dir() -> Path:
    """The archive's template overrides: inside the package once installed, beside it in a
    checkout of the repository."""
    package = Path(__file__).resolve().parent
    for candidate in (package / "theme", package.parent / "theme"):
        if (candidate / "main.html").is_file():
            return candidate
    raise FileNotFoundError("the archive's theme folder is missing from the installation")


class ArchiveConfig(base.Config):
    content = c.Type(str, default="content")
    """The archive's content folder (articles, events, outlets, entities, raw captures),
    relative to mkdocs.yml."""


class ArchivePlugin(BasePlugin[ArchiveConfig]):
    """Adds the archive to a MkDocs site (Material for MkDocs theme)."""

    def __init__(self) -> None:
        self.content: Path | None = None
        self.generated: Generated | None = None

    def on_config(self, config):
        content = Path(self.config.content)
        if not content.is_absolute():
            content = Path(config.config_file_path).parent / content
        self.content = content
        # what the archive's pages are written with (attributes, blocks with their own
        # language and direction, tables), for a site whose mkdocs.yml does not list it
        for extension in ("attr_list", "md_in_html", "tables"):
            if extension not in config.markdown_extensions:
                config.markdown_extensions.append(extension)
        overrides = str(theme_dir())
        dirs = config.theme.dirs
        if overrides not in dirs:
            # after the site's own custom_dir, if it has one, before the theme itself
            dirs.insert(1 if config.theme.custom_dir else 0, overrides)
        return config

    def on_files(self, files: Files, config) -> Files:
        try:
            self.generated = generate(self.content, site_name=config.site_name,
                                      directory_urls=config.use_directory_urls,
                                      site_url=config.site_url or None)
        except ContentError as exc:
            raise Abort(f"Cannot build the archive: {exc}") from None
        made = {**self.generated.pages, **self.generated.files}
        for file in list(files):
            if file.src_uri in made:
                files.remove(file)  # the archive's page wins over a stale copy in docs_dir
            elif file.src_uri.endswith(".md") and _written_by_an_older_build(file):
                files.remove(file)
                log.info("archive: %s in docs_dir is a page an older version wrote; it is "
                         "left out (delete it)", file.src_uri)
        for name, text in made.items():
            files.append(File.generated(config, name, content=text))
        for warning in self.generated.warnings:
            log.warning(warning)
        log.info("archive: %d pages and %d files from %s; search index of %d records",
                 len(self.generated.pages), len(self.generated.files), self.content,
                 self.generated.search.records)
        return files

    def on_serve(self, server, config, builder):
        server.watch(str(self.content))
        return server


def _written_by_an_older_build(file: File) -> bool:
    try:
        return GENERATED_NOTE in Path(file.abs_src_path).read_text(encoding="utf-8")[:2000]
    except (OSError, TypeError, UnicodeDecodeError):
        return False
