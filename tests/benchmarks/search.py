"""Search benchmark: the archive's index against Material's built-in search, same pages.

    python -m tests.benchmarks.search --articles 10000

Generates an archive (tests/benchmarks/synthetic.py), builds it twice with MkDocs (the
archive's search; Material's lunr search with the same pages), serves both on loopback and
measures in headless Chromium, for a query set in six languages: the bytes fetched for a
first query in a fresh browser, and the time from the last keystroke to the final results.
Prints a table; writes JSON with --json.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

from generator.content import load_archive
from generator.site.model import derive
from generator.site.search_index import build_index

from ..browser import CHROMIUM_ARGS, chromium_path, serve
from ..conftest import ROOT, mkdocs_config_for
from . import synthetic

TYPING_DELAY_MS = 120  # a steady typist
READY_TIMEOUT_MS = 180_000  # how long a search may take to become usable after the page loads
OBSERVE = """(selector) => {
  window.__bench = {key: null, last: null};
  // 'input', not 'keydown': characters off the US layout are typed without key events.
  document.addEventListener('input', () => { window.__bench.key = performance.now(); }, true);
  const target = document.querySelector(selector);
  new MutationObserver(() => {
    if (target.querySelector('a') && window.__bench.key !== null) window.__bench.last = performance.now();
  }).observe(target, {childList: true, subtree: true});
}"""


def queries(vocab: dict[str, synthetic.Vocabulary]) -> list[str]:
    """Two single words and one two-word query per language, from the words in the corpus."""
    chosen = []
    for code, words in vocab.items():
        content = [w for w in words.content if len(w) >= 5]
        chosen += [content[40], content[400], f"{content[10]} {content[120]}"]
        if code in ("az", "tr"):
            chosen.append(content[60].upper())  # capitals, Turkish I included
    return chosen


def mkdocs_build(config: Path, site: Path) -> float:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(site)],
                   check=True, env=env, capture_output=True)
    return time.perf_counter() - started


def material_config(content: Path, work: Path) -> Path:
    """The same site with Material's own search plugin and header."""
    config_path = mkdocs_config_for(content, work)
    config = yaml.safe_load(config_path.read_text(encoding="utf-8"))
    theme = work / "theme-material"
    shutil.copytree(ROOT / "theme", theme, ignore=shutil.ignore_patterns("header.html"))
    # the config inherits the project's (INHERIT): what is set here is merged over it
    config["theme"] = {"name": "material", "custom_dir": str(theme)}
    config["plugins"] = ["search"]
    project = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    nav = yaml.safe_load(project[project.index("\nnav:"):].split("\n\n")[0])["nav"]
    config["nav"] = [item for item in nav if "Search" not in item]
    config_path.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return config_path


def measure_session(browser, url: str, query_set: list[str], *, box: str, results: str,
                    ready: str, searching_ready: str | None = None,
                    open_search: str | None = None) -> list[dict]:
    """Open ``url`` in a fresh browser (empty cache), then type each query in turn.

    The first query is the cold one: its bytes include everything search loads with the page.
    A search that never becomes usable is recorded as failed for every query.
    """
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(READY_TIMEOUT_MS)
    page = context.new_page()
    fetched = {"bytes": 0}

    def finished(request):
        if "search" in request.url:
            try:
                fetched["bytes"] += request.sizes()["responseBodySize"]
            except Exception:  # noqa: BLE001 - a failed request has no size
                pass

    page.on("requestfinished", finished)
    rows = []
    try:
        started = time.perf_counter()
        page.goto(url, timeout=READY_TIMEOUT_MS)
        page.wait_for_function(ready, timeout=READY_TIMEOUT_MS)
        if open_search:
            page.click(open_search)
        if searching_ready:
            page.wait_for_function(searching_ready, timeout=READY_TIMEOUT_MS, polling=250)
        ready_seconds = time.perf_counter() - started
        page.evaluate(OBSERVE, results)
        for number, query in enumerate(query_set):
            before = fetched["bytes"]
            page.locator(box).fill("")
            page.wait_for_timeout(400)
            page.evaluate("() => { window.__bench.key = null; window.__bench.last = null; }")
            page.locator(box).press_sequentially(query, delay=TYPING_DELAY_MS)
            page.wait_for_function(
                "() => window.__bench.key !== null && performance.now() - "
                "Math.max(window.__bench.key, window.__bench.last || 0) > 3000",
                timeout=READY_TIMEOUT_MS, polling=100)
            timing = page.evaluate("() => window.__bench")
            last = timing["last"] if timing["last"] and timing["last"] > timing["key"] else None
            row = {"query": query, "cold": number == 0, "ms": (last - timing["key"]) if last else None,
                   "results": page.locator(f"{results} a").count(),
                   "bytes": fetched["bytes"] if number == 0 else fetched["bytes"] - before,
                   "ready_seconds": ready_seconds if number == 0 else None}
            print(f"  {query!r}: {row['ms'] and round(row['ms'])} ms, {row['results']} links, "
                  f"{row['bytes'] // 1024} KB", file=sys.stderr)
            rows.append(row)
    except PlaywrightTimeout as exc:
        message = str(exc).splitlines()[0]
        print(f"  gave up: {message}", file=sys.stderr)
        done = {r["query"] for r in rows}
        rows += [{"query": q, "cold": not rows and i == 0, "ms": None, "results": 0, "bytes": 0,
                  "error": message} for i, q in enumerate(query_set) if q not in done]
    finally:
        context.close()
    return rows


