"""The name authority: one entity found whatever the script, the clitics and the endings."""

from __future__ import annotations

import shutil

import pytest

from generator.cli import main
from generator.content import load_archive
from generator.entities import Registry
from generator.frontmatter import read_document
from generator.schema import Entity

from .conftest import ROOT

PUTIN = Entity(name="Vladimir Putin", kind="person", names={
    "en": ["Vladimir Putin", "Putin"], "ru": ["Владимир Путин", "Путин"], "tr": ["Putin"],
    "az": ["Putin"], "ar": ["فلاديمير بوتين", "بوتين"], "fa": ["ولادیمیر پوتین", "پوتین"]})
BUSH = Entity(name="George W. Bush", kind="person", names={
    "en": ["George W. Bush", "Bush"], "tr": ["Bush"], "az": ["Corc Buş", "Buş"],
    "ar": ["بوش"], "ru": ["Буш"]})
ALIYEV = Entity(name="Ilham Aliyev", kind="person", names={
    "az": ["İlham Əliyev", "Əliyev"], "tr": ["İlham Aliyev", "Aliyev"], "fa": ["علی‌اف"],
    "ar": ["علييف"]})
KASHAN = Entity(name="Kashan", kind="place", names={"fa": ["کاشان"], "ar": ["كاشان"]})
DUSHANBE = Entity(name="Dushanbe", kind="place", names={"ar": ["دوشنبه"], "fa": []})
REGISTRY = Registry({"putin": PUTIN, "bush": BUSH, "aliyev": ALIYEV, "kashan": KASHAN,
                     "dushanbe": DUSHANBE})


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Putin'in Bush'un", "tr", ["putin", "bush"]),          # Turkish apostrophe suffixes
    ("Putin’e ve Bush’a", "tr", ["putin", "bush"]),          # typographic apostrophes
    ("Putinə və Buşun", "az", ["putin", "bush"]),            # Azerbaijani suffixes, no apostrophe
    ("İLHAM ƏLİYEV", "az", ["aliyev"]),                       # Turkish dotted capital I
    ("ilham aliyev ile", "tr", ["aliyev"]),                   # dotless/dotted i in lower case
    ("Путина и Бушем", "ru", ["putin", "bush"]),             # Russian case endings
    ("وبوتين ولبوش", "ar", ["putin", "bush"]),                # Arabic proclitics, stacked
    ("لبــوتين", "ar", ["putin"]),                            # tatweel
    ("بُوتِين", "ar", ["putin"]),                              # diacritics (harakat)
    ("پوتين", "fa", ["putin"]),                               # Arabic yeh in a Persian text
    ("علی‌اف و علیاف", "fa", ["aliyev"]),                     # ZWNJ present and missing
    ("در كاشان", "fa", ["kashan"]),                           # Arabic kaf for Persian keheh
    ("Vladimir Putin met Bush", "en", ["putin", "bush"]),
    ("Putinizm, Bushra, بوشهر", "tr", []),                    # no match inside other words
    ("روز دوشنبه", "fa", []),                                 # Persian "Monday" is not Dushanbe
    ("في دوشنبه", "ar", ["dushanbe"]),                        # ... the Arabic name is
    ("Путин", "ar", ["putin"]),                               # another script always applies
])
def test_mentions_survive_scripts_clitics_and_endings(text, language, expected):
    assert REGISTRY.mentions(text, language) == expected


def test_each_mention_is_counted_once_per_occurrence():
    found = REGISTRY.matcher("en").find("Vladimir Putin said. Putin added. Bush.")
    assert found == {"putin": 2, "bush": 1}


def test_mentions_command_refreshes_and_keeps_the_curators_list(tmp_path, capsys):
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    article = content / "articles" / "2025-10-09-sarabic-18b77da7fa.md"
    assert main(["mentions", "--content", str(content)]) == 0
    assert "5 unchanged" in capsys.readouterr().out
    # a new entity in the registry reaches the articles that name it
    (content / "entities" / "sputnik.yml").write_text(
        "name: Sputnik\nkind: organisation\nnames:\n  ar: [سبوتنيك]\n", encoding="utf-8")
    assert main(["check", "--content", str(content)]) == 0  # warns, does not fail
    assert (f"{article}: warning: field 'mentions': the names it mentions have changed"
            in capsys.readouterr().out)
    assert main(["mentions", "--content", str(content)]) == 0
    assert "sputnik" in read_document(article).meta["mentions"]
    # the curator removes a false mention: it stays removed
    text = article.read_text(encoding="utf-8").replace("  - makhachkala\n", "", 1)
    article.write_text(text, encoding="utf-8")
    assert main(["mentions", "--content", str(content)]) == 0
    meta = read_document(article).meta
    assert "makhachkala" not in meta["mentions"]
    assert "makhachkala" in meta["machine"]["detected"]["mentions"]
    assert not load_archive(content).problems.errors


