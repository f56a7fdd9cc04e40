"""Suggestions: which event each unassigned article reports, or which new event it starts.

No translation is needed: across languages an article and an event share *what* and *when*,
not words. Three kinds of evidence are weighed:

- **entities**: the people, organisations and places the article names (its ``mentions``,
  found in any script by the name authority), against those the event's articles name, as a
  cosine of IDF-weighted vectors (a name every article carries says little; an event's
  participants count in full);
- **dates**: the publication date against the event's dates (reports follow within days), and
  the dates the text mentions; a report published long before or after the event scores low
  even when it names the same people, because it is about another happening (two calls
  between the same ministers months apart). A date mentioned in a later article counts only
  half: it may be background ("their previous call, on 13 May");
- **near-duplicate text** (``similarity``): a syndicated copy of one of the event's articles.

Against them weighs what says another occasion of the same people: a report published before
the event began that does not announce it; a day in its title or lead that is not one of the
event's days; another kind of occasion (``occasions``: a phone call where the event is a
meeting, a book where it is a publication of documents). Naming every participant counts only
on the event's days, and an undated report is placed only on more than names (a shared passage,
a day of the event in its text, the event's occasion and place); else it "needs a date". A date
ingest only guessed (``published_uncertain``) counts as none until a curator confirms it.

raw score = entities × dates × the factors against, raised for a near-duplicate; the score shown
is its calibration (``CALIBRATION``), the chance the placement is right as the evaluation set
estimates it. An article whose best score reaches ``PLACE_SCORE`` is placed in that event; the
others are grouped with each other by the same measure into proposed new events.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property
from pathlib import Path

from slugify import slugify

from . import counterparts, occasions
from .content import Archive, ArticleEntry
from .datelines import agreed_place
from .entities import romanised
from .similarity import NEAR_DUPLICATE, SKETCH, estimate, shingles, sketch
from .text import body as body_format
from .text import weekdays
from .text.dates import date_in_url, find_dates, find_partial_dates
from .text.moments import day_of
from .unregistered import (
    known_name_words,
    last_name,
    preferred_spelling,
    unknown_names,
    word_keys,
)

CALIBRATION = (15.54, -6.58)
"""From a raw score (names × dates, raised by shared text, lowered by evidence against) to the
chance that a placement is right: ``1 / (1 + exp(-(a × raw + b)))``, a logistic fit on the
project's evaluation set (``python -m tests.eval_events --calibrate``)."""
PLACE_SCORE = 0.5
"""Lowest score (a chance, ``CALIBRATION``) at which an article is placed in an existing event.
On the evaluation set every placement at or above it was right; expect fewer on reports of
other shapes."""


def calibrated(raw: float) -> float:
    """The chance, as the evaluation set estimates it, that a placement scoring ``raw`` is
    right."""
    slope, intercept = CALIBRATION
    return 1.0 / (1.0 + math.exp(-(slope * raw + intercept)))


def _raw_for(score: float) -> float:
    slope, intercept = CALIBRATION
    return (math.log(score / (1.0 - score)) - intercept) / slope


PLACE = _raw_for(PLACE_SCORE)
"""``PLACE_SCORE`` as a raw score."""
GROUP = 0.42
"""Lowest score at which an article joins a proposed new group."""
MERGE = 0.45
"""Lowest agreement of names (cosine) at which two proposed groups close in time merge."""
REPORT_AFTER = 3  # days after an event's last day within which its reports usually appear
CALL_REPORT_AFTER = 1  # the same, for a phone call
DECAY = 7.0  # days: how fast the date evidence fades outside that window
OTHER_PEOPLE = 0.45
"""Factor for an article that names other people and misses the event's principal ones."""
ALL_PARTICIPANTS = 0.6
"""Lowest score, times the date evidence, of an article naming every one of two or more
participants (a report of the meeting that names another place or none)."""
PLACE_WEIGHT = 0.6
"""Weight of a place in an event's core, against 1 for its participants."""
CANDIDATE_DAYS = 60  # events further than this from an article's dates are not considered
UNDATED = date(1, 1, 8)  # far from any news, with room for the window arithmetic
"""The day of a proposed group none of whose reports is dated."""
TEXT_FOR_DATES = 6000  # characters of an article searched for the dates it mentions
BEFORE = 0.15
"""Date evidence of a report published the day before an event began that does not announce
it (less for each day earlier): it reports another occasion of the same people."""
ANNOUNCED = 0.85
"""Date evidence of a report published before an event began that announces it."""
NAMED_DAY = 0.9
"""Date evidence of a report published after its event's reports, whose title or lead puts
what it reports on the event's days by weekday or as "last week" (an analysis a week on)."""
ANOTHER_DAY = 0.3
"""Factor for a report whose title or lead dates what it reports on a day near the event but
not one of its days (a second call three days later)."""
ANOTHER_DAY_REACH = 21  # days around an event within which a date in a lead is "near"
OTHER_OCCASION = 0.35
"""Factor for a report of another kind of occasion (a phone call, where the event is a
meeting; a book, where it is a publication of documents)."""


