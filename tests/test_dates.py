"""Dates wherever pages print them: every month name the archive knows, in any case, and the
compact forms addresses carry; no spelling of a date raises."""

from __future__ import annotations

import pytest

from generator.text import dates


@pytest.mark.parametrize("case", [str.lower, str.upper, str.title])
def test_every_month_name_is_read_in_any_case(case):
    for name, (calendar, number) in dates._MONTHS.items():
        if calendar != dates.GREGORIAN or len(name) < 3 or len(case(name)) != len(name):
            continue  # (Python spells ΐ in capitals with a combining accent: not a page's way)
        line = case(f"27 {name} 2022")
        found = dates.find_dates(line)
        assert found and (found[0].value.month, found[0].value.day) == (number, 27), line
        days, _ = dates.find_partial_dates(case(f"on 27 {name}, the talks"))
        assert (number, 27) in days, line


@pytest.mark.parametrize("url, day", [
    ("https://www.example.az/politics/2022/05/13/story", "2022-05-13"),
    ("https://example.com/2023/3/7/putin-aliyev-talks", "2023-03-07"),
    ("https://example.com/news/putin-aliyev-talks-2023-03-17.html", "2023-03-17"),
    ("https://example.ru/politika/putin-i-aliev-17032023-512904/", "2023-03-17"),
    ("https://example.ru/20210315/202103151021455123-putin-aliev.html", "2021-03-15"),
    ("https://example.ru/202103151021455123-putin-aliev.html", "2021-03-15"),
    ("https://example.bg/novini/17-03-2023-putin-aliev", "2023-03-17"),
    ("https://example.com/article410390514/streeck-lobt.html", None),
    ("https://example.com/news/12345678/story", None),
    ("https://example.com/story?date=2022-05-13", None),
    ("https://example.com/2999/01/01/from-the-future", None),
    ("https://www.example.ru/politics/17/03/2023/6414a1239a79474b9d7e1234", "2023-03-17"),
    # Solar Hijri days of Iranian sites: 1401/12/26 is 17 March 2023
    ("https://www.example.com/fa/news/1401/12/26/2867123/", "2023-03-17"),
    ("https://www.example.ir/news/14011226000123/", "2023-03-17"),
    ("https://www.example.com/a/1401122617123/", None),  # elsewhere a timestamp or an id
])
def test_the_compact_dates_of_addresses_are_read(url, day):
    found = dates.date_in_url(url)
    assert (found.isoformat() if found else None) == day


@pytest.mark.parametrize("line, day", [
    ("27 abril, 202226 abril, 2022", "2022-04-27"),  # published, then updated, glued
    ("22/04/202222/04/2022", "2022-04-22"),
    ("21 de abril de 202512 de mayo de 2025", "2025-04-21"),
    ("May 14, 2022May 15, 2022", "2022-05-14"),
    ("13.05.2022", "2022-05-13"),
    ("version 13.05.20221", "2022-05-13"),  # as before: a digit after a numeric date
    ("27 abril, 2022123", None),  # a longer number is no year
])
def test_a_date_glued_to_the_next_is_read(line, day):
    found = dates.find_dates(line)
    assert (found[0].value.isoformat() if found else None) == day


@pytest.mark.parametrize("line, day", [
    ("[2022-05-11-schuze-poslanecke-snemovny-18]", None),  # an image's file name, as w3m shows it
    ("foto_2022_05_11_a.jpg", None),
    ("Published 2022-05-11, 10:40", "2022-05-11"),
    ("2022-05-11T10:40:00+02:00", "2022-05-11"),
    ("2022/05/11 - Baku", "2022-05-11"),
])
def test_a_date_inside_a_name_is_no_printed_date(line, day):
    found = dates.find_dates(line)
    assert (found[0].value.isoformat() if found else None) == day


@pytest.mark.parametrize("line, days", [
    ("روز پنجشنبه ۱۷ مهر در دوشنبه دیدار کردند", {(10, 8), (10, 9)}),  # 9 October in 1404
    ("سه‌شنبه ۱۵ مهر", {(10, 6), (10, 7)}),
    ("۳۰ اسفند", {(3, 20)}),
])
def test_a_solar_hijri_day_without_a_year_is_one_of_two_days(line, days):
    assert dates.find_partial_dates(line)[0] == days


