"""The name authority: finding the archive's people, organisations and places in any script.

Each entity lists its names by language (``content/entities/<id>.yml``). Names and text are
compared in folded form (``text.fold.fold``: case, Turkish İ/ı, diacritics, Arabic and
Persian letter variants, tatweel, joiners and apostrophes; the Arabic-script spellings of a
foreign "g", گ/غ/ج, count as one letter), token by token, and a text token may carry what the
languages of the archive attach to a name:

- before it, Arabic proclitics (و، ف، ب، ل، ك and the article ال: "وبوتين", "لبوتين");
- after it, Turkish and Azerbaijani case and possessive endings ("Putin'in", "Putinə",
  "Buşun", "Şoyquya") and Russian case endings ("Путина", "Путиным", "Алиевым").

Only the first token of a name may carry proclitics and only its last may carry an ending, so
"Vladimir Putin'in" matches "Vladimir Putin" and nothing matches inside a longer word.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from .text.fold import ARABIC_PROCLITICS, arabic_stem, tokens

# Folded endings (ı->i, ə->e, ü->u, ö->o, ş->s after folding).
TURKIC_ENDINGS = {
    "in", "un", "nin", "nun", "i", "u", "yi", "yu", "nu", "ni",
    "a", "e", "ya", "ye", "na", "ne",
    "da", "de", "ta", "te", "nda", "nde",
    "dan", "den", "tan", "ten", "ndan", "nden",
    "la", "le", "yla", "yle", "nan", "nen", "ile",
    "dir", "dur", "tir", "tur",
    "inin", "unun",
}
RUSSIAN_ENDINGS = {
    "а", "я", "у", "ю", "е", "и", "ы", "ом", "ем", "ым", "им", "ой", "ей", "ою", "ею",
    "ов", "ев", "ых", "их", "ого", "его", "ому", "ему", "ами", "ями", "ах", "ях",
}
# Polish, Czech, Slovak and the Latin-script South Slavic languages, folded ("Bushem",
# "Putinowi", "Aliyevom").
SLAVIC_LATIN_ENDINGS = {"em", "om", "owi", "ovi", "iem", "ie", "ow", "ach", "ami", "ovou"}
ENDINGS = TURKIC_ENDINGS | RUSSIAN_ENDINGS | SLAVIC_LATIN_ENDINGS
MAX_ENDING = max(len(e) for e in ENDINGS)
MIN_NAME = 3  # a token shorter than this must match exactly


@dataclass(frozen=True)
class Name:
    entity: str
    words: tuple[str, ...]


# A "g" in a foreign name is written گ in Persian, غ in most Arabic, ج in Egyptian Arabic
# ("Shoigu": شویگو, شويغو, شويجو): for names, the three are one letter.
_G_FORMS = str.maketrans({"غ": "گ", "ج": "گ"})


def name_tokens(text: str) -> list[str]:
    """The folded words of ``text`` as names are compared: one letter for the Arabic-script
    spellings of "g"."""
    return [word.translate(_G_FORMS) for word in tokens(text)]


def name_words(name: str) -> tuple[str, ...]:
    """A name's folded words; an Arabic-script first word loses its article (الرياض -> رياض),
    since the text's proclitics are stripped the same way."""
    words = name_tokens(name)
    if words and words[0].startswith("ال") and arabic_stem(words[0]):
        words = [words[0][2:], *words[1:]]
    return tuple(words)


def script_of(text: str) -> str:
    """The script of a name's first letter: "ARABIC", "CYRILLIC", "LATIN", ..."""
    for ch in text:
        if ch.isalpha():
            return unicodedata.name(ch, "UNKNOWN").split()[0]
    return "UNKNOWN"


LANGUAGE_SCRIPTS = {"ar": "ARABIC", "fa": "ARABIC", "ur": "ARABIC", "ps": "ARABIC",
                    "ckb": "ARABIC", "ru": "CYRILLIC", "uk": "CYRILLIC", "be": "CYRILLIC",
                    "bg": "CYRILLIC", "sr": "CYRILLIC", "kk": "CYRILLIC", "tg": "CYRILLIC",
                    "he": "HEBREW", "el": "GREEK", "ka": "GEORGIAN", "hy": "ARMENIAN"}


