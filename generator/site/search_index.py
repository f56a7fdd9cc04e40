"""Build the static search index: small script files a browser loads on demand.

Layout under the output folder (``docs/search-index/``)::

    manifest.js        the first term of every term chunk, the filter values, the fold table
    t/<n>.js           a chunk of the sorted term dictionary with each term's postings
    d/<id>.js          one record: title, URL, language, outlet, event, date, text
    f/<facet>/<n>.js   the records having one filter value (a language, an outlet, ...)

Every file is a script calling ``ArchiveSearch.<kind>(...)``, so the index loads over HTTP and
from a site opened as files alike. A term's postings are one string of numbers (``encode_numbers``):
the gap to the record before and the score, for each record holding the term. Scores are BM25, computed here once per (term, record), so a
query only adds numbers. Records are numbered newest first: that is the order of a browse
without a query, and the tie-breaker of a search.
"""

from __future__ import annotations

import hashlib
import json
import math
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from ..fsutil import write_generated
from ..text import fold as normalize
from ..text import languages
from ..text.body import plain_lines
from ..text.moments import day_of, iso_day
from .model import SiteModel
from .translations import translator

TITLE_WEIGHT = 3
K1, B = 1.2, 0.75
CHUNK_BYTES = 24_000
TEXT_LIMIT = 300  # characters of text a result can excerpt: the lead, where most matches are
INDEX_FOLDER = "search-index"


@dataclass
class Record:
    url: str
    kind: str  # "article" or "event"
    title: str
    language: str
    text: str
    date: str | None
    title_en: str | None = None
    outlet: str | None = None
    outlet_name: str | None = None
    event: str | None = None
    event_title: str | None = None
    facets: dict[str, str] = field(default_factory=dict)
    aliases: list[str] = field(default_factory=list)
    """Every name, in every script, of the entities the record names: "Путин" finds a
    Turkish article that writes "Putin"."""

    def as_json(self) -> dict:
        data = {
            "u": self.url, "k": self.kind, "t": self.title, "l": self.language,
            "d": languages.direction(self.language), "x": _lead(self.text),
        }
        optional = {"e": self.title_en, "o": self.outlet_name, "v": self.event_title,
                    "p": self.date, "ve": self.event}
        data.update({k: v for k, v in optional.items() if v})
        return data


def _lead(text: str) -> str:
    """The first ``TEXT_LIMIT`` characters of ``text``, ending at a word's end."""
    if len(text) <= TEXT_LIMIT:
        return text
    cut = text[:TEXT_LIMIT]
    space = max(cut.rfind(" "), cut.rfind("\n"))
    return cut[:space] if space > TEXT_LIMIT // 2 else cut


@dataclass
class IndexReport:
    records: int
    terms: int
    chunks: int
    files: int
    bytes: int


def _aliases(model: SiteModel, entity_ids) -> list[str]:
    names: list[str] = []
    for entity_id in entity_ids:
        entry = model.archive.entities.get(entity_id)
        if entry is not None:
            names.append(entry.meta.name)
            names += [n for spellings in entry.meta.names.values() for n in spellings]
    return names


def records_from(model: SiteModel) -> list[Record]:
    """One record per article and per event, newest first."""
    archive = model.archive
    records: list[Record] = []
    for article in archive.articles:
        meta = article.meta
        outlet = archive.outlets.get(meta.outlet) if meta.outlet else None
        event = archive.events.get(meta.event) if meta.event else None
        body = plain_lines(article.body)
        facets = {"lang": languages.primary(meta.language)}
        if meta.outlet:
            facets["outlet"] = meta.outlet
        if meta.event:
            facets["event"] = meta.event
        if meta.published:
            facets["year"] = str(day_of(meta.published).year)
        records.append(Record(
            url=model.urls.page(article.page), kind="article",
            title=meta.title, title_en=meta.title_en, language=meta.language, text=body,
            date=iso_day(meta.published),
            outlet=meta.outlet, outlet_name=outlet.meta.name if outlet else None,
            event=meta.event, event_title=event.meta.title if event else None, facets=facets,
            aliases=_aliases(model, meta.mentions),
        ))
    for event in archive.events.values():
        meta = event.meta
        text = "\n".join(filter(None, [
            translator(model.language).date(meta.date), meta.place, ", ".join(meta.participants), event.summary,
            ", ".join(meta.tags)]))
        records.append(Record(
            url=model.urls.page(event.page), kind="event",
            title=meta.title, language="en", text=text, date=meta.date, event=event.id,
            event_title=meta.title, facets={"event": event.id, "year": str(day_of(meta.date).year)},
            aliases=_aliases(model, [e for e, _ in model.entities_of_event(event.id)]),
        ))
    records.sort(key=lambda r: (r.date or "", r.kind == "event", r.url), reverse=True)
    return records


