"""Headlines and dates on real pages nobody wrote for the archive, in both shapes a capture
comes in, held to floors that only rise; and the shapes that once became titles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.ingest import headline
from generator.ingest.cleaning import clean_text

from .eval_headlines import DEV_SET, FLOORS, SHAPES, evaluate, figures, jaccard, main


def test_the_dev_set_is_in_the_clone():
    # a copy of ../shared/headlines-dev, so the suite needs nothing beside the clone
    assert len(list((DEV_SET / "dumps").glob("*.txt"))) == 168
    assert (DEV_SET / "html.tar.xz").is_file()
    assert len(json.loads((DEV_SET / "gold.json").read_text(encoding="utf-8"))) == 168


@pytest.mark.parametrize("shape", SHAPES)
def test_real_pages_hold_their_floors(shape):
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    found = figures(evaluate(shape))
    assert found["pages"] == 168
    assert found["title_exact"] >= floors[f"{shape}_title_exact"], found
    assert 1 - found["title_wrong"] >= floors[f"{shape}_title_not_wrong"] - 1e-9, found
    assert found["date_right"] >= floors[f"{shape}_date_right"], found
    # a wrong date ingest does not flag is one the curator is not warned of
    assert 1 - found["date_wrong_unflagged"] >= \
        floors[f"{shape}_date_not_wrong_unflagged"] - 1e-9, found


def test_floors_never_fall_silently(tmp_path, capsys, monkeypatch):
    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"dumps_title_exact": 0.999}), encoding="utf-8")
    monkeypatch.setattr("tests.eval_headlines.FLOORS", floors)
    monkeypatch.setattr("tests.eval_headlines.evaluate", lambda shape: {
        "a": {"title": "x", "gold_title": "y", "date": None, "gold_date": None, "lang": "en",
              "uncertain": False}})
    assert main(["--shape", "dumps", "--raise-floors"]) == 1
    assert "refusing to lower floors" in capsys.readouterr().err
    assert json.loads(floors.read_text(encoding="utf-8")) == {"dumps_title_exact": 0.999}


def test_titles_compare_as_the_scorer_says():
    assert headline.title_key("„Unermüdlicher Einsatz“ ") == headline.title_key("Unermüdlicher einsatz")
    assert jaccard("Putin meets Aliyev in Dushanbe", "Putin and Aliyev meet") < 0.5
    assert jaccard("宮崎県で震度5弱", "宮崎県で震度5弱") == 1.0


STORY = ("The two presidents met in the capital on Thursday and discussed the crash of the "
         "airliner, the investigation and the trade between their countries, officials said. ")


def _page(*top: str, story: str = STORY) -> str:
    return "\n\n".join([*top, *(story + f"Paragraph {n}." for n in range(5)), "Share Facebook"])


@pytest.mark.parametrize("row", [
    "Новости Политика Экономика Общество Происшествия Спорт",  # a navigation row
    "Home » Politics » World",  # a breadcrumb
    "Putin Aliyev Dushanbe Kremlin Baku Tajikistan",  # a row of tags
])
def test_a_navigation_breadcrumb_or_tag_row_is_never_the_title(row):
    text = _page(row, "Putin and Aliyev meet in Dushanbe after the crash", "9 October 2025")
    result = clean_text(text, language="en", url="https://example.com/world/putin-aliyev-meet")
    assert result.title == "Putin and Aliyev meet in Dushanbe after the crash"


@pytest.mark.parametrize("crumbs", ["You are here: Home » World » ", "Home › World › "])
def test_a_breadcrumb_that_ends_in_the_headline_gives_only_the_headline(crumbs):
    text = _page(crumbs + "Putin and Aliyev meet in Dushanbe after the crash", "9 October 2025")
    result = clean_text(text, language="en", url="https://example.com/world/putin-aliyev-meet")
    assert result.title == "Putin and Aliyev meet in Dushanbe after the crash"
    # a headline's own ">" or "/" is no path
    assert headline.as_title("Stocks > bonds: why") == "Stocks > bonds: why"
    assert headline.as_title("Israel/Palästina: Ein Krieg") == "Israel/Palästina: Ein Krieg"


def test_a_page_without_a_headline_takes_its_address_and_says_so():
    result = clean_text(_page("9 October 2025"), language="en",
                        url="https://example.com/world/putin-erdogan-ile-gorustu-h51234")
    assert result.title == "putin erdogan ile gorustu"  # the id is not a word of the title
    assert result.title_derived


def test_a_date_only_the_address_gives_is_taken_and_its_source_recorded():
    result = clean_text(_page("Putin and Aliyev meet in Dushanbe after the crash"), language="en",
                        url="https://example.ru/politika/putin-i-aliev-17032023-512904/")
    assert result.published.value.isoformat() == "2023-03-17"
    assert result.published_source == "address"


def test_an_html_headline_is_the_pages_own_without_the_sites_name(tmp_path):
    from generator.cli import main as cli
    from generator.frontmatter import read_document

    story = "".join(f"<p>{STORY} Paragraph {n}.</p>" for n in range(4))
    page = (f'<html lang="en"><head><title>Putin and Aliyev meet in Dushanbe | Daily Planet'
            f'</title><meta property="og:title" content="Putin and Aliyev meet in Dushanbe - '
            f'Daily Planet"><meta property="og:site_name" content="The Daily Planet">'
            f'<meta property="article:published_time" content="2025-10-09T14:10:00+03:00">'
            f'<meta property="article:modified_time" content="2025-10-09T18:40:00+03:00">'
            f'<meta property="article:tag" content="Putin"><meta property="article:tag" '
            f'content="Aliyev"><meta name="keywords" content="Putin, Dushanbe, AZAL"></head>'
            f'<body><nav><h1>Daily Planet</h1></nav><article><h1>Putin and Aliyev meet in '
            f'Dushanbe</h1><h2>The two presidents met for the first time since the crash of the '
            f'airliner and talked about the investigation.</h2>{story}</article></body></html>')
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    content = tmp_path / "content"
    assert cli(["ingest", str(tmp_path / "page.html"), "--content", str(content),
                "--url", "https://dailyplanet.example.com/world/putin-aliyev"]) == 0
    doc = read_document(next((content / "articles").glob("*.md")))
    assert doc.meta["title"] == "Putin and Aliyev meet in Dushanbe"
    assert "title_uncertain" not in doc.meta
    # the update time and the tags the page's metadata states are kept
    assert doc.meta["published"] == "2025-10-09T14:10+03:00"
    assert doc.meta["published_source"] == "metadata"
    assert doc.meta["updated"] == "2025-10-09T18:40+03:00"
    assert doc.meta["keywords"] == ["Putin", "Aliyev", "Dushanbe", "AZAL"]
    paragraphs = doc.body.strip().split("\n\n")
    # the headline is not repeated; the standfirst stays a paragraph, not a subheading
    assert paragraphs[0].startswith("The two presidents met for the first time")
    assert not any(p.startswith("## ") or p == "Putin and Aliyev meet in Dushanbe"
                   for p in paragraphs)


def test_a_page_in_a_language_nobody_detects_is_kept_as_undetermined(tmp_path, capsys,
                                                                     monkeypatch):
    from generator.cli import main as cli
    from generator.frontmatter import read_document

    monkeypatch.setattr("generator.ingest.detect.detect_language", lambda text: None)
    (tmp_path / "x.txt").write_text(_page("Talks resume in the capital"), encoding="utf-8")
    content = tmp_path / "content"
    assert cli(["ingest", str(tmp_path / "x.txt"), "--content", str(content)]) == 0
    doc = read_document(next((content / "articles").glob("*.md")))
    assert doc.meta["language"] == "und"
    capsys.readouterr()
    cli(["check", "--content", str(content)])
    assert "its language could not be detected ('und')" in capsys.readouterr().out


def test_a_labelled_row_of_tags_becomes_keywords_not_text():
    text = _page("Putin and Aliyev meet in Dushanbe after the crash", "9 October 2025")
    text = text.replace("Share Facebook", "Etiketler: #Putin #Aliyev, Duşanbe\n\nShare Facebook")
    result = clean_text(text, language="en", url="https://example.com/world/putin-aliyev-meet")
    assert result.keywords == ["Putin", "Aliyev", "Duşanbe"]
    assert "Etiketler" not in result.body


def test_the_article_page_says_a_date_came_from_the_address(tmp_path):
    import shutil

    from generator.build import generate
    from generator.cli import main as cli

    from .conftest import FIXTURES

    content = tmp_path / "content"
    shutil.copytree(FIXTURES / "archive", content)
    (tmp_path / "page.txt").write_text(_page("Putin and Aliyev meet in Dushanbe after the crash"),
                                       encoding="utf-8")
    assert cli(["ingest", str(tmp_path / "page.txt"), "--content", str(content), "--url",
                "https://news.example.ru/politika/putin-aliev-17032023-512904/"]) == 0
    pages = generate(content).pages
    page = next(text for name, text in pages.items()
                if name.startswith("articles/2023-03-17-"))
    assert '<span class="date">2023-03-17</span> <em class="date-source">(from the address)</em>' in page
    assert "printed as" not in page.split("date-source")[0][-80:]


@pytest.mark.parametrize("url, words", [
    ("https://example.com/politics/putin-meets-aliyev-123.html", ["putin", "meets", "aliyev"]),
    # a script's name is no slug; the slug is in the query
    ("https://example.ua/news/showNews.do?nastupnogo_tizhnya_na_ukrayinu_chekayut&objectId=15",
     ["nastupnogo", "tizhnya", "na", "ukrayinu", "chekayut"]),
    ("https://example.com/article.php?id=123&page=2", []),
    ("https://example.com/view.jsp?title=Putin+meets+Aliyev+in+Dushanbe",
     ["putin", "meets", "aliyev", "in", "dushanbe"]),
])
def test_the_words_of_an_address(url, words):
    assert headline.slug_words(url) == words


def test_an_address_matches_its_headline_in_another_transliteration():
    # the address spells тижня "tizhnya" and чекають "chekayut"; the line, as ASCII, gives
    # "tizhnia" and "chekaiut": the same words
    slug = set(headline.slug_words(
        "https://example.ua/news/showNews.do?nastupnogo_tizhnya_na_ukrayinu_chekayut_"
        "anomalna_speka_ta_grozi&objectId=1"))
    line = headline._ascii_words("Наступного тижня на Україну чекають аномальна спека та грози")
    other = headline._ascii_words("Спеку синоптики обіцяють як мінімум до вихідних")
    assert headline._slug_matches(slug, line) == len(slug)
    assert headline._slug_matches(slug, other) <= 1


def _teaser_dated_page() -> str:
    """A page that prints no date of its own: the only one is a teaser's, below the story."""
    teasers = ["More stories", "Baku hosts a forum on energy",
               "The forum brought ministers of five countries to the capital for two days.",
               "Read more", "Subscribe to our newsletter", "12.06.2025",
               "Weather turns cold in the north"]
    return "\n\n".join(["Putin and Aliyev meet in Dushanbe after the crash",
                        *(STORY + f"Paragraph {n}." for n in range(5)), *teasers,
                        "Share Facebook"])


