"""Readable by everyone: axe-core (the engine of the browser extension and of most CI checks,
here from PyPI's axe-playwright-python) finds no WCAG 2 A/AA violation on every kind of page
(home, event, articles in each direction, capture pages, a language's, an outlet's and an
entity's page, the timeline, search with results), on a desktop and on a phone, in light and
dark mode, with the interface in English and in Arabic."""

from __future__ import annotations

from pathlib import Path

import pytest

from .browser import browser_page, serve
from .conftest import ROOT, built_site

HABER7 = "2026-01-24-haber7-putin-ve-bush-un-telefon-gorusmeleri-ortaya"
PARSINEWS = "2022-05-14-parsinews-c27e0a885d"
PAGES = {
    "home": "",
    "event": "events/putin-aliyev-dushanbe-2025/",
    "article (Persian, right to left)": f"articles/{PARSINEWS}/",
    "article (Turkish, left to right)": f"articles/{HABER7}/",
    "capture (Turkish)": f"captures/{HABER7}/",
    "capture (Persian, a run of removals folded)": f"captures/{PARSINEWS}/",
    "language": "languages/ar/",
    "outlet": "outlets/haber7/",
    "entity": "entities/vladimir-putin/",
    "timeline": "timeline/",
    "search": "search/?q=%D9%BE%D9%88%D8%AA%DB%8C%D9%86",
    "search, sorted and filtered (the filters open)":
        "search/?q=Putin&sort=newest&lang=tr&from=2026-01-01",
}
SHOWN = {"event": "", "search, sorted and filtered (the filters open)": "-search"}
"""The pages photographed at each width and scheme (a suffix to the screenshot's name)."""
WIDTHS = (1366, 390)
SCHEMES = ("light", "dark")
OUTPUT = Path(__file__).resolve().parent / "output"


def axe_script() -> Path:
    import axe_playwright_python

    return Path(axe_playwright_python.__file__).with_name("axe.min.js")


def violations(page) -> list[str]:
    page.add_script_tag(path=str(axe_script()))
    found = page.evaluate("""async () => {
      const result = await axe.run(document, {runOnly: {type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}});
      return result.violations.map(v => [v.id, v.impact, v.nodes.length,
        v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')]);
    }""")
    return [f"{rule} ({impact}, {count} nodes: {targets})" for rule, impact, count, targets in found]


def audit(site: Path, screenshot: str | None = None, pages: dict[str, str] = PAGES,
          ) -> dict[tuple[str, int, str], list[str]]:
    """axe-core's violations on each of ``pages`` of ``site`` at each width, in each colour
    scheme (the site follows the reader's system); a screenshot of each page of ``SHOWN`` at
    each width and scheme, named after ``screenshot``, when given."""
    found = {}
    with serve(site) as base, browser_page() as first:
        for scheme in SCHEMES:
            # Material keeps the scheme it chose in the browser's storage, and a stored scheme
            # wins over the system's; it writes it after a page has loaded, so clearing the
            # storage races with that write on a busy machine: each scheme gets a browser
            # context of its own, with nothing stored
            context = first.context.browser.new_context(color_scheme=scheme)
            page = context.new_page()
            for width in WIDTHS:
                page.set_viewport_size({"width": width, "height": 900})
                for name, path in pages.items():
                    page.goto(base + path, wait_until="networkidle")
                    shown = page.evaluate("() => document.body.getAttribute('data-md-color-scheme')")
                    assert shown == ("slate" if scheme == "dark" else "default"), (name, scheme, shown)
                    found[(name, width, scheme)] = violations(page)
                    if screenshot and name in SHOWN:
                        OUTPUT.mkdir(exist_ok=True)
                        page.screenshot(path=str(
                            OUTPUT / f"{screenshot}{SHOWN[name]}-{width}-{scheme}.png"))
            context.close()
    return found


@pytest.fixture(scope="module")
def report(content_site) -> dict[tuple[str, int, str], list[str]]:
    return audit(content_site, screenshot="event")


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", PAGES)
def test_no_accessibility_violation(report, name, width, scheme):
    assert report[(name, width, scheme)] == []


@pytest.fixture(scope="module")
def arabic_report(tmp_path_factory) -> dict[tuple[str, int, str], list[str]]:
    """The same pages with the interface in Arabic (Material turns the page right to left)."""
    site = built_site(tmp_path_factory, ROOT / "content", "content-site-ar", language="ar")
    return audit(site, screenshot="event-arabic-interface")


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", PAGES)
def test_no_accessibility_violation_with_the_interface_in_arabic(arabic_report, name, width,
                                                                 scheme):
    assert arabic_report[(name, width, scheme)] == []


