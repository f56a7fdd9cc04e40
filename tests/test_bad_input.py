"""Bad input gets a clear answer: every capture, manifest row and content file that cannot be
used is named with what to do, the rest of the batch goes on, and nothing is lost or doubled.

Each test is one class of input that once raised a traceback, hung, or lost data silently.
"""

from __future__ import annotations

import gzip
import io
import os
import shutil
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from generator.cli import main
from generator.frontmatter import read_document

from .conftest import FIXTURES, ROOT

STORY = ("The delegations met on Tuesday and agreed to continue the talks next month. "
         "Officials said the meeting had been constructive and that both sides would send "
         "experts to prepare the next round. ") * 3


def page(title: str, charset: str | None = "utf-8", text: str = STORY) -> bytes:
    meta = f'<meta charset="{charset}">' if charset else ""
    return (f"<html><head>{meta}<title>{title}</title></head><body><h1>{title}</h1>"
            + "".join(f"<p>{text} ({n})</p>" for n in range(3)) + "</body></html>").encode()


def warc(path: Path, records: list[tuple[str, bytes]], *, compress: bool = True) -> Path:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=compress)
    for uri, payload in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                   protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(payload),
                                                      http_headers=headers))
    path.write_bytes(buffer.getvalue())
    return path


@pytest.fixture
def content(tmp_path) -> Path:
    folder = tmp_path / "content"
    shutil.copytree(FIXTURES / "archive", folder)
    return folder


def ingest(capsys, content: Path, *args: str) -> tuple[int, str, str]:
    code = main(["ingest", "--content", str(content), *args])
    out, err = capsys.readouterr()
    return code, out, err


def articles(content: Path) -> set[str]:
    return {p.name for p in (content / "articles").glob("*.md")}


# -- captures --------------------------------------------------------------------------------
def test_a_warc_address_with_quotes_and_markup_is_encoded_and_the_batch_goes_on(
        tmp_path, content, capsys):
    before = articles(content)
    source = warc(tmp_path / "crawl.warc.gz", [
        ("https://a.example/one", page("First story of the crawl")),
        ('https://a.example/x"><script>alert(1)</script>', page("Second story of the crawl")),
        ("https://a.example/three", page("Third story of the crawl")),
    ])
    code, out, err = ingest(capsys, content, str(source))
    assert code == 0, err
    assert "3 created" in out
    assert ("crawl.warc.gz#2: flagged: its address 'https://a.example/x\"><script>alert(1)"
            "</script>' held characters an address may not; they are percent-encoded") in out
    new = articles(content) - before
    urls = {read_document(content / "articles" / name).meta["url"] for name in new}
    assert "https://a.example/x%22%3E%3Cscript%3Ealert(1)%3C/script%3E" in urls


def test_a_warc_address_that_cannot_be_repaired_is_dropped_not_the_page(tmp_path, content, capsys):
    source = warc(tmp_path / "crawl.warc.gz", [
        ("https://a.example/one", page("First story of the crawl")),
        ("http://[::1/broken", page("Second story of the crawl")),
    ])
    code, out, err = ingest(capsys, content, str(source))
    assert code == 0, err
    assert "2 created" in out
    assert ("crawl.warc.gz#2: flagged: its address is unusable ('http://[::1/broken' is not a "
            "valid address (Invalid IPv6 URL)); it is ingested without one") in out


def test_a_warc_record_cut_short_is_flagged(tmp_path, content, capsys):
    whole = warc(tmp_path / "whole.warc", [("https://a.example/one", page("A story cut short"))],
                 compress=False).read_bytes()
    source = tmp_path / "cut.warc"
    source.write_bytes(whole[:-200])
    code, out, err = ingest(capsys, content, str(source))
    assert code == 0, err
    assert "cut.warc#1: flagged: the WARC record is cut short: " in out
    created = articles(content) - {p.name for p in (FIXTURES / "archive" / "articles").glob("*.md")}
    meta = read_document(content / "articles" / created.pop()).meta
    assert meta["machine"]["capture_problems"][0].startswith("the WARC record is cut short")


def test_a_damaged_warc_gz_keeps_its_intact_records(tmp_path, content, capsys):
    data = warc(tmp_path / "good.warc.gz", [
        (f"https://a.example/{n}", page(f"Story number {n} of the crawl")) for n in range(3)
    ]).read_bytes()
    source = tmp_path / "damaged.warc.gz"
    source.write_bytes(data[:int(len(data) * 0.8)] + b"\x00garbage" * 10)
    code, out, err = ingest(capsys, content, str(source))
    assert code == 1
    assert "2 created, 1 failed" in out
    assert "damaged.warc.gz: error: the file is damaged after record 2 (" in err
    assert "the 2 intact pages before the damage were ingested" in err


