"""A build that reuses what the last one made (``incremental``) makes exactly what a build
from nothing makes: after each kind of edit, in the build cache and in a preview's memory."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.build import build, generate, generate_from, generate_later
from generator.content import load_archive
from generator.reuse.memo import Memo
from generator.site.search_index import Cancelled
from generator.site.urls import Urls

from .conftest import FIXTURES, ROOT

ARTICLE = "articles/2024-03-18-vestnik-parom.md"


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{path.name} lacks {old!r}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


# Each edit a curator (or ingest) makes, in the order the test applies them: every one of
# them changes some page, so a page that depends on it and is not made again shows.
EDITS = {
    "an article's title": lambda c: _replace(c / ARTICLE, "Паромный мост между", "Паромная линия между"),
    "an article's text": lambda c: _replace(c / ARTICLE, "открылась ещё одна", "открылась новая"),
    "an article's event": lambda c: _replace(c / ARTICLE, "event: caspian-bridge-opening",
                                             "event: desert-summit"),
    "an article's names": lambda c: _replace(c / ARTICLE, "  - turkmenbashi\nraw", "raw"),
    "an outlet's name": lambda c: _replace(c / "outlets/vestnik.yml", "name: Vecherny Vestnik",
                                           "name: Evening Herald"),
    "an outlet's country": lambda c: _replace(c / "outlets/vestnik.yml", "country: Russia",
                                              "country: Kazakhstan"),
    "an entity's names": lambda c: _replace(c / "entities/baku.yml", "name: Baku", "name: Baku City"),
    "an event's title": lambda c: _replace(c / "events/desert-summit.md", "title: ", "title: The "),
    "a syndicated copy": lambda c: shutil.copy(c / ARTICLE, c / "articles/2024-03-18-vestnik-copy.md"),
    "an article removed": lambda c: (c / "articles/2024-04-02-vestnik-unassigned.md").unlink(),
    "an entity added that an event names": lambda c: (c / "entities/az-transport.yml").write_text(
        "name: Azerbaijan Ministry of Transport\nkind: organisation\nnames:\n"
        "  en: [Azerbaijan Ministry of Transport]\n", encoding="utf-8"),
}


def _same(made, cold) -> None:
    assert sorted(made.pages) == sorted(cold.pages)
    assert sorted(made.files) == sorted(cold.files)
    stale = [name for name in made.pages if made.pages[name] != cold.pages[name]]
    stale += [name for name in made.files if made.files[name] != cold.files[name]]
    assert not stale, f"differs from a build without a cache: {stale[:5]}"


@pytest.fixture
def content(tmp_path) -> Path:
    folder = tmp_path / "content"
    shutil.copytree(FIXTURES / "archive", folder)  # copy2: the files keep their old times
    return folder


def test_every_edit_builds_as_a_build_without_the_cache(content, tmp_path):
    cache = tmp_path / "cache"
    made = generate(content, cache=cache)
    assert made.changed is None  # the first build has nothing to compare with
    before = generate(content)
    _same(made, before)
    for what, edit in EDITS.items():
        edit(content)
        made = generate(content, cache=cache)
        cold = generate(content)
        _same(made, cold)
        was = {**before.pages, **before.files}
        assert made.changed == {name for name, text in {**cold.pages, **cold.files}.items()
                                if was.get(name) != text}, what
        assert made.changed, f"{what}: nothing changed"
        before = cold
    again = generate(content, cache=cache)
    assert again.changed == set()
    _same(again, generate(content))


def test_only_what_an_edit_touches_is_made_again(content, tmp_path):
    memo = Memo()
    urls = Urls()
    generate_from(load_archive(content, memo=memo.table("load")), urls, memo)
    memo.table("pages").made = memo.table("pages").reused = 0
    EDITS["an article's text"](content)
    made = generate_from(load_archive(content, memo=memo.table("load")), urls, memo)
    # the article, its capture and event pages, the pages listing it, the index pages
    assert memo.table("pages").made <= 16 and memo.table("pages").reused >= 10, (memo.table("pages").made, memo.table("pages").reused)
    assert {"articles/2024-03-18-vestnik-parom.md", "events/caspian-bridge-opening.md"} <= made.changed
    assert "articles/2024-03-20-daily-meridian-ferry.md" not in made.changed


def test_the_search_index_patches_the_edited_records_postings_only(content):
    """An edit in place (no record added, moved or renamed) patches the last index's postings:
    the files are those of an index made afresh, and the other records' terms are untouched."""
    memo = Memo()
    urls = Urls()
    generate_from(load_archive(content, memo=memo.table("load")), urls, memo)
    first = dict(memo.parts["counts"].last.postings)
    url = "articles/2024-03-18-vestnik-parom/"
    before_terms = memo.parts["counts"].terms_of(memo.parts["counts"].last.urls.index(url))
    EDITS["an article's text"](content)
    made = generate_from(load_archive(content, memo=memo.table("load")), urls, memo)
    assert memo.parts["counts"].patched == 1
    cold = generate_from(load_archive(content), urls)
    index = {name: text for name, text in made.files.items() if name.startswith("search-index/")}
    assert index and index == {name: text for name, text in cold.files.items()
                               if name.startswith("search-index/")}
    last = memo.parts["counts"].last
    now = last.postings
    assert now["новая"] and "новая" not in first  # the edit's new word
    edited = {term for terms in (before_terms, memo.parts["counts"].terms_of(last.urls.index(url)))
              for term in terms}
    untouched = [term for term in first if term not in edited]
    assert untouched and all(now[term] == first[term] for term in untouched)


