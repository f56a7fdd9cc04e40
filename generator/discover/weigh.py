"""Weigh a crawl's pages for one event: a cheap sieve for every page, the archive's own
cleaning and ``suggest``'s evidence for the few that pass.

The sieve reads the page's text out of its HTML with regular expressions (no parse), folds it
as search does, and looks for the event's names in every script and spelling the name
authority knows, all at once (one regular expression of every folded name). A page passes
when it names the event's people (both of two, or the one; where the curator named no person,
one of the event's core entities) and nothing it carries dates it outside the event's window
(the address's date; the day it was fetched, which cannot be before the report was
published). A page that passes is cleaned as ``ingest`` cleans it and scored as ``suggest``
scores an article for the event (names, dates, the occasion, evidence against), on the same
calibrated scale.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from ..content import Archive, ArticleEntry
from ..reuse.keys import sha256_bytes
from ..schema import Article
from ..suggest import PLACE_SCORE, Features, Suggester, calibrated
from ..text import fold as folding
from ..text.dates import date_in_url
from ..unregistered import known_name_words
from .crawl import Page

DEFAULT_MIN_SCORE = PLACE_SCORE
"""Candidates scoring below this (suggest's placing threshold) are left out of the list."""
PUBLISHED_BEFORE_FETCH = timedelta(days=60)
"""A page fetched this long after the event's window may still report it (crawls revisit)."""

_DROP = re.compile(r"<(script|style|noscript|template|svg)\b.*?</\1\s*>|<!--.*?-->",
                   re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]*>")


def page_text(payload: bytes, content_type: str = "") -> str:
    """A page's visible words, roughly: scripts, styles and comments dropped, tags as spaces,
    entities decoded. For the sieve only; a page that passes is cleaned properly.

    Decoded in the charset the HTTP header or the page's ``<meta>`` declares, else as UTF-8;
    a page that is not (a Russian site's windows-1251 that declares nothing, or declares it
    wrongly) is decoded as ingest decodes it, with detection: its names must be read."""
    from ..text.decoding import decode_html, html_charset

    header = re.search(r"charset=([\w-]+)", content_type or "", re.IGNORECASE)
    encoding = html_charset(payload, header.group(1) if header else None) or "utf-8"
    try:
        text = payload.decode(encoding)
    except (LookupError, UnicodeDecodeError):
        text, _ = decode_html(payload, header.group(1) if header else None)
    return html.unescape(_TAG.sub(" ", _DROP.sub(" ", text)))


_DECLARED = re.compile(
    rb"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})(?:[-_][\w-]*)?[\"'\s>]"
    rb"|<meta\b[^>]*?http-equiv\s*=\s*[\"']?content-language[\"']?[^>]*?"
    rb"content\s*=\s*[\"']?([A-Za-z]{2,3})\b", re.IGNORECASE)


def declared_language(payload: bytes) -> str | None:
    """The language a page declares at its top (``<html lang>``, or a content-language
    ``<meta>``), as a primary subtag; None where it declares none."""
    found = _DECLARED.search(payload[:4096])
    if found is None:
        return None
    return (found.group(1) or found.group(2)).decode("ascii").lower()


@dataclass
class Sifted:
    """What the sieve found of a page: the event's entities it names."""

    names: list[str]


@dataclass
class Candidate:
    """A page that may report the event, with what was found of it and why it scores so."""

    file: str
    offset: int
    length: int
    url: str | None
    language: str
    title: str
    published: str | None
    date_source: str | None
    """Where its date came from: printed, metadata or address (``ingest``); or fetched."""
    outlet: str | None
    """The address's host."""
    score: float
    reasons: list[str] = field(default_factory=list)

    def as_row(self) -> dict:
        return {"score": round(self.score, 3), "url": self.url or "", "file": self.file,
                "offset": self.offset, "length": self.length, "language": self.language, "title": self.title,
                "published": self.published or "", "date_source": self.date_source or "",
                "outlet": self.outlet or "", "reasons": "; ".join(self.reasons)}


class Weigher:
    """The sieve and the score for one event of ``archive``."""

    def __init__(self, archive: Archive, event: str, *, since: date | None = None,
                 until: date | None = None, languages: frozenset[str] = frozenset()):
        self.archive = archive
        self.languages = languages
        """The languages asked for (primary subtags: ``az``, ``fa``); empty: every one."""
        self.suggester = Suggester(archive)
        if event not in self.suggester.profiles:
            raise KeyError(event)
        self.profile = self.suggester.profiles[event]
        low, high = self.profile.window()
        self.since, self.until = since or low, until or high
        core = [e for e, share in self.profile.entities.items() if share >= 0.5]
        self.principals = list(self.profile.principals) or core
        self.known_words = known_name_words(archive.entities)
        self.needed = min(2, len(self.principals))
        self.spellings: dict[str, str] = {}  # folded name -> entity
        for entity in core:
            entry = archive.entities.get(entity)
            if entry is None:
                continue
            for name in [entry.meta.name, *(n for names in entry.meta.names.values()
                                            for n in names)]:
                folded = " ".join(folding.tokens(name))
                if folded:
                    self.spellings.setdefault(folded, entity)
        # every spelling at once, longest first, from a word's start; a few letters may
        # follow (an ending: "Путина", "Алиевым", "Putin'in" folded to "putinin")
        alternatives = sorted(self.spellings, key=len, reverse=True)
        self._names = re.compile(r"(?<!\w)(" + "|".join(map(re.escape, alternatives))
                                 + r")\w{0,4}(?!\w)") if alternatives else None

    # -- the sieve ---------------------------------------------------------------------
    def in_window(self, page: Page) -> bool:
        """Whether nothing the page carries dates it outside the window: its address's date
        within it; the day it was fetched not before the window (a report is fetched after
        it is published) nor long after it."""
        addressed = date_in_url(page.url) if page.url else None
        if addressed is not None:
            return self.since <= addressed <= self.until
        fetched = _day(page.fetched)
        if fetched is not None:
            return self.since <= fetched <= self.until + PUBLISHED_BEFORE_FETCH
        return True

    def sift(self, page: Page) -> Sifted | None:
        """The entities of the event the page names, if it names enough of them and is of
        the event's days; else None."""
        if self._names is None or not self.in_window(page):
            return None
        if self.languages:
            stated = declared_language(page.payload)
            if stated is not None and stated not in self.languages:
                return None
        folded = " ".join(folding.tokens(page_text(page.payload, page.content_type)))
        found = {self.spellings[m.group(1)] for m in self._names.finditer(folded)}
        if sum(1 for p in self.principals if p in found) < self.needed:
            return None
        return Sifted(sorted(found))

    # -- the careful pass --------------------------------------------------------------
    def weigh(self, page: Page) -> Candidate:
        """The page cleaned as ``ingest`` cleans it, scored as ``suggest`` scores an article
        for the event. Raises ``UnsupportedCapture`` for a page with no story."""
        from ..ingest.pipeline import prepare
        from ..ingest.readers import Capture, _iso_minutes, _normalise
        from ..text.decoding import decode_html

        charset = re.search(r"charset=([\w-]+)", page.content_type or "", re.IGNORECASE)
        text, encoding = decode_html(page.payload, charset.group(1) if charset else None)
        capture = Capture(Path(page.file), "html", _normalise(text), encoding, page.payload,
                          url=page.url, label=f"{page.file}@{page.offset}",
                          retrieved=_iso_minutes(page.fetched))  # "today, 10:05" reads so
        prepared = prepare(capture, page.url, {})
        result = prepared.result
        title = result.title or "(untitled)"
        published = result.published.iso if result.published else None
        source = result.published_source
        registry = self.archive.registry
        mentions = registry.mentions(f"{title}\n{prepared.body}", prepared.language)
        meta = Article.model_validate({
            "title": title, "language": prepared.language, "published": published,
            "url": prepared.url, "mentions": mentions,
            "raw_sha256": sha256_bytes(page.payload)})
        entry = ArticleEntry(Path(f"{page.file}@{page.offset}"), f"crawl-{page.offset}", meta,
                             prepared.body)
        item = Features(entry, registry)
        item.known_words = self.known_words
        item.display = self.suggester.unknown_display
        item.words = self.suggester.words
        raw, reasons = self.suggester.score(item, self.profile)
        host = re.match(r"https?://(?:www\.)?([^/:]+)", prepared.url or "")
        return Candidate(page.file, page.offset, page.length, prepared.url, prepared.language, title,
                         published, source, host.group(1) if host else None, calibrated(raw),
                         reasons)


def _day(value: str | None) -> date | None:
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", value or "")
    if not match:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None
