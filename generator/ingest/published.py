"""Which of a text dump's dates is the story's publication date: every date weighed by a model.

A saved page prints many dates: the dateline, an update time, the dates of related stories and
of comments, a date inside the story's own text, a copyright year's day, today's date in the
header. Each date the page prints (and the one its address carries) is a candidate described by
where it stands (next to the headline, above the story's first paragraph, inside the story, in a
list of dated teasers, below the story), how it is printed (alone on its line, with a time, after
a "published" or an "updated" label, in a byline, in a copyright notice) and how it agrees with
the other dates (the address's date, the same day printed again, the earliest of the dates near
the top). A conditional logit model (``published_model.json``, fitted on real pages by
``python -m tests.train_published``) gives each a probability.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from ..text.dates import DateMention, date_in_url
from ..text.fold import fold_letters as fold
from . import boilerplate
from .headline import Line, feed_date_lines

MODEL_FILE = Path(__file__).with_name("published_model.json")

NAMES = [
    "bias", "date_line", "log_words", "covers_line", "has_time", "below_title_1_3",
    "above_title_1_3", "near_title_4_10", "far_from_title", "no_title", "above_story",
    "inside_story_prose", "after_story", "bullet", "dated_neighbours", "published_label",
    "update_label", "copyright", "url_agrees", "url_disagrees", "earliest_near_top",
    "latest_near_top", "same_day_count", "first_date_of_page", "old", "byline", "weekday",
    "relative_position", "in_kept_line", "address", "caption",
]
ADDRESS = NAMES.index("address")

_COPYRIGHT = re.compile(r"©|\(c\)|copyright|all rights|tüm hakları|все права|حقوق|"
                        r"alle rechte|tous droits|derechos reservados", re.IGNORECASE)
_BYLINE = re.compile(r"(?:^|\s)(?:by|von|par|por|di|door|av|af|przez|автор|yazar)\s",
                     re.IGNORECASE)
# A photo's caption: its date is the photo's ("In this Dec. 12, 2006, file photo", "… (AP
# Photo/…)", "11.07.2026, USA, Miami Gardens: … Foto: …", "Фото: …")
_CAPTION = re.compile(
    r"\bfile (?:photo|image)\b|\bphoto(?:graph)?(?:ed)? (?:by|taken)\b|\((?:ap|afp|reuters|dpa|"
    r"getty|photo|foto)\b|\b(?:photo|foto|фото|fotó|fotografía|zdjęcie|bild|φωτο)\s*:|"
    r"getty images|/\s*(?:ap|afp|reuters|dpa|epa|anadolu)\b|\bpictured\b", re.IGNORECASE)
WEEKDAY = re.compile(
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|"
    r"donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    r"lunes|martes|miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|"
    r"venerdì|sabato|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|"
    r"pazartesi|salı|çarşamba|perşembe|cuma|cumartesi|pazar|الاثنين|الثلاثاء|الأربعاء|الخميس|"
    r"الجمعة|السبت|الأحد|شنبه|جمعه", re.IGNORECASE)


@dataclass
class Candidate:
    """One date a page gives: printed on a line (``line`` its index) or carried by the
    address (``line`` None)."""

    mention: DateMention
    line: int | None


@lru_cache(maxsize=1)
def _labels() -> tuple[re.Pattern[str], re.Pattern[str]]:
    def alternation(phrases: list[str]) -> str:
        return "|".join(re.sub("[iı]", "[iı]", re.escape(fold(p)))
                        for p in sorted(phrases, key=len, reverse=True))

    labels = [*boilerplate.PUBLISHED_LABELS, "publié le", "créé", "erstellt", "pubblicato",
              "objavljeno", "publikováno", "publicat", "gepubliceerd", "julkaistu",
              "offentliggjort", "publicerad", "publisert", "vydáno"]
    changes = [*boilerplate.UPDATE_LABELS, "mis a jour", "aktualizováno", "aggiornato",
               "bijgewerkt", "modifié", "geändert", "modified", "last modified", "edited",
               "revised", "изменено", "atualizado", "actualizat", "ažurirano", "frissítve",
               "upraveno", "oppdatert", "uppdaterad", "opdateret", "päivitetty"]
    published = re.compile(rf"(?<![^\W_])(?:{alternation(labels)})(?![^\W_])")
    updated = re.compile(rf"(?<![^\W_])(?:{alternation(changes)})(?![^\W_])")
    return published, updated


def candidates(lines: list[Line], url: str | None, today: date | None = None,
               last: int | None = None, first: int | None = None) -> list[Candidate]:
    """Every date the page prints (not in the future), and the address's; not the dates of a
    list below the story (related stories, comments), nor of a news feed's items above it
    (``first``: the story's first paragraph), which are never the story's own."""
    today = today or date.today()
    dated = {index for index, line in enumerate(lines) if line.date_line}
    end = last if last is not None else len(lines)
    feed = feed_date_lines(lines, first)

    def in_a_list_below(index: int) -> bool:
        return index > end and (lines[index].evidence.bullet or any(
            index + step in dated for step in (-3, -2, -1, 1, 2, 3)))

    found = [Candidate(mention, index) for index, line in enumerate(lines)
             if not in_a_list_below(index) and index not in feed
             for mention in line.evidence.dates if mention.value <= today]
    day = date_in_url(url)
    if day is not None:
        found.append(Candidate(DateMention(day, None, "gregorian", day.isoformat(), 0, 0), None))
    return found


def features(lines: list[Line], found: list[Candidate], url: str | None, title: int | None,
             first: int | None, last: int | None) -> list[list[float]]:
    """Each candidate's features (``NAMES``)."""
    published_label, update_label = _labels()
    url_day = date_in_url(url)
    start = first if first is not None else len(lines)
    end = last if last is not None else len(lines)
    printed = [c for c in found if c.line is not None]
    top = [c for c in printed if c.line <= start + 2]
    earliest = min((c.mention.value for c in top), default=None)
    latest = max((c.mention.value for c in top), default=None)
    counts: dict[date, int] = {}
    for candidate in printed:
        counts[candidate.mention.value] = counts.get(candidate.mention.value, 0) + 1
    first_line = min((c.line for c in printed), default=None)
    date_lines = {i for i, line in enumerate(lines) if line.date_line}
    n = max(len(lines), 1)
    rows = []
    for candidate in found:
        row = [0.0] * len(NAMES)
        row[0] = 1.0
        value = candidate.mention.value
        if url_day is not None:
            row[NAMES.index("url_agrees")] = float(abs((value - url_day).days) <= 1)
            row[NAMES.index("url_disagrees")] = float(abs((value - url_day).days) > 1)
        row[NAMES.index("old")] = float(value.year < 1995)
        if candidate.line is None:
            row[ADDRESS] = 1.0
            rows.append(row)
            continue
        index = candidate.line
        line = lines[index]
        mention = candidate.mention
        before = fold(line.text[: mention.start])[-40:]
        row[NAMES.index("date_line")] = float(line.date_line)
        row[NAMES.index("log_words")] = math.log1p(line.words)
        row[NAMES.index("covers_line")] = (mention.end - mention.start) / max(len(line.text), 1)
        row[NAMES.index("has_time")] = float(mention.time is not None)
        if title is None:
            row[NAMES.index("no_title")] = 1.0
        else:
            distance = index - title
            row[NAMES.index("below_title_1_3")] = float(1 <= distance <= 3)
            row[NAMES.index("above_title_1_3")] = float(-3 <= distance <= -1)
            row[NAMES.index("near_title_4_10")] = float(4 <= abs(distance) <= 10)
            row[NAMES.index("far_from_title")] = float(abs(distance) > 10)
        row[NAMES.index("above_story")] = float(start - 15 <= index <= start)
        row[NAMES.index("inside_story_prose")] = float(start < index <= end and line.prose)
        row[NAMES.index("after_story")] = float(index > end)
        row[NAMES.index("bullet")] = float(line.evidence.bullet)
        row[NAMES.index("dated_neighbours")] = min(
            sum(1 for step in (-3, -2, -1, 1, 2, 3) if index + step in date_lines), 3) / 3
        row[NAMES.index("published_label")] = float(bool(published_label.search(before)))
        row[NAMES.index("update_label")] = float(bool(update_label.search(before)))
        row[NAMES.index("copyright")] = float(bool(_COPYRIGHT.search(line.text)))
        row[NAMES.index("earliest_near_top")] = float(index <= start + 2 and value == earliest)
        row[NAMES.index("latest_near_top")] = float(index <= start + 2 and value == latest)
        row[NAMES.index("same_day_count")] = math.log1p(counts[value] - 1)
        row[NAMES.index("first_date_of_page")] = float(index == first_line)
        row[NAMES.index("byline")] = float(bool(_BYLINE.search(line.text)))
        row[NAMES.index("weekday")] = float(bool(WEEKDAY.search(line.text)))
        row[NAMES.index("relative_position")] = index / n
        row[NAMES.index("in_kept_line")] = float(line.kept)
        row[NAMES.index("caption")] = float(bool(_CAPTION.search(line.text)))
        rows.append(row)
    return rows


@lru_cache(maxsize=1)
def _stored() -> dict:
    return json.loads(MODEL_FILE.read_text(encoding="utf-8"))


def model() -> list[float]:
    return _stored()["weights"]


def unsure_below() -> float:
    """The score under which a chosen date is flagged for the curator: on pages the model
    had not seen, its choices under it were wrong twice as often as right (a date printed
    far from the headline, with no label, where the page's own date is often not printed)."""
    return float(_stored().get("unsure_below", float("-inf")))


@dataclass
class Choice:
    """The page's publication date as the model chose it."""

    candidate: Candidate | None
    probability: float
    """How much of the model's probability the chosen day holds among the page's dates."""
    score: float | None
    """The model's score of the choice: under ``unsure_below()``, the date is uncertain."""

    @property
    def sure(self) -> bool:
        return self.candidate is None or (self.score is not None
                                          and self.score >= unsure_below())


def choose(lines: list[Line], url: str | None, title: int | None, first: int | None,
           last: int | None, weights: list[float] | None = None) -> Choice:
    """The page's publication date among the dates it gives, with the model's probability
    and score; no candidate when it gives none."""
    weights = weights or model()
    found = candidates(lines, url, last=last, first=first)
    if not found:
        return Choice(None, 0.0, None)
    rows = features(lines, found, url, title, first, last)
    scores = [sum(w * x for w, x in zip(weights, row, strict=True)) for row in rows]
    top = max(scores)
    total = sum(math.exp(score - top) for score in scores)
    best = max(range(len(scores)), key=lambda k: (scores[k], -k))
    probability = sum(math.exp(score - top) for score, candidate in zip(scores, found, strict=True)
                      if candidate.mention.value == found[best].mention.value) / total
    if found[best].line is None:  # the address's day: printed on the page too, take that
        printed = [k for k, c in enumerate(found)
                   if c.line is not None and c.mention.value == found[best].mention.value]
        if printed:
            best = max(printed, key=lambda k: (scores[k], -k))
    return Choice(found[best], probability, max(scores))
