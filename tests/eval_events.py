"""Score event suggestions against the evaluation set (tests/gold/events_eval.py).

    python -m tests.eval_events              # the scores, and each misplaced report
    python -m tests.eval_events --raise-floors

Builds the set as a content folder (entities, events, articles; one report of each event
already assigned), finds the mentions with the project's own command, runs ``suggest`` and
measures:

- ``placed_right``: share of the unassigned reports of existing events placed in the right one;
- ``placement_precision``: share of all placements that are right;
- ``negatives_misplaced``: share of hard negatives placed in an event (lower is better);
- ``group_precision`` / ``group_recall``: pairs of reports proposed together as a new event
  that belong together / pairs that belong together and were proposed together (a report
  held back as "needs a date" is in no pair: it is grouped once the curator dates it).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import math
import sys
import tempfile
from itertools import combinations
from pathlib import Path

from generator.cli import main as cli
from generator.content import load_archive
from generator.frontmatter import dump_yaml, render_markdown
from generator.store import refresh_mentions
from generator.suggest import PLACE_SCORE, Suggester, calibrated

from .gold.events_eval import ARTICLES, DESCRIPTIONS, ENTITIES, EVENTS, URLS
from .gold.events_pages import PAGES, SAVED, SAVED_DIR, page

FLOORS = Path(__file__).parent / "gold" / "events_floors.json"
PAGE_ROWS = [(key, lang, url, group) for key, lang, url, group, *_ in [*PAGES, *SAVED]]
"""Every page that goes through ingest, written or saved: (key, language, address, group)."""
PAGE_KEYS = {key for key, *_ in PAGE_ROWS}
LOWER_IS_BETTER = {"negatives_misplaced", "with_pages_negatives_misplaced"}


def write_set(root: Path, with_pages: bool = True) -> Path:
    """The evaluation set as a content folder under ``root`` (``with_pages``: the pages too,
    through ingest)."""
    content = root / "content"
    for folder in ("entities", "events", "articles", "outlets"):
        (content / folder).mkdir(parents=True, exist_ok=True)
    for entity_id, (kind, names) in ENTITIES.items():
        english = names.get("en") or [entity_id]
        data = {"name": english[0], "kind": kind, "names": names}
        if entity_id in DESCRIPTIONS:
            data["description"] = DESCRIPTIONS[entity_id]
        (content / "entities" / f"{entity_id}.yml").write_text(dump_yaml(data), encoding="utf-8")
    for event_id, meta in EVENTS.items():
        (content / "events" / f"{event_id}.md").write_text(render_markdown(meta, ""), "utf-8")
    for number, (key, lang, published, group, assigned, title, body) in enumerate(ARTICLES):
        meta = {"title": title, "language": lang, "published": published,
                "url": URLS.get(key), "raw_sha256": f"{number:064x}"}
        meta = {k: v for k, v in meta.items() if v is not None}
        if assigned:
            meta["event"] = group
        (content / "articles" / f"{key}.md").write_text(render_markdown(meta, body), "utf-8")
    if not with_pages:
        refresh_mentions(content)
        return content
    # the pages, as a curator saves them, through ingest with their addresses
    captures = root / "captures"
    captures.mkdir(exist_ok=True)
    rows = ["file,url"]
    for key, lang, url, _, headline, dateline, story, tags in PAGES:
        (captures / f"{key}.txt").write_text(page(lang, headline, dateline, story, tags),
                                             encoding="utf-8")
        rows.append(f"{key}.txt,{url}")
    for key, _, url, _, kind in SAVED:
        (captures / f"{key}.{kind}").write_bytes((SAVED_DIR / f"{key}.{kind}").read_bytes())
        rows.append(f"{key}.{kind},{url}")
    (captures / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        cli(["ingest", str(captures), "--content", str(content), "--jobs", "1"])
    refresh_mentions(content)
    return content


def _keys(archive) -> dict[str, str]:
    """Each article's key in the set: its file's stem, or the page an ingested one came from."""
    found = {}
    for article in archive.articles:
        raw = article.meta.raw_file or ""
        stem = Path(raw).stem
        found[article.stem] = stem if raw.startswith("raw/") and stem in PAGE_KEYS else article.stem
    return found


def evaluate_all(root: Path) -> tuple[dict[str, float], list[str]]:
    """The scores of the first set (``ARTICLES``) and, prefixed ``with_pages_``, of the whole
    set (the pages too); the notes are the whole set's."""
    first, _ = evaluate(root / "articles", with_pages=False)
    whole, notes = evaluate(root / "whole", with_pages=True)
    return {**first, **{f"with_pages_{k}": v for k, v in whole.items()}}, notes