def test_a_corrupt_gzip_prints_no_binary(tmp_path, content, capsys):
    source = tmp_path / "capture.warc.gz"
    source.write_bytes(b"\x1f\x8b\x08\x00" + bytes(range(256)) * 2)
    code, out, err = ingest(capsys, content, str(source))
    assert code == 1
    assert "capture.warc.gz: error: not a readable WARC file (the gzip data is corrupt" in err
    assert all(ch.isprintable() or ch == "\n" for ch in out + err)


def test_a_binary_file_is_refused_as_binary(tmp_path, content, capsys):
    source = tmp_path / "photo.txt"
    source.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    code, _, err = ingest(capsys, content, str(source))
    assert code == 1
    assert "photo.txt: error: it is a PNG image, not a web page or a text dump" in err
    # bytes of no kind ingest knows: binary all the same
    source.write_bytes(b"\x01\x02 data " + bytes(range(256)) * 8)
    code, _, err = ingest(capsys, content, str(source))
    assert code == 1
    assert "photo.txt: error: the file is binary, not a text capture; check the file" in err


def test_mixed_encodings_are_repaired_and_flagged(tmp_path, content, capsys):
    text = ("Çarşamba günü yapılan görüşmede taraflar işbirliğini görüştü. " * 6).encode()
    source = tmp_path / "mixed.txt"
    source.write_bytes(b"Bakanlar bir araya geldi\n\n" + text + b"\n\nCaf\xe9 au lait\n")
    code, out, err = ingest(capsys, content, str(source))
    assert code == 0, err
    assert ("mixed.txt: flagged: 1 byte in it were not UTF-8 (a page of mixed encodings) and "
            "were read as Windows-1252") in out


@pytest.mark.parametrize("declared, written, flag", [
    # a page in windows-1251 that says UTF-8, and a UTF-8 page that says windows-1251
    ("utf-8", "cp1251", "it declares the charset 'utf-8', but its bytes are not in it"),
    ("windows-1251", "utf-8",
     "it declares the charset 'windows-1251', but its bytes are UTF-8; read as UTF-8"),
])
def test_a_declared_charset_that_lies_is_flagged_and_the_page_read_right(
        tmp_path, content, capsys, declared, written, flag):
    body = ("Президент провёл переговоры с делегацией и обсудил вопросы сотрудничества. " * 6)
    html = (f"<html><head><meta charset='{declared}'><title>Переговоры в столице</title></head>"
            f"<body><h1>Переговоры в столице</h1><p>{body}</p><p>{body}</p></body></html>")
    source = tmp_path / "page.html"
    source.write_bytes(html.encode(written))
    code, out, err = ingest(capsys, content, str(source))
    assert code == 0, err
    assert f"page.html: flagged: {flag}" in out
    created = articles(content) - {p.name for p in (FIXTURES / "archive" / "articles").glob("*.md")}
    doc = read_document(content / "articles" / created.pop())
    assert doc.meta["title"] == "Переговоры в столице"
    assert "Президент провёл переговоры" in doc.body


# -- manifests and --url ---------------------------------------------------------------------
@pytest.mark.parametrize(("url", "problem"), [
    ('https://x.example/a"><script>', "contains spaces or characters not allowed in an address"),
    ("http://[::1/x", "is not a valid address (Invalid IPv6 URL)"),
    ("javascript:alert(1)", "is not an http(s) address"),
    ("ftp://x.example/a", "is not an http(s) address"),
])
def test_a_bad_manifest_row_is_refused_with_its_line_and_the_rest_goes_on(
        tmp_path, content, capsys, url, problem):
    for name in ("one.txt", "two.txt"):
        (tmp_path / name).write_text(f"Talks resume in the capital {name}\n\n{STORY}\n", "utf-8")
    manifest = tmp_path / "manifest.csv"
    quoted = url.replace('"', '""')
    manifest.write_text(f'file,url\none.txt,"{quoted}"\ntwo.txt,https://x.example/two\n', "utf-8")
    code, out, err = ingest(capsys, content, str(tmp_path / "one.txt"), str(tmp_path / "two.txt"),
                            "--manifest", str(manifest))
    assert code == 1
    assert "1 created, 1 failed" in out
    assert f"one.txt: error: {manifest}:2: '{url}' {problem}" in err
    assert "the capture is not ingested: fix the address or leave it empty" in err


