"""Generated pages: plain Markdown (with small HTML blocks for language and direction).

Each page is a template in ``templates/`` (see ``templating`` for how every value is escaped)
filled with what this module works out for it: the spread of a story, an article's marked
passages, a capture's cleaning record. Links between pages are relative ``.md`` links, so any
MkDocs-compatible engine resolves them. The interface strings are in the site's language
(``translations``).
"""

from __future__ import annotations

import gzip
import html
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from markupsafe import Markup

from ..content import ArticleEntry, EventEntry, OutletEntry
from ..frontmatter import dump_yaml
from ..reuse.forked import on_two_cores, worth_a_second_core
from ..reuse.keys import digest
from ..reuse.memo import Kept
from ..text import languages
from ..text.body import paragraphs
from ..text.decoding import capture_text
from ..text.moments import Moment, iso_day
from ..text.passages import locate
from . import charts, citations
from . import markup as md
from .exports import feed_path
from .model import SiteModel
from .outputs import GENERATED_NOTE, SOURCE_SUFFIX
from .templating import render
from .translations import Translator, translator

LATEST_EVENTS = 10


def front_matter(title: str, **extra: object) -> str:
    data: dict[str, object] = {"title": md.plain_title(title)}
    data.update({k: v for k, v in extra.items() if v is not None})
    if "description" in data:
        # themes print it into <meta name="description" content="…"> as it is
        data["description"] = html.escape(" ".join(str(data["description"]).split()), quote=True)
    return f"---\n{dump_yaml(data, generated=True)}---\n\n{GENERATED_NOTE}\n\n"


def annotation_marks(article: ArticleEntry) -> tuple[dict[int, list], list[tuple[str, str, str, str]]]:
    """Where each of the article's annotations is marked, and the notes to list.

    Returns ({paragraph: [(start, end, id, label)]}, [(id, label, quote, note)]). A note whose
    quote does not match is not shown here: ``check`` reports it as an error.
    """
    marks: dict[int, list] = defaultdict(list)
    notes = []
    placed = []
    for annotation in article.meta.annotations:
        anchors = locate(article.body, annotation.quote, annotation.prefix, annotation.suffix)
        if len(anchors) == 1:
            placed.append((anchors[0], annotation))
    placed.sort(key=lambda item: (item[0].paragraph, item[0].start))  # numbered as read
    for number, (anchor, annotation) in enumerate(placed, start=1):
        identifier = f"{article.stem}-{number}"
        marks[anchor.paragraph].append((anchor.start, anchor.end, identifier, str(number)))
        notes.append((identifier, str(number), annotation.quote, annotation.note))
    return dict(marks), notes


@dataclass(frozen=True)
class MarkedText:
    body: Markup
    notes: list[tuple[str, str, str, str]]


def marked_text(article: ArticleEntry, heading_level: int) -> MarkedText:
    """The article's body as safe HTML with its annotated passages marked, and the notes."""
    marks, notes = annotation_marks(article)
    body = md.body(article.body, heading_level=heading_level, marks=marks) if article.body else ""
    return MarkedText(Markup(body), notes)


def _n(message: str) -> str:
    """Marks a string for the catalogues where it is defined; translated where it is shown."""
    return message


LEAD_WORDS = 60
"""At most this many words of a report's opening on its event's page."""
LEAD_AT_LEAST = 30
"""A shorter first paragraph (a source line, a dateline) is followed by the next ones."""


def lead(article: ArticleEntry) -> Markup:
    """The opening of an article, as safe Markdown: its first paragraphs of text, from
    ``LEAD_AT_LEAST`` words up to ``LEAD_WORDS`` (cut there). The event page shows this, the
    article's page the whole text."""
    words: list[str] = []
    for paragraph in paragraphs(article.body):
        if paragraph.kind in ("text", "quote"):
            words += paragraph.text.split()
        if len(words) >= LEAD_AT_LEAST:
            break
    if not words:  # a body of headings and lists only: its first block
        words = " ".join(p.text for p in paragraphs(article.body)[:1]).split()
    text = " ".join(words[:LEAD_WORDS]) + (" …" if len(words) > LEAD_WORDS else "")
    return Markup(md.inline(text))


