"""Shared helpers: paths, and a real MkDocs build of any content folder into a temp dir."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEEDS = ROOT.parent / "shared" / "seeds"


def mkdocs_config_for(content: Path, work: Path, *, file_urls: bool = False) -> Path:
    """A copy of the project's mkdocs.yml that builds ``content`` into ``work``."""
    from mkdocs.utils.yaml import get_yaml_loader

    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=get_yaml_loader())
    config["use_directory_urls"] = not file_urls
    config["docs_dir"] = str(work / "docs")
    config["site_dir"] = str(work / "site")
    config["theme"]["custom_dir"] = str(ROOT / "theme")
    config["hooks"] = [str(ROOT / "generator" / "mkdocs_hook.py")]
    config["watch"] = [str(content)]
    config["extra"]["archive"]["content"] = str(content)
    (work / "docs").mkdir(parents=True, exist_ok=True)
    path = work / "mkdocs.yml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def run_mkdocs_build(content: Path, work: Path, *, strict: bool = True) -> subprocess.CompletedProcess:
    config = mkdocs_config_for(content, work)
    command = [sys.executable, "-m", "mkdocs", "build", "-f", str(config)]
    if strict:
        command.append("--strict")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(command, capture_output=True, text=True, env=env, cwd=work)


@pytest.fixture(scope="session")
def fixture_site(tmp_path_factory) -> Path:
    """The fixture archive built by MkDocs (strict); returns the site folder."""
    work = tmp_path_factory.mktemp("fixture-site")
    result = run_mkdocs_build(FIXTURES / "archive", work)
    assert result.returncode == 0, result.stderr
    return work / "site"


@pytest.fixture(scope="session")
def content_site(tmp_path_factory) -> Path:
    """The archive's own content/ built by MkDocs (strict); returns the site folder."""
    work = tmp_path_factory.mktemp("content-site")
    result = run_mkdocs_build(ROOT / "content", work)
    assert result.returncode == 0, result.stderr
    return work / "site"
