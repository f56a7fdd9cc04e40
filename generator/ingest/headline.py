"""Which line of a text dump is the story's headline: every candidate weighed by a fitted model.

A saved page prints many short lines that could pass for a headline: menu entries, section
names, breadcrumbs, share buttons, a row of tags, a related story's headline, a byline, a
caption. What sets the headline apart is where it stands and what it says, and no single cue
is enough, so each candidate line is described by several (``features``): its length and
end punctuation; whether it is a list item, furniture, a template line of the site, a date or
a byline; where it stands relative to the story's first paragraph and to the page's date
lines; whether it is printed again near the top (a header, a breadcrumb, the title bar); how
many of its words the story's opening paragraphs and the whole story use (a headline's words
recur in the lead; a menu's do not); how well it matches the address's slug, letters folded
and transliterated. A conditional logit model (``headline_model.json``, fitted on real pages
by ``python -m tests.train_headline``) turns them into one probability per candidate; the
page's most likely line is its headline, and how likely tells how sure the choice is.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote, unquote_plus, urlsplit

from slugify import slugify

from ..text.dates import find_relative
from ..text.fold import fold
from ..text.stopwords import stopwords
from . import boilerplate
from .story import Evidence, tokens

MODEL_FILE = Path(__file__).with_name("headline_model.json")

MAX_WORDS = 40
"""A line of more words is never a headline candidate."""
SURE = 0.5
"""A headline chosen with less probability than this is flagged for the curator to check
(chosen on the development pages: below it, about half the choices are wrong)."""

_TERMINAL = ".!?؟…。！？।։۔።॥။"
_CLOSERS = "\"'”’»)]›」』）"
_PLACEHOLDER = re.compile(r"^\s*\[|\]\s*$|^(?:image|img|photo|foto|bild|picture|фото|صورة|عکس)\b"
                          r"|\.(?:jpe?g|png|gif|webp|svg)\b", re.IGNORECASE)
_SEPARATORS = re.compile(r"\s[|»›/>·•]\s|\s[-–—]\s")
_URL = re.compile(r"https?://|www\.|\S+@\S+\.\w{2,}")
_BYLINE = re.compile(r"^(?:by|von|par|por|di|door|av|af|przez|автор|от|tarafından|yazan)\s"
                     r"|^(?:text|texte|fotos?|photos?|autor|author|redacción|redaktion)\s*:",
                     re.IGNORECASE)
# a photo's credit or a caption's source: "(AFP)", "Foto: …", "Photo by …", "© Reuters"
_CREDIT = re.compile(r"\((?:afp|ap|dpa|reuters|epa|getty[^)]*|ansa|efe|anadolu|tass|ria[^)]*)\)\s*$"
                     r"|(?:^|[\s.,(])(?:foto|fotos|photo|photos|bild|image|credit|crédit|crédito|"
                     r"quelle|source|fuente|fonte|фото|عکس|صورة)\s*:|©|\bphoto by\b|\bgetty images\b",
                     re.IGNORECASE)
# A news feed's item: a time of day, then another story's headline ("• 14:55 Путин и Алиев
# провели переговоры"); no headline begins with the time.
_TIMED = re.compile(r"^[\W_]*(?:[01]?\d|2[0-3])[:.][0-5]\d(?!\d)(?![.:]\d)\s*[|•·–—-]?\s*[^\W\d_]")
# A time of day alone on its line: in a news feed it stands over each item's headline.
_BARE_TIME = re.compile(r"^[\W_]*(?:[01]?\d|2[0-3])[:.][0-5]\d[\W_]*$")


def feed_items(lines: list[Line], start: int | None) -> set[int]:
    """The lines of a news feed: items that each print their time on a line of their own
    above them ("14:55" / "Путин и Алиев провели переговоры" / "14:40" / …), or their date
    under them (``_dated_feed``); two such pairs in a row at least. Every item is another
    story's headline."""
    timed = [index + 1 for index in range(len(lines) - 1)
             if _BARE_TIME.match(lines[index].text)
             and not _BARE_TIME.match(lines[index + 1].text)]
    return _runs(timed) | _dated_feed(lines, start)


