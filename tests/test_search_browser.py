"""Search as a reader uses it, in headless Chromium: every language, every spelling variant,
filters, right-to-left results, the header box, and a site opened from disk."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

import pytest

from generator.text.fold import tokens

from .browser import browser_page, serve
from .conftest import FIXTURES, mkdocs_config_for

OUTPUT = Path(__file__).resolve().parent / "output"

# (query, a page it must find): the fixture archive, each kind of variant.
FIXTURE_QUERIES = [
    ("Bakı", "2024-03-18-kaspi-xeber-korpu"),          # az, as written
    ("baki limani", "2024-03-18-kaspi-xeber-korpu"),   # az, no dotless i, word beginnings
    ("BAKI", "2024-03-18-kaspi-xeber-korpu"),          # az, capitals
    ("xettinin", "2024-03-18-kaspi-xeber-korpu"),      # az, schwa typed as e
    ("İKİ GÜN", "2023-11-06-pusula-zirve"),            # tr, dotted capital I
    ("IKI gun", "2023-11-06-pusula-zirve"),            # tr, no diacritics
    ("Amman'daki", "2023-11-06-pusula-zirve"),         # tr, apostrophe and suffix
    ("ammandaki", "2023-11-06-pusula-zirve"),
    ("عمّان", "2023-11-06-al-ufuq-qimma"),             # ar, with shadda
    ("عمان", "2023-11-06-al-ufuq-qimma"),              # ar, without
    ("قمـــة", "2023-11-06-al-ufuq-qimma"),            # ar, tatweel
    ("قمه المياه", "2023-11-06-al-ufuq-qimma"),        # ar, ta marbuta as ha
    ("مياه", "2023-11-06-al-ufuq-qimma"),              # ar, without the article
    ("والوزراء", "2023-11-06-al-ufuq-qimma"),          # ar, with a conjunction the text lacks
    ("ترکمن‌باشی", "2024-03-19-aseman-pol"),           # fa, with ZWNJ
    ("ترکمنباشی", "2024-03-19-aseman-pol"),            # fa, without
    ("كشتيراني", "2024-03-19-aseman-pol"),             # fa typed with Arabic kaf and yeh
    ("۱۲۰ خودرو", "2024-03-19-aseman-pol"),            # fa, Persian digits
    ("120 خودرو", "2024-03-19-aseman-pol"),            # fa, ASCII digits
    ("ещё паромная", "2024-03-18-vestnik-parom"),      # ru, with yo
    ("ЕЩЕ ПАРОМ", "2024-03-18-vestnik-parom"),         # ru, capitals, no yo, word beginning
    ("long-promised ferry", "2024-03-20-daily-meridian-ferry"),  # en
    ("TURKMENBASHI", "2024-03-20-daily-meridian-ferry"),
]

HABER7 = "2026-01-24-haber7-putin-ve-bush-un-telefon-gorusmeleri-ortaya"

# The archive's own content.
CONTENT_QUERIES = [
    ("Buş", "2026-01-24-azervoice"),                   # az
    ("Busun gizli", "2026-01-24-azervoice"),           # az, no diacritics
    ("tabeyəm", "2026-01-24-azervoice"),
    ("görüşmeleri", "2026-01-24-haber7"),              # tr
    ("GORUSMELERI", "2026-01-24-haber7"),
    ("PUTİN'İN", "2026-01-24-haber7"),
    ("تنش‌های", "2022-05-14-parsinews"),                # fa: the capture lost its ZWNJ
    ("تنشهای", "2022-05-14-parsinews"),
    ("شويگو", "2022-05-14-parsinews"),                 # fa typed with Arabic yeh
    ("علييف", "2025-10-09-sarabic"),                   # ar
    ("الأذربيجانية", "2025-10-09-sarabic"),
    ("اذربيجانيه", "2025-10-09-sarabic"),              # ar, hamza and ta marbuta dropped
    ("بوتين", "2026-01-21-arabic-blog"),
    ("Dushanbe", "putin-aliyev-dushanbe-2025"),        # en, the event
    # other scripts, through the names of the entities a text mentions
    ("Путин", "2026-01-24-haber7"),                    # ru name, Turkish article
    ("پوتین بوش", "2026-01-24-azervoice"),             # fa names, Azerbaijani article
    ("Шойгу", "2022-05-14-parsinews"),                 # ru name, Persian article
    ("Aliyev", "2025-10-09-sarabic"),                  # Latin name, Arabic article
]


def build_site(content: Path, work: Path, *, file_urls: bool = False) -> Path:
    config = mkdocs_config_for(content, work, file_urls=file_urls)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config)],
                            capture_output=True, text=True, env=env, cwd=work)
    assert result.returncode == 0, result.stdout + result.stderr
    return work / "site"


@pytest.fixture(scope="module")
def browser():
    OUTPUT.mkdir(exist_ok=True)
    with browser_page() as page:
        yield page


def results(page, url: str) -> list[str]:
    page.goto(url)
    page.wait_for_function(
        "() => { const s = document.querySelector('#search-status');"
        " return s && /result|Type/.test(s.textContent) && "
        " document.querySelector('#archive-search').dataset.lastSearchMs !== undefined"
        " || /^0 results/.test(s.textContent) || /^Type/.test(s.textContent); }")
    return page.eval_on_selector_all("#search-results a", "els => els.map(a => a.getAttribute('href'))")


def search_url(base: str, query: str, **filters: str) -> str:
    params = [f"q={quote(query)}"] + [f"{k}={quote(v)}" for k, v in filters.items()]
    return f"{base}search/?{'&'.join(params)}"


@pytest.mark.parametrize("query, expected", FIXTURE_QUERIES)
def test_fixture_query_finds_its_article(browser, fixture_site, query, expected):
    with serve(fixture_site) as base:
        found = results(browser, search_url(base, query))
    assert any(expected in href for href in found), f"{query!r} -> {found}"


@pytest.mark.parametrize("query, expected", CONTENT_QUERIES)
def test_content_query_finds_its_page(browser, content_site, query, expected):
    with serve(content_site) as base:
        found = results(browser, search_url(base, query))
    assert any(expected in href for href in found), f"{query!r} -> {found}"


def test_one_box_finds_every_language_and_filters_narrow(browser, fixture_site):
    with serve(fixture_site) as base:
        # "120" is printed in ASCII digits in the Azerbaijani article, in Persian digits in the
        # Persian one: one query, no language chosen, finds both.
        both = results(browser, search_url(base, "120"))
        assert sorted(h.split("/")[-2] for h in both) == [
            "2024-03-18-kaspi-xeber-korpu", "2024-03-19-aseman-pol"]
        langs = browser.eval_on_selector_all("#search-results .lang-tag", "els => els.map(e => e.textContent)")
        assert sorted(langs) == ["az", "fa"]
        caspian = results(browser, search_url(base, "", event="caspian-bridge-opening"))
        assert len(caspian) == 5  # four articles and the event itself
        russian = results(browser, search_url(base, "паром", lang="ru"))
        assert russian and all("vestnik" in href for href in russian)
        assert results(browser, search_url(base, "паром", lang="tr")) == []
        by_outlet = results(browser, search_url(base, "", outlet="vestnik"))
        assert len(by_outlet) == 2
        by_year = results(browser, search_url(base, "", year="2023"))
        assert sorted(h.split("/")[-2] for h in by_year) == [
            "2023-11-06-al-ufuq-qimma", "2023-11-06-pusula-zirve", "desert-summit"]
        # the filters shown reflect the address: open, with the year chosen
        open_filters(browser)
        browser.wait_for_function("() => document.querySelector('#filter-year').value === '2023'")


def open_filters(page) -> None:
    """Open the filters, and wait until their options (with counts) are in."""
    if not page.locator("#search-filters").evaluate("d => d.open"):
        page.click("#search-filters summary")
    page.wait_for_function("() => document.querySelector('#filter-lang').options.length > 1")


def test_choosing_a_filter_updates_the_address(browser, fixture_site):
    with serve(fixture_site) as base:
        results(browser, search_url(base, "zirve"))
        open_filters(browser)
        browser.select_option("#filter-lang", "tr")
        browser.wait_for_function("() => location.search.includes('lang=tr')")
        assert "q=zirve" in browser.url and "lang=tr" in browser.url


def test_the_filters_are_targets_a_finger_can_hit_on_a_phone(browser, fixture_site):
    browser.set_viewport_size({"width": 390, "height": 800})
    try:
        with serve(fixture_site) as base:
            results(browser, search_url(base, "zirve"))
            open_filters(browser)
            browser.screenshot(path=str(OUTPUT / "search-filters-phone.png"), full_page=True)
            for control in ("#search-filters summary", "#search-sort", "#filter-lang",
                            "#filter-outlet", "#filter-event", "#filter-year", "#filter-from",
                            "#filter-to"):
                box = browser.locator(control).bounding_box()
                assert box["height"] >= 24 and box["x"] + box["width"] <= 390, control
    finally:
        browser.set_viewport_size({"width": 1280, "height": 900})


def names(found: list[str]) -> list[str]:
    return [href.rstrip("/").split("/")[-1] for href in found]


def test_phrases_exclusion_and_or(browser, content_site, fixture_site):
    with serve(content_site) as base:
        # a phrase: its words one after another, in any case and with or without diacritics
        assert names(results(browser, search_url(base, '"emrinize amadeyim"'))) == [
            HABER7]
        assert results(browser, search_url(base, '"amadeyim emrinize"')) == []
        # the words alone are found, not in that order
        putin = set(names(results(browser, search_url(base, "Putin"))))
        bush = set(names(results(browser, search_url(base, "Bush"))))
        assert putin - bush and putin & bush
        # -word leaves out what the word finds
        assert set(names(results(browser, search_url(base, "Putin -Bush")))) == putin - bush
        # OR finds either
        shoigu = set(names(results(browser, search_url(base, "Шойгу"))))
        aliyev = set(names(results(browser, search_url(base, "Aliyev"))))
        assert shoigu and aliyev and not shoigu & aliyev
        assert set(names(results(browser, search_url(base, "Шойгу OR Aliyev")))) == shoigu | aliyev
        assert results(browser, search_url(base, "Шойгу Aliyev")) == []
        # a phrase or a word
        assert set(names(results(browser, search_url(base, '"emrinize amadeyim" OR Aliyev')))) == (
            aliyev | {HABER7})
        assert set(names(results(browser, search_url(base, '"amadeyim emrinize" OR Aliyev')))) == aliyev
        # a phrase left out
        both = set(names(results(browser, search_url(base, "Putin Bush"))))
        without = set(names(results(browser, search_url(base, 'Putin Bush -"emrinize amadeyim"'))))
        assert without == both - {HABER7}
    with serve(fixture_site) as base:
        assert set(names(results(browser, search_url(base, "паром OR zirve")))) == {
            "2024-03-18-vestnik-parom", "2023-11-06-pusula-zirve", "2024-04-02-vestnik-unassigned"}


def shown_dates(page) -> list[str]:
    return page.eval_on_selector_all(
        "#search-results .search-result__meta",
        "els => els.map(e => (e.textContent.match(/\\d{4}-\\d{2}-\\d{2}/) || [''])[0])")


def test_sorting_and_a_date_range_are_in_the_address(browser, fixture_site):
    with serve(fixture_site) as base:
        newest = results(browser, search_url(base, "", year="2024", sort="newest"))
        dates = shown_dates(browser)
        assert len(newest) == 6 and dates == sorted(dates, reverse=True)
        oldest = results(browser, search_url(base, "", year="2024", sort="oldest"))
        assert oldest == list(reversed(newest)) or shown_dates(browser) == sorted(dates)
        assert browser.locator("#search-sort").input_value() == "oldest"
        ranged = results(browser, search_url(base, "", **{"from": "2024-03-18", "to": "2024-03-19"}))
        assert set(shown_dates(browser)) == {"2024-03-18", "2024-03-19"} and len(ranged) == 4
        # the controls show the address's state, and changing one rewrites the address
        assert browser.locator("#filter-from").input_value() == "2024-03-18"
        browser.fill("#filter-to", "2024-03-18")
        browser.locator("#filter-to").dispatch_event("change")
        browser.wait_for_function("() => location.search.includes('to=2024-03-18')")
        browser.wait_for_function(  # the event and its two reports of that day
            "() => document.querySelectorAll('#search-results a').length === 3")
        assert set(shown_dates(browser)) == {"2024-03-18"}
        browser.select_option("#search-sort", "oldest")
        browser.wait_for_function("() => location.search.includes('sort=oldest')")


def test_filter_counts_are_the_current_querys(browser, fixture_site):
    with serve(fixture_site) as base:
        results(browser, search_url(base, "120"))
        open_filters(browser)
        browser.wait_for_function(
            "() => [...document.querySelectorAll('#filter-lang option')]"
            ".some(o => o.textContent === 'Persian (1)')")
        options = browser.eval_on_selector_all("#filter-lang option", "els => els.map(e => e.textContent)")
        assert "Azerbaijani (1)" in options and "Persian (1)" in options
        assert "Russian (0)" in options and "English (0)" in options
        # a chosen language leaves the other languages' counts as they were: one can switch
        browser.select_option("#filter-lang", "fa")
        browser.wait_for_function(
            "() => document.querySelectorAll('#search-results a').length === 1")
        options = browser.eval_on_selector_all("#filter-lang option", "els => els.map(e => e.textContent)")
        assert "Azerbaijani (1)" in options
        outlets = browser.eval_on_selector_all("#filter-outlet option", "els => els.map(e => e.textContent)")
        assert "Aseman News Agency (1)" in outlets and "Kaspi Xəbər (0)" in outlets


def marks(page) -> list[list[str]]:
    return page.eval_on_selector_all(
        "#search-results .search-result__excerpt",
        "els => els.map(e => [...e.querySelectorAll('mark')].map(m => m.textContent))")


def test_excerpts_show_the_best_match_deep_in_the_text(browser, content_site):
    with serve(content_site) as base:
        # deep in a long Arabic text, typed without its hamza
        results(browser, search_url(base, "ايفانوف"))
        excerpt = browser.locator("#search-results .search-result__excerpt").first.text_content()
        assert "إيفانوف" in excerpt and excerpt.startswith("… "), excerpt
        assert "إيفانوف" in marks(browser)[0]
        # folded: no diacritics typed, the Turkish word marked as printed
        results(browser, search_url(base, "ozbekistan"))
        assert ["Özbekistan"] == sorted(set(marks(browser)[0]))
        # through an entity's names in another script: "Путин" marks the "Putin" printed
        found = names(results(browser, search_url(base, "Путин")))
        assert HABER7 in found
        first = marks(browser)[found.index(HABER7)]
        assert first and all(word.lower().startswith("putin") for word in first), first
        browser.screenshot(path=str(OUTPUT / "search-excerpt-names.png"), full_page=True)
        # a phrase is marked where the text has it
        results(browser, search_url(base, '"emrinize amadeyim"'))
        assert {"Emrinize", "amadeyim"} <= set(marks(browser)[0])


def test_results_are_links_with_their_own_direction(browser, content_site):
    with serve(content_site) as base:
        found = results(browser, search_url(base, "بوتين"))
        assert found
        browser.screenshot(path=str(OUTPUT / "search-arabic.png"), full_page=True)
        first = browser.locator("#search-results a").first
        title = first.locator(".search-result__title")
        assert title.get_attribute("dir") == "rtl"
        assert title.evaluate("e => getComputedStyle(e).direction") == "rtl"
        assert first.locator("mark").count() >= 1
        first.click()
        browser.wait_for_load_state()
        assert "/articles/" in browser.url


def test_header_box_leads_to_the_search_page(browser, content_site):
    with serve(content_site) as base:
        browser.goto(base)
        browser.fill("#archive-search-header", "Aliyev")
        browser.press("#archive-search-header", "Enter")
        browser.wait_for_url("**/search/?q=Aliyev")
        browser.wait_for_selector("#search-results a")
        browser.screenshot(path=str(OUTPUT / "search-header.png"), full_page=True)
        assert browser.locator("#search-query").input_value() == "Aliyev"


def test_typing_shows_results_as_you_type(browser, fixture_site):
    with serve(fixture_site) as base:
        browser.goto(f"{base}search/")
        browser.wait_for_selector("#search-status:has-text('Type')")
        browser.locator("#search-query").press_sequentially("ферр", delay=30)
        browser.locator("#search-query").fill("ferry")
        browser.wait_for_selector("#search-results a")
        assert "q=ferry" in browser.url


def test_site_opened_from_disk_searches_too(browser, tmp_path):
    site = build_site(FIXTURES / "archive", tmp_path, file_urls=True)
    found = results(browser, f"file://{site}/search.html?q=%D8%AA%D8%B1%DA%A9%D9%85%D9%86%D8%A8%D8%A7%D8%B4%DB%8C")
    assert any(href.endswith("articles/2024-03-19-aseman-pol.html") for href in found), found
    browser.locator("#search-results a").first.click()
    browser.wait_for_load_state()
    assert browser.url.startswith("file://") and browser.url.endswith(".html")
    assert browser.locator("h1").first.get_attribute("dir") == "rtl"


PARITY = ["PUTİN'İN Bush’un", "Bakı Xəbər", "تنش‌های بی‌سابقه", "تُقدّمُ قمـــة", "كييف ۱۸ ١٨",
          "Ещё ЁЛКА", "Straße Ñandú façade", "«Путин» — پوتین، بوتين!", "x²½ ﬁ"]


def test_browser_folds_queries_exactly_as_the_index(browser, fixture_site):
    with serve(fixture_site) as base:
        browser.goto(f"{base}search/")
        browser.wait_for_function("() => window.ArchiveSearch && window.ArchiveSearch.tokens")
        in_browser = browser.evaluate("texts => texts.map(t => ArchiveSearch.tokens(t))", PARITY)
    assert in_browser == [tokens(text) for text in PARITY]