def test_a_date_printed_far_from_the_headline_is_flagged_and_check_says_so(tmp_path, capsys):
    from generator.cli import main as cli
    from generator.frontmatter import read_document

    (tmp_path / "page.txt").write_text(_teaser_dated_page(), encoding="utf-8")
    content = tmp_path / "content"
    assert cli(["ingest", str(tmp_path / "page.txt"), "--content", str(content),
                "--url", "https://example.com/world/putin-aliyev-meet"]) == 0
    assert "date uncertain" in capsys.readouterr().out
    path = next((content / "articles").glob("*.md"))
    doc = read_document(path)
    assert doc.meta["published"] == "2025-06-12"
    assert doc.meta["published_uncertain"] is True
    cli(["check", "--content", str(content)])
    out = capsys.readouterr().out
    assert "its date 12.06.2025 is ingest's best guess" in out
    assert "set 'published_uncertain: false'" in out
    # the curator checks it: the flag is theirs now, and stays down on a re-ingest
    path.write_text(path.read_text(encoding="utf-8").replace(
        "published_uncertain: true", "published_uncertain: false", 1), encoding="utf-8")
    assert cli(["ingest", str(tmp_path / "page.txt"), "--content", str(content),
                "--url", "https://example.com/world/putin-aliyev-meet"]) == 0
    assert read_document(path).meta["published_uncertain"] is False
    capsys.readouterr()
    cli(["check", "--content", str(content)])
    assert "best guess" not in capsys.readouterr().out


