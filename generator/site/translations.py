"""The interface in the reader's language: catalogues of the archive's own strings.

The site's interface language is MkDocs' ``theme.language`` (Material translates its own parts
from the same setting). The archive's strings are gettext catalogues, ``locales/<language>.po``,
read with Babel and used through ``gettext``'s plural rules; English is the source text. Dates
are written the way the language writes them (Babel's CLDR data). A language without a
catalogue gets English, and ``python -m generator check`` says so.
"""

from __future__ import annotations

import gettext
import io
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from markupsafe import Markup

from ..text import languages
from ..text.display import MONTHS, human_date
from ..text.moments import Moment, clock_of, day_of
from .markup import web_text

LOCALES = Path(__file__).with_name("locales")
SOURCE_LANGUAGE = "en"


def available() -> list[str]:
    """The interface languages the archive has catalogues for, English first."""
    return [SOURCE_LANGUAGE, *sorted(p.stem for p in LOCALES.glob("*.po"))]


def catalogue_language(language: str | None) -> str:
    """The catalogue ``language`` (``pt-BR``, ``pt_BR``, ``ru``) is shown in: itself, its primary
    language, or English."""
    tag = (language or SOURCE_LANGUAGE).replace("_", "-")
    for candidate in (tag, tag.split("-")[0].lower()):
        if candidate in available():
            return candidate
    return SOURCE_LANGUAGE


@dataclass(frozen=True)
class Translator:
    """The archive's strings and dates in one language."""

    language: str
    catalogue: gettext.NullTranslations

    def gettext(self, message: str, **values: object) -> Markup:
        """``message`` in this language; ``values`` (``%(name)s``) are escaped as web text."""
        return _fill(self.catalogue.gettext(message), values)

    def ngettext(self, singular: str, plural: str, count: int, **values: object) -> Markup:
        """The form for ``count`` (``%(num)d`` is the count) in this language's plural rules."""
        return _fill(self.catalogue.ngettext(singular, plural, count), {"num": count, **values})

    def plain(self, message: str, **values: object) -> str:
        """``message`` in this language with ``values`` as they are: for text that is escaped
        where it lands (a title in the front matter, a chart, an HTML cell)."""
        text = self.catalogue.gettext(message)
        return text % values if values else text

    def plural_forms(self, singular: str, plural: str) -> dict[str, str]:
        """A counted string in each of the language's plural categories (CLDR: ``one``,
        ``few``, ``many``, ``other``…), ``%(num)d`` left for the count: for the browser's
        ``Intl.PluralRules``."""
        from babel import Locale

        rule = Locale.parse(_babel(self.language)).plural_form
        forms: dict[str, str] = {}
        for count in range(0, 200):
            forms.setdefault(rule(count), self.catalogue.ngettext(singular, plural, count))
        return forms

    def language_name(self, tag: str) -> str:
        """A language tag named in this language (``ar``: Arabic, арабский, Arapça)."""
        english = languages.language_name(tag)
        if self.language == SOURCE_LANGUAGE:
            return english
        from babel import Locale

        names = Locale.parse(_babel(self.language)).languages
        return str(names.get(tag.replace("-", "_")) or names.get(languages.primary(tag)) or english)

    def month(self, number: int) -> str:
        """The name of month ``number`` (1-12), standing alone: ``October``, ``Октябрь``."""
        if self.language == SOURCE_LANGUAGE:
            return MONTHS[number - 1]
        from babel.dates import get_month_names

        name = str(get_month_names("wide", context="stand-alone", locale=_babel(self.language))[number])
        return name[:1].upper() + name[1:]  # a heading: "Октябрь 2025"

    def moment(self, moment: Moment) -> str:
        """A moment as the spread table shows it (``2025-10-09 16:05 +03:30``)."""
        if moment.clock is None:
            return self.plain("%(day)s (date only)", day=moment.day.isoformat())
        return moment.shown()

    def date(self, iso: str) -> str:
        """An ISO date (and time) as the language writes it: ``9 October 2025``, ``9 октября
        2025``, ``, 16:05`` after it when the time is known."""
        if self.language == SOURCE_LANGUAGE:
            return human_date(iso)
        from babel.dates import format_date

        day = day_of(iso)
        if day is None:
            raise ValueError(f"not an ISO date: {iso!r}")
        text = format_date(day, format="d MMMM y", locale=_babel(self.language))
        clock = clock_of(iso)
        return f"{text}, {clock}" if clock else text


