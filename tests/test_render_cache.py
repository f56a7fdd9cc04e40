"""Pages already rendered are not parsed again, and the site comes out the same."""

from __future__ import annotations

import filecmp
import os
import re
import shutil
import subprocess
import sys

from .conftest import FIXTURES, mkdocs_config_for


def build(config, site) -> str:
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f",
                             str(config), "-d", str(site)], capture_output=True, text=True,
                            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout + result.stderr


def differing(a, b) -> list[str]:
    compared = filecmp.dircmp(a, b)
    found = [*compared.left_only, *compared.right_only]
    _, mismatch, errors = filecmp.cmpfiles(a, b, compared.common_files, shallow=False)
    found += mismatch + errors
    for sub in compared.common_dirs:
        found += [f"{sub}/{name}" for name in differing(a / sub, b / sub)]
    return found


def test_a_second_build_takes_its_pages_from_the_cache_and_writes_the_same_site(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(FIXTURES / "archive", content)
    config = mkdocs_config_for(content, tmp_path / "work")
    first = build(config, tmp_path / "cold")
    assert "0 taken from the cache" in first
    assert (tmp_path / "work" / ".cache" / "archive" / "rendered-pages.sqlite").is_file()
    assert not list(content.rglob("*.sqlite"))  # never in the content folder
    second = build(config, tmp_path / "warm")
    # the article pages that read the same to Markdown (their HTML set aside) are rendered
    # once, and that render is kept too
    taken = re.search(r"archive: 0 pages rendered, (\d+) taken from the cache, (\d+) the same "
                      r"as another page", second)
    assert taken and int(taken.group(1)) + int(taken.group(2)) == 30 and int(taken.group(2))
    assert differing(tmp_path / "cold", tmp_path / "warm") == []
    # an edited article: its pages and those that show its title are rendered again
    article = content / "articles" / "2024-03-18-vestnik-parom.md"
    article.write_text(article.read_text(encoding="utf-8").replace(
        "Паромный мост", "Новый паромный мост", 1), encoding="utf-8")
    third = build(config, tmp_path / "edited")
    rendered = int(third.split("archive: ")[-1].split(" pages rendered")[0])
    assert 0 < rendered < 30
    html = (tmp_path / "edited" / "articles/2024-03-18-vestnik-parom/index.html").read_text(
        encoding="utf-8")
    assert "Новый паромный мост" in html


def test_the_generator_makes_nothing_again_when_nothing_changed(tmp_path):
    from generator.build import generate
    from generator.reuse.forked import wait_for_children

    content = tmp_path / "content"
    shutil.copytree(FIXTURES / "archive", content)
    cache = tmp_path / "cache"
    cold = generate(content, cache=cache)
    wait_for_children()  # the memo is kept by a child, in the background
    assert (cache / "memo.pickle").is_file() and not list(content.rglob("*.pickle"))
    warm = generate(content, cache=cache)
    assert warm.pages == cold.pages and warm.files == cold.files
    assert warm.pages == generate(content).pages  # the same as without any cache
    # any change to a content file, or to the settings, makes it again
    outlet = content / "outlets" / "vestnik.yml"
    outlet.write_text(outlet.read_text(encoding="utf-8").replace(
        "Vecherny Vestnik", "Vecherny Vestnik (Moscow)"), encoding="utf-8")
    edited = generate(content, cache=cache)
    assert "Vecherny Vestnik (Moscow)" in edited.pages["outlets/vestnik.md"]
    assert generate(content, cache=cache, language="ru").pages["index.md"] != edited.pages["index.md"]


def test_a_damaged_cache_is_made_again(tmp_path):
    from generator.build import generate

    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "memo.pickle").write_bytes(b"not a pickle")
    (cache / "file-hashes.pickle").write_bytes(b"\x80\x05damaged")
    (cache / "rendered-pages.sqlite").write_bytes(b"not a database at all" * 100)
    assert generate(FIXTURES / "archive", cache=cache).pages
    from generator.reuse.renders import RenderCache

    RenderCache(cache).close()  # a damaged render cache is replaced, never an error


def test_pages_that_read_the_same_to_markdown_come_out_as_each_would_alone(tmp_path,
                                                                          monkeypatch):
    """Article pages whose Markdown (their HTML set aside) is the same text share one render:
    the site is the one made when every page is rendered on its own, without any cache."""
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    from generator.reuse.renders import Shapes

    content = tmp_path / "content"
    shutil.copytree(FIXTURES / "archive", content)
    config = mkdocs_config_for(content, tmp_path / "work")
    log = build(config, tmp_path / "shared")
    shared = re.search(r"(\d+) the same as another page", log)
    assert shared and int(shared.group(1)) >= 3, log  # of the seven articles
    monkeypatch.setattr(Shapes, "shared", classmethod(lambda cls, markdown: False))
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    alone = load_config(str(config), site_dir=str(tmp_path / "alone"))
    alone.plugins["archive"].config.cache = False
    mkdocs_build(alone)
    assert differing(tmp_path / "shared", tmp_path / "alone") == []


def test_a_previews_theme_templates_are_compiled_once_until_they_change(tmp_path):
    """MkDocs makes a new Jinja environment for every build of a preview; the plugin keeps
    the compiled templates between them, and compiles again a template whose text changed."""
    import jinja2

    from generator.preview import CompiledTemplates

    (tmp_path / "page.html").write_text("{{ title }}!", encoding="utf-8")
    compiled = CompiledTemplates()
    compiles: list[str] = []

    def environment() -> jinja2.Environment:
        env = jinja2.Environment(loader=jinja2.FileSystemLoader(tmp_path))
        env.bytecode_cache = compiled
        original = env.compile

        def compile_counted(source, name=None, filename=None, *args, **kwargs):
            compiles.append(name)
            return original(source, name, filename, *args, **kwargs)

        env.compile = compile_counted
        return env

    assert environment().get_template("page.html").render(title="one") == "one!"
    assert environment().get_template("page.html").render(title="two") == "two!"
    assert compiles == ["page.html"]
    (tmp_path / "page.html").write_text("{{ title }}?", encoding="utf-8")
    assert environment().get_template("page.html").render(title="three") == "three?"
    assert compiles == ["page.html", "page.html"]
