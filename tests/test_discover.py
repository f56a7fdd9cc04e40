"""archive discover, end to end on a small crawl: reports of one of the archive's events
planted among other pages, found and scored; the same people on another day, and pages that
name nobody, left out by the sieve."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from .conftest import ROOT

EVENT = "putin-aliyev-dushanbe-2025"


def page(title: str, paragraphs: list[str], published: str | None = None,
         lang: str = "en") -> bytes:
    meta = (f'<meta property="article:published_time" content="{published}">'
            if published else "")
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<!doctype html><html lang="{lang}"><head><title>{title}</title>{meta}</head>'
            f'<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>'
            f"<article><h1>{title}</h1>{body}</article>"
            f"<footer>© News Example</footer></body></html>").encode()


REPORT = page("Putin and Aliyev meet in Dushanbe", [
    "Russian President Vladimir Putin met Azerbaijani President Ilham Aliyev in Dushanbe on "
    "Thursday, on the sidelines of his state visit to Tajikistan.",
    "Putin offered his condolences over the crash of the Azerbaijan Airlines plane last "
    "December and said Russian air defences had been active over Grozny at the time.",
    "Aliyev thanked him for the meeting, the first between the two leaders in many months, "
    "and said the investigation should be completed.",
    "The two presidents also discussed trade and transport links between their countries.",
], published="2025-10-09T14:20:00+03:00")
RUSSIAN = page("Путин и Алиев встретились в Душанбе", [
    "Президент России Владимир Путин встретился с президентом Азербайджана Ильхамом Алиевым "
    "в Душанбе в четверг, на полях государственного визита в Таджикистан.",
    "Путин выразил соболезнования в связи с крушением самолёта азербайджанской авиакомпании "
    "в декабре прошлого года.",
    "Алиев поблагодарил за встречу и сказал, что расследование должно быть завершено.",
], published="2025-10-09T16:00:00+03:00", lang="ru")
ANOTHER_DAY = page("Putin and Aliyev speak by phone", [
    "Vladimir Putin and Ilham Aliyev spoke by telephone on Friday about the situation in the "
    "South Caucasus, the Kremlin said.",
    "The two presidents agreed to stay in contact, according to the statement.",
], published="2025-06-20T10:00:00Z")
UNRELATED = page("Late goal settles the derby", [
    "A header in the last minute gave the home side a one-nil win in the city derby on "
    "Sunday evening.",
    "The visitors had the better of the first half but could not find a way through.",
], published="2025-10-09T20:00:00Z")

# (address, status, content type, payload, fetched)
RECORDS = [
    ("https://news.example/sport/2025/10/09/derby.html", "200 OK", "text/html", UNRELATED,
     "2025-10-09T21:00:00Z"),
    ("https://news.example/world/2025/10/09/putin-aliyev-dushanbe.html", "200 OK",
     "text/html; charset=utf-8", REPORT, "2025-10-09T15:00:00Z"),
    ("https://news.example/logo.png", "200 OK", "image/png", b"\x89PNG", "2025-10-09T15:00:00Z"),
    ("https://news.example/world/2025/06/20/putin-aliyev-phone.html", "200 OK", "text/html",
     ANOTHER_DAY, "2025-06-20T11:00:00Z"),
    ("https://ru.example/politics/putin-aliev-dushanbe", "200 OK", "text/html; charset=utf-8",
     RUSSIAN, "2025-10-09T17:00:00Z"),
    ("https://news.example/gone", "404 Not Found", "text/html", b"<p>gone</p>",
     "2025-10-09T15:00:00Z"),
]


def write_crawl(path: Path, records=RECORDS) -> list[int]:
    offsets = []
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for url, status, kind, payload, fetched in records:
            offsets.append(out.tell())
            headers = StatusAndHeaders(status, [("Content-Type", kind)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                url, "response", payload=io.BytesIO(payload), http_headers=headers,
                warc_headers_dict={"WARC-Date": fetched}))
    return offsets


_ARCHIVE: list[Path] = []


@pytest.fixture(scope="module", autouse=True)
def archive(tmp_path_factory) -> Path:
    """A copy of the project's archive: a job's journal is kept beside the content folder
    (``.cache/archive/discover``), never in the project."""
    content = tmp_path_factory.mktemp("archive") / "content"
    shutil.copytree(ROOT / "content", content)
    _ARCHIVE[:] = [content]
    return content


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator", "discover", *args,
                           "--content", str(_ARCHIVE[0])],
                          capture_output=True, text=True, cwd=ROOT)


@pytest.fixture(scope="module")
def crawl(tmp_path_factory) -> tuple[Path, list[int]]:
    path = tmp_path_factory.mktemp("crawl") / "news-2025-10.warc.gz"
    return path, write_crawl(path)


def test_reports_found_and_scored_best_first(crawl, tmp_path):
    path, offsets = crawl
    out = tmp_path / "candidates.csv"
    result = run(str(path), "--event", EVENT, "--out", str(out))
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [row["url"] for row in rows] and {row["url"] for row in rows} == {
        "https://news.example/world/2025/10/09/putin-aliyev-dushanbe.html",
        "https://ru.example/politics/putin-aliev-dushanbe"}
    scores = [float(row["score"]) for row in rows]
    assert scores == sorted(scores, reverse=True) and min(scores) >= 0.5
    english = next(row for row in rows if "news.example" in row["url"])
    assert english["file"] == str(path) and int(english["offset"]) == offsets[1]
    assert english["language"] == "en" and english["title"] == "Putin and Aliyev meet in Dushanbe"
    assert english["published"].startswith("2025-10-09") and english["outlet"] == "news.example"
    assert "Putin" in english["reasons"] and "Aliyev" in english["reasons"]
    russian = next(row for row in rows if "ru.example" in row["url"])
    assert russian["language"] == "ru"
    # what it says at the end
    assert "4 pages read, 2 passed the sieve" in result.stderr, result.stderr


def test_json_and_a_higher_bar(crawl, tmp_path):
    path, _ = crawl
    out = tmp_path / "candidates.json"
    assert run(str(path), "--event", EVENT, "--out", str(out)).returncode == 0
    found = json.loads(out.read_text(encoding="utf-8"))
    assert len(found) == 2 and isinstance(found[0]["reasons"], list)
    assert run(str(path), "--event", EVENT, "--out", str(out), "--min-score", "1.01"
               ).returncode == 0
    assert json.loads(out.read_text(encoding="utf-8")) == []


def test_a_damaged_record_is_reported_and_the_rest_weighed(tmp_path):
    path = tmp_path / "damaged.warc.gz"
    offsets = write_crawl(path)
    data = bytearray(path.read_bytes())
    data[offsets[3]:offsets[3] + 30] = b"\x00" * 30  # the phone call's record
    path.write_bytes(bytes(data))
    result = run(str(path), "--event", EVENT)
    assert result.returncode == 0, result.stderr
    assert f"damaged: {path}: damaged at byte" in result.stderr
    assert "putin-aliyev-dushanbe.html" in result.stdout and "ru.example" in result.stdout


def test_bad_arguments_say_what_to_do(crawl, tmp_path):
    path, _ = crawl
    wrong = run(str(path), "--event", "putin-aliyev-dushanbe-2024")
    assert wrong.returncode == 2 and "did you mean 'putin-aliyev-dushanbe-2025'" in wrong.stderr
    missing = run(str(tmp_path / "nothing.warc.gz"), "--event", EVENT)
    assert missing.returncode == 2 and "no such crawl file" in missing.stderr
    bad_date = run(str(path), "--event", EVENT, "--since", "9 October")
    assert bad_date.returncode == 2 and "YYYY-MM-DD" in bad_date.stderr
    for result in (wrong, missing, bad_date):
        assert "Traceback" not in result.stderr


def test_several_processes_find_what_one_finds(tmp_path):
    """The work is split by crawl file: two files on two worker processes give the candidates
    one process gives, in the same order."""
    first, second = tmp_path / "a.warc.gz", tmp_path / "b.warc.gz"
    write_crawl(first, RECORDS[:3])
    write_crawl(second, RECORDS[3:])
    outputs = []
    for how in (["--jobs", "1"], ["--jobs", "2"], ["--scheduler", "local:2"]):
        out = tmp_path / f"{how[1]}.csv"
        result = run(str(tmp_path / "*.warc.gz"), "--event", EVENT, *how, "--fresh",
                     "--out", str(out))
        assert result.returncode == 0, result.stderr
        assert "2 crawl files: 4 pages read, 2 passed the sieve" in result.stderr
        assert "6 records read in" in result.stderr
        outputs.append(out.read_text(encoding="utf-8"))
    assert outputs[0] == outputs[1] == outputs[2] and outputs[0].count("\n") == 3


def test_a_job_started_again_does_not_read_finished_files_again(tmp_path, archive):
    """Each finished file is kept in the job's journal; a run of the same job reads only the
    files not finished, and lists what a whole run lists. A file written again is read
    again; --fresh reads everything."""
    first, second = tmp_path / "a.warc.gz", tmp_path / "b.warc.gz"
    write_crawl(first, RECORDS[:3])
    write_crawl(second, RECORDS[3:])
    whole = tmp_path / "whole.csv"
    assert run(str(first), str(second), "--event", EVENT, "--min-score", "0.3", "--fresh",
               "--out", str(whole)).returncode == 0
    # stopped after the first file: the journal holds it alone
    journal = next(path for path in (archive.parent / ".cache" / "archive" / "discover").glob(
        f"{EVENT}-*.jsonl") if str(first) in path.read_text(encoding="utf-8"))
    lines = journal.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2
    journal.write_text(lines[0] + "\n" + lines[1][:40], encoding="utf-8")  # cut mid-line
    out = tmp_path / "resumed.csv"
    result = run(str(first), str(second), "--event", EVENT, "--min-score", "0.3",
                 "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "1 crawl file weighed by an earlier run of this job were not read again" \
        in result.stderr, result.stderr
    assert "3 records read in" in result.stderr  # the second file's three
    assert out.read_text(encoding="utf-8") == whole.read_text(encoding="utf-8")
    # everything finished: nothing is read
    again = run(str(first), str(second), "--event", EVENT, "--min-score", "0.3",
                "--out", str(out))
    assert "0 records read in" in again.stderr and "2 crawl files weighed by an earlier" \
        in again.stderr
    assert out.read_text(encoding="utf-8") == whole.read_text(encoding="utf-8")
    # a file written again is read again
    write_crawl(first, RECORDS[:2])
    changed = run(str(first), str(second), "--event", EVENT, "--min-score", "0.3")
    assert "2 records read in" in changed.stderr, changed.stderr


def test_a_worker_lost_while_the_local_cluster_starts_is_started_again():
    from generator.discover.run import CLUSTER_ATTEMPTS, ClusterError, _local_cluster

    starts = []

    def lost_once(**options):
        starts.append(options)
        if len(starts) == 1:
            raise RuntimeError("Nanny failed to start.")
        return "cluster"

    assert _local_cluster(lost_once, 2) == "cluster"
    assert len(starts) == 2 and starts[0]["n_workers"] == 2

    def never(**options):
        raise RuntimeError("Nanny failed to start.")

    with pytest.raises(ClusterError) as refused:
        _local_cluster(never, 2)
    assert f"could not start its workers {CLUSTER_ATTEMPTS} times" in str(refused.value)
    assert "--jobs 2" in str(refused.value)


@pytest.mark.parametrize("how", [["--jobs", "2"], ["--scheduler", "local:2"]])
def test_a_worker_lost_mid_job_loses_nothing_and_duplicates_nothing(tmp_path, how):
    """A worker process killed while it weighs a file (the out-of-memory killer's way): the
    files it held are weighed again (in a new pool; by Dask, on a worker the nanny starts
    again); the candidates are those of a run with no loss, each once."""
    import signal
    import time

    import psutil

    for name in "abcd":
        write_crawl(tmp_path / f"{name}.warc.gz", RECORDS * 150)
    out = tmp_path / "lost.csv"
    command = subprocess.Popen(
        [sys.executable, "-m", "generator", "discover", str(tmp_path / "*.warc.gz"), "--event",
         EVENT, *how, "--fresh", "--out", str(out), "--content", str(_ARCHIVE[0])],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    killed = None
    while killed is None and command.poll() is None:
        for child in psutil.Process(command.pid).children(recursive=True):
            try:  # a worker at work: the pool's are the fork server's children (the
                # command's own are the fork server, the progress manager, the resource
                # tracker); Dask's nannies run in the command, and its workers are children
                worker = child.ppid() != command.pid or how[0] == "--scheduler"
                if worker and child.cpu_percent(interval=0.2) > 20:
                    child.send_signal(signal.SIGKILL)
                    killed = child.pid
                    break
            except psutil.Error:
                continue
        time.sleep(0.05)
    _, errors = command.communicate(timeout=600)
    assert killed is not None, "the run ended before a worker could be killed"
    assert command.returncode == 0, errors
    if how[0] == "--jobs":
        assert "1 worker process died, and the files they held were weighed again" in errors
    plain = tmp_path / "plain.csv"
    assert run(str(tmp_path / "*.warc.gz"), "--event", EVENT, "--jobs", "1", "--fresh",
               "--out", str(plain)).returncode == 0
    rows = out.read_text(encoding="utf-8").splitlines()
    assert rows == plain.read_text(encoding="utf-8").splitlines()
    assert len(rows) == 1 + 4 * 150 * 2 and len(set(rows)) == len(rows)


def test_ingest_takes_the_candidates_as_their_warc_records(crawl, tmp_path):
    """--ingest: each candidate through ingest's writer, kept as its WARC record (the crawl
    file's bytes at its offset, a WARC.gz file of its own) with where it lay; a second run
    recognises them and writes nothing; nothing the archive held is touched."""
    from warcio.archiveiterator import ArchiveIterator

    from generator.frontmatter import read_document

    path, offsets = crawl
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    before = {p: p.read_bytes() for p in content.rglob("*") if p.is_file()}

    def ingest() -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "generator", "discover", str(path),
                               "--event", EVENT, "--ingest", "--content", str(content)],
                              capture_output=True, text=True, cwd=ROOT)

    result = ingest()
    assert result.returncode == 0, result.stderr
    assert "2 captures: 2 created" in result.stdout, result.stdout
    assert f"{path}@{offsets[1]}" in result.stdout  # each line names where it lay
    made = {}
    for article in (content / "articles").glob("*.md"):
        meta = read_document(article).meta
        if meta.get("crawl_record"):
            made[meta["url"]] = meta
    assert set(made) == {"https://news.example/world/2025/10/09/putin-aliyev-dushanbe.html",
                         "https://ru.example/politics/putin-aliev-dushanbe"}
    english = made["https://news.example/world/2025/10/09/putin-aliyev-dushanbe.html"]
    record = english["crawl_record"]
    assert record["file"] == str(path) and record["offset"] == offsets[1]
    assert record["length"] == offsets[2] - offsets[1]
    assert english["title"] == "Putin and Aliyev meet in Dushanbe"
    assert english["retrieved"].startswith("2025-10-09T15:00")
    kept = content / "raw" / f"news-2025-10.at-{offsets[1]}.warc.gz"
    assert kept.read_bytes() == path.read_bytes()[offsets[1]:offsets[2]]
    with kept.open("rb") as stream:
        records = list(ArchiveIterator(stream))
    assert len(records) == 1
    assert (content / english["raw_file"]).read_bytes() == REPORT
    # nothing the archive held was changed or removed
    for file, data in before.items():
        assert file.read_bytes() == data, file
    # again: recognised, nothing new
    after = {p: p.read_bytes() for p in content.rglob("*") if p.is_file()}
    again = ingest()
    assert again.returncode == 0, again.stderr
    assert "2 captures: 2 unchanged" in again.stdout, again.stdout
    assert {p: p.read_bytes() for p in content.rglob("*") if p.is_file()} == after
    check = subprocess.run([sys.executable, "-m", "generator", "check", "--content",
                            str(content)], capture_output=True, text=True, cwd=ROOT)
    assert check.returncode == 0, check.stdout + check.stderr
    # the capture page says where in the crawl it was found
    from generator.build import generate

    article = next(a for a in (content / "articles").glob("*.md")
                   if "putin-aliyev-dushanbe.html" in a.read_text(encoding="utf-8"))
    page = generate(content).pages[f"captures/{article.stem}.md"]
    assert "Found in a web crawl" in page
    assert (f'<code class="identifier">{path}</code>, the record at byte {offsets[1]}, '
            f"{offsets[2] - offsets[1]} bytes long") in page


@pytest.mark.parametrize("jobs", [1, 2])
def test_progress_counts_what_the_run_reads(tmp_path, archive, jobs):
    """What the progress line shows adds up to what the run found, in one process or in
    workers that report as they go."""
    from generator.discover.run import Job, Progress, discover_files

    files = [tmp_path / "a.warc.gz", tmp_path / "b.warc.gz"]
    for path in files:
        write_crawl(path, RECORDS * 5)
    shown = []
    progress = Progress(2, show=lambda p: shown.append((p.done, p.records)))
    found = discover_files([str(p) for p in files], Job(str(archive), EVENT, None, None, 0.5),
                           jobs=jobs, progress=progress)
    assert found.records == 60 and found.pages == 40
    assert (progress.records, progress.pages, progress.sifted, progress.candidates) == (
        found.records, found.pages, found.sifted, len(found.candidates))
    assert progress.done == 2 and shown[-1][0] == 2 and progress.rate() > 0


def test_crawl_files_at_addresses_are_read_through_fsspec(tmp_path, archive):
    """A crawl given as an address (here fsspec's in-memory file system, as s3:// or https://
    would be): patterns listed, records streamed, a candidate's record cut out again for
    --ingest."""
    import fsspec

    from generator.discover.crawl import record_bytes
    from generator.discover.run import Job, crawl_files, discover_files

    local = tmp_path / "news.warc.gz"
    offsets = write_crawl(local)
    memory = fsspec.filesystem("memory")
    memory.pipe("/crawls/2025/10/news.warc.gz", local.read_bytes())
    memory.pipe("/crawls/2025/10/notes.txt", b"not a crawl")
    try:
        files = crawl_files(["memory://crawls/2025/10/*.warc.gz"])
        assert files == ["memory:///crawls/2025/10/news.warc.gz"]
        found = discover_files(files, Job(str(archive), EVENT, None, None, 0.5))
        assert {c.url for c in found.candidates} == {
            "https://news.example/world/2025/10/09/putin-aliyev-dushanbe.html",
            "https://ru.example/politics/putin-aliev-dushanbe"}
        english = next(c for c in found.candidates if "news.example" in c.url)
        assert english.file == files[0] and english.offset == offsets[1]
        assert record_bytes(english.file, english.offset, english.length) == \
            local.read_bytes()[offsets[1]:offsets[2]]
        gone = discover_files(["memory:///crawls/gone.warc.gz"],
                              Job(str(archive), EVENT, None, None, 0.5))
        assert gone.candidates == [] and "could not be read" in str(gone.damage[0])
    finally:
        memory.rm("/crawls", recursive=True)


def test_the_same_job_on_a_dask_cluster_at_an_address(tmp_path):
    """--scheduler tcp://HOST:PORT: a Dask scheduler and two workers started as a cluster's
    machines would start them; the candidates are those of the plain run."""
    import socket
    import time

    first, second = tmp_path / "a.warc.gz", tmp_path / "b.warc.gz"
    write_crawl(first, RECORDS[:3])
    write_crawl(second, RECORDS[3:])
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    dask = [sys.executable, "-m", "distributed.cli.dask_scheduler"]
    started = [subprocess.Popen([*dask, "--host", "127.0.0.1", "--port", str(port),
                                 "--no-dashboard"], cwd=tmp_path, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)]
    try:
        deadline = time.monotonic() + 120
        while True:  # wait for the scheduler to listen
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", port)) == 0:
                    break
            assert time.monotonic() < deadline, "the Dask scheduler did not start"
            time.sleep(0.2)
        started.append(subprocess.Popen(
            [sys.executable, "-m", "distributed.cli.dask_worker", f"tcp://127.0.0.1:{port}",
             "--nworkers", "2", "--nthreads", "1", "--no-dashboard"], cwd=tmp_path,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        outputs = []
        for how in (["--jobs", "1"], ["--scheduler", f"tcp://127.0.0.1:{port}"]):
            out = tmp_path / f"{how[0].strip('-')}.csv"
            result = run(str(first), str(second), "--event", EVENT, *how, "--fresh",
                         "--out", str(out))
            assert result.returncode == 0, result.stderr
            outputs.append(out.read_text(encoding="utf-8"))
        assert outputs[0] == outputs[1] and outputs[0].count("\n") == 3
    finally:
        for process in reversed(started):
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()


def test_only_the_languages_asked_for(crawl, tmp_path):
    """--languages: a page declaring another language is dropped by the sieve; one declaring
    none is cleaned, and dropped if it is found in another."""
    path, _ = crawl
    out = tmp_path / "ru.csv"
    result = run(str(path), "--event", EVENT, "--languages", "ru", "--fresh", "--out", str(out))
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [row["url"] for row in rows] == ["https://ru.example/politics/putin-aliev-dushanbe"]
    assert "1 passed the sieve (the event's names, its days, its languages)" in result.stderr
    undeclared = tmp_path / "undeclared.warc.gz"
    write_crawl(undeclared, [(url, status, kind, payload.replace(b' lang="en"', b""), fetched)
                             for url, status, kind, payload, fetched in RECORDS])
    result = run(str(undeclared), "--event", EVENT, "--languages", "ru,az", "--fresh")
    assert result.returncode == 0, result.stderr
    assert "2 passed the sieve" in result.stderr and "1 found in another language" \
        in result.stderr and "1 candidate scoring" in result.stderr, result.stderr
    bad = run(str(path), "--event", EVENT, "--languages", "russian!")
    assert bad.returncode == 2 and "language codes" in bad.stderr


@pytest.mark.parametrize("how", [["--jobs", "2"], ["--scheduler", "local:2"]])
def test_stopped_with_ctrl_c_it_says_how_to_go_on(tmp_path, how):
    """Ctrl-C mid-job, sent as a terminal sends it (to every process of the job): no
    traceback from the command or its workers, and it says how to go on."""
    import os
    import signal
    import time

    import psutil

    for name in "ab":
        write_crawl(tmp_path / f"{name}.warc.gz", RECORDS * 150)
    command = subprocess.Popen(
        [sys.executable, "-m", "generator", "discover", str(tmp_path / "*.warc.gz"), "--event",
         EVENT, *how, "--fresh", "--content", str(_ARCHIVE[0])],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        start_new_session=True)
    # a worker at work (past its start, with CPU time spent): the job is under way
    def working() -> bool:
        for child in psutil.Process(command.pid).children(recursive=True):
            try:
                if sum(child.cpu_times()[:2]) > 1.5:
                    return True
            except psutil.Error:
                continue
        return False

    while command.poll() is None and not working():
        time.sleep(0.05)
    os.killpg(command.pid, signal.SIGINT)  # as a terminal sends it: to every process
    _, errors = command.communicate(timeout=120)
    assert command.returncode == 130, errors
    assert "Traceback" not in errors
    assert "stopped after 0 crawl files of 2" in errors and "run the same command again" \
        in errors


def test_pages_in_a_legacy_charset_are_read(tmp_path):
    """A Russian report in windows-1251, declared only in its <meta>, or not at all (as older
    sites send it): its names are read by the sieve, its text by the careful pass."""
    text = RUSSIAN.decode("utf-8")
    declared = text.replace("<head>", '<head><meta charset="windows-1251">').encode("cp1251")
    undeclared = text.encode("cp1251")
    path = tmp_path / "legacy.warc.gz"
    write_crawl(path, [
        ("https://ru.example/a/putin-aliev", "200 OK", "text/html", declared,
         "2025-10-09T17:00:00Z"),
        ("https://ru.example/b/putin-aliev", "200 OK", "text/html", undeclared,
         "2025-10-09T17:00:00Z")])
    out = tmp_path / "legacy.json"
    result = run(str(path), "--event", EVENT, "--fresh", "--out", str(out))
    assert result.returncode == 0, result.stderr
    found = json.loads(out.read_text(encoding="utf-8"))
    assert [row["url"] for row in found] == ["https://ru.example/a/putin-aliev",
                                             "https://ru.example/b/putin-aliev"]
    assert {row["title"] for row in found} == {"Путин и Алиев встретились в Душанбе"}


def test_ingest_waits_for_the_archive_only_to_write(crawl, tmp_path):
    """--ingest reads the crawl while another command writes the archive (a crawl may take
    hours: a curator is not locked out meanwhile), then waits its turn to write."""
    import time

    from generator.fsutil import content_lock

    path, _ = crawl
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    errors = tmp_path / "stderr.txt"
    with content_lock(content, command="archive ingest held-for-the-test"):
        with errors.open("w", encoding="utf-8") as sink:
            command = subprocess.Popen(
                [sys.executable, "-m", "generator", "discover", str(path), "--event", EVENT,
                 "--ingest", "--content", str(content)],
                cwd=ROOT, stdout=subprocess.PIPE, stderr=sink, text=True)
        deadline = time.monotonic() + 120
        while "waiting:" not in errors.read_text(encoding="utf-8"):
            assert command.poll() is None, errors.read_text(encoding="utf-8")
            assert time.monotonic() < deadline, "discover --ingest never waited"
            time.sleep(0.1)
        told = errors.read_text(encoding="utf-8")
        # the crawl was read while the archive was held
        assert told.index("1 crawl file: 4 pages read") < told.index("waiting:")
        assert "held-for-the-test" in told
    out, _ = command.communicate(timeout=120)
    assert command.returncode == 0, errors.read_text(encoding="utf-8")
    assert "2 captures: 2 created" in out
