"""The edit loop under ``mkdocs serve``: ``python -m tests.benchmarks.serve --articles 1000``.

Generates an archive (``synthetic``), starts ``mkdocs serve`` on it (a loopback port), waits
for the first page, then edits one article's title several times and, for each edit, polls
the served article page until it shows the new title. Prints the first build's time and each
edit's time from saving the file to the page showing it, and how many builds MkDocs ran (one
per edit is the aim). No timed assertion anywhere: figures to report.
"""

from __future__ import annotations

import argparse
import re
import shutil
import socket
import tempfile
import time
import urllib.request
from pathlib import Path

from generator.site.search_index import RECORDS_PER_FILE

from ..conftest import mkdocs_config_for
from ..test_serve import serve, stop
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


def _record_of(content: Path, article: str) -> int | None:
    """The number of the search index's record of an article (by its file's stem), as the
    archive numbers them (an edit of its title does not move it)."""
    from generator.content import load_archive
    from generator.site.model import derive
    from generator.site.search_index import records_from

    model = derive(load_archive(content, verify_raw=False))
    url = model.urls.page(f"articles/{article}.md")
    found = [number for number, record in enumerate(records_from(model)) if record.url == url]
    return found[0] if found else None


def edit_loop(content: Path, work: Path, *, edits: int = 3, limit: float = 900.0,
              quiet: bool = False, dirty: bool = False) -> dict:
    """Serve ``content`` with ``mkdocs serve`` (``--dirty`` when ``dirty``), edit one
    article's title ``edits`` times and time each edit until the served page shows it, and
    until the served search index holds it. Returns the figures."""
    say = (lambda *a: None) if quiet else print
    record = _record_of(content, "a00000")
    config = mkdocs_config_for(content, work)
    port = _port()
    server = serve(config, port, work, *(["--dirty"] if dirty else []))
    article = content / "articles" / "a00000.md"
    original = article.read_text(encoding="utf-8")
    result: dict = {"first_page_seconds": None, "edit_seconds": [], "search_seconds": []}
    try:
        url = f"http://127.0.0.1:{port}/articles/a00000/"
        started = time.monotonic()
        first = _wait(url, "<html", limit)
        if first is not None:
            result["first_page_seconds"] = round(time.monotonic() - started, 1)
        say(f"first page served after {result['first_page_seconds']} s")
        for number in range(1, edits + 1):
            marker = f"Edited title {number}, {time.time_ns()}"  # new in every run
            article.write_text(re.sub(r"^title: .*$", f"title: {marker}", original, count=1,
                                      flags=re.MULTILINE), encoding="utf-8")
            saved = time.monotonic()
            seconds = _wait(url, marker, limit)
            result["edit_seconds"].append(round(seconds, 2) if seconds is not None else None)
            found = _wait(f"http://127.0.0.1:{port}/search-index/d/{record // RECORDS_PER_FILE}.js", marker, limit)
            searchable = round(time.monotonic() - saved, 1) if found is not None else None
            result["search_seconds"].append(searchable)
            say(f"edit {number}: the page showed it after {seconds} s, search after "
                f"{searchable} s")
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
    parser.add_argument("--dirty", action="store_true", help="serve with --dirty")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="serve-bench-"))
    try:
        content = work / "content"
        generate(content, args.articles)
        result = edit_loop(content, work / "site-work", edits=args.edits, limit=args.limit,
                           dirty=args.dirty)
        print(f"builds run by MkDocs: {result['builds']} (1 to start, 1 per edit is the aim)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
