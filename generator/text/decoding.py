"""Bytes of unknown encoding to text.

BOMs first, then strict UTF-8, then UTF-8 with a few stray Windows-1252 bytes, then a
statistical guess (``charset_normalizer``), checked for Latin pages against the letters their
language writes; mojibake (UTF-8 read as cp1252) is repaired. Whatever could not be read
cleanly is described in ``problems``, so ingest can flag the article.
"""

from __future__ import annotations

import codecs
import re
import zlib
from collections.abc import Callable

LanguageGuess = Callable[[str], "str | None"]
"""Names the language of a text (a BCP 47 tag), or None when it cannot tell."""


def _cp1252_for_stray_bytes(error: UnicodeDecodeError) -> tuple[str, int]:
    """Codec error handler: a byte that is not UTF-8 read as cp1252 (Latin-1 where cp1252
    has no character), for pages that mix the two."""
    bad = error.object[error.start:error.end]
    return bad.decode("cp1252", errors="ignore") or bad.decode("latin-1"), error.end


codecs.register_error("archive-cp1252", _cp1252_for_stray_bytes)


def _mixed_utf8(data: bytes) -> tuple[str, int] | None:
    """Text that is UTF-8 but for a few stray bytes (a page pasted together from two
    encodings): the text with those bytes read as cp1252, and how many there were; None when
    the bytes are not mostly UTF-8."""
    utf8_sequences = len(re.findall(rb"[\xc2-\xf4][\x80-\xbf]+", data))
    stray = 0
    position = 0
    while True:
        try:
            data[position:].decode("utf-8")
            break
        except UnicodeDecodeError as exc:
            stray += exc.end - exc.start
            position += exc.end
        if stray > 64:
            return None
    if utf8_sequences < 4 * stray:
        return None
    return data.decode("utf-8", errors="archive-cp1252"), stray


def decode(data: bytes, problems: list[str] | None = None,
           language_of: LanguageGuess | None = None) -> tuple[str, str]:
    """Decode bytes of unknown encoding; return the text and the encoding used. What could
    not be read cleanly (replaced bytes, a mixed encoding repaired) is added to ``problems``.
    ``language_of`` names the language of a text; it picks among the Latin single-byte
    codecs by the letters that language writes."""
    problems = problems if problems is not None else []
    if data.startswith(b"\xef\xbb\xbf"):
        return _replaced(data[3:], "utf-8", problems), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _replaced(data, "utf-16", problems), "utf-16"
    try:
        text, encoding = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        mixed = _mixed_utf8(data)
        if mixed is not None:
            text, stray = mixed
            problems.append(f"{stray} byte{'s' if stray != 1 else ''} in it were not UTF-8 "
                            "(a page of mixed encodings) and were read as Windows-1252")
            return _repair_mojibake(text, problems), "utf-8 (mixed with windows-1252)"
        pasted = _utf8_and_another(data, language_of)
        if pasted is not None:
            text, other, count = pasted
            problems.append(f"{count} of its lines were not UTF-8 but {other} (a page pasted "
                            "together from two encodings); each line was read in its own")
            return _repair_mojibake(text, problems), f"utf-8 and {other}"
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            return _replaced(data, "utf-8", problems), "utf-8 (with replacements)"
        text, encoding = str(best), best.encoding
        if encoding in _LATIN_CODECS and language_of is not None:
            text, encoding = _latin_by_letters(data, text, encoding, language_of)
    return _repair_mojibake(text, problems), encoding


def _utf8_and_another(data: bytes, language_of: LanguageGuess | None
                      ) -> tuple[str, str, int] | None:
    """A text pasted together from UTF-8 and one other encoding, line by line: UTF-8 lines
    read as UTF-8, the others in the encoding that fits them all (detected on them alone, and
    for Latin pages checked against their language's letters). None when most of the text is
    not UTF-8, or its other lines fit no single encoding."""
    lines = data.split(b"\n")
    foreign = []
    utf8_weight = 0
    for number, line in enumerate(lines):
        try:
            line.decode("utf-8")
            utf8_weight += len(re.findall(rb"[\xc2-\xf4][\x80-\xbf]+", line))
        except UnicodeDecodeError:
            foreign.append(number)
    if not foreign or utf8_weight < 8:  # not UTF-8 with some lines of another encoding
        return None
    from charset_normalizer import from_bytes

    rest = b"\n".join(lines[number] for number in foreign)
    best = from_bytes(rest).best()
    if best is None:
        return None
    text, other = str(best), best.encoding
    if other in _LATIN_CODECS and language_of is not None:
        # the lines read well tell the page's language, and so its letters
        readable = b"\n".join(line for number, line in enumerate(lines)
                               if number not in set(foreign)).decode("utf-8")
        text, other = _latin_by_letters(rest, text, other, language_of, language_of(readable))
    try:
        decoded = {number: lines[number].decode(other) for number in foreign}
    except (UnicodeDecodeError, LookupError):
        return None
    joined = b"\n".join(b"" if number in decoded else line for number, line in enumerate(lines))
    parts = joined.decode("utf-8").split("\n")
    for number, line in decoded.items():
        parts[number] = line
    return "\n".join(parts), other, len(foreign)


