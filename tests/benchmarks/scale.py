"""The archive at scale: every row of the table in "A 10,000-article archive", at each size.

    python -m tests.benchmarks.scale --sizes 1000 10000 30000 [--keep DIR] [--no-serve]
                                     [--captured SHARE]

For each size it generates an archive in six languages (``synthetic``) and measures, each in a
fresh process (time from start to exit, and the process's peak memory from ``wait4``):

- ``python -m generator build``: cold (no cache), again with nothing changed, and after one
  article's title is edited, each into the same folder (and whether the no-change output is
  byte for byte a copy of the cold one);
- ``mkdocs build``: cold (no cache) and again with nothing changed;
- ``mkdocs build`` after one article's title is edited;
- under ``mkdocs serve`` and ``mkdocs serve --dirty``: the first page, and each edit until the
  served page shows it and until the served search index holds it (``serve.edit_loop``;
  skip with ``--no-serve``);
- the built site's size (bytes, as published), in all and per 1,000 articles;
- the search page in headless Chromium: bytes fetched for the first query, page load included,
  and the time from the last keystroke to the results (``search.measure_session``).

Then the growth from the smallest size to the largest for each timed row: time per article
at the largest size over time per article at the smallest (1.0 is linear). Figures to report;
nothing here is asserted.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ..conftest import ROOT, mkdocs_config_for
from . import serve as serve_bench
from . import synthetic

CACHE_FOLDER = ".cache"


# A small launcher measures the child's peak memory: a child forked from this process would
# count this process's memory as its own until it starts the command.
LAUNCHER = ("import resource, subprocess, sys; code = subprocess.call(sys.argv[1:], "
            "stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); "
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)")


def timed(command: list[str], cwd: Path) -> tuple[float, float, int]:
    """Run ``command``; (seconds, peak resident MB, exit status)."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", LAUNCHER, *command], cwd=cwd, env=env,
                            capture_output=True, text=True, check=True)
    seconds = time.perf_counter() - started
    peak, code = result.stdout.split()
    return seconds, int(peak) / 1024, int(code)


def site_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def same_tree(a: Path, b: Path) -> bool:
    compared = filecmp.dircmp(a, b)
    if compared.left_only or compared.right_only or compared.diff_files or compared.funny_files:
        return False
    _, mismatch, errors = filecmp.cmpfiles(a, b, compared.common_files, shallow=False)
    return not mismatch and not errors and all(
        same_tree(a / sub, b / sub) for sub in compared.common_dirs)


def clear_caches(work: Path) -> None:
    for folder in work.rglob(CACHE_FOLDER):
        shutil.rmtree(folder, ignore_errors=True)


def edit_one(content: Path, marker: str) -> None:
    article = content / "articles" / "a00001.md"
    text = article.read_text(encoding="utf-8")
    article.write_text(re.sub(r"^title: .*$", f"title: {marker}", text, count=1,
                              flags=re.MULTILINE), encoding="utf-8")


def measure(size: int, work: Path, *, with_serve: bool, captured: float = 0.0) -> dict:
    content = work / "content"
    if not (content / "articles").exists():
        started = time.perf_counter()
        synthetic.generate(content, size, captured=captured)
        print(f"[{size}] archive generated in {time.perf_counter() - started:.0f} s",
              file=sys.stderr)
    config = mkdocs_config_for(content, work / "mkdocs")
    python = sys.executable
    rows: dict = {"articles": size}
    clear_caches(work)
    generator = [python, "-m", "generator", "build", "--config", str(config), "--content",
                 str(content)]
    # Every build writes into one folder, as a user's do; a copy of the cold build's output is
    # what the no-change build's output is compared with.
    out, cold_copy = work / "generated", work / "generated-cold"
    for folder in (out, cold_copy, work / "generated-warm"):
        shutil.rmtree(folder, ignore_errors=True)
    rows["generator_cold"] = timed([*generator, "--out", str(out)], work)
    shutil.copytree(out, cold_copy)
    rows["generator_no_change"] = timed([*generator, "--out", str(out)], work)
    rows["no_change_identical"] = same_tree(cold_copy, out)
    edit_one(content, f"An edited title for the benchmark, {time.time_ns()}")  # new each run
    rows["generator_one_edit"] = timed([*generator, "--out", str(out)], work)
    print(f"[{size}] generator: {rows['generator_cold'][:2]}, {rows['generator_no_change'][:2]}, "
          f"{rows['generator_one_edit'][:2]}", file=sys.stderr)
    clear_caches(work)
    site = work / "mkdocs" / "site"
    mkdocs = [python, "-m", "mkdocs", "build", "-q", "-f", str(config)]
    rows["mkdocs_cold"] = timed(mkdocs, work)
    rows["mkdocs_no_change"] = timed(mkdocs, work)
    edit_one(content, f"An edited title for the benchmark, {time.time_ns()}")
    rows["mkdocs_one_edit"] = timed(mkdocs, work)
    print(f"[{size}] mkdocs build: {rows['mkdocs_cold'][:2]}, {rows['mkdocs_no_change'][:2]}, "
          f"{rows['mkdocs_one_edit'][:2]}", file=sys.stderr)
    rows["site_bytes"] = site_bytes(site)
    rows["site_files"] = sum(1 for p in site.rglob("*") if p.is_file())
    rows["search"] = first_query(site, size)
    if with_serve:
        rows["serve"] = serve_bench.edit_loop(content, work / "serve", edits=1, limit=1800,
                                              quiet=True)
        print(f"[{size}] serve: {rows['serve']}", file=sys.stderr)
        rows["serve_dirty"] = serve_bench.edit_loop(content, work / "serve-dirty", edits=3,
                                                    limit=1800, quiet=True, dirty=True)
        print(f"[{size}] serve --dirty: {rows['serve_dirty']}", file=sys.stderr)
    return rows


