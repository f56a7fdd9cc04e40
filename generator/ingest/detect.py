"""Detect what a capture does not state plainly: its language and its outlet."""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlsplit

from ..text import body as body_format
from ..text import languages
from .story import NOSPACE

_SUBDOMAINS = {"www", "m", "mobile", "amp", "en", "ar", "fa", "ru", "tr", "az", "news"}


# Detection time grows with the text; a few thousand characters of running text decide a
# language as well as a whole article does.
SAMPLE_CHARACTERS = 3_000


@lru_cache(maxsize=1)
def _detector():
    from lingua import LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_all_languages().build()


def _running_text(line: str) -> bool:
    """Six words or more; in scripts written without spaces, twenty characters or more."""
    if len(line.split()) >= 6:
        return True
    return len(NOSPACE.findall(line)) >= 20


def detect_language(text: str) -> str | None:
    """BCP 47 tag of the main language of ``text`` (lingua), judged on its longer lines.

    Short lines (menus, buttons, hashtags in another language) are left out so that a page's
    furniture does not outvote its story.
    """
    lines = [line for line in text.splitlines() if _running_text(line)]
    # A page in a script without spaces keeps its menus in English more often than not: judge
    # it on the lines of the kind that holds most of its text (a word is about 1.5 characters
    # there), so that the menus do not outvote the story.
    counts = [len(NOSPACE.findall(line)) for line in lines]
    unspaced = [line for line, count in zip(lines, counts, strict=True) if count >= 20]
    spaced = [line for line, count in zip(lines, counts, strict=True) if count < 20]
    weight_unspaced = sum(count for count in counts if count >= 20) / 1.5
    # a line that ends a sentence is running text; one that does not (a menu) counts a quarter
    weight_spaced = sum(len(line.split()) * (1 if line.rstrip()[-1:] in ".!?।։۔።؟" else 0.25)
                        for line in spaced)
    if unspaced and weight_unspaced >= weight_spaced:
        lines = unspaced
    sample = "\n".join(lines) if lines else text
    sample = sample[:SAMPLE_CHARACTERS]
    if not sample.strip():
        return None
    language = _detector().detect_language_of(sample)
    if language is None:
        return None
    code = language.iso_code_639_1.name.lower()
    if code in ("ar", "fa") and len(_SORANI.findall(sample)) >= 0.03 * len(sample):
        # the detector knows no Central Kurdish: its own letters (ێ ڕ ڵ ۆ ە) tell it
        code = "ckb"
    code = _by_letters(code, sample)
    return code if code in languages.LANGUAGES else None


_SORANI = re.compile("[\u06ce\u0695\u06b5\u06c6\u06d5]")
# Languages the detector does not know, told by their own letters: Tajik (ӣ ӯ ҷ), Uzbek in
# Cyrillic (ў with қ ғ ҳ; Belarusian has ў, never those) and in Latin (oʻ gʻ, and none of
# Azerbaijani's or Turkish's ə ı ş ç ğ); and Serbian in Latin letters, which the detector
# takes for Bosnian or Croatian, by its ekavian words (predsednik, not predsjednik).
_TAJIK = re.compile("[ӣӯҷӢӮҶ]")
_UZBEK_CYRILLIC = re.compile("[ўЎ]")
_CENTRAL_ASIAN = re.compile("[қғҳҚҒҲ]")
_UZBEK_LATIN = re.compile("[oOgG][ʻ'‘’`]")
_TURKIC_LATIN = re.compile("[əƏışŞçÇğĞ]")
# Uzbek's own function words and verb forms (and, with, for, also, was, did, this day …):
# Indonesian, Malay and Swahili, which the detector answers for it, have none of them
_UZBEK_TAKEN_FOR = ("az", "tr", "tk", "id", "ms", "sw", "so", "tl")
_UZBEK_WORDS = {
    "va", "bilan", "uchun", "ham", "hamda", "edi", "esa", "deb", "haqida", "qildi", "qilindi",
    "etdi", "bo'yicha", "boʻyicha", "bo'ldi", "boʻldi", "tomonidan", "kuni", "shu", "bu",
    "o'tkazdi", "oʻtkazdi", "muhokama", "doirasida", "yilda", "keyin", "oldin", "orasida",
}
_EKAVIAN = re.compile(
    r"\b(?:predsedn|sednic|reč[i ]|deca\b|dece\b|mesto\b|mesta\b|svet(?:a|u|om|sk)|pesm|"
    r"nedelj|dete\b|posle\b|uvek\b|gde\b|ovde\b|sever|cel[aeiou]\b|rešen|rešav|leč|"
    r"bezbedn|posled|vreme\b|primer|uspeš|ocen[aeiu]\b|pre\b|reka\b|reke\b|mesec)",
    re.IGNORECASE)
_IJEKAVIAN = re.compile(
    r"\b(?:predsjedn|sjednic|riječ|djeca\b|djece\b|mjest|svijet|svjetsk|pjesm|nedjelj|"
    r"dijete\b|poslije\b|uvijek\b|gdje\b|ovdje\b|sjever|cijel|rješ|liječ|"
    r"bezbjedn|posljed|vrijeme\b|primjer|uspješ|ocjen|prije\b|rijeka\b|rijeke\b|mjesec)",
    re.IGNORECASE)


