"""Days a report's lead names by weekday or as yesterday (``generator.text.weekdays``)."""

from datetime import date

import pytest

from generator.text.weekdays import named_days, weekday_named

FRIDAY = date(2025, 10, 10)


@pytest.mark.parametrize("language, text, day", [
    ("en", "Aliyev received Russia's ambassador on Thursday.", date(2025, 10, 9)),
    ("en", "Putin apologized Thursday to Aliyev.", date(2025, 10, 9)),
    ("ru", "В пятницу Алиев принял посла России.", FRIDAY),
    ("uk", "У п'ятницю Алієв прийняв посла Росії.", FRIDAY),
    ("bg", "Във вторник Алиев прие посланика.", date(2025, 10, 7)),
    ("sr", "Alijev je u četvrtak primio ambasadora.", date(2025, 10, 9)),
    ("tr", "Aliyev Cuma günü Rusya'nın büyükelçisini kabul etti.", FRIDAY),
    ("tr", "Aliyev Cumartesi günü Bakü'ye döndü.", date(2025, 10, 4)),
    ("az", "İlham Əliyev cümə axşamı günü Putinlə görüşüb.", date(2025, 10, 9)),
    ("ar", "استقبل علييف يوم الجمعة السفير الروسي.", FRIDAY),
    ("ar", "التقى بوتين الخميس الرئيس علييف.", date(2025, 10, 9)),
    ("fa", "علی‌اف روز جمعه سفیر روسیه را پذیرفت.", FRIDAY),
    ("fa", "پوتین روز پنج‌شنبه با علی‌اف دیدار کرد.", date(2025, 10, 9)),
    ("de", "Aliyev empfing am Freitag den russischen Botschafter.", FRIDAY),
    ("fr", "Aliyev a reçu jeudi l'ambassadeur russe.", date(2025, 10, 9)),
    ("es", "Aliyev recibió el jueves al embajador ruso.", date(2025, 10, 9)),
    ("it", "Aliyev ha ricevuto giovedì l'ambasciatore russo.", date(2025, 10, 9)),
    ("pl", "Alijew przyjął w czwartek ambasadora Rosji.", date(2025, 10, 9)),
    ("ru", "Вчера Путин и Алиев встретились в Душанбе.", date(2025, 10, 9)),
])
def test_a_weekday_is_the_last_such_day_up_to_publication(language, text, day):
    assert named_days(text, language, FRIDAY) == {day}


def test_an_announcement_names_the_next_such_day():
    assert named_days("Putin and Aliyev will meet on Thursday.", "en", date(2025, 10, 8),
                      ahead=True) == {date(2025, 10, 9)}


@pytest.mark.parametrize("language, text", [
    # Dushanbe is "Monday" in Persian, a market is "Sunday" in Azerbaijani
    ("fa", "پوتین در دوشنبه با علی‌اف دیدار کرد."),
    ("az", "Əliyev Bakıda yeni bazar açılışında iştirak edib."),
    ("en", "Putin told the Sunday Times that the talks went well."),
    ("de", "Die Gespräche am Rande des Gipfels dauerten lange."),
])
def test_words_that_are_only_like_a_weekday_name_no_day(language, text):
    assert named_days(text, language, FRIDAY) == set()


@pytest.mark.parametrize("language, text", [
    ("en", "Putin's apology to Aliyev in Dushanbe last week eased the strain."),
    ("ru", "Извинения Путина на прошлой неделе в Душанбе сняли напряжённость."),
    ("tr", "Putin'in geçen hafta Duşanbe'de Aliyev'den özür dilemesi"),
    ("ar", "اعتذار بوتين لعلييف في دوشنبه الأسبوع الماضي"),
    ("de", "Putins Entschuldigung in der vergangenen Woche"),
])
def test_last_week_is_the_calendar_week_before_publication(language, text):
    from generator.text.weekdays import last_week

    thursday = date(2025, 10, 16)  # the week before: Monday 6 to Sunday 12 October
    assert last_week(text, language, thursday) == {date(2025, 10, n) for n in range(6, 13)}
    assert last_week("Putin met Aliyev in Dushanbe.", "en", thursday) == set()


@pytest.mark.parametrize("text, weekday", [
    ("Svētdiena, 3. janvāris", 6),
    ("ZAXID NET 7 ЧЕРВНЯ, НЕДІЛЯ", 6),
    ("Понедельник, 7 июня", 0),
    ("bazar ertəsi, 7 iyun", 0),  # two words: Monday, not "bazar" (Sunday)
    ("Çərşənbə axşamı, 8 iyun", 1),
    ("الأحد 7 يونيو", 6),
    ("п’ятниця, 5 червня", 4),
    ("Mercredi 10 juin", 2),
])
def test_a_weekday_named_alone_is_read_in_many_languages(text, weekday):
    assert weekday_named(text) == weekday


@pytest.mark.parametrize("text", ["Home News Sport", "Monday and Friday", "Putin and Aliyev"])
def test_no_weekday_or_two_of_them_is_none(text):
    assert weekday_named(text) is None