@pytest.mark.parametrize("url, day", [
    ("https://x.example/world/2019/nov/18/story", "2019-11-18"),
    ("https://x.example/news/putin-aliyev-9-october-2025", "2025-10-09"),
    ("https://x.example/xeber/putin-eliyev-9-oktyabr-2025-123.html", "2025-10-09"),
    ("https://x.example/%D0%BF%D1%83%D1%82%D0%B8%D0%BD-9-%D0%BE%D0%BA%D1%82%D1%8F%D0%B1%D1%80%D1%8F"
     "-2025", "2025-10-09"),
    ("https://x.example/the-10-best-may-2025", None),  # a month, and a number that is no day
    ("https://x.example/2025/notes/09/story", None),
])
def test_a_month_named_in_an_address_dates_it(url, day):
    found = dates.date_in_url(url)
    assert (found.isoformat() if found else None) == day


@pytest.mark.parametrize("line, day, clock", [
    ("Воскресенье, 12 окт 2025, 19:45", "2025-10-12", "19:45"),  # Russian short month names
    ("10 мар. 2025 г.", "2025-03-10", None),
    ("09-10-2025 14:20", "2025-10-09", "14:20"),
    ("2025. október 9. 14:20", "2025-10-09", "14:20"),  # Hungarian, the year first
    ("2025. 10. 09.", "2025-10-09", None),  # Korean
    ("ngày 9 tháng 10 năm 2025", "2025-10-09", None),  # Vietnamese
    ("9 հոկտեմբերի 2025", "2025-10-09", None),  # Armenian
    ("9 ოქტომბერი 2025", "2025-10-09", None),  # Georgian
    ("9 қазан 2025", "2025-10-09", None),  # Kazakh
    ("09 октябр 2025", "2025-10-09", None),  # Tajik
    ("पिछला अपडेट: 9 अक्टूबर 2025", "2025-10-09", None),  # Hindi
    ("1-2-2025", None, None),  # dashes only with two-digit days and months
    ("tel 12-10-2025-123", None, None),
])
def test_dates_in_more_of_the_ways_pages_print_them(line, day, clock):
    found = dates.find_dates(line)
    assert (found[0].value.isoformat() if found else None) == day
    assert (found[0].time if found else None) == clock


@pytest.mark.parametrize("line, day, clock", [
    ("۱۴۰۴/۰۷/۱۷ - ۱۴:۲۰", "2025-10-09", "14:20"),  # Solar Hijri in figures, year first
    ("1390/1/1", "2011-03-21", None),
    ("1447/04/17", None, None),  # an Islamic Hijri year in figures is not read as Solar
    ("09.10.2025 / 14:20", "2025-10-09", "14:20"),
    ("Опубликовано 09.10.2025 в 14:20", "2025-10-09", "14:20"),
    ("Oct 9, 2025 2:20 PM", "2025-10-09", "14:20"),  # a twelve-hour clock
    ("Oct 9, 2025 12:05 a.m.", "2025-10-09", "00:05"),
    ("9 October 2025 10:30 am", "2025-10-09", "10:30"),
])
def test_solar_hijri_figures_and_clocks_after_a_separator_or_in_twelve_hours(line, day, clock):
    found = dates.find_dates(line)
    assert (found[0].value.isoformat() if found else None) == day
    assert (found[0].time if found else None) == clock


def test_two_numeric_dates_joined_by_a_dash_stay_two_dates():
    assert [m.value.isoformat() for m in dates.find_dates("09.10.2025 - 10.10.2025")] == [
        "2025-10-09", "2025-10-10"]


