"""Load and validate everything under ``content/``, collecting every problem before reporting.

Layout of a content folder::

    content/
      articles/<name>.md    one cleaned article each (schema: Article)
      events/<id>.md        one event each; the body is the summary (schema: Event)
      outlets/<id>.yml      one outlet profile each (schema: Outlet)
      entities/<id>.yml     the name authority: a person, organisation or place each (Entity)
      raw/                  the raw captures as received, never modified
      provenance/<name>.json  what ingest's cleaner read from an article's capture and why it
                            removed each removed line (written by ingest, machine-owned)
"""

from __future__ import annotations

import difflib
import json
import os
import time
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from slugify import slugify

from .entities import Registry, script_of
from .frontmatter import Document, FrontMatterError, parse_markdown, parse_yaml, read_document
from .fsutil import RACY_NS
from .problems import ContentError, Problems
from .reuse.keys import sha256_file, sha256_text
from .reuse.memo import Kept
from .schema import ARTICLE_NAME, ID_PATTERN, Article, Entity, Event, Outlet
from .text.fold import fold
from .text.languages import language_name, primary
from .text.passages import locate
from .unregistered import known_name_words, unknown_names

Model = TypeVar("Model", bound=BaseModel)


@dataclass
class ArticleEntry:
    path: Path
    stem: str
    meta: Article
    body: str

    @property
    def page(self) -> str:
        """The site's page of the article (``Urls`` makes it an address)."""
        return f"articles/{self.stem}.md"

    @property
    def capture_page(self) -> str:
        """The page of its raw capture and what cleaning removed."""
        return f"captures/{self.stem}.md"


@dataclass
class EventEntry:
    path: Path
    id: str
    meta: Event
    summary: str

    @property
    def page(self) -> str:
        return f"events/{self.id}.md"

    @property
    def title(self) -> str:
        """Its English title, or its id while it has none."""
        return self.meta.title or self.id


@dataclass
class OutletEntry:
    path: Path
    id: str
    meta: Outlet

    @property
    def page(self) -> str:
        return f"outlets/{self.id}.md"

    @property
    def stub(self) -> bool:
        """Whether the profile is still ingest's draft (``stub: true``, or the note earlier
        versions of ingest wrote): its notes are never published."""
        return self.meta.stub or (self.meta.notes or "").startswith(INGEST_NOTE)

    @property
    def published_notes(self) -> str | None:
        return None if self.stub else self.meta.notes


@dataclass
class EntityEntry:
    path: Path
    id: str
    meta: Entity

    @property
    def page(self) -> str:
        return f"entities/{self.id}.md"


@dataclass
class CleaningRecord:
    """What the cleaner read from a capture: (line number, text, reason removed or None)."""

    path: Path
    cleaner: str
    input: str  # "text" or "html" (then the lines are the page's article region as text)
    lines: list[tuple[int, str, str | None]]


@dataclass
class Archive:
    """Everything the archive holds, validated."""

    root: Path
    articles: list[ArticleEntry] = field(default_factory=list)
    events: dict[str, EventEntry] = field(default_factory=dict)
    outlets: dict[str, OutletEntry] = field(default_factory=dict)
    entities: dict[str, EntityEntry] = field(default_factory=dict)
    cleaning: dict[str, CleaningRecord] = field(default_factory=dict)
    """Ingest's cleaning record of each article that has a current one, by article stem."""
    other_captures: dict[str, list[dict]] = field(default_factory=dict)
    """Other captures of each article's address (``provenance/<stem>.captures/``), by stem."""
    problems: Problems = field(default_factory=Problems)
    digests: dict[str, str] = field(default_factory=dict)
    """The SHA-256 of every file the archive was read from (raw captures included), by path
    relative to ``root``: what a generated page depends on is named by these."""

    def digest(self, path: Path | str) -> str:
        """The hash of a file of the archive ("" when it was not read: missing or invalid)."""
        by_path = self.__dict__.get("_by_path")  # digests are only added, while loading
        if by_path is None or len(by_path) != len(self.digests):
            root = str(self.root)  # joined as strings: ten thousand paths
            by_path = self.__dict__["_by_path"] = {
                os.path.join(root, *relative.split("/")): digest
                for relative, digest in self.digests.items()}
        return by_path.get(str(path), "")

    @cached_property
    def registry(self) -> Registry:
        """The name authority's matchers over this archive's entities."""
        return Registry({entry.id: entry.meta for entry in self.entities.values()})

    @cached_property
    def _entity_by_name(self) -> dict[str, str]:
        found: dict[str, str] = {}
        for entry in self.entities.values():
            for name in [entry.meta.name, *(n for ns in entry.meta.names.values() for n in ns)]:
                found.setdefault(" ".join(fold(name).split()), entry.id)
        return found

    def entities_named(self, names: list[str]) -> list[str]:
        """The entity ids that ``names`` (an event's participants: ids or any name of the
        entity, in any script) stand for, in order, without repeats."""
        found = []
        for name in names:
            entity = name if name in self.entities else \
                self._entity_by_name.get(" ".join(fold(name).split()))
            if entity and entity not in found:
                found.append(entity)
        return found

    def articles_of(self, event_id: str) -> list[ArticleEntry]:
        return [a for a in self.articles if a.meta.event == event_id]


