"""Passage annotations: anchoring by quote, tolerance, stale quotes, and the marker in a page."""

from __future__ import annotations

import shutil

from generator.cli import main
from generator.text.passages import locate

from .browser import browser_page, serve
from .conftest import FIXTURES

BODY = ("به گزارش خبرگزاری آسمان، خط جدید   کشتیرانی روز دوشنبه در بندر باکو افتتاح شد.\n\n"
        "این خط روزانه ۲ سفر دارد و ظرفیت آن ۱۲۰ خودرو است. بندر باکو شلوغ است.\n\n"
        "- first item\n- second item")


def test_a_quote_anchors_to_one_paragraph_and_offsets():
    (anchor,) = locate(BODY, "خط جدید کشتیرانی")
    assert anchor.paragraph == 0
    assert BODY.split("\n\n")[0][anchor.start:anchor.end] == "خط جدید   کشتیرانی"


def test_matching_forgives_spaces_joiners_and_normal_forms():
    assert len(locate(BODY, "خط\u200cجدید کشتیرانی".replace("\u200c", " "))) == 1
    assert len(locate(BODY, "ظرفیت آن ۱۲۰ خو\u200cدرو")) == 1          # a joiner the text lacks
    assert len(locate("Cafe\u0301 au lait", "Café au lait")) == 1      # NFD text, NFC quote
    assert len(locate(BODY, "second item")) == 1


def test_a_repeated_quote_needs_a_prefix_or_suffix():
    assert len(locate(BODY, "بندر باکو")) == 2
    assert len(locate(BODY, "بندر باکو", prefix="روز دوشنبه در")) == 1
    assert len(locate(BODY, "بندر باکو", suffix="شلوغ است")) == 1


def test_a_quote_across_paragraphs_or_changed_is_not_found():
    assert locate(BODY, "افتتاح شد. این خط") == []
    assert locate(BODY, "ظرفیت آن ۱۳۰ خودرو") == []


def with_annotation(tmp_path, quote: str, extra: str = "") -> str:
    content = tmp_path / "content"
    shutil.copytree(FIXTURES / "archive", content)
    path = content / "articles" / "2024-03-18-vestnik-parom.md"
    text = path.read_text(encoding="utf-8").replace(
        "event: caspian-bridge-opening\n",
        f"event: caspian-bridge-opening\nannotations:\n  - quote: {quote}\n{extra}"
        "    note: A note.\n", 1)
    path.write_text(text, encoding="utf-8")
    return str(content)


def test_check_fails_on_a_stale_quote_naming_file_line_and_quote(tmp_path, capsys):
    content = with_annotation(tmp_path, "открылась вчера")
    assert main(["check", "--content", content]) == 1
    out = capsys.readouterr().out
    assert ("articles/2024-03-18-vestnik-parom.md:9: error: field 'annotations.0.quote': the "
            "quote 'открылась вчера' is not in the article's text; copy the passage again from "
            "the current text (within one paragraph), or remove the note") in out


def test_check_fails_on_an_ambiguous_quote(tmp_path, capsys):
    content = with_annotation(tmp_path, "ст")  # "Министр", "мост"
    assert main(["check", "--content", content]) == 1
    assert "the quote 'ст' occurs 2 times; add a prefix or suffix" in capsys.readouterr().out
    content = with_annotation(tmp_path / "x", "ст", "    prefix: что «мо\n")
    assert main(["check", "--content", content]) == 0


def test_the_marker_opens_the_note_in_the_browser(fixture_site):
    with serve(fixture_site) as base, browser_page() as page:
        page.goto(f"{base}articles/2024-03-19-aseman-pol/")
        marks = page.locator("mark.annotated")
        assert marks.all_inner_texts() == ["بندر باکو", "ظرفیت آن ۱۲۰ خودرو"]
        page.locator("sup.annotation-marker a").first.click()
        page.wait_for_function("() => location.hash.endsWith('-note')")
        note = page.locator(".annotations li").first
        assert note.is_visible()
        assert "The port of Baku" in note.inner_text()
        assert note.locator("em").inner_text() == "first"  # the note's own Markdown
        note.locator("a", has_text="↩").click()
        page.wait_for_function("() => location.hash === '#2024-03-19-aseman-pol-1'")
