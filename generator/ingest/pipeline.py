"""Ingest: raw captures in, article files out, curator's work untouched.

For each capture: hash it, keep a copy under ``content/raw/``, decode, detect the language,
clean, date it, attribute it to an outlet, and write ``content/articles/<name>.md``.

Ownership. Ingest owns the fields in ``MACHINE_FIELDS`` and the body; the curator owns the
rest. Each article records what ingest detected last (``machine.detected`` and
``machine.body_sha256``); on re-ingest a machine field whose value differs from that record was
corrected by the curator and is kept, and so is a body the curator edited.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from enum import StrEnum
from itertools import repeat
from pathlib import Path
from typing import Any

from slugify import slugify
from text_unidecode import unidecode

from ..content import load_profiles
from ..entities import romanised
from ..frontmatter import (
    Document,
    FrontMatterError,
    dump_yaml,
    read_document,
)
from ..fsutil import write_atomic, write_if_changed
from ..problems import Problems
from ..reuse.keys import sha256_bytes, sha256_file, sha256_text
from ..schema import (
    Outlet,
    address_problem,
    corrected,
    iso_date_or_time,
    printable,
)
from ..store import MACHINE_FIELDS, load_registry, render_article
from ..text import body as body_format
from ..text.dates import DateMention, find_dates
from ..text.fold import fold
from ..text.languages import UNDETERMINED
from ..text.moments import iso_day
from ..text.passages import locate
from . import detect
from .cleaning import (
    CLEANER_VERSION,
    Block,
    CleanResult,
    Removed,
    TemplateKeys,
    clean_text,
    normalise_line,
    site_template,
    template_keys,
)
from .headline import title_key
from .html import HtmlExtract, extract_html, headline_of
from .readers import Capture, DamagedFile, UnsupportedCapture, decode, read_captures
from .story import tokens

_URL_LINE = re.compile(r"^url:\s*['\"]?(https?://[^'\"\s]+)", re.MULTILINE)
_RAW_HASH = re.compile(r"^raw_sha256:\s*['\"]?([0-9a-f]{64})", re.MULTILINE)
PROVENANCE_FOLDER = "provenance"
SHORT_WORDS = 40
"""A capture with less story text than this is ingested and flagged short."""


class Status(StrEnum):
    """What happened to one capture."""

    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    ANOTHER_CAPTURE = "another capture"
    """A new capture of an address the archive holds, kept beside its article."""
    FAILED = "failed"


@dataclass
class Outcome:
    """What happened to one capture."""

    source: Path
    status: Status
    article: Path | None = None
    message: str = ""
    removed: list[Removed] = field(default_factory=list)
    changes: list[str] = field(default_factory=list)
    label: str = ""
    """The capture's name: the file's, or ``crawl.warc.gz#3`` for a WARC record."""
    found: dict[str, Any] = field(default_factory=dict)
    """What ingest detected in the capture (title, language, date and its source, outlet...)
    and ``flags``: what a curator should check."""


def _flags(detected: dict[str, Any], body: str, problems: list[str]) -> list[str]:
    """What a curator should check in what ingest detected, in a few words each."""
    flags = []
    if detected.get("title_derived"):
        flags.append("title derived")
    elif detected.get("title_uncertain"):
        flags.append("title uncertain")
    if detected.get("language") == UNDETERMINED:
        flags.append("language undetermined")
    if not detected.get("published") and detected.get("published_text"):
        flags.append(f"no date (printed '{detected['published_text']}')")
    elif not detected.get("published"):
        flags.append("no date")
    elif detected.get("published_uncertain"):
        flags.append("date uncertain")
    if not detected.get("outlet"):
        flags.append("no outlet")
    if len(tokens(body)) < SHORT_WORDS:
        flags.append("short")
    if problems:
        flags.append("capture problems")
    return flags


def _stale_quotes(annotations: list, body: str, before: str | None = None) -> list[str]:
    """Quotes of curator notes (an article's ``annotations`` as read) that find their passage
    now (in ``before``, when given) and would not find it in ``body``."""
    stale = []
    for note in annotations or []:
        if not isinstance(note, dict) or not note.get("quote"):
            continue
        quote, prefix, suffix = str(note["quote"]), note.get("prefix"), note.get("suffix")
        if before is not None and len(locate(before, quote, prefix, suffix)) != 1:
            continue  # already stale: check reports it
        if len(locate(body, quote, prefix, suffix)) != 1:
            stale.append(quote[:60])
    return stale


def _paragraph_difference(current: str, new: str) -> dict[str, int]:
    """How two bodies differ, in paragraphs: those only in the new one, only in the current."""
    def paragraphs(text: str) -> set[str]:
        return {" ".join(p.raw.split()) for p in body_format.paragraphs(text)}

    old, fresh = paragraphs(current), paragraphs(new)
    return {"added": len(fresh - old), "removed": len(old - fresh)}


def _title_slug(title: str, digest: str) -> str:
    """A readable file-name part: the title transliterated into Latin letters, whatever its
    script ("putin-i-aliev-proveli-peregovory", "bwtyn-yltqy-lyyf"), its first words up to 48
    characters; the capture's hash prefix when nothing is left of it."""
    slug = slugify(romanised(title),
                   replacements=[["Ə", "E"], ["ə", "e"], ["ı", "i"], ["İ", "I"],
                                 ["Ә", "A"], ["ә", "a"]])  # (schwas the transliteration drops)
    kept: list[str] = []
    for word in slug.split("-"):  # (not the words that fit after one that does not)
        if len("-".join([*kept, word])) > 48:
            break
        kept.append(word)
    slug = "-".join(kept) or slug[:48].strip("-")
    return slug or digest[:10] or "article"


