"""The archive as data: JSON and CSV of articles and events, a Frictionless data package
describing them, and an Atom feed of events, newest first.

Written by ``build`` into the docs folder (``data/`` and ``feed.xml``), so the published site
serves them beside its pages.
"""

from __future__ import annotations

import csv
import io
import json
import re
from xml.etree import ElementTree as ET

from ..content import ArticleEntry
from ..reuse.memo import Kept
from ..text import languages
from ..text.moments import Moment, iso_day
from .model import SiteModel
from .translations import translator

ATOM = "http://www.w3.org/2005/Atom"

ARTICLE_FIELDS = [
    ("id", "string", "The article's file name without .md; its page is articles/<id>/."),
    ("title", "string", "Headline in the original language and script."),
    ("title_en", "string", "The curator's English translation of the headline."),
    ("language", "string", "BCP 47 tag of the article's language."),
    ("language_name", "string", "English name of the language."),
    ("direction", "string", "Writing direction of the text: ltr or rtl."),
    ("published", "string", "Publication date or date-time, ISO 8601, Gregorian."),
    ("published_text", "string", "The date as the page printed it."),
    ("outlet", "string", "Id of the outlet that published this copy."),
    ("outlet_name", "string", "Name of that outlet."),
    ("original_outlet", "string", "Id of the outlet credited as the story's source."),
    ("event", "string", "Id of the event the article reports."),
    ("url", "string", "Address the capture came from; empty when not recorded."),
    ("archived_url", "string", "A web archive's copy of the page."),
    ("author", "string", "Author or byline as printed."),
    ("mentions", "string", "Ids of the entities the text names (see entities), separated by ' '."),
    ("raw_sha256", "string", "SHA-256 of the raw capture the text was cleaned from."),
]
EVENT_FIELDS = [
    ("id", "string", "The event's id; its page is events/<id>/."),
    ("title", "string", "English title."),
    ("date", "date", "Day it happened (first day of a range)."),
    ("end_date", "date", "Last day, for a range."),
    ("place", "string", "Where it happened."),
    ("participants", "string", "People and organisations taking part, separated by '; '."),
    ("articles", "integer", "How many articles of the archive report it."),
    ("languages", "string", "Language tags of those articles, separated by ' '."),
    ("entities", "string", "Ids of the entities its participants and articles name, separated by ' '."),
]
ENTITY_FIELDS = [
    ("id", "string", "The entity's id; its page is entities/<id>/."),
    ("name", "string", "The name the archive shows (English)."),
    ("kind", "string", "person, organisation or place."),
    ("wikidata", "string", "Wikidata id, when known."),
    ("description", "string", "Short description."),
    ("names", "string", "Every name by language: 'tag: name | name' groups separated by '; '."),
    ("articles", "integer", "How many articles name it."),
    ("events", "string", "Ids of the events it takes part in or is named in, separated by ' '."),
]


def _by_date(model: SiteModel) -> list[ArticleEntry]:
    return sorted(model.archive.articles, key=lambda a: (a.meta.published or "", a.stem))


def _article_row(model: SiteModel, article: ArticleEntry) -> dict[str, str]:
    meta = article.meta
    outlet = model.archive.outlets.get(meta.outlet) if meta.outlet else None
    return {
        "id": article.stem, "title": meta.title, "title_en": meta.title_en or "",
        "language": meta.language, "language_name": languages.language_name(meta.language),
        "direction": languages.direction(meta.language), "published": meta.published or "",
        "published_text": meta.published_text or "", "outlet": meta.outlet or "",
        "outlet_name": outlet.meta.name if outlet else "",
        "original_outlet": meta.original_outlet or "", "event": meta.event or "",
        "url": meta.url or "", "archived_url": meta.archived_url or "",
        "author": meta.author or "", "mentions": " ".join(meta.mentions),
        "raw_sha256": meta.raw_sha256,
    }