def test_a_manifest_in_another_encoding_is_read(tmp_path, content, capsys):
    (tmp_path / "café.txt").write_text(f"Talks resume in the capital\n\n{STORY}\n", "utf-8")
    manifest = tmp_path / "manifest.csv"
    manifest.write_bytes("file,url\ncafé.txt,https://x.example/caf\n".encode("cp1252"))
    code, out, err = ingest(capsys, content, str(tmp_path / "café.txt"), "--manifest", str(manifest))
    assert code == 0, err
    assert "1 created" in out


def test_a_binary_manifest_is_refused(tmp_path, content, capsys):
    manifest = tmp_path / "manifest.csv"
    manifest.write_bytes(bytes(range(256)) * 4)
    (tmp_path / "one.txt").write_text(STORY, "utf-8")
    code, _, err = ingest(capsys, content, str(tmp_path / "one.txt"), "--manifest", str(manifest))
    assert code == 1
    assert err.strip() == (f"error: {manifest}: is binary, not a CSV text file; give the "
                           "manifest (columns file,url) as text")


def test_a_manifest_among_the_captures_is_not_a_capture(tmp_path, content, capsys):
    (tmp_path / "one.txt").write_text(f"Talks resume in the capital\n\n{STORY}\n", "utf-8")
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("file,url\none.txt,https://x.example/one\n", "utf-8")
    code, out, err = ingest(capsys, content, str(tmp_path / "one.txt"), str(manifest),
                            "--manifest", str(manifest))
    assert code == 0, err
    assert "1 capture: 1 created" in out


def test_a_bad_url_option_is_refused(tmp_path, content, capsys):
    (tmp_path / "one.txt").write_text(STORY, "utf-8")
    code, _, err = ingest(capsys, content, str(tmp_path / "one.txt"), "--url", "javascript:x")
    assert code == 2
    assert err.startswith("error: --url: 'javascript:x' is not an http(s) address")


# -- content files ---------------------------------------------------------------------------
ARTICLE = FIXTURES / "archive" / "articles" / "2023-11-06-pusula-zirve.md"


def with_header_lines(content: Path, extra: str) -> Path:
    path = content / "articles" / ARTICLE.name
    head, body = ARTICLE.read_text(encoding="utf-8").split("\n---\n", 1)
    path.write_text(f"{head}\n{extra}\n---\n{body}", encoding="utf-8")
    return path


def check(capsys, content: Path) -> tuple[int, list[str]]:
    code = main(["check", "--content", str(content)])
    return code, capsys.readouterr().out.splitlines()


BOMB = "\n".join(["notes: &a [x, x, x, x, x, x, x, x, x]"] + [
    f"k{n}: &{chr(98 + n)} [{', '.join([f'*{chr(97 + n)}'] * 9)}]" for n in range(9)])


@pytest.mark.parametrize(("extra", "line", "message"), [
    ("notes: a\x00b", 10, "the header holds a control character (U+0000), which YAML does not "
                          "allow; delete it (it is invisible in most editors: retype the line)"),
    ("notes: bell\x07here", 10, "the header holds a control character (U+0007)"),
    ("notes: " + "[" * 3000 + "]" * 3000, 10, "the header is nested more than 32 levels deep; "
                                              "no field needs that: check the brackets and indentation"),
    (BOMB, 11, "the header repeats a value by a YAML alias (*name); write the value out instead "
               "of using anchors (&name) and aliases"),
    ("machine:\n  detected: &d {mentions: [a, b]}\n  other: *d", 12, "the header repeats a value"),
    ("title: A second title", 10, "the field 'title' is given twice (lines 2 and 10); keep one of them"),
])
def test_a_hostile_header_gets_a_line_and_a_reason(content, capsys, extra, line, message):
    path = with_header_lines(content, extra)
    started = time.monotonic()
    code, lines = check(capsys, content)
    assert time.monotonic() - started < 20
    assert code == 1
    assert any(text.startswith(f"{path}:") and message in text for text in lines), lines
    assert any(text.startswith(f"{path}:{line}:") for text in lines), lines


DETECTED_BOMB = "machine:\n  detected:\n" + "\n".join(
    ["    a: &a [x, x, x, x, x, x, x, x, x]"] + [
        f"    k{n}: &{chr(98 + n)} [{', '.join([f'*{chr(97 + n)}'] * 9)}]" for n in range(9)])


