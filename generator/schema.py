"""The content model: one schema per kind of file under `content/`.

Each field carries its documentation as the docstring under it; the README's schema tables
are generated from these docstrings (`python -m generator schema`) and a test fails when
they drift. Validation of every kind happens here and nowhere else.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from .text import languages

ARTICLE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*\Z")
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]*\Z")  # \Z: "$" would let a final newline in
SHA256_PATTERN = re.compile(r"^[0-9a-f]{64}$")


def _iso_date_or_datetime(value: str) -> str:
    value = str(value).strip()
    try:
        if "T" in value or " " in value:
            datetime.fromisoformat(value)
        else:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                raise ValueError
            date.fromisoformat(value)
    except ValueError:
        raise ValueError(
            f"'{value}' is not an ISO 8601 date; write it as YYYY-MM-DD or YYYY-MM-DDTHH:MM"
        ) from None
    return value


def iso_date_or_time(value: str) -> str:
    """``value`` when it is an ISO 8601 date or date-time; else ValueError, saying how to
    write one (for values given on the command line or in a manifest)."""
    return _iso_date_or_datetime(value)


def _iso_date(value: str) -> str:
    value = str(value).strip()
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise ValueError(f"'{value}' is not an ISO 8601 date; write it as YYYY-MM-DD")
    try:
        date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"'{value}' is not a real calendar date") from None
    return value


def address_problem(value: str) -> str | None:
    """What is wrong with ``value`` as the address of a page, or None: the one rule for
    every address the archive takes (front matter, manifests, ``--url``, WARC records)."""
    shown = printable(value, 120)
    if not re.match(r"^https?://[^\s/]+", value, re.IGNORECASE):
        return f"'{shown}' is not an http(s) address; only http:// and https:// links are allowed"
    if any(ch in value for ch in "\"<>\\`{}|^") or re.search(r"[\s\x00-\x1f\x7f]", value):
        return f"'{shown}' contains spaces or characters not allowed in an address"
    try:
        parts = urlsplit(value)
        host = parts.hostname
        parts.port  # noqa: B018 - raises on a port that is not a number
    except ValueError as exc:
        return f"'{shown}' is not a valid address ({exc})"
    if not host:
        return f"'{shown}' names no host"
    return None


_JOINERS = {"\u200c", "\u200d"}  # zero-width non-joiner and joiner: letters' shapes, not controls


def printable(text: str, limit: int = 200) -> str:
    """``text`` safe to show in a terminal: control characters (and so any binary) escaped,
    cut at ``limit`` characters; the joiners Persian and Indic words are spelt with stay."""
    shown = "".join(ch if ch.isprintable() or ch in _JOINERS else f"\\x{ord(ch):02x}"
                    if ord(ch) < 256
                    else f"\\u{ord(ch):04x}" for ch in text[:limit])
    return shown + ("…" if len(text) > limit else "")


def _http_url(value: str) -> str:
    value = str(value).strip()
    problem = address_problem(value)
    if problem:
        raise ValueError(problem)
    return value


def _time_zone(value: str) -> str:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    value = str(value).strip()
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"'{value}' is not a time zone name; write it as in the IANA database, "
                         "such as 'Asia/Tehran' or 'Europe/Istanbul'") from None
    return value


def _language_tag(value: str) -> str:
    value = str(value).strip()
    if not languages.parse_tag(value):
        raise ValueError(f"'{value}' is not a BCP 47 language tag such as 'fa' or 'az-Latn'")
    if not languages.is_valid_tag(value):
        raise ValueError(
            f"language '{value}' is not known to the archive; use one of {languages.known_codes()}"
        )
    return value


def _identifier(value: str) -> str:
    value = str(value).strip()
    if not ID_PATTERN.match(value):
        raise ValueError(
            f"'{value}' is not an id; use lower-case letters, digits and hyphens (e.g. 'fars-news')"
        )
    return value


def _sha256(value: str) -> str:
    value = str(value).strip().lower()
    if not SHA256_PATTERN.match(value):
        raise ValueError(f"'{value}' is not a SHA-256 hex digest (64 characters 0-9, a-f)")
    return value


def _non_empty(value: str) -> str:
    value = str(value).strip()
    if not value:
        raise ValueError("must not be empty")
    return value


def _raw_path(value: str) -> str:
    value = str(value).strip()
    parts = value.split("/")
    if (len(parts) < 2 or parts[0] != "raw" or "\\" in value
            or any(part in ("", ".", "..") for part in parts[1:])):
        raise ValueError(f"'{value}' is not a file under raw/; give the capture's path "
                         "inside the content folder's raw/ folder (e.g. 'raw/capture.txt')")
    return value


IsoDateOrTime = Annotated[str, AfterValidator(_iso_date_or_datetime)]
IsoDate = Annotated[str, AfterValidator(_iso_date)]
HttpUrl = Annotated[str, AfterValidator(_http_url)]
LanguageTag = Annotated[str, AfterValidator(_language_tag)]
Identifier = Annotated[str, AfterValidator(_identifier)]
Sha256 = Annotated[str, AfterValidator(_sha256)]
Text = Annotated[str, AfterValidator(_non_empty)]

_MODEL_CONFIG = ConfigDict(extra="forbid", use_attribute_docstrings=True, str_strip_whitespace=True)

MACHINE = {"owner": "machine"}
"""Marks a field that ingest detects and owns (``Field(json_schema_extra=MACHINE)``); every
other field is the curator's. Re-ingest refreshes a machine field unless the curator corrected
it (``corrected``)."""


def machine_fields(model: type[BaseModel]) -> tuple[str, ...]:
    """The fields of ``model`` that ingest owns, in the schema's order."""
    return tuple(name for name, info in model.model_fields.items()
                 if (info.json_schema_extra or {}).get("owner") == "machine")