def _article_lines(model: SiteModel, kept: Kept | None) -> tuple[list[str], list[str]]:
    """Each article's row as a line of ``articles.json`` and one of ``articles.csv``, by
    date. ``kept``: the lines of earlier generations, by the files a row comes from (the
    article's and its outlet's)."""
    archive = model.archive
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    json_lines, csv_lines = [], []
    for article in _by_date(model):

        def lines(article=article) -> tuple[str, str]:
            row = _article_row(model, article)
            out.seek(0)
            out.truncate()
            writer.writerow([_cell(row[name]) for name, _, _ in ARTICLE_FIELDS])
            return _json_line(row), out.getvalue()

        key = (f"{article.path}\0{archive.digest(article.path)}\0"
               f"{model.digest_of(archive.outlets, article.meta.outlet)}")
        found = kept.get_or_make(key, lines) if kept is not None else lines()
        json_lines.append(found[0])
        csv_lines.append(found[1])
    return json_lines, csv_lines


def event_rows(model: SiteModel) -> list[dict[str, object]]:
    rows = []
    for event in sorted(model.events, key=lambda e: (e.meta.date, e.id)):
        articles = model.articles_by_event.get(event.id, [])
        rows.append({
            "id": event.id, "title": event.title, "date": event.meta.date,
            "end_date": event.meta.end_date or "", "place": event.meta.place or "",
            "participants": "; ".join(event.meta.participants), "articles": len(articles),
            "languages": " ".join(sorted({a.meta.language for a in articles})),
            "entities": " ".join(e for e, _ in model.entities_of_event(event.id)),
        })
    return rows


