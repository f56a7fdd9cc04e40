"""Pages without their indentation: the HTML a theme writes, with every run of white space
that holds a line break made one line break.

A browser collapses such a run to one space wherever white space is not kept, so the page
reads and lays out as before; inside ``pre``, ``textarea``, ``script`` and ``style``, and
inside tags (attribute values), nothing changes. Material's templates indent deeply: this is
about a seventh of every page of the archive.
"""

from __future__ import annotations

import re

_KEPT = re.compile(r"(<(pre|textarea|script|style)\b.*?</\2\s*>)", re.S | re.I)
_TAG = re.compile(r"(<[^>]*>)")
_SPACE = re.compile(r"[ \t\r\f]*\n\s*")


def compact(html: str) -> str:
    """``html`` with each run of white space between tags or in text that holds a line
    break made a single line break (outside the elements that keep their white space)."""
    parts = _KEPT.split(html)  # text, kept element, its tag name, text, ...
    out: list[str] = []
    for index in range(0, len(parts), 3):
        for number, piece in enumerate(_TAG.split(parts[index])):
            out.append(piece if number % 2 else _SPACE.sub("\n", piece))
        if index + 1 < len(parts):
            out.append(parts[index + 1])
    return "".join(out)
