"""Build the static search index: small script files a browser loads on demand.

Layout under the output folder (``docs/search-index/``)::

    manifest.js        the first term of every term chunk, the fold table, counts
    t/<n>.js           a chunk of the sorted term dictionary with each term's postings
    d/<n>.js           records 4n to 4n+3: title, URL, language, outlet, event, date, lead
    x/<key>-<p>.js     passage p (1 to 3) of a record's text after its lead, for excerpts
    facets.js          the filters' values (languages, outlets, events) with their names
    c/<facet>.js       each record's value of one filter, record by record
    dates.js           the records' days: records are ordered by day, so a day is a run
    names.js           the names of each entity in every script, to mark them in excerpts

Every file is a script calling ``ArchiveSearch.<kind>(...)``, so the index loads over HTTP and
from a site opened as files alike. A term's postings are one string of numbers
(``encode_numbers``): the gap to the record before, then one number telling the record's
weight for the term (1 to 7) and the passage where the term stands most (0: the title or the
lead; ``PASSAGES``), for each record holding it. Scores are BM25: the weight is its
term-frequency part, worked out here once per (term, record) against a length rounded to
``PIVOT_STEP``; the browser multiplies it by the term's idf, which it reads from the number of
postings. So a record's weights depend on that record alone, and an edit changes the postings
of the edited record's terms only. Records are numbered newest first: that is the order of a
browse without a query, and the tie-breaker of a search.

A first query loads the manifest, a term chunk or two, the records it shows and, for a record
whose match stands after its lead, that one passage: the filters' names and columns load only
when the reader opens the filters, the days only for a date range or the oldest first.
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
from datetime import date
from itertools import chain, repeat
from operator import sub
from pathlib import Path

from ..fsutil import write_generated
from ..text import fold as normalize
from ..text import languages
from ..text.body import plain_lines
from ..text.moments import iso_day
from .model import SiteModel
from .outputs import IndexReport
from .translations import translator

TITLE_WEIGHT = 3
K1, B = 1.2, 0.75
CHUNK_BYTES = 24_000
TEXT_LIMIT = 300  # characters of text a result shows under its title: the lead
PASSAGES = 3
"""Passages of a record's text after its lead: a posting says which one holds the term most,
and a result whose match stands there loads that passage alone for its excerpt."""
PASSAGE_FROM = 900
"""Text after the lead shorter than this (characters) is one passage."""
WEIGHTS = 7
"""A posting's weight: 1 to this; with the passage (0 to ``PASSAGES``) it is one number below
32, one character of the postings."""
COLUMNS = ("lang", "outlet", "event")
"""The filters read from a column of every record's value; the year is read from the days."""
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
    aliases: list[list[str]] = field(default_factory=list)
    """Every name, in every script, of each entity the record names: "Путин" finds a
    Turkish article that writes "Putin"."""

    def as_json(self, key: bytes, passages: int) -> dict:
        data = {
            "u": self.url, "k": self.kind, "t": self.title, "l": self.language,
            "d": languages.direction(self.language), "x": _lead(self.text),
        }
        optional = {"e": self.title_en, "o": self.outlet_name, "v": self.event_title,
                    "p": self.date, "ve": self.event}
        data.update({k: v for k, v in optional.items() if v})
        if passages:  # where its passages are: x/<h>-<1 to n>.js
            data.update(h=passage_name(key), n=passages)
        return data


def passage_name(key: bytes) -> str:
    """The name a record's passage files share: from what its terms were counted from, so
    an unchanged record keeps its files when other records move."""
    return key[:6].hex()


def passages(text: str) -> list[str]:
    """``text`` after its lead (``_lead``), in up to ``PASSAGES`` pieces of about equal
    length, cut between paragraphs where it can, else between words."""
    lead = _lead(text)
    rest = text[len(lead):].strip()
    if not rest:
        return []
    if len(rest) < PASSAGE_FROM:
        return [rest]
    target = len(rest) / PASSAGES
    pieces: list[str] = []
    start = 0
    while start < len(rest) and len(pieces) < PASSAGES - 1:
        goal = start + target
        if goal >= len(rest):
            break
        cut = _nearest(rest, "\n", int(goal), start + int(target * 0.6), int(goal + target * 0.4))
        if cut < 0:
            cut = _nearest(rest, " ", int(goal), start + 1, int(goal + target * 0.2))
        if cut < 0:
            cut = int(goal)
        pieces.append(rest[start:cut].strip())
        start = cut
    pieces.append(rest[start:].strip())
    return [piece for piece in pieces if piece]


