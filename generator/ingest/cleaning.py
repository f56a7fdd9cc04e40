"""Text dumps of whole web pages to the story alone, with its title and dateline.

1. *Paragraphs* (``paragraphs``): a dump wrapped at a fixed width is joined back into
   paragraphs before anything judges its lines.
2. *Evidence* (``page_evidence``, ``story``): each paragraph's length, punctuation, stop words,
   bullets, furniture and end phrases, repetition on the page and across the site; two fitted
   models weigh it on its own and in its neighbourhood. Nothing is cut at the first date or
   end phrase: those are evidence too.
3. *Anchors*: the headline (a headline-shaped line, printed twice, near a date line, standing
   over it, echoing the address's slug) and the dateline (the date line nearest the headline or
   the story's top, agreeing with a date in the address) are found near the story's start.
4. *Rules inside*: share rows, buttons and footers (``boilerplate.FURNITURE``), repeated
   headlines, date lines, numeric ids, hashtag rows and bylines are removed; subheadings,
   bulleted lists, quotations and captions are kept.

Every removed line is recorded with its reason, so a curator can see exactly what went.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from urllib.parse import unquote, urlsplit

from ..text import body as body_format
from ..text.dates import (
    DateMention,
    RelativeDate,
    date_in_url,
    find_dates,
    find_relative,
    find_yearless_days,
)
from ..text.fold import fold_letters as fold
from ..text.stopwords import stopwords
from ..text.weekdays import weekday_named
from . import boilerplate, headline
from . import published as published_model
from .paragraphs import BULLET, Paragraph, paragraphs
from .story import NOSPACE, Evidence, story_mask, story_probabilities, tokens

CLEANER_VERSION = "0.3.1"

_TERMINAL = ".!?؟…。।։۔።॥။"
_UNPUNCTUATED = re.compile("[\u0e00-\u0eff\u1780-\u17ff]")  # Thai, Lao, Khmer letters
_CLOSERS = "\"'”’»)]›」』"
_BULLET = re.compile(r"^(?:[•●▪◦‣∙·◆■□➤►–—*-]|\d{1,2}[.)])\s+")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_HASHTAG = re.compile(r"#[^\s#]+")
# A labelled row of tags: "Etiketler: #Putin #Erdoğan", "Теги: Путин, Алиев", "Tags: NATO".
_TAG_ROW = re.compile(
    r"^(?:tags?|etiketler|etiket|teqlər|açar sözlər|теги|метки|ключевые слова|keywords|"
    r"mots[- ]clés|schlagw[öo]rte(?:r)?|themen|temas|etiquetas|argomenti|tagi|słowa kluczowe|"
    r"теми|етикети|ключови думи|тагови|tagovi|ознаке|oznake|кључне речи|ključne reči|мітки|"
    r"témata|štítky|parole chiave|thèmes|"
    r"الوسوم|كلمات مفتاحية|برچسب‌ها|برچسب ها|کلیدواژه‌ها)\s*[:：]\s*(\S.{0,300})$",
    re.IGNORECASE)
# The label a site prints before a caption or a picture's credit, for screen readers
# ("Media caption Mr Obama told the BBC …", "Подпись к фото, …", "منبع تصویر، …"): the line is
# the caption, not the story's.
_CAPTION_LABEL = re.compile(
    r"^(?:media caption|image caption|video caption|photo caption|image copyright|image source|"
    r"подпись к (?:фото|видео)|автор фото|источник фото|фото автора|"
    r"fotoğraf altı yazısı|fotoğraf kaynağı|video açıklaması|"
    r"التعليق على (?:الصورة|الفيديو)|صدر الصورة|"
    r"توضیح (?:تصویر|ویدئو)|منبع تصویر|"
    r"bildunterschrift|bildquelle|légende de la photo|pie de foto)\b\s*[,:،.]?\s*\S",
    re.IGNORECASE)
# A photo's credit closing a caption: "… | Foto: Reuters", "… Credit: STR/AFP", "… (Фото: ТАСС)"
_CREDIT_TAIL = re.compile(
    r"(?:^|[\s|•·(])(?:foto|photo|фото|credit|credits|bild|fotó|foto\s*credit|"
    r"photograph|تصویر|عکس|صورة|الصورة)\s*:\s*[^\s:][^:.!?]{0,50}\)?$", re.IGNORECASE)
# An image's stand-in, a form field or a bracketed widget: never a headline.
_PLACEHOLDER = re.compile(r"^\s*\[|\]\s*$|^(?:image|img|photo|foto|bild|picture|фото|صورة|عکس)\b"
                          r"|\.(?:jpe?g|png|gif|webp)\b", re.IGNORECASE)
def word_count(text: str) -> int:
    """Words of ``text``; in scripts written without spaces, two characters count as one word
    (about the length of a Chinese or Japanese word), so a headline or a sentence there
    measures like one in a spaced script."""
    unspaced = len(NOSPACE.findall(text))
    if not unspaced:
        return len(_WORD.findall(text))
    return len(_WORD.findall(NOSPACE.sub(" ", text))) + (unspaced + 1) // 2


def normalise_line(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\u00a0", " ").replace("\ufeff", "")
    return re.sub(r"[ \t\u2000-\u200a\u202f\u205f\u3000]+", " ", text).strip()


@lru_cache(maxsize=1)
def _phrase_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    edge = r"(?<![^\W_])"
    tail = r"(?![^\W_])"
    terminator = re.compile(
        rf"^[\W\d_]*(?:{boilerplate.alternation(boilerplate.TERMINATORS, fold)}){tail}[\W\d_]*"
        r"(?:[^\W\d_]{1,3}[\W\d_]*)?(?:\S+\s*){0,2}$"
    )
    furniture = re.compile(rf"{edge}(?:{boilerplate.alternation(boilerplate.FURNITURE, fold)}){tail}")
    update = re.compile(rf"{edge}(?:{boilerplate.alternation(boilerplate.UPDATE_LABELS, fold)}){tail}")
    return terminator, furniture, update


# A count of comments printed by the byline ("12 Kommentare", "3 коментара", "11 Comments").
_COMMENT_COUNT = re.compile(
    r"^\W*\d[\d\s.,]*\s*(?:comments?|kommentare?|коментар[аи]?|комментари[ейя]?|"
    r"коментар(?:і|ів)|yorum|şərh|commentaires?|comentarios?|commenti|komentarz[ey]?|"
    r"komentář[eů]?|komentar[ai]?|reacties|تعليقات?|نظر)\W*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _comment_heading() -> re.Pattern[str]:
    """The heading of the page's comments, alone on its line with a count after it at most
    ("Comments (74)"; "11 Comments" is the counter a byline prints)."""
    headings = boilerplate.alternation(boilerplate.COMMENT_HEADINGS, fold)
    return re.compile(rf"^\W*(?:{headings})(?![^\W_])[\W\d_]*$")


@lru_cache(maxsize=1)
def _related_link() -> re.Pattern[str]:
    """A label for another story, its colon, and that story's headline (folded text)."""
    labels = boilerplate.alternation(boilerplate.RELATED_LINK_LABELS, fold)
    return re.compile(rf"^[\W_]*(?:{labels})\s*[:：>»]\s*\S")


