"""Web text into Markdown as *data*: nothing from an article becomes live markup.

Article text and titles come from the web. Before they enter a generated page every character
that HTML or Markdown would act on is neutralised: ``& < > " '`` become entities, inline
Markdown (emphasis, code, links, attribute lists, tables) is backslash-escaped, and a line that
would start a heading, list or quote is escaped at its start. In the blocks the archive writes
as HTML (an article's text, its facts, its lists), only ``& < > " '`` are entities, since
Markdown leaves raw HTML as it is. Of an article body only its own simple structure
(paragraphs, ``## `` subheadings, ``- `` items, ``> `` quotations) is kept.
"""

from __future__ import annotations

import hashlib
import html
import re
import unicodedata
from urllib.parse import quote, urlsplit

from markupsafe import Markup

from ..text.body import paragraphs

# Characters Python-Markdown accepts a backslash escape for, and that start inline markup.
_INLINE = re.compile(r"([\\`*_{}\[\]|])")
_LINE_START = re.compile(r"^(\s*)([#+\-])")
_ORDERED = re.compile(r"^(\s*\d+)([.)])")


def inline(text: str, *, line_start: bool = True) -> str:
    """Escape one line of web text for use anywhere inline in Markdown (also table cells).

    ``line_start=False`` is for a piece that follows other text on its line, where a leading
    "#", "-" or "1." cannot start a block.
    """
    text = " ".join(str(text).split())
    text = html.escape(text, quote=True)
    text = _INLINE.sub(r"\\\1", text)
    if not line_start:
        return text
    text = _LINE_START.sub(lambda m: f"{m.group(1)}\\{m.group(2)}", text)
    return _ORDERED.sub(lambda m: f"{m.group(1)}\\{m.group(2)}", text)


def web_text(value: object) -> Markup:
    """A value for a page template: web text escaped by ``inline``, unless it is already
    trusted markup (``Markup``); None prints nothing. Every template prints through this."""
    if isinstance(value, Markup):
        return value
    if value is None:
        return Markup("")
    return Markup(inline(str(value)))


def plain_title(text: str) -> str:
    """A title for ``<title>``, navigation and search: no character that could form markup.

    Themes print page titles through filters that unescape entities, so the characters are
    replaced by look-alikes here rather than escaped.
    """
    text = " ".join(str(text).split())
    return text.translate(str.maketrans({"<": "‹", ">": "›", "&": "＆", "`": "'", "\\": "/"}))


_MARKDOWN_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MARKDOWN_MARKS = re.compile(r"[*_`#>|]+|^\s*[-+]\s+", re.MULTILINE)


