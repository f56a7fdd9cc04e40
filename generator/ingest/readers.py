"""Read raw captures: detect the kind of input and decode its text.

One reader per input kind, chosen by extension and then by content sniffing. Text is decoded
from whatever encoding it came in (BOMs first, then strict UTF-8, then a statistical guess),
repaired when it is mojibake, and normalised to NFC; letters are otherwise kept as they are.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from ..text.decoding import MAX_UNCOMPRESSED, decode, decode_html, gunzip


class UnsupportedCapture(Exception):
    """The file is of a kind ingest cannot read; the message says what to do."""


class DamagedFile(UnsupportedCapture):
    """A WARC file damaged part of the way: ``captures`` holds the intact records before the
    damage, which are ingested; the message says where the damage starts."""

    def __init__(self, message: str, captures: list[Capture]):
        super().__init__(message)
        self.captures = captures


@dataclass
class Capture:
    """One page to ingest: from a file, or from one record of a WARC file."""

    path: Path
    kind: str  # "text" or "html"
    text: str
    encoding: str
    raw: bytes = b""
    """The exact bytes of this capture (a WARC record's HTTP payload, or the whole file)."""
    url: str | None = None
    """The address the capture states itself (a WARC record's target URI)."""
    label: str = ""
    """How to name it in messages: the file name, or ``crawl.warc.gz#3``."""
    record: int | None = None
    """Position of the record in its WARC file."""
    retrieved: str | None = None
    """When the page was fetched, as the capture records it (WARC-Date), ISO 8601."""
    problems: list[str] = field(default_factory=list)
    """What is wrong with the capture itself (a record cut short, bytes that are no text in
    its encoding, a charset the page declares wrongly): ingest flags the article."""


HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".mhtml", ".mht"}
MHTML_SUFFIXES = {".mhtml", ".mht"}
WARC_SUFFIXES = {".warc", ".gz", ".arc"}


def _language_of(text: str) -> str | None:
    from .detect import detect_language

    return detect_language(text)


def _is_html(data: bytes, suffix: str) -> bool:
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return suffix in HTML_SUFFIXES or head.startswith((b"<!doctype html", b"<html", b"<?xml"))