def _dated_feed(lines: list[Line], start: int | None) -> set[int]:
    """A feed's items that print their date under them ("Путин и Алиев …" / "09.10.2025
    14:55" / …); not a line whose date stands just above the story's first paragraph
    (``start``): that is the page's own headline and dateline."""
    dated = [index for index in range(len(lines) - 1)
             if lines[index + 1].date_line and not lines[index].date_line
             and lines[index].words >= 3 and not lines[index].prose
             and not (start is not None and 0 <= start - (index + 1) <= 2)]
    return _runs(dated)


def _runs(pairs: list[int]) -> set[int]:
    """The items of two pairs or more in a row (each pair two lines)."""
    found: set[int] = set()
    for first, second in zip(pairs, pairs[1:], strict=False):
        if second - first == 2:
            found.update((first, second))
    return found


def feed_date_lines(lines: list[Line], start: int | None) -> set[int]:
    """The date lines of a news feed's items printed under each: other stories' dates."""
    return {index + 1 for index in _dated_feed(lines, start)}


# A colon of the headline's own ("Haftbefehl: Streeck lobt …"), not a time's or a score's.
_OWN_COLON = re.compile(r"(?<!\d):|:(?!\d)")
# a photo's caption naming who stands where: "Lula (ao centro) recebe …", "Merkel (links)";
# whole words only, never "(R)" or "(D-W.Va.)", which headlines use for parties
_PLACED = re.compile(
    r"\((?:(?:from |von |de |a partir da |слева |soldan )?(?:left|right|centre|center|middle)|"
    r"à gauche|à droite|au centre|au milieu|links|rechts|mitte|(?:links|rechts|mitte) im bild|"
    r"a la izquierda|a la derecha|al centro|en el centro|izquierda|derecha|à esquerda|"
    r"à direita|ao centro|ao meio|esquerda|direita|a sinistra|a destra|al centro|"
    r"слева|справа|в центре|по центру|ліворуч|праворуч|у центрі|solda|sağda|ortada|"
    r"soldan|sağdan|ortada|links op de foto|rechts op de foto|od lewej|z lewej|z prawej|"
    r"w środku|vlevo|vpravo|uprostřed|يسار|يمين|في الوسط|الوسط|چپ|راست|وسط)"
    r"(?:[,;]?\s[^)]{0,30})?\)", re.IGNORECASE)
_BREADCRUMB = re.compile(r"\s+[»›>/]\s+")
_CRUMB = re.compile(r"\s+[»›>]\s+")  # a path's steps; not "/", which headlines use
_ABBREVIATION_END = re.compile(r"(?:\b[^\W\d_]\.){2,}$")
_SLUG_SHAPED = re.compile(r"^[\w]+(?:[-_][\w]+){3,}$")
_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


@dataclass
class Choice:
    """The headline a page's lines give, if any."""

    index: int | None
    """Position of the headline among the lines given, or None."""
    probability: float
    """How sure the model is of it (0 to 1)."""
    best_line: int | None = None
    """The likeliest line, even where the likeliest is that no line is the headline."""

    @property
    def sure(self) -> bool:
        return self.index is not None and self.probability >= SURE


@dataclass
class Line:
    """What the headline model reads of one paragraph of the page."""

    text: str
    folded: str
    words: int
    evidence: Evidence
    story: float
    """The story model's probability that this paragraph is story."""
    kept: bool
    """Whether the cleaner keeps it as story."""
    date_line: bool
    prose: bool


