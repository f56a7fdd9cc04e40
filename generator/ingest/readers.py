"""Read raw captures: detect the kind of input and decode its text.

One reader per input kind, chosen by extension and then by content sniffing. Text is decoded
from whatever encoding it came in (BOMs first, then strict UTF-8, then a statistical guess),
repaired when it is mojibake, and normalised to NFC; letters are otherwise kept as they are.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path


class UnsupportedCapture(Exception):
    """The file is of a kind ingest cannot read; the message says what to do."""


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


HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".mhtml"}
WARC_SUFFIXES = {".warc", ".gz", ".arc"}


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes of unknown encoding; return the text and the encoding used."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    try:
        text, encoding = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            return data.decode("utf-8", errors="replace"), "utf-8 (with replacements)"
        text, encoding = str(best), best.encoding
        if encoding in _LATIN_CODECS:
            text, encoding = _latin_by_letters(data, text, encoding)
    return _repair_mojibake(text), encoding


# Single-byte codecs for Latin-script pages: bytes above 0x7f mean different letters in each
# ("ñ" in cp1252 is "ń" in cp1250), and a detector that sees few of them often picks wrong.
_LATIN_CODECS = ("cp1252", "cp1250", "cp1254", "cp1257", "latin_1", "iso8859_2", "iso8859_9",
                 "iso8859_15", "iso8859_13", "mac_roman")
# The letters beyond ASCII each language writes (lower case).
_LETTERS = {
    "es": "áéíóúüñ", "pt": "áâãàçéêíóôõú", "fr": "àâæçéèêëîïôœùûüÿ", "it": "àèéìíòóù",
    "de": "äöüß", "nl": "éëïóöü", "ca": "àçèéíïòóúü", "sv": "åäöé", "da": "æøåé", "no": "æøåé",
    "fi": "äöå", "pl": "ąćęłńóśźż", "cs": "áčďéěíňóřšťúůýž", "sk": "áäčďéíĺľňóôŕšťúýž",
    "hu": "áéíóöőúüű", "ro": "ăâîșțşţ", "hr": "čćđšž", "sl": "čšž", "bs": "čćđšž", "sr": "čćđšž",
    "tr": "çğıöşüâî", "az": "çəğıöşü", "lt": "ąčęėįšųūž", "lv": "āčēģīķļņšūž", "et": "äöõüšž",
    "sq": "çë", "is": "áðéíóúýþæö",
}


def _latin_by_letters(data: bytes, text: str, encoding: str) -> tuple[str, str]:
    """Among the Latin codecs that decode ``data``, the one whose letters beyond ASCII are
    the letters of the page's language; the detector's choice when none does better."""
    from .detect import detect_language

    ascii_words = " ".join(w for w in text.split() if w.isascii())
    language = detect_language(ascii_words) if len(ascii_words) > 200 else None
    letters = _LETTERS.get((language or "").split("-")[0])
    if not letters:
        return text, encoding

    def fit(candidate: str) -> float:
        found = [c for c in candidate.lower() if ord(c) > 127 and c.isalpha()]
        return sum(c in letters for c in found) / len(found) if found else 1.0

    best_text, best_encoding, best_fit = text, encoding, fit(text)
    for codec in ("cp1252", "cp1250", "cp1254", "cp1257", "iso8859_15"):
        try:
            candidate = data.decode(codec)
        except UnicodeDecodeError:
            continue
        score = fit(candidate)
        if score > best_fit:
            best_text, best_encoding, best_fit = candidate, codec, score
    return best_text, best_encoding


def _repair_mojibake(text: str) -> str:
    """Undo UTF-8 read as Latin-1/cp1252 ("Ã¼" for "ü", "Ø§" for "ا") when that is clearly it."""
    markers = sum(text.count(m) for m in ("Ã", "Ø", "Ù", "Ð", "Ñ", "Ä±", "Å"))
    if markers < 3:
        return text
    for codec in ("cp1252", "latin-1"):
        try:
            repaired = text.encode(codec).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        return repaired
    return text


def _is_html(data: bytes, suffix: str) -> bool:
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return suffix in HTML_SUFFIXES or head.startswith((b"<!doctype html", b"<html", b"<?xml"))


def _html_charset(data: bytes, declared: str | None = None) -> str | None:
    """The charset an HTTP header or the page's own <meta> declares."""
    if declared:
        return declared
    found = re.search(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_-]+)", data[:4096], re.IGNORECASE)
    return found.group(1).decode("ascii") if found else None


def decode_html(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode an HTML page: BOM, then the declared charset, then detection."""
    charset = _html_charset(data, declared)
    if charset and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        try:
            return _repair_mojibake(data.decode(charset)), charset.lower()
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(data)


def read_captures(path: Path) -> list[Capture]:
    """The captures in one file: one for a text dump or an HTML page, one per HTML response
    of a WARC file. Raises UnsupportedCapture with what to do when the file is unusable."""
    data = path.read_bytes()
    if not data.strip():
        raise UnsupportedCapture("the file is empty; capture the page again")
    suffix = path.suffix.lower()
    if suffix in WARC_SUFFIXES or data[:4] == b"WARC" or data[:2] == b"\x1f\x8b":
        return _warc_captures(path)
    if _is_html(data, suffix):
        text, encoding = decode_html(data)
        return [Capture(path, "html", _normalise(text), encoding, data, label=path.name)]
    text, encoding = decode(data)
    if "\x00" in text:
        raise UnsupportedCapture("the file is binary, not a text capture; check the file")
    return [Capture(path, "text", _normalise(text), encoding, data, label=path.name)]


def _normalise(text: str) -> str:
    return unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")


def _iso_minutes(value: str | None) -> str | None:
    """``2024-03-18T10:15:02Z`` -> ``2024-03-18T10:15`` (UTC)."""
    match = re.match(r"(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})", value or "")
    return f"{match.group(1)}T{match.group(2)}" if match else None


def _warc_captures(path: Path) -> list[Capture]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    captures = []
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
                charset = re.search(r"charset=([A-Za-z0-9_-]+)", content_type)
                text, encoding = decode_html(payload, charset.group(1) if charset else None)
                captures.append(Capture(
                    path, "html", _normalise(text), encoding, payload,
                    url=record.rec_headers.get_header("WARC-Target-URI"),
                    label=f"{path.name}#{number}", record=number,
                    retrieved=_iso_minutes(record.rec_headers.get_header("WARC-Date")),
                ))
    except (ArchiveLoadFailed, OSError, ValueError) as exc:
        raise UnsupportedCapture(f"not a readable WARC file ({exc}); check the file") from exc
    if not captures:
        raise UnsupportedCapture("the WARC file holds no HTML page answered with status 200")
    return captures