def test_a_date_under_the_headline_is_not_flagged():
    result = clean_text(_page("Putin and Aliyev meet in Dushanbe after the crash",
                              "9 October 2025"), language="en",
                        url="https://example.com/world/putin-aliyev-meet")
    assert result.published.value.isoformat() == "2025-10-09"
    assert not result.published_uncertain


def test_the_article_page_says_a_date_is_a_guess_until_checked(tmp_path):
    import shutil

    from generator.build import generate
    from generator.cli import main as cli

    from .conftest import FIXTURES

    content = tmp_path / "content"
    shutil.copytree(FIXTURES / "archive", content)
    (tmp_path / "page.txt").write_text(_teaser_dated_page(), encoding="utf-8")
    assert cli(["ingest", str(tmp_path / "page.txt"), "--content", str(content),
                "--url", "https://example.com/world/putin-aliyev-meet"]) == 0
    name = next(n for n in generate(content).pages if n.startswith("articles/2025-06-12-"))
    note = '<em class="date-source">(a guess, not yet checked)</em>'
    assert note in generate(content).pages[name]
    path = content / "articles" / Path(name).name
    path.write_text(path.read_text(encoding="utf-8").replace(
        "published_uncertain: true", "published_uncertain: false", 1), encoding="utf-8")
    assert note not in generate(content).pages[name]


