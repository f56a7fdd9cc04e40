"""Keep only what pays: each of the build's work-saving mechanisms switched off in turn.

    python -m tests.benchmarks.mechanisms --articles 10000 [--only NAME ...] [--keep DIR]

One archive is generated (``synthetic``, as ``scale`` makes it); then, for the archive as it
is and for each mechanism switched off (``MECHANISMS``), the rows it can change are measured
as ``scale`` measures them: ``python -m generator build`` cold, with nothing changed and after
one edit; ``mkdocs build`` cold, with nothing changed and after one edit; and one edit under
``mkdocs serve --dirty`` until the page shows it and until search finds it. A mechanism is
switched off by a ``sitecustomize`` module on ``PYTHONPATH`` that patches it in every process
the command starts (the run with nothing switched off loads the same module and patches
nothing, so all pay the same for it). A mechanism earns its place when some row is at least
10 % slower without it. Figures to report; nothing here is asserted. (Two mechanisms
measured so were dropped: near-duplicate sketches made half in a forked process, and a
preview's garbage collection deferred until its page was served; the engineers' guide gives
the figures.)
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import textwrap
import time
from pathlib import Path

from ..conftest import mkdocs_config_for
from . import scale, synthetic
from . import serve as serve_bench

MECHANISMS = {
    "none": "",
    "forked pages": """
        import generator.site.pages as m
        m.worth_a_second_core = lambda articles: False
    """,
    "forked index": """
        import generator.build as m
        m.worth_a_second_core = lambda articles: False
    """,
    "background memo writer": """
        import generator.build as m
        m.in_background = lambda work: work()
    """,
    "compiled-template cache": """
        import generator.preview as m
        m.CompiledTemplates.load_bytecode = lambda self, bucket: None
    """,
    "shared renders": """
        import generator.reuse.renders as m
        m.Shapes.shared = classmethod(lambda cls, markdown: False)
    """,
}
"""What each switch patches (the code of a ``sitecustomize`` module)."""

PRELUDE = """
import generator.build, generator.preview, generator.reuse.renders, generator.site.pages
"""


def switched_off(name: str, folder: Path) -> dict[str, str]:
    """The environment under which ``name`` is switched off in every process started."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "sitecustomize.py").write_text(
        textwrap.dedent(PRELUDE) + textwrap.dedent(MECHANISMS[name]), encoding="utf-8")
    path = os.pathsep.join(p for p in (str(folder), os.environ.get("PYTHONPATH", "")) if p)
    return {"PYTHONPATH": path}


def measure(work: Path, content: Path, name: str) -> dict:
    environment = switched_off(name, work / "switch" / name.replace(" ", "-"))
    saved = {key: os.environ.get(key) for key in environment}
    os.environ.update(environment)
    try:
        config = mkdocs_config_for(content, work / "mkdocs")
        python = sys.executable
        rows: dict = {}
        scale.clear_caches(work)
        out = work / "generated"
        shutil.rmtree(out, ignore_errors=True)
        generator = [python, "-m", "generator", "build", "--config", str(config), "--content",
                     str(content), "--out", str(out)]
        rows["generator cold"] = scale.timed(generator, work)[0]
        rows["generator nothing changed"] = scale.timed(generator, work)[0]
        scale.edit_one(content, f"An edited title for the benchmark, {time.time_ns()}")
        rows["generator one edit"] = scale.timed(generator, work)[0]
        scale.clear_caches(work)
        mkdocs = [python, "-m", "mkdocs", "build", "-q", "-f", str(config)]
        rows["mkdocs cold"] = scale.timed(mkdocs, work)[0]
        rows["mkdocs nothing changed"] = scale.timed(mkdocs, work)[0]
        scale.edit_one(content, f"An edited title for the benchmark, {time.time_ns()}")
        rows["mkdocs one edit"] = scale.timed(mkdocs, work)[0]
        served = serve_bench.edit_loop(content, work / "serve-dirty", edits=2, limit=1200,
                                       quiet=True, dirty=True)
        rows["serve --dirty first page"] = served["first_page_seconds"]
        # the last edit's: the first may wait for the first search index
        rows["serve --dirty edit shown"] = (served["edit_seconds"] or [None])[-1]
        rows["serve --dirty edit found"] = (served["search_seconds"] or [None])[-1]
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    return {key: round(value, 2) if isinstance(value, float) else value
            for key, value in rows.items()}


def report(results: dict[str, dict]) -> None:
    base = results["none"]
    print("| switched off | " + " | ".join(base) + " | pays? |")
    print("|" + " --- |" * (len(base) + 2))
    for name, rows in results.items():
        cells, pays = [], name == "none"
        for row, seconds in rows.items():
            before = base.get(row)
            if name != "none" and seconds and before:
                change = seconds / before - 1
                pays = pays or change >= 0.10
                cells.append(f"{seconds} s ({change:+.0%})")
            else:
                cells.append(f"{seconds} s")
        verdict = "" if name == "none" else ("yes" if pays else "no (under 10 % on every row)")
        print(f"| {name} | " + " | ".join(cells) + f" | {verdict} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--only", nargs="*", choices=list(MECHANISMS), default=None)
    parser.add_argument("--keep", type=Path, help="a folder to keep the archive in")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="mechanisms-"))
    content = work / "content"
    if not (content / "articles").exists():
        synthetic.generate(content, args.articles)
    results: dict[str, dict] = {}
    for name in ["none", *[n for n in (args.only or MECHANISMS) if n != "none"]]:
        results[name] = measure(work, content, name)
        print(f"{name}: {json.dumps(results[name])}", file=sys.stderr)
    print(f"On {os.cpu_count()} cores, {args.articles:,} articles:")
    report(results)
    if args.keep is None:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