# The kinds of outlets and entities, as the interface names them (the catalogues' msgids).
KINDS = {_n("news agency"), _n("newspaper"), _n("broadcaster"), _n("state media"),
         _n("online news"), _n("magazine"), _n("blog"), _n("aggregator"), _n("government"),
         _n("other"), _n("person"), _n("organisation"), _n("place")}


def _context(model: SiteModel, base: str) -> dict[str, object]:
    """What every page template may call: the model, the way to the root, and helpers."""
    words = translator(model.language)

    def twins(article: ArticleEntry) -> list[tuple[ArticleEntry, float]]:
        return [(model.article(stem), similarity) for stem, similarity in
                sorted(model.duplicates.get(article.stem, []), key=lambda d: -d[1])]

    return {"model": model, "base": base, "twins": twins, "marked_text": marked_text,
            "lead": lead,
            "kind_label": lambda value: words.gettext(value) if value in KINDS else value,
            "month_name": words.month}


def _page(template: str, model: SiteModel, base: str, front: str, **values: object) -> str:
    return render(template, model.language, front=Markup(front), **_context(model, base),
                  **values)


# -- pages -------------------------------------------------------------------------------

def _after(words: Translator, first: Moment, later: Moment, is_first: bool) -> str:
    """How long after the first report; in whole days when either has no time."""
    if is_first:
        return words.plain("first")
    if not first.has_time or not later.has_time:
        days = (later.day - first.day).days
        return words.plain("same day") if days == 0 else words.plain("+%(days)s d", days=days)
    delta_hours = (later.utc() - first.utc()).total_seconds() / 3600
    if delta_hours < 1:
        return words.plain("within the hour")
    days, hours = divmod(round(delta_hours), 24)
    if days and hours:
        return words.plain("+%(days)s d %(hours)s h", days=days, hours=hours)
    return words.plain("+%(days)s d", days=days) if days else words.plain("+%(hours)s h", hours=hours)


@dataclass(frozen=True)
class SpreadRow:
    order: int
    outlet: str | None
    language: str
    shown: str
    after: str


@dataclass(frozen=True)
class Spread:
    rows: list[SpreadRow]
    chart: Markup
    silent: list[str]


def spread(model: SiteModel, event: EventEntry, articles: list[ArticleEntry]) -> Spread:
    """Who reported the event first, in which language, and how the story spread: the first
    report of each outlet in each language, in the order of real instants."""
    words = translator(model.language)
    moments = {a.stem: model.published(a) for a in articles if a.meta.published}
    dated = sorted((a for a in articles if a.meta.published),
                   key=lambda a: (moments[a.stem].sort_key(), a.stem))
    rows: list[SpreadRow] = []
    chart = Markup("")
    if dated:
        first = moments[dated[0].stem]
        seen: set[tuple[str | None, str]] = set()
        for article in dated:
            key = (article.meta.outlet, article.meta.language)
            if key in seen:
                continue
            seen.add(key)
            moment = moments[article.stem]
            rows.append(SpreadRow(len(rows) + 1, article.meta.outlet, article.meta.language,
                                  words.moment(moment), _after(words, first, moment, not rows)))
        tags = [languages.primary(a.meta.language) for a in dated]
        svg = charts.coverage_chart([(a.meta.published, tag) for a, tag in zip(dated, tags, strict=True)],
                                    f"coverage-{event.id}",
                                    {tag: words.language_name(tag) for tag in tags})
        chart = Markup(charts.figure(svg, words.plain(
            "Reports of the event by day, stacked by language (the chart's description lists "
            "the counts).")))
    reported = {languages.primary(a.meta.language) for a in articles}
    silent = [tag for tag in model.articles_by_language if tag not in reported]
    return Spread(rows, chart, silent)


