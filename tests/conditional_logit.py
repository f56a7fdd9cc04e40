"""Conditional logit models: candidates of one page compete in one softmax.

The headline model (a page's lines) and the publication-date model (a page's dates) are both
fitted so: each page contributes the log of the probability its positive candidates get, and
Adam with a little L2 follows the gradient, page by page. Plain Python, a few minutes.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass


@dataclass
class Page:
    """One page's candidates: their features, which are right, and a label each to print."""

    name: str
    group: str
    """Pages of one site share a group (they stay in one fold)."""
    collection: str
    rows: list[list[float] | None]
    positives: set[int]
    labels: list[str]


def _softmax(scores: list[float]) -> list[float]:
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]


def fit(pages: list[Page], size: int, epochs: int = 60, rate: float = 0.05,
        l2: float = 1e-3, seed: int = 11) -> list[float]:
    """Weights maximising each page's probability of its headline lines (Adam, per page)."""
    usable = [p for p in pages if p.positives]
    theta = [0.0] * size
    first = [0.0] * size
    second = [0.0] * size
    order = list(range(len(usable)))
    chance = random.Random(seed)
    step = 0
    for _ in range(epochs):
        chance.shuffle(order)
        for number in order:
            page = usable[number]
            valid = [(i, row) for i, row in enumerate(page.rows) if row is not None]
            scores = [sum(w * x for w, x in zip(theta, row, strict=True)) for _, row in valid]
            probabilities = _softmax(scores)
            positive = sum(p for (i, _), p in zip(valid, probabilities, strict=True)
                           if i in page.positives)
            gradient = [l2 * w for w in theta]
            for (i, row), p in zip(valid, probabilities, strict=True):
                # d(-log P(positives))/d theta = E_all[x] - E_positives[x]
                weight = p - (p / positive if i in page.positives else 0.0)
                if weight:
                    for k, x in enumerate(row):
                        if x:
                            gradient[k] += weight * x
            step += 1
            for k in range(size):
                first[k] = 0.9 * first[k] + 0.1 * gradient[k]
                second[k] = 0.999 * second[k] + 0.001 * gradient[k] ** 2
                corrected_first = first[k] / (1 - 0.9 ** step)
                corrected_second = second[k] / (1 - 0.999 ** step)
                theta[k] -= rate * corrected_first / (math.sqrt(corrected_second) + 1e-8)
    return theta


def choose(theta: list[float], page: Page) -> tuple[int | None, float, float | None]:
    """The page's likeliest candidate, its probability, and its score (the model's raw sum)."""
    valid = [(i, sum(w * x for w, x in zip(theta, row, strict=True)))
             for i, row in enumerate(page.rows) if row is not None]
    if not valid:
        return None, 0.0, None
    probabilities = _softmax([s for _, s in valid])
    best = max(range(len(valid)), key=lambda k: valid[k][1])
    return valid[best][0], probabilities[best], valid[best][1]


def cross_validate(pages: list[Page], folds: int, size: int, chooser=None
                   ) -> list[tuple[Page, int | None, float, float | None]]:
    """Each page's choice (as ``choose``, or ``chooser(theta, page)`` where the model's own
    rules follow its scores) by a model fitted on the folds it is not in."""
    chooser = chooser or choose
    groups = sorted({p.group for p in pages})
    random.Random(5).shuffle(groups)
    fold_of = {group: number % folds for number, group in enumerate(groups)}
    results = []
    for fold in range(folds):
        train = [p for p in pages if fold_of[p.group] != fold]
        theta = fit(train, size)
        for page in pages:
            if fold_of[page.group] == fold:
                results.append((page, *chooser(theta, page)))
    return results