def field_order(model: type[BaseModel]) -> tuple[str, ...]:
    """The order in which a file of ``model`` lists its fields: the schema's."""
    return tuple(model.model_fields)


def _absent(value: Any) -> bool:
    return value is None or value == [] or value is False


def corrected(meta: dict[str, Any], detected: dict[str, Any], name: str) -> bool:
    """Whether the curator corrected the machine field ``name``: the file holds a value other
    than the one ingest last detected (``machine.detected``). The one rule for ingest,
    ``mentions`` and ``assign``: a corrected value is never overwritten."""
    if name not in meta:
        return False
    current, found = meta[name], detected.get(name)
    return current != found and not (_absent(current) and _absent(found))


class MachineRecord(BaseModel):
    """What ingest detected the last time it ran, kept so that re-ingest can tell a curator's
    correction (a field that differs from this record) from a stale detection."""

    model_config = _MODEL_CONFIG

    cleaner: str | None = None
    """Version of the cleaner that produced the body (absent for an article written by hand)."""
    ingested: IsoDateOrTime | None = None
    """When ingest last wrote this file (UTC)."""
    body_sha256: Sha256 | None = None
    """SHA-256 of the body as the cleaner wrote it; a different body means a curator edited it."""
    detected: dict[str, Any] = Field(default_factory=dict)
    """Each machine-owned field's value as detected (title, language, published, ...)."""
    short: bool = False
    """True when the capture held little story text (under 40 words): check it against the page."""
    capture_problems: list[str] = Field(default_factory=list)
    """What was wrong with the capture itself (a WARC record cut short, bytes that are no text
    in its encoding, a charset the page declared wrongly, an address that had to be encoded or
    dropped): check the article against the page."""


class CrawlRecord(BaseModel):
    """Where in a web crawl a capture was found (``archive discover --ingest``): the crawl
    file and the bytes of its WARC record, which ``raw/`` keeps as a WARC file of its own."""

    model_config = _MODEL_CONFIG

    file: str = Field(json_schema_extra=MACHINE)
    """The crawl file as it was given: a path, or an address (`s3://…`, `https://…`)."""
    offset: int = Field(ge=0, json_schema_extra=MACHINE)
    """Where the record starts in that file (its gzip member, in a WARC.gz file)."""
    length: int = Field(gt=0, json_schema_extra=MACHINE)
    """How many bytes of the file the record takes."""


class Annotation(BaseModel):
    """A curator's note on a passage of the article, anchored by quoting the passage."""

    model_config = _MODEL_CONFIG

    quote: Text
    """The passage, copied exactly from the article's text (within one paragraph)."""
    prefix: str | None = None
    """A few words just before the passage, when the quote occurs more than once."""
    suffix: str | None = None
    """A few words just after the passage, when the quote occurs more than once."""
    note: Text
    """The note (Markdown): context, a correction, a link to the primary document."""


