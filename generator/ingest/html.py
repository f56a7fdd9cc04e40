"""HTML pages: the main content and metadata by trafilatura, then the archive's own cleaner.

Trafilatura finds the story's region of the page and the publisher's metadata (title, author,
date, site name, canonical address). Its text then goes through the same line cleaner as text
dumps, which removes what a page template leaves inside the story's region (share rows,
"read also" lists, end markers) and finds a printed dateline with its time of day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import unescape

_JOINERS = {"\u200c": "\u303f", "\u200d": "\u303e"}  # ideographic symbols no news text uses
_PROTECT = str.maketrans(_JOINERS)
_RESTORE = str.maketrans({v: k for k, v in _JOINERS.items()})


@dataclass
class HtmlExtract:
    text: str
    title: str | None
    author: str | None
    date: str | None
    published_time: str | None
    """The publication moment the page's metadata states with its offset (``article:
    published_time``, schema.org ``datePublished``), when it does."""
    sitename: str | None
    url: str | None
    language: str | None
    page_lines: list[str]
    """Every block of text on the whole page, in order (to account for what extraction left)."""
    headings: list[str] = field(default_factory=list)
    """The page's top-level headings (``<h1>``), in order."""
    updated: str | None = None
    """The last update the page's metadata states (``article:modified_time``, schema.org
    ``dateModified``), as written."""
    keywords: list[str] = field(default_factory=list)
    """The tags the page's metadata gives (``article:tag``, ``news_keywords``, ``keywords``)."""
    standfirst: str | None = None
    """The standfirst the page marks up by its class (which the extractor may leave out)."""
    document_title: str | None = None
    """The text of the page's ``<title>`` element, as written (sites print the day there:
    "… - 07.12.2017 - LA NACION")."""


_PUBLISHED_META = re.compile(
    r"<meta\b[^>]*?(?:property|name|itemprop)\s*=\s*[\"'](?:article:published_time|"
    r"og:article:published_time|datePublished|pubdate|publish-date)[\"'][^>]*>", re.IGNORECASE)
_CONTENT = re.compile(r"\bcontent\s*=\s*[\"']([^\"']+)[\"']", re.IGNORECASE)
_JSON_LD_PUBLISHED = re.compile(r"\"datePublished\"\s*:\s*\"([^\"]+)\"")
_WITH_OFFSET = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)$")


def published_time(html: str) -> str | None:
    """The page's stated publication moment, when it gives a time with an offset."""
    found = [m for tag in _PUBLISHED_META.findall(html[:200_000])
             for m in _CONTENT.findall(tag)] + _JSON_LD_PUBLISHED.findall(html[:200_000])
    return next((value.strip() for value in found if _WITH_OFFSET.match(value.strip())), None)


_MODIFIED_META = re.compile(
    r"<meta\b[^>]*?(?:property|name|itemprop)\s*=\s*[\"'](?:article:modified_time|"
    r"og:updated_time|dateModified|last-modified)[\"'][^>]*>", re.IGNORECASE)
_JSON_LD_MODIFIED = re.compile(r"\"dateModified\"\s*:\s*\"([^\"]+)\"")
_KEYWORD_META = re.compile(
    r"<meta\b[^>]*?(?:property|name)\s*=\s*[\"'](?:article:tag|news_keywords|keywords)[\"']"
    r"[^>]*>", re.IGNORECASE)


def modified_time(html: str) -> str | None:
    """The page's stated last update (ISO 8601 as written), if it states one."""
    head = html[:200_000]
    found = [m for tag in _MODIFIED_META.findall(head) for m in _CONTENT.findall(tag)]
    found += _JSON_LD_MODIFIED.findall(head)
    return next((value.strip() for value in found
                 if re.match(r"^\d{4}-\d\d-\d\d", value.strip())), None)


def page_keywords(html: str, limit: int = 30) -> list[str]:
    """The page's tags from its metadata, in order, each once (at most ``limit``)."""
    import html as entities

    found: list[str] = []
    for tag in _KEYWORD_META.findall(html[:200_000]):
        for content in _CONTENT.findall(tag):
            for word in re.split(r"\s*[,;]\s*", entities.unescape(content)):
                word = " ".join(word.split())
                if word and len(word) <= 80 and word.casefold() not in map(str.casefold, found):
                    found.append(word)
    return found[:limit]


_OPEN_EMPHASIS = re.compile(r"^((?:## )?)\*\*(?=\S)|(?<=\S)\*\*$")
_FORMAT_TAG = re.compile(r"</?(?:u|sup|sub|s|strike|del|ins|mark|small|big|em|strong|b|i|span|"
                         r"font|abbr|cite|q)(?:\s[^<>]*)?>", re.IGNORECASE)
_MARKDOWN_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>~])")


