"""Language tags: their English names, their writing direction, their validity.

Tags are BCP 47 (``az``, ``fa``, ``az-Arab``, ``pt-BR``). Direction follows the script subtag
when one is given (``az-Arab`` is right-to-left), else the language's usual script.
"""

from __future__ import annotations

import re

# primary subtag -> (English name, usual direction)
LANGUAGES: dict[str, tuple[str, str]] = {
    "af": ("Afrikaans", "ltr"), "am": ("Amharic", "ltr"), "ar": ("Arabic", "rtl"),
    "az": ("Azerbaijani", "ltr"), "be": ("Belarusian", "ltr"), "bg": ("Bulgarian", "ltr"),
    "bn": ("Bengali", "ltr"), "bs": ("Bosnian", "ltr"), "ca": ("Catalan", "ltr"),
    "ckb": ("Central Kurdish", "rtl"), "cs": ("Czech", "ltr"), "da": ("Danish", "ltr"),
    "de": ("German", "ltr"), "dv": ("Dhivehi", "rtl"), "el": ("Greek", "ltr"),
    "en": ("English", "ltr"), "es": ("Spanish", "ltr"), "et": ("Estonian", "ltr"),
    "eu": ("Basque", "ltr"), "fa": ("Persian", "rtl"), "fi": ("Finnish", "ltr"),
    "fr": ("French", "ltr"), "ga": ("Irish", "ltr"), "he": ("Hebrew", "rtl"),
    "hi": ("Hindi", "ltr"), "hr": ("Croatian", "ltr"), "hu": ("Hungarian", "ltr"),
    "hy": ("Armenian", "ltr"), "id": ("Indonesian", "ltr"), "it": ("Italian", "ltr"),
    "ja": ("Japanese", "ltr"), "ka": ("Georgian", "ltr"), "kk": ("Kazakh", "ltr"),
    "ko": ("Korean", "ltr"), "ku": ("Kurdish", "ltr"), "ky": ("Kyrgyz", "ltr"),
    "lt": ("Lithuanian", "ltr"), "lv": ("Latvian", "ltr"), "mk": ("Macedonian", "ltr"),
    "mn": ("Mongolian", "ltr"), "ms": ("Malay", "ltr"), "nl": ("Dutch", "ltr"),
    "nb": ("Norwegian Bokmål", "ltr"), "no": ("Norwegian", "ltr"), "pl": ("Polish", "ltr"),
    "ps": ("Pashto", "rtl"), "pt": ("Portuguese", "ltr"), "ro": ("Romanian", "ltr"),
    "ru": ("Russian", "ltr"), "sk": ("Slovak", "ltr"), "sl": ("Slovenian", "ltr"),
    "so": ("Somali", "ltr"), "sq": ("Albanian", "ltr"), "sr": ("Serbian", "ltr"),
    "sv": ("Swedish", "ltr"), "sw": ("Swahili", "ltr"), "tg": ("Tajik", "ltr"),
    "th": ("Thai", "ltr"), "tk": ("Turkmen", "ltr"), "tr": ("Turkish", "ltr"),
    "ug": ("Uyghur", "rtl"), "uk": ("Ukrainian", "ltr"), "ur": ("Urdu", "rtl"),
    "uz": ("Uzbek", "ltr"), "vi": ("Vietnamese", "ltr"), "yi": ("Yiddish", "rtl"),
    "zh": ("Chinese", "ltr"),
    # the rest of what the language detector tells apart
    "cy": ("Welsh", "ltr"), "eo": ("Esperanto", "ltr"), "gu": ("Gujarati", "ltr"),
    "is": ("Icelandic", "ltr"), "la": ("Latin", "ltr"), "lg": ("Ganda", "ltr"),
    "mi": ("Maori", "ltr"), "mr": ("Marathi", "ltr"), "nn": ("Norwegian Nynorsk", "ltr"),
    "pa": ("Punjabi", "ltr"), "sn": ("Shona", "ltr"), "st": ("Southern Sotho", "ltr"),
    "ta": ("Tamil", "ltr"), "te": ("Telugu", "ltr"), "tl": ("Tagalog", "ltr"),
    "tn": ("Tswana", "ltr"), "ts": ("Tsonga", "ltr"), "xh": ("Xhosa", "ltr"),
    "yo": ("Yoruba", "ltr"), "zu": ("Zulu", "ltr"),
    # BCP 47's tag for a language not determined: what ingest records when it cannot tell
    "und": ("Undetermined", "ltr"),
}
UNDETERMINED = "und"

RTL_SCRIPTS = {"Arab", "Hebr", "Syrc", "Thaa", "Nkoo", "Adlm", "Rohg"}

SCRIPT_NAMES = {"Arab": "Arabic script", "Cyrl": "Cyrillic", "Latn": "Latin", "Hebr": "Hebrew"}

_TAG = re.compile(
    r"^(?P<language>[a-z]{2,3})"
    r"(?:-(?P<script>[A-Z][a-z]{3}))?"
    r"(?:-(?P<region>[A-Z]{2}|\d{3}))?"
    r"(?:-[A-Za-z0-9]{5,8})*$"
)


def parse_tag(tag: str) -> re.Match[str] | None:
    return _TAG.match(tag)


def is_valid_tag(tag: str) -> bool:
    """A well-formed tag whose language this archive knows how to name and lay out."""
    match = parse_tag(tag)
    return bool(match) and match["language"] in LANGUAGES


def primary(tag: str) -> str:
    return tag.split("-", 1)[0].lower()


def language_name(tag: str) -> str:
    """English name of the language of ``tag`` (``az-Arab`` -> ``Azerbaijani (Arabic script)``)."""
    match = parse_tag(tag)
    if not match:
        return tag
    name = LANGUAGES.get(match["language"], (tag, "ltr"))[0]
    if match["script"] in SCRIPT_NAMES:
        name = f"{name} ({SCRIPT_NAMES[match['script']]})"
    return name


def direction(tag: str) -> str:
    """``rtl`` or ``ltr`` for text in ``tag``."""
    match = parse_tag(tag)
    if not match:
        return "ltr"
    if match["script"]:
        return "rtl" if match["script"] in RTL_SCRIPTS else "ltr"
    return LANGUAGES.get(match["language"], ("", "ltr"))[1]


def known_codes() -> str:
    return ", ".join(sorted(LANGUAGES))
