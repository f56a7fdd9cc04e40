"""Text from the web is data: a hostile capture must not put live markup into any page."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest

from .conftest import FIXTURES, built_site


class Collector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.script_text: list[str] = []
        self.json_ld: list[str] = []
        self._in_script: str | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag == "script":
            self._in_script = attrs.get("type") or "text/javascript"

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = None

    def handle_data(self, data):
        if self._in_script == "application/ld+json":
            self.json_ld.append(data)  # data, not code: checked apart
        elif self._in_script:
            self.script_text.append(data)


@pytest.fixture(scope="module", params=["en", "ar"])
def hostile_site(request, tmp_path_factory) -> Path:
    """The hostile archive built in English and with the interface in Arabic (translated
    strings around the same web text)."""
    return built_site(tmp_path_factory, FIXTURES / "hostile", f"hostile-{request.param}",
                      language=request.param)


def pages(site: Path) -> list[Path]:
    return [p for p in site.rglob("*.html") if "search" not in p.parts]


def test_hostile_pages_were_built(hostile_site):
    names = {p.relative_to(hostile_site).as_posix() for p in pages(hostile_site)}
    assert "events/hostile-event/index.html" in names
    assert "articles/2025-01-01-evil-outlet-hostile/index.html" in names
    assert "captures/2025-01-01-evil-outlet-hostile/index.html" in names


def test_no_event_handler_attributes(hostile_site):
    for page in pages(hostile_site):
        parser = Collector()
        parser.feed(page.read_text(encoding="utf-8"))
        for tag, attrs in parser.tags:
            handlers = [name for name in attrs if name.lower().startswith("on")]
            assert not handlers, f"{page}: <{tag}> has {handlers}"


def test_only_http_and_relative_links(hostile_site):
    for page in pages(hostile_site):
        parser = Collector()
        parser.feed(page.read_text(encoding="utf-8"))
        for tag, attrs in parser.tags:
            for name in ("href", "src", "action", "formaction", "data"):
                value = (attrs.get(name) or "").strip().lower()
                assert not value.startswith(("javascript:", "data:", "vbscript:")), (
                    f"{page}: <{tag} {name}={value!r}>")


def test_no_script_or_markup_from_the_article(hostile_site):
    for page in pages(hostile_site):
        parser = Collector()
        parser.feed(page.read_text(encoding="utf-8"))
        scripts = "".join(parser.script_text)
        assert "alert(" not in scripts, f"{page}: article text reached a <script>"
        html = page.read_text(encoding="utf-8")
        start, end = html.find('<article class="md-content__inner'), html.rfind("</article>")
        content = Collector()
        content.feed(html[start:end])
        # the archive's own charts are SVG (class "chart", drawn from counts and escaped
        # labels); no other SVG, and nothing of the page's own markup, may appear
        tags = {tag for tag, attrs in content.tags
                if not (tag == "svg" and attrs.get("class") == "chart")}
        assert not tags & {"iframe", "svg", "img", "b", "object", "embed", "script"}, page
        charts = [attrs for tag, attrs in content.tags if tag == "svg"]
        assert all(set(a) <= {"class", "role", "viewbox", "width", "height", "aria-labelledby",
                              "xmlns"} for a in charts), page
        for tag, attrs in parser.tags:
            if tag == "script":
                src = attrs.get("src") or ""
                assert not src or "assets/" in src, f"{page}: unexpected script {src}"


def test_the_hostile_text_is_shown_as_text(hostile_site):
    html = (hostile_site / "articles/2025-01-01-evil-outlet-hostile/index.html").read_text(
        encoding="utf-8")
    assert "&lt;script&gt;alert(&#x27;body&#x27;)&lt;/script&gt;" in html or \
        "&lt;script&gt;alert('body')&lt;/script&gt;" in html
    assert "[click me](javascript:alert(" in html.replace("&#x27;", "'")


def test_structured_data_holds_hostile_text_as_json_only(hostile_site):
    import json

    page = hostile_site / "articles/2025-01-01-evil-outlet-hostile/index.html"
    parser = Collector()
    parser.feed(page.read_text(encoding="utf-8"))
    (block,) = parser.json_ld
    assert "<" not in block  # cannot close its <script>
    assert json.loads(block)["headline"].startswith("</title><script>alert('title')")
    meta = {a.get("name"): a.get("content") for t, a in parser.tags if t == "meta"}
    assert meta["citation_title"].startswith("</title><script>")  # an attribute value, escaped
    # a shared link's card: the same text, as attribute values only
    cards = {a.get("property") or a.get("name"): a.get("content") for t, a in parser.tags
             if t == "meta" and (a.get("property") or a.get("name") or "").startswith(
                 ("og:", "twitter:"))}
    assert cards["og:type"] == "article" and cards["twitter:card"] == "summary"
    assert cards["og:title"].startswith("‹/title›‹script›")  # the page title, as <title> has it
    assert cards["og:title"] == cards["twitter:title"]


def test_feeds_hold_hostile_text_as_xml_text(hostile_site):
    from xml.etree import ElementTree as ET

    feeds = sorted((hostile_site / "feeds").rglob("*.xml"))
    assert feeds
    for path in feeds:
        root = ET.parse(path).getroot()  # well-formed, whatever the titles hold
        for element in root.iter():
            assert not element.tag.endswith(("script", "iframe"))
            href = element.get("href")
            assert href is None or not href.lower().startswith(("javascript:", "data:"))


def test_the_raw_capture_is_shown_as_source_never_rendered(hostile_site):
    import gzip

    html = (hostile_site / "captures/2025-01-01-evil-outlet-hostile/index.html").read_text(
        encoding="utf-8")
    # the HTML source is a file beside the page, as text, compressed; the page links it
    source = hostile_site / "captures/2025-01-01-evil-outlet-hostile.source.txt.gz"
    raw = (FIXTURES / "hostile" / "raw" / "hostile.html").read_text(encoding="utf-8")
    assert gzip.decompress(source.read_bytes()).decode("utf-8") == raw
    assert 'href="../2025-01-01-evil-outlet-hostile.source.txt.gz"' in html
    assert "onload" not in html.replace("&#x27;", "'").split("raw-source", 1)[1].split("</details>")[0]
    # the cleaner's lines are in the page, as escaped text
    assert "&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;img src=x onerror=alert(&#x27;cell&#x27;)&gt;" in html
    parser = Collector()
    parser.feed(html)
    assert [attrs.get("class") for tag, attrs in parser.tags if tag == "tr"].count("removed") == 3