def _lead(text: str) -> str:
    """The first ``TEXT_LIMIT`` characters of ``text``, ending at a word's end."""
    if len(text) <= TEXT_LIMIT:
        return text
    cut = text[:TEXT_LIMIT]
    space = max(cut.rfind(" "), cut.rfind("\n"))
    return cut[:space] if space > TEXT_LIMIT // 2 else cut


def _nearest(text: str, mark: str, goal: int, low: int, high: int) -> int:
    """Where ``mark`` stands in ``text[low:high]`` nearest to ``goal``; -1 if nowhere."""
    before = text.rfind(mark, low, goal + 1)
    after = text.find(mark, goal, high)
    found = [at for at in (before, after) if at >= 0]
    return min(found, key=lambda at: abs(at - goal)) if found else -1


def _aliases(model: SiteModel, entity_ids) -> list[list[str]]:
    groups: list[list[str]] = []
    for entity_id in entity_ids:
        entry = model.archive.entities.get(entity_id)
        if entry is not None:
            groups.append([entry.meta.name, *(n for spellings in entry.meta.names.values()
                                               for n in spellings)])
    return groups


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
        event_title=event.title, facets={"event": event.id},
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
             previous: Callable[[str], str | None] = lambda name: None,  # noqa: ARG005
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
        if kept is not None and kept[1] in counted and _passages_known(counted[kept[1]], kept[1],
                                                                       previous):
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


def _passages_known(counted: Counted, key: bytes, previous: Callable[[str], str | None]) -> bool:
    """Whether the files of a counted record's passages are at hand: in the memo, or among
    the last index's files."""
    if len(counted.passages) == counted.parts:
        return True
    name = passage_name(key)
    return all(previous(f"x/{name}-{n}.js") is not None for n in range(1, counted.parts + 1))


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


def _term_counts(record: Record, pieces: list[str]) -> tuple[Counter[str], dict[str, int]]:
    """Each term's count in ``record`` and the passage of its text where it stands (0: the
    lead, the title or only the names of what it mentions; ``pieces`` are the passages after
    the lead)."""
    words = [normalize.tokens(text) for text in (_lead(record.text), *pieces)]
    counts: Counter[str] = Counter(chain.from_iterable(words))
    # a term the lead has stands there (an excerpt the record holds already); another in the
    # first passage that has it
    where: dict[str, int] = {}
    for number in range(len(words) - 1, 0, -1):
        where.update(dict.fromkeys(words[number], number))
    for term in words[0]:
        where.pop(term, None)
    for token in normalize.tokens(record.title):
        counts[token] += TITLE_WEIGHT
    # the names of the entities it names, once each, so they match in every script; a name
    # the text does not write stands where the text writes another of the same entity's
    for group in record.aliases:
        names = set(normalize.tokens(" ".join(group)))
        written = [where.get(name, 0) for name in names if name in counts]
        for token in names:
            counts[token] += 1
            if token not in where and written and max(written):
                where[token] = max(written)
    # A language's stemmer applies to that language's text only.
    if languages.primary(record.language) == "ar":
        for token, count in list(counts.items()):
            stem = normalize.arabic_stem(token)
            if stem:
                counts[stem] += count
                if token in where and stem not in where:
                    where[stem] = where[token]
    return counts, where


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