def entity_rows(model: SiteModel) -> list[dict[str, object]]:
    rows = []
    for entry in sorted(model.archive.entities.values(), key=lambda e: e.id):
        meta = entry.meta
        rows.append({
            "id": entry.id, "name": meta.name, "kind": meta.kind.value,
            "wikidata": meta.wikidata or "", "description": meta.description or "",
            "names": "; ".join(f"{tag}: {' | '.join(names)}" for tag, names in meta.names.items()),
            "articles": len(model.articles_by_entity.get(entry.id, [])),
            "events": " ".join(e.id for e in model.events_of_entity(entry.id)),
        })
    return rows


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> object:
    """A CSV cell a spreadsheet will not run: text starting like a formula (``=HYPERLINK(``,
    ``+``, ``-``, ``@``) gets a leading apostrophe, as spreadsheets themselves write it. The
    JSON files keep every value as it is."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _csv(rows: list[dict], fields: list[tuple[str, str, str]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, [name for name, _, _ in fields], lineterminator="\n")
    writer.writeheader()
    writer.writerows({key: _cell(value) for key, value in row.items()} for row in rows)
    return out.getvalue()


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_text(value: str) -> str:
    """``value`` without the characters XML 1.0 cannot hold (control characters), which
    would make the whole feed unreadable for every subscriber."""
    return _NOT_XML.sub("", value)


def _schema(fields: list[tuple[str, str, str]]) -> dict:
    return {"fields": [{"name": n, "type": t, "description": d} for n, t, d in fields],
            "primaryKey": "id"}


def datapackage(site_name: str, model: SiteModel) -> dict:
    def resource(name: str, fields, description: str) -> list[dict]:
        return [
            {"name": f"{name}-csv", "path": f"{name}.csv", "format": "csv", "mediatype": "text/csv",
             "encoding": "utf-8", "description": description, "schema": _schema(fields)},
            {"name": f"{name}-json", "path": f"{name}.json", "format": "json",
             "mediatype": "application/json", "encoding": "utf-8", "description": description,
             "schema": _schema(fields)},
        ]

    return {
        "name": "news-archive",
        "title": site_name,
        "description": f"{len(model.archive.articles)} articles reporting {len(model.events)} "
                       "events, in their original languages, with the curator's metadata.",
        "resources": resource("articles", ARTICLE_FIELDS, "One row per article.")
        + resource("events", EVENT_FIELDS, "One row per event.")
        + resource("entities", ENTITY_FIELDS,
                   "One row per person, organisation or place of the name authority."),
    }


def atom_feed(model: SiteModel) -> str:
    """Events, newest first; links are resolved against the site's address when it is known
    (``xml:base``)."""
    ET.register_namespace("", ATOM)
    site_name = model.site_name
    feed = ET.Element(f"{{{ATOM}}}feed")
    base = model.urls.base
    if base:
        feed.set("{http://www.w3.org/XML/1998/namespace}base", base)
    ET.SubElement(feed, f"{{{ATOM}}}title").text = _xml_text(site_name)
    ET.SubElement(feed, f"{{{ATOM}}}id").text = base or "tag:news-archive,2026:feed"
    # absolute where the site's address is known: not every reader resolves xml:base
    ET.SubElement(feed, f"{{{ATOM}}}link", href=f"{base}feed.xml", rel="self")
    ET.SubElement(feed, f"{{{ATOM}}}link", href=base or "./", rel="alternate")
    updated = []
    entries = []
    words = translator(model.language)
    for event in model.events:  # newest first
        articles = model.articles_by_event.get(event.id, [])
        moments = [model.published(a) for a in articles if a.meta.published] + [
            Moment.parse(event.meta.date)]
        latest = max(_stamp(m) for m in moments)
        updated.append(latest)
        entry = ET.Element(f"{{{ATOM}}}entry")
        ET.SubElement(entry, f"{{{ATOM}}}title").text = _xml_text(event.title)
        ET.SubElement(entry, f"{{{ATOM}}}id").text = f"tag:news-archive,2026:event/{event.id}"
        ET.SubElement(entry, f"{{{ATOM}}}updated").text = latest
        ET.SubElement(entry, f"{{{ATOM}}}link", href=model.urls.of(event),
                      rel="alternate")
        summary = f"{event.meta.date}" + (f", {event.meta.place}" if event.meta.place else "")
        counted = words.ngettext("%(num)d article", "%(num)d articles", len(articles))
        summary += f". {counted.unescape()} in " + (
            ", ".join(sorted({languages.language_name(a.meta.language) for a in articles})) or "no language")
        ET.SubElement(entry, f"{{{ATOM}}}summary").text = _xml_text(summary)
        entries.append(entry)
    ET.SubElement(feed, f"{{{ATOM}}}updated").text = max(
        updated, default=_stamp(Moment.parse("2000-01-01")))
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    ET.SubElement(author, f"{{{ATOM}}}name").text = _xml_text(site_name)
    feed.extend(entries)
    ET.indent(feed)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode") + "\n"


FEED_ENTRIES = 50
"""Articles in a language's or an outlet's feed: the newest (a reader follows what is new)."""


def feed_path(kind: str, identifier: str) -> str:
    """Where the feed of a language ("languages", its tag) or an outlet ("outlets", its id)
    is, under the site's root."""
    return f"feeds/{kind}/{identifier}.xml"