def search_words(words: Translator) -> str:
    """The search page's script strings in ``words``' language, as JSON for a data attribute."""
    import json

    return json.dumps({
        "results": words.plural_forms("%(num)d result", "%(num)d results"),
        "event": words.plain("Event"),
        "prompt": words.plain("Type a word, or choose a filter."),
        "active": words.plural_forms("%(num)d chosen", "%(num)d chosen"),
        "checked": words.plain("(phrases looked for in the best %(checked)s of %(total)s pages "
                               "that have their words)"),
        "failed": words.plain("Search failed: %(error)s"),
        "unloaded": words.plain("The search index could not be loaded (%(error)s)."),
    }, ensure_ascii=False, sort_keys=True)


def _fill(text: str, values: dict[str, object]) -> Markup:
    if not values:
        return Markup(text)
    return Markup(text) % {name: value if isinstance(value, int) else web_text(value)
                           for name, value in values.items()}


def _babel(language: str) -> str:
    return language.replace("-", "_")


@lru_cache(maxsize=16)
def translator(language: str | None) -> Translator:
    """The translator for ``language`` (English when there is no catalogue for it)."""
    chosen = catalogue_language(language)
    if chosen == SOURCE_LANGUAGE:
        return Translator(chosen, gettext.NullTranslations())
    return Translator(chosen, _load(LOCALES / f"{chosen}.po"))


def _load(path: Path) -> gettext.GNUTranslations:
    """A ``.po`` catalogue as gettext translations (compiled in memory, no build step)."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with path.open("rb") as handle:
        catalogue = read_po(handle, locale=_babel(path.stem))
    compiled = io.BytesIO()
    write_mo(compiled, catalogue)
    compiled.seek(0)
    return gettext.GNUTranslations(compiled)


KEYWORDS = {"_": None, "gettext": None, "ngettext": (1, 2), "plain": None, "_n": None,
            "plural_forms": (1, 2), "t": None}
"""The calls whose first string (and plural) are the archive's interface strings."""


def messages() -> dict[str, str | None]:
    """Every interface string in the site layer's code and templates: msgid -> plural (or
    None), as Babel's extractors find them."""
    from babel.messages.extract import extract_from_dir

    from .theme_files import theme_dir

    found: dict[str, str | None] = {}
    sources = [(Path(__file__).parent, [("**.py", "python"), ("templates/**.md", "jinja2")],
                {"templates/**.md": {"trim_blocks": "true", "lstrip_blocks": "true"}}),
               (theme_dir(), [("**.html", "jinja2")], {})]
    for folder, method_map, options in sources:
        for _file, _line, message, _comments, _context in extract_from_dir(
                str(folder), method_map, options_map=options, keywords=KEYWORDS):
            if isinstance(message, tuple):
                found[message[0]] = message[1]
            else:
                found.setdefault(message, None)
    return found


def update(language: str) -> tuple[int, int]:
    """Bring ``locales/<language>.po`` up to the strings in use: new strings are added
    untranslated, strings no longer used are dropped. Returns (added, dropped)."""
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import read_po, write_po

    path = LOCALES / f"{language}.po"
    if path.exists():
        with path.open("rb") as handle:
            catalogue = read_po(handle, locale=_babel(language))
    else:
        catalogue = Catalog(locale=_babel(language), project="news archive")
    wanted = messages()
    known = {m.id if isinstance(m.id, str) else m.id[0] for m in catalogue if m.id}
    added = 0
    for message, plural in wanted.items():
        if message not in known:
            catalogue.add((message, plural) if plural else message)
            added += 1
    dropped = [m.id for m in catalogue if m.id and
               (m.id if isinstance(m.id, str) else m.id[0]) not in wanted]
    for message_id in dropped:
        catalogue.delete(message_id)
    from ..fsutil import write_atomic

    out = io.BytesIO()
    write_po(out, catalogue, width=100, omit_header=False, sort_output=False)
    write_atomic(path, out.getvalue().decode("utf-8"))
    return added, len(dropped)


if __name__ == "__main__":
    import sys

    for name in sys.argv[1:] or available()[1:]:
        new, gone = update(name)
        print(f"{LOCALES / (name + '.po')}: {new} new string(s) to translate, {gone} dropped")