def _describe(error: dict, model: type[BaseModel]) -> str:
    kind = error["type"]
    if kind == "extra_forbidden":
        known = ", ".join(model.model_fields)
        return f"unknown field; check its spelling (known fields: {known})"
    if kind == "missing":
        return "required but missing; add it"
    message = error["msg"]
    if message.startswith("Value error, "):
        message = message[len("Value error, "):]
    if kind == "string_type":
        return f"must be text; put the value in quotes (found {error.get('input')!r})"
    if kind.endswith("_type") or kind == "enum":
        message = f"{message} (found {error.get('input')!r})"
    return message


def _relative(root: Path, path: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


class LoadMemo:
    """What one load learned of each file, kept for the next load of the same folder (in a
    ``reuse.memo.Kept``): a file whose size and modification time are unchanged (as ``git``
    tells) is not read, parsed or validated again. Only a file that loaded without a problem
    of its own is remembered, so every problem is found again by every load."""

    def __init__(self, kept: Kept) -> None:
        self.kept = kept

    @staticmethod
    def _signature(path: Path) -> tuple[int, int] | None:
        try:
            stat = os.stat(path)
        except OSError:
            return None
        return stat.st_size, stat.st_mtime_ns

    def get(self, kind: str, path: Path) -> tuple[tuple[int, int] | None, Any]:
        """(the file's signature now, what was remembered of it or None)."""
        signature = self._signature(path)
        if signature is None:
            return None, None
        return signature, self.kept.get((kind, str(path), *signature))

    def put(self, kind: str, path: Path, signature: tuple[int, int] | None, value: Any) -> None:
        # a file changed in the last moments may change again within the same clock tick,
        # keeping its size and time: it is read again next time (git's "racy" files)
        if signature is not None and time.time_ns() - signature[1] > RACY_NS:
            self.kept.put((kind, str(path), *signature), value)


class _Unread:
    """A document taken from a ``LoadMemo``: its lines are read again only if a problem
    needs them."""

    def __init__(self, path: Path, meta: Any, body: str) -> None:
        self.path, self.meta, self.body = path, meta, body

    def line_of(self, loc: tuple[str | int, ...]) -> int | None:
        try:
            return read_document(self.path).line_of(loc)
        except (FrontMatterError, OSError, UnicodeDecodeError):
            return None


def validate(doc: Document, model: type[Model], path: Path, problems: Problems) -> Model | None:
    """Validate ``doc.meta`` against ``model``, recording each failure with its line and field."""
    try:
        return model.model_validate(doc.meta)
    except ValidationError as exc:
        for error in exc.errors():
            loc = tuple(error["loc"])
            dotted = ".".join(str(part) for part in loc) or None
            problems.error(path, _describe(error, model), line=doc.line_of(loc), field=dotted)
        return None


def _load(path: Path, model: type[Model], problems: Problems, memo: LoadMemo | None,
          archive_digests: dict[str, str], root: Path, check=None):
    """``path`` read and validated against ``model``: (document, meta), or None with its
    problems recorded. ``check(path, doc, meta, problems)`` adds the file's own checks; a
    file with no problem is remembered in ``memo``."""
    signature = None
    if memo is not None:
        signature, known = memo.get(model.__name__, path)
        if known is not None:
            digest, meta, body = known
            archive_digests[_relative(root, path)] = digest
            return _Unread(path, meta, body), meta
    before = len(problems.items)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        problems.error(path, f"not UTF-8 text ({exc.reason} at byte {exc.start}); save it as UTF-8")
        return None
    except OSError as exc:
        problems.error(path, f"cannot be read ({exc.strerror})")
        return None
    try:
        doc = parse_yaml(text) if path.suffix in (".yml", ".yaml") else parse_markdown(text)
    except FrontMatterError as exc:
        problems.error(path, exc.message, line=exc.line)
        return None
    meta = validate(doc, model, path, problems)
    if meta is None:
        return None
    if check is not None:
        check(path, doc, meta, problems)
    digest = sha256_text(text)
    archive_digests[_relative(root, path)] = digest
    if memo is not None and len(problems.items) == before:
        memo.put(model.__name__, path, signature, (digest, meta, doc.body))
    return doc, meta


def _id_from(path: Path, kind: str, problems: Problems) -> str | None:
    if not ID_PATTERN.match(path.stem):
        problems.error(
            path,
            f"the file name is the {kind}'s id and must use lower-case letters, digits and "
            f"hyphens; rename it (e.g. '{kind}-name{path.suffix}')",
        )
        return None
    return path.stem


def load_profiles(root: Path, problems: Problems, memo: LoadMemo | None = None,
                  digests: dict[str, str] | None = None) -> tuple[dict[str, OutletEntry],
                                                                  dict[str, EntityEntry]]:
    """The outlet and entity profiles of ``root`` (one YAML file each, named by its id), for
    every command that needs them; a file that does not validate is left out and reported in
    ``problems``."""
    outlets: dict[str, OutletEntry] = {}
    entities: dict[str, EntityEntry] = {}
    for folder, kind, model, entry, store in (
        ("outlets", "outlet", Outlet, OutletEntry, outlets),
        ("entities", "entity", Entity, EntityEntry, entities),
    ):
        files: dict[str, Path] = {}
        for path in sorted((root / folder).glob("*.y*ml")):
            if path.suffix not in (".yml", ".yaml"):
                continue
            if path.stem in files:  # x.yml and x.yaml: one id, two profiles
                problems.error(path, f"{files[path.stem].name} holds the same {kind} "
                               f"('{path.stem}'); merge the two files into one")
                store.pop(path.stem, None)
                continue
            files[path.stem] = path
            loaded = _load(path, model, problems, memo, {} if digests is None else digests,
                           root)
            item_id = _id_from(path, kind, problems)
            if loaded is not None and item_id is not None:
                store[item_id] = entry(path, item_id, loaded[1])
    return outlets, entities


def _check_event(path: Path, doc: Document, meta: Event, problems: Problems) -> None:
    if meta.end_date and meta.end_date < meta.date:
        problems.error(path, "ends before it starts; fix 'end_date' or 'date'",
                       line=doc.line_of(("end_date",)), field="end_date")


def load_archive(root: Path, *, verify_raw: bool = True, memo: Kept | None = None) -> Archive:
    """Gather and validate ``root``; problems are collected in ``archive.problems``.

    With the ``memo`` of earlier loads (``reuse.memo.Memo.table("load")``), the files that
    have not changed since are taken from it (the checks between files run again on every
    load)."""
    return _load_archive(root, verify_raw, LoadMemo(memo) if memo is not None else None)


def _load_archive(root: Path, verify_raw: bool, memo: LoadMemo | None) -> Archive:
    archive = Archive(root=root)
    problems = archive.problems
    if not root.is_dir():
        problems.error(root, "the content folder does not exist; create it or pass --content DIR")
        return archive

    digests = archive.digests
    archive.outlets, archive.entities = load_profiles(root, problems, memo, digests)

    for path in sorted((root / "events").glob("*.md")):
        loaded = _load(path, Event, problems, memo, digests, root, _check_event)
        event_id = _id_from(path, "event", problems)
        if loaded is not None and event_id is not None:
            doc, meta = loaded
            archive.events[event_id] = EventEntry(path, event_id, meta, doc.body.strip())

    seen_hashes: dict[str, Path] = {}
    for path in sorted((root / "articles").glob("*.md")):
        # the file name becomes the page's address and appears in links: validate it first
        if not ARTICLE_NAME.match(path.stem):
            problems.error(path, "the file name becomes the article's address and may hold only "
                                 "letters a-z, digits, '-', '_' and '.'; rename it "
                                 "(e.g. '2025-01-31-outlet-title.md')")
            continue
        loaded = _load(path, Article, problems, memo, digests, root, _check_annotations)
        if loaded is None:
            continue
        doc, meta = loaded
        archive.articles.append(ArticleEntry(path, path.stem, meta, doc.body.strip()))
        _check_article_links(archive, path, doc, meta, problems)
        if meta.raw_sha256 in seen_hashes:
            problems.warning(
                path,
                f"comes from the same raw capture as {seen_hashes[meta.raw_sha256].name}; "
                "remove one of the two files if they are the same article",
                line=doc.line_of(("raw_sha256",)), field="raw_sha256",
            )
        seen_hashes.setdefault(meta.raw_sha256, path)
        if verify_raw and meta.raw_file:
            raw = root / meta.raw_file
            digest = _raw_digest(raw, memo)
            if digest is None:
                problems.error(path, f"the raw capture '{meta.raw_file}' is missing; restore it "
                               "or run ingest again on the original file",
                               line=doc.line_of(("raw_file",)), field="raw_file")
            elif digest != meta.raw_sha256:
                problems.error(path, f"the raw capture '{meta.raw_file}' does not match "
                               "raw_sha256; the raw file was changed, restore the original",
                               line=doc.line_of(("raw_sha256",)), field="raw_sha256")
            else:
                digests[_relative(root, raw)] = digest
    _load_cleaning(archive, memo)
    return archive


def _raw_digest(raw: Path, memo: LoadMemo | None) -> str | None:
    """The SHA-256 of a raw capture, None when it is not a readable file."""
    signature, known = memo.get("raw", raw) if memo is not None else (None, None)
    if known is not None:
        return known
    if not raw.is_file():
        return None
    try:
        digest = sha256_file(raw)
    except OSError:
        return None
    if memo is not None:
        memo.put("raw", raw, signature, digest)
    return digest


def _read_json(path: Path, archive: Archive, memo: LoadMemo | None):
    """A JSON file of the provenance folder (raises OSError, UnicodeDecodeError, ValueError);
    its hash goes into the archive's digests."""
    signature, known = memo.get("json", path) if memo is not None else (None, None)
    if known is None:
        text = path.read_text(encoding="utf-8")
        known = (sha256_text(text), json.loads(text))
        if memo is not None:
            memo.put("json", path, signature, known)
    archive.digests[_relative(archive.root, path)] = known[0]
    return known[1]


def _load_other_captures(archive: Archive, memo: LoadMemo | None) -> None:
    for folder in sorted((archive.root / "provenance").glob("*.captures")):
        stem = folder.name.removesuffix(".captures")
        found = []
        for path in sorted(folder.glob("*.json")):
            try:
                data = _read_json(path, archive, memo)
                if not isinstance(data, dict) or not isinstance(data.get("raw_sha256"), str):
                    raise ValueError("no raw_sha256")
            except (OSError, UnicodeDecodeError, ValueError) as exc:
                archive.problems.warning(path, f"this record of another capture cannot be read "
                                         f"({exc}); ingest the capture again to rewrite it")
                continue
            found.append(data)
        if found:
            archive.other_captures[stem] = sorted(
                found, key=lambda d: (str(d.get("retrieved") or ""), str(d.get("ingested") or "")))


def _load_cleaning(archive: Archive, memo: LoadMemo | None = None) -> None:
    _load_other_captures(archive, memo)
    articles = {entry.stem: entry for entry in archive.articles}
    for path in sorted((archive.root / "provenance").glob("*.json")):
        entry = articles.get(path.stem)
        if entry is None:
            archive.problems.warning(path, f"no article '{path.stem}.md' goes with this "
                                     "cleaning record; delete the record if the article was "
                                     "removed on purpose")
            continue
        try:
            data = _read_json(path, archive, memo)
            lines = [(int(n), str(text), None if reason is None else str(reason))
                     for n, text, reason in data["lines"]]
            record = CleaningRecord(path, str(data["cleaner"]), str(data["input"]), lines)
            digest = data["raw_sha256"]
        except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
            archive.problems.warning(path, f"the cleaning record cannot be read ({exc}); run "
                                     "ingest again on the article's capture to rewrite it")
            continue
        if digest != entry.meta.raw_sha256:
            archive.problems.warning(path, "the cleaning record is for another capture than "
                                     f"{entry.path.name}'s; run ingest again on the capture")
            continue
        archive.cleaning[entry.stem] = record


def _check_article_links(archive: Archive, path: Path, doc: Document, meta: Article,
                         problems: Problems) -> None:
    # an id whose file exists but does not load is that file's error, reported there once
    if meta.event and meta.event not in archive.events \
            and not _file_of(archive.root / "events", meta.event, (".md",)):
        problems.error(path, f"no event '{meta.event}' exists;{_did_you_mean(meta.event, archive.root / 'events')} "
                       f"create events/{meta.event}.md or correct the id",
                       line=doc.line_of(("event",)), field="event")
    for name in ("outlet", "original_outlet"):
        value = getattr(meta, name)
        if value and value not in archive.outlets \
                and not _file_of(archive.root / "outlets", value, (".yml", ".yaml")):
            problems.error(path, f"no outlet '{value}' exists;{_did_you_mean(value, archive.root / 'outlets')} "
                           f"create outlets/{value}.yml or correct the id",
                           line=doc.line_of((name,)), field=name)
    for number, entity in enumerate(meta.mentions):
        if entity not in archive.entities \
                and not _file_of(archive.root / "entities", entity, (".yml", ".yaml")):
            problems.error(path, f"no entity '{entity}' exists;{_did_you_mean(entity, archive.root / 'entities')} "
                           f"create entities/{entity}.yml, correct the id, or run "
                           "`python -m generator mentions` again",
                           line=doc.line_of(("mentions", number)), field="mentions")
    if meta.outlet is None:
        problems.warning(path, "no outlet recorded; add 'outlet' so the article is attributed",
                         field="outlet")
    if meta.published is None and meta.published_text:
        problems.warning(path, f"no publication date: the page prints it only as "
                         f"'{_clip(meta.published_text)}', relative to when it was saved; add "
                         "'published' (ISO 8601) for that day, or ingest the capture again "
                         "with --retrieved and the time it was saved", field="published")
    elif meta.published is None:
        problems.warning(path, "no publication date; add 'published' (ISO 8601) and "
                         "'published_text'", field="published")


def _file_of(folder: Path, identifier: str, suffixes: tuple[str, ...]) -> bool:
    """Whether ``folder`` holds a file for ``identifier`` (one that may not have loaded)."""
    return any((folder / f"{identifier}{suffix}").is_file() for suffix in suffixes)


def _did_you_mean(wrong: str, folder: Path) -> str:
    """" did you mean 'x'? If not," for the id of a file of ``folder`` closest to a ``wrong`` one, if
    one is close."""
    known = sorted({path.stem for path in folder.glob("*.*")} if folder.is_dir() else set())
    close = difflib.get_close_matches(wrong, known, n=1, cutoff=0.75)
    return f" did you mean '{close[0]}'? If not," if close else ""


def _check_annotations(path: Path, doc: Document, meta: Article, problems: Problems) -> None:
    for number, annotation in enumerate(meta.annotations):
        anchors = locate(doc.body, annotation.quote, annotation.prefix, annotation.suffix)
        quote = annotation.quote if len(annotation.quote) <= 60 else annotation.quote[:57] + "…"
        where = {"line": doc.line_of(("annotations", number, "quote")),
                 "field": f"annotations.{number}.quote"}
        if not anchors:
            problems.error(path, f"the quote '{quote}' is not in the article's text; copy the "
                           "passage again from the current text (within one paragraph), or "
                           "remove the note", **where)
        elif len(anchors) > 1:
            problems.error(path, f"the quote '{quote}' occurs {len(anchors)} times; add a "
                           "prefix or suffix (the words just before or after) to choose one",
                           **where)


def _clip(text: str, limit: int = 70) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


INGEST_NOTE = "Created by ingest"
"""How the notes of an outlet profile ingest drafted began, before profiles had ``stub``."""
RECURRING = 2
"""Articles in which a name no entity holds must appear for ``check`` to propose it."""


def advise(archive: Archive) -> None:
    """Warnings only `check` looks for (the build does not): events without a summary,
    near-duplicate texts, and mentions found before the entities or the text were last
    edited; and suggestions: names that recur across articles and match no entity."""
    from .similarity import near_duplicates

    for event in archive.events.values():
        if not event.meta.title:
            archive.problems.warning(
                event.path, "the event has no English title; add 'title' (pages show its id "
                "until then)", field="title")
        if not event.summary.strip():
            archive.problems.warning(
                event.path, "the event has no summary; write a few sentences under its header "
                "(what happened, who took part, where) so that readers and suggest know it")
    paths = {a.stem: a.path for a in archive.articles}
    for first, second, similarity in near_duplicates((a.stem, a.body) for a in archive.articles):
        archive.problems.warning(
            paths[first], f"its text is a near-duplicate of {paths[second].name} ({similarity:.0%} "
            "shared): the same story syndicated, or one page captured twice; if captured twice, "
            "remove one of the two files; if syndicated, nothing to do (event pages say "
            "'also published by')", field="body")
    from .occasions import problems as occasion_problems

    for message, name in occasion_problems(archive.root):
        archive.problems.warning(archive.root / "occasions.yml", message, field=name)
    for article in archive.articles:
        meta = article.meta
        if meta.language == "und":
            archive.problems.warning(
                article.path, "its language could not be detected ('und'); set 'language' to "
                "the tag of the language it is written in (such as 'tl' or 'xh')",
                field="language")
        if meta.title_derived or meta.title_uncertain:
            how = ("was derived (the page printed none that ingest found)" if meta.title_derived
                   else "is ingest's best guess among several lines")
            archive.problems.warning(
                article.path, f"its title '{_clip(meta.title)}' {how}; compare it with the "
                f"capture ({meta.raw_file or 'the page'}), correct 'title' if need be, and set "
                f"'{'title_derived' if meta.title_derived else 'title_uncertain'}: false'",
                field="title")
        if meta.published_uncertain and meta.published:
            archive.problems.warning(
                article.path, f"its date {meta.published_text or meta.published} is ingest's "
                "best guess (printed far from the headline, with no label: it may be a related "
                f"item's); compare it with the capture ({meta.raw_file or 'the page'}), correct "
                "'published' if need be, and set 'published_uncertain: false'",
                field="published")
    for article in archive.articles:
        record = article.meta.machine.detected if article.meta.machine else None
        if record is None:
            continue
        found = archive.registry.mentions(f"{article.meta.title}\n{article.body}",
                                          article.meta.language)
        if found != (record.get("mentions") or []):
            archive.problems.warning(
                article.path, "the names it mentions have changed since they were last found "
                "(the entities or the text were edited); run `python -m generator mentions`",
                field="mentions")
    known = known_name_words(archive.entities)
    seen: dict[str, list[ArticleEntry]] = {}
    spelt: dict[str, Counter[str]] = {}
    for article in archive.articles:
        for key, name in unknown_names(f"{article.meta.title}\n{article.body}",
                                       article.meta.language, archive.registry, known):
            seen.setdefault(key, []).append(article)
            spelt.setdefault(key, Counter())[name] += 1
    folder = archive.root / "entities"
    for key, articles in sorted(seen.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        if len(articles) < RECURRING:
            continue
        name, *also = [name for name, _ in spelt[key].most_common(3)]
        files = ", ".join(a.path.name for a in articles[:3]) + (", ..." if articles[3:] else "")
        spellings = f" (also written {', '.join(also)})" if also else ""
        archive.problems.todo(
            folder, f"'{name}'{spellings} is named in {len(articles)} articles ({files}) and "
            "matches no entity; if the archive follows this person, add "
            f"entities/{slugify(name) or 'new-entity'}.yml with their names by language, then "
            "run `python -m generator mentions`")
    _what_is_left(archive)


def _what_is_left(archive: Archive) -> None:
    """The curator's to-do list: articles in no event, titles no English reader can scan,
    outlets still described by ingest's draft."""
    for article in archive.articles:
        meta = article.meta
        if not meta.event:
            archive.problems.todo(
                article.path, "it is in no event; run `python -m generator suggest` to see "
                "where it may belong, then `python -m generator assign`", field="event")
        if not meta.title_en and primary(meta.language) not in ("en", "und"):
            archive.problems.todo(
                article.path, f"its title is in {language_name(meta.language)} only; add "
                "'title_en', an English title, so that lists show every reader what it "
                "reports", field="title_en")
    for entry in archive.outlets.values():
        if entry.stub:
            archive.problems.todo(
                entry.path, "a draft ingest made; describe the outlet ('name' in Latin "
                "letters, 'kind', 'country', 'notes'), then remove 'stub: true' (until then "
                "its notes are not published)", field="stub")
        elif not _latin(entry.meta.name):
            archive.problems.todo(
                entry.path, f"its name '{entry.meta.name}' is not in Latin letters; move it to "
                "'name_native' and write 'name' as the outlet writes itself in Latin letters",
                field="name")


def _latin(text: str) -> bool:
    """Whether every letter of ``text`` is a Latin one (accents allowed)."""
    return all(script_of(ch) == "LATIN" for ch in text if ch.isalpha())


def load_or_fail(root: Path, *, strict: bool = False, memo: Kept | None = None) -> Archive:
    """Load the archive; raise ContentError listing every error (and warnings when strict)."""
    archive = load_archive(root, memo=memo)
    failing = archive.problems.errors + (archive.problems.warnings if strict else [])
    if failing:
        raise ContentError(Problems(list(failing)))
    return archive