STANDFIRST = ("The two leaders agreed on an inquiry into the airliner crash and on new rules for "
              "trade between their countries")


def _scored(text: str, wanted: dict[str, float]) -> tuple[list, list[float | None]]:
    """The page's headline lines, and a score for the lines named (None for the others)."""
    from generator.ingest.cleaning import read_page

    lines = read_page(text, "en", set()).headline_lines()
    found = [wanted.get(line.text) for line in lines] + [0.0]
    return lines, found


def test_a_standfirst_gives_way_to_the_headline_just_above_it():
    head = "Putin and Aliyev meet in Dushanbe after the crash"
    lines, found = _scored(_page(head, STANDFIRST, "9 October 2025"), {head: 5.0, STANDFIRST: 7.0})
    assert lines[headline.pick(lines, found).index].text == head
    # the pair is one block: its probability is the two lines'
    assert headline.pick(lines, found).probability > 0.99
    # a headline the model thinks far less of stays below
    lines, found = _scored(_page(head, STANDFIRST, "9 October 2025"), {head: 2.0, STANDFIRST: 7.0})
    assert lines[headline.pick(lines, found).index].text == STANDFIRST
    # a date, a byline or a short label above a long line is no headline
    for above in ("9 October 2025", "By Anna Smith and John Doe", "World news"):
        lines, found = _scored(_page(above, STANDFIRST), {above: 6.5, STANDFIRST: 7.0})
        assert lines[headline.pick(lines, found).index].text == STANDFIRST


def test_a_caption_naming_who_stands_where_is_never_the_title():
    caption = "President Lula (centre) receives the trophy from the coach and the team's captain"
    party = "Senator Smith (R) backs the bill on the airliner crash inquiry"
    lines, _ = _scored(_page(caption, party, STANDFIRST), {})
    rows = headline.features(lines, "en", None, None)
    by_text = {line.text: row for line, row in zip(lines, rows[:-1], strict=True)}
    assert by_text[caption] is None
    assert by_text[party] is not None  # a party's letter is no position
    for marked in ("Lula (ao centro) recebe a taça", "Merkel (links) und Macron in Paris",
                   "Путин (справа) и Алиев в Душанбе", "Erdoğan (solda) ve Aliyev Bakü'de"):
        assert headline._PLACED.search(marked), marked


def test_a_kicker_printed_inline_takes_the_colon_the_page_gives_it_elsewhere():
    text = _page("Dushanbe talks Putin and Aliyev meet after the crash", "9 October 2025",
                 story=STORY) + "\n\nMore news\n\n• Dushanbe talks: Putin and Aliyev meet after " \
        "the crash\n\n• Ministers approve the new bridge"
    result = clean_text(text, language="en", url="https://example.com/world/putin-aliyev-meet")
    assert result.title == "Dushanbe talks: Putin and Aliyev meet after the crash"


def test_an_agency_story_id_dates_a_page_that_prints_no_date():
    credit = "© dpa-infocom, dpa:201227-99-820474/3"
    result = clean_text(_page("Putin and Aliyev meet in Dushanbe after the crash") + "\n\n"
                        + credit, language="en", url="https://example.com/world/putin-aliyev")
    assert result.published.value.isoformat() == "2020-12-27"
    assert (result.published_source, result.published_text) == ("printed", "dpa:201227-99-820474/3")
    assert not result.published_uncertain
    # a printed date wins; an id that is no day is none
    dated = clean_text(_page("Putin and Aliyev meet in Dushanbe after the crash",
                             "9 October 2025") + "\n\n" + credit, language="en")
    assert dated.published.value.isoformat() == "2025-10-09"
    assert clean_text(_page("Putin and Aliyev meet in Dushanbe after the crash") +
                      "\n\ndpa:201341-99-820474/3", language="en").published is None


