"""Work done in a forked child (``forked``) gives what the call would give here: its value, its
exception, or, when the child dies, the call made here; and a build whose search index is made
beside its pages is the build made in one process, byte for byte, memo included."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from generator.build import generate, generate_from, generate_later
from generator.content import load_archive
from generator.reuse import forked as forked_module
from generator.reuse.forked import Forked, can_fork
from generator.reuse.memo import Kept, Memo
from generator.site.urls import Urls

from .conftest import FIXTURES

pytestmark = pytest.mark.skipif(not can_fork(), reason="needs fork and a second core")


def _edit(content: Path) -> None:
    article = content / "articles/2024-03-18-vestnik-parom.md"
    article.write_text(article.read_text(encoding="utf-8").replace(
        "открылась ещё одна", "открылась новая", 1), encoding="utf-8")


def _preview(tmp_path: Path, monkeypatch):
    """(content, a preview session, its first generation and how to make its index, of a copy of the test archive,
    with the first index to be made in a child)."""
    from generator.preview import PreviewSession

    content = tmp_path / "content"
    shutil.copytree(FIXTURES / "archive", content)
    monkeypatch.setattr(forked_module, "SECOND_CORE_FROM", 0)
    plugin = PreviewSession()
    made, made_later = generate_later(
        load_archive(content, memo=plugin.memo.table("load")), Urls(), plugin.memo)
    return content, plugin, made, made_later


def test_the_work_runs_in_another_process_and_its_value_comes_back():
    here = os.getpid()
    with Forked(lambda: (os.getpid(), {"terms": ["ə", "ş"] * 50_000})) as job:
        pid, value = job.result()
    assert pid != here
    assert value == {"terms": ["ə", "ş"] * 50_000}  # more than a pipe holds at once


def test_an_exception_in_the_work_is_raised_here():
    def work():
        raise ValueError("content/articles/x.md: bad date")

    with Forked(work) as job, pytest.raises(ValueError, match="x.md: bad date"):
        job.result()


def test_a_child_that_dies_before_answering_has_its_work_done_here():
    here = os.getpid()

    def work():
        if os.getpid() != here:
            os._exit(3)  # as if killed for its memory
        return "made here"

    with Forked(work) as job:
        assert job.result() == "made here"


def test_waiting_for_the_answer_returns_once_it_begins_to_arrive_or_the_child_is_gone():
    here = os.getpid()
    with Forked(lambda: time.sleep(0.5) or "late") as job:
        started = time.monotonic()
        job.wait_for_answer()
        assert time.monotonic() - started >= 0.4  # not before the child answers
        assert job.result() == "late"

    def dies():
        if os.getpid() != here:
            os._exit(3)
        return "made here"

    with Forked(dies) as job:
        job.wait_for_answer()  # the child's end, not a hang
        assert job.result() == "made here"
    Forked(lambda: 1, fork=False).wait_for_answer()  # no child: at once


def test_work_in_the_background_is_done_by_a_child_that_is_waited_for(tmp_path):
    from generator.reuse.forked import in_background, wait_for_children

    here = os.getpid()
    kept = tmp_path / "kept"
    in_background(lambda: time.sleep(0.3) or kept.write_text(str(os.getpid())))
    assert not kept.exists()  # this process went on at once
    in_background(lambda: 1 / 0)  # a failure stays in its child
    wait_for_children()
    assert kept.read_text() != str(here)


def test_a_command_may_leave_its_background_children_running_without_holding_its_output(
        tmp_path):
    """``leave_at_exit``: the process exits at once, its child (stdout and stderr let go of)
    goes on: whoever reads the command's output is not kept waiting."""
    import subprocess
    import sys

    from .conftest import ROOT

    kept = tmp_path / "kept"
    script = ("import time; from pathlib import Path; "
              "from generator.reuse.forked import in_background, leave_at_exit; leave_at_exit(); "
              f"in_background(lambda: time.sleep(5) or Path({str(kept)!r}).write_text('x')); "
              "print('done')")
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                            text=True, timeout=60)
    assert result.stdout == "done\n" and not kept.exists()  # not waited for
    deadline = time.monotonic() + 60
    while not kept.exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert kept.read_text() == "x"  # and it went on


def test_a_cache_being_written_is_read_once_its_writer_is_done(tmp_path):
    """A cache file is written under its lock: a build reading it meanwhile waits, and reads
    the new file, not the one before."""
    from generator.reuse.cache import _locked
    from generator.reuse.forked import in_background, wait_for_children

    path = tmp_path / "memo.pickle"
    path.write_text("before")

    def writer():
        with _locked(path, exclusive=True):
            (tmp_path / "locked").write_text("")
            time.sleep(1)
            path.write_text("after")

    in_background(writer)
    deadline = time.monotonic() + 60
    while not (tmp_path / "locked").exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    with _locked(path, exclusive=False):
        assert path.read_text() == "after"
    wait_for_children()


