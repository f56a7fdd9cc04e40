"""Reading a crawl as a stream: every HTML page answered 200, where it lies, and the damage
met on the way, reported with its offset, with reading going on after it; the same with
either reader (FastWARC for WARC.gz files, warcio for the rest and where FastWARC is not
installed)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from generator.discover import crawl as crawl_module
from generator.discover.crawl import Damage, Page, pages, record_bytes


@pytest.fixture(autouse=True, params=["fastwarc", "warcio"])
def reader(request, monkeypatch) -> str:
    monkeypatch.setattr(crawl_module, "fastwarc_installed", lambda: request.param == "fastwarc")
    return request.param

# (address, status, content type): what a crawl holds besides news pages
RECORDS = [
    ("https://news.example/a", "200 OK", "text/html; charset=utf-8"),
    ("https://news.example/missing", "404 Not Found", "text/html"),
    ("https://news.example/logo.png", "200 OK", "image/png"),
    ("https://news.example/b", "200 OK", "text/html"),
    ("https://news.example/c", "200 OK", "application/xhtml+xml"),
    ("https://news.example/d", "200 OK", "text/html"),
]


def write_crawl(path: Path, *, gzipped: bool) -> list[int]:
    """A WARC file of ``RECORDS`` (a response each, with a request before every page, as
    crawlers write them); the offset of each response."""
    offsets = []
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gzipped)
        for number, (url, status, kind) in enumerate(RECORDS):
            request = writer.create_warc_record(url, "request", payload=io.BytesIO(b""),
                                                http_headers=StatusAndHeaders(
                                                    "GET / HTTP/1.1", [], is_http_request=True))
            writer.write_record(request)
            offsets.append(out.tell())
            body = f"<html><body><h1>Page {number}</h1><p>Text {number}.</p></body></html>"
            headers = StatusAndHeaders(status, [("Content-Type", kind)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                url, "response", payload=io.BytesIO(body.encode()), http_headers=headers))
    return offsets


@pytest.mark.parametrize("gzipped", [True, False])
def test_pages_answered_200_in_html_with_their_offsets(tmp_path, gzipped):
    crawl = tmp_path / ("crawl.warc.gz" if gzipped else "crawl.warc")
    offsets = write_crawl(crawl, gzipped=gzipped)
    found = list(pages(crawl))
    assert all(isinstance(page, Page) for page in found)
    assert [page.url for page in found] == [
        "https://news.example/a", "https://news.example/b", "https://news.example/c",
        "https://news.example/d"]
    assert [page.offset for page in found] == [offsets[i] for i in (0, 3, 4, 5)]
    assert found[1].payload.startswith(b"<html><body><h1>Page 3</h1>")
    assert found[0].fetched and found[0].file == str(crawl)
    # each page's record cut out by its offset and length is a WARC file of one record
    from warcio.archiveiterator import ArchiveIterator

    for page in found:
        records = list(ArchiveIterator(io.BytesIO(record_bytes(str(crawl), page.offset,
                                                               page.length))))
        assert [r.rec_headers.get_header("WARC-Target-URI") for r in records] == [page.url]
    # read again from a page's offset: that page first (a job started again goes on there)
    assert [p.url for p in pages(crawl, start=found[2].offset)] == [
        "https://news.example/c", "https://news.example/d"]


@pytest.mark.parametrize("gzipped", [True, False])
def test_a_damaged_record_is_reported_and_the_rest_is_read(tmp_path, gzipped):
    crawl = tmp_path / ("crawl.warc.gz" if gzipped else "crawl.warc")
    offsets = write_crawl(crawl, gzipped=gzipped)
    data = bytearray(crawl.read_bytes())
    hit = offsets[3]  # the response of page b
    data[hit:hit + 40] = b"\x00garbage that is neither gzip nor WARC\x00"[:40].ljust(40, b"!")
    crawl.write_bytes(bytes(data))
    found = list(pages(crawl))
    damage = [item for item in found if isinstance(item, Damage)]
    assert [page.url for page in found if isinstance(page, Page)] == [
        "https://news.example/a", "https://news.example/c", "https://news.example/d"]
    assert len(damage) == 1
    assert offsets[2] < damage[0].offset <= hit < damage[0].resumed <= offsets[4]
    assert str(crawl) in str(damage[0]) and f"byte {damage[0].offset}" in str(damage[0])


def test_a_file_cut_short_keeps_what_came_before(tmp_path):
    crawl = tmp_path / "crawl.warc.gz"
    offsets = write_crawl(crawl, gzipped=True)
    crawl.write_bytes(crawl.read_bytes()[:offsets[4] + 60])  # page c cut in its middle
    found = list(pages(crawl))
    assert [page.url for page in found if isinstance(page, Page)] == [
        "https://news.example/a", "https://news.example/b"]
    assert isinstance(found[-1], Damage) and found[-1].resumed is None
    assert "nothing readable followed" in str(found[-1])


def test_a_file_that_is_no_crawl_is_one_damage(tmp_path):
    crawl = tmp_path / "notes.warc"
    crawl.write_text("These are notes, not a crawl.\n" * 50, encoding="utf-8")
    found = list(pages(crawl))
    assert len(found) == 1 and isinstance(found[0], Damage) and found[0].offset == 0


def test_both_readers_read_the_same(tmp_path):
    crawl = tmp_path / "crawl.warc.gz"
    write_crawl(crawl, gzipped=True)
    data = bytearray(crawl.read_bytes())
    data[len(data) // 2:len(data) // 2 + 30] = b"\x00" * 30
    crawl.write_bytes(bytes(data))

    def read(fast: bool) -> list:
        return [(type(item).__name__, item.offset, getattr(item, "length", None),
                 getattr(item, "url", None), getattr(item, "payload", None))
                for item in pages(crawl, fast=fast)]

    assert read(True) == read(False)
