"""Pages saved as one file by a browser (MHTML, "Webpage, single file"): the HTML part is
read from its transfer encoding and charset, with the address and the time the browser saved
it; the file itself is kept byte for byte."""

from __future__ import annotations

import base64
import quopri

from generator.cli import main
from generator.content import load_archive
from generator.frontmatter import read_document

STORY = ("Президент России Владимир Путин провел телефонный разговор с президентом Азербайджана "
         "Ильхамом Алиевым, сообщила пресс-служба Кремля. Стороны обсудили торговлю и транспорт. ")
ADDRESS = "https://example.ru/politika/putin-aliev-obsudili-torgovliu"


def html(charset: str = "utf-8", dated: str = "") -> str:
    story = "".join(f"<p>{STORY} Абзац {n}.</p>" for n in range(5))
    return (f'<!DOCTYPE html><html lang="ru"><head><meta charset="{charset}">'
            f"<title>Путин и Алиев обсудили торговлю - Пример</title></head><body>"
            f"<nav><a href='/'>Главная</a></nav><article><h1>Путин и Алиев обсудили торговлю"
            f"</h1>{dated}{story}</article></body></html>")


def mhtml(body: bytes, transfer: str = "quoted-printable", content_type: str = "text/html",
          location: str = ADDRESS) -> bytes:
    """A page as Chromium saves it: headers, the HTML part, then its resources."""
    boundary = "----MultipartBoundary--rXk2Qv7s0rJm----"
    encoded = quopri.encodestring(body) if transfer == "quoted-printable" else \
        base64.encodebytes(body)
    css = b"body { color: #222 }\n"
    return b"\r\n".join([
        b"From: <Saved by Blink>",
        f"Snapshot-Content-Location: {location}".encode(),
        b"Subject: =?utf-8?Q?=D0=9F=D1=83=D1=82=D0=B8=D0=BD?=",
        b"Date: Sun, 12 Mar 2023 11:30:05 +0300",
        b"MIME-Version: 1.0",
        b"Content-Type: multipart/related;",
        b'\ttype="text/html";',
        f'\tboundary="{boundary}"'.encode(), b"", b"",
        f"--{boundary}".encode(),
        f"Content-Type: {content_type}".encode(),
        b"Content-ID: <frame-4C1D@mhtml.blink>",
        f"Content-Transfer-Encoding: {transfer}".encode(),
        f"Content-Location: {location}".encode(), b"",
        encoded,
        f"--{boundary}".encode(),
        b"Content-Type: text/css",
        b"Content-Transfer-Encoding: quoted-printable",
        b"Content-Location: https://example.ru/style.css", b"",
        css,
        f"--{boundary}--".encode(), b""])


def test_a_page_saved_as_one_file_is_read_as_its_html(tmp_path, capsys):
    saved = tmp_path / "Путин и Алиев.mhtml"
    saved.write_bytes(mhtml(html().encode()))
    content = tmp_path / "content"
    assert main(["ingest", str(saved), "--content", str(content)]) == 0
    assert "1 capture: 1 created" in capsys.readouterr().out
    (path,) = (content / "articles").glob("*.md")
    doc = read_document(path)
    assert doc.meta["title"] == "Путин и Алиев обсудили торговлю"
    assert doc.meta["language"] == "ru"
    assert doc.meta["url"] == ADDRESS  # the address the browser saved it from
    assert doc.meta["retrieved"] == "2023-03-12T08:30"  # when, in UTC
    assert "capture_problems" not in doc.meta["machine"]
    assert doc.body.strip().startswith("Президент России Владимир Путин")
    assert "=D0" not in doc.body and "Главная" not in doc.body
    assert (content / doc.meta["raw_file"]).read_bytes() == saved.read_bytes()
    assert load_archive(content).problems.errors == []  # the raw hash verifies


def test_its_part_may_be_base64_and_in_a_legacy_charset(tmp_path):
    legacy = html("windows-1251").encode("cp1251")
    saved = tmp_path / "page.mht"
    saved.write_bytes(mhtml(legacy, transfer="base64",
                            content_type='text/html; charset="windows-1251"'))
    content = tmp_path / "content"
    assert main(["ingest", str(saved), "--content", str(content)]) == 0
    (path,) = (content / "articles").glob("*.md")
    assert read_document(path).meta["title"] == "Путин и Алиев обсудили торговлю"


def test_a_page_saved_today_is_dated_by_when_it_was_saved(tmp_path):
    saved = tmp_path / "page.mhtml"
    saved.write_bytes(mhtml(html(dated='<p class="time">Сегодня, 10:05</p>').encode()))
    content = tmp_path / "content"
    assert main(["ingest", str(saved), "--content", str(content)]) == 0
    (path,) = (content / "articles").glob("*.md")
    assert read_document(path).meta["published"] == "2023-03-12T10:05"


def test_a_local_address_is_no_address_and_a_file_without_a_page_is_refused(tmp_path, capsys):
    local = tmp_path / "local.mhtml"
    local.write_bytes(mhtml(html().encode(), location="file:///home/me/page.html"))
    empty = tmp_path / "empty.mhtml"
    empty.write_bytes(mhtml(b"body { color: red }", content_type="text/css"))
    content = tmp_path / "content"
    assert main(["ingest", str(local), str(empty), "--content", str(content)]) == 1
    err = capsys.readouterr().err
    assert "empty.mhtml: error: it is an MHTML file (a page saved as one file) with no HTML " \
           "page in it; save the page again" in err
    (path,) = (content / "articles").glob("*.md")
    assert "url" not in read_document(path).meta


def test_a_date_the_metadata_states_wins_over_one_worked_out_from_today(tmp_path):
    page = html(dated='<p class="time">Вчера, 22:15</p>').replace(
        "</head>", '<meta property="article:published_time" content="2023-03-10T22:15:00+03:00">'
                   "</head>")
    saved = tmp_path / "page.mhtml"
    saved.write_bytes(mhtml(page.encode()))  # saved on the 12th: "yesterday" would be the 11th
    content = tmp_path / "content"
    assert main(["ingest", str(saved), "--content", str(content)]) == 0
    (path,) = (content / "articles").glob("*.md")
    meta = read_document(path).meta
    assert meta["published"] == "2023-03-10T22:15+03:00"
    assert meta["published_source"] == "metadata"
