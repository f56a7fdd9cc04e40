"""The capture view, the entity pages and the downloads, as a reader reaches them in Chromium."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .browser import browser_page, serve, settled

OUTPUT = Path(__file__).resolve().parent / "output"
HABER7 = "2026-01-24-haber7-putin-ve-bush-un-telefon-gorusmeleri-ortaya"


@pytest.fixture(scope="module")
def site(content_site):
    OUTPUT.mkdir(exist_ok=True)
    with serve(content_site) as base, browser_page() as page:
        yield page, base


def test_the_capture_view_greys_what_cleaning_removed(site):
    page, base = site
    page.goto(f"{base}articles/{HABER7}/")
    page.click("text=view it and what cleaning removed")
    page.wait_for_url(f"**/captures/{HABER7}/")
    settled(page)
    page.screenshot(path=str(OUTPUT / "capture-haber7.png"), full_page=True)
    removed = page.locator("table.capture-lines tr.removed")
    kept = page.locator("table.capture-lines tr.kept")
    assert removed.count() == 34 and kept.count() == 24
    share_row = removed.filter(has_text="ABONE OL")
    assert share_row.locator("td").nth(2).inner_text() == "removed: share row, button or footer"
    style = share_row.locator("td").nth(1).evaluate(
        "e => getComputedStyle(e).textDecorationLine")
    assert style == "line-through"
    assert kept.first.locator("td").nth(1).evaluate(
        "e => getComputedStyle(e).textDecorationLine") == "none"


PARSINEWS = "2022-05-14-parsinews-c27e0a885d"
SARABIC = "2025-10-09-sarabic-18b77da7fa"


def test_a_capture_page_folds_a_run_of_removals_and_gives_address_and_download(site):
    page, base = site
    page.goto(f"{base}captures/{PARSINEWS}/")
    settled(page)
    grouped = page.locator("table.capture-lines tr.grouped")
    assert grouped.count() == 1
    assert grouped.locator("td").first.inner_text() == "28–47"
    summary = grouped.locator("summary")
    assert summary.inner_text() == "20 lines"
    texts = grouped.locator("details div")
    assert texts.count() == 20 and not texts.first.is_visible()
    summary.click()
    texts.first.wait_for(state="visible")
    assert grouped.locator("td").nth(2).inner_text() == \
        "removed: after the story (comments, related lists, footer)"
    page.screenshot(path=str(OUTPUT / "capture-parsinews.png"), full_page=True)
    address = page.locator(".facts a.address")
    assert address.get_attribute("href") == \
        "https://parsinews.ir/news/page/858a0bb346efd37d1fad821bef8431fd"
    download = page.locator("a.raw-source-link")
    response = page.request.get(page.url + download.get_attribute("href"))
    assert response.ok and len(response.body()) > 1000
    # a text capture (its lines are the record's) has its download too
    page.goto(f"{base}captures/{HABER7}/")
    assert page.locator("a.raw-source-link").count() == 1
    assert page.locator("details.raw-source").count() == 0


# The left edge of each piece of an address's text, in reading order of the source.
PIECES = """link => {
  const range = document.createRange(), found = [];
  const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    range.selectNodeContents(node);
    const box = range.getBoundingClientRect();
    found.push([node.textContent, box.left, box.right]);
  }
  return found;
}"""


def test_an_address_with_a_right_to_left_slug_reads_left_to_right(site):
    """The Arabic words of an address stay one piece after its host and date, in order."""
    page, base = site
    page.goto(f"{base}articles/{SARABIC}/")
    settled(page)
    link = page.locator(".facts a.address")
    pieces = link.evaluate(PIECES)
    assert [text for text, _, _ in pieces][0] == "sarabic.ae/20251009/"
    assert pieces[1][0].startswith("بوتين-يلتقي")
    (_, head_left, head_right), (_, slug_left, _) = pieces[0], pieces[1]
    assert head_left <= slug_left and head_right <= slug_left + 1, pieces
    assert link.evaluate("a => getComputedStyle(a).direction") == "ltr"
    page.goto(f"{base}captures/{SARABIC}/")
    assert page.locator(".facts a.address").evaluate(PIECES)[0][0] == "sarabic.ae/20251009/"


def test_entity_pages_are_reached_from_the_nav_and_from_events(site):
    page, base = site
    page.goto(base)
    page.click("text=People & places")
    page.click("table >> text=Vladimir Putin")
    page.wait_for_url("**/entities/vladimir-putin/")
    settled(page)
    page.screenshot(path=str(OUTPUT / "entity-putin.png"), full_page=True)
    names = page.locator("table").first
    assert names.locator("bdi[lang=fa][dir=rtl]").first.inner_text() == "ولادیمیر پوتین، پوتین"
    events = page.locator("h2#events + ul a").all_inner_texts()
    assert len(events) == 3
    page.click("text=Putin and Aliyev meet in Dushanbe and discuss the AZAL crash")
    page.click(".facts >> text=Ilham Aliyev")
    page.wait_for_url("**/entities/ilham-aliyev/")
    assert page.locator("h1").inner_text() == "Ilham Aliyev"


@pytest.mark.parametrize("link, kind", [
    ("data/articles.json", "json"), ("data/entities.json", "json"),
    ("data/datapackage.json", "json"), ("data/events.csv", "csv"), ("feed.xml", "xml"),
])
def test_downloads_linked_from_home_are_served(site, link, kind):
    page, base = site
    page.goto(base)
    href = page.locator(f"a[href$='{link}']").first.get_attribute("href")
    response = page.request.get(base + href)
    assert response.ok
    if kind == "json":
        assert json.loads(response.text())
    elif kind == "csv":
        assert response.text().startswith("id,title,date")
    else:
        assert "<feed" in response.text()


def test_an_articles_citation_downloads(site):
    page, base = site
    page.goto(f"{base}articles/{HABER7}/")
    for suffix in (".json", ".bib"):
        href = page.locator(f".citation a[href$='{suffix}']").first.get_attribute("href")
        response = page.request.get(page.url + href)
        assert response.ok and "Haber7" in response.text()


def test_the_capture_page_lists_every_capture_of_an_address(site, tmp_path_factory):
    import shutil

    from generator.cli import main

    from .conftest import ROOT, SEEDS, built_site

    content = tmp_path_factory.mktemp("two-captures") / "content"
    shutil.copytree(ROOT / "content", content)
    seed = "001_d5152aefd5127724.txt"
    shorter = content.parent / "again" / seed
    shorter.parent.mkdir()
    lines = (SEEDS / seed).read_text(encoding="utf-8").splitlines()
    shorter.write_text("\n".join(lines[:40]) + "\n", encoding="utf-8")
    assert main(["ingest", str(shorter), "--manifest", str(SEEDS / "manifest.csv"),
                 "--content", str(content)]) == 0
    built = built_site(tmp_path_factory, content, "two-captures-site")
    page, _ = site  # the module's browser; this archive is served on its own port
    with serve(built) as base:
        page.goto(f"{base}captures/{HABER7}/")
        settled(page)
        page.screenshot(path=str(OUTPUT / "capture-two-captures.png"), full_page=True)
        assert page.locator("h2", has_text="Every capture of this address").count() == 1
        rows = page.locator("table.other-captures tbody tr")
        assert rows.count() == 1
        assert "paragraph(s) not in the article" in rows.first.inner_text()
        text = page.locator("details.other-capture-text")
        text.locator("summary").click()
        assert text.locator("div").is_visible()


def test_on_a_phone_every_tab_is_in_view_and_lists_charts_and_dates_read(site):
    """At 390 px: every navigation tab is on the screen; a language's list has no column of
    its own language and gives each title's English one; a date never breaks at a hyphen; a
    chart's text stays at least 12 px (the chart scrolls instead of shrinking)."""
    page, base = site
    page.set_viewport_size({"width": 390, "height": 800})
    try:
        page.goto(base)
        settled(page)
        tabs = page.locator(".md-tabs__link")
        assert tabs.count() == 7
        for box in (tabs.nth(i).bounding_box() for i in range(tabs.count())):
            assert box["x"] >= 0 and box["x"] + box["width"] <= 390 and box["height"] >= 24
        legend = page.locator("#languages-title").locator("xpath=..").locator("text").first
        assert legend.bounding_box()["height"] >= 12
        page.goto(f"{base}languages/ar/")
        settled(page)
        page.screenshot(path=str(OUTPUT / "language-ar-390.png"), full_page=True)
        heads = page.locator("table thead th").all_inner_texts()
        assert heads == ["Published", "Title", "Outlet", "Event"]
        row = page.locator("table tbody tr").filter(has_text="بوتين يلتقي علييف")
        assert row.locator(".translation").inner_text() == \
            "Putin meets Aliyev in Dushanbe on the sidelines of his visit to Tajikistan"
        page.goto(f"{base}events/putin-aliyev-dushanbe-2025/")
        settled(page)
        page.screenshot(path=str(OUTPUT / "event-390.png"), full_page=True)
        dates = page.locator(".date")
        assert dates.count() >= 2
        for index in range(dates.count()):
            assert dates.nth(index).evaluate("e => e.getClientRects().length") == 1
        label = page.locator("figure.archive-chart svg text").first
        assert label.bounding_box()["height"] >= 12
        scroller = page.locator("figure.archive-chart .chart-scroll").first
        assert scroller.evaluate("e => e.scrollWidth > e.clientWidth")  # it scrolls instead
    finally:
        page.set_viewport_size({"width": 1280, "height": 900})
