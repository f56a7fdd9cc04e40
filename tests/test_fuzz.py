"""Generated input thrown at ``ingest`` and ``check``: each run ends with exit 0 or 1 and, on
failure, a message naming the file, within a time bound; never a traceback or a hang."""

from __future__ import annotations

import gzip
import os
import shutil
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.cli import main

from .conftest import FIXTURES

TIME_BOUND = 20.0  # seconds for one command on one generated file
# FUZZ_EXAMPLES=2000 for a deeper search than the suite's
SETTINGS = settings(max_examples=int(os.environ.get("FUZZ_EXAMPLES", "40")), deadline=None,
                    database=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])

# Beginnings that send a file down each reader: WARC, gzip, HTML, byte-order marks, text.
PREFIXES = [b"", b"WARC/1.0\r\n", b"\x1f\x8b\x08\x00", b"<!doctype html><html>", b"<html><meta charset=",
            b"\xef\xbb\xbf", b"\xff\xfe", b"Headline\n\n"]


def _captures() -> st.SearchStrategy[tuple[str, bytes]]:
    body = st.one_of(
        st.binary(max_size=3000),
        st.text(max_size=3000).map(lambda t: t.encode("utf-8", "surrogatepass")),
        st.text(alphabet=st.characters(codec="utf-8"), max_size=2000).map(str.encode),
    )
    suffix = st.sampled_from([".txt", ".html", ".warc", ".warc.gz", ".gz", ".htm"])
    return st.tuples(suffix, st.tuples(st.sampled_from(PREFIXES), body).map(b"".join))


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("fuzz") / "content"
    shutil.copytree(FIXTURES / "archive", folder)
    return folder


def _ran_cleanly(code: int, out: str, err: str, name: str, started: float) -> None:
    assert time.monotonic() - started < TIME_BOUND
    assert code in (0, 1)
    assert "Traceback" not in out + err
    if code == 1:
        assert name in err, err
    assert all(ch.isprintable() or ch in "\n\t\u200c\u200d" for ch in err), err  # joiners spell words


@SETTINGS
@given(capture=_captures())
def test_ingest_answers_any_bytes(archive, tmp_path_factory, capsys, capture):
    suffix, data = capture
    if suffix == ".gz":
        data = gzip.compress(data)
    folder = tmp_path_factory.mktemp("capture")
    source = folder / f"generated{suffix}"
    source.write_bytes(data)
    started = time.monotonic()
    code = main(["ingest", "--content", str(archive), "--dry-run", str(source)])
    out, err = capsys.readouterr()
    _ran_cleanly(code, out, err, source.name, started)


YAML_PIECES = st.sampled_from([
    "title: ", "language: ", "published: ", "notes: ", "event: ", "mentions:\n  - ", "- ",
    "&a ", "*a ", "[", "]", "{", "}", ": ", "\n", "  ", "'", '"', "!!python/object ", "\\x07",
    "\x07", "\x00", "|\n  ", ">-\n  ", "? ", "---", "...", "#", "2024-13-45", "null", "~",
])


@SETTINGS
@given(header=st.lists(st.one_of(YAML_PIECES, st.text(max_size=12)), max_size=60).map("".join))
def test_check_answers_any_header(tmp_path_factory, capsys, header):
    content = tmp_path_factory.mktemp("header") / "content"
    shutil.copytree(FIXTURES / "archive", content)
    article = content / "articles" / "2023-11-06-generated.md"
    article.write_text(f"---\n{header}\n---\n\nA body.\n", encoding="utf-8", errors="surrogatepass")
    started = time.monotonic()
    code = main(["check", "--content", str(content)])
    out, err = capsys.readouterr()
    assert time.monotonic() - started < TIME_BOUND
    assert code in (0, 1)
    assert "Traceback" not in out + err
    if code == 1:  # only the generated file can be wrong: the error names it
        assert any(line.startswith(f"{article}") and ": error: " in line
                   for line in out.splitlines()), out
