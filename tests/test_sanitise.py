"""Curator Markdown renders; what could run in a browser does not. Names are checked first."""

from __future__ import annotations

import shutil

from generator.site import markup as md

from .test_check import content_with, run_check


def test_curator_markdown_still_renders():
    html = md.curator_block("A *note* with **weight**, a [source](https://example.org/a_b), "
                            "`code`.\n\n- one\n- two\n\n> a quote[^1]\n\n[^1]: a footnote")
    for piece in ("<em>note</em>", "<strong>weight</strong>", "<code>code</code>",
                  "<li>one</li>", "<blockquote>", 'class="footnote"'):
        assert piece in html
    assert 'href="https://example.org/a_b"' in html


def test_script_frames_handlers_and_bad_links_are_removed():
    payload = ("<script>alert(1)</script><iframe srcdoc='<script>alert(2)</script>'></iframe>"
               "<object data=x></object><embed src=x><svg onload=alert(3)></svg>"
               "<img src=x onerror=alert(4)><b onclick=alert(5)>bold</b>"
               "[js](javascript:alert(6)) [data](data:text/html,x) <a href='vbscript:x'>v</a>"
               "<style>body{display:none}</style><form action=https://x><input></form>")
    for render in (md.curator_block, md.curator_inline):
        html = render(payload).lower()
        for bad in ("<script", "<iframe", "<object", "<embed", "<svg", "<img", "onclick",
                    "onerror", "onload", "javascript:", "data:", "vbscript:", "<style", "<form",
                    "<input"):
            assert bad not in html, (render.__name__, bad, html)
        assert "<b>bold</b>" in html


def test_two_notes_on_a_page_never_share_footnote_ids():
    first = md.curator_block("One[^1]\n\n[^1]: first")
    second = md.curator_block("Two[^1]\n\n[^1]: second")
    ids = lambda html: {part.split('"')[0] for part in html.split('id="')[1:]}  # noqa: E731
    assert not ids(first) & ids(second)


def test_an_article_file_name_that_is_markup_is_refused(tmp_path, capsys):
    content = content_with(tmp_path)
    source = next((content / "articles").glob("*.md"))
    shutil.copy(source, content / "articles" / "<img src=x onerror=alert(1)>.md")
    code, lines = run_check(content, capsys)
    assert code == 1
    errors = [line for line in lines if ": error: " in line]
    assert len(errors) == 1
    assert errors[0].endswith(
        "<img src=x onerror=alert(1)>.md: error: the file name becomes the article's address "
        "and may hold only letters a-z, digits, '-', '_' and '.'; rename it "
        "(e.g. '2025-01-31-outlet-title.md')")


def test_an_event_id_with_a_newline_is_refused(tmp_path, capsys):
    content = content_with(tmp_path)
    source = next((content / "events").glob("*.md"))
    shutil.copy(source, content / "events" / "bad-event\n.md")
    code, lines = run_check(content, capsys)
    assert code == 1
    assert any("the file name is the event's id" in line for line in lines)


def test_raw_file_must_stay_inside_raw(tmp_path, capsys):
    content = content_with(tmp_path)
    article = next((content / "articles").glob("*.md"))
    text = article.read_text(encoding="utf-8")
    if "raw_file:" in text:
        text = "\n".join("raw_file: ../mkdocs.yml" if line.startswith("raw_file:") else line
                         for line in text.splitlines()) + "\n"
    else:
        text = text.replace("\nraw_sha256:", "\nraw_file: ../mkdocs.yml\nraw_sha256:", 1)
    article.write_text(text, encoding="utf-8")
    code, lines = run_check(content, capsys)
    assert code == 1
    assert any("'../mkdocs.yml' is not a file under raw/" in line for line in lines), lines