NAMES = [
    "bias", "log_words", "words_1_2", "words_3_20", "words_over_25", "ends_period",
    "ends_question", "bullet", "indent", "repeated", "repeated_at_top", "before_1_3",
    "before_4_10", "before_11_40", "before_far", "at_or_after_start", "after_far",
    "relative_position", "date_next", "date_before", "slug_cover", "slug_precision",
    "lead_share", "story_share", "furniture", "template", "placeholder", "story_probability",
    "kept", "stop_density", "digits", "colon", "all_capitals", "capitalised", "prose_follows",
    "after_list", "doubled", "byline", "url", "separators", "date_inside", "first_of_page",
    "no_story_words", "credit", "ellipsis", "slug_shaped", "tail_of_another",
    "another_at_end", "slug_best", "lead_best", "none", "none_with_slug",
]
NONE = len(NAMES) - 2
"""The last two features describe the page's extra candidate: that no line is its headline."""


def slug_words(url: str | None) -> list[str]:
    """The words of an address's last meaningful path segment, as ASCII (``…/putin-meets-
    aliyev-123.html`` → putin, meets, aliyev); numbers and ids dropped."""
    if not url:
        return []
    parts = urlsplit(url)
    segments = [unquote(s) for s in parts.path.split("/") if s]
    for segment in reversed(segments):
        words = _words_of(_SCRIPT_SUFFIX.sub("", segment))
        if len(words) >= 2:
            return words
    # no slug in the path ("…/showNews.do?putin-meets-aliyev&id=123"): one in the query
    for pair in parts.query.split("&"):
        for item in pair.split("=", 1):
            words = _words_of(unquote_plus(item))
            if len(words) >= 3:
                return words
    return []


_SCRIPT_SUFFIX = re.compile(r"\.(s?html?|php\d?|aspx?|cms|do|jsp|cgi|cfm|action|pl)$",
                            re.IGNORECASE)


def _words_of(segment: str) -> list[str]:
    return [w for w in slugify(segment, separator=" ").split()
            if not any(ch.isdigit() for ch in w) and len(w) > 1]


def _slug_matches(slug: set[str], words: set[str]) -> int:
    """How many of the slug's words the line has: the same word, or for longer words the same
    first four letters (transliterations differ in their endings and vowels: "tizhnya" and
    "tizhnia" for тижня)."""
    stems = {w[:4] for w in words if len(w) >= 4}
    return sum(1 for w in slug if w in words or (len(w) >= 4 and w[:4] in stems))


def _ascii_words(text: str) -> set[str]:
    words = set(slugify(text, separator=" ").split())
    return words | set(slugify(text.lower().translate(_GERMAN), separator=" ").split())


def _content_words(folded: str, stops: frozenset[str] | set[str]) -> list[str]:
    return [w for w in tokens(folded) if w not in stops and (len(w) > 2 or not w.isascii())]


