"""`mkdocs serve` as a curator uses it: editing a file in content/ changes the served page."""

from __future__ import annotations

import os
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


def test_editing_content_while_serving_updates_the_page(tmp_path: Path):
    content = tmp_path / "content"
    shutil.copytree(FIXTURES / "archive", content)
    config = mkdocs_config_for(content, tmp_path / "work")
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "-f", str(config), "-a", f"127.0.0.1:{port}"],
        cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    try:
        url = f"http://127.0.0.1:{port}/events/desert-summit/"
        assert wait_for(url, "Water summit in Amman", 60), "the served page never appeared"
        # the search index is served too
        manifest = fetch(f"http://127.0.0.1:{port}/search-index/manifest.js")
        assert manifest and manifest.startswith("ArchiveSearch.manifest(")
        event = content / "events" / "desert-summit.md"
        event.write_text(event.read_text(encoding="utf-8").replace(
            "A fictional two-day summit", "An edited two-day summit"), encoding="utf-8")
        assert wait_for(url, "An edited two-day summit", 60), "the edit never reached the page"
        time.sleep(3)  # a second build, were one to follow, would have started by now
    finally:
        server.terminate()
        try:
            output, _ = server.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            output, _ = server.communicate()
    # one build to start, one for the edit: nothing is written where MkDocs watches
    assert output.count("Building documentation") == 2, output
    assert not list((tmp_path / "work" / "docs").iterdir())
