"""The small pieces of HTML the page templates put in the blocks the archive writes as HTML:
a language, a date, an outlet, a link to a page, an article's facts and its text.

They were Jinja macros; a page of a large archive calls about a hundred of them, and a Jinja
macro call costs more than the piece it makes, so they are functions here, printed by the
templates under the same names (``environment`` adds them). They follow the templates' rule
(``templating``): web text takes ``h`` (one line, ``& < > " '`` as entities) or ``attr`` (an
attribute); a label that is ``Markup`` (a translation, a piece made here) is printed as it is,
any other is escaped as web text (``web_text``), as ``{{ label }}`` prints it.

Most take the template's context (``jinja2.pass_context``): the model, the interface
language and the page the links go from (``here``).
"""

from __future__ import annotations

import jinja2
from markupsafe import Markup

from ..text import languages
from ..text.moments import iso_day
from . import markup as md
from .markup import web_text
from .translations import translator

_attr = md.attr
_h = md.text_html


def _words(context):
    return translator(context["model"].language)


def _lang_tag(context, tag: str) -> str:
    name = _attr(_words(context).language_name(tag))
    return f'<span class="lang-tag" title="{name}" aria-label="{name}">{_attr(tag)}</span>'


@jinja2.pass_context
def lang_tag(context, tag: str) -> Markup:
    """A language's code, named by its title (for a list of codes)."""
    return Markup(_lang_tag(context, tag))


@jinja2.pass_context
def language_tags(context, articles) -> Markup:
    """The codes of the articles' languages, each once, in order (as Jinja's ``unique`` and
    ``sort`` filters give them: letter case aside)."""
    seen: dict[str, str] = {}
    for article in articles:
        seen.setdefault(str(article.meta.language).lower(), article.meta.language)
    tags = sorted(seen.values(), key=lambda tag: str(tag).lower())
    return Markup(" ".join(_lang_tag(context, tag) for tag in tags))


@jinja2.pass_context
def lang_html(context, tag: str) -> Markup:
    name = _words(context).language_name(tag)
    return Markup(f'<span class="lang-tag" aria-hidden="true">{_h(tag)}</span> {_h(name)}')


def _in_language(text: object, tag: str) -> str:
    return (f'<bdi lang="{_attr(tag)}" dir="{web_text(languages.direction(tag))}">'
            f"{_h(text)}</bdi>")


def in_language_html(text: object, tag: str) -> Markup:
    """Web text in its own language and direction, inside a line of another."""
    return Markup(_in_language(text, tag))


def _page_link(context, page: str, label: object) -> str:
    href = context["model"].urls.href(context["here"], page)
    return f'<a href="{_attr(href)}">{web_text(label)}</a>'


@jinja2.pass_context
def page_link(context, page: str, label: object) -> Markup:
    return Markup(_page_link(context, page, label))


def _outlet_cell(context, outlet_id: str | None) -> str:
    outlets = context["model"].archive.outlets
    if not outlet_id:
        return _attr(_words(context).gettext("outlet not recorded"))
    if outlet_id in outlets:
        outlet = outlets[outlet_id]
        href = context["model"].urls.href(context["here"], outlet.page)
        return f'<a href="{_attr(href)}">{_attr(outlet.meta.name)}</a>'
    return _attr(outlet_id)


@jinja2.pass_context
def outlet_cell(context, outlet_id: str | None) -> Markup:
    """An outlet's name in raw HTML, linked to its page when it has a profile."""
    return Markup(_outlet_cell(context, outlet_id))


@jinja2.pass_context
def outlet_name_html(context, outlet_id: str | None) -> Markup:
    outlets = context["model"].archive.outlets
    if not outlet_id:
        return web_text(_words(context).gettext("outlet not recorded"))
    if outlet_id in outlets:
        return Markup(_h(outlets[outlet_id].meta.name))
    return Markup(_h(outlet_id))


@jinja2.pass_context
def outlet_profile_html(context, outlet_id: str | None) -> Markup:
    outlets = context["model"].archive.outlets
    if not outlet_id or outlet_id not in outlets:
        return Markup("")
    meta = outlets[outlet_id].meta
    country = f", {_h(meta.country)}" if meta.country else ""
    return Markup(f' <span class="outlet-profile">({_h(context["kind_label"](meta.kind.value))}'
                  f"{country})</span>")


@jinja2.pass_context
def event_html(context, event_id: str | None) -> Markup:
    events = context["model"].archive.events
    if event_id and event_id in events:
        event = events[event_id]
        return Markup(_page_link(context, event.page, Markup(_h(event.title))))
    return Markup("—")


@jinja2.pass_context
def entity_html(context, entity_id: str) -> Markup:
    entities = context["model"].archive.entities
    if entity_id in entities:
        entity = entities[entity_id]
        return Markup(_page_link(context, entity.page, Markup(_h(entity.meta.name))))
    return Markup(_h(entity_id))


@jinja2.pass_context
def event_dates_html(context, event) -> Markup:
    words = _words(context)
    text = _h(words.date(event.meta.date))
    if event.meta.end_date and event.meta.end_date != event.meta.date:
        text += f" – {_h(words.date(event.meta.end_date))}"
    return Markup(text)


@jinja2.pass_context
def published_html(context, meta, separator: str) -> Markup:
    """When an article was published, and as the outlet printed it when that differs."""
    if not meta.published:
        return web_text(_words(context).gettext("date not recorded"))
    shown = f'<span class="date">{_h(meta.published.replace("T", " "))}</span>'
    source = _date_source(context, meta)
    if meta.published_text and meta.published_text != meta.published:
        shown = f"{shown}{separator}{_in_language(meta.published_text, meta.language)}"
    return Markup(f"{shown} {source}" if source else shown)  # not "printed as": not printed


