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
SEEDS = ROOT / "tests" / "data" / "seeds"  # the archive's five captures and their manifest


def mkdocs_config_for(content: Path, work: Path, *, file_urls: bool = False,
                      language: str | None = None, options: dict | None = None) -> Path:
    """A mkdocs.yml that inherits the project's and builds ``content`` into ``work``, in the
    interface ``language`` when given (``theme.language``), with the archive plugin's
    ``options`` besides its content folder."""
    config = {
        "INHERIT": str(ROOT / "mkdocs.yml"),
        "use_directory_urls": not file_urls,
        "docs_dir": str(work / "docs"),
        "site_dir": str(work / "site"),
        "plugins": [{"archive": {"content": str(content), **(options or {})}}, "redirects"],
    }
    if language:
        config["theme"] = {"language": language}
    (work / "docs").mkdir(parents=True, exist_ok=True)
    path = work / "mkdocs.yml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def run_mkdocs_build(content: Path, work: Path, *, strict: bool = True,
                     language: str | None = None) -> subprocess.CompletedProcess:
    config = mkdocs_config_for(content, work, language=language)
    command = [sys.executable, "-m", "mkdocs", "build", "-f", str(config)]
    if strict:
        command.append("--strict")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(command, capture_output=True, text=True, env=env, cwd=work)


def built_site(tmp_path_factory, content: Path, name: str, language: str | None = None) -> Path:
    """``content`` built by MkDocs (strict) in a fresh folder, in the interface ``language``
    when given; returns the site folder."""
    work = tmp_path_factory.mktemp(name)
    result = run_mkdocs_build(content, work, language=language)
    assert result.returncode == 0, result.stdout + result.stderr
    return work / "site"


@pytest.fixture(scope="session")
def fixture_site(tmp_path_factory) -> Path:
    """The fixture archive, built."""
    return built_site(tmp_path_factory, FIXTURES / "archive", "fixture-site")


@pytest.fixture(scope="session")
def content_site(tmp_path_factory) -> Path:
    """The archive's own content/, built."""
    return built_site(tmp_path_factory, ROOT / "content", "content-site")


@pytest.fixture(scope="session")
def fixture_docs(tmp_path_factory) -> Path:
    """The fixture archive's generated docs folder, with a known site address."""
    from generator.build import build

    out = tmp_path_factory.mktemp("fixture-docs")
    build(FIXTURES / "archive", out, site_name="Test archive", site_url="https://example.org/a/")
    return out
