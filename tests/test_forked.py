"""Work done in a forked child (``forked``) gives what the call would give here: its value, its
exception, or, when the child dies, the call made here; and a build whose search index is made
beside its pages is the build made in one process, byte for byte, memo included."""

from __future__ import annotations

import os
import shutil
import time

import pytest

from generator import build as build_module
from generator.build import generate, generate_from
from generator.content import load_archive
from generator.forked import Forked, can_fork
from generator.incremental import Memo
from generator.site.urls import Urls

from .conftest import FIXTURES

pytestmark = pytest.mark.skipif(not can_fork(), reason="needs fork and a second core")


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


def test_leaving_the_block_without_the_result_stops_the_child():
    with Forked(lambda: time.sleep(60)) as job:
        pid = job.pid
        assert pid
    with pytest.raises(ChildProcessError):  # reaped: no child of that number remains
        os.waitpid(pid, os.WNOHANG)


def test_a_build_with_its_index_made_beside_its_pages_is_the_one_made_alone(tmp_path,
                                                                             monkeypatch):
    content = tmp_path / "content"
    shutil.copytree(FIXTURES / "archive", content)
    monkeypatch.setattr(build_module, "FORK_FROM", 10**9)
    alone = generate(content)
    monkeypatch.setattr(build_module, "FORK_FROM", 0)
    memo = Memo()
    beside = generate_from(load_archive(content, memo=memo.load), Urls(), memo)
    assert beside.pages == alone.pages and beside.files == alone.files
    assert beside.search == alone.search
    # the counts the child made are in this process's memo: an edit's build patches them, as
    # after a build in one process, and makes what a build from nothing makes
    assert memo.counts.last is not None and memo.counts.patched == 0
    article = content / "articles/2024-03-18-vestnik-parom.md"
    article.write_text(article.read_text(encoding="utf-8").replace(
        "открылась ещё одна", "открылась новая", 1), encoding="utf-8")
    edited = generate_from(load_archive(content, memo=memo.load), Urls(), memo)
    assert memo.counts.patched == 1
    monkeypatch.setattr(build_module, "FORK_FROM", 10**9)
    cold = generate(content)
    assert edited.pages == cold.pages and edited.files == cold.files
    assert any(name.startswith("search-index/") for name in edited.changed)
