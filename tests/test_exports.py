"""Downloads and feed: every data file parses back and agrees with its description."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(scope="module")
def docs(fixture_docs) -> Path:
    return fixture_docs


def test_json_and_csv_hold_every_article_and_event(docs):
    articles = json.loads((docs / "data/articles.json").read_text(encoding="utf-8"))
    assert len(articles) == 7
    persian = next(a for a in articles if a["language"] == "fa")
    assert persian["title"] == "پل شناور باکو و ترکمن‌باشی افتتاح شد"
    assert persian["direction"] == "rtl" and persian["event"] == "caspian-bridge-opening"
    with (docs / "data/articles.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["id"] for r in rows] == [a["id"] for a in articles]
    events = json.loads((docs / "data/events.json").read_text(encoding="utf-8"))
    assert [(e["id"], e["articles"]) for e in events] == [
        ("desert-summit", 2), ("caspian-bridge-opening", 4)]
    assert events[1]["entities"] == "baku turkmenbashi"
    assert persian["mentions"] == "baku turkmenbashi"
    entities = json.loads((docs / "data/entities.json").read_text(encoding="utf-8"))
    baku = next(e for e in entities if e["id"] == "baku")
    assert baku["kind"] == "place" and baku["wikidata"] == "Q9248"
    assert baku["events"] == "caspian-bridge-opening" and baku["articles"] == 4
    assert "fa: باکو" in baku["names"]


def test_the_data_package_describes_the_files(docs):
    package = json.loads((docs / "data/datapackage.json").read_text(encoding="utf-8"))
    assert package["name"] == "news-archive" and len(package["resources"]) == 6
    for resource in package["resources"]:
        path = docs / "data" / resource["path"]
        assert path.is_file()
        fields = [f["name"] for f in resource["schema"]["fields"]]
        if resource["format"] == "csv":
            with path.open(encoding="utf-8", newline="") as handle:
                assert next(csv.reader(handle)) == fields
        else:
            rows = json.loads(path.read_text(encoding="utf-8"))
            assert all(list(row) == fields for row in rows)


def test_the_atom_feed_lists_events_newest_first(docs):
    feed = ET.fromstring((docs / "feed.xml").read_bytes())
    assert feed.tag == f"{ATOM}feed"
    assert feed.get("{http://www.w3.org/XML/1998/namespace}base") == "https://example.org/a/"
    for element in ("title", "id", "updated", "author"):
        assert feed.find(f"{ATOM}{element}") is not None
    entries = feed.findall(f"{ATOM}entry")
    assert [e.find(f"{ATOM}title").text for e in entries] == [
        "Caspian ferry bridge opens between Baku and Turkmenbashi",
        "Water summit in Amman ends without an agreement"]
    for entry in entries:
        assert entry.find(f"{ATOM}id").text.startswith("tag:news-archive,2026:event/")
        assert entry.find(f"{ATOM}link").get("href").startswith("events/")
        assert entry.find(f"{ATOM}updated").text.endswith("Z")


def test_the_home_page_links_the_downloads(docs):
    home = (docs / "index.md").read_text(encoding="utf-8")
    for target in ("data/articles.csv", "data/articles.json", "data/events.csv",
                   "data/entities.csv", "data/entities.json", "data/datapackage.json", "feed.xml"):
        assert f"({target})" in home
