"""Compacted pages hold the same document: the same elements and attributes, the same text
once white space is collapsed as a browser does, and white space kept where it is kept."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from html.parser import HTMLParser

import pytest

from generator.site.compact import compact

from .conftest import FIXTURES, mkdocs_config_for


class Document(HTMLParser):
    """Tags with their attributes, and text, in order; text inside pre, textarea, script
    and style as it is, elsewhere with its white space collapsed."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.items: list[tuple] = []
        self.keeping = 0

    def handle_starttag(self, tag, attrs):
        self.items.append(("start", tag, tuple(attrs)))
        self.keeping += tag in ("pre", "textarea", "script", "style")

    def handle_endtag(self, tag):
        self.items.append(("end", tag))
        self.keeping -= tag in ("pre", "textarea", "script", "style")

    def handle_data(self, data):
        text = data if self.keeping else re.sub(r"\s+", " ", data)
        if self.items and self.items[-1][0] == "text":
            previous = self.items.pop()[1]
            text = previous + text if self.keeping else re.sub(r"\s+", " ", previous + text)
        self.items.append(("text", text))


def parsed(html: str) -> list[tuple]:
    document = Document()
    document.feed(html)
    document.close()
    return [item for item in document.items if item != ("text", " ")]


def test_white_space_is_kept_where_a_browser_keeps_it():
    html = ('<div>\n    <p title="two\n   lines">Some   text\n\n   here</p>\n  <pre>  code\n\n'
            '    indented</pre>\n<script>\n  var a = 1;\n\n  var b = 2;\n</script>\n'
            '<textarea>\n  kept\n</textarea>\n</div>\n')
    out = compact(html)
    assert '<p title="two\n   lines">' in out  # inside a tag: untouched
    assert "<pre>  code\n\n    indented</pre>" in out
    assert "<script>\n  var a = 1;\n\n  var b = 2;\n</script>" in out
    assert "<textarea>\n  kept\n</textarea>" in out
    assert "Some   text\nhere" in out  # a run with a line break is one line break
    assert parsed(out) == parsed(html)
    assert compact(out) == out


@pytest.mark.parametrize("archive", ["archive", "hostile"])
def test_every_built_page_holds_the_same_document(archive, tmp_path):
    """The same archive built with and without compacting: page by page, the same document,
    and the site smaller."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    sites = {}
    for compacting in (True, False):
        work = tmp_path / str(compacting)
        config = mkdocs_config_for(FIXTURES / archive, work,
                                   options={"compact_html": compacting, "cache": False})
        result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f",
                                 str(config)], capture_output=True, text=True, env=env)
        assert result.returncode == 0, result.stdout + result.stderr
        sites[compacting] = work / "site"
    pages = sorted(p.relative_to(sites[False]) for p in sites[False].rglob("*.html"))
    assert len(pages) > 10
    sizes = {True: 0, False: 0}
    for page in pages:
        html = {k: (site / page).read_text(encoding="utf-8") for k, site in sites.items()}
        assert parsed(html[True]) == parsed(html[False]), page
        sizes[True] += len(html[True])
        sizes[False] += len(html[False])
    assert sizes[True] < 0.95 * sizes[False]


def test_white_space_beside_a_block_tag_goes_and_between_inline_tags_stays():
    html = ('<ul>\n  <li>\n    <a href="/">Home</a>\n  </li>\n</ul>\n'
            '<p><strong>Event:</strong>\n<a href="/e">E</a><br />\n<em>next</em></p>\n')
    out = compact(html)
    assert out.startswith('<ul><li><a href="/">Home</a></li></ul><p>')
    assert "</strong>\n<a" in out   # a space a reader sees
    assert "<br /><em>" in out      # a line starts: the browser drops it
    assert parsed(out) == parsed(html)
