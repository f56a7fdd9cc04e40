"""Pages without their indentation: the HTML a theme writes, with every run of white space
that holds a line break made one line break, or none beside a block's tag.

A browser collapses such a run to one space wherever white space is not kept, and drops it
where a line starts or ends: at the start or end tag of a block (``<li>``, ``</div>``,
``<br>``...). So the page reads and lays out as before. Inside ``pre``, ``textarea``,
``script`` and ``style``, inside tags (attribute values), and between two inline tags
(``</a>`` and ``<span>``: there the space shows), nothing more than that changes. Material's
templates indent deeply: this is about a fifth of every page of the archive.
"""

from __future__ import annotations

import re

_KEPT = re.compile(r"(<(pre|textarea|script|style)\b.*?</\2\s*>)", re.S | re.I)
_TAG = re.compile(r"(<[^>]*>)")
_SPACE = re.compile(r"[ \t\r\f]*\n\s*")
_NAME = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)")
# Elements whose tags end a line box (block and table boxes, list items, line breaks), and
# those of the document's head, which lays nothing out.
BLOCKS = frozenset("""address article aside blockquote body br dd details dialog div dl dt
    fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hr html li link main
    meta nav ol p section summary table tbody td tfoot th thead title tr ul""".split())


def _is_block(tag: str) -> bool:
    name = _NAME.match(tag)
    return bool(name) and name.group(1).lower() in BLOCKS


def compact(html: str) -> str:
    """``html`` with each run of white space between tags or in text that holds a line
    break made a single line break, or removed when it only separates two tags and one of
    them is a block's (outside the elements that keep their white space)."""
    parts = _KEPT.split(html)  # text, kept element, its tag name, text, ...
    out: list[str] = []
    for index in range(0, len(parts), 3):
        pieces = _TAG.split(parts[index])  # text, tag, text, tag, ..., text
        last = len(pieces) - 1
        for number, piece in enumerate(pieces):
            if number % 2:
                out.append(piece)
            elif (0 < number < last and "\n" in piece and not piece.strip()
                  and (_is_block(pieces[number - 1]) or _is_block(pieces[number + 1]))):
                continue
            else:
                out.append(_SPACE.sub("\n", piece))
        if index + 1 < len(parts):
            out.append(parts[index + 1])
    return "".join(out)