def language_script(tag: str) -> str:
    """The script a language tag is written in (``az-Arab`` -> ARABIC; default LATIN)."""
    parts = tag.split("-")
    for part in parts[1:]:
        if len(part) == 4:
            return {"Arab": "ARABIC", "Cyrl": "CYRILLIC", "Latn": "LATIN"}.get(part.title(),
                                                                             part.upper())
    return LANGUAGE_SCRIPTS.get(parts[0].lower(), "LATIN")


def names_for_language(names: dict[str, list[str]], language: str) -> list[str]:
    """Which of an entity's names (by language) to look for in an article in ``language``.

    Names in another script than the article's always apply (a Latin "Putin" in an Arabic
    text). In the article's own script, the names listed for its language apply, when the
    entity lists that language (an empty list: none is safe, say Persian دوشنبه, also
    "Monday"); else every name the entity has in that script.
    """
    primary = language.split("-")[0].lower()
    script = language_script(language)
    chosen = [n for lang, spellings in names.items() for n in spellings if script_of(n) != script]
    own = next((spellings for lang, spellings in names.items()
                if lang.split("-")[0].lower() == primary), None)
    if own is not None:
        chosen += [n for n in own if script_of(n) == script]
    else:
        chosen += [n for spellings in names.values() for n in spellings if script_of(n) == script]
    return chosen


class NameMatcher:
    """Finds mentions of the registry's entities in text."""

    def __init__(self, names: dict[str, Iterable[str]]):
        """``names``: entity id -> every name to look for, in any script."""
        self._by_first: dict[str, list[Name]] = {}
        for entity, spellings in names.items():
            for spelling in spellings:
                # a Persian name joined with a zero-width non-joiner ("علی‌اف") is written with
                # a space on many sites ("علی اف"): both are the name
                variants = {spelling, spelling.replace("\u200c", " ")}
                for variant in sorted(variants):
                    words = name_words(variant)
                    if words:
                        self._by_first.setdefault(words[0], []).append(Name(entity, words))
        for candidates in self._by_first.values():  # longest name first
            candidates.sort(key=lambda n: -len(n.words))
        self._lasts = {n.words[-1] for c in self._by_first.values() for n in c}
        # news text repeats its words: what each distinct word can start is worked out once
        self._starts: dict[str, list[str]] = {}
        self._singles: dict[str, str | None] = {}

    def _starting(self, token: str) -> list[str]:
        """The forms of ``token`` that begin some name."""
        found = self._starts.get(token)
        if found is None:
            found = self._starts[token] = [h for h in self._heads(token) if h in self._by_first]
        return found

    def _single(self, token: str) -> str | None:
        """The entity a one-word name with proclitics and an ending ("لبوتينا") names."""
        if token in self._singles:
            return self._singles[token]
        entity = None
        for tail in self._tails(token)[1:]:
            for head in self._heads(tail):
                single = [n for n in self._by_first.get(head, ()) if len(n.words) == 1]
                if single:
                    entity = single[0].entity
                    break
            if entity:
                break
        self._singles[token] = entity
        return entity

    def _heads(self, token: str) -> list[str]:
        """What ``token`` may be as the first word of a name: itself, without proclitics."""
        forms = [token]
        if "\u0600" <= token[:1] <= "\u06ff":
            for form in forms:  # grows: "ولبوش" -> "لبوش" -> "بوش"
                if len(forms) > 8:
                    break
                for clitic in ARABIC_PROCLITICS:
                    rest = form[len(clitic):]
                    if form.startswith(clitic) and len(rest) >= MIN_NAME and rest not in forms:
                        forms.append(rest)
        return forms

    def _tails(self, token: str) -> list[str]:
        """What ``token`` may be as the last word of a name: itself, without an ending."""
        forms = [token]
        for size in range(1, min(MAX_ENDING, len(token) - MIN_NAME) + 1):
            if token[-size:] in ENDINGS and token[:-size] in self._lasts:
                forms.append(token[:-size])
        return forms

    def find(self, text: str) -> Counter[str]:
        """How many times each entity is mentioned in ``text``."""
        found: Counter[str] = Counter()
        words = name_tokens(text)
        index = 0
        while index < len(words):
            matched = 0
            for head in self._starting(words[index]):
                for name in self._by_first[head]:
                    size = len(name.words)
                    if size == 1:
                        ok = True
                    else:
                        span = words[index + 1:index + size]
                        ok = (len(span) == size - 1
                              and tuple(span[:-1]) == name.words[1:-1]
                              and name.words[-1] in self._tails(span[-1]))
                    if ok:
                        matched = size
                        found[name.entity] += 1
                        break
                if matched:
                    break
            if not matched and (entity := self._single(words[index])):
                # a one-word name with an ending ("Putinin", "Путина")
                found[entity] += 1
                matched = 1
            index += matched or 1
        return found