def article_feed(model: SiteModel, articles: list[ArticleEntry], title: str, path: str) -> str:
    """An Atom feed of ``articles`` (the newest ``FEED_ENTRIES``), written at ``path``: each
    entry is an article, in its language, with its English title and outlet as summary."""
    ET.register_namespace("", ATOM)
    base = model.urls.base
    words = translator(model.language)
    feed = ET.Element(f"{{{ATOM}}}feed")
    if base:
        feed.set("{http://www.w3.org/XML/1998/namespace}base", base)
    # without the site's address, links are relative to the feed's own folder
    up = "" if base else "../" * path.count("/")
    ET.SubElement(feed, f"{{{ATOM}}}title").text = _xml_text(f"{title} — {model.site_name}")
    ET.SubElement(feed, f"{{{ATOM}}}id").text = f"tag:news-archive,2026:{path}"
    ET.SubElement(feed, f"{{{ATOM}}}link", href=f"{base}{path}" if base else path.rsplit("/")[-1],
                  rel="self")
    ET.SubElement(feed, f"{{{ATOM}}}link", href=base or up, rel="alternate")
    dated = sorted(articles, key=lambda a: (_stamp(model.published(a)) if a.meta.published
                                            else "", a.stem), reverse=True)[:FEED_ENTRIES]
    entries, updated = [], []
    for article in dated:
        meta = article.meta
        stamp = (_stamp(model.published(article)) if meta.published
                 else _stamp(Moment.parse("2000-01-01")))
        updated.append(stamp)
        entry = ET.Element(f"{{{ATOM}}}entry")
        heading = ET.SubElement(entry, f"{{{ATOM}}}title")
        heading.text = _xml_text(meta.title)
        heading.set("{http://www.w3.org/XML/1998/namespace}lang", meta.language)
        ET.SubElement(entry, f"{{{ATOM}}}id").text = f"tag:news-archive,2026:article/{article.stem}"
        ET.SubElement(entry, f"{{{ATOM}}}updated").text = stamp
        ET.SubElement(entry, f"{{{ATOM}}}link", href=up + model.urls.of(article),
                      rel="alternate")
        outlet = model.archive.outlets.get(meta.outlet or "")
        summary = [meta.title_en or "", outlet.meta.name if outlet else "",
                   languages.language_name(meta.language),
                   (iso_day(meta.published) or "") if meta.published else
                   words.plain("date not recorded")]
        ET.SubElement(entry, f"{{{ATOM}}}summary").text = _xml_text(
            " · ".join(part for part in summary if part))
        entries.append(entry)
    ET.SubElement(feed, f"{{{ATOM}}}updated").text = max(
        updated, default=_stamp(Moment.parse("2000-01-01")))
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    ET.SubElement(author, f"{{{ATOM}}}name").text = _xml_text(model.site_name)
    feed.extend(entries)
    ET.indent(feed)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode") + "\n"


def feeds(model: SiteModel) -> dict[str, str]:
    """A feed of each language's articles and of each outlet's (those it published), by path."""
    words = translator(model.language)
    found = {}
    for tag, articles in model.articles_by_language.items():
        path = feed_path("languages", tag)
        found[path] = article_feed(model, articles, words.plain(
            "Articles in %(language)s", language=words.language_name(tag)), path)
    published: dict[str, list[ArticleEntry]] = {}
    for article in model.archive.articles:
        if article.meta.outlet:
            published.setdefault(article.meta.outlet, []).append(article)
    for outlet_id, entry in model.archive.outlets.items():
        path = feed_path("outlets", outlet_id)
        found[path] = article_feed(model, published.get(outlet_id, []), entry.meta.name, path)
    return found


def _stamp(moment: Moment) -> str:
    """An Atom timestamp in UTC: a local time placed by its offset or outlet's time zone (a
    time of unknown zone taken as UTC), a day alone at its start."""
    if not moment.has_time:
        return f"{moment.day.isoformat()}T00:00:00Z"
    return moment.utc().strftime("%Y-%m-%dT%H:%M:%SZ")


def _dump(data) -> str:
    """JSON with one line per item of a list (an article, an event): without the indentation
    of every field, and still read a line at a time or compared with diff."""
    if isinstance(data, list):
        return _json_list([_json_line(item) for item in data])
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def _json_line(item: dict) -> str:
    return json.dumps(item, ensure_ascii=False, separators=(",", ":"))


def _json_list(lines: list[str]) -> str:
    return "[\n" + ",\n".join(lines) + "\n]\n" if lines else "[]\n"


def exports(model: SiteModel, kept: Kept | None = None) -> dict[str, str]:
    """Every data file and the feed, keyed by its path under the site's root. ``kept``:
    each article's lines, kept between generations (``_article_lines``)."""
    json_lines, csv_lines = _article_lines(model, kept)
    events = event_rows(model)
    entities = entity_rows(model)
    return {
        "data/articles.json": _json_list(json_lines),
        "data/articles.csv": _csv([], ARTICLE_FIELDS) + "".join(csv_lines),
        "data/events.json": _dump(events),
        "data/events.csv": _csv(events, EVENT_FIELDS),
        "data/entities.json": _dump(entities),
        "data/entities.csv": _csv(entities, ENTITY_FIELDS),
        "data/datapackage.json": _dump(datapackage(model.site_name, model)),
        "feed.xml": atom_feed(model),
        **feeds(model),
    }
