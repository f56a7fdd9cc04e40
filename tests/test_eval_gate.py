"""The gate on ingest quality: scores against gold may never fall below the recorded floors.

Floors live in tests/gold/floors.json and only rise (`python -m tests.eval_ingest
--raise-floors`); lowering one needs `--allow-lower` and a reason in the commit.
"""

from __future__ import annotations

import json

import pytest

from .eval_ingest import FLOORS, evaluate, summary


@pytest.fixture(scope="module")
def scores():
    return evaluate()


def test_scores_hold_their_floors(scores):
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    reached = summary(scores)
    fallen = {k: (reached[k], floor) for k, floor in floors.items() if reached[k] < floor}
    assert not fallen, f"below the floor (reached, floor): {fallen}; run python -m tests.eval_ingest"


def test_every_seed_is_clean_and_complete(scores):
    for score in scores:
        if score.group == "seeds":
            assert score.f1 >= 0.97, score.name
            assert score.kept == [], f"{score.name} kept boilerplate: {score.kept}"
            assert all(score.right.values()), f"{score.name}: {score.right}"


def test_own_set_meets_the_target(scores):
    own = [s for s in scores if s.group == "own"]
    assert len(own) >= 20
    assert {s.name.split("_")[0] for s in own} >= {"az", "tr", "ar", "fa", "ru", "en"}
    assert {s.name.rsplit(".", 1)[-1] for s in own} >= {"txt", "html", "gz"}
    assert sum(s.f1 for s in own) / len(own) >= 0.95


def test_floors_cannot_be_lowered_silently(tmp_path, monkeypatch, capsys):
    from . import eval_ingest

    raised = {k: 1.5 for k in json.loads(FLOORS.read_text(encoding="utf-8"))}
    fake = tmp_path / "floors.json"
    fake.write_text(json.dumps(raised), encoding="utf-8")
    monkeypatch.setattr(eval_ingest, "FLOORS", fake)
    monkeypatch.setattr("sys.argv", ["eval_ingest", "--raise-floors"])
    assert eval_ingest.main() == 1
    assert "refusing to lower floors" in capsys.readouterr().err
    assert json.loads(fake.read_text(encoding="utf-8")) == raised
