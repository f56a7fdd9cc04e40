"""Text dumps of whole web pages to the story alone, with its title and dateline.

The cleaner reads a page as a sequence of lines and uses the evidence a text dump keeps:

1. *Anchors*: the headline (a headline-shaped line, printed twice or three times, near a short
   date line, echoing the address's slug) and the dateline (a short line holding a date).
   What comes before the first anchor is site furniture: menus, banners, logos.
2. *The end*: the first line after the story's prose that names a comment thread, a related or
   most-read list, an author biography or an end marker (``boilerplate.TERMINATORS``); then the
   non-prose lines left at the tail (bylines, source credits, a stray related headline).
3. *Inside*: share rows, buttons and footers (``boilerplate.FURNITURE``), repeated headlines,
   date lines, numeric ids and hashtag rows are removed; subheadings, bulleted lists,
   quotations and captions are kept.

Every removed line is recorded with its reason, so a curator can see exactly what went.
"""

from __future__ import annotations

import importlib.util
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

from . import boilerplate
from .dates import LETTER_FORMS, DateMention, find_dates

CLEANER_VERSION = "0.2.0"

_TERMINAL = ".!?؟…。।"
_CLOSERS = "\"'”’»)]›」』"
_BULLET = re.compile(r"^(?:[•●▪◦‣∙·◆■□➤►–—*-]|\d{1,2}[.)])\s+")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_HASHTAG = re.compile(r"#[^\s#]+")
_FOLD = str.maketrans({**LETTER_FORMS, "ـ": None, "\u200c": None, "\u200d": None})


def fold(text: str) -> str:
    """Fold for comparison: Turkish-aware lower case, unified Arabic/Persian letters."""
    return text.translate(_FOLD).lower()