@lru_cache(maxsize=1)
def _related_link_unpunctuated() -> re.Pattern[str]:
    """A label of two words or more for another story, then that story's headline without a
    colon between ("Читайте также Алиев: Азербайджан ждет … 26 декабря 2024, 18:30")."""
    labels = boilerplate.alternation(
        [label for label in boilerplate.RELATED_LINK_LABELS if " " in label], fold)
    return re.compile(rf"^[\W_]*(?:{labels})\s+\S")


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
        # Thai, Lao and Khmer end sentences with a space, not a mark: a long line is prose.
        return self.words >= 8 and (
            self.terminal or (self.words >= 20 and self.stop_density >= 0.25)
            or len(_UNPUNCTUATED.findall(self.text)) >= 40)

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
    published_source: str | None = None
    """Where the date came from: "printed" (a line of the page) or "address"."""
    title_uncertain: bool = False
    """The title is a line the headline model was not sure of (a derived title is flagged
    by ``title_derived``)."""
    published_uncertain: bool = False
    """The date is one the date model was not sure of (printed far from the headline, with
    no label: often another item's, where the page does not print its own)."""
    standfirst: str | None = None
    """The standfirst an HTML page marks up, where the story's text does not hold it."""
    published_relative: str | None = None
    """A date the page prints only relative to when it was seen ("сьогодні, 18:06"): read
    with that moment when it is known (a page's metadata still wins over it), else no date,
    and the curator is told what the page says."""

    @property
    def body(self) -> str:
        """The body in the archive's text form (``generator.body``)."""
        return body_format.write((block.kind, block.text) for block in self.blocks)