@pytest.mark.parametrize("line, day, time", [
    ("2/26/2015 7:11 AM PST BY TMZ STAFF", "2015-02-26", "07:11"),  # the month first
    ("Updated 10/23/2025 at 2:15 PM", "2025-10-23", "14:15"),
    ("By A. Reporter On 11/13/19 at 4:00 PM EST", "2019-11-13", "16:00"),  # a year of two
    ("10/09/2025", "2025-09-10", None),  # both ways possible: the day first, as elsewhere
    ("09 Eki 2025 14:10", "2025-10-09", "14:10"),  # Turkish short months
    ("12 Ara 2025", "2025-12-12", None),
    ("9-oktabr, 2025", "2025-10-09", None),  # Uzbek: a hyphen between day and month
    ("13-17 октября 2025", "2025-10-17", None),
])
def test_month_first_short_turkish_and_hyphenated_dates(line, day, time):
    found = dates.find_dates(line)
    assert found and (found[0].value.isoformat(), found[0].time) == (day, time)


@pytest.mark.parametrize("line, day, time", [
    ("Publikované 9. októbra 2025 o 14:30", "2025-10-09", "14:30"),  # Slovak
    ("12. marec 2024 ob 9.15", "2024-03-12", "09:15"),  # Slovenian
    ("9. oktoober 2025", "2025-10-09", None),  # Estonian
    ("9. október 2025 kl. 14:30", "2025-10-09", "14:30"),  # Icelandic
    ("2025 m. spalio 9 d. 14:30", "2025-10-09", "14:30"),  # Lithuanian, the year first
    ("2025. gada 9. oktobrī", "2025-10-09", None),  # Latvian, the year and then the day
    ("2025 жылғы 9 қазан", "2025-10-09", None),  # Kazakh
    ("2025 թ. հոկտեմբերի 9", "2025-10-09", None),  # Armenian, the year first
    ("9 кастрычніка 2025", "2025-10-09", None),  # Belarusian
    ("9 paź 2025", "2025-10-09", None),  # Polish short months
    ("Oktubre 9, 2025", "2025-10-09", None),  # Tagalog
    ("9 Oktoba 2025", "2025-10-09", None),  # Swahili
    ("9 Okthoba 2025", "2025-10-09", None),  # Zulu
    ("9 Deireadh Fómhair 2025", "2025-10-09", None),  # Irish
    ("9 Hydref 2025", "2025-10-09", None),  # Welsh
    ("9 ta' Ottubru 2025", "2025-10-09", None),  # Maltese
    ("Publicat el 9 d’octubre de 2025", "2025-10-09", None),  # Catalan
    ("ב-9 באוקטובר 2025", "2025-10-09", None),  # Hebrew
    ("12 مارچ 2024", "2024-03-12", None),  # Urdu
    ("৯ অক্টোবর ২০২৫", "2025-10-09", None),  # Bengali, in its own digits
    ("९ अक्टूबर २०२५", "2025-10-09", None),  # Hindi, in Devanagari digits
    ("9 ตุลาคม 2568", "2025-10-09", None),  # Thai: the Buddhist era, 543 years ahead
    ("9 ต.ค. 2568 14:30 น.", "2025-10-09", "14:30"),
    ("9. listopada 2025. u 14:30", "2025-10-09", "14:30"),  # Croatian: October
    ("9 listopada 2025", "2025-11-09", None),  # Polish: November
])
def test_month_names_of_more_languages(line, day, time):
    found = dates.find_dates(line)
    assert found and (found[0].value.isoformat(), found[0].time) == (day, time)


def test_a_croatian_day_without_a_year_keeps_its_month():
    assert dates.find_partial_dates("U četvrtak, 9. listopada")[0] == {(10, 9)}
    assert dates.find_partial_dates("w czwartek 9 listopada")[0] == {(11, 9)}


def test_days_without_a_year_are_found_with_their_spans():
    line = "ZAXID NET 7 ЧЕРВНЯ, НЕДІЛЯ"
    ((month, day, start, end),) = dates.find_yearless_days(line)
    assert (month, day, line[start:end]) == (6, 7, "7 ЧЕРВНЯ")
    assert dates.find_yearless_days("Monday, June 7")[0][:2] == (6, 7)
    assert dates.find_yearless_days("7 June 2020") == []  # a year: a full date, not this