def extract_html(html: str, url: str | None = None) -> HtmlExtract:
    """The story's text (headings as ``## ``, list items as ``- ``) and the page's metadata."""
    import trafilatura
    from trafilatura.metadata import extract_metadata

    # Trafilatura deletes format characters, among them the zero-width non-joiner that Persian
    # spelling needs (کتابخانه‌ها), and every non-printable character; carry joiners through
    # as rare printable characters and restore them.
    html = html.translate(_PROTECT)
    text = trafilatura.extract(
        html, url=url, output_format="markdown", include_comments=False, include_tables=False,
        include_images=False, include_links=False, include_formatting=True,
        favor_precision=True, deduplicate=False,
    ) or ""
    meta = extract_metadata(html, default_url=url, extensive=False)
    lines = []
    for line in text.splitlines():
        # The page's h1 is its headline: a plain line, for the cleaner to find as the title;
        # lower headings are the story's subheadings.
        heading = re.match(r"^(#{1,6})\s+(.*)$", line)
        if heading:
            line = heading.group(2) if len(heading.group(1)) == 1 else f"## {heading.group(2)}"
        # emphasis is presentation: the archive keeps the words, not the asterisks
        line = re.sub(r"(\*\*|__)(.+?)\1", r"\2", line)
        line = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"\1", line)
        line = _OPEN_EMPHASIS.sub(r"\1", line)  # bold across lines: its ends
        # so is underlining, a superscript (142<sup>e</sup>): tags the extractor leaves
        line = _FORMAT_TAG.sub("", line)
        # the body is plain text: Markdown's escapes ("1\.", "\[CNET\]") are not kept
        line = _MARKDOWN_ESCAPE.sub(r"\1", line)
        lines.append(line)
    lead = standfirst(html.translate(_RESTORE))
    language = None
    declared = re.search(r"<html[^>]*\blang=[\"']?([A-Za-z-]{2,12})", html[:2000], re.IGNORECASE)
    if declared:
        language = declared.group(1).split("-")[0].lower()
    return HtmlExtract(
        text="\n".join(lines).translate(_RESTORE),
        title=_clean((getattr(meta, "title", None) or "").translate(_RESTORE)),
        author=_clean(getattr(meta, "author", None)),
        date=getattr(meta, "date", None),
        published_time=published_time(html),
        sitename=_site_name(getattr(meta, "sitename", None)),
        url=getattr(meta, "url", None) if _is_http(getattr(meta, "url", None)) else None,
        language=language,
        page_lines=page_lines(html.translate(_RESTORE)),
        headings=top_headings(html.translate(_RESTORE)),
        updated=modified_time(html),
        keywords=page_keywords(html),
        standfirst=lead,
        document_title=document_title(html.translate(_RESTORE)),
    )


_BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "tr", "blockquote",
           "pre", "figcaption", "dt", "dd", "section", "article", "header", "footer", "nav",
           "aside", "main", "ul", "ol", "table", "form", "br", "time", "address", "figure"}
_INVISIBLE = ("script", "style", "noscript", "template", "svg", "head", "iframe", "object")


_TITLE_ELEMENT = re.compile(r"<title\b[^>]*>([^<]{1,500})</title>", re.IGNORECASE)


def document_title(html: str) -> str | None:
    """The text of the page's first ``<title>`` element, unescaped, or None."""
    found = _TITLE_ELEMENT.search(html)
    if not found:
        return None
    return " ".join(unescape(found.group(1)).split()) or None


def page_lines(html: str) -> list[str]:
    """The visible text of the whole page, one block a line (never raises: [] when the page
    cannot be parsed)."""
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return []
    for element in root.iter(*_INVISIBLE):
        element.drop_tree() if element.getparent() is not None else None
    for element in root.iter():
        # a line break in the page's source is a space on the page (but in <pre>)
        inside = any(isinstance(a.tag, str) and a.tag.lower() == "pre"
                     for a in element.iterancestors())
        own = isinstance(element.tag, str) and element.tag.lower() == "pre"
        if element.text and not inside and not own:
            element.text = re.sub(r"\s+", " ", element.text)
        if element.tail and not inside:
            element.tail = re.sub(r"\s+", " ", element.tail)
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCKS:
            element.text = "\n" + (element.text or "")
            element.tail = "\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return [line for line in lines if line]


def top_headings(html: str) -> list[str]:
    """The text of each ``<h1>`` of the page, in order (never raises)."""
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return []
    found = (" ".join(element.text_content().split()) for element in root.iter("h1"))
    return [text for text in found if text]


# A standfirst's markup: a class or itemprop word of its own ("article__announce", "standfirst",
# "lead", "dek", "subtitle"), never one of a list of teasers
_STANDFIRST_CLASS = re.compile(
    r"(?:^|[\s_-])(?:standfirst|lead|lede|announce|subtitle|subheadline|sub-headline|dek|"
    r"intro|summary|abstract|description)(?:$|[\s_-])", re.IGNORECASE)
_NOT_STORY = ("nav", "aside", "footer", "li", "ul", "ol", "form", "figcaption", "button")


def standfirst(html: str) -> str | None:
    """The story's standfirst, where the page marks one up by its class (a sentence or two
    between the headline and the story: "Президенты обсудили катастрофу самолета AZAL"); the
    extractor leaves such a block out as too short (never raises: None)."""
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return None
    headline = next(root.iter("h1"), None)
    if headline is None:
        return None
    for element in headline.itersiblings():  # after the headline, before the story
        found = _marked_standfirst(element)
        if found is not None:
            return found
        if isinstance(element.tag, str) and element.tag.lower() == "p":
            return None
    return None


