"""`check`: every problem at once, with file, line and field; exit 1 on errors; writes nothing."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import main
from generator.content import load_archive

from .conftest import FIXTURES, ROOT

BROKEN = FIXTURES / "broken"


def content_with(tmp_path: Path, *names: str) -> Path:
    """A copy of the fixture archive plus the named broken article files."""
    content = tmp_path / "content"
    shutil.copytree(FIXTURES / "archive", content)
    for name in names:
        shutil.copy(BROKEN / name, content / "articles" / name)
    return content


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


def test_fixture_archive_passes_check(capsys):
    code, lines = run_check(FIXTURES / "archive", capsys)
    assert code == 0
    assert lines[-1] == "checked 7 articles, 2 events, 6 outlets, 2 entities: 0 errors, 0 warnings"


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
                          "published_source, updated, outlet, original_outlet, url, "
                          "archived_url, retrieved, event, author, keywords, mentions, summary_en, notes, annotations, "
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
    articles = content / "articles"
    for number, (name, language, body) in enumerate([
        ("2024-05-01-one.md", "en", "The talks were chaired by Emomali Rahmon in the capital."),
        ("2024-05-02-two.md", "fr", "Les discussions ont été présidées par Emomali Rahmon hier."),
        ("2024-05-03-three.md", "ar", "ترأس الرئيس الطاجيكي إمام علي رحمن المحادثات."),
        ("2024-05-04-four.md", "en", "A speech by Someone Once, heard nowhere else."),
    ]):
        (articles / name).write_text(
            f"---\ntitle: Talks\nlanguage: {language}\npublished: 2024-05-01\n"
            f"raw_sha256: '{number:064x}'\n---\n\n{body}\n", encoding="utf-8")
    code, lines = run_check(content, capsys)
    assert code == 0  # a suggestion fails nothing
    suggestions = [line for line in lines if ": suggestion: " in line]
    assert suggestions == [
        f"{content / 'entities'}: suggestion: 'Emomali Rahmon' (also written امام علی رحمن) is "
        "named in 3 articles (2024-05-01-one.md, 2024-05-02-two.md, 2024-05-03-three.md) and "
        "matches no entity; if the archive follows this person, add "
        "entities/emomali-rahmon.yml with their names by language, then run "
        "`python -m generator mentions`"]
    assert lines[-1].endswith(", 1 suggestion")
