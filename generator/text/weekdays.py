"""The days a report's lead names by weekday or as "yesterday", placed by its publication day.

Agency copy dates what it reports by weekday ("said on Friday", "в пятницу", "Cuma günü",
"روز جمعه", "am Freitag"), seldom by date. A weekday means the last such day up to the day
of publication (the next one in an announcement); "yesterday" the day before it.

Only forms that cannot be read otherwise are taken: a weekday with its preposition or the
word for "day" where the bare word is also something else (Persian and Tajik "دوشنبه" is
Monday and the city of Dushanbe; Azerbaijani "bazar" Sunday and a market).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from .fold import fold

# Per language: seven patterns, Monday first, each matching the weekday as a report says it.
_WEEKDAYS: dict[str, tuple[str, ...]] = {
    "en": tuple(rf"\b(?:on\s+)?{d}\b(?!\s+[A-Z])" for d in (
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")),
    "ru": (r"\bв\s+понедельник", r"\bво\s+вторник", r"\bв\s+среду\b", r"\bв\s+четверг",
           r"\bв\s+пятницу", r"\bв\s+субботу", r"\bв\s+воскресенье"),
    "uk": (r"\b[ув]\s+понеділок", r"\b[ув]\s+вівторок", r"\b[ув]\s+середу", r"\b[ув]\s+четвер\b",
           r"\b[ув]\s+п[ʼ'’]?ятницю", r"\b[ув]\s+суботу", r"\b[ув]\s+неділю"),
    "bg": (r"\bв\s+понеделник", r"\bвъв\s+вторник", r"\bв\s+сряда", r"\bв\s+четвъртък",
           r"\bв\s+петък", r"\bв\s+събота", r"\bв\s+неделя"),
    "sr": (r"\b[уu]\s+(?:понедељак|ponedeljak)", r"\b[уu]\s+(?:уторак|utorak)",
           r"\b[уu]\s+(?:среду|sredu)", r"\b[уu]\s+(?:четвртак|četvrtak|cetvrtak)",
           r"\b[уu]\s+(?:петак|petak)", r"\b[уu]\s+(?:суботу|subotu)",
           r"\b[уu]\s+(?:недељу|nedelju)"),
    "hr": (r"\bu\s+ponedjeljak", r"\bu\s+utorak", r"\bu\s+srijedu", r"\bu\s+četvrtak",
           r"\bu\s+petak", r"\bu\s+subotu", r"\bu\s+nedjelju"),
    "tr": tuple(rf"\b{d}\s+günü" for d in (
        "Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar")),
    "az": tuple(rf"\b{d}\s+günü" for d in (
        "bazar ertəsi", "çərşənbə axşamı", "çərşənbə", "cümə axşamı", "cümə", "şənbə",
        "bazar")),
    "ar": tuple(rf"(?<![\w\u0600-\u06ff])(?:يوم\s+)?{d}(?![\w\u0600-\u06ff])" for d in (
        "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")),
    "fa": tuple(rf"روز\s+{d}(?![\w\u0600-\u06ff])" for d in (
        "دوشنبه", "سه[\u200c ]?شنبه", "چهار[\u200c ]?شنبه", "پنج[\u200c ]?شنبه", "جمعه",
        "شنبه", "یک[\u200c ]?شنبه")),
    "de": tuple(rf"\bam\s+{d}\b" for d in (
        "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "(?:Samstag|Sonnabend)",
        "Sonntag")),
    "fr": tuple(rf"\b{d}\b" for d in (
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")),
    "es": tuple(rf"\b(?:el|este)\s+{d}\b" for d in (
        "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")),
    "it": tuple(rf"\b{d}\b" for d in (
        "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica")),
    "pt": tuple(rf"\b{d}\b" for d in (
        "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
        "sábado", "domingo")),
    "pl": (r"\bw\s+poniedziałek", r"\bwe\s+wtorek", r"\bw\s+środę", r"\bw\s+czwartek",
           r"\bw\s+piątek", r"\bw\s+sobotę", r"\bw\s+niedzielę"),
}
_WEEKDAYS["bs"] = _WEEKDAYS["sr"]

_YESTERDAY: dict[str, str] = {
    "en": r"\byesterday\b", "ru": r"\bвчера\b", "uk": r"\bучора\b|\bвчора\b", "bg": r"\bвчера\b",
    "sr": r"\bјуче\b|\bjuče\b", "hr": r"\bjučer\b", "bs": r"\bjučer\b|\bjuče\b",
    "tr": r"\bdün\b", "az": r"\bdünən\b", "ar": r"(?<![\w\u0600-\u06ff])أمس(?![\w\u0600-\u06ff])",
    "fa": r"دیروز", "de": r"\bgestern\b", "fr": r"\bhier\b", "es": r"\bayer\b", "it": r"\bieri\b",
    "pt": r"\bontem\b", "pl": r"\bwczoraj\b",
}

# "Last week": the seven days of the calendar week before the one a report is published in.
_LAST_WEEK: dict[str, str] = {
    "en": r"\blast\s+week\b", "ru": r"\bна\s+прошлой\s+неделе\b",
    "uk": r"\bминулого\s+тижня\b|\bна\s+минулому\s+тижні\b",
    "bg": r"\bминалата\s+седмица\b", "sr": r"\bпрошле\s+недеље\b|\bprošle\s+nedelje\b",
    "hr": r"\bprošlog\s+tjedna\b|\bprošli\s+tjedan\b", "bs": r"\bprošle\s+sedmice\b",
    "tr": r"\bgeçen\s+hafta\b", "az": r"\bkeçən\s+həftə\b",
    "ar": r"(?<![\w\u0600-\u06ff])الأسبوع\s+الماضي(?![\w\u0600-\u06ff])",
    "fa": r"هفته\s+(?:گذشته|پیش)(?![\w\u0600-\u06ff])",
    "de": r"\b(?:vergangene|letzte)n?\s+Woche\b", "fr": r"\bla\s+semaine\s+dernière\b",
    "es": r"\bla\s+semana\s+pasada\b", "it": r"\bla\s+settimana\s+scorsa\b",
    "pt": r"\bna\s+semana\s+passada\b", "pl": r"\bw\s+zeszłym\s+tygodniu\b",
}


def last_week(text: str, language: str, published: date) -> set[date]:
    """The days of the week before ``published``'s, where ``text`` says "last week"."""
    pattern = _LAST_WEEK.get(language.split("-")[0])
    if pattern is None or not re.search(pattern, text, re.IGNORECASE):
        return set()
    monday = published - timedelta(days=published.weekday() + 7)
    return {monday + timedelta(days=n) for n in range(7)}


