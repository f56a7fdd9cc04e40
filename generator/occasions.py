"""What kind of occasion a report or an event is: a meeting, a summit, a phone call, a message or
letter, a publication of documents, a book, an interview; and whether a report announces what is
still to come.

Two reports can name the same two people on the same days and report different occasions (a
phone call three days after a meeting). The words that say which occasion a report is about
stand in its headline and its first paragraph, in its own language; they are listed here by
language as the beginnings of words (folded as search folds them: case, diacritics and letter
variants ignored), so that inflected forms match ("телефонн" finds "телефонный разговор").
A curator extends them in ``content/occasions.yml``::

    call:
      de: [anruf]
    meeting:
      az: [görüşüb]

A report's occasion is the kind its headline names, else the one its first paragraph names
most; on a tie, the rarer kind (a call's report names the meeting it follows up).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import cache, lru_cache
from pathlib import Path

from .frontmatter import FrontMatterError, read_document
from .text import body as body_format
from .text.fold import fold

MEETING, CALL, PUBLICATION, BOOK, INTERVIEW = "meeting", "call", "publication", "book", "interview"
MESSAGE, SUMMIT = "message", "summit"
PRECEDENCE = (BOOK, PUBLICATION, INTERVIEW, CALL, MESSAGE, MEETING, SUMMIT)
NAMES = {MEETING: "a meeting", CALL: "a phone call", PUBLICATION: "a publication of documents",
         BOOK: "a book", INTERVIEW: "an interview", MESSAGE: "a message or letter",
         SUMMIT: "a summit"}
ONE_MOMENT = (CALL, MESSAGE)
"""Occasions of one moment, reported the same day or the next (a meeting may last days)."""
ONE_DAY = (CALL, MESSAGE, INTERVIEW)
"""Occasions of which two of a kind whose first reports are days apart are two (two calls,
two interviews of the same leader)."""


def differ(report: str | None, event: str | None) -> bool:
    """Whether a report of occasion ``report`` tells another occasion than ``event``'s: a
    meeting is part of a summit (its sidelines), a summit is not one meeting."""
    if report is None or event is None or report == event:
        return False
    return not (report == MEETING and event == SUMMIT)

WORDS: dict[str, dict[str, list[str]]] = {
    CALL: {
        "en": ["phone", "telephone", "phoned", "call ", "calls "],
        "ru": ["телефон", "созвон"], "uk": ["телефон"], "bg": ["телефон"],
        "sr": ["телефон", "telefon"], "hr": ["telefon"], "bs": ["telefon"], "cs": ["telefon"],
        "sk": ["telefon"], "ro": ["telefon"], "hu": ["telefon"], "kk": ["телефон"],
        "uz": ["telefon"], "tg": ["телефон"], "hy": ["հեռախոս"], "ka": ["სატელეფონო", "ტელეფონ"],
        "az": ["telefon", "zəng"], "tr": ["telefon"], "ar": ["هاتف", "اتصالا هاتفي", "اتصال هاتفي"],
        "fa": ["تلفن"], "de": ["telefon"], "fr": ["telephon"], "es": ["telefon"],
        "it": ["telefon"], "pt": ["telefon"], "pl": ["telefon"], "nl": ["telefon", "gebeld", "belde "],
    },
    MESSAGE: {
        # a letter, a telegram, condolences sent (the Telegram app is not a telegram: no bare
        # "telegram" where the app's name is spelt so)
        "en": ["message", "letter", "condolence"],
        "ru": ["телеграмм", "послани", "письм", "соболезнован"],
        "uk": ["телеграм", "послання", "співчуття"], "bg": ["послание", "писмо", "съболезнов"],
        "sr": ["порук", "писм", "саучешћ", "poruk", "pism", "saucesc"],
        "hr": ["poruk", "pism", "sucut"], "bs": ["poruk", "pism", "saucesc"],
        "az": ["məktub", "başsağlığı", "teleqram", "müraciət"],
        "tr": ["mesaj", "mektup", "taziye", "başsağlığı", "telgraf"],
        "ar": ["رسالة", "برقية", "تعزية", "تعازي"], "fa": ["پیام", "نامه", "تسلیت"],
        "de": ["kondolenz", "beileid", "telegramm", "brief an", "schreiben an", "botschaft an"],
        "fr": ["message", "lettre", "condoleances", "telegramme"],
        "es": ["mensaje", "carta", "condolencias", "telegrama"],
        "it": ["messaggio", "lettera", "condoglianze", "telegramma"],
        "pt": ["mensagem", "carta", "condolencias", "telegrama"],
        "pl": ["list ", "depesz", "kondolencj"], "nl": ["bericht", "brief", "condoleance"],
    },
    MEETING: {
        "en": ["meet", "met ", "talks", "visit", "hosted", "host ", "welcomed",
               "sidelines", "margins of", "receives", "received "],
        "ru": ["встрет", "встреч", "переговор", "визит", "принял", "прибыл", "на полях",
               "в кулуарах"],
        "uk": ["зустр", "переговор", "візит"], "bg": ["среща", "срещна", "разговаряха в", "в кулоарите"],
        "sr": ["састан", "састао", "састали", "посет", "sastan", "sastao", "sastali",
               "poset", "на маргинама", "na marginama"],
        "hr": ["sastan", "sastao", "sastali", "posjet"],
        "bs": ["sastan", "sastao", "sastali", "posjet"],
        "cs": ["setkal", "setkani", "schuzk", "navstev", "jednani"],
        "sk": ["stretol", "stretli", "stretnut", "navstev", "rokovani"],
        "ro": ["intalni", "vizit", "convorbiri"],
        "hu": ["talalkoz", "latogat", "targyal"],
        "kk": ["кездес", "сапар", "келіссөз"], "uz": ["uchrash", "tashrif", "muzokara"],
        "tg": ["мулоқот", "вохӯр", "сафар", "гуфтугӯ"], "hy": ["հանդիպ", "այց"],
        "ka": ["შეხვედრ", "ვიზიტ"],
        "az": ["görüşüb", "görüşdə", "görüşəcək", "səfər", "qəbul edib", "iclas", "kənarında"],
        "tr": ["bir araya", "ziyaret", "kabul etti", "toplantı", "marjında", "kenarında"],
        "ar": ["التقى", "يلتقي", "لقاء", "لقائه", "زيارة", "يستقبل", "استقبل", "اجتماع",
               "على هامش"],
        "fa": ["دیدار", "نشست", "سفر", "ملاقات", "در حاشیه"],
        "de": ["treffen", "trafen", "traf ", "besuch", "empfing", "empfängt", "am rande"],
        "fr": ["rencontr", "visite", "recu ", "reçu ", "en marge"],
        "es": ["reunio", "reunió", "se reun", "visita", "al margen"],
        "it": ["incontr", "visita", "a margine"], "pt": ["encontr", "reuni", "visita"],
        "pl": ["spotka", "wizyt"], "nl": ["ontmoet", "top ", "bezoek"],
    },
    SUMMIT: {
        # a gathering of many heads of state; a report of two of them meeting "on its
        # sidelines" names a meeting as well (and a meeting goes first on a tie)
        "en": ["summit"], "ru": ["саммит", "совета глав", "совет глав"], "uk": ["саміт"],
        "bg": ["среща на върха", "срещата на върха"], "sr": ["самит", "samit"],
        "hr": ["summit", "samit"], "bs": ["samit"], "cs": ["summit"], "sk": ["summit"],
        "ro": ["summit"], "hu": ["csucs"], "kk": ["саммит"], "uz": ["sammit"], "tg": ["саммит"],
        "hy": ["գագաթ"], "ka": ["სამიტ"], "az": ["sammit"], "tr": ["zirve"], "ar": ["قمة"],
        "fa": ["نشست سران", "اجلاس"], "de": ["gipfel"], "fr": ["sommet"], "es": ["cumbre"],
        "it": ["vertice"], "pt": ["cupula"], "pl": ["szczyt"], "nl": ["top "],
    },
    PUBLICATION: {
        "en": ["declassified", "transcript", "records of", "documents", "archive", "released"],
        "ru": ["рассекреч", "опубликова", "документ", "архив", "записи бесед"],
        "uk": ["розсекреч", "оприлюдн", "документ"], "bg": ["документ", "разсекрет"],
        "sr": ["документ", "dokument"], "hr": ["dokument"], "bs": ["dokument"], "az": ["sənəd", "açıqlan", "dərc ed", "arxiv"],
        "tr": ["belge", "ortaya çıktı", "arşiv"], "ar": ["وثائق", "أرشيف", "الوثائق"],
        "fa": ["اسناد", "سند"], "de": ["protokoll", "dokument", "archiv", "geheime"],
        "fr": ["archives", "documents", "comptes rendus"], "es": ["documentos", "desclasific", "archivo"],
        "it": ["documenti", "archivio", "desecret"], "pl": ["zapisy", "odtajni", "archiwum"],
    },
    BOOK: {
        "en": ["book", "memoir", "biography"], "ru": ["книг", "мемуар"], "uk": ["книг"],
        "bg": ["книга"], "sr": ["књиг", "knjig"], "hr": ["knjig"], "bs": ["knjig"], "az": ["kitab"], "tr": ["kitap", "anı"],
        "ar": ["كتاب"], "fa": ["کتاب"], "de": ["buch", "memoiren", "biografie"],
        "fr": ["livre", "memoires", "biographie"], "es": ["libro", "memorias"],
        "it": ["libro", "memorie"], "pt": ["livro"], "pl": ["książk", "ksiazk"], "nl": ["boek"],
    },
    INTERVIEW: {
        "en": ["interview"], "ru": ["интервью"], "uk": ["інтерв"], "bg": ["интервю"],
        "sr": ["интервју", "intervju"], "hr": ["intervju"], "bs": ["intervju"],
        "az": ["müsahibə"], "tr": ["röportaj", "mülakat"], "ar": ["مقابلة"], "fa": ["مصاحبه"],
        "de": ["interview"], "es": ["entrevista"], "it": ["intervista"], "pt": ["entrevista"],
        "pl": ["wywiad"],
    },
}

# What announces an occasion still to come ("will meet", "встретятся", "görüşəcək").
ANNOUNCING: dict[str, list[str]] = {
    "en": [r"\bwill (?:meet|hold|visit|talk|speak|sign|discuss)", r"\bto meet\b",
           r"\bexpected to\b", r"\bahead of\b", r"\bdue to (?:meet|visit|hold)", r"\btomorrow\b",
           r"\b(?:could|may|might) meet\b", r"\bto (?:discuss|hold talks)\b", r"\bset to\b",
           r"\bwhen they meet\b"],
    "ru": [r"встретятся", r"проведут", r"состоится", r"предстоящ", r"планиру", r"ожидается",
           r"\bзавтра\b", r"могут встретиться", r"может встретиться", r"не исключ", r"обсудят"],
    "uk": [r"зустрінуться", r"проведуть", r"відбудеться", r"\bзавтра\b"],
    "bg": [r"ще се срещнат", r"ще проведат", r"\bутре\b"], "sr": [r"састаће", r"\bсутра\b", r"sastaće", r"\bsutra\b"],
    "hr": [r"sastat će", r"\bsutra\b"],
    "az": [r"görüşəcək", r"keçiriləcək", r"baş tutacaq", r"olacaq", r"\bsabah\b"],
    "tr": [r"görüşecek", r"bir araya gelecek", r"yapılacak", r"düzenlenecek", r"\byarın\b",
           r"görüşmesi bekleniyor", r"görüşebilir"],
    "ar": [r"سيلتقي", r"سيعقد", r"سيجري", r"سيزور", r"\bغدا\b", r"قد يلتقي", r"من المتوقع"],
    "fa": [r"خواهند", r"خواهد", r"\bفردا\b", r"قرار است"],
    "de": [r"werden sich", r"wird sich", r"sollen sich", r"\bmorgen\b", r"könnten sich",
           r"wollen sich"],
    "fr": [r"rencontrera", r"se rencontreront", r"doivent se rencontrer", r"\bdemain\b"],
    "es": [r"se reunir[áa]n?\b", r"\bmañana\b"],
    "it": [r"incontrer[àa]", r"incontreranno", r"\bdomani\b", r"si vedranno"],
    "pt": [r"se reunir[áã]o?\b", r"vão se reunir", r"\bamanhã\b"],
    "pl": [r"spotkają się", r"spotka się", r"\bjutro\b"],
}


def load_words(content: Path | None) -> dict[str, dict[str, list[str]]]:
    """The occasion words, with a curator's additions from ``content/occasions.yml`` (a
    file that cannot be read adds nothing; ``check`` reports it)."""
    words = {kind: {lang: list(items) for lang, items in langs.items()}
             for kind, langs in WORDS.items()}
    path = content / "occasions.yml" if content is not None else None
    if path is None or not path.is_file():
        return words
    try:
        extra = read_document(path).meta
    except (FrontMatterError, OSError, UnicodeDecodeError):
        return words
    for kind, languages in (extra or {}).items():
        if kind not in words or not isinstance(languages, dict):
            continue
        for language, items in languages.items():
            if isinstance(items, list):
                words[kind].setdefault(str(language), []).extend(str(i) for i in items if i)
    return words


def problems(content: Path) -> list[tuple[str, str | None]]:
    """What is wrong with ``content/occasions.yml``: (message, field)."""
    path = content / "occasions.yml"
    if not path.is_file():
        return []
    try:
        extra = read_document(path).meta
    except FrontMatterError as exc:
        return [(f"cannot be read ({exc}); fix the YAML", None)]
    found = []
    for kind, languages in (extra or {}).items():
        if kind not in WORDS:
            found.append((f"'{kind}' is not an occasion; use one of {', '.join(WORDS)}", kind))
        elif not isinstance(languages, dict) or not all(
                isinstance(items, list) for items in languages.values()):
            found.append((f"'{kind}' must map language tags to lists of words, such as "
                          f"{kind}: {{de: [anruf]}}", kind))
    return found


_ELIDING = {"fr", "it", "ca"}  # languages whose articles join the next word with an apostrophe


def _count(text: str, language: str, words: dict[str, dict[str, list[str]]]) -> Counter[str]:
    primary = language.split("-")[0]
    if primary in _ELIDING:  # "un'intervista", "l'entretien": the word starts after it
        text = re.sub(r"(?<=[^\W\d_])['’](?=[^\W\d_])", " ", text)
    folded = " " + " ".join(fold(text).split()) + " "
    known = any(primary in languages for languages in words.values())
    found: Counter[str] = Counter()
    for kind, languages in words.items():
        # a language's own words; English ones only for English or a language not listed
        # (Dutch "met" is "with")
        for stem in languages.get(primary if known else "en", []):
            key = _key(stem)
            if key.strip() and (" " + key) in folded:
                found[kind] += 1
    return found


@lru_cache(maxsize=4096)
def _key(stem: str) -> str:
    """A word's beginning as it is looked for in folded text (a trailing space kept: the
    word ends there)."""
    return fold(stem).rstrip() + (" " if stem.endswith(" ") else "")


def occasion(title: str, lead: str, language: str,
             words: dict[str, dict[str, list[str]]] | None = None) -> str | None:
    """The occasion a report is about: named in its headline, else most in its lead."""
    words = words or WORDS
    for text in (title, lead):
        counts = _count(text, language, words)
        if counts:
            top = max(counts.values())
            # on a tie, the rarer kind: a call's report names the meeting it follows up, a
            # publication's the calls it holds, a book's the meetings it tells of
            return next(kind for kind in PRECEDENCE if counts.get(kind) == top)
    return None


def event_occasion(texts: Iterable[tuple[str, str, str]],
                   words: dict[str, dict[str, list[str]]] | None = None) -> str | None:
    """The occasion most of an event's texts (its title and summary, its reports: each
    (title, lead, language)) name."""
    votes: Counter[str] = Counter()
    for title, lead, language in texts:
        found = occasion(title, lead, language, words)
        if found:
            votes[found] += 1
    ranked = votes.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def announces(title: str, lead: str, language: str) -> bool:
    """Whether a report announces its occasion as still to come."""
    text = f"{title}\n{lead}".casefold()
    primary = language.split("-")[0]
    return any(re.search(pattern, text) for pattern in ANNOUNCING.get(primary, []))


# "…, a day after Putin apologised to Aliyev": what the marker introduces is an earlier occasion
# by which a report dates its own. Per language, the marker (matched in case-folded text); where
# the language puts it after what it governs (a postposition: "özür dilemesinden bir gün
# sonra"), the earlier occasion stands before it.
_DAYS_AFTER: dict[str, str] = {
    "en": r"\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|few|\d+)\s+"
          r"(?:days?|weeks?|months?)\s+after\b"
          r"|\bthe\s+day\s+after\b",
    "ru": r"(?:на\s+следующий\s+день|(?:через|спустя)\s+(?:день|сутки|два\s+дня|три\s+дня|"
          r"несколько\s+дней|неделю|\d+\s+дн(?:я|ей)))\s+после(?:\s+того,?\s+как)?",
    "uk": r"(?:наступного\s+дня|через\s+(?:день|два\s+дні|кілька\s+днів|тиждень))\s+після"
          r"(?:\s+того,?\s+як)?",
    "bg": r"(?:на\s+следващия\s+ден|\bден|(?:два|три|няколко)\s+дни)\s+след(?:\s+като)?\b",
    "sr": r"\b(?:дан|два\s+дана|неколико\s+дана|dan|dva\s+dana|nekoliko\s+dana)\s+"
          r"(?:након|после|пошто|nakon|posle|pošto)(?:\s+(?:што|što))?\b",
    "hr": r"\b(?:dan|dva\s+dana|nekoliko\s+dana)\s+(?:nakon|poslije|pošto)(?:\s+što)?\b",
    "de": r"\b(?:einen|eine|zwei|drei|vier|fünf|sechs|wenige|\d+)\s+"
          r"(?:tag|tage|woche|wochen|monat|monate)\s+nach(?:dem)?\b",
    "fr": r"\bau\s+lendemain\s+(?:de|du|des|d['’])|\b(?:un|deux|trois|quelques|\d+)\s+"
          r"(?:jours?|semaines?)\s+après\b",
    "es": r"\b(?:un|dos|tres|pocos|\d+)\s+(?:días?|semanas?)\s+después\s+de(?:\s+que)?\b"
          r"|\bal\s+día\s+siguiente\s+de\b",
    "it": r"\bil\s+giorno\s+dopo\b|\ball['’]indomani\b|\b(?:un|due|tre|pochi|\d+)\s+"
          r"giorni?\s+dopo\b",
    "pt": r"\b(?:um|dois|três|\d+)\s+dias?\s+(?:depois|após)\b|\bno\s+dia\s+seguinte\b",
    "pl": r"\b(?:dzień|dwa\s+dni|kilka\s+dni|tydzień)\s+po\b|\bnazajutrz\s+po\b",
    "ar": r"(?<![\w\u0600-\u06ff])(?:غداة|بعد\s+(?:يوم|يومين|أيام|أسبوع)\s+(?:من|على))"
          r"(?![\w\u0600-\u06ff])",
    "fa": r"(?:یک|دو|سه|چند|\d+)\s+روز\s+(?:پس|بعد)\s+از(?![\w\u0600-\u06ff])"
          r"|(?<![\w\u0600-\u06ff])فردای(?![\w\u0600-\u06ff])",
    "tr": r"\b(?:bir|iki|üç|dört|beş|altı|birkaç|\d+)\s+(?:gün|hafta|ay)\s+sonra\b",
    "az": r"\b(?:bir|iki|üç|dörd|beş|altı|bir neçə|\d+)\s+(?:gün|həftə|ay)\s+sonra\b",
}
_DAYS_AFTER["bs"] = _DAYS_AFTER["sr"]
_POSTPOSITIONS = {"tr", "az"}
_CLAUSE_END = re.compile(r"[,.;:!?،؛\n]")
# Where the clause ends without a comma: before the sentence's own verb of saying, which
# Persian puts after it ("… یک روز پس از عذرخواهی پوتین از علی‌اف اعلام کرد که …")
_CLAUSE_VERB = {
    "fa": re.compile(r"\s(?:اعلام\s+(?:کرد|کرده|داشت)|گفت|خبر\s+داد|افزود|تاکید\s+کرد|"
                     r"اظهار\s+(?:کرد|داشت)|اعلام\s+شد)(?![\w\u0600-\u06ff])"),
}


@cache
def _days_after(language: str) -> re.Pattern[str] | None:
    pattern = _DAYS_AFTER.get(language)
    return re.compile(pattern) if pattern else None


def earlier_occasions(lead: str, language: str) -> tuple[list[str], str] | None:
    """The clauses of a lead that name an earlier occasion by which it dates its own ("a day
    after Putin apologised to Aliyev"), and the rest of the lead; None where it has none."""
    primary = language.split("-")[0]
    pattern = _days_after(primary)
    if pattern is None:
        return None
    text = lead.casefold() if len(lead.casefold()) == len(lead) else lead.lower()
    clauses: list[str] = []
    rest: list[str] = []
    position = 0
    for match in pattern.finditer(text):
        if match.start() < position:
            continue
        if primary in _POSTPOSITIONS:
            before = [end.end() for end in _CLAUSE_END.finditer(lead, position, match.start())]
            start = before[-1] if before else position
            clauses.append(lead[start:match.start()])
            rest.append(lead[position:start])
        else:
            end = _CLAUSE_END.search(lead, match.end())
            stop = end.start() if end else len(lead)
            verb = _CLAUSE_VERB.get(primary)
            said = verb.search(lead, match.end(), stop) if verb else None
            if said:
                stop = said.start()
            clauses.append(lead[match.end():stop])
            rest.append(lead[position:match.start()])
            match_end = stop
        position = match.end() if primary in _POSTPOSITIONS else match_end
    if not clauses:
        return None
    rest.append(lead[position:])
    return clauses, " ".join(rest)


def lead_of(body: str) -> str:
    """A report's first paragraph of running text."""
    for paragraph in body_format.paragraphs(body):
        if paragraph.kind == "text":
            return paragraph.text
    return ""