def first_query(site: Path, size: int) -> dict:
    from playwright.sync_api import sync_playwright

    from ..browser import CHROMIUM_ARGS, chromium_path, serve
    from .search import measure_session, queries

    query_set = queries(synthetic.vocabularies(random.Random(7)))[:4]
    with sync_playwright() as playwright, serve(site) as base:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        try:
            found = measure_session(
                browser, f"{base}search/", query_set, box="#search-query",
                results="#search-results",
                ready="() => /Type/.test(document.querySelector('#search-status').textContent)")
        finally:
            browser.close()
    cold = found[0]
    return {"first_query_kb": round(cold["bytes"] / 1024, 1), "first_query_ms": cold["ms"] and
            round(cold["ms"]), "later_ms": [r["ms"] and round(r["ms"]) for r in found[1:]]}


def _edits(row: dict, kind: str) -> str:
    if kind not in row:
        return "not run"
    found = row[kind]
    return ", ".join(f"{s} s ({f} s)" for s, f in zip(found["edit_seconds"],
                                                       found["search_seconds"], strict=False)) \
        + f"; {found['builds']} builds"


def report(results: list[dict]) -> None:
    def run(row: tuple[float, float, int]) -> str:
        seconds, peak, code = row
        return f"{seconds:.1f} s, {peak:.0f} MB" + ("" if code == 0 else f" (exit {code})")

    sizes = [r["articles"] for r in results]
    print("| row | " + " | ".join(f"{n:,} articles" for n in sizes) + " |")
    print("| --- |" + " --- |" * len(sizes))
    lines = [
        ("`python -m generator build`, cold", lambda r: run(r["generator_cold"])),
        ("the same, nothing changed", lambda r: run(r["generator_no_change"])
         + ("" if r["no_change_identical"] else " (output differs!)")),
        ("the same after editing one article", lambda r: run(r["generator_one_edit"])),
        ("`mkdocs build`, cold", lambda r: run(r["mkdocs_cold"])),
        ("`mkdocs build`, nothing changed", lambda r: run(r["mkdocs_no_change"])),
        ("`mkdocs build` after editing one article", lambda r: run(r["mkdocs_one_edit"])),
        ("`mkdocs serve`: first page", lambda r: f"{r['serve']['first_page_seconds']} s"
         if "serve" in r else "not run"),
        ("`mkdocs serve`: one edit until the page shows it", lambda r: _edits(r, "serve")),
        ("`mkdocs serve --dirty`: first page",
         lambda r: f"{r['serve_dirty']['first_page_seconds']} s" if "serve" in r else "not run"),
        ("`mkdocs serve --dirty`: one edit until the page shows it (search finds it)",
         lambda r: _edits(r, "serve_dirty")),
        ("built site", lambda r: f"{r['site_bytes'] / 1e6:.0f} MB, {r['site_files']:,} files "
         f"({r['site_bytes'] / 1e6 / (r['articles'] / 1000):.1f} MB per 1,000 articles)"),
        ("search: first query, page load included",
         lambda r: f"{r['search']['first_query_kb']} KB, {r['search']['first_query_ms']} ms"),
    ]
    for label, cell in lines:
        print(f"| {label} | " + " | ".join(cell(r) for r in results) + " |")
    if len(results) > 1:
        small, large = results[0], results[-1]
        print(f"\nGrowth from {small['articles']:,} to {large['articles']:,} articles (time per "
              "article at the larger size over that at the smaller; 1.0 is linear):")
        for key in ("generator_cold", "generator_no_change", "generator_one_edit", "mkdocs_cold",
                    "mkdocs_no_change", "mkdocs_one_edit"):
            ratio = (large[key][0] / large["articles"]) / (small[key][0] / small["articles"])
            print(f"- {key.replace('_', ' ')}: {ratio:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 30_000])
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it (archives "
                        "already generated there are reused)")
    parser.add_argument("--no-serve", action="store_true", help="skip the mkdocs serve rows")
    parser.add_argument("--captured", type=float, default=0.0, help="the share of articles that "
                        "come with an HTML capture and a cleaning record, as ingest leaves them")
    args = parser.parse_args()
    base = args.keep or Path(tempfile.mkdtemp(prefix="scale-bench-"))
    results = []
    try:
        for size in args.sizes:
            work = base / f"archive-{size}"
            work.mkdir(parents=True, exist_ok=True)
            results.append(measure(size, work, with_serve=not args.no_serve,
                                   captured=args.captured))
    finally:
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)
    print(f"On {os.cpu_count()} cores, Python {sys.version.split()[0]}, from {ROOT.name}:")
    report(results)


if __name__ == "__main__":
    main()
