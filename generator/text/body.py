"""The article body format, written and read in one place.

An article's body is plain text in paragraphs separated by blank lines. A paragraph is one
of: running text (its lines joined by spaces), a subheading (one line starting ``## ``), a
list (every line starting ``- ``, ``* `` or ``• ``), or a quotation (every line starting
``>``). Paragraphs are numbered from 0 in order; curator notes anchor to that number, so the
cleaner that writes a body and every reader of it (the pages, annotations, the search index,
outlet attribution, event suggestions) must agree on where paragraphs begin: they all use
``paragraphs`` here. This module imports nothing of the project.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

_BREAK = re.compile(r"\n\s*\n")  # a blank line, even one holding spaces
_BULLETS = ("- ", "* ", "• ")
_MARKER = re.compile(r"^(?:## |- |> )")


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of a body."""

    number: int
    """Its position among the body's paragraphs, from 0 (what annotations anchor to)."""
    raw: str
    """Its text as written, without surrounding blank space."""
    lines: tuple[str, ...]
    """Its non-empty lines, stripped."""

    @property
    def kind(self) -> str:
        """``"list"``, ``"heading"``, ``"quote"`` or ``"text"``."""
        if all(line.startswith(_BULLETS) for line in self.lines):
            return "list"
        if len(self.lines) == 1 and self.lines[0].startswith("## "):
            return "heading"
        if all(line.startswith(">") for line in self.lines):
            return "quote"
        return "text"

    @property
    def items(self) -> list[str]:
        """A list's items, without their bullets."""
        return [line[2:] for line in self.lines]

    @property
    def text(self) -> str:
        """What the paragraph says, without its markers: a heading's words, a quotation's
        lines joined, running text's lines joined; a list's items one a line."""
        kind = self.kind
        if kind == "heading":
            return self.lines[0][3:]
        if kind == "quote":
            return " ".join(line.lstrip(">").strip() for line in self.lines)
        if kind == "list":
            return "\n".join(self.items)
        return " ".join(self.lines)


def paragraphs(body: str) -> list[Paragraph]:
    """The paragraphs of ``body``, numbered."""
    found = []
    for raw in _BREAK.split(body.strip()):
        lines = tuple(line.strip() for line in raw.splitlines() if line.strip())
        if lines:
            found.append(Paragraph(len(found), raw.strip(), lines))
    return found


def first_paragraph(body: str) -> str:
    """The body's first paragraph as written ("" for an empty body): where a report names
    what it is about."""
    found = paragraphs(body)
    return found[0].raw if found else ""


def opening(body: str) -> str:
    """The start of a body, where a dateline stands: its first two paragraphs as written (a
    dateline may be a paragraph of its own: "Bakı, 9 oktyabr. Trend:")."""
    return " ".join(p.raw for p in paragraphs(body)[:2])


def plain_lines(body: str) -> str:
    """The body with the markers of headings, list items and quotations taken off each line:
    its words, as search indexes them."""
    return "\n".join(_MARKER.sub("", line) for line in body.splitlines())


def write(blocks: Iterable[tuple[str, str]]) -> str:
    """A body from (kind, text) blocks in order: ``"p"`` running text, ``"h"`` a subheading,
    ``"li"`` a list item (consecutive items make one list)."""
    parts: list[str] = []
    previous = None
    for kind, text in blocks:
        if kind == "li":
            item = f"- {text}"
            if previous == "li":
                parts[-1] += "\n" + item
            else:
                parts.append(item)
        elif kind == "h":
            parts.append(f"## {text}")
        else:
            parts.append(text)
        previous = kind
    return "\n\n".join(parts)
