"""Floors that only rise: the scores an evaluation must keep reaching, in a JSON file."""

from __future__ import annotations

import json
import sys
from pathlib import Path


def raise_floors(path: Path, reached: dict[str, float], allow_lower: bool = False) -> int:
    """Record ``reached`` in the floors file ``path`` where it is higher; refuse (exit status
    1, and say which) to lower a floor unless ``allow_lower``."""
    floors = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    lower = [k for k, v in reached.items() if v < floors.get(k, 0)]
    if lower and not allow_lower:
        print(f"refusing to lower floors {lower}; pass --allow-lower to do it", file=sys.stderr)
        return 1
    floors.update(reached if allow_lower else
                  {k: max(v, floors.get(k, 0)) for k, v in reached.items()})
    path.write_text(json.dumps(floors, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"floors written to {path}")
    return 0