def page_evidence(units: list[Paragraph], language: str | None,
                  template: set[str] | frozenset[str] = frozenset()) -> list[Evidence]:
    """What the page's cues say of each paragraph, for the story model."""
    stops = stopwords(language)
    terminator, furniture, _ = _phrase_patterns()
    texts = [normalise_line(unit.text) for unit in units]
    folded = [fold(text) for text in texts]
    counts: dict[str, int] = {}
    for key in folded:
        counts[key] = counts.get(key, 0) + 1
    result = []
    for unit, text, key in zip(units, texts, folded, strict=True):
        words = tokens(key)
        density = (sum(1 for w in words if w in stops) / len(words)) if words and stops else 0.0
        dates = find_dates(text) if any(ch.isdigit() for ch in text) else []
        covered = sum(m.end - m.start for m in dates)
        result.append(Evidence(
            text=text, words=words, stop_density=density, has_stoplist=bool(stops),
            bullet=bool(BULLET.match(text)), indent=unit.indent > 0,
            blank_before=unit.blank_before,
            furniture=bool(furniture.search(key)),
            terminator=len(words) <= 8 and bool(terminator.match(key)),
            date_line=bool(dates) and len(words) <= 24 and (covered >= 0.3 * len(text)
                                                            or len(words) <= 8),
            repeated=counts[key] >= 2, template=key in template, dates=dates,
        ))
    return result


def _headline_shaped(line: Line) -> bool:
    if (not 3 <= line.words <= 30 or line.date_line or _BULLET.match(line.text)
            or line.text.startswith("## ")  # a subheading of extracted text
            or headline.navigation_row(line.text)):  # a row of section names
        return False
    stripped = line.text.rstrip(_CLOSERS + " ")
    return not stripped.endswith(".") or stripped.endswith("..")


def slug_title(url: str | None) -> str | None:
    """A title from the last segment of an address (``.../putin-meets-aliyev-123.html``),
    without the ids addresses carry (``123``, ``h51234``, ``UAf9GNd`` after a comma); a year
    stays."""
    if not url:
        return None
    segments = [s for s in urlsplit(url).path.split("/") if s]
    if not segments:
        return None
    slug = unquote(segments[-1])
    slug = re.sub(r"\.(s?html?|php|aspx?)$", "", slug, flags=re.IGNORECASE)
    slug = re.sub(r",[^-_/]*$", "", slug)  # a comma and an id after the words
    words = [w for w in re.split(r"[-_+\s]+", slug) if w and not _an_id(w)]
    if len(words) < 3 or not any(ch.isalpha() for ch in "".join(words)):
        return None
    return " ".join(words)


def _an_id(word: str) -> bool:
    """A part of an address that numbers the page rather than names it: digits (not a year),
    or letters and digits mixed."""
    if word.isdigit():
        return not (len(word) == 4 and word[:2] in ("19", "20"))
    return any(ch.isdigit() for ch in word) and any(ch.isalpha() for ch in word)


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
                or line.folded in template or _PLACEHOLDER.search(line.text)):
            continue
        score = 0.0
        # A headline is printed again around the story's top (header, breadcrumb), not after
        # its paragraphs: a line repeated there is a promotion or a template.
        if counts[line.folded] >= 2 and prose_before_last[line.folded] <= 1:
            score += 3
        if any(abs(index - d) <= 3 for d in date_positions):
            score += 2
            if index + 1 in date_positions:  # the commonest layout: headline, then dateline
                score += 1
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


# "کد خبر: 85912345", "News ID: 123456", "Haber No: 4411": a label and the story's number
_ID_LINE = re.compile(r"[^\W\d_]+(?:[\s\u200c][^\W\d_]+){0,2}\s*[:：#№]\s*\d[\d\-/]{3,}")
# Markup a page printed as text (an ad's or a tracking pixel's tags, their addresses): a tag
# with its attributes, or a long token of an address's query
_MARKUP = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>"
                     r"|\S*(?:[?&;][\w.-]+=|%[0-9A-Fa-f]{2})\S*")


def _markup(text: str) -> bool:
    """A line mostly made of markup or addresses' queries, with few words besides (a
    sentence that gives an address stays)."""
    if len(text) < 20 or ("<" not in text and "=" not in text and "%" not in text):
        return False
    found = [m for m in _MARKUP.finditer(text) if len(m.group()) >= 8]
    covered = sum(len(m.group()) for m in found)
    if covered < 0.5 * len(text):
        return False
    rest = text
    for match in reversed(found):
        rest = rest[: match.start()] + " " + rest[match.end() :]
    return len(_WORD.findall(rest)) < 6


