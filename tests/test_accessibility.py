"""Readable by everyone: axe-core (the engine of the browser extension and of most CI checks,
here from PyPI's axe-playwright-python) finds no WCAG 2 A/AA violation on the home, event,
right-to-left article and search pages, on a desktop and on a phone."""

from __future__ import annotations

from pathlib import Path

import pytest

from .browser import browser_page, serve

PAGES = {
    "home": "",
    "event": "events/putin-aliyev-dushanbe-2025/",
    "article (Persian, right to left)": "articles/2022-05-14-parsinews-c27e0a885d/",
    "search": "search/?q=%D9%BE%D9%88%D8%AA%DB%8C%D9%86",
}
WIDTHS = (1280, 390)


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


@pytest.fixture(scope="module")
def report(content_site) -> dict[tuple[str, int], list[str]]:
    found = {}
    with serve(content_site) as base, browser_page() as page:
        for width in WIDTHS:
            page.set_viewport_size({"width": width, "height": 900})
            for name, path in PAGES.items():
                page.goto(base + path, wait_until="networkidle")
                found[(name, width)] = violations(page)
    return found


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", PAGES)
def test_no_accessibility_violation(report, name, width):
    assert report[(name, width)] == []


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
    href, lang, direction, _ = arabic[0]
    assert (lang, direction) == ("ar", "rtl")
    assert "بوتين" in __import__("urllib.parse").parse.unquote(href) and not href.startswith("#_")