def _apply_page_metadata(result: CleanResult, extract: HtmlExtract, url: str | None) -> None:
    """Fill what the text did not say from the page's metadata (title, author, date).

    The headline is the page's stated one (its ``<h1>``, or its title without the site's
    name), not a line the text cleaner picked; a dateline found in the text wins over the
    stated date: it carries the time and the date as printed.
    """
    title = headline_of(extract, url)
    if title:
        result.title, result.title_derived, result.title_uncertain = title, False, False
        _drop_repeated_headline(result)
    _standfirst_as_paragraph(result, extract.standfirst)
    if extract.standfirst:
        lead = " ".join(extract.standfirst.split())
        text = " ".join(" ".join(block.text for block in result.blocks).split())
        if lead not in text and lead != " ".join((result.title or "").split()):
            result.standfirst = lead  # the extractor left it out: its own field
    if extract.author and not result.author:
        result.author = extract.author
    if extract.keywords and not result.keywords:
        result.keywords = list(extract.keywords)
    stated = _stated_moment(extract.published_time)
    if stated is not None:
        # the page's metadata states the moment with its offset: a dateline of that day (and
        # time, if it prints one) keeps what it printed and gains the offset
        local, offset = stated
        # what the page prints wins; the metadata's statement wins over the address's date
        # (a date the page gives as "today, 10:05" is worked out from when it was saved: the
        # metadata's statement is surer)
        printed = result.published if result.published_source == "printed" \
            and not result.published_relative else None
        if printed is None:
            result.published = DateMention(local.date(), local.strftime("%H:%M"), "gregorian",
                                           extract.published_time, 0, 0, offset)
            result.published_text = None
            result.published_source = "metadata"
            result.published_uncertain = False
        elif printed.value == local.date() and printed.time in (None, local.strftime("%H:%M")):
            result.published = replace(printed, time=local.strftime("%H:%M"), offset=offset)
            result.published_uncertain = False  # the page's metadata says the same
    if extract.date and result.published_source != "printed" and stated is None:
        try:
            day = date.fromisoformat(extract.date[:10])
        except ValueError:
            return
        result.published = DateMention(day, None, "gregorian", extract.date[:10], 0, 0)
        result.published_text = None
        result.published_source = "metadata"
        result.published_uncertain = False


def _date_from_whole_page(result: CleanResult, extract: HtmlExtract, language: str | None,
                          url: str | None, retrieved: str | None) -> None:
    """A page whose story region, metadata and address give no date may print it elsewhere
    (a header block above the headline, a sidebar beside it, its title bar): the page's
    visible text is read as a saved page's text is, and the date the date model picks there
    is taken, flagged as that model flags it."""
    whole = clean_text("\n".join(extract.page_lines), language=language, url=url,
                       extracted=False, retrieved=retrieved) if extract.page_lines else None
    if whole is None or whole.published is None or whole.published_source != "printed":
        # nothing on the page either: the title bar may print the day ("… - 07.12.2017 -
        # LA NACION"); one date there, and only one, is the page's
        found = find_dates(extract.document_title) if extract.document_title else []
        if len(found) == 1:
            result.published, result.published_text = found[0], found[0].text
            result.published_source, result.published_uncertain = "printed", False
        return
    result.published, result.published_text = whole.published, whole.published_text
    result.published_source = "printed"
    result.published_uncertain = whole.published_uncertain
    if result.updated is None:
        result.updated = whole.updated


def _apply_stated_update(result: CleanResult, extract: HtmlExtract) -> None:
    """The last update the page's metadata states, when the text printed none and it is not
    the publication itself."""
    if not extract.updated or result.updated is not None:
        return
    stated = _stated_moment(extract.updated)
    if stated is not None:
        local, offset = stated
        updated = DateMention(local.date(), local.strftime("%H:%M"), "gregorian",
                              extract.updated, 0, 0, offset)
    else:
        try:
            day = date.fromisoformat(extract.updated[:10])
        except ValueError:
            return
        updated = DateMention(day, None, "gregorian", extract.updated[:10], 0, 0)
    published = result.published
    if published is None or (updated.value, updated.time) != (published.value, published.time):
        result.updated = updated


def _drop_repeated_headline(result: CleanResult) -> None:
    """The headline printed again at the top of the text (the page's ``<h1>`` inside the
    story's region) is removed, and recorded as removed."""
    key = title_key(result.title)
    for block in list(result.blocks[:3]):
        text = block.text[3:] if block.text.startswith("## ") else block.text
        if title_key(text) == key:
            result.blocks.remove(block)
            number = block.line.number if block.line else 0
            result.removed.append(Removed(number, block.text, "repeated headline"))
            result.removed.sort(key=lambda removed: removed.line)
            return


def _standfirst_as_paragraph(result: CleanResult, marked: str | None = None) -> None:
    """A standfirst marked up as a heading above the story's first paragraph (a sentence, or
    six words and more: agencies print their decks without a full stop; or the one the page
    marks up as its standfirst, ``marked``) stays a paragraph, not a subheading."""
    marked = " ".join(marked.split()) if marked else None
    for block in result.blocks:
        marker = block.text.startswith("## ")
        if not marker and block.kind != "h":
            return
        words = block.text[3:].strip() if marker else block.text.strip()
        if len(words.split()) >= 6 or words.rstrip("\"'”’»)").endswith((".", "!", "?", "…")) \
                or " ".join(words.split()) == marked:
            block.text, block.kind = words, "p"