# Numbers in base 32, most significant group first, one character a group: a character from
# the first half of DIGITS ends a number, one from the second half says more groups follow.
# No character needs escaping in JSON. "3,29," is five bytes as a JSON list and two here.
DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_"


def _encode_number(value: int) -> str:
    groups = [DIGITS[value & 31]]
    value >>= 5
    while value:
        groups.append(DIGITS[32 + (value & 31)])
        value >>= 5
    return "".join(reversed(groups))


_SMALL = [_encode_number(v) for v in range(1024)]


def encode_numbers(numbers: list[int]) -> str:
    """``numbers`` (none negative) as one string; ``decode_numbers`` and assets/search.js
    read it back."""
    small = _SMALL
    return "".join(small[v] if v < 1024 else _encode_number(v) for v in numbers)


def decode_numbers(text: str) -> list[int]:
    numbers, value = [], 0
    for char in text:
        digit = DIGITS.index(char)
        value = value * 32 + (digit & 31)
        if digit < 32:
            numbers.append(value)
            value = 0
    return numbers


def _term_counts(record: Record) -> Counter[str]:
    counts: Counter[str] = Counter(normalize.tokens(record.text))
    for token in normalize.tokens(record.title):
        counts[token] += TITLE_WEIGHT
    # the names of the entities it names, once each, so they match in every script
    for token in set(normalize.tokens(" ".join(record.aliases))):
        counts[token] += 1
    # A language's stemmer applies to that language's text only.
    if languages.primary(record.language) == "ar":
        for token, count in list(counts.items()):
            stem = normalize.arabic_stem(token)
            if stem:
                counts[stem] += count
    return counts


def _js(call: str, *args: object) -> str:
    payload = ",".join(json.dumps(a, ensure_ascii=False, separators=(",", ":")) for a in args)
    return f"ArchiveSearch.{call}({payload});\n"


def _browser_order(term: str) -> bytes:
    """Sort key matching JavaScript's string comparison (UTF-16 code units)."""
    return term.encode("utf-16-be")


def build_index(model: SiteModel, out: Path) -> IndexReport:
    """Write the index for ``model`` into ``out``; remove files of an earlier index."""
    report, files = index_files(model)
    write_generated(out, files, owned=(".",))
    return report


class CountMemo:
    """Each record's term counts, by a hash of what they are counted from, kept between
    builds (``incremental``): a build after an edit counts the edited records only."""

    def __init__(self) -> None:
        self.counts: dict[bytes, tuple[tuple[str, ...], tuple[int, ...]]] = {}


def _counted(record: Record, memo: CountMemo | None,
             current: dict[bytes, tuple[tuple[str, ...], tuple[int, ...]]]) -> Counter[str] | tuple:
    if memo is None:
        return _term_counts(record)
    key = hashlib.blake2b("\0".join([record.language, record.title, record.text,
                                     *record.aliases]).encode("utf-8", "surrogatepass"),
                          digest_size=16).digest()
    found = memo.counts.get(key)
    if found is None:
        counts = _term_counts(record)
        found = (tuple(sys.intern(term) for term in counts), tuple(counts.values()))
    current[key] = found
    return found


