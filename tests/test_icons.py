"""The theme's icons are drawn by one stylesheet, not written into every page."""

from __future__ import annotations

import re

from generator.site import icons
from generator.site.theme_files import theme_dir


def test_the_icon_stylesheet_is_the_one_the_installed_material_makes():
    written = (theme_dir() / "assets" / "icons.css").read_text(encoding="utf-8")
    assert written == icons.stylesheet(), "run: python -m generator.site.icons"


def test_the_templates_draw_exactly_the_icons_the_stylesheet_paints():
    macro = (theme_dir() / "partials" / "icon.html").read_text(encoding="utf-8")
    listed = re.search(r"if name in \[(.*?)\]", macro, re.S).group(1)
    assert tuple(re.findall(r'"([^"]+)"', listed)) == icons.ICONS
    css = icons.stylesheet()
    for name in icons.ICONS:
        assert f'svg[data-icon="{name}"]' in css


def test_an_icon_is_a_data_address_with_nothing_css_would_misread():
    uri = icons.data_uri('<svg viewBox="0 0 24 24"><path d="M3 6h18v2H3z"/>\n</svg>')
    inside = uri[len('url("'):-len('")')]
    assert not set(inside) & set('"<>#\n\\')
    assert "%3C" in inside and "%22" in inside


def test_built_pages_carry_no_inline_icons(fixture_site):
    page = (fixture_site / "index.html").read_text(encoding="utf-8")
    assert 'data-icon="material/magnify"' in page and 'data-icon="material/library"' in page
    assert "<path" not in page.split('<div class="md-content"')[0]
    assert "assets/icons.css" in page