class Article(BaseModel):
    """A cleaned article: `content/articles/<name>.md`, front matter and the cleaned text."""

    model_config = _MODEL_CONFIG

    title: Text = Field(json_schema_extra=MACHINE)
    """Headline in the original language and script, as the outlet printed it."""
    title_en: str | None = None
    """Curator's English translation of the title."""
    title_derived: bool = Field(default=False, json_schema_extra=MACHINE)
    """True when the capture printed no headline and ingest derived one (from the address or
    the lead sentence); a curator who checks the title sets it to false."""
    title_uncertain: bool = Field(default=False, json_schema_extra=MACHINE)
    """True when ingest is not sure the title is the page's headline (a derived title, or a
    line chosen among several that could be); a curator who checks the title sets it to
    false."""
    language: LanguageTag = Field(json_schema_extra=MACHINE)
    """BCP 47 tag of the article's main language (`az`, `tr`, `ar`, `fa`, `ru`...)."""
    published: IsoDateOrTime | None = Field(default=None, json_schema_extra=MACHINE)
    """Publication date or date-time, ISO 8601 (`2022-05-14` or `2022-05-14T09:47`), in the
    Gregorian calendar whatever calendar the page used."""
    published_text: str | None = Field(default=None, json_schema_extra=MACHINE)
    """The publication date exactly as the page printed it (`24 اردیبهشت 1401`); alone,
    without `published`, when the page prints it only relative to when it was saved
    (`Сегодня, 10:05`) and that time is not known."""
    published_source: Literal["printed", "metadata", "address"] | None = Field(
        default=None, json_schema_extra=MACHINE)
    """Where ingest found the publication date: `printed` on the page, in the page's
    `metadata` (an HTML capture's), or in its `address` (`…/2022/05/14/…`, `…-14052022-…`);
    the article page says so beside the date."""
    published_uncertain: bool = Field(default=False, json_schema_extra=MACHINE)
    """True when ingest is not sure the date is the page's own (a text dump's date printed
    far from the headline with no label, often a related item's); a curator who checks the
    date sets it to false."""
    updated: IsoDateOrTime | None = Field(default=None, json_schema_extra=MACHINE)
    """Last update shown by the page, ISO 8601, when it shows one."""
    outlet: Identifier | None = Field(default=None, json_schema_extra=MACHINE)
    """Id of the outlet that published this copy (a file `content/outlets/<id>.yml`)."""
    original_outlet: Identifier | None = Field(default=None, json_schema_extra=MACHINE)
    """For an aggregator's or a blog's copy: id of the outlet that first published the story."""
    url: HttpUrl | None = Field(default=None, json_schema_extra=MACHINE)
    """Address the capture was taken from; absent when it was not recorded."""
    archived_url: HttpUrl | None = None
    """A web archive's copy of the page, shown beside the source link."""
    retrieved: IsoDateOrTime | None = Field(default=None, json_schema_extra=MACHINE)
    """When the page was captured, where known (a WARC record's date; else the curator's)."""
    crawl_record: CrawlRecord | None = Field(default=None, json_schema_extra=MACHINE)
    """Where the capture lies in the web crawl it was found in, when `discover --ingest`
    took it from one."""
    event: Identifier | None = None
    """Id of the event the article reports (a file `content/events/<id>.md`); absent while
    the article is unassigned."""
    author: str | None = Field(default=None, json_schema_extra=MACHINE)
    """Author or byline, as printed."""
    keywords: list[str] = Field(default_factory=list, json_schema_extra=MACHINE)
    """Tags and hashtags the page attached to the story (kept out of the body)."""
    standfirst: str | None = Field(default=None, json_schema_extra=MACHINE)
    """The sentence or two an HTML page prints between its headline and the story, where the
    page marks it up as such and the story's text does not hold it; shown under the title."""
    mentions: list[Identifier] = Field(default_factory=list, json_schema_extra=MACHINE)
    """Ids of the entities (`content/entities/<id>.yml`) the text mentions, in order of first
    mention; found by ingest and `python -m generator mentions` (machine-owned: a curator's
    correction is kept)."""
    summary_en: str | None = None
    """Curator's English summary of the article (Markdown)."""
    notes: str | None = None
    """Curator's free notes on the article (Markdown)."""
    annotations: list[Annotation] = Field(default_factory=list)
    """Curator's notes on passages of the text, each anchored by a quote."""
    raw_sha256: Sha256
    """SHA-256 of the raw capture this article was cleaned from."""
    raw_file: Annotated[str, AfterValidator(_raw_path)] | None = None
    """Path of the raw capture, relative to the content folder (`raw/...`)."""
    machine: MachineRecord | None = None
    """Ingest's own record; written by ingest, not meant to be edited."""