def _by_letters(code: str, sample: str) -> str:
    """The detector's answer, corrected for the languages it cannot tell (above)."""
    share = 0.003 * len(sample)
    if len(_TAJIK.findall(sample)) >= share:
        return "tg"
    if len(_UZBEK_CYRILLIC.findall(sample)) >= share and _CENTRAL_ASIAN.search(sample):
        return "uz"
    if (code in ("az", "tr", "tk") and len(_UZBEK_LATIN.findall(sample)) >= share
            and len(_TURKIC_LATIN.findall(sample)) < share / 3):
        return "uz"
    if code in _UZBEK_TAKEN_FOR and len(_TURKIC_LATIN.findall(sample)) < share / 3:
        words = re.findall(r"[^\W\d_]+(?:['ʻ‘’`][^\W\d_]+)?", sample.lower())
        if len(words) >= 12 and sum(word in _UZBEK_WORDS for word in words) >= 0.05 * len(words):
            return "uz"  # Uzbek in Latin letters with few oʻ gʻ, taken for Indonesian
    if code in ("bs", "hr"):
        ekavian, ijekavian = len(_EKAVIAN.findall(sample)), len(_IJEKAVIAN.findall(sample))
        if ekavian >= 2 and ekavian > 2 * ijekavian:
            return "sr"
    return code


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower().rstrip(".")


@lru_cache(maxsize=1)
def _suffixes():
    from publicsuffixlist import PublicSuffixList

    return PublicSuffixList()  # the list the package ships: nothing is fetched


@lru_cache(maxsize=4096)
def registrable_domain(host: str) -> str:
    """The domain a site registered, by the Public Suffix List: ``m.haber7.com`` ->
    ``haber7.com``, ``news.bbc.co.uk`` -> ``bbc.co.uk``, ``news.az`` and ``news.am`` apart.
    An IP address, or a host that is itself a public suffix, stands for itself."""
    host = host.lower().strip(".")
    if not host or re.fullmatch(r"[\d.]+|\[?[0-9a-f:.]+\]?", host):
        return host
    return _suffixes().privatesuffix(host) or host


def outlet_id_for(host: str) -> str:
    """An outlet id for an unregistered host: the name part of its domain (``haber7``)."""
    domain = registrable_domain(host)
    name = domain.split(".")[0] if domain else "unknown"
    name = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return name or "unknown"


def match_outlet(url: str, domains: dict[str, str]) -> str | None:
    """The registered outlet whose domain covers ``url`` (``domains``: domain -> outlet id)."""
    host = host_of(url)
    while host:
        if host in domains:
            return domains[host]
        if "." not in host:
            break
        host = host.split(".", 1)[1]
    return None


def _first_name(text: str, names: dict[str, str], skip: str | None = None) -> str | None:
    """The registered outlet whose name appears first in ``text``, as whole words (folded)."""
    from ..text.fold import fold

    folded = " " + " ".join(re.sub(r"[.,،:;!?«»\"()]", " ", fold(text)).split()) + " "
    best: tuple[int, str] | None = None
    for name, outlet_id in names.items():
        if outlet_id == skip or len(name) < 4:
            continue
        position = folded.find(f" {name} ")
        if position >= 0 and (best is None or position < best[0]):
            best = (position, outlet_id)
    return best[1] if best else None


def attributed_outlet(body: str, names: dict[str, str], own: str | None) -> str | None:
    """The registered outlet a story credits ("به گزارش خبرگزاری فارس", "Source: Reuters").

    ``names`` maps folded outlet names to ids. Only the opening and closing paragraphs are
    read, where attributions stand; the outlet that published the copy is not its own source.
    """
    paragraphs = [paragraph.raw for paragraph in body_format.paragraphs(body)]
    return _first_name(" ".join(paragraphs[:2] + paragraphs[-1:]), names, skip=own)


_PRINTED_NAME = [
    re.compile(r"^(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*[,.]?\s*(?P<name>[^.|,©]{2,40}?)\s*\.?$",
               re.IGNORECASE),
    re.compile(r"^(?P<name>[^|©]{2,40}?)\s+logo$", re.IGNORECASE),
]


def outlet_from_page(lines: list[str], names: dict[str, str]) -> tuple[str | None, str | None]:
    """The outlet a page names in its furniture, when its address is unknown.

    Returns (id of a registered outlet, None) when a registered name is printed, else
    (None, a printed site name) from a copyright or logo line, else (None, None).
    """
    for line in lines:
        known = _first_name(line, names)
        if known:
            return known, None
    for line in lines:
        for pattern in _PRINTED_NAME:
            match = pattern.match(line.strip())
            if not match:
                continue
            # years belong to the notice, not the name: one site, one outlet, every year
            name = re.sub(r"(?:\s*[-–,]?\s*(?:19|20)\d\d)+\s*$", "", match["name"]).strip(" -–,.")
            if any(ch.isalpha() for ch in name) and not _generic(name):
                return None, name
    return None, None


_GENERIC = {"site", "website", "web", "page", "home", "homepage", "news", "blog", "logo",
            "menu", "all", "rights", "reserved", "the", "our", "my", "company", "inc", "ltd",
            "copyright", "image", "photo", "media", "online", "portal", "main"}


def _generic(name: str) -> bool:
    """A printed "name" that is only common words ("Site", "The news") names no outlet."""
    from ..text.stopwords import stopwords

    words = [w for w in re.split(r"\W+", name.lower()) if w]
    common = _GENERIC | stopwords("en")
    return not words or all(w in common for w in words)
