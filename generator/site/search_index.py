"""Build the static search index: small script files a browser loads on demand.

Layout under the output folder (``docs/search-index/``)::

    manifest.js        the first term of every term chunk, the filter values, the fold table
    t/<n>.js           a chunk of the sorted term dictionary with each term's postings
    d/<n>.js           records 4n to 4n+3: title, URL, language, outlet, event, date, lead
    f/<facet>/<n>.js   the records having one filter value (a language, an outlet, ...)

Every file is a script calling ``ArchiveSearch.<kind>(...)``, so the index loads over HTTP and
from a site opened as files alike. A term's postings are one string of numbers
(``encode_numbers``): the gap to the record before and the record's weight for the term, for
each record holding it. Scores are BM25: the weight is its term-frequency part, worked out here
once per (term, record) against a length rounded to ``PIVOT_STEP``; the browser multiplies it by
the term's idf, which it reads from the number of postings. So a record's weights depend on
that record alone, and an edit changes the postings of the edited record's terms only. Records
are numbered newest first: that is the order of a browse without a query, and the
tie-breaker of a search.
"""

from __future__ import annotations

import bisect
import hashlib
import json
import sys
from array import array
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from itertools import repeat
from operator import sub
from pathlib import Path

from ..fsutil import write_generated
from ..text import fold as normalize
from ..text import languages
from ..text.body import plain_lines
from ..text.moments import day_of, iso_day
from .model import SiteModel
from .outputs import IndexReport
from .translations import translator

TITLE_WEIGHT = 3
K1, B = 1.2, 0.75
CHUNK_BYTES = 24_000
TEXT_LIMIT = 300  # characters of text a result shows under its title: the lead
RECORDS_PER_FILE = 4
"""Records in one ``d/<n>.js``: a page of ten results loads at most ten such files (more a
file would make a first query fetch more), and the index is a quarter of the files it would
be with one per record (making a file costs more than writing its bytes). The first query's
bytes and time are measured by ``tests.benchmarks.scale``."""


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
    return [record for record, _ in _indexed(model, None)[0]]


def _article_record(model: SiteModel, article) -> Record:
    archive = model.archive
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
    return Record(
        url=model.urls.page(article.page), kind="article",
        title=meta.title, title_en=meta.title_en, language=meta.language, text=body,
        date=iso_day(meta.published),
        outlet=meta.outlet, outlet_name=outlet.meta.name if outlet else None,
        event=meta.event, event_title=event.title if event else None, facets=facets,
        aliases=_aliases(model, meta.mentions),
    )


def _event_record(model: SiteModel, event) -> Record:
    meta = event.meta
    text = "\n".join(filter(None, [
        translator(model.language).date(meta.date), meta.place, ", ".join(meta.participants), event.summary,
        ", ".join(meta.tags)]))
    return Record(
        url=model.urls.page(event.page), kind="event",
        title=event.title, language="en", text=text, date=meta.date, event=event.id,
        event_title=event.title, facets={"event": event.id, "year": str(day_of(meta.date).year)},
        aliases=_aliases(model, [e for e, _ in model.entities_of_event(event.id)]),
    )


def _source(model: SiteModel, article) -> str:
    """What an article's record is made from: the files of the article, its outlet, its
    event and the entities it names (and its address)."""
    archive, meta = model.archive, article.meta
    return "\0".join((model.urls.page(article.page), archive.digest(article.path),
                      model.digest_of(archive.outlets, meta.outlet),
                      model.digest_of(archive.events, meta.event),
                      *(model.digest_of(archive.entities, e) for e in meta.mentions)))


def _indexed(model: SiteModel, memo: CountMemo | None,
             ) -> tuple[list[tuple[Record, bytes]], dict[str, tuple[Record, bytes]]]:
    """Each record with its key (``_key``), newest first, and what ``CountMemo.sources``
    holds after this index. An article made of the files a record of the last index was
    made of takes that record and key, the text cut to its lead: only the lead is written,
    and the terms of the whole text are counted under that key already (``memo.counts``)."""
    known = memo.sources if memo is not None else {}
    counted = memo.counts if memo is not None else {}
    found: list[tuple[Record, bytes]] = []
    sources: dict[str, tuple[Record, bytes]] = {}
    for article in model.archive.articles:
        source = _source(model, article) if memo is not None else ""
        kept = known.get(source)
        if kept is not None and kept[1] in counted:
            found.append(kept)
        else:
            record = _article_record(model, article)
            key = _key(record)
            found.append((record, key))
            kept = (replace(record, text=_lead(record.text)), key)
        if memo is not None:
            sources[source] = kept
    for event in model.archive.events.values():
        record = _event_record(model, event)
        found.append((record, _key(record)))
    found.sort(key=lambda pair: (pair[0].date or "", pair[0].kind == "event", pair[0].url),
               reverse=True)
    return found, sources


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
_DIGIT = {char: value for value, char in enumerate(DIGITS)}