class Features:
    """What suggest compares of one article; dates and shingles are read when first needed
    (most articles of a large archive are only ever compared by their entities)."""

    def __init__(self, article: ArticleEntry, registry=None):
        self.article = article
        self.registry = registry  # to tell unknown people from known ones
        self.known_words: set[str] = set()  # skeletons of the words of registered names
        self.display: dict[str, str] = {}  # unknown person's key -> the name as first read
        self.spelt: dict[str, str] = {}  # unknown person's key -> the name as this text spells it
        # an article whose text carries no date may still have one in its address; a date
        # ingest only guessed (``published_uncertain``, often a related item's) is no evidence
        # until a curator confirms it: such an article is weighed as undated
        self.guessed = _day(article.meta.published) if article.meta.published_uncertain else None
        self.published = (None if self.guessed else _day(article.meta.published)) \
            or date_in_url(article.meta.url)
        self.entities = list(article.meta.mentions)
        self.words = occasions.WORDS  # the occasion words (the archive's, set by Suggester)

    @cached_property
    def lead(self) -> str:
        """Its first paragraph of running text: with the title, where it says what it reports."""
        return occasions.lead_of(self.article.body)

    @cached_property
    def occasion(self) -> str | None:
        return occasions.occasion(self.article.meta.title, self.lead,
                                  self.article.meta.language or "en", self.words)

    @cached_property
    def announces(self) -> bool:
        return occasions.announces(self.article.meta.title, self.lead,
                                   self.article.meta.language or "en")

    @cached_property
    def lead_dates(self) -> tuple[set[date], set[tuple[int, int]]]:
        """The full dates and the days without a year its title and lead give: the day of what
        it reports, when it says."""
        text = f"{self.article.meta.title}\n{self.lead}"
        full: set[date] = set()
        days: set[tuple[int, int]] = set()
        for line in text.splitlines():
            if re.search(r"\d", line):
                full.update(m.value for m in find_dates(line))
                days |= find_partial_dates(line)[0]
        return full, days

    @cached_property
    def named_days(self) -> set[date]:
        """The days its title and lead name by weekday or as "yesterday" ("on Friday")."""
        if self.published is None:
            return set()
        return weekdays.named_days(f"{self.article.meta.title}\n{self.lead}",
                                   self.article.meta.language or "en", self.published,
                                   ahead=self.announces)

    @cached_property
    def last_week(self) -> set[date]:
        """The days of the week before its publication's, where its title or lead says "last
        week"."""
        if self.published is None:
            return set()
        return weekdays.last_week(f"{self.article.meta.title}\n{self.lead}",
                                  self.article.meta.language or "en", self.published)

    @cached_property
    def earlier_names(self) -> tuple[set[str], set[str]] | None:
        """Who its lead names only in a clause that dates its own occasion by an earlier one
        ("…, a day after Putin apologised to Aliyev"), and who its title and the rest of its
        lead name; None where the lead has no such clause."""
        if self.registry is None:
            return None
        language = self.article.meta.language or "en"
        found = occasions.earlier_occasions(self.lead, language)
        if found is None:
            return None
        clauses, rest = found

        def names(text: str) -> set[str]:
            return set(self.registry.mentions(text, language)) | {
                key for key, _ in unknown_names(text, language, self.registry,
                                                self.known_words)}

        return names(" ".join(clauses)), names(f"{self.article.meta.title}\n{rest}")

    @cached_property
    def earlier_only(self) -> set[str]:
        """Who it names only as part of an earlier occasion ("a day after Putin …"): not
        whom its own occasion is about."""
        if self.earlier_names is None:
            return set()
        before, rest = self.earlier_names
        return before - rest

    @cached_property
    def nationalities(self) -> tuple[list[str], dict[str, list[str]]]:
        """The words next to "counterpart" and next to each office ("president", "premier",
        "office" for either) in its title and lead ("his Azerbaijani counterpart", "the
        Azerbaijani president"): who it names by office."""
        text = f"{self.article.meta.title}\n{self.lead}"
        language = self.article.meta.language or "en"
        return (counterparts.nationality_words(text, language),
                {table: counterparts.nationality_words(text, language, table)
                 for table in ("president", "premier", "office")})

    @cached_property
    def headline_names(self) -> list[str]:
        """The names its headline gives, known and unknown."""
        if self.registry is None:
            return []
        title, language = self.article.meta.title or "", self.article.meta.language or "en"
        unknown = [key for key, _ in unknown_names(title, language, self.registry,
                                                   self.known_words)]
        # a headline names a person by the last name alone ("talks with Rahmon"): one whom
        # its text names in full
        body = set(self.unknown_people)
        unknown += [key for key in dict.fromkeys(word_keys(title, language))
                    if key in body and key not in unknown]
        return [*self.registry.mentions(title, language), *unknown]

    @cached_property
    def lead_names(self) -> set[str]:
        """The names its title and lead give, known and unknown: whom what it reports is
        about."""
        if self.registry is None:
            return set()
        language = self.article.meta.language or "en"
        text = f"{self.article.meta.title}\n{self.lead}"
        return set(self.registry.mentions(text, language)) | {
            key for key, _ in unknown_names(text, language, self.registry, self.known_words)}

    @cached_property
    def own_names(self) -> list[str]:
        """The names it gives, known and unknown, but those of an earlier occasion only: what
        it reports is about these."""
        names = [*self.entities, *self.unknown_people]
        earlier = self.earlier_only
        return [e for e in names if e not in earlier] if earlier else names

    @cached_property
    def mentioned(self) -> set[date]:
        text = f"{self.article.meta.title}\n{self.article.body}"
        found: set[date] = set()
        for line in text[:TEXT_FOR_DATES].splitlines():
            if re.search(r"\d", line):
                found.update(m.value for m in find_dates(line))
        return found

    @cached_property
    def unknown_people(self) -> list[str]:
        """Keys of the person-like names the name authority does not hold (``unknown_names``)."""
        if self.registry is None:
            return []
        found = unknown_names(self.article.body, self.article.meta.language or "en",
                              self.registry, self.known_words)
        for key, name in found:
            self.display.setdefault(key, name)
        self.spelt = dict(found)
        return [key for key, _ in found]

    @cached_property
    def opening(self) -> str:
        """The start of its text, where a dateline stands."""
        return body_format.opening(self.article.body)

    @cached_property
    def partial(self) -> tuple[set[tuple[int, int]], set[tuple[int, int]]]:
        """Days printed without a year ("on 13 May"), months without a day ("May 2022"), in
        its title and first paragraphs (a day further down is often another occasion's)."""
        paragraphs = [p.text for p in body_format.paragraphs(self.article.body)][:2]
        text = "\n".join([self.article.meta.title, *paragraphs])
        days: set[tuple[int, int]] = set()
        months: set[tuple[int, int]] = set()
        for line in text[:TEXT_FOR_DATES].splitlines():
            if re.search(r"\d", line):
                found_days, found_months = find_partial_dates(line)
                days |= found_days
                months |= found_months
        return days, months

    @cached_property
    def sketch(self) -> list[int]:
        return sketch(shingles(self.article.body))

    @cached_property
    def sketch_set(self) -> frozenset[int]:
        return frozenset(self.sketch)


@dataclass
class Profile:
    """What an event (or a proposed group) looks like: its entities, dates and texts."""

    key: str
    start: date
    end: date
    entities: dict[str, float]  # entity -> share of its articles naming it (participants: 1)
    members: list[Features] = field(default_factory=list)
    reported_until: date | None = None  # the latest publication among its reports
    principals: list[str] = field(default_factory=list)  # the people its curator names
    occasion: str | None = None  # a meeting, a phone call... (``occasions``)

    def days(self) -> list[date]:
        return [self.start + timedelta(days=n) for n in range((self.end - self.start).days + 1)]

    def window(self) -> tuple[date, date]:
        """The days its reports appear: from the day before it to a few days after its end
        (or after its latest report)."""
        last = max(self.end, self.reported_until or self.end)
        # a call is reported the day it happens or the next; a meeting's reports go on longer
        after = CALL_REPORT_AFTER if self.occasion in occasions.ONE_MOMENT else REPORT_AFTER
        return self.start - timedelta(days=1), last + timedelta(days=after)