def features(lines: list[Line], language: str | None, url: str | None,
             first: int | None) -> list[list[float] | None]:
    """Each line's features (``NAMES``), or None for a line that cannot be a headline; one
    row more, last, for the page's candidate that no line is its headline."""
    stops = stopwords(language)
    slug = set(slug_words(url))
    counts: dict[str, int] = {}
    last_at: dict[str, int] = {}
    for index, line in enumerate(lines):
        counts[line.folded] = counts.get(line.folded, 0) + 1
        last_at[line.folded] = index
    start = first if first is not None else len(lines)
    story_words: set[str] = set()
    for line in lines:
        if line.kept:
            story_words.update(_content_words(line.folded, stops))
    # a dateline: a short line that is mostly a date, or that dates the page from when it was
    # seen ("Šodien, 17:40", "3 hours ago")
    dates = {index for index, line in enumerate(lines) if line.date_line
             or (line.words <= 8 and find_relative(line.text) is not None)}
    tails, ends_with = _kickers(lines)
    # whether every line before each is a list item or holds no words (the page's top menus)
    only_menus_before = []
    so_far = True
    for line in lines:
        only_menus_before.append(so_far)
        so_far = so_far and (not line.words or line.evidence.bullet
                             or not any(ch.isalpha() for ch in line.text))
    feed = feed_items(lines, first)
    rows: list[list[float] | None] = []
    n = max(len(lines), 1)
    for index, line in enumerate(lines):
        text = line.text
        if not 1 <= line.words <= MAX_WORDS or not any(ch.isalpha() for ch in text) \
                or _sentence(line) or _PLACED.search(text) or navigation_row(text) \
                or _TIMED.match(text) or index in feed:
            rows.append(None)
            continue
        words = _content_words(line.folded, stops)
        # the opening paragraphs after the line (a headline's words recur in the lead)
        lead: set[str] = set()
        taken = 0
        for following in lines[index + 1 : index + 25]:
            if following.prose and following.words >= 12:
                lead.update(_content_words(following.folded, stops))
                taken += 1
                if taken == 3:
                    break
        stripped = text.rstrip(_CLOSERS + " ")
        distance = start - index
        ascii_words = _ascii_words(text) if slug else set()
        cased = [w for w in text.split() if w[:1].isalpha() and w[:1].lower() != w[:1].upper()]
        letters = [ch for ch in text if ch.isalpha()]
        half = len(text) // 2
        previous = lines[max(0, index - 4) : index]
        rows.append([
            1.0,
            math.log1p(line.words),
            float(line.words <= 2),
            float(3 <= line.words <= 20),
            float(line.words > 25),
            float(stripped.endswith(".") and not stripped.endswith("..")),
            float(stripped[-1:] in "?!？！"),
            float(line.evidence.bullet),
            float(line.evidence.indent),
            float(counts[line.folded] >= 2),
            float(counts[line.folded] >= 2 and last_at[line.folded] <= start + 2),
            float(1 <= distance <= 3),
            float(4 <= distance <= 10),
            float(11 <= distance <= 40),
            float(distance > 40),
            float(distance <= 0),
            float(distance < -5),
            index / n,
            float(any(index + step in dates for step in (1, 2, 3))),
            float(any(index - step in dates for step in (1, 2, 3))),
            _slug_matches(slug, ascii_words) / len(slug) if slug else 0.0,
            min(_slug_matches(slug, ascii_words) / max(len(ascii_words), 1), 1.0)
            if slug else 0.0,
            sum(1 for w in words if w in lead) / len(words) if words and lead else 0.0,
            sum(1 for w in words if w in story_words) / len(words) if words else 0.0,
            float(line.evidence.furniture),
            float(line.evidence.template),
            float(bool(_PLACEHOLDER.search(text))),
            line.story,
            float(line.kept),
            line.evidence.stop_density,
            min(sum(ch.isdigit() for ch in text) / max(len(text), 1) * 5, 1.0),
            float(bool(_OWN_COLON.search(text))),
            float(len(letters) >= 4 and all(ch.isupper() for ch in letters
                                            if ch.lower() != ch.upper())
                  and any(ch.lower() != ch.upper() for ch in letters)),
            (sum(1 for w in cased if w[:1].isupper()) / len(cased)) if len(cased) >= 3 else 0.0,
            float(any(f.prose for f in lines[index + 1 : index + 5])),
            (sum(1 for p in previous if p.evidence.bullet) / len(previous)) if previous else 0.0,
            float(len(text) >= 6 and (text[:half] == text[half:] or text[:half] == text[half + 1:])),
            float(bool(_BYLINE.match(text))),
            float(bool(_URL.search(text))),
            min(len(_SEPARATORS.findall(text)), 3) / 3,
            float(line.date_line or bool(line.evidence.dates)),
            float(only_menus_before[index]),
            float(bool(words) and not any(w in story_words for w in words)),
            float(bool(_CREDIT.search(text))),
            float(stripped.endswith(("...", "…"))),
            float(bool(_SLUG_SHAPED.match(text))),
            float(tails.get(line.folded, False)),
            float(ends_with.get(index, False)),
            0.0,  # slug_best and lead_best: filled below, against the page's other lines
            0.0,
            0.0,  # none, none_with_slug: only the page's "no headline" candidate has them
            0.0,
        ])
    # The page's best match of the address, and the best echo of the lead above the story:
    # what sets a line apart is often that no other line matches as well.
    slug_at, lead_at = NAMES.index("slug_cover"), NAMES.index("lead_share")
    valid = [row for row in rows if row is not None]
    best_slug = max((row[slug_at] for row in valid), default=0.0)
    best_lead = max((row[lead_at] for index, row in enumerate(rows)
                     if row is not None and index <= start + 2), default=0.0)
    for index, row in enumerate(rows):
        if row is None:
            continue
        row[NONE - 2] = float(best_slug > 0 and row[slug_at] == best_slug)
        row[NONE - 1] = float(best_lead > 0 and row[lead_at] == best_lead and index <= start + 2)
    # one more candidate: no line at all (a page that prints no headline, or none this model
    # can tell); with an address, a title is then derived from it
    nothing = [0.0] * len(NAMES)
    nothing[NONE] = 1.0
    nothing[NONE + 1] = float(bool(slug))
    rows.append(nothing)
    return rows


