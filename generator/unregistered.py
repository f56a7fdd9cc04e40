"""Names the name authority lacks: people an article names who are in no entity file.

They are evidence in two places: ``suggest`` weighs a report that names someone else as
possibly another meeting (Putin with Rahmon, not Aliyev, in the same city on the same day),
and ``check`` proposes a name that recurs across articles as a new entity.

Latin and Cyrillic text marks names with capitals; Arabic and Persian do not, and there a name
is what a title introduces. A person is keyed by the consonants of their last name, which
survive a change of script (Rahmon, رحمن, رحمان).
"""

from __future__ import annotations

import re

from .entities import language_script, script_of, skeleton
from .text.fold import tokens

TEXT_READ = 6000  # characters of an article read for names

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
# Capitalised words that start no person's name: titles, days, months, common heads of
# organisations and places (in the languages the archive holds most).
_NOT_NAMES = {
    "president", "prime", "minister", "foreign", "defence", "defense", "secretary", "prince",
    "king", "general", "tajik", "russian", "american", "iranian", "azerbaijani", "turkish",
    "the", "of", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "united", "states", "national", "security", "council",
    "ministry", "republic", "federation", "state", "news", "agency", "white", "house",
    "президент", "министр", "глава", "госсекретарь", "республики", "федерации",
    "prezident", "prezidenti", "cumhurbaşkanı", "başkanı", "bakanı", "naziri", "devlet",
    "dışişleri", "savunma", "başbakan", "başbakanı", "bakan", "başkan", "xarici", "işlər",
    "counterpart", "mevkidaşı", "həmkarı",
    # Kazakh, Kyrgyz, Tajik and Uzbek write the office capitalised after the country
    # ("Қазақстан Президенті Қасым-Жомарт Тоқаев", "O'zbekiston Prezidenti")
    "президенті", "президенти", "премьер-министрі", "министрі", "әріптесі", "әріптесімен",
    "vaziri", "hamkasbi",
}
# Words after which a single capitalised word is a person's last name ("Foreign Minister
# Lavrov", "министр Лавров", "Bakan Fidan'ın"): a name alone is too often a place or a word.
_LATIN_TITLES = {
    "president", "minister", "chancellor", "secretary", "premier", "ambassador", "senator",
    "spokesman", "spokeswoman", "mr", "mrs", "ms", "dr", "präsident", "kanzler",
    "außenminister", "président", "ministre", "presidente", "ministro", "canciller",
    "президент", "министр", "глава", "премьер", "канцлер", "госсекретарь", "посол",
    "пресс-секретарь", "господин", "г-н", "cumhurbaşkanı", "başkanı", "bakanı", "bakan",
    "başbakan", "sözcüsü", "büyükelçisi", "prezident", "prezidenti", "naziri", "nazir",
    "başçısı", "səfiri", "başbakanı",
    # "his Kazakh counterpart Tokayev", "Ermeni mevkidaşı Paşinyan", "коллегой Токаевым"
    "counterpart", "mevkidaşı", "həmkarı", "коллега", "коллегой", "коллеги", "коллегу",
    "homologue", "homólogo", "omologo", "amtskollege", "amtskollegen", "kollege", "kollegen",
    "президенті", "президенти", "премьер-министрі", "министрі", "әріптесі", "әріптесімен",
    "vaziri", "hamkasbi",
}