@dataclass
class Suggestion:
    article: ArticleEntry
    event: str | None
    new_group: str | None
    score: float
    reasons: list[str]
    candidate: str | None = None
    """For an undated article that names an event's people but gives nothing else that ties
    it to the event: that event, for the curator to check once the article has a date."""

    @property
    def needs_date(self) -> bool:
        return self.candidate is not None

    def as_json(self, root: Path) -> dict:
        found = {"article": _relative(self.article.path, root), "event": self.event,
                 "new_group": self.new_group, "score": round(self.score, 3),
                 "reasons": self.reasons}
        if self.needs_date:
            found["needs_date"] = True
            found["candidate"] = self.candidate
        return found


def _relative(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def _day(value: str | None) -> date | None:
    return day_of(value)


class Suggester:
    def __init__(self, archive: Archive):
        self.archive = archive
        self.kinds = {e.id: e.meta.kind.value for e in archive.entities.values()}
        self._places: dict[str, list[str]] = {}  # person -> the places of their description
        self._countries: dict[str, list[str]] = {}  # person -> those places' names
        self.registry = archive.registry
        self.features = {a.stem: Features(a, self.registry) for a in archive.articles}
        self.unknown_display: dict[str, str] = {}
        # a proposed group's occasion, by the group: (its size and first member then, it)
        self._occasions: dict[int, tuple[tuple[int, int], str | None]] = {}
        known = known_name_words(archive.entities)
        self.words = occasions.load_words(archive.root)
        for item in self.features.values():
            item.known_words = known
            item.display = self.unknown_display
            item.words = self.words
        frequency: Counter[str] = Counter()
        for item in self.features.values():
            frequency.update(set(item.entities))
        total = max(1, len(self.features))
        self.weight = {e: math.log(1 + total / (1 + n)) for e, n in frequency.items()}
        self.profiles = self._event_profiles()
        self._by_start = sorted(self.profiles.values(), key=lambda p: p.start)
        self._starts = [p.start for p in self._by_start]
        self._longest = max((p.window()[1] - p.start for p in self._by_start),
                            default=timedelta(0))

    # -- profiles ----------------------------------------------------------------------
    def _event_profiles(self) -> dict[str, Profile]:
        members: dict[str, list[Features]] = defaultdict(list)
        for article in self.archive.articles:
            if article.meta.event:
                members[article.meta.event].append(self.features[article.stem])
        profiles = {}
        for event in self.archive.events.values():
            start = date.fromisoformat(event.meta.date)
            end = date.fromisoformat(event.meta.end_date) if event.meta.end_date else start
            own = members.get(event.id, [])
            shares = _shares(own)
            # what the curator wrote names the event's core: its participants, place and title
            # in full, the names of its summary (some of them background) at half
            meta = event.meta
            core = self.archive.entities_named(meta.participants) + self.registry.mentions(
                "\n".join([meta.title or "", meta.place or "", *meta.participants]), "en")
            for entity in self.registry.mentions(event.summary, "en"):
                shares[entity] = max(shares.get(entity, 0.0), 0.5)
            for entity in core:
                # a place is where many things happen: it weighs less than who took part
                shares[entity] = PLACE_WEIGHT if self.kinds.get(entity) == "place" else 1.0
            # its reports so far show how long it was reported (a release read for weeks)
            reported = max((m.published for m in own if m.published), default=end)
            principals = [e for e in core if self.kinds.get(e) == "person"]
            # the occasion its title and summary name, and its reports (the curator's words
            # in English count twice: they were chosen)
            texts = [(meta.title or "", occasions.lead_of(event.summary), "en")] * 2
            texts += [(m.article.meta.title, m.lead, m.article.meta.language or "en")
                      for m in own]
            profiles[event.id] = Profile(event.id, start, end, shares, own,
                                         reported_until=max(end, reported),
                                         principals=list(dict.fromkeys(principals)),
                                         occasion=occasions.event_occasion(texts, self.words))
        return profiles

    # -- scoring -----------------------------------------------------------------------
    def _entity_score(self, item: Features, profile: Profile) -> tuple[float, list[str]]:
        # a person the authority lacks counts too, at the weight of an unweighed name
        # and a place weighs less than who took part, on both sides
        own = {e: self.weight.get(e, 1.0) for e in item.own_names}
        other = {e: self.weight.get(e, 1.0) * share for e, share in profile.entities.items()}
        if not own or not other:
            return 0.0, []
        dot = sum(w * other[e] for e, w in own.items() if e in other)
        norm = math.sqrt(sum(w * w for w in own.values())) * math.sqrt(
            sum(w * w for w in other.values()))
        shared = [e for e in own if e in other]
        return (dot / norm if norm else 0.0), shared

    def _date_score(self, item: Features, profile: Profile) -> tuple[float, str]:
        low, high = profile.window()
        mentioned = sorted(d for d in item.mentioned
                           if profile.start - timedelta(days=1) <= d <= profile.end + timedelta(days=1))
        said = f"; it mentions {mentioned[0].isoformat()}" if mentioned else ""
        if item.published is None:
            return self._undated_score(item, profile, mentioned)
        if item.published < profile.start:
            # before it began: a report of something else, unless it announces this
            gap = (profile.start - item.published).days
            if item.announces:
                return ANNOUNCED, (f"published {item.published.isoformat()}, {gap} day"
                                   f"{'s' if gap != 1 else ''} before it began, and announces it")
            return BEFORE * math.exp(-(gap - 1) / DECAY), (
                f"published {item.published.isoformat()}, {gap} day{'s' if gap != 1 else ''} "
                "before it began, and does not announce it")
        if low <= item.published <= high:
            return 1.0, f"published {item.published.isoformat()}, within days of it"
        gap = (low - item.published).days if item.published < low else (item.published - high).days
        closeness = math.exp(-gap / DECAY)
        when = "before" if item.published < low else "after"
        text = f"published {item.published.isoformat()}, {gap} days {when} its reports' window"
        if item.published > high and self._puts_on_its_days(item, profile):
            # an analysis a week later of "Putin's apology to Aliyev last week"
            return max(closeness, NAMED_DAY), text + (
                "; its title or lead puts what it reports on the event's days (a weekday, "
                "\"last week\")")
        if mentioned and closeness < 0.5:
            return 0.5, text + said + " (a later article: maybe background)"
        return closeness, text + said

    @staticmethod
    def _puts_on_its_days(item: Features, profile: Profile) -> bool:
        """Whether the days its title and lead name by weekday all fall on the event's, or,
        naming none, the week it calls "last week" holds them."""
        days = set(profile.days())
        if item.named_days:
            return item.named_days <= days
        return bool(item.last_week & days)

    def _undated_score(self, item: Features, profile: Profile,
                       mentioned: list[date]) -> tuple[float, str]:
        """An article without a publication date: what the dates in its text say, from a
        full date on the event's days (strong) to dates that all lie far from it (against)."""
        days = {(profile.start + timedelta(days=n)) for n in
                range((profile.end - profile.start).days + 1)}
        said = ("publication date unknown" if item.guessed is None else
                f"publication date uncertain (ingest guessed {item.guessed.isoformat()})")
        if mentioned:
            return 0.95, f"{said}; it mentions {mentioned[0].isoformat()}"
        partial_days, months = item.partial
        if any((d.month, d.day) in partial_days for d in days):
            return 0.9, f"{said}; it mentions the event's day without a year"
        if any((d.year, d.month) in months for d in days):
            return 0.75, f"{said}; it mentions the event's month"
        far = [d for d in item.mentioned if abs((d - profile.start).days) > CANDIDATE_DAYS]
        if far and len(far) == len(item.mentioned):
            return 0.35, f"{said}; the dates it mentions are far from the event's"
        return 0.7, f"{said}; nothing in its text dates it"

    def _another_day(self, item: Features, profile: Profile) -> date | None:
        """The day its title and lead give to what it reports, when that is near the event
        (three weeks) but not one of its days: another occasion of the same people."""
        if profile.start == UNDATED:
            return None  # a group of undated reports has no day to differ from
        full, days = item.lead_dates
        event_days = profile.days()
        if any(d in event_days for d in full) or any(
                (d.month, d.day) in days for d in event_days):
            return None  # it gives one of the event's days
        # a weekday ("on Friday") is the day itself: no time zone puts it a day off, and it
        # outweighs a dateline's date (the day the report was filed, often the day after);
        # in an announcement it is as often the day of the statement ("Peskov said on
        # Wednesday")
        named = item.named_days
        if item.announces and item.published is not None and item.published < profile.start:
            named = set()
        if named:
            if any(d in event_days for d in named):
                return None
            return min(named, key=lambda d: abs((d - profile.start).days))
        near = timedelta(days=ANOTHER_DAY_REACH)
        around = [d for d in full if profile.start - near <= d <= profile.end + near]
        if any(abs((d - e).days) <= 1 for d in around for e in event_days):
            return None
        # a day without a year in the lead is the day of what it reports, whatever the year;
        # in a dated report, a day far from its publication is background ("after the attacks
        # of 11 September"), not what it reports
        year = (item.published or profile.start).year
        yearless = []
        for month, day in days:
            for candidate_year in (year - 1, year, year + 1):
                try:
                    candidate = date(candidate_year, month, day)
                except ValueError:
                    continue
                if item.published is None or abs((candidate - item.published).days) <= \
                        ANOTHER_DAY_REACH:
                    yearless.append(candidate)
        if any(abs((d - e).days) <= 1 for d in yearless for e in event_days):
            return None
        if yearless:
            closest = min(yearless, key=lambda d: abs((d - profile.start).days))
            return min([*around, closest], key=lambda d: abs((d - profile.start).days))
        return min(around, key=lambda d: abs((d - profile.start).days), default=None)

    @staticmethod
    def _earlier(item: Features, profile: Profile) -> list[str]:
        """The event's participants a report names only in a clause that dates its own
        occasion after theirs: it reports what came after the event, not the event."""
        return [e for e in profile.principals if e in item.earlier_only]

    def score(self, item: Features, profile: Profile, *, duplicates: bool = True,
              explain: bool = True, dated: bool = False) -> tuple[float, list[str]]:
        """The score of ``item`` for ``profile`` and its reasons (when ``explain``);
        near-duplicate text is looked for only when ``duplicates``; ``dated``: as if an
        undated article were published on the event's days (would a date place it?)."""
        entity, shared = self._entity_score(item, profile)
        when, date_reason = self._date_score(item, profile)
        if dated and item.published is None and when >= 0.7:
            when = max(when, 0.9)  # (not where the dates it gives are far from the event)
        value = entity * when
        # the same people on the event's days: the same occasion, wherever it says; on other
        # days, naming them all says nothing of the day. An undated report naming them all
        # is theirs where more than names ties it to the event (its occasion and place, a
        # passage of its reports): nothing then says another day
        by_office = self._by_office(item, profile)
        tied = False
        everyone = len(profile.principals) >= 2 and all(
            e in item.entities or e in item.unknown_people or e in by_office
            for e in profile.principals) and (
            when >= 0.9 or (tied := item.published is None and when >= 0.7
                            and self._ties_undated(item, profile)))
        if everyone:
            value = max(value, ALL_PARTICIPANTS * max(when, 0.9))
        missing, others = self._other_people(item, profile, by_office)
        someone_else = False  # its participants named only further down
        named_by_office = self._by_office(item, profile, named_too=True)  # in its title or lead
        if not (missing and others):
            missing, others = self._about_someone_else(item, profile, named_by_office)
            someone_else = bool(missing)
        if missing and others:
            value *= OTHER_PEOPLE
        # after the event's days, a report of it names its participants up top; one that
        # names one of them only further down reports what came after (Aliyev receiving
        # Russia's new ambassador, who brings Putin's greetings)
        later = [] if missing and others else self._later_in_passing(item, profile,
                                                                      named_by_office)
        if later:
            value *= OTHER_PEOPLE
        another_day = self._another_day(item, profile)
        if another_day is not None:
            value *= ANOTHER_DAY
        earlier = None if another_day is not None else self._earlier(item, profile)
        if earlier:
            value *= ANOTHER_DAY
        other_occasion = occasions.differ(item.occasion, profile.occasion)
        if other_occasion:
            value *= OTHER_OCCASION
        duplicate, twin = 0.0, ""
        if duplicates and when >= 0.1:
            duplicate, twin = self._duplicate(item, profile)
            if duplicate >= NEAR_DUPLICATE:
                value = max(value, 0.7 + 0.3 * duplicate)
        if not explain:
            return value, []
        reasons = []
        if shared:
            shared.sort(key=lambda e: -self.weight.get(e, 1.0) * profile.entities.get(e, 0.0))
            names = [self._name(e) for e in shared[:5]]
            reasons.append(f"names {', '.join(names)} (entity similarity {entity:.2f})")
        else:
            reasons.append("names none of its people, organisations or places")
        if everyone:
            reasons.append(f"names all {len(profile.principals)} of its participants" + (
                f" ({', '.join(self._name(e) for e in by_office)} by office, as the "
                f"counterpart, president or prime minister from "
                f"{self._country(by_office[0])})" if by_office else ""
            ) + ("; undated, but more than names ties it to the event (its occasion and place, "
                 "a passage of its reports or one of its days)" if tied and when < 0.9 else ""))
        if someone_else:
            where = "headline" if any(e in item.headline_names for e in others) else "lead"
            reasons.append(f"its {where} names {', '.join(self._name(e) for e in others[:3])}; "
                           f"its headline and lead do not name "
                           f"{', '.join(self._name(e) for e in missing[:3])}: it reports a "
                           f"meeting with someone else (x{OTHER_PEOPLE})")
        elif missing and others:
            reasons.append(f"names {', '.join(self._name(e) for e in others[:3])} but not "
                           f"{', '.join(self._name(e) for e in missing[:3])}: maybe another "
                           f"meeting (x{OTHER_PEOPLE})")
        if later:
            reasons.append(f"published after the event's days, its headline and lead do not "
                           f"name {', '.join(self._name(e) for e in later[:3])}: it reports "
                           f"what came after (x{OTHER_PEOPLE})")
        reasons.append(date_reason + f" (date evidence {when:.2f})")
        if another_day is not None:
            reasons.append(f"it dates what it reports {another_day.isoformat()}, not a day of "
                           f"the event: another occasion (x{ANOTHER_DAY})")
        if earlier:
            reasons.append(f"names {', '.join(self._name(e) for e in earlier)} only as what came "
                           f"before what it reports (\"a day after …\"): another occasion "
                           f"(x{ANOTHER_DAY})")
        if other_occasion:
            reasons.append(f"it reports {occasions.NAMES[item.occasion]}, the event is "
                           f"{occasions.NAMES[profile.occasion]} (x{OTHER_OCCASION})")
        if duplicate >= NEAR_DUPLICATE:
            reasons.append(f"near-duplicate of {twin} (shared text {duplicate:.0%})")
        return value, reasons

    def _places_of(self, person: str) -> list[str]:
        """The places a person's description names ("President of Azerbaijan"), or names by
        its adjective ("Russian Minister of Defence")."""
        if person not in self._places:
            description = self._description(person)
            places = []
            if description and self.registry is not None:
                places = [e for e in self.registry.mentions(description, "en")
                          if self.kinds.get(e) == "place"]
                adjectives = [w for w in re.findall(r"[^\W\d_]+", description)
                              if w[:1].isupper() and len(w) >= 4]
                for entry in self.archive.entities.values():
                    if entry.meta.kind.value == "place" and entry.id not in places and \
                            counterparts.names_country(adjectives, [
                                entry.meta.name, *entry.meta.names.get("en", [])]):
                        places.append(entry.id)
            self._places[person] = places
        return self._places[person]

    def _country(self, person: str) -> str:
        return ", ".join(self._name(place) for place in self._places_of(person))

    def _country_names(self, person: str) -> list[str]:
        """Every name of the places a person's description names, in every language."""
        if person not in self._countries:
            names = []
            for place in self._places_of(person):
                meta = self.archive.entities[place].meta
                names += [meta.name, *(n for spellings in meta.names.values() for n in spellings)]
            self._countries[person] = names
        return self._countries[person]

    def _by_office(self, item: Features, profile: Profile, *,
                   named_too: bool = False) -> list[str]:
        """The event's participants a report does not name but calls a counterpart of their
        country ("his Azerbaijani counterpart", "российским коллегой"), or its president where
        they are its head of state ("the Azerbaijani president"); ``named_too``: those it also
        names further down."""
        peers, offices = item.nationalities
        if not peers and not offices["office"]:
            return []

        def by_office(entity: str) -> bool:
            # the office their description names: "the Russian prime minister" is not Putin
            office = counterparts.office_of(self._description(entity))
            return office is not None and bool(offices[office]) and \
                counterparts.names_country(offices[office], self._country_names(entity))

        return [e for e in profile.principals
                if (named_too or e not in item.entities and e not in item.unknown_people)
                and (counterparts.names_country(peers, self._country_names(e))
                     or by_office(e))]

    def _description(self, entity: str) -> str | None:
        entry = self.archive.entities.get(entity)
        return entry.meta.description if entry is not None else None

    def _other_people(self, item: Features, profile: Profile,
                      by_office: list[str]) -> tuple[list[str], list[str]]:
        """The event's participants (as its curator names them) the article does not name,
        when they are at least half of them, and the people it names that the event's reports
        never do (``by_office``: participants it names by office count as named). Without
        declared participants nothing is inferred: reports of one meeting often quote
        different people."""
        people = [e for e in item.entities if self.kinds.get(e) == "person"]
        people += item.unknown_people
        principal = profile.principals
        missing = [e for e in principal
                   if e not in item.entities and e not in item.unknown_people
                   and e not in by_office]
        if not principal or len(missing) * 2 < len(principal):
            return [], []
        others = [e for e in people if e not in profile.entities]
        if not others and len(principal) >= 2 and len(principal) - len(missing) <= 1:
            # one principal alone is not enough: a meeting of two is reported with both names;
            # a report naming one of them has met someone else (who may be in no registry)
            others = ["someone else"]
        return missing, others

    def _later_in_passing(self, item: Features, profile: Profile,
                          by_office: list[str]) -> list[str]:
        """The event's participants that a report published after its days leaves out of
        its headline and lead (named further down, or not at all, and not by office there:
        ``by_office``)."""
        if item.published is None or profile.start == UNDATED or len(profile.principals) < 2 \
                or item.published <= profile.end + timedelta(days=1) or self.registry is None:
            return []
        return [e for e in profile.principals if e not in item.lead_names and e not in by_office]

    def _about_someone_else(self, item: Features, profile: Profile,
                            by_office: list[str]) -> tuple[list[str], list[str]]:
        """The event's participants a report names only further down, where its headline
        names someone who is none of them and its headline and lead leave them out ("Putin
        holds talks with Rahmon", "later that day Putin is to meet Aliyev"), with the people
        its headline names instead: what it reports is a meeting with someone else. A
        headline that names only participants leaves it to the lead: one who welcomed the
        leader on arrival ("où le président Emomali Rahmon l'a accueilli")."""
        principal = profile.principals
        if len(principal) < 2 or self.registry is None:
            return [], []
        top = item.lead_names
        others = [e for e in self._headline_people(item) if e not in principal] or [
            e for e in top - item.earlier_only
            if (self.kinds.get(e) == "person" or e.startswith("?")) and e not in principal]
        if not others:
            return [], []
        missing = [e for e in principal if e not in top and e not in by_office]
        return (missing, others) if missing else ([], [])

    def _duplicate(self, item: Features, profile: Profile) -> tuple[float, str]:
        best, twin = 0.0, ""
        mine = item.sketch_set
        for member in profile.members:
            # two texts with Jaccard J share about J of their sketches: most pairs share none
            if member is item or len(mine & member.sketch_set) < SKETCH // 8:
                continue
            similarity = estimate(item.sketch, member.sketch)
            if similarity > best:
                best, twin = similarity, member.article.path.name
        return best, twin

    def _name(self, entity: str) -> str:
        if entity == "someone else":
            return "only one of its participants"
        if entity.startswith("?"):
            return f"{self.unknown_display.get(entity, entity[1:])} (not in the name authority)"
        entry = self.archive.entities.get(entity)
        return entry.meta.name if entry else entity

    def _candidates(self, item: Features) -> list[Profile]:
        """The events whose reports' window lies within ``CANDIDATE_DAYS`` of the article's
        publication or of a date it mentions; every event for an undated article."""
        if item.published is None:  # undated: every event, the dates it mentions decide
            return list(self.profiles.values())
        days = [item.published, *item.mentioned]
        reach = timedelta(days=CANDIDATE_DAYS)
        found: dict[str, Profile] = {}
        for day in days:
            low = bisect_left(self._starts, day - reach - self._longest)
            high = bisect_right(self._starts, day + reach)
            for profile in self._by_start[low:high]:
                first, last = profile.window()
                if first - reach <= day <= last + reach:
                    found[profile.key] = profile
        return list(found.values())

    # -- suggestions -------------------------------------------------------------------
    def suggest(self) -> list[Suggestion]:
        unassigned = sorted((a for a in self.archive.articles if not a.meta.event),
                            key=lambda a: (a.meta.published or "9999", a.stem))
        suggestions: list[Suggestion] = []
        leftover: list[tuple[Features, str]] = []  # no event took it, and why
        for article in unassigned:
            item = self.features[article.stem]
            candidates = self._candidates(item)
            # names and dates first; near-duplicate text only where they do not decide
            ranked = self._ranked(item, candidates, duplicates=False)
            duplicates = not ranked or ranked[0][0] < PLACE
            if duplicates:
                ranked = self._ranked(item, candidates, duplicates=True)
            if not ranked:
                leftover.append((item, "no existing event is near its dates"))
                continue
            (value, best), runner_up = ranked[0], ranked[1:2]
            # an undated article a date on the event's days would place: ask for the date
            wants_date = item.published is None and value < PLACE and self.score(
                item, best, duplicates=duplicates, explain=False, dated=True)[0] >= PLACE
            if value < PLACE and not wants_date:
                leftover.append((item, f"no existing event scores {PLACE_SCORE} or more "
                                       f"(best: {best.key}, {calibrated(value):.2f})"))
                continue
            value, reasons = self.score(item, best, duplicates=duplicates)
            reasons += [f"next best: {p.key} ({calibrated(v):.2f})" for v, p in runner_up]
            tied = item.published is not None or self._ties_undated(item, best)
            if wants_date or not tied:
                # names alone do not say which occasion of the same people it reports
                reasons.append((
                    "needs a date: nothing but the names ties it to the event (no shared "
                    "passage, no day of the event, not its occasion and place); " if not tied
                    else "needs a date: a date on the event's days would place it; ") + (
                        "add 'published' and run suggest again" if item.guessed is None
                        else f"check the date ingest guessed ({item.guessed.isoformat()}), "
                        "set 'published_uncertain: false' and run suggest again"))
                suggestions.append(Suggestion(article, None, None, calibrated(value), reasons,
                                              candidate=best.key))
                continue
            suggestions.append(Suggestion(article, best.key, None, calibrated(value), reasons))
        suggestions += self._groups(leftover)
        order = {a.stem: i for i, a in enumerate(unassigned)}
        return sorted(suggestions, key=lambda s: order[s.article.stem])

    def _ties_undated(self, item: Features, profile: Profile, *, min_members: int = 1) -> bool:
        """Whether an undated article is tied to the event by more than names: a passage it
        shares with one of the event's reports, a day of the event in its text, or the
        event's occasion and place (where at least `min_members` of its reports name them)."""
        if self._duplicate(item, profile)[0] >= NEAR_DUPLICATE:
            return True
        if self._undated_score(item, profile, sorted(
                d for d in item.mentioned if profile.start <= d <= profile.end))[0] >= 0.9:
            return True
        if len(profile.members) < min_members:
            return False  # one report's places need not be where its occasion happened
        places = [e for e, share in profile.entities.items()
                  if self.kinds.get(e) == "place" and share >= PLACE_WEIGHT]
        return (item.occasion is not None and item.occasion == profile.occasion
                and any(place in item.entities for place in places))

    def _ranked(self, item: Features, profiles: list[Profile], *,
                duplicates: bool) -> list[tuple[float, Profile]]:
        scored = [(self.score(item, p, duplicates=duplicates, explain=False)[0], p)
                  for p in profiles]
        return sorted(scored, key=lambda r: -r[0])

    def _groups(self, leftover: list[tuple[Features, str]]) -> list[Suggestion]:
        """Group the articles no event took: in date order, each joins the open group it
        fits best (names and dates first, near-duplicate text where they do not decide) or
        opens one; then groups of one happening that the order of arrival split are merged."""
        groups: list[Profile] = []
        open_groups: list[Profile] = []
        reach = timedelta(days=REPORT_AFTER + 2 * DECAY)  # further, dates alone rule it out
        for item, _ in leftover:
            if item.published:
                open_groups = [g for g in open_groups if g.end + reach >= item.published]
            joinable = open_groups
            if item.published and item.occasion in occasions.ONE_DAY:
                # a call, a letter or an interview reported days after another of the same
                # kind is another
                joinable = [g for g in open_groups if g.occasion != item.occasion
                            or item.published - g.end <= timedelta(days=CALL_REPORT_AFTER)]
            elif item.published and item.occasion == occasions.MEETING:
                # a meeting on a summit's sidelines is reported while it lasts
                joinable = [g for g in open_groups if g.occasion != occasions.SUMMIT
                            or item.published - g.end <= timedelta(days=CALL_REPORT_AFTER)]
            if item.published is None:
                # undated articles come last: any group, however long closed, may be theirs;
                # as with events, names alone do not say which dated occasion of the same
                # people an undated report tells
                # one whose lead gives a full date is dated by it, unlike an undated group.
                # Of the dated groups only those that share a name with it are weighed (a
                # large archive holds thousands)
                names = set(item.entities)
                joinable = [g for g in groups if (g.start == UNDATED and not item.lead_dates[0])
                            or (g.start != UNDATED and not names.isdisjoint(g.entities)
                                and self._ties_undated(item, g, min_members=2))]
            best = self._best_of(item, joinable, duplicates=False)
            if best is None:
                best = self._best_of(item, joinable, duplicates=True)
            if best is None:
                # an undated article opens an undated group: never today's date, which would
                # put every undated leftover together
                day = item.published or min(item.mentioned, default=UNDATED)
                group = Profile(f"group-{len(groups)}", day, day,
                                dict.fromkeys(item.own_names, 1.0), [item],
                                principals=self._shared_people([item]),
                                occasion=item.occasion)
                groups.append(group)
                open_groups.append(group)
            else:
                _grow(best, item)
                best.principals = self._shared_people(best.members)
                best.occasion = self._occasion_of(best.members)
        for _ in range(3):  # a merged group may now agree with another
            before = len(groups)
            groups = self._merge(groups)
            if len(groups) == before:
                break
        labels: dict[int, str] = {}
        for group in groups:  # one id a group: a second group of the same day and people
            label, number = self._label(group), 2
            while label in labels.values():
                label, number = f"{self._label(group)}-{number}", number + 1
            labels[id(group)] = label
        group_of = {m.article.stem: g for g in groups for m in g.members}
        out = []
        for item, no_event in leftover:
            group = group_of[item.article.stem]
            others = [m for m in group.members if m is not item]
            value, reasons = 0.0, []
            if others:  # how well it fits the rest of its group
                rest = _profile_of(others)
                value, reasons = self.score(item, rest)
            lead = (f"proposed new event with {len(others)} other "
                    f"article{'s' if len(others) != 1 else ''}" if others
                    else "starts a new event on its own")
            out.append(Suggestion(item.article, None, labels[id(group)], calibrated(value),
                                  [lead, *reasons, no_event]))
        return out

    def _group_occasion(self, group: Profile) -> str | None:
        """The occasion a growing group's reports name (worked out again only when it grew)."""
        state = (len(group.members), id(group.members[0]) if group.members else 0)
        known, occasion = self._occasions.get(id(group), ((-1, 0), None))
        if known != state:
            occasion = self._occasion_of(group.members)
            self._occasions[id(group)] = (state, occasion)
        return occasion

    def _occasion_of(self, members: list[Features]) -> str | None:
        return occasions.event_occasion(
            ((m.article.meta.title, m.lead, m.article.meta.language or "en") for m in members),
            self.words)

    def _shared_people(self, members: list[Features]) -> list[str]:
        """The people every report of a proposed group names: its participants, as far as
        the reports tell."""
        if not members:
            return []

        def people(names) -> set[str]:
            return {e for e in names if self.kinds.get(e) == "person" or e.startswith("?")}

        # whom their titles and leads name, where they say what happened; else their text
        central = set.intersection(*(people(m.lead_names) - m.earlier_only for m in members))
        return sorted(central or set.intersection(*(people(m.own_names) for m in members)))

    def _headline_person_absent(self, item: Features, group: Profile) -> bool:
        """Whether its headline names only people none of the group's reports names: a story
        about them (Aliyev receiving an ambassador) that shares a name or two with the group's
        (the airline whose crash both mention) is another story."""
        if self.registry is None or not group.members:
            return False
        people = self._headline_people(item)
        return bool(people) and not any(e in group.entities for e in people)

    def _headline_people(self, item: Features) -> list[str]:
        """The people its headline names, known or not."""
        return [e for e in item.headline_names
                if self.kinds.get(e) == "person" or e.startswith("?")]

    def _place_in_passing(self, item: Features, group: Profile) -> bool:
        """Whether a report that names no one shares only places with a group, and no
        headline on either side names one of them: two stories of one country (its central
        bank's rate, its airline's crash report) share it in passing; reports of an earthquake
        near a city name it in their headlines."""
        return self._passing([item], group.members, group.entities)

    def _passing(self, mine: list[Features], theirs: list[Features],
                 entities: dict[str, float]) -> bool:
        own = {e for m in mine for e in m.own_names}
        shared = [e for e in own if e in entities]
        if not shared or any(self.kinds.get(e) != "place" for e in shared):
            return False
        if any(self.kinds.get(e) == "person" or e.startswith("?") for e in own):
            return False  # people of its own, whom the other rules weigh
        return not any(any(e in m.headline_names for m in mine)
                       and any(e in m.headline_names for m in theirs) for e in shared)

    def _people_in_passing(self, mine: list[Features], theirs: list[Features]) -> bool:
        """Whether the people both sides name stand in the titles and leads of one side and
        only further down on the other: the crash and the call that apologised for it, which
        the crash's report recalls in passing, are two stories; so are Tokayev meeting Aliyev
        and Putin arriving in Dushanbe, each naming the other's leader only further down."""
        def people(members: list[Features]) -> set[str]:
            return {e for m in members for e in m.own_names
                    if self.kinds.get(e) == "person" or e.startswith("?")}

        shared = people(mine) & people(theirs)
        if not shared:
            return False

        def central(members: list[Features], among: set[str]) -> set[str]:
            return {e for m in members for e in m.lead_names - m.earlier_only if e in among}

        first, second = central(mine, shared), central(theirs, shared)
        if bool(first) != bool(second):
            return True
        if not first or first & second:
            return False
        # each side names up top one of them whom the other names only further down: two
        # stories where one also names up top someone the other never names (Tokayev);
        # else one story, whose reports name one leader each and the other by office
        mine_people, theirs_people = people(mine), people(theirs)
        return bool(central(mine, mine_people) - theirs_people) or \
            bool(central(theirs, theirs_people) - mine_people)

    def _other_company(self, mine: list[Features], theirs: list[Features]) -> bool:
        """Whether the two sides' titles and leads name one person in common, each with
        someone the other names only further down or not at all: one person with two others
        (Tokayev meeting Aliyev, and Putin; Putin meeting Mirziyoyev, and arriving to
        Rahmon's welcome). Two people in common are one meeting, whichever aide each side
        quotes; none in common, what else they share decides (two ministers' statements at
        one conference)."""
        def central(members: list[Features]) -> set[str]:
            return {e for m in members for e in m.lead_names - m.earlier_only
                    if self.kinds.get(e) == "person" or e.startswith("?")}

        first, second = central(mine), central(theirs)
        return len(first & second) == 1 and bool(first - second) and bool(second - first)

    def _stranger(self, item: Features, members: list[Features]) -> bool:
        """Whether its headline names a person none of the group's reports names anywhere,
        while its title and lead share one name at most with theirs: Georgia's prime minister
        meeting Aliyev is not Aliyev receiving an ambassador two days before, though both
        recall his meeting with Putin further down."""
        named = {e for m in members for e in m.own_names}
        if not any(e not in named for e in self._headline_people(item)):
            return False
        theirs = {e for m in members for e in m.lead_names - m.earlier_only}
        return len((item.lead_names - item.earlier_only) & theirs) <= 1

    def _best_of(self, item: Features, groups: list[Profile], *,
                 duplicates: bool) -> Profile | None:
        best, chosen = GROUP, None
        people = self._shared_people([item])
        for group in groups:
            value, _ = self.score(item, group, duplicates=duplicates, explain=False)
            occasion = self._group_occasion(group)
            summit = item.occasion == occasions.SUMMIT == occasion  # (many people at one)
            if self._headline_person_absent(item, group) or self._place_in_passing(
                    item, group) or self._people_in_passing([item], group.members) or \
                    (not summit and self._other_company([item], group.members)) or \
                    self._stranger(item, group.members) or \
                    _two_meetings(people, group.principals) or \
                    occasions.differ(item.occasion, occasion):
                value *= OTHER_PEOPLE
            if value >= best:
                best, chosen = value, group
        return chosen

    def _merge(self, groups: list[Profile]) -> list[Profile]:
        """Merge groups close in time whose names agree (cosine of their weighted names)."""
        ordered = sorted(groups, key=lambda g: (g.start, g.key))
        merged: list[Profile] = []
        for group in ordered:
            target = None
            for other in reversed(merged):
                if UNDATED in (group.start, other.start):
                    continue  # names alone do not make two undated groups one happening
                mine, theirs = set(group.principals), set(other.principals)
                if mine & theirs and mine - theirs and theirs - mine:
                    continue  # one person meeting two others: two meetings, not one
                if _two_meetings(group.principals, other.principals):
                    continue  # two pairs of people that day: two meetings
                known = ({p for p in mine if not p.startswith("?")},
                         {p for p in theirs if not p.startswith("?")})
                if all(known) and not known[0] & known[1] and all(
                        self.kinds.get(e) == "place"
                        for e in set(group.entities) & set(other.entities)):
                    continue  # other people in the same city on the same day
                if group.occasion and other.occasion and group.occasion != other.occasion:
                    continue  # a call and a meeting of the same people: two occasions
                if self._passing(group.members, other.members, other.entities) or \
                        self._passing(other.members, group.members, group.entities):
                    continue  # two stories of one country
                if self._people_in_passing(group.members, other.members):
                    continue  # a crash, and the call about it that its story recalls
                if not (group.occasion == occasions.SUMMIT == other.occasion) and \
                        self._other_company(group.members, other.members):
                    continue  # one person with another on each side (at a summit, many)
                if {group.occasion, other.occasion} & set(occasions.ONE_DAY) and \
                        group.start - other.start > timedelta(days=CALL_REPORT_AFTER):
                    # two calls days apart: two calls (a call is reported the day it is made
                    # or the next, so the days of their first reports tell)
                    continue
                if other.end + timedelta(days=REPORT_AFTER) < group.start - timedelta(days=DECAY):
                    break
                if self._cosine(group.entities, other.entities) >= MERGE:
                    target = other
                    break
            if target is None:
                merged.append(group)
            else:
                for member in group.members:
                    _grow(target, member)
        return merged

    def _cosine(self, first: dict[str, float], second: dict[str, float]) -> float:
        a = {e: self.weight.get(e, 1.0) * v for e, v in first.items()}
        b = {e: self.weight.get(e, 1.0) * v for e, v in second.items()}
        dot = sum(v * b[e] for e, v in a.items() if e in b)
        norm = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
        return dot / norm if norm else 0.0

    def _label(self, group: Profile) -> str:
        """A readable, stable id for the new event: its first date and who took part (the
        people its reports share, else its two most shared names), else an English title's
        words; never an outlet's name or a file's."""
        ranked = sorted(group.entities.items(),
                        key=lambda kv: (-kv[1] * self.weight.get(kv[0], 1.0), kv[0]))
        people = [e for e in group.principals if not e.startswith("?")]
        for key in (e for e in group.principals if e.startswith("?")):
            # a person the authority lacks, by the last word of the spelling shown for them
            spellings = [(m.spelt[key], m.article.meta.language or "en")
                         for m in group.members if key in m.unknown_people]
            if spellings:
                shown = preferred_spelling(spellings, person=True)
                language = next((lang for name, lang in spellings if name == shown), None)
                people.append(slugify(romanised(last_name(shown, language))))
        people = people[:2] or [
            e for e, _ in ranked if self.kinds.get(e) not in ("place", None)][:2]
        places = [e for e, _ in ranked if self.kinds.get(e) == "place"]
        # a place its reports' titles and leads name, where they say what happened
        central = {e for m in group.members for e in m.lead_names} - {
            e for m in group.members for e in m.earlier_only}
        places = [e for e in places if e in central] or places
        # not a participant's own country, which reports name with them ("Azerbaijani
        # President Ilham Aliyev met … in Dushanbe")
        theirs = {c for person in group.principals if not person.startswith("?")
                  for c in self._places_of(person)}
        places = ([e for e in places if e not in theirs] or places)[:1]
        if group.occasion in occasions.ONE_MOMENT:
            places = []  # a call or a letter happens in no one place its reports name
        dateline = agreed_place((m.opening, m.article.meta.language or "en")
                                for m in group.members)
        if dateline:  # the city the datelines agree on, where the reports were written
            held = [e for e in self.registry.mentions(dateline, "en")
                    if self.kinds.get(e) == "place"] if self.registry is not None else []
            places = held[:1] or [slugify(dateline)]
        english = next((m.article.meta.title_en or m.article.meta.title for m in group.members
                        if m.article.meta.title_en
                        or (m.article.meta.language or "").startswith("en")), "")
        words = "-".join([*people, *places]) or "-".join(slugify(english).split("-")[:6]) \
            or "event"
        when = "undated" if group.start == UNDATED else group.start.isoformat()
        return f"{when}-{words}"[:80].rstrip("-")


def _two_meetings(mine: list[str], theirs: list[str]) -> bool:
    """Whether two sets of participants, as reports' titles and leads name them, are two
    different pairs of people (Putin with Tokayev, Aliyev with Rahmon, in one city that day),
    whatever else their texts share."""
    return len(mine) >= 2 and len(theirs) >= 2 and not set(mine) & set(theirs)


def _grow(group: Profile, item: Features) -> None:
    group.members.append(item)
    group.entities = _shares(group.members)
    days = [m.published for m in group.members if m.published]
    if days:
        group.start, group.end = min(days), max(days)


def _profile_of(members: list[Features]) -> Profile:
    days = [m.published for m in members if m.published] or [UNDATED]
    return Profile("", min(days), max(days), _shares(members), list(members))


def _shares(members: list[Features]) -> dict[str, float]:
    if not members:
        return {}
    counts: Counter[str] = Counter()
    for member in members:
        # sorted: the same sums in every run
        counts.update(sorted(set(member.own_names)))
    return {e: n / len(members) for e, n in counts.items()}


def suggest(archive: Archive) -> list[Suggestion]:
    return Suggester(archive).suggest()