# -- names across transliterations --------------------------------------------------------
# A second, looser pass for what the lists by language leave out: Serbian, Bulgarian or
# Ukrainian Cyrillic spellings, German or Italian romanisations ("Schoigu"), Slavic case forms of
# names ending in a vowel ("России", "Москве"), Romance elision ("dell'Azerbaigian"). Names and
# text are reduced to a Latin *skeleton*: Cyrillic transliterated, diacritics dropped, the
# usual romanisation variants made one (sch/sh/ş -> s, tsch/ch/č/ç -> c, zh/ž -> z, kh/x -> h,
# j/y -> i, q -> g, w -> v, ə -> a), doubled letters single.
_CYRILLIC = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяђјљњћџіїєґәғқңөұүһӣӯҳҷў",
    ["a", "b", "v", "g", "d", "e", "e", "z", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r",
     "s", "t", "u", "f", "h", "c", "c", "s", "s", "", "i", "", "e", "iu", "ia", "d", "i", "l",
     "n", "c", "d", "i", "i", "e", "g",
     # Kazakh, Tajik and Uzbek letters ("Әлиев" is "Алиев")
     "a", "g", "k", "n", "o", "u", "u", "h", "i", "u", "h", "c", "u"], strict=True))
# Georgian, Armenian and Greek letters, as their names are romanised ("პუტინი", "Պուտին",
# "Πούτιν" -> putin); digraphs first
_OTHER_SCRIPTS = dict(zip(
    "აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ",
    ["a", "b", "g", "d", "e", "v", "z", "t", "i", "k", "l", "m", "n", "o", "p", "zh", "r", "s",
     "t", "u", "p", "k", "gh", "q", "sh", "ch", "ts", "dz", "ts", "ch", "kh", "j", "h"],
    strict=True))
_OTHER_SCRIPTS.update(zip(
    "աբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցփքօֆ",
    ["a", "b", "g", "d", "e", "z", "e", "e", "t", "zh", "i", "l", "kh", "ts", "k", "h", "dz",
     "gh", "ch", "m", "y", "n", "sh", "o", "ch", "p", "j", "r", "s", "v", "t", "r", "ts", "p",
     "k", "o", "f"], strict=True))
_OTHER_SCRIPTS.update(zip(
    "αβγδεζηθικλμνξοπρσςτυφχψω",
    ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s",
     "s", "t", "i", "f", "h", "ps", "o"], strict=True))
_OTHER_SCRIPTS["ւ"] = "v"  # (և decomposes to եւ: "ev")
_DIGRAPHS = [("ու", "u"), ("ου", "u"), ("αι", "e"), ("ει", "i"), ("οι", "i"),
             ("μπ", "b"), ("ντ", "d"), ("γκ", "g")]