def _date_source(context, meta) -> str:
    """Where ingest found a date the page did not print, or that ingest only guessed it,
    unless the curator set it since."""
    machine = meta.machine.detected if meta.machine else {}
    if machine.get("published") != meta.published:
        return ""
    words = _words(context)
    if meta.published_uncertain:
        note = words.gettext("a guess, not yet checked")
        return f'<em class="date-source">({web_text(note)})</em>'
    if meta.published_source not in ("address", "metadata"):
        return ""
    note = (words.gettext("from the address") if meta.published_source == "address"
            else words.gettext("from the page's metadata"))
    return f'<em class="date-source">({web_text(note)})</em>'


@jinja2.pass_context
def source_html(context, meta) -> Markup:
    if meta.url:
        return Markup(md.address_html(str(meta.url)))
    missing = _words(context).gettext("source link not recorded")
    return Markup(f"<em>{web_text(missing)}</em>")


@jinja2.pass_context
def also_published_html(context, article) -> Markup:
    """The other outlets that published the article's text, each with how much of it."""
    words = _words(context)
    pieces = []
    for twin, similarity in context["twins"](article):
        share = words.gettext("%(share)s same text", share=Markup(_h(f"{similarity:.0%}")))
        pieces.append(f"{_outlet_cell(context, twin.meta.outlet)} "
                      f"({_page_link(context, twin.page, share)})")
    return Markup(", ".join(pieces))


@jinja2.pass_context
def articles_table(context, articles, show_event: bool = True, show_outlet: bool = True,
                   show_language: bool = True) -> Markup:
    """A list of articles as an HTML table (Markdown would only parse it again, row by row:
    on a language's page, thousands of rows); the links are the pages' own addresses from
    this page. A title in another language than English has the curator's English title
    under it, to scan by; ``show_language`` is false on a language's own list."""
    words = _words(context)
    model, here = context["model"], context["here"]
    events = model.archive.events
    head = [words.gettext("Published"), *([words.gettext("Language")] if show_language else []),
            words.gettext("Title")]
    if show_outlet:
        head.append(words.gettext("Outlet"))
    if show_event:
        head.append(words.gettext("Event"))
    out = ["<table>\n<thead>\n<tr>", *(f"<th>{_attr(label)}</th>" for label in head),
           "</tr>\n</thead>\n<tbody>\n"]
    for article in articles:
        meta = article.meta
        language = meta.language
        english = (f'<br><span class="translation" lang="en">{_attr(meta.title_en)}</span>'
                   if meta.title_en and languages.primary(language) != "en" else "")
        out.append(f'<tr><td class="date">{_attr(iso_day(meta.published) or "—")}</td>'
                   + (f"<td>{_lang_tag(context, language)}</td>" if show_language else "")
                   + f'<td><a href="{_attr(model.urls.href(here, article.page))}">'
                   f'<bdi lang="{_attr(language)}" dir="{web_text(languages.direction(language))}">'
                   f"{_attr(meta.title)}</bdi></a>{english}</td>")
        if show_outlet:
            out.append(f"<td>{_outlet_cell(context, meta.outlet)}</td>")
        if show_event:
            if meta.event and meta.event in events:
                event = events[meta.event]
                out.append(f'<td><a href="{_attr(model.urls.href(here, event.page))}">'
                           f"{_attr(event.title)}</a></td>")
            else:
                out.append("<td>—</td>")
        out.append("</tr>\n")
    out.append("</tbody>\n</table>")
    return Markup("".join(out))


def facts_html(rows) -> Markup:
    """Facts as "label: value" lines; the values are HTML (``Markup``)."""
    lines = "<br />\n".join(f"<strong>{web_text(label)}:</strong> {web_text(value)}"
                            for label, value in rows)
    return Markup(f'<div class="facts">\n<p>{lines}</p>\n</div>')


@jinja2.pass_context
def text_html(context, article, heading_level: int = 3) -> Markup:
    """An article's text, with its annotated passages marked and the curator's notes on
    them."""
    tag = article.meta.language
    text = context["marked_text"](article, heading_level + 1)
    out = [f'<div class="article-text" lang="{_attr(tag)}" '
           f'dir="{web_text(languages.direction(tag))}">\n']
    if article.body:
        out.append(f"{web_text(text.body)}\n")
    out.append("</div>\n")
    if text.notes:
        words = _words(context)
        back = _attr(words.gettext("back to the passage"))
        heading = words.gettext("Curator's notes on passages")
        out.append(f'<div class="annotations">\n<p><strong>{web_text(heading)}</strong></p>\n'
                   "<ol>\n")
        for identifier, _label, quote, note in text.notes:
            out.append(f'<li><span id="{_attr(identifier)}-note"></span>'
                       f"{_in_language(quote, tag)} — {md.curator_inline(note)} "
                       f'<a href="#{_attr(identifier)}" title="{back}">↩</a></li>\n')
        out.append("</ol>\n</div>\n")
    return Markup("".join(out))


FRAGMENTS = {function.__name__: function for function in (
    lang_tag, language_tags, articles_table, lang_html, in_language_html, page_link, outlet_cell, outlet_name_html, outlet_profile_html,
    event_html, entity_html, event_dates_html, published_html, source_html,
    also_published_html, facts_html, text_html)}
"""What ``templating.environment`` adds to every template, by the name templates call."""