def index_files(model: SiteModel, memo: CountMemo | None = None,
                ) -> tuple[IndexReport, dict[str, str]]:
    """The index's files, keyed by path inside the index folder (page addresses as
    ``model.urls`` gives them). ``memo``: see ``CountMemo``."""
    records = records_from(model)
    current: dict[bytes, tuple[tuple[str, ...], tuple[int, ...]]] = {}
    counted = [_counted(r, memo, current) for r in records]
    if memo is not None:
        memo.counts = current
    pairs = [tuple(c.items()) if isinstance(c, Counter) else tuple(zip(*c, strict=True))
             for c in counted]
    lengths = [sum(tf for _, tf in terms) for terms in pairs]
    average = (sum(lengths) / len(lengths)) if lengths else 1.0
    # BM25's length part of each record, once per record, not once per posting
    shrink = [K1 * (1 - B + B * length / average) for length in lengths]
    postings: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for doc, terms in enumerate(pairs):
        for term, tf in terms:
            postings[term].append((doc, tf))
    total = len(records)
    files: dict[str, str] = {}
    chunk_starts: list[str] = []
    chunk: list[str] = []
    size = 0

    def flush() -> None:
        nonlocal chunk, size
        if chunk:  # as ``_js("terms", n, {term: postings})`` writes it, each list encoded once
            files[f"t/{len(chunk_starts) - 1}.js"] = \
                f"ArchiveSearch.terms({len(chunk_starts) - 1},{{{','.join(chunk)}}});\n"
        chunk, size = [], 0

    scale = K1 + 1
    for term in sorted(postings, key=_browser_order):
        entries = postings[term]
        idf10 = 10 * math.log(1 + (total - len(entries) + 0.5) / (len(entries) + 0.5))
        flat: list[int] = []
        previous = 0
        for doc, tf in entries:
            flat += [doc - previous, max(1, round(idf10 * (tf * scale / (tf + shrink[doc]))))]
            previous = doc
        encoded = '"' + encode_numbers(flat) + '"'
        cost = len(term) * 2 + 6 + len(encoded)
        if not chunk_starts or size + cost > CHUNK_BYTES:
            flush()
            chunk_starts.append(term)
        chunk.append(json.dumps(term, ensure_ascii=False) + ":" + encoded)
        size += cost
    flush()

    facet_values: dict[str, Counter[str]] = defaultdict(Counter)
    facet_docs: dict[tuple[str, str], list[int]] = defaultdict(list)
    for doc, record in enumerate(records):
        files[f"d/{doc}.js"] = _js("record", doc, record.as_json())
        for facet, value in record.facets.items():
            facet_values[facet][value] += 1
            facet_docs[(facet, value)].append(doc)
    facets: dict[str, list[list]] = {}
    for facet, values in facet_values.items():
        ordered = sorted(values, key=lambda v: _facet_label(model, facet, v).lower())
        if facet == "year":
            ordered = sorted(values, reverse=True)
        facets[facet] = [[v, _facet_label(model, facet, v), values[v]] for v in ordered]
        for number, value in enumerate(ordered):
            files[f"f/{facet}/{number}.js"] = _js("facet", f"{facet}:{value}",
                                                  facet_docs[(facet, value)])
    manifest = {
        "version": 1, "records": total, "chunks": chunk_starts, "facets": facets,
        "fold": normalize.table_for_browser(),
    }
    files["manifest.js"] = _js("manifest", manifest)

    size = sum(len(text.encode("utf-8")) for text in files.values())
    return IndexReport(total, len(postings), len(chunk_starts), len(files), size), files


def _facet_label(model: SiteModel, facet: str, value: str) -> str:
    archive = model.archive
    if facet == "lang":
        return languages.language_name(value)
    if facet == "outlet" and value in archive.outlets:
        return archive.outlets[value].meta.name
    if facet == "event" and value in archive.events:
        return archive.events[value].meta.title
    return value