def test_an_agency_deck_without_a_full_stop_stays_a_paragraph_and_no_heading_is_marked_twice(
        tmp_path):
    from generator.cli import main as cli
    from generator.frontmatter import read_document

    story = "".join(f"<p>{STORY} Paragraph {n}.</p>" for n in range(3))
    page = ('<html lang="tr"><head><meta property="og:title" content="Erdoğan ile Aliyev '
            'Ankara\'da görüştü"></head><body><article><h1>Erdoğan ile Aliyev Ankara\'da '
            'görüştü</h1><h2>Cumhurbaşkanı Erdoğan, Azerbaycan Cumhurbaşkanı Aliyev\'i resmi '
            f'törenle karşıladı</h2>{story}<h2>Enerji projeleri</h2>{story}<h2>ULAŞTIRMA</h2>'
            f'{story}</article></body></html>')
    (tmp_path / "aa.html").write_text(page, encoding="utf-8")
    content = tmp_path / "content"
    assert cli(["ingest", str(tmp_path / "aa.html"), "--content", str(content)]) == 0
    body = read_document(next((content / "articles").glob("*.md"))).body
    paragraphs = body.strip().split("\n\n")
    assert paragraphs[0] == "Cumhurbaşkanı Erdoğan, Azerbaycan Cumhurbaşkanı Aliyev'i resmi " \
                            "törenle karşıladı"
    assert "## Enerji projeleri" in paragraphs  # a subheading inside the story stays one
    assert "## ULAŞTIRMA" in paragraphs  # in capitals too
    assert "## ##" not in body


@pytest.mark.parametrize("language, row, headline_text, story", [
    ("ar", "الرئيسية سياسة اقتصاد رياضة تكنولوجيا منوعات",
     "أذربيجان ترفع إنتاج الغاز بنسبة 5 بالمئة",
     "باكو - أعلنت وزارة الطاقة الأذربيجانية ارتفاع إنتاج الغاز الطبيعي بنسبة 5 في المئة "
     "خلال الأشهر التسعة الأولى من العام الجاري، مدفوعا بزيادة الإنتاج في حقل شاه دنيز."),
    ("tr", "Gündem Politika Ekonomi Dünya Spor Yazarlar Video",
     "Merkez Bankası faizi sabit bıraktı",
     "Merkez Bankası politika faizini yüzde 7 seviyesinde sabit bıraktığını açıkladı ve "
     "enflasyonun hedef aralıkta kalmasının beklendiğini bildirdi."),
    ("de", "Startseite Politik Wirtschaft Panorama Sport Kultur Wissen",
     "Zentralbank lässt Leitzins unverändert",
     "Die Zentralbank hat ihren Leitzins unverändert bei sieben Prozent belassen und auf die "
     "stabile Inflation verwiesen, teilte sie am Freitag mit."),
])
def test_a_row_of_section_names_is_never_the_title_whatever_else_it_looks_like(
        language, row, headline_text, story):
    """A menu of section names, first on the page and followed by the headline and its date,
    scores like a headline (six words, a date below, prose after): it is never one."""
    text = "\n\n".join([row, row.split()[2], headline_text, "9.10.2025", story, story,
                        "© 2025"])
    result = clean_text(text, language=language, url="https://news.example.com/a/2090999")
    assert result.title == headline_text
    assert headline.navigation_row(row) and not headline.navigation_row(headline_text)


@pytest.mark.parametrize("line", [
    "READ MORE: Putin apologises to Aliyev over downed Azerbaijani jet in Dushanbe",
    "Читайте также: Путин извинился перед Алиевым за катастрофу самолета",
    "Ayrıca okuyun: Putin'den Aliyev'e AZAL özrü",
    "اقرأ أيضا: بوتين يعتذر لعلييف عن تحطم الطائرة",
    "بیشتر بخوانید: عذرخواهی پوتین از علی‌اف در دوشنبه",
    "Lesen Sie auch: Putin entschuldigt sich bei Aliyev",
    # no colon: the label and the story's headline, and its date
    "Читайте также Алиев: Азербайджан ждет от России признания вины 26 декабря 2024, 18:30",
    "Leggi anche Putin si scusa con Aliyev per l'aereo abbattuto",
])
def test_a_link_to_another_story_inside_the_text_leaves_it(line):
    """"READ MORE: <another story's headline>" between two paragraphs is a link, not story:
    kept, it names that story's people as this one's."""
    first = ("The central bank kept its key interest rate unchanged at 7% on Friday, citing "
             "stable inflation and a strong currency backed by oil revenue.")
    second = ("The bank said inflation stood at 5.6% in September and was expected to stay "
              "within its target range until the end of the year.")
    text = "\n\n".join(["Central bank holds key rate at 7%", "October 10, 2025", first, line,
                        second, "© 2025"])
    result = clean_text(text, language="en", url="https://news.example.com/business/rate")
    assert [block.text for block in result.blocks] == [first, second]
    assert any(r.reason == "link to another story" for r in result.removed)


