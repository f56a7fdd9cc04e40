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
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
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
    records: int = 0
    """WARC records read, pages or not."""
    pages: int = 0
    """HTML pages answered 200 that were read."""
    sifted: int = 0
    """Pages that passed the sieve (and were cleaned and scored)."""
    below: int = 0
    """Pages scored below the score asked for."""
    other_language: int = 0
    """Pages the careful pass found in a language not asked for (``--languages``)."""
    unreadable: list[str] = field(default_factory=list)
    """Pages that passed the sieve but hold no story to clean, with why."""
    resumed: int = 0
    """Files whose results an earlier run of the job had kept (not read again)."""

    def merge(self, other: Found) -> None:
        self.candidates += other.candidates
        self.damage += other.damage
        self.unreadable += other.unreadable
        for name in ("files", "records", "pages", "sifted", "below", "other_language",
                     "resumed"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.candidates.sort(key=lambda c: (-c.score, c.file, c.offset))
        self.damage.sort(key=lambda d: (d.file, d.offset))
        self.unreadable.sort()

    def as_data(self) -> dict:
        return {"candidates": [asdict(c) for c in self.candidates],
                "damage": [asdict(d) for d in self.damage], "unreadable": self.unreadable,
                **{name: getattr(self, name) for name in COUNTS}}

    @classmethod
    def from_data(cls, data: dict) -> Found:
        return cls([Candidate(**c) for c in data["candidates"]],
                   [Damage(**d) for d in data["damage"]],
                   unreadable=list(data["unreadable"]),
                   **{name: int(data.get(name, 0)) for name in COUNTS})


COUNTS = ("files", "records", "pages", "sifted", "below", "other_language")


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


Tick = Callable[[int, int, int, int], None]
"""Told, now and then, how many records, pages, sifted pages and candidates were added."""
TICK_RECORDS = 2000
TICK_SECONDS = 1.0
"""A worker tells its progress every ``TICK_RECORDS`` records, or every second."""


def discover(files: list[str | Path], weigher: Weigher, *, min_score: float,
             tick: Tick | None = None) -> Found:
    """Weigh every page of ``files`` for ``weigher``'s event."""
    found = Found()
    told = [0, 0, 0, 0]
    told_at = [time.monotonic()]
    tally = [0]

    def tell() -> None:
        now = [tally[0], found.pages, found.sifted, len(found.candidates)]
        told_at[0] = time.monotonic()
        if tick is not None and now != told:
            tick(*(a - b for a, b in zip(now, told, strict=True)))
            told[:] = now

    for path in files:
        found.files += 1
        for item in _pages_of(path, tally):
            if tally[0] - told[0] >= TICK_RECORDS or (
                    tally[0] % 50 == 0 and time.monotonic() - told_at[0] >= TICK_SECONDS):
                tell()
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
            if weigher.languages and candidate.language not in weigher.languages:
                found.other_language += 1
            elif candidate.score >= min_score:
                found.candidates.append(candidate)
            else:
                found.below += 1
        found.records = tally[0]
    found.records = tally[0]
    tell()
    found.candidates.sort(key=lambda c: (-c.score, c.file, c.offset))
    return found


def _pages_of(path: str | Path, tally: list[int]) -> Iterator[Page | Damage]:
    """The file's pages and damage; a file that cannot be opened (gone, no access, an
    address fsspec cannot read) is damage from its first byte, and the run goes on."""
    last = 0
    try:
        for item in pages(path, tally=tally):
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
    languages: frozenset[str] = frozenset()

    def key(self) -> str:
        """What the job's results depend on: the event, its window, the score, the archive
        (every file of it) and the code that weighs."""
        from ..reuse.cache import _code_digest
        from ..reuse.keys import digest

        archive = [f"{p.relative_to(self.content).as_posix()}:{p.stat().st_size}:"
                   f"{p.stat().st_mtime_ns}" for p in sorted(Path(self.content).rglob("*"))
                   if p.is_file() and "raw" not in p.relative_to(self.content).parts[:1]]
        return digest([self.event, str(self.since), str(self.until), repr(self.min_score),
                       ",".join(sorted(self.languages)), *archive, _code_digest()])[:16]


_WEIGHERS: dict[Job, Weigher] = {}


def weigher_for(job: Job) -> Weigher:
    """The job's weigher, made once in each process (it loads the archive)."""
    from ..content import load_archive

    if job not in _WEIGHERS:
        _WEIGHERS.clear()
        _WEIGHERS[job] = Weigher(load_archive(Path(job.content)), job.event, since=job.since,
                                 until=job.until, languages=job.languages)
    return _WEIGHERS[job]


def weigh_file(job: Job, path: str, ticks=None) -> Found:
    """One crawl file weighed, in a worker process: the unit of work a pool hands out.
    ``ticks``: a queue the progress goes to."""
    tick = (lambda *counts: ticks.put(counts)) if ticks is not None else None
    return discover([path], weigher_for(job), min_score=job.min_score, tick=tick)


PROGRESS_TOPIC = "archive-discover-progress"


def weigh_file_on_cluster(weigher: Weigher, min_score: float, path: str) -> Found:
    """One crawl file weighed on a Dask worker, with the weigher the client scattered (the
    workers need not see the archive); progress goes to the client as worker events."""
    from distributed import get_worker

    worker = get_worker()

    def tick(*counts: int) -> None:
        worker.log_event(PROGRESS_TOPIC, list(counts))

    return discover([path], weigher, min_score=min_score, tick=tick)


class Journal:
    """The files a job has finished and what each gave, one JSON line a file, appended (and
    flushed to disk) as each finishes: a job stopped and started again reads what it kept and
    weighs only the rest. A line cut short by a crash is ignored (its file is weighed again).
    """

    def __init__(self, path: Path):
        self.path = path
        self.problem: str | None = None
        """Why the journal could not be written, if it could not."""

    @staticmethod
    def identity(name: str) -> str:
        """A crawl file as the journal knows it: its name, and for a local file its size and
        modification time (a file written again is weighed again)."""
        if is_address(name):
            return name
        try:
            stat = Path(name).stat()
        except OSError:
            return name
        return f"{name}|{stat.st_size}|{stat.st_mtime_ns}"

    def finished(self) -> dict[str, Found]:
        kept: dict[str, Found] = {}
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            return kept
        for line in lines:
            try:
                entry = json.loads(line)
                kept[entry["file"]] = Found.from_data(entry["found"])
            except (ValueError, KeyError, TypeError):
                continue  # a line cut short
        return kept

    def add(self, name: str, found: Found) -> None:
        """Keep what ``name`` gave; a journal that cannot be written costs only the resuming
        (``problem`` says why), never the run."""
        import os

        line = json.dumps({"file": self.identity(name), "found": found.as_data()},
                          ensure_ascii=False)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a+b") as out:
                if out.tell() > 0:  # after a line a crash cut short, start a line of its own
                    out.seek(out.tell() - 1)
                    if out.read(1) != b"\n":
                        line = "\n" + line
                out.write((line + "\n").encode("utf-8"))
                out.flush()
                os.fsync(out.fileno())
        except OSError as exc:
            self.problem = self.problem or f"{self.path}: {exc.strerror or exc}"


class Progress:
    """Counts a run's workers report, for a person to watch: records and pages read, pages
    that passed the sieve, candidates, files done; thread-safe."""

    def __init__(self, files: int, show: Callable[[Progress], None] | None = None):
        import threading
        import time

        self.files = files
        self.done = 0
        self.records = self.pages = self.sifted = self.candidates = 0
        self.carried = 0
        """Records of files an earlier run finished (not read now)."""
        self.lost = 0
        """Worker processes that died; their files were handed out again."""
        self.started = time.monotonic()
        self._lock = threading.Lock()
        self._show = show

    def add(self, records: int, pages: int, sifted: int, candidates: int) -> None:
        with self._lock:
            self.records += records
            self.pages += pages
            self.sifted += sifted
            self.candidates += candidates
        if self._show is not None:
            self._show(self)

    def file_done(self, found: Found, counted: bool) -> None:
        """A file finished; ``counted``: its records were ticked already (else, a file an
        earlier run finished, or a worker that could not tick, they are added now)."""
        with self._lock:
            self.done += 1
            if not counted:
                self.records += found.records
                self.carried += found.records if found.resumed else 0
                self.pages += found.pages
                self.sifted += found.sifted
                self.candidates += len(found.candidates)
        if self._show is not None:
            self._show(self)

    def rate(self) -> float:
        import time

        return (self.records - self.carried) / max(time.monotonic() - self.started, 1e-9)


def discover_files(files: list[str], job: Job, *, jobs: int = 1, scheduler: str | None = None,
                   journal: Journal | None = None, progress: Progress | None = None) -> Found:
    """Every file weighed for ``job``: in this process, a file at a time in each of ``jobs``
    worker processes, or on the Dask cluster at ``scheduler`` (``tcp://host:8786``, or
    ``local:N`` for a local cluster of N workers). The work is split by crawl file; the
    candidates are the same every way, in the same order. With a ``journal``, files an
    earlier run of the job finished are not read again, and each file is kept as it
    finishes."""
    found = Found()
    kept = journal.finished() if journal is not None else {}
    todo = []
    for name in files:
        earlier = kept.get(Journal.identity(name))
        if earlier is None:
            todo.append(name)
            continue
        earlier.resumed = 1
        found.merge(earlier)
        if progress is not None:
            progress.file_done(earlier, counted=False)
    if scheduler:
        results = _on_cluster(todo, job, scheduler, progress)
    elif jobs <= 1 or len(todo) <= 1:
        results = ((name, weigh_file(job, name, _Direct(progress) if progress else None))
                   for name in todo)
    else:
        results = _on_pool(todo, job, jobs, progress)
    for name, result in results:
        if journal is not None:
            journal.add(name, result)
        found.merge(result)
        if progress is not None:
            progress.file_done(result, counted=True)
    return found


class _Direct:
    """A queue that hands progress straight to ``Progress`` (one process)."""

    def __init__(self, progress: Progress):
        self.progress = progress

    def put(self, counts) -> None:
        self.progress.add(*counts)


POOL_ATTEMPTS = 3
"""Times a file is handed to a worker process before a worker's death on it is damage."""


def _on_pool(files: list[str], job: Job, jobs: int, progress: Progress | None
             ) -> Iterator[tuple[str, Found]]:
    """Files weighed in worker processes, each result as it comes. A worker that dies (the
    out-of-memory killer, a crash in a library) loses only the files it held: they are handed
    out again in a new pool, up to ``POOL_ATTEMPTS`` times, then reported as damage."""
    import contextlib
    import threading
    from concurrent.futures import as_completed
    from concurrent.futures.process import BrokenProcessPool

    from ..reuse.workers import pool, shared_queue

    queues = contextlib.ExitStack()
    ticks = queues.enter_context(shared_queue()) if progress is not None else None
    stop = threading.Event()

    def drain() -> None:
        import queue

        while not stop.is_set() or not ticks.empty():
            try:
                progress.add(*ticks.get(timeout=0.2))
            except queue.Empty:
                continue
            except (EOFError, OSError):
                return

    reader = threading.Thread(target=drain, daemon=True) if ticks is not None else None
    if reader is not None:
        reader.start()
    attempts = dict.fromkeys(files, 0)
    left = list(files)
    try:
        while left:
            with pool(min(jobs, len(left)), preload=("generator.discover.weigh",)) as workers:
                waiting = {workers.submit(weigh_file, job, name, ticks): name for name in left}
                for name in left:
                    attempts[name] += 1
                try:
                    for future in as_completed(waiting):
                        name = waiting[future]
                        result = future.result()
                        left.remove(name)
                        yield name, result
                except BrokenProcessPool:
                    if progress is not None:  # the files still left go to a new pool
                        progress.lost += 1
            for name in [n for n in left if attempts[n] >= POOL_ATTEMPTS]:
                left.remove(name)
                yield name, Found(files=1, damage=[Damage(
                    name, 0, None, f"a worker process died weighing it {POOL_ATTEMPTS} times "
                                   "(out of memory?); try it alone with --jobs 1")])
    finally:
        stop.set()
        if reader is not None:
            reader.join(timeout=5)
        queues.close()


def _on_cluster(files: list[str], job: Job, scheduler: str, progress: Progress | None
                ) -> Iterator[tuple[str, Found]]:
    """Files weighed on a Dask cluster, a task a file, each result as it comes. Dask runs a
    task again elsewhere when its worker is lost; each file's result is taken once."""
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError as exc:
        raise ClusterError("--scheduler needs Dask's distributed package: pip install "
                           "'news-archive-generator[cluster]' (or pip install distributed)"
                           ) from exc
    cluster = None
    try:
        if scheduler.startswith("local:"):
            number = scheduler.split(":", 1)[1]
            if not number.isdigit() or int(number) < 1:
                raise ClusterError(f"--scheduler {scheduler}: give local:N, N the number of "
                                   "workers (local:2)")
            workers = int(number)
            cluster = _local_cluster(LocalCluster, workers)
            client = Client(cluster)
            # the command reports what its own workers lost; their loggers would print the
            # scheduler's going at Ctrl-C as tracebacks ("Failed to communicate with scheduler
            # during heartbeat") under its message. Best effort, for workers started later too
            # (a worker lost meanwhile is the job's to report, not this)
            try:
                client.register_plugin(_quiet_logs_plugin(), name="discover-quiet-logs")
            except Exception:  # noqa: BLE001 - quieter logs are a nicety, never a failure
                pass
        else:
            try:
                client = Client(scheduler, timeout="20s")
            except (OSError, TimeoutError) as exc:
                raise ClusterError(f"--scheduler {scheduler}: no Dask scheduler answered "
                                   f"({exc}); check the address, or use local:N") from exc
    except ClusterError:
        if cluster is not None:
            cluster.close()
        raise
    try:
        if progress is not None:
            client.subscribe_topic(PROGRESS_TOPIC, lambda event: progress.add(*event[1]))
        # The weigher goes to the cluster once, as a task's result: its bytes stay in the
        # task, so a worker lost with it costs a recomputation, not the job (scattered data
        # would be lost with its worker, and the tasks that need it with it).
        # Keys of this run's own: a cluster may serve other jobs at the same time.
        run = uuid.uuid4().hex[:12]
        weigher = client.submit(_hold, weigher_for(job), key=f"discover-{run}-weigher",
                                pure=False)
        futures = {}
        tries = dict.fromkeys(files, 0)
        number = {name: index for index, name in enumerate(files)}

        def submit(name: str) -> None:
            tries[name] += 1
            future = client.submit(weigh_file_on_cluster, weigher, job.min_score, name,
                                   key=f"discover-{run}-{number[name]}-{tries[name]}",
                                   retries=1, pure=False)
            futures[future] = name
            waiting.add(future)

        waiting = as_completed()
        for name in files:
            submit(name)
        for future in waiting:
            name = futures.pop(future)
            try:
                result = future.result()
            except Exception as exc:  # noqa: BLE001 - a worker lost, a task killed or cancelled
                if tries[name] < CLUSTER_ATTEMPTS:
                    submit(name)
                    continue
                result = Found(files=1, damage=[Damage(
                    name, 0, None, f"the cluster could not weigh it ({exc.__class__.__name__}: "
                                   f"{str(exc)[:200]}); run the job again to try it again")])
            yield name, result
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _quiet_logs_plugin():
    """A Dask worker plugin (Dask is imported only when a cluster is asked for): the worker's
    own loggers print only what is critical."""
    from distributed.diagnostics.plugin import WorkerPlugin

    class QuietWorkerLogs(WorkerPlugin):
        def setup(self, worker) -> None:
            import logging

            for name in ("distributed.worker", "distributed.core", "distributed.comm",
                         "distributed.batched", "distributed.nanny"):
                logging.getLogger(name).setLevel(logging.CRITICAL)

    return QuietWorkerLogs()


def _local_cluster(local_cluster, workers: int):
    """A local Dask cluster of ``workers`` processes. A worker lost while the cluster starts
    (killed by the out-of-memory killer on a busy machine) fails the start: it is tried again,
    then refused with what to do."""
    attempt = 1
    while True:
        try:
            # Ctrl-C is the command's to answer, not the workers'
            with _ctrl_c_ignored():
                return local_cluster(n_workers=workers, threads_per_worker=1, processes=True,
                                     dashboard_address=None)
        except (RuntimeError, OSError, TimeoutError) as exc:
            if attempt >= CLUSTER_ATTEMPTS:
                raise ClusterError(
                    f"--scheduler local:{workers}: the local Dask cluster could not start its "
                    f"workers {CLUSTER_ATTEMPTS} times ({exc}); run the job again, or use "
                    f"--jobs {workers} instead") from exc
            attempt += 1


@contextmanager
def _ctrl_c_ignored() -> Iterator[None]:
    """Ctrl-C ignored while the block starts processes, which inherit it ignored, so that the
    command alone answers it (a fresh interpreter resets a caught signal, and Dask starts its
    workers from a thread of its own, whose signal mask is not this one's; an ignored signal
    is inherited by every process started meanwhile). A Ctrl-C in those seconds is lost; the
    next one stops the job."""
    import signal

    before = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, before)


CLUSTER_ATTEMPTS = 3
"""Times a file is handed to the cluster before its failure is reported as damage."""


def _hold(value):
    return value


class ClusterError(Exception):
    """The cluster asked for cannot be used; the message says what to do."""


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