def test_leaving_the_block_without_the_result_stops_the_child():
    with Forked(lambda: time.sleep(60)) as job:
        pid = job.pid
        assert pid
    with pytest.raises(ChildProcessError):  # reaped: no child of that number remains
        os.waitpid(pid, os.WNOHANG)


def test_pages_made_half_in_a_child_are_the_pages_made_here_in_the_same_order(monkeypatch):
    from generator.site import pages as pages_module
    from generator.site.model import derive

    model = derive(load_archive(FIXTURES / "archive"))
    monkeypatch.setattr(forked_module, "SECOND_CORE_FROM", 10**9)
    here = pages_module.all_pages(model)
    monkeypatch.setattr(forked_module, "SECOND_CORE_FROM", 0)
    made_in_child: list[str] = []
    page = pages_module.article_page

    def article_page(model, article):  # notes which process made each article's page
        if os.getpid() != parent:
            made_in_child.append(article.page)
            if len(made_in_child) == 1:  # what a child made must reach the parent to count
                raise RuntimeError(f"made in the child: {article.page}")
        return page(model, article)

    parent = os.getpid()
    monkeypatch.setattr(pages_module, "article_page", article_page)
    with pytest.raises(RuntimeError, match="made in the child"):
        pages_module.all_pages(model)
    monkeypatch.setattr(pages_module, "article_page", page)
    split = pages_module.all_pages(model)
    assert split == here and list(split) == list(here)
    memo = Kept()
    assert pages_module.all_pages(model, memo) == here and memo.made == len(here)


def test_a_build_with_its_index_made_beside_its_pages_is_the_one_made_alone(tmp_path,
                                                                             monkeypatch):
    content = tmp_path / "content"
    shutil.copytree(FIXTURES / "archive", content)
    monkeypatch.setattr(forked_module, "SECOND_CORE_FROM", 10**9)
    alone = generate(content)
    monkeypatch.setattr(forked_module, "SECOND_CORE_FROM", 0)
    memo = Memo()
    beside = generate_from(load_archive(content, memo=memo.table("load")), Urls(), memo)
    assert beside.pages == alone.pages and beside.files == alone.files
    assert beside.search == alone.search
    # the counts the child made are in this process's memo: an edit's build patches them, as
    # after a build in one process, and makes what a build from nothing makes
    assert memo.parts["counts"].last is not None and memo.parts["counts"].patched == 0
    _edit(content)
    edited = generate_from(load_archive(content, memo=memo.table("load")), Urls(), memo)
    assert memo.parts["counts"].patched == 1
    monkeypatch.setattr(forked_module, "SECOND_CORE_FROM", 10**9)
    cold = generate(content)
    assert edited.pages == cold.pages and edited.files == cold.files
    assert any(name.startswith("search-index/") for name in edited.changed)


def _wait_for_index_thread(limit: float = 60) -> None:
    import threading

    started = time.monotonic()
    while any(t.name == "archive-search-index" for t in threading.enumerate()):
        assert time.monotonic() - started < limit, "the preview's index never finished"
        time.sleep(0.05)


def test_a_previews_first_index_is_made_in_a_child_and_its_counts_come_back(tmp_path,
                                                                            monkeypatch):
    """Under ``mkdocs serve`` a first index of a large archive is made in a forked process,
    not a thread of the server: the files it writes into the served folder are the index a
    build makes, and the next edit's index is patched from what the child counted."""
    from generator.preview import PreviewSession
    from generator.site.outputs import INDEX_FOLDER

    content = tmp_path / "content"
    shutil.copytree(FIXTURES / "archive", content)
    monkeypatch.setattr(forked_module, "SECOND_CORE_FROM", 10**9)
    expected = {name: text for name, text in generate(content).files.items()
                if name.startswith(f"{INDEX_FOLDER}/")}
    monkeypatch.setattr(forked_module, "SECOND_CORE_FROM", 0)
    plugin = PreviewSession()
    made, made_later = generate_later(
        load_archive(content, memo=plugin.memo.table("load")), Urls(), plugin.memo)
    assert made_later.in_child is not None and plugin.memo.parts["counts"].last is None
    site = tmp_path / "site"
    plugin.index_in_background(site, made, made_later)
    _wait_for_index_thread()
    written = {f"{INDEX_FOLDER}/{p.relative_to(site / INDEX_FOLDER).as_posix()}":
               p.read_text(encoding="utf-8") for p in (site / INDEX_FOLDER).rglob("*")
               if p.is_file()}
    assert written == expected
    assert plugin.memo.parts["counts"].last is not None  # counted in the child, kept here
    # an edit's index is patched from those counts (in this process: no child)
    _edit(content)
    edited, edited_later = generate_later(
        load_archive(content, memo=plugin.memo.table("load")), Urls(), plugin.memo)
    assert edited_later.in_child is None
    edited_later.make()
    assert plugin.memo.parts["counts"].patched == 1


