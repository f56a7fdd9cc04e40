"""A participant named by office: "his Azerbaijani counterpart", in the languages reports use."""

from __future__ import annotations

import pytest

from generator import counterparts

AZERBAIJAN = ["Azerbaijan", "Азербайджан", "Azerbaycan", "Azərbaycan", "أذربيجان",
              "جمهوری آذربایجان"]
RUSSIA = ["Russia", "Россия", "Rusya", "Rusiya", "روسيا", "روسیه"]
KAZAKHSTAN = ["Kazakhstan", "Казахстан", "Kazakistan"]
ARMENIA = ["Armenia", "Армения", "Ermənistan", "Ermenistan", "ارمنستان"]
UNITED_STATES = ["United States", "USA", "США", "ABD", "Amerika Birleşik Devletleri"]


@pytest.mark.parametrize("text, language, country", [
    ("Putin apologised to his Azerbaijani counterpart on Thursday", "en", AZERBAIJAN),
    ("провёл переговоры с российским коллегой, который", "ru", RUSSIA),
    ("Aliyev, Rus mevkidaşı ile görüştü", "tr", RUSSIA),
    ("اعتذر بوتين لنظيره الأذربيجاني عن تحطم الطائرة", "ar", AZERBAIJAN),
    ("در دیدار با همتای آذربایجانی خود", "fa", AZERBAIJAN),
    ("Putin Azərbaycanlı həmkarı ilə görüşdü", "az", AZERBAIJAN),
    ("се извини на азербайджанския си колега", "bg", AZERBAIJAN),
    ("извинио се азербејџанском колеги због", "sr", AZERBAIJAN),
    ("bei seinem aserbaidschanischen Amtskollegen", "de", AZERBAIJAN),
    ("ha chiesto scusa al suo omologo azero", "it", AZERBAIJAN),
])
def test_a_counterpart_is_named_by_the_adjective_of_their_country(text, language, country):
    words = counterparts.nationality_words(text, language)
    assert counterparts.names_country(words, country)
    assert not counterparts.names_country(words, KAZAKHSTAN)


@pytest.mark.parametrize("text, language", [
    ("Putin met his Kazakh counterpart Kassym-Jomart Tokayev", "en"),  # another country
    ("Putin met his counterpart Rashid Alimov", "en"),  # a name, not a nationality
    ("с коллегой, рассказал он", "ru"),  # a word that only begins like "Russia"
    ("Putin met Aliyev in Dushanbe", "en"),  # no counterpart at all
])
def test_no_counterpart_of_russia_or_azerbaijan(text, language):
    words = counterparts.nationality_words(text, language)
    assert not counterparts.names_country(words, RUSSIA)
    assert not counterparts.names_country(words, AZERBAIJAN)


def test_a_language_without_the_word_names_no_one():
    assert counterparts.nationality_words("his Azerbaijani counterpart", "xx") == []


