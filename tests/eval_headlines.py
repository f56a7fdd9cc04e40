"""Titles and dates on real pages: ``python -m tests.eval_headlines [--raise-floors]``.

The 168 pages of ``tests/data/headlines-dev`` are ingested twice, as the text dumps a person
saves and as the saved HTML (each with its address, by ``--manifest``), as a user would run
``ingest``. Each article is matched back to its page by the capture's hash and scored against
the page's own headline and publication date:

- title *exact*: the same words after normalisation (``headline.title_key``: case, quote
  marks, dashes, spacing and end punctuation ignored);
- title *wrong*: no title, or under 0.3 of their words in common (Jaccard; in scripts written
  without spaces, character pairs stand for words);
- date *right*: the same day (only pages whose publisher states a date); a wrong date is
  *flagged* when ingest marked it uncertain (``published_uncertain``), and the wrong dates not
  flagged are counted apart: they are the ones a curator is not warned of.

A page ingest refuses counts as wrong. Floors (``tests/gold/headlines_floors.json``) only rise:
``--raise-floors`` records higher figures and refuses to lower one unless ``--allow-lower``.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import json
import re
import shutil
import sys
import tarfile
import tempfile
from pathlib import Path

from generator.cli import main as cli
from generator.frontmatter import read_document
from generator.ingest.headline import title_key
from generator.ingest.story import NOSPACE

from .floors import raise_floors

HERE = Path(__file__).resolve().parent
DEV_SET = HERE / "data" / "headlines-dev"
FLOORS = HERE / "gold" / "headlines_floors.json"
SHAPES = ("dumps", "html")
_WORD = re.compile(r"[^\W_]+")


def words(title: str) -> set[str]:
    found: set[str] = set()
    for run in _WORD.findall(title_key(title)):
        if NOSPACE.search(run):
            found.update(run[i : i + 2] for i in range(len(run) - 1)) if len(run) > 1 \
                else found.add(run)
        else:
            found.add(run)
    return found


def jaccard(a: str, b: str) -> float:
    first, second = words(a), words(b)
    union = first | second
    return len(first & second) / len(union) if union else 1.0


def _captures(work: Path, shape: str) -> tuple[list[Path], Path]:
    if shape == "dumps":
        return sorted((DEV_SET / "dumps").glob("*.txt")), DEV_SET / "manifest-dumps.csv"
    with tarfile.open(DEV_SET / "html.tar.xz") as archive:
        archive.extractall(work, filter="data")
    return sorted((work / "html").glob("*.html")), DEV_SET / "manifest-html.csv"


def evaluate(shape: str) -> dict[str, dict]:
    """Each page's result: {id: {"title", "gold_title", "date", "gold_date", "lang"}}."""
    gold = json.loads((DEV_SET / "gold.json").read_text(encoding="utf-8"))
    work = Path(tempfile.mkdtemp(prefix="eval-headlines-"))
    try:
        files, manifest = _captures(work, shape)
        content = work / "content"
        with contextlib.redirect_stdout(io.StringIO()), \
                contextlib.redirect_stderr(io.StringIO()):
            cli(["ingest", *map(str, files), "--manifest", str(manifest),
                 "--content", str(content)])
        by_hash = {hashlib.sha256(path.read_bytes()).hexdigest(): path.stem for path in files}
        articles = {}
        for path in (content / "articles").glob("*.md"):
            meta = read_document(path).meta
            page = by_hash.get(str(meta.get("raw_sha256")))
            if page:
                articles[page] = meta
    finally:
        shutil.rmtree(work, ignore_errors=True)
    results = {}
    for page, entry in gold.items():
        meta = articles.get(page, {})
        results[page] = {"title": meta.get("title"), "gold_title": entry["title"],
                         "date": str(meta.get("published") or "")[:10] or None,
                         "gold_date": entry.get("published"), "lang": entry["lang"],
                         "uncertain": bool(meta.get("title_uncertain") or meta.get("title_derived")),
                         "date_uncertain": bool(meta.get("published_uncertain"))}
    return results


def figures(results: dict[str, dict]) -> dict[str, float]:
    pages = len(results)
    exact = sum(1 for r in results.values()
                if r["title"] and title_key(r["title"]) == title_key(r["gold_title"]))
    wrong_titles = [r for r in results.values()
                    if not r["title"] or jaccard(r["title"], r["gold_title"]) < 0.3]
    wrong = len(wrong_titles)
    dated = [r for r in results.values() if r["gold_date"]]
    right = sum(1 for r in dated if r["date"] == r["gold_date"])
    # a wrong date the curator is not warned of is the one that costs trust
    unwarned = sum(1 for r in dated if r["date"] and r["date"] != r["gold_date"]
                   and not r["date_uncertain"])
    flagged = [r for r in dated if r["date_uncertain"]]
    return {"pages": pages, "title_exact": round(exact / pages, 3),
            "title_wrong": round(wrong / pages, 3),
            "title_wrong_unflagged": round(sum(1 for r in wrong_titles if not r.get("uncertain"))
                                           / pages, 3),
            "date_right": round(right / len(dated), 3) if dated else 0.0,
            "date_wrong_unflagged": round(unwarned / len(dated), 3) if dated else 0.0,
            "date_flagged": len(flagged),
            "date_flagged_wrong": sum(1 for r in flagged if r["date"] != r["gold_date"])}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shape", choices=SHAPES, action="append")
    parser.add_argument("--worst", action="store_true", help="list the wrong titles and dates")
    parser.add_argument("--raise-floors", action="store_true")
    parser.add_argument("--allow-lower", action="store_true")
    args = parser.parse_args(argv)
    reached: dict[str, float] = {}
    for shape in args.shape or SHAPES:
        results = evaluate(shape)
        found = figures(results)
        print(f"{shape}: {json.dumps(found)}")
        if args.worst:
            for page, r in sorted(results.items()):
                if not r["title"] or title_key(r["title"]) != title_key(r["gold_title"]):
                    print(f"  title {page} {r['lang']}: {r['title']!r:.80} (gold "
                          f"{r['gold_title']!r:.80}){' flagged' if r['uncertain'] else ''}")
                if r["gold_date"] and r["date"] != r["gold_date"]:
                    print(f"  date  {page} {r['lang']}: {r['date']} (gold {r['gold_date']})"
                          f"{' flagged' if r['date_uncertain'] else ''}")
        reached[f"{shape}_title_exact"] = found["title_exact"]
        # a floor for what should fall: the share of titles that are right or close
        reached[f"{shape}_title_not_wrong"] = round(1 - found["title_wrong"], 3)
        reached[f"{shape}_date_right"] = found["date_right"]
        reached[f"{shape}_date_not_wrong_unflagged"] = round(1 - found["date_wrong_unflagged"], 3)
    if args.raise_floors:
        return raise_floors(FLOORS, reached, args.allow_lower)
    return 0


if __name__ == "__main__":
    sys.exit(main())
