"""Other engines: the Markdown `python -m generator build` writes renders with Zensical (the
announced successor of Material for MkDocs, which reads mkdocs.yml) as it does with MkDocs."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import FIXTURES, ROOT

# What the archive needs of mkdocs.yml for an engine that runs no MkDocs plugin: the pages
# come from `python -m generator build`, the theme overrides from theme/.
CONFIG = f"""site_name: Test archive
docs_dir: docs
use_directory_urls: true
theme:
  name: material
  custom_dir: {ROOT / "theme"}
  language: en
# The archive brings its own search (search-index/, the search page); an engine's own index
# would repeat every page's text, and Zensical's stops at 16,384 words a section.
plugins:
  - search:
      enabled: false
markdown_extensions:
  - attr_list
  - md_in_html
  - tables
  - toc:
      permalink: false
nav:
  - Home: index.md
  - Events: events/index.md
  - Timeline: timeline.md
  - Languages: languages/index.md
  - Outlets: outlets/index.md
  - People & places: entities/index.md
  - Search: search.md
"""


def zensical() -> str:
    found = shutil.which("zensical", path=str(Path(sys.executable).parent)) or \
        shutil.which("zensical")
    if not found:
        pytest.fail("Zensical is a test dependency: pip install -c constraints.txt -e '.[test]'")
    return found


def test_the_generated_markdown_builds_with_zensical(tmp_path):
    site = tmp_path / "zensical-site"
    site.mkdir()
    result = subprocess.run(
        [sys.executable, "-m", "generator", "build", "--config", str(ROOT / "mkdocs.yml"),
         "--content", str(FIXTURES / "archive"), "--out", str(site / "docs")],
        capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    (site / "mkdocs.yml").write_text(CONFIG, encoding="utf-8")
    built = subprocess.run([zensical(), "build"], cwd=site, capture_output=True, text=True,
                           env={**os.environ, "NO_MKDOCS_2_WARNING": "1"}, timeout=300)
    assert built.returncode == 0, built.stdout + built.stderr
    event = (site / "site" / "events" / "caspian-bridge-opening" / "index.html").read_text("utf-8")
    assert "How the story spread" in event and '<svg class="chart"' in event
    assert 'lang="fa" dir="rtl"' in event  # each article's text in its own direction
    home = (site / "site" / "index.html").read_text(encoding="utf-8")
    assert "archive-search-box" in home and "assets/archive.css" in home  # the overrides
    assert (site / "site" / "search-index" / "manifest.js").is_file()
    assert (site / "site" / "data" / "articles.csv").is_file()