def romanised(text: str) -> str:
    """Georgian and Armenian letters of ``text`` in Latin letters, as names in them are
    romanised ("კობახიძე" -> kobakhidze, "Պուտին" -> putin); other letters as they are."""
    text = text.replace("ու", "u").replace("Ու", "U").replace("ՈՒ", "U").replace("և", "ev")
    return "".join(_OTHER_SCRIPTS.get(ch.lower(), ch)
                   if "\u0531" <= ch <= "\u0587" or "\u10d0" <= ch <= "\u10ff" else ch
                   for ch in text)


_TRANSLITERATED = ("LATIN", "CYRILLIC", "GEORGIAN", "ARMENIAN", "GREEK")
_ROMANISATIONS = [("tsch", "c"), ("sch", "s"), ("sh", "s"), ("ch", "c"), ("zh", "z"),
                  ("kh", "h"), ("ts", "c"), ("x", "h"), ("j", "i"), ("y", "i"), ("q", "g"),
                  ("w", "v"), ("ph", "f")]
# Languages that spell the same sounds their own way, applied before the common rules:
# French "ch" is "sh" and "ou" is "u" (Choïgou, Poutine), Dutch "sj"/"tsj"/"oe" (Sjojgoe,
# Poetin), Polish "sz"/"cz"/"rz" (Szojgu), Hungarian "s"/"sz"/"cs" (Sojgu, Putyin).
_ROMANISATIONS_BY_LANGUAGE = {
    "fr": [("tch", "c"), ("ch", "s"), ("ou", "u"), ("gue", "ge"), ("gui", "gi")],
    "nl": [("tsj", "c"), ("sj", "s"), ("oe", "u")],
    "pl": [("szcz", "sc"), ("sz", "s"), ("cz", "c"), ("rz", "z")],
    "hu": [("cs", "c"), ("sz", "s"), ("zs", "z"), ("ty", "t"), ("gy", "g"), ("ny", "n")],
    "be": [],  # (its Cyrillic: ``_BELARUSIAN``)
}
# Belarusian writes a soft t and d as ц and дз ("Пуцін") and a v after a vowel as ў ("Аліеў")
_BELARUSIAN = [(re.compile("ц(?=[іеёюяь])"), "т"), (re.compile("дз(?=[іеёюяь])"), "д"),
               (re.compile("ў"), "в")]
_SKELETON_ENDINGS = {"a", "e", "i", "u", "o", "ia", "iu", "ie", "ii", "oi", "ei", "om", "em",
                     "im", "ou", "in", "un", "nin", "nun", "da", "de", "dan", "den",
                     "iei", "ov", "ev", "ogo", "ego", "omu", "emu", "ami", "ah",
                     # Kazakh (-тен, -пен, -ге), Georgian (-მა, -ს, -ის, -თან, -ზე, -ში),
                     # Armenian (-ից, -ին)
                     "ten", "pen", "men", "ge", "ke", "ma", "s", "is", "tan", "ze", "si", "ic"}
MIN_SKELETON = 4  # shorter names are matched exactly only


def skeleton(word: str, language: str = "") -> str:
    """A word's Latin skeleton: ``Шойгу``, ``Schoigu``, ``Şoyqu`` and ``Shoigu`` -> ``soigu``;
    in a text in ``language``, that language's own spellings first (French ``Choïgou``)."""
    own = _ROMANISATIONS_BY_LANGUAGE.get(language.split("-")[0].lower(), ()) \
        if script_of(word) == "LATIN" else ()
    word = word.lower().replace("ə", "a").replace("ı", "i").replace("ł", "l").replace("đ", "d")
    if language.split("-")[0].lower() == "be":
        for pattern, sound in _BELARUSIAN:
            word = pattern.sub(sound, word)
    word = "".join(_CYRILLIC.get(ch, ch) for ch in word)
    word = "".join(ch for ch in unicodedata.normalize("NFKD", word)
                   if not unicodedata.combining(ch))
    if not word.isascii():
        for old, new in _DIGRAPHS:
            word = word.replace(old, new)
        word = "".join(_OTHER_SCRIPTS.get(ch, ch) for ch in word)
    for old, new in own:
        word = word.replace(old, new)
    for old, new in _ROMANISATIONS:
        word = word.replace(old, new)
    collapsed = []
    for ch in word:
        if not collapsed or collapsed[-1] != ch:
            collapsed.append(ch)
    return "".join(collapsed)


