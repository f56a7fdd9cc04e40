"""The site model: what every page, export, citation and the search index read, derived once
from the validated archive (``derive``)."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ..content import Archive, ArticleEntry, EventEntry
from ..similarity import SketchMemo, near_duplicates
from ..text import languages
from ..text.moments import Moment
from .urls import Urls


@dataclass
class SiteModel:
    """What the pages need, derived once from the archive."""

    archive: Archive
    urls: Urls = field(default_factory=Urls)
    """The site's name and address, and where each of its pages lives."""
    events: list[EventEntry] = field(default_factory=list)  # newest first
    articles_by_event: dict[str, list[ArticleEntry]] = field(default_factory=dict)
    articles_by_language: dict[str, list[ArticleEntry]] = field(default_factory=dict)
    articles_by_outlet: dict[str, list[ArticleEntry]] = field(default_factory=dict)
    unassigned: list[ArticleEntry] = field(default_factory=list)
    articles_by_entity: dict[str, list[ArticleEntry]] = field(default_factory=dict)
    participants: dict[str, list[str]] = field(default_factory=dict)
    """Event id -> the entities its participants name (by id or any of their names)."""
    duplicates: dict[str, list[tuple[str, float]]] = field(default_factory=dict)
    """Article stem -> the articles whose text is a near-duplicate of its text."""
    by_stem: dict[str, ArticleEntry] = field(default_factory=dict)

    def article(self, stem: str) -> ArticleEntry:
        """The article whose file is ``stem``.md."""
        return self.by_stem[stem]

    def entities_of_event(self, event_id: str) -> list[tuple[str, int]]:
        """The entities an event's articles mention, with how many articles mention each;
        its participants first."""
        counts: Counter[str] = Counter()
        for article in self.articles_by_event.get(event_id, []):
            counts.update(article.meta.mentions)
        first = self.participants.get(event_id, [])
        rest = sorted((e for e in counts if e not in first), key=lambda e: (-counts[e], e))
        return [(e, counts[e]) for e in [*first, *rest]]

    @property
    def site_name(self) -> str:
        return self.urls.site_name

    @property
    def language(self) -> str:
        """The interface language."""
        return self.urls.language

    @property
    def site_url(self) -> str | None:
        return self.urls.site_url

    @property
    def directory_urls(self) -> bool:
        return self.urls.directory_urls

    def published(self, article: ArticleEntry) -> Moment | None:
        """When ``article`` was published, its printed local time placed by its outlet's time
        zone when it states no offset; None when undated."""
        if not article.meta.published:
            return None
        outlet = self.archive.outlets.get(article.meta.outlet) if article.meta.outlet else None
        return Moment.parse(article.meta.published, outlet.meta.timezone if outlet else None)

    def digest_of(self, kind: dict, identifier: str | None) -> str:
        """The hash of the file of the outlet, event or entity ``identifier`` in ``kind``
        (one of the archive's dicts of them), or a name for its absence."""
        entry = kind.get(identifier) if identifier else None
        return self.archive.digest(entry.path) if entry is not None else f"-{identifier}"

    def listed(self, article: ArticleEntry) -> str:
        """What a list or a citation shows of an article (its title, date, language, outlets
        and event), named by the hashes of the files it comes from: the same name, the same
        row (``pages.all_pages`` and ``citations.citation_files`` keep what they made by it)."""
        archive, meta = self.archive, article.meta
        return ":".join((archive.digest(article.path), self.digest_of(archive.events, meta.event),
                         self.digest_of(archive.outlets, meta.outlet),
                         self.digest_of(archive.outlets, meta.original_outlet)))

    def events_of_entity(self, entity_id: str) -> list[EventEntry]:
        ids = {a.meta.event for a in self.articles_by_entity.get(entity_id, []) if a.meta.event}
        ids |= {event for event, found in self.participants.items() if entity_id in found}
        return [e for e in self.events if e.id in ids]


def article_sort_key(article: ArticleEntry) -> tuple[str, str]:
    return (article.meta.published or "9999", article.stem)


def derive(archive: Archive, urls: Urls | None = None, *,
           sketches: SketchMemo | None = None) -> SiteModel:
    """The site's view of ``archive``: its groupings by event, language, outlet and entity,
    and the near-duplicate texts (``sketches``: see ``similarity.near_duplicates``)."""
    model = SiteModel(archive, urls or Urls(), by_stem={a.stem: a for a in archive.articles})
    model.events = sorted(archive.events.values(), key=lambda e: (e.meta.date, e.id),
                          reverse=True)
    by_event: dict[str, list[ArticleEntry]] = defaultdict(list)
    by_language: dict[str, list[ArticleEntry]] = defaultdict(list)
    by_outlet: dict[str, list[ArticleEntry]] = defaultdict(list)
    for article in sorted(archive.articles, key=article_sort_key):
        if article.meta.event:
            by_event[article.meta.event].append(article)
        else:
            model.unassigned.append(article)
        by_language[languages.primary(article.meta.language)].append(article)
        if article.meta.outlet:
            by_outlet[article.meta.outlet].append(article)
        if article.meta.original_outlet:
            by_outlet[article.meta.original_outlet].append(article)
    by_entity: dict[str, list[ArticleEntry]] = defaultdict(list)
    for article in sorted(archive.articles, key=article_sort_key):
        for entity in article.meta.mentions:
            if entity in archive.entities:
                by_entity[entity].append(article)
    model.articles_by_entity = dict(by_entity)
    model.participants = {event.id: archive.entities_named(event.meta.participants)
                          for event in archive.events.values()}
    for first, second, similarity in near_duplicates(((a.stem, a.body) for a in archive.articles),
                                                     memo=sketches):
        model.duplicates.setdefault(first, []).append((second, similarity))
        model.duplicates.setdefault(second, []).append((first, similarity))
    model.articles_by_event = dict(by_event)
    model.articles_by_language = dict(sorted(by_language.items()))
    model.articles_by_outlet = dict(by_outlet)
    return model