def normalise_line(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\u00a0", " ").replace("\ufeff", "")
    return re.sub(r"[ \t\u2000-\u200a\u202f\u205f\u3000]+", " ", text).strip()


@lru_cache(maxsize=64)
def stopwords(language: str | None) -> frozenset[str]:
    """Stop words of a language (jusText's lists, built from Wikipedia), folded.

    Only jusText's data files are read: importing the package would pull in lxml's HTML
    cleaner, which the text cleaner does not need.
    """
    name = _JUSTEXT_NAMES.get(language or "")
    spec = importlib.util.find_spec("justext")
    if name is None or spec is None or not spec.submodule_search_locations:
        return frozenset()
    path = Path(spec.submodule_search_locations[0]) / "stoplists" / f"{name}.txt"
    try:
        words = path.read_text(encoding="utf-8").split()
    except OSError:
        return frozenset()
    return frozenset(fold(word) for word in words)


_JUSTEXT_NAMES = {
    "ar": "Arabic", "az": "Azerbaijani", "de": "German", "en": "English", "es": "Spanish",
    "fa": "Persian", "fr": "French", "it": "Italian", "pl": "Polish", "pt": "Portuguese",
    "ru": "Russian", "tr": "Turkish", "uk": "Ukrainian", "ur": "Urdu", "nl": "Dutch",
    "kk": "Kazakh", "ky": "Kyrgyz", "uz": "Uzbek", "tg": "Tajik", "ka": "Georgian",
    "hy": "Armenian", "he": "Hebrew", "el": "Greek", "bg": "Bulgarian", "sr": "Serbian",
    "hr": "Croatian", "cs": "Czech", "sk": "Slovak", "ro": "Romanian", "hu": "Hungarian",
    "sv": "Swedish", "da": "Danish", "no": "Norwegian_Bokmal", "nb": "Norwegian_Bokmal",
    "fi": "Finnish", "id": "Indonesian", "ms": "Malay", "hi": "Hindi", "bn": "Bengali",
    "tk": "Turkmen", "be": "Belarusian", "lt": "Lithuanian", "lv": "Latvian", "et": "Estonian",
    "sq": "Albanian", "mk": "Macedonian", "sl": "Slovenian", "ca": "Catalan", "ps": "Pashto",
    "ku": "Kurdish", "ckb": "Kurdish", "sw": "Swahili", "vi": "Vietnamese",
}


@lru_cache(maxsize=1)
def _phrase_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    def alternation(phrases: list[str]) -> str:
        folded = sorted({fold(p) for p in phrases}, key=len, reverse=True)
        return "|".join(re.escape(p) for p in folded)

    edge = r"(?<![^\W_])"
    tail = r"(?![^\W_])"
    terminator = re.compile(
        rf"^[\W\d_]*(?:{alternation(boilerplate.TERMINATORS)}){tail}[\W\d_]*"
        r"(?:[^\W\d_]{1,3}[\W\d_]*)?(?:\S+\s*){0,2}$"
    )
    furniture = re.compile(rf"{edge}(?:{alternation(boilerplate.FURNITURE)}){tail}")
    update = re.compile(rf"{edge}(?:{alternation(boilerplate.UPDATE_LABELS)}){tail}")
    return terminator, furniture, update


@dataclass
class Line:
    number: int
    text: str
    folded: str
    words: int
    stop_density: float
    dates: list[DateMention]

    @property
    def terminal(self) -> bool:
        stripped = self.text.rstrip(_CLOSERS + " ")
        return bool(stripped) and (stripped[-1] in _TERMINAL or self.text[-1:] in _TERMINAL)

    @property
    def prose(self) -> bool:
        # Sentence punctuation is the strongest mark of running text; a long line dense in stop
        # words is prose too (pages that lost their punctuation).
        return self.words >= 8 and (self.terminal or (self.words >= 20 and self.stop_density >= 0.25))

    @property
    def date_line(self) -> bool:
        """A short line that mostly is a date (a dateline, a related item's timestamp)."""
        if not self.dates or self.words > 24:
            return False
        covered = sum(m.end - m.start for m in self.dates)
        return covered >= 0.3 * len(self.text) or self.words <= 8


@dataclass
class Removed:
    line: int
    text: str
    reason: str


@dataclass
class Block:
    kind: str  # "p", "h" (subheading), "li" (list item)
    text: str
    line: Line | None = None


@dataclass
class CleanResult:
    """What the cleaner found in one capture."""

    blocks: list[Block]
    title: str | None
    title_derived: bool
    published: DateMention | None
    published_text: str | None
    updated: DateMention | None
    author: str | None
    keywords: list[str]
    removed: list[Removed] = field(default_factory=list)
    lines: list[tuple[int, str]] = field(default_factory=list)
    """Every non-empty line the cleaner read, as (line number, text): the provenance view."""

    @property
    def body(self) -> str:
        """The body in the archive's text form: paragraphs, ``## `` subheadings, ``- `` items."""
        parts: list[str] = []
        previous = None
        for block in self.blocks:
            if block.kind == "li":
                text = f"- {block.text}"
                if previous == "li":
                    parts[-1] += "\n" + text
                    previous = "li"
                    continue
            elif block.kind == "h":
                text = f"## {block.text}"
            else:
                text = block.text
            parts.append(text)
            previous = block.kind
        return "\n\n".join(parts)


def _lines(text: str, language: str | None) -> list[Line]:
    stops = stopwords(language)
    result = []
    for number, raw in enumerate(text.splitlines(), start=1):
        clean = normalise_line(raw)
        if not clean:
            continue
        folded = fold(clean)
        tokens = _WORD.findall(folded)
        density = (sum(1 for t in tokens if t in stops) / len(tokens)) if tokens and stops else 0.0
        result.append(Line(number, clean, folded, len(tokens), density, find_dates(clean)))
    return result


def _headline_shaped(line: Line) -> bool:
    if not 3 <= line.words <= 30 or line.date_line or _BULLET.match(line.text):
        return False
    stripped = line.text.rstrip(_CLOSERS + " ")
    return not stripped.endswith(".") or stripped.endswith("..")


def slug_title(url: str | None) -> str | None:
    """A title from the last segment of an address (``.../putin-meets-aliyev-123.html``)."""
    if not url:
        return None
    segments = [s for s in urlsplit(url).path.split("/") if s]
    if not segments:
        return None
    slug = unquote(segments[-1])
    slug = re.sub(r"\.(s?html?|php|aspx?)$", "", slug, flags=re.IGNORECASE)
    words = [w for w in re.split(r"[-_+\s]+", slug) if w and not w.isdigit()]
    if len(words) < 3 or not any(ch.isalpha() for ch in "".join(words)):
        return None
    return " ".join(words)


def _slug_overlap(line: Line, slug_words: set[str]) -> float:
    if not slug_words:
        return 0.0
    words = {_ascii_fold(w) for w in _WORD.findall(line.folded)}
    return len(words & slug_words) / max(len(slug_words), 1)


def _ascii_fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.replace("ı", "i"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _find_title(lines: list[Line], url: str | None, limit: int,
                template: set[str] = frozenset()) -> int | None:
    slug = slug_title(url)
    slug_words = {_ascii_fold(fold(w)) for w in slug.split()} if slug else set()
    counts: dict[str, int] = {}
    prose_before_last: dict[str, int] = {}  # prose lines before a line's last occurrence
    prose = 0
    for line in lines:
        counts[line.folded] = counts.get(line.folded, 0) + 1
        prose_before_last[line.folded] = prose
        prose += line.prose
    date_positions = [i for i, line in enumerate(lines) if line.date_line]
    best, best_score = None, 1.5
    prose_seen = 0
    _, furniture, _ = _phrase_patterns()
    for index, line in enumerate(lines[:limit]):
        if index and lines[index - 1].prose:
            prose_seen += 1
        if (not _headline_shaped(line) or _furniture_share(line, furniture) >= 0.3
                or line.folded in template):
            continue
        score = 0.0
        # A headline is printed again around the story's top (header, breadcrumb), not after
        # its paragraphs: a line repeated there is a promotion or a template.
        if counts[line.folded] >= 2 and prose_before_last[line.folded] <= 1:
            score += 3
        if any(abs(index - d) <= 3 for d in date_positions):
            score += 2
        score += 3 * _slug_overlap(line, slug_words)
        if any(following.prose for following in lines[index + 1 : index + 5]):
            score += 1
        if 5 <= line.words <= 20:
            score += 0.5
        score -= 1.5 * min(prose_seen, 2)
        if score > best_score:
            best, best_score = index, score
    return best


def _furniture_share(line: Line, furniture: re.Pattern[str]) -> float:
    """Share of a line's words that are page furniture ("Facebook Twitter Email")."""
    return len(furniture.findall(line.folded)) / max(line.words, 1)


def _find_dateline(lines: list[Line], title: int | None, limit: int) -> int | None:
    candidates = [i for i, line in enumerate(lines[:limit]) if line.date_line]
    if not candidates:
        return None
    if title is not None:
        near = [i for i in candidates if abs(i - title) <= 4]
        if near:
            return min(near, key=lambda i: (abs(i - title), i < title))
    return candidates[0]


def _byline(line: Line) -> str | None:
    labels = "|".join(re.escape(fold(label)) for label in boilerplate.BYLINE_LABELS)
    match = re.search(rf"(?:^|\s[-–|]\s*|:\s*)(?:{labels})\s*$", line.folded)
    if match and line.words <= 8:
        name = line.text[: match.start()].strip(" -–|:")
        tokens = [t for t in name.split() if not re.search(r"\.\w{2,4}$|\d", t)]
        return " ".join(tokens) or None
    match = re.match(rf"^(?:{labels})\s*:?\s+(.+)$", line.folded)
    if match and line.words <= 6:
        return line.text[len(line.text) - len(match.group(1)) :].strip()
    parts = [p.strip() for p in line.text.split(",")]
    if len(parts) == 3 and line.words <= 7 and parts[0].isupper():
        return parts[2]  # "BAKU, AzerVoice, Orxan Qədirzadə": place, outlet, author
    return None


def template_keys(text: str) -> tuple[set[str], set[str]]:
    """A page's short lines and its prose lines, folded: the evidence for site templates."""
    short, prose = set(), set()
    for raw in text.splitlines():
        line = normalise_line(raw)
        if not line:
            continue
        words = len(_WORD.findall(line))
        (prose if words >= 8 else short).add(fold(line))
    return short, prose


def site_template(pages: list[tuple[set[str], set[str]]], limit: int = 20) -> set[str]:
    """Short lines that recur on different pages of one site: its menus, slogans, buttons.

    Two captures of the same story (half their prose in common) are no evidence: their
    subheadings and list items recur because the story does. Long lines that recur on pages
    of different stories (a footer's sentence) are template too.
    """
    template: set[str] = set()
    for i, (short_a, prose_a) in enumerate(pages):
        for short_b, prose_b in pages[i + 1 : i + 1 + limit]:
            shared_prose = prose_a & prose_b
            if shared_prose and len(shared_prose) >= 0.5 * min(len(prose_a), len(prose_b)):
                continue
            template |= (short_a & short_b) | shared_prose
    return template


def clean_text(text: str, *, language: str | None = None, url: str | None = None,
               template: set[str] | None = None) -> CleanResult:
    """Clean a text dump of a whole page; ``template`` holds the site's recurring lines."""
    template = template or set()
    lines = _lines(text, language)
    terminator, furniture, update_label = _phrase_patterns()
    removed: list[Removed] = []
    if not lines:
        return CleanResult([], None, False, None, None, None, None, [], removed)
    read = [(line.number, line.text) for line in lines]

    # Where the story can end at the latest: the first terminator after some prose.
    end = len(lines)
    prose_count = 0
    for index, line in enumerate(lines):
        if line.prose:
            prose_count += 1
        if prose_count and line.words <= 8 and terminator.match(line.folded):
            end = index
            break
    title_index = _find_title(lines, url, end, template)
    date_index = _find_dateline(lines, title_index, end)

    anchors = [i for i in (title_index, date_index) if i is not None]
    if anchors:
        start = min(anchors)
    else:
        start = next((i for i, line in enumerate(lines) if line.prose), 0)
    for line in lines[:start]:
        removed.append(Removed(line.number, line.text, "before the headline (site furniture)"))

    title = lines[title_index].text if title_index is not None else None
    published = updated = None
    published_text = None
    if date_index is not None:
        dateline = lines[date_index]
        mentions = dateline.dates
        published = mentions[0]
        published_text = published.text
        for mention in mentions[1:]:
            if update_label.search(fold(dateline.text[: mention.start])[-25:]):
                updated = mention
                break
        # Keep a weekday printed just before the date ("الأربعاء، 21 يناير 2026").
        weekday = re.search(r"([^\W\d_]+[,،]\s*)$", dateline.text[: published.start])
        if weekday:
            published_text = dateline.text[weekday.start(1) : published.end].strip()

    # Inside the story.
    blocks: list[Block] = []
    author = None
    keywords: list[str] = []
    body_lines = lines[start:end]
    for line in lines[end:]:
        removed.append(Removed(line.number, line.text, "after the story (comments, related "
                                                         "lists, footer)"))
    title_folded = fold(title) if title else None
    index = 0
    while index < len(body_lines):
        line = body_lines[index]
        following = body_lines[index + 1] if index + 1 < len(body_lines) else None
        reason = None
        if line.number == (lines[title_index].number if title_index is not None else -1):
            reason = "headline"
        elif title_folded and line.folded == title_folded:
            reason = "repeated headline"
        elif date_index is not None and line.number == lines[date_index].number:
            reason = "dateline"
        elif line.date_line and not line.prose:
            reason = "date line"
        elif re.fullmatch(r"[\d\W]+", line.text):
            reason = "number or id"
        elif line.folded in template:
            reason = "repeats on other pages of the site"
        elif line.text.startswith("#") and len(_HASHTAG.findall(line.text)) >= 2:
            keywords.extend(_hashtags(line.text))
            reason = "hashtags (kept as keywords)"
        elif not line.prose and (
            (line.words <= 6 and furniture.search(line.folded))
            or _furniture_share(line, furniture) >= 0.3
        ):
            reason = "share row, button or footer"
        elif (byline := _byline(line)) and not line.prose:
            author = author or byline
            reason = "byline"
        elif (following is not None and following.date_line and not following.prose
              and not line.prose and _headline_shaped(line) and index > 0):
            reason = "related headline"
        if reason:
            removed.append(Removed(line.number, line.text, reason))
        else:
            blocks.append(_block(line, following))
        index += 1

    # A story ends on prose: drop trailing lines that are not (credits, stray headlines).
    while blocks and blocks[-1].kind != "li" and not _is_terminal_text(blocks[-1].text):
        dropped = blocks.pop()
        if author is None and dropped.line and (name := _byline(dropped.line)):
            author = name
        removed.append(Removed(dropped.line.number if dropped.line else 0, dropped.text,
                               "after the story's last sentence (credit, byline or related "
                               "headline)"))
    removed.sort(key=lambda r: r.line)

    title_derived = False
    if title is None:
        title = slug_title(url)
        if title is None and blocks:
            first = blocks[0].text
            sentence = re.split(r"(?<=[.!?؟])\s", first, maxsplit=1)[0]
            title = sentence if len(sentence) <= 160 else sentence[:157].rstrip() + "…"
        title_derived = title is not None
    return CleanResult(blocks, title, title_derived, published, published_text, updated,
                       author, keywords, removed, read)


def _is_terminal_text(text: str) -> bool:
    stripped = text.rstrip(_CLOSERS + " ")
    return bool(stripped) and (stripped[-1] in _TERMINAL or text[-1:] in _TERMINAL)


def _hashtags(text: str) -> list[str]:
    return [tag.strip() for tag in text.split("#") if tag.strip()]


def _block(line: Line, following: Line | None) -> Block:
    bullet = _BULLET.match(line.text)
    if bullet and line.words >= 1:
        return Block("li", line.text[bullet.end():].strip(), line)
    letters = [ch for ch in line.text if ch.isalpha()]
    if (
        letters
        and line.words <= 12
        and sum(ch.isupper() for ch in letters) >= 0.8 * len(letters)
        and following is not None
        and following.words > line.words
    ):
        return Block("h", line.text, line)
    return Block("p", line.text, line)
