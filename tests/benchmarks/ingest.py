"""Ingest throughput: ``python -m tests.benchmarks.ingest --captures 2000``.

Makes ``--captures`` captures of each input kind (text dumps, HTML pages, WARC files) from the
gold templates (tests/gold/make_captures.py), each one different (numbered headline and
text), and ingests each kind into a fresh content folder with each ``--jobs`` count of
cleaning processes (one writer). Prints captures per second for each kind and count. The first
capture's start-up (loading the language detector's models) is timed apart.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import shutil
import tempfile
import time
from pathlib import Path

from generator.ingest.pipeline import Ingester

from ..gold import make_captures as templates
from ..gold.stories import STORIES


def make(folder: Path, count: int) -> dict[str, list[Path]]:
    """``count`` captures of each kind, spread over the six languages and their templates."""
    kinds: dict[str, list[Path]] = {"text": [], "html": [], "warc": []}
    codes = list(STORIES)
    for number in range(count):
        code = codes[number % len(codes)]
        story = dict(STORIES[code], lang=code)
        story["title"] = f"{story['title']} ({number})"
        story["paragraphs"] = [f"{p} {number}." if i == 1 else p
                               for i, p in enumerate(story["paragraphs"])]
        site = templates.SITES[code]
        text_encoding, html_encoding = site["encodings"]
        kind = "portal" if number % 2 else "forum"
        text = (templates.portal_text if kind == "portal" else templates.comments_text)(story, site)
        path = folder / "text" / f"{number:05d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode(text_encoding if kind == "portal" else "utf-8"))
        kinds["text"].append(path)
        domain, name = site["html"]
        url = f"https://www.{domain}/news/{number}"
        page = templates.page_html(story, site, domain, name, url).replace("{charset}", html_encoding)
        path = folder / "html" / f"{number:05d}.html"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(page.encode(html_encoding, "xmlcharrefreplace"))
        kinds["html"].append(path)
        path = folder / "warc" / f"{number:05d}.warc.gz"
        path.parent.mkdir(parents=True, exist_ok=True)
        templates.write_warc(path, url, page.encode(html_encoding, "xmlcharrefreplace"), html_encoding)
        kinds["warc"].append(path)
    return kinds


def run(kind: str, files: list[Path], content: Path, jobs: int = 1) -> tuple[float, float, int]:
    ingester = Ingester(content)
    started = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()):
        first = ingester.ingest_file(files[0], None)
    warm_up = time.perf_counter() - started
    started = time.perf_counter()
    failed = sum(o.status == "failed" for o in first)
    for outcomes in ingester.ingest_files([(path, None) for path in files[1:]], jobs=jobs):
        failed += sum(o.status == "failed" for o in outcomes)
    seconds = time.perf_counter() - started
    return warm_up, (len(files) - 1) / seconds, failed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--captures", type=int, default=2000, help="captures of each kind")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2],
                        help="numbers of processes to time (default: 1 and 2)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="ingest-bench-"))
    try:
        kinds = make(work / "captures", args.captures)
        print("| input | captures | processes | first capture (start-up) | captures/s | failed |")
        print("| --- | --- | --- | --- | --- | --- |")
        for kind, files in kinds.items():
            for jobs in args.jobs:
                warm_up, rate, failed = run(kind, files, work / f"content-{kind}-{jobs}", jobs)
                print(f"| {kind} | {len(files)} | {jobs} | {warm_up:.2f} s | {rate:.0f} | {failed} |")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