def test_a_sentence_that_begins_with_a_related_label_stays():
    first = ("The central bank kept its key interest rate unchanged at 7% on Friday, citing "
             "stable inflation and a strong currency backed by oil revenue.")
    sentence = "Read more about the decision in the bank's statement, published on its site."
    text = "\n\n".join(["Central bank holds key rate at 7%", "October 10, 2025", first,
                        sentence, first.replace("7%", "seven per cent"), "© 2025"])
    result = clean_text(text, language="en", url="https://news.example.com/business/rate")
    assert sentence in [block.text for block in result.blocks]


def test_markup_a_page_printed_as_text_leaves_the_story():
    """A tracking pixel's or an ad's tags, printed by the dump as text, and the query of an
    address broken over a line, are no story; a sentence naming a URL stays."""
    first = ("The central bank kept its key interest rate unchanged at 7% on Friday, citing "
             "stable inflation and a strong currency backed by oil revenue.")
    second = "Details are at https://cbar.example.az/page?lang=en for anyone who asks."
    text = "\n\n".join([
        "Central bank holds key rate at 7%", "October 10, 2025", first,
        '<img height="1" width="1" style="display:none" src="https://px.example.com/tr?id=6871'
        '&ev=PageView&noscript=1" />',
        "mkt=en-us&amp;pn=article&amp;mv=15&amp;pp=False&amp;cv.product=prime", second,
        "© 2025"])
    result = clean_text(text, language="en", url="https://news.example.com/business/rate")
    assert [block.text for block in result.blocks] == [first, second]


def test_a_caption_with_its_photo_credit_and_a_teaser_printed_twice_leave_the_story():
    """A caption ends in its photo's credit ("| Foto: Reuters"), often printed once more
    without it; a related story's title printed twice in a row (its link and its image's
    text) is a teaser: none of them is story."""
    first = ("Tomáš Souček scored twice as West Ham beat Aston Villa on Sunday, and the coach "
             "praised the midfielder after the match.")
    second = ("The win lifted the club to fourth place in the table, two points behind the "
              "leaders with a game in hand.")
    text = "\n\n".join([
        "West Ham win at Villa", "10.10.2025 14:20", first,
        "Spokojený Tomáš Souček po vítězství ve Villa Parku.",
        "Spokojený Tomáš Souček po vítězství ve Villa Parku. | Foto: Reuters",
        "Krmenčík divoce slavil gól své Plzni", "Krmenčík divoce slavil gól své Plzni",
        second, "© 2025"])
    result = clean_text(text, language="en", url="https://sport.example.com/west-ham-villa")
    assert [block.text for block in result.blocks] == [first, second]


@pytest.mark.parametrize("dateline", ["Today, 17:40", "Šodien, 17:40", "3 hours ago",
                                      "Вчера в 09:12", "vor 2 Stunden"])
def test_a_date_relative_to_the_visit_marks_the_line_above_as_dated(dateline):
    head = "Five dead after a landslide buries homes in a Norwegian village"
    lines, _ = _scored(_page(head, dateline), {})
    rows = headline.features(lines, "en", None, None)
    row = next(r for line, r in zip(lines, rows, strict=False) if line.text == head)
    assert row[headline.NAMES.index("date_next")] == 1.0


@pytest.mark.parametrize("language", ["bs", "is", "tl", "ko", "cy", "ga", "mt", "af", "eu", "gl"])
def test_more_languages_have_the_stop_words_that_tell_prose_from_menus(language):
    from generator.text.stopwords import stopwords

    assert len(stopwords(language)) >= 50


FAZ_LIKE = "\n".join([
    "FAZ.NET", "", "  • Startseite", "  • Politik", "  • Feuilleton", "", "[                    ]",
    "Buch über Bush und Putin", "", "Die Freundschaft, die zerbrach", "", "20.05.2023 · Rezension",
    "Facebook Twitter WhatsApp", "",
    "Ein neues Buch zeichnet nach, wie George W. Bush und Wladimir Putin nach dem 11. September "
    "zu Verbündeten wurden und sich über den Irakkrieg entzweiten.", "",
    "Der Autor stützt sich auf Gespräche mit früheren Beratern beider Präsidenten, die er über "
    "drei Jahre hinweg geführt hat.", "",
    "Das Buch ist bei einem Münchner Verlag erschienen und hat dreihundertachtzig Seiten.", "",
    "Mehr zum Thema", "", "  • Putin und der Westen 12.05.2023"])


