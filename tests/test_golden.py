"""The generated Markdown of the fixture archive, compared page by page with the goldens."""

from __future__ import annotations

from pathlib import Path

import pytest

from .regenerate_goldens import GOLDEN, regenerate

GOLDEN_PAGES = sorted(p.relative_to(GOLDEN).as_posix() for p in GOLDEN.rglob("*.md"))


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("generated")
    regenerate(out)
    return out


def test_the_same_pages_are_generated(generated):
    pages = sorted(p.relative_to(generated).as_posix() for p in generated.rglob("*.md"))
    assert pages == GOLDEN_PAGES, "run `python -m tests.regenerate_goldens` after an intended change"


@pytest.mark.parametrize("page", GOLDEN_PAGES)
def test_page_matches_golden(generated, page):
    expected = (GOLDEN / page).read_text(encoding="utf-8")
    actual = (generated / page).read_text(encoding="utf-8")
    assert actual == expected, (
        f"{page} differs from its golden; if the change is intended, run "
        "`python -m tests.regenerate_goldens` and review the diff"
    )


def test_goldens_cover_every_kind_of_page():
    for page in ["index.md", "timeline.md", "events/index.md", "events/caspian-bridge-opening.md",
                 "articles/2024-03-19-aseman-pol.md", "languages/fa.md", "outlets/aseman.md"]:
        assert page in GOLDEN_PAGES


def test_rebuild_rewrites_nothing_and_removes_stale_pages(tmp_path):
    from generator.build import build

    from .regenerate_goldens import FIXTURE

    out = tmp_path / "docs"
    first = build(FIXTURE, out)
    assert first.written == first.pages
    stale = out / "articles" / "gone.md"
    stale.write_text((out / "index.md").read_text(encoding="utf-8"), encoding="utf-8")
    mine = out / "notes.md"
    mine.write_text("A file someone wrote by hand.\n", encoding="utf-8")
    old_citation = out / "cite" / "articles" / "gone.bib"
    old_citation.write_text("@online{gone}\n", encoding="utf-8")
    second = build(FIXTURE, out)
    assert (second.written, second.removed) == (0, 1)
    assert not stale.exists() and mine.exists() and not old_citation.exists()
