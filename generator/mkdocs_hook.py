"""MkDocs hook: generate the archive's pages from content/ before every build and serve.

Registered in mkdocs.yml under ``hooks:``; ``watch:`` there covers content/, so a curator who
edits a file while ``mkdocs serve`` runs sees the page change. Content errors stop the build
with every problem listed, file and line first.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from mkdocs.exceptions import Abort

_ROOT = Path(__file__).resolve().parent.parent
if str(_ROOT) not in sys.path:  # the hook is loaded by path; make the package importable
    sys.path.insert(0, str(_ROOT))

from generator.build import build  # noqa: E402
from generator.problems import ContentError  # noqa: E402

log = logging.getLogger("mkdocs.hooks.archive")


def _content_dir(config) -> Path:
    settings = (config.extra or {}).get("archive") or {}
    content = Path(settings.get("content", "content"))
    if not content.is_absolute():
        content = Path(config.config_file_path).parent / content
    return content


def on_pre_build(config) -> None:
    content = _content_dir(config)
    try:
        report = build(content, Path(config.docs_dir), site_name=config.site_name,
                       directory_urls=config.use_directory_urls, site_url=config.site_url)
    except ContentError as exc:
        raise Abort(f"Cannot build the archive: {exc}") from exc
    for warning in report.warnings:
        log.warning(warning)
    log.info("archive: %d pages generated from %s (%d written, %d removed); search index of "
             "%d records", report.pages, content, report.written, report.removed,
             report.search.records)