def _marked_standfirst(element) -> str | None:
    for candidate in element.iter():
        if not isinstance(candidate.tag, str) or candidate.tag.lower() in _NOT_STORY:
            continue
        marks = f"{candidate.get('class') or ''} {candidate.get('itemprop') or ''}"
        if not _STANDFIRST_CLASS.search(marks):
            continue
        if any(isinstance(a.tag, str) and a.tag.lower() in _NOT_STORY
               for a in candidate.iterancestors()):
            continue
        text = " ".join(candidate.text_content().split())
        if 30 <= len(text) <= 400 and len(text.split()) >= 4:
            return text
    return None


# What joins a headline and a site's name in a page's title: "Headline - Site", "Site |
# Headline", "Headline / Section / site.com", "見出し：サイト名".
_TITLE_PARTS = re.compile(r"\s+(?:[-|–—/»·•]|::)\s+|\s*[|｜：]\s*")


def headline_of(extract: HtmlExtract, url: str | None) -> str | None:
    """The page's headline from its metadata: its stated title without the parts that name
    the site (its name, its address), or the ``<h1>`` that title is or begins with (a title
    that adds a section: "Headline / Section")."""
    from .headline import title_key

    if not extract.title:
        return None
    title = without_site(extract.title, extract.sitename, url)
    beside = _headline_beside(title, extract)
    if beside is not None:  # the stated title was the site's own name (a logo's <h1>)
        title = without_site(beside, extract.sitename, url)
    key = title_key(title)
    for heading in extract.headings:
        found = title_key(heading)
        if len(found) >= 4 and (key == found or (
                key.startswith(found) and _TITLE_PARTS.match(key[len(found):]))):
            return heading
    return title


def _headline_beside(title: str, extract: HtmlExtract) -> str | None:
    """The rest of the page's ``<title>`` when ``title`` is only its first or last part, and
    that rest, longer by two words at least, is printed as a line of its own where ``title``
    does not head the story: a site that marks up its name as the ``<h1>`` (its logo) and its
    headline lower ("Headline | Site name")."""
    from .headline import title_key

    whole = extract.document_title
    parts = list(_TITLE_PARTS.finditer(whole)) if whole else []
    if not parts:
        return None
    key = title_key(title)
    if title_key(whole[: parts[0].start()]) == key:
        rest = whole[parts[0].end():]
    elif title_key(whole[parts[-1].end():]) == key:
        rest = whole[: parts[-1].start()]
    else:
        return None
    top = {title_key(re.sub(r"^#+\s+", "", line))
           for line in extract.text.splitlines()[:8] if line.strip()}
    if key in top or len(rest.split()) < len(title.split()) + 2 \
            or _names_site(rest, _site_names(extract.sitename, None)):
        return None
    # the rest is printed on the page as a line of its own (a heading the extractor may have
    # left out), and is longer than a site's name
    printed = top | {title_key(line) for line in extract.page_lines}
    return rest.strip() if title_key(rest) in printed else None


def _compact(text: str) -> str:
    from slugify import slugify

    return slugify(text, separator="") or "".join(text.casefold().split())


def _site_names(sitename: str | None, url: str | None) -> set[str]:
    """The site's name and its address's, compacted."""
    from .detect import host_of, registrable_domain

    names = set()
    if sitename:
        names.add(_compact(sitename))
    if url:
        domain = registrable_domain(host_of(url))
        names |= {_compact(domain), _compact(domain.split(".")[0])}
    names.discard("")
    return names


def _names_site(part: str, names: set[str]) -> bool:
    found = _compact(part)
    return bool(found) and any(found == name or (len(found) >= 3 and found in name)
                               or (len(name) >= 4 and name in found) for name in names)


def without_site(title: str, sitename: str | None, url: str | None) -> str:
    """``title`` without a first or last part that names the site."""
    names = _site_names(sitename, url)
    if not names:
        return title
    pieces = _TITLE_PARTS.split(title)
    separators = _TITLE_PARTS.findall(title)
    while len(pieces) > 1 and _names_site(pieces[-1], names):
        pieces.pop()
        separators.pop()
    while len(pieces) > 1 and _names_site(pieces[0], names):
        pieces.pop(0)
        separators.pop(0)
    kept = pieces[0]
    for separator, piece in zip(separators, pieces[1:], strict=True):
        kept += separator + piece
    return kept.strip() or title


def _clean(value: str | None) -> str | None:
    if not value:
        return None
    value = " ".join(str(value).split())
    return value or None


_TRAILING_DATE = re.compile(r"[\s,;:–—-]+\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?:\s+\d{1,2}:\d{2})?$")


def _site_name(value: str | None) -> str | None:
    """A site's name, without the date a page's title prints after it ("РИА Новости,
    09.10.2025")."""
    value = _clean(value)
    return _clean(_TRAILING_DATE.sub("", value)) if value else None


def _is_http(value: str | None) -> bool:
    return bool(value) and str(value).lower().startswith(("http://", "https://"))