def encode_numbers(numbers: list[int]) -> str:
    """``numbers`` (none negative) as one string; ``decode_numbers`` and assets/search.js
    read it back."""
    small = _SMALL
    return "".join(small[v] if v < 1024 else _encode_number(v) for v in numbers)


def decode_numbers(text: str) -> list[int]:
    numbers, value, digits = [], 0, _DIGIT
    for char in text:
        digit = digits[char]
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


CHECK_EVERY = 256
"""``index_files`` asks its ``cancelled`` callback every this many records or terms."""

PIVOT_STEP = 8
"""BM25 measures a record's length against the archive's average, rounded to this many words:
one edit moves the average by a fraction of a word, so it leaves every other record's weights,
and the index files that hold them, as they were."""

TF_SCALE = 10
"""A posting's weight is BM25's term-frequency part (0 to K1 + 1) times this, rounded: 1 to 22,
one character. The browser multiplies it by the term's idf, from the number of postings."""


class CountMemo:
    """What the last index was made of, kept between builds (``reuse.memo``): each record's
    term counts and weights by a hash of what they are counted from, and the last index's
    postings, so a build after an edit counts, weighs and encodes the edited records' terms
    only. The files it makes are those a build without it makes, byte for byte."""

    def __init__(self) -> None:
        self.counts: dict[bytes, tuple[tuple[str, ...], array]] = {}
        self.weights: dict[bytes, bytes] = {}
        self.last: _LastIndex | None = None
        self.patched = 0  # builds whose postings were patched, not made afresh
        self.sources: dict[str, tuple[Record, bytes]] = {}
        """Each article's record (its text cut to its lead) and key, by the files it is
        made from (``_indexed``): an unchanged article's text is neither read nor hashed."""

    def terms_of(self, doc: int) -> tuple[str, ...]:
        """The terms of the last index's record ``doc``."""
        return self.counts[self.last.keys[doc]][0]


@dataclass
class _LastIndex:
    urls: list[str]                     # the records, in index order
    keys: list[bytes]                   # what each was counted from (its terms: ``counts``)
    pivot: int
    postings: dict[str, str]            # each term's encoded postings
    order: list[str]                    # the terms, in the browser's order
    order_keys: list[bytes]


def _key(record: Record) -> bytes:
    return hashlib.blake2b("\0".join([record.language, record.title, record.text,
                                      *record.aliases]).encode("utf-8", "surrogatepass"),
                           digest_size=16).digest()


def _weights(tfs: Sequence[int], pivot: int) -> bytes:
    """Each count's weight (1 to ``TF_SCALE * (K1 + 1)``, 22): one byte each, which a memo
    keeps as one object, not as hundreds."""
    shrink = K1 * (1 - B + B * sum(tfs) / pivot)
    scale = TF_SCALE * (K1 + 1)
    # a record's counts take few values: each is weighed once
    weight = {tf: max(1, round(scale * tf / (tf + shrink))) for tf in set(tfs)}
    return bytes(map(weight.__getitem__, tfs))


def _encode_postings(entries) -> str:
    """``(record, weight)`` pairs, by record, as gaps and weights."""
    flat: list[int] = []
    previous = 0
    for doc, weight in entries:
        flat += (doc - previous, weight)
        previous = doc
    return encode_numbers(flat)


def _postings(memo: CountMemo, urls: list[str], keys: list[bytes],
              terms: list[tuple[str, ...]], weights: list[bytes], pivot: int,
              ) -> tuple[dict[str, str], list[str], list[bytes]]:
    """Each term's encoded postings and the terms in the browser's order: patched from the
    last index when only some records changed in place, else made afresh."""
    last = memo.last
    if last is None or last.pivot != pivot or last.urls != urls:
        postings = _all_postings(terms, weights)
        order = sorted(postings, key=_browser_order)
        return postings, order, [_browser_order(term) for term in order]
    changed = [doc for doc, key in enumerate(keys) if key != last.keys[doc]]
    memo.patched += 1
    postings = dict(last.postings)
    order, order_keys = list(last.order), list(last.order_keys)
    now = {doc: dict(zip(terms[doc], weights[doc], strict=True)) for doc in changed}
    affected = {term for doc in changed for term in (*memo.terms_of(doc), *terms[doc])}
    for term in affected:
        entries = dict(_pairs(postings.get(term, "")))
        for doc in changed:
            entries.pop(doc, None)
            if term in now[doc]:
                entries[doc] = now[doc][term]
        if entries:
            if term not in postings:
                at = bisect.bisect_left(order_keys, _browser_order(term))
                order.insert(at, term)
                order_keys.insert(at, _browser_order(term))
            postings[term] = _encode_postings(sorted(entries.items()))
        elif term in postings:
            del postings[term]
            at = bisect.bisect_left(order_keys, _browser_order(term))
            del order[at], order_keys[at]
    return postings, order, order_keys