def test_a_kicker_and_headline_on_two_lines_are_one_title_where_the_address_spells_both():
    url = ("https://www.faz.example/aktuell/feuilleton/buch-ueber-bush-und-putin-die-"
           "freundschaft-die-zerbrach-18912345.html")
    result = clean_text(FAZ_LIKE, language="de", url=url)
    assert result.title == "Buch über Bush und Putin: Die Freundschaft, die zerbrach"
    from generator.ingest.cleaning import read_page

    lines = read_page(FAZ_LIKE, "de", set()).headline_lines()
    kicker = next(n for n, line in enumerate(lines) if line.text == "Buch über Bush und Putin")
    assert headline.second_line(lines, kicker, url) == kicker + 1
    # an address of the kicker alone, or of the headline alone, joins nothing
    for alone in ("buch-ueber-bush-und-putin-18912345.html",
                  "die-freundschaft-die-zerbrach-18912345.html"):
        assert headline.second_line(lines, kicker, f"https://www.faz.example/{alone}") is None
    assert headline.second_line(lines, kicker, None) is None


def test_a_kicker_ending_in_a_colon_leads_into_the_headline_under_it():
    text = "\n".join([
        "ایسنا پنجشنبه ۱۷ مهر ۱۴۰۴ سیاسی اقتصادی بین‌الملل ورزشی", "",
        "رئیس جمهور روسیه در دوشنبه:", "پوتین از علی‌اف عذرخواهی کرد", "",
        "۱۷ مهر ۱۴۰۴ - ۱۵:۲۰ کد خبر: 1404071711234", "",
        "رئیس جمهور روسیه در دیدار با همتای آذربایجانی خود بابت سقوط هواپیمای مسافربری "
        "عذرخواهی کرد.", "",
        "به گزارش ایسنا، ولادیمیر پوتین رئیس جمهوری روسیه روز پنجشنبه در حاشیه سفر به دوشنبه "
        "پایتخت تاجیکستان با الهام علی‌اف رئیس جمهوری آذربایجان دیدار کرد.", "",
        "پوتین گفت سامانه‌های پدافند هوایی روسیه در زمان سقوط هواپیما فعال بوده‌اند و روسیه "
        "در تحقیقات همکاری خواهد کرد.", "", "علی‌اف نیز از پوتین تشکر کرد.", "",
        "کلیه حقوق این سایت متعلق به خبرگزاری ایسنا است."])
    result = clean_text(text, language="fa", url="https://www.isna.example.ir/news/1404071711234/")
    assert result.title == "پوتین از علی‌اف عذرخواهی کرد"
    # the masthead's row and the kicker above the headline are not the story's
    assert result.blocks[0].text.startswith("رئیس جمهور روسیه در دیدار")


def test_a_ticker_above_the_headline_is_not_the_storys_first_paragraph():
    text = "\n".join([
        "الرئيسية روسيا العالم العربي العالم اقتصاد رياضة منوعات",
        "عاجل | الكرملين: بوتين يبحث مع رحمون التعاون الاقتصادي", "",
        "بوتين يلتقي علييف في دوشنبه ويعتذر عن حادث الطائرة", "", "09.10.2025 | 14:33 GMT", "",
        "التقى الرئيس الروسي فلاديمير بوتين، اليوم الخميس، نظيره الأذربيجاني إلهام علييف على "
        "هامش زيارته إلى طاجيكستان.", "",
        "وقدم بوتين اعتذاره عن حادث تحطم طائرة الركاب الأذربيجانية في ديسمبر الماضي، مشيرا إلى "
        "أن الدفاعات الجوية الروسية كانت تعمل في ذلك الوقت.", "",
        "من جهته، أعرب علييف عن شكره للرئيس الروسي.", "", "© 2005-2025 ANO TV-Novosti"])
    result = clean_text(text, language="ar", url="https://arabic.example.com/world/1720001/")
    assert result.title == "بوتين يلتقي علييف في دوشنبه ويعتذر عن حادث الطائرة"
    assert not any("رحمون" in block.text for block in result.blocks)
    assert any(r.reason.startswith("above the headline") for r in result.removed)


BRIDGE = [
    "Der Stadtrat hat am Dienstag den Bau einer neuen Brücke über den Rhein beschlossen, "
    "nachdem der Streit zwischen den beiden Gemeinden mehr als zehn Jahre gedauert hatte.",
    "Die Arbeiten sollen im Herbst beginnen und zwei Jahre dauern, sagte der Bürgermeister am "
    "Abend vor Journalisten im Rathaus der Stadt.",
    "Die Kosten werden auf vierzig Millionen Euro geschätzt, von denen das Land den größten "
    "Teil übernehmen will, wie das Ministerium mitteilte."]


