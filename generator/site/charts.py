"""Charts drawn at build time as static SVG: readable without script, each with a text
alternative (``<title>`` and ``<desc>``) that says what it shows in words.

- ``coverage_chart``: an event's reports by day, stacked by language;
- ``monthly_chart``: the archive's reports by month, stacked by language;
- ``bar_chart``: counts by category (the archive's languages, its outlets) at a glance.

Text in a chart is escaped like any web text; bars are coloured by a fixed palette and their
labels drawn in the page's text colour, so a chart reads in light and dark mode alike.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Callable
from datetime import date, timedelta

from ..text.moments import day_of

# Colour-blind-safe hues (Okabe and Ito), readable on white and on Material's slate.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442",
           "#999999"]
WIDTH = 640


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _svg(height: int, title: str, description: str, body: list[str], ident: str) -> str:
    return "".join([
        f'<svg class="chart" role="img" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" '
        f'height="{height}" '
        f'aria-labelledby="{_e(ident)}-title {_e(ident)}-desc" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{_e(ident)}-title">{_e(title)}</title>',
        f'<desc id="{_e(ident)}-desc">{_e(description)}</desc>', *body, "</svg>"])


def _stacked(titles: list[str], labels: list[str], counts: list[Counter[str]],
             languages: list[str], names: dict[str, str], labelled: set[int],
             ) -> tuple[list[str], int]:
    """The body of a chart of stacked bars, one a period (``titles``: each bar's name in its
    tooltip, ``labels``: under the bars whose index is ``labelled``), coloured by language
    in the order of ``languages``, with its legend; and the chart's height."""
    colour = {tag: PALETTE[i % len(PALETTE)] for i, tag in enumerate(languages)}
    tallest = max(sum(c.values()) for c in counts)
    left, top, plot_height = 36, 12, 150
    slot = (WIDTH - left - 8) / len(counts)
    bar = max(min(slot * 0.7, 48), 2)
    body = [f'<line x1="{left}" y1="{top + plot_height}" x2="{WIDTH - 8}" '
            f'y2="{top + plot_height}" stroke="currentColor" stroke-width="1"/>',
            f'<text x="{left - 6}" y="{top + 10}" text-anchor="end" font-size="12" '
            f'fill="currentColor">{tallest}</text>',
            f'<text x="{left - 6}" y="{top + plot_height}" text-anchor="end" font-size="12" '
            f'fill="currentColor">0</text>']
    for index, counted in enumerate(counts):
        x = left + index * slot + (slot - bar) / 2
        y = top + plot_height
        for tag in languages:
            count = counted[tag]
            if not count:
                continue
            height = plot_height * count / tallest
            y -= height
            body.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{height:.1f}" '
                        f'fill="{colour[tag]}"><title>{_e(titles[index])}: {count} in '
                        f'{_e(names.get(tag, tag))}</title></rect>')
        if index in labelled:
            body.append(f'<text x="{x + bar / 2:.1f}" y="{top + plot_height + 16}" '
                        f'text-anchor="middle" font-size="12" fill="currentColor">'
                        f'{_e(labels[index])}</text>')
    legend_y = top + plot_height + 36
    x = left
    for tag in languages:
        name = names.get(tag, tag)
        if x + 28 + 7 * len(name) > WIDTH and x > left:  # the legend goes on a new line
            x, legend_y = left, legend_y + 18
        body.append(f'<rect x="{x}" y="{legend_y - 10}" width="12" height="12" '
                    f'fill="{colour[tag]}"/><text x="{x + 16}" y="{legend_y}" font-size="12" '
                    f'fill="currentColor">{_e(name)}</text>')
        x += 28 + 7 * len(name) + 12
    return body, legend_y + 8


