"""The package as a user installs it: a wheel, not the checkout, in a fresh environment."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from .conftest import ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    # built from a copy: setuptools leaves a build/ folder in the tree it builds
    source = tmp_path_factory.mktemp("source") / "project"
    anywhere = shutil.ignore_patterns(".git", ".venv", "*.egg-info", "__pycache__",
                                      ".pytest_cache", ".ruff_cache")

    def ignore(folder: str, names: list[str]) -> set[str]:
        # the outputs at the top (MkDocs' site/, build/, generated/), not generator/site/
        top = {"build", "site", "generated", "output"} if Path(folder) == ROOT else set()
        return set(anywhere(folder, names)) | (top & set(names))

    shutil.copytree(ROOT, source, ignore=ignore)
    result = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w",
                             str(out), str(source)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    return next(out.glob("*.whl"))


def test_the_wheel_holds_every_package_the_theme_and_the_data(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    modules = {p.relative_to(ROOT).as_posix() for p in (ROOT / "generator").rglob("*.py")}
    data = {p.relative_to(ROOT).as_posix() for p in (ROOT / "generator").rglob("*")
            if p.suffix in (".json", ".md", ".html", ".po")}
    theme = {f"generator/{p.relative_to(ROOT).as_posix()}" for p in (ROOT / "theme").rglob("*")
             if p.is_file()}
    assert {"generator/plugin.py", "generator/site/pages.py", "generator/text/fold.py",
            "generator/ingest/story_model.json", "generator/theme/main.html",
            "generator/theme/assets/search.js"} <= modules | data | theme
    for expected in sorted(modules | data | theme):
        assert expected in names, expected
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "archive = generator.plugin:ArchivePlugin" in text


def test_a_site_of_ones_own_builds_with_the_installed_plugin(wheel, tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    # the dependencies come from the test environment; the archive itself only from the wheel
    site_packages = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True, text=True, check=True).stdout.strip()
    Path(site_packages, "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    result = subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-deps",
                             "--no-index", str(wheel)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    site = tmp_path / "my-site"
    (site / "docs").mkdir(parents=True)
    shutil.copytree(ROOT / "content", site / "archive")
    (site / "mkdocs.yml").write_text(
        "site_name: My own archive\ntheme:\n  name: material\nplugins:\n"
        "  - archive:\n      content: archive\n", encoding="utf-8")
    env = {"PATH": f"{venv / 'bin'}:/usr/bin:/bin", "NO_MKDOCS_2_WARNING": "1",
           "HOME": os.environ.get("HOME", str(tmp_path))}
    where = subprocess.run([str(python), "-c", "import generator; print(generator.__file__)"],
                           capture_output=True, text=True, cwd=site, env=env)
    assert where.stdout.startswith(site_packages), where.stdout + where.stderr
    check = subprocess.run([str(venv / "bin" / "archive"), "check", "--content", "archive"],
                           capture_output=True, text=True, cwd=site, env=env)
    assert check.returncode == 0, check.stdout + check.stderr
    build = subprocess.run([str(python), "-m", "mkdocs", "build", "--strict"],
                           capture_output=True, text=True, cwd=site, env=env)
    assert build.returncode == 0, build.stdout + build.stderr
    built = site / "site"
    assert (built / "events" / "bush-putin-transcripts" / "index.html").is_file()
    assert (built / "search-index" / "manifest.js").is_file()
    assert "archive-search-box" in (built / "index.html").read_text(encoding="utf-8")
    assert not list((site / "docs").iterdir())  # nothing written into docs/