_LETTERS = re.compile(r"[^\W\d_]+")  # an apostrophe, a digit or a space ends a word


@lru_cache(maxsize=200_000)
def _skeleton_of(word: str, language: str) -> tuple[str, bool]:
    """(skeleton, written in Cyrillic) of one token; "" for another script (names never span
    it). News text repeats its words: each distinct word is worked out once."""
    script = script_of(word) if word[:1].isalpha() else ""
    if script not in _TRANSLITERATED:
        return "", False
    # (an inflected script: a one-word name's stem may take a case ending)
    return skeleton(word, language), script != "LATIN"


def _skeleton_words(text: str, language: str = "") -> list[tuple[str, bool]]:
    """Words of Latin or Cyrillic text as (skeleton, Cyrillic); an apostrophe splits a word,
    so an elided article ("dell'", "l'", "d'") stands apart from the name."""
    own = language.split("-")[0].lower()
    own = own if own in _ROMANISATIONS_BY_LANGUAGE else ""
    return [_skeleton_of(word, own) for word in _LETTERS.findall(text)]


class SkeletonMatcher:
    """Finds names by their skeletons, a name's last word allowing a case ending (after its
    final vowel, if any, is dropped: "rossiia" finds "rossii")."""

    def __init__(self, names: dict[str, Iterable[tuple[str, str]]]):
        """``names``: entity id -> (name, the language it is spelt in) pairs."""
        self._names: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        # one-word names without their final vowel, for the case forms of Cyrillic text only
        # ("России", "Москве"): in Latin text a stem this short would find common words
        self._stems: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        for entity, spellings in names.items():
            for spelling, language in spellings:
                if script_of(spelling) not in ("LATIN", "CYRILLIC"):
                    continue
                words = tuple(w for w, _ in _skeleton_words(spelling, language) if w)
                if words and all(len(w) >= MIN_SKELETON for w in words[-1:]):
                    self._names.setdefault(words[0], []).append((entity, words))
                    stem = words[-1].rstrip("aeiou")
                    if len(words) == 1 and len(stem) >= 3 and stem != words[0]:
                        self._stems.setdefault(stem, []).append((entity, (stem,)))
        for found in self._names.values():
            found.sort(key=lambda item: -len(item[1]))

    def _last_matches(self, expected: str, word: str) -> bool:
        if word == expected:
            return True
        stem = expected.rstrip("aeiou") if len(expected.rstrip("aeiou")) >= MIN_SKELETON \
            else expected
        for base in {expected, stem}:
            if word.startswith(base) and word[len(base):] in _SKELETON_ENDINGS:
                return True
        return False

    def find(self, text: str, language: str = "") -> Counter[str]:
        """How many times each entity is named in ``text``, written in ``language``."""
        counts: Counter[str] = Counter()
        pairs = _skeleton_words(text, language)
        words = [word for word, _ in pairs]
        cyrillic = [flag for _, flag in pairs]
        names, stems = self._names, self._stems
        index = 0
        while index < len(words):
            word = words[index]
            if len(word) < 3:  # another script, or too short to be a name
                index += 1
                continue
            matched = 0
            candidates = names.get(word, ())
            if not candidates and len(word) >= MIN_SKELETON:  # a one-word name with an ending
                for cut in (1, 2, 3):
                    head = word[:-cut]
                    found = names.get(head, ())
                    if cyrillic[index] and head in stems:
                        found = [*found, *stems[head]]
                    for entity, name in found:
                        if len(name) == 1 and self._last_matches(name[0], word):
                            candidates = [(entity, name)]
                            break
                    if candidates:
                        break
            for entity, name in candidates:
                span = words[index:index + len(name)]
                if len(span) == len(name) and tuple(span[:-1]) == name[:-1] and \
                        self._last_matches(name[-1], span[-1]):
                    counts[entity] += 1
                    matched = len(name)
                    break
            index += matched or 1
        return counts