_LETTERS = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _sections() -> re.Pattern[str]:
    return re.compile(rf"(?<![^\W_])(?:{boilerplate.alternation(boilerplate.SECTIONS, fold)})(?![^\W_])")


def navigation_row(text: str) -> bool:
    """A row of a site's section names ("Главная Политика Экономика Общество", "الرئيسية
    سياسة اقتصاد رياضة"): three or more, and nearly all its words. It can look like a
    headline to the model (six words, first on the page, a date and prose below): it never
    is one."""
    folded = fold(text)
    words = len(_LETTERS.findall(folded))
    if words < 3:
        return False
    covered = sum(len(_LETTERS.findall(m.group())) for m in _sections().finditer(folded))
    return covered >= 3 and covered >= 0.75 * words


def _sentence(line: Line) -> bool:
    """A sentence of running text: eight words or more ending in a full stop (not one that
    ends an abbreviation, "U.S.", "N.Y.C."). Headlines end so almost never."""
    stripped = line.text.rstrip(_CLOSERS + " ")
    return (line.words >= 8 and stripped.endswith(".") and not stripped.endswith("..")
            and not _ABBREVIATION_END.search(stripped))


def _kickers(lines: list[Line]) -> tuple[dict[str, bool], dict[int, bool]]:
    """Lines that are another line's end after a short lead ("Montréal La fin des …", "Home »
    Société » La fin des …": a kicker, a section or a breadcrumb printed before the headline
    on one line), and the lines that end so."""
    short = {}
    for line in lines:
        if 1 <= line.words <= MAX_WORDS:
            short.setdefault(line.folded, line)
    tails: dict[str, bool] = {}
    ends_with: dict[int, bool] = {}
    for index, line in enumerate(lines):
        if not 2 <= line.words <= MAX_WORDS:
            continue
        words = line.folded.split()
        for cut in range(1, min(5, len(words))):
            tail = " ".join(words[cut:])
            if tail in short and short[tail] is not line:
                tails[tail] = True
                ends_with[index] = True
                break
    return tails, ends_with


@lru_cache(maxsize=1)
def model() -> list[float]:
    return json.loads(MODEL_FILE.read_text(encoding="utf-8"))["weights"]


def scores(rows: list[list[float] | None], weights: list[float]) -> list[float | None]:
    return [None if row is None else sum(w * x for w, x in zip(weights, row, strict=True))
            for row in rows]


def choose(lines: list[Line], language: str | None, url: str | None, first: int | None,
           weights: list[float] | None = None) -> Choice:
    """The page's headline among ``lines`` (``first``: the story's first paragraph)."""
    weights = weights or model()
    return pick(lines, scores(features(lines, language, url, first), weights))