# Arabic and Persian have no capitals: a person the authority lacks is found after a title and
# its descriptor ("الرئيس الطاجيكي إمام علي رحمن", "رئیس‌جمهور تاجیکستان امامعلی رحمان").
_TITLES = {
    "رئيس", "الرئيس", "رئيسة", "وزير", "وزيرة", "نظيره", "نظيرته", "الملك", "الأمير", "الشيخ",
    "السيد", "المستشار", "رئیس", "رئیسجمهور", "نخستوزیر", "وزیر", "همتای", "آقای", "پادشاه",
    "شاهزاده", "صدراعظم",
}
# Words that end a name, or stand between a title and a name without being one.
_ARABIC_SCRIPT_STOPS = {
    "في", "من", "إلى", "الى", "عن",  # not على: folded, it is the name علي "مع", "أن", "إن", "ان", "لا", "ما", "قد", "كان",
    "هذا", "هذه", "التي", "الذي", "ثم", "بعد", "قبل", "خلال", "حول", "عبر", "لدى", "منذ", "بين",
    "حيث", "كما", "أيضا", "يوم", "الوزراء", "الجمهورية", "الخارجية", "الدفاع", "الحكومة",
    "وزراء", "جمهورية", "در", "با", "به", "از", "که", "را", "این", "آن", "برای", "تا", "هم",
    "نیز", "بر", "طی", "درباره", "روز", "است", "بود", "شد", "کرد", "امور", "خارجه", "دفاع",
    "جمهور", "جمهوری", "کشور", "دولت", "وزیران",
    # a conjunction, and the words of an occasion a title's clause runs on into ("رئیس جمهوری
    # آذربایجان دیدار و گفت‌وگو کرد", "الرئيس الأذربيجاني لقاء ومحادثات")
    "و", "یا", "او", "دیدار", "گفت‌وگو", "گفتگو", "ملاقات", "مذاکره", "مذاکرات", "سفر", "نشست",
    "تماس", "تلفنی", "گفت", "کردند", "اعلام", "پیام", "کشورمان", "خود", "همچنین", "لقاء",
    "محادثات", "اتصال", "اتصالا", "زيارة", "اجتماع", "قمة", "بحث", "أعلن", "قال", "رسالة",
}
# First halves of compound Arabic names, whose second half takes the article (عبد الله).
_COMPOUND_HEADS = {"عبد", "أبو", "ابو", "نور", "سيف", "صلاح", "شمس", "بدر", "عز", "علاء",
                   "جمال", "محيي", "تقي", "زين", "سعد", "فخر", "عماد"}
_FOLDED_COMPOUND_HEADS = {t for head in _COMPOUND_HEADS for t in tokens(head)}
_FOLDED_TITLES = {t for title in _TITLES for t in tokens(title)}
_FOLDED_STOPS = {t for stop in _ARABIC_SCRIPT_STOPS for t in tokens(stop)}


def _name_run(words: list[str]) -> list[str]:
    """The leading words of ``words`` that may be a name: up to four, to a function word."""
    name: list[str] = []
    for word in words:
        if word in _FOLDED_STOPS or word in _FOLDED_TITLES or \
                not re.fullmatch(r"[\u0600-\u06ff]+", word):
            break
        if name and word.startswith("ال") and name[-1] not in _FOLDED_COMPOUND_HEADS:
            break  # a noun with its article ends the name ("عبد العزيز" does not)
        name.append(word)
        if len(name) == 4:
            break
    return name


def _arabic_script_names(text: str, *, persian: bool,
                         common: frozenset[str] = frozenset()) -> list[list[str]]:
    """Names that a title introduces in Arabic or Persian text: after the title and its
    descriptor ("الرئيس الطاجيكي إمام علي رحمن"), or, in Persian, before the title in
    apposition ("امامعلی رحمان، رئیس‌جمهور تاجیکستان"). Two words at least; a run whose last
    words are among the language's ``common`` words (a verb, a noun) loses them, since a last
    name is rarely one (first names are: محمد, علي stay)."""
    found = []
    clauses = [tokens(c) for c in re.split(r"[.،,؛;:!?؟\n()«»\"]", text)]
    for number, words in enumerate(clauses):
        for index, word in enumerate(words):
            if word not in _FOLDED_TITLES:
                continue
            rest = words[index + 1:]
            skipped = 0  # the descriptor: a nationality ("الطاجيكي"), "الخارجية"
            while rest and skipped < 2 and (rest[0].startswith("ال") or rest[0] in _FOLDED_STOPS):
                rest, skipped = rest[1:], skipped + 1
            found.append(_name_run(rest))
            if persian:
                before = words[:index] if index else (clauses[number - 1] if number else [])
                found.append(_name_run(before[::-1][:3])[::-1])
    trimmed = []
    for name in found:
        while name and name[-1] in common:
            name = name[:-1]
        trimmed.append(name)
    return [name for name in trimmed if len(name) >= 2]


