"""`archive rename`: a page gets a new name, everything that pointed at it follows, and its
old address still leads to it."""

from __future__ import annotations

import shutil

from generator.cli import main
from generator.frontmatter import read_document

from .conftest import FIXTURES, run_mkdocs_build


def copy(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(FIXTURES / "archive", content)
    return content


def test_renaming_an_event_moves_its_articles_and_redirects_its_page(tmp_path, capsys):
    content = copy(tmp_path)
    note = content / "outlets" / "pusula.yml"
    note.write_text(note.read_text(encoding="utf-8")
                    + "notes: See [the summit](../events/desert-summit.md).\n", "utf-8")
    assert main(["rename", "desert-summit", "amman-water-summit-2023",
                 "--content", str(content)]) == 0
    out = capsys.readouterr().out
    assert "renamed the event desert-summit to amman-water-summit-2023" in out
    assert not (content / "events" / "desert-summit.md").exists()
    assert (content / "events" / "amman-water-summit-2023.md").is_file()
    events = {read_document(p).meta.get("event") for p in (content / "articles").glob("*.md")}
    assert "desert-summit" not in events and "amman-water-summit-2023" in events
    assert "../events/amman-water-summit-2023.md" in note.read_text(encoding="utf-8")
    assert main(["check", "--content", str(content)]) == 0
    result = run_mkdocs_build(content, tmp_path / "work")
    assert result.returncode == 0, result.stdout + result.stderr
    old = (tmp_path / "work" / "site" / "events" / "desert-summit" / "index.html")
    assert "amman-water-summit-2023" in old.read_text(encoding="utf-8")  # forwards the reader


def test_renaming_an_article_takes_its_records_along(tmp_path, capsys):
    content = copy(tmp_path)
    article = next((content / "articles").glob("2024-03-19-*.md"))
    provenance = content / "provenance" / f"{article.stem}.json"
    provenance.parent.mkdir(exist_ok=True)
    provenance.write_text("{}", encoding="utf-8")
    assert main(["rename", article.name, "2024-03-19-aseman-floating-bridge",
                 "--content", str(content)]) == 0
    assert (content / "articles" / "2024-03-19-aseman-floating-bridge.md").is_file()
    assert (content / "provenance" / "2024-03-19-aseman-floating-bridge.json").is_file()
    redirects = (content / "redirects.yml").read_text(encoding="utf-8")
    assert f"articles/{article.stem}.md: articles/2024-03-19-aseman-floating-bridge.md" in redirects
    assert f"captures/{article.stem}.md: captures/2024-03-19-aseman-floating-bridge.md" in redirects
    # renamed again: the first address forwards straight to the latest name
    assert main(["rename", "2024-03-19-aseman-floating-bridge", "2024-03-19-aseman-bridge",
                 "--content", str(content)]) == 0
    redirects = (content / "redirects.yml").read_text(encoding="utf-8")
    assert f"articles/{article.stem}.md: articles/2024-03-19-aseman-bridge.md" in redirects


def test_a_rename_that_would_overwrite_or_break_is_refused(tmp_path, capsys):
    content = copy(tmp_path)
    before = sorted(p.read_bytes() for p in content.rglob("*") if p.is_file())
    assert main(["rename", "desert-summit", "caspian-bridge-opening", "--content",
                 str(content)]) == 1
    assert "exists already; choose another name (nothing is overwritten)" in capsys.readouterr().err
    assert main(["rename", "desert-summit", "Bad Name", "--content", str(content)]) == 1
    assert "cannot name an event: use lower-case letters, digits and hyphens" in \
        capsys.readouterr().err
    assert main(["rename", "no-such-page", "x", "--content", str(content)]) == 1
    assert sorted(p.read_bytes() for p in content.rglob("*") if p.is_file()) == before


def test_a_renamed_article_without_a_capture_page_builds(tmp_path):
    """An article written by hand has no capture page: its old capture address has nothing
    to forward to, and the build (strict) does not stop on it."""
    content = copy(tmp_path)
    article = next((content / "articles").glob("2024-03-19-*.md"))
    assert main(["rename", article.name, "2024-03-19-aseman-bridge", "--content", str(content)]) == 0
    result = run_mkdocs_build(content, tmp_path / "work")
    assert result.returncode == 0, result.stdout + result.stderr
    site = tmp_path / "work" / "site"
    old = site / "articles" / article.stem / "index.html"
    assert "2024-03-19-aseman-bridge" in old.read_text(encoding="utf-8")  # forwards the reader
    assert not (site / "captures" / article.stem).exists()