def evaluate(root: Path, with_pages: bool = True) -> tuple[dict[str, float], list[str]]:
    content = write_set(root, with_pages)
    archive = load_archive(content)
    if archive.problems.errors:
        raise SystemExit(f"the evaluation set does not load: {archive.problems}")
    suggester = Suggester(archive)
    keys = _keys(archive)
    results = {keys[Path(s.article.path).stem]: s for s in suggester.suggest()}
    gold = {key: (group, assigned) for key, _, _, group, assigned, _, _ in ARTICLES}
    if with_pages:
        gold.update({key: (group, False) for key, _, _, group in PAGE_ROWS})
    missing = sorted(set(gold) - set(results) - {k for k, (_, a) in gold.items() if a})
    if missing:
        raise SystemExit(f"reports that ingest did not make into articles: {missing}")
    known = [k for k, (g, a) in gold.items() if not a and g in EVENTS]
    negatives = [k for k in gold if k.startswith("hn-")]
    placed = [k for k, s in results.items() if s.event]
    notes = []
    for key, suggestion in sorted(results.items()):
        truth = gold[key][0]
        if suggestion.event and suggestion.event != truth:
            notes.append(f"{key}: placed in {suggestion.event}, belongs to {truth} "
                         f"({suggestion.score:.2f}; {'; '.join(suggestion.reasons)})")
        elif truth in EVENTS and suggestion.event != truth:
            notes.append(f"{key}: not placed in {truth} ({suggestion.new_group}, "
                         f"{suggestion.score:.2f}; {'; '.join(suggestion.reasons)})")
    # the hard negatives closest to being placed: their best score for any existing event
    closest = []
    stems = {key: stem for stem, key in keys.items()}
    for key in negatives:
        item = suggester.features[stems[key]]
        value, profile = max(((suggester.score(item, p, explain=False)[0], p)
                              for p in suggester.profiles.values()), key=lambda r: r[0])
        closest.append((value, key, profile.key))
    closest.sort(reverse=True)
    notes += [f"closest negative: {key} scores {calibrated(value):.2f} for {event} (placing "
              f"needs {PLACE_SCORE})" for value, key, event in closest[:4]]
    grouped = {k: s.new_group for k, s in results.items() if s.new_group}
    for label in sorted(set(grouped.values())):
        members = sorted(k for k, g in grouped.items() if g == label)
        truths = {gold[k][0] for k in members}
        if len(truths) > 1:
            notes.append(f"proposed group {label} mixes {', '.join(members)}")
    for truth in sorted({gold[k][0] for k in grouped if gold[k][0] not in EVENTS}):
        labels = {grouped[k] for k in grouped if gold[k][0] == truth}
        if len(labels) > 1:
            notes.append(f"{truth} is split into {', '.join(sorted(labels))}")
    pairs = [(a, b) for a, b in combinations(sorted(grouped), 2)]
    proposed = {(a, b) for a, b in pairs if grouped[a] == grouped[b]}
    # a report suggest holds back for its date (it names an event's participants, nothing else
    # ties it to the event) is neither placed nor grouped until the curator dates it
    waiting = sorted(k for k, s in results.items() if s.needs_date)
    if waiting:
        notes.append(f"needs a date: {', '.join(waiting)}")
    true_pairs = {(a, b) for a, b in combinations(
        sorted(k for k in gold if gold[k][0] not in EVENTS and k not in waiting), 2)
        if gold[a][0] == gold[b][0]}
    scores = {
        "placed_right": sum(results[k].event == gold[k][0] for k in known) / len(known),
        "placement_precision": (sum(results[k].event == gold[k][0] for k in placed) / len(placed))
        if placed else 0.0,
        "negatives_misplaced": sum(results[k].event is not None for k in negatives) / len(negatives),
        "group_precision": len(proposed & true_pairs) / len(proposed) if proposed else 0.0,
        "group_recall": len(proposed & true_pairs) / len(true_pairs) if true_pairs else 1.0,
    }
    return {k: round(v, 4) for k, v in scores.items()}, notes


