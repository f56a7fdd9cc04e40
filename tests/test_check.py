"""`check`: every problem at once, with file, line and field; exit 1 on errors; writes nothing."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import main
from generator.content import load_archive
from generator.problems import display_path

from .conftest import FIXTURES, ROOT

BROKEN = FIXTURES / "broken"


def content_with(tmp_path: Path, *names: str) -> Path:
    """A copy of the fixture archive plus the named broken article files."""
    content = tmp_path / "content"
    shutil.copytree(FIXTURES / "archive", content)
    for name in names:
        shutil.copy(BROKEN / name, content / "articles" / name)
    return content


def write_articles(content: Path, articles: list[tuple[str, str, str]]) -> None:
    """Short articles (file name, language, text) with distinct capture hashes."""
    for number, (name, language, body) in enumerate(articles):
        (content / "articles" / name).write_text(
            f"---\ntitle: Talks\nlanguage: {language}\npublished: 2024-05-01\n"
            f"raw_sha256: '{number:064x}'\n---\n\n{body}\n", encoding="utf-8")


def run_check(content: Path, capsys) -> tuple[int, list[str]]:
    code = main(["check", "--content", str(content)])
    return code, capsys.readouterr().out.splitlines()


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_project_content_passes_check():
    result = subprocess.run([sys.executable, "-m", "generator", "check", "--strict"],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 errors, 0 warnings" in result.stdout


def test_fixture_archive_passes_check_and_lists_what_is_left_to_do(capsys):
    code, lines = run_check(FIXTURES / "archive", capsys)
    assert code == 0
    assert lines[-1] == ("checked 7 articles, 2 events, 6 outlets, 2 entities: 0 errors, "
                         "0 warnings, 4 to do")
    folder = Path(display_path(FIXTURES / "archive" / "articles"))
    assert lines[:-1] == [
        f"{folder / '2023-11-06-pusula-zirve.md'}: to do: field 'title_en': its title is in "
        "Turkish only; add 'title_en', an English title, so that lists show every reader what "
        "it reports",
        f"{folder / '2024-03-18-vestnik-parom.md'}: to do: field 'title_en': its title is in "
        "Russian only; add 'title_en', an English title, so that lists show every reader what "
        "it reports",
        f"{folder / '2024-04-02-vestnik-unassigned.md'}: to do: field 'event': it is in no "
        "event; run `python -m generator suggest` to see where it may belong, then "
        "`python -m generator assign`",
        f"{folder / '2024-04-02-vestnik-unassigned.md'}: to do: field 'title_en': its title is "
        "in Russian only; add 'title_en', an English title, so that lists show every reader "
        "what it reports"]
    # what is left to do fails nothing, not even --strict, unless asked
    assert main(["check", "--strict", "--content", str(FIXTURES / "archive")]) == 0
    assert main(["check", "--fail-on-todo", "--content", str(FIXTURES / "archive")]) == 1
    capsys.readouterr()


def test_an_outlet_ingest_drafted_is_listed_to_do_and_its_notes_never_published(tmp_path,
                                                                                capsys):
    from generator.build import generate

    content = content_with(tmp_path)
    outlets = content / "outlets"
    (outlets / "drafted.yml").write_text(
        "name: Drafted\nkind: other\nstub: true\nnotes: Secret working note.\n",
        encoding="utf-8")
    (outlets / "older-draft.yml").write_text(
        "name: Older\nkind: other\nnotes: 'Created by ingest from the address of a capture "
        "(older.example). Describe the outlet: its name, kind, country and who runs it.'\n",
        encoding="utf-8")
    (outlets / "cyrillic.yml").write_text("name: РИА Новости\nkind: news agency\n",
                                          encoding="utf-8")
    code, lines = run_check(content, capsys)
    assert code == 0
    todo = [line for line in lines if ": to do: " in line and "/outlets/" in line]
    assert todo == [
        f"{outlets / 'cyrillic.yml'}: to do: field 'name': its name 'РИА Новости' is not in "
        "Latin letters; move it to 'name_native' and write 'name' as the outlet writes itself "
        "in Latin letters",
        f"{outlets / 'drafted.yml'}: to do: field 'stub': a draft ingest made; describe the "
        "outlet ('name' in Latin letters, 'kind', 'country', 'notes'), then remove 'stub: "
        "true' (until then its notes are not published)",
        f"{outlets / 'older-draft.yml'}: to do: field 'stub': a draft ingest made; describe "
        "the outlet ('name' in Latin letters, 'kind', 'country', 'notes'), then remove 'stub: "
        "true' (until then its notes are not published)"]
    site = generate(content)
    assert "Profile" not in site.pages["outlets/drafted.md"]
    assert not any("Secret working note" in text or "Created by ingest" in text
                   for text in site.pages.values())
    (outlets / "drafted.yml").write_text(
        "name: Drafted\nkind: blog\nnotes: A described outlet.\n", encoding="utf-8")
    assert "A described outlet." in generate(content).pages["outlets/drafted.md"]


@pytest.mark.parametrize("name, expected", [
    ("no_header.md", "no_header.md:1: error: the file does not start with a YAML header; put "
                     "'---' on the first line, the fields, then '---'"),
    ("unclosed_header.md", "unclosed_header.md:1: error: the YAML header is never closed; add a "
                           "line '---' after the last field"),
    ("colon_in_title.md", "colon_in_title.md:2: error: the YAML cannot be read (mapping values are "
                          "not allowed here); check the indentation, and put a value that "
                          "contains ': ' or starts with a quote in quotes"),
    ("bad_date.md", "bad_date.md:4: error: field 'published': '24 Yanvar 2026' is not an ISO 8601 "
                    "date; write it as YYYY-MM-DD or YYYY-MM-DDTHH:MM"),
    ("misspelt_field.md", "misspelt_field.md:5: error: field 'evnt': unknown field; check its "
                          "spelling (known fields: title, title_en, title_derived, "
                          "title_uncertain, language, published, published_text, "
                          "published_source, published_uncertain, updated, outlet, "
                          "original_outlet, url, archived_url, retrieved, crawl_record, event, "
                          "author, keywords, standfirst, "
                          "mentions, summary_en, notes, annotations, "
                          "raw_sha256, raw_file, machine)"),
    ("missing_language.md", "missing_language.md: error: field 'language': required but missing; "
                            "add it"),
    ("unknown_event.md", "unknown_event.md:5: error: field 'event': no event 'no-such-event' "
                         "exists; create events/no-such-event.md or correct the id"),
    ("javascript_url.md", "javascript_url.md:4: error: field 'url': 'javascript:alert(1)' is not "
                          "an http(s) address; only http:// and https:// links are allowed"),
])
def test_broken_header_fails_naming_file_line_and_field(tmp_path, capsys, name, expected):
    content = content_with(tmp_path, name)
    before = snapshot(content)
    code, lines = run_check(content, capsys)
    assert code == 1
    problems = [line for line in lines if ": error: " in line]
    assert len(problems) == 1
    assert problems[0].endswith(expected)
    assert problems[0].startswith(str(content / "articles"))
    assert ": 1 error, " in lines[-1]
    assert snapshot(content) == before, "check must write nothing"


def test_every_problem_is_reported_in_one_run(tmp_path, capsys):
    names = ["bad_date.md", "misspelt_field.md", "no_header.md", "unknown_event.md"]
    code, lines = run_check(content_with(tmp_path, *names), capsys)
    assert code == 1
    assert sorted(Path(line.split(":")[0]).name for line in lines if ": error: " in line) == sorted(names)


def test_header_with_byte_order_mark_is_read(tmp_path, capsys):
    code, _ = run_check(content_with(tmp_path, "bom_header.md"), capsys)
    assert code == 0


def test_raw_capture_changed_after_ingest_is_an_error(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    raw = sorted((content / "raw").iterdir())[0]
    raw.write_text(raw.read_text(encoding="utf-8") + "\nedited", encoding="utf-8")
    problems = [str(p) for p in load_archive(content).problems.errors]
    assert len(problems) == 1
    assert f"the raw capture 'raw/{raw.name}' does not match raw_sha256" in problems[0]


def test_missing_content_folder_is_reported(tmp_path, capsys):
    code, lines = run_check(tmp_path / "nowhere", capsys)
    assert code == 1
    assert "the content folder does not exist; create it or pass --content DIR" in lines[0]


def test_an_event_without_a_summary_is_warned_about(tmp_path, capsys):
    content = content_with(tmp_path)
    event = next((content / "events").glob("*.md"))
    text = event.read_text(encoding="utf-8")
    header_end = text.index("\n---", 3) + 4
    event.write_text(text[:header_end] + "\n", encoding="utf-8")
    code, lines = run_check(content, capsys)
    assert code == 0  # a warning, not an error
    assert any(line.endswith("warning: the event has no summary; write a few sentences under "
                             "its header (what happened, who took part, where) so that "
                             "readers and suggest know it") for line in lines), lines


def test_a_name_that_recurs_and_matches_no_entity_is_suggested(tmp_path, capsys):
    content = content_with(tmp_path)
    write_articles(content, [
        ("2024-05-01-one.md", "en", "The talks were chaired by Emomali Rahmon in the capital."),
        ("2024-05-02-two.md", "fr", "Les discussions ont été présidées par Emomali Rahmon hier."),
        ("2024-05-03-three.md", "ar", "ترأس الرئيس الطاجيكي إمام علي رحمن المحادثات."),
        ("2024-05-04-four.md", "en", "A speech by Someone Once, heard nowhere else."),
    ])
    code, lines = run_check(content, capsys)
    assert code == 0  # what is left to do fails nothing
    suggestions = [line for line in lines if "/entities: to do: " in line]
    assert suggestions == [
        f"{content / 'entities'}: to do: 'Emomali Rahmon' (also written امام علی رحمن) is "
        "named in 3 articles (2024-05-01-one.md, 2024-05-02-two.md, 2024-05-03-three.md) and "
        "matches no entity; if the archive follows this person, add "
        "entities/emomali-rahmon.yml with their names by language, then run "
        "`python -m generator mentions`"]
    assert lines[-1].endswith(", 11 to do")


def test_an_event_that_does_not_load_is_one_error_and_a_near_id_is_offered(tmp_path, capsys):
    """An event file with an invalid field is reported once, at the event: its articles do
    not also say it does not exist. An id close to an existing file's is offered."""
    content = content_with(tmp_path)
    event = content / "events" / "caspian-bridge-opening.md"
    event.write_text(event.read_text(encoding="utf-8").replace(
        "date: 2024-03-18", "date: 2024-13-45", 1), encoding="utf-8")
    code, lines = run_check(content, capsys)
    errors = [line for line in lines if ": error: " in line]
    assert code == 1 and errors == [
        f"{event}:3: error: field 'date': '2024-13-45' is not a real calendar date"], lines
    article = content / "articles" / "2024-03-18-vestnik-parom.md"
    article.write_text(article.read_text(encoding="utf-8").replace(
        "event: caspian-bridge-opening", "event: caspian-bridge-openin", 1), encoding="utf-8")
    code, lines = run_check(content, capsys)
    assert any(line.endswith(
        "error: field 'event': no event 'caspian-bridge-openin' exists; did you mean "
        "'caspian-bridge-opening'? If not, create events/caspian-bridge-openin.md or correct "
        "the id") for line in lines), lines



