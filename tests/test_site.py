"""The archive's own content/ built by MkDocs in strict mode, and what its pages hold."""

from __future__ import annotations

import subprocess
import sys
from html.parser import HTMLParser

from generator.content import load_archive

from .conftest import ROOT


class Blocks(HTMLParser):
    """Collects the article-text blocks (lang, dir) of a page."""

    def __init__(self):
        super().__init__()
        self.blocks: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "div" and "article-text" in (attrs.get("class") or ""):
            self.blocks.append((attrs.get("lang"), attrs.get("dir")))


def blocks_of(html: str) -> list[tuple[str, str]]:
    parser = Blocks()
    parser.feed(html)
    return parser.blocks


def test_strict_build_of_content_succeeds(content_site):
    assert (content_site / "index.html").is_file()


def test_three_events_with_their_articles(content_site):
    archive = load_archive(ROOT / "content")
    assert len(archive.events) == 3 and len(archive.articles) == 5
    expected = {
        "bush-putin-transcripts": [("ar", "rtl"), ("tr", "ltr"), ("az", "ltr")],
        "austin-shoigu-call-2022-05-13": [("fa", "rtl")],
        "putin-aliyev-dushanbe-2025": [("ar", "rtl")],
    }
    for event_id, langs in expected.items():
        html = (content_site / "events" / event_id / "index.html").read_text(encoding="utf-8")
        assert sorted(blocks_of(html)) == sorted(langs), event_id


def test_event_pages_link_sources_from_the_manifest(content_site):
    html = (content_site / "events/bush-putin-transcripts/index.html").read_text(encoding="utf-8")
    assert 'href="https://www.azervoice.com/az/other-countries/78331.html"' in html
    assert 'href="https://m.haber7.com/dunya/haber/3598677-putin-ve-bushun-telefon-gorusmeleri-ortaya-cikti-emrinize-amadeyim"' in html
    assert "source link not recorded" in html  # the blog, whose address was not recorded
    html = (content_site / "events/putin-aliyev-dushanbe-2025/index.html").read_text(encoding="utf-8")
    assert 'href="https://sarabic.ae/20251009/%D8%A8%D9%88%D8%AA%D9%8A%D9%86' in html


def test_nav_stays_small(content_site):
    html = (content_site / "index.html").read_text(encoding="utf-8")
    nav = html[html.find('<nav class="md-nav md-nav--primary"'):]
    nav = nav[: nav.find("</nav>")]
    assert "articles/" not in nav and "bush-putin-transcripts" not in nav


def test_mkdocs_build_from_the_repository_writes_nothing_into_docs(tmp_path):
    """`mkdocs build --strict` as README says: the plugin adds the pages in memory."""
    before = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "docs").rglob("*"))
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(tmp_path / "site")],
        cwd=ROOT, capture_output=True, text=True, env={"NO_MKDOCS_2_WARNING": "1",
                                                       "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "site" / "events" / "bush-putin-transcripts" / "index.html").is_file()
    assert (tmp_path / "site" / "search-index" / "manifest.js").is_file()
    assert (tmp_path / "site" / "data" / "articles.csv").is_file()
    assert sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "docs").rglob("*")) == before


def test_a_copy_for_opening_from_disk_uses_html_addresses(tmp_path):
    """README: ARCHIVE_DIRECTORY_URLS=false builds pages as .html files, search included."""
    env = {"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin", "ARCHIVE_DIRECTORY_URLS": "false"}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(tmp_path / "site")],
        cwd=ROOT, capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "site" / "search.html").is_file()
    record = (tmp_path / "site" / "search-index" / "d" / "0.js").read_text(encoding="utf-8")
    assert '.html"' in record


