"""The kind of occasion a report tells, in its own language, and the curator's own words."""

from __future__ import annotations

import pytest

from generator import occasions
from generator.cli import main


@pytest.mark.parametrize("title, lead, language, kind", [
    ("Путин и Алиев провели телефонный разговор", "", "ru", occasions.CALL),
    ("Putin ile Aliyev telefonda görüştü", "", "tr", occasions.CALL),
    ("Putin ile Aliyev Duşanbe'de bir araya geldi", "", "tr", occasions.MEETING),
    ("عذرخواهی تلفنی پوتین از علی‌اف", "", "fa", occasions.CALL),
    ("بوتين يلتقي علييف في دوشنبه", "", "ar", occasions.MEETING),
    ("Neues Buch über Putin und Bush", "", "de", occasions.BOOK),
    ("Putin ve Bush'un telefon görüşmeleri ortaya çıktı", "", "tr", occasions.PUBLICATION),
    # the phone, not the meeting it follows up, says which kind of talks
    ("Путин обсудил с Алиевым по телефону итоги встречи", "", "ru", occasions.CALL),
    # Dutch "met" is "with", not a meeting
    ("Austin belt met Sjojgoe", "De minister heeft vrijdag met zijn ambtgenoot gebeld.", "nl",
     occasions.CALL),
    ("Putin und Alijew: eine schwierige Beziehung", "Sie kennen sich seit Jahren.", "de", None),
    # Serbian in either script, and its neighbours' languages
    ("Putin i Alijev razgovarali telefonom", "", "sr", occasions.CALL),
    ("Путин и Алијев разговарали телефоном", "", "sr", occasions.CALL),
    ("Putin i Alijev sastali su se u Dušanbeu", "", "sr", occasions.MEETING),
    ("Putin i Alijev sastali su se u Dušanbeu", "", "hr", occasions.MEETING),
    ("Putin se setkal s Alijevem", "", "cs", occasions.MEETING),
    # a message, a letter, a telegram of condolence is not a meeting; a call still is a call
    ("Aliyev'den Putin'e taziye mesajı", "", "tr", occasions.MESSAGE),
    ("Алиев направил Путину телеграмму соболезнования", "", "ru", occasions.MESSAGE),
    ("Aliyev sends Putin a message of condolences over floods", "", "en", occasions.MESSAGE),
    ("Алиев выразил Путину соболезнования по телефону", "", "ru", occasions.CALL),
    ("Putin says on Telegram he met Aliyev", "", "en", occasions.MEETING),
    # a summit is not one meeting; two leaders meeting on its sidelines are
    ("Путин выступил на саммите СНГ в Душанбе", "", "ru", occasions.SUMMIT),
    ("BDT zirvesi Duşanbe'de yapıldı", "", "tr", occasions.SUMMIT),
    ("Putin, Aliyev meet on the sidelines of CIS summit", "", "en", occasions.MEETING),
    ("Путин и Алиев встретились на полях саммита СНГ", "", "ru", occasions.MEETING),
    ("بوتين وعلييف يبحثان على هامش قمة دوشنبه تحطم الطائرة", "", "ar", occasions.MEETING),
    ("Putin e Aliyev a margine del vertice di Dushanbe", "", "it", occasions.MEETING),
    # an elided article before the word ("un'intervista", "l'entretien")
    ("Aliyev: \"Le scuse di Putin non bastano\"",
     "Il presidente azero ha detto in un'intervista che le scuse non bastano.", "it",
     occasions.INTERVIEW),
])
def test_the_occasion_a_report_tells(title, lead, language, kind):
    assert occasions.occasion(title, lead, language) == kind


def test_a_meeting_is_part_of_a_summit_and_a_summit_is_not_one_meeting():
    assert not occasions.differ(occasions.MEETING, occasions.SUMMIT)
    assert occasions.differ(occasions.SUMMIT, occasions.MEETING)
    assert occasions.differ(occasions.CALL, occasions.MEETING)
    assert not occasions.differ(None, occasions.MEETING)