def pick(lines: list[Line], found: list[float | None]) -> Choice:
    """The headline the model's scores of ``lines`` give (``found``: one score per line, None
    for a line that cannot be one, and last the score of "no line is the headline")."""
    valid = [(score, index) for index, score in enumerate(found) if score is not None]
    top = max(score for score, _ in valid)
    total = sum(math.exp(score - top) for score, _ in valid)
    best_score, best = max(valid)
    lines_only = [(score, index) for score, index in valid if index < len(lines)]
    best_line = max(lines_only)[1] if lines_only else None
    if best == len(lines):  # no line is the headline
        return Choice(None, math.exp(best_score - top) / total, best_line)
    probability = math.exp(best_score - top) / total
    above = _headline_above(lines, found, best)
    if above is not None:
        # the chosen line is the standfirst under a shorter headline the model nearly took:
        # the pair is one block, and its first line is the headline
        best = best_line = above
        probability += math.exp(found[above] - top) / total
    below = best + 1
    if lines[best].text.rstrip().endswith((":", "：")) and below < len(lines) \
            and found[below] is not None and not lines[below].date_line \
            and not lines[below].text.rstrip().endswith((":", "：")):
        # a kicker that ends in a colon ("رئیس جمهور روسیه در دوشنبه:", "Putin:") leads into
        # the headline printed under it
        probability += math.exp(found[below] - top) / total
        return Choice(below, probability, below)
    tail = _printed_alone(lines, best)
    if tail is not None and found[tail] is not None:
        # "Montréal La fin des trottinettes…" where "La fin des trottinettes…" stands on its
        # own line too: the kicker, section or breadcrumb is not the headline's
        return Choice(tail, probability, tail)
    return Choice(best, probability, best_line)


STANDFIRST_MARGIN = 4.0
"""How much less the model may score the line above a standfirst-shaped choice for that line
to be taken instead (in log-odds; measured by cross-validation on the development pages:
every margin from 3 to 6 changes the same choices, all for the better)."""


def _headline_above(lines: list[Line], found: list[float | None], index: int) -> int | None:
    """The line just above ``lines[index]`` when ``index`` reads as a standfirst under it: the
    chosen line has twelve words or more (as spaces part them) and at least 1.4 times the
    words of the one above;
    that one has four to twenty words, is no date, credit or byline, and scores within
    ``STANDFIRST_MARGIN`` of the chosen one. A headline printed with the longer sentence that
    sums the story up below it, where that sentence's words echo the lead a little better."""
    above = index - 1
    if above < 0 or found[above] is None or found[index] is None:
        return None
    line, over = lines[index], lines[above]
    # words as spaces part them: in a script written without spaces no line is so told apart
    words, over_words = len(line.text.split()), len(over.text.split())
    if not 4 <= over_words <= 20 or words < max(12, 1.4 * over_words):
        return None
    if over.date_line or over.evidence.dates or _CREDIT.search(over.text) \
            or _BYLINE.match(over.text):
        return None
    return above if found[above] >= found[index] - STANDFIRST_MARGIN else None


def _printed_alone(lines: list[Line], index: int) -> int | None:
    """The line that ``lines[index]`` ends with after a kicker or a section run into it
    (four words at most, "Montréal La fin des …") or after a breadcrumb ("Home » Société »
    La fin des …"), when the page prints it alone too. A kicker joined by a colon or a dash
    ("LTE-Patent: Samsung soll …") is the headline's own."""
    alone = {line.folded: number for number, line in enumerate(lines) if number != index}
    folded = lines[index].folded
    crumbs = _BREADCRUMB.split(folded)
    if len(crumbs) > 1 and crumbs[-1].strip() in alone:
        return alone[crumbs[-1].strip()]
    words = folded.split()
    for cut in range(1, min(5, len(words) - 1)):
        tail = " ".join(words[cut:])
        if tail in alone and not words[cut - 1].endswith((":", "-", "–", "—", "|")):
            return alone[tail]
    return None