def _replaced(data: bytes, codec: str, problems: list[str]) -> str:
    """``data`` decoded, any byte that is not text in ``codec`` replaced (and counted)."""
    text = data.decode(codec, errors="replace")
    replaced = text.count("\ufffd") - data.decode(codec, errors="ignore").count("\ufffd")
    if replaced:
        problems.append(f"{replaced} byte sequence{'s' if replaced != 1 else ''} could not be "
                        f"read as {codec} and {'are' if replaced != 1 else 'is'} shown as �")
    return text


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


def _latin_by_letters(data: bytes, text: str, encoding: str, language_of: LanguageGuess,
                      language: str | None = None) -> tuple[str, str]:
    """Among the Latin codecs that decode ``data``, the one whose letters beyond ASCII are
    the letters of the page's language (``language``, else told from its ASCII words); the
    detector's choice when none does better."""
    if language is None:
        ascii_words = " ".join(w for w in text.split() if w.isascii())
        language = language_of(ascii_words) if len(ascii_words) > 200 else None
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


def _repair_mojibake(text: str, problems: list[str] | None = None) -> str:
    """Undo UTF-8 read as Latin-1/cp1252 ("Ã¼" for "ü", "Ø§" for "ا") when that is clearly it."""
    markers = sum(text.count(m) for m in ("Ã", "Ø", "Ù", "Ð", "Ñ", "Ä±", "Å"))
    if markers < 3:
        return text
    for codec in ("cp1252", "latin-1"):
        try:
            repaired = text.encode(codec).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if problems is not None:
            problems.append(f"its text was UTF-8 read as {codec} (mojibake such as 'Ã¼' for "
                            "'ü') and was repaired")
        return repaired
    return text


def html_charset(data: bytes, declared: str | None = None) -> str | None:
    """The charset an HTTP header or the page's own <meta> declares."""
    if declared:
        return declared
    found = re.search(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_-]+)", data[:4096], re.IGNORECASE)
    return found.group(1).decode("ascii") if found else None


def decode_html(data: bytes, declared: str | None = None, problems: list[str] | None = None,
                language_of: LanguageGuess | None = None) -> tuple[str, str]:
    """Decode an HTML page: BOM, then the declared charset, then detection. A declared
    charset that the bytes are not in is reported in ``problems``."""
    problems = problems if problems is not None else []
    charset = html_charset(data, declared)
    if charset and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")) and \
            _single_byte(charset) and _plainly_utf8(data):
        # bytes in another single-byte charset are never valid UTF-8 by chance, page-long
        problems.append(f"it declares the charset '{charset[:40]}', but its bytes are UTF-8; "
                        "read as UTF-8")
        return _repair_mojibake(data.decode("utf-8"), problems), "utf-8"
    if charset and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        try:
            return _repair_mojibake(data.decode(charset), problems), charset.lower()
        except LookupError:
            problems.append(f"it declares the charset '{charset[:40]}', which does not exist; "
                            "its encoding was detected instead")
        except UnicodeDecodeError:
            text, encoding = decode(data, problems, language_of)
            problems.append(f"it declares the charset '{charset[:40]}', but its bytes are not "
                            f"in it; read as {encoding}")
            return text, encoding
    return decode(data, problems, language_of)


def _single_byte(charset: str) -> bool:
    """Whether ``charset`` is an existing encoding of one byte a character (windows-1251,
    iso-8859-9, koi8-r...)."""
    try:
        name = codecs.lookup(charset).name
    except LookupError:
        return False
    return name.startswith(("cp", "iso8859", "latin", "koi8", "mac", "windows", "tis")) and \
        name not in ("cp932", "cp936", "cp949", "cp950")


def _plainly_utf8(data: bytes) -> bool:
    """Bytes that are valid UTF-8 and hold enough multi-byte characters to say so."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return len(re.findall(rb"[\xc2-\xf4][\x80-\xbf]+", data)) >= 8


MAX_UNCOMPRESSED = 256 << 20
"""Largest page a compressed capture may unpack to (a gzip bomb stops here)."""


def gunzip(data: bytes) -> bytes | None:
    reader = zlib.decompressobj(wbits=31)
    try:
        inner = reader.decompress(data, MAX_UNCOMPRESSED)
    except zlib.error:
        return None
    return None if reader.unconsumed_tail else inner  # a tail left: larger than the bound


def capture_text(data: bytes) -> str:
    """The text of a kept raw capture, as the capture page shows it: unpacked when it came
    compressed, decoded whatever its encoding."""
    if data[:2] == b"\x1f\x8b":
        data = gunzip(data) or b""
    return decode(data)[0]
