"""Citations parsed back: CSL-JSON as JSON, BibTeX with a parser, JSON-LD and Highwire tags."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

import bibtexparser
import pytest

from .browser import browser_page, serve


@pytest.fixture(scope="module")
def docs(fixture_docs) -> Path:
    return fixture_docs


def test_csl_json_of_an_article(docs):
    (item,) = json.loads((docs / "cite/articles/2024-03-19-aseman-pol.json").read_text(encoding="utf-8"))
    assert item["type"] == "article-newspaper"
    assert item["title"] == "پل شناور باکو و ترکمن‌باشی افتتاح شد"
    assert item["container-title"] == "Aseman News Agency"
    assert item["issued"] == {"date-parts": [[2024, 3, 19]]}
    assert item["language"] == "fa"
    assert item["archive_location"] == "https://example.org/a/articles/2024-03-19-aseman-pol/"


def test_csl_json_of_an_event(docs):
    (item,) = json.loads((docs / "cite/events/desert-summit.json").read_text(encoding="utf-8"))
    assert item["type"] == "webpage" and item["container-title"] == "Test archive"
    assert item["event-date"] == {"date-parts": [[2023, 11, 5]]}


@pytest.mark.parametrize("name", ["articles/2024-03-18-kaspi-xeber-korpu", "articles/2024-03-19-aseman-pol",
                                  "events/caspian-bridge-opening"])
def test_bibtex_parses(docs, name):
    library = bibtexparser.parse_string((docs / f"cite/{name}.bib").read_text(encoding="utf-8"))
    assert not library.failed_blocks
    (entry,) = library.entries
    fields = {f.key: f.value for f in entry.fields}
    csl = json.loads((docs / f"cite/{name}.json").read_text(encoding="utf-8"))[0]
    assert fields["title"].strip("{}") == csl["title"]
    if "author" in csl:
        assert fields["author"].strip("{}") == csl["author"][0]["literal"]
    assert "date" in fields and "url" in fields


class Head(HTMLParser):
    def __init__(self):
        super().__init__()
        self.meta: dict[str, list[str]] = {}
        self.json_ld: list[str] = []
        self._ld = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and attrs.get("name", "").startswith("citation_"):
            self.meta.setdefault(attrs["name"], []).append(attrs["content"])
        self._ld = tag == "script" and attrs.get("type") == "application/ld+json"

    def handle_data(self, data):
        if self._ld:
            self.json_ld.append(data)
            self._ld = False


def head_of(path: Path) -> Head:
    parser = Head()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def test_article_page_carries_json_ld_and_highwire_tags(fixture_site):
    head = head_of(fixture_site / "articles/2024-03-18-kaspi-xeber-korpu/index.html")
    (block,) = head.json_ld
    data = json.loads(block)
    assert data["@type"] == "NewsArticle" and data["inLanguage"] == "az"
    assert data["headline"] == "Bakı ilə Türkmənbaşı arasında bərə körpüsü açıldı"
    assert data["about"]["@type"] == "Event" and data["isBasedOn"].startswith("https://kaspi")
    assert head.meta["citation_title"] == ["Bakı ilə Türkmənbaşı arasında bərə körpüsü açıldı"]
    assert head.meta["citation_publication_date"] == ["2024/03/18"]
    assert head.meta["citation_author"] == ["Leyla Əliyeva"]


def test_event_page_carries_json_ld(fixture_site):
    (block,) = head_of(fixture_site / "events/desert-summit/index.html").json_ld
    data = json.loads(block)
    assert data["@type"] == "Event" and data["startDate"] == "2023-11-05"
    assert data["endDate"] == "2023-11-06" and data["location"]["name"] == "Amman, Jordan"
    assert {a["inLanguage"] for a in data["subjectOf"]} == {"ar", "tr"}


def test_citation_block_gets_the_address_and_date_in_the_browser(fixture_site):
    with serve(fixture_site) as base, browser_page() as page:
        page.goto(f"{base}articles/2024-03-19-aseman-pol/?from=test")
        address = page.locator(".cite-address").inner_text()
        assert address == f"{base}articles/2024-03-19-aseman-pol/"
        assert page.locator(".cite-accessed").inner_text()[:2] == "20"
        assert page.locator(".citation a", has_text="BibTeX").get_attribute("href").endswith(".bib")