def test_the_preview_memo_follows_edits_of_captures_and_records(tmp_path):
    """The project's own archive: raw captures and cleaning records feed the capture pages."""
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    memo = Memo()
    urls = Urls("Archive")
    generate_from(load_archive(content, memo=memo.table("load")), urls, memo)
    record = sorted((content / "provenance").glob("*.json"))[0]
    _replace(record, '"cleaner"', '"cleaner" ')  # the same record, written again
    text = record.read_text(encoding="utf-8")
    record.write_text(text.replace('"input": "html"', '"input": "text"', 1)
                      if '"input": "html"' in text else text.replace('"input": "text"',
                                                                     '"input": "html"', 1),
                      encoding="utf-8")
    made = generate_from(load_archive(content, memo=memo.table("load")), urls, memo)
    _same(made, generate_from(load_archive(content), urls))
    assert f"captures/{record.stem}.md" in made.changed


def test_a_second_build_into_the_same_folder_writes_only_what_changed(content, tmp_path):
    cache, out = tmp_path / "cache", tmp_path / "docs"
    first = build(content, out, cache=cache)
    assert first.written == first.pages
    EDITS["an outlet's name"](content)
    second = build(content, out, cache=cache)
    assert 0 < second.written < first.pages
    fresh = tmp_path / "fresh"
    build(content, fresh)
    assert sorted(p.relative_to(out) for p in out.rglob("*") if p.is_file()) == \
        sorted(p.relative_to(fresh) for p in fresh.rglob("*") if p.is_file())
    for path in fresh.rglob("*"):
        if path.is_file():
            assert (out / path.relative_to(fresh)).read_bytes() == path.read_bytes(), path
    # a page deleted by hand from the folder is written again, though nothing changed
    (out / ARTICLE).unlink()
    build(content, out, cache=cache)
    assert (out / ARTICLE).is_file()
    # an article removed: its page, citations and search record go, and nothing else
    EDITS["an article removed"](content)
    third = build(content, out, cache=cache)
    assert third.removed == 1
    shutil.rmtree(fresh)
    build(content, fresh)
    assert sorted(p.relative_to(out) for p in out.rglob("*") if p.is_file()) == \
        sorted(p.relative_to(fresh) for p in fresh.rglob("*") if p.is_file())


def test_a_build_with_nothing_to_do_reads_only_the_names_of_the_last_site(
        content, tmp_path, monkeypatch):
    from generator.reuse import cache as build_cache

    cache, out = tmp_path / "cache", tmp_path / "docs"
    first = build(content, out, cache=cache)
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}

    def no_texts(self, key):
        raise AssertionError("the last site's texts were read")

    monkeypatch.setattr(build_cache.BuildCache, "load", no_texts)
    # the names are kept apart from the memo: a build right after another need not wait for
    # the memo being kept in the background
    (cache / "memo.pickle").unlink()
    again = build(content, out, cache=cache)
    assert (again.pages, again.written, again.removed) == (first.pages, 0, 0)
    assert again.warnings == first.warnings and again.search == first.search
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    # another folder, or one missing a file, is written the full way
    for folder in (tmp_path / "elsewhere", out):
        if folder == out:
            (out / ARTICLE).unlink()
        with pytest.raises(AssertionError, match="texts were read"):
            build(content, folder, cache=cache)
    monkeypatch.undo()
    assert build(content, out, cache=cache).written == 1
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before


def test_an_index_cancelled_midway_leaves_the_memo_good_for_the_next(content):
    """A preview's index gives way to a newer build wherever it is asked: whatever point it
    stops at, the memo's next index is the one a build without a memo makes."""
    memo = Memo()
    urls = Urls()
    generate_from(load_archive(content, memo=memo.table("load")), urls, memo)
    EDITS["an article's text"](content)
    cold = dict(generate_from(load_archive(content), urls).files)
    cold_index = {name.removeprefix("search-index/"): text for name, text in cold.items()
                  if name.startswith("search-index/")}
    asked = 0
    for stop_at in range(1, 40):
        _, later = generate_later(load_archive(content, memo=memo.table("load")), urls, memo)
        calls = 0

        def cancelled(stop_at: int = stop_at) -> bool:
            nonlocal calls
            calls += 1
            return calls >= stop_at

        try:
            later.make(cancelled)
        except Cancelled:
            asked = max(asked, calls)
        else:
            break  # it finished before being told to stop: every check point was tried
        _, index = later.make()
        assert index == cold_index, f"stopped at check {stop_at}"
    else:
        pytest.fail("the index never finished: it should ask a bounded number of times")
    assert asked >= 4  # records, before postings, terms, record files
