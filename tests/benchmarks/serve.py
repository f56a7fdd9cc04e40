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
        config = mkdocs_config_for(content, work / "site-work")
        port = _port()
        server = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "-f", str(config), "-a",
             f"127.0.0.1:{port}"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
        try:
            article = content / "articles" / "a00000.md"
            url = f"http://127.0.0.1:{port}/articles/a00000/"
            started = time.monotonic()
            first = _wait(url, "<html", args.limit)
            print(f"{args.articles} articles: first page served after "
                  f"{time.monotonic() - started:.1f} s" if first is not None
                  else "the first page never came")
            for number in range(1, args.edits + 1):
                text = article.read_text(encoding="utf-8")
                marker = f"Edited title {number}"
                article.write_text(re.sub(r"^title: .*$", f"title: {marker}", text, count=1,
                                          flags=re.MULTILINE), encoding="utf-8")
                seconds = _wait(url, marker, args.limit)
                print(f"edit {number}: the page showed it after "
                      + (f"{seconds:.2f} s" if seconds is not None else "more than the limit"))
                time.sleep(2)
        finally:
            output = stop(server, wait=30)
        print(f"builds run by MkDocs: {output.count('Building documentation')} "
              f"(1 to start, 1 per edit is the aim)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
