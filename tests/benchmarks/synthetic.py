"""A generated archive for benchmarks: articles in six languages, grouped into events.

Words are drawn with a Zipf distribution from each language's real stop words (jusText's
lists) and the words of the real seed captures, plus generated words in the language's
alphabet, so term statistics look like news text. Deterministic for a given seed.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import random
import re
from dataclasses import dataclass
from pathlib import Path

from generator.frontmatter import dump_yaml, render_markdown

from ..conftest import FIXTURES, SEEDS

LANGUAGES = {
    "az": ("Azerbaijani", "abcçdeəfgğhxıijkqlmnoöprsştuüvyz"),
    "tr": ("Turkish", "abcçdefgğhıijklmnoöprsştuüvyz"),
    "ar": ("Arabic", "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"),
    "fa": ("Persian", "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی"),
    "ru": ("Russian", "абвгдеёжзийклмнопрстуфхцчшщыьэюя"),
    "en": ("English", "abcdefghijklmnopqrstuvwxyz"),
}
SEED_LANGUAGE = {"000": "az", "001": "tr", "002": "ar", "003": "fa", "004": "ar"}
WORDS_PER_PARAGRAPH = 110
PARAGRAPHS = 8


@dataclass
class Vocabulary:
    function: list[str]
    content: list[str]
    weights: list[float]


def _stop_words(name: str) -> list[str]:
    spec = importlib.util.find_spec("justext")
    path = Path(spec.submodule_search_locations[0]) / "stoplists" / f"{name}.txt"
    return path.read_text(encoding="utf-8").split()[:300]


def vocabularies(rng: random.Random, size: int = 6000) -> dict[str, Vocabulary]:
    real: dict[str, set[str]] = {code: set() for code in LANGUAGES}
    for path in sorted(SEEDS.glob("0*.txt")):
        code = SEED_LANGUAGE[path.name[:3]]
        real[code].update(re.findall(r"[^\W\d_]{4,}", path.read_text(encoding="utf-8")))
    for path in (FIXTURES / "archive" / "articles").glob("*.md"):
        text = path.read_text(encoding="utf-8")
        code = re.search(r"^language: (\w+)", text, re.MULTILINE).group(1)
        real[code].update(re.findall(r"[^\W\d_]{4,}", text.split("---", 2)[2]))
    result = {}
    for code, (name, alphabet) in LANGUAGES.items():
        words = sorted(real[code])
        while len(words) < size:
            words.append("".join(rng.choice(alphabet) for _ in range(rng.randint(4, 10))))
        rng.shuffle(words)
        weights = [1 / (rank + 5) for rank in range(len(words))]
        result[code] = Vocabulary(_stop_words(name), words, weights)
    return result


def _sentence(rng: random.Random, vocab: Vocabulary, length: int) -> str:
    content = rng.choices(vocab.content, weights=vocab.weights, k=length)
    words = [rng.choice(vocab.function) if rng.random() < 0.4 else word for word in content]
    return " ".join(words).capitalize() + "."


def _capture(rng: random.Random, vocab: Vocabulary, title: str, paragraphs: list[str],
             ) -> tuple[bytes, list[tuple[int, str, str | None]]]:
    """An HTML page as a news site serves one, around the article's text (navigation, a
    share row, related stories, comments, a footer), and the cleaning record of it."""
    def line() -> str:
        return _sentence(rng, vocab, rng.randint(3, 9)).rstrip(".")

    menu = [line() for _ in range(25)]
    related = [line() for _ in range(15)]
    comments = [_sentence(rng, vocab, rng.randint(10, 30)) for _ in range(10)]
    footer = [line() for _ in range(12)]
    html = ["<!DOCTYPE html><html><head><meta charset='utf-8'><title>", title, "</title>",
            "<link rel='stylesheet' href='/static/site.css'><script>window.dataLayer=[];"
            "function track(e){dataLayer.push(e)}</script></head><body><header><nav><ul>",
            *(f"<li><a href='/section/{i}'>{item}</a></li>" for i, item in enumerate(menu)),
            "</ul></nav></header><main><article><h1>", title, "</h1>",
            "<div class='share'><a href='#'>Facebook</a> <a href='#'>X</a></div>",
            *(f"<p>{paragraph}</p>" for paragraph in paragraphs), "</article><aside><ul>",
            *(f"<li><a href='/news/{i}'>{item}</a></li>" for i, item in enumerate(related)),
            "</ul></aside><section class='comments'>",
            *(f"<div class='comment'><p>{comment}</p></div>" for comment in comments),
            "</section></main><footer>", *(f"<p>{item}</p>" for item in footer),
            "</footer></body></html>\n"]
    lines: list[tuple[int, str, str | None]] = [(1, title, "headline")]
    lines += [(len(lines) + 1, paragraph, None) for paragraph in paragraphs]
    for kind, items in (("share row, button or footer", menu),
                        ("after the story (comments, related lists, footer)",
                         related + comments + footer)):
        lines += [(len(lines) + 1, item, kind) for item in items]
    return "\n".join(html).encode("utf-8"), lines


def generate(root: Path, articles: int, *, seed: int = 7, captured: float = 0.0,
             ) -> dict[str, Vocabulary]:
    """Write a content folder with ``articles`` articles into ``root``; the share
    ``captured`` of them come as ingest leaves them: an HTML capture in ``raw/`` and its
    cleaning record in ``provenance/``."""
    rng = random.Random(seed)
    vocab = vocabularies(rng)
    codes = list(LANGUAGES)
    (root / "outlets").mkdir(parents=True, exist_ok=True)
    (root / "events").mkdir(parents=True, exist_ok=True)
    (root / "articles").mkdir(parents=True, exist_ok=True)
    outlets = []
    for code in codes:
        for number in range(10):
            outlet_id = f"{code}-outlet-{number}"
            outlets.append((outlet_id, code))
            (root / "outlets" / f"{outlet_id}.yml").write_text(dump_yaml({
                "name": f"{LANGUAGES[code][0]} Outlet {number}", "kind": "online news",
                "languages": [code]}), encoding="utf-8")
    events = max(1, articles // 20)
    for number in range(events):
        year, day = 2015 + number % 11, 1 + number % 28
        month = 1 + (number // 11) % 12
        (root / "events" / f"event-{number}.md").write_text(render_markdown({
            "title": f"Generated event {number}", "date": f"{year}-{month:02d}-{day:02d}",
            "place": "Somewhere", "participants": ["A. Person", "B. Person"],
        }, _sentence(rng, vocab["en"], 40)), encoding="utf-8")
    for number in range(articles):
        code = codes[number % len(codes)]
        outlet_id = rng.choice([o for o, c in outlets if c == code])
        event = number % events
        year, month, day = 2015 + event % 11, 1 + (event // 11) % 12, 1 + event % 28
        paragraphs = [_sentence(rng, vocab[code], WORDS_PER_PARAGRAPH // 3) + " "
                      + _sentence(rng, vocab[code], WORDS_PER_PARAGRAPH // 3) + " "
                      + _sentence(rng, vocab[code], WORDS_PER_PARAGRAPH // 3)
                      for _ in range(PARAGRAPHS)]
        meta = {
            "title": _sentence(rng, vocab[code], 8).rstrip("."),
            "language": code,
            "published": f"{year}-{month:02d}-{day:02d}",
            "outlet": outlet_id,
            "url": f"https://{outlet_id}.example.org/news/{number}",
            "event": f"event-{event}",
            "raw_sha256": hashlib.sha256(f"{seed}-{number}".encode()).hexdigest(),
        }
        if rng.random() < captured:
            page, lines = _capture(rng, vocab[code], meta["title"], paragraphs)
            raw = root / "raw" / f"a{number:05d}.html"
            raw.parent.mkdir(exist_ok=True)
            raw.write_bytes(page)
            meta["raw_sha256"] = hashlib.sha256(page).hexdigest()
            meta["raw_file"] = f"raw/{raw.name}"
            (root / "provenance").mkdir(exist_ok=True)
            (root / "provenance" / f"a{number:05d}.json").write_text(json.dumps(
                {"cleaner": "synthetic", "input": "html", "raw_sha256": meta["raw_sha256"],
                 "lines": lines}, ensure_ascii=False), encoding="utf-8")
        (root / "articles" / f"a{number:05d}.md").write_text(
            render_markdown(meta, "\n\n".join(paragraphs)), encoding="utf-8")
    return vocab
