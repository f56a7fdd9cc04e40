"""The pages the headline and date models are fitted on, as text dumps with their gold.

Real pages nobody wrote for the archive: ``tests/data/headlines-dev`` (news pages in 27
languages, with their addresses, headline and stated date) and ``tests/data/cleaning-dev``
(Readability's test pages in both dump shapes, with its expected title and, for some, a date);
and the archive's own captures (fictional sites in fourteen languages, and the five seeds),
few, but with shapes the real sets lack (a page that prints no headline among them).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from generator.ingest import detect
from generator.ingest.cleaning import Page, read_page
from generator.ingest.readers import decode

HERE = Path(__file__).resolve().parent
HEADLINES = HERE / "data" / "headlines-dev"
CLEANING = HERE / "data" / "cleaning-dev"


@dataclass
class DevPage:
    name: str
    group: str
    """Pages of one site share a group (a cross-validation keeps them in one fold)."""
    collection: str
    text: str
    url: str | None
    title: str | None
    """Its headline; None when the page prints none (or the gold does not say)."""
    published: date | None


def _addresses(manifest: Path) -> dict[str, str | None]:
    with manifest.open(encoding="utf-8") as handle:
        return {row["file"]: row["url"] or None for row in csv.DictReader(handle)}


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def dev_pages() -> Iterator[DevPage]:
    gold = json.loads((HEADLINES / "gold.json").read_text(encoding="utf-8"))
    urls = _addresses(HEADLINES / "manifest-dumps.csv")
    for path in sorted((HEADLINES / "dumps").glob("*.txt")):
        entry = gold[path.stem]
        yield DevPage(path.stem, entry["host"], "headlines-dev", decode(path.read_bytes())[0],
                      urls.get(path.name), entry["title"], _day(entry.get("published")))
    own = HERE / "fixtures" / "captures" / "gold"
    for folder, gold_file in ((own, "captures.json"), (HERE / "data" / "seeds", "seeds.json")):
        entries = json.loads((HERE / "gold" / gold_file).read_text(encoding="utf-8"))
        addresses = _addresses(folder / "manifest.csv")
        for name, entry in entries.items():
            if name.startswith("_") or not name.endswith(".txt"):
                continue
            yield DevPage(name, f"own/{name}", "archive-gold",
                          decode((folder / name).read_bytes())[0], addresses.get(name),
                          None if entry.get("title_derived") else entry["title"],
                          _day(entry.get("published")))
    meta = json.loads((CLEANING / "meta.json").read_text(encoding="utf-8"))
    for shape in ("pages", "pages-wrapped"):
        for path in sorted((CLEANING / shape).glob("*.txt")):
            entry = meta.get(path.stem) or {}
            yield DevPage(f"{shape}/{path.stem}", f"readability/{path.stem}",
                          f"cleaning-dev/{shape}", decode(path.read_bytes())[0], None,
                          entry.get("title"), _day(entry.get("publishedTime")))


def read(text: str) -> tuple[str | None, Page] | None:
    """A page's language and its reading, as ingest reads a text dump (None: no text)."""
    language = detect.detect_language(text)
    page = read_page(text, language, set())
    return None if page is None else (language, page)
