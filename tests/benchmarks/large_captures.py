"""Time to ingest one large capture: ``python -m tests.benchmarks.large_captures --mb 1 4 20``.

A text dump of many pages pasted together (the real pages of ``tests/data/headlines-dev``, one
after another, in their 27 languages), cut to each size, is ingested alone into a fresh
content folder, as ``python -m generator ingest`` does (in this process, one worker). Prints
the seconds each size took and the seconds per megabyte: cleaning, paragraph joining, date
finding and the headline's choice run in time proportional to the size, so that figure stays
flat; past ``pipeline.MAX_CHARACTERS`` a capture is refused at once, with what to do.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import tempfile
import time
from pathlib import Path

from generator.cli import main as cli
from generator.ingest.pipeline import MAX_CHARACTERS

DUMPS = Path(__file__).resolve().parents[1] / "data" / "headlines-dev" / "dumps"


def dump_of(size: int) -> bytes:
    """``size`` bytes of pages pasted together (cut at a character's end)."""
    pages = [path.read_bytes() for path in sorted(DUMPS.glob("*.txt"))]
    data = bytearray()
    while len(data) < size:
        for page in pages:
            data += page + b"\n\n"
            if len(data) >= size:
                break
    return bytes(data[:size]).decode("utf-8", "ignore").encode("utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, nargs="+", default=[1, 4, 20])
    args = parser.parse_args(argv)
    print(f"refused from {MAX_CHARACTERS:,} characters of text")
    with tempfile.TemporaryDirectory() as tmp:
        for mb in args.mb:
            capture = Path(tmp) / f"pasted-{mb:g}mb.txt"
            capture.write_bytes(dump_of(int(mb * 1_000_000)))
            characters = len(capture.read_text(encoding="utf-8"))
            out = io.StringIO()
            started = time.perf_counter()
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
                code = cli(["ingest", str(capture), "--jobs", "1",
                            "--content", str(Path(tmp) / f"content-{mb:g}")])
            elapsed = time.perf_counter() - started
            result = "refused" if code else "ingested"
            print(f"{mb:>5g} MB ({characters:>10,} characters): {result} in {elapsed:6.1f} s, "
                  f"{elapsed / mb:5.2f} s per MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
