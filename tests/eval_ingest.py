"""Score ingest against gold: ``python -m tests.eval_ingest [--raise-floors]``.

Gold: tests/gold/seeds.json (the five real captures) and tests/gold/captures.json (the
captures made by tests/gold/make_captures.py). For each capture, the body is scored on
segments: a must-contain segment found is a true positive, one missing a false negative, a
must-not-contain segment found a false positive; precision, recall and F1 follow. Metadata is
right or wrong: language, publication date (the day), title, outlet.

Floors (tests/gold/floors.json) only rise: ``--raise-floors`` writes the scores reached when
they are higher, and refuses to lower a floor unless ``--allow-lower`` is given as well.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from generator.cli import main as cli
from generator.frontmatter import read_document
from generator.ingest.detect import host_of, registrable_domain

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold"
SEEDS = HERE / "data" / "seeds"
OWN = HERE / "fixtures" / "captures" / "gold"
FLOORS = GOLD / "floors.json"
METADATA = ("language", "date", "title", "outlet")


@dataclass
class Score:
    name: str
    group: str
    precision: float
    recall: float
    f1: float
    right: dict[str, bool]
    missing: list[str]
    kept: list[str]


def _ingest(files: list[Path], manifest: Path | None, content: Path) -> None:
    args = ["ingest", *map(str, files), "--content", str(content)]
    if manifest:
        args += ["--manifest", str(manifest)]
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        cli(args)


def _articles_by_raw(content: Path) -> dict[str, dict]:
    domains = {path.stem: read_document(path).meta.get("domains") or []
               for path in (content / "outlets").glob("*.yml")}
    found = {}
    for path in (content / "articles").glob("*.md"):
        doc = read_document(path)
        raw = doc.meta["raw_file"].split("/", 1)[1]
        found[raw.split(".records/")[0]] = {"meta": doc.meta, "body": doc.body,
                                            "domains": domains.get(doc.meta.get("outlet"), [])}
    return found


def _right_outlet(gold: dict, article: dict) -> bool:
    """An article whose address is known belongs to the outlet of its site (its registrable
    domain: one outlet a site, however the ids of two sites would collide); without an
    address, to the outlet the gold names."""
    if gold.get("url"):
        return registrable_domain(host_of(gold["url"])) in article["domains"]
    return article["meta"].get("outlet") == gold["outlet"]


def score(name: str, group: str, gold: dict, article: dict | None) -> Score:
    if article is None:
        return Score(name, group, 0.0, 0.0, 0.0, dict.fromkeys(METADATA, False),
                     gold["must_contain"], [])
    body, meta = article["body"], article["meta"]
    missing = [s for s in gold["must_contain"] if s not in body]
    kept = [s for s in gold["must_not_contain"] if s in body]
    tp = len(gold["must_contain"]) - len(missing)
    precision = tp / (tp + len(kept)) if tp + len(kept) else 0.0
    recall = tp / len(gold["must_contain"]) if gold["must_contain"] else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    right = {
        "language": meta.get("language") == gold["language"],
        "date": str(meta.get("published", ""))[:10] == gold["published"][:10],
        "title": meta.get("title") == gold["title"],
        "outlet": _right_outlet(gold, article),
    }
    return Score(name, group, precision, recall, f1, right, missing, kept)


def evaluate() -> list[Score]:
    seeds = json.loads((GOLD / "seeds.json").read_text(encoding="utf-8"))
    own = json.loads((GOLD / "captures.json").read_text(encoding="utf-8"))
    work = Path(tempfile.mkdtemp(prefix="eval-ingest-"))
    try:
        _ingest([SEEDS / n for n in seeds if not n.startswith("_")], SEEDS / "manifest.csv",
                work / "seeds")
        _ingest([OWN / n for n in own], OWN / "manifest.csv", work / "own")
        found = {**_articles_by_raw(work / "seeds"), **_articles_by_raw(work / "own")}
    finally:
        shutil.rmtree(work, ignore_errors=True)
    scores = []
    for name, gold in seeds.items():
        if not name.startswith("_"):
            scores.append(score(name, "seeds", gold, found.get(name)))
    for name, gold in own.items():
        scores.append(score(name, "own", gold, found.get(name)))
    return scores


def summary(scores: list[Score]) -> dict[str, float]:
    seeds = [s for s in scores if s.group == "seeds"]
    own = [s for s in scores if s.group == "own"]
    result = {
        "seeds_min_f1": min(s.f1 for s in seeds),
        "own_mean_f1": sum(s.f1 for s in own) / len(own),
    }
    for field in METADATA:
        result[f"{field}_accuracy"] = sum(s.right[field] for s in scores) / len(scores)
    return {k: round(v, 4) for k, v in result.items()}


def report(scores: list[Score]) -> str:
    lines = ["| capture | P | R | F1 | language | date | title | outlet |",
             "| --- | --- | --- | --- | --- | --- | --- | --- |"]
    for s in scores:
        marks = " | ".join("✓" if s.right[f] else "✗" for f in METADATA)
        lines.append(f"| {s.name} | {s.precision:.2f} | {s.recall:.2f} | {s.f1:.2f} | {marks} |")
    for group in ("seeds", "own"):
        items = [s for s in scores if s.group == group]
        mean = [sum(getattr(s, k) for s in items) / len(items) for k in ("precision", "recall", "f1")]
        lines.append(f"| mean of {group} ({len(items)}) | {mean[0]:.3f} | {mean[1]:.3f} | "
                     f"{mean[2]:.3f} | | | | |")
    for s in scores:
        for segment in s.missing:
            lines.append(f"  {s.name}: missing: {segment[:90]}")
        for segment in s.kept:
            lines.append(f"  {s.name}: kept boilerplate: {segment[:90]}")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--raise-floors", action="store_true", help="record higher scores as floors")
    parser.add_argument("--allow-lower", action="store_true", help="with --raise-floors: allow lowering")
    args = parser.parse_args()
    scores = evaluate()
    print(report(scores))
    reached = summary(scores)
    floors = json.loads(FLOORS.read_text(encoding="utf-8")) if FLOORS.exists() else {}
    print("\n" + "\n".join(f"{k}: {v} (floor {floors.get(k, '-')})" for k, v in reached.items()))
    if args.raise_floors:
        lower = [k for k, v in reached.items() if v < floors.get(k, 0)]
        if lower and not args.allow_lower:
            print(f"refusing to lower floors {lower}; pass --allow-lower to do it", file=sys.stderr)
            return 1
        new = {k: max(v, floors.get(k, 0)) if not args.allow_lower else v for k, v in reached.items()}
        FLOORS.write_text(json.dumps(new, indent=1) + "\n", encoding="utf-8")
        print(f"floors written to {FLOORS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
