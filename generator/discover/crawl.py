"""Read a web crawl's WARC files as a stream: the HTML pages answered 200, each with where it
lies (file and byte offset), and the damage met on the way.

A crawl file is large (CC-NEWS writes about a gigabyte a file) and is never read whole: warcio
reads it record by record from the open file. A WARC.gz file is a chain of gzip members, one a
record; where a member is corrupt, or a record is not WARC, what is read so far stands, the
damage is reported with its offset, and reading goes on from the next gzip member (or, in an
uncompressed file, the next line that starts a WARC record). So one bad record never loses a
file, and a file's records come out in the order they lie, each once.
"""

from __future__ import annotations

import re
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from pathlib import Path

GZIP_MAGIC = b"\x1f\x8b\x08"
WARC_START = b"WARC/1."
SCAN_BLOCK = 1 << 20
"""Bytes read at a time when looking for the next record after damage."""


@dataclass(frozen=True)
class Page:
    """One HTML page of a crawl."""

    file: str
    offset: int
    """Where its record starts in the file (of its gzip member, in a WARC.gz file)."""
    length: int
    """How many bytes of the file the record takes (its whole gzip member, in a WARC.gz
    file): ``offset`` and ``length`` cut it out as a WARC file of its own."""
    url: str | None
    fetched: str | None
    """When it was fetched (WARC-Date), as the record says."""
    content_type: str
    payload: bytes
    """The HTTP body, as sent (decoded from its transfer and content encodings)."""


@dataclass(frozen=True)
class Damage:
    """Part of a crawl file that could not be read: from ``offset`` to where reading went on
    (``resumed``, or None when nothing readable followed)."""

    file: str
    offset: int
    resumed: int | None
    reason: str

    def __str__(self) -> str:
        then = (f"reading went on at byte {self.resumed}" if self.resumed is not None
                else "nothing readable followed")
        return f"{self.file}: damaged at byte {self.offset} ({self.reason}); {then}"


def is_address(name: str) -> bool:
    """Whether ``name`` is an address fsspec reads (``s3://…``, ``https://…``), not a path."""
    return re.match(r"[a-z][a-z0-9+.-]*://", name) is not None and not name.startswith("file://")


def open_crawl(name: Path | str):
    """``name`` opened for reading bytes: a path, or an address through fsspec (which reads
    what it needs as ranges; ``s3://`` needs the s3fs package, ``https://`` aiohttp)."""
    name = str(name)
    if name.startswith("file://"):
        name = name[len("file://"):]
    if not is_address(name):
        return open(name, "rb")  # noqa: SIM115 - the caller closes it
    import fsspec

    return fsspec.open(name, "rb").open()


def record_bytes(name: str, offset: int, length: int) -> bytes:
    """The bytes of the record at ``offset`` of crawl file ``name``: in a WARC.gz file a whole
    gzip member, so a WARC.gz file of their own."""
    with open_crawl(name) as stream:
        stream.seek(offset)
        data = stream.read(length)
    if len(data) != length:
        raise OSError(f"{name}: {length} bytes were asked for at byte {offset}, "
                      f"{len(data)} could be read")
    return data


def pages(path: Path | str, *, start: int = 0, tally: list[int] | None = None,
          fast: bool | None = None) -> Iterator[Page | Damage]:
    """The HTML pages answered 200 in the WARC (or WARC.gz) file ``path``, from byte
    ``start``, and the damage met between them, in the order they lie; ``tally[0]`` counts
    the records read, pages or not. A WARC.gz file is read with FastWARC where it is
    installed (``fast``: None, where installed; False, warcio), else with warcio."""
    name = str(path)
    with open_crawl(path) as stream:
        head = stream.read(16)
        gzipped = head[:2] == GZIP_MAGIC[:2]
        if not gzipped and not head.startswith((WARC_START[:5], b"filedesc://")):
            yield Damage(name, 0, None, "not a WARC file: it starts with neither a WARC "
                                        "record nor gzip data")
            return
        size = stream.seek(0, 2)
        if fast is None:
            fast = fastwarc_installed()
        read = _read_fast if fast and gzipped else _read_warcio
        position = start
        while True:
            stopped = yield from read(stream, name, position, size, tally)
            if stopped is None:
                return
            failed, reason = stopped
            resumed = _next_start(stream, failed + 1, gzipped)
            yield Damage(name, failed, resumed, reason)
            if resumed is None:
                return
            position = resumed


def fastwarc_installed() -> bool:
    try:
        import fastwarc.warc  # noqa: F401
    except ImportError:
        return False
    return True


Stopped = tuple[int, str] | None
"""Where reading stopped at damage, and why; None at the file's end."""


def _read_warcio(stream, name: str, position: int, size: int, tally: list[int] | None
                 ) -> Generator[Page, None, Stopped]:
    from warcio.archiveiterator import ArchiveIterator

    stream.seek(position)
    records = ArchiveIterator(stream)
    offset = end = position
    try:
        for record in records:
            if tally is not None:
                tally[0] += 1
            found = _page(record)  # read before asking where it lies: asking reads the
            # record to its end
            offset = records.get_record_offset()  # from the file's start
            end = offset + records.get_record_length()
            if found is not None:
                yield Page(name, offset, end - offset, *found)
    except Exception as exc:  # noqa: BLE001 - warcio and zlib raise many kinds
        reason = _reason(exc)
    else:
        # warcio ends quietly at a last record cut short: what is left is damage, unless it
        # is padding
        if _padding_from(stream, end, size):
            return None
        reason = "a record cut short, or bytes that are no record"
    return max(end, position), reason  # the damaged record starts after the last read whole


