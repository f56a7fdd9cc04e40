"""Fit the story model's weights: ``python -m tests.train_cleaner [--folds 5] [--write]``.

Training data: the real pages of ``tests/data/cleaning-dev`` in both shapes (each paragraph
labelled story when most of its 4-grams are in the page's gold), and the archive's own gold
captures and seeds (a paragraph is story when it holds a must-contain segment, not when it
holds a must-not-contain one). Each page weighs the same; within a page a paragraph weighs by
the square root of its length, as the 4-gram score counts words.

``--folds K`` reports a K-fold cross-validation by page (the figure to expect on pages the
model has not seen), then fits on everything; ``--write`` stores the weights in
``generator/ingest/story_model.json``.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from dataclasses import dataclass
from pathlib import Path

from generator.ingest import detect
from generator.ingest.cleaning import normalise_line, page_evidence
from generator.ingest.paragraphs import paragraphs
from generator.ingest.readers import decode
from generator.ingest.story import (
    CONTEXT_NAMES,
    LOCAL_NAMES,
    MODEL_FILE,
    context_features,
    local_features,
    story_mask,
)

from .eval_cleaning import DEV_SET, grams, overall, page_score

HERE = Path(__file__).resolve().parent


@dataclass
class Page:
    name: str
    texts: list[str]
    sizes: list[int]
    local: list[list[float]]
    terminators: list[bool]
    evidence: list
    labels: list[float | None]
    gold: str | None


def _label_by_gold(texts: list[str], gold: str) -> list[float | None]:
    gold_grams = grams(gold)
    gold_words = " " + " ".join(normalise_line(gold).split()) + " "
    labels: list[float | None] = []
    for text in texts:
        mine = grams(text)
        if sum(mine.values()) >= 3 and len(next(iter(mine))) == 4:
            inside = sum(count for gram, count in mine.items() if gram in gold_grams)
            labels.append(1.0 if inside >= 0.5 * sum(mine.values()) else 0.0)
        else:
            labels.append(1.0 if f" {normalise_line(text)} " in gold_words else 0.0)
    return labels


def _label_by_segments(texts: list[str], gold: dict) -> list[float | None]:
    labels: list[float | None] = []
    for text in texts:
        if any(segment in text or text in segment for segment in gold["must_contain"]
               if len(text) >= 12):
            labels.append(1.0)
        elif any(segment in text for segment in gold["must_not_contain"]):
            labels.append(0.0)
        else:
            labels.append(None)  # not said: no evidence either way
    return labels


def _page(name: str, text: str, labeller, gold_text: str | None) -> Page:
    units = paragraphs(text)
    language = detect.detect_language(text)
    evidence = page_evidence(units, language)
    texts = [item.text for item in evidence]
    sizes = [len(item.words) for item in evidence]
    longest = max(sizes, default=0)
    return Page(name, texts, sizes, [local_features(item, longest) for item in evidence],
                [item.terminator for item in evidence], evidence, labeller(texts), gold_text)


def load_pages() -> list[Page]:
    pages = []
    for shape in ("pages", "pages-wrapped"):
        for path in sorted((DEV_SET / shape).glob("*.txt")):
            gold = (DEV_SET / "gold" / path.name).read_text(encoding="utf-8")
            pages.append(_page(f"{shape}/{path.stem}", path.read_text(encoding="utf-8"),
                               lambda texts, g=gold: _label_by_gold(texts, g), gold))
    own = json.loads((HERE / "gold" / "captures.json").read_text(encoding="utf-8"))
    seeds = json.loads((HERE / "gold" / "seeds.json").read_text(encoding="utf-8"))
    sources = [(HERE / "fixtures" / "captures" / "gold", own),
               (HERE.parent / "content" / "raw", seeds)]
    for folder, golds in sources:
        for name, gold in golds.items():
            path = folder / name
            if name.startswith("_") or not path.exists() or path.suffix != ".txt":
                continue
            text, _ = decode(path.read_bytes())
            pages.append(_page(f"own/{name}", text,
                               lambda texts, g=gold: _label_by_segments(texts, g), None))
    return pages


def _weights(page: Page) -> list[float]:
    roots = [math.sqrt(size + 1) for size in page.sizes]
    total = sum(r for r, label in zip(roots, page.labels, strict=True) if label is not None)
    return [r / total if total and label is not None else 0.0
            for r, label in zip(roots, page.labels, strict=True)]


def fit(rows: list[list[float]], labels: list[float], weights: list[float],
        epochs: int = 20, l2: float = 1e-3, seed: int = 7) -> list[float]:
    """Logistic regression by Adagrad on weighted rows (plain Python, a few seconds)."""
    dims = len(rows[0])
    theta = [0.0] * dims
    history = [1e-8] * dims
    order = list(range(len(rows)))
    rng = random.Random(seed)
    scale = len(rows) / (sum(weights) or 1.0)
    rate = 0.5
    for _ in range(epochs):
        rng.shuffle(order)
        for index in order:
            weight = weights[index] * scale
            if weight == 0.0:
                continue
            row = rows[index]
            z = sum(t * x for t, x in zip(theta, row, strict=True))
            p = 1 / (1 + math.exp(-max(min(z, 30), -30)))
            error = (p - labels[index]) * weight
            for d in range(dims):
                g = error * row[d] + l2 * theta[d]
                history[d] += g * g
                theta[d] -= rate * g / math.sqrt(history[d])
    return theta


def _predict(theta: list[float], row: list[float]) -> float:
    z = sum(t * x for t, x in zip(theta, row, strict=True))
    return 1 / (1 + math.exp(-max(min(z, 30), -30)))


def _stack(pages: list[Page], folds: int = 4) -> list[list[float]]:
    """Out-of-fold first-stage probabilities, so the second stage learns from honest ones."""
    result: list[list[float]] = [[] for _ in pages]
    for fold in range(folds):
        train = [p for i, p in enumerate(pages) if i % folds != fold]
        theta = _fit_local(train)
        for i, page in enumerate(pages):
            if i % folds == fold:
                result[i] = [_predict(theta, row) for row in page.local]
    return result


def _fit_local(pages: list[Page]) -> list[float]:
    rows, labels, weights = [], [], []
    for page in pages:
        for row, label, weight in zip(page.local, page.labels, _weights(page), strict=True):
            if label is not None:
                rows.append(row)
                labels.append(label)
                weights.append(weight)
    return fit(rows, labels, weights)


def _fit_context(pages: list[Page], local: list[list[float]]) -> list[float]:
    rows, labels, weights = [], [], []
    for page, probabilities in zip(pages, local, strict=True):
        context = context_features(probabilities, page.sizes, page.terminators)
        for row, label, weight in zip(context, page.labels, _weights(page), strict=True):
            if label is not None:
                rows.append(row)
                labels.append(label)
                weights.append(weight)
    return fit(rows, labels, weights)


def train(pages: list[Page]) -> dict[str, list[float]]:
    local_theta = _fit_local(pages)
    context_theta = _fit_context(pages, _stack(pages))
    return {"local": local_theta, "context": context_theta}


def predict(model: dict[str, list[float]], page: Page) -> list[bool]:
    """What the cleaner keeps of a page with this model (the grow step included)."""
    local = [_predict(model["local"], row) for row in page.local]
    final = [_predict(model["context"], row)
             for row in context_features(local, page.sizes, page.terminators)]
    return story_mask(page.evidence, final, local)


def cross_validate(pages: list[Page], folds: int) -> dict[str, dict[str, float]]:
    """Scores of the pages of each dev shape, each predicted by a model that never saw it.

    Both shapes of one page fall in the same fold, so a page is never seen in its other shape.
    """
    names = sorted({p.name.split("/", 1)[1] for p in pages})
    fold_of = {name: i % folds for i, name in enumerate(names)}
    scores: dict[str, dict[str, tuple]] = {"pages": {}, "pages-wrapped": {}}
    for fold in range(folds):
        held = [p for p in pages if fold_of[p.name.split("/", 1)[1]] == fold]
        model = train([p for p in pages if fold_of[p.name.split("/", 1)[1]] != fold])
        for page in held:
            shape, name = page.name.split("/", 1)
            if page.gold is None:
                continue
            kept = [t for t, keep in zip(page.texts, predict(model, page), strict=True) if keep]
            scores[shape][name] = page_score("\n".join(kept), page.gold)
    return {shape: overall(found) for shape, found in scores.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folds", type=int, default=0, help="report a K-fold cross-validation")
    parser.add_argument("--write", action="store_true", help=f"write {MODEL_FILE.name}")
    args = parser.parse_args(argv)
    pages = load_pages()
    print(f"{len(pages)} pages, {sum(len(p.texts) for p in pages)} paragraphs")
    if args.folds:
        for shape, figures in cross_validate(pages, args.folds).items():
            print(f"cross-validated, {shape}: {json.dumps(figures)}")
    model = train(pages)
    for names, key in ((LOCAL_NAMES, "local"), (CONTEXT_NAMES, "context")):
        print(key + ": " + ", ".join(f"{n} {w:+.2f}" for n, w in zip(names, model[key],
                                                                        strict=True)))
    if args.write:
        MODEL_FILE.write_text(json.dumps({k: [round(w, 5) for w in v] for k, v in model.items()},
                                         indent=1) + "\n", encoding="utf-8")
        print(f"written to {MODEL_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
