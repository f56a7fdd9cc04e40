"""An attacker's archive in a real browser: payloads in every field and file, and nothing fires.

The hostile fixture (tests/fixtures/hostile/) holds script tags, attribute breakers, `</script>`
inside JSON-LD strings, SVG and image handlers, `javascript:`/`data:` links, frames and embeds
in the article's web text and in every curator field (summaries, notes, annotation notes,
outlet notes, an event's place). Every built page is loaded in Chromium with traps set before
any of the page's own code runs: dialogs, elements added after load, and requests leaving the
machine. None may fire.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest

from .browser import browser_page, serve, settled
from .conftest import FIXTURES, built_site

OUTPUT = Path(__file__).resolve().parent / "output"

TRAPS = """
window.__fired = [];
for (const name of ['alert', 'confirm', 'prompt', 'print']) {
  window[name] = (...args) => { window.__fired.push(name + ':' + args.join(' ')); };
}
let loaded = false;  // the parser's own elements are the page's; count what comes later
document.addEventListener('DOMContentLoaded', () => { loaded = true; });
new MutationObserver(records => {
  if (!loaded) return;
  for (const record of records) for (const node of record.addedNodes) {
    if (node.nodeType === 1 && /^(SCRIPT|IFRAME|OBJECT|EMBED)$/.test(node.tagName)
        && !(node.src && node.src.startsWith(location.origin + '/'))) {
      window.__fired.push('added <' + node.tagName.toLowerCase() + '>');
    }
  }
}).observe(document, {childList: true, subtree: true});
"""

INSPECT = """() => {
  const found = [];
  for (const el of document.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase(), value = attr.value.trim().toLowerCase();
      if (name.startsWith('on')) found.push(`<${el.tagName.toLowerCase()} ${name}>`);
      if (['href', 'src', 'action', 'formaction', 'data', 'srcdoc'].includes(name)
          && (/^(javascript|data|vbscript):/.test(value) || name === 'srcdoc'))
        found.push(`<${el.tagName.toLowerCase()} ${name}=${value}>`);
    }
  }
  // the archive's own charts are SVG drawn at build time (figure.archive-chart > .chart-scroll > svg.chart)
  for (const el of document.querySelectorAll('article iframe, article object, article embed, '
                                             + 'article svg:not(figure.archive-chart > .chart-scroll > svg.chart), '
                                             + 'article img, article script, svg.chart script, '
                                             + 'svg.chart foreignObject, svg.chart a'))
    found.push(`<${el.tagName.toLowerCase()}> in the article`);
  return found;
}"""


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    site = built_site(tmp_path_factory, FIXTURES / "hostile", "hostile-browser")
    OUTPUT.mkdir(exist_ok=True)
    with serve(site) as base, browser_page() as page:
        yield site, base, page


def test_no_payload_fires_on_any_page(hostile):
    site, base, page = hostile
    page.add_init_script(TRAPS)
    dialogs, leaving = [], []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))

    def route(request_route):
        host = urlsplit(request_route.request.url).hostname or ""
        if host not in ("127.0.0.1", "localhost"):
            leaving.append(request_route.request.url)
            request_route.abort()
        else:
            request_route.continue_()

    page.route("**/*", route)
    visited = []
    for path in sorted(site.rglob("*.html")):
        address = base + path.relative_to(site).as_posix()
        page.goto(address)
        settled(page)
        # hover and click what an attacker hopes a reader will
        for selector in ("article a", "article b", "article details", "article span"):
            for element in page.locator(selector).all()[:5]:
                if element.is_visible():  # a hidden one has nothing to hover
                    element.hover()
        fired = page.evaluate("window.__fired")
        assert not fired, f"{address}: {fired}"
        assert not page.evaluate(INSPECT), f"{address}: {page.evaluate(INSPECT)}"
        visited.append(address)
    assert not dialogs, dialogs
    assert not [url for url in leaving if "evil" in url or "alert" in url], leaving
    assert any("events/hostile-event" in a for a in visited)
    assert any("articles/2025-01-01-evil-outlet-hostile" in a for a in visited)
    page.goto(base + "events/hostile-event/")
    page.screenshot(path=str(OUTPUT / "hostile-event.png"), full_page=True)


def test_the_event_description_stays_an_attribute(hostile):
    _, base, page = hostile
    page.goto(base + "events/hostile-event/")
    description = page.locator('meta[name="description"]').get_attribute("content")
    assert "<script>alert('place')</script>" in description
    # the payload may stand in JSON-LD as a string (data); in no script that runs
    assert page.locator("script:not([src])").evaluate_all(
        "els => els.filter(e => e.type !== 'application/ld+json'"
        " && e.textContent.includes('alert')).length") == 0


def test_a_capture_opens_as_text_and_nothing_in_it_runs(hostile, tmp_path):
    """A capture page loads the capture (a gzip file beside it) when its box is opened and
    shows it as text; from a copy opened from disk, where it cannot load, it says so."""
    site, base, page = hostile
    page.add_init_script(TRAPS)
    page.goto(base + "captures/2025-01-01-evil-outlet-hostile/")
    box = page.locator("details.raw-source")
    assert box.locator("pre").inner_text() == ""  # nothing loaded before it is opened
    box.locator("summary").click()
    source = box.locator("pre")
    source.filter(has_text="<body onload=").wait_for(timeout=30000)
    assert "</pre></details><script>alert('escape the pre')</script>" in source.inner_text()
    assert source.locator("*").count() == 0  # text, not elements
    settled(page)
    assert not page.evaluate("window.__fired")
    assert not page.evaluate(INSPECT)
    page.screenshot(path=str(OUTPUT / "capture-source.png"), full_page=True)

    from .test_search_browser import build_site

    copy = build_site(FIXTURES / "hostile", tmp_path, file_urls=True)
    opened = page.context.browser.new_page()  # its own: the page above turns away file://
    try:
        opened.goto(f"file://{copy}/captures/2025-01-01-evil-outlet-hostile.html")
        opened.locator("details.raw-source summary").click()
        opened.locator("details.raw-source pre").filter(has_text="cannot be shown here").wait_for(
            timeout=30000)
    finally:
        opened.close()