@lru_cache(maxsize=64)
def _compiled(language: str) -> tuple[list[re.Pattern[str]], re.Pattern[str] | None]:
    flags = re.IGNORECASE if language not in ("en",) else 0
    weekdays = [re.compile(p, flags) for p in _WEEKDAYS.get(language, ())]
    yesterday = _YESTERDAY.get(language)
    return weekdays, (re.compile(yesterday, re.IGNORECASE) if yesterday else None)


def named_days(text: str, language: str, published: date, *, ahead: bool = False) -> set[date]:
    """The days ``text`` names by weekday or as yesterday, for a report published on
    ``published``: the last such weekday up to that day, or the next one from it when the
    report announces what is to come (``ahead``)."""
    weekdays, yesterday = _compiled(language.split("-")[0])
    found: set[date] = set()
    for index, pattern in enumerate(weekdays):
        if not pattern.search(text):
            continue
        if ahead:
            found.add(published + timedelta(days=(index - published.weekday()) % 7))
        else:
            found.add(published - timedelta(days=(published.weekday() - index) % 7))
    if yesterday is not None and not ahead and yesterday.search(text):
        found.add(published - timedelta(days=1))
    return found


# Each weekday's names, Monday first, as a dateline or a masthead prints them alone ("Svētdiena,
# 3. janvāris", "7 ЧЕРВНЯ, НЕДІЛЯ"), folded as ``fold`` folds; a name of two words is matched
# as two.
_NAMES: tuple[tuple[str, ...], ...] = (
    ("monday", "montag", "lundi", "lunes", "lunedi", "segunda-feira", "maandag", "mandag",
     "maanantai", "poniedziałek", "pondeli", "pondelok", "ponedeljek", "ponedjeljak",
     "ponedeljak", "понедељак", "понедельник", "понеділок", "понеделник", "luni", "hetfo",
     "pirmdiena", "pirmadienis", "esmaspaev", "pazartesi", "bazar ertesi", "الاثنين",
     "δευτερα", "senin", "dilluns", "e hene", "thu hai"),
    ("tuesday", "dienstag", "mardi", "martes", "martedi", "terca-feira", "dinsdag", "tirsdag",
     "tisdag", "tiistai", "wtorek", "utery", "utorok", "torek", "utorak", "уторак", "вторник",
     "вівторок", "marti", "kedd", "otrdiena", "antradienis", "teisipaev", "sali",
     "cersenbe axsami", "الثلاثاء", "τριτη", "selasa", "dimarts", "e marte", "thu ba"),
    ("wednesday", "mittwoch", "mercredi", "miercoles", "mercoledi", "quarta-feira", "woensdag",
     "onsdag", "keskiviikko", "sroda", "streda", "sreda", "srijeda", "среда", "середа",
     "сряда", "miercuri", "szerda", "tresdiena", "treciadienis", "kolmapaev", "carsamba",
     "cersenbe", "الاربعاء", "τεταρτη", "rabu", "dimecres", "e merkure", "thu tu"),
    ("thursday", "donnerstag", "jeudi", "jueves", "giovedi", "quinta-feira", "donderdag",
     "torsdag", "torstai", "czwartek", "ctvrtek", "stvrtok", "cetrtek", "cetvrtak", "четвртак",
     "четверг", "четвер", "четвъртък", "joi", "csutortok", "ceturtdiena", "ketvirtadienis",
     "neljapaev", "persembe", "cume axsami", "الخميس", "πεμπτη", "kamis", "dijous", "e enjte",
     "thu nam"),
    ("friday", "freitag", "vendredi", "viernes", "venerdi", "sexta-feira", "vrijdag", "fredag",
     "perjantai", "piatek", "patek", "piatok", "petek", "petak", "петак", "пятница",
     "п'ятниця", "пʼятниця", "п’ятниця", "петък", "vineri", "pentek", "piektdiena",
     "penktadienis", "reede", "cuma", "cume", "الجمعة", "παρασκευη", "jumat", "divendres",
     "e premte", "thu sau"),
    ("saturday", "samstag", "sonnabend", "samedi", "sabado", "sabato", "zaterdag", "lørdag",
     "lordag", "lauantai", "sobota", "subota", "субота", "суббота", "събота", "sambata",
     "szombat", "sestdiena", "sestadienis", "laupaev", "cumartesi", "senbe", "السبت",
     "σαββατο", "sabtu", "dissabte", "e shtune", "thu bay"),
    ("sunday", "sonntag", "dimanche", "domingo", "domenica", "zondag", "søndag", "sondag",
     "sunnuntai", "niedziela", "nedele", "nedela", "nedelja", "nedjelja", "недеља",
     "воскресенье", "неділя", "неделя", "duminica", "vasarnap", "svetdiena", "sekmadienis",
     "puhapaev", "pazar", "bazar", "الاحد", "κυριακη", "minggu", "diumenge", "e diel",
     "chu nhat"),
)


_WORD = re.compile(r"[^\W\d_]+(?:[-'ʼ’][^\W\d_]+)?")


@lru_cache(maxsize=1)
def _named() -> dict[str, int]:
    return {fold(name): number for number, names in enumerate(_NAMES) for name in names}


def weekday_named(text: str) -> int | None:
    """The weekday (Monday 0) that ``text`` names, when it names exactly one."""
    named = _named()
    words = _WORD.findall(fold(text))
    found: set[int] = set()
    skip = False
    for index, word in enumerate(words):
        if skip:
            skip = False
            continue
        pair = " ".join(words[index:index + 2])
        if pair in named:
            found.add(named[pair])
            skip = True
        elif word in named:
            found.add(named[word])
    return found.pop() if len(found) == 1 else None