def event_page(model: SiteModel, event: EventEntry) -> str:
    meta = event.meta
    articles = model.articles_by_event.get(event.id, [])
    words = translator(model.language)
    dates = words.date(meta.date) + (f" – {words.date(meta.end_date)}"
                                     if meta.end_date and meta.end_date != meta.date else "")
    where = dates + (f", {meta.place}" if meta.place else "")
    front = front_matter(event.title, description=where, hide=["navigation"],
                         schema_org=citations.jsonld_event(model, event, model.urls.of(event)),
                         social=_social(_sentences(where, md.plain_summary(event.summary)),
                                        model.language, "article"))
    outlet_ids = [o for a in articles for o in (a.meta.outlet, a.meta.original_outlet) if o]
    return _page("event.md", model, "../", front, here=event.page, event=event, articles=articles,
                 spread=spread(model, event, articles) if articles else None,
                 outlet_ids=outlet_ids)


def article_page(model: SiteModel, article: ArticleEntry) -> str:
    meta = article.meta
    # an article's three sections need no table of contents beside them
    outlet = _outlet_name(model, meta.outlet) if meta.outlet else None
    about = ", ".join(part for part in (outlet, iso_day(meta.published) or None) if part)
    front = front_matter(meta.title, hide=["navigation", "toc"],
                         citation=citations.highwire_article(model, article, model.site_name),
                         schema_org=citations.jsonld_article(model, article, model.urls.of(article)),
                         social=_social(" — ".join(part for part in (
                             about, meta.title_en or md.plain_summary(article.body)) if part),
                                        meta.language, "article"))
    return _page("article.md", model, "../", front, here=article.page, article=article,
                 capture=has_capture_page(model, article))


def _sentences(*parts: str) -> str:
    """Pieces of text as sentences: each ends with a full stop unless it ends otherwise."""
    return " ".join(part if part.endswith((".", "…", "!", "?")) else f"{part}."
                    for part in parts if part)


def _social(description: str, language: str, kind: str = "website") -> dict[str, str]:
    """What a shared link's card shows besides the title (``theme/main.html`` prints it as
    Open Graph and Twitter card tags, escaped there): a description, the language of the
    page's content, and whether it is an article."""
    return {"description": description, "locale": language, "type": kind}


def has_capture_page(model: SiteModel, article: ArticleEntry) -> bool:
    """Whether an article's capture has a page: its raw file is kept, ingest recorded what
    it removed, or the archive holds other captures of its address. An article written by
    hand has none (its page gives the capture's hash, and says it is not kept)."""
    archive = model.archive
    return bool(article.meta.raw_file) or article.stem in archive.cleaning \
        or article.stem in archive.other_captures


CLEANING_NOTES = {"headline": "headline (it became the title)",
                  "dateline": "dateline (it became the publication date)"}


def _raw_text(model: SiteModel, article: ArticleEntry) -> str | None:
    if not article.meta.raw_file:
        return None
    try:
        return capture_text((model.archive.root / article.meta.raw_file).read_bytes())
    except (OSError, ValueError):
        return None


def _shows_source(model: SiteModel, article: ArticleEntry) -> bool:
    """Whether the capture page offers the capture as received, to download: every capture
    the archive keeps."""
    return bool(article.meta.raw_file)


def _views_source(model: SiteModel, article: ArticleEntry) -> bool:
    """Whether the capture page also shows it: an HTML capture (the record shows only its
    text), or one without a cleaning record (a text's lines are the record's)."""
    record = model.archive.cleaning.get(article.stem)
    return record is None or record.input == "html"


def source_file(article: ArticleEntry) -> str:
    """The site's compressed copy of an article's capture, as text, beside its capture page."""
    return f"captures/{article.stem}{SOURCE_SUFFIX}"