def test_a_previews_first_index_outlived_by_a_newer_build_leaves_its_counts(tmp_path,
                                                                           monkeypatch):
    """An edit saved while the first index is being made in a child does not start that
    index again: the child's index is not written (it is of the archive before the edit), but
    what it counted is kept, and the newer build's index is patched from it."""
    content, plugin, made, made_later = _preview(tmp_path, monkeypatch)
    first = made_later.in_child

    def child_outlived():
        job = first()
        plugin.index_wanted += 1  # a newer build starts while the child works
        return job

    made_later.in_child = child_outlived
    _edit(content)
    # the edit's build is made before the first index is done: it too would start a child
    newer, newer_later = generate_later(
        load_archive(content, memo=plugin.memo.table("load")), Urls(), plugin.memo)
    assert newer_later.in_child is not None
    site = tmp_path / "site"
    plugin.index_in_background(site, made, made_later)
    _wait_for_index_thread()
    assert not (site / "search-index").exists()
    assert plugin.memo.parts["counts"].last is not None
    plugin.index_in_background(site, newer, newer_later)
    _wait_for_index_thread()
    assert plugin.memo.parts["counts"].patched == 1 and (site / "search-index" / "manifest.js").is_file()
    monkeypatch.setattr(forked_module, "SECOND_CORE_FROM", 10**9)
    expected = generate(content).files
    assert all((site / name).read_text(encoding="utf-8") == text
               for name, text in expected.items() if name.startswith("search-index/"))


def test_a_first_index_begun_by_a_build_that_did_not_finish_serves_the_next(tmp_path,
                                                                             monkeypatch):
    """A preview begins its first index while MkDocs renders the pages (``on_files``); when
    that build fails before its index is written, the next build takes the child's counts and
    writes its own index, patched from them, not the failed build's."""
    content, plugin, failed, failed_later = _preview(tmp_path, monkeypatch)
    plugin.child = failed_later.in_child()  # as on_files begins it
    plugin.first_index = (plugin.child, failed.generation)
    _edit(content)
    newer, newer_later = generate_later(
        load_archive(content, memo=plugin.memo.table("load")), Urls(), plugin.memo)
    site = tmp_path / "site"
    plugin.index_in_background(site, newer, newer_later)
    _wait_for_index_thread()
    assert plugin.child is None and plugin.first_index is None
    assert plugin.memo.parts["counts"].patched == 1  # the child's counts, patched for the edit
    monkeypatch.setattr(forked_module, "SECOND_CORE_FROM", 10**9)
    expected = {name: text for name, text in generate(content).files.items()
                if name.startswith("search-index/")}
    assert expected and all((site / name).read_text(encoding="utf-8") == text
                            for name, text in expected.items())


@pytest.mark.parametrize("fork_from", [0, 10**9])
def test_a_cached_builds_search_counts_are_kept_by_the_process_that_counts(tmp_path,
                                                                        monkeypatch,
                                                                        fork_from):
    """With a cache folder the search index's counts live in a file of their own, read and
    written by the process that makes the index (a child, in a large archive, which keeps them
    after it has answered): an edit's index is patched from them, and is the index a build
    without any cache makes."""
    from generator.reuse.cache import BuildCache
    from generator.reuse.forked import wait_for_children

    content = tmp_path / "content"
    shutil.copytree(FIXTURES / "archive", content)
    cache = tmp_path / "cache"
    monkeypatch.setattr(forked_module, "SECOND_CORE_FROM", fork_from)
    generate(content, cache=cache)
    wait_for_children()
    assert (cache / "search-counts.pickle").is_file()
    _edit(content)
    edited = generate(content, cache=cache)
    wait_for_children()
    store = BuildCache(cache)
    store.key(content, ("News archive", False, True, None, "en"))
    from generator.site.search_index import CountMemo

    counts = store.counts_file().load(CountMemo)
    assert counts.last is not None and counts.patched == 1
    monkeypatch.setattr(forked_module, "SECOND_CORE_FROM", 10**9)
    assert edited.files == generate(content).files
