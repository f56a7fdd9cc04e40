"""Which paragraphs of a page are its story: evidence weighed, not cut at the first date.

Each paragraph is described by what a text dump keeps of it (``local_features``): its length,
sentence punctuation, the share of the page language's stop words, bullets, capitalised
teaser words, digits, page-furniture and end-of-story phrases, repetition. A first model turns
that into a probability of being story. A story is one stretch of running text, so a second
model looks again with the neighbourhood (``context_features``): the first model's view of the
paragraphs around, whether the paragraph lies inside the page's densest stretch of story and
how much story stands before and after it. A short line between two story paragraphs is story;
a prose paragraph far below the story, after its end phrases, is a teaser or a comment.

Both models are logistic regressions whose weights (``story_model.json``) were fitted on
real pages (``python -m tests.train_cleaner``); inference is a few hundred multiplications a
paragraph, in plain Python.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

MODEL_FILE = Path(__file__).with_name("story_model.json")

_TERMINAL = ".!?؟…。！？।։۔።॥။"
_CLOSERS = "\"'”’»)]›」』）"
_SENTENCE_MARKS = re.compile(r"[.!?؟。！？,،;:，、；：։۔።]")
_CLOCK_START = re.compile(r"^\s*(?:[01]?\d|2[0-3])[:.h][0-5]\d\b")
_MORE_END = re.compile(r"(?:mehr|more|plus|más|mais|altro|meer|więcej|подробнее|далее|devamı|"
                       r"ətraflı|المزيد|بیشتر|suite|continua|lees|читать)\s*(?:…|\.\.\.|»|›|>)?\s*$"
                       r"|(?:…|\.\.\.)\s*$", re.IGNORECASE)
_URL = re.compile(r"https?://|www\.|\S+@\S+\.\w{2,}")
_BRACKET = re.compile(r"\[[^\]]{0,40}\]|\||»|›|/\s")
_COPYRIGHT = re.compile(r"©|\(c\)\s*\d{4}|copyright|all rights reserved|tüm hakları|"
                        r"все права|حقوق|hüquqlar|alle rechte|tous droits|derechos reservados|"
                        r"todos os direitos|diritti riservati|版权|著作権|무단", re.IGNORECASE)


_NOSPACE_RANGES = ("\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf"
                   "\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003134f")
NOSPACE = re.compile(f"[{_NOSPACE_RANGES}]")
"""A character of a script written without spaces (Han, kana, Hangul, Thai, Lao, Burmese,
Khmer)."""
_MARKS = "\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670" \
         "\u06d6-\u06ed\u0900-\u0903\u093a-\u094f\u200c\u200d"
_TOKEN = re.compile(f"[{_NOSPACE_RANGES}]|(?:(?![{_NOSPACE_RANGES}])[^\\W_])"
                    f"(?:(?![{_NOSPACE_RANGES}])[^\\W_]|[{_MARKS}])*")


def tokens(text: str) -> list[str]:
    """Words of ``text`` (combining marks and joiners stay inside a word); each character of
    a script written without spaces is one token."""
    return _TOKEN.findall(text)


@dataclass
class Evidence:
    """What the page-level cues say of one paragraph (filled by the cleaner)."""

    text: str
    words: list[str]
    """Folded tokens."""
    stop_density: float
    has_stoplist: bool
    bullet: bool
    indent: bool
    blank_before: bool
    furniture: bool
    terminator: bool
    date_line: bool
    repeated: bool
    template: bool
    dates: list = field(default_factory=list)
    """The dates the paragraph holds (``dates.DateMention``)."""


def _terminal(text: str) -> bool:
    stripped = text.rstrip(_CLOSERS + " ")
    return bool(stripped) and (stripped[-1] in _TERMINAL or text[-1:] in _TERMINAL)


def local_features(item: Evidence, longest: int = 0) -> list[float]:
    """``longest``: the page's longest paragraph, in tokens."""
    text = item.text
    count = len(item.words)
    letters = sum(1 for ch in text if ch.isalpha())
    cased = [w for w in text.split() if w[:1].isalpha() and w[:1].lower() != w[:1].upper()]
    capitalised = sum(1 for w in cased if w[:1].isupper()) / len(cased) if len(cased) >= 3 else 0.0
    digits = sum(1 for ch in text if ch.isdigit())
    marks = len(_SENTENCE_MARKS.findall(text))
    short = count < 8
    return [
        1.0,
        math.log1p(count),
        float(count >= 8),
        float(count >= 25),
        float(_terminal(text)),
        min(marks / max(count, 1), 1.0),
        item.stop_density,
        float(item.has_stoplist and item.stop_density < 0.1 and count >= 5),
        float(item.bullet),
        float(item.indent),
        capitalised,
        min(digits / max(len(text), 1) * 5, 1.0),
        float(item.furniture and short),
        float(item.furniture and not short),
        float(item.terminator),
        float(item.date_line),
        float(item.repeated),
        min(len(_BRACKET.findall(text)) / max(count, 1) * 3, 1.0),
        float(text.rstrip().endswith(":")),
        letters / max(len(text), 1),
        float(item.blank_before),
        float(bool(_COPYRIGHT.search(text))),
        float(bool(_URL.search(text))),
        float(item.template),
        float(bool(_CLOCK_START.match(text))),
        float(bool(_MORE_END.search(text)) and count < 60),
        math.log1p(count) / math.log1p(max(longest, count, 1)),
    ]


LOCAL_NAMES = [
    "bias", "log_tokens", "tokens_8", "tokens_25", "terminal", "marks", "stop_density",
    "few_stops", "bullet", "indent", "capitalised", "digits", "furniture_short",
    "furniture_long", "terminator", "date_line", "repeated", "brackets", "colon_end",
    "letters", "blank_before", "copyright", "url", "template", "clock_start", "more_end",
    "relative_length",
]


