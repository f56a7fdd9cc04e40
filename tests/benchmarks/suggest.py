"""Benchmark: `suggest` over a generated archive of N articles (default 10,000).

    python -m tests.benchmarks.suggest --articles 10000

Writes an archive in six languages (the generated text of ``synthetic``) with a name authority
of 600 entities, 500 events each reported by about 20 articles that name the event's people
and place in their own language, and one article in ten left unassigned. Then it times the two
commands a curator runs, as subprocesses: ``mentions`` (find the entities in every article)
and ``suggest --json``, and reports how many unassigned articles went back to their event;
then unassigns everything (a fresh import) and times the grouping of all N articles.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from generator.frontmatter import dump_yaml, render_markdown

from .synthetic import LANGUAGES, PARAGRAPHS, WORDS_PER_PARAGRAPH, _sentence, vocabularies

ENTITIES = 600
EVENTS = 500


def _word(rng: random.Random, alphabet: str, size: int) -> str:
    word = "".join(rng.choice(alphabet) for _ in range(size))
    return word[0].upper() + word[1:]


def generate(root: Path, articles: int, seed: int = 11) -> dict[str, str]:
    """Write the archive; return each article's true event (unassigned ones included)."""
    rng = random.Random(seed)
    vocab = vocabularies(rng)
    for folder in ("entities", "events", "articles", "outlets"):
        (root / folder).mkdir(parents=True, exist_ok=True)
    names: dict[str, dict[str, str]] = {}
    for number in range(ENTITIES):
        kind = "place" if number % 4 == 0 else "person"
        spelled = {code: f"{_word(rng, alpha, rng.randint(4, 7))} {_word(rng, alpha, rng.randint(5, 8))}"
                   for code, (_, alpha) in LANGUAGES.items()}
        names[f"entity-{number}"] = spelled
        (root / "entities" / f"entity-{number}.yml").write_text(dump_yaml({
            "name": spelled["en"], "kind": kind,
            "names": {code: [name, name.split()[1]] for code, name in spelled.items()}}), "utf-8")
    events = []
    for number in range(EVENTS):
        day = date(2015, 1, 1) + timedelta(days=rng.randint(0, 3650))
        core = rng.sample(sorted(names), 3)
        events.append((f"event-{number}", day, core))
        (root / "events" / f"event-{number}.md").write_text(render_markdown({
            "title": f"Generated event {number}", "date": day.isoformat()}, ""), "utf-8")
    codes = list(LANGUAGES)
    truth = {}
    for number in range(articles):
        code = codes[number % len(codes)]
        event_id, day, core = events[number % EVENTS]
        named = [*rng.sample(core, 2), rng.choice(sorted(names))]
        paragraphs = [" ".join(_sentence(rng, vocab[code], WORDS_PER_PARAGRAPH // 3)
                               for _ in range(3)) for _ in range(PARAGRAPHS)]
        for position, entity in enumerate(named):
            paragraphs[position * 2] = f"{names[entity][code]} {paragraphs[position * 2]}"
        meta = {"title": _sentence(rng, vocab[code], 8).rstrip("."), "language": code,
                "published": (day + timedelta(days=rng.randint(0, 2))).isoformat(),
                "raw_sha256": f"{seed:08x}{number:056x}"}
        if (number // EVENTS) % 10:  # one report in ten of each event left unassigned
            meta["event"] = event_id
        stem = f"a{number:05d}"
        truth[stem] = event_id
        (root / "articles" / f"{stem}.md").write_text(render_markdown(meta, "\n\n".join(paragraphs)),
                                                       "utf-8")
    return truth


def timed(command: list[str], cwd: Path) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "generator", *command], cwd=cwd,
                          capture_output=True, text=True, check=True)
    return time.perf_counter() - start, done.stdout


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        start = time.perf_counter()
        truth = generate(root / "content", args.articles)
        print(f"generated {args.articles} articles, {EVENTS} events, {ENTITIES} entities in "
              f"{time.perf_counter() - start:.1f} s")
        seconds, out = timed(["mentions"], root)
        print(f"mentions: {seconds:.1f} s ({out.strip().splitlines()[-1]})")
        seconds, out = timed(["suggest", "--json"], root)
        items = json.loads(out)
        right = sum(1 for i in items if i["event"] == truth[Path(i["article"]).stem])
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"suggest --json: {seconds:.1f} s for {len(items)} unassigned articles; "
              f"{right} placed in their event ({right / max(1, len(items)):.1%}); "
              f"peak memory of the commands {peak:.0f} MB")
        # a fresh import: nothing assigned yet, every article to be grouped
        for path in (root / "content" / "articles").glob("*.md"):
            text = path.read_text(encoding="utf-8")
            path.write_text("\n".join(line for line in text.split("\n")
                                      if not line.startswith("event: ")), encoding="utf-8")
        seconds, out = timed(["suggest", "--json"], root)
        groups: dict[str, set[str]] = {}
        for item in json.loads(out):
            groups.setdefault(item["new_group"], set()).add(truth[Path(item["article"]).stem])
        pure = sum(1 for events in groups.values() if len(events) == 1)
        print(f"suggest --json with nothing assigned: {seconds:.1f} s; {len(groups)} proposed "
              f"groups for {EVENTS} true events, {pure} of them holding one event only")
    return 0


if __name__ == "__main__":
    sys.exit(main())
