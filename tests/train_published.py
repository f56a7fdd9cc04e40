"""Fit the publication-date model: ``python -m tests.train_published [--folds 4] [--write]``.

Training data: real pages as text dumps with the publication date their publisher states
(``tests/data/headlines-dev``: JSON-LD ``datePublished`` or ``article:published_time``, with
the pages' addresses; ``tests/data/cleaning-dev``: Readability's ``publishedTime``, where it
gives one), and the archive's own gold captures. A page's positive candidates are the dates
(printed or in its address) on the stated day; where none is, "no date" is the answer to learn.
Pages whose publisher states no date are left out. The headline is the headline model's choice,
as at ingest. ``--folds K`` reports a K-fold cross-validation by site, then fits on everything;
``--write`` stores the weights in ``generator/ingest/published_model.json``, with the score
under which a chosen date is flagged as uncertain (``unsure_below``: where the choices of the
cross-validation are wrong at least twice as often as right).
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date

from generator.ingest import headline, published

from . import conditional_logit
from .conditional_logit import Page
from .dev_pages import dev_pages, read


def page_of(name: str, group: str, collection: str, text: str, day: date,
            url: str | None) -> Page | None:
    found_page = read(text)
    if found_page is None:
        return None
    language, page = found_page
    lines = page.headline_lines()
    title = headline.choose(lines, language, url, page.first).index
    found = published.candidates(lines, url, last=page.last, first=page.first)
    rows = published.features(lines, found, url, title, page.first, page.last)
    positives = {i for i, c in enumerate(found) if c.mention.value == day}
    # a page that gives dates, none of them the day its publisher states (a time zone apart,
    # or the stated day never printed), teaches nothing about which of them to take
    labels = [f"{c.mention.value} {'(address)' if c.line is None else repr(c.mention.text)}"
              for c in found] + ["(no date)"]
    return Page(name, group, collection, rows, positives, labels)


def load_pages() -> list[Page]:
    pages = []
    for dev in dev_pages():
        if dev.published is None:  # the publisher states no date: nothing to learn
            continue
        page = page_of(dev.name, dev.group, dev.collection, dev.text, dev.published, dev.url)
        if page:
            pages.append(page)
    return pages


def report(results) -> None:
    by_collection: dict[str, list[bool]] = {}
    for page, index, *_ in results:
        by_collection.setdefault(page.collection, []).append(index in page.positives)
    for collection, found in sorted(by_collection.items()):
        print(f"{collection:24} {len(found):4} pages  right {sum(found) / len(found):6.1%}")


def unsure_below(results) -> float:
    """The score under which the model's choices are wrong at least twice as often as right
    (its dates are then flagged for the curator): the highest such cut over the pages'
    scores, with at least three pages under it."""
    scored = sorted((score, index in page.positives) for page, index, _, score in results
                    if score is not None)
    cut = min((score for score, _ in scored), default=0.0) - 1.0
    right = 0
    for count, (score, good) in enumerate(scored, 1):
        right += good
        following = scored[count][0] if count < len(scored) else score + 1.0
        if count >= 3 and right <= count / 3 and following > score:
            cut = (score + following) / 2
    return cut


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=0)
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--show", action="store_true", help="print the misses of the CV")
    args = parser.parse_args(argv)
    pages = load_pages()
    size = len(published.NAMES)
    print(f"{len(pages)} pages, {sum(1 for p in pages if p.positives)} that give their date")
    if args.folds:
        results = conditional_logit.cross_validate(pages, args.folds, size)
        print(f"cross-validation, {args.folds} folds by site:")
        report(results)
        if args.show:
            for page, index, probability, _ in results:
                if index not in page.positives:
                    want = [page.labels[i] for i in sorted(page.positives)][:2] or "not given"
                    got = page.labels[index] if index is not None else "(no date)"
                    print(f"  {page.name} p={probability:.2f} got {got!r:.70} "
                          f"want {want!r:.120}")
    theta = conditional_logit.fit(pages, size)
    print("fitted on every page:")
    fitted = [(page, *conditional_logit.choose(theta, page)) for page in pages]
    report(fitted)
    # the cut is taken from the cross-validation where there is one (scores of pages the
    # model did not see), else from the fit
    cut = unsure_below(results if args.folds else fitted)
    under = [index in page.positives for page, index, _, score in
             (results if args.folds else fitted) if score is not None and score < cut]
    print(f"unsure below a score of {cut:.2f}: {len(under)} pages, "
          f"{sum(under)} of them right")
    for name, weight in sorted(zip(published.NAMES, theta, strict=True), key=lambda t: -abs(t[1])):
        print(f"  {name:20} {weight:+.3f}")
    if args.write:
        published.MODEL_FILE.write_text(json.dumps(
            {"names": published.NAMES, "weights": [round(w, 5) for w in theta],
             "unsure_below": round(cut, 3)}, indent=1)
            + "\n", encoding="utf-8")
        print(f"wrote {published.MODEL_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
