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
        # absolute: feed readers do not all resolve xml:base
        assert entry.find(f"{ATOM}link").get("href").startswith("https://example.org/a/events/")
        assert entry.find(f"{ATOM}updated").text.endswith("Z")
    links = {link.get("rel"): link.get("href") for link in feed.findall(f"{ATOM}link")}
    assert links == {"self": "https://example.org/a/feed.xml", "alternate": "https://example.org/a/"}


def test_the_home_page_links_the_downloads(docs):
    home = (docs / "index.md").read_text(encoding="utf-8")
    for target in ("data/articles.csv", "data/articles.json", "data/events.csv",
                   "data/entities.csv", "data/entities.json", "data/datapackage.json", "feed.xml"):
        assert f"({target})" in home


def test_control_characters_and_formulas_stay_data(tmp_path):
    import shutil

    from generator.build import build

    from .conftest import FIXTURES

    content = tmp_path / "content"
    shutil.copytree(FIXTURES / "archive", content)
    event = content / "events" / "desert-summit.md"
    text = event.read_text(encoding="utf-8")
    title = next(line for line in text.splitlines() if line.startswith("title:"))
    event.write_text(text.replace(title, 'title: "Summit\\a in the desert\\x1b[31m"'), "utf-8")
    article = content / "articles" / "2023-11-06-pusula-zirve.md"
    text = article.read_text(encoding="utf-8")
    title = next(line for line in text.splitlines() if line.startswith("title:"))
    article.write_text(text.replace(title, "title: '=HYPERLINK(\"https://evil.example\",\"x\")'"),
                       "utf-8")
    out = tmp_path / "docs"
    build(content, out, site_name="Test archive", site_url="https://example.org/a/")
    feed = ET.parse(out / "feed.xml").getroot()  # a control character would make it unreadable
    titles = [e.findtext(f"{ATOM}title") for e in feed.iter(f"{ATOM}entry")]
    assert "Summit in the desert[31m" in titles
    with (out / "data/articles.csv").open(encoding="utf-8", newline="") as handle:
        cells = [row["title"] for row in csv.DictReader(handle)]
    assert "'=HYPERLINK(\"https://evil.example\",\"x\")" in cells  # a spreadsheet shows it as text
    rows = json.loads((out / "data/articles.json").read_text(encoding="utf-8"))
    assert "=HYPERLINK(\"https://evil.example\",\"x\")" in [r["title"] for r in rows]


def test_an_edit_makes_again_only_its_rows_and_the_files_are_those_made_afresh(tmp_path):
    """Each article's lines of the data files are kept between builds by the files they come
    from: an edit of an article, or of its outlet's name, changes those rows, and the files
    are the ones a build without the memo makes."""
    import shutil

    from generator.content import load_archive
    from generator.reuse.memo import Kept
    from generator.site.exports import exports
    from generator.site.model import derive

    from .conftest import FIXTURES

    content = tmp_path / "content"
    shutil.copytree(FIXTURES / "archive", content)
    memo = Kept()
    first = exports(derive(load_archive(content)), memo)
    assert first == exports(derive(load_archive(content))) and len(memo) == memo.made == 7
    memo.end_generation()
    article = content / "articles" / "2024-03-18-vestnik-parom.md"
    article.write_text(article.read_text(encoding="utf-8").replace(
        "Паромный мост", "=Паромный, мост", 1), encoding="utf-8")  # a comma, a formula
    outlet = content / "outlets" / "aseman.yml"
    outlet.write_text(outlet.read_text(encoding="utf-8").replace(
        "Aseman News Agency", 'Aseman "News" Agency'), encoding="utf-8")
    model = derive(load_archive(content))
    edited = exports(model, memo)
    assert edited == exports(model)
    assert (memo.made, memo.reused) == (7 + 2, 5)  # those two rows, made again
    assert "'=Паромный, мост" in edited["data/articles.csv"]
    assert '"Aseman ""News"" Agency"' in edited["data/articles.csv"]