def _read_fast(stream, name: str, position: int, size: int, tally: list[int] | None
               ) -> Generator[Page, None, Stopped]:
    """FastWARC's reading of a WARC.gz file, about four times warcio's speed. A record's
    length is where the next one starts; the last one's, and where a damaged stretch
    starts, are found by unpacking one gzip member (``_member_end``)."""
    from fastwarc.warc import ArchiveIterator

    stream.seek(position)
    held: tuple[int, tuple] | None = None  # a page waiting for its record's end
    last: int | None = None  # where the last record read starts
    try:
        for record in ArchiveIterator(stream, parse_http=True, auto_decode="all"):
            if tally is not None:
                tally[0] += 1
            offset = record.stream_pos
            if held is not None:
                yield Page(name, held[0], offset - held[0], *held[1])
                held = None
            last = offset
            found = _fast_page(record)
            if found is not None:
                held = (offset, found)
    except Exception as exc:  # noqa: BLE001 - FastWARC raises OSError, a stream may raise more
        reason = _reason(exc)
        end = _member_end(stream, last) if last is not None else None
        if held is not None and end is not None:
            yield Page(name, held[0], end - held[0], *held[1])
        return (end if end is not None else last if last is not None else position), reason
    if last is None:
        return None if _padding_from(stream, position, size) else (
            position, "a record cut short, or bytes that are no record")
    end = _member_end(stream, last)
    if end is None:  # the last record is cut short: its page is not whole
        return last, "a record cut short"
    if held is not None:
        yield Page(name, held[0], end - held[0], *held[1])
    if _padding_from(stream, end, size):
        return None
    return end, "a record cut short, or bytes that are no record"


def _padding_from(stream, position: int, size: int) -> bool:
    """Whether nothing but padding follows ``position``."""
    if position >= size:
        return True
    stream.seek(position)
    return not stream.read(SCAN_BLOCK).strip(b"\x00\r\n\t ")


def _member_end(stream, offset: int) -> int | None:
    """Where the gzip member starting at ``offset`` ends, or None when it is cut short or
    corrupt."""
    import zlib

    stream.seek(offset)
    unpack = zlib.decompressobj(wbits=31)
    read = 0
    try:
        while not unpack.eof:
            block = stream.read(1 << 16)
            if not block:
                return None
            read += len(block)
            unpack.decompress(block)
            while unpack.unconsumed_tail:  # (no max_length is given: never left over)
                unpack.decompress(unpack.unconsumed_tail)
    except zlib.error:
        return None
    return offset + read - len(unpack.unused_data)


def _fast_page(record) -> tuple | None:
    """A FastWARC record's page as (address, fetched, content type, payload), if it is one."""
    from fastwarc.warc import WarcRecordType

    if record.record_type != WarcRecordType.response or record.http_headers is None:
        return None
    if record.http_headers.status_code != 200:
        return None
    content_type = record.http_headers.get("Content-Type") or ""
    if "html" not in content_type.lower():
        return None
    payload = record.reader.read()
    uri = record.headers.get("WARC-Target-URI")
    if uri and uri.startswith("<") and uri.endswith(">"):
        uri = uri[1:-1]
    return uri or None, record.headers.get("WARC-Date"), content_type, payload


def _page(record) -> tuple | None:
    """A record's page as (address, fetched, content type, payload), if it is one."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    if record.http_headers.get_statuscode() != "200":
        return None
    content_type = record.http_headers.get_header("Content-Type") or ""
    if "html" not in content_type.lower():
        return None
    payload = record.content_stream().read()
    uri = record.rec_headers.get_header("WARC-Target-URI")
    if uri and uri.startswith("<") and uri.endswith(">"):
        uri = uri[1:-1]
    return uri or None, record.rec_headers.get_header("WARC-Date"), content_type, payload


def _reason(exc: Exception) -> str:
    """What went wrong, in words (warcio quotes the bytes it could not read: never shown,
    they may be binary)."""
    text = str(exc)
    if "gzip" in text.lower() or exc.__class__.__name__ in ("error", "BadGzipFile"):
        return "a corrupt gzip member"
    if "Unknown archive format" in text or "ArchiveLoadFailed" in exc.__class__.__name__:
        return "not a WARC record"
    return re.sub(r"[^\x20-\x7e]+", "?", f"{exc.__class__.__name__}: {text}")[:160]


def _next_start(stream, position: int, gzipped: bool) -> int | None:
    """Where the next gzip member (or, uncompressed, the next WARC record) starts at or after
    ``position`` whose start reads as one, or None."""
    import zlib

    mark = GZIP_MAGIC if gzipped else b"\n" + WARC_START
    while True:
        stream.seek(position)
        block = stream.read(SCAN_BLOCK + len(mark))
        if not block:
            return None
        at = block.find(mark)
        if at < 0:
            position += SCAN_BLOCK
            continue
        found = position + at + (0 if gzipped else 1)
        if not gzipped:
            return found
        # a member that starts a record unpacks to "WARC/": three magic bytes may be chance
        stream.seek(found)
        head = stream.read(4096)
        try:
            if zlib.decompressobj(wbits=31).decompress(head)[:6].startswith(WARC_START[:5]):
                return found
        except zlib.error:
            pass
        position = found + 1