# Georgian has no capitals either: a name is the two words after an office ("საქართველოს
# პრემიერ-მინისტრი ირაკლი კობახიძე", "პრეზიდენტმა …"), given as the beginnings of its forms.
_GEORGIAN_TITLES = ("პრეზიდენტ", "პრემიერ-მინისტრ", "პრემიერ", "მინისტრ", "თავმჯდომარე",
                    "კანცლერ", "ელჩ", "კოლეგ", "ბატონ", "სპიკერ", "მეფე", "მდივან")
_GEORGIAN_STOPS = {"და", "თუ", "რომ", "ან", "არის", "იყო", "ასევე", "კი", "ხოლო", "მაგრამ"}
_GEORGIAN_WORD = re.compile(r"[\u10d0-\u10ff]+(?:-[\u10d0-\u10ff]+)?")


def _georgian_names(text: str) -> list[list[str]]:
    """Names in Georgian text: the two words after an office, within a clause."""
    found = []
    for clause in re.split(r"[.,;:!?()«»„“\"\n]", text):
        words = _GEORGIAN_WORD.findall(clause)
        for index, word in enumerate(words):
            if not word.startswith(_GEORGIAN_TITLES):
                continue
            name = words[index + 1:index + 3]
            if len(name) == 2 and not any(w in _GEORGIAN_STOPS or w.startswith(_GEORGIAN_TITLES)
                                          for w in name):
                found.append(name)
    return found


# An unknown person is keyed by the consonants of their last name, in classes that survive
# a change of script and of romanisation (Rahmon, رحمن and رحمان are one key: "rhmn"):
# Arabic script writes no short vowels, so neither side keeps any vowel.
_CONSONANT_CLASSES = str.maketrans({
    "p": "b", "v": "f", "z": "s", "c": "s", "d": "t", "g": "k", "q": "k", "w": None,
    "a": None, "e": None, "i": None, "o": None, "u": None, "y": None,
})
_ARABIC_CONSONANTS = {
    "ب": "b", "پ": "b", "ت": "t", "ث": "s", "ج": "k", "چ": "s", "ح": "h", "خ": "h", "د": "t",
    "ذ": "s", "ر": "r", "ز": "s", "ژ": "s", "س": "s", "ش": "s", "ص": "s", "ض": "t", "ط": "t",
    "ظ": "s", "غ": "k", "ف": "f", "ق": "k", "ك": "k", "ک": "k", "گ": "k", "ل": "l", "م": "m",
    "ن": "n", "ه": "h",
}


