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
  that belong together / pairs that belong together and were proposed together.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from itertools import combinations
from pathlib import Path

from generator.content import load_archive
from generator.frontmatter import dump_yaml, render_markdown
from generator.store import refresh_mentions
from generator.suggest import PLACE, Suggester

from .gold.events_eval import ARTICLES, ENTITIES, EVENTS, URLS

FLOORS = Path(__file__).parent / "gold" / "events_floors.json"
LOWER_IS_BETTER = {"negatives_misplaced"}


def write_set(root: Path) -> Path:
    """The evaluation set as a content folder under ``root``."""
    content = root / "content"
    for folder in ("entities", "events", "articles", "outlets"):
        (content / folder).mkdir(parents=True, exist_ok=True)
    for entity_id, (kind, names) in ENTITIES.items():
        english = names.get("en") or [entity_id]
        data = {"name": english[0], "kind": kind, "names": names}
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
    refresh_mentions(content)
    return content


def evaluate(root: Path) -> tuple[dict[str, float], list[str]]:
    content = write_set(root)
    archive = load_archive(content)
    if archive.problems.errors:
        raise SystemExit(f"the evaluation set does not load: {archive.problems}")
    suggester = Suggester(archive)
    results = {Path(s.article.path).stem: s for s in suggester.suggest()}
    gold = {key: (group, assigned) for key, _, _, group, assigned, _, _ in ARTICLES}
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
    for key in negatives:
        item = suggester.features[key]
        value, profile = max(((suggester.score(item, p, explain=False)[0], p)
                              for p in suggester.profiles.values()), key=lambda r: r[0])
        closest.append((value, key, profile.key))
    closest.sort(reverse=True)
    notes += [f"closest negative: {key} scores {value:.2f} for {event} (placing needs {PLACE})"
              for value, key, event in closest[:4]]
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
    true_pairs = {(a, b) for a, b in combinations(sorted(k for k in gold if gold[k][0] not in EVENTS), 2)
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


def holds(scores: dict[str, float], floors: dict[str, float]) -> dict[str, tuple[float, float]]:
    """The scores that fell below (or, lower being better, rose above) their floor."""
    return {k: (scores[k], f) for k, f in floors.items()
            if (scores[k] > f if k in LOWER_IS_BETTER else scores[k] < f)}


def main(argv: list[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    args.add_argument("--raise-floors", action="store_true",
                      help="record today's scores as the floors where they are better")
    options = args.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        scores, notes = evaluate(Path(tmp))
    languages = {lang for _, lang, *_ in ARTICLES}
    print(f"{len(ARTICLES)} reports in {len(languages)} languages, {len(EVENTS)} events, "
          f"{sum(k.startswith('hn-') for k, *_ in ARTICLES)} hard negatives")
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