def test_a_surname_after_a_title_and_names_in_any_alphabet_are_proposed(tmp_path, capsys):
    """A minister named by surname alone after a title ("министр Лавров"), a name with a
    suffix after an apostrophe ("Fidan'ın"), in Turkish letters or Cyrillic: each recurring
    one is listed to do once, across scripts."""
    content = content_with(tmp_path)
    write_articles(content, [
        ("2024-05-01-one.md", "ru", "Как сообщил министр Лавров, переговоры продолжатся."),
        ("2024-05-02-two.md", "en", "Talks went on, said Foreign Minister Lavrov on Monday."),
        ("2024-05-03-three.md", "tr", "Dün Dışişleri Bakanı Hakan Fidan'ın açıklaması geldi."),
        ("2024-05-04-four.md", "tr", "Görüşmeye Bakan Fidan da katıldı."),
    ])
    code, lines = run_check(content, capsys)
    proposed = [line.split(": to do: ")[1] for line in lines if "/entities: to do: " in line]
    assert code == 0 and len(proposed) == 2, lines
    assert proposed[0].startswith("'Hakan Fidan' (also written Fidan) is named in 2 articles "
                                  "(2024-05-03-three.md, 2024-05-04-four.md)"), proposed
    assert proposed[1].startswith("'Лавров' (also written Lavrov) is named in 2 articles "
                                  "(2024-05-01-one.md, 2024-05-02-two.md)"), proposed
