"""Atomic writes: a reader never sees half a file, a failed write leaves the old one whole."""

from __future__ import annotations

import os
import stat

import pytest

from generator import fsutil


def _temporaries(folder):
    return sorted(p.name for p in folder.rglob(".*.tmp"))


def test_a_new_file_gets_the_umask_mode_and_an_old_one_keeps_its_own(tmp_path):
    umask = os.umask(0o027)
    try:
        fsutil.write_atomic(tmp_path / "new.md", "text")
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tmp_path / "new.md").stat().st_mode) == 0o640
    kept = tmp_path / "kept.md"
    kept.write_text("before", encoding="utf-8")
    kept.chmod(0o604)
    fsutil.write_atomic(kept, "after")
    assert kept.read_text(encoding="utf-8") == "after"
    assert stat.S_IMODE(kept.stat().st_mode) == 0o604
    assert _temporaries(tmp_path) == []


def test_only_changed_files_are_written_and_folders_are_made(tmp_path):
    files = {"a/b/one.md": "one", "a/two.md": "two", "three.bin": b"\x00\x01"}
    assert fsutil.write_changed(tmp_path, files) == 3
    assert (tmp_path / "a/b/one.md").read_text(encoding="utf-8") == "one"
    assert (tmp_path / "three.bin").read_bytes() == b"\x00\x01"
    before = (tmp_path / "a/two.md").stat().st_mtime_ns
    # same size, other text: written; same text: not
    assert fsutil.write_changed(tmp_path, {**files, "a/b/one.md": "eno"}) == 1
    assert (tmp_path / "a/b/one.md").read_text(encoding="utf-8") == "eno"
    assert (tmp_path / "a/two.md").stat().st_mtime_ns == before
    # names said to be unchanged are not looked at (the caller lists the folder: a build
    # writes a missing page again, tests/test_incremental.py)
    (tmp_path / "a/two.md").write_text("by hand", encoding="utf-8")
    assert fsutil.write_changed(tmp_path, {**files, "a/b/one.md": "one"},
                                unchanged={"a/two.md", "three.bin"}) == 1
    assert (tmp_path / "a/two.md").read_text(encoding="utf-8") == "by hand"
    assert _temporaries(tmp_path) == []


def test_files_under_lists_every_file_by_its_relative_path_in_order(tmp_path):
    for name in ("b/z.md", "b/a/y.md", "a.md", "c/.hidden"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(name, encoding="utf-8")
    found = list(fsutil.files_under(tmp_path))
    assert [name for name, _ in found] == ["a.md", "b/z.md", "b/a/y.md", "c/.hidden"]
    assert all(open(path, encoding="utf-8").read() == name for name, path in found)


def test_a_failed_write_leaves_the_old_file_whole_and_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "page.md"
    target.write_text("the old text", encoding="utf-8")

    def full_disk(fd, data):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(fsutil.os, "write", full_disk)
    with pytest.raises(OSError, match="No space"):
        fsutil.write_atomic(target, "a new text")
    assert target.read_text(encoding="utf-8") == "the old text"
    assert _temporaries(tmp_path) == []


def test_a_temporary_left_by_an_interrupted_writer_is_stepped_over(tmp_path, monkeypatch):
    counter = iter(range(100))
    monkeypatch.setattr(fsutil, "_TEMPORARY", counter)
    left = tmp_path / f".page.md.{os.getpid()}-0.tmp"
    left.write_text("half", encoding="utf-8")
    fsutil.write_atomic(tmp_path / "page.md", "whole")
    assert (tmp_path / "page.md").read_text(encoding="utf-8") == "whole"
    assert _temporaries(tmp_path) == [left.name]  # not ours to delete here


def test_a_long_text_is_written_whole_when_the_system_writes_it_in_parts(tmp_path, monkeypatch):
    real = os.write
    monkeypatch.setattr(fsutil.os, "write", lambda fd, data: real(fd, data[:1000]))
    text = "ə" * 10_000
    fsutil.write_atomic(tmp_path / "long.md", text)
    assert (tmp_path / "long.md").read_text(encoding="utf-8") == text


# -- the content folder's lock -----------------------------------------------------------------
HOLD = """
import sys, time
from pathlib import Path
from generator.fsutil import content_lock
with content_lock(Path(sys.argv[1]), command="archive ingest held-for-the-test"):
    print("held", flush=True)
    time.sleep(120)
"""


def test_a_locked_folder_names_its_holder_and_is_taken_over_when_the_holder_is_killed(tmp_path):
    import signal
    import subprocess
    import sys

    from .conftest import ROOT

    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(tmp_path)], stdout=subprocess.PIPE,
                              text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        assert holder.stdout.readline().strip() == "held"
        told = []
        with pytest.raises(TimeoutError) as stuck:
            with fsutil.content_lock(tmp_path, on_wait=told.append, timeout=0.3):
                pass
        assert len(told) == 1
        assert told[0].startswith(f"process {holder.pid} (archive ingest held-for-the-test), since ")
        assert f"process {holder.pid}" in str(stuck.value)
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    # the holder is gone (however it ended): the lock is free at once, its name tag replaced
    with fsutil.content_lock(tmp_path, on_wait=told.append, timeout=5):
        assert f'"pid": {os.getpid()}' in (tmp_path / fsutil.LOCK_HOLDER).read_text()
    assert len(told) == 1
    assert not (tmp_path / fsutil.LOCK_HOLDER).exists()
