"""Dates a fresh page prints relative to when it was seen ("Сегодня, 10:05", "3 hours ago"):
read with the capture's own time (a WARC record's) or the one the curator gives; without one,
no date, and the curator is told what the page printed."""

from __future__ import annotations

from datetime import datetime
from io import BytesIO

import pytest

from generator.cli import main
from generator.frontmatter import read_document
from generator.text.dates import find_relative

STORY = ("Президент России Владимир Путин провел телефонный разговор с президентом Азербайджана "
         "Ильхамом Алиевым, сообщила пресс-служба Кремля. Стороны обсудили торговлю. ")


@pytest.mark.parametrize("line, seen, day", [
    ("Суспільство — Юрій Братюк, сьогодні, 18:06", "2020-06-07T16:00", "2020-06-07T18:06"),
    ("11:00, сьогодні", "2020-09-21T12:00", "2020-09-21T11:00"),
    ("Šodien, 17:40", "2021-01-03T18:00", "2021-01-03T17:40"),
    ("Вчера, 22:15", "2023-03-12T09:00", "2023-03-11T22:15"),
    ("Yesterday at 09:12", "2023-03-12T09:00", "2023-03-11T09:12"),
    ("dünən 14:20", "2023-03-12T09:00", "2023-03-11T14:20"),
    ("сьогодні, 18:069100", "2020-06-07T16:00", "2020-06-07T18:06"),  # a view count glued on
    ("Published 3 hours ago", "2023-03-12T02:00", "2023-03-11"),
    ("vor 2 Stunden", "2023-03-12T09:00", "2023-03-12"),
    ("2 saat önce", "2023-03-12T09:00", "2023-03-12"),
    ("منذ 3 ساعات", "2023-03-12T09:00", "2023-03-12"),
    ("۳ ساعت پیش", "2023-03-12T01:00", "2023-03-11"),
    ("hace 30 minutos", "2023-03-12T09:00", "2023-03-12"),
    # a day word in running text, or without a time, dates nothing
    ("Putin said today that the talks went well", None, None),
    ("Today: three things to know", None, None),
])
def test_a_relative_date_is_read_against_when_the_page_was_seen(line, seen, day):
    found = find_relative(line)
    assert (found is None) == (day is None)
    if found:
        assert found.resolve(datetime.fromisoformat(seen)).iso == day


def _fresh_page() -> str:
    return "\n\n".join(["Новости Политика Экономика Общество Происшествия Спорт",
                        "Путин и Алиев обсудили по телефону торговлю", "Сегодня, 10:05",
                        *(STORY + f"Абзац {n}." for n in range(5)), "Поделиться"])


def test_without_the_time_it_was_saved_the_page_gets_no_date_and_says_why(tmp_path, capsys):
    (tmp_path / "fresh.txt").write_text(_fresh_page(), encoding="utf-8")
    content = tmp_path / "content"
    assert main(["ingest", str(tmp_path / "fresh.txt"), "--content", str(content)]) == 0
    assert "no date (printed 'Сегодня, 10:05')" in capsys.readouterr().out
    path = next((content / "articles").glob("*.md"))
    doc = read_document(path)
    assert "published" not in doc.meta and doc.meta["published_text"] == "Сегодня, 10:05"
    assert "Сегодня, 10:05" not in doc.body  # a dateline, not story
    main(["check", "--content", str(content)])
    assert "prints it only as 'Сегодня, 10:05', relative to when it was saved" in \
        capsys.readouterr().out
    # the curator says when they saved it; the capture kept in raw/ is read again
    assert main(["ingest", str(content / "raw" / "fresh.txt"), "--content", str(content),
                 "--retrieved", "2023-03-12T11:30"]) == 0
    meta = read_document(path).meta
    assert meta["published"] == "2023-03-12T10:05" and meta["published_source"] == "printed"
    assert meta["retrieved"] == "2023-03-12T11:30"
    # and the time recorded stands for the next re-ingest, with nothing given
    assert main(["ingest", str(content / "raw" / "fresh.txt"), "--content", str(content)]) == 0
    assert "unchanged" in capsys.readouterr().out
    assert read_document(path).meta["published"] == "2023-03-12T10:05"


def test_a_manifest_may_say_when_each_page_was_saved(tmp_path, capsys):
    (tmp_path / "fresh.txt").write_text(_fresh_page(), encoding="utf-8")
    (tmp_path / "other.txt").write_text(_fresh_page().replace("торговлю", "газ"),
                                        encoding="utf-8")
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("file,url,retrieved\nfresh.txt,https://example.ru/a,2023-03-12\n"
                        "other.txt,https://example.ru/b,12.03.2023\n", encoding="utf-8")
    content = tmp_path / "content"
    assert main(["ingest", str(tmp_path / "fresh.txt"), str(tmp_path / "other.txt"),
                 "--manifest", str(manifest), "--content", str(content)]) == 1
    err = capsys.readouterr().err
    assert "manifest.csv:3: retrieved: '12.03.2023' is not an ISO 8601 date" in err
    (doc,) = [read_document(p) for p in (content / "articles").glob("*.md")]
    assert doc.meta["published"] == "2023-03-12T10:05"


def test_a_retrieved_time_that_is_no_date_is_refused(tmp_path, capsys):
    (tmp_path / "fresh.txt").write_text(_fresh_page(), encoding="utf-8")
    assert main(["ingest", str(tmp_path / "fresh.txt"), "--content", str(tmp_path / "c"),
                 "--retrieved", "yesterday"]) == 2
    assert "--retrieved: 'yesterday' is not an ISO 8601 date" in capsys.readouterr().err
    assert not (tmp_path / "c").exists()


def test_a_warc_record_dates_a_fresh_page_by_its_own_time(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    story = "".join(f"<p>{STORY} Абзац {n}.</p>" for n in range(5))
    page = (f'<html lang="ru"><head><title>Путин и Алиев обсудили по телефону торговлю</title>'
            f'</head><body><article><h1>Путин и Алиев обсудили по телефону торговлю</h1>'
            f'<p class="time">Сегодня, 10:05</p>{story}</article></body></html>').encode()
    warc = tmp_path / "crawl.warc.gz"
    with warc.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                   protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            "https://example.ru/politika/putin-aliev", "response", payload=BytesIO(page),
            http_headers=headers, warc_headers_dict={"WARC-Date": "2023-03-12T08:20:00Z"}))
    content = tmp_path / "content"
    assert main(["ingest", str(warc), "--content", str(content)]) == 0
    (doc,) = [read_document(p) for p in (content / "articles").glob("*.md")]
    assert doc.meta["retrieved"] == "2023-03-12T08:20"
    assert doc.meta["published"] == "2023-03-12T10:05"
    assert doc.meta["published_text"] == "Сегодня, 10:05"


def test_the_time_given_reaches_worker_processes_too(tmp_path, capsys):
    topics = ["торговлю", "газ", "транспорт", "энергетику"]
    files = []
    for number, topic in enumerate(topics):
        files.append(tmp_path / f"p{number}.txt")
        files[-1].write_text(_fresh_page().replace("торговлю", topic), encoding="utf-8")
    content = tmp_path / "content"
    assert main(["ingest", *map(str, files), "--content", str(content), "--jobs", "2",
                 "--retrieved", "2023-03-12T11:30"]) == 0
    dated = [read_document(p).meta.get("published") for p in (content / "articles").glob("*.md")]
    assert dated == ["2023-03-12T10:05"] * 4
