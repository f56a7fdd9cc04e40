"""What a reader sees, in headless Chromium: right-to-left blocks, language tags, source links.

Screenshots are written to tests/output/ for a person to look at.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .browser import browser_page, serve, settled

OUTPUT = Path(__file__).resolve().parent / "output"


def block_layout(page, lang: str) -> list[dict]:
    """Direction and alignment of each block of ``lang``, and where its shortest line sits.

    The shortest line (the last line of some paragraph) shows the alignment: in a
    right-to-left block it hugs the right edge of the content box and leaves space on the left.
    """
    return page.eval_on_selector_all(
        f'div.article-text[lang="{lang}"]',
        """els => els.map(e => {
            const style = getComputedStyle(e);
            const box = e.getBoundingClientRect();
            const left = box.left + parseFloat(style.paddingLeft) + parseFloat(style.borderLeftWidth);
            const right = box.right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth);
            let shortest = null;
            for (const p of e.querySelectorAll('p')) {
                if (p.querySelector('mark, sup')) continue;  // inline boxes are not lines
                const range = document.createRange();
                range.selectNodeContents(p);
                const rects = range.getClientRects();
                const last = rects[rects.length - 1];
                if (last && (!shortest || last.width < shortest.width)) shortest = last;
            }
            return {direction: style.direction,
                    align: getComputedStyle(e.querySelector('p')).textAlign,
                    gapRight: right - shortest.right, gapLeft: shortest.left - left};
        })""",
    )


@pytest.fixture(scope="module")
def pages(content_site, fixture_site):
    OUTPUT.mkdir(exist_ok=True)
    with serve(content_site) as content_url, serve(fixture_site) as fixture_url, \
            browser_page() as page:
        yield page, content_url, fixture_url


@pytest.mark.parametrize("event, lang", [
    ("bush-putin-transcripts", "ar"),
    ("putin-aliyev-dushanbe-2025", "ar"),
    ("austin-shoigu-call-2022-05-13", "fa"),
])
def test_rtl_blocks_are_laid_out_right_to_left(pages, event, lang):
    page, base, _ = pages
    page.goto(f"{base}events/{event}/")
    settled(page)
    page.screenshot(path=str(OUTPUT / f"event-{event}.png"), full_page=True)
    layouts = block_layout(page, lang)
    assert layouts, f"no {lang} block on {event}"
    for layout in layouts:
        assert layout["direction"] == "rtl"
        assert layout["align"] in ("right", "start")
        # a short line hugs the right edge and leaves the space on the left
        assert layout["gapRight"] < 2 < layout["gapLeft"]


def test_ltr_blocks_stay_left_to_right(pages):
    page, base, _ = pages
    page.goto(f"{base}events/bush-putin-transcripts/")
    for lang in ("az", "tr"):
        for layout in block_layout(page, lang):
            assert layout["direction"] == "ltr"


def test_coverage_table_shows_tags_and_source_links(pages):
    page, base, _ = pages
    page.goto(f"{base}events/bush-putin-transcripts/")
    table = page.locator("table").first
    assert table.locator(".lang-tag").all_inner_texts() == ["ar", "tr", "az"]
    links = table.locator("a[href^='https://']")
    hrefs = [links.nth(i).get_attribute("href") for i in range(links.count())]
    assert "https://www.azervoice.com/az/other-countries/78331.html" in hrefs
    assert any(h.startswith("https://m.haber7.com/") for h in hrefs)
    assert table.get_by_text("source link not recorded").is_visible()


def test_fixture_event_mixes_four_languages(pages):
    page, _, base = pages
    page.goto(f"{base}events/caspian-bridge-opening/")
    settled(page)
    page.screenshot(path=str(OUTPUT / "fixture-caspian.png"), full_page=True)
    directions = page.eval_on_selector_all(
        "div.article-text", "els => els.map(e => [e.lang, getComputedStyle(e).direction])")
    assert sorted(directions) == [["az", "ltr"], ["en", "ltr"], ["fa", "rtl"], ["ru", "ltr"]]
    # the article's own page links back to its event
    page.click("text=article page >> nth=2")
    assert page.locator("a[href$='events/caspian-bridge-opening/']").count() >= 1