@pytest.mark.parametrize("text, language, country", [
    # a head of state, as their country's president
    ("Putin apologises to Azerbaijani president over jet crash", "en", AZERBAIJAN),
    ("принёс извинения президенту Азербайджана за крушение", "ru", AZERBAIJAN),
    ("Putin, Azerbaycan Cumhurbaşkanı'ndan özür diledi", "tr", AZERBAIJAN),
    ("بوتين يعتذر للرئيس الأذربيجاني عن تحطم الطائرة", "ar", AZERBAIJAN),
    ("hat sich beim aserbaidschanischen Präsidenten entschuldigt", "de", AZERBAIJAN),
    # the country after the office, past a preposition or an elided article
    ("Putin met the president of Azerbaijan on Thursday", "en", AZERBAIJAN),
    ("Путин се срещна с президента на Азербайджан", "bg", AZERBAIJAN),
    ("Putin ha incontrato il presidente dell'Azerbaigian", "it", AZERBAIJAN),
    ("Poutine a rencontré le président de l'Azerbaïdjan", "fr", AZERBAIJAN),
    ("Putin se reunió con el presidente de Azerbaiyán", "es", AZERBAIJAN),
    # a head of government, as their country's prime minister (two words joined)
    ("Aliyev met the Armenian prime minister in Dushanbe", "en", ARMENIA),
    ("Алиев встретился с премьер-министром Армении", "ru", ARMENIA),
    ("Aliyev, Ermenistan Başbakanı ile görüştü", "tr", ARMENIA),
    ("Əliyev Ermənistanın baş naziri ilə görüşüb", "az", ARMENIA),
    ("Alijew traf den armenischen Ministerpräsidenten", "de", ARMENIA),
    ("Aliyev a rencontré le Premier ministre arménien", "fr", ARMENIA),
    ("دیدار علی‌اف با نخست وزیر ارمنستان", "fa", ARMENIA),
])
def test_a_head_of_state_or_government_is_named_by_their_office(text, language, country):
    words = counterparts.nationality_words(text, language, "office")
    assert counterparts.names_country(words, country)
    assert not counterparts.names_country(words, KAZAKHSTAN)


def test_only_a_head_of_state_or_government_is_named_by_that_office():
    assert counterparts.heads_state("President of Azerbaijan (since 2003).")
    assert counterparts.heads_state("Prime Minister of Armenia.")
    assert not counterparts.heads_state("Minister of Defence of Russia (2012–2024).")
    assert not counterparts.heads_state(None)


@pytest.mark.parametrize("text", ["Şoygu, ABD'li mevkidaşı ile telefonda görüştü",
                                  "Şoygu, Amerikalı mevkidaşı ile görüştü"])
def test_a_turkish_suffix_after_an_apostrophe_leaves_the_country(text):
    words = counterparts.nationality_words(text, "tr")
    assert counterparts.names_country(words, UNITED_STATES)


def test_first_is_no_prime_minister():
    words = counterparts.nationality_words("le premier vol arménien", "fr", "office")
    assert not counterparts.names_country(words, ARMENIA)


@pytest.mark.parametrize("text, language, office", [
    ("Aliyev received the Russian prime minister's deputy", "en", "premier"),
    ("Prezident İlham Əliyev Rusiya Baş nazirinin müavinini qəbul edib", "az", "premier"),
    ("استقبل علييف رئيس الوزراء الروسي", "ar", "premier"),
    ("Aliyev met the Russian president", "en", "president"),
    ("استقبل علييف الرئيس الروسي", "ar", "president"),
])
def test_a_president_and_a_prime_minister_are_two_offices(text, language, office):
    """"The Russian prime minister" does not name Putin, whose description says President."""
    other = "president" if office == "premier" else "premier"
    assert counterparts.names_country(counterparts.nationality_words(text, language, office),
                                      RUSSIA)
    assert not counterparts.names_country(
        counterparts.nationality_words(text, language, other), RUSSIA)
    assert counterparts.names_country(
        counterparts.nationality_words(text, language, "office"), RUSSIA)
    assert counterparts.office_of("President of Russia (since 2012).") == "president"
    assert counterparts.office_of("Prime Minister of Armenia.") == "premier"
    assert counterparts.office_of("Minister of Defence of Russia.") is None


@pytest.mark.parametrize("text, language", [
    ("Austin ha parlato con il suo omologo statunitense", "it"),
    ("Shoigu habló con su homólogo estadounidense", "es"),
    ("Shoigu spoke to his American counterpart", "en"),
    ("Шойгу провел переговоры с американским коллегой", "ru"),
    ("Schoigu telefonierte mit seinem amerikanischen Amtskollegen", "de"),
])
def test_nationalities_that_share_no_stem_with_their_country(text, language):
    words = counterparts.nationality_words(text, language)
    assert counterparts.names_country(words, UNITED_STATES)
    assert not counterparts.names_country(words, RUSSIA)