def capture_sources(model: SiteModel, kept: Kept | None = None) -> dict[str, bytes]:
    """The captures as received, as UTF-8 text compressed with gzip (a page links its file
    and shows it on demand, instead of repeating up to megabytes of source in the page).

    ``kept``: the files of earlier generations, by the raw capture's hash; a capture whose
    hash is unchanged is not decoded and compressed again."""
    files: dict[str, bytes] = {}
    for article in model.archive.articles:
        if not _shows_source(model, article):
            continue
        raw = model.archive.digest(model.archive.root / article.meta.raw_file)
        found = kept.get(raw) if kept is not None and raw else None
        if found is None:
            text = _raw_text(model, article)
            if text is None:
                continue
            found = gzip.compress(text.encode("utf-8"), compresslevel=6, mtime=0)
            if kept is not None and raw:
                kept.put(raw, found)
        files[source_file(article)] = found
    return files


@dataclass(frozen=True)
class OtherCapture:
    raw_file: str
    sha: str
    retrieved: str
    change: str
    text: str
    words: int


def _other_captures(model: SiteModel, article: ArticleEntry) -> list[OtherCapture]:
    words = translator(model.language)
    out = []
    for other in model.archive.other_captures.get(article.stem, []):
        differs = other.get("differs") or {}
        if differs:
            change = words.plain("%(added)s paragraph(s) not in the article, %(removed)s of the "
                                 "article's not in it", added=differs.get("added", 0),
                                 removed=differs.get("removed", 0))
        else:
            change = words.plain("the article's earlier text") if other.get("replaced") else ""
        raw_file = str(other.get("raw_file") or "")
        text = str(other.get("body") or "")
        out.append(OtherCapture(raw_file, str(other.get("raw_sha256", ""))[:12],
                                str(other.get("retrieved") or "–"), change, text,
                                len(text.split())))
    return out


def capture_page(model: SiteModel, article: ArticleEntry) -> str:
    """The raw capture as received and what cleaning removed from it, line by line, and why.

    Everything from the capture is escaped text inside HTML blocks: raw HTML is shown as
    source, never rendered. The capture itself is a file beside the page (``capture_sources``),
    shown as text when the reader opens it.
    """
    words = translator(model.language)
    record = model.archive.cleaning.get(article.stem)
    removed = [line for line in record.lines if line[2] is not None] if record else []
    front = front_matter(words.plain("Capture: %(title)s", title=article.meta.title),
                         hide=["navigation"])
    source = None
    if _shows_source(model, article):
        text = _raw_text(model, article)
        if text is not None:
            source = (source_file(article).removeprefix("captures/"), len(text),
                      _views_source(model, article))
    return _page("capture.md", model, "../", front, article=article, record=record,
                 removed=removed, reasons=Counter(line[2] for line in removed).most_common(),
                 line_rows=capture_rows(record.lines) if record else [],
                 others=_other_captures(model, article), source=source,
                 cleaning_note=lambda reason: CLEANING_NOTES.get(reason, reason))


GROUPED_FROM = 3
"""Removed lines in a row with the same reason from which a capture page shows them as one
row (their texts folded under a count)."""
_HEADING_MARKS = re.compile(r"^#{1,6}\s+")


@dataclass(frozen=True)
class CaptureRow:
    """A row of a capture page's table of lines: one line, or a run of removed lines with
    the same reason (``texts`` holds each)."""

    first: int
    last: int
    texts: tuple[str, ...]
    reason: str | None
    heading: bool = False
    """A subheading, as the HTML extractor marks one ("## …"): shown without the marks."""