class CountMemo:
    """What the last index was made of, kept between builds (``reuse.memo``): each record's
    term counts, passages and weights by a hash of what they are counted from, and the last
    index's postings, so a build after an edit counts, weighs and encodes the edited records'
    terms only. The files it makes are those a build without it makes, byte for byte."""

    def __init__(self) -> None:
        self.counts: dict[bytes, Counted] = {}
        self.weights: dict[bytes, bytes] = {}
        self.last: _LastIndex | None = None
        self.patched = 0  # builds whose postings were patched, not made afresh
        self.sources: dict[str, tuple[Record, bytes]] = {}
        """Each article's record (its text cut to its lead) and key, by the files it is
        made from (``_indexed``): an unchanged article's text is neither read nor hashed."""

    def take_passages(self, files: dict[str, str]) -> None:
        """Give the counted records back their passages' files from ``files`` (an index
        made in a child, whose memo came back without them: see ``Counted``)."""
        for key, counted in self.counts.items():
            if counted.parts and not counted.passages:
                name = passage_name(key)
                found = [files.get(f"x/{name}-{n}.js") for n in range(1, counted.parts + 1)]
                if None not in found:
                    counted.passages = tuple(found)

    def terms_of(self, doc: int) -> tuple[str, ...]:
        """The terms of the last index's record ``doc``."""
        return self.counts[self.last.keys[doc]].terms


@dataclass
class Counted:
    """One record's terms, their counts and passages (``_term_counts``), and the files of its
    text's passages after the lead."""

    terms: tuple[str, ...]
    counts: array
    where: bytes
    parts: int
    """How many passages its text has after the lead."""
    passages: tuple[str, ...] = ()
    """Their files' text; not kept in a memo's file (they are the last index's files, which
    ``index_files`` is given as ``previous``)."""

    def __getstate__(self) -> dict:
        return {**self.__dict__, "passages": ()}


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
                                      *("\1".join(group) for group in record.aliases)]
                                     ).encode("utf-8", "surrogatepass"),
                           digest_size=16).digest()


def _weights(tfs: Sequence[int], where: bytes, pivot: int) -> bytes:
    """Each count's posting number: its weight (1 to ``WEIGHTS``, BM25's term-frequency part
    scaled) plus eight times its passage (``where``). One byte each, which a memo keeps as one
    object, not as hundreds."""
    shrink = K1 * (1 - B + B * sum(tfs) / pivot)
    # a record's counts take few values: each is weighed once
    weight = {tf: max(1, round(WEIGHTS * tf / (tf + shrink))) for tf in set(tfs)}
    return bytes(weight[tf] + 8 * passage for tf, passage in zip(tfs, where, strict=True))


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
                previous: Callable[[str], str | None] | None = None,
                ) -> tuple[IndexReport, dict[str, str]]:
    """The index's files, keyed by path inside the index folder (page addresses as
    ``model.urls`` gives them). ``memo``: see ``CountMemo``; the files are the same without.

    ``cancelled`` is asked now and then; when it says yes, ``Cancelled`` is raised and the
    memo is either as it was or holds this index whole. A preview's index, made in a thread
    beside the server, gives way this way to the next edit's build instead of slowing it.

    ``previous`` gives a file of the last index by its name, or None: a memo brought back
    from a file holds no passages, and an unchanged record's are the last index's files."""
    def check(step: int = 0) -> None:
        if cancelled is not None and step % CHECK_EVERY == 0 and cancelled():
            raise Cancelled

    memo = memo if memo is not None else CountMemo()
    previous = previous or (lambda name: None)  # noqa: ARG005
    indexed, sources = _indexed(model, memo, previous)
    check()
    records = [record for record, _ in indexed]
    keys = [key for _, key in indexed]
    counts: dict[bytes, Counted] = {}
    for step, (key, record) in enumerate(zip(keys, records, strict=True)):
        check(step)
        found = memo.counts.get(key) or counts.get(key)
        if found is not None and not _passages_known(found, key, previous):
            found = None  # counted again: a record whose passages are not known is whole
        if found is None:
            pieces = passages(record.text)
            counted, where = _term_counts(record, pieces)
            # the counts as an array: kept between builds, read back as one object
            found = Counted(tuple(map(sys.intern, counted)), array("I", counted.values()),
                            bytes(where.get(term, 0) for term in counted), len(pieces),
                            tuple(_js("passage", piece) for piece in pieces))
        counts[key] = found
    lengths = [sum(counts[key].counts) for key in keys]
    average = (sum(lengths) / len(lengths)) if lengths else 1.0
    pivot = max(PIVOT_STEP, round(average / PIVOT_STEP) * PIVOT_STEP)
    last = memo.last
    known = memo.weights if last is not None and last.pivot == pivot else {}
    weights: dict[bytes, bytes] = {}
    for key in keys:
        weights[key] = known.get(key) or weights.get(key) or _weights(
            counts[key].counts, counts[key].where, pivot)
    urls = [record.url for record in records]
    terms = [counts[key].terms for key in keys]
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

    for start in range(0, total, RECORDS_PER_FILE):
        check(start)
        files[f"d/{start // RECORDS_PER_FILE}.js"] = _js("records", start, [
            record.as_json(key, counts[key].parts)
            for record, key in zip(records[start:start + RECORDS_PER_FILE],
                                   keys[start:start + RECORDS_PER_FILE], strict=True)])
    for key in keys:
        name, counted = passage_name(key), counts[key]
        for number in range(1, counted.parts + 1):
            file = f"x/{name}-{number}.js"
            files[file] = counted.passages[number - 1] if counted.passages else previous(file)
    files.update(_filter_files(model, records))
    runs, dated = _day_runs(records)
    files["dates.js"] = _js("dates", runs)
    names = _name_groups(records)
    if names:
        files["names.js"] = _js("names", names)
    manifest = {
        "version": 4, "records": total, "perFile": RECORDS_PER_FILE, "chunks": chunk_starts,
        "dated": dated, "passages": PASSAGES, "names": bool(names),
        "fold": normalize.table_for_browser(),
    }
    files["manifest.js"] = _js("manifest", manifest)

    size = sum(len(text.encode("utf-8")) for text in files.values())
    return IndexReport(total, len(postings), len(chunk_starts), len(files), size), files


