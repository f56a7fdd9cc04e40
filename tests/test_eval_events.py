"""The gate on event suggestions: scores on the evaluation set never fall below their floors,
and the issue's targets hold (≥ 0.9 placed right, ≤ 1 in 10 hard negatives misplaced)."""

from __future__ import annotations

import json

import pytest

from .eval_events import FLOORS, evaluate, holds
from .gold.events_eval import ARTICLES


@pytest.fixture(scope="module")
def scored(tmp_path_factory):
    return evaluate(tmp_path_factory.mktemp("events-eval"))


def test_scores_hold_their_floors(scored):
    scores, notes = scored
    fallen = holds(scores, json.loads(FLOORS.read_text(encoding="utf-8")))
    assert not fallen, f"below the floor (score, floor): {fallen}; {notes}"


def test_targets(scored):
    scores, _ = scored
    assert scores["placed_right"] >= 0.9
    assert scores["negatives_misplaced"] <= 0.1


def test_the_set_is_large_and_varied_enough():
    assert len(ARTICLES) >= 40
    assert len({lang for _, lang, *_ in ARTICLES}) >= 6
    assert sum(key.startswith("hn-") for key, *_ in ARTICLES) >= 10