def test_a_focused_search_box_looks_focused(content_site):
    with serve(content_site) as base, browser_page() as page:
        page.goto(base, wait_until="networkidle")
        style = "() => getComputedStyle(document.querySelector('.archive-search-box')).outlineStyle"
        before = page.evaluate(style)
        page.focus("#archive-search-header")
        assert (before, page.evaluate(style)) == ("solid", "solid")
        colour = ("() => getComputedStyle(document.querySelector('.archive-search-box'))"
                  ".outlineColor")
        assert page.evaluate(colour) != "rgba(0, 0, 0, 0)"  # transparent until focused


def test_the_table_of_contents_names_other_scripts_readably(content_site):
    with serve(content_site) as base, browser_page() as page:
        page.goto(base + "events/putin-aliyev-dushanbe-2025/", wait_until="networkidle")
        entries = page.evaluate("""() => [...document.querySelectorAll(
            '.md-nav--secondary a.md-nav__link')].map(a => [a.getAttribute('href'),
            a.getAttribute('lang'), a.getAttribute('dir'), a.textContent.trim()])""")
        arabic = [e for e in entries if "بوتين" in e[3]]
        assert arabic, entries
        href, lang, direction, text = arabic[0]
        assert (lang, direction) == ("ar", "rtl")
        # A report's anchor is its article's file name: it stays when the title is corrected,
        # and it leads to the report's heading.
        assert href.startswith("#report-2025-") and not href.startswith("#_")
        heading = page.evaluate("id => document.getElementById(id).textContent.trim()", href[1:])
        assert heading == text


def _table_fits(page, width: int) -> list[str]:
    """What of the event's coverage table lies beyond ``width`` pixels."""
    return page.evaluate("""(width) => {
      const table = [...document.querySelectorAll('h2')].find(h => h.textContent.trim()
        === 'Coverage').nextElementSibling.querySelector('table');
      const out = [];
      for (const cell of table.querySelectorAll('td, th')) {
        const box = cell.getBoundingClientRect();
        if (box.width && box.right > width + 1) out.push(cell.textContent.trim().slice(0, 40));
      }
      return out;
    }""", width)


def test_the_coverage_table_reads_on_a_phone_and_on_paper(content_site):
    with serve(content_site) as base, browser_page() as page:
        page.set_viewport_size({"width": 390, "height": 900})
        page.goto(base + "events/bush-putin-transcripts/", wait_until="networkidle")
        assert _table_fits(page, 390) == []
        labels = page.evaluate("""() => [...document.querySelectorAll('table.archive-stacked td')]
            .slice(0, 5).map(td => td.dataset.label)""")
        assert labels == ["Outlet", "Language", "Published", "Title", "Source"]
        page.screenshot(path=str(OUTPUT / "event-phone.png"), full_page=True)
        page.set_viewport_size({"width": 794, "height": 1123})  # A4 at 96 dpi
        page.emulate_media(media="print")
        page.goto(base + "events/bush-putin-transcripts/", wait_until="networkidle")
        assert _table_fits(page, 794) == []


@pytest.fixture(scope="module")
def html_capture_report(tmp_path_factory) -> dict[tuple[str, int, str], list[str]]:
    """An HTML capture's page (the archive's own captures are text dumps): the fixture
    archive with a saved HTML page ingested into it."""
    import shutil
    import subprocess
    import sys

    from .conftest import FIXTURES

    content = tmp_path_factory.mktemp("with-html") / "content"
    shutil.copytree(FIXTURES / "archive", content)
    page = FIXTURES / "captures" / "vestnik_article_with_nav_and_aside.html"
    result = subprocess.run([sys.executable, "-m", "generator", "ingest", str(page), "--url",
                             "https://vestnik.example/news/parom-2024.html", "--content",
                             str(content)], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    captures = [p.stem for p in (content / "articles").glob("*.md")
                if "raw_sha256" in p.read_text(encoding="utf-8")
                and p.stem not in {q.stem for q in (FIXTURES / "archive" / "articles").glob("*.md")}]
    assert len(captures) == 1, captures
    site = built_site(tmp_path_factory, content, "html-capture-site")
    assert (site / "captures" / captures[0] / "index.html").exists()
    return audit(site, pages={"capture (HTML)": f"captures/{captures[0]}/"})


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("width", WIDTHS)
def test_no_accessibility_violation_on_an_html_capture(html_capture_report, width, scheme):
    assert html_capture_report[("capture (HTML)", width, scheme)] == []