def test_readers_posts_under_a_comments_heading_are_not_the_story():
    dump = "\n\n".join([
        "Startseite Politik Wirtschaft", "Neue Brücke über den Rhein beschlossen",
        "12.05.2025 14:20", "12 Kommentare", *BRIDGE, "Kommentare (2)",
        "Ivan, 12.05.2025 15:40 - Endlich, nach so vielen Jahren des Streits um die Brücke.",
        "Maria, 12.05.2025 16:02 - Das wird wieder teurer als geplant, wie immer bei solchen "
        "Bauten in dieser Stadt.", "© 2025 Rheinische Zeitung"])
    result = clean_text(dump, language="de")
    assert [b.text[:20] for b in result.blocks] == [b[:20] for b in BRIDGE]
    reasons = {r.text[:12]: r.reason for r in result.removed}
    assert reasons["Ivan, 12.05."].startswith("after the story")


def test_phrases_match_a_line_in_capitals_with_an_i():
    # the fold that keeps Turkish months turns a capital I into a dotless ı
    dump = "\n\n".join(["Neue Brücke über den Rhein beschlossen", "12.05.2025 14:20",
                        BRIDGE[0], "LESEN SIE AUCH: Stadtrat streitet über die Fähre",
                        "LEGGI ANCHE Il ponte sul Reno", *BRIDGE[1:]])
    result = clean_text(dump, language="de")
    assert [b.text[:20] for b in result.blocks] == [b[:20] for b in BRIDGE]


def test_a_bulgarian_or_serbian_tag_row_is_kept_as_keywords():
    for row, tags in (("Теми: Владимир Путин, Илхам Алиев, Азербайджан",
                       ["Владимир Путин", "Илхам Алиев", "Азербайджан"]),
                      ("Tagovi: Vladimir Putin, Ilham Alijev", ["Vladimir Putin", "Ilham Alijev"])):
        dump = "\n\n".join(["Neue Brücke über den Rhein beschlossen", "12.05.2025 14:20",
                            *BRIDGE, row, "© 2025"])
        result = clean_text(dump, language="de")
        assert result.keywords == tags
        assert [b.text[:20] for b in result.blocks] == [b[:20] for b in BRIDGE]


@pytest.mark.parametrize("feed", [
    ["  • 14:55 Путин и Алиев провели переговоры в Душанбе",
     "  • 14:40 Путин извинился перед Алиевым за катастрофу AZAL"],
    # each item's time on a line of its own
    ["14:55", "Путин и Алиев провели переговоры в Душанбе", "",
     "14:40", "Путин извинился перед Алиевым за катастрофу AZAL"],
    # each item's date under it: a headline and its dateline, it seems, but in a row
    ["Путин и Алиев провели переговоры в Душанбе", "09.10.2025 14:55", "",
     "Путин извинился перед Алиевым за катастрофу AZAL", "09.10.2025 14:40", "",
     "В Подмосковье ограничат движение на трассе М-11", "09.10.2025 14:31"],
])
def test_a_news_feeds_timed_items_above_the_headline_are_never_it(feed):
    # "Лента новостей": items of other stories, each after its time, above this one's headline
    dump = "\n".join([
        "Политика В мире Экономика Общество", "", "Лента новостей", "", *feed, "",
        "12:30 09.10.2025", "",
        "Путин и Рахмон подписали заявление о стратегическом партнерстве", "",
        "ДУШАНБЕ, 9 окт – РИА Новости. Президент России Владимир Путин и президент Таджикистана "
        "Эмомали Рахмон по итогам переговоров в Душанбе подписали совместное заявление о "
        "развитии стратегического партнерства.",
        "Стороны также обменялись соглашениями в сфере энергетики, образования и миграции.",
        "Путин находится в Таджикистане с государственным визитом, который продлится до 10 "
        "октября, когда в Душанбе пройдет саммит СНГ.",
        "© 2025 МИА «Россия сегодня»"])
    result = clean_text(dump, language="ru", url="https://ria.example.ru/20251009/putin-rahmon-"
                                                  "2046011111.html")
    assert result.title == "Путин и Рахмон подписали заявление о стратегическом партнерстве"
    assert not any("Алиев" in block.text for block in result.blocks)
    assert result.published.iso == "2025-10-09T12:30"  # its own, not a feed item's