class PrimarySource(BaseModel):
    """A document the event's reports rely on: a transcript, a statement, a release."""

    model_config = _MODEL_CONFIG

    title: Text
    """Title of the document."""
    date: IsoDate | None = None
    """Date of the document, ISO 8601."""
    url: HttpUrl | None = None
    """Where the document can be read."""
    publisher: str | None = None
    """Who published it."""


class Event(BaseModel):
    """An event: `content/events/<id>.md`; the Markdown body is the curator's summary."""

    model_config = _MODEL_CONFIG

    title: Text | None = None
    """English title of the event. An event made from suggest's proposals has none until you
    write one (when none of its reports has an English title); `check` warns, and pages show
    its id meanwhile."""
    date: IsoDate
    """Day the event happened (its first day, for a range), ISO 8601."""
    end_date: IsoDate | None = None
    """Last day, when the event spans several days."""
    place: str | None = None
    """Where it happened."""
    participants: list[str] = Field(default_factory=list)
    """People and organisations taking part."""
    primary_sources: list[PrimarySource] = Field(default_factory=list)
    """Documents the reports rely on."""
    tags: list[str] = Field(default_factory=list)
    """Free keywords."""
    notes: str | None = None
    """Curator's free notes on the event (Markdown)."""


class OutletKind(StrEnum):
    NEWS_AGENCY = "news agency"
    NEWSPAPER = "newspaper"
    BROADCASTER = "broadcaster"
    STATE_MEDIA = "state media"
    ONLINE_NEWS = "online news"
    MAGAZINE = "magazine"
    BLOG = "blog"
    AGGREGATOR = "aggregator"
    GOVERNMENT = "government"
    OTHER = "other"


class Outlet(BaseModel):
    """An outlet: `content/outlets/<id>.yml`."""

    model_config = _MODEL_CONFIG

    name: Text
    """Name of the outlet in Latin letters, as it presents itself."""
    name_native: str | None = None
    """Name in its own script, when different."""
    kind: OutletKind = OutletKind.OTHER
    """One of: news agency, newspaper, broadcaster, state media, online news, magazine, blog,
    aggregator, government, other."""
    country: str | None = None
    """Country it publishes from."""
    timezone: Annotated[str, AfterValidator(_time_zone)] | None = None
    """IANA time zone of the times its pages print (`Asia/Tehran`), when they print no offset:
    the spread of a story and the feed then place its reports at the right instant."""
    homepage: HttpUrl | None = None
    """Its home page."""
    domains: list[str] = Field(default_factory=list)
    """Web domains whose captures belong to this outlet (`haber7.com`); ingest uses them."""
    languages: list[LanguageTag] = Field(default_factory=list)
    """Languages it publishes in."""
    notes: str | None = None
    """Curator's profile of the outlet (Markdown): ownership, stance, reliability."""
    stub: bool = False
    """True while the profile is the draft ingest wrote for an outlet it first met: its notes
    are not published, and `check` lists it to do until the outlet is described and this is
    removed."""



class EntityKind(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"
    PLACE = "place"


def _wikidata(value: str) -> str:
    value = str(value).strip()
    if not re.fullmatch(r"Q[1-9][0-9]*", value):
        raise ValueError(f"'{value}' is not a Wikidata id; write it as Q followed by digits (Q7747)")
    return value


class Entity(BaseModel):
    """A person, organisation or place of the name authority: `content/entities/<id>.yml`."""

    model_config = _MODEL_CONFIG

    name: Text
    """The name the archive shows (in English)."""
    kind: EntityKind
    """One of: person, organisation, place."""
    names: dict[LanguageTag, list[Text]] = Field(default_factory=dict)
    """Its names by language (`ru: [Владимир Путин, Путин]`), every spelling an article may
    use, in every script the archive holds; matching forgives case, diacritics, letter variants,
    joiners, Arabic proclitics and Turkish, Azerbaijani and Russian endings."""
    wikidata: Annotated[str, AfterValidator(_wikidata)] | None = None
    """Its Wikidata id (`Q7747`), when known."""
    description: str | None = None
    """A short description (who or what it is)."""
