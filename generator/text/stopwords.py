"""The common words of each language: jusText's stop lists (built from Wikipedia), folded."""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

from .fold import fold_letters


@lru_cache(maxsize=64)
def stopwords(language: str | None) -> frozenset[str]:
    """Stop words of a language (jusText's lists, built from Wikipedia), folded.

    Only jusText's data files are read: importing the package would pull in lxml's HTML
    cleaner, which the text cleaner does not need.
    """
    name = _JUSTEXT_NAMES.get(language or "")
    spec = importlib.util.find_spec("justext")
    if name is None or spec is None or not spec.submodule_search_locations:
        return frozenset()
    path = Path(spec.submodule_search_locations[0]) / "stoplists" / f"{name}.txt"
    try:
        words = path.read_text(encoding="utf-8").split()
    except OSError:
        return frozenset()
    return frozenset(fold_letters(word) for word in words)


_JUSTEXT_NAMES = {
    "ar": "Arabic", "az": "Azerbaijani", "de": "German", "en": "English", "es": "Spanish",
    "fa": "Persian", "fr": "French", "it": "Italian", "pl": "Polish", "pt": "Portuguese",
    "ru": "Russian", "tr": "Turkish", "uk": "Ukrainian", "ur": "Urdu", "nl": "Dutch",
    "kk": "Kazakh", "ky": "Kyrgyz", "uz": "Uzbek", "tg": "Tajik", "ka": "Georgian",
    "hy": "Armenian", "he": "Hebrew", "el": "Greek", "bg": "Bulgarian", "sr": "Serbian",
    "hr": "Croatian", "cs": "Czech", "sk": "Slovak", "ro": "Romanian", "hu": "Hungarian",
    "sv": "Swedish", "da": "Danish", "no": "Norwegian_Bokmal", "nb": "Norwegian_Bokmal",
    "fi": "Finnish", "id": "Indonesian", "ms": "Malay", "hi": "Hindi", "bn": "Bengali",
    "tk": "Turkmen", "be": "Belarusian", "lt": "Lithuanian", "lv": "Latvian", "et": "Estonian",
    "sq": "Albanian", "mk": "Macedonian", "sl": "Slovenian", "ca": "Catalan", "ps": "Pashto",
    "ku": "Kurdish", "ckb": "Kurdish", "sw": "Swahili", "vi": "Vietnamese",
    "bs": "Bosnian", "sh": "Serbo_Croatian", "af": "Afrikaans", "eu": "Basque",
    "gl": "Galician", "is": "Icelandic", "ga": "Irish", "cy": "Welsh", "mt": "Maltese",
    "tl": "Tagalog", "ko": "Korean", "lb": "Luxembourgish", "nn": "Norwegian_Nynorsk",
    "mr": "Marathi", "ne": "Nepali", "ta": "Tamil", "te": "Telugu", "kn": "Kannada",
    "ml": "Malayalam", "gu": "Gujarati", "yo": "Yoruba", "ig": "Igbo", "jv": "Javanese",
    "su": "Sundanese", "eo": "Esperanto", "la": "Latin", "fy": "West_Frisian",
    "br": "Breton", "oc": "Occitan", "ht": "Haitian", "ceb": "Cebuano", "qu": "Quechua",
}
