"""Citing the archive: CSL-JSON, BibTeX, Highwire ``citation_*`` tags and schema.org JSON-LD.

An article is cited as the outlet's article (title, outlet, date, original address) archived
in this archive; an event as a page of the archive. Addresses are absolute when ``site_url``
is known, else relative to the site's root.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING

from ..reuse.memo import Kept
from ..text import languages
from ..text.moments import day_of, iso_day

if TYPE_CHECKING:
    from ..content import ArticleEntry, EventEntry
    from .model import SiteModel


def _date_parts(value: str | None) -> list[list[int]] | None:
    day = day_of(value)
    return [[day.year, day.month, day.day]] if day else None


def csl_article(model: SiteModel, article: ArticleEntry, site_name: str, address: str) -> dict:
    meta = article.meta
    outlet = model.archive.outlets.get(meta.outlet) if meta.outlet else None
    item = {
        "id": article.stem,
        "type": "article-newspaper",
        "title": meta.title,
        "language": meta.language,
        "container-title": outlet.meta.name if outlet else None,
        "issued": {"date-parts": _date_parts(meta.published)} if meta.published else None,
        "author": [{"literal": meta.author}] if meta.author else None,
        "URL": meta.url,
        "archive": site_name,
        "archive_location": address,
        "note": f"English title: {meta.title_en}" if meta.title_en else None,
    }
    return {k: v for k, v in item.items() if v}


def csl_event(model: SiteModel, event: EventEntry, site_name: str, address: str) -> dict:
    return {
        "id": event.id,
        "type": "webpage",
        "title": event.title,
        "container-title": site_name,
        "event-date": {"date-parts": _date_parts(event.meta.date)},
        "event-place": event.meta.place or None,
        "URL": address,
    }


_BIBTEX_SPECIAL = re.compile(r"([{}\\%&$#_^~])")


def _bib(value: str) -> str:
    """A BibTeX field value: special characters escaped, kept in braces."""
    escaped = _BIBTEX_SPECIAL.sub(lambda m: "\\" + m.group(1) if m.group(1) not in "\\^~"
                                  else {"\\": r"\textbackslash{}", "^": r"\^{}", "~": r"\~{}"}[m.group(1)],
                                  " ".join(str(value).split()))
    return "{" + escaped + "}"


def bibtex(item: dict) -> str:
    """One CSL item as a BibTeX entry (biblatex field names for what BibTeX lacks)."""
    kind = "article" if item["type"] == "article-newspaper" else "online"
    fields: list[tuple[str, str]] = [("title", item["title"])]
    if item.get("author"):
        fields.append(("author", " and ".join("{" + a["literal"] + "}" for a in item["author"])))
    if item.get("container-title"):
        fields.append(("journaltitle" if kind == "article" else "organization", item["container-title"]))
    parts = (item.get("issued") or item.get("event-date") or {}).get("date-parts")
    if parts:
        fields.append(("date", "-".join(f"{n:02d}" if i else str(n) for i, n in enumerate(parts[0]))))
    if item.get("URL"):
        fields.append(("url", item["URL"]))
    if item.get("language"):
        fields.append(("langid", languages.language_name(item["language"]).lower()))
    if item.get("archive_location"):
        fields.append(("note", f"Archived in {item['archive']}: {item['archive_location']}"))
    def value_of(name: str, value: str) -> str:
        if name == "author":
            return "{" + value + "}"
        if name == "url":  # verbatim in biblatex: only braces would break it
            return "{" + value.replace("{", "%7B").replace("}", "%7D") + "}"
        return _bib(value)

    body = ",\n".join(f"  {name} = {value_of(name, value)}" for name, value in fields)
    key = re.sub(r"[^A-Za-z0-9_-]", "", item["id"]) or "item"
    return f"@{kind}{{{key},\n{body}\n}}\n"


def highwire_article(model: SiteModel, article: ArticleEntry, site_name: str) -> dict[str, str]:
    meta = article.meta
    outlet = model.archive.outlets.get(meta.outlet) if meta.outlet else None
    tags = {
        "citation_title": meta.title,
        "citation_language": meta.language,
        "citation_publication_date": (iso_day(meta.published) or "").replace("-", "/"),
        "citation_journal_title": outlet.meta.name if outlet else "",
        "citation_author": meta.author or "",
        "citation_public_url": meta.url or "",
        "citation_publisher": site_name,
    }
    return {k: v for k, v in tags.items() if v}


def jsonld_article(model: SiteModel, article: ArticleEntry, address: str) -> dict:
    meta = article.meta
    outlet = model.archive.outlets.get(meta.outlet) if meta.outlet else None
    event = model.archive.events.get(meta.event) if meta.event else None
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": meta.title,
        "inLanguage": meta.language,
        "datePublished": meta.published,
        "author": {"@type": "Person", "name": meta.author} if meta.author else None,
        "publisher": {"@type": "Organization", "name": outlet.meta.name} if outlet else None,
        "url": address,
        "isBasedOn": meta.url,
        "about": {"@type": "Event", "name": event.title, "startDate": event.meta.date}
        if event else None,
    }
    return {k: v for k, v in data.items() if v}


def jsonld_event(model: SiteModel, event: EventEntry, address: str) -> dict:
    meta = event.meta
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": meta.title,
        "startDate": meta.date,
        "endDate": meta.end_date,
        "location": {"@type": "Place", "name": meta.place} if meta.place else None,
        "url": address,
        "description": " ".join(event.summary.split())[:500] if event.summary else None,
        "subjectOf": [{"@type": "NewsArticle", "headline": a.meta.title, "inLanguage": a.meta.language}
                      for a in model.articles_by_event.get(event.id, [])] or None,
    }
    return {k: v for k, v in data.items() if v}


def csl_json(item: dict) -> str:
    """A CSL-JSON file of one item, on one line: a reference manager reads it the same."""
    return json.dumps([item], ensure_ascii=False, separators=(",", ":")) + "\n"


def citation_files(model: SiteModel, kept: Kept | None = None) -> dict[str, str]:
    """CSL-JSON and BibTeX for every article and event, keyed by path under the site's root.

    ``kept``: each article's two files from earlier generations with the same settings, by
    the article and how lists show it (``model.listed``, which holds all a citation reads);
    an article listed the same is not cited again."""
    files = {}
    for article in model.archive.articles:

        def cite(article=article) -> tuple[str, str]:
            item = csl_article(model, article, model.site_name, model.urls.of(article))
            return csl_json(item), bibtex(item)

        key = (article.stem, model.listed(article))
        found = kept.get_or_make(key, cite) if kept is not None else cite()
        files[f"cite/articles/{article.stem}.json"] = found[0]
        files[f"cite/articles/{article.stem}.bib"] = found[1]
    for event in model.events:
        item = csl_event(model, event, model.site_name, model.urls.of(event))
        files[f"cite/events/{event.id}.json"] = csl_json(item)
        files[f"cite/events/{event.id}.bib"] = bibtex(item)
    return files