# "Читать ria.ru в", "Read bbc.com on": a short line that names the site's address, then the
# word that stood before a messenger's logo
_SITE_PROMOTION = re.compile(
    r"[^\W\d_]+(?:\s[^\W\d_]+){0,2}\s+[a-z][a-z0-9-]+\.(?:ru|com|az|tr|ir|ua|by|kz|uz|ge|am|"
    r"net|org|info|news|de|fr|it|es|pl|cz|rs|bg|co\.uk|uk)(?:\s+[^\W\d_]+){1,2}",
    re.IGNORECASE)


def _find_dateline(lines: list[Line], title: int | None, limit: int,
                   first: int | None = None) -> int | None:
    """The date line nearest the headline, else the nearest above the story's first
    paragraph; never one far from both (a sidebar's or a related item's timestamp)."""
    # a date in a list of dated items is a teaser's or a menu's
    dated_items = [i for i, line in enumerate(lines[:limit])
                   if line.date_line and BULLET.match(line.text)]
    candidates = [i for i, line in enumerate(lines[:limit]) if line.date_line and not any(
        j != i and abs(j - i) <= 3 for j in dated_items if i in dated_items)]
    if not candidates:
        return None
    if title is not None:
        near = [i for i in candidates if abs(i - title) <= 4]
        if near:
            return min(near, key=lambda i: (abs(i - title), i < title))
    if first is not None:
        near = [i for i in candidates if first - 15 <= i <= first + 2]
        if near:
            return min(near, key=lambda i: abs(i - first))
        return None
    return candidates[0]


@lru_cache(maxsize=1)
def _byline_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    labels = "|".join(re.escape(fold(label)) for label in boilerplate.BYLINE_LABELS)
    return (re.compile(rf"(?:^|\s[-–|]\s*|:\s*)(?:{labels})\s*$"),
            re.compile(rf"^(?:{labels})\s*:?\s+(.+)$"))


def _byline(line: Line) -> str | None:
    after, before = _byline_patterns()
    match = after.search(line.folded) if line.words <= 8 else None
    if match:
        name = line.text[: match.start()].strip(" -–|:")
        tokens = [t for t in name.split() if not re.search(r"\.\w{2,4}$|\d", t)]
        return " ".join(tokens) or None
    match = before.match(line.folded) if line.words <= 6 else None
    if match and line.words <= 6:
        return line.text[len(line.text) - len(match.group(1)) :].strip()
    parts = [p.strip() for p in line.text.split(",")]
    if len(parts) == 3 and line.words <= 7 and parts[0].isupper():
        return parts[2]  # "BAKU, AzerVoice, Orxan Qədirzadə": place, outlet, author
    return None


@dataclass
class TemplateKeys:
    """A page's evidence for site templates: its short lines and prose lines (folded), and
    the word 4-grams of its prose, which tell two captures of one story apart from two
    stories, whatever the line wrapping."""

    short: set[str]
    prose: set[str]
    shingles: set[int]


def template_keys(text: str) -> TemplateKeys:
    """A page's short lines, prose lines and prose shingles (see TemplateKeys)."""
    short, prose, words = set(), set(), []
    for raw in text.splitlines():
        line = normalise_line(raw)
        if not line:
            continue
        folded = fold(line)
        found = tokens(folded)
        if len(found) >= 8:
            prose.add(folded)
            words += found
        else:
            short.add(folded)
    shingles = {zlib.crc32(" ".join(words[i:i + 4]).encode()) for i in range(len(words) - 3)}
    return TemplateKeys(short, prose, shingles)


def _same_story(a: TemplateKeys, b: TemplateKeys) -> bool:
    if not a.shingles or not b.shingles:
        return False
    return len(a.shingles & b.shingles) >= 0.5 * min(len(a.shingles), len(b.shingles))


def site_template(pages: list[TemplateKeys], limit: int = 20) -> set[str]:
    """Short lines that recur on different pages of one site: its menus, slogans, buttons.

    Two captures of the same story (half their prose's 4-grams in common, wrapped or not) are
    no evidence: their headline, subheadings and list items recur because the story does.
    Long lines that recur on pages of different stories (a footer's sentence) are template too.
    """
    template: set[str] = set()
    for i, a in enumerate(pages):
        for b in pages[i + 1 : i + 1 + limit]:
            if _same_story(a, b):
                continue
            template |= (a.short & b.short) | (a.prose & b.prose)
    return template