# Case endings a name takes in running text, with a consonant the key would keep: Azerbaijani
# and Turkish written without an apostrophe ("Ərdoğanla" with, "Ərdoğandan" from) and the Slavic
# instrumental ("с Эрдоганом", "Зеленским"). Vowel endings need no rule: keys keep no vowel.
_CASE_ENDINGS = {
    "az": re.compile(r"(?:y?l[aə]|d[aə]n|t[aə]n)$"), "tr": re.compile(r"(?:y?l[ae]|d[ae]n|t[ae]n)$"),
}
# Georgian: genitive, instrumental, adverbial, "with", "on", ergative, dative
_CASE_ENDINGS["ka"] = re.compile(r"(?:ის|ით|ად|თან|ზე|მა|მ|ს)$")
_SLAVIC_ENDING = re.compile(r"(?:ом|ым|ем|ём|(?<=[сц]к)им)$")
for _language in ("ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "tg"):
    _CASE_ENDINGS[_language] = _SLAVIC_ENDING


def _without_case_ending(word: str, language: str | None) -> str:
    ending = _CASE_ENDINGS.get((language or "").split("-")[0].lower())
    match = ending.search(word) if ending else None
    if match and match.start() >= 4:
        return word[: match.start()]
    return word


def last_name(name: str, language: str | None) -> str:
    """The last word of a name, without the case ending ``language`` puts on it ("Эмомали
    Рахмоном" → Рахмон)."""
    return _without_case_ending(name.split()[-1], language)


def person_key(last_name: str, language: str | None = None) -> str:
    """The key of a person the authority lacks, from their last name in any script (without
    the case ending ``language`` puts on it)."""
    last_name = _without_case_ending(last_name, language)
    if script_of(last_name) == "ARABIC":
        consonants = "".join(_ARABIC_CONSONANTS.get(ch, "") for ch in last_name)
    else:
        # a "c" before a back vowel or a consonant is a "k" (Macron, ماكرون)
        hard = re.sub(r"c(?![hiezy])", "k", last_name.lower())
        consonants = skeleton(hard).translate(_CONSONANT_CLASSES)
    return "?" + "".join(ch for i, ch in enumerate(consonants)
                         if not i or consonants[i - 1] != ch)


def word_keys(title: str, language: str) -> list[str]:
    """The keys of the words of a headline that may be a last name alone ("talks with
    Rahmon"): capitalised ones, or every word in a script without capitals."""
    caseless = language_script(language) in ("ARABIC", "GEORGIAN")
    return [person_key(word, language) for word in re.findall(r"[^\W\d_]+", title)
            if caseless or word[:1].isupper()]


def unknown_names(text: str, language: str, registry, known_words: set[str] = frozenset()
                  ) -> list[tuple[str, str]]:
    """Person-like names in ``text`` that the name authority (``registry``) does not hold, as
    (key, name as written), first mention first: two to five capitalised words inside a
    sentence in Latin or Cyrillic script ("Emomali Rahmon"), a name a title introduces in
    Arabic or Persian. Keys start with "?" (``person_key``) so they never collide with an
    entity id. ``known_words``: skeletons of the words of registered names."""
    text = text[:TEXT_READ]
    found: list[list[str]] = []
    for words in _capitalised_names(text):
        if len(words) >= 3 and registry.mentions(words[0], language) and not \
                registry.mentions(" ".join(words[1:]), language):
            # a country the authority holds, in a case before the name ("президентом
            # Таджикистана Эмомали Рахмоном"): the name is what follows
            words = words[1:]
        if registry.mentions(" ".join(words), language) or any(
                skeleton(w, language) in known_words for w in words):
            # a name the authority holds (in a spelling it knows), or one run with it and
            # with places ("Қасым-Жомарт Тоқаев Душанбеде Әзербайжан"): what stands apart
            found += _unregistered_parts(words, language, registry, known_words)
            continue
        found.append(words)
    if language_script(language) == "GEORGIAN":
        for words in _georgian_names(text):
            if not registry.mentions(" ".join(words), language) and not any(
                    skeleton(w, language) in known_words for w in words):
                found.append(words)
    if language_script(language) == "ARABIC":
        persian = language.split("-")[0].lower() == "fa"
        from .text.stopwords import stopwords

        for words in _arabic_script_names(text, persian=persian, common=stopwords(language)):
            if registry.mentions(" ".join(words), language):
                continue  # a registered name: a descriptor may run into it
            # a place the authority holds ends the title's descriptor ("رئیس جمهوری آذربایجان")
            found += _unregistered_parts(words, language, registry, known_words)
    keys: dict[str, str] = {}
    for words in found:
        key = person_key(words[-1], language)
        if len(key) >= 4:  # three consonants at least
            keys.setdefault(key, " ".join(words))
    return list(keys.items())


def _unregistered_parts(words: list[str], language: str, registry, known_words: set[str]
                        ) -> list[list[str]]:
    """The runs of two words or more of ``words`` that hold no word the authority knows."""
    parts: list[list[str]] = [[]]
    for word in words:
        if skeleton(word, language) in known_words or registry.mentions(word, language):
            parts.append([])
        else:
            parts[-1].append(word)
    return [part for part in parts if len(part) >= 2]


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and any(ch.islower() for ch in word[1:])


def _bare(word: str) -> str:
    """A word without a suffix its language joins with an apostrophe (Fidan'ın → Fidan)."""
    return re.split(r"['’]", word, maxsplit=1)[0]


_COUNTRY_GENITIVES = ("ии", "ії", "стана", "джана", "ины", "уси", "рана", "тая")


def _capitalised_names(text: str) -> list[list[str]]:
    """Person-like names in text written with capitals (Latin, Cyrillic, Greek …): runs of
    capitalised words inside a sentence, split at titles and other words that start no name
    ("Tajik President Emomali Rahmon" → Emomali Rahmon); two to five words, or one after a
    title ("Foreign Minister Lavrov", "министр Лавров"). A run that opens a sentence loses
    its first word, which is capitalised anyway."""
    runs: list[tuple[int, list[str], str]] = []  # (start, words, the word before the run)
    previous_end, previous_word = -2, ""
    for match in _WORD.finditer(text):
        word = match.group(0)
        joined = text[previous_end:match.start()] == " "
        if _capitalised(word):
            if runs and joined and runs[-1][0] >= 0 and previous_word == runs[-1][1][-1]:
                runs[-1][1].append(word)
            else:
                before = previous_word if joined else ""
                runs.append((match.start(), [word], before))
        previous_end, previous_word = match.end(), word
    names = []
    for start, words, before in runs:
        opening = text[:start].rstrip()
        if not opening or opening[-1] in ".!?:;\"«“\n":
            words = words[1:]
            before = ""
        segment: list[str] = []
        titled = before.lower() in _LATIN_TITLES
        for word in [*words, ""]:
            lowered = word.lower()
            if word and lowered not in _NOT_NAMES and lowered not in _LATIN_TITLES:
                segment.append(_bare(word))
                continue
            if len(segment) >= 3 and segment[0].lower().endswith(_COUNTRY_GENITIVES):
                # a country in the genitive before the name ("президент Турции Реджеп Тайип
                # Эрдоган", "Франції", "Казахстана", "Украины"): no first name ends so
                segment = segment[1:]
            if 2 <= len(segment) <= 5 or (len(segment) == 1 and titled):
                names.append(segment)
            segment = []
            titled = lowered in _LATIN_TITLES
    return names


def known_name_words(entities) -> set[str]:
    """Skeletons of every word of the registered names of ``entities`` (id -> entry)."""
    return {skeleton(word) for entity in entities.values()
            for name in [entity.meta.name, *(n for ns in entity.meta.names.values() for n in ns)]
            for word in name.split()}


def preferred_spelling(spellings: list[tuple[str, str]], *, person: bool = False) -> str:
    """Of one name's spellings (each with its report's language), the one to show: an English
    report's, else one in Latin script, else the first; a name in capitals gets capitals only
    at the start of each word. ``person``: a person's name, without the instrumental case the
    Slavic languages put on it ("с Эмомали Рахмоном" → Эмомали Рахмон; Turkic endings are
    left alone: "Abdulla" is a name)."""
    english = [pair for pair in spellings if pair[1].startswith("en")]
    latin = [pair for pair in spellings if script_of(pair[0]) == "LATIN"]
    chosen, language = (english or latin or [spellings[0]])[0]
    if chosen.isupper():
        chosen = " ".join(word.capitalize() for word in chosen.split())
    if person and _CASE_ENDINGS.get(language.split("-")[0].lower()) is _SLAVIC_ENDING:
        chosen = " ".join(_without_case_ending(word, language) for word in chosen.split())
    return chosen