# -- Arabic-script names across spellings ---------------------------------------------------
# Arabic and Persian outlets write one foreign name with or without its long vowels ("علييف",
# "عليف", "علی‌اف", "علیف"; "أوستن", "أوستين", "آستین") and with their own letters for p
# ("بوتين", "پوتین"). A name of two words or more is also found by its consonants: the first
# letter kept, the long vowels after it dropped, Persian letters read as their Arabic
# neighbours, doubled letters single. A one-word name is not: three consonants are too many
# common words ("علف").
_ARABIC_LONG_VOWELS = frozenset("اوي")  # (ی is read as ي first)
_PERSIAN_AS_ARABIC = str.maketrans({"پ": "ب", "چ": "ج", "ژ": "ز", "ک": "ك", "ی": "ي"})
_MIN_ARABIC_SKELETON = 5  # letters, all words of a name together


@lru_cache(maxsize=200_000)
def arabic_skeleton(word: str) -> str:
    """A folded Arabic-script word's consonants: ``علییف`` and ``علیاف`` -> ``علف``."""
    word = word.translate(_PERSIAN_AS_ARABIC)
    kept = word[:1] + "".join(ch for ch in word[1:] if ch not in _ARABIC_LONG_VOWELS)
    collapsed = []
    for ch in kept:
        if not collapsed or collapsed[-1] != ch:
            collapsed.append(ch)
    return "".join(collapsed)


class ArabicSkeletonMatcher:
    """Finds names of two words or more, written in Arabic script, by their consonants."""

    def __init__(self, names: dict[str, Iterable[str]]):
        """``names``: entity id -> every name to look for (those in Arabic script are used)."""
        self._by_first: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        for entity, spellings in names.items():
            for spelling in spellings:
                if script_of(spelling) != "ARABIC":
                    continue
                words = tuple(arabic_skeleton(w) for w in name_words(spelling))
                if len(words) >= 2 and all(len(w) >= 2 for w in words) and \
                        sum(map(len, words)) >= _MIN_ARABIC_SKELETON:
                    self._by_first.setdefault(words[0], []).append((entity, words))
        for found in self._by_first.values():
            found.sort(key=lambda item: -len(item[1]))
        self._firsts: dict[str, list[tuple[str, tuple[str, ...]]]] = {}

    def _starting(self, word: str) -> list[tuple[str, tuple[str, ...]]]:
        """The names a folded word may begin, itself or without its proclitics ("وإلهام")."""
        found = self._firsts.get(word)
        if found is None:
            found = self._by_first.get(arabic_skeleton(word), [])
            if not found:
                for clitic in ARABIC_PROCLITICS:
                    if word.startswith(clitic) and len(word) - len(clitic) >= MIN_NAME:
                        found = self._by_first.get(arabic_skeleton(word[len(clitic):]), [])
                        if found:
                            break
            if len(self._firsts) > 100_000:
                self._firsts.clear()
            self._firsts[word] = found
        return found

    def find(self, text: str) -> Counter[str]:
        counts: Counter[str] = Counter()
        if not self._by_first:
            return counts
        words = name_tokens(text)
        index = 0
        while index < len(words):
            word = words[index]
            matched = 0
            if "\u0600" <= word[:1] <= "\u06ff":
                for entity, name in self._starting(word):
                    following = words[index + 1:index + len(name)]
                    if len(following) == len(name) - 1 and all(
                            arabic_skeleton(w) == n for w, n in zip(following, name[1:],
                                                                     strict=True)):
                        counts[entity] += 1
                        matched = len(name)
                        break
            index += matched or 1
        return counts