def _paragraph_lines(units: list[Paragraph], evidence: list[Evidence]) -> list[Line]:
    lines = []
    for unit, item in zip(units, evidence, strict=True):
        folded = fold(item.text)
        density = item.stop_density
        words = word_count(folded)
        lines.append(Line(unit.lines[0], item.text, folded, words, density, item.dates))
    return lines


@dataclass
class Page:
    """A dump read into paragraphs, with the story models' view of each."""

    units: list[Paragraph]
    evidence: list[Evidence]
    lines: list[Line]
    probabilities: list[float]
    """Each paragraph's probability of being story (1.0 each for extracted text)."""
    story: list[bool]
    """Which paragraphs are kept as story."""
    first: int | None
    last: int | None

    def headline_lines(self) -> list[headline.Line]:
        """The paragraphs as the headline model reads them."""
        return [headline.Line(line.text, line.folded, line.words, item, probability, kept,
                              line.date_line, line.prose)
                for line, item, probability, kept in zip(
                    self.lines, self.evidence, self.probabilities, self.story, strict=True)]


def read_page(text: str, language: str | None, template: set[str] | frozenset[str],
              extracted: bool = False) -> Page | None:
    """``text`` as paragraphs with their evidence and story mask (None: no text at all)."""
    units = [unit for unit in paragraphs(text) if normalise_line(unit.text)]
    if not units:
        return None
    evidence = page_evidence(units, language, template)
    lines = _paragraph_lines(units, evidence)
    if extracted:
        probabilities = [1.0] * len(units)
        story = [True] * len(units)
    else:
        probabilities, local = story_probabilities(evidence)
        story = story_mask(evidence, probabilities, local)
    first = next((i for i, flag in enumerate(story) if flag), None)
    if first is None:  # nothing reads as story: keep the page's prose, if any
        story = [line.prose for line in lines]
        first = next((i for i, flag in enumerate(story) if flag), None)
    last = max((i for i, flag in enumerate(story) if flag), default=None)
    return Page(units, evidence, lines, probabilities, story, first, last)


