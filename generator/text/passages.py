"""Passage annotations: a curator's note anchored to an article by quoting the passage.

Like the W3C Web Annotation TextQuoteSelector, a note names its passage by the exact words
(``quote``), with some words just before (``prefix``) or after (``suffix``) when the quote
occurs more than once. Matching forgives what re-cleaning may change: runs of white space,
zero-width joiners, tatweel and Unicode normal forms. A quote that no longer matches is an error
of ``check``: a note is never dropped silently.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from .body import paragraphs

_IGNORED = {"\u200c", "\u200d", "\u200b", "\u0640", "\u00ad", "\ufeff"}


@dataclass(frozen=True)
class Anchor:
    """Where a quote sits: a paragraph of the body and character offsets inside it."""

    paragraph: int
    start: int
    end: int


def _comparable(text: str) -> tuple[str, list[tuple[int, int]]]:
    """``text`` reduced for matching, with the original span of each kept character.

    A base character and the combining marks after it are normalised together (NFKC), so a
    decomposed "é" compares equal to a composed one; ignored characters vanish, white space
    runs become one space.
    """
    kept: list[str] = []
    spans: list[tuple[int, int]] = []
    previous_space = False
    index = 0
    while index < len(text):
        end = index + 1
        while end < len(text) and unicodedata.combining(text[end]):
            end += 1
        group = "".join(ch for ch in text[index:end] if ch not in _IGNORED)
        for part in unicodedata.normalize("NFKC", group):
            if part.isspace():
                if previous_space or not kept:
                    continue
                part, previous_space = " ", True
            else:
                previous_space = False
            kept.append(part)
            spans.append((index, end))
        index = end
    while kept and kept[-1] == " ":
        kept.pop()
        spans.pop()
    return "".join(kept), spans


def paragraphs_of(body: str) -> list[str]:
    """The body's paragraphs as written, numbered as the pages number them."""
    return [paragraph.raw for paragraph in paragraphs(body)]


def locate(body: str, quote: str, prefix: str | None = None,
           suffix: str | None = None) -> list[Anchor]:
    """Every place of ``quote`` in ``body`` that agrees with ``prefix`` and ``suffix``.

    A quote must lie within one paragraph. One anchor means the note is anchored; none means
    the quote is stale; several mean it needs a prefix or suffix.
    """
    needle, _ = _comparable(quote)
    before, _ = _comparable(prefix or "")
    after, _ = _comparable(suffix or "")
    if not needle:
        return []
    anchors = []
    for number, paragraph in enumerate(paragraphs_of(body)):
        text, spans = _comparable(paragraph)
        start = text.find(needle)
        while start >= 0:
            end = start + len(needle)
            head = text[:start].rstrip()
            tail = text[end:].lstrip()
            if (not before or head.endswith(before)) and (not after or tail.startswith(after)):
                anchors.append(Anchor(number, spans[start][0], spans[end - 1][1]))
            start = text.find(needle, start + 1)
    return anchors