# What an outlet's or an agency's name says it is, which reports leave out ("وكالة تاس" is
# cited as "تاس", "Fars News Agency" as "Fars"). Folded.
GENERIC_HEADS = {
    "agency", "news", "newspaper", "magazine", "daily", "press", "wire", "the",
    "وكالة", "انباء", "الانباء", "صحيفة", "جريدة", "مجلة", "قناة", "خبرگزاری", "روزنامه", "مجله",
    "شبکه", "агентство", "информационное", "газета", "журнал", "ajansi", "haber", "gazetesi",
    "dergisi", "agentliyi", "informasiya", "qezeti", "nachrichtenagentur", "zeitung", "agence",
    "journal", "quotidien", "agenzia", "corp", "inc", "ltd", "group",
}
GENERIC_HEADS = {t for word in GENERIC_HEADS for t in tokens(word)}


def short_form(name: str) -> str | None:
    """An organisation's name without the words that only say what it is ("Fars News
    Agency" -> "Fars"), when what is left is a name of its own: at least three letters, and not
    itself such a word ("مجلة المجلة" has none)."""
    words = name.split()
    folded = [tokens(w) for w in words]
    keep = [w for w, f in zip(words, folded, strict=True) if not f or f[0] not in GENERIC_HEADS]
    if len(keep) == len(words) or not keep:
        return None
    short = " ".join(keep)
    rest = [arabic_stem(w) or w if w.startswith("ال") else w for w in tokens(short)]
    if sum(len(w) for w in rest) < 3 or any(w in GENERIC_HEADS for w in rest):
        return None
    return short


_HAS_ARABIC = re.compile(r"[\u0600-\u06ff]")


class Registry:
    """The name authority's matchers, one per article language (built when first needed)."""

    def __init__(self, entities: dict):
        """``entities``: id -> Entity."""
        self.entities = entities
        # the display name is looked for with the English names
        self._names = {entity_id: {**entity.names,
                                   "en": [entity.name, *entity.names.get("en", [])]}
                       for entity_id, entity in entities.items()}
        for entity_id, entity in entities.items():
            if getattr(entity.kind, "value", entity.kind) == "organisation":
                names = self._names[entity_id]
                for language, spellings in names.items():
                    names[language] = [*spellings, *(short for name in spellings
                                                     if (short := short_form(name)))]
        self._matchers: dict[str, NameMatcher] = {}
        self._skeletons: SkeletonMatcher | None = None
        self._arabic: ArabicSkeletonMatcher | None = None

    def matcher(self, language: str) -> NameMatcher:
        key = language.lower()
        if key not in self._matchers:
            self._matchers[key] = NameMatcher({
                entity_id: names_for_language(names, language)
                for entity_id, names in self._names.items()})
        return self._matchers[key]

    def mentions(self, text: str, language: str) -> list[str]:
        """Entity ids mentioned in ``text`` (an article in ``language``), first mention first:
        the names listed for it, then the skeletons of every Latin or Cyrillic name."""
        found = list(self.matcher(language).find(text))
        if self._skeletons is None:
            self._skeletons = SkeletonMatcher({
                entity_id: [(n, lang) for lang, spellings in names.items() for n in spellings]
                for entity_id, names in self._names.items() if not self._unsafe(entity_id)})
        for entity in self._skeletons.find(text, language):
            if entity not in found:
                found.append(entity)
        if language_script(language) == "ARABIC" or _HAS_ARABIC.search(text):
            if self._arabic is None:
                self._arabic = ArabicSkeletonMatcher({
                    entity_id: [n for spellings in names.values() for n in spellings]
                    for entity_id, names in self._names.items()})
            for entity in self._arabic.find(text):
                if entity not in found:
                    found.append(entity)
        return found

    def _unsafe(self, entity_id: str) -> bool:
        """An entity with an empty names list for a language in Latin or Cyrillic script ("not
        safe here") is left to the exact pass: its names are common words in that script.
        (An empty Persian list, دوشنبه also being "Monday", says nothing of Latin text.)"""
        return any(not spellings and language_script(language) in ("LATIN", "CYRILLIC")
                   for language, spellings in self._names[entity_id].items())