def test_an_unknown_entity_in_mentions_is_an_error(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    article = content / "articles" / "2025-10-09-sarabic-18b77da7fa.md"
    article.write_text(article.read_text(encoding="utf-8").replace(
        "  - makhachkala\n", "  - atlantis\n", 1), encoding="utf-8")
    (problem,) = load_archive(content).problems.errors
    assert "no entity 'atlantis' exists" in str(problem) and problem.line


def test_entity_pages_gather_articles_across_languages(content_site):
    html = (content_site / "entities/vladimir-putin/index.html").read_text(encoding="utf-8")
    for tag in ("ar", "az", "fa", "tr"):
        assert f">{tag}</span>" in html
    assert "https://www.wikidata.org/wiki/Q7747" in html
    event = (content_site / "events/putin-aliyev-dushanbe-2025/index.html").read_text("utf-8")
    assert 'href="../../entities/ilham-aliyev/">Ilham Aliyev</a>' in event


def test_a_hand_written_article_gets_a_record_so_corrections_are_recognised(tmp_path):
    from generator.store import refresh_mentions

    from .eval_events import write_set

    content = write_set(tmp_path, with_pages=False)  # hand-written articles: no ingest record
    assert {status for _, status in refresh_mentions(content)} == {"unchanged"}
    article = content / "articles" / "pa-az.md"
    meta = read_document(article).meta
    assert meta["machine"] == {"detected": {"mentions": meta["mentions"]}}
    text = article.read_text(encoding="utf-8").replace("  - putin\n", "", 1)  # first: `mentions`
    article.write_text(text, encoding="utf-8")
    results = dict(refresh_mentions(content))
    assert results[article] == "unchanged"  # the curator's shorter list is theirs
    assert "putin" not in read_document(article).meta["mentions"]


def test_ingest_finds_the_mentions_of_a_new_capture(tmp_path):
    from .conftest import SEEDS

    content = tmp_path / "content"
    shutil.copytree(ROOT / "content" / "entities", content / "entities")
    assert main(["ingest", str(SEEDS / "001_d5152aefd5127724.txt"), "--content", str(content)]) == 0
    (article,) = (content / "articles").glob("*.md")
    meta = read_document(article).meta
    assert meta["mentions"][:2] == ["vladimir-putin", "george-w-bush"]
    assert meta["machine"]["detected"]["mentions"] == meta["mentions"]


SHOIGU = Entity(name="Sergei Shoigu", kind="person", names={
    "en": ["Sergei Shoigu", "Shoigu"], "ru": ["Сергей Шойгу", "Шойгу"], "tr": ["Şoygu"]})
RUSSIA = Entity(name="Russia", kind="place", names={"en": ["Russia"], "ru": ["Россия"]})
MOSCOW = Entity(name="Moscow", kind="place", names={"en": ["Moscow"], "ru": ["Москва"]})
AZERBAIJAN = Entity(name="Azerbaijan", kind="place", names={"en": ["Azerbaijan"],
                                                           "it": ["Azerbaigian"]})
WIDER = Registry({"putin": PUTIN, "aliyev": ALIYEV, "shoigu": SHOIGU, "russia": RUSSIA,
                  "moscow": MOSCOW, "azerbaijan": AZERBAIJAN, "dushanbe": DUSHANBE})


@pytest.mark.parametrize("text, language, expected", [
    # German and Italian romanisations of a Russian name
    ("Verteidigungsminister Sergej Schoigu sagte", "de", ["shoigu"]),
    ("il ministro Shoigu ha detto", "it", ["shoigu"]),
    # Serbian and Bulgarian Cyrillic spellings, with their case endings
    ("Путин и Алијев у Москви", "sr", ["putin", "aliyev", "moscow"]),
    ("Путин и Алиев се срещнаха", "bg", ["putin", "aliyev"]),
    # Russian oblique forms of names that end in a vowel
    ("в Москве и в России", "ru", ["moscow", "russia"]),
    # Romance elision: the article stands apart from the name
    ("il presidente dell'Azerbaigian", "it", ["azerbaijan"]),
    # French, Dutch, Polish and Hungarian spellings of the same sounds
    ("Vladimir Poutine a reçu Sergueï Choïgou", "fr", ["putin", "shoigu"]),
    ("Poetin sprak met Sjojgoe", "nl", ["putin", "shoigu"]),
    ("Putin i Szojgu rozmawiali", "pl", ["putin", "shoigu"]),
    ("Putyin és Sojgu", "hu", ["putin", "shoigu"]),
])
def test_names_are_found_across_transliterations(text, language, expected):
    assert WIDER.mentions(text, language) == expected


@pytest.mark.parametrize("text", [
    "La rosa e Rosi", "Moskito", "Ross and Rossi", "Putinismus ist", "Alibi"])
def test_the_looser_pass_finds_no_common_words(text):
    assert not [e for e in WIDER.mentions(text, "it") if e in ("russia", "moscow")]
    assert "aliyev" not in WIDER.mentions(text, "de")


def test_a_name_that_is_a_common_word_in_one_language_stays_exact():
    # Dushanbe lists no Persian names (دوشنبه is also "Monday"): the looser pass leaves it alone
    assert WIDER.mentions("Dushanbeh", "en") == []


def test_french_rules_stay_with_french_text():
    # "ch" is "sh" only in French: an English "Choigou" is not Shoigu's French spelling
    assert WIDER.mentions("Choigou", "en") == []
    assert WIDER.mentions("Choïgou", "fr") == ["shoigu"]


@pytest.mark.parametrize("spelling", ["شويغو", "شويجو", "شویگو", "وشويجو"])
def test_arabic_script_spellings_of_g_are_one_letter(spelling):
    shoigu = Entity(name="Sergei Shoigu", kind="person", names={"ar": ["شويغو"], "fa": ["شویگو"]})
    registry = Registry({"shoigu": shoigu})
    assert registry.mentions(f"قال {spelling} إن", "ar") == ["shoigu"]
    assert registry.mentions(f"گفت {spelling} که", "fa") == ["shoigu"]


def test_an_organisation_is_found_by_its_short_form():
    tass = Entity(name="TASS", kind="organisation", names={
        "ar": ["وكالة تاس"], "fa": ["خبرگزاری تاس"], "en": ["TASS"]})
    fars = Entity(name="Fars News Agency", kind="organisation", names={"en": ["Fars News Agency"]})
    majalla = Entity(name="Majalla", kind="organisation", names={"ar": ["مجلة المجلة"]})
    registry = Registry({"tass": tass, "fars": fars, "majalla": majalla})
    assert registry.mentions("ونقلت تاس عن المتحدث", "ar") == ["tass"]
    assert registry.mentions("به گزارش تاس", "fa") == ["tass"]
    assert registry.mentions("Fars reported on Monday", "en") == ["fars"]
    # what is left must be a name: "the magazine" alone names no magazine
    assert registry.mentions("قالت المجلة في عددها", "ar") == []


def test_a_persian_name_is_found_with_its_joiner_a_space_or_neither():
    from generator.entities import NameMatcher

    matcher = NameMatcher({"aliyev": ["علی‌اف"], "putin": ["پوتین"]})
    for text in ("پوتین و علی‌اف", "پوتین و علی اف", "پوتین و علیاف"):
        assert list(matcher.find(text)) == ["putin", "aliyev"], text
    assert list(matcher.find("علی گفت")) == []  # the first word alone is another name


@pytest.mark.parametrize("text, language, expected", [
    # Kazakh letters and endings ("Әлиевпен", "Путиннің")
    ("Путин Әлиевпен кездесті, Путиннің айтуынша", "kk", {"putin", "aliyev"}),
    # Georgian and Armenian, romanised, with their case endings
    ("პუტინმა ალიევს ბოდიში მოუხადა დუშანბეში", "ka", {"putin", "aliyev", "dushanbe"}),
    ("Պուտինը ներողություն է խնդրել Ալիևից", "hy", {"putin", "aliyev"}),
    ("Ο Πούτιν συναντήθηκε στη Μόσχα", "el", {"putin"}),
    # Belarusian: a soft t written ц, a v after a vowel written ў ("Пуцін", "Аліеў")
    ("Пуцін сустрэўся з Аліевым у Душанбэ", "be", {"putin", "aliyev", "dushanbe"}),
    ("Пуцін і Аліеў", "be", {"putin", "aliyev"}),
])
def test_names_in_scripts_the_authority_does_not_list_are_found_by_their_romanisation(
        text, language, expected):
    assert set(WIDER.mentions(text, language)) == expected


@pytest.mark.parametrize("text, language", [
    ("التقى فلاديمير بوتين بالرئيس إلهام عليف", "ar"),  # عليف for علييف
    ("دیدار ولادیمیر پوتین و الهام علیف", "fa"),  # علیف for علی‌اف
    ("وقال لويد أوستين إن", "ar"),  # أوستين for أوستن
    ("گفت‌وگوی لوید آستین با سرگئی شویگو", "fa"),
])
def test_an_arabic_script_name_of_two_words_is_found_in_other_spellings(text, language):
    austin = Entity(name="Lloyd Austin", kind="person", names={"ar": ["لويد أوستن"],
                                                               "fa": ["لوید آستین"]})
    shoigu = Entity(name="Sergei Shoigu", kind="person", names={"ar": ["سيرغي شويغو"]})
    aliyev = Entity(name="Ilham Aliyev", kind="person", names={
        "ar": ["إلهام علييف", "علييف"], "fa": ["الهام علی‌اف", "علی‌اف"]})
    registry = Registry({"putin": PUTIN, "aliyev": aliyev, "austin": austin, "shoigu": shoigu})
    found = registry.mentions(text, language)
    assert found and set(found) <= {"putin", "aliyev", "austin", "shoigu"}
    assert ("عليف" in text or "علیف" in text) <= ("aliyev" in found)
    assert ("أوستين" in text or "آستین" in text) <= ("austin" in found)
    # one word alone is not read by its consonants: علف (fodder) is no Aliyev
    assert registry.mentions("أسعار العلف", "ar") == [] == registry.mentions("علف", "fa")