def _stated_moment(value: str | None) -> tuple[datetime, str] | None:
    """(local time, "+03:30") of a stated publication moment."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.utcoffset() is None:
        return None
    offset = moment.strftime("%z")
    return moment, f"{offset[:3]}:{offset[3:]}"


LEFT_BY_EXTRACTOR = "left out by the HTML extractor (outside the story's region)"


def _account_for_extraction(result: CleanResult, extract: HtmlExtract) -> None:
    """Nothing of an HTML page is lost silently: what the extractor left out of the story's
    region is recorded line by line; a lead paragraph just above the region, and a dateline
    near the headline, are taken back."""
    def key(text: str) -> str:
        return " ".join(normalise_line(re.sub(r"^(?:#+|-)\s+", "", text)).casefold().split())

    read = " \n ".join(key(text) for _, text in result.lines)
    page = [(line, key(line)) for line in extract.page_lines]
    accounted = [bool(k) and (k in read) for _, k in page]
    first_kept = key(result.blocks[0].text) if result.blocks else None
    start = next((i for i, (_, k) in enumerate(page) if first_kept and k == first_kept), None)
    restored: set[int] = set()
    dateline = None
    if start is not None:
        for i in range(start - 1, max(start - 4, -1), -1):
            text, k = page[i]
            words = len(text.split())
            if accounted[i] or words < 8 or text.rstrip()[-1:] not in ".!?؟…。।։۔።":
                continue
            result.blocks.insert(0, Block("p", normalise_line(text)))
            restored.add(i)
            break
    if result.published is None and result.title:
        title = key(result.title)
        at = next((i for i, (_, k) in enumerate(page) if k == title), None)
        for i in range(at - 4 if at else 0, (at + 5) if at is not None else 0):
            if 0 <= i < len(page) and len(page[i][0].split()) <= 12:
                found = find_dates(page[i][0])
                if found:
                    result.published, result.published_text = found[0], found[0].text
                    result.published_source = "printed"
                    dateline = i
                    break
    number = max((n for n, _ in result.lines), default=0)
    for i, (text, _) in enumerate(page):
        if accounted[i]:
            continue
        number += 1
        result.lines.append((number, text))
        if i == dateline:
            result.removed.append(Removed(number, text, "dateline"))
        elif i not in restored:
            result.removed.append(Removed(number, text, LEFT_BY_EXTRACTOR))


class _BrokenArticle(Exception):
    def __init__(self, path: Path, error: FrontMatterError):
        line = f" (line {error.line})" if error.line else ""
        super().__init__(f"the article {path.name} has a broken header{line}: {error.message}; "
                         "fix it (python -m generator check shows where) and ingest again")
        self.path = path


class ManifestError(Exception):
    pass


@dataclass
class Manifest:
    """What a manifest says: the address of each capture, and the rows it refused."""

    urls: dict[str, str | None] = field(default_factory=dict)
    refused: dict[str, str] = field(default_factory=dict)
    """File name -> why its row was refused (``manifest.csv:LINE: ...``); that capture is not
    ingested, the rest of the batch is."""
    notes: list[str] = field(default_factory=list)
    """Rows that name no capture to refuse (an empty file column): reported, nothing else."""
    seen: dict[str, str] = field(default_factory=dict)
    """File name -> when its page was seen (the optional ``retrieved`` column, ISO 8601)."""


def read_manifest(path: Path) -> Manifest:
    """``file,url`` rows (and, optionally, ``retrieved``: when the page was saved), in any
    text encoding. A bad row is refused with its line number and the others stand; a file
    that is no CSV text raises ManifestError."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ManifestError(f"{path}: cannot be read ({exc.strerror})") from exc
    if b"\x00" in data[:65536]:
        raise ManifestError(f"{path}: is binary, not a CSV text file; give the manifest "
                            "(columns file,url) as text")
    text, _ = decode(data)
    if sum(1 for ch in text if ch in "\ufffd" or (ord(ch) < 32 and ch not in "\t\r\n")) > \
            max(3, len(text) // 100):
        raise ManifestError(f"{path}: is not a CSV text file (its bytes decode as no text "
                            "encoding); give the manifest (columns file,url) as text")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        fields = reader.fieldnames
    except csv.Error as exc:
        raise ManifestError(f"{path}:1: the header cannot be read as CSV ({exc})") from exc
    if not fields or not {"file", "url"} <= {(f or "").strip().lower() for f in fields}:
        raise ManifestError(f"{path}:1: the manifest needs the columns 'file,url'; found "
                            f"{printable(','.join(f or '' for f in fields or []), 80)!r}")
    reader.fieldnames = [(f or "").strip().lower() for f in fields]
    manifest = Manifest()
    rows = iter(reader)
    while True:
        try:
            row = next(rows)
        except StopIteration:
            break
        except csv.Error as exc:
            manifest.notes.append(f"{path}:{reader.line_num}: the row cannot be read as CSV "
                                  f"({exc}); fix it")
            continue
        where = f"{path}:{reader.line_num}"
        name = (row.get("file") or "").strip()
        url = (row.get("url") or "").strip() or None
        if not name:
            manifest.notes.append(f"{where}: the 'file' column is empty; the row is skipped")
            continue
        problem = address_problem(url) if url else None
        if problem:
            manifest.refused[name] = (f"{where}: {problem}; the capture is not ingested: fix "
                                      "the address or leave it empty, then ingest it again")
            continue
        seen = (row.get("retrieved") or "").strip() or None
        if seen:
            try:
                manifest.seen[name] = iso_date_or_time(seen)
            except ValueError as exc:
                manifest.refused[name] = (f"{where}: retrieved: {exc}; the capture is not "
                                          "ingested: fix it or leave it empty, then ingest "
                                          "it again")
                continue
        if name in manifest.urls and manifest.urls[name] != url:
            manifest.refused[name] = (f"{where}: '{printable(name, 80)}' is listed twice with "
                                      "different addresses; keep one row")
            continue
        manifest.urls[name] = url
    for name in manifest.refused:
        manifest.urls.pop(name, None)
    return manifest


@dataclass
class Prepared:
    """A capture cleaned: everything ingest works out from the capture alone (and the site
    templates), before it looks at the archive. Made in a worker process when ingest runs on
    several cores; the one writer stores it."""

    given_url: str | None
    url: str | None
    extract: HtmlExtract | None
    result: CleanResult
    language: str
    body: str


MAX_CHARACTERS = 10_000_000
"""The most text one capture may hold (about 10 MB): a news page holds a few thousand
characters, an HTML page a few hundred thousand; more is many pages pasted together, which
ingest refuses (with what to do) rather than clean for minutes as one story."""


def prepare(capture: Capture, url: str | None, templates: dict[str, set[str]]) -> Prepared:
    """Clean one capture; raises UnsupportedCapture when it holds no story or no language."""
    if len(capture.text) > MAX_CHARACTERS:
        raise UnsupportedCapture(
            f"it holds {len(capture.text):,} characters of text, more than the "
            f"{MAX_CHARACTERS:,} ingest takes in one capture (many pages pasted together?); "
            "split it into one file per page and ingest those")
    given = url
    extract = None
    text = capture.text
    if capture.kind == "html":
        extract = extract_html(capture.text, url)
        text = extract.text
        url = url or extract.url
    language = detect.detect_language(text)
    template = (templates.get(detect.registrable_domain(detect.host_of(url)))
                if url and capture.kind == "text" else None)
    result = clean_text(text, language=language, url=url, template=template,
                        extracted=capture.kind == "html", retrieved=capture.retrieved)
    whole_page = False
    if not result.blocks and extract is not None and extract.page_lines:
        # the extractor found no story region (a story laid out in tables, say): the page's
        # visible text is cleaned as the text of a saved page is
        text = "\n".join(extract.page_lines)
        language = language or detect.detect_language(text)
        result = clean_text(text, language=language, url=url, extracted=False,
                            retrieved=capture.retrieved)
        whole_page = True
    if not result.blocks:
        raise UnsupportedCapture("no story text was found in it; check that it is a news page")
    if extract is not None:
        if not whole_page:
            _account_for_extraction(result, extract)
        _apply_page_metadata(result, extract, url)
        if result.published is None and result.published_relative is None and not whole_page:
            _date_from_whole_page(result, extract, language, url, capture.retrieved)
        _apply_stated_update(result, extract)
    body = result.body
    if language is None:  # the page's long lines did not tell: judge the story alone
        language = detect.detect_language(body)
    if language is None:  # kept, as undetermined: check asks the curator to say which
        language = UNDETERMINED
    return Prepared(given, url, extract, result, language, body)


def read_file(source: Path) -> tuple[list[Capture], str | None]:
    """The captures of one file and what is wrong with it, if anything: the whole file
    unusable (no captures), or damaged past its intact captures."""
    try:
        return read_captures(source), None
    except DamagedFile as exc:  # the intact records are ingested, the damage reported
        return exc.captures, str(exc)
    except UnsupportedCapture as exc:
        return [], str(exc)
    except OSError as exc:
        return [], f"cannot be read ({exc.strerror})"


def read_and_prepare(source: Path, url: str | None, templates: dict[str, set[str]],
                     addresses: dict[str, str], seen: str | None = None,
                     seen_by_hash: dict[str, str] | None = None
                     ) -> tuple[list[Capture], list, str | None]:
    """A worker's part of ingesting one file: its captures, each one's ``Prepared`` (or the
    UnsupportedCapture that refused it), and the file's own failure or damage message.
    ``addresses``: the address the archive recorded for each raw hash, as ingest began;
    ``seen``, ``seen_by_hash``: when the file's pages were seen (``see``)."""
    captures, damage = read_file(source)
    if not captures and damage:
        return [], [], damage
    prepared: list = []
    for capture in captures:
        see(capture, seen, seen_by_hash or {})
        given = capture.url or url
        if given is None:
            given = addresses.get(sha256_bytes(capture.raw))
        try:
            prepared.append(prepare(capture, given, templates))
        except UnsupportedCapture as exc:
            prepared.append(Refused(given, str(exc)))
        except Exception:  # noqa: BLE001 - the writer cleans it again and reports it
            prepared.append(None)
    return captures, prepared, damage


def see(capture: Capture, seen: str | None, seen_by_hash: dict[str, str]) -> None:
    """When the capture's page was seen, if the capture does not record it (a WARC record
    does): the time the curator gave for the file (``--retrieved``, a manifest's
    ``retrieved`` column), else the one the archive holds for the same bytes."""
    if not capture.retrieved:
        capture.retrieved = seen or seen_by_hash.get(sha256_bytes(capture.raw))


@dataclass
class _ByName:
    """A capture whose outlet (``furniture``: the lines it was told from, when it was the name
    the page prints) or credited outlet came from the outlets' names as known then."""

    source: Path
    url: str | None
    furniture: list[str] | None
    body: str
    outlet: str | None
    original: str | None


@dataclass
class Refused:
    """A capture a worker could not clean with the address it had in view."""

    given_url: str | None
    message: str


def _names(name: str) -> dict[str, str]:
    """An outlet's ``name`` in Latin letters, as the schema asks, with the name as printed in
    ``name_native`` when it is written in another script ("РИА Новости": "RIA Novosti")."""
    if all(unicodedata.name(ch, "").startswith("LATIN") for ch in name if ch.isalpha()):
        return {"name": name}
    latin = " ".join(unidecode(name).split())
    return {"name": latin or name, "name_native": name} if latin else {"name": name}


class Ingester:
    """Ingest captures into one content folder."""

    def __init__(self, content: Path, *, dry_run: bool = False, replace: bool = False,
                 allow_stale: bool = False):
        self.content = content
        self.dry_run = dry_run
        self.replace = replace
        """A new capture of an address the archive holds takes the article's text."""
        self.allow_stale = allow_stale
        """With ``replace``: write even when curator annotations would go stale."""
        self.articles_dir = content / "articles"
        self.raw_dir = content / "raw"
        self.outlets_dir = content / "outlets"
        self._by_hash: dict[str, Path] = {}
        self._by_url: dict[str, Path] = {}
        self._domains: dict[str, str] = {}
        self._names: dict[str, str] = {}  # folded outlet name -> id
        self._outlet_ids: set[str] = set()
        self._taken: set[Path] = set()  # article paths given out in this run (dry runs too)
        self._raw_of: dict[Path, str] = {}  # article -> its raw capture, for template evidence
        self._templates: dict[str, set[str]] = {}  # site -> its recurring lines
        self._named: list[_ByName] = []  # the captures whose outlets names decided
        self.seen: dict[Path, str] = {}
        """When the pages of a capture file were seen, by the file's path, as the curator
        gave it (``--retrieved``, a manifest's ``retrieved`` column): a date the page prints
        relative to that ("today, 18:06") is read with it."""
        self._seen_by_hash: dict[str, str] = {}  # raw hash -> the article's ``retrieved``
        self.origins: dict[Path, dict[str, Any]] = {}
        """Where a capture file was cut from a web crawl (``CrawlRecord``'s fields), by the
        file's path: recorded in its article as ``crawl_record``."""
        self.registry = load_registry(content)
        self._index()

    def _index(self) -> None:
        for path in sorted(self.articles_dir.glob("*.md")):
            try:
                meta = read_document(path).meta
            except (FrontMatterError, OSError, UnicodeDecodeError):
                # A broken header still says which capture it came from: re-ingesting that
                # capture must report the broken file, not create a duplicate beside it.
                text = path.read_text(encoding="utf-8", errors="replace")
                found = _RAW_HASH.search(text)
                if found:
                    self._by_hash.setdefault(found.group(1), path)
                address = _URL_LINE.search(text)  # nor a duplicate of its address
                if address:
                    self._by_url.setdefault(address.group(1), path)
                continue
            if meta.get("raw_sha256"):
                self._by_hash.setdefault(str(meta["raw_sha256"]), path)
                if meta.get("retrieved"):
                    self._seen_by_hash.setdefault(str(meta["raw_sha256"]),
                                                  str(meta["retrieved"]))
            if meta.get("url"):
                self._by_url.setdefault(str(meta["url"]), path)
            if meta.get("raw_file"):
                self._raw_of[path] = str(meta["raw_file"])
        # every file's id is taken, even one that does not validate (check reports it)
        self._outlet_ids |= {path.stem for path in self.outlets_dir.glob("*.y*ml")}
        outlets, _ = load_profiles(self.content, Problems())
        for outlet_id, entry in outlets.items():
            for domain in entry.meta.domains:
                self._domains[str(domain).lower()] = outlet_id
            for name in (entry.meta.name, entry.meta.name_native):
                if name:
                    self._names[" ".join(fold(str(name)).split())] = outlet_id

    # -- site templates -----------------------------------------------------------------
    def learn_templates(self, batch: list[tuple[Path, str | None]], per_site: int = 40) -> None:
        """Learn each site's recurring lines from the text dumps in ``batch`` and from the
        site's earlier captures in the archive (at most ``per_site`` pages a site)."""
        pages: dict[str, list[TemplateKeys]] = {}
        seen: set[str] = set()

        def add(path: Path, url: str | None) -> None:
            if not url or not path.is_file():
                return
            site = detect.registrable_domain(detect.host_of(url))
            if len(pages.setdefault(site, [])) >= per_site:
                return
            try:
                data = path.read_bytes()
            except OSError:
                return
            digest = sha256_bytes(data)
            if digest in seen or data[:4] == b"WARC" or data[:2] == b"\x1f\x8b":
                return
            seen.add(digest)
            text, _ = decode(data)
            if "<html" in text[:2000].lower():
                return
            pages[site].append(template_keys(text))

        for source, url in batch:
            add(source, url)
        # the archive's earlier captures, of the sites this batch holds only
        for url, article in self._by_url.items():
            raw = self._raw_of.get(article)
            if raw and detect.registrable_domain(detect.host_of(url)) in pages:
                add(self.content / raw, url)
        self._templates = {site: site_template(found) for site, found in pages.items()
                           if len(found) >= 2}

    # -- what an outlet made later in the batch changes --------------------------------
    def settle_names(self) -> list[Outcome]:
        """Ingest again the files of captures whose outlet, or the outlet they credit, the
        batch's later captures changed (an outlet first known by a page printed after theirs):
        so a batch comes out as it would a second time, and ingesting it again changes
        nothing. Returns their outcomes."""
        again: dict[Path, str | None] = {}
        for record in self._named:
            outlet = record.outlet
            if record.furniture is not None:
                known, _ = detect.outlet_from_page(record.furniture, self._names)
                outlet = known or outlet
            original = detect.attributed_outlet(record.body, self._names, outlet)
            if (outlet, original) != (record.outlet, record.original):
                again[record.source] = record.url
        self._named = []
        outcomes = []
        for source, url in again.items():
            outcomes += self.ingest_file(source, url)
        self._named = []
        return outcomes

    # -- one file, one capture ---------------------------------------------------------
    def ingest_file(self, source: Path, url: str | None) -> list[Outcome]:
        """Ingest every capture in ``source``; a failure is an outcome, never an exception."""
        captures, problem = read_file(source)
        if not captures and problem:
            return [Outcome(source, Status.FAILED, message=problem)]
        return self.store(source, url, captures, [None] * len(captures), problem)

    def ingest_files(self, batch: list[tuple[Path, str | None]], jobs: int = 1
                     ) -> Iterator[list[Outcome]]:
        """The outcomes of each file of ``batch``, in order. With ``jobs`` > 1, files are read
        and cleaned in that many worker processes while this one, the only writer, stores
        them in the batch's order: the archive comes out as a single process makes it."""
        if jobs <= 1 or len(batch) < 2 * jobs:
            for source, url in batch:
                yield self.ingest_file(source, url)
            return
        from ..reuse import workers

        url_of = {path: url for url, path in self._by_url.items()}
        addresses = {digest: url_of[path] for digest, path in self._by_hash.items()
                     if path in url_of}
        sources = [source for source, _ in batch]
        urls = [url for _, url in batch]
        with workers.pool(jobs, preload=(__name__,)) as pool:
            results = pool.map(read_and_prepare, sources, urls, repeat(self._templates),
                               repeat(addresses), [self.seen.get(path) for path in sources],
                               repeat(self._seen_by_hash), chunksize=2)
            for (source, url), (captures, prepared, problem) in zip(batch, results, strict=True):
                if not captures and problem:
                    yield [Outcome(source, Status.FAILED, message=problem)]
                else:
                    yield self.store(source, url, captures, prepared, problem)

    def store(self, source: Path, url: str | None, captures: list[Capture], prepared: list,
              damage: str | None = None) -> list[Outcome]:
        """Store the captures of one file (each ``Prepared`` already, a ``Refused``, or None
        to clean here); ``damage``: what was wrong with the file past its intact captures."""
        outcomes = []
        for capture, ready in zip(captures, prepared, strict=True):
            try:
                if isinstance(ready, Refused):
                    given = self.known_address(sha256_bytes(capture.raw), capture.url or url)
                    if ready.given_url == given:
                        raise UnsupportedCapture(ready.message)
                    ready = None  # refused with another address in view: clean it again
                outcome = self._ingest(capture, capture.url or url, ready)
                outcome.changes += [f"flagged: {problem}" for problem in capture.problems]
                outcomes.append(outcome)
            except UnsupportedCapture as exc:
                outcomes.append(Outcome(source, Status.FAILED, message=str(exc), label=capture.label))
            except _BrokenArticle as exc:
                outcomes.append(Outcome(source, Status.FAILED, exc.path, message=str(exc),
                                        label=capture.label))
            except OSError as exc:
                outcomes.append(Outcome(source, Status.FAILED, label=capture.label,
                                        message=f"cannot be written ({exc.strerror})"))
            except Exception as exc:  # noqa: BLE001 - one capture never stops the batch
                outcomes.append(Outcome(
                    source, Status.FAILED, label=capture.label,
                    message=f"ingest could not store it ({type(exc).__name__}: "
                            f"{printable(str(exc), 200)}); the rest of the batch goes on; "
                            "please report this with the file"))
        if damage is not None:
            outcomes.append(Outcome(source, Status.FAILED, message=damage))
        return outcomes

    def known_address(self, digest: str, url: str | None) -> str | None:
        """The address to clean a capture with: the one given, else (the same bytes again
        without an address) the one the archive recorded for them."""
        if url is None and digest in self._by_hash:
            known = self._by_hash[digest]
            url = next((u for u, article in self._by_url.items() if article == known), None)
        return url

    def _ingest(self, capture: Capture, url: str | None,
                prepared: Prepared | None = None) -> Outcome:
        source = capture.path
        digest = sha256_bytes(capture.raw)
        see(capture, self.seen.get(source), self._seen_by_hash)
        url = self.known_address(digest, url)
        if prepared is None or prepared.given_url != url:  # cleaned elsewhere with another view
            prepared = prepare(capture, url, self._templates)
        url, extract, result = prepared.url, prepared.extract, prepared.result
        language, body = prepared.language, prepared.body

        existing = self._by_hash.get(digest)
        same_address = self._by_url.get(url) if url and existing is None else None
        if same_address is not None and not self.replace:
            # Another capture of an address the archive holds: kept beside the article, whose
            # text, curator fields and annotations stay as they are.
            raw_file = self._keep_raw(capture, digest)
            return self._keep_beside(same_address, capture, digest, raw_file, result, body)
        if same_address is not None:
            try:
                current = read_document(same_address)
            except FrontMatterError as exc:
                raise _BrokenArticle(same_address, exc) from exc
            stale = _stale_quotes(current.meta.get("annotations"), body)
            if stale and not self.allow_stale:
                raise UnsupportedCapture(
                    f"--replace would leave {len(stale)} curator note(s) of "
                    f"{same_address.name} pointing at text that is gone ("
                    + "; ".join(f"'{q}'" for q in stale) + "); move or remove those notes "
                    "first, or add --allow-stale to replace anyway")
            self._keep_current_beside(same_address, current)
            existing = same_address
        raw_file = self._keep_raw(capture, digest)
        outlet = self._outlet_for(url, language, extract.sitename if extract else None)
        furniture = None
        if outlet is None:  # no address: the name the page prints, if any
            furniture = [r.text for r in result.removed if r.reason != "repeated headline"]
            outlet = self._outlet_named(furniture, language,
                                        extract.sitename if extract else None)
        detected = self._detected(result, language, outlet, url)
        if capture.retrieved:
            detected["retrieved"] = capture.retrieved
        if source in self.origins:
            detected["crawl_record"] = dict(self.origins[source])
        original = detect.attributed_outlet(body, self._names, outlet)
        if original:
            detected["original_outlet"] = original
        # what the outlets known by name decided, to check once the batch has made them all
        self._named.append(_ByName(source, url, furniture, body, outlet, original))

        found = {**detected, "flags": _flags(detected, body, capture.problems)}
        if existing is not None:
            outcome = self._update(existing, source, digest, raw_file, detected, body, result,
                                   capture.problems)
            outcome.label = capture.label
            outcome.found = found
            if outcome.article is not None:
                self._record_cleaning(outcome.article, digest, raw_file, capture.kind, result)
            return outcome
        meta: dict[str, Any] = dict(detected)
        meta["raw_sha256"] = digest
        meta["raw_file"] = raw_file
        meta["machine"] = self._machine_record(detected, body, capture.problems)
        path = self._new_path({**detected, "_digest": digest})
        self._taken.add(path)
        text = render_article(meta, body)
        if not self.dry_run:
            write_atomic(path, text)
        self._record_cleaning(path, digest, raw_file, capture.kind, result)
        self._by_hash[digest] = path
        if url:
            self._by_url[url] = path
        notes = []
        if meta["machine"].get("short"):
            notes.append(f"flagged short: only {len(tokens(body))} words of story text were "
                         "found; check the article against the capture")
        return Outcome(source, Status.CREATED, path, removed=result.removed, label=capture.label,
                       changes=notes, found=found)

    def _update(self, path: Path, source: Path, digest: str, raw_file: str,
                detected: dict[str, Any], body: str, result: CleanResult,
                problems: list[str]) -> Outcome:
        try:
            doc = read_document(path)
        except FrontMatterError as exc:
            raise _BrokenArticle(path, exc) from exc
        meta = dict(doc.meta)
        record = meta.get("machine") or {}
        before = record.get("detected") or {}
        changes: list[str] = []
        kept: list[str] = []  # the curator's corrections, noted but not a reason to rewrite
        for name in MACHINE_FIELDS:
            current = meta.get(name)
            new = detected.get(name)
            if corrected(meta, before, name):
                if new != current:
                    kept.append(f"{name}: kept the curator's value")
                continue
            if new != current:
                changes.append(f"{name}: {current!r} -> {new!r}")
            if new is None or new == [] or new is False:
                meta.pop(name, None)
            else:
                meta[name] = new
        old_body = doc.body.strip()
        cleaned = body
        curator_edited = bool(record.get("body_sha256")) and (
            sha256_text(old_body) != record.get("body_sha256")
        )
        stale = (_stale_quotes(meta.get("annotations"), cleaned, before=old_body)
                 if not curator_edited and old_body != cleaned and not self.allow_stale else [])
        if curator_edited:
            if old_body != cleaned:
                kept.append("body: kept the curator's edited text")
            body = old_body
        elif stale:
            # Re-cleaning would take away passages that curator notes point at: the text
            # stays, and stays the machine's (the record below holds it).
            kept.append(f"body: kept the current text: re-cleaning would leave {len(stale)} "
                        "curator note(s) pointing at text that is gone ("
                        + "; ".join(f"'{q}'" for q in stale) + "); move those notes, or "
                        "ingest again with --allow-stale")
            body = cleaned = old_body
            # the cleaning record says what the article holds: its lines are kept
            result.removed = [r for r in result.removed if " ".join(r.text.split()) not in body]
        elif old_body != cleaned:
            changes.append("body: re-cleaned")
        meta["raw_sha256"] = digest
        meta["raw_file"] = raw_file
        # The record holds the body as the cleaner made it, so an edited body stays recognised.
        machine = self._machine_record(detected, cleaned, problems)
        if (
            not changes
            and record.get("detected") == machine["detected"]
            and record.get("capture_problems") == machine.get("capture_problems")
            and record.get("body_sha256") == machine["body_sha256"]
            and record.get("cleaner") == machine["cleaner"]
        ):
            return Outcome(source, Status.UNCHANGED, path, message="already ingested",
                           removed=result.removed, changes=kept)
        meta["machine"] = machine
        if not self.dry_run:
            write_atomic(path, render_article(meta, body))
        return Outcome(source, Status.UPDATED, path, changes=changes + kept, removed=result.removed)

    # -- other captures of one address ------------------------------------------------
    def _captures_dir(self, article: Path) -> Path:
        return self.content / PROVENANCE_FOLDER / f"{article.stem}.captures"

    def _capture_record(self, article: Path, digest: str, raw_file: str, kind: str,
                        retrieved: str | None, result: CleanResult, body: str) -> dict[str, Any]:
        return {"article": article.stem, "raw_file": raw_file, "raw_sha256": digest,
                "input": kind, "retrieved": retrieved, "cleaner": CLEANER_VERSION,
                "ingested": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M"),
                "title": result.title,
                "published": result.published.iso if result.published else None,
                "body": body}

    def _keep_beside(self, article: Path, capture: Capture, digest: str, raw_file: str,
                     result: CleanResult, body: str) -> Outcome:
        try:
            current = read_document(article).body.strip()
        except FrontMatterError as exc:
            raise _BrokenArticle(article, exc) from exc
        differs = _paragraph_difference(current, body)
        record = self._capture_record(article, digest, raw_file, capture.kind,
                                      capture.retrieved, result, body)
        record["differs"] = differs
        target = self._captures_dir(article) / f"{digest[:12]}.json"
        if not self.dry_run:
            if not target.exists():
                write_atomic(target, json.dumps(record, ensure_ascii=False, indent=1) + "\n")
        self._by_hash[digest] = article
        if differs["added"] or differs["removed"]:
            change = (f"its text differs: {differs['added']} paragraph(s) not in the article, "
                      f"{differs['removed']} of the article's not in it")
        else:
            change = "its text is the article's"
        return Outcome(capture.path, Status.ANOTHER_CAPTURE, article, label=capture.label,
                       removed=result.removed,
                       message=f"another capture of {article.name}; kept beside it",
                       changes=[f"another capture of the same address: {change}; the "
                                "article is unchanged (ingest --replace takes the new text)"])

    def _keep_current_beside(self, article: Path, doc: Document) -> None:
        """Before --replace: the article's present capture joins its other captures."""
        digest = str(doc.meta.get("raw_sha256") or "")
        if not digest or self.dry_run:
            return
        target = self._captures_dir(article) / f"{digest[:12]}.json"
        if target.exists():
            return
        record = {"article": article.stem, "raw_file": doc.meta.get("raw_file"),
                  "raw_sha256": digest, "retrieved": doc.meta.get("retrieved"),
                  "title": doc.meta.get("title"), "published": doc.meta.get("published"),
                  "body": doc.body.strip(), "replaced": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M")}
        write_atomic(target, json.dumps(record, ensure_ascii=False, indent=1, default=str) + "\n")


    # -- helpers -----------------------------------------------------------------------
    def _detected(self, result: CleanResult, language: str, outlet: str | None,
                  url: str | None) -> dict[str, Any]:
        values: dict[str, Any] = {"title": result.title or "(untitled)"}
        if result.title_derived:
            values["title_derived"] = True
        if result.title_uncertain:
            values["title_uncertain"] = True
        values["language"] = language
        if not result.published and result.published_relative:
            # no day to give: what the page printed tells the curator which day it was
            values["published_text"] = result.published_relative
        if result.published:
            values["published"] = result.published.iso
            if result.published_text:
                values["published_text"] = result.published_text
            if result.published_source:
                values["published_source"] = result.published_source
            if result.published_uncertain:
                values["published_uncertain"] = True
        if result.updated:
            values["updated"] = result.updated.iso
        if outlet:
            values["outlet"] = outlet
        if url:
            values["url"] = url
        if result.author:
            values["author"] = result.author
        if result.keywords:
            values["keywords"] = result.keywords
        if result.standfirst:
            values["standfirst"] = result.standfirst
        mentions = self.registry.mentions(f"{values['title']}\n{result.body}", language)
        if mentions:
            values["mentions"] = mentions
        return values

    def _machine_record(self, detected: dict[str, Any], body: str,
                        problems: list[str] = ()) -> dict[str, Any]:
        record = {
            "cleaner": CLEANER_VERSION,
            "ingested": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M"),
            "body_sha256": sha256_text(body),
            "detected": dict(detected),
        }
        if len(tokens(body)) < SHORT_WORDS:
            record["short"] = True
        if problems:
            record["capture_problems"] = list(problems)
        return record

    def _record_cleaning(self, article: Path, digest: str, raw_file: str, kind: str,
                         result: CleanResult) -> None:
        """Keep what the cleaner read and why it removed each removed line, beside the raw
        capture (``provenance/<article>.json``), for the capture view of the site.

        Machine-owned: ingest rewrites it whenever it cleans the capture again.
        """
        if self.dry_run:
            return
        reasons = {removed.line: removed.reason for removed in result.removed}
        head = {"article": article.stem, "raw_file": raw_file, "raw_sha256": digest,
                "cleaner": CLEANER_VERSION, "input": kind}
        # one line of the file per line read, so that a diff of two cleanings reads well
        lines = ",\n".join(json.dumps([number, text, reasons.get(number)], ensure_ascii=False)
                           for number, text in result.lines)
        text = json.dumps(head, ensure_ascii=False)[:-1] + ', "lines": [\n' + lines + "\n]}\n"
        write_if_changed(self.content / PROVENANCE_FOLDER / f"{article.stem}.json", text)

    def _keep_raw(self, capture: Capture, digest: str) -> str:
        """Keep the capture's bytes under raw/; a WARC record's payload gets its own file
        (beside a copy of the WARC), so that each article's raw_sha256 names exact bytes."""
        source = capture.path
        if capture.record is not None:
            self._copy_once(source, self.raw_dir / source.name)
            target = self.raw_dir / f"{source.name}.records" / f"{capture.record:05d}.html"
        else:
            target = self.raw_dir / source.name
        if target.exists() and sha256_file(target) != digest:
            target = target.with_name(f"{target.stem}.{digest[:12]}{target.suffix}")
        if not target.exists() and not self.dry_run:
            write_atomic(target, capture.raw)
        return target.relative_to(self.content).as_posix()

    def _copy_once(self, source: Path, target: Path) -> None:
        if target.exists() or self.dry_run:
            return
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(f".{target.name}.tmp")
        shutil.copyfile(source, temporary)
        temporary.replace(target)

    def _outlet_for(self, url: str | None, language: str, sitename: str | None = None) -> str | None:
        if not url:
            return None
        known = detect.match_outlet(url, self._domains)
        if known:
            return known
        host = detect.host_of(url)
        domain = detect.registrable_domain(host)
        outlet_id = detect.outlet_id_for(host)
        if outlet_id in self._outlet_ids:  # another site's id (news.az is not news.am)
            outlet_id = slugify(domain) or outlet_id
            number = 2
            while outlet_id in self._outlet_ids:
                outlet_id, number = f"{slugify(domain)}-{number}", number + 1
        outlet_id = self._create_outlet(outlet_id, {
            **_names(sitename or domain), "kind": "other", "homepage": f"https://{domain}/",
            "domains": [domain], "languages": [language], "stub": True,
        })
        self._domains[domain] = outlet_id
        return outlet_id

    def _outlet_named(self, furniture: list[str], language: str,
                      sitename: str | None) -> str | None:
        known, printed = detect.outlet_from_page(furniture, self._names)
        if known:
            return known
        name = sitename or printed
        if not name or not slugify(name):
            return None
        return self._create_outlet(slugify(name), {
            **_names(name), "kind": "other", "languages": [language], "stub": True,
        })

    def _create_outlet(self, outlet_id: str, profile: dict[str, Any]) -> str:
        """Write a draft profile (``stub``) for an outlet first seen now, which `check` lists
        to do; never touch an existing one."""
        if outlet_id not in self._outlet_ids:
            Outlet.model_validate(profile)
            if not self.dry_run:
                write_atomic(self.outlets_dir / f"{outlet_id}.yml", dump_yaml(profile))
            self._outlet_ids.add(outlet_id)
            for name in (profile["name"], profile.get("name_native")):
                if name:
                    self._names[" ".join(fold(name).split())] = outlet_id
        return outlet_id

    def _new_path(self, detected: dict[str, Any]) -> Path:
        day = iso_day(detected.get("published")) or "undated"
        outlet = detected.get("outlet") or "unknown"
        stem = f"{day}-{outlet}-{_title_slug(detected['title'], detected.get('_digest', ''))}"
        path = self.articles_dir / f"{stem}.md"
        counter = 2
        while path.exists() or path in self._taken:
            path = self.articles_dir / f"{stem}-{counter}.md"
            counter += 1
        return path
