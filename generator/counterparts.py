"""Participants a report names by their office instead of their name: "his Azerbaijani
counterpart", "с российским коллегой", "Rus mevkidaşı", "نظيره الأذربيجاني", "همتای آذربایجانی",
"seinem aserbaidschanischen Amtskollegen", "all'omologo azero"; and a head of state as "the
Azerbaijani president", "президенту Азербайджана", "Azerbaycan Cumhurbaşkanı".

Agency leads often name one leader and call the other by nationality. The nationality is an
adjective of the country's name in the report's language, which the name authority does not list;
it is recognised by the stem it shares with one of the country's names in any language
("aserbaidschanisch" and "Azerbaijan" share a-s-r-b once vowels are dropped and z is read as s).
A person's country is the place their description in the name authority names ("President of
Azerbaijan").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from .entities import script_of, skeleton

# The word for "counterpart" (a stem, matched at a word's start in lower-cased text), by language
_COUNTERPART: dict[str, str] = {
    "en": r"counterparts?", "ru": r"коллег|визави", "uk": r"колег", "be": r"калег",
    "bg": r"колег", "sr": r"колег|koleg", "hr": r"koleg", "bs": r"koleg|колег",
    "mk": r"колег", "de": r"amtskolleg|kolleg", "fr": r"homologue", "es": r"homólog",
    "it": r"omolog", "pt": r"homólog", "pl": r"odpowiednik", "tr": r"mevkida[şs]",
    "az": r"həmkar", "kk": r"әріптес", "uz": r"hamkasb", "ar": r"[وفبل]{0,2}نظير", "fa": r"همتا",
}
# The words for a head of state or government ("the Azerbaijani president", "президенту
# Азербайджана", "Azerbaycan Cumhurbaşkanı", "للرئيس الأذربيجاني", "the Armenian prime
# minister"): they name a person only where the name authority describes them so ("President
# of Azerbaijan", "Prime Minister of Armenia")
_PRESIDENT: dict[str, str] = {
    "en": r"president|leader", "ru": r"президент|лидер", "uk": r"президент|лідер",
    "be": r"прэзідэнт", "bg": r"президент|лидер", "sr": r"председник|predsednik|лидер|lider",
    "hr": r"predsjednik", "bs": r"predsjednik|predsednik", "mk": r"претседател",
    "de": r"präsident|staatschef", "fr": r"président", "es": r"presidente", "it": r"presidente",
    "pt": r"presidente", "pl": r"prezydent", "tr": r"cumhurbaşkan|lider", "az": r"prezident",
    "kk": r"президент", "uz": r"prezident",
    # (not "رئيس الوزراء", the prime minister, joined into one word below)
    "ar": r"[وفبل]{0,2}(?:ال)?(?:رئيس|زعيم)(?!ي|ال)", "fa": r"رئیس[\u200c]?جمهور|رهبر",
}
_PREMIER: dict[str, str] = {
    "en": r"primeminister|premier|leader", "ru": r"премьер|лидер", "uk": r"прем|лідер",
    "bg": r"премиер|лидер", "sr": r"премијер|premijer|лидер|lider", "hr": r"premijer",
    "bs": r"premijer", "mk": r"премиер",
    "de": r"premierminister|ministerpräsident|kanzler|bundeskanzler", "fr": r"premierministre",
    "es": r"primerministro", "it": r"primoministro", "pt": r"primeiro-?ministro",
    "pl": r"premier", "tr": r"başbakan|lider", "az": r"başnazir", "kk": r"премьер",
    "ar": r"[وفبل]{0,2}(?:ال)?رئيسالوزراء", "fa": r"نخست[\u200c]?وزیر|رهبر",
}
# either office, where the description does not say which
_OFFICE: dict[str, str] = {
    language: "|".join(dict.fromkeys(
        part for table in (_PRESIDENT, _PREMIER) for part in table.get(language, "").split("|")
        if part))
    for language in {*_PRESIDENT, *_PREMIER}}
_OFFICE["ar"] = _PRESIDENT["ar"] + "|" + _PREMIER["ar"]
_TABLES = {"office": _OFFICE, "president": _PRESIDENT, "premier": _PREMIER}
# Offices of two words, joined into one before the words are read ("prime minister")
_TWO_WORDS: dict[str, str] = {
    "en": r"prime\s+minister", "fr": r"premier\s+ministre", "es": r"primer\s+ministro",
    "it": r"primo\s+ministro", "pt": r"primeiro\s+ministro", "az": r"baş\s+nazir",
    "fa": r"رئیس\s+جمهور|نخست\s+وزیر", "ar": r"رئيس\s+الوزراء",
}
_HEAD = re.compile(r"\b(?:president|prime minister|premier|chancellor|king|emir|head of state)\b",
                   re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|[\u0610-\u061a\u064b-\u065f\u200c'’-])*")
_BEFORE, _AFTER = 2, 1  # words either side of the counterpart word that may be its nationality


@cache
def _stem(table: str, language: str) -> re.Pattern[str] | None:
    stem = _TABLES.get(table, _COUNTERPART).get(language)
    return re.compile(rf"^(?:{stem})") if stem else None


def heads_state(description: str | None) -> bool:
    """Whether a person's description makes them a head of state or government."""
    return bool(description and _HEAD.search(description))


