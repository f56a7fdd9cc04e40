"""Assigning articles to events: one by one, or accepting reviewed suggestions in bulk.

The ``event`` field is the curator's: these commands write it only when the curator asks,
change nothing else in the article, and never move an article the curator already assigned
unless told to (``assign ARTICLE EVENT`` on that article). A new event file is created from a
proposed group, with its dates and participants filled in, and never overwrites one.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import occasions
from .frontmatter import FrontMatterError, read_document, render_markdown
from .fsutil import write_atomic
from .schema import ID_PATTERN, Event
from .store import render_article
from .text.body import first_paragraph, opening
from .text.moments import iso_day


class AssignError(Exception):
    """A request that cannot be carried out; the message says what to do."""


@dataclass
class Change:
    article: Path
    event: str
    status: str  # "assigned", "moved from <id>", "unchanged", "skipped: ..."


def find_article(content: Path, name: str) -> Path:
    """An article by path (relative to the working folder or to content/) or by file stem."""
    candidates = [Path(name), content / name, content / "articles" / name,
                  content / "articles" / f"{name}.md"]
    for candidate in candidates:
        if candidate.is_file() and candidate.suffix == ".md":
            return candidate
    raise AssignError(f"{name}: no such article; give its path (content/articles/<name>.md) "
                      "or its file name")


def _write_event_field(path: Path, event: str, *, move: bool, dry_run: bool) -> str:
    try:
        doc = read_document(path)
    except FrontMatterError as exc:
        line = f":{exc.line}" if exc.line else ""
        return f"skipped: {path}{line}: {exc.message}; fix it (python -m generator check)"
    meta = dict(doc.meta)
    current = meta.get("event")
    if current == event:
        return "unchanged"
    if current and not move:
        return f"skipped: already assigned to {current} (assign it by name to move it)"
    meta["event"] = event
    try:
        text = render_article(meta, doc.body)
    except ValueError:
        return f"skipped: {path} does not pass check; fix it (python -m generator check)"
    if not dry_run:
        write_atomic(path, text)
    return f"moved from {current}" if current else "assigned"


def assign(content: Path, article: str, event: str, *, dry_run: bool = False) -> Change:
    """Assign one article to an existing event (moving it if it had another)."""
    if not ID_PATTERN.match(event) or not (content / "events" / f"{event}.md").is_file():
        raise AssignError(f"no event '{event}' in {content / 'events'}; create "
                          f"events/{event}.md first or check the id")
    path = find_article(content, article)
    return Change(path, event, _write_event_field(path, event, move=True, dry_run=dry_run))


def _name_authority(content: Path) -> dict:
    """The content folder's entities, read once (files that do not validate are left out:
    ``check`` reports them)."""
    from .content import load_profiles
    from .problems import Problems

    return load_profiles(content, Problems())[1]


def new_event(content: Path, label: str, articles: list[Path], *, dry_run: bool = False) -> str:
    """Create ``events/<label>.md`` for a proposed group: an English title from its earliest
    report in English (or with the curator's ``title_en``), none else; dates from the
    articles' publication dates; participants and place from the entities at least half of
    them name in their title or first paragraph (where a report names what is central to
    it). An existing file is kept as it is."""
    event_id = label if ID_PATTERN.match(label) else None
    if event_id is None:
        raise AssignError(f"'{label}' cannot be an event id (lower-case letters, digits and "
                          "hyphens); edit new_group in the suggestions file")
    path = content / "events" / f"{event_id}.md"
    if path.exists():
        return event_id
    from .datelines import agreed_place
    from .entities import Registry
    from .unregistered import known_name_words, preferred_spelling, unknown_names

    entities = _name_authority(content)
    registry = Registry({entity_id: entry.meta for entity_id, entry in entities.items()})
    known_words = known_name_words(entities)
    # entity id -> (display name, kind), for the participants and the place
    names = {entity_id: (entry.meta.name, entry.meta.kind.value)
             for entity_id, entry in entities.items()}
    metas, leads, openings, firsts = [], [], [], []
    unknown: list[dict[str, str]] = []  # each report's people the authority lacks: key -> name
    for article in articles:
        try:
            doc = read_document(article)
        except FrontMatterError:
            continue
        metas.append(doc.meta)
        # what a report treats as central stands in its title and first paragraph; a name
        # further down is often background (the airline of an earlier crash)
        first = first_paragraph(doc.body)
        firsts.append(first)
        # in the order they are named (a set's order would change from run to run)
        language = str(doc.meta.get("language") or "en")
        # not the names of an earlier occasion it dates its news by ("…, a day after Putin
        # apologised to Aliyev"): they took no part in this one
        earlier = occasions.earlier_occasions(first, language)
        central = f"{doc.meta.get('title', '')}\n{earlier[1] if earlier else first}"
        leads.append(list(dict.fromkeys(registry.mentions(central, language))))
        openings.append((opening(doc.body), language))
        unknown.append(dict(unknown_names(central, language, registry, known_words)))
    days = sorted(iso_day(m["published"]) for m in metas if iso_day(m.get("published")))
    if not days:
        raise AssignError(f"{label}: none of its articles has a publication date; add "
                          "'published' to them or create the event by hand")
    counts = Counter(e for lead in leads for e in lead)
    common = [e for e, n in counts.most_common() if n * 2 >= len(metas) and e in names]
    meta: dict[str, Any] = {}
    # an English title only: the curator's translation of a report's title, or the title of
    # a report in English, the earliest first; else none (check asks for one)
    english = sorted(((iso_day(m.get("published")) or "9999", str(m.get("title_en") or
                       (m.get("title") if str(m.get("language", "")).startswith("en") else "")))
                      for m in metas), key=lambda pair: pair[0])
    title = next((text for _, text in english if text.strip()), None)
    if title:
        meta["title"] = title
    meta["date"] = days[0]
    if days[-1] != days[0]:
        meta["end_date"] = days[-1]
    # the place: the city the reports' datelines agree on (in the authority's spelling when it
    # holds it), else the place at least half of them name where they say what happened
    places = [names[e][0] for e in common if names[e][1] == "place"]
    occasion = occasions.event_occasion(
        (str(m.get("title") or ""), first, str(m.get("language") or "en"))
        for m, first in zip(metas, firsts, strict=True))
    if occasion in occasions.ONE_MOMENT:
        places = []  # a call or a letter: the place its reports name is another occasion's
    dateline = agreed_place(openings)
    if dateline:
        held = [e for e in registry.mentions(dateline, "en") if names.get(e, ("", ""))[1] == "place"]
        places = [names[held[0]][0] if held else dateline]
    if places:
        meta["place"] = places[0]
    # people at least half of them name; an organisation most of them (an airline one report
    # of a call brings up is no party to it)
    participants = [names[e][0] for e in common if names[e][1] == "person"
                    or (names[e][1] != "place" and counts[e] * 2 > len(metas))]
    # and the people the authority lacks that at least half of them name there ("Tayyip
    # Erdogan" where no entity holds him), spelt as an English report spells them
    spelt: dict[str, list[tuple[str, str]]] = {}
    for found, (_, language) in zip(unknown, openings, strict=True):
        for key, name in found.items():
            spelt.setdefault(key, []).append((name, language))
    participants += [preferred_spelling(spellings, person=True) for key, spellings in spelt.items()
                     if len(spellings) * 2 >= len(metas) and (
                         len(metas) >= 2 or key in _headline_keys(metas[0]))]
    if participants:
        meta["participants"] = participants
    Event.model_validate(meta)
    if not dry_run:
        write_atomic(path, render_markdown(meta, ""))
    return event_id


def _headline_keys(meta: dict[str, Any]) -> set[str]:
    """The keys of the words of a report's headline that may be a last name: of one report
    alone, a person the authority lacks is a participant where its headline names them
    ("Putin holds talks with Rahmon")."""
    from .unregistered import word_keys

    return set(word_keys(str(meta.get("title") or ""), str(meta.get("language") or "en")))


def accept(content: Path, suggestions: Path, *, min_score: float = 0.0,
           new_events: bool = True, dry_run: bool = False) -> list[Change]:
    """Apply a reviewed ``suggest --json`` file: each entry with an ``event`` assigns its
    article there; entries sharing a ``new_group`` become a new event (``new_events``).
    Entries below ``min_score`` and articles already assigned are skipped."""
    try:
        entries = json.loads(suggestions.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise AssignError(f"{suggestions}: cannot be read ({exc})") from exc
    except json.JSONDecodeError as exc:
        raise AssignError(f"{suggestions}:{exc.lineno}: not valid JSON ({exc.msg}); save the "
                          "output of `suggest --json` unchanged or fix the file") from exc
    if not isinstance(entries, list):
        raise AssignError(f"{suggestions}: expected a JSON array, as `suggest --json` prints")
    changes: list[Change] = []
    groups: dict[str, list[Path]] = {}
    for number, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict) or "article" not in entry:
            raise AssignError(f"{suggestions}: entry {number} has no 'article'")
        try:
            path = find_article(content, str(entry["article"]))
        except AssignError as exc:
            changes.append(Change(Path(str(entry["article"])), "", f"skipped: {exc}"))
            continue
        if float(entry.get("score") or 0) < min_score:
            changes.append(Change(path, "", f"skipped: score below {min_score}"))
            continue
        if entry.get("needs_date") and not entry.get("event"):
            changes.append(Change(path, "", "skipped: needs a date (add 'published', run "
                                            "suggest again, or set 'event' by hand)"))
            continue
        if entry.get("event"):
            event = str(entry["event"])
            if not (content / "events" / f"{event}.md").is_file():
                changes.append(Change(path, event, f"skipped: no event '{event}'"))
                continue
            changes.append(Change(path, event, _write_event_field(path, event, move=False,
                                                                  dry_run=dry_run)))
        elif entry.get("new_group") and new_events:
            groups.setdefault(str(entry["new_group"]), []).append(path)
    for label, paths in groups.items():
        try:
            event = new_event(content, label, paths, dry_run=dry_run)
        except AssignError as exc:
            changes += [Change(p, label, f"skipped: {exc}") for p in paths]
            continue
        for path in paths:
            status = _write_event_field(path, event, move=False, dry_run=dry_run)
            changes.append(Change(path, event, status + (" (new event)" if status == "assigned"
                                                         else "")))
    return changes
