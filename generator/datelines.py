"""The place a report's dateline names: the city that opens its first paragraph, before the
agency or the date ("ANKARA (AA) -", "ANKARA, Nov 20 (Reuters) -", "АНКАРА, 20 ноя – РИА
Новости.", "Bakı, 9 oktyabr. Trend:", "DUSHANBE, Tajikistan (AP) —", "Duschanbe (dpa) -").

Reports of one meeting, written where it happened, agree on that city in every language, and
it need not be in the name authority; a proposed event takes its place from them. Reports
agree when their datelines' consonants do (``person_key``: "Ankara", "АНКАРА", "Ankara"), so a
change of script or romanisation does not part them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

_WORDS = r"[^\W\d_][^\W\d_'’.-]*(?:[ -][^\W\d_][^\W\d_'’.-]*){0,2}"
# the place, then what only a dateline puts after it
_DATELINE = re.compile(
    rf"^\s*(?P<place>{_WORDS})"
    r"(?:\s*\((?P<agency>[^()\d]{2,30})\)"  # ANKARA (AA), Duschanbe (dpa)
    r"|\s*[,.]\s*\d{1,2}\.?\s+[^\W\d_]{3,}\.?(?=[\s,.:;(–—-])"  # АНКАРА, 20 ноя; Bakı, 9 oktyabr.
    r"|\s*,\s*[^\W\d_]{3,}\.?\s+\d{1,2}\b"  # ANKARA, Nov 20
    r"|\s*,\s*[^\W\d_]+\s*\([^()\d]{2,30}\)"  # DUSHANBE, Tajikistan (AP)
    r"|(?P<dash>\s+[–—-]\s))"  # ANKARA – (only a place in capitals)
)
_POSITION = re.compile(
    r"(?:left|right|centre|center|middle|l|r|c|слева|справа|в центре|solda|sağda|ortada|links|"
    r"rechts|mitte|à gauche|à droite|au centre|izquierda|derecha|sinistra|destra|يسار|يمين|"
    r"چپ|راست|وسط)\b", re.IGNORECASE)
_MONTHS_AND_DAYS = re.compile(
    r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|"
    r"today|yesterday|update)", re.IGNORECASE)


def dateline_place(lead: str) -> str | None:
    """The place the dateline opening ``lead`` names, as written, or None."""
    match = _DATELINE.match(lead[:120])
    if match is None:
        return None
    place = match["place"].strip(" .-")
    letters = [ch for ch in place if ch.isalpha()]
    if match["dash"] and not all(ch.isupper() for ch in letters):
        return None  # "Putin - Aliyev talks": a dash after a name in capitals only
    if not letters or letters[0].islower() or _MONTHS_AND_DAYS.match(place):
        return None  # (a script without capitals, Arabic's, passes)
    if match["agency"] and _POSITION.match(match["agency"].strip()):
        return None  # "The President (left) said": a caption's position, no agency
    return place


def agreed_place(leads: Iterable[tuple[str, str]]) -> str | None:
    """The dateline place at least two reports and half of them agree on, from each report's
    (lead, language), or None."""
    from .unregistered import person_key, preferred_spelling

    leads = list(leads)
    found: dict[str, list[tuple[str, str]]] = {}
    for lead, language in leads:
        place = dateline_place(lead)
        if place:
            found.setdefault(person_key(place.lower()), []).append((place, language))
    if not found:
        return None
    counts = Counter({key: len(spellings) for key, spellings in found.items()})
    key, count = counts.most_common(1)[0]
    if count < 2 or count * 2 < len(leads) or len(key) < 3:
        return None
    return preferred_spelling(found[key])