def _sigmoid(value: float) -> float:
    if value < -30:
        return 0.0
    if value > 30:
        return 1.0
    return 1.0 / (1.0 + math.exp(-value))


def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


def best_stretch(probabilities: list[float], sizes: list[int]) -> tuple[int, int]:
    """The stretch [start, end) whose story evidence, weighed by size, sums highest."""
    best = (0, 0)
    best_sum = 0.0
    running, start = 0.0, 0
    for index, (p, size) in enumerate(zip(probabilities, sizes, strict=True)):
        gain = (p - 0.5) * math.sqrt(size + 1)
        if running <= 0:
            running, start = gain, index
        else:
            running += gain
        if running > best_sum:
            best_sum, best = running, (start, index + 1)
    return best


def context_features(probabilities: list[float], sizes: list[int],
                     terminators: list[bool]) -> list[list[float]]:
    """Each paragraph's neighbourhood as the first model sees it."""
    n = len(probabilities)
    start, end = best_stretch(probabilities, sizes)
    story_mass = [p * size if p >= 0.5 else 0.0 for p, size in zip(probabilities, sizes,
                                                                     strict=True)]
    total = sum(story_mass) or 1.0
    before = 0.0
    prefix = []
    for mass in story_mass:
        prefix.append(before)
        before += mass
    # terminators met after the start of the densest stretch, up to each paragraph
    ended = []
    seen = 0
    for index, flag in enumerate(terminators):
        ended.append(seen)
        if flag and index >= start:
            seen += 1

    def window(index: int, radius: int) -> float:
        low, high = max(0, index - radius), min(n, index + radius + 1)
        values = [probabilities[j] for j in range(low, high) if j != index]
        return sum(values) / len(values) if values else 0.0

    rows = []
    for index, p in enumerate(probabilities):
        inside = start <= index < end
        distance = 0 if inside else (start - index if index < start else index - end + 1)
        share_before = prefix[index] / total
        share_after = (total - prefix[index] - story_mass[index]) / total
        rows.append([
            1.0,
            _logit(p),
            _logit(probabilities[index - 1]) if index else -3.0,
            _logit(probabilities[index + 1]) if index + 1 < n else -3.0,
            window(index, 2),
            window(index, 6),
            float(inside),
            math.log1p(distance),
            share_before,
            share_after,
            float(share_before < 0.02),
            float(share_after < 0.02),
            min(ended[index], 3) / 3,
            index / max(n - 1, 1),
        ])
    return rows


CONTEXT_NAMES = [
    "bias", "p", "p_prev", "p_next", "window_2", "window_6", "inside_stretch",
    "log_distance", "share_before", "share_after", "nothing_before", "nothing_after",
    "terminators_passed", "position",
]


@lru_cache(maxsize=1)
def model() -> dict[str, list[float]]:
    return json.loads(MODEL_FILE.read_text(encoding="utf-8"))


def _apply(weights: list[float], row: list[float]) -> float:
    return _sigmoid(sum(w * x for w, x in zip(weights, row, strict=True)))


def story_probabilities(items: list[Evidence], weights: dict[str, list[float]] | None = None
                        ) -> tuple[list[float], list[float]]:
    """The probability that each paragraph is part of the story: (in context, on its own)."""
    if not items:
        return [], []
    weights = weights or model()
    sizes = [len(item.words) for item in items]
    longest = max(sizes)
    local = [_apply(weights["local"], local_features(item, longest)) for item in items]
    context = context_features(local, sizes, [item.terminator for item in items])
    return [_apply(weights["context"], row) for row in context], local


STORY_THRESHOLD = 0.65
"""A paragraph whose story probability reaches this is kept. Above one half: a kept teaser
costs the reader more than a lost sentence, which the growth step below mostly wins back
(chosen by cross-validation on the development pages, ``tests.train_cleaner --folds 5``)."""
GROW_THRESHOLD = 0.35
"""A paragraph next to the story is story from this probability on (see ``story_mask``)."""


def story_mask(items: list[Evidence], probabilities: list[float], local: list[float],
               threshold: float = STORY_THRESHOLD, grow: float = GROW_THRESHOLD) -> list[bool]:
    """Which paragraphs to keep: those the model calls story, then their neighbours that are
    nearly as likely, outwards until one is not.

    The model is strict at a story's edges (the last sentence, a closing list); a neighbour of
    kept text needs less evidence than a paragraph on its own: both models must give it
    ``grow`` (a list item, which says little on its own, needs the second only). Furniture,
    date lines and repeated lines (a headline printed twice) are passed over, never joined;
    end phrases stop the growth.
    """
    keep = [p >= threshold for p in probabilities]

    def transparent(index: int) -> bool:
        item = items[index]
        return not keep[index] and (item.furniture or item.date_line or item.repeated)

    def next_to_kept(index: int) -> bool:
        for step in (-1, 1):
            j = index + step
            for _ in range(3):
                if not 0 <= j < len(keep):
                    break
                if keep[j]:
                    return True
                if not transparent(j):
                    break
                j += step
        return False

    changed = True
    while changed:
        changed = False
        for index, p in enumerate(probabilities):
            item = items[index]
            if keep[index] or p < grow - 0.05 or item.terminator or item.furniture or item.repeated:
                continue
            # a list item says little on its own; a sentence the first model is sure of
            # needs less of the second
            if not item.bullet and local[index] < grow and not (
                    local[index] >= 0.5 and p >= grow - 0.05):
                continue
            if not item.bullet and local[index] < 0.5 and p < grow:
                continue
            if next_to_kept(index):
                keep[index] = True
                changed = True
    return keep
