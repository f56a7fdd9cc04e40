"""The archive built with Zensical beside MkDocs, at a given size.

    python -m tests.benchmarks.zensical --content DIR [--limit SECONDS]
    python -m tests.benchmarks.zensical --articles 10000 [--keep DIR] [--limit SECONDS]

Zensical runs no MkDocs plugin, so the pages come from ``python -m generator build`` into a
``docs/`` folder and a ``mkdocs.yml`` like the one ``tests/test_engines.py`` uses. It prints,
for ``zensical build``: the time to exit (or to the limit, when it is stopped there), the peak
memory, the exit status, the last lines it printed, how many HTML pages it wrote and the site's
size; and the same for ``mkdocs build`` on the same generated folder (no plugin, no cache), so
the two engines are measured on one input. Figures to report; nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ..conftest import ROOT
from ..test_engines import CONFIG, zensical
from . import synthetic
from .scale import site_bytes

# A small launcher runs the engine in its own process group, stops the group at the limit, and
# prints the engine's peak memory and exit status (the output's tail on stderr)
LAUNCHER = ("import os, resource, signal, subprocess, sys\n"
            "child = subprocess.Popen(sys.argv[2:], stdout=subprocess.PIPE, "
            "stderr=subprocess.STDOUT, text=True, start_new_session=True)\n"
            "try:\n    out, _ = child.communicate(timeout=float(sys.argv[1])); code = child.returncode\n"
            "except subprocess.TimeoutExpired:\n"
            "    os.killpg(child.pid, signal.SIGKILL); out, _ = child.communicate(); code = 'stopped'\n"
            "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
            "sys.stderr.write(out[-1500:]); print(peak, code)")


def run(command: list[str], cwd: Path, limit: float) -> dict:
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", LAUNCHER, str(limit), *command], cwd=cwd,
                            capture_output=True, text=True,
                            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    seconds = time.perf_counter() - started
    peak, code = result.stdout.split()
    return {"seconds": round(seconds, 1), "peak_mb": round(int(peak) / 1024),
            "exit": code, "tail": result.stderr.strip().splitlines()[-3:]}


def measure(content: Path, work: Path, limit: float) -> dict:
    docs = work / "docs"
    subprocess.run([sys.executable, "-m", "generator", "build", "--config", str(ROOT / "mkdocs.yml"),
                    "--content", str(content), "--out", str(docs)], check=True,
                   capture_output=True)
    (work / "mkdocs.yml").write_text(CONFIG, encoding="utf-8")
    rows = {}
    for engine, command in (("zensical build", [zensical(), "build"]),
                            ("mkdocs build", [sys.executable, "-m", "mkdocs", "build", "-q"])):
        site = work / "site"
        subprocess.run(["rm", "-rf", str(site)], check=True)
        row = run(command, work, limit)
        row["pages"] = sum(1 for _ in site.rglob("*.html")) if site.exists() else 0
        row["site_mb"] = round(site_bytes(site) / 1e6, 1) if site.exists() else 0
        rows[engine] = row
        print(f"{engine}: {row}", file=sys.stderr)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--content", type=Path, help="an archive's content folder")
    parser.add_argument("--articles", type=int, default=1000, help="else generate this many")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    parser.add_argument("--limit", type=float, default=900, help="stop an engine after this")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="archive-zensical-"))
    work.mkdir(parents=True, exist_ok=True)
    content = args.content
    if content is None:
        content = work / "content"
        if not (content / "articles").exists():
            synthetic.generate(content, args.articles)
    rows = measure(content.resolve(), work, args.limit)
    print("| engine | time | peak memory | exit | HTML pages | site |")
    print("| --- | --- | --- | --- | --- | --- |")
    for engine, row in rows.items():
        print(f"| `{engine}` | {row['seconds']} s | {row['peak_mb']} MB | {row['exit']} | "
              f"{row['pages']:,} | {row['site_mb']} MB |")
    for engine, row in rows.items():
        print(f"{engine}, last lines: {' / '.join(row['tail'])}")


if __name__ == "__main__":
    main()