def run(articles: int, work: Path, *, reuse: bool = False) -> dict:
    content = work / "content"
    builds = work / "builds.json"
    if reuse and builds.exists():
        vocab = synthetic.vocabularies(random.Random(7))
        timings = json.loads(builds.read_text(encoding="utf-8"))
    else:
        started = time.perf_counter()
        vocab = synthetic.generate(content, articles)
        generated = time.perf_counter() - started
        archive = load_archive(content, verify_raw=False)
        model = derive(archive)
        started = time.perf_counter()
        index_report = build_index(model, work / "index-only")
        index_seconds = time.perf_counter() - started
        timings = {
            "generate_seconds": round(generated, 1), "index_seconds": round(index_seconds, 1),
            "records": index_report.records, "terms": index_report.terms,
            "ours_seconds": round(mkdocs_build(mkdocs_config_for(content, work / "ours"),
                                               work / "ours" / "site"), 1),
            "material_seconds": round(mkdocs_build(material_config(content, work / "material"),
                                                   work / "material" / "site"), 1),
        }
        builds.write_text(json.dumps(timings), encoding="utf-8")
        print(f"builds: {timings}", file=sys.stderr)
    material_index = (work / "material" / "site" / "search" / "search_index.json").stat().st_size
    ours_index = sum(p.stat().st_size for p in (work / "ours" / "site" / "search-index").rglob("*.js"))


    from playwright.sync_api import sync_playwright

    query_set = queries(vocab)
    rows = {"archive": [], "material": []}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        with serve(work / "ours" / "site") as base:
            print("archive search:", file=sys.stderr)
            rows["archive"] = measure_session(
                browser, f"{base}search/", query_set, box="#search-query",
                results="#search-results",
                ready="() => /Type/.test(document.querySelector('#search-status').textContent)")
        with serve(work / "material" / "site") as base:
            print("Material search:", file=sys.stderr)
            rows["material"] = measure_session(
                browser, base, query_set, box=".md-search__input", results=".md-search-result",
                open_search=".md-search__input",
                ready="() => document.querySelector('.md-search__input') !== null",
                searching_ready="() => !/Initializing/i.test(document.querySelector("
                                "'.md-search-result__meta').textContent)")
        browser.close()

    def summary(name: str) -> dict:
        items = rows[name]
        timed = [r["ms"] for r in items if r["ms"] is not None]
        cold = items[0]
        return {
            "median_ms": round(statistics.median(timed)) if timed else None,
            "max_ms": round(max(timed)) if timed else None,
            "cold_ms": round(cold["ms"]) if cold["ms"] is not None else None,
            "first_query_kb": round(cold["bytes"] / 1024, 1),
            "max_later_query_kb": round(max((r["bytes"] for r in items[1:]), default=0) / 1024, 1),
            "ready_seconds": round(cold.get("ready_seconds") or float("nan"), 1),
            "queries_with_results": sum(1 for r in items if r["results"]),
            "queries_timed": sum(1 for r in items if r["ms"] is not None),
            "queries_failed": sum(1 for r in items if r.get("error")),
            "queries": len(items),
        }

    return {
        "articles": articles, "records": timings["records"], "terms": timings["terms"],
        "generate_seconds": timings["generate_seconds"],
        "archive_index_seconds": timings["index_seconds"],
        "archive_index_mb": round(ours_index / 2**20, 1),
        "archive_mkdocs_build_seconds": timings["ours_seconds"],
        "material_mkdocs_build_seconds": timings["material_seconds"],
        "material_index_mb": round(material_index / 2**20, 1),
        "archive": summary("archive"), "material": summary("material"),
        "rows": rows,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--json", type=Path, help="also write the full results here")
    parser.add_argument("--keep", type=Path, help="build in this folder and keep it")
    parser.add_argument("--reuse", action="store_true",
                        help="with --keep: reuse the builds made there by an earlier run")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="search-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        result = run(args.articles, work, reuse=args.reuse)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    a, m = result["archive"], result["material"]
    print(f"{result['articles']} articles, {result['records']} records, {result['terms']} terms")
    print("| | archive search | Material (lunr) |\n| --- | --- | --- |")
    print(f"| index build | {result['archive_index_seconds']} s (index alone) | part of mkdocs build |")
    print(f"| mkdocs build, whole site | {result['archive_mkdocs_build_seconds']} s | {result['material_mkdocs_build_seconds']} s |")
    print(f"| index on disk | {result['archive_index_mb']} MB in chunks | {result['material_index_mb']} MB, one file |")
    print(f"| page load to search usable | {a['ready_seconds']} s | {m['ready_seconds']} s |")
    print(f"| fetched for the first query, page load included | {a['first_query_kb']} KB | {m['first_query_kb']} KB |")
    print(f"| fetched by a later query (max) | {a['max_later_query_kb']} KB | {m['max_later_query_kb']} KB |")
    print(f"| last keystroke to results: first query | {a['cold_ms']} ms | {m['cold_ms']} ms |")
    print(f"| last keystroke to results: median / max of all | {a['median_ms']} / {a['max_ms']} ms | {m['median_ms']} / {m['max_ms']} ms |")
    print(f"| queries with results | {a['queries_with_results']}/{a['queries']} | {m['queries_with_results']}/{m['queries']} |")
    print(f"| queries not answered (search never usable) | {a['queries_failed']} | {m['queries_failed']} |")
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
