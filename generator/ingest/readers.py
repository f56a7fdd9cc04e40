"""Read raw captures: detect the kind of input and decode its text.

One reader per input kind, chosen by extension and then by content sniffing. Text is decoded
from whatever encoding it came in (BOMs first, then strict UTF-8, then a statistical guess),
repaired when it is mojibake, and normalised to NFC; letters are otherwise kept as they are.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path


class UnsupportedCapture(Exception):
    """The file is of a kind ingest cannot read; the message says what to do."""


@dataclass
class Capture:
    path: Path
    kind: str
    text: str
    encoding: str


TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
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
    return _repair_mojibake(text), encoding


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


def read_capture(path: Path) -> Capture:
    """Read one raw capture; raise UnsupportedCapture for kinds not handled yet."""
    data = path.read_bytes()
    if not data.strip():
        raise UnsupportedCapture("the file is empty; capture the page again")
    suffix = path.suffix.lower()
    head = data[:512].lstrip().lower()
    if suffix in WARC_SUFFIXES or head.startswith(b"warc/"):
        raise UnsupportedCapture(
            "WARC captures are not supported yet; save the page as text and ingest that file"
        )
    if suffix in HTML_SUFFIXES or head.startswith((b"<!doctype html", b"<html")):
        raise UnsupportedCapture(
            "HTML captures are not supported yet; save the page as text (select all, copy, "
            "paste into a .txt file) and ingest that file"
        )
    text, encoding = decode(data)
    if "\x00" in text:
        raise UnsupportedCapture("the file is binary, not a text capture; check the file")
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return Capture(path, "text", text, encoding)
