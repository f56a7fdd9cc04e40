"""`mkdocs serve` as a curator uses it: editing a file in content/ changes the served page."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from .conftest import FIXTURES, mkdocs_config_for


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.read().decode("utf-8")
    except OSError:
        return None


def wait_for(url: str, needle: str, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        page = fetch(url)
        if page is not None and needle in page:
            return True
        time.sleep(0.3)
    return False


def stop(server: subprocess.Popen, wait: float = 10) -> str:
    """Stop a server started with its output piped; returns what it printed."""
    server.terminate()
    try:
        output, _ = server.communicate(timeout=wait)
    except subprocess.TimeoutExpired:
        server.kill()
        output, _ = server.communicate()
    return output


def serve(config: Path, port: int, cwd: Path, *flags: str) -> subprocess.Popen:
    """``mkdocs serve`` of ``config`` on a loopback ``port``, its output piped."""
    return subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", *flags, "-f", str(config), "-a",
         f"127.0.0.1:{port}"], cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})


def test_editing_content_while_serving_updates_the_page(tmp_path: Path):
    content = tmp_path / "content"
    shutil.copytree(FIXTURES / "archive", content)
    config = mkdocs_config_for(content, tmp_path / "work")
    port = free_port()
    server = serve(config, port, tmp_path)
    try:
        url = f"http://127.0.0.1:{port}/events/desert-summit/"
        assert wait_for(url, "Water summit in Amman", 60), "the served page never appeared"
        # the search index is served too (made once the pages are: see the next test)
        assert wait_for(f"http://127.0.0.1:{port}/search-index/manifest.js",
                        "ArchiveSearch.manifest(", 30)
        event = content / "events" / "desert-summit.md"
        event.write_text(event.read_text(encoding="utf-8").replace(
            "A fictional two-day summit", "An edited two-day summit"), encoding="utf-8")
        assert wait_for(url, "An edited two-day summit", 60), "the edit never reached the page"
        time.sleep(3)  # a second build, were one to follow, would have started by now
    finally:
        output = stop(server)
    # one build to start, one for the edit: nothing is written where MkDocs watches
    assert output.count("Building documentation") == 2, output
    assert not list((tmp_path / "work" / "docs").iterdir())


def _record_with(port: int, needle: str, seconds: float) -> bool:
    """Whether one of the served search index's records comes to hold ``needle``."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        for number in range(30):
            record = fetch(f"http://127.0.0.1:{port}/search-index/d/{number}.js")
            if record is not None and needle in record:
                return True
        time.sleep(0.3)
    return False


def test_a_dirty_preview_renders_only_what_an_edit_changes(tmp_path: Path):
    """`mkdocs serve --dirty`: an edit's pages are rendered again, the others are left as
    they are, a page the content no longer makes is gone, and search finds the edit."""
    content = tmp_path / "content"
    shutil.copytree(FIXTURES / "archive", content)
    config = mkdocs_config_for(content, tmp_path / "work")
    port = free_port()
    server = serve(config, port, tmp_path, "--dirty")
    base = f"http://127.0.0.1:{port}"
    try:
        url = f"{base}/articles/2024-03-18-vestnik-parom/"
        assert wait_for(url, "Паромный мост", 60), "the served page never appeared"
        assert _record_with(port, "Паромный мост", 30), "no search index in the preview"
        article = content / "articles" / "2024-03-18-vestnik-parom.md"
        article.write_text(article.read_text(encoding="utf-8").replace(
            "Паромный мост между", "Новый паромный мост между"), encoding="utf-8")
        assert wait_for(url, "Новый паромный мост", 60), "the edit never reached the page"
        # the event page lists the article: rendered again; an unrelated page is still served
        assert wait_for(f"{base}/events/caspian-bridge-opening/", "Новый паромный мост", 10)
        assert wait_for(f"{base}/events/desert-summit/", "Water summit in Amman", 10)
        # the edited article's citation is written again; another's, not handed to MkDocs
        # again (``plugin.UNLINKED``), is still served
        assert wait_for(f"{base}/cite/articles/2024-03-18-vestnik-parom.bib",
                        "Новый паромный мост", 10)
        assert "Amman" in (fetch(f"{base}/cite/articles/2023-11-06-pusula-zirve.bib") or "")
        assert _record_with(port, "Новый паромный мост", 30), "search never found the edit"
        (content / "articles" / "2024-04-02-vestnik-unassigned.md").unlink()
        gone = f"{base}/articles/2024-04-02-vestnik-unassigned/"
        deadline = time.monotonic() + 60
        while fetch(gone) is not None and time.monotonic() < deadline:
            time.sleep(0.3)
        assert fetch(gone) is None, "a deleted article's page is still served"
    finally:
        output = stop(server)
    # pages rendered: all at the start; for the edit, only the pages whose text it changed
    rendered = [int(n) for n in re.findall(r"archive: (\d+) pages rendered", output)]
    assert len(rendered) >= 3 and rendered[1] <= 12 < rendered[0], output


