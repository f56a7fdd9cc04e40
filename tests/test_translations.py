"""The interface in the reader's language: complete catalogues, pages in Russian, Turkish,
Arabic and Persian, web text escaped inside translated strings, and Material in step."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from markupsafe import Markup

from generator.build import generate
from generator.site.templating import environment
from generator.site.translations import LOCALES, available, catalogue_language, messages, translator

from .conftest import FIXTURES, built_site

LANGUAGES = ["ru", "tr", "ar", "fa"]
PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]")


def catalogue(language: str):
    with (LOCALES / f"{language}.po").open("rb") as handle:
        return read_po(handle, locale=language)


def test_the_strings_are_found_in_the_code_the_templates_and_the_theme():
    wanted = messages()
    for expected in ("How the story spread",            # a page template
                     "Reports of the event by day, stacked by language (the chart's "
                     "description lists the counts).",  # Python, for a chart
                     "Search in every language",        # the theme's header
                     "%(num)d result",                   # the search script's plural
                     "newspaper"):                       # an outlet kind
        assert expected in wanted, expected
    assert wanted["%(num)d article"] == "%(num)d articles"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_has_its_translation_with_the_same_placeholders(language):
    assert language in available()
    entries = {m.id if isinstance(m.id, str) else m.id[0]: m for m in catalogue(language) if m.id}
    wanted = messages()
    assert sorted(set(entries) - set(wanted)) == [], "strings no longer used: run " \
        "python -m generator.site.translations"
    for message, plural in wanted.items():
        assert message in entries, f"{language}.po lacks {message!r}"
        entry = entries[message]
        names = set(PLACEHOLDER.findall(message + (plural or "")))
        forms = entry.string if isinstance(entry.string, tuple) else (entry.string,)
        assert all(forms), f"{language}.po: {message!r} is not translated"
        for form in forms:
            found = set(PLACEHOLDER.findall(form))
            # a plural form may spell its count out ("مقالة واحدة"); nothing else may go
            assert found == names or (plural and found == names - {"num"}), (language, message, form)
            assert form.count("](") == message.count("]("), (language, message, form)
            assert form.count("`") == message.count("`"), (language, message, form)


def test_a_language_without_a_catalogue_falls_back_to_its_primary_language_or_english():
    assert catalogue_language("ru-RU") == "ru"
    assert catalogue_language("pt_BR") == "en"
    assert catalogue_language(None) == "en"
    assert translator("xx").gettext("Events") == "Events"


def test_plural_rules_follow_each_language():
    russian = translator("ru")
    assert [russian.ngettext("%(num)d article", "%(num)d articles", n) for n in (1, 3, 5, 21)] \
        == ["1 статья", "3 статьи", "5 статей", "21 статья"]
    arabic = translator("ar")
    assert arabic.ngettext("%(num)d article", "%(num)d articles", 2) == "مقالتان"
    assert arabic.ngettext("%(num)d article", "%(num)d articles", 7) == "7 مقالات"
    assert set(russian.plural_forms("%(num)d result", "%(num)d results")) == {"one", "few", "many"}


def test_values_put_into_a_translated_string_are_escaped_as_web_text():
    words = translator("ru")
    text = words.gettext("from %(outlet)s", outlet='<script>alert(1)</script> *x*')
    assert isinstance(text, Markup)
    assert "<script>" not in text and "&lt;script&gt;" in text and r"\*x\*" in text
    trusted = words.gettext("from %(outlet)s", outlet=Markup("[Outlet](../outlets/o.md)"))
    assert trusted == "из [Outlet](../outlets/o.md)"


def test_templates_print_every_value_as_web_text():
    template = environment("en").from_string(
        "{{ value }}|{{ value|html }}|{{ values|join(', ') }}|{{ body|curator_inline }}")
    out = template.render(value="<b>#1</b> [x](javascript:alert(1))", values=["*a*", "<i>"],
                          body="**bold** <img src=x onerror=alert(1)>")
    printed, in_html, joined, curator = out.split("|", 3)
    assert printed == r"&lt;b&gt;#1&lt;/b&gt; \[x\](javascript:alert(1))"
    assert in_html == "&lt;b&gt;#1&lt;/b&gt; [x](javascript:alert(1))"
    assert joined == r"\*a\*, &lt;i&gt;"
    assert "<strong>bold</strong>" in curator and "onerror" not in curator and "<img" not in curator


@pytest.fixture(scope="module")
def russian():
    return generate(FIXTURES / "archive", site_name="Архив", language="ru").pages


def test_the_pages_speak_russian(russian):
    home = russian["index.md"]
    assert "## Последние события" in home and "**7** статей" in home
    event = russian["events/caspian-bridge-opening.md"]
    assert "**Дата:** 18 марта 2024" in event
    assert "4 статьи на 4 языках" in event
    assert "## Как распространялась новость" in event
    assert "азербайджанский" in event  # language names in the interface language
    assert "### Март 2024" in russian["timeline.md"]
    # the archive's own words are translated; the articles' are not touched
    assert "Bakı ilə Türkmənbaşı" in event
    assert "How the story spread" not in event and "Coverage" not in event


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_is_made_in_each_language(language):
    pages = generate(FIXTURES / "archive", language=language).pages
    english = generate(FIXTURES / "archive").pages
    assert pages.keys() == english.keys()
    assert sum(pages[k] != english[k] for k in pages) == len(pages)  # every page has its words


@pytest.fixture(scope="module")
def arabic_site(tmp_path_factory):
    return built_site(tmp_path_factory, FIXTURES / "archive", "arabic-site", language="ar")


def test_material_and_the_archive_share_the_interface_language(arabic_site):
    home = (arabic_site / "index.html").read_text(encoding="utf-8")
    assert '<html lang="ar"' in home and 'dir="rtl"' in home
    assert 'placeholder="ابحث بكل اللغات"' in home  # the archive's header search box
    search = (arabic_site / "search/index.html").read_text(encoding="utf-8")
    assert "data-words=" in search and "نتيجتان" in search.replace("&#34;", '"')
    assert "البحث في الأرشيف" in search


def test_the_search_page_counts_its_results_in_arabic_in_a_browser(arabic_site):
    from .browser import browser_page, serve

    output = Path(__file__).resolve().parent / "output"
    output.mkdir(exist_ok=True)
    with serve(arabic_site) as base, browser_page() as page:
        page.goto(f"{base}search/?q=120")  # the Azerbaijani and the Persian article
        page.wait_for_function(
            "() => document.querySelector('#archive-search').dataset.lastSearchMs !== undefined")
        assert page.text_content("#search-status") == "نتيجتان"  # "two results", dual form
        assert page.eval_on_selector_all("#search-results a", "els => els.length") == 2
        page.goto(f"{base}search/")
        page.wait_for_function(
            "() => document.querySelector('#search-status').textContent.includes('اكتب')")
        assert page.text_content("#search-status") == "اكتب كلمة أو اختر مرشّحًا."
        assert page.get_attribute("#search-query", "placeholder")  # the page's own controls
        assert page.text_content("label[for=search-query]") == "البحث في الأرشيف"
        page.goto(f"{base}events/caspian-bridge-opening/")
        assert page.evaluate("document.body.dir") == "rtl"  # Material sets it on <body>
        assert "كيف انتشر الخبر" in page.text_content("article")
        page.screenshot(path=str(output / "event-arabic-interface.png"), full_page=False)
