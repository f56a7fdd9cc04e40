"""Regenerate the golden pages: ``python -m tests.regenerate_goldens``.

The goldens are the generated Markdown of the fixture archive (tests/fixtures/archive). Run
this after an intended change to the pages, then read the diff before committing it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from generator.build import build

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "archive"
GOLDEN = Path(__file__).resolve().parent / "golden" / "archive"
SITE_NAME = "Test archive"


def regenerate(target: Path = GOLDEN) -> int:
    if target.exists():
        shutil.rmtree(target)
    report = build(FIXTURE, target, site_name=SITE_NAME, strict=True)
    return report.pages


if __name__ == "__main__":
    print(f"{regenerate()} golden pages written to {GOLDEN}")