def coverage_chart(reports: list[tuple[str, str]], ident: str,
                   names: dict[str, str] | None = None) -> str:
    """Reports by day and language: ``reports`` is (ISO date, language) of each dated report;
    ``names``: each language's name as the page writes it (its tag by default), for the
    legend and the description. Empty when no report is dated."""
    if not reports:
        return ""
    names = names or {}
    days = sorted({day_of(day) for day, _ in reports})
    first, last = days[0], days[-1]
    span = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    if len(span) > 60:  # a long tail: one bar a week
        span = [first + timedelta(days=n) for n in range(0, (last - first).days + 1, 7)]
        step = 7
    else:
        step = 1
    languages = [tag for tag, _ in Counter(tag for _, tag in reports).most_common()]
    counts: dict[date, Counter[str]] = {day: Counter() for day in span}
    for day, tag in reports:
        when = day_of(day)
        bucket = span[min((when - first).days // step, len(span) - 1)]
        counts[bucket][tag] += 1
    ends = {0, len(span) - 1} if len(span) > 8 else set(range(len(span)))
    body, height = _stacked([day.isoformat() for day in span],
                            [day.strftime("%d %b") for day in span],
                            [counts[day] for day in span], languages, names, ends)
    by_language = Counter(tag for _, tag in reports)
    unit = "week" if step == 7 else "day"
    description = (
        f"{len(reports)} dated report{'s' if len(reports) != 1 else ''} from "
        f"{first.isoformat()} to {last.isoformat()}, counted by {unit}: "
        + ", ".join(f"{n} in {names.get(tag, tag)}" for tag, n in by_language.most_common())
        + ". "
        + " ".join(f"{day.isoformat()}: " + ", ".join(f"{n} {names.get(tag, tag)}"
                                                      for tag, n in c.most_common())
                   + "." for day, c in counts.items() if c))
    return _svg(height, f"Reports by {unit} and language", description, body, ident)


def monthly_chart(reports: list[tuple[str, str]], ident: str, names: dict[str, str],
                  label: Callable[[int, int], str]) -> str:
    """Reports by month, stacked by language (the archive over time): ``reports`` is (ISO
    date, language) of each dated report, ``label(year, month)`` a month's short name. Empty
    when no report is dated."""
    if not reports:
        return ""
    months = sorted({(day_of(day).year, day_of(day).month) for day, _ in reports})
    (first_year, first_month), (last_year, last_month) = months[0], months[-1]
    span = [(first_year + (first_month - 1 + n) // 12, (first_month - 1 + n) % 12 + 1)
            for n in range((last_year - first_year) * 12 + last_month - first_month + 1)]
    languages = [tag for tag, _ in Counter(tag for _, tag in reports).most_common()]
    counts: dict[tuple[int, int], Counter[str]] = {month: Counter() for month in span}
    for day, tag in reports:
        when = day_of(day)
        counts[(when.year, when.month)][tag] += 1
    count = min(len(span), 8)  # eight month labels at most, evenly spaced, both ends
    labelled = {round(k * (len(span) - 1) / (count - 1)) for k in range(count)} \
        if count > 1 else {0}
    shown = [label(*month) for month in span]
    body, height = _stacked(shown, shown, [counts[month] for month in span], languages, names,
                            labelled)
    description = (
        f"{len(reports)} dated report{'s' if len(reports) != 1 else ''} from "
        f"{label(*span[0])} to {label(*span[-1])}, counted by month: "
        + " ".join(f"{label(*month)}: " + ", ".join(f"{n} {names.get(tag, tag)}"
                                                    for tag, n in c.most_common()) + "."
                   for month, c in counts.items() if c))
    return _svg(height, "Reports by month and language", description, body, ident)


def bar_chart(rows: list[tuple[str, int]], title: str, ident: str) -> str:
    """Horizontal bars, one a row of (label, count), largest first as given."""
    if not rows:
        return ""
    largest = max(count for _, count in rows) or 1
    label_width, row_height = 190, 22
    body = []
    for index, (label, count) in enumerate(rows):
        y = 6 + index * row_height
        width = (WIDTH - label_width - 60) * count / largest
        shown = label if len(label) <= 28 else label[:27] + "…"
        body.append(f'<text x="{label_width - 8}" y="{y + 14}" text-anchor="end" font-size="12" '
                    f'fill="currentColor">{_e(shown)}</text>'
                    f'<rect x="{label_width}" y="{y + 2}" width="{width:.1f}" height="15" '
                    f'fill="{PALETTE[0]}"/><text x="{label_width + width + 6:.1f}" y="{y + 14}" '
                    f'font-size="12" fill="currentColor">{count}</text>')
    description = "; ".join(f"{label}: {count}" for label, count in rows) + "."
    return _svg(12 + len(rows) * row_height, title, description, body, ident)


def figure(svg: str, caption: str) -> str:
    """A chart as a block of the page, with its caption."""
    if not svg:
        return ""
    # on a narrow screen the chart keeps its size (its text stays legible) and scrolls
    return (f'<figure class="archive-chart"><div class="chart-scroll" tabindex="0" '
            f'role="group" aria-label="{_e(caption)}">{svg}</div>'
            f"<figcaption>{_e(caption)}</figcaption></figure>")
