"""Where each page of the site lives: the one rule for every address the archive writes.

Pages, citations, exports, the feed and the search index all ask a ``Urls`` (built once from
the site's settings) instead of working addresses out themselves; MkDocs' templates follow the
same ``use_directory_urls`` setting.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Urls:
    """The site's name and address, and how it addresses its pages."""

    site_name: str = "News archive"
    site_url: str | None = None
    """The published site's address (mkdocs.yml ``site_url``); None when unknown."""
    directory_urls: bool = True
    """MkDocs' ``use_directory_urls``: pages as folders (``events/x/``) or as ``.html`` files."""
    language: str = "en"
    """The interface language (mkdocs.yml ``theme.language``): the archive's headings,
    labels and dates, like Material's own parts, are in it."""

    def page(self, source: str) -> str:
        """The address, relative to the site's root, of the page made from ``source`` (its
        Markdown path, with or without ``.md``: ``events/x.md``, ``index``)."""
        stem = source.removesuffix(".md")
        if not self.directory_urls:
            return f"{stem}.html"
        if stem == "index":
            return ""
        return stem.removesuffix("index") if stem.endswith("/index") else f"{stem}/"

    def address(self, source: str) -> str:
        """The page's absolute address when the site's is known, else its relative one."""
        page = self.page(source)
        return f"{self.base}{page}" if self.base else page

    @property
    def base(self) -> str:
        """The site's address ending in "/", or "" when unknown."""
        return self.site_url.rstrip("/") + "/" if self.site_url else ""

    def href(self, here: str, target: str) -> str:
        """The link from the page made from ``here`` to the one made from ``target`` (sources
        as ``page`` takes them), relative as MkDocs writes the links it rewrites: for the lists
        the archive writes as HTML, which MkDocs passes through untouched."""
        return f"{self._up(here)}{self.page(target)}" or "./"

    def file(self, here: str, path: str) -> str:
        """The link from the page made from ``here`` to the site's file at ``path`` (a
        citation, an export), relative like ``href``."""
        return f"{self._up(here)}{path}"

    def _up(self, here: str) -> str:
        """The way from the page made from ``here`` to the site's root ("../../", or "")."""
        address = self.page(here)
        folder = address.rsplit("/", 1)[0] if "/" in address else ""
        return "../" * (folder.count("/") + 1) if folder else ""

    def of(self, entry) -> str:
        """The address of an entry's page (an article, event, outlet or entity: each knows
        its ``page``)."""
        return self.address(entry.page)
