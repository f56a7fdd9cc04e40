"""The page templates and the one rule for what reaches a page: every value is web text.

Templates live in ``templates/`` and are rendered by Jinja (which MkDocs ships). Whatever a
template prints with ``{{ … }}`` is escaped as web text for Markdown (``markup.inline``: HTML
entities and backslash-escaped Markdown), unless it is a ``Markup`` value: a fragment made by a
macro, an article body ``markup.body`` has already escaped, or curator Markdown that went
through the allow-list sanitiser (the ``curator`` and ``curator_inline`` filters). A value
printed inside raw HTML takes the ``html`` filter instead (an attribute, a ``<pre>``), or
``h`` (text on one line, in the blocks the archive writes as HTML: Markdown passes them
through, and the plugin past Markdown).

Interface strings are marked ``_("…")`` and ``ngettext("…", "…", n)``; their translations
are the catalogues in ``locales/`` (see ``translations``). The catalogue's text is trusted;
the values put into it are escaped like any other.
"""

from __future__ import annotations

import html
from functools import lru_cache
from pathlib import Path

import jinja2
from markupsafe import Markup, escape

from ..text import languages
from ..text.moments import iso_day
from . import markup as md
from .fragments import FRAGMENTS
from .markup import web_text
from .translations import Translator, translator

TEMPLATES = Path(__file__).with_name("templates")


def _html(value: object) -> Markup:
    return Markup(html.escape(str(value), quote=True))


def _link(label: object, url: str | None) -> Markup:
    return Markup(md.link(str(label), url))


def _h(value: object) -> Markup:
    return Markup(md.text_html(value))


def _link_html(label: object, url: str | None) -> Markup:
    return Markup(md.link_html(str(label), url))


def _curator(text: str) -> Markup:
    return Markup(md.curator_block(text))


def _curator_inline(text: str) -> Markup:
    return Markup(md.curator_inline(text))


def _join(values, separator: str = "") -> Markup | str:
    """Jinja's ``join``, minding web text: plain text joined stays plain (escaped once where
    it is printed); joined with markup, each plain piece is escaped as web text."""
    values = list(values)
    if not any(isinstance(v, Markup) for v in [*values, separator]):
        return separator.join(str(v) for v in values)
    return escape(separator).join(web_text(v) for v in values)  # the template's own separator


def _trusted(value: str) -> Markup:
    """A fragment the archive made itself (a chart, a marked-up body): printed as it is."""
    return Markup(value)


def _address(url: object) -> Markup:
    """An address as a link that reads left to right in any page (``markup.address_html``)."""
    return Markup(md.address_html(str(url)))


@lru_cache(maxsize=8)
def environment(language: str = "en") -> jinja2.Environment:
    """The templates, with the interface strings of ``language``."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True, finalize=web_text,
        trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined)
    words: Translator = translator(language)
    env.globals.update(FRAGMENTS)
    env.globals.update(
        _=words.gettext, ngettext=words.ngettext, language_name=words.language_name,
        direction=languages.direction, iso_day=iso_day)
    env.filters.update(html=_html, h=_h, link=_link, link_html=_link_html, curator=_curator, curator_inline=_curator_inline,
                       display_url=md.display_url, address=_address, trusted=_trusted, join=_join,
                       human_date=words.date)
    return env


def render(template: str, language: str = "en", **values: object) -> str:
    """The page ``template`` renders with ``values``; trailing blank lines trimmed."""
    text = environment(language).get_template(template).render(**values)
    return text.rstrip() + "\n"


__all__ = ["environment", "render", "web_text"]
