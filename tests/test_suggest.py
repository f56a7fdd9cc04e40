"""suggest and assign as a curator runs them: JSON out, review, accept, new events."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from generator.cli import main
from generator.content import load_archive
from generator.frontmatter import read_document

from .eval_events import write_set
from .gold.events_eval import ARTICLES, EVENTS


@pytest.fixture
def content(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # paths in the JSON are relative to the working folder
    return write_set(tmp_path, with_pages=False).relative_to(tmp_path)


def suggestions(content: Path, capsys) -> list[dict]:
    assert main(["suggest", "--json", "--content", str(content)]) == 0
    return json.loads(capsys.readouterr().out)


def test_json_has_one_object_per_unassigned_article(content, capsys):
    items = suggestions(content, capsys)
    unassigned = [a for a in load_archive(content).articles if not a.meta.event]
    assert sorted(i["article"] for i in items) == sorted(
        a.path.as_posix() for a in unassigned)
    for item in items:
        assert set(item) == {"article", "event", "new_group", "score", "reasons"}
        assert (item["event"] is None) != (item["new_group"] is None)
        assert isinstance(item["score"], float | int) and item["reasons"]
        assert os.path.isfile(item["article"])
    by_name = {Path(i["article"]).stem: i for i in items}
    assert by_name["pa-fa"]["event"] == "putin-aliyev-dushanbe"
    assert by_name["hn-as-oct-en"]["event"] is None
    assert by_name["new-riyadh-fa"]["new_group"] == by_name["new-riyadh-en"]["new_group"]


def test_human_output_names_the_reasons(content, capsys):
    assert main(["suggest", "--content", str(content)]) == 0
    out = capsys.readouterr().out
    assert "-> event putin-aliyev-dushanbe" in out and "names " in out
    # every report of an existing event, besides the five assigned ones, is placed
    expected = sum(group in EVENTS and not assigned for _, _, _, group, assigned, *_ in ARTICLES)
    assert expected == 33
    assert f"unassigned articles: {expected} placed in existing events" in out


def test_assign_one_article(content, capsys):
    article = content / "articles" / "pa-en.md"
    before = read_document(article)
    assert main(["assign", str(article), "putin-aliyev-dushanbe", "--content", str(content)]) == 0
    after = read_document(article)
    assert after.meta["event"] == "putin-aliyev-dushanbe"
    assert {k: v for k, v in after.meta.items() if k != "event"} == dict(before.meta)
    assert after.body == before.body
    assert main(["assign", "pa-en", "no-such-event", "--content", str(content)]) == 1
    assert "no event 'no-such-event'" in capsys.readouterr().err


def test_accept_reviewed_suggestions_in_bulk(content, capsys, tmp_path):
    items = suggestions(content, capsys)
    # the curator reviews: drops one placement, keeps the rest
    items = [i for i in items if Path(i["article"]).stem != "pa-tr"]
    reviewed = tmp_path / "reviewed.json"
    reviewed.write_text(json.dumps(items), encoding="utf-8")
    curated = content / "articles" / "hn-op-sep-en.md"
    text = curated.read_text(encoding="utf-8").replace("title:", "event: opec-vienna-march\ntitle:", 1)
    curated.write_text(text, encoding="utf-8")  # the curator assigned this one meanwhile
    assert main(["assign", "--from", str(reviewed), "--content", str(content)]) == 0
    assert "skipped: already assigned to opec-vienna-march" in capsys.readouterr().err
    archive = load_archive(content)
    assert not archive.problems.errors
    events = {a.stem: a.meta.event for a in archive.articles}
    assert events["pa-tr"] is None
    assert events["pa-fa"] == "putin-aliyev-dushanbe"
    assert events["hn-op-sep-en"] == "opec-vienna-march"  # never moved by a bulk accept
    # the proposed groups became events, their dates and participants filled in
    gabala = {events[k] for k in ("new-gabala-az", "new-gabala-ru", "new-gabala-en", "new-gabala-fa")}
    (event_id,) = gabala
    event = archive.events[event_id].meta
    assert (event.date, event.end_date) == ("2025-07-15", "2025-07-16")
    assert set(event.participants) >= {"Shahin Mustafayev", "Mher Grigoryan"}
    assert event.place in ("Gabala", "Armenia")
    # nothing is left to suggest but the article the curator held back
    assert [Path(i["article"]).stem for i in suggestions(content, capsys)] == ["pa-tr"]


def test_a_broken_suggestions_file_is_reported(content, tmp_path, capsys):
    broken = tmp_path / "s.json"
    broken.write_text('[{"article": "x",', encoding="utf-8")
    assert main(["assign", "--from", str(broken), "--content", str(content)]) == 1
    assert "s.json:1: not valid JSON" in capsys.readouterr().err


def test_a_syndicated_copy_is_found_shown_and_warned_about(tmp_path, capsys):
    import shutil

    from generator.build import build

    from .conftest import ROOT

    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    original = content / "articles" / "2026-01-24-haber7-putin-ve-bush-un-telefon-gorusmeleri-ortaya.md"
    doc = read_document(original)
    meta = dict(doc.meta)
    meta.pop("machine")
    meta.update(outlet="azervoice", raw_sha256="f" * 64, raw_file=None, annotations=[])
    meta = {k: v for k, v in meta.items() if v is not None}
    from generator.frontmatter import render_markdown

    body = doc.body.replace("Majalla", "Majalla dergisi", 1)  # a copy, lightly edited
    copy = content / "articles" / "2026-01-25-copy.md"
    copy.write_text(render_markdown(meta, body), encoding="utf-8")
    assert main(["check", "--content", str(content)]) == 0
    out = capsys.readouterr().out
    assert f"{original}: warning: field 'body': its text is a near-duplicate of 2026-01-25-copy.md" in out
    build(content, tmp_path / "docs")
    page = (tmp_path / "docs/events/bush-putin-transcripts.md").read_text(encoding="utf-8")
    assert 'also published by <a href="../../outlets/azervoice/">AzerVoice</a> (<a href=' \
        '"../../articles/2026-01-25-copy/">9' in page
    assert "same text</a>" in page


def test_the_archives_own_articles_find_their_events_again(tmp_path, capsys):
    """Unassign three real articles (fa, ar, tr; one read two weeks after its event's
    release): suggest puts each back where the curator had put it."""
    import shutil

    from .conftest import ROOT

    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    expected = {}
    for stem in ("2022-05-14-parsinews-c27e0a885d", "2025-10-09-sarabic-18b77da7fa",
                 "2026-01-24-haber7-putin-ve-bush-un-telefon-gorusmeleri-ortaya"):
        path = content / "articles" / f"{stem}.md"
        text = path.read_text(encoding="utf-8")
        expected[stem] = read_document(path).meta["event"]
        path.write_text("\n".join(line for line in text.split("\n")
                                  if not line.startswith("event: ")), encoding="utf-8")
    placed = {Path(i["article"]).stem: i["event"] for i in suggestions(content, capsys)}
    assert placed == expected


def test_suggestions_are_the_same_under_any_hash_seed(content):
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    outputs = set()
    for seed in ("0", "1", "12345"):
        result = subprocess.run(
            [sys.executable, "-m", "generator", "suggest", "--json", "--content", str(content)],
            capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": seed,
                                                "PYTHONPATH": str(root)})
        assert result.returncode == 0, result.stderr
        outputs.add(result.stdout)
    assert len(outputs) == 1


def test_suggest_works_beside_broken_articles_and_names_them(content, capsys):
    broken = content / "articles" / "broken-one.md"
    broken.write_text("---\ntitle: [unclosed\n---\nText.\n", encoding="utf-8")
    assert main(["suggest", "--json", "--content", str(content)]) == 0
    captured = capsys.readouterr()
    items, err = json.loads(captured.out), captured.err
    assert "skipped: " in err and "broken-one.md" in err
    assert "left out; fix them (python -m generator check)" in err
    assert items and all("broken-one" not in i["article"] for i in items)


def test_another_leader_in_the_same_city_on_the_same_day_is_not_placed(content, capsys):
    items = {Path(i["article"]).stem: i for i in suggestions(content, capsys)}
    rahmon = items["hn-x-rahmon"]
    assert rahmon["event"] is None
    assert rahmon["new_group"] != items["hn-putin-tokayev-en"]["new_group"]


def test_undated_reports_are_placed_by_the_dates_they_carry(content, capsys):
    items = {Path(i["article"]).stem: i for i in suggestions(content, capsys)}
    assert items["x-pa-bg"]["event"] == "putin-aliyev-dushanbe"  # the address's date
    assert items["x-pa-it"]["event"] == "putin-aliyev-dushanbe"  # "9 ottobre", no year
    assert items["x-as-de"]["event"] == "austin-shoigu-may-call"  # "13.05.22"
    assert items["x-as-month"]["event"] == "austin-shoigu-may-call"  # "May 2022"
    # undated leftovers never get today's date as a label
    from datetime import date

    assert not any(str(date.today()) in (i["new_group"] or "") for i in items.values())


def test_a_new_event_takes_only_what_its_reports_treat_as_central(tmp_path):
    from generator.assign import new_event

    content = write_set(tmp_path, with_pages=False)
    article = content / "articles" / "hn-x-rahmon.md"
    text = article.read_text(encoding="utf-8")
    # a background mention of an airline, far below the lead
    article.write_text(text.rstrip() + "\n\nEarlier this year an AZAL airliner crashed.\n",
                       encoding="utf-8")
    from generator.store import refresh_mentions

    refresh_mentions(content)
    event_id = new_event(content, "2025-10-09-putin-rahmon", [article])
    meta = read_document(content / "events" / f"{event_id}.md").meta
    # the person its headline names, though the authority lacks him; not the airline
    assert meta["participants"] == ["Vladimir Putin", "Emomali Rahmon"]
    assert meta["place"] == "Dushanbe"
    assert "AZAL" not in str(meta)


def test_a_person_the_authority_lacks_has_one_key_in_every_script():
    from generator.unregistered import person_key
    assert {person_key(n) for n in ["Rahmon", "رحمن", "رحمان"]} == {"?rhmn"}
    assert {person_key(n) for n in ["Macron", "ماكرون", "ماکرون"]} == {"?mkrn"}
    assert person_key("Rahmon") != person_key("Tokayev")


@pytest.mark.parametrize(("text", "persian", "expected"), [
    # after a title and its nationality; a registered name stops the run the same way
    ("التقى الرئيس الروسي فلاديمير بوتين الرئيس الطاجيكي إمام علي رحمن في دوشنبه.", False,
     [["فلادیمیر", "بوتین"], ["امام", "علی", "رحمن"]]),
    # in Persian, a name in apposition before the title
    ("پوتین با امامعلی رحمان، رئیس‌جمهور تاجیکستان، دیدار کرد.", True, [["امامعلی", "رحمان"]]),
    # a title followed by a function word names nobody
    ("وقال الرئيس إن الاتفاق مهم", False, []),
])
def test_people_are_found_after_titles_in_arabic_script(text, persian, expected):
    from generator.unregistered import _arabic_script_names
    assert _arabic_script_names(text, persian=persian) == expected


def test_common_words_after_a_title_are_no_name():
    from generator.text.stopwords import stopwords
    from generator.unregistered import _arabic_script_names

    text = "وقال الرئيس الروسي للصحفيين كذلك"  # "the Russian president told journalists so"
    assert _arabic_script_names(text, persian=False, common=stopwords("ar")) == []
    # first names that are common words stay in a name
    named = "التقى الرئيس الطاجيكي إمام علي رحمن في دوشنبه"
    assert _arabic_script_names(named, persian=False, common=stopwords("ar")) == [
        ["امام", "علی", "رحمن"]]


def test_a_new_event_takes_an_english_title_only_and_an_id_of_its_date_and_people(tmp_path,
                                                                                   capsys):
    from generator.assign import new_event
    from generator.store import refresh_mentions

    content = write_set(tmp_path, with_pages=False)
    refresh_mentions(content)
    russian = [content / "articles" / "new-gabala-ru.md", content / "articles" / "new-gabala-az.md"]
    event_id = new_event(content, "2025-07-15-mustafayev-grigoryan", russian)
    meta = read_document(content / "events" / f"{event_id}.md").meta
    assert "title" not in meta  # no report in English: no title in another language
    assert meta["participants"] == ["Shahin Mustafayev", "Mher Grigoryan"]
    assert main(["check", "--content", str(content)]) == 0
    assert (f"{event_id}.md: warning: field 'title': the event has no English title; add "
            "'title' (pages show its id until then)") in capsys.readouterr().out
    english = [*russian, content / "articles" / "new-gabala-en.md"]
    other = new_event(content, "2025-07-15-mustafayev-grigoryan-2", english)
    assert read_document(content / "events" / f"{other}.md").meta["title"] == \
        "Azerbaijan and Armenia border commissions meet in Gabala"
    # suggest's id for a proposed group: its date and the people its reports share
    capsys.readouterr()
    items = {Path(i["article"]).stem: i for i in suggestions(content, capsys)}
    assert items["new-riyadh-en"]["new_group"] == "2025-11-02-araghchi-faisal-riyadh"


def test_a_date_ingest_only_guessed_is_no_evidence_until_checked(content, capsys):
    article = content / "articles" / "pa-fa.md"
    # names alone: not the event's place ("in Tajikistan"), which with its occasion would tie
    # an undated report to it
    text = article.read_text(encoding="utf-8").replace(" در تاجیکستان", "")
    article.write_text(text.replace("\npublished:", "\npublished_uncertain: true\npublished:", 1),
                       encoding="utf-8")
    items = {Path(i["article"]).stem: i for i in suggestions(content, capsys)}
    guessed = items["pa-fa"]
    # weighed as undated: names alone do not place it, the curator is asked to check the date
    assert guessed["event"] is None and guessed["needs_date"]
    assert guessed["candidate"] == "putin-aliyev-dushanbe"
    assert any("publication date uncertain (ingest guessed 2025-10-09)" in r
               for r in guessed["reasons"])
    assert any("set 'published_uncertain: false'" in r for r in guessed["reasons"])
    # once checked, the date counts again
    article.write_text(text.replace("\npublished:", "\npublished_uncertain: false\npublished:", 1),
                       encoding="utf-8")
    items = {Path(i["article"]).stem: i for i in suggestions(content, capsys)}
    assert items["pa-fa"]["event"] == "putin-aliyev-dushanbe"


def ingest_and_suggest(content: Path, capsys, name: str, reports: dict, day: str) -> list[dict]:
    """Ingest ``reports`` (language -> (headline, dateline, lead)) as text dumps, and the
    suggestions for the articles of ``day`` (a part of their file names)."""
    captures = []
    for language, (title, dateline, lead) in reports.items():
        path = content.parent / f"{name}-{language}.txt"
        path.write_text(f"Home Politics World\n\n{title}\n\n{dateline}\n\n{lead}\n",
                        encoding="utf-8")
        captures.append(str(path))
    assert main(["ingest", *captures, "--content", str(content)]) == 0
    capsys.readouterr()
    return [i for i in suggestions(content, capsys) if day in i["article"]]


def accept(content: Path, items: list[dict]) -> None:
    Path("s.json").write_text(json.dumps(items), encoding="utf-8")
    assert main(["assign", "--from", "s.json", "--content", str(content)]) == 0


ANKARA = {  # one meeting as four outlets report it; Erdoğan is not in the name authority
    "tr": ("Erdoğan ile Aliyev Ankara'da görüştü", "20.11.2025 15:30",
           "ANKARA (AA) - Cumhurbaşkanı Recep Tayyip Erdoğan, Azerbaycan Cumhurbaşkanı İlham "
           "Aliyev'i Külliye'de resmi törenle karşıladı. İki lider enerji projelerini ele aldı."),
    "az": ("İlham Əliyev Ankarada Rəcəb Tayyib Ərdoğanla görüşüb", "20 Noyabr 2025 16:10",
           "Ankara, 20 noyabr. Prezident İlham Əliyev Ankarada Türkiyə Prezidenti Rəcəb Tayyib "
           "Ərdoğanla görüşüb. Görüşdə enerji layihələri müzakirə olunub."),
    "en": ("Erdogan hosts Aliyev in Ankara for energy talks", "November 20, 2025",
           "ANKARA, Nov 20 (Reuters) - Turkish President Tayyip Erdogan hosted Azerbaijani "
           "President Ilham Aliyev in Ankara on Thursday, and the two discussed energy projects."),
    "ru": ("Эрдоган и Алиев провели переговоры в Анкаре", "20.11.2025 17:05",
           "АНКАРА, 20 ноя – РИА Новости. Президент Турции Реджеп Тайип Эрдоган провел в Анкаре "
           "переговоры с президентом Азербайджана Ильхамом Алиевым об энергетике."),
}


def test_a_new_event_takes_its_place_from_datelines_and_people_the_authority_lacks(
        content, capsys):
    items = ingest_and_suggest(content, capsys, "ankara", ANKARA, "-11-20-")
    # the Azerbaijani "Ərdoğanla" (with Erdoğan) and the Russian "Эрдоганом" are one person
    assert len(items) == 4 and {i["new_group"] for i in items} == {
        "2025-11-20-aliyev-erdogan-ankara"}
    accept(content, items)
    meta = read_document(content / "events" / "2025-11-20-aliyev-erdogan-ankara.md").meta
    assert meta["place"] == "Ankara"  # where the datelines agree, though no entity holds it
    assert meta["participants"] == ["Ilham Aliyev", "Tayyip Erdogan"]
    assert meta["title"] == "Erdogan hosts Aliyev in Ankara for energy talks"


@pytest.mark.parametrize("lead, place", [
    ("ANKARA (AA) - Cumhurbaşkanı Erdoğan", "ANKARA"),
    ("ANKARA, Nov 20 (Reuters) - Turkish President", "ANKARA"),
    ("АНКАРА, 20 ноя – РИА Новости. Президент", "АНКАРА"),
    ("Bakı, 9 oktyabr. Trend:", "Bakı"),
    ("DUSHANBE, Tajikistan (AP) — Russian", "DUSHANBE"),
    ("Duschanbe (dpa) - Kremlchef Putin", "Duschanbe"),
    ("دوشنبه (رويترز) - التقى", "دوشنبه"),
    ("Putin - Aliyev talks went on", None),  # a dash after a name not in capitals
    ("The President (left) said", None),  # a caption's position, not an agency
    ("Vladimir Putin and Ilham Aliyev met", None),
    ("Oct 9 (Reuters) - Russian", None),
])
def test_the_place_a_dateline_names(lead, place):
    from generator.datelines import dateline_place

    assert dateline_place(lead) == place


def test_a_call_proposed_as_an_event_takes_no_place_from_the_meeting_it_follows(content,
                                                                                 capsys):
    calls = {
        "ru": ("Владимир Путин и Ильхам Алиев созвонились", "12.10.2025, 20:10",
               "Президенты России и Азербайджана Владимир Путин и Ильхам Алиев провели "
               "телефонный разговор по инициативе азербайджанской стороны. Обсуждались итоги "
               "встречи в Душанбе."),
        "de": ("Putin telefoniert mit Alijew", "12.10.2025",
               "Kremlchef Wladimir Putin hat mit dem aserbaidschanischen Präsidenten Ilham Alijew "
               "telefoniert. Dabei ging es um die Ermittlungen zum Absturz des AZAL-Flugzeugs."),
    }
    items = ingest_and_suggest(content, capsys, "call", calls, "2025-10-12-")
    assert {i["new_group"] for i in items} == {"2025-10-12-aliyev-putin"}
    accept(content, items)
    meta = read_document(content / "events" / "2025-10-12-aliyev-putin.md").meta
    assert "place" not in meta and meta["participants"] == ["Vladimir Putin", "Ilham Aliyev"]


def test_a_country_in_the_genitive_is_not_the_first_name_of_the_person_after_it():
    from generator.unregistered import _capitalised_names, person_key

    assert _capitalised_names("Президент Турции Реджеп Тайип Эрдоган провел переговоры.") == [
        ["Реджеп", "Тайип", "Эрдоган"]]
    assert _capitalised_names("с министром Франции Себастьяном Лекорню.") == [
        ["Себастьяном", "Лекорню"]]
    assert _capitalised_names("с президентом Казахстана Касым-Жомарт Токаевым.") == [
        ["Касым-Жомарт", "Токаевым"]]
    # and a case ending does not make another person
    assert person_key("Ərdoğanla", "az") == person_key("Эрдоганом", "ru") == person_key("Erdogan")


KAZAKHSTAN = {  # another actor's news, dated by the meeting in a clause the day after it
    "en": ("Kazakhstan says AZAL crash report due by December", "October 10, 2025",
           "Kazakhstan's transport ministry said the final report on the AZAL crash would be "
           "published by December, a day after Putin apologised to Aliyev in Dushanbe."),
    "ru": ("В Казахстане пообещали отчёт о крушении AZAL к декабрю", "10.10.2025 14:20",
           "Окончательный отчёт о крушении самолёта AZAL будет опубликован до конца года, "
           "заявили в минтрансе Казахстана на следующий день после того, как Владимир Путин "
           "принёс извинения Ильхаму Алиеву в Душанбе."),
}


def test_names_of_an_earlier_occasion_are_no_participants(content, capsys):
    items = ingest_and_suggest(content, capsys, "kazakhstan", KAZAKHSTAN, "2025-10-10-")
    assert len(items) == 2 and not any(i["event"] for i in items)  # not the meeting's
    assert len({i["new_group"] for i in items}) == 1
    accept(content, items)
    (event,) = {i["new_group"] for i in items}
    meta = read_document(content / "events" / f"{event}.md").meta
    # neither the meeting's leaders nor its city: they belong to what came before
    assert not {"Vladimir Putin", "Ilham Aliyev"} & set(meta.get("participants", []))
    assert meta.get("place") != "Dushanbe"
    assert meta["title"] == "Kazakhstan says AZAL crash report due by December"


RAHMON = {  # another meeting the same day, that names the event's other leader further down
    "ru": ("Путин провел переговоры с Рахмоном в Душанбе", "09.10.2025 12:05",
           "ДУШАНБЕ, 9 окт - РИА Новости. Президент России Владимир Путин провел переговоры с "
           "президентом Таджикистана Эмомали Рахмоном.\n\nСтороны подписали соглашения об "
           "энергетике.\n\nПозже в тот же день у Путина запланирована встреча с президентом "
           "Азербайджана Ильхамом Алиевым."),
    "en": ("Putin holds talks with Rahmon in Dushanbe", "October 9, 2025",
           "DUSHANBE, Oct 9 (Reuters) - Vladimir Putin held talks with Tajik President Emomali "
           "Rahmon on Thursday and signed energy agreements.\n\nLater in the day Putin was due "
           "to meet Azerbaijan's Ilham Aliyev."),
}


def test_a_meeting_with_someone_else_is_not_the_event_whose_leader_it_names_further_down(
        content, capsys):
    items = ingest_and_suggest(content, capsys, "rahmon", RAHMON, "2025-10-09-")
    assert len(items) == 2 and not any(i["event"] for i in items)
    (label,) = {i["new_group"] for i in items}
    assert "rahmon" in label and "aliyev" not in label  # the last name without its case
    accept(content, items)
    meta = read_document(content / "events" / f"{label}.md").meta
    assert "Emomali Rahmon" in meta["participants"] and "Ilham Aliyev" not in meta["participants"]


def test_a_country_before_a_name_and_a_last_name_alone_in_a_headline(content):
    from generator.content import load_archive
    from generator.suggest import Suggester
    from generator.unregistered import unknown_names

    archive = load_archive(content)
    registry = Suggester(archive).registry
    found = unknown_names("встреча с президентом Таджикистана Эмомали Рахмоном", "ru", registry)
    assert [name for _, name in found] == ["Эмомали Рахмоном"]


TWO_MEETINGS = {  # one city, one day: each leader meets someone else; the other is named below
    "ru": ("Путин и Токаев обсудили в Душанбе энергетическое сотрудничество", "09.10.2025 19:30",
           "Президент России Владимир Путин и президент Казахстана Касым-Жомарт Токаев провели "
           "переговоры в Душанбе.\n\nЛидеры обсудили поставки газа.\n\nРанее в тот же день Путин "
           "встретился с президентом Азербайджана Ильхамом Алиевым."),
    "en": ("Aliyev meets Tajik president Rahmon in Dushanbe", "October 9, 2025",
           "Azerbaijani President Ilham Aliyev met Tajik President Emomali Rahmon in Dushanbe on "
           "Thursday and discussed transport links.\n\nAliyev also met Vladimir Putin on the "
           "sidelines of the summit."),
}


def test_two_pairs_of_leaders_in_one_city_that_day_are_two_proposed_events(content, capsys):
    items = ingest_and_suggest(content, capsys, "pairs", TWO_MEETINGS, "2025-10-09-")
    assert len(items) == 2 and not any(i["event"] for i in items)
    labels = sorted(i["new_group"] for i in items)
    assert labels[0] != labels[1]
    # each named by its own pair and the city they met in, not a leader's own country
    assert "rahmon" in labels[0] and "putin" not in labels[0]
    assert "toka" in labels[1] and "aliyev" not in labels[1]
    assert all(label.endswith("-dushanbe") for label in labels)


def test_offices_in_central_asian_languages_and_names_in_georgian_are_read(content):
    from generator.content import load_archive
    from generator.suggest import Suggester
    from generator.unregistered import person_key, unknown_names

    registry = Suggester(load_archive(content)).registry
    # the office capitalised after the country, the registered people and places run on
    kazakh = ("Қырғызстан Президенті Садыр Жапаров Душанбеде Әзербайжан Президенті Ілхам "
              "Әлиевпен кездесті.")
    assert [name for _, name in unknown_names(kazakh, "kk", registry)] == ["Садыр Жапаров"]
    # Georgian has no capitals: the two words after an office, whatever case they are in
    georgian = "საქართველოს პრემიერ-მინისტრი ირაკლი კობახიძე ბაქოში ჩავიდა."
    assert [name for _, name in unknown_names(georgian, "ka", registry)] == ["ირაკლი კობახიძე"]
    assert person_key("კობახიძემ", "ka") == person_key("კობახიძეს", "ka") == \
        person_key("Kobakhidze")



def test_a_persian_title_runs_on_into_no_occasion_word_as_a_name(content):
    from generator.content import load_archive
    from generator.suggest import Suggester
    from generator.unregistered import unknown_names

    registry = Suggester(load_archive(content)).registry
    # after "رئیس جمهوری", the country the authority holds and the meeting's words are no
    # name; the minister named before his title is
    persian = ("سید مهدی کریمی وزیر راه و شهرسازی کشورمان در باکو با الهام علی‌اف رئیس جمهوری "
               "آذربایجان دیدار و گفت‌وگو کرد.")
    assert [name for _, name in unknown_names(persian, "fa", registry)] == ["سید مهدی کریمی"]


ONE_WITH_TWO = {  # each with one of the event's leaders, and someone else; the other below
    "kk": ("Тоқаев пен Әлиев Душанбеде кездесті", "09.10.2025 20:10",
           "Қазақстан Президенті Қасым-Жомарт Тоқаев Душанбеде Әзербайжан Президенті Ілхам "
           "Әлиевпен кездесті.\n\nБұған дейін Әлиев Ресей Президенті Владимир Путинмен "
           "кездесті."),
    "uz": ("Shavkat Mirziyoyev Dushanbeda Vladimir Putin bilan uchrashdi", "09.10.2025, 21:00",
           "Prezident Shavkat Mirziyoyev MDH sammiti doirasida Rossiya Prezidenti Vladimir Putin "
           "bilan uchrashdi.\n\nPutin shu kuni Ozarbayjon Prezidenti Ilhom Aliyev bilan ham "
           "muzokara o'tkazgan edi."),
    "fr": ("Vladimir Poutine arrive au Tadjikistan pour une visite d'État", "9 octobre 2025",
           "Le président russe Vladimir Poutine est arrivé jeudi matin à Douchanbé, où le "
           "président Emomali Rahmon l'a accueilli.\n\nIl doit rencontrer le président "
           "azerbaïdjanais Ilham Aliev en marge du sommet de la CEI."),
}


def test_one_leader_with_two_others_is_neither_the_event_nor_one_proposed_event(content, capsys):
    items = ingest_and_suggest(content, capsys, "two", ONE_WITH_TWO, "2025-10-09-")
    assert len(items) == 3 and not any(i["event"] for i in items)
    assert len({i["new_group"] for i in items}) == 3, items


def test_a_new_event_of_one_report_takes_the_person_its_headline_names(content, capsys):
    items = ingest_and_suggest(content, capsys, "one", {"ru": RAHMON["ru"]}, "2025-10-09-")
    assert len(items) == 1 and not items[0]["event"]
    accept(content, items)
    meta = read_document(content / "events" / f"{items[0]['new_group']}.md").meta
    # "с Рахмоном" in the headline; "Эмомали Рахмоном" in the text: a participant; the
    # others its lead names (Aliyev, whom Putin meets later) are not
    assert meta["participants"] == ["Vladimir Putin", "Эмомали Рахмон"]


AFTER = {  # a week later: an analysis of the meeting ("last week"), and Russia's deputy prime
    # minister received by Aliyev, who recalls the meeting with Putin further down
    "en": ("Analysis: Putin's apology to Aliyev in Dushanbe eases a year of strain",
           "October 16, 2025",
           "Vladimir Putin's apology to Ilham Aliyev in Dushanbe last week for the downing of an "
           "Azerbaijan Airlines jet has eased ten months of strain between Moscow and Baku."),
    "az": ("Prezident İlham Əliyev Rusiya Baş nazirinin müavinini qəbul edib", "16 Oktyabr 2025",
           "Prezident İlham Əliyev Rusiya Baş nazirinin müavini Aleksey Overçuku qəbul edib."
           "\n\nGörüşdə Düşənbədə Prezident Vladimir Putinlə əldə olunmuş razılaşmaların icrası "
           "müzakirə olunub."),
}


def test_a_later_report_is_the_events_where_its_lead_puts_it_on_the_events_days(content, capsys):
    items = ingest_and_suggest(content, capsys, "after", AFTER, "2025-10-16-")
    by_language = {("en" if "analysis" in i["article"] else "az"): i for i in items}
    assert by_language["en"]["event"] == "putin-aliyev-dushanbe"
    assert any("last week" in reason for reason in by_language["en"]["reasons"])
    # "Russia's prime minister's deputy" is not Putin, whom it names only further down
    assert by_language["az"]["event"] is None


BY_OFFICE = {  # one meeting; each report names its own leader up top, the other by office
    "ru": ("Путин провел переговоры с азербайджанским коллегой в Москве", "15.03.2026 14:10",
           "Президент России Владимир Путин провел в Москве переговоры с азербайджанским "
           "коллегой.\n\nВстреча с Ильхамом Алиевым продлилась три часа."),
    "az": ("Prezident İlham Əliyev Moskvada rusiyalı həmkarı ilə görüşüb", "15 Mart 2026 15:20",
           "Prezident İlham Əliyev Moskvada rusiyalı həmkarı ilə görüşüb.\n\nGörüşdə Vladimir "
           "Putinlə iqtisadi əməkdaşlıq müzakirə olunub."),
}


def test_reports_naming_one_leader_each_and_the_other_by_office_are_one_proposed_event(
        content, capsys):
    items = ingest_and_suggest(content, capsys, "office", BY_OFFICE, "2026-03-15-")
    assert len(items) == 2 and not any(i["event"] for i in items)
    assert len({i["new_group"] for i in items}) == 1


def test_a_proposed_event_id_romanises_a_georgian_name(content, capsys):
    reports = {"ka": ("ირაკლი კობახიძე ილჰამ ალიევს ბაქოში შეხვდა", "16 ოქტომბერი 2025, 15:00",
                      "საქართველოს პრემიერ-მინისტრი ირაკლი კობახიძე ბაქოში აზერბაიჯანის "
                      "პრეზიდენტ ილჰამ ალიევს შეხვდა.")}
    items = ingest_and_suggest(content, capsys, "geo", reports, "2025-10-16-")
    assert len(items) == 1 and "kobakhidze" in items[0]["new_group"]
