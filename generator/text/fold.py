"""Text normalisation for search, shared by the index (Python) and the query (browser).

The steps, identical on both sides (``search.js`` applies the table exported by
``table_for_browser``):

1. NFKC;
2. the character table below: Turkish and Azerbaijani dotted/dotless I and schwa, Arabic and
   Persian letter variants, Persian and Arabic-Indic digits, and characters removed outright
   (tatweel, zero-width joiners, soft hyphen, apostrophes inside words);
3. lower case;
4. canonical decomposition and removal of every combining mark (Arabic harakat, Latin
   diacritics), so "görüşme" and "gorusme" are one word, as are "تُقدّم" and "تقدم";
5. words are maximal runs of letters and digits.

Stored text is never folded: this is for matching only.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import chain

from .dates import LETTER_FORMS

# Character -> replacement ("" removes it). Applied after NFKC, before lower-casing.
CHARACTER_TABLE: dict[str, str] = {
    # Turkish and Azerbaijani: one i, whatever the dot or the case; schwa typed as e
    "İ": "i", "I": "i", "ı": "i", "Ə": "e", "ə": "e",
    # Cyrillic yo
    "Ё": "е", "ё": "е",
    # German sharp s
    "ß": "ss",
    # Arabic and Persian letter variants
    "ي": "ی", "ى": "ی", "ئ": "ی", "ك": "ک", "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
    "ؤ": "و", "ة": "ه", "ۀ": "ه", "ە": "ه",
    # joiners, tatweel, soft hyphen, apostrophes inside words ("Putin'in", "Bush’un")
    "\u0640": "", "\u200c": "", "\u200d": "", "\u200b": "", "\u00ad": "", "\u2060": "",
    "'": "", "’": "", "ʼ": "", "‘": "", "`": "",
}
# Persian (U+06F0..) and Arabic-Indic (U+0660..) digits to ASCII
for _index in range(10):
    CHARACTER_TABLE[chr(0x06F0 + _index)] = str(_index)
    CHARACTER_TABLE[chr(0x0660 + _index)] = str(_index)

_TRANSLATION = str.maketrans(CHARACTER_TABLE)
_WORD = re.compile(r"[^\W_]+")
_ARABIC_LETTERS = re.compile(r"^[\u0621-\u064a\u066e-\u06d3\u06fa-\u06ff]+$")

# Arabic proclitics (conjunctions, prepositions, the article), longest first, folded.
ARABIC_PROCLITICS = ["وال", "فال", "بال", "کال", "لل", "ال", "و", "ف", "ب", "ل"]
MIN_STEM = 3


def fold(text: str) -> str:
    """Steps 1 to 4: the folded form of ``text``."""
    text = unicodedata.normalize("NFKC", text).translate(_TRANSLATION).lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")


def tokens(text: str) -> list[str]:
    """The words of ``text``, folded.

    Every step of ``fold`` acts within a run of non-space characters, so each run is folded
    once and remembered: news text repeats its words, and this makes indexing fast.
    """
    chunks = text.split()
    found = list(map(_CHUNKS.get, chunks))
    if None in found:
        if len(_CHUNKS) > CHUNKS_KEPT:
            _CHUNKS.clear()
        for number, words in enumerate(found):
            if words is None:
                chunk = chunks[number]
                found[number] = _CHUNKS[chunk] = tuple(_WORD.findall(fold(chunk)))
    return list(chain.from_iterable(found))


_CHUNKS: dict[str, tuple[str, ...]] = {}
"""Runs of non-space characters already folded, with their words (a plain dict: a third of
the time of an LRU cache's lookups, which indexing makes millions of); emptied when full."""
CHUNKS_KEPT = 500_000


@lru_cache(maxsize=200_000)
def arabic_stem(token: str) -> str | None:
    """``token`` without its Arabic proclitics ("والرئیس" -> "رئیس"), or None.

    Used only for Arabic-language documents at indexing, and for Arabic-script query words
    (where the unstripped word is searched too, so Persian text is never stemmed).
    """
    if not _ARABIC_LETTERS.match(token):
        return None
    for clitic in ARABIC_PROCLITICS:
        if token.startswith(clitic) and len(token) - len(clitic) >= MIN_STEM:
            return token[len(clitic):]
    return None


def table_for_browser() -> dict:
    """What ``search.js`` needs to fold a query exactly as the index was folded."""
    return {
        "table": CHARACTER_TABLE,
        "proclitics": ARABIC_PROCLITICS,
        "minStem": MIN_STEM,
    }


_LETTERS = str.maketrans({**LETTER_FORMS, "ـ": None, "\u200c": None, "\u200d": None})


def fold_letters(text: str) -> str:
    """A lighter fold, for comparing lines of one page: lower case, Arabic and Persian letter
    forms unified and joiners dropped, diacritics kept."""
    return text.translate(_LETTERS).lower()