def capture_rows(lines: list[tuple[int, str, str | None]]) -> list[CaptureRow]:
    """The rows of a capture page's table: removed lines in a run of ``GROUPED_FROM`` or more
    with one reason become one row; a subheading loses its Markdown marks."""
    rows: list[CaptureRow] = []
    index = 0
    while index < len(lines):
        number, text, reason = lines[index]
        end = index + 1
        while reason is not None and end < len(lines) and lines[end][2] == reason \
                and lines[end][0] == lines[end - 1][0] + 1:
            end += 1
        if reason is not None and end - index >= GROUPED_FROM:
            rows.append(CaptureRow(number, lines[end - 1][0],
                                   tuple(line[1] for line in lines[index:end]), reason))
            index = end
            continue
        bare = _HEADING_MARKS.sub("", text)
        rows.append(CaptureRow(number, number, (bare,), reason, heading=bare != text))
        index += 1
    return rows


ENTITY_KINDS = [("person", _n("People")), ("organisation", _n("Organisations")),
                ("place", _n("Places"))]


def entities_index(model: SiteModel) -> str:
    words = translator(model.language)
    entities = model.archive.entities
    groups = []
    for kind, heading in ENTITY_KINDS:
        entries = sorted((e for e in entities.values() if e.meta.kind.value == kind),
                         key=lambda e: (-len(model.articles_by_entity.get(e.id, [])), e.meta.name))
        if entries:
            groups.append((words.gettext(heading), entries))
    front = front_matter(words.plain("People, organisations and places"))
    return _page("entities.md", model, "", front, groups=groups)


def entity_page(model: SiteModel, entry) -> str:
    return _page("entity.md", model, "../", front_matter(entry.meta.name, hide=["navigation"]),
                 here=entry.page, entry=entry, articles=model.articles_by_entity.get(entry.id, []),
                 events=model.events_of_entity(entry.id))


def home_page(model: SiteModel) -> str:
    return _page("home.md", model, "", front_matter(model.site_name), here="index.md", glance=_at_a_glance(model),
                 latest=LATEST_EVENTS)


@dataclass(frozen=True)
class Glance:
    languages: Markup
    outlets: Markup


def _at_a_glance(model: SiteModel) -> Glance | None:
    """The archive's languages and outlets as two bar charts (most articles first)."""
    if not model.archive.articles:
        return None
    words = translator(model.language)
    by_language = sorted(((words.language_name(tag), len(items))
                          for tag, items in model.articles_by_language.items()),
                         key=lambda row: (-row[1], row[0]))
    # each article once, by the outlet that published it (an outlet's own list also holds
    # what others republished from it)
    published = Counter(article.meta.outlet for article in model.archive.articles)
    by_outlet = sorted(((_outlet_name(model, outlet_id), count)
                        for outlet_id, count in published.items()),
                       key=lambda row: (-row[1], row[0]))[:10]
    return Glance(
        Markup(charts.figure(charts.bar_chart(by_language, words.plain("Articles by language"),
                                              "languages"), words.plain("Articles by language."))),
        Markup(charts.figure(charts.bar_chart(by_outlet, words.plain("Articles by outlet"),
                                              "outlets"),
                             words.plain("Articles by the outlet that published them (the ten "
                                         "with most)."))))


def _outlet_name(model: SiteModel, outlet_id: str | None) -> str:
    if not outlet_id:
        return translator(model.language).plain("outlet not recorded")
    entry = model.archive.outlets.get(outlet_id)
    return entry.meta.name if entry else outlet_id


def events_index(model: SiteModel) -> str:
    return _page("events.md", model, "", front_matter(translator(model.language).plain("Events")))


def timeline_page(model: SiteModel) -> str:
    by_year: dict[int, dict[int, list[EventEntry]]] = defaultdict(lambda: defaultdict(list))
    for event in model.events:
        day = date.fromisoformat(event.meta.date)
        by_year[day.year][day.month].append(event)
    years = [(year, [(month, by_year[year][month])
                     for month in sorted(by_year[year], reverse=True)])
             for year in sorted(by_year, reverse=True)]
    words = translator(model.language)
    dated = [(a.meta.published, languages.primary(a.meta.language))
             for a in model.archive.articles if a.meta.published]
    svg = charts.monthly_chart(dated, "reports-by-month",
                               {tag: words.language_name(tag) for _, tag in dated},
                               lambda year, month: f"{year}-{month:02d}")
    chart = Markup(charts.figure(svg, words.plain(
        "The archive's reports by the month they were published, stacked by language (the "
        "chart's description lists the counts); the months below list the events."))) \
        if svg else None
    return _page("timeline.md", model, "", front_matter(words.plain("Timeline")),
                 years=years, chart=chart)