def clean_text(text: str, *, language: str | None = None, url: str | None = None,
               template: set[str] | None = None, extracted: bool = False,
               retrieved: str | None = None) -> CleanResult:
    """Clean a text dump of a whole page; ``template`` holds the site's recurring lines.

    ``extracted``: the text is already a page's main content (trafilatura's from an HTML
    capture), so every paragraph is taken as story and only the rules for headlines,
    datelines, bylines and share rows apply. ``retrieved``: when the page was seen (ISO 8601),
    where known: a date it prints only relative to that ("сьогодні, 18:06", "3 hours ago")
    is then read.
    """
    template = template or set()
    read = [(number, normalise_line(raw)) for number, raw in enumerate(text.splitlines(), 1)]
    read = [(number, line) for number, line in read if line]
    page = read_page(text, language, template, extracted)
    if page is None:
        return CleanResult([], None, False, None, None, None, None, [], [], read)
    units, lines, story, first, last = page.units, page.lines, page.story, page.first, page.last
    _, furniture, update_label = _phrase_patterns()

    # The headline and dateline are evidence near the story's top, never a cut.
    limit = len(lines) if first is None else min(len(lines), first + 4)
    title_sure = date_sure = True
    url_day = date_in_url(url)
    chosen: DateMention | None = None
    weighed = None  # the lines as the headline and date models read them (a whole page's)
    if extracted:
        title_index = _find_title(lines, url, limit, template)
        date_index = _find_dateline(lines, title_index, limit, first)
        # The address's date is evidence too: a dateline far from it is a subheading's or a
        # related item's date; take the date line that agrees with it, or the address's own.
        if url_day is not None and date_index is not None and \
                abs((lines[date_index].dates[0].value - url_day).days) > 2:
            agreeing = [i for i, line in enumerate(lines[:limit]) if line.date_line
                        and abs((line.dates[0].value - url_day).days) <= 2]
            date_index = min(agreeing, key=lambda i: abs(i - (title_index or first or 0)),
                             default=None)
        if date_index is not None:
            chosen = lines[date_index].dates[0]
        elif url_day is not None:
            chosen = DateMention(url_day, None, "gregorian", url_day.isoformat(), 0, 0)
    else:
        # A whole page: the headline and the publication date are each the likeliest of the
        # page's candidates (every line, every date it prints and its address's), weighed by
        # models fitted on real pages.
        weighed = page.headline_lines()
        choice = headline.choose(weighed, language, url, first)
        title_index, title_sure = choice.index, choice.sure
        if title_index is None and slug_title(url) is None:
            # no line reads as the headline, and no address to derive one from: the likeliest
            # line is still a better guess than the lead's first sentence (flagged)
            title_index, title_sure = choice.best_line, False
        dated = published_model.choose(weighed, url, title_index, first, last)
        date_index = dated.candidate.line if dated.candidate else None
        chosen = dated.candidate.mention if dated.candidate else None
        date_sure = dated.sure

    relative_text = None
    if chosen is None:
        # no date printed in full: a fresh page's dateline may say "today, 18:06"
        near = _relative_dateline(lines, title_index, first)
        if near is not None:
            date_index, relative = near
            relative_text = relative.text
            seen = _moment(retrieved)
            if seen is not None:  # else the day is unknown: nothing here records it
                chosen = relative.resolve(seen)

    if chosen is None and (filed := _agency_story_date(lines)) is not None:
        # no date printed as a date, nor in the address: a news agency's story id printed
        # with its credit carries the day the story was filed
        date_index, chosen = filed
        relative_text, date_sure = None, True

    if chosen is None and (today := _masthead_day(lines, title_index, first, retrieved)):
        # nothing dates the story but the masthead's "today" without a year: the day the page
        # was seen, flagged for the curator (a story is mostly saved on its day, not always)
        date_index, chosen = today
        relative_text, date_sure = None, False

    title = None
    if title_index is not None:
        printed = headline.with_kicker_colon(lines, title_index)
        title = headline.as_title(lines[printed].text, listed=units[printed].indent > 0)
        if not extracted and (rest := headline.second_line(weighed, title_index, url)):
            # without an image's or a widget's id the page runs into it ("…[7fc20280-b]")
            second = _TRAILING_ID.sub("", weighed[rest].text.lstrip(":–—- ")).strip()
            title = f"{title}: {second}"
    published = updated = None
    published_text = None
    published_source = None
    if chosen is not None and date_index is None:  # the address's date
        published, published_source = chosen, "address"
    elif chosen is not None:
        dateline = lines[date_index]
        published, published_source = chosen, "printed"
        published_text = published.text
        for mention in dateline.dates:
            if mention.start > published.start and \
                    update_label.search(fold(dateline.text[: mention.start])[-25:]):
                updated = mention
                break
        # Keep a weekday printed just before the date ("الأربعاء، 21 يناير 2026").
        weekday = re.search(r"([^\W\d_]+)[,،]\s*$", dateline.text[: published.start])
        if weekday and published_model.WEEKDAY.fullmatch(weekday[1]):
            published_text = dateline.text[weekday.start(1) : published.end].strip()

    removed: list[Removed] = []

    # a news feed's items (other stories' headlines, each with its time or date)
    feed = headline.feed_items(weighed, first) if weighed is not None else set()

    # the heading of the page's comments, after two paragraphs of the story at least: the
    # readers' posts under it are not the story, however much they read like it
    comments_from = None
    if first is not None:
        told = 0
        for index in range(first, len(lines)):
            if lines[index].prose and story[index]:
                told += 1
            elif told >= 2 and lines[index].words <= 4 and \
                    _comment_heading().match(lines[index].folded):
                comments_from = index
                break

    text_of = dict(read)

    def remove(index: int, reason: str) -> None:
        for number in units[index].lines:
            removed.append(Removed(number, text_of.get(number, ""), reason))

    blocks: list[Block] = []
    author = None
    keywords: list[str] = []
    title_folded = fold(title) if title else None
    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else None
        reason = None
        if index == title_index:
            reason = "headline"
        elif index == date_index and not (line.prose and not line.date_line):
            # (a sentence of the story that gives the date stays in it)
            reason = "dateline"
        elif title_folded and line.folded == title_folded:
            reason = "repeated headline"
        elif index in feed:
            reason = "related headline (a news feed's item)"
        elif line.date_line and not line.prose:
            reason = "date line"
        elif re.fullmatch(r"[\d\W]+", line.text) or _ID_LINE.fullmatch(line.text):
            reason = "number or id"
        elif _COMMENT_COUNT.match(line.text):
            reason = "share row, button or footer"
        elif _SITE_PROMOTION.fullmatch(line.text) and not line.terminal:
            reason = "share row, button or footer"
        elif line.words <= 30 and (_related_link().match(line.folded) or (
                not line.terminal and _related_link_unpunctuated().match(line.folded))):
            reason = "link to another story"
        elif _markup(line.text):
            reason = "markup printed as text (an ad's or a counter's)"
        elif line.folded in template:
            reason = "repeats on other pages of the site"
        elif line.text.startswith("#") and len(_HASHTAG.findall(line.text)) >= 2:
            keywords.extend(_hashtags(line.text))
            reason = "hashtags (kept as keywords)"
        elif _CAPTION_LABEL.match(line.text) or (
                not line.terminal and _CREDIT_TAIL.search(line.text)) or (
                following is not None and _CREDIT_TAIL.search(following.text)
                and len(line.text) >= 20
                and following.text.startswith(line.text.rstrip(" .")[:40])):
            # a caption, its credit at its end; or the same caption printed once without it
            reason = "caption"
        elif not line.prose and line.words >= 3 and (
                (following is not None and following.folded == line.folded)
                or (index and lines[index - 1].folded == line.folded)):
            reason = "teaser (printed twice, a title and its image's text)"
        elif (tags := _TAG_ROW.match(line.text)) and not line.prose:
            keywords.extend(_tags(tags.group(1)))
            reason = "tags (kept as keywords)"
        elif not line.prose and (
            (line.words <= 6 and furniture.search(line.folded))
            or _furniture_share(line, furniture) >= 0.3
        ):
            reason = "share row, button or footer"
        elif (byline := _byline(line)) and not line.prose:
            author = author or byline
            reason = "byline"
        elif (following is not None and following.date_line and not following.prose
              and not line.prose and _headline_shaped(line) and index > (first or 0)):
            reason = "related headline"
        elif comments_from is not None and index >= comments_from and story[index]:
            reason = "after the story (comments, related lists, footer)"
        elif (story[index] and title_index is not None and index < title_index
              and not line.prose and (first is None or title_index <= first + 5)):
            # taken for story, but above the headline at the story's top: a kicker, a ticker,
            # a masthead's row
            reason = "above the headline (kicker, ticker or site furniture)"
        elif not story[index]:  # no rule names it: say where it stood
            if first is None or index < first:
                reason = "before the story (site furniture)"
            elif index > last:
                reason = "after the story (comments, related lists, footer)"
            else:
                reason = "inside the story, not story (teaser, caption or furniture)"
        if reason:
            remove(index, reason)
        else:
            block = _block(line, following)
            # a short unpunctuated line between two paragraphs of the story is a subheading
            if (block.kind == "p" and blocks and blocks[-1].kind == "p" and line.words <= 10
                    and not line.text.startswith("## ")  # (marked a heading already)
                    and not line.terminal and ":" not in line.text
                    and not any(ch.isdigit() for ch in line.text)
                    and following is not None and index + 1 < len(story) and story[index + 1]
                    and following.prose):
                block.kind = "h"
            blocks.append(block)

    # A story ends on prose: drop trailing lines that are not (credits, stray headlines).
    while blocks and blocks[-1].kind != "li" and not _is_terminal_text(blocks[-1].text) \
            and len(blocks[-1].text.split()) <= 12 \
            and len(_UNPUNCTUATED.findall(blocks[-1].text)) < 40:
        dropped = blocks.pop()
        if author is None and dropped.line and (name := _byline(dropped.line)):
            author = name
        index = next(i for i, line in enumerate(lines) if line is dropped.line)
        remove(index, "after the story's last sentence (credit, byline or related headline)")
    removed.sort(key=lambda r: r.line)

    title_derived = False
    if title is None:
        title = slug_title(url)
        if title is None and blocks:
            first_text = blocks[0].text
            sentence = re.split(r"(?<=[.!?؟])\s", first_text, maxsplit=1)[0]
            title = sentence if len(sentence) <= 160 else sentence[:157].rstrip() + "…"
        title_derived = title is not None
    return CleanResult(blocks, title, title_derived, published, published_text, updated,
                       author, keywords, removed, read,
                       title_uncertain=not title_sure and not title_derived,
                       published_source=published_source,
                       published_uncertain=published is not None and not date_sure,
                       published_relative=relative_text)