def test_a_broken_file_never_stops_the_preview_and_its_fix_clears_the_notice(tmp_path: Path):
    content = tmp_path / "content"
    shutil.copytree(FIXTURES / "archive", content)
    article = content / "articles" / "2023-11-06-pusula-zirve.md"
    good = article.read_text(encoding="utf-8")
    article.write_text(good.replace("language: tr", "language: [tr"), encoding="utf-8")
    config = mkdocs_config_for(content, tmp_path / "work")
    port = free_port()
    server = serve(config, port, tmp_path, "--strict")
    home = f"http://127.0.0.1:{port}/"
    event = f"http://127.0.0.1:{port}/events/desert-summit/"
    try:
        # started broken: the site is served, and says what is wrong where
        assert wait_for(home, "problem in the archive", 60), "a broken file stopped the preview"
        assert "2023-11-06-pusula-zirve.md:4" in fetch(home)
        # fixed: the notice goes
        article.write_text(good, encoding="utf-8")
        assert wait_for(home, "Water summit", 60)
        deadline = time.monotonic() + 60
        while "archive-problems" in (fetch(home) or "archive-problems"):
            assert time.monotonic() < deadline, "the notice stayed after the fix"
            time.sleep(0.3)
        # broken after a good build: the event's last good page stays up, with the notice
        path = content / "events" / "desert-summit.md"
        path.write_text(path.read_text(encoding="utf-8").replace("date: ", "date: [", 1),
                        encoding="utf-8")
        assert wait_for(event, "A problem in this page", 60)
        assert "Water summit in Amman" in fetch(event)
    finally:
        output = stop(server)
    assert "archive error:" in output and "Aborted" not in output
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config)],
                            cwd=tmp_path, capture_output=True, text=True,
                            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    assert result.returncode == 1  # the build still fails on the broken event
    assert "Cannot build the archive" in result.stdout + result.stderr


def test_only_a_large_archive_is_advised_to_preview_with_dirty(tmp_path, caplog, monkeypatch):
    """A full rebuild after an edit takes seconds in a small archive: the advice to use
    ``--dirty`` is given once, and only when the archive is large."""
    import logging

    from mkdocs.config import load_config

    from generator import preview

    content = tmp_path / "content"
    shutil.copytree(FIXTURES / "archive", content)
    config = load_config(str(mkdocs_config_for(content, tmp_path / "work")))
    advice = "`mkdocs serve --dirty`"
    with caplog.at_level(logging.INFO, logger="mkdocs.plugins.archive"):
        preview.PreviewSession().generate(content, config)
        assert advice not in caplog.text  # seven articles
        monkeypatch.setattr(preview, "ADVISE_DIRTY_FROM", 5)
        session = preview.PreviewSession()
        session.generate(content, config)
        session.generate(content, config)
        assert caplog.text.count(advice) == 1
        caplog.clear()
        preview.PreviewSession(dirty=True).generate(content, config)
        assert advice not in caplog.text