def languages_index(model: SiteModel) -> str:
    return _page("languages.md", model, "",
                 front_matter(translator(model.language).plain("Languages")))


def language_page(model: SiteModel, tag: str, articles: list[ArticleEntry]) -> str:
    words = translator(model.language)
    title = words.plain("Articles in %(language)s", language=words.language_name(tag))
    feed = feed_path("languages", tag)
    return _page("language.md", model, "../", front_matter(title, feed=feed),
                 here=f"languages/{tag}.md", tag=tag, articles=articles, feed=feed)


def outlets_index(model: SiteModel) -> str:
    outlets = sorted(model.archive.outlets.items(), key=lambda kv: kv[1].meta.name.lower())
    return _page("outlets.md", model, "", front_matter(translator(model.language).plain("Outlets")),
                 outlets=outlets)


def outlet_page(model: SiteModel, entry: OutletEntry) -> str:
    feed = feed_path("outlets", entry.id)
    return _page("outlet.md", model, "../", front_matter(entry.meta.name, feed=feed),
                 here=entry.page, entry=entry, feed=feed)


def search_page(model: SiteModel) -> str:
    """The search page; its controls come from the theme's ``archive-search.html`` template."""
    front = front_matter(translator(model.language).plain("Search"),
                         template="archive-search.html", hide=["navigation", "toc"])
    return _page("search.md", model, "", front)


class _Inputs:
    """What each page reads, named by the hashes of the content files it comes from.

    A page's key hashes these names with the site's settings; the same key, the same page.
    An index page (home, timeline, the lists of events, languages, outlets and entities)
    reads the whole archive; a page of one article, event, outlet or entity reads its own
    file and the files of what it shows of others."""

    def __init__(self, model: SiteModel) -> None:
        archive = model.archive
        self.model = model
        self.archive = archive
        self.site = repr(model.urls)
        self._rows: dict[str, str] = {}
        self._articles: dict[str, list[str]] = {}
        self.everything = digest(f"{path}={found}" for path, found in
                                sorted(archive.digests.items()))
        self.entities = digest(self.file(e) for _, e in sorted(archive.entities.items()))
        self.languages = ",".join(model.articles_by_language)
        captures: dict[str, list[str]] = defaultdict(list)
        for path, found in archive.digests.items():
            if path.startswith("provenance/") and ".captures/" in path:
                stem = path[len("provenance/"):path.index(".captures/")]
                captures[stem].append(f"{path}={found}")
        self.captures = {stem: sorted(found) for stem, found in captures.items()}

    def file(self, entry) -> str:
        return self.archive.digest(entry.path)

    def row(self, article: ArticleEntry) -> str:
        """An article as lists show it: its title, date, language, outlets and event (worked
        out once per generation: every list an article is in asks for it)."""
        found = self._rows.get(article.stem)
        if found is None:
            found = self._rows[article.stem] = self.model.listed(article)
        return found

    def twins(self, article: ArticleEntry) -> list[str]:
        return [f"{stem}~{similarity}~{self.row(self.model.article(stem))}"
                for stem, similarity in self.model.duplicates.get(article.stem, [])]

    def article(self, article: ArticleEntry) -> list[str]:
        """What an article's page is made from (once per generation: its event's page asks
        for it too)."""
        found = self._articles.get(article.stem)
        if found is None:
            found = self._articles[article.stem] = [
                self.row(article), *(self.model.digest_of(self.archive.entities, entity)
                                     for entity in article.meta.mentions),
                *self.twins(article), *self.capture(article)]
        return found

    def capture(self, article: ArticleEntry) -> list[str]:
        record = self.archive.cleaning.get(article.stem)
        raw = self.archive.digest(self.archive.root / article.meta.raw_file) \
            if article.meta.raw_file else ""
        return [self.file(article), self.file(record) if record else "", raw,
                *self.captures.get(article.stem, [])]

    def event(self, event: EventEntry) -> list[str]:
        parts = [self.file(event), self.entities, self.languages]
        for article in self.model.articles_by_event.get(event.id, []):
            parts += self.article(article)
        return parts

    def entity(self, entry) -> list[str]:
        return [self.file(entry), self.entities,
                *(self.row(a) for a in self.model.articles_by_entity.get(entry.id, [])),
                *(self.file(e) for e in self.model.events_of_entity(entry.id))]

    def outlet(self, entry: OutletEntry) -> list[str]:
        return [self.file(entry),
                *(self.row(a) for a in self.model.articles_by_outlet.get(entry.id, []))]

    def language(self, articles: list[ArticleEntry]) -> list[str]:
        return [self.row(a) for a in articles]


