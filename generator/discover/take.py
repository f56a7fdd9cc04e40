"""``archive discover --ingest``: the candidates above a score taken into the archive.

Each candidate is cut out of its crawl file as its WARC record (a WARC.gz record is a gzip
member, a WARC.gz file of its own) and goes through the one writer, ``ingest``'s: ``raw/``
keeps the record's bytes and its page, the article records the crawl file, offset and length
(``crawl_record``). A capture the archive holds is recognised as ``ingest`` recognises it
(the same page: unchanged; the same address: kept beside its article); none is erased.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path, PurePosixPath

from ..ingest.pipeline import Ingester, Outcome, Status, read_file
from ..reuse.keys import sha256_bytes, sha256_file
from .crawl import record_bytes
from .weigh import Candidate


def record_name(candidate: Candidate, data: bytes, raw: Path) -> str:
    """The file name the record is kept under in ``raw/``: the crawl file's with the record's
    offset (``CC-NEWS-20250317-01234.at-5678.warc.gz``); with its digest too when another
    record of that name is there already (two crawls may name their files alike)."""
    base = PurePosixPath(candidate.file.rstrip("/")).name or "crawl"
    gzipped = data[:2] == b"\x1f\x8b"
    stem = re.sub(r"(\.warc)?(\.gz)?$", "", base, flags=re.IGNORECASE)
    stem = re.sub(r"[^\w.-]+", "-", stem).strip(".-") or "crawl"
    suffix = ".warc.gz" if gzipped else ".warc"
    name = f"{stem}.at-{candidate.offset}{suffix}"
    kept = raw / name
    if kept.exists() and sha256_file(kept) != sha256_bytes(data):
        name = f"{stem}.at-{candidate.offset}.{sha256_bytes(data)[:12]}{suffix}"
    return name


def take(candidates: list[Candidate], content: Path) -> list[Outcome]:
    """Ingest ``candidates`` into ``content``, best first; one that cannot be read or stored
    is an outcome that says why, never an exception."""
    ingester = Ingester(content)
    outcomes: list[Outcome] = []
    with tempfile.TemporaryDirectory(prefix="discover-") as folder:
        for candidate in candidates:
            where = f"{candidate.file}@{candidate.offset}"
            try:
                data = record_bytes(candidate.file, candidate.offset, candidate.length)
            except OSError as exc:
                outcomes.append(Outcome(Path(candidate.file), Status.FAILED, label=where,
                                        message=f"its record could not be read again ({exc}); "
                                                "check that the crawl file is still there"))
                continue
            source = Path(folder) / record_name(candidate, data, ingester.raw_dir)
            source.write_bytes(data)
            ingester.origins[source] = {"file": candidate.file, "offset": candidate.offset,
                                        "length": candidate.length}
            captures, problem = read_file(source)
            if not captures:
                outcomes.append(Outcome(source, Status.FAILED, label=where,
                                        message=problem or "its record holds no page"))
                continue
            for capture in captures:
                capture.label = where
            outcomes += ingester.store(source, candidate.url, captures, [None] * len(captures),
                                       problem)
        # an outlet first known by a later page changes earlier ones (as ``ingest`` does)
        for settled in ingester.settle_names():
            for number, outcome in enumerate(outcomes):
                if settled.article is not None and outcome.article == settled.article:
                    settled.status, settled.label = outcome.status, outcome.label
                    settled.found = settled.found or outcome.found
                    outcomes[number] = settled
    return outcomes