def _relative_dateline(lines: list, title: int | None, first: int | None
                       ) -> tuple[int, RelativeDate] | None:
    """A short line near the headline (or above the story) that dates the page relative to
    when it was seen, and that date."""
    near: list[int] = []
    if title is not None:
        near += range(title - 3, title + 7)
    if first is not None:  # the headline may be misjudged; the story's top is not
        near += range(first - 8, first + 3)
    for index in sorted(set(near)):
        if not 0 <= index < len(lines) or index == title or lines[index].words > 12:
            continue
        found = find_relative(lines[index].text)
        if found is not None:
            return index, found
    return None


# dpa's story id, printed with the agency's credit on the many sites that carry its copy
# ("© dpa-infocom, dpa:201227-99-820474/3"): the day the story was filed, as YYMMDD
_AGENCY_ID = re.compile(r"\bdpa:(\d{2})(\d{2})(\d{2})-\d{2}-\d{5,7}(?:/\d+)?")


def _agency_story_date(lines: list) -> tuple[int, DateMention] | None:
    """The day in an agency's story id the page prints (the last one: the credit stands at
    the story's end), with its line; None when there is none or it is no real day."""
    for index in range(len(lines) - 1, -1, -1):
        for found in reversed(list(_AGENCY_ID.finditer(lines[index].text))):
            year, month, day = (int(part) for part in found.groups())
            try:
                value = date(2000 + year, month, day)
            except ValueError:
                continue
            return index, DateMention(value, None, "gregorian", found[0], found.start(),
                                      found.end())
    return None


