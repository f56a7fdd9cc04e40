"""The edit loop under ``mkdocs serve``: ``python -m tests.benchmarks.serve --articles 1000``.

Generates an archive (``synthetic``), starts ``mkdocs serve`` on it (a loopback port), waits
for the first page, then edits one article's title several times and, for each edit, polls
the served article page until it shows the new title. Prints the first build's time and each
edit's time from saving the file to the page showing it, and how many builds MkDocs ran (one
per edit is the aim). No timed assertion anywhere: figures to report.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from ..conftest import mkdocs_config_for
from ..test_serve import stop
from .synthetic import generate


def _port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait(url: str, needle: str, limit: float) -> float | None:
    """Seconds until ``url`` holds ``needle``, polling every 0.1 s; None past ``limit``."""
    started = time.monotonic()
    while time.monotonic() - started < limit:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if needle in response.read().decode("utf-8"):
                    return time.monotonic() - started
        except OSError:
            pass
        time.sleep(0.1)
    return None


def edit_loop(content: Path, work: Path, *, edits: int = 3, limit: float = 900.0,
              quiet: bool = False) -> dict:
    """Serve ``content`` with ``mkdocs serve``, edit one article's title ``edits`` times and
    time each edit until the served page shows it. Returns the figures."""
    say = (lambda *a: None) if quiet else print
    config = mkdocs_config_for(content, work)
    port = _port()
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "-f", str(config), "-a",
         f"127.0.0.1:{port}"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    article = content / "articles" / "a00000.md"
    original = article.read_text(encoding="utf-8")
    result: dict = {"first_page_seconds": None, "edit_seconds": []}
    try:
        url = f"http://127.0.0.1:{port}/articles/a00000/"
        started = time.monotonic()
        first = _wait(url, "<html", limit)
        if first is not None:
            result["first_page_seconds"] = round(time.monotonic() - started, 1)
        say(f"first page served after {result['first_page_seconds']} s")
        for number in range(1, edits + 1):
            marker = f"Edited title {number}"
            article.write_text(re.sub(r"^title: .*$", f"title: {marker}", original, count=1,
                                      flags=re.MULTILINE), encoding="utf-8")
            seconds = _wait(url, marker, limit)
            result["edit_seconds"].append(round(seconds, 2) if seconds is not None else None)
            say(f"edit {number}: the page showed it after {seconds} s")
            time.sleep(2)
    finally:
        output = stop(server, wait=30)
        article.write_text(original, encoding="utf-8")
    result["builds"] = output.count("Building documentation")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--edits", type=int, default=3)
    parser.add_argument("--limit", type=float, default=900.0, help="seconds to wait at most")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="serve-bench-"))
    try:
        content = work / "content"
        generate(content, args.articles)
        result = edit_loop(content, work / "site-work", edits=args.edits, limit=args.limit)
        print(f"builds run by MkDocs: {result['builds']} (1 to start, 1 per edit is the aim)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