# Files known by their first bytes, whatever their name: (signature, offset, what it is).
_SIGNATURES = [
    (b"%PDF-", 0, "a PDF document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 0, "an older Microsoft Office document (.doc, .xls, "
     ".ppt)"),
    (b"{\\rtf", 0, "an RTF document"),
    (b"%!PS", 0, "a PostScript document"),
    (b"\x89PNG\r\n\x1a\n", 0, "a PNG image"),
    (b"\xff\xd8\xff", 0, "a JPEG image"),
    (b"GIF87a", 0, "a GIF image"), (b"GIF89a", 0, "a GIF image"),
    (b"WEBP", 8, "a WebP image"),
    (b"II*\x00", 0, "a TIFF image"), (b"MM\x00*", 0, "a TIFF image"),
    (b"7z\xbc\xaf\x27\x1c", 0, "a 7-Zip archive"), (b"Rar!\x1a\x07", 0, "a RAR archive"),
    (b"\xfd7zXZ\x00", 0, "an xz archive"), (b"ustar", 257, "a tar archive"),
    (b"ID3", 0, "an MP3 audio file"), (b"OggS", 0, "an Ogg audio or video file"),
    (b"ftyp", 4, "an MP4 video or audio file"), (b"\x1aE\xdf\xa3", 0, "a Matroska or WebM video"),
    (b"SQLite format 3\x00", 0, "an SQLite database"),
    (b"\x7fELF", 0, "a program"),
]
_ZIP_KINDS = [("word/", "a Word document (.docx)"), ("xl/", "an Excel spreadsheet (.xlsx)"),
              ("ppt/", "a PowerPoint presentation (.pptx)")]
_OPEN_DOCUMENT = {"application/vnd.oasis.opendocument.text": "an OpenDocument text (.odt)",
                  "application/vnd.oasis.opendocument.spreadsheet":
                      "an OpenDocument spreadsheet (.ods)",
                  "application/epub+zip": "an EPUB book"}


def what_it_is(data: bytes) -> str | None:
    """What a file is, by its first bytes, when it is a document, an image, an archive or
    another kind of file that is neither a web page nor text; None otherwise."""
    for signature, offset, kind in _SIGNATURES:
        if data[offset : offset + len(signature)] == signature:
            return kind
    if data.startswith(b"BZh") and data[3:4].isdigit():
        return "a bzip2 archive"
    if data.startswith(b"PK\x03\x04"):
        import io
        import zipfile

        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                names = archive.namelist()
                if "mimetype" in names:
                    mimetype = archive.read("mimetype")[:100].decode("ascii", "replace")
                    if mimetype.strip() in _OPEN_DOCUMENT:
                        return _OPEN_DOCUMENT[mimetype.strip()]
        except (zipfile.BadZipFile, OSError, ValueError, KeyError):
            return "a ZIP archive"
        for prefix, kind in _ZIP_KINDS:
            if any(name.startswith(prefix) for name in names):
                return kind
        return "a ZIP archive"
    return None


def _refuse_other_kinds(data: bytes) -> None:
    what = what_it_is(data)
    if what is None:
        return
    written = any(word in what.casefold() for word in ("document", "book", "spreadsheet",
                                                        "presentation", "text"))
    advice = ("copy its text into a .txt file, or save the web page it came from" if written
              else "save the web page itself (HTML or text)")
    raise UnsupportedCapture(f"it is {what}, not a web page or a text dump (whatever its "
                             f"name says); {advice} and ingest that")


def read_captures(path: Path) -> list[Capture]:
    """The captures in one file: one for a text dump or an HTML page, one per HTML response
    of a WARC file. Raises UnsupportedCapture with what to do when the file is unusable."""
    data = path.read_bytes()
    if not data.strip():
        raise UnsupportedCapture("the file is empty; capture the page again")
    _refuse_other_kinds(data)
    suffix = path.suffix.lower()
    if data[:2] == b"\x1f\x8b" and not _gzip_warc(data):
        # a page saved compressed (page.html.gz): read what it holds, keep the bytes as they came
        inner = gunzip(data)
        if inner is None:
            raise UnsupportedCapture("not a readable gzip file (its data is corrupt or over "
                                     f"{MAX_UNCOMPRESSED >> 20} MB); check the file")
        captures = read_captures_from(path, inner, Path(path.stem).suffix.lower())
        for capture in captures:
            capture.raw = data
        return captures
    if suffix in WARC_SUFFIXES or data[:4] == b"WARC" or data[:2] == b"\x1f\x8b":
        return _warc_captures(path)
    return read_captures_from(path, data, suffix)


def _gzip_warc(data: bytes) -> bool:
    """Whether gzip ``data`` holds a WARC (or ARC) file: its first bytes unpacked say so."""
    try:
        head = zlib.decompressobj(wbits=31).decompress(data[:4096], 64)
    except zlib.error:
        return True  # damaged: the WARC reader says how
    return head.startswith((b"WARC/", b"filedesc://")) or not head


def read_captures_from(path: Path, data: bytes, suffix: str) -> list[Capture]:
    """The capture a text dump or an HTML page's ``data`` holds."""
    if not data.strip():
        raise UnsupportedCapture("the file is empty; capture the page again")
    _refuse_other_kinds(data)  # what a compressed file held, too
    if _is_mhtml(data, suffix):
        return [_mhtml_capture(path, data)]
    if _is_html(data, suffix):
        problems: list[str] = []
        text, encoding = decode_html(data, problems=problems, language_of=_language_of)
        return [Capture(path, "html", _normalise(text), encoding, data, label=path.name,
                        problems=problems)]
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UnsupportedCapture("the file is binary, not a text capture; check the file")
    problems = []
    text, encoding = decode(data, problems, _language_of)
    if "\x00" in text or _control_share(text) > 0.01:
        raise UnsupportedCapture("the file is binary, not a text capture; check the file")
    return [Capture(path, "text", _normalise(text), encoding, data, label=path.name,
                    problems=problems)]


def _is_mhtml(data: bytes, suffix: str) -> bool:
    """Whether ``data`` is a page saved as one MIME file (MHTML: a browser's "Webpage, single
    file"), by its name or its MIME headers."""
    head = data[:4096].lower()
    return (suffix in MHTML_SUFFIXES or b"mime-version:" in head) and \
        b"multipart/related" in head


def _mhtml_capture(path: Path, data: bytes) -> Capture:
    """The page an MHTML file holds: its HTML part (the one at the snapshot's address, else
    the first), decoded from its transfer encoding and charset; the address and the time the
    browser saved it with. The file's bytes stay the capture's raw bytes."""
    import email
    from email import policy
    from email.utils import parsedate_to_datetime

    message = email.message_from_bytes(data, policy=policy.compat32)
    location = (message.get("Snapshot-Content-Location") or "").strip() or None
    parts = [part for part in message.walk() if part.get_content_type() == "text/html"]
    main = next((part for part in parts
                 if location and (part.get("Content-Location") or "").strip() == location),
                parts[0] if parts else None)
    payload = main.get_payload(decode=True) if main is not None else None
    if not payload or not payload.strip():
        raise UnsupportedCapture("it is an MHTML file (a page saved as one file) with no HTML "
                                 "page in it; save the page again")
    problems: list[str] = []
    text, encoding = decode_html(payload, main.get_content_charset(), problems=problems,
                                 language_of=_language_of)
    url = location or (main.get("Content-Location") or "").strip() or None
    if url is not None:
        from ..schema import address_problem

        if address_problem(url):
            url = None  # a local file's or a broken address: as if none were recorded
    retrieved = None
    try:
        saved = parsedate_to_datetime(message.get("Date") or "")
    except (TypeError, ValueError):
        saved = None
    if saved is not None:
        from datetime import UTC

        if saved.tzinfo is not None:
            saved = saved.astimezone(UTC)
        retrieved = saved.strftime("%Y-%m-%dT%H:%M")
    return Capture(path, "html", _normalise(text), encoding, data, url=url, label=path.name,
                   retrieved=retrieved, problems=problems)


def _control_share(text: str) -> float:
    """The share of characters that no text holds (control characters other than tab and
    line breaks)."""
    sample = text[:20000]
    bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f")
    return bad / max(len(sample), 1)


def _normalise(text: str) -> str:
    return unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")


def _iso_minutes(value: str | None) -> str | None:
    """``2024-03-18T10:15:02Z`` -> ``2024-03-18T10:15`` (UTC)."""
    match = re.match(r"(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})", value or "")
    return f"{match.group(1)}T{match.group(2)}" if match else None


def _gzip_damage(data: bytes) -> str | None:
    """Where a gzip file (one member or many, as WARC files are) stops being readable, or
    None when all of it is."""
    position = 0
    while position < len(data):
        if data[position:position + 2] != b"\x1f\x8b":
            if not data[position:].strip(b"\x00"):
                return None  # padding
            return f"byte {position} is not the start of a gzip member"
        reader = zlib.decompressobj(wbits=31)
        try:
            reader.decompress(data[position:])
        except zlib.error as exc:
            return f"the gzip data is corrupt after byte {position} ({exc})"
        if not reader.eof:
            return f"the gzip data ends early (the last member, from byte {position}, is cut off)"
        position = len(data) - len(reader.unused_data)
    return None


def _record_address(uri: str | None) -> tuple[str | None, str | None]:
    """A WARC record's target URI as the archive can store it, and a note when it had to be
    changed or dropped. WARC 1.0 writes it in angle brackets; characters an address may not
    hold (quotes, spaces, markup) are percent-encoded, as a browser does."""
    from urllib.parse import quote

    from ..schema import address_problem, printable

    if not uri:
        return None, None
    uri = uri.strip()
    if uri.startswith("<") and uri.endswith(">"):
        uri = uri[1:-1]
    if address_problem(uri) is None:
        return uri, None
    encoded = quote(uri, safe=":/?#[]@!$&'()*+,;=%~")
    if address_problem(encoded) is None:
        return encoded, (f"its address '{printable(uri, 120)}' held characters an address may "
                         "not; they are percent-encoded")
    return None, (f"its address is unusable ({address_problem(uri)}); it is ingested without "
                  "one: add 'url' to the article if you know it")


def _warc_captures(path: Path) -> list[Capture]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    from ..schema import printable

    data = path.read_bytes()
    damage = _gzip_damage(data) if data[:2] == b"\x1f\x8b" else None
    captures = []
    number = 0
    try:
        with path.open("rb") as stream:
            for number, record in enumerate(ArchiveIterator(stream), start=1):
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                status = record.http_headers.get_statuscode()
                content_type = record.http_headers.get_header("Content-Type") or ""
                if status != "200" or "html" not in content_type.lower():
                    continue
                payload = record.content_stream().read()
                problems: list[str] = []
                missing = getattr(record.raw_stream, "limit", 0) or 0
                if missing > 0:
                    problems.append(f"the WARC record is cut short: {missing} of its bytes are "
                                    "missing, so the page's text ends early; capture it again")
                charset = re.search(r"charset=([A-Za-z0-9_-]+)", content_type)
                text, encoding = decode_html(payload, charset.group(1) if charset else None,
                                             problems, _language_of)
                url, note = _record_address(record.rec_headers.get_header("WARC-Target-URI"))
                if note:
                    problems.append(note)
                captures.append(Capture(
                    path, "html", _normalise(text), encoding, payload, url=url,
                    label=f"{path.name}#{number}", record=number,
                    retrieved=_iso_minutes(record.rec_headers.get_header("WARC-Date")),
                    problems=problems,
                ))
    except (ArchiveLoadFailed, OSError, ValueError, EOFError) as exc:
        # warcio quotes the bytes it could not read: never shown, they may be binary
        reason = damage or ("it does not start with a WARC record" if isinstance(
            exc, ArchiveLoadFailed) else printable(str(exc), 160))
        if not captures:
            raise UnsupportedCapture(f"not a readable WARC file ({reason}); check the file"
                                     ) from None
        damage = reason
    if damage and captures:
        raise DamagedFile(f"the file is damaged after record {number} ({damage}); the "
                          f"{len(captures)} intact page{'s' if len(captures) != 1 else ''} "
                          "before the damage were ingested; the rest are lost: capture them "
                          "again", captures)
    if damage:
        raise UnsupportedCapture(f"not a readable WARC file ({damage}); check the file")
    if not captures:
        raise UnsupportedCapture("the WARC file holds no HTML page answered with status 200")
    return captures