def all_pages(model: SiteModel, kept: Kept | None = None) -> dict[str, str]:
    """Every generated page, keyed by its path under the docs folder.

    ``kept``: the pages of earlier generations, by the key of their inputs (``_Inputs``); a
    page whose inputs are unchanged is taken from it, not made again."""
    pages: dict[str, str] = {}
    keys: dict[str, str] = {}
    inputs = _Inputs(model) if kept is not None else None
    to_make: list[tuple[str, Callable[..., str], tuple]] = []

    def add(name: str, what, make, *args) -> None:
        if inputs is not None:
            key = keys[name] = digest([inputs.site, name, *what()])
            found = kept.get(key)
            if found is not None:
                pages[name] = found
                return
        pages[name] = ""  # made below; the pages keep this order
        to_make.append((name, make, args))

    def everything() -> list[str]:
        return [inputs.everything]

    add("index.md", everything, home_page)
    add("search.md", everything, search_page)
    add("events/index.md", everything, events_index)
    add("timeline.md", everything, timeline_page)
    add("languages/index.md", everything, languages_index)
    add("outlets/index.md", everything, outlets_index)
    for event in model.events:
        add(event.page, lambda e=event: inputs.event(e), event_page, event)
    for article in model.archive.articles:
        add(article.page, lambda a=article: inputs.article(a), article_page, article)
        if has_capture_page(model, article):
            add(article.capture_page, lambda a=article: inputs.capture(a), capture_page, article)
    for tag, articles in model.articles_by_language.items():
        add(f"languages/{tag}.md", lambda a=articles: inputs.language(a), language_page, tag,
            articles)
    for entry in model.archive.outlets.values():
        add(entry.page, lambda e=entry: inputs.outlet(e), outlet_page, entry)
    add("entities/index.md", everything, entities_index)
    for entry in model.archive.entities.values():
        add(entry.page, lambda e=entry: inputs.entity(e), entity_page, entry)
    made = _made(model, to_make)
    pages.update(made)
    if kept is not None:
        for name, text in made.items():
            kept.put(keys[name], text)
    return pages


def _made(model: SiteModel, jobs: list[tuple[str, Callable[..., str], tuple]]
          ) -> dict[str, str]:
    """The text of each page of ``jobs`` (name, how it is made, with what), by name; with
    many of them and a second core, every other one is made in a forked process meanwhile
    (``Forked``: the same text, whichever process makes it)."""
    def made_of(part) -> dict[str, str]:
        return {name: make(model, *args) for name, make, args in part}

    if not worth_a_second_core(len(jobs) / 2):
        return made_of(jobs)
    mine, theirs = on_two_cores(made_of, jobs[0::2], jobs[1::2])  # event pages cost more
    return {**mine, **theirs}