def test_an_announcement_is_told_from_a_report(tmp_path):
    assert occasions.announces("Путин и Алиев встретятся в Душанбе в четверг", "", "ru")
    assert occasions.announces("İlham Əliyev Düşənbədə Putinlə görüşəcək", "", "az")
    assert not occasions.announces("Путин и Алиев провели переговоры в Душанбе", "", "ru")


def test_a_curator_adds_words_and_check_names_a_wrong_file(tmp_path, capsys):
    content = tmp_path / "content"
    content.mkdir()
    (content / "occasions.yml").write_text("call:\n  de: [anruf]\n", encoding="utf-8")
    words = occasions.load_words(content)
    assert occasions.occasion("Ein Anruf aus Moskau", "", "de", words) == occasions.CALL
    (content / "occasions.yml").write_text("calls:\n  de: [anruf]\n", encoding="utf-8")
    main(["check", "--content", str(content)])
    assert ("occasions.yml: warning: field 'calls': 'calls' is not an occasion; use one of "
            "call, message, meeting, summit, publication, book, interview") in capsys.readouterr().out


@pytest.mark.parametrize("lead, language, clause, rest_has", [
    ("Kazakhstan said the report is due by December, a day after Putin apologised to Aliyev "
     "in Dushanbe.", "en", "Putin apologised to Aliyev in Dushanbe", "Kazakhstan"),
    ("Отчёт будет готов к декабрю, заявили в минтрансе на следующий день после того, как "
     "Путин принёс извинения Алиеву.", "ru", "Путин принёс извинения Алиеву", "минтрансе"),
    ("Einen Tag nachdem sich Putin bei Alijew entschuldigt hatte, kündigte Astana den Bericht "
     "an.", "de", "sich Putin bei Alijew entschuldigt hatte", "kündigte Astana"),
    ("أعلنت الوزارة أن التقرير سينشر بحلول ديسمبر، غداة اعتذار بوتين لعلييف.", "ar",
     "اعتذار بوتين لعلييف", "أعلنت الوزارة"),
    ("The families received the first payments on Thursday, six weeks after Putin "
     "apologised to Aliyev.", "en", "Putin apologised to Aliyev", "first payments"),
    ("Aileler, Putin'in özür dilemesinden altı hafta sonra ilk ödemeleri aldı.", "tr",
     "Putin'in özür dilemesinden", "ilk ödemeleri"),
    # no comma: the clause ends before the sentence's own verb of saying
    ("وزارت یک روز پس از عذرخواهی پوتین از علی‌اف اعلام کرد که گزارش تا دسامبر منتشر می‌شود.",
     "fa", "عذرخواهی پوتین از علی‌اف", "اعلام کرد که گزارش"),
    # a postposition: the earlier occasion stands before the marker
    ("Bakanlık, Putin'in Aliyev'den özür dilemesinden bir gün sonra raporu açıkladı.", "tr",
     "Putin'in Aliyev'den özür dilemesinden", "raporu açıkladı"),
])
def test_a_clause_that_dates_a_report_by_an_earlier_occasion(lead, language, clause, rest_has):
    clauses, rest = occasions.earlier_occasions(lead, language)
    assert [c.strip() for c in clauses] == [clause]
    assert rest_has in rest and clause not in rest


def test_a_lead_without_such_a_clause_has_none():
    assert occasions.earlier_occasions("Putin met Aliyev in Dushanbe on Thursday.", "en") is None
    assert occasions.earlier_occasions("Putin met Aliyev a day after.", "xx") is None


@pytest.mark.parametrize("title, language, expected", [
    ("Putin e Aliyev si incontreranno domani a Dushanbe", "it", True),
    ("Putin e Aliyev vão se reunir amanhã em Dushanbe", "pt", True),
    ("Putin ha incontrato Aliyev a Dushanbe", "it", False),
])
def test_announcements_in_italian_and_portuguese(title, language, expected):
    assert occasions.announces(title, "", language) is expected