def second_line(lines: list[Line], index: int, url: str | None) -> int | None:
    """The line just below a chosen kicker that finishes its headline ("Buch über Bush und
    Putin" over "Die Freundschaft, die zerbrach", printed on two lines), where the address
    spells the two as one: the kicker's words then the other's, which the kicker alone leaves
    half out. The title is then the page's "kicker: headline"."""
    below = index + 1
    if below >= len(lines) or not url:
        return None
    top, under = lines[index], lines[below]
    if not 1 <= top.words <= 6 or not 2 <= under.words <= 20 or under.date_line \
            or under.evidence.dates or top.text.rstrip()[-1:] in ".!?:…" \
            or _BYLINE.match(under.text) or _CREDIT.search(under.text):
        return None
    slug = slug_words(url)
    if len(slug) < 4:
        return None
    # an address drops apostrophes ("hat's" → "hats")
    kicker = _ascii_words(top.text) | _ascii_words(re.sub(r"['’]", "", top.text))
    rest = _ascii_words(under.text.lstrip(":–—- "))
    # the address reads as the kicker, then the headline: each covers its own end of it
    head = [w in kicker for w in slug]
    tail = [w in rest for w in slug]
    cut = next((n for n, inside in enumerate(head) if not inside), len(slug))
    if cut < 2 or cut > len(slug) - 2 or any(head[cut:]):
        return None
    return below if sum(tail[cut:]) >= 0.8 * (len(slug) - cut) else None


_WORDS = re.compile(r"\w+")


def with_kicker_colon(lines: list[Line], index: int) -> int:
    """The line to take the headline's text from: ``index``, or another line of the same words
    that joins a kicker to them with a colon where ``index`` does not ("Die Eisheiligen 2024
    Wann sie sind …", a kicker printed inline, and "• Die Eisheiligen 2024: Wann sie sind …"
    in a list further down): the page's own punctuation of its headline."""
    text = lines[index].text
    if ":" in text:
        return index
    key = [word.casefold() for word in _WORDS.findall(text)]
    if len(key) < 3:
        return index
    for number, line in enumerate(lines):
        if number != index and ":" in line.text and \
                [word.casefold() for word in _WORDS.findall(line.text)] == key:
            return number
    return index


_BULLET_MARK = re.compile(r"^[•●▪◦‣∙·◆■□➤►*+-]\s+")
_NUMBER_MARK = re.compile(r"^\d{1,3}[.)]\s+")


def as_title(text: str, listed: bool = False) -> str:
    """A chosen line as a title: without the marker of a list it was printed in (a number
    only when the line was indented as a list item: "3. Liga" is a headline's own words)."""
    title = _BULLET_MARK.sub("", text, count=1)
    if listed:
        title = _NUMBER_MARK.sub("", title, count=1)
    crumbs = _CRUMB.split(title)
    if len(crumbs) >= 3 and crumbs[-1].strip():
        # a breadcrumb that ends in the headline ("Du befindest dich hier: Home » Gesellschaft
        # » „Unermüdlicher Einsatz“"): the path is the page's navigation, not its headline
        title = crumbs[-1]
    return title.strip() or text


_DASHES = str.maketrans({ch: "-" for ch in "‐‑‒–—―−"})
_QUOTES = re.compile("[\"'`´‘’‚‛“”„‟«»‹›「」『』]")
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff\u0640]")
_ENDS = re.compile(r"^[\W_]+|[\W_]+$")


def title_key(text: str) -> str:
    """Two titles read the same when their keys are equal: NFKC, case, dashes, quote marks,
    invisible characters, spacing and punctuation at either end ignored."""
    text = unicodedata.normalize("NFKC", text).casefold().translate(_DASHES)
    text = _INVISIBLE.sub("", _QUOTES.sub("", text))
    return _ENDS.sub("", " ".join(text.split()))
