"""Build: content/ in, generated Markdown out (the docs folder MkDocs renders).

Gather (load and validate all of content/, every problem collected), derive (events, indexes),
write (only files whose text changed; stale generated pages removed).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from .citations import citation_files
from .content import load_or_fail
from .exports import exports
from .fsutil import write_generated, write_if_changed
from .pages import GENERATED_NOTE, all_pages, derive
from .search.index import INDEX_FOLDER, IndexReport, index_files

DEFAULT_SITE_NAME = "News archive"
GENERATED_FOLDERS = ("cite", "data", INDEX_FOLDER)


@dataclass
class BuildReport:
    pages: int
    written: int
    removed: int
    warnings: list[str]
    search: IndexReport


def site_name_from(config_file: Path) -> str:
    """``site_name`` of a mkdocs.yml, read without executing its tags."""
    if not config_file.is_file():
        return DEFAULT_SITE_NAME

    class _Lenient(yaml.SafeLoader):
        pass

    _Lenient.add_multi_constructor("", lambda loader, suffix, node: None)
    try:
        data = yaml.load(config_file.read_text(encoding="utf-8"), Loader=_Lenient) or {}
    except yaml.YAMLError:
        return DEFAULT_SITE_NAME
    return str(data.get("site_name") or DEFAULT_SITE_NAME)


def build(content: Path, out: Path, *, site_name: str = DEFAULT_SITE_NAME,
          strict: bool = False, directory_urls: bool = True,
          site_url: str | None = None) -> BuildReport:
    """Write the generated pages and the search index for ``content`` into ``out``.

    ``directory_urls`` must match MkDocs' ``use_directory_urls``: the search index stores
    page addresses. Raises ContentError, listing every problem, when the content has errors.
    """
    # Gather: everything is validated before anything is written.
    archive = load_or_fail(content, strict=strict)
    # Derive: groupings and indexes.
    model = derive(archive, site_name=site_name, site_url=site_url, directory_urls=directory_urls)
    pages = all_pages(model, site_name)
    # Write: atomically, and only what changed (mkdocs serve watches this folder).
    written = sum(write_if_changed(out / name, text, durable=False) for name, text in pages.items())
    search, index = index_files(model, directory_urls=directory_urls)
    data = {**exports(site_name, model, site_url, directory_urls),
            **citation_files(model, site_name, site_url, directory_urls),
            **{f"{INDEX_FOLDER}/{name}": text for name, text in index.items()}}
    write_generated(out, data, owned=GENERATED_FOLDERS)
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
    return BuildReport(len(pages), written, removed,
                       [str(p) for p in archive.problems.warnings], search)