@cache
def office_of(description: str | None) -> str | None:
    """Which office a head of state or government holds, by their description: "premier"
    (a prime minister, premier or chancellor), "president" (a president, king or emir), or
    "office" where it says neither plainly; None for anyone else."""
    if not heads_state(description):
        return None
    premier = re.search(r"\b(?:prime minister|premier|chancellor)\b", description or "",
                        re.IGNORECASE)
    president = re.search(r"\b(?:president|king|emir|head of state)\b", description or "",
                          re.IGNORECASE)
    if premier and not president:
        return "premier"
    if president and not premier:
        return "president"
    return "office"


def nationality_words(text: str, language: str, table: str = "counterpart") -> list[str]:
    """The words next to each word for "counterpart" in ``text`` (``table``: "president",
    "premier", or "office" for either): its nationality, if it says."""
    pattern = _stem(table, language.split("-")[0].lower())
    if pattern is None:
        return []
    joined = _TWO_WORDS.get(language.split("-")[0].lower()) if table in _TABLES else None
    if joined:
        text = re.sub(joined, lambda m: re.sub(r"\s+", "", m.group(0)), text,
                      flags=re.IGNORECASE)
    # an elided article before an apostrophe ("dell'Azerbaigian", "l'Azerbaïdjan") and a
    # Turkish suffix after one ("Cumhurbaşkanı'ndan") are not the word
    words = [_bare(word) for word in _WORD.findall(text)]
    found: list[str] = []
    for index, word in enumerate(words):
        if not pattern.match(word.lower()):
            continue
        # after it, past a preposition or two ("president of Azerbaijan", "президента на
        # Азербайджан", "presidente de Azerbaiyán")
        start = index + 1
        while start < len(words) and start - index <= 2 and len(words[start]) <= 3:
            start += 1
        after = words[start:start + _AFTER]
        # a name after it is the counterpart's own ("counterpart Kassym-Jomart Tokayev")
        if after and after[0][:1].isupper() and start + 1 < len(words) and \
                words[start + 1][:1].isupper():
            after = []
        found += [*words[max(0, index - _BEFORE):index], *after]
    return found


def _bare(word: str) -> str:
    """A word without an elided article before an apostrophe (lower-case: "dell'", "l'") or
    a Turkish suffix after one (after a capital: "ABD'li", "Cumhurbaşkanı'ndan")."""
    parts = re.split(r"['’]", word)
    if len(parts) == 1:
        return word
    if len(parts[-1]) <= 1:  # an English possessive ("the president's")
        return parts[0]
    return parts[-1] if parts[0].islower() and parts[-1] else parts[0]


@cache
def stem_key(word: str) -> str:
    """A word's stem for comparing a nationality with a country's name across languages: the
    Latin skeleton without its vowels after the first letter, z read as s; in Arabic script,
    without the article."""
    if script_of(word) == "ARABIC":
        folded = word.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا").replace("ي", "ی")
        return folded[2:] if folded.startswith("ال") else folded
    key = skeleton(word).replace("z", "s")
    if not key:
        return ""
    rest = re.sub(r"[aeiouy]", "", key[1:])
    collapsed = key[0]
    for ch in rest:
        if ch != collapsed[-1]:
            collapsed += ch
    return collapsed


def same_stem(word: str, name: str) -> bool:
    """Whether a nationality word and one word of a country's name share their stem: four
    consonants, or all of a shorter name's and its first three letters ("российский", "Rus"
    and "Russia")."""
    a, b = stem_key(word), stem_key(name)
    short = min(len(a), len(b))
    if short < 2 or a[0] != b[0]:
        return False
    need = min(4, short)
    if a[:need] != b[:need]:
        return False
    return need >= 3 or script_of(word) == "ARABIC" or skeleton(word)[:3] == skeleton(name)[:3]


# Nationalities that share no stem with their country's name in any language an entity file
# is likely to list (beginnings of the words, lower-cased), with the country's English name
_DEMONYMS: dict[str, str] = {
    "american": "United States", "américain": "United States", "americano": "United States",
    "amerikan": "United States", "американ": "United States", "америчк": "United States",
    "statunitens": "United States", "estadounidens": "United States",
    "norte-american": "United States", "amerykańsk": "United States", "أمريكي": "United States",
    "الأمريكي": "United States", "الأميركي": "United States", "أميركي": "United States",
    "british": "United Kingdom", "britannique": "United Kingdom", "britisch": "United Kingdom",
    "britannic": "United Kingdom", "británic": "United Kingdom", "британск": "United Kingdom",
    "ingiliz": "United Kingdom", "İngiliz": "United Kingdom", "البريطاني": "United Kingdom",
    "dutch": "Netherlands", "néerlandais": "Netherlands", "olandes": "Netherlands",
    "holländisch": "Netherlands", "niederländisch": "Netherlands", "нидерландск": "Netherlands",
    "голландск": "Netherlands", "hollanda": "Netherlands",
    "swiss": "Switzerland", "suisse": "Switzerland", "svizzer": "Switzerland",
    "schweizer": "Switzerland", "швейцарск": "Switzerland", "isviçre": "Switzerland",
    "emirati": "United Arab Emirates", "إماراتي": "United Arab Emirates",
    "الإماراتي": "United Arab Emirates",
}


def names_country(words: Iterable[str], country_names: Iterable[str]) -> bool:
    """Whether one of ``words`` is a nationality of the country with ``country_names``."""
    country_names = list(country_names)
    parts = [part for name in country_names for part in _WORD.findall(name) if len(part) >= 3]
    if any(same_stem(word, part) for word in words if len(word) >= 3 for part in parts):
        return True
    english = {name.casefold() for name in country_names}
    return any(country.casefold() in english for word in words
               for stem, country in _DEMONYMS.items() if word.lower().startswith(stem.lower()))