# A copyright notice's years ("© 2005—2020", "Copyright© 1998 - 2022", "© 2021,"): the last
# is the year the page was served in.
_COPYRIGHT_YEARS = re.compile(
    r"(?:©|\(c\)|copyright)\D{0,12}((?:19|20)\d\d)(?:\s*[-–—]\s*((?:19|20)\d\d))?",
    re.IGNORECASE)


_TRAILING_ID = re.compile(r"\[[^\]\s]*\d[^\]\s]*\]$")


def _masthead_day(lines: list, title: int | None, first: int | None,
                  retrieved: str | None) -> tuple[int, DateMention] | None:
    """The day a page's masthead prints as today's, without a year ("Svētdiena, 3. janvāris",
    "7 ЧЕРВНЯ, НЕДІЛЯ"), with its line: a short line at the page's top or just above the
    headline (or the story) that names a weekday and one day. Its year is the one the page
    was seen in, else the last year of the page's copyright notice; the day counts only where
    the weekday falls on it then (one chance in seven by accident)."""
    top = title if title is not None else first
    if top is None:
        return None
    seen = _moment(retrieved)
    year = seen.year if seen is not None else None
    if year is None:
        for line in reversed(lines):
            found = _COPYRIGHT_YEARS.search(line.text)
            if found:
                year = int(found[2] or found[1])
                break
    if year is None or year > date.today().year:
        return None
    # the page's top (where a masthead stands) and the lines just above the headline
    for index in sorted(set(range(min(top, 40))) | set(range(max(0, top - 40), top))):
        line = lines[index]
        if line.words > 8:
            continue
        days = find_yearless_days(line.text)
        weekday = weekday_named(line.text) if len(days) == 1 else None
        if weekday is None:
            continue
        month, day, start, end = days[0]
        try:
            value = date(year, month, day)
        except ValueError:
            continue
        if value.weekday() == weekday:
            return index, DateMention(value, None, "gregorian", line.text[start:end], start, end)
    return None


def _moment(stamp: str | None):
    """An ISO 8601 date-time as a datetime (its own offset kept); a day alone as its noon
    ("3 hours ago" is then that day); None when there is none."""
    from datetime import datetime

    if not stamp:
        return None
    stamp = stamp.strip().replace("Z", "+00:00")
    try:
        return datetime.fromisoformat(stamp if "T" in stamp or " " in stamp else
                                      f"{stamp}T12:00")
    except ValueError:
        return None


def _is_terminal_text(text: str) -> bool:
    stripped = text.rstrip(_CLOSERS + " ")
    return bool(stripped) and (stripped[-1] in _TERMINAL or text[-1:] in _TERMINAL)


def _tags(text: str) -> list[str]:
    """The tags of a labelled tag row: "Putin, Erdoğan, #NATO" or "Putin | NATO"."""
    parts = re.split(r"\s*[,;|•·]\s*|\s+#", text)
    return [part.strip(" #") for part in parts if part.strip(" #")]


def _hashtags(text: str) -> list[str]:
    return [tag.strip() for tag in text.split("#") if tag.strip()]


def _block(line: Line, following: Line | None) -> Block:
    if line.text.startswith("## "):  # a subheading the HTML marked: marked once
        return Block("p", line.text, line)
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
