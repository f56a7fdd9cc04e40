"""``archive discover``: a crawl's pages weighed for one event, best first.

Each crawl file is read as a stream (``crawl``); every page goes through the sieve, the few
that pass through the careful pass (``weigh``). What is found is a list of candidates, written
as CSV or JSON; the damage met in the files is reported, file and offset, and the rest read.
"""

from __future__ import annotations

import csv
import glob
import io
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..ingest.readers import UnsupportedCapture
from .crawl import Damage, Page, is_address, pages
from .weigh import Candidate, Weigher


@dataclass
class Found:
    """What a run found: the candidates above the score asked for, best first, and counts."""

    candidates: list[Candidate] = field(default_factory=list)
    damage: list[Damage] = field(default_factory=list)
    files: int = 0
    pages: int = 0
    """HTML pages answered 200 that were read."""
    sifted: int = 0
    """Pages that passed the sieve (and were cleaned and scored)."""
    below: int = 0
    """Pages scored below the score asked for."""
    unreadable: list[str] = field(default_factory=list)
    """Pages that passed the sieve but hold no story to clean, with why."""

    def merge(self, other: Found) -> None:
        self.candidates += other.candidates
        self.damage += other.damage
        self.unreadable += other.unreadable
        self.files += other.files
        self.pages += other.pages
        self.sifted += other.sifted
        self.below += other.below
        self.candidates.sort(key=lambda c: (-c.score, c.file, c.offset))
        self.damage.sort(key=lambda d: (d.file, d.offset))
        self.unreadable.sort()


def crawl_files(given: Iterable[str]) -> list[str]:
    """The files ``given`` names: paths, addresses fsspec reads (``s3://bucket/…``), or glob
    patterns of either (``crawl/*.warc.gz``, ``s3://bucket/2025/03/*.warc.gz``)."""
    found: list[str] = []
    for item in given:
        if is_address(item) and glob.has_magic(item):
            import fsspec

            fs, _, paths = fsspec.get_fs_token_paths(item)
            found += [fs.unstrip_protocol(path) for path in sorted(paths)]
        elif glob.has_magic(item):
            found += sorted(glob.glob(item))
        else:
            found.append(item)
    return list(dict.fromkeys(found))


def discover(files: list[str | Path], weigher: Weigher, *, min_score: float,
             progress: Callable[[Found], None] | None = None) -> Found:
    """Weigh every page of ``files`` for ``weigher``'s event."""
    found = Found()
    for path in files:
        found.files += 1
        for item in _pages_of(path):
            if isinstance(item, Damage):
                found.damage.append(item)
                continue
            found.pages += 1
            if weigher.sift(item) is None:
                continue
            found.sifted += 1
            try:
                candidate = weigher.weigh(item)
            except UnsupportedCapture as exc:
                found.unreadable.append(f"{item.file}@{item.offset} ({item.url}): {exc}")
                continue
            except Exception as exc:  # noqa: BLE001 - one page never stops a crawl
                found.unreadable.append(f"{item.file}@{item.offset} ({item.url}): it could "
                                        f"not be weighed ({exc.__class__.__name__}: "
                                        f"{str(exc)[:200]})")
                continue
            if candidate.score >= min_score:
                found.candidates.append(candidate)
            else:
                found.below += 1
            if progress is not None:
                progress(found)
    found.candidates.sort(key=lambda c: (-c.score, c.file, c.offset))
    return found


def _pages_of(path: str | Path) -> Iterator[Page | Damage]:
    """The file's pages and damage; a file that cannot be opened (gone, no access, an
    address fsspec cannot read) is damage from its first byte, and the run goes on."""
    last = 0
    try:
        for item in pages(path):
            last = item.offset
            yield item
    except (OSError, ImportError, ValueError) as exc:
        yield Damage(str(path), last, None, f"it could not be read ({exc.__class__.__name__}: "
                                            f"{str(exc)[:200]})")


@dataclass(frozen=True)
class Job:
    """What a worker needs to weigh a file: where the archive is and what to look for."""

    content: str
    event: str
    since: date | None
    until: date | None
    min_score: float


_WEIGHERS: dict[Job, Weigher] = {}


def weigher_for(job: Job) -> Weigher:
    """The job's weigher, made once in each process (it loads the archive)."""
    from ..content import load_archive

    if job not in _WEIGHERS:
        _WEIGHERS.clear()
        _WEIGHERS[job] = Weigher(load_archive(Path(job.content)), job.event, since=job.since,
                                 until=job.until)
    return _WEIGHERS[job]


def weigh_file(job: Job, path: str) -> Found:
    """One crawl file weighed, in a worker: the unit of work a pool hands out."""
    return discover([path], weigher_for(job), min_score=job.min_score)


def discover_files(files: list[str | Path], job: Job, *, jobs: int = 1,
                   progress: Callable[[Found], None] | None = None) -> Found:
    """Every file weighed for ``job``: in this process, or a file at a time in each of
    ``jobs`` worker processes (the work is split by crawl file); the same candidates either
    way, in the same order."""
    if jobs <= 1 or len(files) <= 1:
        return discover(files, weigher_for(job), min_score=job.min_score, progress=progress)
    from concurrent.futures import as_completed

    from ..reuse.workers import pool

    found = Found()
    with pool(min(jobs, len(files)), preload=("generator.discover.weigh",)) as workers:
        waiting = [workers.submit(weigh_file, job, str(path)) for path in files]
        for future in as_completed(waiting):
            found.merge(future.result())
            if progress is not None:
                progress(found)
    return found


COLUMNS = ["score", "url", "file", "offset", "length", "language", "title", "published", "date_source",
           "outlet", "reasons"]


def as_csv(candidates: list[Candidate]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for candidate in candidates:
        writer.writerow(candidate.as_row())
    return out.getvalue()


def as_json(candidates: list[Candidate]) -> str:
    rows = []
    for candidate in candidates:
        row = candidate.as_row()
        row["reasons"] = candidate.reasons
        rows.append(row)
    return json.dumps(rows, ensure_ascii=False, indent=1) + "\n"