def calibration_rows(root: Path) -> list[tuple[float, bool]]:
    """(raw score, right?) of each unassigned report of the whole set against its two best
    events: what the calibration is fitted on."""
    content = write_set(root, with_pages=True)
    archive = load_archive(content)
    suggester = Suggester(archive)
    keys = _keys(archive)
    gold = {key: group for key, _, _, group, *_ in ARTICLES}
    gold.update({key: group for key, _, _, group in PAGE_ROWS})
    rows = []
    for article in archive.articles:
        if article.meta.event:
            continue
        item = suggester.features[article.stem]
        scored = sorted(((suggester.score(item, p, explain=False)[0], p.key)
                         for p in suggester.profiles.values()), reverse=True)
        rows += [(value, event == gold[keys[article.stem]]) for value, event in scored[:2]]
    return rows


def fit_calibration(rows: list[tuple[float, bool]], l2: float = 0.1) -> tuple[float, float]:
    """A logistic curve from raw score to the chance of being right (gradient descent, a
    little L2 on the slope: the set may separate right from wrong completely)."""
    slope, intercept = 1.0, 0.0
    for _ in range(20000):
        gradient_slope, gradient_intercept = l2 * slope, 0.0
        for value, right in rows:
            error = 1.0 / (1.0 + math.exp(-(slope * value + intercept))) - float(right)
            gradient_slope += error * value
            gradient_intercept += error
        slope -= 0.01 * gradient_slope
        intercept -= 0.01 * gradient_intercept
    return round(slope, 2), round(intercept, 2)


def holds(scores: dict[str, float], floors: dict[str, float]) -> dict[str, tuple[float, float]]:
    """The scores that fell below (or, lower being better, rose above) their floor."""
    return {k: (scores[k], f) for k, f in floors.items()
            if (scores[k] > f if k in LOWER_IS_BETTER else scores[k] < f)}


def main(argv: list[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    args.add_argument("--raise-floors", action="store_true",
                      help="record today's scores as the floors where they are better")
    args.add_argument("--calibrate", action="store_true",
                      help="fit the curve from raw scores to chances (suggest.CALIBRATION)")
    options = args.parse_args(argv)
    if options.calibrate:
        with tempfile.TemporaryDirectory() as tmp:
            rows = calibration_rows(Path(tmp))
        print(f"CALIBRATION = {fit_calibration(rows)}  (from {len(rows)} report-event pairs, "
              f"{sum(right for _, right in rows)} right)")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        scores, notes = evaluate_all(Path(tmp))
    languages = {lang for _, lang, *_ in ARTICLES} | {lang for _, lang, *_ in PAGE_ROWS}
    reports = [key for key, *_ in ARTICLES] + [key for key, *_ in PAGE_ROWS]
    print(f"{len(reports)} reports in {len(languages)} languages ({len(PAGE_ROWS)} of them "
          f"pages that go through ingest, {len(SAVED)} saved as HTML or dumps), "
          f"{len(EVENTS)} events, "
          f"{sum(k.startswith('hn-') for k in reports)} hard negatives")
    for name, value in scores.items():
        print(f"  {name:<22} {value:.3f}")
    for note in notes:
        print(f"  - {note}")
    floors = json.loads(FLOORS.read_text(encoding="utf-8")) if FLOORS.exists() else {}
    if options.raise_floors:
        for name, value in scores.items():
            if name not in floors or (value < floors[name] if name in LOWER_IS_BETTER
                                      else value > floors[name]):
                floors[name] = value
        FLOORS.write_text(json.dumps(floors, indent=1) + "\n", encoding="utf-8")
        print(f"floors written to {FLOORS}")
    fallen = holds(scores, floors)
    if fallen:
        print(f"below the floors (score, floor): {fallen}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