def test_an_anchors_bomb_never_hangs_mentions(content, capsys):
    with_header_lines(content, DETECTED_BOMB)
    started = time.monotonic()
    code = main(["mentions", "--content", str(content)])
    captured = capsys.readouterr()
    assert time.monotonic() - started < 20
    assert code == 1
    assert "header repeats a value by a YAML alias" in captured.out + captured.err


def test_an_outlet_written_twice_as_yml_and_yaml_is_an_error(content, capsys):
    outlet = next((content / "outlets").glob("*.yml"))
    shutil.copy(outlet, outlet.with_suffix(".yaml"))
    code, lines = check(capsys, content)
    assert code == 1
    twins = [line for line in lines if f"holds the same outlet ('{outlet.stem}'); merge the "
             "two files into one" in line]
    assert len(twins) == 1
    assert outlet.name in twins[0] and outlet.with_suffix(".yaml").name in twins[0]


# -- nothing lost, nothing doubled -----------------------------------------------------------
def test_two_ingests_at_once_never_create_the_same_article(tmp_path, content):
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    for number in range(12):
        text = f"Story {number} about the talks in the capital\n\n{STORY} Number {number}.\n"
        for folder in ([first] if number < 8 else []) + ([second] if number >= 4 else []):
            (folder / f"s{number}.txt").write_text(text, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "generator", "ingest", "--content", str(content)]
    runs = [subprocess.Popen([*command, *map(str, sorted(folder.glob("*.txt")))], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for folder in (first, second)]
    results = [run.communicate(timeout=300) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], results
    created = articles(content) - {p.name for p in (FIXTURES / "archive" / "articles").glob("*.md")}
    assert len(created) == 12
    assert main(["check", "--content", str(content)]) == 0


def _processes_marked(mark: str) -> list[int]:
    """Processes whose environment holds ``mark`` (Linux: /proc)."""
    found = []
    for environ in Path("/proc").glob("[0-9]*/environ"):
        try:
            if f"ARCHIVE_TEST_MARK={mark}".encode() in environ.read_bytes().split(b"\0"):
                found.append(int(environ.parent.name))
        except OSError:
            continue
    return found


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc to find processes")
def test_a_batch_killed_at_any_moment_leaves_nothing_running_and_the_next_run_completes(
        tmp_path, content):
    import random
    import signal

    batch = tmp_path / "batch"
    batch.mkdir()
    for number in range(120):
        paragraphs = "\n\n".join(f"{STORY} Paragraph {k} of report {number}." for k in range(40))
        (batch / f"r{number:02d}.txt").write_text(
            f"Menu News Politics\n\nReport {number} on the talks in the capital\n\n"
            f"{paragraphs}\n\nShare Facebook Twitter\n", encoding="utf-8")
    files = sorted(map(str, batch.glob("*.txt")))
    command = [sys.executable, "-m", "generator", "ingest", "--jobs", "2", "--content",
               str(content), *files]
    before = articles(content)
    chance = random.Random(34)
    for round_ in range(3):
        mark = f"{os.getpid()}-{round_}"
        env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONUNBUFFERED": "1",
               "ARCHIVE_TEST_MARK": mark}
        written = articles(content)
        run = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
        # wait until it writes (its workers are busy then), and kill it a moment later
        while articles(content) == written and run.poll() is None:
            time.sleep(0.05)
        time.sleep(chance.uniform(0.0, 0.5))
        assert run.poll() is None, "the batch ended before it could be killed: make it longer"
        run.send_signal(signal.SIGKILL)
        run.wait()
        deadline = time.monotonic() + 10
        while _processes_marked(mark) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert _processes_marked(mark) == [], "a process of the killed command is still running"
    # the next run gets the lock at once and completes: every capture once, nothing lost
    done = subprocess.run(command, env={**os.environ, "PYTHONPATH": str(ROOT)},
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "waiting" not in done.stderr
    created = articles(content) - before
    assert len(created) == len(files)
    hashes = [read_document(content / "articles" / name).meta["raw_sha256"] for name in created]
    assert len(set(hashes)) == len(files)
    assert not list(content.rglob(".*.tmp"))
    assert not (content / ".archive-lock").exists()
    assert main(["check", "--content", str(content)]) == 0
    # and the same batch once more changes nothing, byte for byte
    settled = _tree(content)
    again = subprocess.run(command, env={**os.environ, "PYTHONPATH": str(ROOT)},
                           capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    assert f"{len(files)} captures: {len(files)} unchanged" in again.stdout
    assert _tree(content) == settled


def test_sites_that_share_a_name_are_different_outlets(tmp_path, content, capsys):
    for name, url in (("az.txt", "https://news.az/politics/1"), ("am.txt", "https://news.am/eng/2")):
        (tmp_path / name).write_text(f"Talks resume in the capital {name}\n\n{STORY}\n", "utf-8")
        assert ingest(capsys, content, str(tmp_path / name), "--url", url)[0] == 0
    outlets = {read_document(p).meta["homepage"]: p.stem for p in (content / "outlets").glob("*.yml")
               if "homepage" in read_document(p).meta}
    assert outlets["https://news.az/"] != outlets["https://news.am/"]


def test_files_written_by_ingest_have_the_usual_permissions(tmp_path, content, capsys):
    (tmp_path / "one.txt").write_text(f"Talks resume in the capital\n\n{STORY}\n", "utf-8")
    previous = os.umask(0o022)
    try:
        assert ingest(capsys, content, str(tmp_path / "one.txt"))[0] == 0
    finally:
        os.umask(previous)
    written = [p for p in content.rglob("*") if p.is_file()
               and p.stat().st_mtime > time.time() - 120 and "one" in p.name + p.parent.name]
    assert written
    assert {stat.S_IMODE(p.stat().st_mode) for p in written} == {0o644}


def test_an_interrupted_write_leaves_nothing_after_the_next_run(tmp_path, content, capsys):
    leftover = content / "provenance" / ".2023-11-06-pusula-zirve.json.abc123.tmp"
    leftover.parent.mkdir(parents=True, exist_ok=True)
    leftover.write_text("{half a file", encoding="utf-8")
    (tmp_path / "one.txt").write_text(f"Talks resume in the capital\n\n{STORY}\n", "utf-8")
    code, _, err = ingest(capsys, content, str(tmp_path / "one.txt"))
    assert code == 0
    assert not leftover.exists()
    assert f"removed {leftover}, left by an interrupted write" in err


def test_a_gzip_compressed_text_capture_is_read(tmp_path, content, capsys):
    source = tmp_path / "page.txt.gz"
    source.write_bytes(gzip.compress(f"Talks resume in the capital\n\n{STORY}\n".encode()))
    code, out, err = ingest(capsys, content, str(source))
    assert code == 0, err
    assert "1 created" in out
    raw = content / "raw" / "page.txt.gz"
    assert raw.read_bytes() == source.read_bytes()  # kept as it came


def test_a_hostile_header_fails_the_build_with_its_line(tmp_path, content):
    from .conftest import run_mkdocs_build

    path = with_header_lines(content, "notes: " + "[" * 3000 + "]" * 3000)
    result = run_mkdocs_build(content, tmp_path / "work")
    output = result.stdout + result.stderr
    assert result.returncode == 1
    assert "Traceback" not in output
    assert f"{path}:10: error: the header is nested more than 32 levels deep" in output


def test_a_folder_of_captures_is_ingested_with_its_manifest(tmp_path, content, capsys):
    folder = tmp_path / "captures"
    folder.mkdir()
    for name in ("one.txt", "two.txt"):
        (folder / name).write_text(f"Talks resume in the capital {name}\n\n{STORY}\n", "utf-8")
    (folder / "manifest.csv").write_text("file,url\none.txt,https://x.example/one\n", "utf-8")
    (folder / ".DS_Store").write_bytes(b"\x00\x01")
    code, out, err = ingest(capsys, content, str(folder))
    assert code == 0, err
    assert "2 captures: 2 created" in out and "manifest.csv" not in out
    assert f"using {folder / 'manifest.csv'} as the manifest" in err
    urls = {read_document(p).meta.get("url") for p in (content / "articles").glob("*.md")}
    assert "https://x.example/one" in urls


def test_a_capture_past_the_size_limit_is_refused_with_what_to_do(tmp_path, content, capsys,
                                                                   monkeypatch):
    monkeypatch.setattr("generator.ingest.pipeline.MAX_CHARACTERS", 50_000)
    (tmp_path / "pasted.txt").write_text(f"Talks resume in the capital\n\n{STORY}\n" * 200,
                                         encoding="utf-8")
    (tmp_path / "one.txt").write_text(f"Talks resume in the capital\n\n{STORY}\n", "utf-8")
    code, out, err = ingest(capsys, content, str(tmp_path / "pasted.txt"), str(tmp_path / "one.txt"))
    assert code == 1
    length = len((tmp_path / "pasted.txt").read_text(encoding="utf-8"))
    assert (f"pasted.txt: error: it holds {length:,} characters of text, more than the 50,000 "
            "ingest takes in one capture (many pages pasted together?); split it into one file "
            "per page and ingest those") in err
    assert next(line for line in out.splitlines() if line.startswith("one.txt")).split()[1] \
        == "created"  # the rest of the batch goes on


def _zip(entries: dict[str, bytes]) -> bytes:
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


PDF = (b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n4 0 obj << /Length 80 >>\nstream\n"
       b"BT /F1 11 Tf 72 720 Td (Putin and Aliyev meet in Dushanbe to discuss the crash) Tj ET\n"
       b"endstream endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")


@pytest.mark.parametrize("name, data, what", [
    ("story.txt", PDF, "a PDF document"),
    ("story.html", _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w/>"}),
     "a Word document (.docx)"),
    ("story.txt", _zip({"mimetype": b"application/vnd.oasis.opendocument.text",
                        "content.xml": b"<x/>"}), "an OpenDocument text (.odt)"),
    ("page.txt", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "a PNG image"),
    ("page.warc", _zip({"a.txt": b"hello"}), "a ZIP archive"),
    ("page.txt.gz", gzip.compress(PDF), "a PDF document"),
])
def test_a_file_is_what_its_bytes_say_whatever_its_name(tmp_path, content, capsys, name, data,
                                                        what):
    (tmp_path / name).write_bytes(data)
    code, _, err = ingest(capsys, content, str(tmp_path / name))
    assert code == 1
    advice = ("copy its text into a .txt file, or save the web page it came from"
              if what != "a PNG image" and what != "a ZIP archive"
              else "save the web page itself (HTML or text)")
    assert (f"{name}: error: it is {what}, not a web page or a text dump (whatever its name "
            f"says); {advice} and ingest that") in err
    assert not any((content / "articles").glob(f"*{Path(name).stem}*"))


TURKISH = ("Dışişleri Bakanı, Çarşamba günü başkentte mevkidaşıyla görüştü ve iki ülke "
           "arasındaki işbirliğinin güçlendirilmesi gerektiğini söyledi. ")
RUSSIAN = ("Президент провёл переговоры с делегацией и обсудил вопросы сотрудничества, "
           "сообщила пресс-служба. ")
ARABIC = ("التقى وزير الخارجية نظيره في العاصمة وبحث الجانبان تعزيز التعاون بين البلدين "
          "وفق ما أفادت وزارة الخارجية. ")


@pytest.mark.parametrize("story, other", [(TURKISH, "cp1254"), (ARABIC, "cp1256"),
                                          (RUSSIAN, "cp1251")])
def test_a_dump_pasted_from_two_encodings_is_read_line_by_line(tmp_path, content, capsys, story,
                                                               other):
    first = "\n\n".join(f"{story}{story}{n}." for n in range(4))
    second = "\n\n".join(f"{story}{story}{n + 4}." for n in range(4))
    source = tmp_path / "pasted.txt"
    source.write_bytes(first.encode("utf-8") + b"\n\n" + second.encode(other))
    code, out, err = ingest(capsys, content, str(source))
    assert code == 0, err
    assert f"4 of its lines were not UTF-8 but {other}" in out
    created = articles(content) - {p.name for p in (FIXTURES / "archive" / "articles").glob("*.md")}
    body = read_document(content / "articles" / created.pop()).body
    assert "\ufffd" not in body
    assert body.count(story.split(",")[0]) >= 14  # both halves, in their own letters


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file()}


def test_the_same_batch_ingested_again_changes_nothing_byte_for_byte(tmp_path, content, capsys):
    # the first page names its site in its menu; only the second prints it where ingest
    # learns an outlet from (a copyright line): the first learns it at the batch's end
    (tmp_path / "a.txt").write_text(
        f"Daily Planet Home World Sport\n\nTalks resume in the capital\n\n{STORY}\n",
        encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        f"Ministers meet again\n\n{STORY} Again.\n\n© 2025 Daily Planet\n", encoding="utf-8")
    files = [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]
    assert ingest(capsys, content, *files)[0] == 0
    first = _tree(content)
    outlets = {read_document(content / "articles" / name).meta.get("outlet")
               for name in articles(content) - {p.name for p in
                                                (FIXTURES / "archive" / "articles").glob("*.md")}}
    assert outlets == {"daily-planet"}
    code, out, _ = ingest(capsys, content, *files)
    assert code == 0 and "2 captures: 2 unchanged" in out
    assert _tree(content) == first