def _all_postings(terms: list[tuple[str, ...]], weights: list[bytes],
                  ) -> dict[str, str]:
    """Each term's encoded postings (``_encode_postings``) for records numbered from 0.

    Millions of postings: each is appended and encoded by ``map`` over built-in functions,
    not by a Python loop (a fifth of the time)."""
    held: defaultdict[str, list[int]] = defaultdict(list)  # record, weight, record, ...
    for doc, (names, weighed) in enumerate(zip(terms, weights, strict=True)):
        deque(map(list.extend, map(held.__getitem__, names), zip(repeat(doc), weighed)),
              maxlen=0)
    code = _codes(len(terms) + max((max(w) for w in weights if w), default=0))
    postings = {}
    for term, numbers in held.items():
        docs = numbers[0::2]
        numbers[2::2] = map(sub, docs[1:], docs)  # each record as the gap to the one before
        postings[term] = "".join(map(code.__getitem__, numbers))
    return postings


def _codes(up_to: int) -> list[str]:
    """``encode_numbers`` of each number from 0 to ``up_to``."""
    return _SMALL + [_encode_number(v) for v in range(len(_SMALL), up_to + 1)]


def _pairs(encoded: str):
    numbers = decode_numbers(encoded)
    doc = 0
    for at in range(0, len(numbers), 2):
        doc += numbers[at]
        yield doc, numbers[at + 1]


class Cancelled(Exception):
    """Raised by ``index_files`` when its ``cancelled`` callback says the index is no longer
    wanted (a preview's newer build will make its own)."""


def index_files(model: SiteModel, memo: CountMemo | None = None, *,
                cancelled: Callable[[], bool] | None = None,
                ) -> tuple[IndexReport, dict[str, str]]:
    """The index's files, keyed by path inside the index folder (page addresses as
    ``model.urls`` gives them). ``memo``: see ``CountMemo``; the files are the same without.

    ``cancelled`` is asked now and then; when it says yes, ``Cancelled`` is raised and the
    memo is either as it was or holds this index whole. A preview's index, made in a thread
    beside the server, gives way this way to the next edit's build instead of slowing it."""
    def check(step: int = 0) -> None:
        if cancelled is not None and step % CHECK_EVERY == 0 and cancelled():
            raise Cancelled

    memo = memo if memo is not None else CountMemo()
    indexed, sources = _indexed(model, memo)
    check()
    records = [record for record, _ in indexed]
    keys = [key for _, key in indexed]
    counts: dict[bytes, tuple[tuple[str, ...], array]] = {}
    for step, (key, record) in enumerate(zip(keys, records, strict=True)):
        check(step)
        found = memo.counts.get(key) or counts.get(key)
        if found is None:
            counted = _term_counts(record)
            # the counts as an array: kept between builds, read back as one object
            found = (tuple(map(sys.intern, counted)), array("I", counted.values()))
        counts[key] = found
    lengths = [sum(counts[key][1]) for key in keys]
    average = (sum(lengths) / len(lengths)) if lengths else 1.0
    pivot = max(PIVOT_STEP, round(average / PIVOT_STEP) * PIVOT_STEP)
    last = memo.last
    known = memo.weights if last is not None and last.pivot == pivot else {}
    weights: dict[bytes, bytes] = {}
    for key in keys:
        weights[key] = known.get(key) or weights.get(key) or _weights(counts[key][1], pivot)
    urls = [record.url for record in records]
    terms = [counts[key][0] for key in keys]
    values = [weights[key] for key in keys]
    check()
    postings, order, order_keys = _postings(memo, urls, keys, terms, values, pivot)
    memo.counts, memo.weights, memo.sources = counts, weights, sources
    memo.last = _LastIndex(urls, keys, pivot, postings, order, order_keys)

    total = len(records)
    files: dict[str, str] = {}
    chunk_starts: list[str] = []
    chunk: list[str] = []
    size = 0

    def flush() -> None:
        nonlocal chunk, size
        if chunk:  # as ``_js("terms", n, {term: postings})`` writes it
            files[f"t/{len(chunk_starts) - 1}.js"] = \
                f"ArchiveSearch.terms({len(chunk_starts) - 1},{{{','.join(chunk)}}});\n"
        chunk, size = [], 0

    for step, term in enumerate(order):
        check(step)
        encoded = postings[term]
        cost = len(term) * 2 + 8 + len(encoded)
        if not chunk_starts or size + cost > CHUNK_BYTES:
            flush()
            chunk_starts.append(term)
        # a term is letters and digits, which JSON writes as they are (tens of thousands)
        quoted = f'"{term}"' if term.isalnum() else json.dumps(term, ensure_ascii=False)
        chunk.append(f'{quoted}:"{encoded}"')
        size += cost
    flush()

    facet_values: dict[str, Counter[str]] = defaultdict(Counter)
    facet_docs: dict[tuple[str, str], list[int]] = defaultdict(list)
    for start in range(0, total, RECORDS_PER_FILE):
        check(start)
        files[f"d/{start // RECORDS_PER_FILE}.js"] = _js(
            "records", start,
            [record.as_json() for record in records[start:start + RECORDS_PER_FILE]])
    for doc, record in enumerate(records):
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
        "version": 3, "records": total, "perFile": RECORDS_PER_FILE, "chunks": chunk_starts,
        "facets": facets,
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
        return archive.events[value].title
    return value
