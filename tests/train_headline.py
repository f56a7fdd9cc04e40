"""Fit the headline model: ``python -m tests.train_headline [--folds 5] [--write]``.

Training data: real pages nobody wrote for the archive, as text dumps, with their own headline:
``tests/data/headlines-dev`` (168 news pages in 27 languages, with their addresses) and
``tests/data/cleaning-dev`` (89 pages, Readability's expected title), both shapes of the
latter. A page's positive lines are those that read as its headline (``headline.title_key``);
a page where no line does teaches nothing and is left out of the fit, but counts as a miss in
the scores.

The model is a conditional logit: each page's candidate lines compete in one softmax, fitted
by gradient descent with a little L2 (``fit``). ``--folds K`` reports a K-fold
cross-validation by page (the figure to expect on pages the model has not seen; pages of one
site stay in one fold), then fits on everything; ``--write`` stores the weights in
``generator/ingest/headline_model.json``.
"""

from __future__ import annotations

import argparse
import json
import sys

from generator.ingest import headline

from . import conditional_logit
from .conditional_logit import Page
from .dev_pages import dev_pages, read

LINES: dict[tuple[str, str], list] = {}
"""Each page's lines, by collection and name: ``choose`` applies the headline module's rules."""


def choose(theta: list[float], page: Page) -> tuple[int | None, float, float | None]:
    """The page's headline as ingest chooses it: the model's scores, then ``headline.pick``'s
    rules (a standfirst under its headline, a kicker run into it)."""
    lines = LINES[page.collection, page.name]
    found = headline.scores(page.rows, theta)
    chosen = headline.pick(lines, found)
    index = len(lines) if chosen.index is None else chosen.index
    return index, chosen.probability, found[index]


def page_of(name: str, group: str, collection: str, text: str, title: str,
            url: str | None) -> Page | None:
    found_page = read(text)
    if found_page is None:
        return None
    language, page = found_page
    lines = page.headline_lines()
    rows = headline.features(lines, language, url, page.first)
    key = headline.title_key(title) if title else None
    positives = {i for i, line in enumerate(lines)
                 if rows[i] is not None and headline.title_key(line.text) == key}
    if not positives and not collection.startswith("cleaning-dev"):
        # the page prints no line that is its headline (Readability's expected titles are
        # often the title bar's, not a line of the page: no evidence either way there)
        positives = {len(lines)}
    LINES[collection, name] = lines
    return Page(name, group, collection, rows, positives,
                [line.text for line in lines] + ["(no headline)"])


def load_pages() -> list[Page]:
    pages = []
    for dev in dev_pages():
        if dev.title is None and dev.collection.startswith("cleaning-dev"):
            continue  # Readability gives no title: nothing to learn
        page = page_of(dev.name, dev.group, dev.collection, dev.text, dev.title, dev.url)
        if page:
            pages.append(page)
    return pages


def report(results: list[tuple[Page, int | None, float, float | None]]) -> None:
    by_collection: dict[str, list[tuple[bool, float]]] = {}
    for page, index, probability, _ in results:
        right = index is not None and index in page.positives
        by_collection.setdefault(page.collection, []).append((right, probability))
    for collection, found in sorted(by_collection.items()):
        n = len(found)
        right = sum(r for r, _ in found)
        sure = [(r, p) for r, p in found if p >= headline.SURE]
        sure_right = sum(r for r, _ in sure)
        print(f"{collection:24} {n:4} pages  right {right / n:6.1%}  "
              f"sure {len(sure) / n:6.1%} of pages, right {sure_right / max(len(sure), 1):6.1%}"
              f"  unsure right {(right - sure_right) / max(n - len(sure), 1):6.1%}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=0)
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--show", action="store_true", help="print the misses of the CV")
    args = parser.parse_args(argv)
    pages = load_pages()
    print(f"{len(pages)} pages, "
          f"{sum(1 for p in pages if p.positives and max(p.positives) < len(p.rows) - 1)}"
          " with a headline line")
    if args.folds:
        results = conditional_logit.cross_validate(pages, args.folds, len(headline.NAMES),
                                                   choose)
        print(f"cross-validation, {args.folds} folds by site:")
        report(results)
        if args.show:
            for page, index, probability, _ in results:
                if index not in page.positives and page.collection == "headlines-dev":
                    got = page.labels[index] if index is not None else None
                    want = page.labels[min(page.positives)] if page.positives else "(no line)"
                    print(f"  {page.name} p={probability:.2f}\n    got:  {got!r:.100}\n"
                          f"    gold: {want!r:.100}")
    theta = conditional_logit.fit(pages, len(headline.NAMES))
    print("fitted on every page:")
    report([(page, *choose(theta, page)) for page in pages])
    for name, weight in sorted(zip(headline.NAMES, theta, strict=True), key=lambda t: -abs(t[1])):
        print(f"  {name:20} {weight:+.3f}")
    if args.write:
        headline.MODEL_FILE.write_text(json.dumps(
            {"names": headline.NAMES, "weights": [round(w, 5) for w in theta]}, indent=1) + "\n",
            encoding="utf-8")
        print(f"wrote {headline.MODEL_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