def test_the_command_line_build_writes_what_mkdocs_builds(tmp_path):
    """`python -m generator build --out DIR` reads mkdocs.yml as MkDocs does: the Markdown it
    writes is what the plugin hands MkDocs, page for page and byte for byte."""
    from mkdocs.config import load_config
    from mkdocs.structure.files import Files

    from generator.build import site_settings
    from generator.plugin import ArchivePlugin

    out = tmp_path / "generated"
    result = subprocess.run([sys.executable, "-m", "generator", "build", "--out", str(out)],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    written = {p.relative_to(out).as_posix(): p.read_bytes()
               for p in out.rglob("*") if p.is_file()}
    assert any(name.endswith(".gz") for name in written)  # the captures, compressed
    config = load_config(str(ROOT / "mkdocs.yml"))
    plugin = config.plugins["archive"]
    assert isinstance(plugin, ArchivePlugin)
    config = config.plugins.on_config(config)
    files = config.plugins.on_files(Files([]), config=config)
    handed = {f.src_uri: f.content_bytes for f in files}
    assert handed == written
    settings = site_settings(ROOT / "mkdocs.yml")
    assert settings.content == ROOT / "content" and settings.site_name == config.site_name


def test_event_page_shows_how_the_story_spread(content_site):
    from html.parser import HTMLParser

    class Rows(HTMLParser):
        def __init__(self):
            super().__init__()
            self.tables, self.cell, self.row = [], None, None

        def handle_starttag(self, tag, attrs):
            if tag == "table":
                self.tables.append([])
            elif tag == "tr":
                self.row = []
                self.tables[-1].append(self.row)
            elif tag in ("td", "th"):
                self.cell = []

        def handle_endtag(self, tag):
            if tag in ("td", "th") and self.row is not None:
                self.row.append(" ".join("".join(self.cell).split()))
                self.cell = None

        def handle_data(self, data):
            if self.cell is not None:
                self.cell.append(data)

    html = (content_site / "events/bush-putin-transcripts/index.html").read_text(encoding="utf-8")
    parser = Rows()
    parser.feed(html)
    spread = next(t for t in parser.tables if t[0][0] == "Order")
    assert [(r[1], r[4]) for r in spread[1:]] == [
        ("Arabic blog (address not recorded)", "first"),
        ("Haber7", "+3 d"),
        ("AzerVoice", "+3 d"),
    ]
    assert "Not reported, in the archive, in:" in html and ">fa</span> Persian." in html
    coverage = parser.tables[0]
    outlets = [row[0] for row in coverage[1:]]
    assert outlets[0] == "Arabic blog (address not recorded) (blog)from Dances with Bears"
    assert "Haber7 (online news, Turkey)" in outlets


def test_each_article_links_its_capture_and_what_cleaning_removed(content_site):
    stem = "2026-01-24-haber7-putin-ve-bush-un-telefon-gorusmeleri-ortaya"
    article = (content_site / "articles" / stem / "index.html").read_text(encoding="utf-8")
    assert f'href="../../captures/{stem}/"' in article
    html = (content_site / "captures" / stem / "index.html").read_text(encoding="utf-8")
    assert "kept 24 as the article" in html and "removed 34" in html
    assert ('<tr class="removed"><td>5</td><td lang="tr" dir="ltr">ABONE OL</td>'
            "<td>removed: share row, button or footer</td></tr>") in html
    assert "<td>removed: headline (it became the title)</td>" in html
    # every capture of the archive has its record
    for path in (ROOT / "content/articles").glob("*.md"):
        page = (content_site / "captures" / path.stem / "index.html").read_text(encoding="utf-8")
        assert "What cleaning removed" in page and "No cleaning record" not in page


def test_a_site_built_at_its_address_lists_every_page_and_links_canonically(tmp_path):
    """The Pages workflow sets SITE_URL: the sitemap lists every page, each page names its
    canonical address, and the feed's links are absolute."""
    import re
    from xml.etree import ElementTree as ET

    env = {"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin",
           "SITE_URL": "https://example.org/archive/"}
    site = tmp_path / "site"
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site)],
                            cwd=ROOT, capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    pages = sorted(p.relative_to(site).as_posix() for p in site.rglob("index.html")
                   if p.parent.name not in ("assets", "search-index") and p.parent != site / "404")
    sitemap = ET.parse(site / "sitemap.xml").getroot()
    listed = {loc.text for loc in sitemap.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")}
    expected = {"https://example.org/archive/" + p.removesuffix("index.html") for p in pages}
    assert expected <= listed and len(listed) >= 30
    event = (site / "events" / "bush-putin-transcripts" / "index.html").read_text(encoding="utf-8")
    assert re.search(r'<link rel="canonical" href="https://example.org/archive/events/'
                     r'bush-putin-transcripts/"', event)
    feed = (site / "feed.xml").read_text(encoding="utf-8")
    assert 'href="https://example.org/archive/events/' in feed


def test_workflows_publish_only_tested_sites_at_their_address():
    import yaml

    ci = yaml.safe_load((ROOT / ".github/workflows/ci.yml").read_text(encoding="utf-8"))
    pages = yaml.safe_load((ROOT / ".github/workflows/pages.yml").read_text(encoding="utf-8"))
    triggers = ci[True]  # YAML 1.1 reads the key "on" as true
    assert "workflow_call" in triggers and ci["permissions"] == {"contents": "read"}
    matrix = ci["jobs"]["test"]["strategy"]["matrix"]["python-version"]
    assert matrix == ["3.11", "3.12", "3.13"]
    setup = next(s for s in ci["jobs"]["test"]["steps"] if s.get("uses", "").startswith(
        "actions/setup-python"))
    assert setup["with"]["cache"] == "pip"
    assert pages["permissions"] == {"contents": "read"}
    assert pages["jobs"]["test"]["uses"] == "./.github/workflows/ci.yml"
    assert pages["jobs"]["build"]["needs"] == "test" and pages["jobs"]["deploy"]["needs"] == "build"
    steps = pages["jobs"]["build"]["steps"]
    assert any(s.get("uses", "").startswith("actions/configure-pages") for s in steps)
    build = next(s for s in steps if "mkdocs build" in s.get("run", ""))
    assert build["env"]["SITE_URL"] == "${{ steps.pages.outputs.base_url }}/"
    assert pages["jobs"]["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}


def test_event_pages_chart_the_coverage_and_say_it_in_words(fixture_site):
    import re

    page = (fixture_site / "events" / "caspian-bridge-opening" / "index.html").read_text("utf-8")
    svg = re.search(r'<svg class="chart" role="img".*?</svg>', page, re.DOTALL)
    assert svg, "no coverage chart"
    chart = svg.group(0)
    assert re.search(r'aria-labelledby="coverage-caspian-bridge-opening-title '
                     r'coverage-caspian-bridge-opening-desc"', chart)
    assert "<title id=\"coverage-caspian-bridge-opening-title\">Reports by day and language" in chart
    assert ("4 dated reports from 2024-03-18 to 2024-03-20, counted by day: 1 in Azerbaijani, "
            "1 in Russian, 1 in Persian, 1 in English.") in chart
    assert "<script" not in chart and chart.count("<rect") >= 4 + 4  # bars and legend keys
    # the legend names the languages as the tables do, not by their codes
    legend = re.findall(r'height="12" fill="#[0-9A-F]+"/><text [^>]*>([^<]+)</text>', chart)
    assert legend == ["Azerbaijani", "Russian", "Persian", "English"]


def test_the_home_page_shows_languages_and_outlets_at_a_glance(fixture_site):
    import re

    page = (fixture_site / "index.html").read_text("utf-8")
    assert "<title id=\"languages-title\">Articles by language</title>" in page
    assert "Russian: 2; Arabic: 1; Azerbaijani: 1; English: 1; Persian: 1; Turkish: 1." in page
    assert "<title id=\"outlets-title\">Articles by outlet</title>" in page
    # each article counted once, by the outlet that published it, and the caption says so
    outlets = re.search(r'<desc id="outlets-desc">([^<]+)</desc>', page).group(1)
    assert sum(int(n) for n in re.findall(r": (\d+)", outlets)) == 7  # the fixture's articles
    assert "Articles by the outlet that published them (the ten with most)." in page


class Links(HTMLParser):
    """The href of every link in a page's content (``md-content``), MkDocs' own or written
    as HTML by the archive."""

    def __init__(self):
        super().__init__()
        self.depth = 0
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if self.depth or "md-content" in (attrs.get("class") or "").split():
            self.depth += tag not in VOID
            if tag == "a" and attrs.get("href"):
                self.hrefs.append(attrs["href"])

    def handle_endtag(self, tag):
        if self.depth and tag not in VOID:
            self.depth -= 1


VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}


def _broken_links(site) -> tuple[int, list[str]]:
    from urllib.parse import urljoin, urlsplit
    checked, broken = 0, []
    for page in site.rglob("*.html"):
        parser = Links()
        parser.feed(page.read_text(encoding="utf-8"))
        here = page.relative_to(site).as_posix()
        for href in parser.hrefs:
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or not parts.path:
                continue  # the web, or an anchor on the page
            target = urlsplit(urljoin(f"http://site/{here}", parts.path)).path.lstrip("/")
            path = site / target
            checked += 1
            if not (path.is_file() or (path / "index.html").is_file()):
                broken.append(f"{here} -> {href}")
    return checked, broken


def test_every_link_between_pages_leads_to_a_page(fixture_site, tmp_path):
    """Lists the archive writes as HTML link pages by their addresses, not MkDocs: each one
    must lead somewhere, with directory addresses and with .html ones."""
    from .conftest import FIXTURES
    from .test_search_browser import build_site
    for site in (fixture_site, build_site(FIXTURES / "archive", tmp_path, file_urls=True)):
        checked, broken = _broken_links(site)
        assert checked > 100 and not broken, broken[:10]
        languages = (site / "languages" / ("ru.html" if (site / "languages/ru.html").exists()
                                           else "ru/index.html")).read_text(encoding="utf-8")
        assert "2024-03-18-vestnik-parom" in languages


def test_html_set_aside_from_markdown_comes_back_as_markdown_would_give_it():
    """The plugin keeps the blocks the archive writes as HTML (lists of articles, an
    article's facts, text, notes on passages and citation, an event's tables and chart) out
    of Python-Markdown and puts them back: the page's HTML is the one Markdown makes of the
    whole page, and the ids in those blocks are anchors a link may point to."""
    from types import SimpleNamespace

    import markdown

    from generator.build import Generated
    from generator.plugin import ArchivePlugin

    from .conftest import ROOT

    def convert(source: str) -> str:
        return markdown.Markdown(extensions=["md_in_html", "attr_list", "tables"]).convert(source)

    golden = ROOT / "tests/golden/archive"
    pages = {"outlets/vestnik.md": 2, "articles/2024-03-19-aseman-pol.md": 7,
             "events/caspian-bridge-opening.md": 6}
    anchors = {}
    for name, blocks in pages.items():
        text = (golden / name).read_text(encoding="utf-8").split("\n---\n", 1)[1]
        if name.startswith("outlets/"):  # a list Markdown would otherwise read
            text += ("\n<table>\n<thead>\n<tr><th>a</th></tr>\n</thead>\n<tbody>\n"
                     "<tr><td>*not emphasis*</td></tr>\n</tbody>\n</table>\n")
        plugin = ArchivePlugin()
        plugin.generated = Generated({name: text}, {}, [], None)
        page = SimpleNamespace(file=SimpleNamespace(src_uri=name), present_anchor_ids=set(),
                               render=None, toc=None)
        aside = plugin.on_page_markdown(text, page, None, None)
        assert aside.count("<!-- archive html") == blocks, name
        assert "<tbody>" not in aside and 'class="facts">' not in aside, name
        whole = SimpleNamespace(file=SimpleNamespace(src_uri="other.md"))
        assert plugin.on_page_content(convert(aside), page, None, None) == \
            plugin.on_page_content(convert(text), whole, None, None), name
        anchors[name] = page.present_anchor_ids
        if name.startswith("articles/"):  # its title, written as HTML, heads its contents
            assert [entry.url for entry in page.toc] == ["#title"], name
            assert page.toc.items[0].title.startswith("پل شناور")
    assert {"2024-03-19-aseman-pol-1", "2024-03-19-aseman-pol-1-note"} <= \
        anchors["articles/2024-03-19-aseman-pol.md"]


def test_a_capture_pages_lines_group_repeated_removals_and_drop_heading_marks():
    from generator.site.pages import capture_rows

    lines = [(1, "Menu", "navigation"), (2, "Home", "navigation"), (3, "News", "navigation"),
             (4, "## A subheading", None), (5, "Text.", None), (6, "Share", "share row"),
             (7, "Like", "share row"), (9, "More", "share row"), (10, "Footer", "footer")]
    rows = capture_rows(lines)
    assert [(r.first, r.last, r.texts, r.reason, r.heading) for r in rows] == [
        (1, 3, ("Menu", "Home", "News"), "navigation", False),
        (4, 4, ("A subheading",), None, True),
        (5, 5, ("Text.",), None, False),
        (6, 6, ("Share",), "share row", False),  # two in a row are shown as they are
        (7, 7, ("Like",), "share row", False),
        (9, 9, ("More",), "share row", False),  # line 8 (blank) breaks the run
        (10, 10, ("Footer",), "footer", False)]


def test_a_capture_page_gives_the_address_and_the_capture_to_download(tmp_path):
    from generator.build import build

    out = tmp_path / "out"
    build(ROOT / "content", out)
    for page in (out / "captures").glob("*.md"):
        text = page.read_text(encoding="utf-8")
        assert "**Address:** <a class=\"address\" href=\"https://" in text or \
            "**Address:** not recorded" in text, page.name
        assert ".source.txt.gz){: .raw-source-link }" in text, page.name  # every capture
        assert "<td lang" in text and ">## " not in text and ">### " not in text


def test_each_language_and_outlet_has_a_feed_linked_from_its_page(fixture_site):
    from html.parser import HTMLParser
    from xml.etree import ElementTree as ET

    atom = "{http://www.w3.org/2005/Atom}"
    feed = ET.parse(fixture_site / "feeds" / "languages" / "ru.xml").getroot()
    entries = feed.findall(f"{atom}entry")
    assert len(entries) == 2  # the fixture's Russian articles, newest first
    links = [entry.find(f"{atom}link").get("href") for entry in entries]
    # relative to the feed's own folder (the site's address is not known here)
    assert all(href.startswith("../../articles/") for href in links)
    assert all((fixture_site / "feeds" / "languages" / href / "index.html").resolve().is_file()
               for href in links)
    assert entries[0].find(f"{atom}title").get("{http://www.w3.org/XML/1998/namespace}lang") == "ru"
    outlet = ET.parse(fixture_site / "feeds" / "outlets" / "vestnik.xml").getroot()
    assert outlet.findall(f"{atom}entry")

    class Alternates(HTMLParser):
        found: list[str] = []

        def handle_starttag(self, tag, attrs):
            attrs = dict(attrs)
            if tag == "link" and attrs.get("type") == "application/atom+xml":
                self.found.append(attrs["href"])

    for page, href in (("languages/ru", "../../feeds/languages/ru.xml"),
                       ("outlets/vestnik", "../../feeds/outlets/vestnik.xml")):
        html = (fixture_site / page / "index.html").read_text(encoding="utf-8")
        parser = Alternates()
        parser.found = []
        parser.feed(html)
        assert parser.found == [href], page
        assert 'Atom feed</a>' in html and f'href="{href}"' in html


def test_every_page_has_a_card_for_a_shared_link(fixture_site):
    import re

    page = (fixture_site / "articles" / "2024-03-19-aseman-pol" / "index.html").read_text("utf-8")
    cards = dict(re.findall(r'<meta (?:property|name)="((?:og|twitter):\w+)" content="([^"]*)"',
                            page))
    assert cards["og:title"] == "پل شناور باکو و ترکمن‌باشی افتتاح شد"
    assert cards["og:locale"] == "fa" and cards["og:type"] == "article"
    assert cards["og:description"].endswith("Baku–Turkmenbashi floating bridge opened")
    assert cards["twitter:card"] == "summary"
    home = (fixture_site / "index.html").read_text("utf-8")
    assert '<meta property="og:title" content="' in home and '<meta property="og:type" content="website">' in home



def test_the_timeline_charts_the_archive_over_time_and_links_its_months(fixture_site):
    import re

    page = (fixture_site / "timeline" / "index.html").read_text("utf-8")
    chart = re.search(r'<svg class="chart".*?</svg>', page, re.DOTALL).group(0)
    assert ("7 dated reports from 2023-11 to 2024-04, counted by month: 2023-11: 1 Arabic, "
            "1 Turkish. 2024-03: 1 Azerbaijani, 1 Russian, 1 Persian, 1 English. 2024-04: 1 "
            "Russian.") in chart
    assert chart.count("<rect") == 7 + 6  # a piece of bar per month and language, the legend
    for month in ("2024-03", "2023-11"):  # each month with events, linked to its heading
        assert f'href="#m-{month}"' in page
        assert re.search(rf'<h3 id="m-{month}">', page), month
