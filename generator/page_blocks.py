"""The archive's HTML blocks kept out of Python-Markdown, and put back into the page's HTML.

What the archive knows how to write it writes as HTML (a list of articles, an article's title,
facts, text, notes and citation, a page's outlets, an event's tables and chart). Markdown would
only scan such a block to pass it through unchanged: each is replaced by a mark before Markdown
reads the page (``set_aside``) and put back after (``put_back``), with the anchors it holds
and, for a page's title, the entry that heads the table of contents.
"""

from __future__ import annotations

import re
from html import unescape

HTML_BLOCK = re.compile(
    r'^(?:<table>\n<thead>\n.*?\n</tbody>\n</table>'
    r'|<div class="(?:facts|article-text|annotations|citation|curator-text)"(?![^\n]*\smarkdown)[^\n]*>\n'
    r'(?:[^\n]+\n)*?</div>'
    r'|<ul class="outlet-notes">\n(?:[^\n]+\n)*?</ul>'
    r'|<h1 id="title"[^\n]*</h1>|<p class="translation">[^\n]*</p>'
    r'|<figure class="archive-chart">[^\n]*</figure>)$', re.MULTILINE | re.DOTALL)
"""A block the archive wrote as HTML (``parts.md``), one element without a blank line, which
Python-Markdown would pass through as it is."""

TITLE_HTML = re.compile(r'<h1 id="title"[^>]*>(.*)</h1>$')
HTML_MARK = re.compile(r"<!-- archive html (\d+) -->")
HTML_ID = re.compile(r'\sid="([^"]*)"')


def set_aside(markdown: str) -> tuple[str, list[str]]:
    """``markdown`` with the archive's HTML blocks replaced by marks, and the blocks."""
    blocks: list[str] = []

    def replace(match: re.Match) -> str:
        block = match.group(0)
        if block.count("<div") != block.count("</div>"):
            return block  # not one element: Markdown reads it
        blocks.append(block)
        return f"<!-- archive html {len(blocks) - 1} -->"

    return HTML_BLOCK.sub(replace, markdown), blocks


def put_back(html: str, page, blocks: list[str]) -> str:
    """``html`` (a page's, as Markdown made it) with its blocks where their marks are; what
    links to a passage or a note finds it, and the page's title heads its table of contents,
    as they would had Markdown passed the blocks through."""
    html = HTML_MARK.sub(lambda match: blocks[int(match.group(1))], html)
    anchors = {unescape(found) for block in blocks for found in HTML_ID.findall(block)}
    if anchors:
        page.present_anchor_ids = (page.present_anchor_ids or set()) | anchors
    title = TITLE_HTML.match(blocks[0])
    if title:
        page.toc = _headed_by(page.toc, title.group(1))
    return html


def _headed_by(toc, title: str):
    """``toc`` (a page's table of contents) under an entry for the page's title (``title``:
    HTML), which leads to ``#title``: the entry Markdown makes of a title it renders."""
    from mkdocs.structure.toc import AnchorLink, TableOfContents

    top = AnchorLink(title, "title", 1)
    top.children = list(toc or ())
    for entry in top.children:
        entry.active = False
    top.active = True  # as MkDocs marks a table's first entry
    return TableOfContents([top])
