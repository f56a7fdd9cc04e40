"""Score the cleaner on real pages it was not written for: ``python -m tests.eval_cleaning``.

usage: python -m tests.eval_cleaning [SET_DIR] [--shape pages|pages-wrapped] [--per-page]
                                     [--raise-floors [--allow-lower]]

SET_DIR is a folder laid out like ``tests/data/cleaning-dev`` (the default; a copy of the
public development set described in its README): ``pages/`` and ``pages-wrapped/`` hold text
dumps, ``gold/`` the story of each page. Each dump goes through what ``ingest`` does to a text
capture (language detection, then the cleaner); the body without its headline is scored against
the gold on token 4-grams, per page, then averaged (precision over pages that predicted
something, recall over pages with gold), the procedure of the set's own ``score.py``.

Floors for the default set (``tests/gold/cleaning_floors.json``) only rise: ``--raise-floors``
records higher figures, and refuses to lower one unless ``--allow-lower`` is given.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import unicodedata
from collections import Counter
from pathlib import Path

from generator.ingest import detect
from generator.ingest.cleaning import clean_text
from generator.ingest.story import tokens

from .floors import raise_floors

HERE = Path(__file__).resolve().parent
DEV_SET = HERE / "data" / "cleaning-dev"
FLOORS = HERE / "gold" / "cleaning_floors.json"
SHAPES = ("pages", "pages-wrapped", "html")
"""The two shapes of a text dump, and the saved HTML page (``html.tar.xz``), ingested whole:
extracted, cleaned, the headline taken off."""


def grams(text: str, n: int = 4) -> Counter:
    words = tokens(unicodedata.normalize("NFKC", text).replace("\u0640", ""))
    if len(words) < n:
        return Counter([tuple(words)] if words else [])
    return Counter(tuple(words[i:i + n]) for i in range(len(words) - n + 1))


def page_score(predicted: str, gold: str) -> tuple[float | None, float | None]:
    """(precision, recall) of one page on 4-gram multisets; None where undefined."""
    p, g = grams(predicted), grams(gold)
    tp = sum((p & g).values())
    fp = sum((p - g).values())
    fn = sum((g - p).values())
    precision = tp / (tp + fp) if tp + fp else None
    recall = tp / (tp + fn) if tp + fn else None
    return precision, recall


def overall(scores: dict[str, tuple[float | None, float | None]]) -> dict[str, float]:
    precisions = [p for p, _ in scores.values() if p is not None]
    recalls = [r for _, r in scores.values() if r is not None]
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    recall = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"pages": len(scores), "precision": round(precision, 3), "recall": round(recall, 3),
            "f1": round(f1, 3)}


def clean_body(text: str, url: str | None = None) -> str:
    """The body ingest would keep for a text dump, one paragraph a line, without headline."""
    language = detect.detect_language(text)
    result = clean_text(text, language=language, url=url)
    return "\n".join(block.text for block in result.blocks)


def html_bodies(archive: Path) -> dict[str, str]:
    """The body ingest keeps of each HTML page in ``archive`` (a .tar.xz of ``<name>.html``),
    one paragraph a line, headings without their marks; "" for a page it refuses."""
    import tarfile
    import tempfile

    from generator.ingest.pipeline import UnsupportedCapture, prepare
    from generator.ingest.readers import read_captures
    from generator.text.body import paragraphs

    bodies = {}
    with tempfile.TemporaryDirectory() as tmp:
        with tarfile.open(archive) as bundle:
            bundle.extractall(tmp, filter="data")
        for page in sorted(Path(tmp).rglob("*.html")):
            try:
                prepared = prepare(read_captures(page)[0], None, {})
            except UnsupportedCapture:
                bodies[page.stem] = ""
                continue
            bodies[page.stem] = "\n".join(p.text.replace("\n", " ")
                                           for p in paragraphs(prepared.body))
    return bodies


def evaluate(folder: Path, shape: str) -> tuple[dict[str, tuple], dict[str, str]]:
    scores, bodies = {}, {}
    if shape == "html":
        for name, body in html_bodies(folder / "html.tar.xz").items():
            gold_file = folder / "gold" / f"{name}.txt"
            if gold_file.exists():
                bodies[name] = body
                scores[name] = page_score(body, gold_file.read_text(encoding="utf-8"))
        return scores, bodies
    for page in sorted((folder / shape).glob("*.txt")):
        gold_file = folder / "gold" / page.name
        if not gold_file.exists():
            continue
        body = clean_body(page.read_text(encoding="utf-8"))
        bodies[page.stem] = body
        scores[page.stem] = page_score(body, gold_file.read_text(encoding="utf-8"))
    return scores, bodies


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEV_SET)
    parser.add_argument("--shape", choices=SHAPES, action="append",
                        help="which dumps to score (default: both)")
    parser.add_argument("--per-page", action="store_true", help="list every page's figures")
    parser.add_argument("--write", type=Path, help="write each cleaned body to this folder")
    parser.add_argument("--raise-floors", action="store_true")
    parser.add_argument("--allow-lower", action="store_true")
    args = parser.parse_args(argv)
    if not (args.folder / "gold").is_dir():
        print(f"{args.folder}: no gold/ folder here; give a folder laid out like "
              f"{DEV_SET.relative_to(HERE.parent)}", file=sys.stderr)
        return 2
    reached = {}
    for shape in args.shape or SHAPES:
        started = time.perf_counter()
        scores, bodies = evaluate(args.folder, shape)
        elapsed = time.perf_counter() - started
        if args.write:
            for name, body in bodies.items():
                (args.write / shape).mkdir(parents=True, exist_ok=True)
                (args.write / shape / f"{name}.txt").write_text(body, encoding="utf-8")
        if args.per_page:
            for name, (p, r) in sorted(scores.items(), key=lambda kv: (kv[1][0] or 0) * (kv[1][1] or 0)):
                print(f"  {shape:14} {name:32} P {p if p is None else round(p, 3)}  "
                      f"R {r if r is None else round(r, 3)}")
        figures = overall(scores)
        print(f"{shape}: {json.dumps(figures)} ({elapsed:.1f} s)")
        reached[f"{shape}_f1"] = figures["f1"]
    if args.raise_floors:
        if args.folder.resolve() != DEV_SET.resolve():
            print("floors are kept for the default set only", file=sys.stderr)
            return 2
        return raise_floors(FLOORS, reached, args.allow_lower)
    return 0


if __name__ == "__main__":
    sys.exit(main())
