"""The article body format: what the cleaner writes, every reader reads alike."""

from __future__ import annotations

from generator.site.markup import body as render
from generator.text.body import first_paragraph, paragraphs, plain_lines, write
from generator.text.passages import locate, paragraphs_of


def test_what_the_cleaner_writes_reads_back_block_by_block():
    blocks = [("p", "First paragraph."), ("h", "A subheading"), ("li", "one"), ("li", "two"),
              ("p", "Last paragraph.")]
    text = write(blocks)
    assert text == "First paragraph.\n\n## A subheading\n\n- one\n- two\n\nLast paragraph."
    found = paragraphs(text)
    assert [(p.number, p.kind) for p in found] == [
        (0, "text"), (1, "heading"), (2, "list"), (3, "text")]
    assert found[1].text == "A subheading" and found[2].items == ["one", "two"]


def test_a_blank_line_holding_spaces_still_separates_paragraphs_for_every_reader():
    text = "One.\n  \nTwo, with a quote.\n \t \n> Quoted\n> on two lines"
    assert [p.raw for p in paragraphs(text)] == ["One.", "Two, with a quote.",
                                                 "> Quoted\n> on two lines"]
    assert paragraphs_of(text) == [p.raw for p in paragraphs(text)]
    assert locate(text, "with a quote")[0].paragraph == 1
    assert render(text) == ("<p>One.</p>\n<p>Two, with a quote.</p>\n"
                            "<blockquote>\n<p>Quoted on two lines</p>\n</blockquote>")
    assert first_paragraph(text) == "One."
    assert plain_lines("## Head\n- item\n> said") == "Head\nitem\nsaid"


def test_an_empty_body_has_no_paragraphs():
    assert paragraphs("") == [] and paragraphs("\n \n") == [] and first_paragraph("") == ""
