"""A text dump's lines back into paragraphs, before anything judges them.

A saved page comes in one of two shapes: one paragraph a line, or lines wrapped at a fixed
width (a terminal browser's dump, ``lynx``/``w3m -cols 80``). Judged line by line, a wrapped
paragraph looks like a run of fragments. A wrapped dump shows itself by its right margin: many
lines end just short of one width, and each of them ends there because the next line's first
word would not have fitted. Such a line and the next are one paragraph; a blank line, a bullet
or a line that had room for the next word ends it.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

_ENDS_SENTENCE = re.compile(r"[.!?؟…。！？।։۔።][\"'”’»)\]]*\s*$")
BULLET = re.compile(r"^(?:[•●▪◦‣∙·◆■□➤►–—*+-]|\d{1,3}[.)]|[a-z][.)])\s+")


# Characters of East Asian width "W" or "F" (Unicode's EastAsianWidth), by block.
_WIDE = re.compile("[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff"
                   "\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60"
                   "\uffe0-\uffe6\U0001f300-\U0001f64f\U00020000-\U0003fffd]")


def width(text: str) -> int:
    """Columns ``text`` takes in a terminal: wide (CJK) characters take two."""
    if text.isascii():
        return len(text)
    return len(text) + len(_WIDE.findall(text))


@dataclass
class Paragraph:
    text: str
    """The paragraph on one line, spaces normalised by the caller."""
    lines: list[int]
    """The numbers (from 1) of the dump's lines it was made of."""
    indent: int
    """Leading spaces of its first line (list items and quotes are indented in dumps)."""
    blank_before: bool
    """A blank line (or the top of the file) stands before it."""


def wrap_width(lines: list[str]) -> int | None:
    """The width a dump was wrapped at, or None when it holds one paragraph a line.

    For each width a long line has, count the lines that end within 15 columns of it and whose
    next line's first word would not have fitted: the wrapper's breaks. The width with most
    such breaks wins when they are at least four and a tenth of the long lines; on a short
    page fewer do (one, at 60 columns or more) when no line is wider and each break falls
    inside a sentence (the next line goes on with a small letter, a letter of a script
    without capitals, or a mark that never opens a line). Lines wider
    than it count against it unless they could not have been broken (an address, a run of
    text with no space); a dump with one paragraph a line has many that could.
    """
    pairs = []
    for index, line in enumerate(lines[:-1]):
        following = lines[index + 1]
        if not line.strip() or not following.strip() or BULLET.match(following.strip()):
            continue
        used = width(line.rstrip())
        # a line that ends a sentence is no evidence of a wrapper: one paragraph a line
        # ends that way, a wrapped line seldom does
        if used >= 30 and not _ENDS_SENTENCE.search(line):
            first = following.strip()[0]
            # a sentence carried on: a small letter, a letter of a script without capitals, or
            # a mark that never opens a line (。，、」)
            carried = (first.isalpha() and not first.isupper() and not first.istitle()) or (
                unicodedata.category(first) in ("Po", "Pe", "Pf") and width(first) == 2)
            pairs.append((used, used + 1 + width(_first_word(following)), carried))
    long = sum(1 for line in lines if width(line.rstrip()) >= 40)
    # the widths of lines that hold a space (that a wrapper could have broken), sorted; and
    # the breaks by their width: each limit looks at a window of them (linear in the page)
    spaced = sorted(width(line.rstrip()) for line in lines if " " in line.strip())
    pairs.sort()
    used_widths = [used for used, _, _ in pairs]
    best, best_count, best_sure = None, 0, False
    for limit in sorted(set(used_widths)):
        window = pairs[bisect_right(used_widths, limit - 15) : bisect_right(used_widths, limit)]
        breaks = [(needed, carried) for _, needed, carried in window if limit < needed]
        count = len(breaks)
        if count <= best_count:
            continue
        # the wrapper's width lies between the widest break and the narrowest next word's end
        top = min(needed for needed, _ in breaks) - 1
        breakable = len(spaced) - bisect_right(spaced, top)
        if breakable <= max(2, count // 20):
            best, best_count = limit, count
            # a short page: few breaks, but nothing wider and every break inside a sentence
            best_sure = breakable == 0 and all(carried for _, carried in breaks)
    if best is None or best_count < long / 10:
        return None
    if best_count < 4 and not (best_sure and (best_count >= 2 or best >= 60)):
        return None
    return best


def _first_word(line: str) -> str:
    stripped = line.strip()
    if stripped and unicodedata.east_asian_width(stripped[0]) in "WF":
        return stripped[0]
    return stripped.split(" ", 1)[0] if stripped else ""


def _continues(previous: str, line: str, limit: int) -> bool:
    """Whether ``line`` carries on the paragraph ``previous`` (both raw, non-empty)."""
    if BULLET.match(line.strip()):
        return False
    used = width(previous.rstrip())
    room = 0 if unicodedata.east_asian_width(previous.rstrip()[-1:] or " ") in "WF" else 1
    # The next word did not fit: the break was the wrapper's, not the author's.
    return used + room + width(_first_word(line)) > limit


def _join(left: str, right: str) -> str:
    if not left:
        return right
    wide = unicodedata.east_asian_width(left[-1]) in "WF" and unicodedata.east_asian_width(
        right[:1] or " ") in "WF"
    return left + right if wide else f"{left} {right}"


def paragraphs(text: str) -> list[Paragraph]:
    """The dump's paragraphs, wrapped lines rejoined; one line, one paragraph otherwise."""
    raw = text.splitlines()
    limit = wrap_width(raw)
    result: list[Paragraph] = []
    blank = True
    previous_raw: str | None = None
    for number, line in enumerate(raw, start=1):
        if not line.strip():
            blank = True
            previous_raw = None
            continue
        indent = len(line) - len(line.lstrip(" "))
        if (limit is not None and previous_raw is not None and result
                and _continues(previous_raw, line, limit)):
            current = result[-1]
            current.text = _join(current.text, line.strip())
            current.lines.append(number)
        else:
            result.append(Paragraph(line.strip(), [number], indent, blank))
        previous_raw = line
        blank = False
    return result