def plain_summary(text: str | None, limit: int = 200) -> str:
    """Curator Markdown as one line of plain text for a preview (a shared link's card, a
    ``<meta>`` description): links keep their words, marks go, and it is cut at a word
    within ``limit`` characters. Escaping is left to where it is printed."""
    if not text:
        return ""
    plain = " ".join(_MARKDOWN_MARKS.sub("", _MARKDOWN_LINK.sub(r"\1", str(text))).split())
    if len(plain) <= limit:
        return plain
    cut = plain[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


def safe_url(url: str) -> str | None:
    """An http(s) address encoded for a Markdown link, or None for any other scheme."""
    url = str(url).strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return quote(url, safe=":/?#@!$&*+,;=%~-._")


def link(label: str, url: str | None) -> str:
    """A Markdown link with an escaped label, or the escaped label alone when the URL is unsafe."""
    target = safe_url(url) if url else None
    if target is None:
        return inline(label)
    return f"[{inline(label)}]({target})"


def display_url(url: str) -> str:
    """A short, readable form of an address for link labels (host and path, decoded)."""
    from urllib.parse import unquote

    parts = urlsplit(url)
    host = parts.hostname or ""
    path = unquote(parts.path).rstrip("/")
    text = host + path
    return text if len(text) <= 60 else text[:57] + "…"


def _right_to_left(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def address_html(url: str | None, label: str | None = None) -> str:
    """An address as a link that reads left to right in any page: its short form
    (``display_url``) with each segment of its path written in a right-to-left script kept
    whole (``<bdi>``), so that the slashes stay in order ("sarabic.ae/20251009/بوتين-…",
    not the path turned around the Arabic words). ``label`` replaces the short form."""
    text = label if label is not None else display_url(url or "")
    head, *segments = text.split("/")
    shown = "/".join([text_html(head), *(
        f"<bdi>{text_html(part)}</bdi>" if _right_to_left(part) else text_html(part)
        for part in segments)])
    target = safe_url(url) if url else None
    if target is None:
        return f'<span class="address" dir="ltr">{shown}</span>'
    return f'<a class="address" href="{attr(target)}" dir="ltr">{shown}</a>'


def attr(value: str) -> str:
    return html.escape(str(value), quote=True)


def text_html(text: str) -> str:
    """One line of web text for raw HTML: spaces collapsed, ``& < > " '`` as entities. Only
    for HTML that reaches the page as it is (a block of the archive's own HTML, which Markdown
    passes through untouched); in Markdown, ``inline``."""
    return html.escape(" ".join(str(text).split()), quote=True)


def link_html(label: str, url: str | None) -> str:
    """An HTML link with an escaped label, or the escaped label alone when the URL is unsafe."""
    target = safe_url(url) if url else None
    if target is None:
        return text_html(label)
    return f'<a href="{attr(target)}">{text_html(label)}</a>'


def _segment(text: str) -> str:
    """Escape a piece of a paragraph, keeping the single spaces at its edges."""
    lead = " " if text[:1].isspace() else ""
    trail = " " if text[-1:].isspace() else ""
    escaped = text_html(text)
    return f"{lead}{escaped}{trail}" if escaped else lead or trail


def marked_paragraph(text: str, marks: list[tuple[int, int, str, str]]) -> str:
    """A paragraph's HTML with passages marked: ``marks`` are (start, end, id, label), in order.

    Each passage becomes <mark id=…>…</mark> followed by a numbered link to its note; the text
    around and inside is escaped like any web text.
    """
    text = " ".join(text.split("\n"))
    out, position = [], 0
    for start, end, anchor, label in sorted(marks):
        out.append(_segment(text[position:start]))
        out.append(f'<mark class="annotated" id="{attr(anchor)}">'
                   f"{_segment(text[start:end]).strip()}</mark>"
                   f'<sup class="annotation-marker"><a href="#{attr(anchor)}-note">{attr(label)}</a></sup>')
        position = end
    out.append(_segment(text[position:]))
    return "".join(out).strip()


def _heading_id(text: str, taken: set[str]) -> str:
    """A subheading's anchor, as the site's table of contents makes its headings' (readable in
    every script: lower case, letters kept), unique in the text."""
    from pymdownx.slugs import slugify

    anchor = slugify(case="lower")(text, "-")
    if not anchor:
        return ""
    found, number = anchor, 0
    while found in taken:
        number += 1
        found = f"{anchor}_{number}"
    taken.add(found)
    return found


def body(text: str, *, heading_level: int = 4,
         marks: dict[int, list[tuple[int, int, str, str]]] | None = None) -> str:
    """An article body (the archive's plain text form) as HTML, one block per line and no
    blank line: paragraphs, subheadings, lists and quotations, every character of the text
    escaped. Markdown passes such a block through as it is (and the plugin hands it past
    Markdown altogether: Python-Markdown's inline processors would only scan it).

    ``marks`` maps a paragraph's number to the passages to mark in it (annotations).
    """
    out: list[str] = []
    marks = marks or {}
    taken: set[str] = set()
    for paragraph in paragraphs(text):
        kind = paragraph.kind
        if kind == "list":
            items = "\n".join(f"<li>{text_html(item)}</li>" for item in paragraph.items)
            out.append(f"<ul>\n{items}\n</ul>")
        elif kind == "heading":
            anchor = _heading_id(paragraph.text, taken)
            out.append(f'<h{heading_level} id="{attr(anchor)}">{text_html(paragraph.text)}'
                       f"</h{heading_level}>" if anchor else
                       f"<h{heading_level}>{text_html(paragraph.text)}</h{heading_level}>")
        elif kind == "quote":
            out.append(f"<blockquote>\n<p>{text_html(paragraph.text)}</p>\n</blockquote>")
        elif paragraph.number in marks:
            out.append(f"<p>{marked_paragraph(paragraph.raw, marks[paragraph.number])}</p>")
        else:
            out.append(f"<p>{text_html(paragraph.text)}</p>")
    return "\n".join(out)


# Curator Markdown: rendered here, then sanitised with an allow-list, then placed in the page
# as HTML that no later Markdown pass acts on.
_BLOCK_TAGS = {"p", "a", "em", "strong", "b", "i", "code", "pre", "del", "s", "sup", "sub",
               "br", "hr", "ul", "ol", "li", "blockquote", "h2", "h3", "h4", "h5", "h6",
               "table", "thead", "tbody", "tr", "th", "td", "div", "span"}
_INLINE_TAGS = {"a", "em", "strong", "b", "i", "code", "del", "s", "sup", "sub", "br", "span"}
_ATTRIBUTES = {"a": {"href", "title"}, "th": {"align"}, "td": {"align"},
               "div": {"class"}, "span": {"class"}, "li": {"id"}, "sup": {"id"}}
_MARKDOWN_CHARACTERS = re.compile(r"(<[^>]*>)|([\\`*_{}\[\]|#+\-!~])")


def _render_curator(text: str, tags: set[str]) -> str:
    import markdown
    import nh3

    rendered = markdown.markdown(
        str(text), extensions=["footnotes", "sane_lists", "tables"],
        extension_configs={"footnotes": {"UNIQUE_IDS": True}}, output_format="html")
    return nh3.clean(rendered, tags=tags, attributes=_ATTRIBUTES,
                     url_schemes={"http", "https"}, link_rel="nofollow noopener noreferrer",
                     strip_comments=True)


def _inert(html_text: str) -> str:
    """Characters Markdown would act on, as entities, outside tags: the HTML stays as it is."""
    return _MARKDOWN_CHARACTERS.sub(
        lambda m: m.group(1) or f"&#{ord(m.group(2))};", html_text)


def curator_block(text: str) -> str:
    """A curator's Markdown (a summary, notes, a profile) as a block of sanitised HTML.

    Links, emphasis, lists, quotes, tables and footnotes render; raw HTML is reduced to an
    allow-list: no script, no event handlers, no frames or embeds, no link but http(s).
    """
    body = _render_curator(text, _BLOCK_TAGS)
    # footnote ids of their own, so that two notes on one page never share one
    prefix = hashlib.sha256(str(text).encode("utf-8")).hexdigest()[:8]
    body = re.sub(r'(id="|href="#)(fn|fnref):', rf"\1\2-{prefix}:", body)
    return f'<div class="curator-text" dir="auto">\n{_inert(body)}\n</div>'


def curator_inline(text: str) -> str:
    """A curator's Markdown on one line (a note in a list): inline elements only."""
    body = _render_curator(" ".join(str(text).split()), _INLINE_TAGS)
    return _inert(body.replace("\n", " ").strip())