def _filter_files(model: SiteModel, records: list[Record]) -> dict[str, str]:
    """``facets.js``: each filter's values as (value, name, records), by name; and
    ``c/<filter>.js``: each record's value as its number in that list plus one (0: none)."""
    files: dict[str, str] = {}
    facets: dict[str, list[list]] = {}
    for facet in COLUMNS:
        values = Counter(record.facets[facet] for record in records if facet in record.facets)
        ordered = sorted(values, key=lambda v: (_facet_label(model, facet, v).lower(), v))
        facets[facet] = [[v, _facet_label(model, facet, v), values[v]] for v in ordered]
        number = {value: n for n, value in enumerate(ordered, start=1)}
        files[f"c/{facet}.js"] = _js("column", facet, encode_numbers(
            [number.get(record.facets.get(facet), 0) for record in records]))
    files["facets.js"] = _js("facets", facets)
    return files


def _day_runs(records: list[Record]) -> tuple[str, int]:
    """The records' days, which come in runs (records are ordered by day, newest first):
    the first run's day (``date.toordinal``) and length, then for each next run the days
    back to it and its length, as ``encode_numbers``; and how many records have a day (the
    records without one come last)."""
    numbers: list[int] = []
    last: int | None = None
    dated = 0
    for record in records:
        if not record.date:
            break
        day = date.fromisoformat(record.date[:10]).toordinal()
        if day == last:
            numbers[-1] += 1
        else:
            numbers += [day if last is None else last - day, 1]
            last = day
        dated += 1
    return encode_numbers(numbers), dated


def _name_groups(records: list[Record]) -> list[list[str]]:
    """The names of each named entity, in every script, each folded (its words joined by a
    space): a result found through "Путин" marks the "Putin" its text writes."""
    groups: dict[tuple[str, ...], None] = {}
    for record in records:
        for group in record.aliases:
            names = tuple(sorted({" ".join(normalize.tokens(name)) for name in group} - {""}))
            if len(names) > 1:
                groups[names] = None
    return [list(names) for names in sorted(groups)]


def _facet_label(model: SiteModel, facet: str, value: str) -> str:
    archive = model.archive
    if facet == "lang":
        return languages.language_name(value)
    if facet == "outlet" and value in archive.outlets:
        return archive.outlets[value].meta.name
    if facet == "event" and value in archive.events:
        return archive.events[value].title
    return value
